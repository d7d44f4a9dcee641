"""Timelines and trends as a user asks for them, on a small store of reports we wrote."""

import json

import pytest
from typer.testing import CliRunner

from eventatlas.cli import app

runner = CliRunner()
REPORTS = {
    "en.txt": " date 2020-05-02 Islamic State kills ten militiamen near Samarra\n\n"
    "Islamic State fighters attacked checkpoints of the Popular Mobilization Forces near Samarra "
    "overnight, killing ten fighters, security officials said on Saturday.",
    "fr.txt": " date 2020-05-02 Dix miliciens tués près de Samarra\n\n"
    "Des combattants de l'État islamique ont attaqué dans la nuit de vendredi à samedi des "
    "positions du Hachd al-Chaabi près de Samarra, tuant dix combattants.",
    "en-2019.txt": " date 2019-05-04 Islamic State attack near Samarra kills four soldiers\n\n"
    "Islamic State militants attacked an army post near Samarra on Friday, killing four Iraqi "
    "soldiers, officials said.",
    "en-month.txt": " date 2018-12-20 Iraq sends troops to the Syrian border\n\n"
    "Iraq moved thousands of soldiers to the border with Syria in December, the army said.",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    for name, text in REPORTS.items():
        (folder / name).write_text(text)
    path = str(tmp_path_factory.mktemp("store") / "tl.db")
    assert runner.invoke(app, ["ingest", str(folder), "--db", path]).exit_code == 0
    return path


def run(*args):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_query_timeline_has_dated_milestones_with_english_headlines_and_sources(db):
    document = json.loads(run("timeline", "--query", "Samarra attack", "--db", db))
    by_date = {e["date"]: e for e in document["entries"]}
    may = by_date["2020-05-01"]
    assert may["date_precision"] == "day"
    assert may["headline"].startswith("On 2020-05-01, Islamic State")
    assert {s["lang"] for s in may["sources"]} == {"en", "fr"}
    assert may["event_ids"] and all(s["quote"] for s in may["sources"])
    dates = [e["date"] for e in document["entries"]]
    assert dates == sorted(dates)


def test_a_date_range_and_a_month_that_stays_a_month(db):
    document = json.loads(
        run(
            "timeline",
            "--query",
            "Iraq border troops",
            "--from",
            "2018-12",
            "--to",
            "2018-12",
            "--db",
            db,
        )
    )
    assert document["entries"], document
    assert all(e["date"].startswith("2018-12") for e in document["entries"])
    assert {"2018-12"} <= {e["date"] for e in document["entries"] if e["date_precision"] == "month"}


def test_keywords_pick_the_sentences_that_speak_for_a_date(db):
    everything = json.loads(run("timeline", "--query", "Samarra attack", "--db", db))
    assert {"2020-05-01", "2019-05-03"} <= {e["date"] for e in everything["entries"]}
    french = json.loads(
        run("timeline", "--query", "Samarra attack", "-k", "Hachd", "-k", "xyz", "--db", db)
    )
    assert "2020-05-01" in {e["date"] for e in french["entries"]}
    assert all("Hachd" in e["text"] for e in french["entries"])


def test_timelinejs_and_tilse_formats(db):
    js = json.loads(run("timeline", "--query", "Samarra", "--format", "timelinejs", "--db", db))
    assert js["events"] and {"start_date", "text", "group"} <= set(js["events"][0])
    assert js["events"][0]["start_date"]["year"] in (2018, 2019, 2020)
    text = run("timeline", "--query", "Samarra", "--format", "tilse", "--db", db)
    blocks = [b for b in text.split("-" * 32 + "\n") if b.strip()]
    assert blocks and all(len(b.splitlines()[0]) == 10 for b in blocks)  # days only


def test_timeline_needs_a_story_or_a_query_and_good_dates(db):
    assert runner.invoke(app, ["timeline", "--db", db]).exit_code == 2
    bad = runner.invoke(app, ["timeline", "--query", "x", "--from", "May 2020", "--db", db])
    assert bad.exit_code == 2
    unknown = runner.invoke(app, ["timeline", "--story", "s-none", "--db", db])
    assert unknown.exit_code == 1 and "no story 's-none'" in unknown.output


def test_trends_count_events_and_compare_with_a_year_earlier(db):
    rows = [
        json.loads(line)
        for line in run(
            "trends",
            "--by",
            "month",
            "--type",
            "Battles",
            "--country",
            "Iraq",
            "--json",
            "--db",
            db,
        ).splitlines()
    ]
    may = {r["period"]: r for r in rows if r["admin1"] == "Salah al-Din"}
    assert may["2020-05"]["events"] == 1  # two outlets, one merged event
    assert may["2020-05"]["fatalities"] == 10
    assert may["2020-05"]["events_year_before"] == 1 and may["2020-05"]["change"] == 0.0
    assert runner.invoke(app, ["trends", "--by", "decade", "--db", db]).exit_code == 2
