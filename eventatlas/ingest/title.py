"""The `title` stage: the headline of a report whose input gave none, found in its text.

Real excerpts seldom start with a clean title line: the headline stands after menus, a weather
widget, the outlet's section, a byline or a dateline, and is often followed by the lead on the
next line without a blank line between. A careful reader takes the first short line before the
lead that reads as a headline: a few words, not a sentence ended by a full stop, not a byline,
a photo credit, a dateline, a menu item or a section name (one or two words), nor one of a run
of other headlines (a sidebar). Where none stands before the lead there is no title.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from eventatlas.document import Document
from eventatlas.ingest.published import REST_WORDS, dateline_at
from eventatlas.nlp.lang import alternation

_WORDS = Path(__file__).with_name("page_words.yaml")
HEAD_LINES = 14
MIN_WORDS, MAX_WORDS, MAX_CHARS = 3, 30, 220
MIN_WORDS_ALONE = 2  # the text's first line, a paragraph of its own: "Rawa retaken"
LEAD_CHARS = 80  # a line this long that ends a sentence is the lead: the headline came before
SIDEBAR_RUN = 4  # this many headline-like lines in a row are a list of other stories
_WORD = re.compile(r"[^\W_]+")
_FURNITURE = re.compile(r"\A[^\W_][\w'’.-]*\s*\n\n")
_BULLET = re.compile(r"^\s*[•*·▪◦-]\s")


@cache
def _page_words(lang: str | None) -> dict[str, re.Pattern]:
    words = yaml.safe_load(_WORDS.read_text(encoding="utf-8"))
    bylines = {w for code in ("en", lang or "en") for w in words["byline"].get(code, [])}
    sections = words["section"].get(lang or "", [])
    return {
        # a section's name, then a headline of at least three words that opens as one
        "section": re.compile(
            rf"^(?i:{alternation(sections)})\s+(?=[^\W\d_a-z]\S*(?:\s+\S+){{2,}})"
        ),
        "byline": re.compile(rf"^(?:{alternation(bylines)})\s+\S", re.IGNORECASE),
        "credit": re.compile(alternation(words["credit"]), re.IGNORECASE),
        "navigation": re.compile(rf"^(?:{alternation(words['navigation'])})", re.IGNORECASE),
    }


def find_title(text: str, lang: str | None) -> tuple[int, int] | None:
    """Offsets of the headline's words in `text`, or None."""
    lines = _head_lines(text)
    words = _page_words(lang)
    kinds = [
        _kind(text[start:end], lang, words, alone=n == 0 and text[end : end + 2] == "\n\n")
        for n, (start, end) in enumerate(lines)
    ]
    for i, ((start, end), kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind == "lead":
            return None
        if kind != "headline" or i == len(lines) - 1 and end >= len(text.rstrip()):
            continue
        if _in_sidebar(i, lines, kinds, text):
            continue
        start += dateline_at(text[start:end], lang)
        section = words["section"].match(text, start, end)
        return (section.end() if section else start, end)
    return None


def lead(text: str, lang: str | None, chars: int, skip: str | None = None) -> str:
    """The report's opening words, about `chars` of them, without the page's furniture
    (menus, bylines, datelines, captions) and without the line `skip` (its headline)."""
    words = _page_words(lang)
    kept: list[str] = []
    for start, end in _head_lines(text):
        line = text[start:end]
        if line == skip or _kind(line, lang, words, alone=False) == "furniture":
            continue
        kept.append(line)
        if sum(map(len, kept)) >= chars:
            break
    return " ".join(kept)[:chars]


def _head_lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            offset = start + line.index(stripped)
            spans.append((offset, offset + len(stripped)))
            if len(spans) == HEAD_LINES:
                break
        start += len(line) + 1
    return spans


def _kind(line: str, lang: str | None, words: dict[str, re.Pattern], alone: bool) -> str:
    """`lead`, `headline`, `furniture` (the page's: a byline, a credit, a dateline, a menu, a
    section's name) or `other` (a caption, a subhead, a list item)."""
    stamp = dateline_at(line, lang)
    if stamp:
        line = line[stamp:].strip()
    count = len(_WORD.findall(line))
    if line.endswith((".", "!", "…")) and len(line) >= LEAD_CHARS or len(line) > 2 * MAX_CHARS:
        return "lead"
    if (
        count < MIN_WORDS_ALONE
        or "http" in line
        or words["byline"].match(line)
        and count <= REST_WORDS + 1
        or words["credit"].search(line)
        or words["navigation"].match(line)
    ):
        return "furniture"
    if (
        count < (MIN_WORDS_ALONE if alone else MIN_WORDS)
        or count > MAX_WORDS
        or len(line) > MAX_CHARS
        or line.endswith((".", ":", "?", "…"))
        or _BULLET.match(line)
    ):
        return "other"
    return "headline"


def _in_sidebar(i: int, lines, kinds: list[str], text: str) -> bool:
    """Whether line `i` stands in a run of distinct headline-like lines (other stories)."""
    first = last = i
    while first > 0 and kinds[first - 1] == "headline":
        first -= 1
    while last + 1 < len(kinds) and kinds[last + 1] == "headline":
        last += 1
    distinct = {text[a:b] for a, b in lines[first : last + 1]}
    return len(distinct) >= SIDEBAR_RUN


class FindTitle:
    """Sets the headline of a report whose input gave none. A headline that stands alone as
    the text's first paragraph is the input's title line and leaves the text; one among the
    page's other lines stays where it is, so that nothing the report says is lost."""

    name = "title"
    requires = ("text", "lang")
    assigns = ("title",)

    def __call__(self, doc: Document) -> Document:
        if doc.title:
            return doc
        furniture = _FURNITURE.match(doc.text)
        if furniture:  # a section's or outlet's name over the report ("utenriks", "NTB")
            doc.text = doc.text[furniture.end() :]
        found = find_title(doc.text, doc.lang)
        if found is None:
            return doc
        start, end = found
        doc.title = doc.text[start:end]
        if start == 0 and doc.text[end : end + 2] == "\n\n":
            doc.text = doc.text[end + 2 :]
        return doc
