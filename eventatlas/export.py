"""Writing what the store holds: JSON Lines and CSV, one record a row."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import TextIO

from eventatlas.extract.records import ACLED_COLUMNS, EXTRA_COLUMNS, Event
from eventatlas.records import Article, StoryRecord

# SPEC.md's article fields first, then what the store adds.
ARTICLE_COLUMNS = [
    "article_id",
    "url",
    "path",
    "source",
    "title",
    "lang",
    "published",
    "published_precision",
    "story_id",
    "thread_id",
    "chars",
    "duplicate_of",
    "lang_confidence",
    "format",
    "text",
]


STORY_COLUMNS = [
    "story_id",
    "thread_id",
    "label",
    "first_date",
    "last_date",
    "article_ids",
    "languages",
    "event_ids",
]


def story_record(story: StoryRecord) -> dict:
    return asdict(story)


def article_record(article: Article) -> dict:
    values = asdict(article)
    return {column: values[column] for column in ARTICLE_COLUMNS}


def write_jsonl(records: Iterable[dict], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[dict], columns: list[str], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({k: _cell(v) for k, v in record.items()})
        count += 1
    return count


def _cell(value):
    """CSV cells: empty for null, lists joined with ';'."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(map(str, value))
    return value


EVENT_COLUMNS = [*ACLED_COLUMNS, *EXTRA_COLUMNS, "sources"]


def event_record(event: Event) -> dict:
    """JSON: the record as stored; an unreported death toll stays null."""
    return asdict(event)


def event_acled_row(event: Event) -> dict:
    """ACLED's CSV conventions: a full date (mid-month for a month-level date), 0 for an
    unreported death toll, the sources as their quotes."""
    row = asdict(event)
    if event.event_date and len(event.event_date) == 7:
        row["event_date"] = f"{event.event_date}-15"
    row["fatalities"] = event.fatalities or 0
    row["sources"] = " | ".join(f"{s.article_id}: {s.quote}" for s in event.sources)
    return row


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e.longitude, e.latitude]},
            "properties": {k: v for k, v in event_record(e).items() if k != "sources"}
            | {"sources": [asdict(s) for s in e.sources]},
        }
        for e in events
        if e.latitude is not None and e.longitude is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)
