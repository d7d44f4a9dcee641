"""Write the story-clustering set, in the JSON format of the Priberam news-clustering dataset.

Each demo report becomes one document: `id`, `date` (`YYYY-MM-DD HH:MM:SS`, or null when the
report has none, our extension), `lang` (ISO 639-3, as Priberam writes it), `title`, `text`,
`cluster` (the gold story), `source`, and our extensions `published` (the date as the report
gives it, `YYYY-MM` when only the month is known), `thread` (the gold thread) and `file`.
Usage: python benchmarks/gold/build_stories_set.py   (writes benchmarks/gold/stories.priberam.json)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE.parent))

from _demo import DEMO, demo_documents  # noqa: E402

from eventatlas.ingest.clean import clean_text  # noqa: E402

ISO_639_3 = {
    "en": "eng",
    "fr": "fra",
    "de": "deu",
    "sv": "swe",
    "no": "nor",
    "ar": "ara",
    "es": "spa",
    "it": "ita",
    "da": "dan",
}
THREADS = json.loads((HERE / "threads.json").read_text())
OUT = HERE / "stories.priberam.json"


def build() -> list[dict]:
    documents = []
    for raw, entry in demo_documents():
        relative = str(Path(raw.path).relative_to(DEMO))
        key = f"{relative}#{entry['item'] or ''}"
        story = entry["story"]
        cluster = f"distractor:{relative}" if story == "distractor" else story
        published = entry["published"]
        documents.append(
            {
                "id": hashlib.sha256(key.encode()).hexdigest()[:12],
                "date": f"{published} 12:00:00" if published and len(published) == 10 else None,
                "lang": ISO_639_3[entry["lang"]],
                "title": raw.title or "",
                "text": clean_text(raw.text),
                "published": published,
                "cluster": cluster,
                "thread": THREADS.get(story, cluster),
                "source": entry["outlet"],
                "file": key,
            }
        )
    return sorted(documents, key=lambda d: (d["date"] or "9999", d["id"]))


if __name__ == "__main__":
    documents = build()
    OUT.write_text(json.dumps(documents, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    clusters = {d["cluster"] for d in documents}
    print(
        f"{len(documents)} documents, {len(clusters)} stories, "
        f"{len({d['thread'] for d in documents})} threads, "
        f"{len({d['lang'] for d in documents})} languages -> {OUT}"
    )
