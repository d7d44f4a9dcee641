"""The endpoints under /api: thin translations between HTTP and `Atlas`."""

from __future__ import annotations

import hmac
import json
import os
from dataclasses import asdict
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from eventatlas.api.params import (
    EventParams,
    FirstDate,
    Lang,
    LastDate,
    Limit,
    Offset,
    Period,
    plain_parameters,
)
from eventatlas.atlas import Atlas, summary
from eventatlas.export import story_record
from eventatlas.timeline import formats


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """Every error: {"error": {"code": ..., "message": ...}}."""

    error: ErrorDetail


NOT_FOUND = {404: {"model": ErrorBody, "description": "Nothing has that id"}}
router = APIRouter(
    dependencies=[Depends(plain_parameters)],
    responses={422: {"model": ErrorBody, "description": "A bad parameter, named in the message"}},
)
TOKEN_VARIABLE = "EVENTATLAS_TOKEN"


def atlas(request: Request) -> Atlas:
    return request.app.state.atlas


AtlasDep = Annotated[Atlas, Depends(atlas)]
Filters = Annotated[EventParams, Depends()]


@router.get("/meta", summary="What the store holds and what the filters can choose among")
def meta(atlas: AtlasDep) -> dict:
    return atlas.facets()


@router.get("/events", summary="Merged events (one per happening), filtered and paged")
def events(
    atlas: AtlasDep,
    filters: Filters,
    limit: Limit = 100,
    offset: Offset = 0,
    order: Annotated[Literal["date", "-date"], Query(description="By date, or newest first.")] = (
        "date"
    ),
) -> JSONResponse:
    where = atlas.event_filter(filters.as_filter(), filters.q)
    total, found = atlas.events(where, limit=limit, offset=offset, newest_first=order == "-date")
    # Already JSON-ready: skip FastAPI's encoder, the slowest part of a large page.
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "events": found})


@router.get(
    "/events/{event_id}", responses=NOT_FOUND, summary="One merged event with all its sources"
)
def event(atlas: AtlasDep, event_id: str) -> JSONResponse:
    found = atlas.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return JSONResponse(found)


@router.get("/counts", summary="Events and fatalities per period and event type")
def counts(atlas: AtlasDep, filters: Filters, by: Period = "month") -> dict:
    where = atlas.event_filter(filters.as_filter(), filters.q)
    return {"by": by, "rows": [asdict(row) for row in atlas.counts(where, by)]}


@router.get("/trends", summary="Per period and admin1, against the same period a year earlier")
def trends(atlas: AtlasDep, filters: Filters, by: Period = "month") -> dict:
    where = atlas.event_filter(filters.as_filter(), filters.q)
    return {
        "by": by,
        "rows": [asdict(row) | {"change": row.change} for row in atlas.trends(where, by)],
    }


@router.get(
    "/timeline",
    responses=NOT_FOUND,
    summary="Dated milestones of a story or a query, with their sources",
)
def timeline(
    atlas: AtlasDep,
    story: str | None = None,
    q: Annotated[str | None, Query(max_length=500)] = None,
    first: FirstDate = None,
    last: LastDate = None,
    dates: Annotated[int, Query(ge=1, le=100)] = 12,
    per_date: Annotated[int, Query(ge=1, le=10)] = 2,
    keyword: Annotated[
        list[str] | None,
        Query(
            max_length=100,
            description="Only sentences naming one of these words speak for a date",
        ),
    ] = None,
    format: Literal["json", "timelinejs"] = "json",
) -> dict:
    if bool(story) == bool(q and q.strip()):
        raise HTTPException(422, "give one of story or q")
    if story and atlas.story(story) is None:
        raise HTTPException(404, f"no story {story!r}")
    result = atlas.timeline(
        story=story,
        query=q,
        first=first,
        last=last,
        dates=dates,
        per_date=per_date,
        keywords=tuple(keyword or ()),
    )
    return formats.as_json(result) if format == "json" else formats.as_timelinejs(result)


@router.get("/stories", summary="Stories, largest first")
def stories(
    atlas: AtlasDep,
    lang: Lang = None,
    first: FirstDate = None,
    last: LastDate = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict:
    found = atlas.stories(lang=lang, first=first, last=last)
    return {
        "total": len(found),
        "limit": limit,
        "offset": offset,
        "stories": [
            {k: v for k, v in story_record(s).items() if k not in ("article_ids", "event_ids")}
            | {"articles": len(s.article_ids), "events": len(s.event_ids)}
            for s in found[offset : offset + limit]
        ],
    }


@router.get("/stories/{story_id}", responses=NOT_FOUND, summary="One story with its articles")
def story(atlas: AtlasDep, story_id: str) -> dict:
    found = atlas.story(story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return story_record(found) | {"articles": atlas.article_summaries(found.article_ids)}


@router.get("/articles", summary="Articles, oldest first, filtered and paged")
def articles(
    atlas: AtlasDep,
    lang: Lang = None,
    story: str | None = None,
    first: FirstDate = None,
    last: LastDate = None,
    q: Annotated[str | None, Query(max_length=500)] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict:
    total, found = atlas.articles(
        lang=lang, story=story, first=first, last=last, text=q, limit=limit, offset=offset
    )
    return {"total": total, "limit": limit, "offset": offset, "articles": list(map(summary, found))}


@router.get(
    "/articles/{article_id}",
    responses=NOT_FOUND,
    summary="One article, its text and the spans events quote",
)
def article(atlas: AtlasDep, article_id: str) -> dict:
    found = atlas.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return summary(found) | {"text": found.text, "spans": atlas.quote_spans(article_id)}


@router.get("/search", summary="Full-text and cross-lingual search over articles")
def search(
    atlas: AtlasDep,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    lang: Lang = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 10,
) -> dict:
    return {"hits": [asdict(hit) for hit in atlas.search(q, lang=lang, limit=limit)]}


class PostedArticle(BaseModel):
    """An article as POST /api/ingest takes it: the JSON Lines fields."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    lang: str | None = None


MAX_POSTED = 1000  # articles in one request
# Documented by hand: the endpoint reads its body itself, after the token and within the limit,
# and each article is checked on its own so that a bad one costs only itself.
POSTED_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["articles"],
                "properties": {
                    "articles": {
                        "type": "array",
                        "minItems": 1,
                        "maxItems": MAX_POSTED,
                        "items": PostedArticle.model_json_schema(),
                    }
                },
            }
        }
    },
}


def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
    """Writing is off unless EVENTATLAS_TOKEN is set, and then needs `Bearer <token>`."""
    token = os.environ.get(TOKEN_VARIABLE)
    if not token:
        raise HTTPException(403, f"ingest is off: start the server with {TOKEN_VARIABLE} set")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), token.encode()
    ):
        raise HTTPException(
            401,
            "a valid token is needed: Authorization: Bearer <token>",
            headers={"WWW-Authenticate": "Bearer"},
        )


@router.post(
    "/ingest",
    summary="Store articles (JSON Lines fields) and run the pipeline on them",
    dependencies=[Depends(require_token)],
    openapi_extra={"requestBody": POSTED_BODY},
    responses={
        401: {"model": ErrorBody, "description": "No token, or not the server's"},
        403: {"model": ErrorBody, "description": "Ingest is off: no token is set"},
        413: {"model": ErrorBody, "description": "The body is over the limit"},
    },
)
async def ingest(atlas: AtlasDep, request: Request) -> dict:
    body = await _read_body(request, atlas.settings.ingest_max_body_bytes)
    done = await run_in_threadpool(lambda: atlas.ingest(_posted_articles(body)))
    return {
        "run_id": done.run_id,
        "new": done.new,
        "duplicate": done.duplicate,
        "unchanged": done.unchanged,
        "rejected": [
            {"locator": r.locator, "code": str(r.code), "reason": r.reason} for r in done.rejections
        ],
        "dated_from_text": [
            {"locator": n.locator, "how": n.how, "words": n.words, "published": n.published}
            for n in done.dating
        ],
    }


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused as soon as it is known to be over `limit` bytes."""
    too_large = HTTPException(413, f"body: over the {limit} byte limit (ingest_max_body_bytes)")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)


def _posted_articles(body: bytes) -> list:
    """The articles of a body, each still any JSON value: the reader judges them one by one."""
    try:
        # No field of an article is a number: read as floats, integers of any length (Python
        # refuses those of over 4300 digits) make a bad field of their article, not a bad body.
        posted = json.loads(body, parse_int=float)
    except (ValueError, RecursionError) as exc:
        raise HTTPException(422, f"body: not valid JSON ({exc})") from None
    articles = posted.get("articles") if isinstance(posted, dict) else None
    if not isinstance(articles, list):
        raise HTTPException(422, 'body: must be an object {"articles": [...]}')
    if not 1 <= len(articles) <= MAX_POSTED:
        raise HTTPException(422, f"articles: from 1 to {MAX_POSTED} a request, not {len(articles)}")
    return articles
