"""Disasters and accidents: a fire, an earthquake or a plane crash kills people, yet is no act of
political violence, and ACLED codes none. Their tolls must not become events: a sentence that
names one is not read as a happening of its own, and in a report that opens on one the tolls
no violent sentence claims are the disaster's. The words are data (`data/disasters.yaml`)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from eventatlas.extract.classify import EVENT_TYPE, trigger_hits
from eventatlas.nlp.lang import alternation, table

WORDS = Path(__file__).with_name("data") / "disasters.yaml"
# The types that are violence; a protest trigger beside a disaster word is people fleeing
# their houses into the street, a development (an arrest, a curfew) may follow any disaster.
VIOLENT_TYPES = {
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Riots",
}


COMPOUND_TAIL = 5  # shorter words end too many compounds that mean something else


@cache
def _data() -> dict:
    return yaml.safe_load(WORDS.read_text(encoding="utf-8"))


@cache
def _pattern(lang: str | None) -> re.Pattern | None:
    words = _data()["words"].get(lang or "")
    if not words:
        return None
    prefix = table(lang).WORD_PREFIX  # Arabic clitics: "والحريق"
    whole = rf"\b{prefix}(?:{alternation(words)})\b"
    tails = [w for w in words if len(w) >= COMPOUND_TAIL and " " not in w]
    if lang in _data()["compounding"] and tails:
        whole += rf"|\w(?:{alternation(tails)})\b"
    return re.compile(whole, re.IGNORECASE)


def names_a_disaster(text: str, lang: str | None) -> bool:
    pattern = _pattern(lang)
    return bool(pattern and pattern.search(text))


def tells_violence(text: str, lang: str | None) -> bool:
    """Whether a trigger of a violent type is in `text` (a language without tables has none)."""
    return any(EVENT_TYPE.get(sub) in VIOLENT_TYPES for sub in trigger_hits(text, lang))


def of_a_disaster(text: str, lang: str | None) -> bool:
    """A sentence or an opening that names a disaster and tells no violence."""
    return names_a_disaster(text, lang) and not tells_violence(text, lang)
