"""Timelines of a story or a query, read from the store: the core behind `eventatlas timeline`
(and the HTTP API). The articles chosen are read again by the sentence and date components, and
the merged events among them lift their dates and give each entry its English headline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from eventatlas.document import Document
from eventatlas.extract.records import Event
from eventatlas.nlp.dates import FindDates
from eventatlas.nlp.embed import Embedder
from eventatlas.nlp.sentences import SplitSentences
from eventatlas.records import Article, EventFilter
from eventatlas.search import search
from eventatlas.store import Store
from eventatlas.timeline.build import Entry, build_timeline, sentences_of

QUERY_ARTICLES = 200  # the best-matching articles a query timeline reads


@dataclass
class Milestone:
    date: str
    date_precision: str
    headline: str  # English: the merged event's notes, else an English title where there is one
    text: str  # the best quote, in its own language
    event_ids: list[str]
    sources: list[dict] = field(default_factory=list)  # {article_id, lang, quote, url}


@dataclass
class TimelineResult:
    title: str
    entries: list[Milestone]


def timeline(
    store: Store,
    embedder: Embedder,
    *,
    story: str | None = None,
    query: str | None = None,
    first: str | None = None,
    last: str | None = None,
    dates: int = 12,
    per_date: int = 2,
    keywords: tuple[str, ...] = (),
) -> TimelineResult:
    if story:
        chosen = [a for a in store.articles() if a.story_id == story and not a.duplicate_of]
        title = next((s.label for s in store.stories() if s.story_id == story), story)
    else:
        hits = search(store, embedder, query or "", limit=QUERY_ARTICLES)
        chosen = list(store.articles([h.article_id for h in hits]))
        chosen = [a for a in chosen if not a.duplicate_of]
        title = query or "timeline"
    chosen = [a for a in chosen if _within(a.published, first, last)]
    ids = {a.article_id for a in chosen}
    _, events = store.merged_events(EventFilter(article_ids=tuple(ids)))
    sentences = [s for a in chosen for s in sentences_of(_read(a))]
    event_days = Counter({e.event_date: len(e.sources) for e in events if e.event_date})
    entries = build_timeline(
        sentences,
        dates,
        per_date,
        event_days=event_days,
        first=first,
        last=last,
        keywords=keywords,
    )
    by_id = {a.article_id: a for a in chosen}
    return TimelineResult(title, [_milestone(e, events, by_id) for e in entries])


def _milestone(entry: Entry, events: list[Event], articles: dict[str, Article]) -> Milestone:
    happened = sorted(
        (e for e in events if e.event_date == entry.date), key=lambda e: -len(e.sources)
    )
    sources = [_source(articles[s.article_id], s.lang, s.text) for s in entry.sentences]
    for event in happened:
        for source in event.sources:
            known = {s["quote"] for s in sources}
            if source.article_id in articles and source.quote not in known:
                sources.append(_source(articles[source.article_id], source.lang, source.quote))
    english = [articles[s.article_id].title for s in entry.sentences if s.lang == "en"]
    headline = (
        happened[0].notes
        if happened
        else next((t for t in english if t), entry.sentences[0].text[:160])
    )
    return Milestone(
        entry.date,
        entry.date_precision,
        headline,
        entry.sentences[0].text,
        [e.event_id for e in happened],
        sources,
    )


def _source(article: Article, lang: str | None, quote: str) -> dict:
    return {
        "article_id": article.article_id,
        "lang": lang,
        "quote": quote,
        "url": article.url or article.path,
    }


def _read(article: Article) -> Document:
    return FindDates()(SplitSentences()(Document.from_article(article)))


def _within(published: str | None, first: str | None, last: str | None) -> bool:
    if published is None:
        return False
    if first and published[: len(first)] < first[: len(published)]:
        return False
    return not (last and published[: len(last)] > last[: len(published)])
