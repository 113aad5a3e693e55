"""Who handles a case: the handler or service address for its category, and who may command it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.handling.settings import DeadlineRule
from bot.settings import Settings


@dataclass(frozen=True, slots=True)
class Route:
    assignee: str | None  # None: no address configured; the coordinators take the case
    service: str | None  # the category's service address
    rule: str  # which setting decided, shown in the assignment mail and the event


def route(settings: Settings, category: str) -> Route:
    """[handling].routes[category] first, then categories[category].address, then "other"."""
    hs = settings.handling
    cat = settings.categories.get(category)
    service = cat.address.lower() if cat else None
    listed = hs.routes.get(category)
    if listed:
        return Route(listed[0].lower(), service, f"handling.routes.{category}")
    if cat is not None:
        return Route(cat.address.lower(), service, f"categories.{category}.address")
    other = settings.categories.get("other")
    if other is not None:
        return Route(other.address.lower(), other.address.lower(), "categories.other.address")
    coordinator = next(iter(settings.organisation.coordinators), None)
    return Route(coordinator.lower() if coordinator else None, None, "organisation.coordinators")


def coordinators(settings: Settings) -> list[str]:
    return [c.lower() for c in settings.organisation.coordinators]


def allowed_senders(settings: Settings, *, category: str, assignee: str | None) -> set[str]:
    """Addresses whose commands are accepted for a case (each still needs a valid token).

    The assignee, the people listed as members of the assignee's (service) address, the other
    addresses of the category's route, the coordinators and [handling].allowed_senders.
    """
    hs = settings.handling
    allowed = set(coordinators(settings)) | {a.lower() for a in hs.allowed_senders}
    if assignee:
        a = assignee.lower()
        allowed.add(a)
        allowed |= {m.lower() for m in hs.members.get(a, ())}
        allowed |= {m.lower() for k, v in hs.members.items() if k.lower() == a for m in v}
        route_list = [r.lower() for r in hs.routes.get(category, ())]
        if a in route_list:
            allowed |= set(route_list)
    return allowed


def known_staff(settings: Settings) -> set[str]:
    """Every address the configuration names as staff: route and category addresses, service
    members, coordinators, allowed senders, the information service."""
    hs = settings.handling
    found = set(coordinators(settings)) | {a.lower() for a in hs.allowed_senders}
    for addrs in hs.routes.values():
        found |= {a.lower() for a in addrs}
    for service, people in hs.members.items():
        found.add(service.lower())
        found |= {p.lower() for p in people}
    found |= {c.address.lower() for c in settings.categories.values()}
    found.add(settings.classification.information_service.lower())
    return found


def staff_domains(settings: Settings) -> set[str]:
    """organisation.domain and handling.staff_domains, lower-cased."""
    hs = settings.handling
    return {settings.organisation.domain.lower(), *hs.staff_domains}


def is_staff(settings: Settings, address: str) -> bool:
    """An address the configuration knows: a listed staff address or one of the
    organisation's domains (exactly: a sub-domain is not the organisation)."""
    addr = address.strip().lower()
    if addr.count("@") != 1:
        return False
    if addr in known_staff(settings):
        return True
    return addr.rpartition("@")[2] in staff_domains(settings)


def answer_deadline(settings: Settings, *, kind: str, category: str) -> DeadlineRule:
    """The answer deadline for a new case: "kind.category", then category, then kind, then
    [deadlines]. The pipeline computes due_at with it before the acknowledgement is written."""
    hs = settings.handling
    for key in (f"{kind}.{category}", category, kind):
        rule = hs.deadlines.get(key)
        if rule is not None:
            return rule
    d = settings.deadlines
    return DeadlineRule(answer_days=d.answer_days, answer_unit=d.answer_unit)


def reply_mailbox(settings: Settings) -> str:
    """The mailbox whose sub-addresses carry the reply tokens."""
    return settings.handling.reply_mailbox or settings.smtp.from_address
