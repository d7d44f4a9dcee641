"""Longest-match lookup of multi-word names over tokenised text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from eventatlas.gazetteer.normalize import (
    ARABIC_PROCLITICS,
    NAME_PARTICLES,
    Token,
    name_key,
    tokenize,
)

MAX_WORDS = 6


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    key: str
    ids: tuple[str, ...]  # every entry that has this name


class NameMatcher:
    """name key → entry ids. A Latin-script name written with a capital in the data must start
    with a capital in the text (so "Les" the Albanian town is not every French "les"); short
    all-capital abbreviations (IS, EI, SDF) must match their case exactly."""

    def __init__(self, names: Iterable[tuple[str, str]]):
        self._ids: dict[str, list[str]] = {}
        self._exact_case: dict[str, set[str]] = {}
        self._any_case: set[str] = set()  # keys of names the data writes in lower case
        self._article_dropped: set[str] = set()  # "موصل" of "الموصل": only after "لل"
        for name, entry_id in names:
            key = name_key(name)
            if not key:
                continue
            if name[:1].islower():
                self._any_case.add(key)
            ids = self._ids.setdefault(key, [])
            if entry_id not in ids:
                ids.append(entry_id)
            if _is_abbreviation(name):
                self._exact_case.setdefault(key, set()).add(name)
            if key.startswith("ال") and " " not in key and len(key) > 4:
                # Arabic: "لل" writes "for the" with the article's alif dropped ("للموصل")
                if key[2:] not in self._ids:
                    self._article_dropped.add(key[2:])
                bare = self._ids.setdefault(key[2:], [])
                if entry_id not in bare:
                    bare.append(entry_id)
            self._article_dropped.discard(key)
        # most words of a text start no name: one look-up instead of MAX_WORDS joins each
        self._first_words = {key.split(" ", 1)[0] for key in self._ids}

    def __len__(self) -> int:
        return len(self._ids)

    def find(self, text: str) -> list[Match]:
        tokens = tokenize(text)
        matches: list[Match] = []
        i = 0
        while i < len(tokens):
            match = self._longest_at(text, tokens, i)
            if match is None:
                i += 1
                continue
            matches.append(match[0])
            i += match[1]
        return matches

    def _longest_at(self, text: str, tokens: list[Token], i: int) -> tuple[Match, int] | None:
        first = tokens[i]
        if first.key not in self._first_words and not (
            first.arabic
            and any(
                form in self._first_words
                for goes_on in (False, True)
                for form in _without_proclitics(first.key, goes_on)
            )
        ):
            return None
        capital_ok = first.arabic or first.capitalised or _opens_a_name(tokens, i)
        for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
            words = tokens[i : i + n]
            if any(b.start - a.end > 2 for a, b in zip(words, words[1:], strict=False)):
                continue  # names do not span punctuation
            keys = [" ".join(t.key for t in words)]
            if first.arabic:
                keys += [
                    proclitic_free + keys[0][len(first.key) :]
                    for proclitic_free in _without_proclitics(first.key, n > 1)
                ]
            for key in keys:
                ids = self._ids.get(key)
                if not ids or not (capital_ok or key in self._any_case):
                    continue
                written = text[words[0].start : words[-1].end]
                if key in self._exact_case and n == 1 and written not in self._exact_case[key]:
                    continue
                if key in self._article_dropped and "لل" not in first.key[:4]:
                    continue  # "وقاعدة أخرى" is "and another base", not al-Qaeda
                # an Arabic name glued to و/ب/ال… is quoted with its prefix: the word as written
                start, end = words[0].start, words[-1].end
                return Match(start, end, text[start:end], key, tuple(ids)), n
        return None


def _opens_a_name(tokens: list[Token], i: int) -> bool:
    return (
        tokens[i].key in NAME_PARTICLES
        and i + 1 < len(tokens)
        and tokens[i + 1].capitalised
        and tokens[i + 1].start - tokens[i].end <= 1
    )


def _without_proclitics(key: str, name_goes_on: bool = False) -> list[str]:
    """وبالموصل → بالموصل, الموصل, موصل: conjunctions and prepositions glued to a name. The
    first word of a longer name may be short ("وتل أبيض" → "تل أبيض")."""
    forms, rest = [], key
    shortest = 2 if name_goes_on else 3
    while len(rest) > shortest and rest[0] in ARABIC_PROCLITICS:
        rest = rest[1:]
        forms.append(rest)
    if rest.startswith("ال") and len(rest) > 4:
        forms.append(rest[2:])
    return forms


def _is_abbreviation(name: str) -> bool:
    letters = name.replace(".", "").replace("-", "")
    return (
        len(letters) <= 5 and letters.isalpha() and letters.upper() == letters and letters.isascii()
    )
