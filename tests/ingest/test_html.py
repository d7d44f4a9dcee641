import pytest

from eventatlas.errors import Code, InputRejected
from eventatlas.ingest.clean import clean_text
from eventatlas.ingest.html import parse_html
from tests.conftest import RESOURCES


def test_title_date_site_and_main_text():
    raw = parse_html((RESOURCES / "nyhet.html").read_text(), "nyhet.html")
    assert raw.title == "Ti drept i angrep ved Samarra"
    assert (raw.published, raw.published_precision) == ("2020-05-03", "day")
    assert raw.source == "Testavisa"
    text = clean_text(raw.text)
    assert text.startswith("Minst ti medlemmer")
    assert "Mukaishefah" in text
    for boilerplate in (
        "Foto:",
        "Del artikkelen",
        "LES OGSÅ",
        "abonnenter",
        "Kommentarer",
        "informasjonskapsler",
        "Forsiden",
        "©",
    ):
        assert boilerplate not in text, boilerplate


def test_broken_html_is_rejected():
    with pytest.raises(InputRejected) as caught:
        parse_html((RESOURCES / "broken.html").read_text(), "broken.html")
    assert caught.value.code is Code.BAD_HTML


def test_text_that_is_not_html_is_rejected():
    with pytest.raises(InputRejected) as caught:
        parse_html("just some words", "page.html")
    assert caught.value.code is Code.BAD_HTML
