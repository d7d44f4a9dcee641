"""Counts of merged events and their fatalities per period and admin1, with the change against
the same period a year earlier: the core behind `eventatlas trends` (and the HTTP API)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from eventatlas.records import EventTally

PERIODS = ("week", "month", "year")


@dataclass
class TrendRow:
    period: str  # 2019-03, 2019-W11 or 2019
    admin1: str | None
    events: int
    fatalities: int
    events_year_before: int
    fatalities_year_before: int

    @property
    def change(self) -> float | None:
        """Events against the same period a year earlier, as a ratio minus one."""
        if not self.events_year_before:
            return None
        return round(self.events / self.events_year_before - 1, 3)


def trends(events: list[EventTally], *, by: str = "month") -> list[TrendRow]:
    """Per period and admin1; choose the events (type, country …) with the store's filter."""
    tally = _tally(events, by, lambda event: event.admin1)
    rows = []
    for (period, admin1), (count, dead) in sorted(
        tally.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        before = tally.get((year_before(period), admin1), [0, 0])
        rows.append(TrendRow(period, admin1, count, dead, before[0], before[1]))
    return rows


def period_of(event_date: str | None, by: str) -> str | None:
    """The period an event falls in; a month-level date has no week."""
    if not event_date:
        return None
    if by == "year":
        return event_date[:4]
    if by == "month":
        return event_date[:7]
    if len(event_date) < 10:
        return None
    year, week, _ = date.fromisoformat(event_date).isocalendar()
    return f"{year}-W{week:02d}"


def year_before(period: str) -> str:
    return f"{int(period[:4]) - 1}{period[4:]}"


@dataclass
class CountRow:
    period: str
    event_type: str
    events: int
    fatalities: int


def counts_by_type(events: list[EventTally], *, by: str = "month") -> list[CountRow]:
    """Events and fatalities per period and event type (the web app's chart)."""
    tally = _tally(events, by, lambda event: event.event_type)
    return [CountRow(p, t, n, dead) for (p, t), (n, dead) in sorted(tally.items())]


def _tally(events: list[EventTally], by: str, group) -> dict[tuple, list[int]]:
    """(period, group) -> [events, fatalities]; events without a period of that kind are left
    out (a month-level date has no week)."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    tally: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for event in events:
        period = period_of(event.event_date, by)
        if period is not None:
            counts = tally[(period, group(event))]
            counts[0] += 1
            counts[1] += event.fatalities or 0
    return tally
