"""Start-up: how long the command takes to answer when there is nothing to compute.

Each figure is the median wall time of N runs (5 by default), each a fresh process
(`python -m eventatlas ...`, what the `eventatlas` script runs): `--help`; a usage error (an
unknown command); `ingest` of input already stored and unchanged, five files of the demo corpus
and the whole demo corpus (157 reports). The stores are built first, untimed.
Usage: python benchmarks/startup.py [--runs N]   (writes benchmarks/results/startup.json)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEMO = REPO / "eventatlas" / "demo"
RESULT = HERE / "results" / "startup.json"


def seconds(argv: list[str], expect: int = 0) -> float:
    """Wall time of one run; the source tree this script is in is the one run."""
    env = os.environ | {"PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    taken = time.perf_counter() - started
    if done.returncode != expect:
        raise SystemExit(f"{' '.join(argv)}: exit {done.returncode}\n{done.stderr}")
    return taken


def eventatlas(*args: str, expect: int = 0) -> float:
    return seconds([sys.executable, "-m", "eventatlas", *args], expect)


def median_of(runs: int, *args: str, expect: int = 0) -> float:
    return round(statistics.median(eventatlas(*args, expect=expect) for _ in range(runs)), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        five = Path(tmp) / "five"
        five.mkdir()
        for path in sorted((DEMO / "en").iterdir())[:5]:
            shutil.copy(path, five / path.name)
        five_db, demo_db = str(Path(tmp) / "five.db"), str(Path(tmp) / "demo.db")
        first = {
            "five_files_s": round(eventatlas("ingest", str(five), "--db", five_db), 1),
            "demo_s": round(eventatlas("ingest", str(DEMO), "--db", demo_db), 1),
        }
        result = {
            "runs": runs,
            "help_s": median_of(runs, "--help"),
            "usage_error_s": median_of(runs, "no-such-command", expect=2),
            "reingest_five_unchanged_s": median_of(runs, "ingest", str(five), "--db", five_db),
            "reingest_demo_unchanged_s": median_of(runs, "ingest", str(DEMO), "--db", demo_db),
            "first_ingest": first,
            # the floor: an interpreter that starts and stops
            "python_alone_s": round(
                statistics.median(seconds([sys.executable, "-c", "pass"]) for _ in range(runs)), 2
            ),
            "machine": f"{platform.machine()}, {platform.python_version()}, {os.cpu_count()} cores",
        }
    RESULT.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
