"""Search: full-text hits and cross-lingual semantic hits, fused by reciprocal rank.

Full text finds the words as typed (SQLite FTS5, accents folded); the embedding finds the same
meaning in other languages ("attack near Samarra" → "angrep ved Samarra", "هجوم قرب سامراء").
Reciprocal rank fusion needs no score calibration between the two.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from eventatlas.nlp.embed import Embedder
from eventatlas.store import Store

RRF_K = 60  # the constant of reciprocal rank fusion (Cormack et al. 2009)


@dataclass(frozen=True)
class Hit:
    article_id: str
    score: float
    lang: str | None
    published: str | None
    title: str | None
    matched_by: str  # "text", "meaning" or "text+meaning"


def search(
    store: Store, embedder: Embedder, query: str, *, lang: str | None = None, limit: int = 10
) -> list[Hit]:
    pool = max(limit * 5, 50)
    by_text = [article_id for article_id, _ in store.search_articles(query, limit=pool)]
    ids, vectors = store.all_embeddings(embedder.name)
    by_meaning: list[str] = []
    if ids:
        similarity = vectors @ embedder.embed([query], query=True)[0]
        by_meaning = [ids[i] for i in np.argsort(-similarity)[:pool]]
    fused: dict[str, float] = {}
    sources: dict[str, set[str]] = {}
    for name, ranking in (("text", by_text), ("meaning", by_meaning)):
        for rank, article_id in enumerate(ranking):
            fused[article_id] = fused.get(article_id, 0.0) + 1 / (RRF_K + rank + 1)
            sources.setdefault(article_id, set()).add(name)
    hits = [
        Hit(
            a.article_id,
            round(fused[a.article_id], 5),
            a.lang,
            a.published,
            a.title,
            "+".join(name for name in ("text", "meaning") if name in sources[a.article_id]),
        )
        for a in store.articles(list(fused))
        if (lang is None or a.lang == lang) and not a.duplicate_of
    ]
    return sorted(hits, key=lambda h: -h.score)[:limit]
