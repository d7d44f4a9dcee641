import pytest

from eventatlas.nlp.numbers import find_counts


def counts(text, lang):
    return [
        (
            text[s.start : s.end],
            s.value.value,
            s.value.lower_bound,
            s.value.approximate,
            s.value.counts,
        )
        for s in find_counts(text, lang)
    ]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "killing ten fighters and wounding at least five others",
            [("ten", 10, False, False, "deaths"), ("at least five", 5, True, False, "injured")],
        ),
        ("no", "nærmere 5000 soldater", [("nærmere 5000", 5000, False, True, "size")]),
        ("no", "over 70 IS-krigere er drept", [("over 70", 70, True, False, "deaths")]),
        ("sv", "Omkring 30 länder", [("Omkring 30", 30, False, True, None)]),
        ("sv", "20 000 soldater", [("20 000", 20000, False, False, "size")]),
        ("de", "37.000 Soldaten", [("37.000", 37000, False, False, "size")]),
        ("de", "Mindestens zehn Tote", [("Mindestens zehn", 10, True, False, "deaths")]),
        ("fr", "des dizaines de blessés", [("des dizaines", 12, False, False, "injured")]),
        ("ar", "مقتل عشرة من مقاتلي الحشد", [("عشرة", 10, False, False, "deaths")]),
        ("ar", "مقتل ٣ جنود", [("٣", 3, False, False, "deaths")]),
    ],
)
def test_counts_and_what_they_count(lang, text, expected):
    assert counts(text, lang) == expected


def test_years_percentages_and_decimals_are_not_counts():
    assert counts("in 2014, 43% of them, 99,5 prosent", "no") == []
