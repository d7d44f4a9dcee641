"""The event record (SPEC.md, "event"): ACLED's columns, and beyond them provenance."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Source:
    article_id: str
    lang: str | None
    published: str | None
    quote: str
    start: int  # offsets of the quote in the stored article text
    end: int
    fields: dict[str, list[int]] = field(default_factory=dict)  # field -> [start, end] of its words


@dataclass
class Event:
    event_id: str
    event_date: str | None  # ISO: YYYY-MM-DD, or YYYY-MM for precision 3
    time_precision: int | None  # 1 day, 2 week, 3 month
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    country: str | None = None
    iso: int | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    notes: str = ""
    injured: int | None = None
    size: int | None = None
    story_id: str | None = None
    confidence: float = 0.0
    happening_id: str | None = None  # shared by the reports of one happening (merge/)
    sources: list[Source] = field(default_factory=list)
    # field -> [{value, article_ids}] where the reports of a merged event differ
    disagreements: dict[str, list[dict]] = field(default_factory=dict)


ACLED_COLUMNS = [
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "country",
    "iso",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
]
EXTRA_COLUMNS = ["injured", "size", "story_id", "confidence"]
