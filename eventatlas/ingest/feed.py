"""RSS and Atom feeds: one RawDocument per item, from its own content or its fetched link."""

from __future__ import annotations

import io
import time
import xml.sax
from collections.abc import Callable, Iterator

import feedparser

from eventatlas.errors import Code, InputRejected
from eventatlas.ingest.markup import fragment_to_text
from eventatlas.records import DAY, RawDocument, Rejection

# An item with only a summary this short is a teaser, and its link holds the article. An item
# with full content (`content:encoded`, Atom `content`) is used as it is.
_TEASER_CHARS = 500

FetchPage = Callable[[str], RawDocument]


def looks_like_feed(text: str) -> bool:
    head = text[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def parse_feed(
    data: bytes,
    locator: str,
    *,
    path: str | None = None,
    fetch_page: FetchPage | None = None,
) -> Iterator[RawDocument | Rejection]:
    """The feed in `data`, the bytes read or fetched. feedparser opens a str (and even bytes)
    that looks like a URL or a file path, past our fetcher's checks; a stream it only reads."""
    parsed = feedparser.parse(io.BytesIO(data))
    if parsed.bozo and isinstance(parsed.bozo_exception, xml.sax.SAXException):
        # A feed cut off mid-item would yield a half-written last article: refuse it whole.
        raise InputRejected(
            Code.BAD_FEED, f"feed is not well-formed XML ({parsed.bozo_exception.getMessage()})"
        )
    if not parsed.version and not parsed.entries:
        raise InputRejected(Code.BAD_FEED, "not an RSS or Atom feed")
    if not parsed.entries:
        raise InputRejected(Code.EMPTY, "a feed with no items")
    site = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        item_locator = entry.get("link") or entry.get("id") or f"{locator}#item-{number}"
        try:
            yield _item(entry, item_locator, site, path, fetch_page)
        except InputRejected as exc:
            yield Rejection(item_locator, exc.code, exc.reason)


def _item(
    entry, locator: str, site: str | None, path: str | None, fetch_page: FetchPage | None
) -> RawDocument:
    content = entry.get("content") or []
    body = fragment_to_text(content[0].value if content else entry.get("summary", ""))
    link = entry.get("link")
    published = _entry_date(entry)
    if not content and len(body) < _TEASER_CHARS and link and fetch_page is not None:
        page = fetch_page(link)
        return RawDocument(
            text=page.text,
            locator=locator,
            format="html",
            path=path,
            url=link,
            title=entry.get("title") or page.title,
            published=published or page.published,
            published_precision=DAY if published else page.published_precision,
            source=page.source or site,
        )
    return RawDocument(
        text=body,
        locator=locator,
        format="rss",
        path=path,
        url=link,
        title=entry.get("title") or None,
        published=published,
        published_precision=DAY if published else None,
        source=site,
    )


def _entry_date(entry) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", stamp) if stamp else None
