"""The `entities` stage: places and actors named in the text, as spans with gazetteer ids.

A place name can stand for several places ("Rawa" in Iraq and in Poland). The article's country
context decides first (countries it names, and towns only one place carries), then population,
then whether the text says "province" next to a name that is both a town and a province.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from eventatlas.document import Document, Span
from eventatlas.gazetteer.actors import Actor, ActorGazetteer
from eventatlas.gazetteer.places import ADMIN1, COUNTRY, Place, PlaceGazetteer

_PROVINCE = r"(province|governorate|provinsen|provinz|gouvernorat|provincia|provinsi|محافظة)"
_PROVINCE_BEFORE = re.compile(_PROVINCE + r"\s*(of|de|d['’]|du|der|des|i)?\s*$", re.IGNORECASE)
_PROVINCE_AFTER = re.compile(r"^[\s-]*" + _PROVINCE, re.IGNORECASE)


class FindEntities:
    name = "entities"
    requires = ("text",)
    assigns = ("places", "actors", "title_places", "title_actors")

    def __init__(self, places: PlaceGazetteer, actors: ActorGazetteer):
        self.places = places
        self.actors = actors

    def __call__(self, doc: Document) -> Document:
        doc.layers["actors"], doc.layers["places"] = self.find(doc.text)
        # the title's names, as spans into the title (the stored text does not hold it)
        doc.layers["title_actors"], doc.layers["title_places"] = self.find(doc.title or "")
        return doc

    def find(self, text: str) -> tuple[list[Span], list[Span]]:
        actors = [
            Span(m.start, m.end, "actor", choose_actor(candidates))
            for m, candidates in self.actors.find(text)
        ]
        found = [
            (m, candidates)
            for m, candidates in self.places.find(text)
            if not any(a.start <= m.start < a.end for a in actors)  # "Islamic State" is no place
        ]
        countries = country_context([candidates for _, candidates in found])
        places = []
        for match, candidates in found:
            says_province = bool(
                _PROVINCE_BEFORE.search(text[max(0, match.start - 16) : match.start])
                or _PROVINCE_AFTER.search(text[match.end : match.end + 14])
            )
            others = countries - Counter(_vote(candidates))  # a name cannot vouch for itself
            place = choose_place(candidates, others, says_province)
            if place is not None:
                places.append(Span(match.start, match.end, "place", place))
        return actors, places


def choose_actor(candidates: list[Actor]) -> Actor:
    """Aliases shared by several actors go to the most general one (no parent)."""
    return min(candidates, key=lambda a: (a.parent is not None, a.actor_id))


def country_context(mentions: list[list[Place]]) -> Counter:
    """Votes per country: named countries, and well-known names that only one country has."""
    votes: Counter = Counter()
    for candidates in mentions:
        votes.update(_vote(candidates))
    return votes


def _vote(candidates: list[Place]) -> dict[str, int]:
    countries = {p.country for p in candidates}
    if len(countries) != 1:
        return {}
    place = max(candidates, key=lambda p: p.population)
    if place.kind == COUNTRY:
        return {place.country: 2}
    if place.kind == ADMIN1 or place.population >= 15000 or place.place_id.startswith("ea:"):
        return {place.country: 1}
    return {}


def choose_place(candidates: list[Place], countries: Counter, says_province: bool) -> Place | None:
    def score(place: Place) -> float:
        value = math.log10(place.population + 10)
        value += 3 * min(countries[place.country], 3)
        if place.kind == ADMIN1:  # Kirkuk, Baghdad: the town, unless the text says province
            value += 4 if says_province else -3
        if place.place_id.startswith("ea:"):
            value += 2  # our alias file names places the press writes about
        return value

    best = max(candidates, key=score)
    # a small town in a country the article never mentions is more likely a word than a place
    if not countries[best.country] and best.kind != COUNTRY and best.population < 100_000:
        return None
    return best
