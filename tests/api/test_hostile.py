"""What a careless or hostile client sends: every bad request is a 4xx that says what is wrong,
never a 500, and POST /api/ingest reads nothing before the token and nothing over its limit."""

import asyncio
import json

import pytest
from fastapi.testclient import TestClient

from eventatlas.api.app import create_app
from eventatlas.settings import load_settings
from tests.api.test_api import REPORT, _error, _ok

SQLITE_MAX = 2**63 - 1
TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(demo_db):
    with TestClient(create_app(demo_db)) as client:
        yield client


@pytest.mark.parametrize(
    ("url", "names"),
    [
        ("/api/events?offset=64379735250700480127389936593246617600", "offset"),
        ("/api/articles?offset=236609616576508690432", "offset"),
        (f"/api/stories?offset={SQLITE_MAX + 1}", "offset"),
        ("/api/trends?country=Ira%00q", "country"),
        ("/api/trends?q=Samarra%00", "q"),
        ("/api/search?q=%00", "q"),
        ("/api/articles?q=Mosul%00", "q"),
        ("/api/timeline?q=%00", "q"),
        ("/api/events?actor=%ff%fe", "actor"),
        ("/api/counts?country=%ed%a0%80", "country"),  # a surrogate's UTF-8 bytes
        ("/api/events/%00", "path"),
        ("/api/events?contry=Iraq", "contry"),
        ("/api/counts?by=month&typ=Battles", "typ"),
        ("/api/meta?x=1", "x"),
    ],
)
def test_hostile_parameters_get_422_naming_them(client, url, names):
    message = _error(client.get(url), 422, "invalid_parameters")
    assert message.startswith(f"{names}: ")


def test_an_unknown_parameter_is_told_with_those_the_endpoint_takes(client):
    message = _error(client.get("/api/events?contry=Iraq"), 422, "invalid_parameters")
    assert "unknown parameter" in message and "country" in message


@pytest.mark.parametrize("url", ["/api/events", "/api/articles", "/api/stories"])
def test_offsets_are_those_sqlite_holds(client, url):
    page = _ok(client.get(url, params={"offset": SQLITE_MAX}))
    assert page["offset"] == SQLITE_MAX and page["total"] > 0
    assert not (page.get("events") or page.get("articles") or page.get("stories"))
    message = _error(client.get(url, params={"offset": SQLITE_MAX + 1}), 422, "invalid_parameters")
    assert message == f"offset: Input should be less than or equal to {SQLITE_MAX}"


@pytest.mark.parametrize("url", ["/api/events", "/api/stories", "/api/timeline?q=Mosul"])
def test_a_bad_date_is_told_in_words(client, url):
    message = _error(client.get(url, params={"to": "last week"}), 422, "invalid_parameters")
    assert message == "to: 'last week' is not a date: dates are YYYY, YYYY-MM or YYYY-MM-DD"


def test_a_bad_language_is_told_in_words(client):
    message = _error(
        client.get("/api/events", params={"lang": "Swedish"}), 422, "invalid_parameters"
    )
    assert "ISO 639-1" in message and "pattern" not in message


# -- POST /api/ingest ---------------------------------------------------------------------------


@pytest.fixture
def writable(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTATLAS_TOKEN", TOKEN)
    settings = load_settings(env={}, db=str(tmp_path / "posted.db"), ingest_max_body_bytes=8000)
    with TestClient(create_app(settings=settings)) as client:
        yield client


def _post_raw(app, headers: dict[str, str], chunks: list[bytes]) -> tuple[int, int, bytes]:
    """Posts `chunks` to /api/ingest straight through ASGI: the status, how many chunks the app
    read, and the body of its answer."""
    given = list(chunks)
    read = 0
    sent = []

    async def receive():
        nonlocal read
        read += 1
        body = given.pop(0) if given else b""
        return {"type": "http.request", "body": body, "more_body": bool(given)}

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/ingest",
        "raw_path": b"/api/ingest",
        "root_path": "",
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    asyncio.run(app(scope, receive, send))
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return sent[0]["status"], read, body


def test_ingest_checks_the_token_before_reading_the_body(writable, monkeypatch):
    huge = [b'{"articles": [' + b" " * 1000] * 100
    json_type = {"Content-Type": "application/json"}
    for headers, status in [
        ({}, 401),
        ({"Authorization": "Bearer guess"}, 401),
        ({"Authorization": TOKEN}, 401),  # a bare token is no Bearer token
    ]:
        assert _post_raw(writable.app, json_type | headers, huge)[:2] == (status, 0)
    monkeypatch.delenv("EVENTATLAS_TOKEN")
    assert _post_raw(writable.app, json_type | AUTH, huge)[:2] == (403, 0)


def test_ingest_refuses_a_body_over_the_limit_without_reading_it_all(writable):
    declared = AUTH | {"Content-Length": "100000"}
    status, read, body = _post_raw(writable.app, declared, [b"{" * 1000] * 100)
    assert (status, read) == (413, 0)
    assert b"8000 byte limit" in body and b"ingest_max_body_bytes" in body
    status, read, _ = _post_raw(writable.app, AUTH, [b"{" * 1000] * 100)  # chunked, no length
    assert (status, read) == (413, 9)
    assert _ok(writable.get("/api/meta"))["articles"] == 0


def test_ingest_takes_only_bearer_tokens(writable):
    message = _error(
        writable.post("/api/ingest", json={"articles": [REPORT]}, headers={"Authorization": TOKEN}),
        401,
        "unauthorized",
    )
    assert "Bearer" in message
    lower = {"Authorization": f"bearer {TOKEN}"}  # the scheme's case does not matter (RFC 9110)
    assert _ok(writable.post("/api/ingest", json={"articles": [REPORT]}, headers=lower))["new"] == 1


def test_ingest_rejects_bad_articles_one_by_one(writable):
    kirkuk = {"text": "Four soldiers were killed near Kirkuk on Friday, officials said."}
    articles = [
        json.dumps({"text": 5}),
        json.dumps("an article?"),
        json.dumps(REPORT),
        # A lone surrogate: valid JSON, but no text; read as a JSON Lines file reads it.
        '{"text": "Islamic State fighters attacked a checkpoint near Samarra \\ud800 today."}',
        json.dumps(kirkuk | {"title": ["not text"]}),
        json.dumps(kirkuk | {"published": "soon"}),
        '{"text": %s}' % ("9" * 5000),  # too long an integer for Python's JSON reader
    ]
    done = _ok(
        writable.post(
            "/api/ingest",
            content=('{"articles": [' + ", ".join(articles) + "]}").encode(),
            headers=AUTH | {"Content-Type": "application/json"},
        )
    )
    assert done["new"] == 2
    rejected = {r["locator"]: (r["code"], r["reason"]) for r in done["rejected"]}
    assert sorted(rejected) == ["api#L1", "api#L2", "api#L5", "api#L6", "api#L7"]
    assert rejected["api#L1"] == rejected["api#L7"] == ("no-text", "no 'text' string")
    assert rejected["api#L2"][0] == "bad-json"
    assert "'title'" in rejected["api#L5"][1] and "'published'" in rejected["api#L6"][1]
    stored = _ok(writable.get("/api/articles", params={"q": "checkpoint"}))["articles"]
    texts = [_ok(writable.get(f"/api/articles/{a['article_id']}"))["text"] for a in stored]
    assert any("Samarra \ufffd today" in text for text in texts)


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"not json", "not valid JSON"),
        (b"[" * 100_000, "not valid JSON"),  # deeper than the parser recurses
        (b'{"articles": "all"}', '{"articles": [...]}'),
        (b"[]", '{"articles": [...]}'),
        (b'{"articles": []}', "from 1 to 1000"),
        (b"\xff\xfe\x00", "not valid JSON"),
    ],
)
def test_ingest_refuses_a_body_that_holds_no_articles(tmp_path, monkeypatch, body, says):
    monkeypatch.setenv("EVENTATLAS_TOKEN", TOKEN)
    with TestClient(create_app(str(tmp_path / "posted.db"))) as client:
        response = client.post(
            "/api/ingest", content=body, headers=AUTH | {"Content-Type": "application/json"}
        )
    assert says in _error(response, 422, "invalid_parameters")
