"""Query parameters shared by several endpoints, declared once so that OpenAPI documents them
and bad values get 422 before any work is done."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal
from urllib.parse import unquote_to_bytes

from fastapi import HTTPException, Query, Request
from fastapi.dependencies.models import Dependant

from eventatlas.records import EventFilter

DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
LANG = r"^[a-z]{2,3}$"
# What a 422 says of a value instead of the pattern it failed.
PATTERN_HELP = {
    DATE: "not a date: dates are YYYY, YYYY-MM or YYYY-MM-DD",
    LANG: "not a language: languages are ISO 639-1 codes such as en or ar",
}
# SQLite's largest integer: a larger offset would overflow the query, not just find nothing.
MAX_OFFSET = 2**63 - 1
FirstDate = Annotated[
    str | None,
    Query(alias="from", pattern=DATE, description="First date: YYYY, YYYY-MM or YYYY-MM-DD."),
]
LastDate = Annotated[
    str | None, Query(alias="to", pattern=DATE, description="Last date, inclusive, the same way.")
]
Lang = Annotated[str | None, Query(pattern=LANG, description="An ISO 639-1 code.")]
Limit = Annotated[int, Query(ge=1, le=5000, description="How many to return (1-5000).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="How many to skip.")]
Period = Literal["week", "month", "year"]


@dataclass
class EventParams:
    """The filters of the event views: every one that is given must hold."""

    first: FirstDate = None
    last: LastDate = None
    type: Annotated[str | None, Query(description="An ACLED event type, e.g. Battles.")] = None
    actor: Annotated[str | None, Query(description="Part of either actor's name.")] = None
    country: Annotated[str | None, Query()] = None
    admin1: Annotated[str | None, Query(description="A province or governorate.")] = None
    lang: Lang = None
    story: Annotated[str | None, Query(description="Reported by an article of this story.")] = None
    q: Annotated[
        str | None,
        Query(max_length=500, description="Words in any language: full text and meaning."),
    ] = None

    def as_filter(self) -> EventFilter:
        return EventFilter(
            first=self.first,
            last=self.last,
            event_type=self.type,
            actor=self.actor,
            country=self.country,
            admin1=self.admin1,
            lang=self.lang,
            story=self.story,
        )


def plain_parameters(request: Request) -> None:
    """Every query parameter is one the endpoint takes, and every name and value (and the
    path) is UTF-8 without NUL: a misspelt filter would otherwise be ignored and return
    everything, and a NUL or a broken byte would reach the store."""
    taken = _query_names(request.scope["route"].dependant)
    for raw_name, raw_value in _raw_query(request.scope.get("query_string", b"")):
        name = _text(raw_name, "a parameter name")
        _text(raw_value, name)
        if name not in taken:
            raise HTTPException(
                422,
                f"{name or '(no name)'}: unknown parameter "
                f"(this endpoint takes: {', '.join(sorted(taken)) or 'none'})",
            )
    _text(unquote_to_bytes(request.scope.get("raw_path", b"")), "path")


def _raw_query(query: bytes) -> list[tuple[bytes, bytes]]:
    pairs = (part.partition(b"=") for part in query.split(b"&") if part)
    return [(_unquote(name), _unquote(value)) for name, _, value in pairs]


def _unquote(raw: bytes) -> bytes:
    return unquote_to_bytes(raw.replace(b"+", b" "))


def _text(raw: bytes, where: str) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(422, f"{where}: not valid UTF-8") from None
    if "\x00" in text:
        raise HTTPException(422, f"{where}: contains a NUL character")
    return text


def _query_names(dependant: Dependant) -> set[str]:
    """The query parameters an endpoint and its dependencies declare."""
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names
