"""One bad input never stops the batch or loses the good files beside it: each is stored or
rejected with a stable code and one line, and the run's counts add up to what was given."""

import json
import os
import pathlib
import subprocess
import sys
from dataclasses import replace

import pytest

from eventatlas import pipeline
from eventatlas.ingest.decode import decode
from eventatlas.ingest.jsonl import parse_jsonl
from eventatlas.ingest.sources import expand_paths
from eventatlas.pipeline import ingest
from eventatlas.records import RawDocument, Rejection

REPORT = (
    "Iraqi forces retook the town of Rawa on {day} after heavy fighting with militants, "
    "officials said. Several soldiers were wounded near the Euphrates river ({n})."
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WORDS = ("army", "militia", "convoy", "border", "desert", "village", "police", "rebels", "bridge")


def report(n: int) -> str:
    """Reports distinct enough that none is a near-copy of another."""
    tail = " ".join(WORDS[(n * 7 + k * k) % len(WORDS)] for k in range(30))
    return REPORT.format(day=DAYS[n % 7], n=n) + " " + tail + "."


def line(**record) -> str:
    return json.dumps(record) + "\n"


def hostile_folder(root: pathlib.Path) -> dict[str, str | None]:
    """Files named by what becomes of them: the expected rejection code, or None (stored)."""
    expected: dict[str, str | None] = {}

    def put(name: str, content: str | bytes, outcome: str | None) -> None:
        path = root / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        expected[name] = outcome

    for n in range(3):
        put(f"good-{n}.txt", f" date 2019-03-0{n + 1} {report(n)}", None)
    for n, codec in enumerate(("base64", "rot13", "punycode", "uu", "zlib", "utf-7")):
        page = f'<html><head><meta charset="{codec}"></head><body><p>{report(10 + n)}</p>'
        put(f"charset-{codec}.html", page, "encoding")
    put("deep-2000.jsonl", "[" * 2000 + "]" * 2000 + "\n", "bad-json")
    put("deep-100000.jsonl", '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n", "bad-json")
    put("int-5000-digits.jsonl", '{"text": "' + report(20) + '", "n": ' + "9" * 5000 + "}", None)
    put("surrogate-text.jsonl", line(text=report(21) + " \ud800"), None)
    put("surrogate-title.jsonl", line(text=report(22), title="bad \udfff title"), None)
    put("huge-toll.txt", report(23) + " Gunmen killed 99999999999999999999 people.", None)
    put("digits.txt", report(24) + " " + "7" * 5000 + " were killed.", None)
    put("date-0001.txt", f" date 0001-01-01 {report(25)}", "bad-date")
    put("date-9999.txt", f" date 9999-12-31 {report(26)}", "bad-date")
    put("published-odd.jsonl", line(text=report(27), published="2019-02-30"), "bad-date")
    put(os.fsdecode(b"name-\xff\xfe.txt"), report(28), None)
    put("unreadable.txt", report(29), "unreadable")
    (root / "loop").mkdir()
    (root / "loop" / "inside.txt").write_text(report(30))
    expected["loop/inside.txt"] = None
    (root / "loop" / "back").symlink_to("..")
    (root / "loop" / "self").symlink_to("self")
    expected["loop/self"] = "not-found"
    return expected


def test_a_batch_of_hostile_files_stores_the_good_ones(tmp_path, settings, store, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    expected = hostile_folder(folder)
    # chmod 000 does not stop root, who runs some test machines: the refusal is simulated
    real_read = pathlib.Path.read_bytes

    def read_bytes(path):
        if path.name == "unreadable.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    summary = ingest([str(folder)], store, replace(settings, batch_size=4))

    codes = {r.locator.removeprefix(f"{folder}/").split("#")[0]: r.code for r in summary.rejections}
    stored = {a.locator.removeprefix(f"{folder}/").split("#")[0] for a in store.articles()}
    for name, outcome in expected.items():
        shown = os.fsencode(name).decode("utf-8", "backslashreplace")
        if outcome is None:
            assert shown in stored, name
        else:
            assert codes.get(shown) == outcome, name
    assert all("\n" not in r.reason for r in summary.rejections)
    assert summary.new + summary.duplicate + summary.unchanged + summary.rejected == len(expected)
    assert store.runs()[-1]["status"] == "done"
    texts = {a.locator.rsplit("/", 1)[-1]: a for a in store.articles()}
    assert "\ufffd" in texts["surrogate-text.jsonl#L1"].text
    assert texts["surrogate-title.jsonl#L1"].title == "bad \ufffd title"
    assert "name-\\xff\\xfe.txt" in texts


@pytest.mark.parametrize("codec", ["base64", "rot13", "punycode", "uu", "zlib", "idna", "hex"])
def test_a_declared_charset_that_is_no_text_encoding_is_refused(codec):
    page = f'<html><meta charset="{codec}"><p>Rawa retaken.</p></html>'.encode()
    with pytest.raises(Exception) as caught:
        decode(page, html=True)
    assert caught.value.code == "encoding"


def test_json_lines_that_break_the_json_reader_cost_only_themselves():
    lines = [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"text": "Rawa retaken.", "views": ' + b"9" * 5000 + b"}",
        b'{"text": "Rawa retaken again."}',
    ]
    deep, big, plain = parse_jsonl(lines, "x.jsonl", 10**8)
    assert isinstance(deep, Rejection) and deep.code == "bad-json"
    assert isinstance(big, RawDocument) and isinstance(plain, RawDocument)


def test_a_folder_linked_back_to_itself_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    assert list(expand_paths([str(tmp_path)])) == [str(tmp_path / "a.txt")]


def test_a_folder_that_cannot_be_listed_is_a_rejection(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text("x")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    ok, locked = expand_paths([str(tmp_path)])
    assert ok == str(tmp_path / "ok.txt")
    assert (locked.locator, locked.code) == (str(tmp_path / "locked"), "unreadable")
    assert locked.reason == "cannot read it (Permission denied)"


def test_an_article_the_store_cannot_hold_is_rejected_alone(tmp_path, settings, store, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(report(40 + n))
    real = pipeline.to_article

    def to_article(doc):  # a value no SQLite integer holds, however it came about
        article = real(doc)
        return replace(article, chars=2**70) if article.locator.endswith("1.txt") else article

    monkeypatch.setattr(pipeline, "to_article", to_article)
    summary = ingest([str(folder)], store, settings)
    assert summary.new == 2
    (rejection,) = summary.rejections
    assert rejection.locator.endswith("1.txt") and rejection.code == "internal"
    assert rejection.reason == f"chars {2**70} is beyond what the store holds"


def test_a_batch_the_store_fails_to_write_is_rejected_and_the_run_goes_on(
    tmp_path, settings, store, monkeypatch
):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(2):
        (folder / f"{n}.txt").write_text(report(50 + n))
    real = store.write_batch
    calls = []

    def write_batch(summary, batch):
        calls.append(batch)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        return real(summary, batch)

    monkeypatch.setattr(store, "write_batch", write_batch)
    summary = ingest([str(folder)], store, replace(settings, batch_size=1))
    assert summary.new == 1
    (rejection,) = summary.rejections
    assert rejection.reason == "not stored: cannot read it (No space left on device)"
    assert store.runs()[-1]["status"] == "done"


def test_a_run_whose_process_died_is_marked_at_the_next_start(store):
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead = store.start_run(["a"])
    alive = store.start_run(["b"])
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE runs SET pid = ? WHERE run_id = ?", (int(gone.stdout), dead.run_id)
        )
    store.start_run(["c"])
    status = {run["run_id"]: run["status"] for run in store.runs()}
    assert (status[dead.run_id], status[alive.run_id]) == ("died", "running")
