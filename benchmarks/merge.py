"""Event merging across outlets against our gold (`gold/demo_happenings.jsonl`: which gold
events of different reports are one happening, annotated by hand on `gold/demo_events.jsonl`).

Ingests the demo corpus with the real pipeline, matches each report's extracted events to its gold
events as `events.py` does, then scores pairs of matched events from different articles: same
happening in the gold vs same `happening_id` from the merge step (pairwise precision, recall,
F1), next to a baseline that merges reports with the same date, sub-type and place name.
Usage: python benchmarks/merge.py [setting=value ...]   (writes results/merge.json when run
with the default settings)
"""

from __future__ import annotations

import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from events import DEMO, GOLD, match, run  # noqa: E402

from eventatlas.pipeline import build_event_stage, build_pipeline  # noqa: E402
from eventatlas.settings import load_settings  # noqa: E402

RESULT = HERE / "results" / "merge.json"
OVERRIDES = dict(arg.split("=", 1) for arg in sys.argv[1:] if "=" in arg)


def pairwise(pairs: list[tuple[str, str, str]], same) -> dict:
    """pairs: (article, gold happening, predicted report); `same` says if two reports merged."""
    tp = fp = fn = 0
    for (art_a, gold_a, a), (art_b, gold_b, b) in combinations(pairs, 2):
        if art_a == art_b:
            continue
        truth, guess = gold_a == gold_b, same(a, b)
        tp += truth and guess
        fp += guess and not truth
        fn += truth and not guess
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def merge_scores(predicted: dict) -> dict:
    """The merge step and the baseline on the demo's extracted events by report."""
    corpus = [json.loads(x) for x in (GOLD / "demo_corpus.jsonl").read_text().splitlines()]
    gold = [json.loads(x) for x in (GOLD / "demo_events.jsonl").read_text().splitlines()]
    happenings = [json.loads(x) for x in (GOLD / "demo_happenings.jsonl").read_text().splitlines()]
    matched = []
    for entry, annotated, labels in zip(corpus, gold, happenings, strict=True):
        events = predicted.get((str(DEMO / entry["file"]), entry["title"]), [])
        happening_of = {
            id(g): h for g, h in zip(annotated["events"], labels["happenings"], strict=True)
        }
        for g, p in match(annotated["events"], events):
            matched.append((entry["file"] + str(entry["item"]), happening_of[id(g)], p))
    gold_pairs = sum(
        1
        for (art_a, gold_a, _), (art_b, gold_b, _) in combinations(matched, 2)
        if art_a != art_b and gold_a == gold_b
    )
    return {
        "gold_events": sum(len(g["events"]) for g in gold),
        "gold_happenings": len({h for line in happenings for h in line["happenings"]}),
        "matched_events": len(matched),
        "gold_pairs_among_matched": gold_pairs,
        "merge_step": pairwise(matched, lambda a, b: a["happening_id"] == b["happening_id"]),
        "baseline_same_date_subtype_place": pairwise(
            matched,
            lambda a, b: (
                (a["event_date"], a["sub_event_type"], a["location"])
                == (b["event_date"], b["sub_event_type"], b["location"])
            ),
        ),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(env={}, db=str(Path(tmp) / "merge.db"), **OVERRIDES)
        build_pipeline(settings), build_event_stage(settings)
        predicted, _, _ = run(settings)
    result = merge_scores(predicted)
    if not OVERRIDES:
        RESULT.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
