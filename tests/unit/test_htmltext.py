"""The HTML part derived from a letter's text: escaped, paragraphs, lists, links."""

from __future__ import annotations

from bot.outbox.htmltext import text_to_html


def test_plain_lines_are_escaped_and_kept_apart() -> None:
    html = str(text_to_html('Objet : <b>"Tom & Jerry"</b>\nDossier 12\n\nMerci', "fr"))
    assert "&lt;b&gt;&#34;Tom &amp; Jerry&#34;&lt;/b&gt;<br>\nDossier 12</p>" in html
    assert "<b>" not in html
    assert html.startswith('<div lang="fr">') and "Merci</p>" in html


def test_addresses_and_urls_become_links_on_lines_that_have_them() -> None:
    text = "Écrivez à plaintes@federal.example.be\nhttp sans lien\nVoir https://federal.example.be/fr?a=1&b=2."
    html = str(text_to_html(text, "fr"))
    assert '<a href="mailto:plaintes@federal.example.be">plaintes@federal.example.be</a>' in html
    assert "<br>\nhttp sans lien<br>" in html
    url = "https://federal.example.be/fr?a=1&amp;b=2"
    assert f'Voir <a href="{url}">{url}</a>.' in html


def test_a_block_of_dashes_is_a_list_with_its_links() -> None:
    html = str(text_to_html("Étapes :\n- lire\n- écrire à a@b.be", "fr"))
    assert '<p style="margin: 0;">Étapes :</p>' in html
    assert '<li>lire</li><li>écrire à <a href="mailto:a@b.be">a@b.be</a></li>' in html
