"""What the story stage works on: one article's signals, and one story's running state."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np


@dataclass(frozen=True)
class StoryItem:
    """One article as the clusterer sees it."""

    article_id: str
    vector: np.ndarray  # unit length
    day: int | None  # proleptic ordinal of the publication day; None unless known to the day
    span: tuple[int, int] | None  # the days it may have been published on: its day, its month
    entities: frozenset[str]
    lang: str | None
    title: str | None
    opening: str = ""  # the report's first words, for a label where no report has a headline


@dataclass
class Story:
    story_id: str
    vector_sum: np.ndarray
    size: int = 0
    first_day: int | None = None
    last_day: int | None = None
    entities: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    titles: list[tuple[str, str, str]] = field(default_factory=list)  # (article_id, lang, title)
    openings: list[tuple[str, str, str]] = field(default_factory=list)  # … of untitled reports
    thread_id: str | None = None
    label: str = ""
    span: tuple[int, int] | None = None  # the months of its reports known only to the month

    @property
    def centroid(self) -> np.ndarray:
        norm = float(np.linalg.norm(self.vector_sum))
        return self.vector_sum / norm if norm else self.vector_sum

    def add(self, item: StoryItem) -> None:
        self.vector_sum = self.vector_sum + item.vector
        self.size += 1
        if item.day is not None:
            self.take_day(item.day)
        elif item.span is not None:
            self.span = _union(self.span, item.span)
        self.entities.update(item.entities)
        if item.lang:
            self.languages[item.lang] += 1
        if item.title:
            self.titles.append((item.article_id, item.lang or "", item.title))
        elif item.opening:
            self.openings.append((item.article_id, item.lang or "", item.opening))

    def take_day(self, day: int) -> None:
        """Widen the story's dates to take in `day`."""
        self.first_day = day if self.first_day is None else min(self.first_day, day)
        self.last_day = day if self.last_day is None else max(self.last_day, day)

    def absorb(self, other: Story) -> None:
        self.vector_sum = self.vector_sum + other.vector_sum
        self.size += other.size
        days = [d for d in (self.first_day, self.last_day, other.first_day, other.last_day) if d]
        self.first_day, self.last_day = (min(days), max(days)) if days else (None, None)
        if other.span is not None:
            self.span = _union(self.span, other.span)
        self.entities.update(other.entities)
        self.languages.update(other.languages)
        self.titles.extend(other.titles)
        self.openings.extend(other.openings)

    @property
    def days(self) -> tuple[int, int] | None:
        """When it happened: the days of its reports dated to the day, else their months."""
        if self.first_day is not None:
            return self.first_day, self.last_day
        return self.span

    def top_entities(self, n: int = 12) -> set[str]:
        return {name for name, _ in self.entities.most_common(n)}


def story_id_for(article_id: str) -> str:
    """A story is named after the article that started it, so ids are stable across runs."""
    return "s" + hashlib.sha256(article_id.encode()).hexdigest()[:11]


def iso_day(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day else None


def _union(a: tuple[int, int] | None, b: tuple[int, int]) -> tuple[int, int]:
    return b if a is None else (min(a[0], b[0]), max(a[1], b[1]))


def span_of(published: str | None) -> tuple[int, int] | None:
    """The days a publication date allows: one day, or every day of its month."""
    if not published or len(published) < 7:
        return None
    year, month = int(published[:4]), int(published[5:7])
    if len(published) == 10:
        day = date.fromisoformat(published).toordinal()
        return day, day
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1).toordinal(), following.toordinal() - 1


def exact_day(published: str | None) -> int | None:
    return date.fromisoformat(published).toordinal() if published and len(published) == 10 else None
