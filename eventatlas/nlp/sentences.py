"""The `sentences` stage: sentence spans over the fixed text.

A rule splitter is enough for news prose: ends at . ! ? ؟ followed by space and a capital or a
non-Latin letter, never after a lone initial or a number's dot (German "1. Mai"), and always at a
paragraph break. Quotes may close and open around the break in any of the ways wires and
tokenised corpora write them (”, », '', `` , „), so a quoted sentence is not run into the next.
"""

from __future__ import annotations

import re

from eventatlas.document import Document, Span
from eventatlas.nlp.lang import alternation, every_language

_BOUNDARY = re.compile(
    r"(?<=[.!?؟])(?P<closing>(?:\s?[\"'’»”)]+)?)\s+(?=[\"'‘`«“„(]*\s?[^\W\d_])|\n\s*\n"
)
_NO_BREAK_BEFORE = re.compile(
    rf"(\b[A-Z\u00c0-\u00de]|\b\d{{1,2}}|\b(?:{alternation(every_language('abbreviations'))}))\.$"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for boundary in _BOUNDARY.finditer(text):
        candidate = text[start : boundary.start() + len(boundary["closing"] or "")].rstrip()
        if "\n" not in boundary.group() and _NO_BREAK_BEFORE.search(candidate):
            continue
        if candidate.strip():
            spans.append((start, start + len(candidate)))
        start = boundary.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


class SplitSentences:
    name = "sentences"
    requires = ("text",)
    assigns = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        doc.layers["sentences"] = [Span(a, b, "sentence") for a, b in split_sentences(doc.text)]
        return doc
