"""Per-language word tables for dates, numbers and events: one module per language, the same
names in each (`WEEKDAYS`, `MONTHS`, `RELATIVE_DAYS`, `NUMBER_WORDS`, `DEATH_WORDS`, `TRIGGERS`…).
Adding a language is adding a module."""

from __future__ import annotations

import importlib
import re
from functools import cache
from types import ModuleType

LANGUAGES = ("en", "fr", "de", "sv", "no", "da", "es", "it", "ar")


@cache
def table(lang: str | None) -> ModuleType:
    """The tables of `lang`, English when we have none for it."""
    return importlib.import_module(f"eventatlas.nlp.lang.{lang if lang in LANGUAGES else 'en'}")


def alternation(words) -> str:
    """A regex alternation, longest first so that "natten till" wins over "natten"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
