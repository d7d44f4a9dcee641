"""kill -9 in the middle of an ingest: nothing half-stored, and the next run completes the batch."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

FILES = 300


def count(db, table):
    with sqlite3.connect(db) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.slow
def test_kill_during_ingest_then_rerun(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    words = ("fighters", "town", "desert", "border", "attack", "army", "militia", "convoy", "river")
    rng = random.Random(7)
    for n in range(FILES):
        body = " ".join(rng.choice(words) for _ in range(60))  # distinct texts, no near-copies
        (corpus / f"{n:04d}.txt").write_text(f" date 2019-03-{n % 28 + 1:02d} Report {n}\n\n{body}")
    db = str(tmp_path / "crash.db")
    env = os.environ | {"EVENTATLAS_BATCH_SIZE": "10"}
    command = [sys.executable, "-m", "eventatlas", "ingest", str(corpus), "--db", db]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if os.path.exists(db) and _articles_or_zero(db) >= 20:
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()

    stored = count(db, "articles")
    assert 0 < stored < FILES, "the kill should land in the middle of the run"
    assert stored % 10 == 0, "whole batches only"
    assert count(db, "fingerprints") == stored
    assert count(db, "article_text") == stored
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert f"{FILES - stored} new, 0 duplicate, {stored} unchanged, 0 rejected" in rerun.stdout
    assert count(db, "articles") == FILES
    with sqlite3.connect(db) as connection:
        statuses = [row[0] for row in connection.execute("SELECT status FROM runs ORDER BY run_id")]
    assert statuses == ["died", "done"]


def _articles_or_zero(db):
    try:
        return count(db, "articles")
    except sqlite3.OperationalError:  # not migrated yet
        return 0
