"""Where an event happened: the place chooser, and the places of one list.

The most specific place of the sentence's own part where something can have happened (not where
people went, nor a seat of government) is the event's. A bare country is often the actor's, a
far capital in a report on the countries we follow is mostly its government, and a place after
a compass word ("north of Baghdad") is where the event was seen from: a town nearby in the
article says where it happened. Towns named in one list with the event's own place ("strikes on
Ras al-Ain and Tal Abyad") are events of their own, as ACLED codes one event per place; a word
of nearness before a town ("near Samarra") makes its precision 2.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from eventatlas.document import Document, Span
from eventatlas.extract.passages import inside, own_part
from eventatlas.extract.records import Event
from eventatlas.gazetteer.distance import distance_km
from eventatlas.gazetteer.places import ADMIN1, COUNTRY, TOWN, Country
from eventatlas.nlp.lang import alternation, every_language, table

SEPARATE_KM = 25  # places closer than this are one place for an event
SEEN_FROM_KM = 250  # "north of Baghdad" names a place at most this far from it


def choose_place(
    event: Event,
    doc: Document,
    sentence: Span,
    index: int,
    fields: dict,
    countries: dict[str, Country],
    focus: frozenset[str],
) -> None:
    """The event's place: the most specific where something happened in the sentence's own
    part, else one nearby in the article when that is a bare country, a far capital or a place
    the event was seen from."""
    own = own_part(doc, sentence)
    span = best_place([s for s in inside(doc, "places", own) if happened_at(doc, s)])
    home = _main_country(doc)
    if span is None or span.value.kind == COUNTRY:
        # a bare country is often the actor's ("Iran fired missiles"): a town or province
        # in the next two sentences, the ones before, or the lead says where it happened,
        # one of the report's own country first when that is one we follow
        own = _nearby_place(doc, index, home) if home in focus else None
        span = own or _nearby_place(doc, index) or span
    elif span.value.country not in focus and home in focus:
        # a far capital in a report from the countries we follow is mostly its government
        # ("blamed by Washington", "zwischen Washington und Teheran"): a place of the
        # report's own country nearby says where it happened
        span = _nearby_place(doc, index, home) or span
    elif _seen_from(doc, span):
        # "an attack north of Baghdad": the report names the place itself elsewhere
        anchor = span.value
        span = (
            _nearby_place(
                doc,
                index,
                anchor.country,
                lambda s: (
                    s.value.place_id != anchor.place_id
                    and s.value.kind == TOWN
                    and distance_km(
                        anchor.latitude, anchor.longitude, s.value.latitude, s.value.longitude
                    )
                    <= SEEN_FROM_KM
                ),
            )
            or span
        )
    if span is not None:
        set_place(event, doc, span, fields, countries)


def set_place(
    event: Event, doc: Document, span: Span, fields: dict, countries: dict[str, Country]
) -> None:
    place = span.value
    event.location = place.name
    event.admin1 = place.admin1
    event.latitude, event.longitude = place.latitude, place.longitude
    country = countries.get(place.country)
    if country:
        event.country, event.iso, event.iso3 = country.name, country.isonumeric, country.iso3
    if place.kind in (ADMIN1, COUNTRY):
        event.geo_precision = 3
    else:
        near = re.search(
            rf"(?:{alternation(table(doc.lang).NEAR_WORDS)})\W*$",
            doc.text[max(0, span.start - 30) : span.start],
            re.IGNORECASE,
        )
        event.geo_precision = 2 if near else 1
    fields["location"] = [span.start, span.end]


def _nearby_place(
    doc: Document,
    index: int,
    country: str | None = None,
    accept: Callable[[Span], bool] = lambda span: True,
) -> Span | None:
    """The nearest town or province around sentence `index` (in `country` when given, and
    one `accept` takes)."""
    sentences = doc.layers.get("sentences", [])
    following = [
        s for sentence in sentences[index + 1 : index + 3] for s in inside(doc, "places", sentence)
    ]
    earlier = [s for s in doc.layers.get("places", []) if s.end <= sentences[index].start]
    for spans in (earlier[::-1], following, doc.layers.get("places", [])):
        span = best_place(
            [
                s
                for s in spans
                if s.value.kind != COUNTRY and country in (None, s.value.country) and accept(s)
            ]
        )
        if span is not None:
            return span
    return None


def _main_country(doc: Document) -> str | None:
    """The country the article's places are most often in."""
    counts = Counter(s.value.country for s in doc.layers.get("places", []))
    return counts.most_common(1)[0][0] if counts else None


def best_place(spans: list[Span]) -> Span | None:
    """The most specific place: the smallest town ("near Samarra, north of Baghdad" is about
    Samarra), else a province, else a country."""
    towns = [s for s in spans if s.value.kind == TOWN]
    if towns:
        return min(towns, key=lambda s: s.value.population)
    for kind in (ADMIN1, COUNTRY):
        for span in spans:
            if span.value.kind == kind:
                return span
    return None


def happened_at(doc: Document, span: Span) -> bool:
    """Whether a place can be where it happened: not where people went ("withdrew toward the
    Hamrin mountains"), nor a seat of government ("opposition from the government in
    Baghdad")."""
    before = doc.text[max(0, span.start - 25) : span.start]
    patterns = _not_the_scene_patterns(doc.lang)
    return not (patterns["toward"].search(before) or patterns["government"].search(before))


@cache
def _not_the_scene_patterns(lang: str | None) -> dict[str, re.Pattern]:
    t = table(lang)
    toward, governing = alternation(t.DIRECTION_WORDS), alternation(t.GOVERNMENT_WORDS)
    return {
        "toward": re.compile(rf"(?:^|\s)(?:{toward})\s+(?:\S+\s+)?$", re.IGNORECASE),
        "government": re.compile(rf"(?:^|\s)(?:{governing})\s*$", re.IGNORECASE),
    }


def _seen_from(doc: Document, span: Span) -> bool:
    """A place written after a compass word ("north of Baghdad", "nördlich von Bagdad",
    "شمال بغداد"): the event happened elsewhere, seen from it."""
    before = doc.text[max(0, span.start - 25) : span.start]
    return bool(_compass_pattern(doc.lang).search(before))


@cache
def _compass_pattern(lang: str | None) -> re.Pattern:
    words = alternation(table(lang).COMPASS_WORDS)
    return re.compile(rf"\b(?:{words})\b\W+(?:\w+\W+)?$", re.IGNORECASE)


def coordinated_places(doc: Document, sentence: Span, chosen: list[int] | None) -> list[Span]:
    """Towns the sentence names in one list with the event's own place ("on Ras al-Ain and
    Tal Abyad", "à Aïn al-Assad, dans la province d'Anbar, et à Erbil", "رأس العين وتل أبيض"),
    far enough apart to be separate events."""
    if chosen is None:
        return []
    places = inside(doc, "places", sentence)
    own = next((s for s in places if [s.start, s.end] == chosen), None)
    if own is None or own.value.kind != TOWN:
        return []
    conjunction = re.compile(
        rf"(?:^|\s)(?:{alternation(table(doc.lang).LIST_CONJUNCTIONS)})(?:\s|$)", re.IGNORECASE
    )
    found: list[Span] = []
    listed = [own]
    for span in places:
        if span.start < own.end or span.value.kind != TOWN:
            continue
        between = doc.text[listed[-1].end : span.start]
        for inner in places:  # "…, in Anbar province, and …": a province inside the list
            if listed[-1].end <= inner.start and inner.end <= span.start:
                between = between.replace(doc.text[inner.start : inner.end], " ")
        # Arabic writes "and" onto the next word: "وتل أبيض", "وقاعدة أخرى في أربيل"
        arabic_and = _GLUED_AND.search(between + doc.text[span.start : span.end])
        if len(re.findall(r"\w+", between)) > 8 or re.search(r"[;:.!?]", between):
            break
        if not (conjunction.search(between) or arabic_and or between.strip() == ","):
            break
        listed.append(span)
        here = (span.value.latitude, span.value.longitude)
        if all(
            distance_km(p.value.latitude, p.value.longitude, *here) > SEPARATE_KM
            for p in [own, *found]
        ):
            found.append(span)
    return found


_GLUED_AND = re.compile(rf"(?:^|\s)(?:{alternation(every_language('clitic_conjunctions'))})\S")
