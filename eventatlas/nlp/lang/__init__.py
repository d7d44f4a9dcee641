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


def alternation(words, gap: int = 0) -> str:
    """A regex alternation, longest first so that "natten till" wins over "natten". With a
    `gap`, " * " in a phrase stands for up to that many words of one clause ("no * casualties"
    matches "no American or Iraqi casualties", "nahmen * fest" a German verb and its particle
    "nahmen am Mittwoch einen Kommandeur fest")."""
    between = rf"(?:\s+[^\s.,;:]+){{0,{gap}}}\s+"
    return "|".join(
        between.join(map(re.escape, w.split(" * "))) + r"\b" if gap and " * " in w else re.escape(w)
        for w in sorted(set(words), key=len, reverse=True)
    )
