"""Exact and near-duplicate detection.

`Fingerprint` (a per-document stage) computes a hash of the normalised text and a MinHash of its
word shingles. `DuplicateIndex` holds the fingerprints of everything stored so far (loaded from the
store at the start of a run) and answers which earlier article a new one copies.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from eventatlas.document import Document

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
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def minhash(words: list[str]) -> MinHash:
    sketch = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
    width = min(SHINGLE_WORDS, len(words)) or 1
    sketch.update_batch(
        [" ".join(words[i : i + width]).encode() for i in range(max(len(words) - width + 1, 1))]
    )
    return sketch


def sketch_from_bytes(data: bytes) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM,
        hashvalues=np.frombuffer(data, dtype=np.uint32),
        scheme=SCHEME,
        permutations=_permutations(),
    )


class Fingerprint:
    name = "fingerprint"
    requires = ("text",)
    assigns = ("content_hash", "minhash")

    def __call__(self, doc: Document) -> Document:
        words = normalised_words(doc.text)
        doc.content_hash = hashlib.sha256(" ".join(words).encode()).hexdigest()
        doc.minhash = minhash(words).hashvalues.astype(np.uint32).tobytes()
        return doc


class DuplicateIndex:
    """Which stored article a new text copies: same normalised text, or MinHash similarity.

    Answers always name an original, never another copy, so chains of copies collapse onto the
    first article seen.
    """

    def __init__(self, threshold: float):
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
