"""Every endpoint of the HTTP API, its filters and its errors, in process over the demo store."""

import pytest
from fastapi.testclient import TestClient

from eventatlas.api.app import create_app
from eventatlas.extract.classify import SUB_TYPES
from eventatlas.store import Store

ACLED_TYPES = set(SUB_TYPES)


@pytest.fixture(scope="module")
def client(demo_db):
    with TestClient(create_app(demo_db)) as client:
        yield client


@pytest.fixture(scope="module")
def all_events(client):
    return client.get("/api/events", params={"limit": 5000}).json()["events"]


@pytest.fixture(scope="module")
def story_of(demo_db):
    store = Store.open(demo_db)
    found = {a.article_id: a.story_id for a in store.articles()}
    store.close()
    return found


def _ok(response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


def _error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    return body["error"]["message"]


def test_meta_counts_what_the_store_holds(client, demo_db, all_events):
    meta = _ok(client.get("/api/meta"))
    store = Store.open(demo_db)
    assert meta["articles"] == len(list(store.articles()))
    assert meta["stories"] == len(store.stories()) == len(meta["stories_index"])
    store.close()
    assert meta["events"] == len(all_events) > 50
    assert set(meta["event_types"]) <= ACLED_TYPES and "Battles" in meta["event_types"]
    assert {"ar", "en", "fr", "no", "sv", "de"} <= set(meta["languages"])
    iraq = next(c for c in meta["countries"] if c["country"] == "Iraq")
    assert "Salah al-Din" in iraq["admin1"]
    assert "Islamic State" in meta["actors"][:5]
    assert meta["first_date"] <= meta["last_date"]
    assert meta["tile_url"] is None  # offline unless configured


def test_events_are_paged_in_date_order(client, all_events):
    dates = [e["event_date"] for e in all_events]
    assert dates == sorted(dates)
    page = _ok(client.get("/api/events", params={"limit": 5, "offset": 5}))
    assert page["total"] == len(all_events)
    assert [e["event_id"] for e in page["events"]] == [e["event_id"] for e in all_events[5:10]]
    newest = _ok(client.get("/api/events", params={"limit": 3, "order": "-date"}))["events"]
    assert [e["event_date"] for e in newest] == sorted(dates, reverse=True)[:3]


def test_every_event_carries_quotes_with_article_titles(all_events):
    for event in all_events:
        assert event["sources"] and event["notes"]
        for source in event["sources"]:
            assert source["quote"] and source["title"] is not None
            assert source["end"] > source["start"]


@pytest.mark.parametrize(
    ("params", "holds"),
    [
        ({"type": "Battles"}, lambda e, _: e["event_type"] == "Battles"),
        ({"country": "Syria"}, lambda e, _: e["country"] == "Syria"),
        ({"admin1": "Salah al-Din"}, lambda e, _: e["admin1"] == "Salah al-Din"),
        (
            {"actor": "popular mobilization"},
            lambda e, _: any(
                "popular mobilization" in (e[k] or "").lower() for k in ("actor1", "actor2")
            ),
        ),
        ({"from": "2019-03", "to": "2019-03"}, lambda e, _: e["event_date"][:7] == "2019-03"),
        ({"from": "2020-05-02"}, lambda e, _: e["event_date"] >= "2020-05-02"),
        ({"to": "2017"}, lambda e, _: e["event_date"][:4] <= "2017"),
        ({"lang": "ar"}, lambda e, _: any(s["lang"] == "ar" for s in e["sources"])),
    ],
)
def test_each_filter_admits_only_what_it_names(client, all_events, params, holds):
    found = _ok(client.get("/api/events", params=params | {"limit": 5000}))
    assert found["total"] == len(found["events"]) > 0
    assert all(holds(e, params) for e in found["events"])
    assert found["total"] == sum(1 for e in all_events if holds(e, params))


def test_filters_combine_and_a_story_filter_follows_the_articles(client, all_events, story_of):
    story = _ok(client.get("/api/stories", params={"limit": 1}))["stories"][0]["story_id"]
    found = _ok(client.get("/api/events", params={"story": story, "limit": 5000}))["events"]
    expected = [
        e for e in all_events if any(story_of[s["article_id"]] == story for s in e["sources"])
    ]
    assert [e["event_id"] for e in found] == [e["event_id"] for e in expected] != []
    both = _ok(client.get("/api/events", params={"story": story, "lang": "sv"}))["events"]
    assert both and all(any(s["lang"] == "sv" for s in e["sources"]) for e in both)
    assert {e["event_id"] for e in both} < {e["event_id"] for e in found}


def test_free_text_finds_events_across_languages(client):
    found = _ok(client.get("/api/events", params={"q": "attack near Samarra", "limit": 5000}))
    assert 0 < found["total"] < 60
    assert any(e["admin1"] == "Salah al-Din" for e in found["events"])
    languages = {s["lang"] for e in found["events"] for s in e["sources"]}
    assert len(languages) >= 3


def test_one_event_by_id(client, all_events):
    first = all_events[0]
    assert _ok(client.get(f"/api/events/{first['event_id']}")) == first
    assert "no event" in _error(client.get("/api/events/nothing-here"), 404, "not_found")


@pytest.mark.parametrize(
    ("url", "params", "names"),
    [
        ("/api/events", {"from": "2019-13"}, "from"),
        ("/api/events", {"to": "last week"}, "to"),
        ("/api/events", {"limit": 0}, "limit"),
        ("/api/events", {"limit": "many"}, "limit"),
        ("/api/events", {"offset": -1}, "offset"),
        ("/api/events", {"lang": "Swedish"}, "lang"),
        ("/api/events", {"order": "size"}, "order"),
        ("/api/counts", {"by": "day"}, "by"),
        ("/api/trends", {"by": "decade"}, "by"),
        ("/api/search", {}, "q"),
        ("/api/timeline", {"story": "x", "dates": 0}, "dates"),
        ("/api/stories", {"limit": 100000}, "limit"),
        ("/api/articles", {"from": "May"}, "from"),
    ],
)
def test_bad_parameters_get_422_naming_them(client, url, params, names):
    message = _error(client.get(url, params=params), 422, "invalid_parameters")
    assert message.startswith(names)


def test_unknown_paths_and_methods_get_json_errors(client):
    _error(client.get("/api/nothing"), 404, "not_found")
    _error(client.delete("/api/events"), 405, "method_not_allowed")


def test_counts_add_up_to_the_events_per_month_and_type(client, all_events):
    rows = _ok(client.get("/api/counts", params={"by": "month"}))["rows"]
    assert sum(r["events"] for r in rows) == len(all_events)
    assert sum(r["fatalities"] for r in rows) == sum(e["fatalities"] or 0 for e in all_events)
    battles_2017 = _ok(client.get("/api/counts", params={"by": "year", "type": "Battles"}))
    count = sum(r["events"] for r in battles_2017["rows"] if r["period"] == "2017")
    assert count == sum(
        1 for e in all_events if e["event_type"] == "Battles" and e["event_date"][:4] == "2017"
    )


def test_trends_compare_with_a_year_earlier(client, all_events):
    rows = _ok(client.get("/api/trends", params={"by": "year", "country": "Iraq"}))["rows"]
    assert sum(r["events"] for r in rows) == sum(1 for e in all_events if e["country"] == "Iraq")
    by_key = {(r["period"], r["admin1"]): r for r in rows}
    for row in rows:
        before = by_key.get((str(int(row["period"]) - 1), row["admin1"]))
        assert row["events_year_before"] == (before["events"] if before else 0)
        if before:
            assert row["change"] == round(row["events"] / before["events"] - 1, 3)


def test_timeline_of_a_story_and_of_a_query(client):
    story = _ok(client.get("/api/stories", params={"limit": 1}))["stories"][0]
    found = _ok(client.get("/api/timeline", params={"story": story["story_id"], "dates": 5}))
    assert found["title"] == story["label"]
    assert 0 < len(found["entries"]) <= 5
    for entry in found["entries"]:
        assert entry["headline"] and entry["sources"]
        assert entry["date_precision"] in ("day", "month")
    query = _ok(client.get("/api/timeline", params={"q": "Islamic State Iraq", "to": "2018"}))
    assert query["entries"] and all(e["date"][:4] <= "2018" for e in query["entries"])
    named = _ok(client.get("/api/timeline", params={"q": "Samarra", "keyword": ["Samarra"]}))
    assert named["entries"] and all("samarra" in e["text"].lower() for e in named["entries"])
    tljs = _ok(client.get("/api/timeline", params={"q": "Samarra", "format": "timelinejs"}))
    assert tljs["events"] and "start_date" in tljs["events"][0]
    _error(client.get("/api/timeline"), 422, "invalid_parameters")
    _error(client.get("/api/timeline", params={"story": "s-none"}), 404, "not_found")


def test_stories_list_and_story_page(client):
    listed = _ok(client.get("/api/stories", params={"limit": 100}))
    sizes = [s["articles"] for s in listed["stories"]]
    assert sizes == sorted(sizes, reverse=True) and listed["total"] == len(sizes)
    swedish = _ok(client.get("/api/stories", params={"lang": "sv"}))["stories"]
    assert swedish and all("sv" in s["languages"] for s in swedish)
    assert len(swedish) < listed["total"]
    in_2019 = _ok(client.get("/api/stories", params={"from": "2019", "to": "2019"}))["stories"]
    assert in_2019 and all(s["first_date"][:4] <= "2019" <= s["last_date"][:4] for s in in_2019)
    first = listed["stories"][0]
    page = _ok(client.get(f"/api/stories/{first['story_id']}"))
    assert len(page["articles"]) == len(page["article_ids"]) == first["articles"]
    assert all("text" not in a for a in page["articles"])
    _error(client.get("/api/stories/none"), 404, "not_found")


def test_articles_filters_and_quote_spans(client, all_events):
    french = _ok(client.get("/api/articles", params={"lang": "fr", "limit": 3}))
    assert french["total"] > 3 and len(french["articles"]) == 3
    assert all(a["lang"] == "fr" for a in french["articles"])
    source = all_events[0]["sources"][0]
    article = _ok(client.get(f"/api/articles/{source['article_id']}"))
    for span in article["spans"]:
        quoted = _ok(client.get(f"/api/events/{span['event_id']}"))["sources"]
        assert article["text"][span["start"] : span["end"]] in {s["quote"] for s in quoted}
    assert any(span["event_id"] == all_events[0]["event_id"] for span in article["spans"])
    found = _ok(client.get("/api/articles", params={"q": "Samarra"}))
    assert found["articles"] and found["total"] <= 20
    _error(client.get("/api/articles/none"), 404, "not_found")


def test_search_crosses_languages(client):
    hits = _ok(client.get("/api/search", params={"q": "attack near Samarra", "limit": 15}))
    assert len(hits["hits"]) == 15
    assert len({h["lang"] for h in hits["hits"]}) >= 3
    swedish = _ok(client.get("/api/search", params={"q": "Samarra", "lang": "sv"}))["hits"]
    assert swedish and all(h["lang"] == "sv" for h in swedish)


def test_openapi_documents_every_endpoint(client):
    paths = _ok(client.get("/openapi.json"))["paths"]
    for path in (
        "/api/meta",
        "/api/events",
        "/api/events/{event_id}",
        "/api/counts",
        "/api/trends",
        "/api/timeline",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/ingest",
    ):
        assert path in paths
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"from", "to", "type", "actor", "country", "admin1", "lang", "story", "q"} <= names
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/assets/" in docs.text and "cdn" not in docs.text


REPORT = {
    "text": "Islamic State fighters attacked a checkpoint of the Popular Mobilization Forces "
    "near Samarra on Friday, killing four of them, security sources said.",
    "title": "Four PMF fighters killed near Samarra",
    "published": "2020-06-06",
    "lang": "en",
}


@pytest.fixture
def writable(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTATLAS_TOKEN", "s3cret")
    with TestClient(create_app(str(tmp_path / "posted.db"))) as client:
        yield client


def test_ingest_needs_the_token(writable):
    _error(writable.post("/api/ingest", json={"articles": [REPORT]}), 401, "unauthorized")
    wrong = {"Authorization": "Bearer guess"}
    _error(
        writable.post("/api/ingest", json={"articles": [REPORT]}, headers=wrong),
        401,
        "unauthorized",
    )
    assert _ok(writable.get("/api/meta"))["articles"] == 0


def test_ingest_is_off_without_a_token(client, monkeypatch):
    monkeypatch.delenv("EVENTATLAS_TOKEN", raising=False)
    message = _error(client.post("/api/ingest", json={"articles": [REPORT]}), 403, "forbidden")
    assert "EVENTATLAS_TOKEN" in message


def test_ingest_stores_good_articles_rejects_bad_ones_and_is_idempotent(writable):
    auth = {"Authorization": "Bearer s3cret"}
    posted = {"articles": [REPORT, {"text": "   "}, {"text": "too short"}]}
    done = _ok(writable.post("/api/ingest", json=posted, headers=auth))
    assert done["new"] == 1 and len(done["rejected"]) == 2
    assert all(r["reason"] and r["locator"].startswith("api#L") for r in done["rejected"])
    events = _ok(writable.get("/api/events"))["events"]
    assert len(events) == 1
    assert events[0]["admin1"] == "Salah al-Din" and events[0]["fatalities"] == 4
    assert events[0]["location"] == "Samarra" and events[0]["geo_precision"] == 2
    assert events[0]["event_date"] == "2020-06-05"
    again = _ok(writable.post("/api/ingest", json={"articles": [REPORT]}, headers=auth))
    assert again["new"] == 0 and again["unchanged"] == 1
    assert _ok(writable.get("/api/meta"))["articles"] == 1


def test_ingest_rejects_a_malformed_body_with_422(writable):
    auth = {"Authorization": "Bearer s3cret"}
    _error(
        writable.post("/api/ingest", json={"articles": []}, headers=auth), 422, "invalid_parameters"
    )
    _error(
        writable.post("/api/ingest", json={"text": "x"}, headers=auth), 422, "invalid_parameters"
    )
    bad = writable.post(
        "/api/ingest", content=b"not json", headers=auth | {"content-type": "application/json"}
    )
    _error(bad, 422, "invalid_parameters")


def test_ingest_says_which_undated_report_it_dated_from_its_text(writable):
    auth = {"Authorization": "Bearer s3cret"}
    undated = {
        "text": "On Friday, June 5, Islamic State fighters attacked an army post near Samarra, "
        "killing two soldiers, security sources said.",
        "lang": "en",
    }
    done = _ok(writable.post("/api/ingest", json={"articles": [REPORT, undated]}, headers=auth))
    assert done["new"] == 2
    assert done["dated_from_text"] == [
        {
            "locator": "api#L2",
            "how": "pinned",
            "words": "Friday, June 5",
            "published": "2020-06-05",
        }
    ]
