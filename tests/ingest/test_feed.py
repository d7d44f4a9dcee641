import pytest

from eventatlas.errors import Code, InputRejected
from eventatlas.ingest.feed import parse_feed
from eventatlas.records import RawDocument
from tests.conftest import RESOURCES


def test_items_with_their_own_content():
    feed = (RESOURCES / "feed.xml").read_bytes()
    first, second = parse_feed(feed, "feed.xml", path="feed.xml", fetch_page=None)
    assert first.title == "Border reinforced"
    assert first.locator == first.url == "https://test-monitor.example/border"
    assert (first.published, first.published_precision) == ("2018-12-20", "day")
    assert first.source == "Test Monitor"
    assert "Hajin pocket" in first.text and "\n\n" in first.text
    assert second.text.startswith("Members of the coalition")


def test_teaser_items_fetch_their_link():
    fetched = []

    def fetch_page(url):
        fetched.append(url)
        return RawDocument(
            text="The full report. " * 30, locator=url, format="html", source="Monitor site"
        )

    items = list(parse_feed((RESOURCES / "feed.xml").read_bytes(), "f", fetch_page=fetch_page))
    assert fetched == ["https://test-monitor.example/coalition"]
    assert items[1].text.startswith("The full report.")
    assert items[1].published == "2020-06-04"
    assert items[1].title == "Coalition meets"


def test_truncated_feed_is_rejected_whole():
    with pytest.raises(InputRejected) as caught:
        list(parse_feed((RESOURCES / "truncated-feed.xml").read_bytes(), "t.xml"))
    assert caught.value.code is Code.BAD_FEED
    assert "well-formed" in caught.value.reason
