"""The bundled demo corpus, ingested as a user would, against the manifest we wrote with it."""

import json
from collections import Counter

import pytest

from eventatlas.pipeline import ingest
from eventatlas.settings import load_settings
from eventatlas.store import Store
from tests.conftest import DEMO, REPO

MANIFEST = [
    json.loads(line)
    for line in (REPO / "benchmarks" / "gold" / "demo_corpus.jsonl").read_text().splitlines()
]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    settings = load_settings(env={}, db=str(tmp_path_factory.mktemp("demo") / "demo.db"))
    store = Store.open(settings.db)
    summary = ingest([str(DEMO)], store, settings)
    yield store, summary
    store.close()


@pytest.fixture(scope="module")
def by_file_and_title(demo_store):
    store, _ = demo_store
    return {(a.path, a.title): a for a in store.articles()}


def test_the_corpus_is_what_the_issue_asks_for():
    reports = [m for m in MANIFEST if m["story"] != "distractor"]
    assert len(reports) >= 40
    assert len(MANIFEST) - len(reports) >= 12
    assert {"sv", "no", "fr", "en", "ar", "de"} <= {m["lang"] for m in reports}
    assert {"txt", "html", "rss", "jsonl"} == {m["format"] for m in MANIFEST}
    years = {m["published"][:4] for m in MANIFEST if m["published"]}
    assert years <= {"2017", "2018", "2019", "2020"}


def test_everything_is_stored_and_nothing_rejected(demo_store):
    _, summary = demo_store
    assert summary.rejections == []
    assert summary.new + summary.duplicate == len(MANIFEST)


@pytest.mark.parametrize("entry", MANIFEST, ids=lambda m: f"{m['file']}#{m['item'] or ''}")
def test_language_date_and_precision(entry, by_file_and_title):
    article = by_file_and_title[(str(DEMO / entry["file"]), entry["title"])]
    assert article.lang == entry["lang"]
    if article.published_precision == "inferred-story":
        # a day from its story's dated reports refines what the report states, never more
        assert entry["precision"] in ("month", None)
        assert article.published.startswith(entry["published"] or "")
        return
    assert article.published == entry["published"]
    assert article.published_precision == entry["precision"]


def test_copies_are_linked_to_the_report_they_copy(by_file_and_title):
    """Which of two same-day copies came first is not in the data: the link is what counts."""
    path_of = {a.article_id: a.path for a in by_file_and_title.values()}
    found = {
        frozenset({a.path, path_of[a.duplicate_of]})
        for a in by_file_and_title.values()
        if a.duplicate_of
    }
    expected = {
        frozenset({str(DEMO / m["file"]), str(DEMO / m["duplicate_of"])})
        for m in MANIFEST
        if m["duplicate_of"]
    }
    assert found == expected


def test_boilerplate_is_gone_from_every_html_report(by_file_and_title):
    markers = [
        "Foto:",
        "Photo :",
        "Bild:",
        "LES OGSÅ",
        "Läs också",
        "Lire aussi",
        "Lesen Sie auch",
        "Read more",
        "اقرأ أيضا",
        "% de cet article",
        "of this article left",
        "abonnenter",
        "Partager",
        "Teilen",
        "Share this article",
        "cookies",
    ]
    html = [a for a in by_file_and_title.values() if a.format == "html"]
    assert len(html) >= 10
    for article in html:
        leftovers = [marker for marker in markers if marker in article.text]
        assert not leftovers, (article.path, leftovers)


def test_outlets_come_from_pages_feeds_and_json(by_file_and_title):
    sources = Counter(a.source for a in by_file_and_title.values() if a.format != "txt")
    assert None not in sources
    assert sources["Levant Monitor"] == 5
