"""Store: open (and migrate) a database, write a batch in one transaction, read it back."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine

from eventatlas.records import Article, Rejection, RunSummary
from eventatlas.store.schema import articles, fingerprints, rejections, runs

MIGRATIONS = Path(__file__).parent / "migrations"
_ARTICLE_FIELDS = [f.name for f in fields(Article)]


def database_url(db: str) -> str:
    """A path becomes a SQLite URL; URLs pass through."""
    return db if "://" in db else f"sqlite:///{db}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def open(cls, db: str) -> Store:
        url = database_url(db)
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        store.migrate()
        return store

    def close(self) -> None:
        self.engine.dispose()

    def migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        head = ScriptDirectory.from_config(config).get_current_head()
        with self.engine.begin() as connection:
            if MigrationContext.configure(connection).get_current_revision() == head:
                return
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self, inputs: list[str]) -> RunSummary:
        with self.engine.begin() as connection:
            result = connection.execute(
                insert(runs).values(
                    started_at=_now(),
                    inputs=json.dumps(inputs, ensure_ascii=False),
                    status="running",
                )
            )
        return RunSummary(run_id=result.inserted_primary_key[0])

    def finish_run(self, run_id: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(runs)
                .where(runs.c.run_id == run_id)
                .values(finished_at=_now(), status="done")
            )

    def run_rejections(self, run_id: int) -> list[Rejection]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(rejections.c.locator, rejections.c.code, rejections.c.reason)
                .where(rejections.c.run_id == run_id)
                .order_by(rejections.c.rejection_id)
            )
            return [Rejection(*row) for row in rows]

    def runs(self) -> list[dict]:
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(select(runs))]

    # -- writing ------------------------------------------------------------------------------

    def write_batch(
        self,
        summary: RunSummary,
        new_articles: list[tuple[Article, bytes]],
        batch_rejections: list[Rejection],
        unchanged: int,
    ) -> None:
        """Articles (with their MinHash signatures) and rejections of one batch, all or nothing."""
        duplicates = sum(1 for article, _ in new_articles if article.duplicate_of)
        with self.engine.begin() as connection:
            if new_articles:
                connection.execute(
                    insert(articles),
                    [asdict(a) | {"run_id": summary.run_id} for a, _ in new_articles],
                )
                connection.execute(
                    insert(fingerprints),
                    [{"article_id": a.article_id, "minhash": sig} for a, sig in new_articles],
                )
                _index_text(connection, [a for a, _ in new_articles])
            if batch_rejections:
                connection.execute(
                    insert(rejections),
                    [
                        {
                            "run_id": summary.run_id,
                            "locator": r.locator,
                            "code": str(r.code),
                            "reason": r.reason,
                        }
                        for r in batch_rejections
                    ],
                )
            connection.execute(
                update(runs)
                .where(runs.c.run_id == summary.run_id)
                .values(
                    new=runs.c.new + len(new_articles) - duplicates,
                    duplicate=runs.c.duplicate + duplicates,
                    unchanged=runs.c.unchanged + unchanged,
                    rejected=runs.c.rejected + len(batch_rejections),
                )
            )
        summary.new += len(new_articles) - duplicates
        summary.duplicate += duplicates
        summary.unchanged += unchanged
        summary.rejections.extend(batch_rejections)

    # -- reading ------------------------------------------------------------------------------

    def existing_article_ids(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(article_ids)
        found: set[str] = set()
        with self.engine.connect() as connection:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                found.update(
                    connection.execute(
                        select(articles.c.article_id).where(articles.c.article_id.in_(chunk))
                    ).scalars()
                )
        return found

    def fingerprints(self) -> Iterator[tuple[str, str, bytes, str | None]]:
        """(article_id, content_hash, minhash, duplicate_of) of every stored article."""
        query = (
            select(
                articles.c.article_id,
                articles.c.content_hash,
                fingerprints.c.minhash,
                articles.c.duplicate_of,
            )
            .join(fingerprints, fingerprints.c.article_id == articles.c.article_id)
            .order_by(articles.c.run_id, articles.c.article_id)
        )
        with self.engine.connect() as connection:
            yield from connection.execute(query)

    def count_articles(self) -> int:
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(articles)).scalar_one()

    def articles(self) -> Iterator[Article]:
        query = select(*(articles.c[name] for name in _ARTICLE_FIELDS)).order_by(
            articles.c.published.is_(None), articles.c.published, articles.c.locator
        )
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                yield Article(**row._mapping)

    def search_articles(self, query: str, limit: int = 20) -> list[tuple[str, float]]:
        """Full-text search: (article_id, rank), best first. Words are ANDed, as typed."""
        terms = " ".join('"' + word.replace('"', '""') + '"' for word in query.split())
        if not terms:
            return []
        with self.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT article_id, bm25(article_text) AS rank FROM article_text "
                    "WHERE article_text MATCH :terms ORDER BY rank LIMIT :limit"
                ),
                {"terms": terms, "limit": limit},
            )
            return [(row.article_id, float(row.rank)) for row in rows]


def _index_text(connection: Connection, batch: list[Article]) -> None:
    connection.execute(
        text(
            "INSERT INTO article_text (article_id, title, text) VALUES (:article_id, :title, :text)"
        ),
        [{"article_id": a.article_id, "title": a.title or "", "text": a.text} for a in batch],
    )


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
