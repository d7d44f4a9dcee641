"""Trigger words: what types a sentence before the embedding model is asked."""

import pytest

from eventatlas.extract.classify import trigger_hits


@pytest.mark.parametrize(
    ("lang", "sentence", "sub_type"),
    [
        ("en", "Mosul fell to Islamic State in June 2014.", "Non-state actor overtakes territory"),
        ("sv", "IS-krigare angrep en militärpost nära Khanaqin.", "Armed clash"),
        ("ar", "شن التحالف غارات جوية على مواقع التنظيم.", "Air/drone strike"),
        (
            "sv",
            "Den syriska armén har tagit full kontroll över staden Deir ez-Zor.",
            "Non-state actor overtakes territory",  # who took it decides: the state regains it
        ),
        (
            "de",
            "Die Armee hat die volle Kontrolle über die Stadt.",
            "Non-state actor overtakes territory",
        ),
        # a German verb and its particle frame the clause
        (
            "de",
            "Sicherheitskräfte nahmen am Mittwoch in Kirkuk einen IS-Kommandeur fest.",
            "Arrests",
        ),
        (
            "de",
            "Die Armee eroberte am Montag die Stadt Rawa zurück.",
            "Government regains territory",
        ),
        ("fr", "Des avions turcs ont bombardé mardi des positions du PKK.", "Air/drone strike"),
        ("ar", "قصفت طائرات حربية تركية مواقع لحزب العمال الكردستاني.", "Air/drone strike"),
    ],
)
def test_a_trigger_word_types_the_sentence(lang, sentence, sub_type):
    assert sub_type in trigger_hits(sentence, lang)


def test_a_trigger_followed_by_a_figure_measures_something_else():
    hits = trigger_hits("Turnout fell to 44.5 percent, the lowest since 2005.", "en")
    assert "Non-state actor overtakes territory" not in hits


@pytest.mark.parametrize(
    "sentence",
    ["بدأت المعركة الأخيرة ضد التنظيم.", "وبالهجوم على المواقع", "والمعركة مستمرة"],
)
def test_arabic_triggers_carry_their_glued_article_and_prepositions(sentence):
    assert "Armed clash" in trigger_hits(sentence, "ar")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le ministre a félicité les combattants héroïques pour cette victoire."),
        ("de", "In ihren Gefängnissen sitzen rund 12 000 mutmaßliche IS-Kämpfer."),
        (
            "de",
            "Bei der Parlamentswahl seit dem Sieg über die Terrormiliz IS ist die Beteiligung "
            "auf einen Tiefstand gefallen.",
        ),
        ("en", "It was the first election since the victory over Islamic State."),
        (
            "fr",
            "La coalition « En marche », qui rassemble d'anciens commandants, est arrivée en tête.",
        ),
    ],
)
def test_fighters_and_past_victories_are_not_event_words(lang, sentence):
    hits = trigger_hits(sentence, lang)
    assert "Peaceful protest" not in hits
    assert "Armed clash" not in hits
    assert "Government regains territory" not in hits
    assert "Non-state actor overtakes territory" not in hits


def test_a_victory_without_since_is_still_one():
    assert "Government regains territory" in trigger_hits(
        "Abadi declared victory over Islamic State in Mosul on Monday.", "en"
    )


@pytest.mark.parametrize(
    ("lang", "sentence", "sub_type"),
    [
        (
            "ar",
            "هاجم مسلحو التنظيم عدة نقاط للحشد بالأسلحة الخفيفة وقذائف الهاون.",
            "Armed clash",
        ),
        (
            "sv",
            "Angriparna anföll tre poster samtidigt, med handgranater och prickskyttar.",
            "Armed clash",
        ),
        ("no", "Iran angrep basen med ballistiske raketter.", "Shelling/artillery/missile attack"),
    ],
)
def test_weapons_beside_small_arms_are_the_means_of_the_fight(lang, sentence, sub_type):
    from eventatlas.extract.classify import EventClassifier

    assert EventClassifier.by_triggers(sentence, lang).sub_event_type == sub_type


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Les pays ont été invités à financer la stabilisation des zones libérées."),
        ("sv", "Pengarna går till de områden i Irak och Syrien som har befriats från IS."),
        ("en", "Donors pledged money for the liberated areas of Iraq."),
        ("sv", "Pentagon hävdar att Soleimani planerade nya angrepp mot amerikaner."),
    ],
)
def test_liberated_areas_and_planned_attacks_are_not_events(lang, sentence):
    from eventatlas.extract.classify import EventClassifier

    assert EventClassifier.by_triggers(sentence, lang) is None


def test_a_figure_of_killed_civilians_is_a_toll_but_killing_civilians_is_an_attack():
    toll = "SDF melder om minst fem drepte sivile i Ras al-Ain og omegn."
    assert "Attack" not in trigger_hits(toll, "no")
    attack = "Tyrkiske styrker drepte sivile i Ras al-Ain."
    start, end = trigger_hits(attack, "no")["Attack"]
    assert attack[start:end] == "drepte sivile"


def test_a_verb_and_its_particle_stay_in_one_clause():
    sentence = "Er nahm an der Konferenz teil, und die Armee legte fest, wer kommt."
    assert "Arrests" not in trigger_hits(sentence, "de")
