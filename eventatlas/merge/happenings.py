"""The `merge` batch step: reports of one happening, from different articles, are grouped.

An article-level event is one outlet's report of a happening. Each new report is compared with
the stored reports and the batch's earlier ones a few days around its date. A pair is a candidate
only when dates, countries, places and event types are compatible; its score weighs how close
the two are on each, how many actors they share, and the embedding similarity of the two source
sentences (which catches "ten PMF fighters killed near Samarra" = "Daesh kills ten Hashd members
in Salah al-Din" across languages). A report joins the happening it matches best (the mean of
its average and its best pair score with the members, above the threshold; incompatible with most
members rules a happening out), or starts its own; a happening holds two reports of one article
only when they agree closely (`SAME_ARTICLE`), because one article's separate events are
separate happenings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from eventatlas.extract.records import Event
from eventatlas.gazetteer.distance import distance_km
from eventatlas.merge.reconcile import reconcile
from eventatlas.nlp.embed import Embedder

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
WEIGHTS = {"date": 0.25, "place": 0.25, "type": 0.2, "actors": 0.15, "text": 0.15}
WINDOW_DAYS = 3
# Two reports of one article are one happening only when they agree this closely (an article
# that tells one attack in two sentences); below it, they are its separate events.
SAME_ARTICLE = 0.8
# e5 cosines of unrelated news sentences sit near 0.75, of paraphrases above 0.9
TEXT_FLOOR, TEXT_SPAN = 0.78, 0.14


@dataclass
class Report:
    event: Event
    vector: np.ndarray | None  # of the source sentence

    @property
    def article_id(self) -> str:
        return self.event.sources[0].article_id


NearbyReports = Callable[[list[str]], list[Report]]  # dates -> stored reports around them


class MergeHappenings:
    def __init__(self, embedder: Embedder | None, nearby: NearbyReports, threshold: float):
        self.embedder = embedder  # None: the quotes' similarity is left out (a neutral 0.5)
        self.nearby = nearby
        self.threshold = threshold

    def __call__(self, events: list[Event]) -> dict[str, np.ndarray]:
        """Sets `happening_id` on each event; returns the source-sentence vectors to store."""
        if not events:
            return {}
        quotes = [e.sources[0].quote for e in events]
        vectors = self.embedder.embed(quotes) if self.embedder else [None] * len(events)
        new = [Report(e, v) for e, v in zip(events, vectors, strict=True)]
        known = self.nearby(sorted({e.event_date for e in events if e.event_date}))
        groups: dict[str, list[Report]] = {}
        for report in known:
            groups.setdefault(report.event.happening_id or report.event.event_id, []).append(report)
        for report in new:
            happening = best_happening(report, groups, self.threshold)
            report.event.happening_id = happening or report.event.event_id
            groups.setdefault(report.event.happening_id, []).append(report)
        return {r.event.event_id: r.vector for r in new if r.vector is not None}


def best_happening(report: Report, groups: dict[str, list[Report]], threshold: float) -> str | None:
    best, best_score = None, threshold
    for happening, members in groups.items():
        if any(
            m.article_id == report.article_id and (pair_score(report, m) or 0) < SAME_ARTICLE
            for m in members
        ):
            continue
        scores = [pair_score(report, m) for m in members]
        compatible = [s for s in scores if s is not None]
        if len(compatible) * 2 <= len(scores):
            continue  # incompatible with most of its reports: another happening
        score = (sum(compatible) / len(compatible) + max(compatible)) / 2
        if score >= best_score:
            best, best_score = happening, score
    return best


def pair_score(a: Report, b: Report) -> float | None:
    """How surely two reports tell one happening (0 to 1), or None when they cannot."""
    x, y = a.event, b.event
    parts = {
        "date": _date_closeness(x, y),
        "place": _place_closeness(x, y),
        "type": _type_closeness(x, y),
    }
    if None in parts.values():
        return None
    ours, theirs = {x.actor1, x.actor2} - {None}, {y.actor1, y.actor2} - {None}
    parts["actors"] = len(ours & theirs) / len(ours | theirs) if ours and theirs else 0.5
    if a.vector is None or b.vector is None:
        parts["text"] = 0.5
    else:
        cosine = float(np.dot(a.vector, b.vector))
        parts["text"] = min(max((cosine - TEXT_FLOOR) / TEXT_SPAN, 0.0), 1.0)
    return sum(WEIGHTS[name] * value for name, value in parts.items())


def _date_closeness(x: Event, y: Event) -> float | None:
    if not (x.event_date and y.event_date):
        return 0.3  # undated: the other signals decide
    if len(x.event_date) == 7 or len(y.event_date) == 7:  # known to the month only
        return 0.4 if x.event_date[:7] == y.event_date[:7] else None
    apart = abs((date.fromisoformat(x.event_date) - date.fromisoformat(y.event_date)).days)
    loose = 2 in (x.time_precision, y.time_precision)  # "this week"
    if apart > WINDOW_DAYS:
        return None
    return {0: 1.0, 1: 0.6}.get(apart, 0.3 if loose else 0.1)


def _place_closeness(x: Event, y: Event) -> float | None:
    if x.country and y.country and x.country != y.country:
        return None
    if None in (x.latitude, y.latitude):
        return 0.3
    km = distance_km(x.latitude, x.longitude, y.latitude, y.longitude)
    if km <= 10:
        return 1.0
    if km <= 30:
        return 0.7
    vague = 3 in (x.geo_precision, y.geo_precision)  # a province named, not a town
    if vague and x.admin1 == y.admin1:
        return 0.5
    if km <= 60 and 2 in (x.geo_precision, y.geo_precision):
        return 0.3
    # far apart in one country: often one outlet names the place and another a camp or field
    # nearby that the gazetteer put elsewhere, so it weighs against, without ruling out
    return 0.0


def _type_closeness(x: Event, y: Event) -> float | None:
    if x.sub_event_type == y.sub_event_type:
        return 1.0
    if x.event_type == y.event_type:
        return 0.6
    if {x.event_type, y.event_type} <= VIOLENT:
        return 0.3  # "attack" told as a clash by one outlet and as a bombing by another
    return None


def window(day: str) -> tuple[str, str]:
    """The ISO dates a report of `day` (YYYY-MM-DD or YYYY-MM) is compared with."""
    if len(day) == 7:
        return day, day + "-99"
    middle = date.fromisoformat(day)
    return (
        (middle - timedelta(days=WINDOW_DAYS)).isoformat(),
        (middle + timedelta(days=WINDOW_DAYS)).isoformat(),
    )


def merged_events(reports: list[Event]) -> list[Event]:
    """One event per happening, ordered by date, from all its reports."""
    groups: dict[str, list[Event]] = {}
    for report in reports:
        groups.setdefault(report.happening_id or report.event_id, []).append(report)
    merged = [reconcile(group) for group in groups.values()]
    return sorted(merged, key=lambda e: (e.event_date or "", e.event_id))
