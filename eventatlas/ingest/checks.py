"""What every reader's document must satisfy before the pipeline and the store see it, whatever
read it (a file, a feed, a JSON line, a page, the HTTP API)."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from datetime import date

from eventatlas.errors import Code, InputRejected
from eventatlas.records import RawDocument

# Lone surrogates come from JSON escapes ("\ud800") and from file names that are not UTF-8; no
# UTF-8 store can hold them.
_SURROGATE = re.compile("[\ud800-\udfff]")
_GIVEN_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# Dates of news, with room on both sides; outside it, date arithmetic (story windows, a year
# either side of the corpus) would leave the calendar.
PLAUSIBLE_YEARS = range(1000, 3000)


def checked(raw: RawDocument, max_chars: int) -> RawDocument:
    """`raw` with valid Unicode everywhere, or InputRejected if its given date is no date or
    its text is over `max_chars`."""
    if len(raw.text) > max_chars:
        raise InputRejected(
            Code.TOO_LARGE,
            f"too long: {len(raw.text):,} characters of text over the {max_chars:,} limit",
        )
    changes = {
        f.name: _SURROGATE.sub("\ufffd", value)
        for f in fields(raw)
        if isinstance(value := getattr(raw, f.name), str) and _SURROGATE.search(value)
    }
    raw = replace(raw, **changes) if changes else raw
    if raw.published is not None:
        check_given_date(raw.published)
    return raw


def check_given_date(value: str) -> None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real day of a plausible year."""
    match = _GIVEN_DATE.fullmatch(value)
    try:
        if not match:
            raise ValueError
        year, month, day = (int(part) if part else 1 for part in match.groups())
        date(year, month, day)
        if year not in PLAUSIBLE_YEARS:
            raise ValueError
    except ValueError:
        raise InputRejected(
            Code.BAD_DATE,
            f"publication date {value[:40]!r} is not a day of the years "
            f"{PLAUSIBLE_YEARS.start}-{PLAUSIBLE_YEARS.stop - 1}",
        ) from None
