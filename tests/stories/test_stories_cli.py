"""Stories as a user meets them: ingest, export stories, export articles with story ids."""

import csv
import io
import json

from typer.testing import CliRunner

from eventatlas.cli import app

runner = CliRunner()

REPORTS = {
    "en.txt": " date 2020-05-02 Islamic State attack kills ten militia fighters near Samarra\n\n"
    "Islamic State fighters attacked positions of the Popular Mobilization Forces near Samarra "
    "overnight, killing ten fighters, security officials said on Saturday.",
    "fr.txt": " date 2020-05-02 Irak : dix combattants du Hachd tués près de Samarra\n\n"
    "Des jihadistes du groupe État islamique ont attaqué des positions du Hachd al-Chaabi près "
    "de Samarra dans la nuit, tuant dix combattants, selon des sources de sécurité.",
    "no.txt": " date 2020-05-03 Ti militsfolk drept i IS-angrep ved Samarra\n\n"
    "IS-krigere angrep natt til lørdag stillinger tilhørende militsen nær Samarra og drepte ti "
    "militsfolk, opplyser sikkerhetskilder.",
    "weather.txt": " date 2020-05-02 Storm brings heavy rain and flooding to southern England\n\n"
    "Heavy rain and strong winds swept across southern England on Saturday, flooding roads and "
    "cancelling trains, the Met Office said.",
}


def test_reports_of_one_event_in_three_languages_make_one_story(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text)
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(folder), "--db", db]).exit_code == 0
    stories = [
        json.loads(line)
        for line in runner.invoke(app, ["export", "stories", "--db", db]).output.splitlines()
    ]
    articles = {
        json.loads(line)["path"].rsplit("/", 1)[-1]: json.loads(line)
        for line in runner.invoke(app, ["export", "articles", "--db", db]).output.splitlines()
    }
    assert len(stories) == 2
    samarra = next(s for s in stories if len(s["article_ids"]) == 3)
    assert samarra["languages"] == ["en", "fr", "no"]
    assert samarra["label"] == "Islamic State attack kills ten militia fighters near Samarra"
    assert (samarra["first_date"], samarra["last_date"]) == ("2020-05-02", "2020-05-03")
    assert {articles[n]["story_id"] for n in ("en.txt", "fr.txt", "no.txt")} == {
        samarra["story_id"]
    }
    assert articles["en.txt"]["thread_id"] == samarra["thread_id"]
    assert articles["weather.txt"]["story_id"] != samarra["story_id"]

    # a later batch joins the existing story; a copy shares its original's story
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "copy.txt").write_text(
        REPORTS["en.txt"].replace("2020-05-02", "2020-05-04")
    )
    assert runner.invoke(app, ["ingest", str(tmp_path / "later"), "--db", db]).exit_code == 0
    again = {
        json.loads(line)["path"].rsplit("/", 1)[-1]: json.loads(line)
        for line in runner.invoke(app, ["export", "articles", "--db", db]).output.splitlines()
    }
    assert again["copy.txt"]["duplicate_of"] == again["en.txt"]["article_id"]
    assert again["copy.txt"]["story_id"] == samarra["story_id"]


def test_stories_export_as_csv(tmp_path):
    (tmp_path / "a.txt").write_text(REPORTS["en.txt"])
    db = str(tmp_path / "s.db")
    runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db])
    output = runner.invoke(app, ["export", "stories", "--format", "csv", "--db", db]).output
    header = output.splitlines()[0]
    assert header == "story_id,thread_id,label,first_date,last_date,article_ids,languages,event_ids"
    (row,) = csv.DictReader(io.StringIO(output))
    assert row["languages"] == "en" and row["event_ids"].startswith("e")


def test_cross_lingual_search_finds_the_other_languages(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text)
    db = str(tmp_path / "s.db")
    runner.invoke(app, ["ingest", str(folder), "--db", db])
    result = runner.invoke(app, ["search", "attack on Iraqi militia near Samarra", "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 4
    top3 = " ".join(lines[:3])
    assert " fr " in top3 and " no " in top3 and " en " in top3  # the weather report ranks last
    assert "Storm" in lines[3]
    only_french = runner.invoke(app, ["search", "Samarra", "--lang", "fr", "--db", db]).output
    assert len(only_french.splitlines()) == 1 and "Hachd" in only_french
    assert "text+meaning" in only_french
