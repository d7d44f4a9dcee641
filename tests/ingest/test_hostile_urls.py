"""No way past the private-address block: feeds are parsed from the bytes we read or fetched,
and a connection goes to the address that was checked."""

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventatlas.ingest import read_inputs
from eventatlas.ingest.fetch import Fetcher
from eventatlas.records import RawDocument, Rejection
from eventatlas.settings import load_settings

SECRET_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Internal</title>
<item><title>Secret</title><link>http://internal.example/s</link>
<description>{words}</description></item></channel></rss>"""
SECRET_WORDS = "internal-only words " * 40


class _Recorder(BaseHTTPRequestHandler):
    """Answers every GET with the body `bodies` holds for its path, typed as a feed unless it is
    a page, and notes the path and the Host header."""

    bodies: dict[str, str] = {}
    hits: list[str] = []
    hosts: list[str] = []

    def do_GET(self):  # noqa: N802 (the stdlib's name)
        self.hits.append(self.path)
        self.hosts.append(self.headers["Host"])
        body = self.bodies.get(self.path, SECRET_FEED.format(words=SECRET_WORDS))
        self.send_response(200)
        page = body.startswith("<html")
        self.send_header("Content-Type", "text/html" if page else "application/rss+xml")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def loopback():
    handler = type("Handler", (_Recorder,), {"bodies": {}, "hits": [], "hosts": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield handler, server.server_port
    server.shutdown()
    server.server_close()


def read(names, **settings):
    settings = load_settings(env={}, **settings)
    fetcher = Fetcher(settings)
    try:
        return list(read_inputs(names, settings, fetcher))
    finally:
        fetcher.close()


def test_a_feed_file_that_holds_a_url_is_not_fetched(loopback, tmp_path):
    handler, port = loopback
    feed = tmp_path / "x.xml"
    feed.write_text(f"http://127.0.0.1:{port}/internal#<rss")
    (item,) = read([str(feed)])
    assert isinstance(item, Rejection) and item.code == "bad-feed"
    assert handler.hits == []


@pytest.mark.parametrize("form", ["file://{}", "{}"])
def test_a_fetched_feed_that_names_a_local_file_is_not_read(loopback, tmp_path, form):
    handler, port = loopback
    secret = tmp_path / "secret.xml"
    secret.write_text(SECRET_FEED.format(words=SECRET_WORDS))
    handler.bodies["/feed"] = form.format(secret)
    items = read([f"http://127.0.0.1:{port}/feed"], fetch_allow_private=True)
    assert handler.hits == ["/feed"]
    assert not any(isinstance(i, RawDocument) and "internal-only" in i.text for i in items)
    assert [i.code for i in items] == ["bad-feed"]


def resolver(monkeypatch, answers):
    """getaddrinfo for `rebind.example` gives the next of `answers` each time it is asked."""
    real = socket.getaddrinfo
    asked = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        address = answers[min(len(asked), len(answers) - 1)]
        asked.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


def test_dns_rebinding_connects_only_to_the_checked_address(loopback, monkeypatch):
    handler, port = loopback
    asked = resolver(monkeypatch, ["93.184.216.34", "127.0.0.1"])
    connected = []
    real_connect = socket.create_connection

    def create_connection(address, *args, **kwargs):
        connected.append(address[0])
        if address[0] == "93.184.216.34":  # no outside network in tests: that host refuses
            raise ConnectionRefusedError("refused")
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    (item,) = read([f"http://rebind.example:{port}/page"])
    assert isinstance(item, Rejection) and item.code == "fetch"
    assert "\n" not in item.reason
    assert handler.hits == []
    assert asked == ["93.184.216.34"] and connected == ["93.184.216.34"]


def test_a_name_that_answers_loopback_is_refused_in_one_line(loopback, monkeypatch):
    handler, port = loopback
    resolver(monkeypatch, ["127.0.0.1"])
    (item,) = read([f"http://rebind.example:{port}/page"])
    assert item.code == "forbidden-url"
    assert item.reason == (
        "rebind.example is a private or loopback address (set fetch_allow_private to allow it)"
    )
    assert handler.hits == []


def test_the_checked_address_is_reached_under_the_name(loopback, monkeypatch):
    handler, port = loopback
    handler.bodies["/page"] = "<html><body><article><p>" + "Real page text. " * 20
    resolver(monkeypatch, ["127.0.0.1", "10.0.0.1"])
    (doc,) = read([f"http://rebind.example:{port}/page"], fetch_allow_private=True)
    assert doc.url == f"http://rebind.example:{port}/page"
    assert handler.hits == ["/page"] and handler.hosts == [f"rebind.example:{port}"]
