"""What an article contributes to clustering: the text to embed and the names it mentions."""

from __future__ import annotations

import re

from eventatlas.document import Document
from eventatlas.gazetteer.places import COUNTRY
from eventatlas.records import Article

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s")
_LEAD_CHARS = 200
NAME_WINDOW = 600  # places and actors of the title and lead; later mentions are often background


def embedding_text(article: Article) -> str:
    """The title, or the first sentence when there is none: a whole lead costs 3-4x the time
    for little gain (benchmarks/stories.py measures both)."""
    if article.title:
        return article.title
    return _SENTENCE_END.split(article.text, maxsplit=1)[0][:_LEAD_CHARS]


def name_keys(doc: Document) -> frozenset[str]:
    """Gazetteer ids of the towns, provinces and actors the title and lead name: the same ids
    whatever the language or script. A town brings its province, so "Kirkuk" the city and
    "Kirkuk" the province meet. Countries are left out: nearly every report names one."""
    places = [s for s in doc.layers.get("places", []) if s.start < NAME_WINDOW]
    actors = [s for s in doc.layers.get("actors", []) if s.start < NAME_WINDOW]
    places += doc.layers.get("title_places", [])
    actors += doc.layers.get("title_actors", [])
    keys = {span.value.actor_id for span in actors}
    for span in places:
        if span.value.kind != COUNTRY:
            keys.update(filter(None, (span.value.place_id, span.value.admin1_id)))
    return frozenset(keys)
