"""Exact and near-duplicate detection.

`Fingerprint` (a per-document stage) computes a hash of the normalised text, which names an
article, and `Sketch` a MinHash of its word shingles, which only a new article needs.
`DuplicateIndex` holds the fingerprints of everything stored so far (loaded from the store when a
run first meets a new article) and answers which earlier article a new one copies.

datasketch is imported where a sketch is made: it brings scipy (about 0.4 s), which a run that
meets only unchanged input does not need.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from eventatlas.document import Document

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
SCHEME = "affine32"
SHINGLE_WORDS = 3
_WORD = re.compile(r"\w+")


def normalised_words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


@cache
def _permutations() -> tuple:
    """The hash permutations every sketch shares (seeded, so the same in every process): drawn
    once instead of once a sketch."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def minhash(words: list[str]) -> MinHash:
    from datasketch import MinHash

    sketch = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
    width = min(SHINGLE_WORDS, len(words)) or 1
    sketch.update_batch(
        [" ".join(words[i : i + width]).encode() for i in range(max(len(words) - width + 1, 1))]
    )
    return sketch


def sketch_from_bytes(data: bytes) -> MinHash:
    from datasketch import MinHash

    return MinHash(
        num_perm=NUM_PERM,
        hashvalues=np.frombuffer(data, dtype=np.uint32),
        scheme=SCHEME,
        permutations=_permutations(),
    )


class Fingerprint:
    name = "fingerprint"
    requires = ("text",)
    assigns = ("content_hash",)

    def __call__(self, doc: Document) -> Document:
        doc.content_hash = hashlib.sha256(" ".join(normalised_words(doc.text)).encode()).hexdigest()
        return doc


class Sketch:
    name = "sketch"
    requires = ("text",)
    assigns = ("minhash",)

    def __call__(self, doc: Document) -> Document:
        doc.minhash = minhash(normalised_words(doc.text)).hashvalues.astype(np.uint32).tobytes()
        return doc


class DuplicateIndex:
    """Which stored article a new text copies: same normalised text, or MinHash similarity.

    Answers always name an original, never another copy, so chains of copies collapse onto the
    first article seen.
    """

    def __init__(self, threshold: float):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._by_hash: dict[str, str] = {}
        self._sketches: dict[str, MinHash] = {}
        self._original: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)

    def add(self, article_id: str, text_hash: str, signature: bytes, duplicate_of: str | None):
        self._original[article_id] = duplicate_of or article_id
        self._by_hash.setdefault(text_hash, article_id)
        if article_id not in self._sketches:
            sketch = sketch_from_bytes(signature)
            self._sketches[article_id] = sketch
            self._lsh.insert(article_id, sketch)

    def original_of(self, text_hash: str, signature: bytes) -> str | None:
        if text_hash in self._by_hash:
            return self._original[self._by_hash[text_hash]]
        sketch = sketch_from_bytes(signature)
        scored = [
            (sketch.jaccard(self._sketches[candidate]), candidate)
            for candidate in self._lsh.query(sketch)
        ]
        scored = [pair for pair in scored if pair[0] >= self.threshold]
        if not scored:
            return None
        # highest similarity; among equals the smallest id, so the answer is stable
        best = min(scored, key=lambda pair: (-pair[0], pair[1]))[1]
        return self._original[best]
