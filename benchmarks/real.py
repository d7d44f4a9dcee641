"""The pipeline on real reports nobody here wrote: `../shared/benchmarks/real-news/`.

Ingests the set's 125 excerpts as the files they are (`.txt`, crawl headers and boilerplate
kept) into a fresh store with default settings, then scores what a user would see:
- stories: pairwise P/R/F1 over all pairs and over cross-language pairs, B-cubed F1, and the
  distractor reports (a disaster, a fire, a crash) that share a story with a conflict report;
- publication dates: the share of articles dated to the day (stated or inferred, by precision);
  for the files whose header or own text states a day, the share given that day; for the days
  inferred, the share that fall on the story's day or the three after it (when reports of it
  came out: the gold has no publication day for these files);
- titles: of the files with a headline in the text, the share whose title is that headline, and
  how many files without one were given a title anyway;
- events: the share of exported events dated to the day, the stories whose key event is found
  (type, day within tolerance, place within its radius), events citing a distractor's reports;
everything per language as well. Usage: python benchmarks/real.py [--batches N] [--set k=v ...]
(writes benchmarks/results/real.json when run with default settings in one batch)
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from stories import bcubed, pairwise  # noqa: E402

from eventatlas.pipeline import ingest  # noqa: E402
from eventatlas.settings import load_settings  # noqa: E402
from eventatlas.store import Store  # noqa: E402

DATA = HERE.parent.parent / "shared" / "benchmarks" / "real-news"
RESULT = HERE / "results" / "real.json"
STATED_DAY = ("day",)


def ingest_set(files: list[Path], workdir: Path, batches: int, overrides: dict):
    """Copy the files into `batches` folders (names kept: they are the gold's keys) and ingest
    one folder a run; return the store's articles by file name, its merged events, seconds."""
    settings = load_settings(env={}, db=str(workdir / "real.db"), **overrides)
    store = Store.open(settings.db)
    size = -(-len(files) // batches)
    started = time.perf_counter()
    for n in range(batches):
        folder = workdir / f"batch{n}"
        folder.mkdir()
        for path in files[n * size : (n + 1) * size]:
            shutil.copy(path, folder / path.name)
        ingest([str(folder)], store, settings)
    seconds = time.perf_counter() - started
    articles = {Path(a.path).name: a for a in store.articles()}
    _, events = store.merged_events()
    store.close()
    return articles, events, seconds


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def key_event_found(story: dict, events: list, file_of: dict) -> bool:
    key = story["key_event"]
    files = set(story["files"])
    types = {key["event_type"], key.get("event_type_also_accepted")} - {None}
    tolerance = max(key.get("date_tolerance_days") or 0, 1)
    radius = max(key.get("radius_km") or 0, 25)
    gold_day = date.fromisoformat(key["date"])
    for event in events:
        if not {file_of.get(s.article_id) for s in event.sources} & files:
            continue
        if event.event_type not in types or not event.event_date or len(event.event_date) != 10:
            continue
        if abs((date.fromisoformat(event.event_date) - gold_day).days) > tolerance:
            continue
        if event.latitude is None or event.longitude is None:
            continue
        if distance_km(event.latitude, event.longitude, key["lat"], key["lon"]) <= radius:
            return True
    return False


def comparable(title: str | None) -> str:
    """Titles compared as a reader would: case, spacing and quote marks aside."""
    text = unicodedata.normalize("NFKC", title or "").casefold()
    text = "".join(c for c in text if c.isalnum() or c.isspace())
    return " ".join(text.split())


def share(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 3) if denominator else None


def evaluate(batches: int, overrides: dict) -> dict:
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    files = sorted((DATA / "texts").glob("*.txt"))
    # A fixed folder: article ids come from paths, and the order of ties follows the ids, so a
    # random folder name would make runs differ by a report or two.
    workdir = Path(tempfile.gettempdir()) / "eventatlas-real-news"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir()
    try:
        articles, events, seconds = ingest_set(files, workdir, batches, overrides)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    meta = gold["articles"]
    names = sorted(meta)
    lang = {n: meta[n]["lang"] for n in names}
    story_gold = {n: meta[n]["story"] for n in names}
    story = {n: articles[n].story_id if n in articles else f"missing:{n}" for n in names}
    kind = {s: v["kind"] for s, v in gold["stories"].items()}
    file_of = {a.article_id: n for n, a in articles.items()}

    # distractor reports in a predicted story that also holds a conflict report
    members = defaultdict(set)
    for n in names:
        members[story[n]].add(n)
    mixed = sorted(
        n
        for n in names
        if kind[story_gold[n]] == "distractor"
        and any(kind[story_gold[m]] == "conflict" for m in members[story[n]])
    )

    per_lang: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    stated_right = stated = dated = 0
    precisions: dict[str, int] = defaultdict(int)
    title_right = titled_gold = titled_none_given = 0
    wrong_dates, wrong_titles = [], []
    inferred = inferred_near = 0  # days inferred from the story: within 3 days after its date
    for n in names:
        article, m, row = articles.get(n), meta[n], per_lang[lang[n]]
        row["articles"] += 1
        published = article.published if article else None
        precision = article.published_precision if article else None
        precisions[precision or "none"] += 1
        if published and len(published) == 10:
            dated += 1
            row["dated_to_day"] += 1
        truth = m.get("published_in_text") or (
            m["date_header"] if m.get("date_header") and len(m["date_header"]) == 10 else None
        )
        if truth:
            stated += 1
            row["stated_day"] += 1
            if published == truth:
                stated_right += 1
                row["stated_day_right"] += 1
            else:
                wrong_dates.append(f"{n}: {published} ({precision}), gold {truth}")
        if precision and precision.startswith("inferred") and published and len(published) == 10:
            inferred += 1
            story_day = date.fromisoformat(gold["stories"][story_gold[n]]["date"])
            near = 0 <= (date.fromisoformat(published) - story_day).days <= 3
            inferred_near += near
            if not near:
                wrong_dates.append(f"{n}: inferred {published}, story of {story_day}")
        title = article.title if article else None
        if m.get("title_in_text"):
            titled_gold += 1
            row["titles"] += 1
            if comparable(title) == comparable(m["title_in_text"]):
                title_right += 1
                row["titles_right"] += 1
            else:
                wrong_titles.append(f"{n}: {title!r}, gold {m['title_in_text']!r}")
        elif title:
            titled_none_given += 1
            wrong_titles.append(f"{n}: {title!r}, gold none")

    conflict = [s for s, v in gold["stories"].items() if v["kind"] == "conflict"]
    found = sorted(s for s in conflict if key_event_found(gold["stories"][s], events, file_of))
    distractor_files = {n for n in names if kind[story_gold[n]] == "distractor"}
    stray = [e for e in events if {file_of.get(s.article_id) for s in e.sources} & distractor_files]
    day_events = sum(1 for e in events if e.time_precision == 1)

    languages = {}
    for code, row in sorted(per_lang.items()):
        keep = [n for n in names if lang[n] == code]
        languages[code] = {
            "articles": row["articles"],
            "dated_to_day": share(row["dated_to_day"], row["articles"]),
            "stated_day_right": f"{row['stated_day_right']}/{row['stated_day']}",
            "titles_right": f"{row['titles_right']}/{row['titles']}",
            "stories_recall_of_its_pairs": _recall_of(keep, story_gold, story),
        }
    return {
        "articles": len(names),
        "ingested": len(articles),
        "batches": batches,
        "stories": {
            "gold": len(set(story_gold.values())),
            "predicted": len(set(story.values())),
            "pairwise": pairwise(story_gold, story),
            "cross_language_pairwise": pairwise(story_gold, story, lambda a, b: lang[a] != lang[b]),
            "bcubed": bcubed(story_gold, story),
            "distractor_reports_in_conflict_stories": mixed,
        },
        "publication_dates": {
            "dated_to_day": share(dated, len(names)),
            "by_precision": dict(sorted(precisions.items())),
            "stated_day_right": share(stated_right, stated),
            "stated_day_files": stated,
            "inferred_within_3_days_after_the_story": share(inferred_near, inferred),
            "wrong": wrong_dates,
        },
        "titles": {
            "right": share(title_right, titled_gold),
            "files_with_a_title": titled_gold,
            "given_where_gold_has_none": titled_none_given,
            "wrong": wrong_titles,
        },
        "events": {
            "exported": len(events),
            "dated_to_day": share(day_events, len(events)),
            "key_events_found": f"{len(found)}/{len(conflict)}",
            "key_events_found_in": found,
            "events_from_distractors": len(stray),
        },
        "languages": languages,
        "articles_per_s": round(len(names) / seconds, 1),
    }


def _recall_of(keep: list[str], gold: dict, predicted: dict) -> float | None:
    """Of the gold same-story pairs that involve a language's files, the share kept together."""
    wanted = kept = 0
    for a in keep:
        for b in gold:
            if a != b and gold[a] == gold[b]:
                wanted += 1
                kept += predicted[a] == predicted[b]
    return share(kept, wanted)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batches", type=int, default=1)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    overrides = dict(item.split("=", 1) for item in args.set)
    result = evaluate(args.batches, overrides)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.batches == 1 and not overrides:
        RESULT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
