"""The language of a delivery report, an out-of-office or a very short mail; the function words.

A report or an out-of-office opens with its own text and then quotes the message it answers
(often our French acknowledgement) or repeats itself in other languages; counted over the
whole text, the languages looked mixed and the mail got none.
"""

from __future__ import annotations

from harness.classify import classifier
from harness.classify import parsed_mail as mail

from bot.classify.language import FUNCTION_WORDS


def test_a_bounce_quoting_our_french_letter_is_in_the_language_of_its_report() -> None:
    report = (
        "This is the mail system at host mx.example.net. I'm sorry to have to inform you that "
        "your message could not be delivered to one or more recipients. It's attached below. "
        "For further assistance, please send mail to postmaster. If you do so, please include "
        "this problem report. You can delete your own text from the attached returned message. "
        "<jan.peeters@example.net>: host mx.example.net said: 550 5.1.1 User unknown\n"
    )
    quoted = (
        "Madame, Monsieur, nous avons bien reçu votre plainte et nous vous en remercions. Elle "
        "a été enregistrée sous le numéro indiqué ci-dessus. Nous vous répondrons dans les "
        "délais prévus. Si vous avez des questions, vous pouvez nous écrire à cette adresse. "
        "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées. "
    )
    d = classifier().classify(
        mail(
            "Undelivered Mail Returned to Sender",
            report + quoted,
            sender="MAILER-DAEMON@mx.example.net",
            report_type="delivery-status",
            content_type="multipart/report",
        )
    )
    assert d.kind == "bounce"
    assert d.language == "en", [(h.rule, h.kind, h.reason) for h in d.hits]


def test_a_short_mail_with_a_few_function_words_of_one_language_is_in_that_language() -> None:
    # On a line or two lingua guesses from letter n-grams, which the (Flemish) name and the case
    # reference dominate; the function words, all English, are the better witness.
    d = classifier().classify(
        mail(
            "Chasing PLT-2026-002290",
            "Hi, Any update on PLT-2026-002290? It's been six weeks. Pieter Vandenberghe",
        )
    )
    assert d.language == "en", [(h.rule, h.kind, h.reason) for h in d.hits]


def test_a_bilingual_out_of_office_is_in_the_language_of_its_first_paragraph() -> None:
    # Each paragraph is short, so the first 300 characters already hold most of the second one.
    d = classifier().classify(
        mail(
            "Automatic reply: [PLT-2026-004410] Acknowledgement of your complaint",
            "Thank you for your e-mail. I am away on leave until Monday 8 June and will not be "
            "reading my messages. In urgent cases, please call the front desk.\n\n"
            "Je suis en congé jusqu'au lundi 8 juin et je ne lis pas mes messages. En cas "
            "d'urgence, veuillez appeler l'accueil.\n\nMarta Kowalczyk",
            headers={"Auto-Submitted": "auto-replied"},
        )
    )
    assert d.kind == "auto_reply"
    assert d.language == "en", [(h.rule, h.kind, h.reason) for h in d.hits]


def test_each_function_word_belongs_to_one_language_only() -> None:
    # LanguageGuesser counts a word for the one language it is listed under: a word listed
    # twice would silently count for the last list only.
    seen: dict[str, str] = {}
    for lang, words in FUNCTION_WORDS.items():
        for word in words:
            assert word not in seen, f"{word!r} is listed for {seen[word]} and {lang}"
            seen[word] = lang
