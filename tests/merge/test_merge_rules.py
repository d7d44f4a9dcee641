"""The merge rules on hand-made reports: which join one happening, and how tolls reconcile."""

from eventatlas.extract.records import Event, Source
from eventatlas.merge.happenings import Report, best_happening
from eventatlas.merge.reconcile import reconcile

SAMARRA = (34.1959, 43.8857)


def report(event_id, article, fatalities=None, sub_type="Armed clash", place=SAMARRA, day=1):
    return Event(
        event_id=event_id,
        event_date=f"2020-05-0{day}",
        time_precision=1,
        event_type="Battles",
        sub_event_type=sub_type,
        actor1="Islamic State",
        actor2="PMF: Popular Mobilization Forces",
        country="Iraq",
        admin1="Salah al-Din",
        location="Samarra",
        latitude=place[0],
        longitude=place[1],
        geo_precision=2,
        fatalities=fatalities,
        happening_id=event_id,
        sources=[Source(article, "en", "2020-05-02", f"quote {event_id}", 0, 10)],
    )


def test_the_lowest_outlet_figure_wins_each_outlet_giving_its_largest():
    reports = [
        report("a1", "article-a", fatalities=10),
        report("a2", "article-a", fatalities=4),  # "four of them were soldiers"
        report("b1", "article-b", fatalities=8),
        report("c1", "article-c", fatalities=12),
    ]
    merged = reconcile(reports)
    assert merged.fatalities == 8
    assert {d["value"] for d in merged.disagreements["fatalities"]} == {10, 4, 8, 12}
    assert "Sources differ on fatalities (4, 8, 10, 12)." in merged.notes


def test_one_articles_two_reports_join_only_when_they_agree_closely():
    known = {"h": [Report(report("a1", "article-a"), None)]}
    same_story = Report(report("a2", "article-a"), None)
    assert best_happening(same_story, known, threshold=0.65) == "h"
    elsewhere = Report(report("a3", "article-a", place=(34.05, 43.9), day=2), None)
    assert best_happening(elsewhere, known, threshold=0.65) is None
    other_outlet = Report(report("b1", "article-b", place=(34.05, 43.9), day=2), None)
    assert best_happening(other_outlet, known, threshold=0.65) == "h"


def test_a_disagreement_names_each_article_once():
    twice = report("a1", "article-a", fatalities=10)
    twice.sources.append(Source("article-a", "en", "2020-05-02", "another sentence", 20, 40))
    merged = reconcile([twice, report("b1", "article-b", fatalities=8)])
    said = {d["value"]: d["article_ids"] for d in merged.disagreements["fatalities"]}
    assert said == {10: ["article-a"], 8: ["article-b"]}
