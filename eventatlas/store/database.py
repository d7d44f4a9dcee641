"""Store: open (and migrate) a database, write a batch in one transaction, read it back."""

from __future__ import annotations

import json
import logging
import os
import socket
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import (
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    exists,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine, make_url

from eventatlas.extract.records import Event, Source
from eventatlas.merge.happenings import merged_events, window
from eventatlas.records import (
    AFTER_ANY_DAY,
    Article,
    BatchWrite,
    EventFilter,
    EventTally,
    Rejection,
    RunSummary,
    StoryRecord,
)
from eventatlas.store.schema import (
    articles,
    embeddings,
    event_sources,
    events,
    fingerprints,
    happening_articles,
    happenings,
    language_centres,
    rejections,
    runs,
    stories,
)
from eventatlas.stories.label import OPENING_CHARS
from eventatlas.stories.model import Story, exact_day, iso_day

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration: a store at it opens without importing alembic (a third of a second on
# every command); alembic is loaded only to migrate. tests/store checks it is alembic's head.
HEAD_REVISION = "0007"
_ARTICLE_FIELDS = [f.name for f in fields(Article)]
EVERY_EVENT = EventFilter()
# Articles oldest first, undated last; a page and the articles read for it keep one order.
ARTICLE_ORDER = (articles.c.published.is_(None), articles.c.published, articles.c.locator)


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

    @staticmethod
    def exists(db: str) -> bool:
        """Whether there is a store at `db` to read without making one: opening a SQLite path
        creates the file, while a database server's database is there or not at all."""
        url = make_url(database_url(db))
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return True
        return Path(url.database).exists()

    def close(self) -> None:
        self.engine.dispose()

    def migrate(self) -> None:
        with self.engine.connect() as connection:
            if _revision(connection) == HEAD_REVISION:
                return
        from alembic import command
        from alembic.config import Config
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        head = ScriptDirectory.from_config(config).get_current_head()
        with self.engine.begin() as connection:
            if MigrationContext.configure(connection).get_current_revision() == head:
                return
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if connection.execute(select(func.count()).select_from(happenings)).scalar() == 0:
                _refresh_happenings(connection, None)

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self, inputs: list[str]) -> RunSummary:
        """A new run, after marking `died` the runs whose process is gone without finishing."""
        host = socket.gethostname()
        with self.engine.begin() as connection:
            running = connection.execute(
                select(runs.c.run_id, runs.c.pid, runs.c.host).where(runs.c.status == "running")
            ).all()
            dead = [
                run_id
                for run_id, pid, on in running
                if pid is None or (on == host and not _process_alive(pid))
            ]
            if dead:
                connection.execute(
                    update(runs).where(runs.c.run_id.in_(dead)).values(status="died")
                )
            result = connection.execute(
                insert(runs).values(
                    started_at=_now(),
                    inputs=json.dumps([_valid_text(name) for name in inputs], ensure_ascii=False),
                    status="running",
                    pid=os.getpid(),
                    host=host,
                )
            )
        return RunSummary(run_id=result.inserted_primary_key[0])

    def finish_run(self, run_id: int, status: str = "done") -> None:
        """`status`: done, or how it ended early (`died`, `interrupted`)."""
        with self.engine.begin() as connection:
            connection.execute(
                update(runs)
                .where(runs.c.run_id == run_id)
                .values(finished_at=_now(), status=status)
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

    def write_batch(self, summary: RunSummary, batch: BatchWrite) -> None:
        """Everything one batch produced, all or nothing; `summary` is updated after the commit."""
        duplicates = sum(1 for article, _ in batch.articles if article.duplicate_of)
        new = len(batch.articles) - duplicates
        with self.engine.begin() as connection:
            if batch.articles:
                connection.execute(
                    insert(articles),
                    [_article_row(a, summary.run_id) for a, _ in batch.articles],
                )
                connection.execute(
                    insert(fingerprints),
                    [{"article_id": a.article_id, "minhash": sig} for a, sig in batch.articles],
                )
                _index_text(connection, [a for a, _ in batch.articles])
            if batch.embeddings:
                connection.execute(
                    insert(embeddings),
                    [
                        {"article_id": i, "model": batch.model, "vector": v.astype("<f4").tobytes()}
                        for i, v in batch.embeddings.items()
                    ],
                )
                _add_language_sums(connection, batch)
            _write_stories(connection, batch)
            dropped = _drop_events_of_redated(connection, batch.redated)
            _write_events(connection, batch)
            if batch.events or dropped:
                touched = {e.happening_id or e.event_id for e in batch.events} | dropped
                _refresh_happenings(connection, touched)
            if batch.rejections:
                connection.execute(
                    insert(rejections),
                    [
                        {
                            "run_id": summary.run_id,
                            "locator": _valid_text(r.locator),
                            "code": str(r.code),
                            "reason": _valid_text(r.reason),
                        }
                        for r in batch.rejections
                    ],
                )
            connection.execute(
                update(runs)
                .where(runs.c.run_id == summary.run_id)
                .values(
                    new=runs.c.new + new,
                    duplicate=runs.c.duplicate + duplicates,
                    unchanged=runs.c.unchanged + batch.unchanged,
                    rejected=runs.c.rejected + len(batch.rejections),
                )
            )
        summary.new += new
        summary.duplicate += duplicates
        summary.unchanged += batch.unchanged
        summary.rejections.extend(batch.rejections)

    def unstorable(self, article: Article) -> str | None:
        """Why a value of `article` cannot be written (no UTF-8, an integer SQLite cannot hold),
        or None: that article is rejected before its batch is written."""
        return _unstorable(_article_row(article, 0))

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

    def articles(self, article_ids: list[str] | None = None) -> Iterator[Article]:
        """Stored articles, oldest first; only those named when `article_ids` is given."""
        columns = [articles.c[name] for name in _ARTICLE_FIELDS if name != "thread_id"]
        query = (
            select(*columns, stories.c.thread_id)
            .outerjoin(stories, stories.c.story_id == articles.c.story_id)
            .order_by(*ARTICLE_ORDER)
        )
        chunks = (
            [None]
            if article_ids is None
            else [article_ids[i : i + 500] for i in range(0, len(article_ids), 500)]
        )
        with self.engine.connect() as connection:
            for chunk in chunks:
                selected = query if chunk is None else query.where(articles.c.article_id.in_(chunk))
                for row in connection.execute(selected):
                    yield Article(**row._mapping)

    def article_links(self, article_ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """(title, url or path) of each stored article named, without reading its text."""
        ids = list(article_ids)
        found: dict[str, tuple[str | None, str | None]] = {}
        with self.engine.connect() as connection:
            for start in range(0, len(ids), 500):
                query = select(
                    articles.c.article_id,
                    articles.c.title,
                    func.coalesce(articles.c.url, articles.c.path),
                ).where(articles.c.article_id.in_(ids[start : start + 500]))
                found.update({row[0]: (row[1], row[2]) for row in connection.execute(query)})
        return found

    def story_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The story of each stored article that has one."""
        ids = list(article_ids)
        found: dict[str, str] = {}
        with self.engine.connect() as connection:
            for start in range(0, len(ids), 500):
                query = select(articles.c.article_id, articles.c.story_id).where(
                    articles.c.article_id.in_(ids[start : start + 500]),
                    articles.c.story_id.is_not(None),
                )
                found.update(dict(connection.execute(query).all()))
        return found

    def load_stories(self) -> list[Story]:
        """Every story's clustering state, with its members' titles in date order, and the
        opening words of those without one."""
        titles: dict[str, list[tuple[str, str, str]]] = {}
        openings: dict[str, list[tuple[str, str, str]]] = {}
        query = (
            select(
                articles.c.story_id,
                articles.c.article_id,
                articles.c.lang,
                articles.c.title,
                func.substr(articles.c.text, 1, OPENING_CHARS),
            )
            .where(articles.c.story_id.is_not(None), articles.c.duplicate_of.is_(None))
            .order_by(articles.c.published, articles.c.article_id)
        )
        with self.engine.connect() as connection:
            for story_id, article_id, lang, title, head in connection.execute(query):
                if title:
                    titles.setdefault(story_id, []).append((article_id, lang or "", title))
                else:
                    openings.setdefault(story_id, []).append((article_id, lang or "", head))
            return [
                Story(
                    story_id=row.story_id,
                    vector_sum=np.frombuffer(row.vector_sum, dtype="<f4").copy(),
                    size=row.size,
                    first_day=exact_day(row.first_date),
                    last_day=exact_day(row.last_date),
                    entities=Counter(json.loads(row.entities)),
                    languages=Counter(json.loads(row.languages)),
                    titles=titles.get(row.story_id, []),
                    openings=openings.get(row.story_id, []),
                    thread_id=row.thread_id,
                )
                for row in connection.execute(select(stories))
            ]

    def stories(self) -> list[StoryRecord]:
        """Stories as SPEC.md describes them, oldest first."""
        with self.engine.connect() as connection:
            members: dict[str, list[tuple[str, str | None]]] = {}
            for story_id, article_id, lang in connection.execute(
                select(articles.c.story_id, articles.c.article_id, articles.c.lang)
                .where(articles.c.story_id.is_not(None))
                .order_by(articles.c.published, articles.c.article_id)
            ):
                members.setdefault(story_id, []).append((article_id, lang))
            story_events: dict[str, dict[str, None]] = {}
            for story_id, event_id in connection.execute(
                select(events.c.story_id, events.c.happening_id)
                .where(events.c.story_id.is_not(None))
                .order_by(events.c.event_date, events.c.happening_id)
            ):
                story_events.setdefault(story_id, {})[event_id] = None  # ordered, once each
            rows = connection.execute(
                select(stories).order_by(stories.c.first_date, stories.c.story_id)
            )
            return [
                StoryRecord(
                    story_id=row.story_id,
                    thread_id=row.thread_id,
                    label=row.label,
                    first_date=row.first_date,
                    last_date=row.last_date,
                    article_ids=[a for a, _ in members.get(row.story_id, [])],
                    languages=sorted({lang for _, lang in members.get(row.story_id, []) if lang}),
                    event_ids=list(story_events.get(row.story_id, {})),
                )
                for row in rows
            ]

    def story_index(self) -> list[tuple[str, str]]:
        """(story id, label) of every story, largest first."""
        query = select(stories.c.story_id, stories.c.label).order_by(
            stories.c.size.desc(), stories.c.story_id
        )
        with self.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(query)]

    def all_embeddings(self, model: str) -> tuple[list[str], np.ndarray]:
        """Every stored vector of `model`, as ids and one matrix (rows in the same order)."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(embeddings.c.article_id, embeddings.c.vector).where(
                    embeddings.c.model == model
                )
            ).all()
        if not rows:
            return [], np.zeros((0, 0), dtype=np.float32)
        return [r[0] for r in rows], np.stack([np.frombuffer(r[1], dtype="<f4") for r in rows])

    def language_sums(self, model: str) -> dict[str, tuple[np.ndarray, int]]:
        """Each language's stored story vectors of `model`: their sum and how many ("" for
        articles of no known language)."""
        query = select(
            language_centres.c.lang, language_centres.c.vector_sum, language_centres.c.count
        ).where(language_centres.c.model == model)
        with self.engine.connect() as connection:
            return {
                lang: (np.frombuffer(total, dtype="<f8").copy(), count)
                for lang, total, count in connection.execute(query)
            }

    def event_reports(self) -> list[Event]:
        """Every article's report of an event, with its sources, ordered by date; the reports
        of one happening share a `happening_id` (`merged_events` gives one event for each)."""
        with self.engine.connect() as connection:
            return _read_reports(connection, None)

    def event_reports_around(self, days: list[str]) -> list[tuple[Event, np.ndarray | None]]:
        """The reports dated within a few days of any of `days`, each with its vector."""
        if not days:
            return []
        conditions = [events.c.event_date.between(*window(day)) for day in days]
        conditions += [events.c.event_date == day[:7] for day in days]
        with self.engine.connect() as connection:
            query = select(events.c.event_id, events.c.vector).where(or_(*conditions))
            vectors = {event_id: blob for event_id, blob in connection.execute(query)}
            found = _read_reports(connection, events.c.event_id.in_(list(vectors)))
        return [(e, _vector(vectors[e.event_id])) for e in found]

    def merged_events(
        self,
        where: EventFilter = EVERY_EVENT,
        *,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
    ) -> tuple[int, list[Event]]:
        """One event per happening (its reports merged), those that `where` admits, ordered by
        date: how many there are in all, and the page asked for."""
        total, records = self.merged_event_records(
            where, limit=limit, offset=offset, newest_first=newest_first
        )
        return total, [_event_from_record(r) for r in records]

    def merged_event_records(
        self,
        where: EventFilter = EVERY_EVENT,
        *,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
    ) -> tuple[int, list[dict]]:
        """`merged_events` as the JSON records they are stored as, for the HTTP API."""
        with self.engine.connect() as connection:
            actors = _actors_named(connection, where.actor)
            total = connection.execute(
                select(func.count())
                .select_from(happenings)
                .where(_happening_condition(where, actors))
            ).scalar()
            # The page's ids first, in index order; then only their records are read.
            dates = happenings.c.event_date.desc() if newest_first else happenings.c.event_date
            ids = (
                connection.execute(
                    select(happenings.c.happening_id)
                    .where(_happening_condition(where, actors, paging=True))
                    .order_by(dates, happenings.c.happening_id)
                    .limit(limit)
                    .offset(offset)
                )
                .scalars()
                .all()
            )
            records = {}
            for start in range(0, len(ids), 500):
                query = select(happenings.c.happening_id, happenings.c.record).where(
                    happenings.c.happening_id.in_(ids[start : start + 500])
                )
                records.update(dict(connection.execute(query).all()))
        return total, [json.loads(records[i]) for i in ids]

    def merged_event_record(self, happening_id: str) -> dict | None:
        with self.engine.connect() as connection:
            record = connection.execute(
                select(happenings.c.record).where(happenings.c.happening_id == happening_id)
            ).scalar()
        return None if record is None else json.loads(record)

    def event_tallies(self, where: EventFilter = EVERY_EVENT) -> list[EventTally]:
        """Date, type, place and toll of each merged event `where` admits, for counting."""
        query = select(
            happenings.c.event_date,
            happenings.c.event_type,
            happenings.c.country,
            happenings.c.admin1,
            happenings.c.fatalities,
        )
        with self.engine.connect() as connection:
            query = query.where(_happening_condition(where, _actors_named(connection, where.actor)))
            return [EventTally(*row) for row in connection.execute(query)]

    def event_facets(self, actors: int = 300) -> dict:
        """What the filters can choose among: types, countries with their admin1, the most
        named actors, languages and the span of dates."""
        with self.engine.connect() as connection:
            types = connection.execute(
                select(happenings.c.event_type).distinct().order_by(happenings.c.event_type)
            ).scalars()
            places: dict[str, set[str]] = {}
            for country, admin1 in connection.execute(
                select(happenings.c.country, happenings.c.admin1)
                .distinct()
                .where(happenings.c.country.is_not(None))
            ):
                places.setdefault(country, set()).update([admin1] if admin1 else [])
            named = Counter()
            for column in (happenings.c.actor1, happenings.c.actor2):
                named.update(
                    dict(
                        connection.execute(
                            select(column, func.count()).where(column.is_not(None)).group_by(column)
                        ).all()
                    )
                )
            first, last = connection.execute(
                select(func.min(happenings.c.event_date), func.max(happenings.c.event_date))
            ).one()
            languages = connection.execute(
                select(articles.c.lang).distinct().where(articles.c.lang.is_not(None))
            ).scalars()
            return {
                "event_types": list(types),
                "countries": [{"country": c, "admin1": sorted(places[c])} for c in sorted(places)],
                "actors": [name for name, _ in named.most_common(actors)],
                "languages": sorted(languages),
                "first_date": first,
                "last_date": last,
            }

    def publication_days_of_stories(self, story_ids: list[str]) -> dict[str, list[str]]:
        """The publication days of each story's stored reports that state one (dated to the
        day in their input or text, or pinned by their text; not those inferred from a story)."""
        found: dict[str, list[str]] = {}
        with self.engine.connect() as connection:
            for start in range(0, len(story_ids), 500):
                query = select(articles.c.story_id, articles.c.published).where(
                    articles.c.story_id.in_(story_ids[start : start + 500]),
                    articles.c.published_precision.in_(("day", "inferred-day")),
                    articles.c.duplicate_of.is_(None),
                )
                for story_id, published in connection.execute(query):
                    found.setdefault(story_id, []).append(published)
        return found

    def undated_reports_of_stories(self, story_ids: list[str]) -> dict[str, list[Article]]:
        """Each story's stored originals whose day no input or text stated: known to the month
        or year, not at all, or inferred from the story."""
        with self.engine.connect() as connection:
            ids = [
                article_id
                for start in range(0, len(story_ids), 500)
                for article_id in connection.execute(
                    select(articles.c.article_id).where(
                        articles.c.story_id.in_(story_ids[start : start + 500]),
                        articles.c.duplicate_of.is_(None),
                        or_(
                            articles.c.published_precision.is_(None),
                            articles.c.published_precision.in_(("month", "year", "inferred-story")),
                        ),
                    )
                ).scalars()
            ]
        found: dict[str, list[Article]] = {}
        for article in self.articles(ids) if ids else ():
            found.setdefault(article.story_id, []).append(article)
        return found

    def publication_years(self) -> tuple[int, int] | None:
        """The first and last year the stored articles came out in."""
        year = func.substr(articles.c.published, 1, 4)
        with self.engine.connect() as connection:
            first, last = connection.execute(
                select(func.min(year), func.max(year)).where(articles.c.published.is_not(None))
            ).one()
        return (int(first), int(last)) if first else None

    def counts(self) -> dict[str, int]:
        """How many articles, stories and merged events the store holds."""
        with self.engine.connect() as connection:
            return {
                name: connection.execute(select(func.count()).select_from(table)).scalar()
                for name, table in (
                    ("articles", articles),
                    ("stories", stories),
                    ("events", happenings),
                )
            }

    def quote_spans(self, article_id: str) -> list[tuple[int, int, str]]:
        """(start, end, merged event id) of every quote events took from an article."""
        query = (
            select(event_sources.c.start, event_sources.c.end, events.c.happening_id)
            .join(events, events.c.event_id == event_sources.c.event_id)
            .where(event_sources.c.article_id == article_id)
            .order_by(event_sources.c.start)
        )
        with self.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(query)]

    def article_page(
        self,
        *,
        lang: str | None = None,
        story: str | None = None,
        first: str | None = None,
        last: str | None = None,
        article_ids: list[str] | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[int, list[str]]:
        """Ids of the articles that match, oldest first: how many in all, and the page."""
        conditions = [
            condition
            for value, condition in (
                (lang, articles.c.lang == lang),
                (story, articles.c.story_id == story),
                (first, articles.c.published >= (first or "")),
                (last, articles.c.published <= (last or "") + AFTER_ANY_DAY),
                (article_ids is not None, articles.c.article_id.in_(article_ids or [])),
            )
            if value
        ]
        where = and_(True, *conditions)
        query = (
            select(articles.c.article_id)
            .where(where)
            .order_by(*ARTICLE_ORDER)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as connection:
            total = connection.execute(
                select(func.count()).select_from(articles).where(where)
            ).scalar()
            return total, list(connection.execute(query).scalars())

    def search_articles(self, query: str, limit: int = 20) -> list[tuple[str, float]]:
        """Full-text search: (article_id, rank), best first. Any of the words may match; BM25
        ranks articles with more of them, and rarer ones, first."""
        terms = " OR ".join('"' + word.replace('"', '""') + '"' for word in query.split())
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


_INT64 = range(-(2**63), 2**63)


def _revision(connection: Connection) -> str | None:
    """The store's alembic revision, read without alembic; None for a new database."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _valid_text(value: str) -> str:
    """`value` as UTF-8 can hold it: what cannot be encoded (a lone surrogate) as an escape."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _unstorable(row: dict) -> str | None:
    for name, value in row.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return f"{name} is not valid Unicode"
        elif isinstance(value, int) and value not in _INT64:
            return f"{name} {value} is beyond what the store holds"
    return None


def _article_row(article: Article, run_id: int) -> dict:
    row = asdict(article) | {"run_id": run_id}
    del row["thread_id"]  # read through the article's story
    return row


def _write_stories(connection: Connection, batch: BatchWrite) -> None:
    for gone, kept in batch.renamed.items():
        connection.execute(
            update(articles).where(articles.c.story_id == gone).values(story_id=kept)
        )
        connection.execute(delete(stories).where(stories.c.story_id == gone))
    if batch.story_of:
        connection.execute(
            update(articles)
            .where(articles.c.article_id == bindparam("member"))
            .values(story_id=bindparam("story")),
            [{"member": a, "story": s} for a, s in batch.story_of.items()],
        )
    for story in batch.stories:
        values = {
            "thread_id": story.thread_id or "t" + story.story_id[1:],
            "label": story.label,
            "first_date": iso_day(story.first_day),
            "last_date": iso_day(story.last_day),
            "size": story.size,
            "vector_sum": story.vector_sum.astype("<f4").tobytes(),
            "entities": json.dumps(dict(story.entities.most_common(50)), ensure_ascii=False),
            "languages": json.dumps(dict(story.languages), ensure_ascii=False),
        }
        changed = connection.execute(
            update(stories).where(stories.c.story_id == story.story_id).values(**values)
        ).rowcount
        if not changed:
            connection.execute(insert(stories).values(story_id=story.story_id, **values))


def _add_language_sums(connection: Connection, batch: BatchWrite) -> None:
    """The batch's story vectors added to their languages' sums."""
    lang_of = {article.article_id: article.lang or "" for article, _ in batch.articles}
    added: dict[str, list] = {}
    for article_id, vector in batch.embeddings.items():
        entry = added.setdefault(lang_of.get(article_id, ""), [0, 0.0])
        entry[0] += 1
        entry[1] = entry[1] + vector.astype(np.float64)
    row = language_centres.c
    stored = {
        lang: (np.frombuffer(total, dtype="<f8"), count)
        for lang, total, count in connection.execute(
            select(row.lang, row.vector_sum, row.count).where(
                row.model == batch.model, row.lang.in_(list(added))
            )
        )
    }
    for lang, (count, total) in added.items():
        if lang in stored:
            connection.execute(
                update(language_centres)
                .where(row.model == batch.model, row.lang == lang)
                .values(
                    count=stored[lang][1] + count,
                    vector_sum=(stored[lang][0] + total).astype("<f8").tobytes(),
                )
            )
        else:
            connection.execute(
                insert(language_centres).values(
                    model=batch.model,
                    lang=lang,
                    count=count,
                    vector_sum=np.asarray(total, dtype="<f8").tobytes(),
                )
            )


def _drop_events_of_redated(connection: Connection, redated: list[Article]) -> set[str]:
    """Stored articles dated again take their new day, and lose the events read with the old
    one (the batch brings them anew); returns the happenings those events were part of."""
    if not redated:
        return set()
    for article in redated:
        connection.execute(
            update(articles)
            .where(articles.c.article_id == article.article_id)
            .values(published=article.published, published_precision=article.published_precision)
        )
    ids = [article.article_id for article in redated]
    old = connection.execute(
        select(events.c.event_id, events.c.happening_id).where(
            events.c.event_id.in_(
                select(event_sources.c.event_id).where(event_sources.c.article_id.in_(ids))
            )
        )
    ).all()
    event_ids = [event_id for event_id, _ in old]
    connection.execute(delete(event_sources).where(event_sources.c.event_id.in_(event_ids)))
    connection.execute(delete(events).where(events.c.event_id.in_(event_ids)))
    return {happening_id or event_id for event_id, happening_id in old}


def _write_events(connection: Connection, batch: BatchWrite) -> None:
    event_columns = [c.name for c in events.columns if c.name != "vector"]
    rows = []
    for e in batch.events:
        row = {k: getattr(e, k) for k in event_columns}
        if problem := _unstorable(row):  # one event's value must not fail its batch
            log.warning("event %s not stored: %s", e.event_id, problem)
            continue
        rows.append((e, row | {"vector": _vector_bytes(batch.event_vectors.get(e.event_id))}))
    if not rows:
        return
    connection.execute(insert(events), [row for _, row in rows])
    connection.execute(
        insert(event_sources),
        [
            {
                "event_id": e.event_id,
                "article_id": s.article_id,
                "quote": s.quote,
                "start": s.start,
                "end": s.end,
                "fields": json.dumps(s.fields),
            }
            for e, _ in rows
            for s in e.sources
        ],
    )


def _vector_bytes(vector: np.ndarray | None) -> bytes | None:
    return None if vector is None else vector.astype("<f4").tobytes()


def _vector(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype="<f4")


def _happening_condition(where: EventFilter, actors: list[str], *, paging: bool = False):
    """`where` as SQL. A language admits a third of a store, so a page walks the date index and
    asks each row (EXISTS) while a count lists the language's happenings once (IN): each is the
    fast plan for its query on 100,000 events (benchmarks/api.py)."""
    reported_by = select(happening_articles.c.happening_id)
    in_lang = happening_articles.c.lang == where.lang
    by_lang = (
        exists().where(happening_articles.c.happening_id == happenings.c.happening_id, in_lang)
        if paging
        else happenings.c.happening_id.in_(reported_by.where(in_lang))
    )
    conditions = [
        condition
        for value, condition in (
            (where.first, happenings.c.event_date >= (where.first or "")),
            (where.last, happenings.c.event_date <= (where.last or "") + AFTER_ANY_DAY),
            (where.event_type, happenings.c.event_type == where.event_type),
            (where.country, happenings.c.country == where.country),
            (where.admin1, happenings.c.admin1 == where.admin1),
            (where.lang, by_lang),
            (
                where.story,
                happenings.c.happening_id.in_(
                    reported_by.join(
                        articles, articles.c.article_id == happening_articles.c.article_id
                    ).where(articles.c.story_id == where.story)
                ),
            ),
            (
                where.article_ids is not None,
                happenings.c.happening_id.in_(
                    reported_by.where(happening_articles.c.article_id.in_(where.article_ids or ()))
                ),
            ),
        )
        if value
    ]
    if where.actor:  # `actors`: the names that contain it
        conditions.append(or_(happenings.c.actor1.in_(actors), happenings.c.actor2.in_(actors)))
    return and_(True, *conditions)


def _actors_named(connection: Connection, part: str | None) -> list[str]:
    """The actor names that contain `part`, any case: a few, so that the indexes serve. The
    distinct names are read from the indexes and matched here, in every script's case rules."""
    if not part:
        return []
    wanted = part.casefold()
    found: set[str] = set()
    for column in (happenings.c.actor1, happenings.c.actor2):
        names = connection.execute(select(column).where(column.is_not(None)).group_by(column))
        found.update(name for name in names.scalars() if wanted in name.casefold())
    return sorted(found)


def _read_reports(connection: Connection, where) -> list[Event]:
    """The reports (rows of `events`) that `where` admits, with their sources, by date."""
    chosen = select(*[c for c in events.columns if c.name != "vector"])
    if where is not None:
        chosen = chosen.where(where)
    rows = connection.execute(chosen.order_by(events.c.event_date, events.c.event_id)).all()
    sources: dict[str, list[Source]] = {}
    ids = [row.event_id for row in rows]
    for start in range(0, len(ids), 500) if where is not None else [None]:
        query = (
            select(event_sources, articles.c.lang, articles.c.published)
            .join(articles, articles.c.article_id == event_sources.c.article_id)
            .order_by(event_sources.c.event_id, articles.c.published, event_sources.c.start)
        )
        if start is not None:
            query = query.where(event_sources.c.event_id.in_(ids[start : start + 500]))
        for row in connection.execute(query):
            sources.setdefault(row.event_id, []).append(
                Source(
                    row.article_id,
                    row.lang,
                    row.published,
                    row.quote,
                    row.start,
                    row.end,
                    json.loads(row.fields),
                )
            )
    return [Event(**row._mapping, sources=sources.get(row.event_id, [])) for row in rows]


def _refresh_happenings(connection: Connection, happening_ids: set[str] | None) -> None:
    """Merge the reports of these happenings (all with None) again and store the results."""
    if happening_ids is None:
        connection.execute(delete(happening_articles))
        connection.execute(delete(happenings))
        reports = _read_reports(connection, None)
    else:
        ids = list(happening_ids)
        connection.execute(
            delete(happening_articles).where(happening_articles.c.happening_id.in_(ids))
        )
        connection.execute(delete(happenings).where(happenings.c.happening_id.in_(ids)))
        reports = _read_reports(connection, events.c.happening_id.in_(ids))
    merged = merged_events(reports)
    if not merged:
        return
    connection.execute(
        insert(happenings),
        [
            {
                "happening_id": e.event_id,
                "event_date": e.event_date,
                "event_type": e.event_type,
                "actor1": e.actor1,
                "actor2": e.actor2,
                "country": e.country,
                "admin1": e.admin1,
                "latitude": e.latitude,
                "longitude": e.longitude,
                "fatalities": e.fatalities,
                "record": json.dumps(asdict(e), ensure_ascii=False),
            }
            for e in merged
        ],
    )
    connection.execute(
        insert(happening_articles),
        [
            {"happening_id": e.event_id, "article_id": article_id, "lang": lang}
            for e in merged
            for article_id, lang in dict((s.article_id, s.lang) for s in e.sources).items()
        ],
    )


def _event_from_record(record: dict) -> Event:
    return Event(**record | {"sources": [Source(**s) for s in record["sources"]]})


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
