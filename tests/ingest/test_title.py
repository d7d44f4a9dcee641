import pytest

from eventatlas.document import Document
from eventatlas.ingest.title import FindTitle, find_title, lead
from eventatlas.records import RawDocument

LEAD = (
    "Government forces entered the northern town on Saturday after a week of fighting, "
    "officials said, and raised the flag over the governor's office."
)


def _title(text: str, lang: str = "en") -> str | None:
    found = find_title(text, lang)
    return text[found[0] : found[1]] if found else None


@pytest.mark.parametrize(
    "head",
    [
        "Skip to main content\nArmy retakes northern town\n",  # a menu
        "Advertisement\nWorld\nArmy retakes northern town\n",  # a widget, a section
        "Army retakes northern town\nBy Jane Doe\n",  # a byline after it
        "Saturday, 3 November 2018, 09:12\nArmy retakes northern town\n",  # a dateline
        "Troops at the gate. Photo: Jane Doe/AFP\nArmy retakes northern town\n",  # a caption
        "3 November 2018, 09:12 Army retakes northern town\n",  # glued to its timestamp
    ],
)
def test_the_headline_is_found_past_the_pages_furniture(head):
    assert _title(head + LEAD) == "Army retakes northern town"


def test_no_headline_when_the_lead_comes_first():
    assert _title(LEAD + "\nArmy retakes northern town\nMore text.") is None


def test_a_run_of_other_headlines_is_a_sidebar_not_the_title():
    sidebar = "\n".join(
        [
            "Central bank holds interest rates steady",
            "New stadium opens in the capital",
            "Heavy rain expected over the weekend",
            "Ministers meet to discuss the budget",
        ]
    )
    assert _title(sidebar + "\n" + LEAD) is None


def test_a_subhead_question_or_a_short_caption_sentence_is_not_the_title():
    assert _title("What do we know so far?\n" + LEAD) is None
    assert _title("The town's main square.\n" + LEAD) is None


def _doc(text: str) -> Document:
    raw = RawDocument(text, "a.txt", "txt")
    return FindTitle()(Document(raw=raw, text=text, lang="en"))


def test_a_title_line_of_its_own_leaves_the_text_and_one_among_lines_stays():
    alone = _doc("Rawa retaken\n\n" + LEAD)
    assert (alone.title, alone.text) == ("Rawa retaken", LEAD)
    among = _doc("World\nArmy retakes northern town\n" + LEAD)
    assert among.title == "Army retakes northern town"
    assert among.text.endswith(LEAD) and "Army retakes" in among.text


def test_a_section_name_over_the_report_is_no_title_and_leaves_the_text():
    doc = _doc("World\n\n" + LEAD)
    assert doc.title is None and doc.text == LEAD


def test_a_title_the_input_gave_is_kept():
    raw = RawDocument(LEAD, "a.jsonl#L1", "jsonl", title="Given title")
    doc = FindTitle()(Document(raw=raw, text=LEAD, title="Given title", lang="en"))
    assert doc.title == "Given title"


def test_the_lead_leaves_out_the_pages_furniture_and_the_headline():
    text = "Skip to main content\nArmy retakes northern town\nBy Jane Doe\n" + LEAD
    assert lead(text, "en", 60, skip="Army retakes northern town") == LEAD[:60]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        # the crawl glued the page's section before the headline
        (
            "Internacionales Talibanes anuncian que controlan Kabul\n\nLos talibanes entraron.",
            "es",
            "Talibanes anuncian que controlan Kabul",
        ),
        (
            "Ausland Anschlag in Stockholm: vier Tote\n\nEin Lastwagen fuhr.",
            "de",
            "Anschlag in Stockholm: vier Tote",
        ),
        # a headline that opens with a word that names a section elsewhere keeps it
        (
            "World Cup final ends in a riot\n\nFans fought police.",
            "en",
            "World Cup final ends in a riot",
        ),
    ],
)
def test_a_section_name_before_the_headline_is_not_the_headline(text, lang, title):
    start, end = find_title(text, lang)
    assert text[start:end] == title
