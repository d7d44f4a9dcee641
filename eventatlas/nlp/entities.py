"""The `entities` stage: places and actors named in the text, as spans with gazetteer ids.

A place name can stand for several places ("Rawa" in Iraq and in Poland). The article's country
context decides first (countries it names, and towns only one place carries), then population,
then whether the text says "province" next to a name that is both a town and a province.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cache

from eventatlas.document import Document, Span
from eventatlas.gazetteer.actors import Actor, ActorGazetteer
from eventatlas.gazetteer.matcher import Match
from eventatlas.gazetteer.normalize import name_key
from eventatlas.gazetteer.places import ADMIN1, COUNTRY, TOWN, Place, PlaceGazetteer
from eventatlas.nlp.lang import alternation, every_language, table


@cache
def _common_words(lang: str | None) -> frozenset[str]:
    return frozenset(name_key(word) for word in table(lang).COMMON_WORDS)


def _words(key: str) -> str:
    return f"({alternation(every_language(key))})"


_LINK = rf"\s*{_words('place_links')}?\s*$"  # "province of", "gouvernorat d'"
_PROVINCE_BEFORE = re.compile(_words("province_words") + _LINK, re.IGNORECASE)
_PROVINCE_AFTER = re.compile(r"^[\s-]*" + _words("province_words"), re.IGNORECASE)
# "Ali al-Sistani", "Ayatollah Ali Khamenei", "Abu Bakr": a place name inside a person's name
_NAME_PARTICLE_AFTER = re.compile(r"^\s+(al|el|bin|ibn|bint|abu|ould)[-\s]", re.IGNORECASE)
_INITIAL_BEFORE = re.compile(r"\b[A-Z]\.\s+$")  # "George W. Bush" is no town
_TITLE_BEFORE = re.compile(rf"\b{_words('title_words')}\s+$", re.IGNORECASE)

# "le quartier d'Al-Qadisiya", "the Karrada neighbourhood": a part of a city, which the
# gazetteer does not hold; a town of the same name elsewhere is not it
_QUARTER_BEFORE = re.compile(rf"\b{_words('quarter_words')}{_LINK}", re.IGNORECASE)
_QUARTER_AFTER = re.compile(rf"^[\s-]*{_words('quarter_words_after')}\b", re.IGNORECASE)


# People, for the tolls that name their dead ("the general Soleimani and Abu Mahdi al-Muhandis
# were killed"): a name after a commander's title, or one built with an Arabic name particle;
# then the surname alone ("Soleimani") once the full name was given.
_COMMANDER_BEFORE = re.compile(rf"(?:^|[\s-]){_words('commander_words')}\s+$", re.IGNORECASE)
_CAPITALISED = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w’'-]*"
_NAME_WORD = rf"(?:{_CAPITALISED}|(?:al|el|ad|as|ash|an)-{_CAPITALISED}|bin|ibn)"
_NAME = re.compile(rf"(?<![\w-]){_NAME_WORD}(?:\s+{_NAME_WORD})*")
_ARABIC_PARTICLE = re.compile(r"(?:^|\s)(?:abu|abou|bin|ibn|(?:al|el)-)", re.IGNORECASE)


class FindEntities:
    name = "entities"
    requires = ("text",)
    assigns = ("places", "actors", "title_places", "title_actors")

    def __init__(self, places: PlaceGazetteer, actors: ActorGazetteer):
        self.places = places
        self.actors = actors

    def __call__(self, doc: Document) -> Document:
        doc.layers["actors"], doc.layers["places"] = self.find(doc.text, doc.lang)
        # the title's names, as spans into the title (the stored text does not hold it)
        doc.layers["title_actors"], doc.layers["title_places"] = self.find(
            doc.title or "", doc.lang
        )
        return doc

    def find(self, text: str, lang: str | None = None) -> tuple[list[Span], list[Span]]:
        words = _common_words(lang)  # "Auch" opening a German sentence is no French town
        named_places = [(m, c) for m, c in self.places.find(text) if m.key not in words]
        # the longer name wins where an actor's and a place's overlap: "Islamic State" is no
        # place, and "قاعدة عين الأسد" (Ain al-Asad base) is no al-Qaeda ("القاعدة")
        in_longer_place = _InLonger([p for p, _ in named_places])
        actors = [
            Span(m.start, m.end, "actor", choose_actor(candidates))
            for m, candidates in self.actors.find(text)
            if not in_longer_place(m)
        ]
        outside_actors = _Outside(actors)
        found = [(m, c) for m, c in named_places if outside_actors(m.start, m.end)]
        countries = country_context([candidates for _, candidates in found])
        # a name once written as a person's ("President Bush", "George W. Bush", "Ali al-Sistani")
        # is the person's throughout the text ("…, Bush added")
        people = {match.key for match, _ in found if _names_a_person(text, match)}
        places = []
        for match, candidates in found:
            if match.key in people or _names_a_quarter(text, match):
                continue
            says_province = bool(
                _PROVINCE_BEFORE.search(text[max(0, match.start - 16) : match.start])
                or _PROVINCE_AFTER.search(text[match.end : match.end + 14])
            )
            others = countries - Counter(_vote(candidates))  # a name cannot vouch for itself
            place = choose_place(
                candidates, others, says_province, self.places.focus, text[match.start : match.end]
            )
            if place is not None:
                places.append(Span(match.start, match.end, "place", place))
        return actors, places


class FindPeople:
    """People's names, for tolls that name their dead; only events read them."""

    name = "people"
    requires = ("text", "places", "actors")
    assigns = ("people",)

    def __call__(self, doc: Document) -> Document:
        doc.layers["people"] = find_people(doc.text, doc.layers["actors"] + doc.layers["places"])
        return doc


def find_people(text: str, named: list[Span]) -> list[Span]:
    """People's names, outside the places and actors named; each span's value is the
    surname, which tells one person mentioned twice."""
    outside = _Outside(named)
    runs = [m for m in _NAME.finditer(text) if outside(m.start(), m.end())]
    people = {}
    for run in runs:
        start, name = run.start(), run.group()
        titled = _COMMANDER_BEFORE.search(text[max(0, start - 20) : start])
        title = _COMMANDER_BEFORE.search(name.split()[0] + " ")
        if title and " " in name:  # "General Qassem Soleimani", as German writes titles
            start, name, titled = start + title.end(), name[title.end() :], title
        if titled or (" " in name and _ARABIC_PARTICLE.search(name)):
            people[start] = Span(start, run.end(), "person", _surname(name.split()[-1]))
    surnames = {span.value for span in people.values()}
    # each person found so far starts inside its own run (runs do not overlap)
    found = sorted(people)
    for run in runs:
        last = run.group().split()[-1]  # "Neben Soleimani": the sentence's first word is none
        start = run.end() - len(last)
        known = bisect_left(found, run.start()) < bisect_left(found, run.end())
        if not known and _surname(last) in surnames:
            people[start] = Span(start, run.end(), "person", _surname(last))
    return sorted(people.values(), key=lambda span: span.start)


class _InLonger:
    """Whether a match lies inside a longer one of `matches` (a matcher's, which do not
    overlap), in log time: a long text names thousands, and comparing each with all of them
    grew quadratically."""

    def __init__(self, matches: list[Match]):
        self.matches = sorted(matches, key=lambda match: match.start)
        self.starts = [match.start for match in self.matches]

    def __call__(self, inner: Match) -> bool:
        index = bisect_right(self.starts, inner.start) - 1
        if index < 0:
            return False
        outer = self.matches[index]
        return inner.end <= outer.end and outer.end - outer.start > inner.end - inner.start


class _Outside:
    """Whether a stretch of text overlaps none of `spans`, in log time (see _InLonger)."""

    def __init__(self, spans: list[Span]):
        merged: list[list[int]] = []
        for span in sorted(spans, key=lambda span: span.start):
            if merged and span.start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def __call__(self, start: int, end: int) -> bool:
        # the last merged span that starts before `end` is the only one that can overlap
        index = bisect_left(self.starts, end) - 1
        return index < 0 or self.ends[index] <= start


def _surname(word: str) -> str:
    """ "al-Muhandis" and "Muhandis" are one name; so are "Soleimani" and "Soleimanis"."""
    word = re.sub(r"^(?:al|el|ad|as|ash|an)-", "", word.lower())
    return re.sub(r"(?:['’]s|s)$", "", word) if len(word) > 4 else word


def choose_actor(candidates: list[Actor]) -> Actor:
    """Aliases shared by several actors go to the most general one (no parent)."""
    return min(candidates, key=lambda a: (a.parent is not None, a.actor_id))


def country_context(mentions: list[list[Place]]) -> Counter:
    """Votes per country: named countries, and well-known names that only one country has."""
    votes: Counter = Counter()
    for candidates in mentions:
        votes.update(_vote(candidates))
    return votes


def _names_a_person(text: str, match) -> bool:
    before = text[max(0, match.start - 14) : match.start]
    return bool(
        _TITLE_BEFORE.search(before)
        or _INITIAL_BEFORE.search(before)
        or _NAME_PARTICLE_AFTER.match(text[match.end : match.end + 8])
    )


def _names_a_quarter(text: str, match) -> bool:
    return bool(
        _QUARTER_BEFORE.search(text[max(0, match.start - 16) : match.start])
        or _QUARTER_AFTER.match(text[match.end : match.end + 16])
    )


def _vote(candidates: list[Place]) -> dict[str, int]:
    """A name votes for its country when only one country has it, or when one reading dwarfs
    the others (Baghdad the capital, not a hamlet of the same name in Iran)."""
    biggest: dict[str, Place] = {}
    for place in candidates:
        if place.country not in biggest or place.population > biggest[place.country].population:
            biggest[place.country] = place
    ranked = sorted(biggest.values(), key=lambda p: -p.population)
    place = ranked[0]
    if place.kind == COUNTRY:
        return {place.country: 2}
    dominant = len(ranked) == 1 or (
        place.population >= 100_000 and place.population >= 10 * ranked[1].population
    )
    well_known = place.kind == ADMIN1 or place.population >= 15000 or place.curated
    return {place.country: 1} if dominant and well_known else {}


def choose_place(
    candidates: list[Place],
    countries: Counter,
    says_province: bool,
    focus: frozenset[str] = frozenset(),
    written: str = "",
) -> Place | None:
    def score(place: Place) -> float:
        value = math.log10(place.population + 10)
        value += 3 * min(countries[place.country], 3)
        if place.kind == ADMIN1:  # Kirkuk, Baghdad: the town, unless the text says province
            value += 4 if says_province else -3
        if place.curated:
            value += 2  # our alias file names places the press writes about
        return value

    best = max(candidates, key=score)
    # a town in a country the article never mentions is more likely a word than a place
    # (German capitalises every noun: "Corona" is not the Californian city), unless it is big
    # or a known town of the countries we follow
    if not countries[best.country] and best.kind != COUNTRY:
        known = best.country in focus and (best.population >= 15000 or best.curated)
        if not known and best.population < 1_000_000:
            return None
        # a big city the article gives no country for, only under its own name: "Sana" is a
        # word, "Sanaa" the city; "October" is not 6th of October City
        if not known and written and name_key(written) != name_key(best.name):
            return None
    if best.kind == TOWN and best.country not in focus and best.population < 100_000:
        # a small foreign town in a report about another country is a word ("Kinder", "Rand")
        # or a person's name ("Ali", "Abu"): it needs its country to be the article's first
        top = max(countries, key=countries.get, default=None)
        if top is not None and top != best.country:
            return None
    return best
