"""Language identification: py3langid against lingua on the demo corpus.

For each backend, in a fresh process: model load time, resident memory the model adds, accuracy on
whole articles and on single sentences (each report's first sentence), and time per call.
Usage: python benchmarks/language.py   (writes benchmarks/results/language.json)
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

BACKENDS = ("py3langid", "lingua")
RESULT = HERE / "results" / "language.json"


def measure(backend: str) -> dict:
    from _demo import demo_documents

    from eventatlas.ingest.clean import clean_text
    from eventatlas.nlp.language import get_identifier
    from eventatlas.settings import Settings

    documents = demo_documents()
    pairs = [(clean_text(raw.text), entry["lang"]) for raw, entry in documents]
    titles = [(raw.title, entry["lang"]) for raw, entry in documents if raw.title]
    sentences = [(re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0], lang) for text, lang in pairs]
    languages = tuple(Settings().languages.split(","))

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    identify = get_identifier(backend, languages)
    identify("warm up the model")
    load_s = time.perf_counter() - started
    rss_model = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before

    result = {"backend": backend, "load_s": round(load_s, 2), "model_mib": round(rss_model / 1024)}
    for name, samples in (("articles", pairs), ("sentences", sentences), ("titles", titles)):
        started = time.perf_counter()
        guesses = [identify(text)[0] for text, _ in samples]
        elapsed = time.perf_counter() - started
        wrong = [
            (gold, guess)
            for (_, gold), guess in zip(samples, guesses, strict=True)
            if gold != guess
        ]
        result[name] = {
            "n": len(samples),
            "accuracy": round(1 - len(wrong) / len(samples), 3),
            "ms_per_call": round(1000 * elapsed / len(samples), 2),
            "errors": [f"{gold}->{guess}" for gold, guess in wrong],
        }
    return result


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--backend":
        print(json.dumps(measure(sys.argv[2])))
        return
    results = []
    for backend in BACKENDS:  # one process each, so memory figures do not mix
        output = subprocess.run(
            [sys.executable, __file__, "--backend", backend],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        results.append(json.loads(output))
    RESULT.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(
        f"{'backend':<10} {'load s':>6} {'MiB':>5}  accuracy and ms per call on articles, "
        "first sentences, titles"
    )
    for r in results:
        cells = "  ".join(
            f"{name} {r[name]['accuracy']:.3f} {r[name]['ms_per_call']:.2f}ms"
            for name in ("articles", "sentences", "titles")
        )
        errors = [e for name in ("articles", "sentences", "titles") for e in r[name]["errors"]]
        print(f"{r['backend']:<10} {r['load_s']:>6} {r['model_mib']:>5}  {cells}")
        print(f"{'':<24}errors (gold->guess): {', '.join(errors) or 'none'}")


if __name__ == "__main__":
    main()
