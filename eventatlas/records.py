"""Typed records that cross stage boundaries: what readers yield and what the store returns."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventatlas.errors import Code, InputRejected

if TYPE_CHECKING:
    import numpy as np

    from eventatlas.extract.records import Event
    from eventatlas.stories.model import Story

log = logging.getLogger(__name__)

# Publication-date precisions (SPEC.md): what the source itself states; inference from the text
# is written `inferred-<precision>` by the stage that does it.
DAY, MONTH, YEAR = "day", "month", "year"
INFERRED_DAY = "inferred-day"  # pinned by a weekday and a date in the text ("Friday, May 1")
INFERRED_STORY = "inferred-story"  # read against the dated reports of the article's story


@dataclass(frozen=True)
class RawDocument:
    """One article as a reader found it, before cleaning."""

    text: str
    locator: str  # identity of the input: a path, `path#L3`, `path#item-2` or a URL
    format: str  # txt | html | rss | jsonl
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
    published_precision: str | None = None
    source: str | None = None  # outlet or site
    lang_hint: str | None = None  # a language the input itself declares (JSON Lines `lang`)


@dataclass(frozen=True)
class DatingNote:
    """How a report's publication day was found where its input did not give it, told in the
    ingest summary: `stated` in its text (no date given), `refines` the month given,
    `overrides` a date given that the text contradicts, `pinned` by a weekday and a date that
    fit one year, `story` inferred from the dated reports of its story."""

    locator: str
    how: str
    words: str  # the words that gave it
    published: str
    given: str | None = None  # what the input said

    def __str__(self) -> str:
        given = f" (input said {self.given})" if self.given else ""
        return f"{self.locator}: {self.how} {self.published} by {self.words!r}{given}"


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article, with a stable code and a one-line reason."""

    locator: str
    code: Code
    reason: str

    def __str__(self) -> str:
        return f"{self.locator}: {self.reason}"

    @classmethod
    def of(cls, locator: str, exc: Exception) -> Rejection:
        """What any error met while reading, annotating or storing one input says about it, in
        one line: the batch goes on without that input."""
        if isinstance(exc, InputRejected):
            return cls(locator, exc.code, exc.reason)
        if isinstance(exc, OSError):
            return cls(locator, Code.UNREADABLE, f"cannot read it ({exc.strerror or exc})")
        log.info("internal error on %s", locator, exc_info=exc)  # the traceback, with -v
        return cls(locator, Code.INTERNAL, " ".join(f"internal error: {exc!r}"[:300].split()))


@dataclass(frozen=True)
class Article:
    """An article as the store holds it (SPEC.md, "article")."""

    article_id: str
    locator: str
    format: str
    text: str
    chars: int
    content_hash: str
    url: str | None = None
    path: str | None = None
    source: str | None = None
    title: str | None = None
    lang: str | None = None
    lang_confidence: float | None = None
    published: str | None = None
    published_precision: str | None = None
    story_id: str | None = None
    thread_id: str | None = None
    duplicate_of: str | None = None
    published_given: str | None = None  # what the input said, before its text and story


@dataclass
class RunSummary:
    """What one ingest run did: counts and the reason for every rejection."""

    run_id: int
    new: int = 0
    duplicate: int = 0
    unchanged: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    dating: list[DatingNote] = field(default_factory=list)  # days found in text or story

    @property
    def rejected(self) -> int:
        return len(self.rejections)


@dataclass(frozen=True)
class StoryRecord:
    """A story as SPEC.md describes it."""

    story_id: str
    thread_id: str
    label: str
    first_date: str | None
    last_date: str | None
    article_ids: list[str]
    languages: list[str]
    event_ids: list[str] = field(default_factory=list)


@dataclass
class BatchWrite:
    """Everything one batch adds or changes, written by the store in one transaction."""

    articles: list[tuple[Article, bytes]] = field(default_factory=list)  # with MinHash signature
    rejections: list[Rejection] = field(default_factory=list)
    unchanged: int = 0
    dating: list[DatingNote] = field(default_factory=list)
    model: str = ""
    embeddings: dict[str, np.ndarray] = field(default_factory=dict)
    names: dict[str, frozenset[str]] = field(default_factory=dict)  # article id -> gazetteer ids
    story_of: dict[str, str] = field(default_factory=dict)  # article id -> story id
    stories: list[Story] = field(default_factory=list)  # stories added or changed
    renamed: dict[str, str] = field(default_factory=dict)  # merged-away story -> its absorber
    events: list[Event] = field(default_factory=list)
    redated: list[Article] = field(default_factory=list)  # stored, dated again by their story
    event_vectors: dict[str, np.ndarray] = field(default_factory=dict)  # event id -> its quote's


# Sorts after every ISO date that starts with a given prefix ("2019-03" + it > "2019-03-31"), so
# that a last date of "2019-03" takes in the whole month.
AFTER_ANY_DAY = "~"


@dataclass(frozen=True)
class EventFilter:
    """Which merged events to read: every field that is set must hold (the HTTP API's and the
    web app's filters, and the CLI's where it has them)."""

    first: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    last: str | None = None
    event_type: str | None = None
    actor: str | None = None  # part of either actor's name, any case
    country: str | None = None
    admin1: str | None = None
    lang: str | None = None  # reported by an article in this language
    story: str | None = None  # reported by an article of this story
    article_ids: tuple[str, ...] | None = None  # reported by one of these (a search's hits)


@dataclass(frozen=True)
class EventTally:
    """What counting needs of a merged event, without reading its whole record."""

    event_date: str | None
    event_type: str
    country: str | None
    admin1: str | None
    fatalities: int | None
