"""The `story dating` batch step: a day for reports known only to the month, from their story.

A report that says "on Friday" or "i går" but is known only to the month (or not at all) is read
against the other reports of its story that are dated to the day, as a careful reader would:
its publication day is taken to be one of theirs, the one on which its own relative dates land
on the days the story's dated reports speak of (their publication days and the days they name).
Where none of the story's reports is dated, the day its reports name most (or the day after)
stands in, within the months they are known to. The date is marked `inferred-story`, never
passed off as stated, and the ingest summary says where it came from. When a later run brings
the story reports dated to the day, its stored reports are dated again and read again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from eventatlas.document import Document
from eventatlas.nlp.calendar import month_names
from eventatlas.nlp.dates import DAY as DAY_PRECISION
from eventatlas.nlp.dates import FindDates, find_dates
from eventatlas.records import (
    DAY,
    INFERRED_DAY,
    INFERRED_STORY,
    Article,
    BatchWrite,
    DatingNote,
)

STATED = (DAY, INFERRED_DAY)  # precisions that speak for a day
SPOKEN_WITHIN = 7  # days around its publication that a dated report's named days count for


def date_from_stories(
    batch: BatchWrite,
    docs: dict[str, Document],
    stored_days: Callable[[list[str]], dict[str, list[str]]],
    stored_undated: Callable[[list[str]], dict[str, list[Article]]],
    reread: Callable[[Article], Document],
) -> None:
    """Date the batch's reports known only to the month by their stories; `stored_days` gives
    the publication days of each story's reports stored earlier. Where the batch brings a story
    reports dated to the day, its stored reports without a stated day (`stored_undated`) are
    dated again with them; those whose day changes are read again (`reread`), so that their
    events are extracted anew, and go to `batch.redated`."""
    members: dict[str, list[str]] = {}
    for article_id, story_id in batch.story_of.items():
        if article_id in docs:
            members.setdefault(story_id, []).append(article_id)
    stored = stored_days(list(members))
    articles = {article.article_id: i for i, (article, _) in enumerate(batch.articles)}
    newly_dated = [s for s, ids in members.items() if any(_stated(docs[i]) for i in ids)]
    undated = stored_undated(newly_dated) if newly_dated else {}
    for story_id, ids in members.items():
        dated = [docs[i] for i in ids if _stated(docs[i])]
        published = Counter(
            [date.fromisoformat(d.raw.published) for d in dated]
            + [date.fromisoformat(day) for day in stored.get(story_id, [])]
        )
        named = _days_named([docs[i] for i in ids])
        spoken = _days_spoken_of(dated) + published + named
        dated_count = sum(published.values())
        source = f"{dated_count} report{'s' * (dated_count != 1)} dated to the day"
        if not published:
            published = _likely_days([docs[i] for i in ids], named)
            if not published:
                continue
            source = "the day its reports name most"
        for article_id in ids:
            doc = docs[article_id]
            if _stated(doc):
                continue
            day, words = _best_day(doc, published, spoken)
            if day is None:
                continue
            given = doc.raw.published
            doc.raw = replace(
                doc.raw, published=day.isoformat(), published_precision=INFERRED_STORY
            )
            FindDates()(doc)
            told = f"; its {words}" if words else ""
            doc.dating = DatingNote(
                doc.raw.locator, "story", f"{source}{told}", day.isoformat(), given
            )
            batch.dating.append(doc.dating)
            index = articles[article_id]
            article, signature = batch.articles[index]
            batch.articles[index] = (
                replace(article, published=day.isoformat(), published_precision=INFERRED_STORY),
                signature,
            )
        for article in undated.get(story_id, []):
            _date_again(article, story_id, published, spoken, source, batch, docs, reread)
    _widen_stories(batch)


def _widen_stories(batch: BatchWrite) -> None:
    """A story's dates take in the days its reports were given from it."""
    stories = {story.story_id: story for story in batch.stories}
    inferred = [a for a, _ in batch.articles if a.published_precision == INFERRED_STORY]
    for article in inferred + batch.redated:
        story = stories.get(batch.story_of.get(article.article_id, ""))
        if story is not None:
            story.take_day(date.fromisoformat(article.published).toordinal())


def _stated(doc: Document) -> bool:
    return doc.raw.published_precision in STATED


def _date_again(
    article: Article,
    story_id: str,
    published: Counter,
    spoken: Counter,
    source: str,
    batch: BatchWrite,
    docs: dict[str, Document],
    reread: Callable[[Article], Document],
) -> None:
    """A stored report of the story, dated again against what the story now knows."""
    as_given = Document.from_article(replace(article, published=article.published_given))
    day, words = _best_day(as_given, published, spoken)
    if day is None or day.isoformat() == article.published:
        return
    redated = replace(article, published=day.isoformat(), published_precision=INFERRED_STORY)
    batch.redated.append(redated)
    batch.story_of[article.article_id] = story_id
    docs[article.article_id] = reread(redated)
    told = f"; its {words}" if words else ""
    batch.dating.append(
        DatingNote(
            article.locator,
            "story",
            f"again, with {source}{told}",
            day.isoformat(),
            article.published_given,
        )
    )


def _days_spoken_of(dated: list[Document]) -> Counter:
    """The days a story's dated reports name, near their own day: one vote a report a day."""
    spoken: Counter = Counter()
    for doc in dated:
        own = date.fromisoformat(doc.raw.published)
        named = {
            span.value.day
            for span in doc.layers.get("dates", [])
            if span.value.precision == DAY_PRECISION
            and span.value.day
            and abs((span.value.day - own).days) <= SPOKEN_WITHIN
        }
        spoken.update(named)
    return spoken


def _likely_days(docs: list[Document], named: Counter) -> Counter:
    """For a story none of whose reports (`docs`) is dated to the day: of the days they name
    (`named`, with how many name each), the one named most and the day after (when reports of
    it come out), within the months the reports are known to; where no month is known, only a
    day that two reports name."""
    months = {d.raw.published[:7] for d in docs if d.raw.published}
    if months:
        named = Counter({d: n for d, n in named.items() if d.isoformat()[:7] in months})
    else:
        named = Counter({d: n for d, n in named.items() if n >= 2})
    if not named:
        return Counter()
    top = max(named.values())
    days = [d for d, n in named.items() if n == top]
    return Counter(days + [d + timedelta(days=1) for d in days])


def _days_named(docs: list[Document]) -> Counter:
    """Days the reports name in full ("7. April 2017"), or by day and month within the month
    they are known to ("vendredi 8 avril" in a report of April 2022): one vote a report a day."""
    named: Counter = Counter()
    for doc in docs:
        month = doc.raw.published if doc.raw.published and len(doc.raw.published) == 7 else None
        days = {
            span.value.day
            for span in doc.layers.get("dates", [])
            if span.value.precision == DAY_PRECISION and span.value.day and not span.value.relative
        }
        if month and doc.raw.published_precision not in STATED:
            end = date(int(month[:4]), int(month[5:7]), 1) + timedelta(days=31)
            days |= {
                span.value.day
                for span in find_dates(doc.text, doc.lang, end.replace(day=1) - timedelta(days=1))
                if span.value.precision == DAY_PRECISION
                and span.value.day
                and span.value.day.isoformat().startswith(month)
                and span.label == "date"
                and _names_its_month(doc.text[span.start : span.end], doc.lang)
            }
        named.update(days)
    return named


def _names_its_month(words: str, lang: str | None) -> bool:
    """Whether a date's words name a month ("8 avril"), not only a weekday or "yesterday"."""
    names = month_names(lang)
    return any(word in names for word in re.findall(r"[^\W\d_]+\.?", words.casefold()))


def _best_day(doc: Document, published: Counter, spoken: Counter) -> tuple[date | None, str]:
    """Of the days the story's reports came out on (in the report's own month, if it has one),
    the one against which its relative dates name the most days the story speaks of; ties go to
    the day most reports came out on, then the earliest."""
    month = doc.raw.published if doc.raw.published and len(doc.raw.published) == 7 else None
    candidates = [d for d in published if month is None or d.isoformat().startswith(month)]
    best, best_key, best_words = None, None, ""
    for candidate in candidates:
        relative = [
            span
            for span in find_dates(doc.text, doc.lang, candidate)
            if span.value.relative and span.value.precision == DAY_PRECISION
        ]
        landed = [span for span in relative if span.value.day in spoken]
        key = (len(landed), published[candidate], -candidate.toordinal())
        if best_key is None or key > best_key:
            best, best_key = candidate, key
            best_words = ", ".join(dict.fromkeys(doc.text[s.start : s.end] for s in landed))
    return best, (f"'{best_words}' fits" if best_words else "")
