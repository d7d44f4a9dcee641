"""The `events` batch step: from each article's sentences, ACLED event records with provenance.

A sentence is a candidate when it has an event trigger word, a count of dead or wounded, or an
actor and a place. Background is skipped: a sentence dated to an earlier year, or more than a
month before publication ("in 2014 the group seized Mosul"), is not an event of the report's date.
Each candidate is classified; an event takes its date, actors, place and numbers from its own
sentence first, then from the lead of the article, and every field keeps the span it came from.
Sentences of one article about the same happening (same type, place and date) become one event.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, cached_property

from eventatlas.document import Document, Span
from eventatlas.extract.classify import NONE, Classification, EventClassifier, trigger_hits
from eventatlas.extract.disasters import of_a_disaster
from eventatlas.extract.notes import notes
from eventatlas.extract.records import Event, Source
from eventatlas.gazetteer.actors import ActorGazetteer
from eventatlas.gazetteer.distance import distance_km
from eventatlas.gazetteer.places import ADMIN1, COUNTRY, TOWN, Country
from eventatlas.nlp.dates import DAY, MONTH, WEEK, DateValue, publication_day
from eventatlas.nlp.lang import LANGUAGES, alternation, every_language, table
from eventatlas.nlp.numbers import (
    DEATHS,
    INJURED,
    SIZE,
    Count,
    death_cues,
    disputed_toll,
    tells_harm,
    toll,
)

log = logging.getLogger(__name__)

RECENT_DAYS = 10  # events older than this, relative to publication, are background
MIN_PROBABILITY = 0.25  # below this, a sentence without a trigger is not an event
STATE_TYPES = {1, 3}  # who "regains territory": state forces, and militias allied to them
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
# What a report tells its event against, when it is a happening of its own: an act of violence
VIOLENCE = {
    "Armed clash",
    "Attack",
    "Abduction/forced disappearance",
    "Sexual violence",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
}
# Kinds of violence whose perpetrator reports often leave unnamed
UNCLAIMED = {
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
}
UNORGANISED_TYPES = {5, 6, 7}  # rioters, protesters, civilians: named by their country


@dataclass
class Candidate:
    doc: Document
    sentence: Span
    index: int  # sentence number in the article


class ExtractEvents:
    def __init__(
        self,
        classifier: EventClassifier,
        countries: dict[str, Country],
        max_embedded_per_article: int = 1,
        focus: frozenset[str] = frozenset(),
        actors: ActorGazetteer | None = None,
    ):
        self.classifier = classifier
        self.countries = countries
        self.actors = actors
        self.actor_named = actors.named if actors else {}
        self.state_forces = {  # country code -> its military forces
            code: forces
            for code, country in countries.items()
            if actors and (forces := actors.state_forces(country.iso3)) is not None
        }
        self.focus = focus  # the countries we follow (the gazetteer's focus)
        self.max_embedded = max_embedded_per_article

    def __call__(
        self, docs: dict[str, Document], story_of: dict[str, str] | None = None
    ) -> list[Event]:
        """Trigger words type a sentence where its language has them (fast, and on our gold as
        good as the model: benchmarks/events.py). A sentence with only a toll ("Ten were
        killed", "Nobody was hurt") tells the toll of the event the article told just before
        it. The embedding model reads what neither can: a toll with no event before it or at
        another place, and every candidate in a language without word tables, at most
        `max_embedded` sentences an article; never the tolls of a report on a disaster
        (`story_of`, article id to story id, lets a story's reports speak for each other)."""
        decided: list[tuple[Candidate, Classification]] = []
        tolls: list[Candidate] = []
        unread: list[Candidate] = []
        disasters = {id(docs[i]) for i in _disaster_reports(docs, story_of or {})}
        for doc in docs.values():
            has_tables = doc.lang in LANGUAGES
            for candidate in _candidates(doc):
                # typed by its own words, not by those of a happening it is told against
                text = doc.quote(_own_part(doc, candidate.sentence))
                label = self.classifier.by_triggers(text, doc.lang) if has_tables else None
                if label is not None:
                    decided.append((candidate, label))
                elif has_tables:
                    tolls.append(candidate)
                elif id(doc) not in disasters:
                    unread.append(candidate)
        told = self._events_of(decided)
        continuing = [c for c in tolls if _continues(c, told)]
        going_on = {id(c) for c in continuing}  # candidates by identity: their documents are big
        # a toll no violent sentence claims is, in a report on a disaster, the disaster's
        unread += [
            c
            for c in tolls
            if id(c) not in going_on
            and id(c.doc) not in disasters
            and not _says_nobody_was_killed(c)
        ]
        labelled = self._embedded(unread)
        merged = _merge_within_articles(
            sorted(
                told + self._events_of(labelled),
                key=lambda e: (e.sources[0].article_id or "", e.sources[0].start),
            )
        )
        # a toll may go on with an event the model read ("… killed 11 in an attack near
        # Samarra. Four of the attackers were also killed.")
        read = {id(candidate) for candidate, _ in labelled}
        continuing += [
            c
            for c in tolls
            if id(c) not in going_on and id(c) not in read and _continues(c, merged)
        ]
        for candidate in sorted(continuing, key=lambda c: (c.doc.article_id or "", c.index)):
            self._toll_of_the_event_before(candidate, merged)
        for event in merged:
            if event.actor2 == event.actor1:  # one side told twice is one side
                event.actor2 = event.inter2 = None
            self._government_at_home(event)
            _unidentified_perpetrator(event)
        return [e for e in merged if e.actor1 is not None]

    def _government_at_home(self, event: Event) -> None:
        """A development no one is named for (an election held, a curfew declared) is the
        government's of the place: "Kurds voted in a referendum in Erbil" is the Kurdistan
        Regional Government's, "the parliamentary election on Saturday" Iraq's."""
        if event.actor1 is not None or event.sub_event_type != "Other" or self.actors is None:
            return
        government = self.actors.government(event.iso3, event.admin1)
        if government is not None:
            event.actor1, event.inter1 = government.name, government.inter
            event.notes = notes(event)

    def _embedded(self, candidates: list[Candidate]) -> list[tuple[Candidate, Classification]]:
        """The model's labels for the first `max_embedded` candidates of each article."""
        per_article: Counter[str | None] = Counter()
        by_lang: dict[str | None, list[Candidate]] = {}
        for candidate in sorted(candidates, key=lambda c: (c.doc.article_id or "", c.index)):
            per_article[candidate.doc.article_id] += 1
            if per_article[candidate.doc.article_id] <= self.max_embedded:
                by_lang.setdefault(candidate.doc.lang, []).append(candidate)
        labelled = []
        for lang, group in by_lang.items():
            labels = self.classifier.classify([c.doc.quote(c.sentence) for c in group], lang)
            labelled += zip(group, labels, strict=True)
        return labelled

    def _events_of(self, labelled: list[tuple[Candidate, Classification]]) -> list[Event]:
        return [
            event
            for candidate, label in labelled
            if label.sub_event_type != NONE
            and (label.trigger is not None or label.probability >= MIN_PROBABILITY)
            for event in self._events_or_none(candidate, label)
        ]

    def _toll_of_the_event_before(self, candidate: Candidate, events: list[Event]) -> None:
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
        self._numbers(scratch, doc, sentence, fields)
        told = _quoted(doc, sentence, fields)
        if scratch.fatalities == 0:
            _nobody_killed_at(event, [told], events)
            return
        if (scratch.fatalities or 0) >= WAR_TOLL:
            return
        adds = _adds_to_the_toll(told)
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
            _add_sources(event, [told])
            event.notes = notes(event)

    def _events_or_none(self, candidate: Candidate, label: Classification) -> list[Event]:
        """A sentence that breaks the extractor costs its own events only, never the batch:
        the article is stored, and the log says which sentence and why."""
        try:
            return self._events(candidate, label)
        except Exception:
            log.exception(
                "no events from %s, sentence at %d",
                candidate.doc.raw.locator,
                candidate.sentence.start,
            )
            return []

    def _events(self, candidate: Candidate, label: Classification) -> list[Event]:
        """The sentence's event, and one more for each place named alongside its own."""
        doc, sentence = candidate.doc, candidate.sentence
        fields: dict[str, list[int]] = {}
        if label.trigger:
            fields["sub_event_type"] = [
                sentence.start + label.trigger[0],
                sentence.start + label.trigger[1],
            ]
        event = Event(
            event_id=_event_id(doc.article_id, sentence.start),
            event_date=None,
            time_precision=None,
            event_type=label.event_type,
            sub_event_type=label.sub_event_type,
            confidence=round(label.probability, 3),
        )
        # the day of what the sentence answers is not its own ("raids …, in response to
        # Wednesday's attack")
        own = _own_part(doc, sentence)
        self._date(event, doc, own, fields)
        self._actors(event, doc, sentence, fields)
        self._place(event, doc, sentence, candidate.index, fields)
        if "actor2" in fields and "actor1" not in fields:
            _unidentified_perpetrator(event)  # the side hit is named, who fired is not
        self._side_that_won(event, doc, sentence, fields)
        self._numbers(event, doc, sentence, fields)
        self._actors_of_the_place(event)
        _acled_type_by_actors(event, _civilians_targeted(doc, sentence))
        self._protest_roles(event, fields)
        found = [(event, fields)]
        answered = self._answered(doc, Span(own.end, sentence.end, "answered"), event)
        if answered is not None:
            found.append(answered)
        # ACLED codes one event per place: "strikes on Ras al-Ain and Tal Abyad" are two
        for other in _coordinated_places(doc, sentence, fields.get("location")):
            twin = replace(event, event_id=_event_id(doc.article_id, sentence.start, other.start))
            twin_fields = {k: v for k, v in fields.items() if k not in ("fatalities", "injured")}
            if event.fatalities != 0:  # a toll is the first place's; "none were hurt", both's
                twin.fatalities = twin.injured = None
            self._set_place(twin, doc, other, twin_fields)
            found.append((twin, twin_fields))
        for each, each_fields in found:
            each.notes = notes(each)
            each.sources = [_quoted(doc, sentence, each_fields)]
        return [each for each, _ in found]

    def _answered(self, doc: Document, part: Span, event: Event) -> tuple[Event, dict] | None:
        """The earlier happening a sentence tells its event against, as an event of its own:
        "rockets hit Camp Taji on Saturday, three days after an attack on the same base killed
        two Americans" also reports that attack, three days before, with its toll. Only where
        the words name a happening and say when: by a day of their own ("in response to
        Wednesday's attack") or by days counted back from the event. Placed where its words
        say, else at the place the report leads with (what the report is about). `part` is
        the sentence after its own part; empty when it tells nothing against."""
        if part.start == part.end:
            return None
        label = self.classifier.by_triggers(doc.quote(part), doc.lang)
        if label is None or label.trigger is None or label.sub_event_type not in VIOLENCE:
            return None  # "three weeks after the referendum", "after victory in Mosul": history
        lead = self.classifier.by_triggers(doc.quote(_own_part(doc, _lead(doc))), doc.lang)
        if (
            label.sub_event_type == "Armed clash"
            and lead is not None
            and lead.sub_event_type in VIOLENCE
        ):
            # a bare "attack" the report answers is mostly the kind its lead tells ("rockets
            # hit Taji, three days after an attack on the same base"); its words stay quoted
            label = replace(label, sub_event_type=lead.sub_event_type)
        answered = Event(
            event_id=_event_id(doc.article_id, part.start, part.end),
            event_date=None,
            time_precision=None,
            event_type=label.event_type,
            sub_event_type=label.sub_event_type,
            confidence=round(label.probability, 3),
        )
        own_fields = {
            "sub_event_type": [part.start + label.trigger[0], part.start + label.trigger[1]]
        }
        day = _recent_date(_happening_dates(doc, part), publication_day(doc.raw.published))
        back = _days_before(doc.quote(part), doc.lang)
        if day is not None:
            answered.event_date, answered.time_precision = day.value.iso, 1
            own_fields["event_date"] = [day.start, day.end]
        elif back and event.time_precision == 1 and event.event_date:
            told = date.fromisoformat(event.event_date) - timedelta(days=back)
            answered.event_date, answered.time_precision = told.isoformat(), 1
        else:
            return None
        self._actors(answered, doc, part, own_fields)
        here = [s for s in _inside(doc, "places", part) if _happened_at(doc, s)]
        place = _best_place(here) or _best_place(_inside(doc, "places", _lead(doc)))
        if place is not None:
            self._set_place(answered, doc, place, own_fields)
        self._numbers(answered, doc, part, own_fields)
        self._actors_of_the_place(answered)
        _acled_type_by_actors(answered, _civilians_targeted(doc, part))
        return answered, own_fields

    @staticmethod
    def _date(event: Event, doc: Document, sentence: Span, fields: dict) -> None:
        published = publication_day(doc.raw.published)
        span = _recent_date(_happening_dates(doc, sentence), published) or _recent_date(
            _happening_dates(doc, _lead(doc)), published
        )
        if span is not None:
            value: DateValue = span.value
            event.event_date = value.iso
            event.time_precision = 1 if value.precision == DAY else 3
            fields["event_date"] = [span.start, span.end]
        elif published is not None:  # the report's own date: the event is of that week
            event.event_date, event.time_precision = published.isoformat(), 2
        elif doc.raw.published and len(doc.raw.published) == 7:
            event.event_date, event.time_precision = doc.raw.published, 3

    def _actors(self, event: Event, doc: Document, sentence: Span, fields: dict) -> None:
        """The sentence's actors, in order of mention; the lead's when it names fewer than two
        (a sentence such as "Ten were killed" leans on the one before). A state that opens the
        sentence ("Iran fired missiles", "L'Iran a tiré") acts through its military forces.
        The side that regains territory is the state's."""
        spans = _distinct_actors(
            self._acting_state(doc, sentence) + _inside(doc, "actors", sentence)
        )
        hit = self._hit_by_someone_unnamed(event, doc, sentence, spans)
        if hit is not None:
            event.actor2, event.inter2 = hit.value.name, hit.value.inter
            fields["actor2"] = [hit.start, hit.end]
            return
        # who acted comes first, who was acted upon last: "claimed by IS", "an attack against
        # the PMF", and "eight members of the PMF were killed" (the dead are the PMF's)
        spans.sort(key=lambda s: _role(s, doc, sentence))
        if len(spans) < 2:
            seen = {s.value.actor_id for s in spans}
            lead = _distinct_actors(_inside(doc, "actors", _lead(doc)))
            spans += [s for s in lead if s.value.actor_id not in seen]
        if event.sub_event_type == "Government regains territory":
            spans.sort(key=lambda s: s.value.inter not in STATE_TYPES)
        for number, span in enumerate(spans[:2], start=1):
            setattr(event, f"actor{number}", span.value.name)
            setattr(event, f"inter{number}", span.value.inter)
            fields[f"actor{number}"] = [span.start, span.end]

    @staticmethod
    def _hit_by_someone_unnamed(
        event: Event, doc: Document, sentence: Span, spans: list[Span]
    ) -> Span | None:
        """The side hit by rockets or a bomb whose firers the sentence does not name: every
        actor in it is the source or the dead ("two American soldiers were killed when rockets
        hit Camp Taji, the coalition said"). The dead's side first, else the source's."""
        if event.sub_event_type not in UNCLAIMED or not spans:
            return None
        mentions = _inside(doc, "actors", sentence)
        hit = [s for s in spans if _role(s, doc, sentence) == 2]
        told = [
            s
            for s in spans
            if any(m.value.actor_id == s.value.actor_id and _told_it(doc, m) for m in mentions)
        ]
        if any(s not in hit and s not in told for s in spans):
            return None
        return (hit or told)[0]

    def _side_that_won(self, event: Event, doc: Document, sentence: Span, fields: dict) -> None:
        """Who won where a place was regained: in "victory over IS in Mosul" or "Ninewa is now
        liberated", the sentence names only the side beaten, or no side at all (and the group
        comes from the report's lead); the state whose territory it is regained it, quoted by
        the words that say so."""
        if event.sub_event_type != "Government regains territory" or "actor1" not in fields:
            return
        if event.inter1 in STATE_TYPES:
            return
        named = next(
            (s for s in _inside(doc, "actors", sentence) if [s.start, s.end] == fields["actor1"]),
            None,
        )
        if named is not None and _role(named, doc, sentence) != 2:
            return  # the sentence names a group that took it: "IS recaptured Palmyra"
        forces = self.state_forces.get(self._country_codes.get(event.country or ""))
        if forces is None:
            return
        event.actor2, event.inter2, fields["actor2"] = event.actor1, event.inter1, fields["actor1"]
        event.actor1, event.inter1 = forces.name, forces.inter
        if "sub_event_type" in fields:
            fields["actor1"] = fields["sub_event_type"]
        else:
            del fields["actor1"]

    @cached_property
    def _country_codes(self) -> dict[str, str]:
        return {country.name: code for code, country in self.countries.items()}

    def _actors_of_the_place(self, event: Event) -> None:
        """Actors kept per country ("Civilians (Iraq)", "Protesters (Syria)") are the event's
        country's: the villagers of Sweida are Syria's civilians, a march in Paris is
        "Protesters (France)"."""
        for number in (1, 2):
            name = getattr(event, f"actor{number}")
            bracket = re.fullmatch(r"(.+) \((.+)\)", name or "")
            if not bracket or not event.country or bracket[2] not in self._country_names:
                continue
            local = self.actor_named.get(f"{bracket[1]} ({event.country})")
            if local is not None:
                setattr(event, f"actor{number}", local.name)
                setattr(event, f"inter{number}", local.inter)
            elif getattr(event, f"inter{number}") in UNORGANISED_TYPES:
                # ACLED names them by country everywhere: "Protesters (France)" needs no entry
                setattr(event, f"actor{number}", f"{bracket[1]} ({event.country})")

    def _protest_roles(self, event: Event, fields: dict) -> None:
        """ACLED's order at protests: the protesters first; where force met them ("police fired
        on protesters in Daraa") and no one else is named, the force is the country's police,
        or else its army, quoted by the words that tell of it. Protesters who riot are
        "Rioters" of their country, as ACLED names them."""
        if event.event_type == "Riots":
            for number in (1, 2):
                name = getattr(event, f"actor{number}") or ""
                if getattr(event, f"inter{number}") == 6 and name.startswith("Protesters ("):
                    setattr(event, f"actor{number}", "Rioters" + name[len("Protesters") :])
                    setattr(event, f"inter{number}", 5)
        if event.event_type != "Protests":
            return
        if event.inter2 == 6 and event.inter1 != 6:
            event.actor1, event.actor2 = event.actor2, event.actor1
            event.inter1, event.inter2 = event.inter2, event.inter1
            first, second = fields.pop("actor1", None), fields.pop("actor2", None)
            if second is not None:
                fields["actor1"] = second
            if first is not None:
                fields["actor2"] = first
        met_force = event.sub_event_type != "Peaceful protest"
        if met_force and event.inter1 == 6 and event.actor2 is None:
            country = event.country or ""
            force = self.actor_named.get(f"Police Forces of {country}") or self.state_forces.get(
                self._country_codes.get(country)
            )
            if force is not None:
                event.actor2, event.inter2 = force.name, force.inter
                if "sub_event_type" in fields:
                    fields["actor2"] = fields["sub_event_type"]

    @cached_property
    def _country_names(self) -> set[str]:
        return {country.name for country in self.countries.values()}

    def _acting_state(self, doc: Document, sentence: Span) -> list[Span]:
        places = _inside(doc, "places", sentence)
        first = places[0] if places else None
        if first is None or first.value.kind != COUNTRY:
            return []
        forces = self.state_forces.get(first.value.country)
        opening = doc.text[sentence.start : first.start]
        if forces is None or not _OPENS.fullmatch(opening):
            return []
        if re.match(r"['’]s\b|\s*-", doc.text[first.end : first.end + 3]):
            return []  # "Iran's Revolutionary Guards", "Iran-backed militias": someone else
        return [Span(first.start, first.end, "actor", forces)]

    def _place(self, event: Event, doc: Document, sentence: Span, index: int, fields: dict):
        own = _own_part(doc, sentence)
        span = _best_place([s for s in _inside(doc, "places", own) if _happened_at(doc, s)])
        home = _main_country(doc)
        if span is None or span.value.kind == COUNTRY:
            # a bare country is often the actor's ("Iran fired missiles"): a town or province
            # in the next two sentences, the ones before, or the lead says where it happened,
            # one of the report's own country first when that is one we follow
            own = self._nearby_place(doc, index, home) if home in self.focus else None
            span = own or self._nearby_place(doc, index) or span
        elif span.value.country not in self.focus and home in self.focus:
            # a far capital in a report from the countries we follow is mostly its government
            # ("blamed by Washington", "zwischen Washington und Teheran"): a place of the
            # report's own country nearby says where it happened
            span = self._nearby_place(doc, index, home) or span
        elif _seen_from(doc, span):
            # "an attack north of Baghdad": the report names the place itself elsewhere
            anchor = span.value
            span = (
                self._nearby_place(
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
            self._set_place(event, doc, span, fields)

    def _set_place(self, event: Event, doc: Document, span: Span, fields: dict) -> None:
        place = span.value
        event.location = place.name
        event.admin1 = place.admin1
        event.latitude, event.longitude = place.latitude, place.longitude
        country = self.countries.get(place.country)
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

    @staticmethod
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
            s
            for sentence in sentences[index + 1 : index + 3]
            for s in _inside(doc, "places", sentence)
        ]
        earlier = [s for s in doc.layers.get("places", []) if s.end <= sentences[index].start]
        for spans in (earlier[::-1], following, doc.layers.get("places", [])):
            span = _best_place(
                [
                    s
                    for s in spans
                    if s.value.kind != COUNTRY and country in (None, s.value.country) and accept(s)
                ]
            )
            if span is not None:
                return span
        return None

    @staticmethod
    def _numbers(event: Event, doc: Document, sentence: Span, fields: dict) -> None:
        """The sentence's tolls, up to where it turns to another happening it dates itself
        against ("rockets hit Camp Taji, three days after an attack on the same base killed
        two Americans"). A toll over a whole campaign ("3,000 dead since the start of the
        offensive") is not the event's, nor one nobody stands by ("claimed, without evidence,
        that 80 died", "which the US denies")."""
        own = _own_part(doc, sentence)
        words = _toll_context_patterns(doc.lang)
        for role, name in ((DEATHS, "fatalities"), (INJURED, "injured"), (SIZE, "size")):
            counts = [s for s in _inside(doc, "counts", own) if s.value.counts == role]
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
    said = _reporting_pattern(doc.lang)
    agent = _role_words(doc.lang)["agent"]
    dead: dict[str, Span] = {}
    for person in _inside(doc, "people", sentence):
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


def _event_id(article_id: str | None, *offsets: int) -> str:
    key = ":".join(map(str, (article_id, *offsets)))
    return "e" + hashlib.sha256(key.encode()).hexdigest()[:15]


SEPARATE_KM = 25  # places closer than this are one place for an event
SEEN_FROM_KM = 250  # "north of Baghdad" names a place at most this far from it


def _own_part(doc: Document, sentence: Span) -> Span:
    """The sentence up to where it turns to another happening it dates itself against or
    answers ("air strikes in Iraq on Thursday, retaliating for a rocket attack on Camp Taji
    that killed two"), when a place of its own comes first."""
    for earlier in _earlier_event_pattern(doc.lang).finditer(
        doc.text, sentence.start, sentence.end
    ):
        before = Span(sentence.start, earlier.start(), "own")
        if _inside(doc, "places", before):
            return before
    return sentence


def _happened_at(doc: Document, span: Span) -> bool:
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


def _coordinated_places(doc: Document, sentence: Span, chosen: list[int] | None) -> list[Span]:
    """Towns the sentence names in one list with the event's own place ("on Ras al-Ain and
    Tal Abyad", "à Aïn al-Assad, dans la province d'Anbar, et à Erbil", "رأس العين وتل أبيض"),
    far enough apart to be separate events."""
    if chosen is None:
        return []
    places = _inside(doc, "places", sentence)
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


def _candidates(doc: Document) -> list[Candidate]:
    published = publication_day(doc.raw.published)
    found = []
    for index, sentence in enumerate(doc.layers.get("sentences", [])):
        text = doc.quote(sentence)
        counts = [
            s for s in _inside(doc, "counts", sentence) if s.value.counts in (DEATHS, INJURED)
        ]
        # without word tables for the language, a named actor and place make a candidate
        named = doc.lang not in LANGUAGES and bool(
            _inside(doc, "actors", sentence) and _inside(doc, "places", sentence)
        )
        if not (named or trigger_hits(text, doc.lang) or counts):
            continue
        if of_a_disaster(text, doc.lang):  # "the fire killed six": no one's violence
            continue
        dates = _inside(doc, "dates", sentence)
        if _is_background(dates, published):
            continue
        if _speaks_of_a_trend(text, doc.lang) and not any(d.value.precision == DAY for d in dates):
            continue
        found.append(Candidate(doc, sentence, index))
    return found


ARMED_TYPES = {1, 2, 3, 4, 8}
# A toll of thousands told in a sentence of its own is a war's ("tens of thousands were
# killed in the conflict"), not one event's.
WAR_TOLL = 1000
# Before a state's name that opens a sentence: nothing, or an article ("L'Iran", "The United
# States", "Die USA")
_OPENS = re.compile(
    rf"\W*(?:\w{{1,2}}['’]|(?:{alternation(every_language('opening_articles'))})\s+)?",
    re.IGNORECASE,
)
_GLUED_AND = re.compile(rf"(?:^|\s)(?:{alternation(every_language('clitic_conjunctions'))})\S")


@cache
def _toll_context_patterns(lang: str | None) -> dict[str, re.Pattern]:
    t = table(lang)
    return {
        "campaign": re.compile(rf"\b(?:{alternation(t.CUMULATIVE)})\b", re.IGNORECASE),
        "unsupported": re.compile(rf"\b(?:{alternation(t.UNSUPPORTED_WORDS)})\b", re.IGNORECASE),
        "toll": re.compile(rf"\b(?:{alternation(t.TOLL_WORDS)})", re.IGNORECASE),
    }


@cache
def _earlier_event_pattern(lang: str | None) -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(table(lang).EARLIER_EVENT)})", re.IGNORECASE)


@cache
def _trend_pattern(lang: str) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(table(lang).TREND_WORDS)})\b", re.IGNORECASE)


def _speaks_of_a_trend(text: str, lang: str | None) -> bool:
    return bool(_trend_pattern(table(lang).CODE).search(text))


def territory_taken_by(inter: int) -> str:
    """ACLED's territory sub-type by who took the place: a state's forces (or militias allied
    to them) regain it, anyone else overtakes it."""
    return TERRITORY[0] if inter in STATE_TYPES else TERRITORY[1]


def _acled_type_by_actors(event: Event, civilians_targeted: bool) -> None:
    """ACLED's rules: who takes territory decides between the two territory sub-types; an
    attack on an armed group is a battle; an armed clash that hits civilians is an attack on
    them (civilians merely named, "the offensive resumed once civilians had left", are not);
    a protest with dead met excessive force."""
    if event.sub_event_type in TERRITORY and event.inter1 is not None:
        event.sub_event_type = territory_taken_by(event.inter1)
    elif event.sub_event_type == "Attack" and {event.inter1, event.inter2} <= ARMED_TYPES:
        event.event_type, event.sub_event_type = "Battles", "Armed clash"
    elif (
        event.sub_event_type == "Armed clash"
        and event.inter2 == 7
        and (civilians_targeted or event.fatalities or event.injured)
    ):
        event.event_type, event.sub_event_type = "Violence against civilians", "Attack"
    elif event.event_type == "Protests" and event.fatalities:
        # a protest where people were killed met lethal force
        event.sub_event_type = "Excessive force against protesters"


def _civilians_targeted(doc: Document, sentence: Span) -> bool:
    """Civilians named as the side acted upon: "against civilians", "ten villagers were
    killed", or right after the deed's word ("attacked civilians", "angrep sivile")."""
    deeds = trigger_hits(doc.quote(sentence), doc.lang).values()
    return any(
        actor.value.inter == 7
        and (
            _role(actor, doc, sentence) == 2
            or any(0 <= actor.start - sentence.start - end <= 12 for _, end in deeds)
        )
        for actor in _inside(doc, "actors", sentence)
    )


VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
CROWDS = {"Protests": ("Protesters", 6), "Riots": ("Rioters", 5)}


def _unidentified_perpetrator(event: Event) -> None:
    """ACLED codes no event without an actor. Violence with a toll but no named perpetrator
    ("a suicide bomber killed three") is an unidentified armed group's, and a protest or riot
    whose people go unnamed is "Protesters" or "Rioters" of its country, as ACLED codes them;
    anything else without an actor (a storm, a price fall) is not an event."""
    if event.actor1 is not None:
        return
    place = event.country or "International"
    if event.event_type in CROWDS:
        crowd, inter = CROWDS[event.event_type]
        event.actor1, event.inter1 = f"{crowd} ({place})", inter
    elif event.event_type in VIOLENT_TYPES and (
        event.fatalities is not None or event.injured is not None or event.actor2 is not None
    ):
        event.actor1, event.inter1 = f"Unidentified Armed Group ({place})", 3
    else:
        return
    event.notes = notes(event)


def _distinct_actors(spans: list[Span]) -> list[Span]:
    distinct: list[Span] = []
    for span in spans:
        if all(span.value.actor_id != s.value.actor_id for s in distinct):
            distinct.append(span)
    return distinct


def _is_background(dates: list[Span], published: date | None) -> bool:
    """Dated, and every date in it is well before publication."""
    if not dates or published is None:
        return False
    return all(_before(span.value, published) for span in dates)


def _before(value: DateValue, published: date) -> bool:
    if value.precision == WEEK and value.day:  # "a week ago": looking back, not news
        return value.day <= published - timedelta(days=7)
    if value.precision == DAY and value.day:
        return value.day < published - timedelta(days=RECENT_DAYS)
    if value.precision == MONTH:
        # last month's news is still news in the first days of this one
        recent = published - timedelta(days=RECENT_DAYS)
        return (value.year, value.month) < (recent.year, recent.month)
    return value.year < published.year


def _happening_dates(doc: Document, outer: Span) -> list[Span]:
    """The dates of a passage, those of its saying last: in "the commission announced on
    Monday that Saturday's election…" the election was on Saturday."""
    dates = _inside(doc, "dates", outer)
    if len(dates) < 2:
        return dates
    return sorted(dates, key=lambda span: _of_saying(doc.text, outer, span, doc.lang))


def _told_it(doc: Document, actor: Span) -> bool:
    """Whether an actor is named as the report's source: "the coalition said", "a annoncé la
    coalition", "according to the coalition", "nach Angaben der Koalition"."""
    before = re.split(r"[.;:,]", doc.text[max(0, actor.start - 60) : actor.start])[-1]
    after = re.split(r"[.;:,]", doc.text[actor.end : actor.end + 40])[0]
    return bool(
        _source_pattern(doc.lang).search(before)
        or _reporting_pattern(doc.lang)["after"].match(after)  # "the coalition said"
    )


@cache
def _source_pattern(lang: str | None) -> re.Pattern:
    """A word of telling or a source's, then at most three words: "uppger den USA-ledda"."""
    t = table(lang)
    told = alternation([*t.REPORTING_WORDS, *t.SOURCE_WORDS])
    return re.compile(rf"\b(?:{told})\b(?:\s+\S+){{0,3}}\s*$", re.IGNORECASE)


def _of_saying(text: str, outer: Span, span: Span, lang: str | None) -> bool:
    """Whether a date is the day something was said: "said on Monday", "Monday, officials
    said"."""
    said = _reporting_pattern(lang)
    before = text[max(outer.start, span.start - 50) : span.start]
    after = text[span.end : min(outer.end, span.end + 25)]
    return bool(said["before"].search(before) or said["after"].match(after))


# Arabic puts the speaker between the verb and the day ("أعلنت هيئة الحشد الشعبي أمس"):
# up to this many words may stand between them.
WORDS_BETWEEN_SAYING_AND_DAY = {"ar": 4}


@cache
def _reporting_pattern(lang: str | None) -> dict[str, re.Pattern]:
    words = alternation(table(lang).REPORTING_WORDS)
    between = WORDS_BETWEEN_SAYING_AND_DAY.get(table(lang).CODE, 1)
    return {  # "said on Monday", "أعلنت ... اليوم" / "Monday, officials said"
        "before": re.compile(rf"\b(?:{words})\b(?:\W+\w+){{0,{between}}}\W*$", re.IGNORECASE),
        "after": re.compile(rf"^\W*(?:\w+\W+){{0,2}}(?:{words})\b", re.IGNORECASE),
    }


def _recent_date(spans: list[Span], published: date | None) -> Span | None:
    for span in spans:
        value: DateValue = span.value
        if published is None:
            if value.precision == DAY:
                return span
            continue
        if (
            value.precision == DAY
            and value.day
            and (
                published - timedelta(days=RECENT_DAYS)
                <= value.day
                <= published + timedelta(days=1)
            )
        ):
            return span
    return None


def _inside(doc: Document, layer: str, outer: Span) -> list[Span]:
    return [s for s in doc.layers.get(layer, []) if outer.start <= s.start and s.end <= outer.end]


def _lead(doc: Document) -> Span:
    return Span(0, _lead_end(doc), "lead")


def _disaster_reports(docs: dict[str, Document], story_of: dict[str, str]) -> set[str]:
    """The reports that open on a disaster, and all reports of a story most of whose reports
    do: one that opens on the toll alone ("a flight falls in the Alps, 150 dead") is of the
    same disaster."""
    found = {article_id for article_id, doc in docs.items() if _opens_on_a_disaster(doc)}
    stories: dict[str, list[str]] = defaultdict(list)
    for article_id in docs:
        stories[story_of.get(article_id, article_id)].append(article_id)
    for members in stories.values():
        if 2 * len(found.intersection(members)) > len(members):
            found.update(members)
    return found


def _opens_on_a_disaster(doc: Document) -> bool:
    """Whether the headline and lead tell of a disaster or an accident, and of no violence."""
    return of_a_disaster(f"{doc.title or ''}\n{doc.quote(_lead(doc))}", doc.lang)


def _days_before(words: str, lang: str | None) -> int | None:
    """How many days before the event an EARLIER_EVENT phrase opening `words` counts back
    ("three days after": 3, "the day after": 1, "two weeks after": 14); None for one that
    counts none ("in response to")."""
    t = table(lang)
    phrase = _earlier_event_pattern(lang).match(words.lstrip())
    if phrase is None:
        return None
    figure, unit = 1, None
    for word in re.findall(r"\w+", phrase.group().lower()):
        if word.isdigit():
            figure = int(word)
        elif word in t.NUMBER_WORDS:
            figure = t.NUMBER_WORDS[word]
        stems = [stem for stem in t.EARLIER_BY if word.startswith(stem)]
        if stems:
            unit = t.EARLIER_BY[max(stems, key=len)]
    return None if unit is None else figure * unit


def _lead_end(doc: Document) -> int:
    sentences = doc.layers.get("sentences", [])
    return sentences[min(1, len(sentences) - 1)].end if sentences else 0


def _role(actor: Span, doc: Document, sentence: Span) -> int:
    """0 for a name the words before it mark as acting, 2 as acted upon, else 1."""
    before = doc.text[max(sentence.start, actor.start - 30) : actor.start]
    before = re.split(r"[.;:,]", before)[-1]  # the same clause only
    words = _role_words(doc.lang)
    if words["agent"].search(before):
        return 0
    if words["target"].search(before) or _counted(actor, doc, sentence):
        return 2
    return 1


@cache
def _role_words(lang: str | None) -> dict[str, re.Pattern]:
    """A marker word, then at most one word (an article, "positions of") before the name."""
    t = table(lang)
    return {
        role: re.compile(rf"\b(?:{alternation(words)})(?:\s+\S+)?\s*$", re.IGNORECASE)
        for role, words in (("agent", t.AGENT_WORDS), ("target", t.TARGET_WORDS))
    }


def _counted(actor: Span, doc: Document, sentence: Span) -> bool:
    """Whether an actor is named in the phrase a death or injury figure counts ("ten members
    of the PMF", "ثلاثة جنود من الجيش"): within a few words after it, in the same clause."""
    return any(
        count.value.counts in (DEATHS, INJURED)
        and 0 <= actor.start - count.end <= 70
        and not re.search(r"[.;:,]", doc.text[count.end : actor.start])
        # "three wounded on Sunday when IS militants attacked": the harm told, the phrase ends
        and not tells_harm(doc.text[count.end : actor.start], doc.lang)
        for count in _inside(doc, "counts", sentence)
    )


def _main_country(doc: Document) -> str | None:
    """The country the article's places are most often in."""
    counts = Counter(s.value.country for s in doc.layers.get("places", []))
    return counts.most_common(1)[0][0] if counts else None


def _best_place(spans: list[Span]) -> Span | None:
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


def _merge_within_articles(events: list[Event]) -> list[Event]:
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
        adds = _adds_to_the_toll(event.sources[0])
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
        _add_sources(same, event.sources)
        same.notes = notes(same)
        if event.fatalities == 0 and not _own(event, "location"):
            nobody_killed.append((same, event))
    # "Nobody was killed", naming no place, speaks for every place the strike hit
    for same, told in nobody_killed:
        _nobody_killed_at(same, told.sources, merged)
    return merged


def _says_nobody_was_killed(candidate: Candidate) -> bool:
    deaths = [
        s.value.value
        for s in _inside(candidate.doc, "counts", candidate.sentence)
        if s.value.counts == DEATHS
    ]
    return deaths == [0]


def _adds_to_the_toll(source: Source) -> bool:
    """ "Four of the attackers were also killed" adds its dead to the toll told before; "the
    dead also included nine civilians" only breaks it down."""
    return any(
        _also_pattern(source.lang).search(source.quote[max(0, start - 15) : start])
        for start, _ in death_cues(source.quote, source.lang)
    )


@cache
def _also_pattern(lang: str | None) -> re.Pattern:
    return re.compile(rf"(?:^|\s)(?:{alternation(table(lang).ALSO_WORDS)})\b", re.IGNORECASE)


def _quoted(doc: Document, sentence: Span, fields: dict[str, list[int]]) -> Source:
    """The sentence as a source, with the offsets of the words each field came from."""
    return Source(
        doc.article_id,
        doc.lang,
        doc.raw.published,
        doc.quote(sentence),
        sentence.start,
        sentence.end,
        fields,
    )


def _told_before(candidate: Candidate, events: list[Event]) -> list[Event]:
    """The article's events whose first sentence comes before the candidate's."""
    doc, sentence = candidate.doc, candidate.sentence
    return [
        e
        for e in events
        if e.sources[0].article_id == doc.article_id and e.sources[0].start < sentence.start
    ]


def _continues(candidate: Candidate, events: list[Event]) -> bool:
    """Whether a toll-only sentence goes on with the event told before it: it names no other
    day ("on Wednesday two were killed there"), and no town of its own or one within 50 km of
    that event's."""
    doc, sentence = candidate.doc, candidate.sentence
    before = _told_before(candidate, events)
    if not before:
        return False
    event = before[-1]
    day = _recent_date(_happening_dates(doc, sentence), publication_day(doc.raw.published))
    updated = _toll_context_patterns(doc.lang)["toll"].search(doc.quote(sentence))
    if day is not None and day.value.iso != event.event_date and not updated:
        return False  # but "the death toll rose to 18 on Friday" dates the count, not the event
    place = _best_place(_inside(doc, "places", sentence))
    if place is None or place.value.kind != TOWN or event.latitude is None:
        return True
    here = place.value
    return distance_km(here.latitude, here.longitude, event.latitude, event.longitude) <= 50


def _nobody_killed_at(struck: Event, told: list[Source], events: list[Event]) -> None:
    """No dead at any place the strike hit that has no figure yet, quoted by `told`."""
    for event in events:
        if event.fatalities is None and _same_strike(event, struck):
            event.fatalities = 0
            _add_sources(event, told)
            event.notes = notes(event)


def _add_sources(event: Event, sources: list[Source]) -> None:
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
    return not _of_saying(
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
