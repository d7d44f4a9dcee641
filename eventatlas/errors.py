"""Errors with stable codes.

Every input that cannot become an article is rejected with one of these codes and a one-line
reason; the codes are part of the outside contract (they appear in `runs` and in the CLI summary),
so they never change meaning.
"""

from enum import StrEnum


class Code(StrEnum):
    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    TOO_LARGE = "too-large"
    UNSUPPORTED = "unsupported"
    BAD_HTML = "bad-html"
    BAD_FEED = "bad-feed"
    BAD_JSON = "bad-json"
    NO_TEXT = "no-text"
    FETCH = "fetch"
    FORBIDDEN_URL = "forbidden-url"
    NOT_FOUND = "not-found"
    UNREADABLE = "unreadable"  # a file or folder the operating system will not let us read
    BAD_DATE = "bad-date"  # a publication date that is no calendar day, or far out of range
    INTERNAL = "internal"


class EventAtlasError(Exception):
    """Base class for errors the user can act on."""


class InputRejected(EventAtlasError):
    """One input (file, line, feed item, URL) that cannot be stored, and why."""

    def __init__(self, code: Code, reason: str):
        super().__init__(reason)
        self.code = code
        self.reason = reason


class SettingsError(EventAtlasError):
    """A setting that is unknown or has a value of the wrong type."""
