"""From what the user names (files, folders, URLs) to a stream of RawDocuments and Rejections.

One bad input never stops the stream: it becomes a Rejection with a one-line reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from eventatlas.errors import Code, InputRejected
from eventatlas.ingest.decode import check_not_binary, check_size, decode
from eventatlas.ingest.feed import looks_like_feed, parse_feed
from eventatlas.ingest.fetch import Fetcher, is_url
from eventatlas.ingest.html import parse_html
from eventatlas.ingest.jsonl import parse_jsonl
from eventatlas.ingest.text import parse_text
from eventatlas.records import RawDocument, Rejection
from eventatlas.settings import Settings

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

Item = RawDocument | Rejection


def expand_paths(inputs: Iterable[str]) -> Iterator[str]:
    """Folders recursively, in a stable order, skipping hidden files and folders."""
    for name in inputs:
        path = Path(name)
        if is_url(name) or not path.is_dir():
            yield name
            continue
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path).parts
            if child.is_file() and not any(part.startswith(".") for part in relative):
                yield str(child)


def read_inputs(inputs: Iterable[str], settings: Settings, fetcher: Fetcher) -> Iterator[Item]:
    for name in expand_paths(inputs):
        try:
            if is_url(name):
                yield from _read_url(name, settings, fetcher)
            else:
                yield from _read_file(Path(name), settings, fetcher)
        except InputRejected as exc:
            yield Rejection(name, exc.code, exc.reason)


def _read_file(path: Path, settings: Settings, fetcher: Fetcher) -> Iterator[Item]:
    locator = str(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputRejected(Code.NOT_FOUND, "no such file or folder")
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES:
        raise InputRejected(Code.UNSUPPORTED, f"unsupported file type {suffix or '(none)'!r}")
    if suffix in JSONL_SUFFIXES:  # many articles: the size limit applies to each line
        check_size(path.stat().st_size, limit=None)
        with path.open("rb") as lines:
            check_not_binary(lines.read(4096))
            lines.seek(0)
            yield from parse_jsonl(lines, locator, settings.max_file_bytes)
        return
    check_size(path.stat().st_size, settings.max_file_bytes)
    data = path.read_bytes()
    if suffix in TEXT_SUFFIXES:
        yield parse_text(decode(data), locator, path=locator)
    elif suffix in HTML_SUFFIXES:
        yield parse_html(decode(data, html=True), locator, path=locator)
    else:
        text = decode(data)
        if not looks_like_feed(text):
            raise InputRejected(Code.BAD_FEED, "not an RSS or Atom feed")
        fetch_page = _page_fetcher(settings, fetcher)
        yield from parse_feed(data, locator, path=locator, fetch_page=fetch_page)


def _read_url(url: str, settings: Settings, fetcher: Fetcher) -> Iterator[Item]:
    page = fetcher.get(url)
    text = decode(page.body, html=True)
    if "xml" in page.content_type or looks_like_feed(text):
        yield from parse_feed(page.body, url, fetch_page=_page_fetcher(settings, fetcher))
    else:
        yield parse_html(text, url, url=page.url)


def _page_fetcher(settings: Settings, fetcher: Fetcher):
    if not settings.fetch_feed_links:
        return None
    return lambda link: _fetch_html(link, fetcher)


def _fetch_html(url: str, fetcher: Fetcher) -> RawDocument:
    page = fetcher.get(url)
    return parse_html(decode(page.body, html=True), url, url=page.url)
