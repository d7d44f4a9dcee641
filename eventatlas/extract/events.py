"""The `events` batch step: from each article's sentences, ACLED event records with provenance.

`ExtractEvents` composes the modules beside it, in the order it applies them: the sentences that
may tell an event (`candidates.py`), typed by trigger words or else the model (`classify.py`);
for each, its date (`dating.py`), its sides (`actors.py`), its place and the places listed with
it (`places.py`), its figures (`tolls.py`) and ACLED's coding (`coding.py`), every field from
its own sentence first, then from the article's lead, keeping the span it came from
(`passages.py`). An earlier happening a sentence answers is an event of its own; sentences of
one article about the same happening become one event (`within_article.py`), and a sentence
with only a toll adds it to the event told just before it (`tolls.py`).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from eventatlas.document import Document, Span
from eventatlas.extract.actors import set_actors, side_that_won
from eventatlas.extract.candidates import Candidate, disaster_reports, find_candidates
from eventatlas.extract.classify import NONE, Classification, EventClassifier
from eventatlas.extract.coding import (
    acled_type_by_actors,
    actors_of_the_place,
    government_at_home,
    protest_roles,
    targets_civilians,
    unidentified_perpetrator,
)
from eventatlas.extract.dating import days_before, happening_dates, recent_date, set_date
from eventatlas.extract.notes import notes
from eventatlas.extract.passages import as_source, inside, lead_of, own_part
from eventatlas.extract.places import (
    best_place,
    choose_place,
    coordinated_places,
    happened_at,
    set_place,
)
from eventatlas.extract.records import Event
from eventatlas.extract.tolls import (
    continues,
    says_nobody_was_killed,
    set_numbers,
    toll_of_the_event_before,
)
from eventatlas.extract.within_article import merge_within_articles
from eventatlas.gazetteer.actors import ActorGazetteer
from eventatlas.gazetteer.places import Country
from eventatlas.nlp.dates import publication_day
from eventatlas.nlp.lang import LANGUAGES

log = logging.getLogger(__name__)

MIN_PROBABILITY = 0.25  # below this, a sentence without a trigger is not an event
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
        disasters = disaster_reports(docs, story_of or {})  # article ids
        for article_id, doc in docs.items():
            has_tables = doc.lang in LANGUAGES
            for candidate in find_candidates(doc):
                # typed by its own words, not by those of a happening it is told against
                text = doc.quote(own_part(doc, candidate.sentence))
                label = self.classifier.by_triggers(text, doc.lang) if has_tables else None
                if label is not None:
                    decided.append((candidate, label))
                elif has_tables:
                    tolls.append(candidate)
                elif article_id not in disasters:
                    unread.append(candidate)
        told = self._events_of(decided)
        continuing = [c for c in tolls if continues(c, told)]
        going_on = {id(c) for c in continuing}  # candidates by identity: their documents are big
        # a toll no violent sentence claims is, in a report on a disaster, the disaster's
        unread += [
            c
            for c in tolls
            if id(c) not in going_on
            and c.doc.article_id not in disasters
            and not says_nobody_was_killed(c)
        ]
        labelled = self._embedded(unread)
        merged = merge_within_articles(
            sorted(
                told + self._events_of(labelled),
                key=lambda e: (e.sources[0].article_id or "", e.sources[0].start),
            )
        )
        # a toll may go on with an event the model read ("… killed 11 in an attack near
        # Samarra. Four of the attackers were also killed.")
        read = {id(candidate) for candidate, _ in labelled}
        continuing += [
            c for c in tolls if id(c) not in going_on and id(c) not in read and continues(c, merged)
        ]
        for candidate in sorted(continuing, key=lambda c: (c.doc.article_id or "", c.index)):
            toll_of_the_event_before(candidate, merged)
        for event in merged:
            if event.actor2 == event.actor1:  # one side told twice is one side
                event.actor2 = event.inter2 = None
            government_at_home(event, self.actors)
            unidentified_perpetrator(event)
        return [e for e in merged if e.actor1 is not None]

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
        own = own_part(doc, sentence)
        set_date(event, doc, own, fields)
        set_actors(event, doc, sentence, fields, self.state_forces)
        choose_place(event, doc, sentence, candidate.index, fields, self.countries, self.focus)
        if "actor2" in fields and "actor1" not in fields:
            unidentified_perpetrator(event)  # the side hit is named, who fired is not
        side_that_won(event, doc, sentence, fields, self.state_forces, self._country_codes)
        set_numbers(event, doc, sentence, fields)
        actors_of_the_place(event, self.actor_named, self._country_names)
        acled_type_by_actors(event, targets_civilians(doc, sentence))
        protest_roles(event, fields, self.actor_named, self.state_forces, self._country_codes)
        found = [(event, fields)]
        answered = self._answered(doc, Span(own.end, sentence.end, "answered"), event)
        if answered is not None:
            found.append(answered)
        # ACLED codes one event per place: "strikes on Ras al-Ain and Tal Abyad" are two
        for other in coordinated_places(doc, sentence, fields.get("location")):
            twin = replace(event, event_id=_event_id(doc.article_id, sentence.start, other.start))
            twin_fields = {k: v for k, v in fields.items() if k not in ("fatalities", "injured")}
            if event.fatalities != 0:  # a toll is the first place's; "none were hurt", both's
                twin.fatalities = twin.injured = None
            set_place(twin, doc, other, twin_fields, self.countries)
            found.append((twin, twin_fields))
        for each, each_fields in found:
            each.notes = notes(each)
            each.sources = [as_source(doc, sentence, each_fields)]
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
        lead = self.classifier.by_triggers(doc.quote(own_part(doc, lead_of(doc))), doc.lang)
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
        day = recent_date(happening_dates(doc, part), publication_day(doc.raw.published))
        back = days_before(doc.quote(part), doc.lang)
        if day is not None:
            answered.event_date, answered.time_precision = day.value.iso, 1
            own_fields["event_date"] = [day.start, day.end]
        elif back and event.time_precision == 1 and event.event_date:
            told = date.fromisoformat(event.event_date) - timedelta(days=back)
            answered.event_date, answered.time_precision = told.isoformat(), 1
        else:
            return None
        set_actors(answered, doc, part, own_fields, self.state_forces)
        here = [s for s in inside(doc, "places", part) if happened_at(doc, s)]
        place = best_place(here) or best_place(inside(doc, "places", lead_of(doc)))
        if place is not None:
            set_place(answered, doc, place, own_fields, self.countries)
        set_numbers(answered, doc, part, own_fields)
        actors_of_the_place(answered, self.actor_named, self._country_names)
        acled_type_by_actors(answered, targets_civilians(doc, part))
        return answered, own_fields

    @cached_property
    def _country_codes(self) -> dict[str, str]:
        return {country.name: code for code, country in self.countries.items()}

    @cached_property
    def _country_names(self) -> set[str]:
        return {country.name for country in self.countries.values()}


def _event_id(article_id: str | None, *offsets: int) -> str:
    key = ":".join(map(str, (article_id, *offsets)))
    return "e" + hashlib.sha256(key.encode()).hexdigest()[:15]
