"""Apply the rules of a `RuleSet` to one mail and turn the votes into a `Decision` with its hits.

Order of decision (each step records why):
1. a `final` rule that fires decides the kind (our own loop header, a DSN);
2. machine mail — auto_reply, bounce, spam — when the text model (bot/classify/model.py, which
   also sees which rules fired) gives its top machine kind at least `model_machine`, or a
   machine kind a rule voted for at least `model_machine_with_rule`: a vacation body under
   "Re: [PLT-…]" is an auto-reply whatever its headers say, a scam is spam whatever it claims;
   below `model_sure` it is also marked needs_review (listed in the digest, one command
   rescues it). On fewer than `review_min_words` words with no rule agreeing the model files
   nothing (a citizen's short reply has the shape of an auto-reply);
3. machine mail when the rules' evidence (headers) reaches `machine_threshold` (the model may
   name another machine kind when sure), unless the citizen's text carries real
   dissatisfaction and the machine evidence is not decisive: then complaint + needs_review;
4. follow_up when a case is referenced strongly enough — unless the number is only cited in
   the text of what the model takes for an appeal (`model_new_case`): a new case;
5. complaint / appeal / information_request: the text model decides (appeal weighted by
   `model_appeal_weight`) with the rules' votes; without a model, the rules. Low confidence
   (best below `model_sure`, complaint and appeal closer than `model_margin`, machine kinds
   at least `model_machine_doubt`, or a few words with no rule agreeing) sets needs_review;
   the mail is still acknowledged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from bot.classify import checks
from bot.classify.language import LanguageGuesser
from bot.classify.model import MailFeatures, MailRows, Prediction, TextModel, mail_features
from bot.classify.rules import Found, Rule, RuleGate, RuleSet
from bot.classify.text import (
    clean_subject,
    count_letters,
    normalise,
    normalised_words,
    own_text,
    quoted_text,
)
from bot.mail import Decision, ParsedMail, RuleHit
from bot.vocab import CITIZEN_KINDS, MACHINE_KINDS, Kind

# Links and addresses: their host names are the sender's, not words of the mail (in the
# synthetic corpora every host is example.*, which a model would otherwise learn as a word).
# An address starts where a run of its characters starts (the look-behind): tried from every
# letter of a word, the run was scanned again and again to find no "@" after it.
_LINK = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)
# Where `_LINK` can match: an "@", a "://" or a "www." in any case. It begins with a class of
# characters, so that the engine skips from one of these to the next.
_LINK_ANCHOR = re.compile(r"[@:wW](?:(?<=@)|(?<=:)//|(?<=[wW])[wW]{2}\.)")
KINDS = frozenset(Kind)
_ATTACHED_TEXT = {"message/rfc822", "text/rfc822-headers", "message/rfc822-headers", "text/plain"}


@dataclass(slots=True)
class MailView:
    """A mail prepared once for all rules."""

    mail: ParsedMail
    subject: str  # normalised
    body: str  # normalised own text (+ forwarded citizen text)
    text: str  # normalised subject + body
    own: str  # raw own text, for language and the question check
    sender: str  # raw, lower-cased "addr name"
    our_ref: tuple[str, str] | None
    subject_numbers: list[str]
    body_numbers: list[str]
    # The words of `subject` and `body` in order, split once: the rules, the language guess
    # and the text model take the same string objects, whose hashes Python computes once.
    subject_words: list[str]
    body_words: list[str]

    tokens: dict[str, frozenset[str]] = field(default_factory=dict)
    lookalike: list[str] | None = None  # computed once: by its rule and for the text model

    def field(self, name: str) -> str:
        if name == "subject":
            return self.subject
        if name == "body":
            return self.body
        if name == "sender":
            return self.sender
        return self.text

    def word_count(self, name: str) -> int:
        if name == "subject":
            return len(self.subject_words)
        if name == "body":
            return len(self.body_words)
        if name == "text":  # subject + body: their words, one after the other
            return len(self.subject_words) + len(self.body_words)
        return len(self.field(name).split())  # the sender's


def _strip_links(text: str) -> str:
    """`text` with links and addresses blanked out (`_LINK`).

    The regular expression is slow (it tries an address at every letter of a word) and most
    lines have neither: it runs only on the lines that hold one of its fixed parts ("@",
    "://", "www."). No link or address spans lines (none holds a line break), so this
    blanks out exactly what `_LINK.sub` over the whole text would.
    """
    if "@" not in text and "://" not in text and "www." not in text.lower():
        return text  # most texts: three searches in C, where "w" begins many words
    parts, done = [], 0
    for anchor in _LINK_ANCHOR.finditer(text):
        if anchor.start() < done:
            continue  # on a line already blanked
        start = text.rfind("\n", 0, anchor.start()) + 1
        end = text.find("\n", anchor.end())
        end = len(text) if end < 0 else end
        parts += [text[done:start], _LINK.sub(" ", text[start:end])]
        done = end
    return "".join(parts) + text[done:] if parts else text


def build_view(mail: ParsedMail, ctx: checks.Context, own: str | None = None) -> MailView:
    """The view of `mail`; of `own` as its text (and nothing forwarded) when given."""
    parts = [own_text(mail.text) if own is None else own]
    if own is None:
        for inner in mail.forwarded:  # e.g. a commune forwarding the citizen's mail as rfc822
            parts.append(inner.subject)
            parts.append(own_text(inner.text))
    body_raw = "\n".join(p for p in parts if p)
    fmt = ctx.number_format
    subject_words = normalised_words(_strip_links(mail.subject))
    body_words = normalised_words(_strip_links(body_raw))
    subject, body = f" {' '.join(subject_words)} ", f" {' '.join(body_words)} "  # normalise()
    subject_tokens, body_tokens = frozenset(subject_words), frozenset(body_words)
    return MailView(
        mail=mail,
        subject=subject,
        body=body,
        text=subject + body,
        own=body_raw,
        sender=f"{mail.from_addr} {mail.from_name}".lower(),
        our_ref=checks.our_reference(mail, ctx),
        subject_numbers=[m.number for m in fmt.find(mail.subject) if m.check_ok is not False],
        body_numbers=[m.number for m in fmt.find(body_raw) if m.check_ok is not False],
        subject_words=subject_words,
        body_words=body_words,
        tokens={
            "subject": subject_tokens,
            "body": body_tokens,
            "text": subject_tokens | body_tokens,
        },
    )


def _anywhere_number(view: MailView, ctx: checks.Context) -> str | None:
    """A case number anywhere, also in a returned message or attachment (bounces, auto-replies)."""
    mail = view.mail
    texts = [mail.text]
    for inner in mail.forwarded:
        texts += [inner.subject, inner.text, " ".join(inner.references), inner.in_reply_to or ""]
    for att in mail.attachments:
        if att.data and att.content_type.lower() in _ATTACHED_TEXT:
            texts.append(att.data[:200_000].decode("latin-1"))
    for text in texts:
        for msgid in re_ids(text):
            m = checks._OUR_ID.match(msgid)
            if m and m["domain"].lower() == ctx.domain:
                found = ctx.number_format.find(m["rest"])
                if found:
                    return found[0].number
    for text in texts:
        found = ctx.number_format.find(text)
        if found:
            return found[0].number
    return None


def _model_hit(name: str, pred: Prediction) -> RuleHit:
    """The model's verdict as a rule hit: its probability and the features that decided."""
    others = sorted(pred.probabilities.items(), key=lambda kv: -kv[1])[1:3]
    reason = (
        f"p={pred.p(pred.label):.2f}"
        + "".join(f", {k} {p:.2f}" for k, p in others)
        + "; features: "
        + ", ".join(f"{f} (+{w:g})" for f, w in pred.top_features)
    )
    return RuleHit(name, pred.label, round(pred.p(pred.label), 3), reason)


def _lead(scores: dict[str, float]) -> float:
    """How far the best score is ahead of the second (of 0 when there is one score or none)."""
    ranked = sorted(scores.values(), reverse=True) + [0.0, 0.0]
    return ranked[0] - ranked[1]


def re_ids(text: str) -> list[str]:
    return re.findall(r"<([^<>\s@]+@[^<>\s]+)>", text)


class Chain:
    """The rules in order, applied to one mail at a time. Pure: no database, no network."""

    def __init__(
        self,
        rules: RuleSet,
        ctx: checks.Context,
        guesser: LanguageGuesser,
        model: TextModel | None = None,
    ) -> None:
        self.rules = rules
        self.ctx = ctx
        self.guesser = guesser
        self.settings = rules.chain
        self.model = model
        self._gate = RuleGate(rules.rules)

    def _lookalike(self, view: MailView) -> list[str]:
        if view.lookalike is None:
            view.lookalike = checks.lookalike_hosts(view.mail, self.ctx)
        return view.lookalike

    def features(self, view: MailView, fired: list[str] | None = None) -> list[str]:
        """What the text model sees; `fired`: the kind rules that fired (evaluated if None)."""
        if fired is None:  # as classify() does: in order, `unless` honoured
            done: set[str] = set()
            for rule in self.rules.rules:
                if not (rule.unless and done.intersection(rule.unless)):
                    if self._evaluate(rule, view) is not None:
                        done.add(rule.name)
            fired = [r.name for r in self.rules.rules if r.kind and r.name in done]
        return self._mail_features(view, fired).strings()

    def _mail_features(self, view: MailView, fired: list[str]) -> MailFeatures:
        return mail_features(
            view.subject,
            view.body,
            view.mail,
            lookalike=bool(self._lookalike(view)),
            own=view.own,
            fired=fired,
            words=(view.subject_words, view.body_words),
        )

    # -- one rule -------------------------------------------------------------------------
    def _evaluate(
        self, rule: Rule, view: MailView, found: Found | None = None
    ) -> tuple[str, int] | None:
        """(reason, number of distinct matches) when the rule fires. `found`: where the
        keyword rules' needles were found in this view (`RuleGate.scan`), else searched here."""
        if rule.check is not None:
            reason = self._check(rule.check, view)
            return (reason, 1) if reason else None
        if rule.header is not None:
            return self._header(rule, view)
        text = view.field(rule.field)
        if rule.max_words is not None and view.word_count(rule.field) > rule.max_words:
            return None
        tokens = view.tokens.get(rule.field)
        if tokens is None:
            tokens = view.tokens[rule.field] = frozenset(text.split())
        if rule.keywords is not None:
            if found is None:
                words = rule.keywords.matches(text, rule.max_matches, tokens)
            else:
                words = rule.keywords.pick(found.get((rule.name, 0), []), rule.max_matches)
            if words:
                return f"{rule.field} matches " + ", ".join(repr(w) for w in words), len(words)
            return None
        if rule.all_of:
            picked = []
            for g, group in enumerate(rule.all_of):
                if found is None:
                    words = group.matches(text, 1, tokens)
                else:
                    words = group.pick(found.get((rule.name, g), []), 1)
                if not words:
                    return None
                picked.append(words[0])
            return f"{rule.field} matches " + " + ".join(repr(w) for w in picked), 1
        hits = [p.pattern for p in rule.patterns if p.search(text)][: rule.max_matches]
        if hits:
            return f"{rule.field} matches " + ", ".join(f"/{p}/" for p in hits), len(hits)
        return None

    def _in_subject(self, rule: Rule, view: MailView) -> bool:
        if (
            rule.keywords is None
            or rule.field == "subject"
            or not self.settings.category_subject_bonus
        ):
            return False
        return bool(rule.keywords.matches(view.subject, 1, view.tokens["subject"]))

    def _header(self, rule: Rule, view: MailView) -> tuple[str, int] | None:
        assert rule.header is not None
        for value in view.mail.headers.get(rule.header, ()):
            low = value.strip().lower()
            if not low or any(low == ex or low.startswith(ex + ";") for ex in rule.exclude):
                continue
            if rule.patterns and not any(p.search(low) for p in rule.patterns):
                continue
            if rule.keywords and not rule.keywords.matches(normalise(low), 1):
                continue
            return f"header {rule.header}: {value.strip()[:80]}", 1
        return None

    def _check(self, name: str, view: MailView) -> str | None:
        mail, ctx = view.mail, self.ctx
        if name == "delivery_report":
            return checks.is_delivery_report(mail)
        if name == "loop_header":
            for value in mail.headers.get(ctx.loop_header, ()):
                if value.strip().lower() == ctx.domain:
                    return f"our own loop header {ctx.loop_header}: {value.strip()}"
            return None
        if name == "our_reference":
            if view.our_ref:
                number, msgid = view.our_ref
                return f"In-Reply-To/References point at our message <{msgid}> ({number})"
            return None
        if name == "case_number_subject":
            if view.subject_numbers:
                return f"subject quotes case number {view.subject_numbers[0]}"
            return None
        if name == "case_number_body":
            if view.body_numbers:
                return f"own text quotes case number {view.body_numbers[0]}"
            return None
        if name == "trusted_form_sender":
            if mail.from_addr in ctx.trusted_form_senders:
                return f"sender {mail.from_addr} is our web form (citizen in Reply-To)"
            return None
        if name == "lookalike_domain":
            bad = self._lookalike(view)
            return f"look-alike host(s) {', '.join(bad[:3])}" if bad else None
        if name == "question":
            n = view.own.count("?") + mail.subject.count("?")
            return f"{n} question mark(s) in the sender's text" if n else None
        raise AssertionError(name)  # rules.py validates check names

    # -- the whole mail ----------------------------------------------------------------------
    def classify(self, mail: ParsedMail) -> Decision:
        s = self.settings
        view = build_view(mail, self.ctx)
        hits: list[RuleHit] = []
        fired: set[str] = set()
        kinds: dict[str, float] = defaultdict(float)
        cats: dict[str, float] = defaultdict(float)
        final: str | None = None
        typed: list[Rule] = []  # request_type rules that fired, in file order
        in_subject: set[str] = set()  # categories whose words are also in the subject
        texts = {"subject": view.subject, "body": view.body, "text": view.text}
        asleep, found = self._gate.scan(view.tokens, texts, mail.headers)
        for rule in self.rules.rules:
            if rule.name in asleep:
                continue  # none of its words (or not its header) in the mail: it cannot fire
            if rule.unless and fired.intersection(rule.unless):
                continue
            result = self._evaluate(rule, view, found)
            if result is None:
                continue
            reason, count = result
            fired.add(rule.name)
            weight = rule.weight * count
            if rule.category and self._in_subject(rule, view):
                # The subject names what the mail is about; the body may mention other
                # services in passing ("my pension was taxed", "the agent at the counter").
                weight += s.category_subject_bonus
                reason += ", also in the subject"
                in_subject.add(rule.category)
            hits.append(RuleHit(rule.name, rule.votes_for or rule.request_type, weight, reason))
            if rule.request_type:
                typed.append(rule)
            if rule.kind:
                kinds[rule.kind] += weight
                if rule.final and final is None:
                    final = rule.kind
            elif rule.category:
                cats[rule.category] += weight

        pred = None
        rows: MailRows | None = None
        fired_kinds = [h.rule for h in hits if h.kind in KINDS]
        if self.model is not None and final is None:
            rows = self.model.mail_rows(self._mail_features(view, fired_kinds))
            pred = self.model.predict_rows("kind", rows)
            hits.append(_model_hit("model.kind", pred))
        only_cited = not view.our_ref and not view.subject_numbers
        kind, needs_review, why = self._decide(
            kinds, final, pred, only_cited=only_cited, words=len(view.tokens["body"])
        )
        hits.append(RuleHit("chain.decision", kind, kinds.get(kind, 0.0), why))

        if kind in MACHINE_KINDS:
            category = "other"
        else:
            model = self.model
            if (
                model is not None
                and model.category_weight
                and "category" in model.heads
                and not in_subject
                and len(view.tokens["body"]) >= model.category_min_words
                # a vote adds at most `category_weight` to one service: it cannot overturn a
                # lead larger than that, and is not asked for
                and _lead(cats) <= model.category_weight
            ):
                # The model's votes join the rules' (see bot.classify.model.HEADS).
                if rows is None:
                    rows = model.mail_rows(self._mail_features(view, fired_kinds))
                cat_pred = model.predict_rows("category", rows)
                hits.append(_model_hit("model.category", cat_pred))
                # (A service the subject names is what the mail is about: the model, which
                # weighs every word alike, is not asked to outvote it.)
                for cat, p in cat_pred.probabilities.items():
                    if cat != "other" and p >= model.category_min:
                        cats[cat] += model.category_weight * p
            category = self._pick_category(cats, in_subject)
            if kind == "follow_up" and category == "other":
                # "Any news?" names no service; the history it quotes (our acknowledgement
                # with the original subject, the citizen's first mail) often does. Through
                # the mailbox the case's own category is used instead.
                category = self._quoted_category(mail, hits)

        refers_to = None
        if view.our_ref:
            refers_to = view.our_ref[0]
        elif view.subject_numbers:
            refers_to = view.subject_numbers[0]
        elif view.body_numbers:
            refers_to = view.body_numbers[0]
        elif kind in ("auto_reply", "bounce"):
            refers_to = _anywhere_number(view, self.ctx)
        if kind == "spam":
            refers_to = None

        request_type = None
        if typed and kind in CITIZEN_KINDS and not kinds.get("appeal"):
            # Thanks or a suggestion, and no rule heard an appeal: the model's guess among
            # complaint/appeal/information on such a short text is noise. It is a case we
            # answer ourselves (kind complaint), typed so that it is answered as what it is.
            request_type = typed[0].request_type
            if kind != "complaint":
                hits.append(
                    RuleHit(
                        "chain.request_type",
                        "complaint",
                        0.0,
                        f"{typed[0].name} fired: {request_type}, answered by us, not {kind}",
                    )
                )
                kind = "complaint"
        language, lang_hit = self._language(view, kind)
        hits.append(lang_hit)
        return Decision(
            request_type=request_type,
            kind=kind,
            language=language,
            category=category,
            needs_review=needs_review,
            refers_to=refers_to,
            hits=tuple(hits),
        )

    def _quoted_category(self, mail: ParsedMail, hits: list[RuleHit]) -> str:
        quoted = quoted_text(mail.text)
        if not quoted:
            return "other"
        view = build_view(replace(mail, subject=""), self.ctx, own=quoted)
        cats: dict[str, float] = defaultdict(float)
        for rule in self.rules.rules:
            if not rule.category or rule.kind:
                continue
            result = self._evaluate(rule, view)
            if result is not None:
                reason, count = result
                cats[rule.category] += rule.weight * count
                hits.append(
                    RuleHit(f"{rule.name}.quoted", rule.category, rule.weight * count, reason)
                )
        return self._pick_category(cats)

    def _pick_category(
        self, cats: dict[str, float], in_subject: AbstractSet[str] = frozenset()
    ) -> str:
        """The best-scored category, if it scores enough; a tie goes to the one the subject
        names."""
        best = max(
            cats.items(), key=lambda kv: (kv[1], kv[0] in in_subject), default=("other", 0.0)
        )
        return best[0] if best[1] >= self.settings.min_category_score else "other"

    def _decide(
        self,
        kinds: dict[str, float],
        final: str | None,
        pred: Prediction | None = None,
        *,
        only_cited: bool = False,
        words: int = 100,
    ) -> tuple[str, bool, str]:
        kind, review, why = self._decide_kind(kinds, final, pred, only_cited, words)
        if (
            kind not in MACHINE_KINDS
            and pred is not None
            and pred.label in MACHINE_KINDS
            and words < self.settings.review_min_words
            and not final
        ):
            # The model's machine verdict rests on the shape of a few words (short, a case
            # number in the subject), no rule agrees: a person's short reply is answered as
            # one, and a person looks at it.
            return kind, True, f"{why}; text model said {pred.label} on {words} words: to review"
        return kind, review, why

    def _decide_kind(
        self,
        kinds: dict[str, float],
        final: str | None,
        pred: Prediction | None,
        only_cited: bool,
        words: int,
    ) -> tuple[str, bool, str]:
        s = self.settings
        if final:
            return final, False, f"final rule voted {final}"
        machine_kind, machine = max(
            ((k, kinds.get(k, 0.0)) for k in MACHINE_KINDS), key=lambda kv: kv[1]
        )
        citizen = max(kinds.get("complaint", 0.0), kinds.get("appeal", 0.0))
        if pred is not None and machine < s.machine_threshold:
            # The model must name a machine kind first and with enough weight: on mail unlike
            # anything it was trained on its probabilities are flat, and a person is not filed.
            # With a rule agreeing (scam wording, look-alike host, vacation words) less suffices.
            # Its machine kind: the top one, or one a rule voted for too (then it may come second).
            label = pred.label
            agreed = kinds.get(label, 0.0) > 0
            if label not in MACHINE_KINDS:
                voted = [k for k in MACHINE_KINDS if kinds.get(k, 0.0) > 0]
                label = max(voted, key=pred.p, default=label)
                agreed = bool(voted)
            p_top = pred.p(label)
            need = s.model_machine_with_rule if agreed else s.model_machine
            few_words = words < s.review_min_words and not agreed
            if label in MACHINE_KINDS and p_top >= need and not few_words:
                doubt = p_top < s.model_sure
                return (
                    label,
                    doubt,
                    (
                        f"text model: {label} p={p_top:.2f} >= {need:g}"
                        + (" with a rule agreeing" if agreed else "")
                        + (f", below {s.model_sure:g}: filed, to review" if doubt else "")
                    ),
                )
        if machine >= s.machine_threshold:
            if citizen >= s.citizen_guard and machine < s.machine_decisive:
                return (
                    "complaint",
                    True,
                    f"{machine_kind} {machine:g} but citizen text scores {citizen:g}: kept "
                    "for review",
                )
            if (
                pred is not None
                and machine < s.machine_decisive
                and pred.label in MACHINE_KINDS
                and pred.label != machine_kind
                and pred.p(pred.label) >= s.model_sure
            ):
                # e.g. a fake parcel notice worded like a delivery failure: spam, not a bounce
                return (
                    pred.label,
                    False,
                    f"{machine_kind} {machine:g} by the rules, but text model: {pred.label} "
                    f"p={pred.p(pred.label):.2f}",
                )
            return machine_kind, False, f"{machine_kind} {machine:g} >= {s.machine_threshold:g}"
        follow = kinds.get("follow_up", 0.0)
        # An appeal that cites an earlier case (the number only in its text) is a new case:
        # filed as a follow-up, the appeal would be missed.
        new_case = pred is not None and only_cited and pred.p("appeal") >= s.model_new_case
        if follow >= s.follow_up_threshold and not new_case:
            return "follow_up", False, f"follow_up {follow:g} >= {s.follow_up_threshold:g}"
        if pred is not None:
            kind, review, why = self._citizen_by_model(pred, kinds, words)
            if follow >= s.follow_up_threshold:  # new_case: an earlier case cited in an appeal
                why += f"; the case number cited is an earlier case (follow_up {follow:g})"
            return kind, review, why
        ranked = sorted(((k, kinds.get(k, 0.0)) for k in CITIZEN_KINDS), key=lambda kv: -kv[1])
        (top, score), (second, score2) = ranked[0], ranked[1]
        if score <= 0:
            return "complaint", True, "no rule recognised the intent: complaint, to review"
        if score - score2 < s.review_margin:
            return (
                "complaint",
                True,
                f"{top} {score:g} and {second} {score2:g} too close: complaint, to review",
            )
        return top, False, f"{top} {score:g} ahead of {second} {score2:g}"

    def _citizen_by_model(
        self, pred: Prediction, kinds: dict[str, float], words: int
    ) -> tuple[str, bool, str]:
        """The model's probabilities among the kinds from people, plus the rules' votes.

        Each point of rule weight adds `model_rule_weight`, so an explicit legal word
        (recours, bezwaar, Einspruch) still counts while the model hears polite appeals.
        """
        s = self.settings
        # A missed appeal costs the citizen a right, a complaint taken for an appeal costs a
        # handler a look: appeal's probability counts `model_appeal_weight` times.
        prior = {
            "complaint": 1.0,
            "appeal": s.model_appeal_weight,
            "information_request": s.model_info_weight,
        }
        total = sum(pred.p(k) * prior[k] for k in CITIZEN_KINDS) or 1.0
        score: dict[str, float] = {
            k: pred.p(k) * prior[k] / total + s.model_rule_weight * kinds.get(k, 0.0)
            for k in CITIZEN_KINDS
        }
        norm = sum(score.values()) or 1.0
        score = {k: v / norm for k, v in score.items()}
        ranked = sorted(CITIZEN_KINDS, key=lambda k: -score[k])
        top = ranked[0]
        p_top = score[top]
        gap = abs(score["complaint"] - score["appeal"])
        why = f"text model + rules: {top} {p_top:.2f} among complaint/appeal/information_request"
        if p_top < s.model_sure:
            # Acknowledged as the model's best guess and listed for a person to check.
            return top, True, f"{why}, below {s.model_sure:g}: to review"
        machine = sum(pred.p(k) for k in MACHINE_KINDS)
        if machine >= s.model_machine_doubt:
            # Answered as a person's mail, but it may be a scam or an auto-reply.
            return top, True, f"{why}; machine kinds p={machine:.2f}: to review"
        if words < s.review_min_words and not any(kinds.get(k) for k in CITIZEN_KINDS):
            # A few words and no rule heard what they want: the model's certainty is the
            # shape of a short mail, not its intent.
            return top, True, f"{why}; {words} words and no rule agreeing: to review"
        if set(ranked[:2]) == {"complaint", "appeal"} and gap < s.model_margin:
            return top, True, f"{why}; complaint and appeal within {s.model_margin:g}: to review"
        return top, False, why

    def _language(self, view: MailView, kind: str) -> tuple[str | None, RuleHit]:
        text = view.own
        words: list[str] | None = view.body_words
        if count_letters(text[:200]) < 40 and kind not in MACHINE_KINDS:
            # Too little body: the subject is the citizen's too (not for replies to our mail).
            text, words = f"{clean_subject(view.mail.subject)}\n{text}", None
        guess = self.guesser.guess(text[:1000], words=words)
        if guess.method == "mixed" and kind in MACHINE_KINDS:
            # A delivery report or an out-of-office opens with its own text and then quotes or
            # repeats in other languages: its language is that of its first paragraph that
            # says something (an opening line of 300 characters can already hold the second).
            for opening_text in (*text[:1000].split("\n\n")[:3], text[:300]):
                opening = self.guesser.guess(opening_text)
                if opening.language is not None:
                    guess = opening
                    break
        return guess.language, RuleHit(
            f"language.{guess.method}", guess.language, round(guess.confidence, 3), guess.reason
        )
