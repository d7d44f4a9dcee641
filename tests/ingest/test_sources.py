"""Reading what the user names: folders, files by type, and URLs from a real local server."""

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from eventatlas.cli import app
from eventatlas.ingest import read_inputs
from eventatlas.ingest.fetch import Fetcher
from eventatlas.ingest.sources import expand_paths
from eventatlas.records import RawDocument, Rejection
from eventatlas.settings import load_settings
from tests.conftest import RESOURCES

TEASER_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Local Wire</title>
<item><title>Samarra</title><link>{base}/nyhet.html</link>
<pubDate>Sun, 03 May 2020 07:00:00 +0000</pubDate>
<description>Ten killed near Samarra.</description></item>
</channel></rss>"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def site(tmp_path):
    (tmp_path / "nyhet.html").write_bytes((RESOURCES / "nyhet.html").read_bytes())
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(tmp_path)))
    base = f"http://127.0.0.1:{server.server_port}"
    (tmp_path / "feed.xml").write_text(TEASER_FEED.format(base=base))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base
    server.shutdown()


def read(names, **settings):
    settings = load_settings(env={}, **settings)
    return list(read_inputs(names, settings, Fetcher(settings)))


def test_folders_are_read_recursively_in_order_skipping_hidden(tmp_path):
    for name in ("b/2.txt", "a.txt", "b/.secret/x.txt", ".hidden.txt", "b/1.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.removeprefix(str(tmp_path) + "/") for p in expand_paths([str(tmp_path)])]
    assert found == ["a.txt", "b/1.html", "b/2.txt"]


def test_a_page_url(site):
    (doc,) = read([f"{site}/nyhet.html"], fetch_allow_private=True)
    assert isinstance(doc, RawDocument)
    assert doc.url == doc.locator == f"{site}/nyhet.html"
    assert doc.title == "Ti drept i angrep ved Samarra" and doc.source == "Testavisa"


def test_a_feed_url_whose_teaser_links_to_the_page(site):
    (doc,) = read([f"{site}/feed.xml"], fetch_allow_private=True)
    assert doc.title == "Samarra"
    assert doc.published == "2020-05-03"
    assert "Mukaishefah" in doc.text


def test_local_urls_are_refused_unless_allowed(site):
    (rejection,) = read([f"{site}/nyhet.html"])
    assert isinstance(rejection, Rejection) and rejection.code == "forbidden-url"


def test_cli_ingests_a_url(site, tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTATLAS_FETCH_ALLOW_PRIVATE", "true")
    result = CliRunner().invoke(
        app, ["ingest", f"{site}/nyhet.html", "--db", str(tmp_path / "url.db")]
    )
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output
