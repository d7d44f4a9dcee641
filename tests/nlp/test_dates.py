from datetime import date

import pytest

from eventatlas.nlp.dates import find_dates, pinned_day

SATURDAY = date(2020, 5, 2)


def dates(text, lang, published=SATURDAY):
    return [
        (text[s.start : s.end], s.value.iso, s.value.precision)
        for s in find_dates(text, lang, published)
    ]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "On Friday, May 1, fighters attacked",
            [("Friday", "2020-05-01", "day"), ("May 1", "2020-05-01", "day")],
        ),
        ("en", "Sunday, May 3", [("Sunday", "2020-04-26", "day"), ("May 3", "2020-05-03", "day")]),
        ("no", "IS angrep natt til lørdag", [("natt til lørdag", "2020-05-01", "day")]),
        ("no", "fredag i forrige uke", [("fredag i forrige uke", "2020-04-24", "day")]),
        ("no", "søndag morgen", [("søndag", "2020-04-26", "day")]),
        ("sv", "i januari", [("januari", "2020-01", "month")]),
        ("sv", "på fredagen dödades åtta", [("fredagen", "2020-05-01", "day")]),
        ("de", "In der Nacht zum Samstag", [("In der Nacht zum Samstag", "2020-05-01", "day")]),
        ("de", "am 1. Mai", [("1. Mai", "2020-05-01", "day")]),
        (
            "fr",
            "hier, le 23 mars 2019",
            [("hier", "2020-05-01", "day"), ("23 mars 2019", "2019-03-23", "day")],
        ),
        ("ar", "أعلنت أمس", [("أمس", "2020-05-01", "day")]),
        (
            "it",
            "ieri, il 23 marzo 2019",
            [("ieri", "2020-05-01", "day"), ("23 marzo 2019", "2019-03-23", "day")],
        ),
        ("it", "domenica scorsa", [("domenica", "2020-04-26", "day")]),
        (
            "it",
            "venerdì della settimana scorsa",
            [("venerdì della settimana scorsa", "2020-04-24", "day")],
        ),
        (
            "it",
            "nella notte tra venerdì e sabato",
            [("nella notte tra venerdì", "2020-05-01", "day"), ("sabato", "2020-05-02", "day")],
        ),
        ("it", "nel 2014 l'Isis ha preso Mosul", [("nel 2014", "2014", "year")]),
        ("it", "il gen. Graziano, nel Mar Nero", []),
        ("en", "in 2014 the group seized Mosul", [("in 2014", "2014", "year")]),
        ("no", "for halvannen uke siden", [("for halvannen uke siden", "2020-04-22", "week")]),
        ("de", "vor zwei Wochen", [("vor zwei Wochen", "2020-04-18", "week")]),
    ],
)
def test_expressions_resolve_against_the_publication_date(lang, text, expected):
    assert dates(text, lang) == expected


def test_the_same_day_is_not_today():
    assert dates("قتل شرطيان في تكريت في اليوم نفسه", "ar") == []


def test_numbers_are_not_dates():
    assert dates("nærmere 5000 soldater, 99,5 prosent, 43%", "no") == []
    # a month's short name that is also a number word: "sept morts" is seven dead
    assert dates("l'attentat a fait sept morts", "fr") == []
    assert [d[0] for d in dates("le 7 sept. 2019", "fr")] == ["7 sept. 2019"]


def test_relative_dates_need_a_publication_date():
    assert dates("on Friday, yesterday", "en", published=None) == []
    assert dates("on 23 March 2019", "en", published=None) == [
        ("23 March 2019", "2019-03-23", "day")
    ]


def test_english_month_words_count_only_as_months_when_capitalised():
    assert dates("Fighters may return, and protesters march on the ministry", "en") == []
    assert [d[0] for d in dates("in May, and on 3 March", "en")] == ["May", "3 March"]
    assert [d[0] for d in dates("les combats de mars", "fr")] == ["mars"]


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "On Friday, May 1, fighters attacked", "Friday, May 1"),
        ("fr", "Le vendredi 1er mai, des combattants ont attaqué", "vendredi 1er mai"),
        ("no", "IS angrep fredag 1. mai", "fredag 1. mai"),
        ("de", "Am Freitag, 1. Mai griffen Kämpfer an", "Freitag, 1. Mai"),
        ("ar", "هاجم مسلحون يوم الجمعة 1 أيار", "الجمعة 1 أيار"),
    ],
)
def test_a_weekday_and_its_date_pin_the_year_of_an_undated_report(lang, text, words):
    assert pinned_day(text, lang, range(2017, 2022)) == (date(2020, 5, 1), words)


def test_a_year_is_pinned_only_when_one_fits():
    # May 1 was a Friday in 2015 and in 2020: with both in range nothing is pinned
    assert pinned_day("On Friday, May 1, fighters attacked", "en", range(2014, 2022)) is None
    # mentions that disagree pin nothing
    assert pinned_day("Friday, May 1 and Sunday, May 1", "en", range(2017, 2022)) is None
    assert pinned_day("On Friday fighters attacked", "en", range(2017, 2022)) is None
