"""Query parameters shared by several endpoints, declared once so that OpenAPI documents them
and bad values get 422 before any work is done."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Query

from eventatlas.records import EventFilter

DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
FirstDate = Annotated[
    str | None,
    Query(alias="from", pattern=DATE, description="First date: YYYY, YYYY-MM or YYYY-MM-DD."),
]
LastDate = Annotated[
    str | None, Query(alias="to", pattern=DATE, description="Last date, inclusive, the same way.")
]
Lang = Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="An ISO 639-1 code.")]
Limit = Annotated[int, Query(ge=1, le=5000, description="How many to return (1-5000).")]
Offset = Annotated[int, Query(ge=0, description="How many to skip.")]
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
