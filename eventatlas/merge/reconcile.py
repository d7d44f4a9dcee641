"""One event from the reports of one happening, with the disagreements between them kept.

The rules, stated so that users can rely on them (README, "Merged events"):
- fatalities, injured: the lowest figure any outlet gives, as ACLED keeps "the most conservative
  credible figure" (8, 10 and "at least 10" give 8), an outlet's figure being the largest of its
  article (a second sentence may count only part of the dead); null when none gives a number;
- date: the one most reports give, the earliest on a tie, with that report's precision;
- place: the most precise one (lowest geo_precision), the most reported among equals;
- type, sub-type and actors: what most reports say, the earliest report's on a tie;
- sources: every report's quotes; `disagreements` lists each field where reports differ, with
  which articles said what, and `notes` says so in words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from eventatlas.extract.notes import notes
from eventatlas.extract.records import Event
from eventatlas.gazetteer.distance import distance_km

SAME_PLACE_KM = 25
NOTED = {"event_date": "the date", "location": "the place", "fatalities": "fatalities"}
DISPUTABLE = ("event_date", "sub_event_type", "actor1", "actor2", "location", "fatalities")


def reconcile(reports: list[Event]) -> Event:
    if len(reports) == 1:
        return replace(reports[0], event_id=reports[0].happening_id or reports[0].event_id)
    ordered = sorted(reports, key=lambda e: (e.sources[0].published or "", e.event_id))
    dated = [e for e in ordered if e.event_date]
    when = _most_common(dated, lambda e: e.event_date)
    typed = _most_common(ordered, lambda e: e.sub_event_type)
    who = _most_common([e for e in ordered if e.actor1], lambda e: e.actor1)
    placed = [e for e in ordered if e.latitude is not None]
    where = (
        _most_common(
            [e for e in placed if e.geo_precision == min(p.geo_precision or 3 for p in placed)],
            lambda e: e.location,
        )
        if placed
        else None
    )
    merged = replace(
        ordered[0],
        event_id=ordered[0].happening_id or ordered[0].event_id,
        confidence=max(e.confidence for e in ordered),
        story_id=_most_common(ordered, lambda e: e.story_id).story_id,
        sources=[s for e in ordered for s in e.sources],
    )
    if when is not None:
        merged.event_date, merged.time_precision = when.event_date, when.time_precision
    merged.event_type, merged.sub_event_type = typed.event_type, typed.sub_event_type
    if who is not None:
        merged.actor1, merged.inter1 = who.actor1, who.inter1
        others = [e for e in ordered if e.actor2 and e.actor2 != who.actor1]
        second = _most_common(others, lambda e: e.actor2)
        merged.actor2, merged.inter2 = (second.actor2, second.inter2) if second else (None, None)
    if where is not None:
        for name in ("location", "admin1", "admin2", "country", "iso", "iso3", "latitude"):
            setattr(merged, name, getattr(where, name))
        merged.longitude, merged.geo_precision = where.longitude, where.geo_precision
    for name in ("fatalities", "injured", "size"):
        setattr(merged, name, _lowest_outlet_figure(ordered, name))
    merged.disagreements = disagreements(ordered)
    merged.notes = notes(merged) + _disagreement_note(merged.disagreements)
    return merged


def _lowest_outlet_figure(reports: list[Event], name: str) -> int | None:
    """The lowest figure among outlets, each outlet's being the largest it gives (one article's
    second sentence often counts only part of the dead: "ten killed … four of them soldiers")."""
    by_article: dict[str, int] = {}
    for report in reports:
        value = getattr(report, name)
        if value is not None:
            article = report.sources[0].article_id
            by_article[article] = max(value, by_article.get(article, value))
    return min(by_article.values()) if by_article else None


def disagreements(reports: list[Event]) -> dict[str, list[dict]]:
    """Field -> [{value, article_ids}] for each field on which the reports differ."""
    found = {}
    for name in DISPUTABLE:
        said: dict[object, list[str]] = {}
        for report in reports:
            value = getattr(report, name)
            if value is None:
                continue
            if name == "location":
                value = _same_place_as(report, reports) or value
            said.setdefault(value, []).extend(s.article_id for s in report.sources)
        if len(said) > 1:
            # a report quotes several sentences of one article: the article says it once
            found[name] = [
                {"value": v, "article_ids": list(dict.fromkeys(ids))} for v, ids in said.items()
            ]
    return found


def _same_place_as(report: Event, reports: list[Event]) -> str | None:
    """The name an earlier report gave the same spot ("Sāmarrā’" and "Samarra" agree)."""
    for other in reports:
        if other is report:
            return None
        if other.location and None not in (other.latitude, report.latitude):
            apart = distance_km(other.latitude, other.longitude, report.latitude, report.longitude)
            if apart <= SAME_PLACE_KM:
                return other.location
    return None


def _disagreement_note(found: dict[str, list[dict]]) -> str:
    """The disagreements an analyst must see in the notes: date, place and toll."""
    parts = [
        f"{NOTED[name]} ({', '.join(str(v) for v in sorted(d['value'] for d in found[name]))})"
        for name in NOTED
        if name in found
    ]
    return " Sources differ on " + "; ".join(parts) + "." if parts else ""


def _most_common(reports: list[Event], key) -> Event | None:
    if not reports:
        return None
    counts = Counter(key(e) for e in reports)
    top = max(counts.values())
    return next(e for e in reports if counts[key(e)] == top)
