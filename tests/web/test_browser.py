"""The web app in a real browser over the demo store: what each view shows, that the address
holds the state, and that nothing is fetched from outside the machine."""

from __future__ import annotations

import re
import urllib.parse

import pytest

from eventatlas.extract.classify import SUB_TYPES
from tests.web.conftest import CHROMIUM

if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Page, expect  # noqa: E402

EVENT_TYPES = list(SUB_TYPES)
# Counts the painted pixels of a canvas: a chart that was drawn has thousands.
PAINTED = """canvas => {
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) painted++;
  return painted;
}"""
# A spiderfied cluster stays on the map, faded to 0.3; clicking it again does nothing.
CLOSED_CLUSTER = ".event-cluster:not([style*='opacity: 0.3'])"
OPENED = "cluster => !cluster.isConnected || cluster.style.opacity === '0.3'"
MARKS = (
    "marks => marks.map(m => [+m.dataset.start, +m.dataset.end, m.dataset.event, m.textContent])"
)


def query_of(page: Page) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(page.url).query))


def total(server, **filters: str) -> int:
    return server.api("/api/events", limit="1", **filters)["total"]


def count_text(n: int) -> re.Pattern:
    return re.compile(rf"^{n} events?$")


def wait_for_map(page: Page) -> None:
    """Waits until the map has drawn all the events of the filters shown: until then its
    markers may be replaced."""
    page.locator("#map:not([aria-busy]) :is(.event-marker, .event-cluster)").first.wait_for()


def open_a_cluster(page: Page) -> None:
    cluster = page.locator(CLOSED_CLUSTER).first.element_handle()
    cluster.click()
    # A zoom replaces the cluster's icon; a spiderfy fades it.
    page.wait_for_function(OPENED, arg=cluster)


def open_an_event(page: Page, nth: int = 0) -> str:
    """Clicks the nth marker shown, opening clusters (zoom or spiderfy) until there is one;
    returns the id of the event whose card opened."""
    markers = page.locator("path.event-marker")
    for _ in range(12):
        if markers.count() > nth:
            markers.nth(nth).click()
            expect(page.get_by_test_id("event-card")).to_be_visible()
            expect(page).to_have_url(re.compile(r"[?&]event="))
            return query_of(page)["event"]
        open_a_cluster(page)
    raise AssertionError("no marker could be reached on the map")


def test_the_map_shows_the_events_with_their_count_and_legend(page, server):
    expected = total(server)
    assert expected > 0
    page.goto("/")
    wait_for_map(page)
    expect(page.get_by_test_id("event-count")).to_have_text(count_text(expected))
    legend = page.get_by_test_id("legend")
    for event_type in EVENT_TYPES:
        expect(legend).to_contain_text(event_type)
    # province borders of the countries the events are in, from the bundled Natural Earth data
    expect(page.locator("#map")).to_have_attribute("data-provinces", re.compile(r"\bIRQ\b"))
    expect(page.locator("#map")).to_have_attribute("data-provinces", re.compile(r"\bSYR\b"))


def test_a_marker_opens_the_event_card_with_its_sources(page, server, artifacts):
    page.goto("/")
    wait_for_map(page)
    event = server.api(f"/api/events/{open_an_event(page)}")
    card = page.get_by_test_id("event-card")
    expect(card.locator("time")).to_have_attribute("datetime", event["event_date"])
    expect(card.locator(".card-date")).to_contain_text(event["event_date"][:4])
    expect(card.locator("h2")).to_have_text(event["event_type"])
    expect(card).to_contain_text(event["notes"])
    first = event["sources"][0]
    expect(card.locator(".quote").first).to_have_text(first["quote"])
    expect(card.locator(".quote").first).to_have_attribute("lang", first["lang"])
    link = card.get_by_role("link", name="open article").first
    expect(link).to_have_attribute(
        "href", re.compile(rf"view=article&.*article={first['article_id']}")
    )
    page.screenshot(path=str(artifacts / "map-event-card.png"))

    page.reload()  # the address alone opens the same card
    expect(card.locator("h2")).to_have_text(event["event_type"])
    expect(card).to_contain_text(event["notes"])

    link.click()
    expect(page.get_by_test_id("article-text")).to_be_visible()
    assert query_of(page)["article"] == first["article_id"]


def test_language_and_date_filters_agree_with_the_api(page, server):
    page.goto("/")
    wait_for_map(page)
    page.get_by_test_id("filter-lang").select_option("sv")
    page.get_by_test_id("filter-from").fill("2019")
    page.get_by_test_id("filter-from").press("Enter")  # Enter applies, as the button does
    expect(page).to_have_url(re.compile(r"lang=sv"))
    assert query_of(page)["from"] == "2019"
    swedish = total(server, lang="sv", **{"from": "2019"})
    assert 0 < swedish < total(server)
    expect(page.get_by_test_id("event-count")).to_have_text(count_text(swedish))

    page.get_by_test_id("filter-to").fill("2019-12-31")
    page.get_by_test_id("filter-apply").click()
    expect(page).to_have_url(re.compile(r"to=2019-12-31"))
    in_2019 = total(server, lang="sv", **{"from": "2019", "to": "2019-12-31"})
    assert 0 < in_2019 < swedish
    expect(page.get_by_test_id("event-count")).to_have_text(count_text(in_2019))
    wait_for_map(page)
    open_a_cluster(page)  # clusters open too, not only single markers
    for nth in range(3):
        event = server.api(f"/api/events/{open_an_event(page, nth)}")
        assert event["event_date"].startswith("2019")
        expect(page.get_by_test_id("event-card").locator(".quote[lang=sv]").first).to_be_visible()
        page.keyboard.press("Escape")
        expect(page.get_by_test_id("event-card")).to_be_hidden()


def test_a_story_page_marks_the_quotes_in_its_articles(page, server, artifacts):
    listed = server.api("/api/stories", limit="100")
    page.goto("/")
    page.get_by_test_id("tab-stories").click()
    items = page.get_by_test_id("story-item")
    expect(items).to_have_count(listed["total"])
    first = listed["stories"][0]
    expect(items.first).to_contain_text(first["label"])

    items.first.get_by_role("link").click()
    expect(page.get_by_test_id("story-page")).to_be_visible()
    assert query_of(page) | {"view": "story", "story": first["story_id"]} == query_of(page)
    expect(page.get_by_test_id("story-label")).to_have_text(first["label"])
    story = server.api(f"/api/stories/{first['story_id']}")
    for summary in story["articles"]:
        expect(page.get_by_test_id("story-page")).to_contain_text(summary["title"])
    text = page.get_by_test_id("article-text")
    expect(text).to_have_count(1)  # the first article is open, the others wait for a click
    article = server.api(f"/api/articles/{story['articles'][0]['article_id']}")
    expect(text.locator("mark.quote").first).to_be_visible()
    assert text.text_content() == article["text"]
    marks = text.locator("mark.quote").evaluate_all(MARKS)
    spans = {(s["start"], s["end"], s["event_id"]) for s in article["spans"]}
    assert marks
    for start, end, event_id, words in marks:
        assert (start, end, event_id) in spans
        assert words == article["text"][start:end]
    page.screenshot(path=str(artifacts / "story-page.png"))

    text.locator("mark.quote").first.click()
    expect(page.get_by_test_id("event-card")).to_be_visible()
    assert query_of(page)["event"] == marks[0][2]
    page.get_by_text("show text").nth(1).click()
    expect(page.get_by_test_id("article-text")).to_have_count(2)


def test_the_timeline_of_a_story_shows_milestones_and_the_chart(page, server, artifacts):
    story = server.api("/api/stories", limit="1")["stories"][0]
    page.goto("/?view=timeline")
    expect(page.get_by_test_id("timeline")).to_contain_text("Choose a story or type words")
    page.get_by_test_id("filter-story").select_option(story["story_id"])
    page.get_by_test_id("filter-apply").click()
    timeline = server.api("/api/timeline", story=story["story_id"])
    milestones = page.get_by_test_id("milestone")
    expect(milestones).to_have_count(len(timeline["entries"]))
    entry = timeline["entries"][0]
    expect(milestones.first).to_contain_text(entry["headline"])
    expect(milestones.first.locator(".quote")).to_have_text(entry["text"])
    expect(milestones.first.locator(".quote")).to_have_attribute(
        "lang", entry["sources"][0]["lang"]
    )
    expect(page.get_by_test_id("chart")).to_be_visible()
    assert page.get_by_test_id("chart").evaluate(PAINTED) > 1000
    page.screenshot(path=str(artifacts / "timeline.png"), full_page=True)


def test_the_address_holds_the_state_and_back_returns(page):
    filters = {
        "filter-lang": "fr",
        "filter-from": "2017",
        "filter-to": "2019-06",
        "filter-type": "Battles",
        "filter-actor": "Islamic State",
        "filter-country": "Iraq",
        "filter-admin1": "Ninewa",
    }
    page.goto(
        "/?view=stories&lang=fr&from=2017&to=2019-06&type=Battles&actor=Islamic+State"
        "&country=Iraq&admin1=Ninewa"
    )
    for _ in range(2):  # as loaded, then after a reload
        expect(page.get_by_test_id("stories-list")).to_be_visible()
        for testid, value in filters.items():
            expect(page.get_by_test_id(testid)).to_have_value(value)
        page.reload()

    page.get_by_test_id("tab-map").click()
    expect(page.get_by_test_id("map")).to_be_visible()
    assert query_of(page)["view"] == "map" and query_of(page)["lang"] == "fr"
    page.go_back()
    expect(page.get_by_test_id("stories-list")).to_be_visible()
    expect(page.get_by_test_id("map")).to_be_hidden()
    assert query_of(page)["view"] == "stories"


def test_a_tab_clicked_while_the_page_loads_keeps_the_filters(page):
    held = []  # /api/meta answers only after the click

    def hold(route):
        held.append(route)

    page.route("**/api/meta*", hold)
    page.goto("/?view=stories&lang=fr&country=Iraq")
    page.get_by_test_id("tab-map").click()
    expect(page.get_by_test_id("map")).to_be_visible()
    assert query_of(page) == {"view": "map", "lang": "fr", "country": "Iraq"}
    for route in held:
        route.continue_()


def test_an_api_error_shows_in_the_banner(page, log, session_log):
    page.goto("/?view=article&article=no-such-article")
    expect(page.get_by_test_id("error")).to_contain_text("no-such-article")
    expect(page.get_by_test_id("tab-map")).to_be_visible()  # the page is still there
    # The browser logs the 404 response itself; that one is expected, and only that one.
    assert log.errors and all("404" in error for error in log.errors)
    for error in log.errors:
        session_log.errors.remove(error)


def test_the_api_docs_render_offline(page):
    page.goto("/docs")
    expect(page.locator(".opblock-summary-path", has_text="/api/events").first).to_be_visible()
    expect(page.locator(".opblock-summary-path", has_text="/api/ingest")).to_be_visible()


def test_nothing_leaves_the_machine_and_the_console_stays_clean(page, server, log, session_log):
    story = server.api("/api/stories", limit="1")["stories"][0]["story_id"]
    served = page.goto("/").headers
    assert "default-src 'self'" in served["content-security-policy"]
    assert served["x-content-type-options"] == "nosniff"
    wait_for_map(page)
    open_an_event(page)
    page.goto(f"/?view=timeline&q=Mosul&story={story}")
    page.get_by_test_id("milestone").first.wait_for()
    page.goto("/?view=timeline&q=Mosul")
    page.get_by_test_id("milestone").first.wait_for()
    page.goto(f"/?view=story&story={story}")
    page.get_by_test_id("article-text").wait_for()
    page.get_by_test_id("tab-timeline").click()
    page.get_by_test_id("milestone").first.wait_for()
    assert log.offsite == [] and log.errors == [] and log.blocked == []
    # and in every test before this one
    assert session_log.offsite == []
    assert session_log.errors == []
    assert session_log.blocked == []
