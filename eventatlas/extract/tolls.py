"""An event's figures: its dead, injured and crowd size, and tolls told in sentences of their own.

A sentence's toll counts up to where it turns to another happening, never a campaign's ("3,000
dead since the start of the offensive") nor one nobody stands by ("which the US denies"); named
dead count where no figure names them. A sentence with only a toll ("Ten were killed") goes on
with the event told before it unless it names another day or a town far from it, and adds to
its toll ("four of the attackers were also killed"), takes the lowest of disputed figures, or
else the largest; "nobody was killed" speaks for every place one strike hit. A toll of
thousands told on its own (`WAR_TOLL`) is a war's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from eventatlas.document import Document, Span
from eventatlas.extract.actors import role_words
from eventatlas.extract.candidates import Candidate
from eventatlas.extract.dating import happening_dates, recent_date
from eventatlas.extract.notes import notes
from eventatlas.extract.passages import as_source, inside, own_part, reporting_pattern
from eventatlas.extract.places import best_place
from eventatlas.extract.records import Event, Source
from eventatlas.gazetteer.distance import distance_km
from eventatlas.gazetteer.places import TOWN
from eventatlas.nlp.dates import publication_day
from eventatlas.nlp.lang import alternation, table
from eventatlas.nlp.numbers import (
    DEATHS,
    INJURED,
    SIZE,
    Count,
    death_cues,
    disputed_toll,
    toll,
)

# A toll of thousands told in a sentence of its own is a war's ("tens of thousands were
# killed in the conflict"), not one event's.
WAR_TOLL = 1000


def set_numbers(event: Event, doc: Document, sentence: Span, fields: dict) -> None:
    """The sentence's tolls, up to where it turns to another happening it dates itself
    against ("rockets hit Camp Taji, three days after an attack on the same base killed
    two Americans"). A toll over a whole campaign ("3,000 dead since the start of the
    offensive") is not the event's, nor one nobody stands by ("claimed, without evidence,
    that 80 died", "which the US denies")."""
    own = own_part(doc, sentence)
    words = _toll_context_patterns(doc.lang)
    for role, name in ((DEATHS, "fatalities"), (INJURED, "injured"), (SIZE, "size")):
        counts = [s for s in inside(doc, "counts", own) if s.value.counts == role]
        if role == DEATHS:  # what follows the figure says whose dead they are
            counts = [
                s
                for s in counts
                if not words["campaign"].search(doc.text, s.end, min(s.end + 80, own.end))
                and (
                    s.value.value == 0
                    or not words["unsupported"].search(doc.text, own.start, own.end)
                )
            ]
        best = toll(counts, doc.text, doc.lang)
        if role == DEATHS:
            best = _with_the_named_dead(best, doc, own)
        if best is not None:
            setattr(event, name, best.value.value)
            fields[name] = [best.start, best.end]


@cache
def _toll_context_patterns(lang: str | None) -> dict[str, re.Pattern]:
    t = table(lang)
    return {
        "campaign": re.compile(rf"\b(?:{alternation(t.CUMULATIVE)})\b", re.IGNORECASE),
        "unsupported": re.compile(rf"\b(?:{alternation(t.UNSUPPORTED_WORDS)})\b", re.IGNORECASE),
        "toll": re.compile(rf"\b(?:{alternation(t.TOLL_WORDS)})", re.IGNORECASE),
    }


def _with_the_named_dead(best: Span | None, doc: Document, sentence: Span) -> Span | None:
    """A toll that names its dead: "the general Soleimani and Abu Mahdi al-Muhandis were
    killed" is 2, "besides Soleimani nine other people died" 10. Named people count where
    the sentence gives no figure, or a figure of others beside them."""
    others = best is not None and _others_pattern(doc.lang).match(doc.text, best.end)
    if best is not None and not others:
        return best
    dead = _named_dead(doc, sentence)
    if not dead:
        return best
    spans = dead + ([best] if best is not None else [])
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    figure = best.value if best is not None else Count(0, False, False, DEATHS)
    return Span(start, end, "count", replace(figure, value=figure.value + len(dead)))


def _named_dead(doc: Document, sentence: Span) -> list[Span]:
    """The people a sentence with words of death names, but not who said, did or is counted
    among a figure ("said Trump", "by Trump", "among them Abu Mahdi al-Muhandis")."""
    if not death_cues(doc.quote(sentence), doc.lang):
        return []
    words = _named_dead_patterns(doc.lang)
    said = reporting_pattern(doc.lang)
    agent = role_words(doc.lang)["agent"]
    dead: dict[str, Span] = {}
    for person in inside(doc, "people", sentence):
        before = doc.text[max(sentence.start, person.start - 25) : person.start]
        after = doc.text[person.end : min(sentence.end, person.end + 25)]
        if (
            said["before"].search(before)
            or said["after"].match(after)
            or agent.search(before)
            or words["subset"].search(before)
        ):
            continue
        dead.setdefault(person.value, person)
    return list(dead.values())


@cache
def _named_dead_patterns(lang: str | None) -> dict[str, re.Pattern]:
    t = table(lang)
    return {"subset": re.compile(rf"\b(?:{alternation(t.SUBSET_WORDS)})\b", re.IGNORECASE)}


@cache
def _others_pattern(lang: str | None) -> re.Pattern:
    return re.compile(rf"\s+(?:{alternation(table(lang).OTHERS_WORDS)})\b", re.IGNORECASE)


def says_nobody_was_killed(candidate: Candidate) -> bool:
    deaths = [
        s.value.value
        for s in inside(candidate.doc, "counts", candidate.sentence)
        if s.value.counts == DEATHS
    ]
    return deaths == [0]


def _told_before(candidate: Candidate, events: list[Event]) -> list[Event]:
    """The article's events whose first sentence comes before the candidate's."""
    doc, sentence = candidate.doc, candidate.sentence
    return [
        e
        for e in events
        if e.sources[0].article_id == doc.article_id and e.sources[0].start < sentence.start
    ]


def continues(candidate: Candidate, events: list[Event]) -> bool:
    """Whether a toll-only sentence goes on with the event told before it: it names no other
    day ("on Wednesday two were killed there"), and no town of its own or one within 50 km of
    that event's."""
    doc, sentence = candidate.doc, candidate.sentence
    before = _told_before(candidate, events)
    if not before:
        return False
    event = before[-1]
    day = recent_date(happening_dates(doc, sentence), publication_day(doc.raw.published))
    updated = _toll_context_patterns(doc.lang)["toll"].search(doc.quote(sentence))
    if day is not None and day.value.iso != event.event_date and not updated:
        return False  # but "the death toll rose to 18 on Friday" dates the count, not the event
    place = best_place(inside(doc, "places", sentence))
    if place is None or place.value.kind != TOWN or event.latitude is None:
        return True
    here = place.value
    return distance_km(here.latitude, here.longitude, event.latitude, event.longitude) <= 50


def toll_of_the_event_before(candidate: Candidate, events: list[Event]) -> None:
    """The figures of a toll-only sentence are the event's told just before it, the
    article's largest as when sentences merge; "nobody was killed" is the toll of every
    place that strike hit."""
    doc, sentence = candidate.doc, candidate.sentence
    before = _told_before(candidate, events)
    if not before:
        return
    # the first place the sentence before names: a list's other places got no toll either
    last = [e for e in before if e.sources[0].start == before[-1].sources[0].start]
    event = min(last, key=lambda e: e.sources[0].fields.get("location", [len(doc.text)])[0])
    scratch = replace(event, fatalities=None, injured=None, size=None)
    fields: dict[str, list[int]] = {}
    set_numbers(scratch, doc, sentence, fields)
    told = as_source(doc, sentence, fields)
    if scratch.fatalities == 0:
        nobody_killed_at(event, [told], events)
        return
    if (scratch.fatalities or 0) >= WAR_TOLL:
        return
    adds = adds_to_the_toll(told)
    disputed = disputed_toll(told.quote, told.lang)
    for name in ("fatalities", "injured", "size"):
        value, known = getattr(scratch, name), getattr(event, name)
        # "nobody was killed" stands against a later claim ("IRGC says 80 died, which
        # the US denies") and a toll of something else ("these raids killed six")
        if value is None or known == 0:
            continue
        if adds and name != "size":  # "four of the attackers were also killed"
            setattr(event, name, (known or 0) + value)
        elif disputed and name == "fatalities":  # the lowest, as ACLED keeps
            setattr(event, name, value if known is None else min(known, value))
        elif (known or 0) <= value:
            setattr(event, name, value)
    if fields:
        add_sources(event, [told])
        event.notes = notes(event)


def adds_to_the_toll(source: Source) -> bool:
    """ "Four of the attackers were also killed" adds its dead to the toll told before; "the
    dead also included nine civilians" only breaks it down."""
    return any(
        _also_pattern(source.lang).search(source.quote[max(0, start - 15) : start])
        for start, _ in death_cues(source.quote, source.lang)
    )


@cache
def _also_pattern(lang: str | None) -> re.Pattern:
    return re.compile(rf"(?:^|\s)(?:{alternation(table(lang).ALSO_WORDS)})\b", re.IGNORECASE)


def nobody_killed_at(struck: Event, told: list[Source], events: list[Event]) -> None:
    """No dead at any place the strike hit that has no figure yet, quoted by `told`."""
    for event in events:
        if event.fatalities is None and _same_strike(event, struck):
            event.fatalities = 0
            add_sources(event, told)
            event.notes = notes(event)


def add_sources(event: Event, sources: list[Source]) -> None:
    """A sentence quoted once an event, however many ways it joins it (a place of a sentence's
    list may merge back into the event of its first place)."""
    quoted = {(s.article_id, s.start) for s in event.sources}
    event.sources += [s for s in sources if (s.article_id, s.start) not in quoted]


def _same_strike(a: Event, b: Event) -> bool:
    """The places one strike hit ("missiles on Ain al-Asad and Erbil"): same article, day and
    type."""
    return (
        a.sources[0].article_id == b.sources[0].article_id
        and a.event_date == b.event_date
        and a.sub_event_type == b.sub_event_type
    )
