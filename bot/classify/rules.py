"""Classification rules as data: load `rules.toml`, validate it, compile rules for fast matching.

A rule is small and named (as Mailman's `rules/`): it looks at one field of a mail with keywords,
regular expressions, a header test or a named built-in check, and votes for one kind or one
category with a weight. The order of the rules and their weights live in the TOML file; a broken
file stops the start with ``file: rules.<name>.<key>: what is wrong`` (`ConfigError`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.classify.text import normalise
from bot.settings import ConfigError, read_toml
from bot.vocab import Kind, Language, RequestType

CATEGORIES = (
    "taxes",
    "pensions",
    "social_security",
    "unemployment",
    "mobility",
    "police",
    "foreign_affairs",
    "other",
)
# Built-in checks a rule may name with `check = "..."`; implemented in bot.classify.checks.
CHECKS = (
    "delivery_report",
    "loop_header",
    "our_reference",
    "case_number_subject",
    "case_number_body",
    "trusted_form_sender",
    "lookalike_domain",
    "question",
)
FIELDS = ("subject", "body", "text", "sender")
_RULE_KEYS = {
    "description",
    "kind",
    "category",
    "weight",
    "field",
    "keywords",
    "patterns",
    "all_of",
    "header",
    "exclude",
    "check",
    "max_matches",
    "unless",
    "final",
    "request_type",
    "max_words",
}
_CHAIN_DEFAULTS: dict[str, Any] = {
    "machine_threshold": 3.0,
    "machine_decisive": 6.0,
    "citizen_guard": 4.0,
    "follow_up_threshold": 3.0,
    "review_margin": 1.0,
    "min_category_score": 1.0,
    "category_subject_bonus": 0.0,
    # The text model (bot/classify/model.py): probabilities in [0, 1].
    "model_machine": 0.55,
    "model_sure": 0.6,
    "model_margin": 0.2,
    "model_machine_with_rule": 0.25,
    "model_rule_weight": 0.1,
    "model_new_case": 0.5,
    "model_appeal_weight": 1.0,
    "model_info_weight": 1.0,
    "model_machine_doubt": 0.2,
    "review_min_words": 12.0,
    "loop_header": "x-complaintbot-loop",
    "trusted_form_senders": [],
    "protected_names": [],
    "trusted_domains": [],
}


def _containment(needles: list[str]) -> dict[int, tuple[int, ...]]:
    """needle index -> the other needles that contain it (the first of equal ones is kept).

    One `find` scan per needle over all needles joined: category rules have hundreds of
    keywords, and comparing every pair in Python would cost a tenth of a second per load.
    """
    joined = "\n".join(needles)
    starts = list(itertools.accumulate((len(n) + 1 for n in needles[:-1]), initial=0))
    inside: dict[int, tuple[int, ...]] = {}
    for i, needle in enumerate(needles):
        core = needle.strip()
        outer: set[int] = set()
        at = joined.find(core)
        while at >= 0:
            j = bisect.bisect_right(starts, at) - 1
            if j != i and (needles[j].strip() != core or j < i):
                outer.add(j)
            at = joined.find(core, at + 1)
        if outer:
            inside[i] = tuple(sorted(outer))
    return inside


@dataclass(frozen=True, slots=True)
class Needles:
    """Keywords compiled to substrings of normalised text (see `bot.classify.text.normalise`).

    Whole words are looked up in the token set, phrases only when all their words occur
    (a set test, where the substring search costs a pass over the text: "je", "is", "no"
    begin many phrases); only the few `*` keywords need a substring search every time.
    This keeps ~50 rules at tens of µs.
    """

    items: tuple[tuple[str, str], ...]  # (needle, keyword as written, for the reason)
    words: Mapping[str, int] = field(default_factory=dict)  # single word -> item index
    # phrase first word -> (item index, all the phrase's words)
    firsts: Mapping[str, tuple[tuple[int, frozenset[str]], ...]] = field(default_factory=dict)
    loose: tuple[int, ...] = ()  # keywords with a `*`: plain substring search
    wordset: frozenset[str] = frozenset()
    firstset: frozenset[str] = frozenset()
    # item -> the other items whose needle contains its needle: where both match they name the
    # same words ("temporary unemployment" and "unemployment", "steuer*" and "steuererklärung"),
    # and one mention must count once towards max_matches.
    inside: Mapping[int, tuple[int, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, items: list[tuple[str, str]]) -> Needles:
        items = list(dict.fromkeys(items))
        words: dict[str, int] = {}
        firsts: dict[str, list[tuple[int, frozenset[str]]]] = {}
        loose: list[int] = []
        for i, (needle, _) in enumerate(items):
            if not (needle.startswith(" ") and needle.endswith(" ")):
                loose.append(i)
            elif " " not in needle.strip():
                words.setdefault(needle.strip(), i)
            else:
                phrase = needle.split()
                firsts.setdefault(phrase[0], []).append((i, frozenset(phrase)))
        inside = _containment([needle for needle, _ in items])
        return cls(
            tuple(items),
            words,
            {k: tuple(v) for k, v in firsts.items()},
            tuple(loose),
            frozenset(words),
            frozenset(firsts),
            inside,
        )

    def matches(self, text: str, limit: int, tokens: frozenset[str] | None = None) -> list[str]:
        if tokens is None:
            tokens = frozenset(text.split())
        hits = self.wordset.intersection(tokens)
        found = [self.words[w] for w in hits] if hits else []
        items = self.items
        if self.firstset:
            for first in self.firstset.intersection(tokens):
                for i, phrase in self.firsts[first]:
                    # " a b " can occur in the text only if a and b are among its words
                    if phrase.issubset(tokens) and items[i][0] in text:
                        found.append(i)
        for i in self.loose:
            if items[i][0] in text:
                found.append(i)
        return self.pick(found, limit)

    def pick(self, found: list[int], limit: int) -> list[str]:
        """The keywords of the items `found` (indices, any order, each once), a keyword inside
        another found counting once, in file order, at most `limit`."""
        if not found:
            return []
        if len(found) > 1:
            if self.inside:
                matched = set(found)
                found = [i for i in found if matched.isdisjoint(self.inside.get(i, ()))]
            found.sort()
        return [self.items[i][1] for i in found[:limit]]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str | None  # votes for this kind ...
    category: str | None  # ... or for this category (exactly one of both, or neither)
    weight: float
    field: str  # subject | body | text | sender | header:<name>
    description: str = ""
    keywords: Needles | None = None
    patterns: tuple[re.Pattern[str], ...] = ()
    all_of: tuple[Needles, ...] = ()
    header: str | None = None
    exclude: tuple[str, ...] = ()
    check: str | None = None
    max_matches: int = 1
    unless: tuple[str, ...] = ()
    final: bool = False
    # Marks the request type (Network indicator 1) of a citizen's mail instead of voting for
    # a kind: a short thank-you note (`other`) or a suggestion. See Chain._request_type.
    request_type: str | None = None
    # Fires only when the field has at most this many words: "mainly thanks" is short.
    max_words: int | None = None

    @property
    def votes_for(self) -> str | None:
        return self.kind or self.category


# Where a keyword rule's needles were found in a mail: (rule name, keyword list) -> the
# indices of its items found (the list of `keywords` is 0, those of `all_of` 0, 1, ...).
Found = dict[tuple[str, int], list[int]]
_TEXT_FIELDS = ("subject", "body", "text")


class _WordNeedles:
    """The one-word `*` needles that words hold: " steuer" (a prefix) in "steuerbescheid",
    "beihilfe " (a suffix) in "pflegebeihilfe", "xyz" (both) anywhere in the word.

    In normalised text (words between single spaces) such a needle occurs exactly when one of
    the text's words holds it so. Words recur from mail to mail: each is tested once, where
    each needle was a search through the whole text (~60 of them, a twentieth of the
    classifier's time on long mails). Bounded as the text model's word cache.
    """

    MAX = 10_000

    def __init__(self, needles: set[str]) -> None:
        self._tests = tuple(
            (n, n.strip(), n.startswith(" "), n.endswith(" ")) for n in sorted(needles)
        )
        # most words hold none: startswith/endswith with every prefix/suffix at once (in C)
        # say so before the needles are tried one by one
        self._starts = tuple(core for _, core, start, _ in self._tests if start)
        self._ends = tuple(core for _, core, start, end in self._tests if end and not start)
        self._inside = tuple(core for _, core, start, end in self._tests if not start and not end)
        self._seen: set[str] = set()  # words tested
        self.holders: dict[str, tuple[str, ...]] = {}  # those that hold needles: which

    def learn(self, words: frozenset[str]) -> tuple[list[str], list[str]]:
        """Tests the words not met before: those that hold needles, kept in `holders`, and
        the needles held by words not kept (the cache is full)."""
        new: list[str] = []
        unkept: list[str] = []
        for word in words.difference(self._seen):
            found = self._test(word)
            if len(self._seen) >= self.MAX:
                unkept.extend(found)
                continue
            self._seen.add(word)
            if found:
                self.holders[word] = found
                new.append(word)
        return new, unkept

    def _test(self, word: str) -> tuple[str, ...]:
        if not (
            word.startswith(self._starts)
            or word.endswith(self._ends)
            or any(core in word for core in self._inside)
        ):
            return ()
        return tuple(
            needle
            for needle, core, start, end in self._tests
            if (word.startswith(core) if start else word.endswith(core) if end else core in word)
        )


class RuleGate:
    """Every keyword rule's keywords looked up at once, and which rules cannot fire.

    A rule testing its own keywords costs a set intersection or two and a substring search
    per `*` keyword, on every mail, for each of the ~40 keyword rules; most of them, on most
    mails, have none of theirs. Here all rules' words of one field form one index: a single
    intersection with the mail's words finds every rule's whole keywords, phrases (tested
    further only when all their words occur) and one-word `*` keywords (`_WordNeedles`); a
    `*` phrase is searched in the text. `Needles.pick` then turns the matches into the rule's
    keywords as `matches` would. A header rule cannot fire when the mail lacks its header.
    """

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        # per field: word -> ((rule, list), item) for whole words, and for phrases (with the
        # phrase's words and its needle) keyed by their longest word
        words: dict[str, dict[str, list[tuple[tuple[str, int], int]]]] = {}
        phrases: dict[str, dict[str, list[tuple[tuple[str, int], int, frozenset[str], str]]]]
        phrases = {}
        loose: dict[str, dict[str, list[tuple[tuple[str, int], int]]]] = {}
        keyword_rules: set[str] = set()
        headers: list[tuple[str, str]] = []
        for rule in rules:
            if rule.header is not None:
                headers.append((rule.header, rule.name))
                continue
            if rule.check is not None or rule.field not in _TEXT_FIELDS:
                continue
            lists = (rule.keywords,) if rule.keywords is not None else rule.all_of
            if not lists:
                continue  # patterns
            keyword_rules.add(rule.name)
            for g, needles in enumerate(lists):
                key = (rule.name, g)
                for word, i in needles.words.items():
                    words.setdefault(rule.field, {}).setdefault(word, []).append((key, i))
                for entries in needles.firsts.values():
                    for i, phrase in entries:
                        # keyed by its longest word: the rarer, the fewer phrases to test
                        # ("je ne suis pas satisfait" on every French mail that says "je")
                        rare = max(sorted(phrase), key=len)
                        at = phrases.setdefault(rule.field, {}).setdefault(rare, [])
                        at.append((key, i, phrase, needles.items[i][0]))
                for i in needles.loose:
                    needle = needles.items[i][0]
                    loose.setdefault(rule.field, {}).setdefault(needle, []).append((key, i))
        self._fields = tuple(f for f in _TEXT_FIELDS if f in words or f in phrases or f in loose)
        self._words = {f: {w: tuple(v) for w, v in words.get(f, {}).items()} for f in self._fields}
        self._phrases = {
            f: {w: tuple(v) for w, v in phrases.get(f, {}).items()} for f in self._fields
        }
        # `*` needles of one word are found through the words (_WordNeedles); a phrase with a
        # `*` (" gift card") by a search through the text
        self._loose_word = {
            f: {n: tuple(v) for n, v in loose.get(f, {}).items() if " " not in n.strip()}
            for f in self._fields
        }
        self._loose_text = {
            f: tuple((n, tuple(v)) for n, v in loose.get(f, {}).items() if " " in n.strip())
            for f in self._fields
        }
        self._needles_of = _WordNeedles({n for f in self._fields for n in self._loose_word[f]})
        # per field, every word that finds something: a whole keyword, the rarest word of a
        # phrase, a word that holds a `*` needle (added as they are met): one intersection
        # with the mail's words, where it was one per kind of needle
        self._keys = {f: set(self._words[f]) | set(self._phrases[f]) for f in self._fields}
        self._keyword_rules = frozenset(keyword_rules)
        self._headers = tuple(headers)

    def scan(
        self,
        tokens: Mapping[str, frozenset[str]],
        texts: Mapping[str, str],
        headers: Mapping[str, tuple[str, ...]],
    ) -> tuple[set[str], Found]:
        """The names of the rules that cannot fire, and where the keyword rules' needles
        were found (see `Found`). `tokens` and `texts`: the words and the text of "subject",
        "body" and "text" (both); `headers`: the mail's, by lower-case name."""
        found: Found = {}
        holders = self._needles_of.holders
        for fld in self._fields:
            words, text = tokens[fld], texts[fld]
            index, phrases, loose = self._words[fld], self._phrases[fld], self._loose_word[fld]
            held: set[str] = set()
            if loose:
                new, unkept = self._needles_of.learn(words)
                for f in self._fields:
                    if self._loose_word[f]:
                        self._keys[f].update(new)
                held.update(unkept)
            for word in self._keys[fld].intersection(words):
                for key, i in index.get(word, ()):
                    found.setdefault(key, []).append(i)
                for key, i, phrase, needle in phrases.get(word, ()):
                    # " a b " can occur in the text only if a and b are among its words
                    if phrase.issubset(words) and needle in text:
                        found.setdefault(key, []).append(i)
                held.update(holders.get(word, ()))
            for needle in held.intersection(loose):
                for key, i in loose[needle]:
                    found.setdefault(key, []).append(i)
            for needle, entries in self._loose_text[fld]:
                if needle in text:
                    for key, i in entries:
                        found.setdefault(key, []).append(i)
        asleep = set(self._keyword_rules)
        asleep.difference_update([name for name, g in found if g == 0])
        asleep.update([name for header, name in self._headers if not headers.get(header)])
        return asleep, found


@dataclass(frozen=True, slots=True)
class ChainSettings:
    machine_threshold: float
    machine_decisive: float
    citizen_guard: float
    follow_up_threshold: float
    review_margin: float
    min_category_score: float
    category_subject_bonus: float
    model_machine: float
    model_sure: float
    model_margin: float
    model_machine_with_rule: float
    model_rule_weight: float
    model_new_case: float
    model_appeal_weight: float
    model_info_weight: float
    model_machine_doubt: float
    review_min_words: float
    loop_header: str
    trusted_form_senders: tuple[str, ...]
    protected_names: tuple[str, ...]
    trusted_domains: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[Rule, ...]
    chain: ChainSettings
    source: str = "<memory>"
    by_name: Mapping[str, Rule] = field(default_factory=dict)


def load_rules(path: str | Path) -> RuleSet:
    """Read and validate a rules file (parsed once per content: a RuleSet is immutable)."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError:
        return rules_from_data(read_toml(path), source=str(path))  # read_toml says what is wrong
    return _parse_rules(str(path), content)


@functools.lru_cache(maxsize=8)
def _parse_rules(path: str, content: bytes) -> RuleSet:
    # ~1,800 category keywords take ~0.1 s to parse and compile; the CLI, the service's
    # mailboxes and the tests ask for the same file again and again.
    return rules_from_data(read_toml(Path(path), content), source=path)


def rules_from_data(data: Mapping[str, Any], *, source: str = "<memory>") -> RuleSet:
    """Validate already-parsed TOML data (tests build rule sets this way)."""

    def fail(where: str, what: str) -> ConfigError:
        return ConfigError(f"{source}: {where}: {what}")

    unknown = set(data) - {"chain", "rules"}
    if unknown:
        raise fail(sorted(unknown)[0], "unknown table (expected [chain] and [rules.<name>])")
    chain = _chain_settings(data.get("chain", {}), fail)
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, dict) or not raw_rules:
        raise fail("rules", "no rules defined (expected [rules.<name>] tables)")
    rules = [_rule(name, spec, fail) for name, spec in raw_rules.items()]
    names = {r.name for r in rules}
    for r in rules:
        for other in r.unless:
            if other not in names:
                raise fail(f"rules.{r.name}.unless", f"'{other}' is not a rule in this file")
    return RuleSet(tuple(rules), chain, source, {r.name: r for r in rules})


def _chain_settings(raw: Any, fail: Any) -> ChainSettings:
    if not isinstance(raw, dict):
        raise fail("chain", "must be a table")
    values = dict(_CHAIN_DEFAULTS)
    for key, value in raw.items():
        if key not in _CHAIN_DEFAULTS:
            raise fail(f"chain.{key}", "unknown key (misspelt?)")
        default = _CHAIN_DEFAULTS[key]
        if isinstance(default, float):
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise fail(f"chain.{key}", "must be a number >= 0")
            value = float(value)
        elif isinstance(default, list):
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise fail(f"chain.{key}", "must be a list of non-empty strings")
            value = tuple(v.lower() for v in value)
        elif not isinstance(value, str) or not value:
            raise fail(f"chain.{key}", "must be a non-empty string")
        else:
            value = value.lower()
        values[key] = value
    for key, default in _CHAIN_DEFAULTS.items():
        if isinstance(default, list) and isinstance(values[key], list):
            values[key] = tuple(default)
    return ChainSettings(**values)


def _cased(source: str) -> bool:
    """Whether a pattern on normalised text (a-z, 0-9 and spaces) needs to be case-blind: it
    has a capital or a letter beyond ASCII (which case-folds to one of a-z: "ſ", "K"), or an
    escape that could name one ("\\x41"). Case-blind, the engine tries the pattern at every
    character; without, it jumps to its first letters (ten times faster on a long mail)."""
    rest = re.sub(r"\\[sSwWdDbBAZ]|\\[^A-Za-z0-9]", "", source)
    return not rest.isascii() or "\\" in rest or rest != rest.lower()


def _needles(words: Any, where: str, fail: Any) -> Needles:
    """Keywords: a list, or a table of lists per language. `*` at either end allows more letters."""
    if isinstance(words, dict):
        for lang in words:
            if lang not in list(Language) and lang != "any":
                raise fail(f"{where}.{lang}", f"unknown language (use {', '.join(Language)}, any)")
        flat = [w for lang_words in words.values() for w in _as_list(lang_words, where, fail)]
    else:
        flat = _as_list(words, where, fail)
    if not flat:
        raise fail(where, "no keywords given")
    items: list[tuple[str, str]] = []
    for word in flat:
        core = normalise(word.strip("*")).strip()
        if not core:
            raise fail(where, f"keyword {word!r} has no letters or digits")
        left = "" if word.startswith("*") else " "
        right = "" if word.endswith("*") else " "
        items.append((f"{left}{core}{right}", word))
    return Needles.build(items)


def _as_list(value: Any, where: str, fail: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(where, "must be a list of non-empty strings")
    return value


def _rule(name: str, spec: Any, fail: Any) -> Rule:
    where = f"rules.{name}"
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise fail(where, "rule names are lower-case letters, digits and _")
    if not isinstance(spec, dict):
        raise fail(where, "must be a table")
    for key in spec:
        if key not in _RULE_KEYS:
            raise fail(f"{where}.{key}", "unknown key (misspelt?)")
    kind, category = spec.get("kind"), spec.get("category")
    if kind is not None and kind not in list(Kind):
        raise fail(f"{where}.kind", f"'{kind}' is not one of {', '.join(Kind)}")
    if category is not None and category not in CATEGORIES:
        raise fail(f"{where}.category", f"'{category}' is not one of {', '.join(CATEGORIES)}")
    if kind is not None and category is not None:
        raise fail(where, "a rule votes for a kind or for a category, not both")
    request_type = spec.get("request_type")
    if request_type is not None:
        if request_type not in list(RequestType):
            raise fail(
                f"{where}.request_type", f"'{request_type}' is not one of {', '.join(RequestType)}"
            )
        if kind is not None or category is not None:
            raise fail(where, "a request_type rule votes for no kind and no category")
    max_words = spec.get("max_words")
    if max_words is not None and (
        isinstance(max_words, bool) or not isinstance(max_words, int) or max_words < 1
    ):
        raise fail(f"{where}.max_words", "must be an integer >= 1")
    weight = spec.get("weight", 1.0 if (kind or category) else 0.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or weight < 0:
        raise fail(f"{where}.weight", "must be a number >= 0")
    fld = spec.get("field", "text")
    if not isinstance(fld, str) or not (fld in FIELDS or fld.startswith("header:")):
        raise fail(f"{where}.field", f"must be one of {', '.join(FIELDS)} or header:<name>")
    matchers = [k for k in ("keywords", "patterns", "all_of", "header", "check") if k in spec]
    if not matchers:
        raise fail(where, "needs one of keywords, patterns, all_of, header or check")
    if len(matchers) > 1 and not (set(matchers) <= {"header", "patterns", "keywords"}):
        raise fail(where, f"combines {' and '.join(matchers)}; use one of them")
    if "header" in spec and fld != "text":
        raise fail(f"{where}.field", "a header rule names its header with `header`, not `field`")

    header = spec.get("header")
    if header is not None:
        if not isinstance(header, str) or not re.fullmatch(r"[A-Za-z0-9-]+", header):
            raise fail(f"{where}.header", "must be a header name")
        header = header.lower()
        fld = f"header:{header}"
    if fld.startswith("header:"):
        header = fld.split(":", 1)[1].lower()
    raw_text = fld == "sender" or header is not None

    keywords = _needles(spec["keywords"], f"{where}.keywords", fail) if "keywords" in spec else None
    patterns: list[re.Pattern[str]] = []
    for i, pat in enumerate(
        _as_list(spec["patterns"], f"{where}.patterns", fail) if "patterns" in spec else []
    ):
        # Patterns on subject/body/text see normalised text: write them without accents.
        source = pat if raw_text else normalise(pat).strip() if _plain(pat) else _unaccent(pat)
        try:
            flags = re.IGNORECASE if raw_text or _cased(source) else re.NOFLAG
            patterns.append(re.compile(source, flags))
        except re.error as exc:
            raise fail(f"{where}.patterns[{i}]", f"not a valid regular expression: {exc}") from None
    all_of: list[Needles] = []
    if "all_of" in spec:
        groups = spec["all_of"]
        if not isinstance(groups, list) or len(groups) < 2:
            raise fail(f"{where}.all_of", "must be a list of at least two keyword lists")
        all_of = [_needles(g, f"{where}.all_of[{i}]", fail) for i, g in enumerate(groups)]
    check = spec.get("check")
    if check is not None and check not in CHECKS:
        raise fail(f"{where}.check", f"'{check}' is not a built-in check ({', '.join(CHECKS)})")
    exclude = spec.get("exclude", [])
    exclude = (
        tuple(v.lower() for v in _as_list(exclude, f"{where}.exclude", fail)) if exclude else ()
    )
    if exclude and header is None:
        raise fail(f"{where}.exclude", "only header rules can exclude values")
    max_matches = spec.get("max_matches", 1)
    if isinstance(max_matches, bool) or not isinstance(max_matches, int) or max_matches < 1:
        raise fail(f"{where}.max_matches", "must be an integer >= 1")
    unless = spec.get("unless", [])
    if isinstance(unless, str):
        unless = [unless]
    unless = tuple(_as_list(unless, f"{where}.unless", fail)) if unless else ()
    final = spec.get("final", False)
    if not isinstance(final, bool):
        raise fail(f"{where}.final", "must be true or false")
    if final and kind is None:
        raise fail(f"{where}.final", "only a rule voting for a kind can be final")
    description = spec.get("description", "")
    if not isinstance(description, str):
        raise fail(f"{where}.description", "must be a string")
    return Rule(
        name=name,
        kind=kind,
        category=category,
        weight=float(weight),
        field=fld,
        description=description,
        keywords=keywords,
        patterns=tuple(patterns),
        all_of=tuple(all_of),
        header=header,
        exclude=exclude,
        check=check,
        max_matches=max_matches,
        unless=unless,
        final=final,
        request_type=request_type,
        max_words=max_words,
    )


def _plain(pattern: str) -> bool:
    return re.fullmatch(r"[\w\s'’-]+", pattern) is not None


def _unaccent(pattern: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", pattern)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))
