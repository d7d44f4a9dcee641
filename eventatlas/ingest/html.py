"""HTML pages: main text, title, date and site through trafilatura."""

from __future__ import annotations

import re

import trafilatura

from eventatlas.errors import Code, InputRejected
from eventatlas.records import DAY, RawDocument

_LOOKS_LIKE_HTML = re.compile(r"<(html|head|body|article|p|div)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def parse_html(
    html: str, locator: str, *, path: str | None = None, url: str | None = None
) -> RawDocument:
    if not _LOOKS_LIKE_HTML.search(html[:20_000]):
        raise InputRejected(Code.BAD_HTML, "no HTML markup found")
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on mangled markup
        raise InputRejected(Code.BAD_HTML, f"unreadable HTML ({type(exc).__name__})") from None
    if extracted is None or not _WORD.search(extracted.text or ""):
        raise InputRejected(Code.BAD_HTML, "no article text found in the HTML")
    title = (extracted.title or "").strip() or None
    return RawDocument(
        text=_paragraphs(extracted.text, title),
        locator=locator,
        format="html",
        path=path,
        url=url or extracted.url,
        title=title,
        published=extracted.date,
        published_precision=DAY if extracted.date else None,
        source=extracted.sitename or extracted.hostname,
    )


def _paragraphs(text: str, title: str | None) -> str:
    """One blank line between blocks; the headline repeated as the first block is dropped."""
    blocks = [line.strip() for line in text.splitlines() if line.strip()]
    if blocks and title and blocks[0] == title:
        blocks = blocks[1:]
    return "\n\n".join(blocks)
