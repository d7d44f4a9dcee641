"""Disasters and accidents kill people but are no political violence: their tolls make no event.
The reports are written for these tests."""

import pytest

from eventatlas.extract.disasters import names_a_disaster, of_a_disaster
from eventatlas.pipeline import build_event_stage, build_pipeline
from eventatlas.records import RawDocument
from eventatlas.settings import load_settings
from tests.extract.test_events_cli import export, ingested


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "At least twelve people died when fire broke out in a hotel in Basra."),
        ("fr", "Le séisme a fait au moins 40 morts dans la province de Hatay."),
        ("de", "Nach dem Hochhausbrand rechnen die Behörden mit 30 Toten."),  # a compound's tail
        ("no", "Minst 20 omkom i flystyrten i går."),
        ("ar", "ارتفعت حصيلة ضحايا والحريق إلى 14 قتيلا."),  # "and the fire", with its clitic
        ("tr", "Depremde hayatını kaybedenlerin sayısı 300'e yükseldi."),  # no word tables
    ],
)
def test_a_toll_of_a_disaster_is_not_violence(lang, sentence):
    assert of_a_disaster(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Gunmen opened fire on worshippers, killing seven."),  # fire, but a shooting
        ("en", "A truck crashed into the crowd at the market, killing nine."),  # a ramming
        ("no", "Fem sivile ble drept i Ras al-Ain."),  # a place, not a landslide
        ("fr", "Des militants ont mis le feu au siège du parti après l'attaque."),
    ],
)
def test_violence_and_names_are_not_disasters(lang, sentence):
    assert not of_a_disaster(sentence, lang)


def test_an_arson_attack_that_names_the_fire_is_still_violence():
    sentence = "Militants attacked the village and the fire they set killed four."
    assert names_a_disaster(sentence, "en")
    assert not of_a_disaster(sentence, "en")


FIRE = (
    " date 2021-07-13 Hospital fire kills dozens in Nasiriyah\n\n"
    "A fire tore through the coronavirus ward of a hospital in Nasiriyah on Monday night.\n\n"
    "At least 60 people were killed and dozens more were injured, health officials said."
)
CRASH = (
    " date 2015-03-24 Passagierflugzeug in den Alpen abgestürzt\n\n"
    "Ein Passagierflugzeug ist am Dienstag in den französischen Alpen abgestürzt.\n\n"
    "Alle 150 Menschen an Bord kamen ums Leben, teilten die Behörden mit."
)
SHOOTING = (
    " date 2019-03-15 Gunman kills worshippers in Christchurch\n\n"
    "A gunman opened fire on worshippers at a mosque in Christchurch on Friday, killing 42 "
    "people, police said."
)


def test_reports_of_disasters_make_no_events_and_a_shooting_still_does(tmp_path):
    db = ingested(tmp_path, {"fire.txt": FIRE, "crash.txt": CRASH, "shooting.txt": SHOOTING})
    rows = export(db, "--format", "csv").splitlines()[1:]
    assert rows, "the shooting is an event"
    assert all("Christchurch" in row for row in rows)


def test_a_report_of_a_disaster_story_that_opens_on_its_toll_makes_no_event(tmp_path):
    """Alone, "150 died in the Alps" reads as some violent happening; beside the reports of
    its story, which open on the crash, it is the crash's toll."""
    settings = load_settings(env={}, db=str(tmp_path / "x.db"))
    pipeline = build_pipeline(settings)
    texts = {
        "crash": "Ein Passagierflugzeug ist am Dienstag in den französischen Alpen abgestürzt. "
        "Alle 150 Menschen an Bord kamen ums Leben, teilten die Behörden mit.",
        "wreck": "Das Flugzeug zerschellte am Dienstag in den Bergen. Alle 150 Insassen kamen "
        "ums Leben.",
        "toll": "Bei Digne in den französischen Alpen wurden am Dienstag 150 Menschen getötet, "
        "darunter viele Schüler.",
    }
    docs = {}
    for key, text in texts.items():
        doc = pipeline(RawDocument(text, f"{key}.txt", "txt", published="2015-03-24"))
        doc.article_id = key
        docs[key] = doc
    events = build_event_stage(settings)
    assert events({"toll": docs["toll"]}), "alone, the toll is read as an event"
    assert events(docs, dict.fromkeys(docs, "the crash")) == []
