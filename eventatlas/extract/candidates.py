"""Which sentences may tell an event, and which reports are of a disaster.

A sentence is a candidate when it has an event trigger word, a count of dead or wounded, or (in
a language without word tables) an actor and a place. Background is skipped: a sentence dated
only to well before publication ("in 2014 the group seized Mosul", "a week ago"), one told with
a disaster's words ("the fire killed six"), and one that speaks of a trend without a day of its
own. A report that opens on a disaster, and every report of a story most of whose reports do,
has its tolls read as the disaster's, never by the model as violence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from eventatlas.document import Document, Span
from eventatlas.extract.classify import trigger_hits
from eventatlas.extract.dating import RECENT_DAYS
from eventatlas.extract.disasters import of_a_disaster
from eventatlas.extract.passages import inside, lead_of
from eventatlas.nlp.dates import DAY, MONTH, WEEK, DateValue, publication_day
from eventatlas.nlp.lang import LANGUAGES, alternation, table
from eventatlas.nlp.numbers import DEATHS, INJURED


@dataclass
class Candidate:
    doc: Document
    sentence: Span
    index: int  # sentence number in the article


def find_candidates(doc: Document) -> list[Candidate]:
    published = publication_day(doc.raw.published)
    found = []
    for index, sentence in enumerate(doc.layers.get("sentences", [])):
        text = doc.quote(sentence)
        counts = [s for s in inside(doc, "counts", sentence) if s.value.counts in (DEATHS, INJURED)]
        # without word tables for the language, a named actor and place make a candidate
        named = doc.lang not in LANGUAGES and bool(
            inside(doc, "actors", sentence) and inside(doc, "places", sentence)
        )
        if not (named or trigger_hits(text, doc.lang) or counts):
            continue
        if of_a_disaster(text, doc.lang):  # "the fire killed six": no one's violence
            continue
        dates = inside(doc, "dates", sentence)
        if _is_background(dates, published):
            continue
        if _speaks_of_a_trend(text, doc.lang) and not any(d.value.precision == DAY for d in dates):
            continue
        found.append(Candidate(doc, sentence, index))
    return found


def _is_background(dates: list[Span], published: date | None) -> bool:
    """Dated, and every date in it is well before publication."""
    if not dates or published is None:
        return False
    return all(_before(span.value, published) for span in dates)


def _before(value: DateValue, published: date) -> bool:
    if value.precision == WEEK and value.day:  # "a week ago": looking back, not news
        return value.day <= published - timedelta(days=7)
    if value.precision == DAY and value.day:
        return value.day < published - timedelta(days=RECENT_DAYS)
    if value.precision == MONTH:
        # last month's news is still news in the first days of this one
        recent = published - timedelta(days=RECENT_DAYS)
        return (value.year, value.month) < (recent.year, recent.month)
    return value.year < published.year


@cache
def _trend_pattern(lang: str) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(table(lang).TREND_WORDS)})\b", re.IGNORECASE)


def _speaks_of_a_trend(text: str, lang: str | None) -> bool:
    return bool(_trend_pattern(table(lang).CODE).search(text))


def disaster_reports(docs: dict[str, Document], story_of: dict[str, str]) -> set[str]:
    """The reports that open on a disaster, and all reports of a story most of whose reports
    do: one that opens on the toll alone ("a flight falls in the Alps, 150 dead") is of the
    same disaster."""
    found = {article_id for article_id, doc in docs.items() if _opens_on_a_disaster(doc)}
    stories: dict[str, list[str]] = defaultdict(list)
    for article_id in docs:
        stories[story_of.get(article_id, article_id)].append(article_id)
    for members in stories.values():
        if 2 * len(found.intersection(members)) > len(members):
            found.update(members)
    return found


def _opens_on_a_disaster(doc: Document) -> bool:
    """Whether the headline and lead tell of a disaster or an accident, and of no violence."""
    return of_a_disaster(f"{doc.title or ''}\n{doc.quote(lead_of(doc))}", doc.lang)
