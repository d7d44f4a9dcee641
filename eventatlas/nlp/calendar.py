"""Month and weekday names in any language: CLDR's (through Babel) joined with our own tables.

Our word tables (`nlp/lang/`) cover nine languages with the forms the press uses; CLDR covers
every other language a report may come in (Turkish "16 Ekim", Polish "19 grudnia", Russian
"14 июля"), so that a date written in words is read whatever the language. English is always
added: datelines in English stand on pages of every language.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from babel import Locale, UnknownLocaleError

from eventatlas.nlp.lang import LANGUAGES, table

_WORDS = Path(__file__).with_name("calendar_words.yaml")
# what CLDR glues before a month name in some languages: Catalan "de gener", "d’abril"
_PARTICLE = re.compile(r"^(?:de |d['’])")


@cache
def words() -> dict:
    return yaml.safe_load(_WORDS.read_text(encoding="utf-8"))


def _cldr(lang: str):
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return None


def _lowered(names: dict[int, str]) -> dict[str, int]:
    found = {}
    for number, name in names.items():
        name = _PARTICLE.sub("", name.casefold())
        found[name] = number
        found[name.rstrip(".")] = number
    return found


@cache
def month_names(lang: str | None) -> dict[str, int]:
    """Lower-case month name or abbreviation → month number (1-12)."""
    return _names(lang, "MONTHS", "months")


@cache
def weekday_names(lang: str | None) -> dict[str, int]:
    """Lower-case weekday name → Monday 0 … Sunday 6."""
    return _names(lang, "WEEKDAYS", "days")


def _names(lang: str | None, ours: str, cldr: str) -> dict[str, int]:
    """Our table `ours` and CLDR's `cldr` names (both contexts, wide and abbreviated), for
    English and `lang`."""
    names: dict[str, int] = {}
    for code in dict.fromkeys(["en", lang or "en"]):
        if code in LANGUAGES:
            names.update(getattr(table(code), ours))
        locale = _cldr(code)
        if locale is None:
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names.update(_lowered(getattr(locale, cldr)[context][width]))
    return {name: number for name, number in names.items() if len(name) >= 3}


def solar_hijri_months() -> dict[str, int]:
    """The Persian solar calendar's months, by their Iranian and their Afghan (Dari) names."""
    months = words()["solar_hijri_months"]
    return {name: number for number, names in months.items() for name in names}


def listed(key: str, lang: str | None) -> list[str]:
    """Words of `key` in `calendar_words.yaml` for `lang` and English."""
    entry = words()[key]
    return sorted({w for code in ("en", lang or "en") for w in entry.get(code, [])})
