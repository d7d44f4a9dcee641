from eventatlas.gazetteer.matcher import NameMatcher
from eventatlas.gazetteer.normalize import fold, name_key

MATCHER = NameMatcher(
    [
        ("Samarra", "samarra"),
        ("Sāmarrā’", "samarra"),
        ("سامراء", "samarra"),
        ("Deir ez-Zor", "deir"),
        ("Al Qā’im", "qaim"),
        ("Islamic State", "is"),
        ("IS", "is"),
        ("EI", "is"),
        ("الموصل", "mosul"),
        ("irakische Armee", "iraqi-army"),
        ("Les", "les-albania"),
        ("تل أبيض", "tal-abyad"),
        ("القاعدة", "al-qaeda"),
    ]
)


def found(text):
    return [(m.text, m.ids[0]) for m in MATCHER.find(text)]


def test_folding_drops_accents_quotes_and_arabic_marks():
    assert fold("Sāmarrā’") == "samarra"
    assert fold("سَامَرَّاء") == fold("سامراء")
    assert name_key("Deir ez-Zor") == "deir ez zor"


def test_longest_match_and_spellings():
    assert found("Islamic State fighters near Sāmarrā and al-Qaim, in Deir ez-Zor") == [
        ("Islamic State", "is"),
        ("Sāmarrā", "samarra"),
        ("al-Qaim", "qaim"),
        ("Deir ez-Zor", "deir"),
    ]


def test_capitalised_names_need_a_capital_in_the_text():
    assert found("les forces irakiennes") == []
    assert found("Les forces") == [("Les", "les-albania")]  # disambiguation decides later
    assert found("die irakische Armee") == [("irakische Armee", "iraqi-army")]


def test_abbreviations_match_their_case_only():
    assert found("IS-krigere angrep") == [("IS", "is")]
    assert found("Is it so?") == []
    assert found("l'EI a attaqué") == [("EI", "is")]


def test_arabic_names_with_glued_prefixes():
    assert found("وبالموصل") == [("وبالموصل", "mosul")]
    assert found("قرب سامراء") == [("سامراء", "samarra")]
    assert found("الموصل") == [("الموصل", "mosul")]


def test_a_short_first_word_of_a_longer_arabic_name_sheds_its_and():
    assert found("رأس العين وتل أبيض") == [("وتل أبيض", "tal-abyad")]


def test_an_arabic_name_drops_its_article_only_after_for_the():
    assert found("للموصل") == [("للموصل", "mosul")]
    assert found("والقاعدة") == [("والقاعدة", "al-qaeda")]
    assert found("وقاعدة أخرى في أربيل") == []  # "and another base"
