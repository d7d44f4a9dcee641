"""The `clean` stage: Unicode NFC, whitespace, and crawled boilerplate off.

After this stage the text is fixed: every later offset points into `Document.text`, and the
store keeps exactly this text.
"""

from __future__ import annotations

import re
import unicodedata

from eventatlas.document import Document
from eventatlas.ingest.boilerplate import ALL as BOILERPLATE
from eventatlas.ingest.boilerplate import COMMENT_SECTION

_INLINE_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200c\u200d\u2060\ufeff]")


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _ZERO_WIDTH.sub("", text)
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_INLINE_SPACE.sub(" ", line).strip() for line in block.split("\n")]
        comments = next((i for i, line in enumerate(lines) if starts_comments(line)), None)
        lines = [line for line in lines[:comments] if line and not is_boilerplate(line)]
        if lines:
            paragraphs.append("\n".join(lines))
        if comments is not None:
            break
    return "\n\n".join(_without_sidebar(paragraphs))


SIDEBAR_RUN = 5  # short headline-like lines in a row, before the lead: a list of other stories
_HEADLINE_LIKE = re.compile(r"^(?!\W*[•*·-]\s)(?=(?:\S+\s+){2,19}\S+$).{12,150}(?<![.:;?!])$")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def _without_sidebar(paragraphs: list[str]) -> list[str]:
    """Crawled pages often open with a sidebar of other headlines (a news site's latest, years
    apart from the report). A run of `SIDEBAR_RUN` or more headline-like lines before the lead
    goes when most of them share no longer word with the lead: they tell of other things."""
    lines = [(p, line) for p, paragraph in enumerate(paragraphs) for line in paragraph.split("\n")]
    lead = next((i for i, (_, line) in enumerate(lines) if not _HEADLINE_LIKE.match(line)), None)
    if lead is None or lead < SIDEBAR_RUN:
        return paragraphs
    opening = " ".join(line for _, line in lines[lead : lead + 3])
    lead_words = {w.casefold() for w in _LONG_WORD.findall(opening)}
    unrelated = sum(
        1
        for _, line in lines[:lead]
        if not lead_words & {w.casefold() for w in _LONG_WORD.findall(line)}
    )
    if unrelated < 0.8 * lead:
        return paragraphs
    kept: dict[int, list[str]] = {}
    for p, line in lines[lead:]:
        kept.setdefault(p, []).append(line)
    return ["\n".join(kept[p]) for p in sorted(kept)]


def starts_comments(line: str) -> bool:
    return any(pattern.match(line) for pattern in COMMENT_SECTION)


def is_boilerplate(line: str) -> bool:
    return any(pattern.match(line) for pattern in BOILERPLATE)


def clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = _INLINE_SPACE.sub(" ", unicodedata.normalize("NFC", title)).strip()
    return title or None


class Clean:
    name = "clean"
    requires: tuple[str, ...] = ()
    assigns = ("text", "title")

    def __call__(self, doc: Document) -> Document:
        doc.text = clean_text(doc.raw.text)
        doc.title = clean_title(doc.raw.title)
        return doc
