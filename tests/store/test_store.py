import sqlite3

import pytest
from sqlalchemy import text

from eventatlas.errors import Code
from eventatlas.records import Article, BatchWrite, Rejection
from eventatlas.store import Store, database_url
from eventatlas.store.database import HEAD_REVISION, MIGRATIONS


def article(article_id, body="Iraqi forces retook Rawa on Friday.", **fields):
    return Article(
        article_id=article_id,
        locator=f"{article_id}.txt",
        format="txt",
        text=body,
        chars=len(body),
        content_hash=f"hash-{article_id}",
        **fields,
    )


def test_database_url():
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"


def test_opening_twice_migrates_once_and_uses_wal(settings):
    Store.open(settings.db).close()
    store = Store.open(settings.db)
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == sorted(p.name[:4] for p in MIGRATIONS.glob("versions/0*.py"))[-1]
        )
    store.close()


def test_the_store_knows_alembics_head_revision():
    """A store at HEAD_REVISION opens without alembic: it must be the newest migration."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_batch_write_counts_and_reads_back(store):
    summary = store.start_run(["in"])
    store.write_batch(
        summary,
        BatchWrite(
            articles=[(article("a"), b"sig"), (article("b", duplicate_of="a"), b"sig")],
            rejections=[Rejection("bad.bin", Code.BINARY, "binary content, not text")],
            unchanged=2,
        ),
    )
    store.finish_run(summary.run_id)
    assert (summary.new, summary.duplicate, summary.unchanged, summary.rejected) == (1, 1, 2, 1)
    run = store.runs()[0]
    assert (run["new"], run["duplicate"], run["unchanged"], run["rejected"], run["status"]) == (
        1,
        1,
        2,
        1,
        "done",
    )
    assert store.run_rejections(summary.run_id)[0].code == "binary"
    assert [a.article_id for a in store.articles()] == ["a", "b"]
    assert [row[0] for row in store.fingerprints()] == ["a", "b"]


def test_full_text_search_folds_diacritics(store):
    summary = store.start_run([])
    batch = BatchWrite(
        articles=[
            (article("a", "Irakische Truppen erobern Baghus zurück."), b"s"),
            (article("b", "Les forces irakiennes ont repris Rawa."), b"s"),
        ]
    )
    store.write_batch(summary, batch)
    assert [hit[0] for hit in store.search_articles("baghus")] == ["a"]
    assert [hit[0] for hit in store.search_articles("zuruck")] == ["a"]
    assert store.search_articles('"quoted') == []


def test_a_failing_batch_writes_nothing(store):
    summary = store.start_run([])
    store.write_batch(summary, BatchWrite(articles=[(article("a"), b"s")]))
    with pytest.raises(Exception, match="UNIQUE"):
        store.write_batch(
            summary, BatchWrite(articles=[(article("b"), b"s"), (article("a"), b"s")])
        )
    assert [a.article_id for a in store.articles()] == ["a"]
    assert [hit[0] for hit in store.search_articles("Rawa")] == ["a"]
    assert store.runs()[0]["new"] == 1


def test_store_file_is_plain_sqlite(settings, store):
    with sqlite3.connect(settings.db) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "article_text", "fingerprints", "runs", "rejections"} <= tables


def test_each_languages_vectors_are_summed_as_batches_come(store):
    import numpy as np

    vectors = {"a": np.array([1.0, 0.0]), "b": np.array([0.0, 1.0]), "c": np.array([2.0, 2.0])}
    langs = {"a": "ar", "b": "ar", "c": None}
    for ids in (["a"], ["b", "c"]):
        store.write_batch(
            store.start_run(["in"]),
            BatchWrite(
                articles=[(article(i, lang=langs[i]), b"sig") for i in ids],
                model="test-model",
                embeddings={i: vectors[i].astype("float32") for i in ids},
            ),
        )
    sums = store.language_sums("test-model")
    assert sums.keys() == {"ar", ""}
    assert sums["ar"][1] == 2 and np.allclose(sums["ar"][0], [1.0, 1.0])
    assert sums[""][1] == 1 and np.allclose(sums[""][0], [2.0, 2.0])
    assert store.language_sums("another-model") == {}
