"""Story clustering quality and speed.

Feeds a story-clustering set in the Priberam JSON format (ours by default:
benchmarks/gold/stories.priberam.json) through the real ingest pipeline, once in one batch and once
in ten batches of shuffled order, and prints pairwise precision/recall/F1 (all pairs and
cross-language pairs), BCubed F1, thread pairwise F1, the adjusted Rand index between the two runs,
and articles per second with and without the story stage.
Usage: python benchmarks/stories.py [--dataset FILE] [--set name=value ...]
(writes benchmarks/results/stories.json when run on our set with default settings)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from itertools import combinations
from math import comb
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from eventatlas.pipeline import ingest  # noqa: E402
from eventatlas.settings import load_settings  # noqa: E402
from eventatlas.store import Store  # noqa: E402

DATASET = HERE / "gold" / "stories.priberam.json"
RESULT = HERE / "results" / "stories.json"
BATCHES = 10
URL = "https://stories.invalid/{}"


def to_jsonl(documents: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for d in documents:
            record = {
                "text": d["text"],
                "title": d["title"] or None,
                "url": URL.format(d["id"]),
                "source": d.get("source"),
                "lang": d["lang"][:2] if len(d["lang"]) == 2 else None,
            }
            published = d.get("published") or (d.get("date") or "")[:10]
            if published:
                record["published"] = published
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run(documents: list[dict], batches: int, workdir: Path, overrides: dict) -> tuple[dict, float]:
    """Ingest in `batches` runs; return {doc id: (story id, thread id)} and seconds taken."""
    settings = load_settings(
        env={}, db=str(workdir / f"b{batches}.db"), batch_size=10_000, **overrides
    )
    store = Store.open(settings.db)
    order = sorted(documents, key=lambda d: (d.get("date") or "9999", d["id"]))
    if batches > 1:
        random.Random(13).shuffle(order)
    size = -(-len(order) // batches)
    started = time.perf_counter()
    for n in range(batches):
        path = workdir / f"b{batches}-{n}.jsonl"
        to_jsonl(order[n * size : (n + 1) * size], path)
        ingest([str(path)], store, settings)
    seconds = time.perf_counter() - started
    by_url = {a.url: (a.story_id, a.thread_id) for a in store.articles()}
    store.close()
    return {d["id"]: by_url[URL.format(d["id"])] for d in documents}, seconds


def pairwise(gold: dict, predicted: dict, keep=lambda a, b: True) -> dict:
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        if not keep(a, b):
            continue
        same_gold, same_predicted = gold[a] == gold[b], predicted[a] == predicted[b]
        tp += same_gold and same_predicted
        fp += same_predicted and not same_gold
        fn += same_gold and not same_predicted
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def bcubed(gold: dict, predicted: dict) -> dict:
    gold_members, predicted_members = _members(gold), _members(predicted)
    precision = recall = 0.0
    for item in gold:
        overlap = len(gold_members[gold[item]] & predicted_members[predicted[item]])
        precision += overlap / len(predicted_members[predicted[item]])
        recall += overlap / len(gold_members[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall)
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def adjusted_rand(a: dict, b: dict) -> float:
    items = sorted(a)
    table = Counter((a[i], b[i]) for i in items)
    sum_cells = sum(comb(n, 2) for n in table.values())
    sum_a = sum(comb(n, 2) for n in Counter(a[i] for i in items).values())
    sum_b = sum(comb(n, 2) for n in Counter(b[i] for i in items).values())
    expected = sum_a * sum_b / comb(len(items), 2)
    maximum = (sum_a + sum_b) / 2
    return round((sum_cells - expected) / (maximum - expected), 3) if maximum != expected else 1.0


def _members(labels: dict) -> dict:
    members: dict = {}
    for item, label in labels.items():
        members.setdefault(label, set()).add(item)
    return members


def evaluate(documents: list[dict], overrides: dict) -> dict:
    gold = {d["id"]: d["cluster"] for d in documents}
    gold_thread = {d["id"]: d.get("thread", d["cluster"]) for d in documents}
    lang = {d["id"]: d["lang"] for d in documents}
    with tempfile.TemporaryDirectory() as tmp:
        one, seconds = run(documents, 1, Path(tmp), overrides)
        ten, _ = run(documents, BATCHES, Path(tmp), overrides)
    story = {i: s for i, (s, _) in one.items()}
    thread = {i: t for i, (_, t) in one.items()}
    return {
        "documents": len(documents),
        "gold_stories": len(set(gold.values())),
        "predicted_stories": len(set(story.values())),
        "pairwise": pairwise(gold, story),
        "cross_language_pairwise": pairwise(gold, story, lambda a, b: lang[a] != lang[b]),
        "bcubed": bcubed(gold, story),
        "threads_pairwise": pairwise(gold_thread, thread),
        "ten_batches": {
            "pairwise": pairwise(gold, {i: s for i, (s, _) in ten.items()}),
            "bcubed": bcubed(gold, {i: s for i, (s, _) in ten.items()}),
        },
        "ari_one_vs_ten_batches": adjusted_rand(story, {i: s for i, (s, _) in ten.items()}),
        "articles_per_s_on_this_set": round(len(documents) / seconds, 1),
    }


def throughput(articles: int) -> dict:
    """Whole ingest of generated ~2,000-character articles, each run in a child process that
    starts cold (model and gazetteer loading included): ingestion alone, with stories (and the
    entities they use), and with events as well."""
    from ingest import generate, run_ingest

    result = {"articles": articles}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        generate(folder, articles)
        for name, stages in (
            ("ingestion_only", ""),
            ("with_stories", "entities,stories"),
            ("with_stories_and_events", "entities,stories,events"),
        ):
            run = run_ingest(folder, Path(tmp) / f"{name}.db", stages)
            result[f"articles_per_s_{name}"] = round(articles / run["seconds"], 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", type=Path, default=DATASET)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--throughput-articles", type=int, default=1000)
    args = parser.parse_args()
    overrides = dict(item.split("=", 1) for item in args.set)
    documents = json.loads(args.dataset.read_text(encoding="utf-8"))
    result = evaluate(documents, overrides)
    if args.throughput_articles:
        result["throughput"] = throughput(args.throughput_articles)
    print(json.dumps(result, indent=2))
    if args.dataset == DATASET and not overrides:
        RESULT.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
