"""Writing what the store holds: JSON Lines and CSV, one record a row."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import TextIO

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
