"""What an article contributes to clustering: the text to embed and the names it mentions."""

from __future__ import annotations

from eventatlas.document import Document
from eventatlas.gazetteer.places import COUNTRY
from eventatlas.ingest.title import lead
from eventatlas.records import Article

# The model's time grows with the words it reads, and the story stage embeds every report: the
# first 200 characters of a lead group the real-news set as well as 450 did (benchmarks/real.py)
# at half the cost.
LEAD_CHARS = 200
LEAD_AFTER_TITLE_CHARS = 80  # a headline says most of it: the lead only has to place it
NAME_WINDOW = 600  # places and actors of the title and lead; later mentions are often background


def embedding_text(article: Article) -> str:
    """The headline and the lead, without the page's furniture: on real pages a headline
    alone is often missing, and a first sentence is as often a caption or a byline, while the
    lead tells what happened where (benchmarks/real.py)."""
    if article.title:
        opening = lead(article.text, article.lang, LEAD_AFTER_TITLE_CHARS, skip=article.title)
        return f"{article.title}. {opening}"
    return lead(article.text, article.lang, LEAD_CHARS)


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
