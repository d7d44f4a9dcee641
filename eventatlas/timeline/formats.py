"""A timeline in the formats of SPEC.md: our JSON, TimelineJS3 JSON, and tilse's text format."""

from __future__ import annotations

import re
from dataclasses import asdict

from eventatlas.timeline.query import TimelineResult

TILSE_SEPARATOR = "-" * 32


def as_json(result: TimelineResult) -> dict:
    return {"title": result.title, "entries": [asdict(m) for m in result.entries]}


def as_timelinejs(result: TimelineResult) -> dict:
    events = []
    for milestone in result.entries:
        year, month, *day = (int(part) for part in milestone.date.split("-"))
        start = {"year": year, "month": month} | ({"day": day[0]} if day else {})
        quotes = "".join(
            f'<blockquote lang="{s["lang"] or ""}">{_escape(s["quote"])}</blockquote>'
            for s in milestone.sources[:3]
        )
        events.append(
            {
                "start_date": start,
                "text": {"headline": _escape(milestone.headline), "text": quotes},
                "group": milestone.date_precision,
                "unique_id": f"m{len(events)}",
            }
        )
    return {"title": {"text": {"headline": _escape(result.title)}}, "events": events}


def as_tilse(result: TimelineResult) -> tuple[str, int]:
    """The text and how many month-level entries were left out: tilse reads days only, and a
    month is never written as its first day."""
    blocks, skipped = [], 0
    for milestone in result.entries:
        if milestone.date_precision != "day":
            skipped += 1
            continue
        lines = [milestone.date] + [tokenized(s["quote"]) for s in milestone.sources[:3]]
        blocks.append("\n".join(lines) + "\n" + TILSE_SEPARATOR + "\n")
    return "".join(blocks), skipped


def tokenized(text: str) -> str:
    """Spaces around punctuation, as tilse's references are written (it splits on spaces)."""
    return " ".join(re.findall(r"\w+|[^\w\s]", text))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
