"""An event's date: the day its sentence says it happened, else the lead's, else the week of
publication.

Of the dates a passage names, the day something was said comes last ("the commission announced
on Monday that Saturday's election…"), and only a day within `RECENT_DAYS` before publication
(or the day after) is the event's. An earlier happening a sentence
answers is dated by its own day or by the days counted back from the event ("three days after").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventatlas.document import Document, Span
from eventatlas.extract.passages import earlier_event_pattern, inside, lead_of, reporting_pattern
from eventatlas.extract.records import Event
from eventatlas.nlp.dates import DAY, DateValue, publication_day
from eventatlas.nlp.lang import table

RECENT_DAYS = 10  # events older than this, relative to publication, are background


def set_date(event: Event, doc: Document, sentence: Span, fields: dict) -> None:
    """The recent day the sentence, else the lead, says it happened; else the week or month of
    publication."""
    published = publication_day(doc.raw.published)
    span = recent_date(happening_dates(doc, sentence), published) or recent_date(
        happening_dates(doc, lead_of(doc)), published
    )
    if span is not None:
        value: DateValue = span.value
        event.event_date = value.iso
        event.time_precision = 1 if value.precision == DAY else 3
        fields["event_date"] = [span.start, span.end]
    elif published is not None:  # the report's own date: the event is of that week
        event.event_date, event.time_precision = published.isoformat(), 2
    elif doc.raw.published and len(doc.raw.published) == 7:
        event.event_date, event.time_precision = doc.raw.published, 3


def happening_dates(doc: Document, outer: Span) -> list[Span]:
    """The dates of a passage, those of its saying last: in "the commission announced on
    Monday that Saturday's election…" the election was on Saturday."""
    dates = inside(doc, "dates", outer)
    if len(dates) < 2:
        return dates
    return sorted(dates, key=lambda span: of_saying(doc.text, outer, span, doc.lang))


def of_saying(text: str, outer: Span, span: Span, lang: str | None) -> bool:
    """Whether a date is the day something was said: "said on Monday", "Monday, officials
    said"."""
    said = reporting_pattern(lang)
    before = text[max(outer.start, span.start - 50) : span.start]
    after = text[span.end : min(outer.end, span.end + 25)]
    return bool(said["before"].search(before) or said["after"].match(after))


def recent_date(spans: list[Span], published: date | None) -> Span | None:
    for span in spans:
        value: DateValue = span.value
        if published is None:
            if value.precision == DAY:
                return span
            continue
        if (
            value.precision == DAY
            and value.day
            and (
                published - timedelta(days=RECENT_DAYS)
                <= value.day
                <= published + timedelta(days=1)
            )
        ):
            return span
    return None


def days_before(words: str, lang: str | None) -> int | None:
    """How many days before the event an EARLIER_EVENT phrase opening `words` counts back
    ("three days after": 3, "the day after": 1, "two weeks after": 14); None for one that
    counts none ("in response to")."""
    t = table(lang)
    phrase = earlier_event_pattern(lang).match(words.lstrip())
    if phrase is None:
        return None
    figure, unit = 1, None
    for word in re.findall(r"\w+", phrase.group().lower()):
        if word.isdigit():
            figure = int(word)
        elif word in t.NUMBER_WORDS:
            figure = t.NUMBER_WORDS[word]
        stems = [stem for stem in t.EARLIER_BY if word.startswith(stem)]
        if stems:
            unit = t.EARLIER_BY[max(stems, key=len)]
    return None if unit is None else figure * unit
