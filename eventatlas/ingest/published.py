"""The `published` stage: the day a report says it was written, read from its own text.

Crawled excerpts carry a header with only a month, or none at all, while the page itself says
when it was written: a dateline ("7. April 2017, 21:18 Uhr", "11:54 16/10/2017, Pazartesi",
"السبت 14 سبتمبر 2019", "25 اسد 1400" in the Persian solar calendar), a "Published:" line, or
"Today, February 6". Only such places count. A full date inside a sentence tells what happened
then, not when the report was written ("on Wednesday, Jan. 6, 2021, in Washington").

What the text states refines a month the input gave; a full date that contradicts the input's
date wins over it, and the article says so (`DatingNote`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

import jdatetime

from eventatlas.document import Document
from eventatlas.nlp.calendar import listed, month_names, solar_hijri_months, weekday_names
from eventatlas.nlp.lang import alternation
from eventatlas.records import DAY, DatingNote

HEAD_CHARS = 700  # a dateline stands before the lead or just after it
STAMP_CHARS = 3000  # a "Published" or "Updated" line may stand further down
REST_WORDS = 4  # a dateline holds little but its date: a weekday, a time, a place or outlet
FIRST_YEAR = 1990

_TIME = re.compile(
    r"(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h|ص|م|gmt|utc|cet|cest))?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_CLOCK_WORD = re.compile(r"(?:uhr|h|kl\.?|klokka|klockan|am|pm)(?!\w)", re.IGNORECASE)
_DATE_KINDS = ("iso", "numeric", "solar", "day_month", "month_day")


@dataclass(frozen=True)
class StatedDate:
    day: date
    start: int  # offsets of the date's words in the text
    end: int
    updated: bool  # from an "Updated" line: taken only when nothing else is stated


@cache
def _patterns(lang: str | None) -> dict[str, re.Pattern]:
    months = alternation(month_names(lang))
    solar = alternation(solar_hijri_months())
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?"
    year = r"(?P<year>\d{4})"
    flags = re.IGNORECASE
    return {
        "day_month": re.compile(
            rf"(?<!\w){day}\s*(?:de\s+|of\s+|d['’]\s*)?(?P<month>{months})(?!\w)\.?"
            rf"(?:,?\s*(?:de\s+|del\s+)?{year}(?!\d))?",
            flags,
        ),
        "month_day": re.compile(
            rf"(?<!\w)(?P<month>{months})(?!\w)\.?\s+{day}(?!\d),?(?:\s*{year}(?!\d))?", flags
        ),
        "numeric": re.compile(
            r"(?:(?<=\d:\d\d)|(?<!\d))(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)"
            r"(?P<year>\d{4}|\d{2})(?![\d.]\d)"
        ),
        "iso": re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
        "solar": re.compile(rf"(?<!\w){day}\s+(?P<month>{solar})\s+(?P<year>1[34]\d\d)(?!\d)"),
        "published": _opening(listed("published", lang)),
        "updated": _opening(listed("updated", lang)),
        "today": re.compile(rf"(?:{alternation(listed('today', lang))})[\s,:]*$", flags),
        "weekday": re.compile(rf"(?<!\w)(?:{alternation(weekday_names(lang))})(?!\w)", flags),
    }


def _opening(words: list[str]) -> re.Pattern:
    return re.compile(rf"^\W*(?:{alternation(words)})(?!\w)", re.IGNORECASE)


def find_stated_date(text: str, lang: str | None, given: str | None = None) -> StatedDate | None:
    """The day the report's own dateline or "Published" line gives; `given` (the input's
    `YYYY-MM` or `YYYY-MM-DD`) lends its year to "Today, February 6"."""
    patterns = _patterns(lang)
    found: list[StatedDate] = []
    for line_start, line in _lines(text[:STAMP_CHARS]):
        stamp = patterns["published"].match(line) or patterns["updated"].match(line)
        if line_start >= HEAD_CHARS and not stamp:
            continue
        for kind in _DATE_KINDS:
            for match in patterns[kind].finditer(line):
                day = _day_of(kind, match, given, lang)
                if day is None:
                    continue
                before = line[: match.start()]
                yearless = not match.group("year")
                today = bool(patterns["today"].search(before))
                if yearless and not today:
                    continue
                if not (stamp or today or _is_dateline(line, match, patterns)):
                    continue
                updated = bool(patterns["updated"].match(line)) and not patterns["published"].match(
                    line
                )
                found.append(
                    StatedDate(day, line_start + match.start(), line_start + match.end(), updated)
                )
    stated = [d for d in found if not d.updated] or found
    if stated:
        return min(stated, key=lambda d: d.start)
    return _parsed_dateline(text, lang)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
DATELINE_CHARS = 60


def _parsed_dateline(text: str, lang: str | None) -> StatedDate | None:
    """Where our rules find nothing: a short line near the top that dateparser reads, strictly
    and whole, as a day of a year ("Πέμπτη 14 Ιουλίου 2016, 22:30")."""
    for line_start, line in _lines(text[:HEAD_CHARS]):
        stripped = line.strip()
        if len(stripped) > DATELINE_CHARS or not _YEAR.search(stripped):
            continue
        parsed = _dateparser_day(stripped, lang)
        if parsed is not None:
            start = line_start + line.index(stripped)
            return StatedDate(parsed, start, start + len(stripped), updated=False)
    return None


def _dateparser_day(line: str, lang: str | None) -> date | None:
    import dateparser  # a fallback: loaded only when a report needs it

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        parsed = dateparser.parse(line, languages=[lang] if lang else None, settings=settings)
    except ValueError:  # a language dateparser does not know
        parsed = dateparser.parse(line, settings=settings)
    return _plausible(parsed.date()) if parsed else None


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _is_dateline(line: str, match: re.Match, patterns: dict[str, re.Pattern]) -> bool:
    """A date with little else on its line, or a timestamp that opens the line ("7. April 2017,
    21:18 Uhr Schweden …": the crawl glued the headline on)."""
    after = line[match.end() :]
    if not line[: match.start()].strip(" ,|/-·•") and _TIME.match(after.lstrip(" ,|/-")):
        return True
    rest = line[: match.start()] + " " + after
    rest = patterns["weekday"].sub(" ", _TIME.sub(" ", rest))
    return len(_WORD.findall(rest)) <= REST_WORDS


_STAMP_GAP = re.compile(r"[\s,|/·•-]*")


def dateline_at(line: str, lang: str | None) -> int:
    """Where the words after a date stamp that opens `line` start ("7. April 2017, 21:18 Uhr
    Schweden …" → at "Schweden"); the whole line's length when it is nothing but a stamp
    ("Updated Friday, 15th March 2019, 11:23 am", "Opdateret kl. 16.00"); else 0."""
    if not any(c.isdigit() for c in line):  # every stamp has a day, a year or a time
        return 0
    patterns = _patterns(lang)
    dated = any(patterns[k].search(line) for k in _DATE_KINDS) or _TIME.search(line)
    if not dated:
        return 0
    rest = patterns["weekday"].sub(" ", _TIME.sub(" ", line))
    for kind in _DATE_KINDS:
        rest = patterns[kind].sub(" ", rest)
    if len(_WORD.findall(rest)) <= REST_WORDS - 2:
        return len(line)
    position, moved = 0, True
    while moved:
        moved = False
        for kind in (*_DATE_KINDS, "weekday"):
            match = patterns[kind].match(line, position)
            if match and match.end() > position:
                position, moved = match.end(), True
        match = _TIME.match(line, position) or _CLOCK_WORD.match(line, position)
        if match and match.end() > position:
            position, moved = match.end(), True
        position = _STAMP_GAP.match(line, position).end()
    opened = any(patterns[k].match(line) for k in _DATE_KINDS)
    return position if opened and position < len(line) else 0


def _day_of(kind: str, match: re.Match, given: str | None, lang: str | None) -> date | None:
    groups = match.groupdict()
    try:
        day = int(groups["day"])
        if kind == "solar":
            month = solar_hijri_months()[groups["month"]]
            return _plausible(jdatetime.date(int(groups["year"]), month, day).togregorian())
        if kind in ("day_month", "month_day"):
            month = month_names(lang)[groups["month"].casefold().rstrip(".")]
        else:
            month = int(groups["month"])
        if groups.get("year"):
            year = int(groups["year"])
            year += 2000 if year < 100 else 0
        elif given:
            year = int(given[:4])
            if len(given) >= 7 and int(given[5:7]) != month:
                return None
        else:
            return None
        if kind == "numeric" and month > 12 >= day:  # "8/15/2021": month first
            day, month = month, day
        return _plausible(date(year, month, day))
    except (ValueError, KeyError):
        return None


def _plausible(day: date) -> date | None:
    return day if FIRST_YEAR <= day.year <= date.today().year + 1 else None


def reconcile(given: str | None, stated: date) -> str | None:
    """How a stated day relates to the input's date: None when they agree."""
    iso = stated.isoformat()
    if not given:
        return "stated"
    if iso == given:
        return None
    return "refines" if iso.startswith(given) else "overrides"


class PublishedFromText:
    """Sets the report's publication day from its own text where it states one."""

    name = "published"
    requires = ("text", "lang")
    assigns = ("published",)

    def __call__(self, doc: Document) -> Document:
        given = doc.raw.published
        if given and len(given) == 10 and doc.raw.format != "txt":
            return doc  # a page's or feed's own metadata gives the day
        stated = find_stated_date(doc.text, doc.lang, given)
        how = reconcile(given, stated.day) if stated else None
        if stated is None or how is None:
            return doc
        doc.raw = replace(doc.raw, published=stated.day.isoformat(), published_precision=DAY)
        words = doc.text[stated.start : stated.end]
        doc.dating = DatingNote(doc.raw.locator, how, words, stated.day.isoformat(), given)
        return doc
