from dataclasses import replace

import numpy as np

from eventatlas.stories.cluster import ClusterParams, StoryClusterer
from eventatlas.stories.label import story_label
from eventatlas.stories.model import Story, StoryItem, exact_day, span_of

PARAMS = ClusterParams(
    join_similarity=0.9,
    merge_similarity=0.95,
    thread_similarity=0.8,
    window_days=7,
    entity_weight=0.04,
    time_weight=0.02,
)


def unit(*values):
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def item(article_id, vector, published="2020-05-02", entities=(), lang="en", title=None):
    return StoryItem(
        article_id,
        vector,
        exact_day(published),
        span_of(published),
        frozenset(entities),
        lang,
        title or article_id,
    )


def test_close_articles_share_a_story_and_distant_ones_do_not():
    clusterer = StoryClusterer(PARAMS)
    clusterer.add(
        [
            item("samarra-en", unit(1, 0.1, 0)),
            item("samarra-no", unit(1, 0.12, 0.02), lang="no"),
            item("weather", unit(0, 1, 0)),
        ]
    )
    stories = clusterer.assignments
    assert stories["samarra-en"] == stories["samarra-no"] != stories["weather"]


def test_the_same_content_weeks_apart_is_a_new_story():
    clusterer = StoryClusterer(PARAMS)
    clusterer.add([item("a", unit(1, 0, 0), "2020-05-02"), item("b", unit(1, 0, 0), "2020-06-20")])
    assert clusterer.assignments["a"] != clusterer.assignments["b"]


def test_a_story_stays_open_while_news_keeps_coming():
    clusterer = StoryClusterer(PARAMS)
    days = ["2019-02-09", "2019-02-14", "2019-02-19", "2019-02-24"]
    clusterer.add([item(d, unit(1, 0, 0), d) for d in days])
    assert len(set(clusterer.assignments.values())) == 1


def test_shared_names_tip_a_borderline_article_into_the_story():
    borderline = unit(1, 0.5, 0)  # cosine 0.894 to the story: just below the join threshold
    alone, named = StoryClusterer(PARAMS), StoryClusterer(PARAMS)
    alone.add([item("a", unit(1, 0, 0), entities={"samarra"}), item("b", borderline)])
    named.add(
        [
            item("a", unit(1, 0, 0), entities={"samarra"}),
            item("b", borderline, entities={"samarra"}),
        ]
    )
    assert alone.assignments["a"] != alone.assignments["b"]
    assert named.assignments["a"] == named.assignments["b"]


def test_halves_that_grew_apart_are_merged_and_the_older_id_kept():
    clusterer = StoryClusterer(replace(PARAMS, merge_similarity=0.94))
    clusterer.add([item("a", unit(1, 0.3, 0), "2019-03-10")])
    clusterer.add([item("b", unit(1, -0.3, 0), "2019-03-11")])  # cosine 0.83 to a: a new story
    first_ids = set(clusterer.assignments.values())
    assert len(first_ids) == 2
    # six articles between the two pull b's centroid to cosine 0.945 of a's: one story
    clusterer.add([item(f"c{n}", unit(1, 0, 0), "2019-03-11") for n in range(6)])
    assert len(set(clusterer.assignments.values())) == 1
    assert clusterer.assignments["a"] in first_ids
    assert set(clusterer.renamed) == first_ids - {clusterer.assignments["a"]}


def test_threads_link_related_stories_months_apart():
    clusterer = StoryClusterer(PARAMS)
    clusterer.add(
        [
            item("offensive", unit(1, 0.2, 0), "2019-02-09", {"ea:baghouz", "islamic-state"}),
            item("fall", unit(1, 0.35, 0), "2019-03-23", {"ea:baghouz", "sdf"}),
            item("talks", unit(1, 0.3, 0), "2019-03-01", {"gn:98182", "islamic-state"}),
            item("football", unit(0, 0, 1), "2019-03-01", {"gn:98182"}),
        ]
    )
    clusterer.link_threads()
    thread = {a: clusterer.stories[s].thread_id for a, s in clusterer.assignments.items()}
    assert clusterer.assignments["offensive"] != clusterer.assignments["fall"]
    assert thread["offensive"] == thread["fall"] != thread["football"]
    # close in meaning, but sharing only an actor, not a place: not the same thread
    assert thread["talks"] != thread["offensive"]


def test_label_prefers_an_english_title():
    story = Story("s1", unit(1, 0, 0))
    story.add(item("a", unit(1, 0, 0), lang="fr", title="Huit combattants tués près de Samarra"))
    story.add(item("b", unit(1, 0, 0), lang="en", title="Ten fighters killed near Samarra"))
    assert story_label(story) == "Ten fighters killed near Samarra"


def test_a_month_level_date_spans_its_month():
    assert span_of("2018-12") == (span_of("2018-12-01")[0], span_of("2018-12-31")[1])
    assert span_of("2020-02") == (span_of("2020-02-01")[0], span_of("2020-02-29")[1])
    assert span_of(None) is None and exact_day("2018-12") is None


def test_a_report_known_to_the_month_joins_a_story_of_a_day_in_that_month():
    clusterer = StoryClusterer(PARAMS)
    clusterer.add(
        [item("dated", unit(1, 0, 0), "2017-04-07"), item("month", unit(1, 0, 0), "2017-04")]
    )
    assert clusterer.assignments["dated"] == clusterer.assignments["month"]
    later = StoryClusterer(PARAMS)
    later.add([item("dated", unit(1, 0, 0), "2017-04-07"), item("month", unit(1, 0, 0), "2017-06")])
    assert later.assignments["dated"] != later.assignments["month"]


def test_without_an_english_headline_the_label_is_another_headline_never_names():
    story = Story("s1", unit(1, 0, 0))
    story.add(item("a", unit(1, 0, 0), lang="fr", title="Huit combattants tués près de Samarra"))
    story.add(replace(item("b", unit(1, 0, 0), entities={"place:samarra"}), title=None))
    assert story_label(story, lambda _: "Samarra") == "Huit combattants tués près de Samarra"


def test_without_any_headline_the_label_is_the_first_sentence_of_a_report():
    story = Story("s1", unit(1, 0, 0))
    opening = "Skip to main content\nEight fighters were killed near Samarra on Friday. More."
    story.add(
        replace(item("a", unit(1, 0, 0), entities={"place:samarra"}), title=None, opening=opening)
    )
    assert (
        story_label(story, lambda _: "Samarra")
        == "Eight fighters were killed near Samarra on Friday."
    )
