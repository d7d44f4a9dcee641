"""Who acted and who was acted upon: an event's two sides and their roles in its sentence.

The sentence's actors in order of mention, who acted first and who was acted upon last, by the
words before each name ("claimed by IS", "an attack against the PMF") and by the figures that
count them ("eight members of the PMF were killed"); the lead's when the sentence names fewer
than two. A state that opens the sentence acts through its military forces, and the state's
forces are the side that regained a place where the sentence names only the side beaten. Where
rockets or a bomb hit a side whose firers go unnamed, the side hit is the second actor. A name
that is the report's source ("the coalition said") is not a side.
"""

from __future__ import annotations

import re
from functools import cache

from eventatlas.document import Document, Span
from eventatlas.extract.passages import inside, lead_of, reporting_pattern
from eventatlas.extract.records import Event
from eventatlas.gazetteer.actors import Actor
from eventatlas.gazetteer.places import COUNTRY
from eventatlas.nlp.lang import alternation, every_language, table
from eventatlas.nlp.numbers import DEATHS, INJURED, tells_harm

STATE_TYPES = {1, 3}  # who "regains territory": state forces, and militias allied to them
# Kinds of violence whose perpetrator reports often leave unnamed
UNCLAIMED = {
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
}


def set_actors(
    event: Event, doc: Document, sentence: Span, fields: dict, state_forces: dict[str, Actor]
) -> None:
    """The sentence's actors, in order of mention; the lead's when it names fewer than two
    (a sentence such as "Ten were killed" leans on the one before). A state that opens the
    sentence ("Iran fired missiles", "L'Iran a tiré") acts through its military forces.
    The side that regains territory is the state's."""
    spans = _distinct_actors(
        _acting_state(doc, sentence, state_forces) + inside(doc, "actors", sentence)
    )
    hit = _hit_by_someone_unnamed(event, doc, sentence, spans)
    if hit is not None:
        event.actor2, event.inter2 = hit.value.name, hit.value.inter
        fields["actor2"] = [hit.start, hit.end]
        return
    # who acted comes first, who was acted upon last: "claimed by IS", "an attack against
    # the PMF", and "eight members of the PMF were killed" (the dead are the PMF's)
    spans.sort(key=lambda s: role_of(s, doc, sentence))
    if len(spans) < 2:
        seen = {s.value.actor_id for s in spans}
        lead = _distinct_actors(inside(doc, "actors", lead_of(doc)))
        spans += [s for s in lead if s.value.actor_id not in seen]
    if event.sub_event_type == "Government regains territory":
        spans.sort(key=lambda s: s.value.inter not in STATE_TYPES)
    for number, span in enumerate(spans[:2], start=1):
        setattr(event, f"actor{number}", span.value.name)
        setattr(event, f"inter{number}", span.value.inter)
        fields[f"actor{number}"] = [span.start, span.end]


def _hit_by_someone_unnamed(
    event: Event, doc: Document, sentence: Span, spans: list[Span]
) -> Span | None:
    """The side hit by rockets or a bomb whose firers the sentence does not name: every
    actor in it is the source or the dead ("two American soldiers were killed when rockets
    hit Camp Taji, the coalition said"). The dead's side first, else the source's."""
    if event.sub_event_type not in UNCLAIMED or not spans:
        return None
    mentions = inside(doc, "actors", sentence)
    hit = [s for s in spans if role_of(s, doc, sentence) == 2]
    told = [
        s
        for s in spans
        if any(m.value.actor_id == s.value.actor_id and _told_it(doc, m) for m in mentions)
    ]
    if any(s not in hit and s not in told for s in spans):
        return None
    return (hit or told)[0]


def side_that_won(
    event: Event,
    doc: Document,
    sentence: Span,
    fields: dict,
    state_forces: dict[str, Actor],
    country_codes: dict[str, str],
) -> None:
    """Who won where a place was regained: in "victory over IS in Mosul" or "Ninewa is now
    liberated", the sentence names only the side beaten, or no side at all (and the group
    comes from the report's lead); the state whose territory it is regained it, quoted by
    the words that say so."""
    if event.sub_event_type != "Government regains territory" or "actor1" not in fields:
        return
    if event.inter1 in STATE_TYPES:
        return
    named = next(
        (s for s in inside(doc, "actors", sentence) if [s.start, s.end] == fields["actor1"]),
        None,
    )
    if named is not None and role_of(named, doc, sentence) != 2:
        return  # the sentence names a group that took it: "IS recaptured Palmyra"
    forces = state_forces.get(country_codes.get(event.country or ""))
    if forces is None:
        return
    event.actor2, event.inter2, fields["actor2"] = event.actor1, event.inter1, fields["actor1"]
    event.actor1, event.inter1 = forces.name, forces.inter
    if "sub_event_type" in fields:
        fields["actor1"] = fields["sub_event_type"]
    else:
        del fields["actor1"]


def _acting_state(doc: Document, sentence: Span, state_forces: dict[str, Actor]) -> list[Span]:
    places = inside(doc, "places", sentence)
    first = places[0] if places else None
    if first is None or first.value.kind != COUNTRY:
        return []
    forces = state_forces.get(first.value.country)
    opening = doc.text[sentence.start : first.start]
    if forces is None or not _OPENS.fullmatch(opening):
        return []
    if re.match(r"['’]s\b|\s*-", doc.text[first.end : first.end + 3]):
        return []  # "Iran's Revolutionary Guards", "Iran-backed militias": someone else
    return [Span(first.start, first.end, "actor", forces)]


# Before a state's name that opens a sentence: nothing, or an article ("L'Iran", "The United
# States", "Die USA")
_OPENS = re.compile(
    rf"\W*(?:\w{{1,2}}['’]|(?:{alternation(every_language('opening_articles'))})\s+)?",
    re.IGNORECASE,
)


def _distinct_actors(spans: list[Span]) -> list[Span]:
    distinct: list[Span] = []
    for span in spans:
        if all(span.value.actor_id != s.value.actor_id for s in distinct):
            distinct.append(span)
    return distinct


def _told_it(doc: Document, actor: Span) -> bool:
    """Whether an actor is named as the report's source: "the coalition said", "a annoncé la
    coalition", "according to the coalition", "nach Angaben der Koalition"."""
    before = re.split(r"[.;:,]", doc.text[max(0, actor.start - 60) : actor.start])[-1]
    after = re.split(r"[.;:,]", doc.text[actor.end : actor.end + 40])[0]
    return bool(
        _source_pattern(doc.lang).search(before)
        or reporting_pattern(doc.lang)["after"].match(after)  # "the coalition said"
    )


@cache
def _source_pattern(lang: str | None) -> re.Pattern:
    """A word of telling or a source's, then at most three words: "uppger den USA-ledda"."""
    t = table(lang)
    told = alternation([*t.REPORTING_WORDS, *t.SOURCE_WORDS])
    return re.compile(rf"\b(?:{told})\b(?:\s+\S+){{0,3}}\s*$", re.IGNORECASE)


def role_of(actor: Span, doc: Document, sentence: Span) -> int:
    """0 for a name the words before it mark as acting, 2 as acted upon, else 1."""
    before = doc.text[max(sentence.start, actor.start - 30) : actor.start]
    before = re.split(r"[.;:,]", before)[-1]  # the same clause only
    words = role_words(doc.lang)
    if words["agent"].search(before):
        return 0
    if words["target"].search(before) or _counted(actor, doc, sentence):
        return 2
    return 1


@cache
def role_words(lang: str | None) -> dict[str, re.Pattern]:
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
        for count in inside(doc, "counts", sentence)
    )
