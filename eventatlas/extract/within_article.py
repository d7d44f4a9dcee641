"""One article's sentences about one happening become one event.

Reports tell one happening over several sentences with different words ("attacked", "the
fighting lasted hours", "eight were killed"): within one article, the same date (or a day apart
where one sentence only borrowed the other's day, or a response the day after violence) and a
place within 50 km (or none named) is the same event, unless the later sentence stands alone
with its own trigger word and actors, is of a kind never a detail of another, opens "at the
same time", or tells fighting that "still" goes on after a place changed hands. The first
sentence decides the type, unless its fighting ends with the place changing hands; the figures
join as tolls do (`tolls.py`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import cache

from eventatlas.document import Span
from eventatlas.extract.actors import STATE_TYPES
from eventatlas.extract.coding import TERRITORY, VIOLENT_TYPES
from eventatlas.extract.dating import of_saying
from eventatlas.extract.notes import notes
from eventatlas.extract.records import Event, Source
from eventatlas.extract.tolls import add_sources, adds_to_the_toll, nobody_killed_at
from eventatlas.gazetteer.distance import distance_km
from eventatlas.nlp.lang import alternation, table
from eventatlas.nlp.numbers import disputed_toll


def merge_within_articles(events: list[Event]) -> list[Event]:
    """One article's sentences about one happening become one event with several quotes; the
    first sentence (the report's lead) decides the type, unless its fighting ends with the
    place changing hands in a later one."""
    merged: list[Event] = []
    told_in: dict[str | None, list[Event]] = defaultdict(list)  # article → its merged events
    nobody_killed: list[tuple[Event, Event]] = []  # (event, the sentence saying so)
    for event in events:
        article = event.sources[0].article_id
        matching = [m for m in told_in[article] if _same_happening(m, event)]
        # of two happenings it could go on with, the one of its own kind ("the raids")
        same = next((m for m in matching if m.sub_event_type == event.sub_event_type), None)
        same = same or (matching[0] if matching else None)
        if same is None:
            merged.append(event)
            told_in[article].append(event)
            continue
        if (
            same.event_date != event.event_date
            and _borrowed_the_day_of(same, event)
            and not _dated_itself(same)
            and _dated_itself(event)
        ):
            same.event_date, same.time_precision = event.event_date, event.time_precision
        if same.sub_event_type == "Armed clash" and event.sub_event_type in TERRITORY:
            # the fighting ended with the place changing hands: "liberated", "fell"; who took
            # it is the later sentence's to say, unless the lead named a state's forces first
            same.sub_event_type = event.sub_event_type
            if same.inter1 not in STATE_TYPES:
                for name in ("actor1", "actor2", "inter1", "inter2"):
                    setattr(same, name, getattr(event, name))
        for name in ("fatalities", "injured", "size", "actor1", "actor2", "inter1", "inter2"):
            if getattr(same, name) is None and getattr(event, name) is not None:
                setattr(same, name, getattr(event, name))
        adds = adds_to_the_toll(event.sources[0])
        disputed = disputed_toll(event.sources[0].quote, event.sources[0].lang)
        for name in ("fatalities", "injured"):
            # "two Americans are among the dead … in all at least 16 died": the article's
            # largest figure is its toll, as `merge/reconcile.py` reads each outlet, unless
            # it adds to it ("four of the attackers were also killed") or sets sources'
            # figures against each other (the lowest, as ACLED keeps)
            mine, theirs = getattr(same, name), getattr(event, name)
            if None in (mine, theirs):
                continue
            if adds:
                setattr(same, name, mine + theirs)
            elif disputed and name == "fatalities":
                setattr(same, name, min(mine, theirs))
            else:
                setattr(same, name, max(mine, theirs))
        add_sources(same, event.sources)
        same.notes = notes(same)
        if event.fatalities == 0 and not _own(event, "location"):
            nobody_killed.append((same, event))
    # "Nobody was killed", naming no place, speaks for every place the strike hit
    for same, told in nobody_killed:
        nobody_killed_at(same, told.sources, merged)
    return merged


def _same_happening(a: Event, b: Event) -> bool:
    """Reports tell one happening over several sentences, with different words ("attacked",
    "the fighting lasted hours", "eight were killed"): within one article, the same date and a
    place within 50 km (or none named) is the same event, unless the later sentence, of another
    type, stands alone with its own trigger word and actors."""
    if a.sources[0].article_id != b.sources[0].article_id:
        return False
    if a.sources[0].start == b.sources[0].start and a.event_date != b.event_date:
        return False  # "…, three days after an attack on the same base": told apart already
    if a.event_date != b.event_date and not (_borrowed_the_day_of(a, b) or _a_response_to(a, b)):
        return False
    another_kind = a.event_type != b.event_type or (
        a.sub_event_type != b.sub_event_type and b.sub_event_type in DISTINCT_SUB_TYPES
    )
    if another_kind and _stands_alone(b):
        return False
    if _fighting_goes_on(a, b):
        return False
    if None in (a.latitude, b.latitude) or not _own(b, "location"):
        return True  # a sentence that names no place of its own ("No one was killed") goes on
    if b.geo_precision == 3 and b.admin1 and b.admin1 == a.admin1:
        return True  # "the town in Kirkuk province": the province holds the first place
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= 50


def _a_response_to(a: Event, b: Event) -> bool:
    """Reinforcements sent or a curfew declared the day after violence at that place are the
    response to it, told with it ("the next day reinforcements were sent to the area")."""
    if b.sub_event_type != "Other" or a.event_type not in VIOLENT_TYPES:
        return False
    if len(a.event_date or "") != 10 or len(b.event_date or "") != 10:
        return False
    after = date.fromisoformat(b.event_date) - date.fromisoformat(a.event_date)
    return 0 <= after.days <= 1


def _fighting_goes_on(a: Event, b: Event) -> bool:
    """After a place changed hands, fighting that "still" goes on ("IS fighters still resist
    in a pocket of the old city") is another event."""
    if a.sub_event_type not in TERRITORY or b.sub_event_type != "Armed clash":
        return False
    if not _own(b, "sub_event_type"):
        return False
    return bool(_still_pattern(b.sources[0].lang).search(b.sources[0].quote))


@cache
def _still_pattern(lang: str | None) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(table(lang).STILL_WORDS)})\b", re.IGNORECASE)


def _borrowed_the_day_of(a: Event, b: Event) -> bool:
    """Whether two events a day apart differ only because one has no date of its own: the
    lead's "Saturday, officials said" (the day it was told) against "in the night to
    Saturday" (the night it happened), told with the same kind of event."""
    if a.sub_event_type != b.sub_event_type or (_dated_itself(a) and _dated_itself(b)):
        return False
    if len(a.event_date or "") != 10 or len(b.event_date or "") != 10:
        return False  # a month, or no date at all
    apart = date.fromisoformat(a.event_date) - date.fromisoformat(b.event_date)
    return abs(apart.days) <= 1


def _dated_itself(event: Event) -> bool:
    """Whether the event's sentence says when it happened, not only when it was told."""
    if not _own(event, "event_date"):
        return False
    source = event.sources[0]
    start, end = source.fields["event_date"]
    return not of_saying(
        source.quote,
        Span(0, len(source.quote), "sentence"),
        Span(start - source.start, end - source.start, "date"),
        source.lang,
    )


# Kinds of happening that are never a detail of another: an abduction during an attack is an
# event of its own.
DISTINCT_SUB_TYPES = {
    "Abduction/forced disappearance",
    "Sexual violence",
    "Arrests",
    "Looting/property destruction",
}


def _stands_alone(event: Event) -> bool:
    """A sentence that names its own kind of happening (a trigger word) and its own actors
    ("Druze militiamen fought the attackers for hours"), a kind that is never a detail ("they
    abducted dozens of women"), or that opens "at the same time" is another event, not a
    detail; fire in support of another side's operation ("the coalition backs the offensive
    with air strikes") is a detail of that operation."""
    if not _own(event, "sub_event_type") or _support_fire(event) or _refers_back(event):
        return False
    return (
        _own(event, "actor1")
        or _own(event, "actor2")
        or event.sub_event_type in DISTINCT_SUB_TYPES
        or _opens_simultaneously(event.sources[0])
    )


def _refers_back(event: Event) -> bool:
    """Whether the event word follows "the"/"this" ("the Pentagon confirmed that Trump ordered
    the attack"): the happening told before, not another."""
    source = event.sources[0]
    trigger = source.fields["sub_event_type"][0] - source.start
    before = source.quote[max(0, trigger - 12) : trigger]
    word = re.match(r"\w*", source.quote[trigger:]).group().lower()
    return bool(
        _referring_pattern(source.lang).search(before)
        or word in table(source.lang).DEFINITE_EVENT_WORDS
    )


@cache
def _referring_pattern(lang: str | None) -> re.Pattern:
    words = alternation(table(lang).REFERRING_WORDS)
    return re.compile(rf"(?:^|\s)(?:{words})\s*$", re.IGNORECASE)


def _opens_simultaneously(source: Source) -> bool:
    return bool(_simultaneous_pattern(source.lang).match(source.quote))


@cache
def _simultaneous_pattern(lang: str | None) -> re.Pattern:
    return re.compile(
        rf"\W*(?:\w+\s+)?(?:{alternation(table(lang).SIMULTANEOUS_WORDS)})\b", re.IGNORECASE
    )


SUPPORT_FIRE = {"Air/drone strike", "Shelling/artillery/missile attack"}


def _support_fire(event: Event) -> bool:
    source = event.sources[0]
    if event.sub_event_type not in SUPPORT_FIRE or "sub_event_type" not in source.fields:
        return False
    trigger = source.fields["sub_event_type"][0] - source.start
    return bool(_support_pattern(source.lang).search(source.quote[max(0, trigger - 40) : trigger]))


@cache
def _support_pattern(lang: str | None) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(table(lang).SUPPORT_WORDS)})\b", re.IGNORECASE)


def _own(event: Event, name: str) -> bool:
    """Whether the words of a field are in the event's own sentence, not borrowed from the
    sentences around it."""
    source = event.sources[0]
    return name in source.fields and source.start <= source.fields[name][0] < source.end
