"""What a new case sends: the acknowledgement (criterion 8) and, for appeals and information
requests, the forward to the competent service. Built here, written as outbox rows by
bot.pipeline.cases in the transaction that creates the case; the outbox worker sends them.
"""

from __future__ import annotations

from datetime import datetime

from bot.context import Context
from bot.mail import ParsedMail, greeting_name
from bot.models import Case
from bot.outbox import contexts
from bot.outbox.compose import compose
from bot.outbox.enqueue import OutMail
from bot.outbox.headers import message_id_for, thread_secret, token_for
from bot.vocab import RequestType

# kind -> (acknowledgement, forward) purposes
_PURPOSES = {
    "complaint": ("ack_complaint", None),
    "appeal": ("ack_appeal", "forward_appeal"),
    "information_request": ("ack_information", "forward_information"),
}

# request type -> the acknowledgement of a case the classifier typed (issue 11 point 5): a
# thank-you note is thanked, a suggestion acknowledged as a suggestion.
_TYPED_ACKS: dict[str, str] = {
    RequestType.OTHER: "ack_thanks",
    RequestType.SUGGESTION: "ack_suggestion",
}


def reply_languages(ctx: Context, language: str | None) -> list[str]:
    """The case's language if we answer in it (art. 41 §1 LLC), else the bilingual fallback."""
    org = ctx.settings.organisation
    if language is not None and language in org.languages:
        return [language]
    return list(org.fallback_languages)


def category_label(ctx: Context, case: Case) -> contexts.Localised:
    """The case's category as the letters name it: the configured label, else its key."""
    category = ctx.for_mailbox(case.mailbox).settings.categories.get(case.category)
    return category.label if category and category.label else case.category


def letter_context(ctx: Context, case: Case, mail: ParsedMail, purpose: str) -> contexts.Letter:
    """The context of the acknowledgement or forward `purpose` of a new case."""
    ctx = ctx.for_mailbox(case.mailbox)  # the case's organisation and categories
    s = ctx.settings
    number, received = case.number, case.received_at
    if purpose == "ack_complaint":
        due = ctx.calendar.local_date(case.due_at) if case.due_at else None
        return contexts.AckComplaint(case_number=number, received_at=received, due_date=due)
    if purpose == "ack_appeal":
        category = s.categories.get(case.category)
        return contexts.AckAppeal(
            case_number=number,
            received_at=received,
            category_label=category_label(ctx, case),
            appeal_route=category.appeal_route if category else "",
        )
    if purpose == "ack_information":
        return contexts.AckInformation(
            case_number=number,
            received_at=received,
            information_service=s.classification.information_service,
        )
    if purpose == "ack_thanks":
        return contexts.AckThanks(case_number=number, received_at=received)
    if purpose == "ack_suggestion":
        return contexts.AckSuggestion(case_number=number, received_at=received)
    if purpose in ("forward_appeal", "forward_information"):
        forward = contexts.ForwardInformation(
            case_number=number,
            received_at=received,
            citizen_name=greeting_name(case.sender_name),
            sender=case.sender,
            subject=mail.subject,
            citizen_text=mail.text,
        )
        if purpose == "forward_information":
            return forward
        return contexts.ForwardAppeal(
            **contexts.values(forward), category_label=category_label(ctx, case)
        )
    raise ValueError(f"{purpose} is not a mail of a new case")


def new_case_mails(
    ctx: Context, *, case: Case, mail: ParsedMail, inbound_id: int | None, now: datetime
) -> list[OutMail]:
    """The acknowledgement and, for appeals and information requests, the forward."""
    ack, forward = _PURPOSES.get(case.kind, (None, None))
    if case.kind == "complaint" and case.request_type in _TYPED_ACKS:
        ack = _TYPED_ACKS[case.request_type]  # not "your complaint … well received"
    s = ctx.settings
    domain = s.organisation.domain
    refs = [*mail.references, mail.message_id] if mail.message_id else list(mail.references)
    out: list[OutMail] = []
    if ack and case.sender:
        key = f"{ack}:{case.number}"
        mid = message_id_for(ack, case.number, token_for(key, thread_secret(s)), domain)
        message = compose(
            s,
            ack,
            languages=reply_languages(ctx, case.language),
            context=letter_context(ctx, case, mail, ack),
            to_addr=case.sender,
            to_name=greeting_name(case.sender_name),
            message_id=mid,
            in_reply_to=mail.message_id,
            references=refs,
            date=now,
        )
        out.append(
            OutMail(
                key=key,
                purpose=ack,
                to_addr=case.sender,
                message=message,
                case_id=case.id,
                inbound_id=inbound_id,
                automatic=True,
                limit_per_day=s.smtp.max_auto_replies_per_day,
            )
        )
    target = None
    if forward:
        if forward == "forward_appeal":
            category = s.categories.get(case.category) or s.categories.get("other")
            target = category.address if category else None
        else:
            target = s.classification.information_service
        target = target or next(iter(s.organisation.coordinators), None)
    if forward and target:
        key = f"{forward}:{case.number}"
        mid = message_id_for(forward, case.number, token_for(key, thread_secret(s)), domain)
        # Services read French or Dutch; the forward is in the service's languages.
        message = compose(
            s,
            forward,
            languages=list(s.organisation.fallback_languages),
            context=letter_context(ctx, case, mail, forward),
            to_addr=target,
            message_id=mid,
            reply_to=case.sender or None,
            date=now,
        )
        out.append(
            OutMail(
                key=key,
                purpose=forward,
                to_addr=target,
                message=message,
                case_id=case.id,
                inbound_id=inbound_id,
                automatic=False,
            )
        )
    return out
