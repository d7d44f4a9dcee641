import pytest

from eventatlas.ingest.clean import clean_text, is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Delil Souleiman / AFP",
        "Photo : AFP",
        "Bild: Reuters",
        "Kämpfer in Baghus. Delil Souleiman / AFP",
        "Del artikkelen",
        "Partager",
        "Share this article",
        "Expand",
        "LES OGSÅ: Slik bygger IS seg opp igjen",
        "Läs också: IS tappar mark i öknen",
        "Lire aussi : Le retour de l'EI en Irak",
        "Lesen Sie auch: Der IS nach dem Fall von Baghus",
        "Read more: Iraq's western desert",
        "اقرأ أيضا: عودة داعش",
        "You have 70% of this article left to read. The rest is for subscribers.",
        "Il vous reste 64 % de cet article à lire. La suite est réservée aux abonnés.",
        "تبقّى لك ٦٥٪ من هذا المقال",
        "Denne artikkelen er forbeholdt abonnenter.",
        "Leave a comment",
        "Your email address will not be published. Required fields are marked *",
        "Skip to main contentSkip to navigation",
        "Advertisement",
        "Sign up to our daily newsletter",
        "This article is more than 5 years old",
        "Fil d'Ariane",
    ],
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Minst ti medlemmer av militsen ble drept nær Samarra natt til lørdag.",
        "Related to the attack, police arrested two men in Kirkuk on Sunday.",
        "The photo showed fighters leaving Baghouz.",
        "Les forces irakiennes ont repris Rawa vendredi.",
        "أعلنت قوات سوريا الديمقراطية السيطرة على الباغوز.",
    ],
)
def test_report_sentences_are_kept(line):
    assert not is_boilerplate(line)


def test_normalises_unicode_and_whitespace():
    decomposed = "Ba\u0308ghus  \u00a0 und\tRawa\r\n\r\n\r\n\nZweiter   Absatz"
    assert clean_text(decomposed) == "B\u00e4ghus und Rawa\n\nZweiter Absatz"


def test_cleaning_is_idempotent():
    text = "Foto: AFP\n\nIraqi forces retook Rawa.\n\nRead more: the desert\n\nIt took hours."
    once = clean_text(text)
    assert once == "Iraqi forces retook Rawa.\n\nIt took hours."
    assert clean_text(once) == once


def test_reader_comments_end_the_report():
    text = (
        "Syrian forces shelled Homs on Friday.\nDozens were killed, activists said.\n\n"
        "X At 16:28 3rd Mar 2012 , BluesBerry wrote : These are not the 80s.\n"
        "Reagan sought opportunities.\n\nAnother reader: nonsense."
    )
    assert clean_text(text) == (
        "Syrian forces shelled Homs on Friday.\nDozens were killed, activists said."
    )


def test_a_report_that_quotes_a_time_and_wrote_is_kept():
    text = "At 10:30 the minister wrote to the council about the ceasefire in Idlib."
    assert clean_text(text) == text


LEAD = (
    "A truck bomb exploded at a busy junction in Mogadishu on Saturday, killing at least twenty "
    "people and wounding dozens more, police officers at the scene said."
)
SIDEBAR = [
    "Central bank holds interest rates steady again",
    "New football stadium opens in the northern suburbs",
    "Heavy rain expected over the weekend in the east",
    "Ministers gather to discuss the national budget",
    "Local choir wins a regional singing contest",
]


def test_a_sidebar_of_other_headlines_before_the_lead_is_gone():
    assert clean_text("\n".join(SIDEBAR) + "\n\n" + LEAD) == LEAD


def test_headlines_about_the_report_itself_stay():
    related = [
        "Truck bomb kills twenty in Mogadishu",
        "Police say the junction was crowded",
        "Dozens wounded in the Mogadishu explosion",
        "Witnesses describe the truck bomb blast",
        "Mogadishu hospitals call for blood donors",
    ]
    text = "\n".join(related) + "\n\n" + LEAD
    assert clean_text(text) == text


def test_fewer_lines_than_a_sidebar_stay():
    text = "\n".join(SIDEBAR[:3]) + "\n\n" + LEAD
    assert clean_text(text) == text
