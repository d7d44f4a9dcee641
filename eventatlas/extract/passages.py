"""The parts of an article that the event rules read, shared by every module of `extract/`.

A field is looked for in a passage: the spans of a layer inside it (`inside`), the article's
lead (its first two sentences, `lead_of`), which a sentence naming too little leans on, and a
sentence's own part (`own_part`), up to where it turns to an earlier happening it answers, whose
day, place and toll are not its own. Words of saying (`reporting_pattern`) tell a source from an
actor and the day something was said from the day it happened. `as_source` quotes a sentence
with the offsets of the words each field came from.
"""

from __future__ import annotations

import re
from functools import cache

from eventatlas.document import Document, Span
from eventatlas.extract.records import Source
from eventatlas.nlp.lang import alternation, table


def inside(doc: Document, layer: str, outer: Span) -> list[Span]:
    return [s for s in doc.layers.get(layer, []) if outer.start <= s.start and s.end <= outer.end]


def lead_of(doc: Document) -> Span:
    return Span(0, _lead_end(doc), "lead")


def _lead_end(doc: Document) -> int:
    sentences = doc.layers.get("sentences", [])
    return sentences[min(1, len(sentences) - 1)].end if sentences else 0


def own_part(doc: Document, sentence: Span) -> Span:
    """The sentence up to where it turns to another happening it dates itself against or
    answers ("air strikes in Iraq on Thursday, retaliating for a rocket attack on Camp Taji
    that killed two"), when a place of its own comes first."""
    for earlier in earlier_event_pattern(doc.lang).finditer(doc.text, sentence.start, sentence.end):
        before = Span(sentence.start, earlier.start(), "own")
        if inside(doc, "places", before):
            return before
    return sentence


@cache
def earlier_event_pattern(lang: str | None) -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(table(lang).EARLIER_EVENT)})", re.IGNORECASE)


# Arabic puts the speaker between the verb and the day ("أعلنت هيئة الحشد الشعبي أمس"):
# up to this many words may stand between them.
WORDS_BETWEEN_SAYING_AND_DAY = {"ar": 4}


@cache
def reporting_pattern(lang: str | None) -> dict[str, re.Pattern]:
    words = alternation(table(lang).REPORTING_WORDS)
    between = WORDS_BETWEEN_SAYING_AND_DAY.get(table(lang).CODE, 1)
    return {  # "said on Monday", "أعلنت ... اليوم" / "Monday, officials said"
        "before": re.compile(rf"\b(?:{words})\b(?:\W+\w+){{0,{between}}}\W*$", re.IGNORECASE),
        "after": re.compile(rf"^\W*(?:\w+\W+){{0,2}}(?:{words})\b", re.IGNORECASE),
    }


def as_source(doc: Document, sentence: Span, fields: dict[str, list[int]]) -> Source:
    """The sentence as a source, with the offsets of the words each field came from."""
    return Source(
        doc.article_id,
        doc.lang,
        doc.raw.published,
        doc.quote(sentence),
        sentence.start,
        sentence.end,
        fields,
    )
