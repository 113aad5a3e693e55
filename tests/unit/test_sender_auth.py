"""Handler commands are accepted only when the mail system proved the sender (issue 12 point 1):
the strict From reading, the Authentication-Results verdict of a trusted gateway, and DKIM
checked by the bot with a real key pair (generated here, served by a test resolver).
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from dkimkeys import new_key
from harness.world import World, Z, handler_mail
from test_handling_commands import SERVICE, new_case, reply

from bot.handling.sender_auth import (
    authentication_results,
    dkim_signature,
    static_dns,
    strict_from,
)
from bot.handling.settings import CommandAuth, HandlingSettings, warnings

DOMAIN = "federal.example.be"
GW = "mx.federal.example.be"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    from harness.world import HMAC_KEY

    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


# --------------------------------------------------------------------------- From line


@pytest.mark.parametrize(
    "value",
    [
        "pensions@federal.example.be",
        "Service Pensions <pensions@federal.example.be>",
        '"Peeters, Jan" <Jan.Peeters@federal.example.be>',
    ],
)
def test_plain_from_lines_are_read(value: str) -> None:
    addr, why = strict_from([value])
    assert addr is not None and addr.endswith("@federal.example.be") and why == ""


@pytest.mark.parametrize(
    "values",
    [
        ["<pensions@federal.example.be@evil.example>"],  # the attack of the issue
        ["pensions@federal.example.be@evil.example"],
        ["a@federal.example.be, b@evil.example"],
        ['"pensions@federal.example.be" <x@evil.example>'],
        ["pensions@federal.example.be (Pensions) <x@evil.example>"],
        ["Pensions <pensions@federal.example.be> (via evil)"],
        ["Pensions <pensions@federal.example.be>", "x@evil.example"],  # two From lines
        ["Team: pensions@federal.example.be;"],
        ["Pensions\u2028 <pensions@federal.example.be>"],
        [],
    ],
)
def test_ambiguous_from_lines_are_refused(values: list[str]) -> None:
    addr, why = strict_from(values)
    assert addr is None and why


# --------------------------------------------------------------------------- Authentication-Results


def test_topmost_trusted_verdict_decides() -> None:
    ok = f"{GW}; spf=pass smtp.mailfrom={DOMAIN}; dmarc=pass header.from={DOMAIN}"
    assert authentication_results([ok], DOMAIN, [GW]).ok
    dkim_ok = f"{GW}; dkim=pass header.d={DOMAIN} header.s=s1"
    assert authentication_results([dkim_ok], DOMAIN, [GW]).ok
    # The gateway's own (top) verdict is a fail; a "pass" lower down came with the mail.
    failed = f"{GW}; dmarc=fail header.from={DOMAIN}"
    assert not authentication_results([failed, ok], DOMAIN, [GW]).ok


def test_untrusted_or_misaligned_verdicts_are_ignored() -> None:
    forged = f"mx.evil.example; dmarc=pass header.from={DOMAIN}"
    assert not authentication_results([forged], DOMAIN, [GW]).ok
    assert not authentication_results([f"{GW}; dkim=pass header.d=evil.example"], DOMAIN, [GW]).ok
    # Only the exact From domain: a parent or look-alike domain is not aligned.
    assert not authentication_results([f"{GW}; dkim=pass header.d=example.be"], DOMAIN, [GW]).ok
    assert not authentication_results([f"{GW}; dmarc=pass header.from=x.be"], DOMAIN, [GW]).ok
    assert not authentication_results([f"{GW}; spf=pass smtp.mailfrom={DOMAIN}"], DOMAIN, [GW]).ok
    assert not authentication_results(["garbage;;; =="], DOMAIN, [GW]).ok
    # Nothing trusted configured: nothing passes.
    assert not authentication_results([f"{GW}; dmarc=pass header.from={DOMAIN}"], DOMAIN, []).ok


# --------------------------------------------------------------------------- DKIM, for real


def _mail(body: str = "#note checked\n") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Taxes <taxes@{DOMAIN}>"
    msg["To"] = "plaintes.klachten@federal.example.be"
    msg["Subject"] = "Re: plainte"
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
    msg.set_content(body)
    return msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def test_dkim_signature_verified_with_the_domain_key() -> None:
    key = new_key()
    dns = static_dns({f"test._domainkey.{DOMAIN}": key.record})
    signed = key.sign(_mail(), domain=DOMAIN)
    assert dkim_signature(signed, DOMAIN, dnsfunc=dns).ok
    # Body altered after signing, a key nobody serves, another signer, a length limit.
    assert not dkim_signature(signed.replace(b"checked", b"changed"), DOMAIN, dnsfunc=dns).ok
    assert not dkim_signature(signed, DOMAIN, dnsfunc=static_dns({})).ok
    other = new_key(1536)
    assert not dkim_signature(
        other.sign(_mail(), domain=DOMAIN),
        DOMAIN,
        dnsfunc=dns,
    ).ok
    evil = key.sign(_mail(), domain="evil.example")
    both = static_dns(
        {f"test._domainkey.{DOMAIN}": key.record, "test._domainkey.evil.example": key.record}
    )
    assert dkim_signature(evil, "evil.example", dnsfunc=both).ok
    assert not dkim_signature(evil, DOMAIN, dnsfunc=both).ok
    assert not dkim_signature(key.sign(_mail(), domain=DOMAIN, length=True), DOMAIN, dnsfunc=dns).ok
    assert not dkim_signature(_mail(), DOMAIN, dnsfunc=dns).ok  # not signed at all


# --------------------------------------------------------------------------- through the pipeline


def test_leaked_token_with_forged_from_changes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = World.build(tmp_path, Z("2026-11-23T09:00"))
    case, reply_to = new_case(world)
    # The real reply address (leaked), the handler's From, but no verdict of our gateway,
    # or one written by the sender's own server.
    reply(world, reply_to, "#answer founded behaviour\nU krijgt gelijk.", proved=False)
    fake = {"Authentication-Results": f"mx.evil.example; dmarc=pass header.from={DOMAIN}"}
    reply(world, reply_to, "#note forged", proved=False, headers=fake)
    after = world.case(case.number)
    assert (after.status, after.outcome) == (case.status, case.outcome)
    assert world.events(case.id, "note") == [] and world.outbox("final_answer") == []
    codes = [e.detail["code"] for e in world.events(case.id, "command_refused")]
    assert codes == ["sender_not_proved", "sender_not_proved"]


def test_ambiguous_from_is_refused_without_any_mail(tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = World.build(tmp_path, Z("2026-11-23T09:00"))
    case, reply_to = new_case(world)
    raw = handler_mail(to=reply_to, body="#note x", sender=SERVICE, seq=99)
    raw = raw.replace(f"<{SERVICE}>".encode(), f"<{SERVICE}@evil.example>".encode())
    world.deliver(raw)
    (event,) = world.events(case.id, "command_refused")
    assert event.detail["code"] == "ambiguous_from"
    assert world.outbox("command_refused") == [] and world.events(case.id, "note") == []


def test_dkim_method_with_a_pinned_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    key = new_key()
    domain = SERVICE.rpartition("@")[2]
    hs = HandlingSettings(
        command_auth=CommandAuth.DKIM,
        dkim_public_keys={f"test._domainkey.{domain}": key.record},
    )
    world = World.build(tmp_path, Z("2026-11-23T09:00"), handling=hs)
    case, reply_to = new_case(world)
    unsigned = handler_mail(to=reply_to, body="#note unsigned", sender=SERVICE, seq=50)
    world.deliver(unsigned)
    assert [e.detail["code"] for e in world.events(case.id, "command_refused")] == [
        "sender_not_proved"
    ]
    signed = key.sign(
        handler_mail(to=reply_to, body="#note signed", sender=SERVICE, seq=51, proved=False),
        domain=domain,
    )
    world.deliver(signed)
    (note,) = world.events(case.id, "note")
    assert "signed" in note.detail["text"]


def test_token_only_is_warned() -> None:
    assert any("token-only" in w for w in warnings(HandlingSettings(command_auth="token-only")))
    assert any("trusted_authserv_ids" in w for w in warnings(HandlingSettings()))
    assert warnings(HandlingSettings(trusted_authserv_ids=[GW])) == []
    with pytest.raises(ValueError):
        HandlingSettings(command_auth="none")


def test_config_check_warns_about_token_only(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from harness.world import CONFIG

    from bot import cli

    text = CONFIG.read_text(encoding="utf-8").replace(
        'command_auth = "authentication-results"', 'command_auth = "token-only"'
    )
    text = text.replace(
        'rules_file = "rules.toml"', f'rules_file = "{CONFIG.parent / "rules.toml"}"'
    )
    site = tmp_path / "site.toml"
    site.write_text(text, encoding="utf-8")
    assert cli.main(["--config", str(site), "config", "check"]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "token-only" in err
    site.write_text(text.replace('"token-only"', '"by-token"'), encoding="utf-8")
    assert cli.main(["--config", str(site), "config", "check"]) == 2
    assert "handling.command_auth" in capsys.readouterr().err
