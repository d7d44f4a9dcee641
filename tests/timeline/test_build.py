from datetime import date

from eventatlas.nlp.dates import DAY, MONTH, DateValue
from eventatlas.timeline.build import Sentence, build_timeline


def day(iso):
    d = date.fromisoformat(iso)
    return DateValue(d, d.year, d.month, DAY, False)


def month(year, number):
    return DateValue(None, year, number, MONTH, False)


def sentence(text, published, *mentions, position=1, article="a"):
    return Sentence(text, article, "en", date.fromisoformat(published), position, list(mentions))


SENTENCES = [
    sentence("Islamic State fighters attacked Samarra on Friday.", "2020-05-02", day("2020-05-01")),
    sentence("Ten militiamen died in the Samarra attack.", "2020-05-03", day("2020-05-01")),
    sentence("The Samarra attack killed ten.", "2020-05-04", day("2020-05-01"), article="b"),
    sentence("Troops were sent to the border in December.", "2018-12-20", month(2018, 12)),
    sentence("Border troops arrived in December.", "2018-12-28", month(2018, 12), article="c"),
    sentence("A minor incident happened.", "2019-06-02", day("2019-06-01")),
]


def test_dates_mentioned_most_are_chosen_and_a_month_stays_a_month():
    entries = build_timeline(SENTENCES, dates=2, per_date=1)
    assert [(e.date, e.date_precision) for e in entries] == [
        ("2018-12", "month"),
        ("2020-05-01", "day"),
    ]
    assert "Samarra" in entries[1].sentences[0].text


def test_range_and_day_level_only():
    entries = build_timeline(SENTENCES, dates=5, per_date=2, first="2019-01-01", last="2020-12-31")
    assert {e.date for e in entries} == {"2019-06-01", "2020-05-01"}
    assert all(len(e.sentences) <= 2 for e in entries)
    entries = build_timeline(SENTENCES, dates=5, per_date=1, day_level_only=True)
    assert all(e.date_precision == "day" for e in entries)


def test_near_repeats_are_not_picked_twice():
    (entry,) = build_timeline(
        [
            *SENTENCES[:3],
            sentence("The Samarra attack killed ten.", "2020-05-04", day("2020-05-01")),
        ],
        dates=1,
        per_date=3,
    )
    texts = [s.text for s in entry.sentences]
    assert len(texts) == len(set(texts))


def test_keywords_choose_who_speaks_and_a_date_without_them_gives_way():
    entries = build_timeline(SENTENCES, dates=2, per_date=2, keywords=("BORDER", "incident"))
    # 2020-05-01 is mentioned most, but none of its sentences names a keyword
    assert [e.date for e in entries] == ["2018-12", "2019-06-01"]
    assert all(
        any(w in s.text.lower() for w in ("border", "incident"))
        for e in entries
        for s in e.sentences
    )


def test_a_run_on_sentence_speaks_for_a_date_only_when_nothing_shorter_does():
    run_on = " ".join(["Islamic State fighters attacked Samarra, officials said"] * 10) + "."
    short = "Islamic State fighters attacked Samarra."
    mentioned = day("2020-05-01")
    (entry,) = build_timeline(
        [sentence(run_on, "2020-05-02", mentioned), sentence(short, "2020-05-02", mentioned)],
        dates=1,
        per_date=1,
    )
    assert [s.text for s in entry.sentences] == [short]
    (entry,) = build_timeline([sentence(run_on, "2020-05-02", mentioned)], dates=1, per_date=1)
    assert [s.text for s in entry.sentences] == [run_on]
