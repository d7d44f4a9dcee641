"""Plain text articles, with the optional ` date YYYY-MM[-DD]` header of crawled corpora."""

from __future__ import annotations

import re

from eventatlas.records import DAY, MONTH, RawDocument

# The header starts the file, with a leading space in crawled corpora (tolerated without), and the
# article text continues on the same line.
_DATE_HEADER = re.compile(r"\A\ufeff? ?date (\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]+|\r?\n|\Z)")
_TITLE_MAX_CHARS = 120


def parse_text(text: str, locator: str, path: str | None = None) -> RawDocument:
    published = precision = None
    if match := _DATE_HEADER.match(text):
        published = match.group(1)
        precision = DAY if len(published) == 10 else MONTH
        text = text[match.end() :]
    title, body = split_title(text)
    return RawDocument(
        text=body,
        locator=locator,
        format="txt",
        path=path,
        title=title,
        published=published,
        published_precision=precision,
    )


def split_title(text: str) -> tuple[str | None, str]:
    """The first line is a title only when it is short and followed by a blank line."""
    text = text.lstrip("\r\n")
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if (
        sep
        and first
        and len(first) <= _TITLE_MAX_CHARS
        and not first.endswith(".")
        and rest.lstrip(" \t").startswith(("\n", "\r\n"))
    ):
        return first, rest
    return None, text
