"""The demo corpus as (RawDocument, manifest entry) pairs, for benchmarks."""

from __future__ import annotations

import json
from pathlib import Path

from eventatlas.ingest import read_inputs
from eventatlas.ingest.fetch import Fetcher
from eventatlas.records import RawDocument
from eventatlas.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "eventatlas" / "demo"
MANIFEST = ROOT / "benchmarks" / "gold" / "demo_corpus.jsonl"


def demo_documents() -> list[tuple[RawDocument, dict]]:
    entries = [json.loads(line) for line in MANIFEST.read_text().splitlines()]
    by_key = {(str(DEMO / e["file"]), e["title"]): e for e in entries}
    # a plain file's title is found after reading (the title stage): one entry per file
    by_path = {str(DEMO / e["file"]): e for e in entries}
    settings = load_settings(env={})
    fetcher = Fetcher(settings)
    pairs = []
    for item in read_inputs([str(DEMO)], settings, fetcher):
        if isinstance(item, RawDocument):
            pairs.append((item, by_key.get((item.path, item.title)) or by_path[item.path]))
    fetcher.close()
    return pairs
