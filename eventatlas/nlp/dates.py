"""The `dates` stage: date expressions, resolved against the publication date, with precision.

Rules per language read the word tables in `nlp/lang/`: weekdays ("on Friday", "fredag i forrige
uke", "natt til lørdag"), relative days ("yesterday", "i går", "hier", "أمس"), day and month
("May 1", "1. Mai", "23 mars", "٢٣ آذار"), a month alone ("i januari"), a year after a year word
("in 2014"). A weekday is the latest such day on or before publication; a day and month without
a year is the latest such date not after publication. Bare numbers are never years, so "5000
soldiers" or "99,5" do not become dates (dateparser's failure on our texts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from eventatlas.document import Document, Span
from eventatlas.nlp.lang import alternation, every_language, table, word_value

DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"


@dataclass(frozen=True)
class DateValue:
    day: date | None  # the day when known (precision day or week: the week's reference day)
    year: int
    month: int | None
    precision: str  # day | week | month | year
    relative: bool  # resolved against the publication date

    @property
    def iso(self) -> str:
        if self.precision in (DAY, WEEK) and self.day:
            return self.day.isoformat()
        if self.precision == MONTH:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@cache
def _patterns(lang: str) -> dict[str, re.Pattern]:
    t = table(lang)
    latin = lang != "ar"
    suffix = r"\w*" if latin else ""  # "lördagskvällen", "Samstagabend"
    weekday = f"(?P<weekday>{alternation(t.WEEKDAYS)}){suffix}"
    month = f"(?P<month>{alternation(t.MONTHS)})"
    day = r"(?P<day>\d{1,2})(?:er|st|nd|rd|th|\.)?"
    year = r"(?:,?\s*(?P<year>\d{4}))?"
    b = r"\b"
    return {
        "weekday": re.compile(
            rf"{b}(?:(?P<night>{alternation(t.NIGHT_BEFORE)})\s+)?{weekday}"
            rf"(?:\s+(?P<previous>{alternation(t.PREVIOUS_WEEK)}))?{b}",
            re.IGNORECASE,
        ),
        "day_month": re.compile(rf"{b}{day}\s*(?:de\s+|of\s+)?{month}{year}{b}", re.IGNORECASE),
        "month_day": re.compile(rf"{b}{month}\s+{day}{year}{b}", re.IGNORECASE),
        "month": re.compile(rf"{b}{month}(?:\s+(?P<year>\d{{4}}))?{b}", re.IGNORECASE),
        "year": re.compile(
            rf"{b}(?:{alternation(t.YEAR_PREFIXES)})\s+(?P<year>(?:19|20)\d\d){b}", re.IGNORECASE
        ),
        "relative": re.compile(
            rf"{b}(?P<relative>{alternation(t.RELATIVE_DAYS)}){b}"
            + (rf"(?!\s+(?:{alternation(t.SAME_DAY_AFTER)}))" if t.SAME_DAY_AFTER else ""),
            re.IGNORECASE,
        ),
        "ago": re.compile(rf"{b}(?P<ago>{alternation(t.WEEKS_AGO)}){b}", re.IGNORECASE),
        "iso": re.compile(r"\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"),
        # a bare year only where nothing else reads it, and never glued to other digits
        "bare_year": re.compile(r"(?<![\d.,])\b(?P<year>(?:19|20)\d\d)\b(?![.,]?\d)"),
    }


def find_dates(text: str, lang: str | None, published: date | None) -> list[Span]:
    """Date mentions in `text`, longest first where they overlap."""
    t = table(lang)
    found: list[Span] = []
    taken: list[tuple[int, int]] = []
    patterns = _patterns(t.CODE)
    for kind in (
        "iso",
        "day_month",
        "month_day",
        "ago",
        "weekday",
        "relative",
        "month",
        "year",
        "bare_year",
    ):
        for match in patterns[kind].finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            value = _resolve(kind, match, t, published)
            if value is not None:
                found.append(Span(match.start(), match.end(), "date", value))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda s: s.start)


def _resolve(kind: str, match: re.Match, t, published: date | None) -> DateValue | None:
    groups = match.groupdict()
    if groups.get("month") and t.MONTHS_CAPITALISED and groups["month"][:1].islower():
        return None  # "they may return", "a protest march": a word, not the month
    if kind == "iso":
        value = date.fromisoformat(groups["iso"])
        return DateValue(value, value.year, value.month, DAY, False)
    if kind in ("year", "bare_year"):
        return DateValue(None, int(groups["year"]), None, YEAR, False)
    if kind == "month":
        month = word_value(t.MONTHS, groups["month"])
        if not groups.get("year") and groups["month"].lower() in t.NUMBER_WORDS:
            return None  # "sept morts": seven dead, not September
        if groups.get("year"):
            return DateValue(None, int(groups["year"]), month, MONTH, False)
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
        return DateValue(None, year, month, MONTH, True)
    if kind in ("day_month", "month_day"):
        month, day = word_value(t.MONTHS, groups["month"]), int(groups["day"])
        try:
            if groups.get("year"):
                value = date(int(groups["year"]), month, day)
                return DateValue(value, value.year, month, DAY, False)
            if published is None:
                return None
            value = date(published.year, month, day)
            if value > published + timedelta(days=1):
                value = date(published.year - 1, month, day)
        except ValueError:
            return None  # "31 February", or a number that only looked like a day
        return DateValue(value, value.year, month, DAY, True)
    if published is None:
        return None
    if kind == "ago":  # "two weeks ago" is known to the week, not the day
        value = published - timedelta(days=word_value(t.WEEKS_AGO, groups["ago"]))
        return DateValue(value, value.year, value.month, WEEK, True)
    if kind == "relative":
        value = published + timedelta(days=word_value(t.RELATIVE_DAYS, groups["relative"]))
        return DateValue(value, value.year, value.month, DAY, True)
    weekday = word_value(t.WEEKDAYS, groups["weekday"])
    if groups.get("previous"):
        monday = published - timedelta(days=published.weekday())
        value = monday - timedelta(days=7) + timedelta(days=weekday)
    else:
        value = published - timedelta(days=(published.weekday() - weekday) % 7)
    if groups.get("night"):
        value += timedelta(days=word_value(t.NIGHT_BEFORE, groups["night"]))
    return DateValue(value, value.year, value.month, DAY, True)


def pinned_day(text: str, lang: str | None, years: range) -> tuple[date, str] | None:
    """For a report without a date: a weekday written with its day and month ("Friday, May 1",
    "vendredi 1er mai", "fredag 1. mai") holds in only some years; when exactly one year of
    `years` fits every such mention, the day the first names, and the words that pinned it."""
    t = table(lang)
    patterns = _patterns(t.CODE)
    fits = set(years)
    mentions: list[tuple[int, int, str]] = []  # month, day, words
    for weekday in patterns["weekday"].finditer(text):
        if weekday.group("night") or weekday.group("previous"):
            continue
        for kind in ("day_month", "month_day"):
            named = patterns[kind].match(text, _after_separator(text, weekday.end()))
            if named is None or named.group("year"):
                continue
            month, day = word_value(t.MONTHS, named.group("month")), int(named.group("day"))
            wanted = word_value(t.WEEKDAYS, weekday.group("weekday"))
            fits &= {y for y in years if _weekday_of(y, month, day) == wanted}
            mentions.append((month, day, text[weekday.start() : named.end()]))
            break
    if not mentions or len(fits) != 1:
        return None
    month, day, words = mentions[0]
    return date(fits.pop(), month, day), words


_SEPARATOR = re.compile(rf"[\s,]*(?:(?:{alternation(every_language('date_connectors'))})\s+)?")


def _after_separator(text: str, position: int) -> int:
    """Past the comma, "den", "le", "the" between a weekday and its date."""
    gap = _SEPARATOR.match(text[position : position + 16])
    return position + (gap.end() if gap else 0)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def publication_day(published: str | None) -> date | None:
    if published and len(published) == 10:
        return date.fromisoformat(published)
    return None


class FindDates:
    name = "dates"
    requires = ("text", "lang")
    assigns = ("dates",)

    def __call__(self, doc: Document) -> Document:
        doc.layers["dates"] = find_dates(doc.text, doc.lang, publication_day(doc.raw.published))
        return doc
