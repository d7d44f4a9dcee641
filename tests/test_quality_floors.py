"""The quality gate: the benchmarks' figures, measured on every `make test`, may not fall below
the floors in `benchmarks/floors.json` (the figures when the gate came in, less 0.01). Lowering
a floor is a commit of its own that says why; a change that costs quality fails here first."""

import json
import sys
from pathlib import Path

import pytest

from eventatlas.gazetteer.actors import load_actors
from eventatlas.store import Store

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import events as events_benchmark  # noqa: E402
import merge as merge_benchmark  # noqa: E402
import real as real_news_benchmark  # noqa: E402

FLOORS = json.loads((BENCHMARKS / "floors.json").read_text(encoding="utf-8"))


def _figure(result: dict, path: str):
    value = result
    for key in path.split("."):
        value = value[key]
    if isinstance(value, str) and "/" in value:  # "8/15": found of all
        return int(value.split("/")[0])
    return len(value) if isinstance(value, list) else value


def below_floors(result: dict, floors: dict) -> list[str]:
    return [
        f"{path} {_figure(result, path)} < {floor}"
        for path, floor in floors.items()
        if _figure(result, path) < floor
    ]


def above_ceilings(result: dict, ceilings: dict) -> list[str]:
    return [
        f"{path} {_figure(result, path)} > {ceiling}"
        for path, ceiling in ceilings.items()
        if _figure(result, path) > ceiling
    ]


@pytest.fixture(scope="module")
def demo_events(demo_db):
    store = Store.open(demo_db)
    try:
        return events_benchmark.events_by_report(store)
    finally:
        store.close()


def test_demo_events_stay_above_their_floors(demo_events):
    predicted, copies = demo_events
    reports = events_benchmark.demo_reports(predicted, copies)
    result = events_benchmark.score(reports, load_actors())["all"]
    assert not below_floors(result, FLOORS["events.py, demo reports"])


def test_merging_across_outlets_stays_above_its_floor(demo_events):
    predicted, _ = demo_events
    result = merge_benchmark.merge_scores(predicted)
    assert not below_floors(result, FLOORS["merge.py"])


@pytest.mark.skipif(not real_news_benchmark.DATA.exists(), reason="../shared/benchmarks not here")
def test_real_news_stays_above_its_floors():
    result = real_news_benchmark.evaluate(1, {})
    problems = below_floors(result, FLOORS["real.py, real news"])
    problems += above_ceilings(result, FLOORS["real.py, real news, at most"])
    assert not problems


def test_the_gate_catches_a_figure_below_its_floor():
    result = {"stories": {"pairwise": {"f1": 0.5}}, "events": {"key_events_found": "3/15"}}
    floors = {"stories.pairwise.f1": 0.9, "events.key_events_found": 8}
    assert below_floors(result, floors) == [
        "stories.pairwise.f1 0.5 < 0.9",
        "events.key_events_found 3 < 8",
    ]
    assert above_ceilings({"x": ["a report"]}, {"x": 0}) == ["x 1 > 0"]
