"""Each language's words for dates, numbers and events, as data: one folder a language (`en/`,
`ar/`…) holding `script.yaml`, `dates.yaml`, `numbers.yaml` and `events.yaml`, with the keys
`schema.yaml` declares once (file, type, what it is for), and `examples.yaml`, sentences with
what must be found in them, which run as tests. A language states only what it has; what it
leaves out is empty. Adding a language is adding a folder."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import yaml

HERE = Path(__file__).parent
# libyaml's loader where PyYAML has it: all languages' tables load in a tenth of the time
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


SCHEMA: dict[str, dict[str, str]] = _read(HERE / "schema.yaml")
LANGUAGES = tuple(sorted(folder.name for folder in HERE.iterdir() if any(folder.glob("*.yaml"))))


class LanguageTable(SimpleNamespace):
    """A language's tables, each an attribute named as its schema key in capitals
    (`table("fr").TRIGGERS`), and `CODE`."""


EXAMPLES = "examples.yaml"  # sentences and what must be found in them, run as tests
NEUTRAL = "und"  # ISO 639's "undetermined": the code of the tables of no language


@cache
def table(lang: str | None) -> LanguageTable:
    """The tables of `lang`; for a language we have none for, empty ones: what is read without
    words (digits, numeric dates, names) still is, and no other language's words are looked for
    in its text."""
    return load_table(lang if lang in LANGUAGES else NEUTRAL)


@cache
def every_language(key: str) -> tuple[str, ...]:
    """The words of a key read in any text whatever its language (`scope: every language` in
    the schema): all folders' together."""
    if SCHEMA[key].get("scope") != "every language":
        raise KeyError(f"{key!r} is read per language, not in every language's text")
    words = (word for code in LANGUAGES for word in getattr(table(code), key.upper()))
    return tuple(dict.fromkeys(words))


def load_table(code: str, folder: Path | None = None) -> LanguageTable:
    """A language's folder read against the schema: a key the schema does not declare, or
    declares for another file, or of another type, is an error that names file and key."""
    folder = folder or HERE / code  # the neutral tables' folder does not exist: all is empty
    values = {key: _empty(spec["type"]) for key, spec in SCHEMA.items()}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == EXAMPLES:
            continue
        for key, value in (_read(path) or {}).items():
            spec = SCHEMA.get(key)
            if spec is None or spec["file"] != path.stem:
                where = f"belongs in {spec['file']}.yaml" if spec else "is not in schema.yaml"
                raise ValueError(f"{path}: key {key!r} {where}")
            if type(value) is not type(values[key]):
                raise ValueError(f"{path}: {key!r} should be {spec['type']}")
            values[key] = value
    return LanguageTable(CODE=code, **{key.upper(): value for key, value in values.items()})


def _empty(kind: str) -> bool | str | list | dict:
    if kind == "flag":
        return False
    if kind == "regex":
        return ""
    return [] if kind in ("phrases", "regex list") else {}


def word_value(words: dict[str, int], written: str) -> int | None:
    """The value of the word a case-blind pattern found: the tables are lower case, yet Python
    lowers Turkish "SALI" to "sali" (the table has "salı") and "İki" to "i̇ki" with a combining
    dot, so a miss is looked up again case-blind."""
    value = words.get(written.lower())
    if value is None:
        value = next(
            (v for k, v in words.items() if re.fullmatch(re.escape(k), written, re.IGNORECASE)),
            None,
        )
    return value


def alternation(words, gap: int = 0) -> str:
    """A regex alternation, longest first so that "natten till" wins over "natten". With a
    `gap`, " * " in a phrase stands for up to that many words of one clause ("no * casualties"
    matches "no American or Iraqi casualties", "nahmen * fest" a German verb and its particle
    "nahmen am Mittwoch einen Kommandeur fest")."""
    if not words:
        return "(?!)"  # nothing to look for matches nothing, not the empty string everywhere
    between = rf"(?:\s+[^\s.,;:]+){{0,{gap}}}\s+"
    return "|".join(
        between.join(map(re.escape, w.split(" * "))) + r"\b" if gap and " * " in w else re.escape(w)
        for w in sorted(set(words), key=len, reverse=True)
    )
