from datetime import date

import pytest

from eventatlas.document import Document
from eventatlas.ingest.published import PublishedFromText, dateline_at, find_stated_date
from eventatlas.records import RawDocument


@pytest.mark.parametrize(
    ("text", "lang", "given", "day"),
    [
        # a timestamp line with the weekday after it, and the time glued to the date
        (
            "Ordu ilerliyor\n09:1203/11/2018, Cumartesi\nAskerler kente girdi.",
            "tr",
            None,
            "2018-11-03",
        ),
        # a timestamp opening the line, the headline glued on after it
        (
            "3. November 2018, 09:12 Uhr Politik Die Armee rückt vor\n\nText.",
            "de",
            "2018-11",
            "2018-11-03",
        ),
        # a weekday, an ordinal and the month in words
        (
            "Army enters the city\nSaturday, 3rd November 2018, 9:12 am\nTroops.",
            "en",
            None,
            "2018-11-03",
        ),
        ("Hæren rykker inn\nPublisert: 04.11.18\nSoldatene kom.", "no", None, "2018-11-04"),
        ("ارتش وارد شهر شد\n12 آبان 1397\nسربازان آمدند.", "fa", None, "2018-11-03"),
        ("Армия вошла в город\n3 ноября 2018\nВойска вошли.", "ru", None, "2018-11-03"),
        (
            "Today, November 3, troops entered the city after a week of fighting.",
            "en",
            "2018-11",
            "2018-11-03",
        ),
        # month names from CLDR in a language we have no tables for
        (
            "Wojsko wkracza do miasta\n3 listopada 2018 | 09:12\nŻołnierze weszli.",
            "pl",
            None,
            "2018-11-03",
        ),
    ],
)
def test_a_dateline_states_the_day(text, lang, given, day):
    assert find_stated_date(text, lang, given).day == date.fromisoformat(day)


def test_a_full_date_inside_a_sentence_is_what_happened_not_when_it_was_written():
    text = "Troops entered the city on Saturday, November 3, 2018, after a week of fighting."
    assert find_stated_date(text, "en") is None


def test_an_updated_line_counts_only_when_nothing_else_is_stated():
    both = "Headline here\nUpdated 05/11/2018\nPublished 03/11/2018\nText."
    assert find_stated_date(both, "en").day == date(2018, 11, 3)
    updated = "Headline here\nUpdated 05/11/2018\nText."
    assert find_stated_date(updated, "en").day == date(2018, 11, 5)


def test_implausible_years_are_no_date():
    assert find_stated_date("Headline here\n01/01/1850\nText.", "en") is None


def test_a_yearless_day_needs_today_and_a_month_given():
    text = "Today, November 3, troops entered the city."
    assert find_stated_date(text, "en") is None
    assert find_stated_date(text, "en", "2018-12") is None  # another month: not this report's


def test_dateline_at_tells_where_a_glued_headline_starts():
    line = "3. November 2018, 09:12 Uhr Politik Die Armee rückt vor"
    assert line[dateline_at(line, "de") :] == "Politik Die Armee rückt vor"
    assert dateline_at("Oppdatert kl. 16.00", "no") == len("Oppdatert kl. 16.00")
    assert dateline_at("Troops took the town on 3 November 2018 after a long siege", "en") == 0


def _published(text: str, given: str | None, precision: str | None = None, lang: str = "en"):
    raw = RawDocument(text, "a.txt", "txt", published=given, published_precision=precision)
    doc = PublishedFromText()(Document(raw=raw, text=text, lang=lang))
    return doc.raw.published, doc.raw.published_precision, doc.dating


def test_a_stated_day_refines_a_month_header_and_says_so():
    published, precision, note = _published("Headline here\n03/11/2018\nText.", "2018-11", "month")
    assert (published, precision) == ("2018-11-03", "day")
    assert (note.how, note.given, note.words) == ("refines", "2018-11", "03/11/2018")


def test_a_stated_day_overrides_a_header_it_contradicts_and_says_so():
    published, precision, note = _published("Headline here\n03/11/2018\nText.", "2021-12", "month")
    assert (published, precision) == ("2018-11-03", "day")
    assert (note.how, note.given) == ("overrides", "2021-12")


def test_a_header_the_text_agrees_with_needs_no_note():
    assert _published("Headline\n03/11/2018\nText.", "2018-11-03", "day") == (
        "2018-11-03",
        "day",
        None,
    )


def test_ingest_says_when_a_reports_text_overrides_its_header(tmp_path):
    from typer.testing import CliRunner

    from eventatlas.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wrong.txt").write_text(
        " date 2021-12 Army retakes northern town\n03/11/2018\n\nTroops entered the town.\n"
    )
    db = str(tmp_path / "a.db")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    assert "2021-12 given, but its text states 2018-11-03 ('03/11/2018')" in result.output


def test_a_dateline_our_rules_do_not_read_is_read_by_dateparser():
    text = "ニースでトラック突入\n2016年7月14日 22:30\n群衆にトラックが突っ込んだ。"
    assert find_stated_date(text, "ja").day == date(2016, 7, 14)
    assert find_stated_date("Headline here\nReuters staff, 2016\nText.", "en") is None
