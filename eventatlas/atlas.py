"""The application object behind the HTTP API and the web app: one store, its settings, the
embedder loaded when first needed, and every question a user can ask as a plain method.

The CLI's commands call the same store and core functions; nothing here knows about HTTP.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from functools import cached_property

from eventatlas.export import article_record
from eventatlas.ingest.jsonl import parse_jsonl
from eventatlas.nlp.embed import Embedder, get_embedder
from eventatlas.pipeline import ingest_items
from eventatlas.records import AFTER_ANY_DAY, Article, EventFilter, RunSummary, StoryRecord
from eventatlas.search import Hit, search
from eventatlas.settings import Settings
from eventatlas.store import Store
from eventatlas.timeline.query import TimelineResult, timeline
from eventatlas.trends import CountRow, TrendRow, counts_by_type, trends

SEARCH_ARTICLES = 20  # a free-text filter keeps the events of the best-matching articles
POSTED = "api"  # the locator prefix of articles posted to the HTTP API


class Atlas:
    def __init__(self, settings: Settings, store: Store | None = None):
        self.settings = settings
        self.store = store or Store.open(settings.db)
        # One writer at a time: SQLite takes one, and a second ingest would only wait.
        self._writing = threading.Lock()

    @cached_property
    def embedder(self) -> Embedder:
        return get_embedder(self.settings.embedding_model)

    def close(self) -> None:
        self.store.close()

    # -- events -------------------------------------------------------------------------------

    def event_filter(self, where: EventFilter, text: str | None) -> EventFilter:
        """`where`, narrowed to the events reported by the articles that best match `text`
        (full text and meaning, so a query in one language finds reports in others)."""
        matching = self._matching_articles(text)
        return where if matching is None else replace(where, article_ids=tuple(matching))

    def _matching_articles(self, text: str | None) -> list[str] | None:
        """The articles that best match `text`, or None when there is no text to match."""
        if not text or not text.strip():
            return None
        return [h.article_id for h in self.search(text, limit=SEARCH_ARTICLES)]

    def events(
        self, where: EventFilter, *, limit: int, offset: int, newest_first: bool = False
    ) -> tuple[int, list[dict]]:
        """Merged event records, each source with its article's title and link."""
        total, records = self.store.merged_event_records(
            where, limit=limit, offset=offset, newest_first=newest_first
        )
        return total, self._with_links(records)

    def event(self, event_id: str) -> dict | None:
        record = self.store.merged_event_record(event_id)
        return None if record is None else self._with_links([record])[0]

    def _with_links(self, records: list[dict]) -> list[dict]:
        sources = [s for record in records for s in record["sources"]]
        links = self.store.article_links({s["article_id"] for s in sources})
        for source in sources:
            source["title"], source["url"] = links.get(source["article_id"], (None, None))
        return records

    def counts(self, where: EventFilter, by: str) -> list[CountRow]:
        return counts_by_type(self.store.event_tallies(where), by=by)

    def trends(self, where: EventFilter, by: str) -> list[TrendRow]:
        return trends(self.store.event_tallies(where), by=by)

    def facets(self) -> dict:
        stories = self.store.story_index()
        return (
            self.store.counts()
            | self.store.event_facets()
            | {
                "stories_index": [{"story_id": i, "label": label} for i, label in stories],
                "tile_url": self.settings.tile_url or None,
            }
        )

    # -- stories and articles ---------------------------------------------------------------

    def stories(
        self, *, lang: str | None = None, first: str | None = None, last: str | None = None
    ) -> list[StoryRecord]:
        """Largest first; those with an article in `lang` and dates overlapping the range."""
        chosen = [
            s
            for s in self.store.stories()
            if (lang is None or lang in s.languages)
            and (first is None or (s.last_date or "") + AFTER_ANY_DAY >= first)
            and (last is None or (s.first_date or AFTER_ANY_DAY) <= last + AFTER_ANY_DAY)
        ]
        return sorted(chosen, key=lambda s: (-len(s.article_ids), s.first_date or ""))

    def story(self, story_id: str) -> StoryRecord | None:
        return next((s for s in self.store.stories() if s.story_id == story_id), None)

    def articles(
        self,
        *,
        lang: str | None = None,
        story: str | None = None,
        first: str | None = None,
        last: str | None = None,
        text: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[int, list[Article]]:
        total, ids = self.store.article_page(
            lang=lang,
            story=story,
            first=first,
            last=last,
            article_ids=self._matching_articles(text),
            limit=limit,
            offset=offset,
        )
        return total, list(self.store.articles(ids))

    def article(self, article_id: str) -> Article | None:
        return next(iter(self.store.articles([article_id])), None)

    def quote_spans(self, article_id: str) -> list[dict]:
        return [
            {"start": start, "end": end, "event_id": event_id}
            for start, end, event_id in self.store.quote_spans(article_id)
        ]

    def article_summaries(self, article_ids: list[str]) -> list[dict]:
        return [summary(a) for a in self.store.articles(article_ids)]

    # -- search and timelines ---------------------------------------------------------------

    def search(self, text: str, *, lang: str | None = None, limit: int = 10) -> list[Hit]:
        return search(self.store, self.embedder, text, lang=lang, limit=limit)

    def timeline(
        self,
        *,
        story: str | None,
        query: str | None,
        first: str | None,
        last: str | None,
        dates: int,
        per_date: int,
        keywords: tuple[str, ...] = (),
    ) -> TimelineResult:
        return timeline(
            self.store,
            self.embedder,
            story=story,
            query=query,
            first=first,
            last=last,
            dates=dates,
            per_date=per_date,
            keywords=keywords,
        )

    # -- writing ------------------------------------------------------------------------------

    def ingest(self, posted: list) -> RunSummary:
        """Articles given as JSON values (objects with the JSON Lines fields), read as a JSON
        Lines file would be: a bad one is rejected with its reason and the others are stored."""
        # A lone surrogate (valid JSON, "\ud800", but no UTF-8) goes back to that escape, which
        # the reader takes as it does in a file.
        lines = [
            json.dumps(article, ensure_ascii=False).encode("utf-8", "backslashreplace")
            for article in posted
        ]
        items = parse_jsonl(lines, POSTED, self.settings.max_file_bytes)
        with self._writing:
            return ingest_items(items, [POSTED], self.store, self.settings)


def summary(article: Article) -> dict:
    """An article without its text: what lists show."""
    record = article_record(article)
    del record["text"]
    return record
