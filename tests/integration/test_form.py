"""The complaint form: in a real (headless) Chromium, and at the HTTP level.

A submission must become a case through the mail pipeline (channel "form"), show its number,
and send the same acknowledgement by mail (to a real SMTP sink). Outside CI, a missing
Chromium skips the browser tests with the reason; under CI it fails.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from harness import in_ci
from harness.form import cases_of, csrf_token, serve_form
from sqlalchemy import select
from sqlmodel import Session

from bot.app import App
from bot.form import CSRF_COOKIE, CSRF_FIELD, Csrf, RateLimiter
from bot.models import Attachment, InboundMessage

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
NUMBER = re.compile(r"^PLT-\d{4}-\d{6}$")
SECRET = b"test-secret-of-the-form-0123456789"

COMPLAINT_FR = (
    "Bonjour, je me plains du retard dans le traitement de mon dossier de pension : "
    "j'attends depuis quatre mois une réponse et personne ne répond au téléphone. "
    "C'est inadmissible."
)


@pytest.fixture
def server(form_bot: App) -> Iterator[str]:
    """The form served by a real uvicorn on a loopback port, in a thread."""
    with serve_form(form_bot, secret=SECRET) as (host, port):
        yield f"http://{host}:{port}"


@pytest.fixture
def browser() -> Iterator[object]:
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        reason = f"{CHROMIUM} / {CHROMEDRIVER} missing: apt-get install -y chromium chromium-driver"
        if in_ci():
            pytest.fail(f"{reason} (CI is set: a missing browser is a failure)", False)
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


# -- in the browser -----------------------------------------------------------------------------
def _submit(browser) -> None:  # type: ignore[no-untyped-def]
    """Click the submit button and wait until the answer page replaced the form.

    A mark set on the old page's window is gone once the new page loaded. (Waiting for an old
    element to go stale races with Chromium: while the page is swapped, the lookup can fail with
    "Node with given id does not belong to the document" instead of a stale reference.)
    """
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.execute_script("window.__before_submit = true;")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    # a script run while the page is being swapped may fail: ask again
    WebDriverWait(browser, 30, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.execute_script(
            "return window.__before_submit !== true && document.readyState === 'complete'"
        )
    )


def test_browser_submit_shows_number_and_mails_acknowledgement(
    form_bot: App,
    server: str,
    browser,
    smtp_sink,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from selenium.webdriver.common.by import By

    proof = tmp_path / "courrier.pdf"
    proof.write_bytes(b"%PDF-1.4 test attachment\n")
    browser.get(f"{server}/form/fr")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Formulaire de plainte"
    browser.find_element(By.ID, "name").send_keys("Marie Dupont")
    browser.find_element(By.ID, "email").send_keys("marie.dupont@example.org")
    browser.find_element(By.ID, "subject").send_keys("Retard de mon dossier de pension")
    browser.find_element(By.ID, "message").send_keys(COMPLAINT_FR)
    browser.find_element(By.ID, "files").send_keys(str(proof))
    _submit(browser)

    number = browser.find_element(By.ID, "case-number").text
    assert NUMBER.match(number), browser.page_source[:2000]
    assert "marie.dupont@example.org" in browser.page_source

    (case,) = cases_of(form_bot)
    assert case.number == number
    assert (case.channel, case.kind, case.sender) == (
        "form",
        "complaint",
        "marie.dupont@example.org",
    )
    assert case.language == "fr"
    with Session(form_bot.engine) as session:
        inbound = session.execute(select(InboundMessage)).scalar_one()
        assert (inbound.channel, inbound.source, inbound.case_id) == ("form", "form", case.id)
        att = session.execute(select(Attachment)).scalar_one()
        assert att.filename == "courrier.pdf" and att.data == proof.read_bytes()

    # the same acknowledgement as for a mail, sent by SMTP
    deadline = time.monotonic() + 20
    while True:
        sent = [m for m in smtp_sink.messages if m.rcpt_tos == ("marie.dupont@example.org",)]
        if sent or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert len(sent) == 1, [m.rcpt_tos for m in smtp_sink.messages]
    ack = sent[0]
    mail = message_from_bytes(ack.raw, policy=policy.default)
    assert number in mail["Subject"] or number in mail.get_body(("plain",)).get_content()


def test_browser_validation_errors_in_dutch(form_bot: App, server: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/form/nl")
    browser.find_element(By.ID, "name").send_keys("Jan Peeters")
    browser.find_element(By.ID, "email").send_keys("jan.peeters-at-example.org")
    browser.find_element(By.ID, "message").send_keys("Te kort.")
    _submit(browser)

    summary = browser.find_element(By.ID, "error-summary")
    assert "Het formulier bevat fouten" in summary.text
    assert "Vul een geldig e-mailadres in" in summary.text
    assert "Dit veld is verplicht." in summary.text  # the subject
    assert "Beschrijf uw klacht in minstens 20 tekens." in summary.text
    email = browser.find_element(By.ID, "email")
    assert email.get_attribute("aria-invalid") == "true"
    assert email.get_attribute("value") == "jan.peeters-at-example.org"  # kept
    assert browser.find_element(By.ID, "name").get_attribute("value") == "Jan Peeters"
    assert cases_of(form_bot) == []


def test_browser_csrf_refusal(form_bot: App, server: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/form/de")
    browser.delete_cookie(CSRF_COOKIE)  # as a cross-site post would arrive: no cookie
    browser.find_element(By.ID, "name").send_keys("Anna Schmitz")
    browser.find_element(By.ID, "email").send_keys("anna@example.org")
    browser.find_element(By.ID, "subject").send_keys("Beschwerde")
    browser.find_element(By.ID, "message").send_keys(
        "Ich beschwere mich über die lange Wartezeit und die unfreundliche Antwort."
    )
    _submit(browser)
    error = browser.find_element(By.ID, "general-error")
    assert "Das Formular ist abgelaufen" in error.text
    assert cases_of(form_bot) == []
    # a new token came with the refusal: sending again now works
    browser.find_element(By.ID, "name").send_keys("Anna Schmitz")
    browser.find_element(By.ID, "email").send_keys("anna@example.org")
    browser.find_element(By.ID, "subject").send_keys("Beschwerde")
    browser.find_element(By.ID, "message").send_keys(
        "Ich beschwere mich über die lange Wartezeit und die unfreundliche Antwort."
    )
    _submit(browser)
    assert NUMBER.match(browser.find_element(By.ID, "case-number").text)


# -- over HTTP, without a browser ---------------------------------------------------------------
@pytest.fixture
def client(server: str) -> Iterator[object]:
    import httpx

    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


def _fields(token: str, **kw: str) -> dict[str, str]:
    data = {
        CSRF_FIELD: token,
        "name": "Sam Jones",
        "email": "sam@example.org",
        "subject": "Rude answer at the counter",
        "message": "I complain about the rude and unfriendly answer I got at your counter.",
    }
    data.update(kw)
    return data


def test_http_csrf_needs_cookie_and_field(client, form_bot: App) -> None:  # type: ignore[no-untyped-def]
    token = csrf_token(client)
    cookie = client.cookies.get(CSRF_COOKIE)
    client.cookies.clear()
    r = client.post("/form/en", data=_fields(token))
    assert r.status_code == 403
    client.cookies.set(CSRF_COOKIE, cookie)
    forged = Csrf(b"another key of 32 bytes.........").issue()
    assert client.post("/form/en", data=_fields(forged)).status_code == 403
    assert cases_of(form_bot) == []
    r = client.post("/form/en", data=_fields(token))
    assert r.status_code == 200 and 'id="case-number"' in r.text


def test_http_honeypot_attachments_and_rate_limit(client, form_bot: App) -> None:  # type: ignore[no-untyped-def]
    token = csrf_token(client)
    r = client.post("/form/en", data=_fields(token, website="http://spam.example"))
    assert r.status_code == 200 and "case-number" not in r.text
    assert cases_of(form_bot) == []
    big = ("big.bin", b"x" * (65536 + 1), "application/octet-stream")
    r = client.post("/form/en", data=_fields(token), files=[("files", big)])
    assert r.status_code == 422 and "larger than 64 kB" in r.text
    many = [("files", (f"f{i}.txt", b"x", "text/plain")) for i in range(6)]
    r = client.post("/form/en", data=_fields(token), files=many)
    assert r.status_code == 422 and "Attach at most 5 files." in r.text
    assert cases_of(form_bot) == []
    statuses = [
        client.post("/form/en", data=_fields(token, subject=f"Rude answer {i}")).status_code
        for i in range(6)
    ]
    assert statuses == [200] * 5 + [429]  # [reports] form_rate_limit = 5 per hour
    assert len(cases_of(form_bot)) == 5


def test_rate_limiter_window() -> None:
    now = [0.0]
    limiter = RateLimiter(2, 60, clock=lambda: now[0])
    assert limiter.allow("a") and limiter.allow("a") and not limiter.allow("a")
    assert limiter.allow("b")
    now[0] = 61
    assert limiter.allow("a")


def test_csrf_token_expires() -> None:
    now = [1_000_000.0]
    csrf = Csrf(SECRET, clock=lambda: now[0])
    token = csrf.issue()
    assert csrf.valid(token, token)
    assert not csrf.valid(token, token[:-1] + ("0" if token[-1] != "0" else "1"))
    now[0] += 2 * 3600 + 1
    assert not csrf.valid(token, token)


def test_http_form_shows_the_privacy_notice(client, form_bot: App) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/form/nl")
    assert page.status_code == 200
    assert "Uw gegevens worden uitsluitend gebruikt om uw klacht te behandelen." in page.text
    assert f'href="{form_bot.settings.link("privacy", "nl")}"' in page.text
