"""The FastAPI application: the API under /api (OpenAPI at /docs), the web app at /, and one
JSON shape for every error: {"error": {"code": ..., "message": ...}}."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from eventatlas import __version__
from eventatlas.api.headers import SecurityHeaders, content_security_policy, security_headers
from eventatlas.api.params import PATTERN_HELP
from eventatlas.api.routes import router
from eventatlas.atlas import Atlas
from eventatlas.settings import Settings, load_settings

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_parameters",
}
log = logging.getLogger(__name__)


def create_app(db: str | None = None, *, settings: Settings | None = None) -> FastAPI:
    """The app over the store at `db` (or `settings.db`)."""
    settings = settings or load_settings(**({"db": db} if db else {}))
    atlas = Atlas(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        atlas.close()

    app = FastAPI(
        lifespan=lifespan,
        title="eventatlas",
        version=__version__,
        description="Stories, ACLED-style events, timelines and trends from multilingual news.",
        docs_url=None,  # served below from our own copy of Swagger UI: no CDN
        redoc_url=None,
    )
    app.state.atlas = atlas
    app.state.headers = security_headers(settings.tile_url)
    app.add_middleware(SecurityHeaders, headers=app.state.headers)
    app.include_router(router, prefix="/api")
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_parameters)
    app.add_exception_handler(Exception, _internal_error)
    app.mount("/assets", StaticFiles(directory=STATIC, check_dir=False), name="assets")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="eventatlas API",
            swagger_js_url="/assets/dist/swagger/swagger-ui-bundle.js",
            swagger_css_url="/assets/dist/swagger/swagger-ui.css",
            swagger_favicon_url="/assets/favicon.svg",
        )
        # Swagger UI starts from an inline script: this page's policy allows that one alone.
        policy = content_security_policy(settings.tile_url, page.body.decode())
        page.headers["Content-Security-Policy"] = policy
        return page

    return app


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": CODES.get(status, "error"), "message": message}}, status_code=status
    )


async def _http_error(_request: Request, exc: HTTPException) -> JSONResponse:
    response = error(exc.status_code, str(exc.detail))
    response.headers.update(exc.headers or {})
    return response


async def _invalid_parameters(_request: Request, exc: RequestValidationError) -> JSONResponse:
    problems = []
    for problem in exc.errors():
        where = ".".join(str(part) for part in problem["loc"] if part not in ("query", "body"))
        # A failed pattern is told in words: the regex means nothing to a reader.
        told = PATTERN_HELP.get(problem.get("ctx", {}).get("pattern"))
        message = f"{problem['input']!r} is {told}" if told else problem["msg"]
        problems.append(f"{where or 'request'}: {message}")
    return error(422, "; ".join(problems))


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error")
    response = error(500, f"internal error: {type(exc).__name__}")
    # Starlette answers this outside every middleware, the one that sets these too.
    response.headers.update(request.app.state.headers)
    return response
