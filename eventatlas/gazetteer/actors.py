"""Actors: canonical names, ACLED actor types and aliases in many languages, from `actors.yaml`
and, optionally, a user's own file in the same format."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from eventatlas.gazetteer.matcher import Match, NameMatcher

ACTORS_YAML = Path(__file__).with_name("actors.yaml")


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    inter: int
    country: str | None  # ISO alpha-3
    parent: str | None
    governs: tuple[str, ...] = ()  # the provinces a regional government holds


class ActorGazetteer:
    def __init__(self, entries: list[dict]):
        self.actors: dict[str, Actor] = {}
        names: list[tuple[str, str]] = []
        for entry in entries:
            actor = Actor(
                entry["id"],
                entry["name"],
                int(entry["inter"]),
                entry.get("country"),
                entry.get("parent"),
                tuple(entry.get("governs", ())),
            )
            self.actors[actor.actor_id] = actor
            if entry.get("name_in_text", True):  # "United Nations" alone is mostly a source
                names.append((actor.name, actor.actor_id))
            names += [(a, actor.actor_id) for aliases in entry["aliases"].values() for a in aliases]
        self.matcher = NameMatcher(names)
        self.name_count = len(names)
        self.named = {actor.name: actor for actor in self.actors.values()}  # canonical names

    def find(self, text: str) -> list[tuple[Match, list[Actor]]]:
        return [(m, [self.actors[i] for i in m.ids]) for m in self.matcher.find(text)]

    def by_name(self, name: str) -> Actor | None:
        """The actor a canonical or alias name stands for (the first one, if shared)."""
        canonical = self.named.get(name.strip())
        if canonical is not None:  # "Civilians (Iraq)": the matcher reads names, not brackets
            return canonical
        found = self.matcher.find(name)
        if len(found) == 1 and found[0].text == name.strip():
            return self.actors[found[0].ids[0]]
        return None

    def state_forces(self, iso3: str) -> Actor | None:
        """A state's own armed forces ("Military Forces of Iran"), which ACLED names for a
        state that acts ("Iran fired missiles")."""
        return next(
            (
                a
                for a in self.actors.values()
                if a.country == iso3
                and a.inter in (1, 8)  # at home, or abroad (ACLED's external forces)
                and a.parent is None
                and a.name.startswith("Military Forces of")
            ),
            None,
        )

    def government(self, iso3: str | None, admin1: str | None) -> Actor | None:
        """The government that holds a place: a regional one where it governs the province
        (Erbil's is the Kurdistan Regional Government), else the country's."""
        governments = [
            a
            for a in self.actors.values()
            if a.country == iso3 and a.parent is None and a.inter == 1
        ]
        regional = next((a for a in governments if admin1 and admin1 in a.governs), None)
        national = next((a for a in governments if a.name.startswith("Government of")), None)
        return regional or national


@cache
def load_actors(extra: tuple[Path, ...] = ()) -> ActorGazetteer:
    entries = yaml.safe_load(ACTORS_YAML.read_text("utf-8"))
    for path in extra:
        entries += yaml.safe_load(Path(path).read_text("utf-8"))
    return ActorGazetteer(entries)
