import json

from typer.testing import CliRunner

from eventatlas.cli import app

runner = CliRunner()

DATED = (
    "Gunmen attack Samarra market\n"
    "Friday, 8 March 2019, 18:40\n\n"
    "Islamic State gunmen attacked the central market of Samarra on Friday afternoon, killing "
    "four people and wounding fifteen, police said.\n\n"
    "One attacker was arrested near the market an hour later, officials said."
)
MONTH_ONLY = (
    " date 2019-03 Police in Samarra said Islamic State fighters opened fire on shoppers at the "
    "central market on Friday, killing four people and injuring fifteen.\n\n"
    "A suspect was detained close to the market shortly afterwards, according to officials."
)


def _ingest(tmp_path, files: dict[str, str]):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text)
    db = str(tmp_path / "store.db")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    articles = runner.invoke(app, ["export", "articles", "--db", db]).output
    return result.output, {
        a["path"].rsplit("/", 1)[-1]: a for a in map(json.loads, articles.splitlines())
    }


def test_a_report_known_to_the_month_takes_its_day_from_its_storys_dated_report(tmp_path):
    output, articles = _ingest(tmp_path, {"dated.txt": DATED, "month.txt": MONTH_ONLY})
    dated, month = articles["dated.txt"], articles["month.txt"]
    assert dated["story_id"] == month["story_id"]
    assert (dated["published"], dated["published_precision"]) == ("2019-03-08", "day")
    assert (month["published"], month["published_precision"]) == ("2019-03-08", "inferred-story")
    assert "2019-03 given, 2019-03-08 inferred from its story" in output
    assert "'Friday' fits" in output
    reports = runner.invoke(
        app, ["export", "events", "--reports", "--db", str(tmp_path / "store.db")]
    )
    dates = {
        e["event_date"]
        for e in map(json.loads, reports.output.splitlines())
        if e["sources"][0]["article_id"] == month["article_id"]
    }
    assert dates == {"2019-03-08"}  # its "on Friday", read against the story's day


def test_without_a_dated_report_in_its_story_the_month_stays(tmp_path):
    _, articles = _ingest(tmp_path, {"month.txt": MONTH_ONLY})
    assert (articles["month.txt"]["published"], articles["month.txt"]["published_precision"]) == (
        "2019-03",
        "month",
    )


def test_a_dated_report_arriving_later_dates_the_stored_ones_of_its_story(tmp_path):
    db = str(tmp_path / "store.db")

    def event_dates() -> list[str]:
        stored = runner.invoke(app, ["export", "articles", "--db", db]).output
        month_id = next(
            a["article_id"]
            for a in map(json.loads, stored.splitlines())
            if a["path"].endswith("month.txt")
        )
        reports = runner.invoke(app, ["export", "events", "--reports", "--db", db]).output
        return sorted(
            e["event_date"]
            for e in map(json.loads, reports.splitlines())
            if e["sources"][0]["article_id"] == month_id
        )

    seen = []
    for name, text in (("month.txt", MONTH_ONLY), ("dated.txt", DATED)):
        folder = tmp_path / name.removesuffix(".txt")
        folder.mkdir()
        (folder / name).write_text(text)
        result = runner.invoke(app, ["ingest", str(folder), "--db", db])
        assert result.exit_code == 0, result.output
        seen.append(event_dates())
    assert "2019-03 given, 2019-03-08 inferred from its story (again, with 1 report" in (
        result.output
    )
    articles = {
        a["path"].rsplit("/", 1)[-1]: a
        for a in map(
            json.loads, runner.invoke(app, ["export", "articles", "--db", db]).output.splitlines()
        )
    }
    month = articles["month.txt"]
    assert (month["published"], month["published_precision"]) == ("2019-03-08", "inferred-story")
    assert month["story_id"] == articles["dated.txt"]["story_id"]
    before, after = seen
    assert before and set(before) == {"2019-03"}
    assert after == ["2019-03-08"] * len(before)  # its events read again, none left stale


def test_a_story_none_of_whose_reports_is_dated_takes_the_day_they_name(tmp_path):
    named = MONTH_ONLY.replace("on Friday", "on Friday, March 8")
    second = DATED.replace("Friday, 8 March 2019, 18:40\n", "").replace(
        "on Friday afternoon", "on Friday, March 8, in the afternoon"
    )
    output, articles = _ingest(tmp_path, {"a.txt": named, "b.txt": " date 2019-03 " + second})
    assert {a["published_precision"] for a in articles.values()} == {"inferred-story"}
    assert "the day its reports name most" in output
    stories = runner.invoke(app, ["export", "stories", "--db", str(tmp_path / "store.db")])
    story = json.loads(stories.output.splitlines()[0])
    assert story["first_date"] in ("2019-03-08", "2019-03-09")  # the day named, or the next
