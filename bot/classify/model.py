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

import math
import re
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain, compress, repeat
from pathlib import Path

import numpy as np

from bot.classify.checks import link_hosts
from bot.classify.text import count_kept
from bot.mail import ParsedMail

DEFAULT_MODEL = Path(__file__).with_name("model.npz")
_REPLY = re.compile(r"^\s*(?:re|aw|antw|sv|tr|wg|fwd?)\s*:", re.IGNORECASE)
# An amount of money: "€ 1.500", "850,000.00 USD", "4.500.000 euros", "0,5 BTC". As
# "[€$£]\s?\d[\d., ]{2,}|\d[\d.,]{2,}\s?(?:€|eur|…)\b", written to begin with one class of
# characters (then the look-behind says which branch), so that the engine jumps from one
# digit or currency sign to the next instead of trying both branches at every character.
_MONEY = re.compile(
    r"[€$£\d](?:(?<=[€$£])\s?\d[\d., ]{2,}"
    r"|(?<=\d)[\d.,]{2,}\s?(?:€|eur|euros?|usd|dollars?|gbp|£|chf|btc)\b)",
    re.IGNORECASE,
)
_CURRENCIES = ("€", "$", "£", "eur", "usd", "dollar", "gbp", "chf", "btc")  # as in _MONEY
_FORM = re.compile(r"<(?:form|input)\b", re.IGNORECASE)
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_CAPITAL = re.compile(r"[^A-ZÀ-ÖØ-Þ]+")
# The same classes as bytes to delete from Latin-1 text (built from the patterns, so both ways
# count alike); the characters beyond Latin-1 are left to the patterns (text.count_kept).
_LATIN1_NOT_LETTER = bytes(c for c in range(256) if _NOT_LETTER.match(chr(c)))
_LATIN1_NOT_CAPITAL = bytes(c for c in range(256) if _NOT_CAPITAL.match(chr(c)))
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


def _numbers_named(words: list[str]) -> list[str]:
    """`words` (of normalised text: a-z and 0-9) with each number as `_number` names it; the
    words themselves where there is none (the same objects, their hashes computed)."""
    digits = list(compress(range(len(words)), map(str.isdigit, words)))
    if not digits:
        return words
    words = list(words)
    for i in digits:
        words[i] = f"d{min(len(words[i]), 5)}"
    return words


# A word's stem and n-gram features as strings, computed once per word for training
# (`MailFeatures.strings`); classification keeps their ids instead (`_WordIds`). Both bounded:
# when full, a new word's features are computed and not kept — the words met first are the
# frequent ones, and clearing the cache (as at first) had the corpora's words recomputed every
# few hundred mails. Measured with tracemalloc, a word's ids, its string and its place in the
# dict take ~220 bytes: full, the body's cache takes 4.4 MB and the subject's 1 MB, about
# what the interned vocabulary and the 10,000-word caches took before (6.2 MB in all). Over
# the 1,520 labelled mails (~17,000 distinct words) 20,000 words of bodies made the held-out
# mails a quarter faster than 10,000 did: each word not kept costs ~5 µs per mail.
_WORD_FEATURES: dict[str, tuple[str, ...]] = {}
_WORD_FEATURES_MAX = 10_000
_BODY_WORDS_MAX = 20_000
_SUBJECT_WORDS_MAX = 5_000


def _word_features(word: str) -> tuple[str, ...]:
    """The stem and n-gram features of `word`."""
    feats = ["p:" + word[:_STEM]] if len(word) > _STEM else []
    if len(word) >= _GRAM:
        w = f"_{word}_"
        feats += ["c:" + w[i : i + _GRAM] for i in range(len(w) - _GRAM + 1)]
    return tuple(feats)


@dataclass(frozen=True, slots=True)
class MailFeatures:
    """A mail's features before they are spelt out as strings (`strings`, what training sees).

    Grouped by how they are made, so that the model can look the word-made ones up once per
    word rather than once per string per mail (`TextModel.mail_rows`): a mail has ~400
    features, and looking up their strings was most of the cost of a prediction.
    """

    subject_words: frozenset[str]  # "s:<word>", and their stems and n-grams (_word_features)
    body_words: frozenset[str]  # "w:<word>", idem
    # the words in order, for "b:<word>_<next word>" of each (subject and body, not across)
    subject_tokens: list[str]
    body_tokens: list[str]
    other: frozenset[str]  # "r:<rule>" and the shape marks "m:..."

    def pairs(self) -> set[tuple[str, str]]:
        s, b = self.subject_tokens, self.body_tokens
        return set(zip(s, s[1:], strict=False)) | set(zip(b, b[1:], strict=False))

    def strings(self) -> list[str]:
        out: set[str] = set()
        out.update(["s:" + t for t in self.subject_words])
        out.update(["w:" + t for t in self.body_words])
        words = self.subject_words | self.body_words
        known = _WORD_FEATURES
        for w in words:
            feats = known.get(w)
            if feats is None:
                feats = _word_features(w)
                if len(known) < _WORD_FEATURES_MAX:
                    known[w] = feats
            out.update(feats)
        out.update([f"b:{a}_{b}" for a, b in self.pairs()])
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
    words: tuple[list[str], list[str]] | None = None,
) -> MailFeatures:
    """The features of `features`, grouped (see MailFeatures). `words`: `subject.split()`
    and `body.split()` when the caller has them."""
    if words is None:
        tokens = [_NUMBER.sub(_number, text).split()[:_MAX_TOKENS] for text in (subject, body)]
    else:
        tokens = [_numbers_named(field[:_MAX_TOKENS]) for field in words]
    other = {"r:" + name for name in fired}
    other.update(shape(mail, body, own, lookalike=lookalike))
    return MailFeatures(
        frozenset(tokens[0]), frozenset(tokens[1]), tokens[0], tokens[1], frozenset(other)
    )


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
    """How many characters of `text` are not matched by `rest` (a class of single characters),
    `latin1_rest` being the Latin-1 characters it matches: running the regular expression over
    the whole text cost more than the rest of the mail's shape."""
    return count_kept(text, latin1_rest, lambda others: len(rest.sub("", others)))


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
        # (Not interned: the interned table took 1.9 MB more, for lookups made once per word.)
        self.names = tuple(vocabulary)
        self.index = {name: i for i, name in enumerate(self.names)}
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
        # the features each word makes, as ids, in the subject ("s:") and in the body ("w:")
        self._subject_ids = _WordIds(self._word_ids, "s:", _SUBJECT_WORDS_MAX)
        self._body_ids = _WordIds(self._word_ids, "w:", _BODY_WORDS_MAX)
        # Word pairs by the hash of (word, next word): a mail's pairs are hashed in C from
        # tuples of words whose own hashes are known, without spelling out
        # "b:<word>_<next word>", and looked up as ints (a dict of ~17,000 tuples took 2 MB;
        # a sorted numpy array of keys took twice the time, in numpy's calls). Every split
        # at a "_" is a key: each spells the same name. Two pairs sharing a hash: about one
        # chance in 10^14 per mail. The rows are the index's own int objects.
        self._pairs: dict[int, int] = {}
        for name in self.names:
            if name.startswith("b:"):
                pair = name[2:]
                for at in (j for j, c in enumerate(pair) if c == "_"):
                    self._pairs.setdefault(hash((pair[:at], pair[at + 1 :])), self.index[name])

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
            vocabulary = [str(x) for x in data["vocabulary"]]
            names = ("category_weight", "category_min", "category_min_words")
            votes = {k: float(data[k]) for k in (*names, "category_temperature") if k in data.files}
            return cls(vocabulary, heads, str(data["version"]), temperature, loco, **votes)

    def predict(self, head: str, feats: list[str], *, top: int = 4) -> Prediction:
        """The head's prediction from feature strings (`features`)."""
        # Looked up in C (map), filtered and sorted in numpy.
        found = np.array(list(map(self.index.get, feats, repeat(-1))), dtype=np.intp)
        rows = self._gather(np.sort(found[found >= 0]), len(feats))
        return self.predict_rows(head, rows, top=top)

    def mail_rows(self, mail: MailFeatures) -> MailRows:
        """The vocabulary rows of the mail's known features and how many features it has.

        Each word's features (its "s:" or "w:" feature, stem and n-grams) are looked up once
        per word and kept as ids (`_WordIds`): a mail's are joined in C, one bytes object per
        word, and counted after one sort: a feature made by two words (an n-gram they share)
        counts once. Word pairs are looked up by their two words.
        """
        ids = np.frombuffer(
            b"".join(map(self._subject_ids.__getitem__, mail.subject_words))
            + b"".join(map(self._body_ids.__getitem__, mail.body_words)),
            dtype=np.intp,
        )
        rows, unknown = self._pair_rows_of(mail.subject_tokens, mail.body_tokens)
        other = [row for row in map(self.index.get, mail.other, repeat(-1)) if row >= 0]
        unknown += len(mail.other) - len(other)
        every = _distinct(np.concatenate([ids, np.array(rows + other, dtype=np.intp)]))
        known = every[int(np.searchsorted(every, 0)) :]  # rows; the unknown ids are below 0
        return self._gather(known, len(every) + unknown)

    def _word_ids(self, word: str, prefix: str) -> bytes:
        """The ids of the features `word` makes, `prefix` naming its own ("s:" or "w:"), as
        bytes of np.intp: a known feature's row in the vocabulary; an unknown one's id below
        -1 from its name's hash, so that it counts once however many words make it (two
        unknown features of one mail sharing an id: about one chance in 10^15)."""
        get = self.index.get
        feats = {prefix + word, *_word_features(word)}
        ids = [get(f, -1) for f in feats]
        if -1 in ids:
            ids = [
                -2 - (hash(f) & _UNKNOWN_ID_BITS) if i < 0 else i
                for f, i in zip(feats, ids, strict=True)
            ]
        return array(_INTP, ids).tobytes()

    def _pair_rows_of(self, *fields: list[str]) -> tuple[list[int], int]:
        """The vocabulary rows of the word pairs of each field's words, and how many distinct
        pairs are not in the vocabulary."""
        keys = set(map(hash, chain.from_iterable(zip(f, f[1:], strict=False) for f in fields)))
        rows = [row for row in map(self._pairs.get, keys) if row is not None]
        return rows, len(keys) - len(rows)

    def _gather(self, known: np.ndarray, n: int) -> MailRows:
        """`known`: the vocabulary rows of the mail's known features, sorted (so that the
        result does not depend on the order of the features, ties among the top ones
        included); `n`: how many features it has, known or not."""
        # one row per label, the mail's features along it: summed along the rows of memory
        # (a column at a time, `sum(axis=0)` over the features, took twice as long)
        weights = np.array(self._table.take(known, axis=0).T, dtype=np.float64, order="C")
        return MailRows(known, n, weights, weights.sum(axis=1).tolist())

    def predict_rows(self, head: str, rows: MailRows, *, top: int = 4) -> Prediction:
        """The head's prediction from `mail_rows`: every head from one lookup."""
        h = self.heads[head]
        scale = 1.0 / math.sqrt(rows.n) if rows.n else 0.0  # l2-normalised binary vector
        # the scores and softmax of a handful of labels: plain Python is faster than numpy's
        # calls here (the same float operations, in the same order)
        sums, bias = rows.sums[self._columns[head]], self._bias[head]
        temperature = self.temperature
        if head == "category" and self.category_temperature is not None:
            temperature = self.category_temperature
        scores = [(v * scale + b) / temperature for v, b in zip(sums, bias, strict=True)]
        top_score = max(scores)
        exps = [math.exp(z - top_score) for z in scores]
        total = sum(exps)
        probs = [e / total for e in exps]
        best = probs.index(max(probs))  # the first, as argmax
        contrib = rows.weights[self._columns[head].start + best] * scale
        tops = tuple(
            (self.names[rows.known[i]], round(value, 3))
            for i, value in _largest(contrib, top)
            if value > 0
        )
        return Prediction(h.labels[best], dict(zip(h.labels, probs, strict=True)), tops)


_INTP = np.dtype(np.intp).char  # the same C integer type in the array module: ids as bytes
_UNKNOWN_ID_BITS = 2**61 - 1  # an unknown feature's id: -2 minus its hash's lower 61 bits


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
    weights: np.ndarray  # (labels of all heads, len(known))
    sums: list[float]  # of the weights, per label of all heads


class _WordIds(dict[str, bytes]):
    """word -> the ids of the features it makes (`TextModel._word_ids`), computed when first
    met and kept, at most `limit` words (then a new word's are computed, not kept)."""

    def __init__(self, ids: Callable[[str, str], bytes], prefix: str, limit: int) -> None:
        super().__init__()
        self._ids = ids
        self._prefix = prefix
        self._limit = limit

    def __missing__(self, word: str) -> bytes:
        found = self._ids(word, self._prefix)
        if len(self) < self._limit:
            self[word] = found
        return found
