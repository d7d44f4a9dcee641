"""Bytes to text, or a one-line reason why not."""

from __future__ import annotations

import codecs
import re

from eventatlas.errors import Code, InputRejected

_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = {b for b in range(32)} - {9, 10, 12, 13}
# Python's codecs that read text but are no page's charset: they would turn escapes, IDNA labels
# or UTF-7 shifts in the markup into characters (and some fail on any page).
_NOT_CHARSETS = {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7"}


def check_size(size: int, limit: int | None) -> None:
    if size == 0:
        raise InputRejected(Code.EMPTY, "empty file")
    if limit is not None and size > limit:
        raise InputRejected(
            Code.TOO_LARGE, f"too large: {size / 1e6:.1f} MB over the {limit / 1e6:.1f} MB limit"
        )


def check_not_binary(head: bytes) -> None:
    if b"\x00" in head or sum(b in _CONTROL for b in head) > len(head) // 20:
        raise InputRejected(Code.BINARY, "binary content, not text")


def decode(data: bytes, *, html: bool = False) -> str:
    """Decode UTF-8 (or UTF-16 with a byte-order mark, or an HTML page's declared charset).

    Guessing other encodings would silently store mojibake, so anything else is rejected.
    """
    if not data.strip():
        raise InputRejected(Code.EMPTY, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(data, "utf-16")
    head = data[:4096]
    check_not_binary(head)
    encoding = "utf-8-sig"
    if html and (match := _HTML_CHARSET.search(head)):
        declared = match.group(1).decode("ascii").lower()
        try:
            encoding = codecs.lookup(declared).name
        except LookupError:
            raise InputRejected(Code.ENCODING, f"unknown declared charset {declared!r}") from None
        if encoding in _NOT_CHARSETS:
            raise InputRejected(
                Code.ENCODING, f"declared charset {declared!r} is not a web page charset"
            )
        # a declaration we could read as ASCII is no UTF-16 or UTF-32 (and a BOM was not there)
        if encoding == "utf-8" or encoding.startswith(("utf-16", "utf-32")):
            encoding = "utf-8-sig"
    return _decode_as(data, encoding)


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputRejected(
            Code.ENCODING,
            f"not valid {exc.encoding.upper()}: byte 0x{data[exc.start]:02x} at offset {exc.start}",
        ) from None
    except (LookupError, ValueError):  # a bytes-to-bytes codec (base64, rot13, zlib)
        raise InputRejected(
            Code.ENCODING, f"declared charset {encoding!r} is not a text encoding"
        ) from None
    if not text.strip():
        raise InputRejected(Code.EMPTY, "empty file")
    return text
