"""What an article contributes to clustering: the text to embed and the names it mentions."""

from __future__ import annotations

import re
import unicodedata

from eventatlas.records import Article

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÀ-ÖØ-Þ][\w'-]{3,})")
_LEAD_CHARS = 200


def embedding_text(article: Article) -> str:
    """The title, or the first sentence when there is none: a whole lead costs 3-4x the time
    for little gain (benchmarks/stories.py measures both)."""
    if article.title:
        return article.title
    return _SENTENCE_END.split(article.text, maxsplit=1)[0][:_LEAD_CHARS]


def name_keys(article: Article) -> frozenset[str]:
    """Capitalised words inside sentences, folded: places and actors written alike across
    languages that use Latin script ("Samarra", "Baghouz", "Kirkuk")."""
    text = f"{article.title or ''}\n{article.text[:600]}"
    return frozenset(_fold(word) for word in _CAPITALISED.findall(text))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
