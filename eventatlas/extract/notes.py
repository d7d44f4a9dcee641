"""ACLED's `notes`: one English sentence built from the event's fields."""

from __future__ import annotations

from eventatlas.extract.records import Event

VERBS = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from",
    "Chemical weapon": "used chemical weapons against",
    "Air/drone strike": "carried out an air or drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled or fired missiles at",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Grenade": "threw a grenade at",
    "Sexual violence": "committed sexual violence against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were met by",
    "Excessive force against protesters": "used excessive force against",
    "Violent demonstration": "rioted",
    "Mob violence": "attacked as a mob",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed its activity",
    "Disrupted weapons use": "disrupted weapons use by",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "took over territory without fighting from",
    "Other": "was involved in a strategic development with",
}


_OBJECT_PREPOSITIONS = (" with", " from", " on", " at", " against", " of", " by")


def notes(event: Event) -> str:
    when = f"On {event.event_date}" if event.event_date else "On an unreported date"
    who = event.actor1 or "An unidentified actor"
    verb = VERBS.get(event.sub_event_type, "was involved in an event with")
    if verb.endswith(_OBJECT_PREPOSITIONS):  # "clashed with X", or "clashed" with no X
        verb = f"{verb} {event.actor2}" if event.actor2 else verb.rsplit(" ", 1)[0]
    where = ""
    if event.location:
        near = "near " if event.geo_precision == 2 else "in "
        region = ", ".join(p for p in (event.admin1, event.country) if p and p != event.location)
        where = f" {near}{event.location}" + (f" ({region})" if region else "")
    tolls = [f"killing {event.fatalities}"] if event.fatalities else []
    tolls += [f"wounding {event.injured}"] if event.injured else []
    toll = "".join(f", {t}" for t in tolls)
    return f"{when}, {who} {verb}{where}{toll}."
