"""ACLED's coding rules, once an event's actors and place are known.

Who takes territory decides between the two territory sub-types, an attack on an armed group is
a battle, an armed clash that hits civilians is an attack on them, a protest with dead met
excessive force. Actors kept per country ("Civilians (Iraq)") are the event's country's,
protesters come first and the force that met them second, and protesters who riot are rioters.
ACLED codes no event without an actor: violence with no named perpetrator is an unidentified
armed group's, an unnamed crowd is its country's protesters or rioters, and a development no one
is named for (an election held) is the government's of the place.
"""

from __future__ import annotations

import re

from eventatlas.document import Document, Span
from eventatlas.extract.actors import STATE_TYPES, role_of
from eventatlas.extract.classify import trigger_hits
from eventatlas.extract.notes import notes
from eventatlas.extract.passages import inside
from eventatlas.extract.records import Event
from eventatlas.gazetteer.actors import Actor, ActorGazetteer

TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
ARMED_TYPES = {1, 2, 3, 4, 8}  # state forces, rebels, militias, external forces: not civilians
# The event types that are violence, which has a perpetrator even when no one is named
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
CROWDS = {"Protests": ("Protesters", 6), "Riots": ("Rioters", 5)}
UNORGANISED_TYPES = {5, 6, 7}  # rioters, protesters, civilians: named by their country


def territory_taken_by(inter: int) -> str:
    """ACLED's territory sub-type by who took the place: a state's forces (or militias allied
    to them) regain it, anyone else overtakes it."""
    return TERRITORY[0] if inter in STATE_TYPES else TERRITORY[1]


def acled_type_by_actors(event: Event, civilians_targeted: bool) -> None:
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


def targets_civilians(doc: Document, sentence: Span) -> bool:
    """Civilians named as the side acted upon: "against civilians", "ten villagers were
    killed", or right after the deed's word ("attacked civilians", "angrep sivile")."""
    deeds = trigger_hits(doc.quote(sentence), doc.lang).values()
    return any(
        actor.value.inter == 7
        and (
            role_of(actor, doc, sentence) == 2
            or any(0 <= actor.start - sentence.start - end <= 12 for _, end in deeds)
        )
        for actor in inside(doc, "actors", sentence)
    )


def actors_of_the_place(
    event: Event, actor_named: dict[str, Actor], country_names: set[str]
) -> None:
    """Actors kept per country ("Civilians (Iraq)", "Protesters (Syria)") are the event's
    country's: the villagers of Sweida are Syria's civilians, a march in Paris is
    "Protesters (France)"."""
    for number in (1, 2):
        name = getattr(event, f"actor{number}")
        bracket = re.fullmatch(r"(.+) \((.+)\)", name or "")
        if not bracket or not event.country or bracket[2] not in country_names:
            continue
        local = actor_named.get(f"{bracket[1]} ({event.country})")
        if local is not None:
            setattr(event, f"actor{number}", local.name)
            setattr(event, f"inter{number}", local.inter)
        elif getattr(event, f"inter{number}") in UNORGANISED_TYPES:
            # ACLED names them by country everywhere: "Protesters (France)" needs no entry
            setattr(event, f"actor{number}", f"{bracket[1]} ({event.country})")


def protest_roles(
    event: Event,
    fields: dict,
    actor_named: dict[str, Actor],
    state_forces: dict[str, Actor],
    country_codes: dict[str, str],
) -> None:
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
        force = actor_named.get(f"Police Forces of {country}") or state_forces.get(
            country_codes.get(country)
        )
        if force is not None:
            event.actor2, event.inter2 = force.name, force.inter
            if "sub_event_type" in fields:
                fields["actor2"] = fields["sub_event_type"]


def unidentified_perpetrator(event: Event) -> None:
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


def government_at_home(event: Event, actors: ActorGazetteer | None) -> None:
    """A development no one is named for (an election held, a curfew declared) is the
    government's of the place: "Kurds voted in a referendum in Erbil" is the Kurdistan
    Regional Government's, "the parliamentary election on Saturday" Iraq's."""
    if event.actor1 is not None or event.sub_event_type != "Other" or actors is None:
        return
    government = actors.government(event.iso3, event.admin1)
    if government is not None:
        event.actor1, event.inter1 = government.name, government.inter
        event.notes = notes(event)
