"""JSON Lines: one article a line with `text` and optional `title`, `url`, `published`,
`source`, `lang`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from eventatlas.errors import Code, InputRejected
from eventatlas.ingest.decode import decode
from eventatlas.records import DAY, MONTH, YEAR, RawDocument, Rejection

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$")
_OPTIONAL_STRINGS = ("title", "url", "published", "source", "lang")


def parse_jsonl(
    lines: Iterable[bytes], path: str, max_line_bytes: int
) -> Iterator[RawDocument | Rejection]:
    """Line by line, so that a file of any size streams and a bad line costs only itself."""
    blank = True
    for number, data in enumerate(lines, start=1):
        if not data.strip():
            continue
        blank = False
        locator = f"{path}#L{number}"
        try:
            if len(data) > max_line_bytes:
                raise InputRejected(Code.TOO_LARGE, f"line over the {max_line_bytes} byte limit")
            yield _line(decode(data), locator, path)
        except Exception as exc:  # a line costs only itself, whatever is wrong with it
            yield Rejection.of(locator, exc)
    if blank:
        yield Rejection(path, Code.EMPTY, "no JSON lines, only blank ones")


def _line(line: str, locator: str, path: str) -> RawDocument:
    try:
        record = json.loads(line, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise InputRejected(Code.BAD_JSON, f"not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputRejected(Code.BAD_JSON, "JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise InputRejected(Code.BAD_JSON, "a line must hold a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputRejected(Code.NO_TEXT, "no 'text' string")
    for key in _OPTIONAL_STRINGS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputRejected(Code.BAD_JSON, f"'{key}' must be a string")
    published, precision = parse_iso_date(record.get("published"))
    return RawDocument(
        text=text,
        locator=record.get("url") or locator,
        format="jsonl",
        path=path,
        url=record.get("url"),
        title=record.get("title"),
        published=published,
        published_precision=precision,
        source=record.get("source"),
        lang_hint=record.get("lang"),
    )


def _integer(digits: str) -> int | float:
    """No field we read is a number; a huge one elsewhere in the record (Python refuses to read
    integers of over 4300 digits) is kept as a float instead of failing the line."""
    return int(digits) if len(digits) <= 18 else float(digits)


def parse_iso_date(value: str | None) -> tuple[str | None, str | None]:
    """`2019-03-23T10:00:00Z` → (`2019-03-23`, day); `2019-03` → (`2019-03`, month)."""
    if not value:
        return None, None
    match = _ISO_DATE.match(value.strip())
    if not match:
        raise InputRejected(Code.BAD_JSON, f"'published' is not an ISO 8601 date: {value!r}")
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", DAY
    if month:
        return f"{year}-{month}", MONTH
    return year, YEAR
