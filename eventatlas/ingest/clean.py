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
    return "\n\n".join(paragraphs)


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
