"""Plain text articles, with the optional ` date YYYY-MM[-DD]` header of crawled corpora.

The headline, where the text has one, is found later by the `title` stage: in real excerpts it
is seldom the first line.
"""

from __future__ import annotations

import re

from eventatlas.records import DAY, MONTH, RawDocument

# The header starts the file, with a leading space in crawled corpora (tolerated without), and the
# article text continues on the same line.
_DATE_HEADER = re.compile(r"\A\ufeff? ?date (\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]+|\r?\n|\Z)")


def parse_text(text: str, locator: str, path: str | None = None) -> RawDocument:
    published = precision = None
    if match := _DATE_HEADER.match(text):
        published = match.group(1)
        precision = DAY if len(published) == 10 else MONTH
        text = text[match.end() :]
    return RawDocument(
        text=text,
        locator=locator,
        format="txt",
        path=path,
        published=published,
        published_precision=precision,
    )
