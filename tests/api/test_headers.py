"""Every response carries the security headers; the browser tests check the app runs under them."""

import base64
import hashlib
import re

import pytest
from fastapi.testclient import TestClient

from eventatlas.api.app import create_app
from eventatlas.settings import load_settings


def _policy(response) -> dict[str, str]:
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    directives = (
        d.strip().split(" ", 1) for d in response.headers["content-security-policy"].split(";")
    )
    return {name: rest for name, rest in directives}


@pytest.fixture
def client(tmp_path):
    with TestClient(
        create_app(str(tmp_path / "empty.db")), raise_server_exceptions=False
    ) as client:
        yield client


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/api/meta",
        "/api/events?contry=Iraq",
        "/api/nothing",
        "/assets/favicon.svg",
        "/openapi.json",
    ],
)
def test_every_response_allows_only_the_apps_own_origin(client, url):
    policy = _policy(client.get(url))
    assert policy["default-src"] == "'self'" and policy["script-src"] == "'self'"
    assert policy["img-src"] == "'self' data:"
    assert policy["object-src"] == policy["base-uri"] == policy["frame-ancestors"] == "'none'"
    assert "style-src" not in policy  # no inline styles: default-src 'self' holds for them too


def test_an_internal_error_carries_them_too(client, monkeypatch):
    def broken():
        raise RuntimeError("a bug")

    monkeypatch.setattr(client.app.state.atlas, "facets", broken)
    response = client.get("/api/meta")
    assert response.status_code == 500
    assert _policy(response)["default-src"] == "'self'"


def test_the_docs_page_may_run_its_own_inline_script_and_no_other(client):
    page = client.get("/docs")
    (script,) = re.findall(r"<script>(.*?)</script>", page.text, re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert _policy(page)["script-src"] == f"'self' 'sha256-{digest}'"


def test_online_tiles_come_from_the_one_server_configured(tmp_path):
    settings = load_settings(
        env={},
        db=str(tmp_path / "tiles.db"),
        tile_url="https://{s}.tile.example.org/{z}/{x}/{y}.png",
    )
    with TestClient(create_app(settings=settings)) as client:
        policy = _policy(client.get("/"))
    assert policy["img-src"] == "'self' data: https://*.tile.example.org"
    assert policy["default-src"] == "'self'"
