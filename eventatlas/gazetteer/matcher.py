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
        # Every name's opening words, so that a match grows a word at a time and stops where no
        # name goes on: most words of a text start no name, and text is read in one pass.
        self._openings = {
            " ".join(words[:n])
            for words in (key.split(" ") for key in self._ids)
            for n in range(1, len(words) + 1)
        }

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

    def _longest_at(self, text: str, tokens: tuple[Token, ...], i: int) -> tuple[Match, int] | None:
        """The longest name that starts at token `i`; of names as long, the word as written
        before the forms without its Arabic proclitics, in the order they are stripped."""
        first = tokens[i]
        # each form the first word may take → its rank among the forms of a one-word name and
        # among those of a longer one (None where it is not a form of that length)
        forms: dict[str, tuple[int | None, int | None]] = {first.key: (0, 0)}
        if first.arabic:
            alone = _without_proclitics(first.key, name_goes_on=False)
            goes_on = _without_proclitics(first.key, name_goes_on=True)
            for form in dict.fromkeys(alone + goes_on):
                forms[form] = (
                    alone.index(form) + 1 if form in alone else None,
                    goes_on.index(form) + 1 if form in goes_on else None,
                )
        capital_ok = first.arabic or first.capitalised or _opens_a_name(tokens, i)
        best: tuple[int, int, Match] | None = None  # (words, rank of its form, match)
        for head, ranks in forms.items():
            key, n = head, 1
            while key in self._openings:
                rank = ranks[0] if n == 1 else ranks[1]
                if rank is not None and (best is None or (n, -rank) > (best[0], -best[1])):
                    match = self._match(text, tokens[i : i + n], key, capital_ok)
                    if match is not None:
                        best = (n, rank, match)
                end = i + n
                if (
                    n == MAX_WORDS
                    or end >= len(tokens)
                    or tokens[end].start - tokens[end - 1].end > 2
                ):
                    break  # names do not span punctuation
                key, n = f"{key} {tokens[end].key}", n + 1
        return (best[2], best[0]) if best else None

    def _match(
        self, text: str, words: tuple[Token, ...], key: str, capital_ok: bool
    ) -> Match | None:
        ids = self._ids.get(key)
        if not ids or not (capital_ok or key in self._any_case):
            return None
        written = text[words[0].start : words[-1].end]
        if key in self._exact_case and len(words) == 1 and written not in self._exact_case[key]:
            return None
        if key in self._article_dropped and "لل" not in words[0].key[:4]:
            return None  # "وقاعدة أخرى" is "and another base", not al-Qaeda
        # an Arabic name glued to و/ب/ال… is quoted with its prefix: the word as written
        start, end = words[0].start, words[-1].end
        return Match(start, end, text[start:end], key, tuple(ids))


def _opens_a_name(tokens: tuple[Token, ...], i: int) -> bool:
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
