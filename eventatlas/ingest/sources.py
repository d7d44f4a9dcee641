"""From what the user names (files, folders, URLs) to a stream of RawDocuments and Rejections.

One bad input never stops the stream: it becomes a Rejection with a one-line reason.
"""

from __future__ import annotations

import os
import re
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
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def expand_paths(inputs: Iterable[str]) -> Iterator[str | Rejection]:
    """Folders recursively, in a stable order, skipping hidden files and folders; links to
    folders are not followed (a link back up would never end). A folder that cannot be listed
    is a Rejection."""
    for name in inputs:
        try:
            is_folder = not is_url(name) and Path(name).is_dir()
        except (OSError, ValueError):  # a name the system refuses, e.g. with a NUL in it
            is_folder = False
        if not is_folder:
            yield name
            continue
        refused: list[OSError] = []
        found = []
        for folder, subfolders, files in os.walk(name, onerror=refused.append):
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            found += [Path(folder, file) for file in files if not file.startswith(".")]
        yield from (str(path) for path in sorted(found))
        for error in refused:
            yield Rejection.of(printable(error.filename or name), error)


def printable(name: str) -> str:
    """A file name as one line of text: bytes that are not UTF-8, and control characters
    (a line break is allowed in a name), are shown as \\xNN escapes."""
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda char: f"\\x{ord(char.group()):02x}", text)


def read_inputs(inputs: Iterable[str], settings: Settings, fetcher: Fetcher) -> Iterator[Item]:
    for name in expand_paths(inputs):
        if isinstance(name, Rejection):
            yield name
            continue
        try:
            if is_url(name):
                yield from _read_url(name, settings, fetcher)
            else:
                yield from _read_file(name, settings, fetcher)
        except Exception as exc:  # one input, whatever is wrong with it, costs only itself
            yield Rejection.of(printable(name), exc)


def _read_file(name: str, settings: Settings, fetcher: Fetcher) -> Iterator[Item]:
    path = Path(name)
    locator = printable(name)
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputRejected(Code.NOT_FOUND, "no such file or folder")
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES:
        raise InputRejected(Code.UNSUPPORTED, f"unsupported file type {suffix or '(none)'!r}")
    if not path.is_file():  # a FIFO or a device named like an article would never end
        raise InputRejected(Code.UNSUPPORTED, "not a regular file")
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
