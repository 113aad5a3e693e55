"""The statistical half of classification: a linear model over the sender's own words.

Keyword rules fit the mails they were written from; on unseen mail they missed scams, polite
appeals and vacation bodies (issue 15). This module applies a multinomial logistic regression,
trained offline by `scripts/train_classifier.py` on the labelled mails in `tests/data/classify/`,
to the same normalised text the rules see.

Why this model (measured, see README "Classification"):
- a linear model on words, 5-letter word stems and word pairs reached the best held-out kind
  accuracy we measured, at ~20 µs per mail in pure Python + numpy; a multilingual sentence
  embedding model would need torch (hundreds of MB) and milliseconds per mail on CPU;
- features are a readable vocabulary, not hashes, so the features that decided can be shown
  among the rule hits (`classify --json`, `show`); the vocabulary of a few thousand entries is
  small enough that hashing would save nothing;
- the weights ship as a plain `.npz` of arrays (loaded with `allow_pickle=False`, never a
  pickle), so scikit-learn is needed only to train (`train` extra), not at runtime.
"""

from __future__ import annotations

import functools
import math
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

import numpy as np

from bot.classify.checks import link_hosts
from bot.mail import ParsedMail

DEFAULT_MODEL = Path(__file__).with_name("model.npz")
_REPLY = re.compile(r"^\s*(?:re|aw|antw|sv|tr|wg|fwd?)\s*:", re.IGNORECASE)
# An amount of money: "€ 1.500", "850,000.00 USD", "4.500.000 euros", "0,5 BTC".
_MONEY = re.compile(
    r"(?:[€$£]\s?\d[\d., ]{2,}|\d[\d.,]{2,}\s?(?:€|eur|euros?|usd|dollars?|gbp|£|chf|btc)\b)",
    re.IGNORECASE,
)
_CURRENCIES = ("€", "$", "£", "eur", "usd", "dollar", "gbp", "chf", "btc")  # as in _MONEY
_FORM = re.compile(r"<(?:form|input)\b", re.IGNORECASE)
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_CAPITAL = re.compile(r"[^A-ZÀ-ÖØ-Þ]+")
# The same classes as bytes to delete from Latin-1 text (built from the patterns, so both ways
# count alike), and the characters beyond Latin-1, left to the patterns.
_LATIN1_NOT_LETTER = bytes(c for c in range(256) if _NOT_LETTER.match(chr(c)))
_LATIN1_NOT_CAPITAL = bytes(c for c in range(256) if _NOT_CAPITAL.match(chr(c)))
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]+")
_FREEMAIL = ("gmail.", "hotmail.", "outlook.", "yahoo.", "live.", "proton", "gmx.", "icloud.")
_STEM = 5  # letters kept of a longer word: a cheap stemmer across FR/NL/DE/EN inflections
_GRAM = 4  # letters per character n-gram: shared roots across languages and spellings
_MAX_TOKENS = 300  # the opening of a long mail decides; keeps the cost per mail bounded
# The kind head, and the category head: its probabilities are votes added to the category
# rules' scores (config/rules.toml), so that a mail that names no service in the rules' words
# still gets one ("the card I stamp", "my allowance"); weight and floor chosen by the trainer.
HEADS = ("kind", "category")


# A number between spaces, with the space before it: a pattern that begins with a plain space
# is searched from space to space, where "(?<= )\d+" was tried at every character.
_NUMBER = re.compile(r" (\d+)(?= )")


def _number(m: re.Match[str]) -> str:
    # a number says its length, not its value: dates, amounts and file numbers vary per mail
    return f" d{min(len(m.group(1)), 5)}"


# A word's stem and n-gram features, computed once per word: words recur from mail to mail, and
# building these strings was most of the cost of training. Bounded: when full, a new word's
# features are computed and not kept — the words met first are the frequent ones, and clearing
# the cache (as at first) had the corpora's 10,000 distinct words recomputed every few hundred
# mails. Classification keeps the keys of the vocabulary's words (TextModel._word_table) and
# of other words met (TextModel._more_words, ~150 bytes a word), bounded alike: at 25,000 words
# the caches once took 22 MB and the service went over its 150 MB.
_WORD_FEATURES: dict[str, tuple[str, ...]] = {}
_WORD_FEATURES_MAX = 10_000


def _word_features(word: str) -> tuple[str, ...]:
    feats = ["p:" + word[:_STEM]] if len(word) > _STEM else []
    if len(word) >= _GRAM:
        w = f"_{word}_"
        feats += ["c:" + w[i : i + _GRAM] for i in range(len(w) - _GRAM + 1)]
    return tuple(map(sys.intern, feats))  # see TextModel.__init__


@dataclass(frozen=True, slots=True)
class MailFeatures:
    """A mail's features before they are spelt out as strings (`strings`, what training sees).

    Kept as the words they are made of, so that the model can look them up by their hashes
    (`TextModel.mail_rows`) rather than spell out and look up ~400 strings per mail.
    """

    subject_tokens: tuple[str, ...]  # "s:<word>", their stems and n-grams (_word_features)
    body_tokens: tuple[str, ...]  # "w:<word>", idem; each text's neighbours: "b:<word>_<next>"
    other: frozenset[str]  # "r:<rule>" and the shape marks "m:..."

    def strings(self) -> list[str]:
        out: set[str] = set()
        subject, body = set(self.subject_tokens), set(self.body_tokens)
        out.update(["s:" + t for t in subject])
        out.update(["w:" + t for t in body])
        known = _WORD_FEATURES
        for w in subject | body:
            feats = known.get(w)
            if feats is None:
                feats = _word_features(w)
                if len(known) < _WORD_FEATURES_MAX:
                    known[w] = feats
            out.update(feats)
        for tokens in (self.subject_tokens, self.body_tokens):
            out.update([f"b:{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False)])
        out.update(self.other)
        return list(out)


def features(
    subject: str,
    body: str,
    mail: ParsedMail,
    *,
    lookalike: bool,
    own: str = "",
    fired: Iterable[str] = (),
) -> list[str]:
    """Features of a mail: text (words, stems, word pairs, 4-letter n-grams) and generic shape.

    `subject` and `body` are normalised (`bot.classify.text.normalise`: lower case, no accents,
    links and addresses removed); `own` is the sender's raw text (capitals, amounts); `fired`
    names the rules that voted for a kind, so the model learns how far to trust each one.
    Nothing here names a particular message: shape features are links, forms, attachment
    types, look-alike hosts, money, capitals, reply subjects without a thread.
    """
    return mail_features(subject, body, mail, lookalike=lookalike, own=own, fired=fired).strings()


def mail_features(
    subject: str,
    body: str,
    mail: ParsedMail,
    *,
    lookalike: bool,
    own: str = "",
    fired: Iterable[str] = (),
) -> MailFeatures:
    """The features of `features`, grouped (see MailFeatures)."""
    subject_tokens, body_tokens = (
        tuple(_NUMBER.sub(_number, text).split()[:_MAX_TOKENS]) for text in (subject, body)
    )
    other = {"r:" + name for name in fired}
    other.update(shape(mail, body, own, lookalike=lookalike))
    return MailFeatures(subject_tokens, body_tokens, frozenset(other))


def shape(mail: ParsedMail, body: str, own: str, *, lookalike: bool) -> list[str]:
    """Generic marks of how a mail is made, independent of its words."""
    out = []
    subject = mail.subject or ""
    threaded = bool(mail.in_reply_to or mail.references)
    if _REPLY.match(subject) and not threaded:
        out.append("m:reply_subject_without_thread")
    if threaded:
        out.append("m:threaded")
    html = (mail.html or "")[:50000]
    hosts = link_hosts(mail.text[:20000]) + link_hosts(html)
    if hosts:
        out.append("m:links" if len(hosts) < 3 else "m:many_links")
        sender_domain = mail.from_addr.rpartition("@")[2]
        if sender_domain and any(not h.lower().endswith(sender_domain) for h in hosts):
            out.append("m:link_elsewhere")  # links lead away from the sender's own domain
    if _FORM.search(html):
        out.append("m:html_form")
    for att in mail.attachments:
        ct = att.content_type.lower()
        if ct == "text/html":
            out.append("m:html_attachment")
        elif "zip" in ct or "rar" in ct or "msdownload" in ct or "executable" in ct:
            out.append("m:archive_attachment")
        elif ct == "application/pdf":
            out.append("m:pdf_attachment")
        elif ct.startswith("image/"):
            out.append("m:image_attachment")
    if lookalike:
        out.append("m:lookalike_host")
    n = body.count(" ") - 1
    if n < 40:
        out.append("m:short")
    elif n > 250:
        out.append("m:long")
    own = own[:3000]
    money = _amounts(subject) + _amounts(own)
    if money:
        out.append("m:money")
        if any(sum(c.isdigit() for c in m) >= 6 for m in money):
            out.append("m:big_money")
    letters = _count(own, _NOT_LETTER, _LATIN1_NOT_LETTER)
    if letters and _count(own, _NOT_CAPITAL, _LATIN1_NOT_CAPITAL) > 0.3 * letters:
        out.append("m:capitals")
    letters = _count(subject, _NOT_LETTER, _LATIN1_NOT_LETTER)
    if letters > 8 and _count(subject, _NOT_CAPITAL, _LATIN1_NOT_CAPITAL) > 0.6 * letters:
        out.append("m:capital_subject")
    if subject.count("!") + own.count("!") >= 3:
        out.append("m:exclamations")
    sender_domain = mail.from_addr.rpartition("@")[2]
    if mail.reply_to and mail.reply_to.rpartition("@")[2].lower() != sender_domain:
        out.append("m:reply_to_elsewhere")
    if any(f in sender_domain for f in _FREEMAIL):
        out.append("m:freemail")
    if "list-unsubscribe" in mail.headers:
        out.append("m:unsubscribe")
    return out


def _amounts(text: str) -> list[str]:
    # Every amount names a currency, and a letter the case-blind pattern takes for one of
    # theirs case-folds to it (checked over all of Unicode): without one, no amount. The
    # pattern, tried at every character, was a twentieth of the classifier's time.
    folded = text.casefold()
    return _MONEY.findall(text) if any(c in folded for c in _CURRENCIES) else []


def _count(text: str, rest: re.Pattern[str], latin1_rest: bytes) -> int:
    """How many characters of `text` are not matched by `rest` (a class of single characters).

    Counted by deleting the rest in C, not by a loop over characters: bytes.translate for the
    Latin-1 characters (all of most mails), the regular expression only for the few others
    (’, €), as running it over the whole text cost more than the rest of the mail's shape.
    """
    latin1 = text.encode("latin-1", "ignore")
    n = len(latin1.translate(None, latin1_rest))
    if len(latin1) < len(text):
        n += len(rest.sub("", "".join(_BEYOND_LATIN1.findall(text))))
    return n


@dataclass(frozen=True, slots=True)
class Head:
    """One linear classifier over the shared vocabulary: labels, weights, intercepts."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (n_features, n_labels), float32
    bias: np.ndarray  # (n_labels,)


@dataclass(frozen=True, slots=True)
class Prediction:
    label: str
    probabilities: dict[str, float]
    top_features: tuple[tuple[str, float], ...]  # what pushed towards `label`, strongest first

    def p(self, label: str) -> float:
        return self.probabilities.get(label, 0.0)


class TextModel:
    """Weights loaded once; `predict` per mail. Pure numpy, no scikit-learn."""

    def __init__(
        self,
        vocabulary: Iterable[str],
        heads: dict[str, Head],
        version: str,
        temperature: float = 1.0,
        loco: str = "",
        *,
        category_weight: float = 0.0,
        category_min: float = 1.0,
        category_min_words: float = 0.0,
        category_temperature: float | None = None,
    ) -> None:
        """`temperature` divides the scores so that probabilities match how often the model is
        right on mail from authors it was not trained on (fitted by the trainer); `loco`: the
        trainer's leave-one-corpus-out figures (JSON), printed by bench/classify_accuracy.py."""
        # Interned: the per-word features (`_word_features`) are interned too, so looking one
        # up finds the very same string object and skips comparing the characters.
        self.names = tuple(map(sys.intern, vocabulary))
        # Weights kept in float32 (half the memory), each mail's gathered rows summed in
        # float64: exact enough that the order of the features no longer moves a
        # probability. One contiguous row per feature, every head side by side: a mail's few
        # hundred features are gathered once for all heads, a cache line each from a table of
        # megabytes, and summed down the columns.
        self._table = np.ascontiguousarray(
            np.hstack([h.weights for h in heads.values()]), dtype=np.float32
        )
        ends = np.cumsum([len(h.labels) for h in heads.values()]).tolist()
        self._columns = {
            name: slice(end - len(h.labels), end)
            for (name, h), end in zip(heads.items(), ends, strict=True)
        }
        self._bias = {name: h.bias.astype(np.float64).tolist() for name, h in heads.items()}
        # each head's weights become a view of the table: one copy of the megabytes in memory
        self.heads = {
            name: Head(h.labels, self._table[:, self._columns[name]], h.bias)
            for name, h in heads.items()
        }
        self.version = version
        self.temperature = temperature
        self.loco = loco
        # the category head votes `category_weight * p` for each service with p >= category_min
        # from a mail of at least `category_min_words` distinct words (a line or two says
        # nothing about the service), with the category head's own calibration
        self.category_weight = category_weight
        self.category_min = category_min
        self.category_min_words = category_min_words
        self.category_temperature = category_temperature
        self._keys = _vocabulary_keys(self.names)
        self._word_table = _WordTable.build(self.names)
        # the features of words not in the table, computed once per word (bounded)
        self._more_words: dict[str, bytes] = {}

    @functools.cached_property
    def index(self) -> dict[str, int]:
        """Feature string -> vocabulary row: for `predict` and the trainer (a classifying
        service looks its features up by `mail_rows`, without this dict's megabytes)."""
        return {name: i for i, name in enumerate(self.names)}

    @classmethod
    def load(cls, path: str | Path = DEFAULT_MODEL) -> TextModel:
        with np.load(Path(path), allow_pickle=False) as data:
            heads = {}
            for head in HEADS:
                if f"{head}_labels" not in data.files:
                    continue
                heads[head] = Head(
                    tuple(str(x) for x in data[f"{head}_labels"]),
                    data[f"{head}_weights"].astype(np.float32),
                    data[f"{head}_bias"].astype(np.float32),
                )
            temperature = float(data["temperature"]) if "temperature" in data.files else 1.0
            loco = str(data["loco"]) if "loco" in data.files else ""
            vocabulary = data["vocabulary"].tolist()
            names = ("category_weight", "category_min", "category_min_words")
            votes = {k: float(data[k]) for k in (*names, "category_temperature") if k in data.files}
            return cls(vocabulary, heads, str(data["version"]), temperature, loco, **votes)

    def predict(self, head: str, feats: list[str], *, top: int = 4) -> Prediction:
        """The head's prediction from feature strings (`features`)."""
        # Looked up in C (map), filtered and sorted in numpy.
        found = np.array(list(map(self.index.get, feats, repeat(-1))), dtype=np.intp)
        rows = self._gather(np.sort(found[found >= 0]), len(feats))
        return self.predict_rows(head, rows, top=top)

    def predict_mail(
        self,
        head: str,
        mail: MailFeatures,
        *,
        top: int = 4,
    ) -> Prediction:
        """As `predict(head, mail.strings())` but faster: see `mail_rows`."""
        return self.predict_rows(head, self.mail_rows(mail), top=top)

    def mail_rows(self, mail: MailFeatures) -> MailRows:
        """The vocabulary rows of the mail's known features and how many features it has.

        Every feature is looked up by a 64-bit key made from Python's (cached) string hashes,
        all of a mail's at once in numpy (`_KeyTable`), not by its string in a dict: spelling out
        ~400 strings per mail and looking each up in a dict of megabytes (a cache miss each)
        was most of the cost of a classification. The keys (`_vocabulary_keys`) of "s:<word>"
        and "w:<word>" are the word's hash and of "b:<word>_<next>" the pair's, each set
        apart by its own salt; of a stem, an n-gram or another feature, its string's hash.
        Two different features share a key with a probability of about 2^-64.
        """
        st, bt = mail.subject_tokens, mail.body_tokens
        subject, body = set(st), set(bt)
        words = list(subject | body)
        keys = _distinct(
            np.concatenate(
                [
                    _hashes(subject, len(subject)) ^ _SALT_S,
                    _hashes(body, len(body)) ^ _SALT_W,
                    _pair_hashes(st) ^ _SALT_B,
                    _pair_hashes(bt) ^ _SALT_B,
                    _hashes(mail.other, len(mail.other)),
                    self._word_keys(words),
                ]
            )
        )
        rows = self._keys.get(keys)
        known = np.sort(rows[rows >= 0]).astype(np.intp)
        return self._gather(known, len(keys))

    def _word_keys(self, words: list[str]) -> np.ndarray:
        """The keys of the stems and n-grams of `words` (with repeats)."""
        table = self._word_table
        at = table.positions.get(_hashes(words, len(words)))
        hit = at >= 0
        found = table.keys_of(at[hit])
        if hit.all():
            return found
        more = [found.tobytes()]
        cache = self._more_words
        for i in np.flatnonzero(~hit).tolist():
            word = words[i]
            keys = cache.get(word)
            if keys is None:
                keys = _hashes(_word_features(word), -1).tobytes()
                if len(cache) < _WORD_FEATURES_MAX:
                    cache[word] = keys
            more.append(keys)
        return np.frombuffer(b"".join(more), dtype=np.int64)

    def _gather(self, known: np.ndarray, n: int) -> MailRows:
        """`known`: the vocabulary rows of the mail's known features, sorted (so that the
        result does not depend on the order of the features, ties among the top ones
        included); `n`: how many features it has, known or not."""
        return MailRows(known, n, self._table.take(known, axis=0).astype(np.float64))

    def predict_rows(self, head: str, rows: MailRows, *, top: int = 4) -> Prediction:
        """The head's prediction from `mail_rows`: every head from one lookup."""
        h = self.heads[head]
        scale = 1.0 / math.sqrt(rows.n) if rows.n else 0.0  # l2-normalised binary vector
        part = rows.weights[:, self._columns[head]]  # (len(rows), n_labels), maybe empty
        # the scores and softmax of a handful of labels: plain Python is faster than numpy's
        # calls here (the same float operations, in the same order)
        sums, bias = part.sum(axis=0).tolist(), self._bias[head]
        temperature = self.temperature
        if head == "category" and self.category_temperature is not None:
            temperature = self.category_temperature
        scores = [(v * scale + b) / temperature for v, b in zip(sums, bias, strict=True)]
        top_score = max(scores)
        exps = [math.exp(z - top_score) for z in scores]
        total = sum(exps)
        probs = [e / total for e in exps]
        best = probs.index(max(probs))  # the first, as argmax
        contrib = part[:, best] * scale
        tops = tuple(
            (self.names[rows.known[i]], round(value, 3))
            for i, value in _largest(contrib, top)
            if value > 0
        )
        return Prediction(h.labels[best], dict(zip(h.labels, probs, strict=True)), tops)


def _distinct(rows: np.ndarray) -> np.ndarray:
    """The distinct values of `rows`, sorted: as np.unique, without its overhead (ten times
    the cost of the sort itself on a mail's few hundred rows)."""
    rows.sort()
    return rows[np.concatenate(([True], rows[1:] != rows[:-1]))] if len(rows) else rows


def _largest(values: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The `k` largest values with their positions, largest first, ties by position (as a
    stable sort would give them), without sorting all of them."""
    if len(values) > k:
        candidates = np.flatnonzero(values >= np.partition(values, -k)[-k]).tolist()
    else:
        candidates = list(range(len(values)))
    pairs = zip(candidates, values[candidates].tolist(), strict=True)
    found = sorted(pairs, key=lambda iv: -iv[1])
    return found[:k]


@dataclass(frozen=True, slots=True)
class MailRows:
    """A mail's known features as vocabulary rows, how many features it has (known or not),
    and the weights of those rows for every head."""

    known: np.ndarray
    n: int
    weights: np.ndarray  # (len(known), labels of all heads)


# Salts that set apart the keys of "s:<word>", "w:<word>" and "b:<word>_<next>" (see mail_rows).
_SALT_S = 0x2F6B3C81D9A4E507
_SALT_W = 0x5C1E97A3B8D2F046
_SALT_B = 0x71A9D4E6C3B85F20


def _hashes(items: Iterable[object], count: int) -> np.ndarray:
    """Python's hashes of `items` (strings or pairs of strings; `count` of them, or -1 when
    unknown), as int64: strings cache their hash, so this is a pass in C."""
    return np.fromiter(map(hash, items), dtype=np.int64, count=count)


def _pair_hashes(tokens: tuple[str, ...]) -> np.ndarray:
    """The hashes of each word and the next, as pairs."""
    pairs = zip(tokens, tokens[1:], strict=False)  # the last word has no next
    return _hashes(pairs, max(len(tokens) - 1, 0))


@dataclass(frozen=True, slots=True)
class _KeyTable:
    """int64 keys -> values >= 0, looked up many at once with a few numpy calls.

    A key is first looked for in the slot its low bits name (the keys are hashes), which holds
    the first key of the table with those bits; the others (a sixth or so) are binary-searched
    in a small sorted overflow. A binary search of the whole table (np.searchsorted) takes ~16
    dependent reads per key from megabytes, each a cache miss; a dict, a miss per key and more
    per object it points to.
    """

    keys: np.ndarray  # int64, by slot
    values: np.ndarray  # int32, -1 where no key
    overflow: np.ndarray  # int64, sorted: the keys whose slot was taken
    overflow_values: np.ndarray  # int32
    mask: int

    @classmethod
    def build(cls, keys: np.ndarray, values: np.ndarray) -> _KeyTable:
        """`keys` and their `values`; of equal keys, the first is kept."""
        mask = (1 << max(4, (2 * len(keys)).bit_length())) - 1
        keys, first = np.unique(keys, return_index=True)
        keys, values = keys[np.argsort(first)], values[np.sort(first)]  # in the given order
        slots = keys & mask
        _, owner = np.unique(slots, return_index=True)  # the first key of each slot owns it
        owns = np.zeros(len(keys), dtype=bool)
        owns[owner] = True
        table = np.zeros(mask + 1, dtype=np.int64)
        table_values = np.full(mask + 1, -1, dtype=np.int32)
        table[slots[owns]], table_values[slots[owns]] = keys[owns], values[owns]
        order = np.argsort(keys[~owns])
        rest, rest_values = keys[~owns][order], values[~owns][order].astype(np.int32)
        return cls(table, table_values, rest, rest_values, mask)

    def get(self, keys: np.ndarray) -> np.ndarray:
        """The value of each of `keys`, -1 where it is not in the table."""
        slots = keys & self.mask
        found = np.where(self.keys[slots] == keys, self.values[slots], -1)
        if len(self.overflow):
            missing = np.flatnonzero(found < 0)
            at = np.searchsorted(self.overflow, keys[missing])
            np.minimum(at, len(self.overflow) - 1, out=at)
            here = self.overflow[at] == keys[missing]
            found[missing[here]] = self.overflow_values[at[here]]
        return found


def _vocabulary_keys(names: tuple[str, ...]) -> _KeyTable:
    """The vocabulary's keys (see TextModel.mail_rows) -> their rows."""
    keys = _hashes(names, len(names))  # a feature's own hash, but for the three below
    by_prefix: dict[str, list[int]] = {"s:": [], "w:": [], "b:": []}
    for i, name in enumerate(names):
        at = by_prefix.get(name[:2])
        if at is not None:
            at.append(i)
    for prefix, salt in (("s:", _SALT_S), ("w:", _SALT_W)):
        at = by_prefix[prefix]
        keys[at] = _hashes([names[i][2:] for i in at], len(at)) ^ salt
    # "b:<word>_<next>", split at its "_" (words are normalised and have none; a name with
    # several is looked up by each of its splits)
    extra_keys: list[int] = []
    extra_rows: list[int] = []
    for i in by_prefix["b:"]:
        parts = names[i][2:].split("_")
        if len(parts) == 2:
            keys[i] = hash((parts[0], parts[1])) ^ _SALT_B
        elif len(parts) > 2:
            splits = [("_".join(parts[:j]), "_".join(parts[j:])) for j in range(1, len(parts))]
            keys[i] = hash(splits[0]) ^ _SALT_B
            extra_keys += [hash(split) ^ _SALT_B for split in splits[1:]]
            extra_rows += [i] * (len(splits) - 1)
    rows = np.concatenate([np.arange(len(names)), np.array(extra_rows, dtype=np.intp)])
    keys = np.concatenate([keys, np.array(extra_keys, dtype=np.int64)])
    return _KeyTable.build(keys, rows.astype(np.int32))


@dataclass(frozen=True, slots=True)
class _WordTable:
    """The keys of the stems and n-grams of the vocabulary's words, computed once at load:
    the words of most mails are among them. The keys of word i (`positions`: the word's hash
    -> i) are keys[starts[i]:starts[i + 1]]."""

    positions: _KeyTable
    starts: np.ndarray  # intp, one more than words
    keys: np.ndarray  # int64

    @classmethod
    def build(cls, names: tuple[str, ...]) -> _WordTable:
        words = sorted({name[2:] for name in names if name[:2] in ("s:", "w:")})
        feats = [_word_features(word) for word in words]
        starts = np.zeros(len(words) + 1, dtype=np.intp)
        np.cumsum([len(f) for f in feats], out=starts[1:])
        keys = _hashes((f for word in feats for f in word), int(starts[-1]))
        positions = _KeyTable.build(_hashes(words, len(words)), np.arange(len(words)))
        return cls(positions, starts, keys)

    def keys_of(self, at: np.ndarray) -> np.ndarray:
        """The keys of the words at positions `at`, one after the other."""
        starts, ends = self.starts[at], self.starts[at + 1]
        lengths = ends - starts
        # each key's position: its word's start plus its place among that word's keys
        shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        return self.keys[shift + np.arange(int(lengths.sum()))]
