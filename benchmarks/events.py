"""Event extraction against our gold annotation of the demo corpus and of a held-out set
(benchmarks/gold/).

Ingests the demo corpus with the real pipeline, then per report matches extracted events to gold
events (same report; greedy by type, sub-type, date and distance; reports stored as wire copies
of an earlier one are left out, as their events are the original's) and prints per-field scores,
overall and per language: event detection precision/recall/F1, event type and sub-type
accuracy, actor F1 (and actor1 accuracy: who acted), location within 25 km (by name where the
gold has no coordinates), date exact, fatalities exact (on matched events), and the time
extraction adds to ingestion. Then does the same, into a store of its own with the same
settings, for the held-out set (`gold/heldout/<lang>/*.txt`, gold events in
`gold/heldout_events.jsonl`: reports written for the benchmark that no code was tuned on),
scored under "heldout".
Usage: python benchmarks/events.py [setting=value ...]   (writes benchmarks/results/events.json
when run with the default settings)
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from eventatlas.gazetteer.actors import load_actors  # noqa: E402
from eventatlas.gazetteer.distance import distance_km  # noqa: E402
from eventatlas.pipeline import build_event_stage, build_pipeline, ingest  # noqa: E402
from eventatlas.settings import load_settings  # noqa: E402
from eventatlas.store import Store  # noqa: E402

DEMO = HERE.parent / "eventatlas" / "demo"
GOLD = HERE / "gold"
HELDOUT = GOLD / "heldout"
RESULT = HERE / "results" / "events.json"
NEAR_KM = 25
SHOW_ERRORS = "--errors" in sys.argv  # prints each mismatch, for error analysis
SAVE = "--no-save" not in sys.argv
OVERRIDES = dict(arg.split("=", 1) for arg in sys.argv[1:] if "=" in arg)


def km(a: tuple, b: tuple) -> float:
    return math.inf if None in (*a, *b) else distance_km(*a, *b)


def same_place(g: dict, p: dict) -> bool:
    """Within 25 km; where the gold has no coordinates (a village we could not place, such as
    Mutaibija), the same name; where the gold knows only the province ("across Anbar",
    geo_precision 3), any place in that province, since its point is only a convention (our
    population-weighted centre of Anbar is 144 km from the gold's)."""
    if g.get("geo_precision") == 3 and g["location"] == g.get("admin1"):
        return (g["admin1"] or "").lower() == (p.get("admin1") or "").lower()
    if g["latitude"] is None:
        return (g["location"] or "").lower() == (p["location"] or "").lower()
    return km((g["latitude"], g["longitude"]), (p["latitude"], p["longitude"])) <= NEAR_KM


def actor_ids(names, actors) -> set[str]:
    found = set()
    for name in names:
        if not name:
            continue
        actor = actors.by_name(name)
        found.add(actor.actor_id if actor else name.lower())
    return found


def match(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    def score(g, p):
        same_day = g["event_date"] == p["event_date"]
        same_type = 2 * (g["event_type"] == p["event_type"])
        # the sub-type breaks ties: a report's "victory in Mosul" is its retaking, not its clash
        same_sub_type = 0.5 * (g["sub_event_type"] == p["sub_event_type"])
        return same_type + same_sub_type + same_day + same_place(g, p)

    pairs, used = [], set()
    options = sorted(
        ((score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)),
        reverse=True,
    )
    taken = set()
    for value, i, j in options:
        if value == 0 or i in taken or j in used:
            continue
        pairs.append((gold[i], predicted[j]))
        taken.add(i)
        used.add(j)
    return pairs


FIELDS = ("event_date", "sub_event_type", "actor1", "actor2", "location", "fatalities")


def print_errors(file: str, gold: list[dict], predicted: list[dict], pairs, actors) -> None:
    def brief(event):
        return " | ".join(str(event.get(f)) for f in FIELDS)

    def differ(field, g, p):
        if field in ("actor1", "actor2"):  # one actor under any of its names, as scored
            return actor_ids((g[field],), actors) != actor_ids((p[field],), actors)
        return g.get(field) != p.get(field)

    for g, p in pairs:
        wrong = [f for f in FIELDS if f != "location" and differ(f, g, p)]
        if not same_place(g, p):
            distance = km((g["latitude"], g["longitude"]), (p["latitude"], p["longitude"]))
            wrong.append(f"location ({distance:.0f} km)")
        if wrong:
            print(f"~ {file}: {', '.join(wrong)}\n   gold {brief(g)}\n   got  {brief(p)}")
    for g in gold:
        if all(g is not pair[0] for pair in pairs):
            print(f"- {file}: missed {brief(g)}\n   {g['quote']}")
    for p in predicted:
        if all(p is not pair[1] for pair in pairs):
            quote = p["sources"][0].quote if p.get("sources") else ""
            print(f"+ {file}: extra {brief(p)}\n   {quote}")


def run(settings, folder: Path = DEMO) -> tuple[dict, float, set]:
    """Events by report, the seconds ingest took, and the reports stored as copies."""
    store = Store.open(settings.db)
    started = time.perf_counter()
    ingest([str(folder)], store, settings)
    seconds = time.perf_counter() - started
    by_article, copies = events_by_report(store)
    store.close()
    return by_article, seconds, copies


def events_by_report(store: Store) -> tuple[dict, set]:
    """A store's events by report (resolved path, title), and the reports stored as copies of
    an earlier one (wire copies: their events are the original's)."""
    stored = list(store.articles())
    path_of = {a.article_id: (str(Path(a.path).resolve()), a.title) for a in stored}
    copies = {path_of[a.article_id] for a in stored if a.duplicate_of}
    by_article = defaultdict(list)
    for event in store.event_reports():
        by_article[path_of[event.sources[0].article_id]].append(event.__dict__)
    return by_article, copies


def demo_reports(predicted: dict, copies: set) -> list[tuple]:
    """(file, language, gold events, extracted events) of each demo report that is no copy."""
    corpus = [json.loads(x) for x in (GOLD / "demo_corpus.jsonl").read_text().splitlines()]
    gold = [json.loads(x) for x in (GOLD / "demo_events.jsonl").read_text().splitlines()]
    return [
        (
            entry["file"],
            entry["lang"],
            annotated["events"],
            predicted.get((str(DEMO / entry["file"]), entry["title"]), []),
        )
        for entry, annotated in zip(corpus, gold, strict=True)
        if (str(DEMO / entry["file"]), entry["title"]) not in copies
    ]


def score(reports, actors, show_errors: bool = False) -> dict:
    """reports: (file, language, gold events, extracted events) of each report."""
    tallies: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for file, lang, annotated, events in reports:
        pairs = match(annotated, events)
        if show_errors:
            print_errors(file, annotated, events, pairs, actors)
        for group in ("all", lang):
            t = tallies[group]
            t["gold"].append(len(annotated))
            t["predicted"].append(len(events))
            t["matched"].append(len(pairs))
            for g, p in pairs:
                t["type"].append(g["event_type"] == p["event_type"])
                t["sub_type"].append(g["sub_event_type"] == p["sub_event_type"])
                gold_actors = actor_ids((g["actor1"], g["actor2"]), actors)
                found_actors = actor_ids((p["actor1"], p["actor2"]), actors)
                t["actor_tp"].append(len(gold_actors & found_actors))
                t["actor_gold"].append(len(gold_actors))
                t["actor_found"].append(len(found_actors))
                # the roles: who acted (actor1), when the gold names one
                if g["actor1"]:
                    t["actor1"].append(
                        actor_ids((g["actor1"],), actors) == actor_ids((p["actor1"],), actors)
                    )
                t["location"].append(same_place(g, p))
                t["date"].append(g["event_date"] == p["event_date"])
                t["fatalities"].append(g["fatalities"] == p["fatalities"])
    result = {}
    for group, t in sorted(tallies.items(), key=lambda kv: kv[0] != "all"):
        matched, gold_n, predicted_n = sum(t["matched"]), sum(t["gold"]), sum(t["predicted"])
        precision = matched / predicted_n if predicted_n else 0.0
        recall = matched / gold_n if gold_n else 0.0
        actor_p = sum(t["actor_tp"]) / max(sum(t["actor_found"]), 1)
        actor_r = sum(t["actor_tp"]) / max(sum(t["actor_gold"]), 1)

        def share(key, t=t):
            return round(sum(t[key]) / len(t[key]), 3) if t[key] else None

        result[group] = {
            "gold_events": gold_n,
            "predicted_events": predicted_n,
            "detection_precision": round(precision, 3),
            "detection_recall": round(recall, 3),
            "detection_f1": round(2 * precision * recall / (precision + recall), 3)
            if precision + recall
            else 0.0,
            "type_accuracy": share("type"),
            "sub_type_accuracy": share("sub_type"),
            "actor_f1": round(2 * actor_p * actor_r / (actor_p + actor_r), 3)
            if actor_p + actor_r
            else 0.0,
            "actor1_accuracy": share("actor1"),
            "location_within_25km": share("location"),
            "date_exact": share("date"),
            "fatalities_exact": share("fatalities"),
        }
    return result


def main() -> None:
    corpus = (GOLD / "demo_corpus.jsonl").read_text().splitlines()
    heldout = [json.loads(x) for x in (GOLD / "heldout_events.jsonl").read_text().splitlines()]
    actors = load_actors()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(env={}, db=str(Path(tmp) / "events.db"), **OVERRIDES)
        build_pipeline(settings), build_event_stage(settings)  # caches built before timing
        without = load_settings(env={}, db=str(Path(tmp) / "plain.db"), events=False)
        _, seconds_without, _ = run(without)
        predicted, seconds, copies = run(settings)
        separate = load_settings(env={}, db=str(Path(tmp) / "heldout.db"), **OVERRIDES)
        heldout_found, _, _ = run(separate, HELDOUT)
    found_in = defaultdict(list)  # plain-text reports: one article a file, keyed by path
    for (path, _), events in heldout_found.items():
        found_in[path] += events
    demo = demo_reports(predicted, copies)
    heldout_reports = [
        (
            f"heldout/{entry['file']}",
            entry["file"].split("/")[0],
            entry["events"],
            found_in[str(HELDOUT / entry["file"])],
        )
        for entry in heldout
    ]
    result = {
        "extraction_adds_seconds": round(seconds - seconds_without, 1),
        "ingest_seconds_without_events": round(seconds_without, 1),
        "copies_left_out": len(corpus) - len(demo),
        **score(demo, actors, SHOW_ERRORS),
        "heldout": score(heldout_reports, actors, SHOW_ERRORS),
        # the whole gold file the targets are set on: the demo corpus and the held-out reports
        "demo_and_heldout": score(demo + heldout_reports, actors),
    }
    if SAVE and not OVERRIDES:
        RESULT.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
