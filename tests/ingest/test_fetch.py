import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from eventatlas.errors import Code, InputRejected
from eventatlas.ingest.fetch import Fetcher
from eventatlas.settings import load_settings


def fetcher(handler=None, **settings):
    transport = httpx.MockTransport(handler) if handler else None
    return Fetcher(load_settings(env={}, **settings), transport=transport)


def rejected(call):
    with pytest.raises(InputRejected) as caught:
        call()
    return caught.value


def test_only_http_and_https():
    assert rejected(lambda: fetcher().get("ftp://example.org/x")).code is Code.FORBIDDEN_URL


def test_loopback_and_private_addresses_are_refused_by_default():
    for url in ("http://127.0.0.1:9/", "http://localhost/", "http://10.1.2.3/", "http://[::1]/"):
        assert rejected(lambda u=url: fetcher().get(u)).code is Code.FORBIDDEN_URL


def test_redirects_are_bounded_and_each_hop_checked():
    def loop(request):
        return httpx.Response(302, headers={"location": "/again"})

    f = fetcher(loop, fetch_allow_private=True, fetch_max_redirects=3)
    assert "redirects" in rejected(lambda: f.get("http://127.0.0.1/start")).reason

    def to_file(request):
        return httpx.Response(301, headers={"location": "file:///etc/passwd"})

    f = fetcher(to_file, fetch_allow_private=True)
    assert rejected(lambda: f.get("http://127.0.0.1/")).code is Code.FORBIDDEN_URL


def test_size_cap_applies_while_streaming():
    def big(request):
        return httpx.Response(200, content=b"x" * 5000)

    f = fetcher(big, fetch_allow_private=True, fetch_max_bytes=1000)
    assert rejected(lambda: f.get("http://127.0.0.1/")).code is Code.TOO_LARGE


def test_http_errors_are_rejections():
    f = fetcher(lambda r: httpx.Response(404), fetch_allow_private=True)
    assert rejected(lambda: f.get("http://127.0.0.1/")).reason == "HTTP 404"


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the stdlib's name)
        if self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        body = (
            b"<html><body><article><p>" + b"Real page text. " * 20 + b"</p></article></body></html>"
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_real_server_when_private_addresses_are_allowed(local_server):
    page = fetcher(fetch_allow_private=True).get(f"{local_server}/old")
    assert page.url.endswith("/page")
    assert b"Real page text." in page.body
