"""Ingestion speed and peak memory on a generated corpus of 20,000 articles.

The corpus is generated from seeded code: each article is ~2,000 characters of sentences of
words drawn from one language of the demo corpus, with a date header; 5% are near-copies of an
earlier article (one sentence changed); 80% are text files, 20% JSON Lines records. Ingestion
runs in a child process (clean, language, fingerprint, dedupe, store; no later NLP stages), then
again on the same input, which must store nothing.
Usage: python benchmarks/ingest.py [--articles N]   (writes benchmarks/results/ingest.json)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
RESULT = HERE / "results" / "ingest.json"
TARGET_CHARS = 2000
NEAR_COPY_SHARE = 0.05
JSONL_SHARE = 0.2


def word_pools() -> dict[str, list[str]]:
    """Every word of the demo corpus by language, repeats kept so frequent words stay frequent."""
    from _demo import demo_documents

    from eventatlas.ingest.clean import clean_text

    pools: dict[str, list[str]] = defaultdict(list)
    for raw, entry in demo_documents():
        pools[entry["lang"]].extend(re.findall(r"\w+", clean_text(raw.text)))
    return pools


def sentence(rng: random.Random, words: list[str]) -> str:
    """Words drawn from one language's distribution: right for language identification, and
    unlike any other generated sentence, so that only planted copies are near-duplicates."""
    return " ".join(rng.choice(words) for _ in range(rng.randint(12, 30))).capitalize() + "."


def generate(folder: Path, count: int, seed: int = 2017) -> int:
    """Write the corpus; return how many near-copies were planted."""
    rng = random.Random(seed)
    pools = word_pools()
    languages = sorted(pools)
    texts: list[str] = []
    planted = 0
    jsonl = (folder / "wire.jsonl").open("w", encoding="utf-8")
    for n in range(count):
        if texts and rng.random() < NEAR_COPY_SHARE:
            sentences = re.split(r"(?<=[.!?؟])\s+", rng.choice(texts))
            sentences[rng.randrange(len(sentences))] = "An editor changed this sentence."
            text = " ".join(sentences)
            planted += 1
        else:
            pool = pools[rng.choice(languages)]
            parts: list[str] = []
            while sum(map(len, parts)) < TARGET_CHARS:
                parts.append(sentence(rng, pool))
            text = " ".join(parts)
        texts.append(text)
        date = f"20{rng.randint(17, 20)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        title = " ".join(text.split()[: rng.randint(7, 12)]).rstrip(".")  # a headline-long title
        if rng.random() < JSONL_SHARE:
            record = {
                "text": text,
                "title": title,
                "published": date,
                "url": f"https://bench.example/{n}",
            }
            jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            sub = folder / f"{n // 1000:02d}"
            sub.mkdir(exist_ok=True)
            (sub / f"{n:05d}.txt").write_text(f" date {date} {title}\n\n{text}", encoding="utf-8")
    jsonl.close()
    return planted


def run_ingest(folder: Path, db: Path, stages: str = "") -> dict:
    """One `eventatlas ingest` in a child process, with only the later stages named in
    `stages` (a comma-separated subset of entities, stories, events)."""
    command = [sys.executable, "-m", "eventatlas", "ingest", str(folder), "--db", str(db)]
    env = os.environ | {
        f"EVENTATLAS_{stage.upper()}": str(stage in stages.split(",")).lower()
        for stage in ("entities", "stories", "events")
    }
    started = time.perf_counter()
    output = subprocess.run(command, capture_output=True, text=True, check=False, env=env).stdout
    seconds = time.perf_counter() - started
    numbers = dict(re.findall(r"(\d+) (new|duplicate|unchanged|rejected)", output))
    counts = {label: int(value) for value, label in numbers.items()}
    return {"seconds": round(seconds, 1), **counts}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "corpus", Path(tmp) / "bench.db"
        folder.mkdir()
        started = time.perf_counter()
        planted = generate(folder, args.articles)
        generated_s = time.perf_counter() - started
        first = run_ingest(folder, db)
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        second = run_ingest(folder, db)
        db_mib = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*")) / 2**20
    result = {
        "articles": args.articles,
        "generate_s": round(generated_s, 1),
        "near_copies_planted": planted,
        "first_run": first,
        "articles_per_s": round(args.articles / first["seconds"], 1),
        "peak_rss_mib": round(peak_mib),
        "rerun": second,
        "rerun_articles_per_s": round(args.articles / second["seconds"], 1),
        "store_mib": round(db_mib, 1),
        "machine": f"{platform.machine()}, {platform.python_version()}, "
        f"{len(os.sched_getaffinity(0))} cores",
    }
    RESULT.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
