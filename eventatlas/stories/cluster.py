"""Online story clustering: each article joins the best matching story or starts a new one.

A story matches when the article's embedding is close to the story's centroid, the article's date
falls within `window_days` of the story's dates, and (a bonus) they name the same places and
actors. After each batch a merge step joins stories that grew apart into two halves (published
streaming systems lose most of their recall without it), and threads link stories of one
long-running subject however far apart in time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from eventatlas.gazetteer.places import PLACE_ID_PREFIXES
from eventatlas.stories.model import Story, StoryItem, story_id_for


@dataclass(frozen=True)
class ClusterParams:
    join_similarity: float = 0.88
    merge_similarity: float = 0.96
    thread_similarity: float = 0.86
    window_days: int = 3
    entity_weight: float = 0.08
    time_weight: float = 0.03
    place_conflict_weight: float = 0.04


class StoryClusterer:
    def __init__(self, params: ClusterParams, stories: list[Story] | None = None):
        self.params = params
        self.stories: dict[str, Story] = {s.story_id: s for s in stories or []}
        self.assignments: dict[str, str] = {}  # article id -> story id, for this run's articles
        self.renamed: dict[str, str] = {}  # merged story id -> the story that absorbed it
        self.touched: set[str] = set()

    # -- assignment ---------------------------------------------------------------------------

    def add(self, items: list[StoryItem]) -> None:
        """Assign a batch, oldest first, then merge what grew apart."""
        for item in sorted(items, key=lambda i: (i.day is None, i.day or 0, i.article_id)):
            story = self._best_story(item)
            if story is None:
                story = Story(story_id_for(item.article_id), np.zeros_like(item.vector))
                self.stories[story.story_id] = story
            story.add(item)
            self.assignments[item.article_id] = story.story_id
            self.touched.add(story.story_id)
        self._merge()

    def score(self, item: StoryItem, story: Story) -> float | None:
        gap = story.gap_days(item.day)
        if gap is not None and gap > self.params.window_days:
            return None
        similarity = float(item.vector @ story.centroid)
        story_names = story.top_entities()
        shared = _overlap(item.entities, story_names)
        # an article without a date must match on content alone, so it pays the full time cost
        lateness = 1.0 if gap is None else gap / self.params.window_days
        # two reports that name places, none of them the same, are about different happenings
        places, story_places = _places(item.entities), _places(story_names)
        conflict = bool(places and story_places and not places & story_places)
        return (
            similarity
            + self.params.entity_weight * shared
            - self.params.time_weight * lateness
            - self.params.place_conflict_weight * conflict
        )

    def _best_story(self, item: StoryItem) -> Story | None:
        best, best_score = None, self.params.join_similarity
        for story in self.stories.values():
            score = self.score(item, story)
            if score is not None and score >= best_score:
                best, best_score = story, score
        return best

    # -- merging ------------------------------------------------------------------------------

    def _merge(self) -> None:
        merged = True
        while merged:
            merged = False
            for story_id in sorted(self.touched):
                story = self.stories.get(story_id)
                if story is None:
                    continue
                partner = self._merge_partner(story)
                if partner is not None:
                    self._absorb(partner, story)
                    merged = True

    def _merge_partner(self, story: Story) -> Story | None:
        best, best_similarity = None, self.params.merge_similarity
        for other in self.stories.values():
            if other.story_id == story.story_id or not _close_in_time(story, other, self.params):
                continue
            similarity = float(story.centroid @ other.centroid)
            if similarity >= best_similarity:
                best, best_similarity = other, similarity
        return best

    def _absorb(self, a: Story, b: Story) -> None:
        """The older story keeps its id; the other's articles move to it."""
        keep, gone = (
            (a, b) if (a.first_day or 0, a.story_id) <= (b.first_day or 0, b.story_id) else (b, a)
        )
        keep.absorb(gone)
        del self.stories[gone.story_id]
        self.renamed[gone.story_id] = keep.story_id
        for article_id, story_id in self.assignments.items():
            if story_id == gone.story_id:
                self.assignments[article_id] = keep.story_id
        self.touched.discard(gone.story_id)
        self.touched.add(keep.story_id)

    # -- threads ------------------------------------------------------------------------------

    def link_threads(self) -> None:
        """Union stories whose centroids are close and whose main places meet, however far
        apart in time. Actors are too broad for this (most stories name the same few), and so
        are places that many stories name (a capital): those do not count."""
        ids = sorted(self.stories, key=lambda s: (self.stories[s].first_day or 0, s))
        parent = {story_id: story_id for story_id in ids}

        def root(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        frequency = Counter(p for s in self.stories.values() for p in _places(set(s.entities)))
        common = {p for p, n in frequency.items() if n > max(3, len(ids) // 10)}
        main = {s: main_places(self.stories[s], exclude=common) for s in ids}
        if ids:
            centroids = np.stack([self.stories[s].centroid for s in ids])
            close = np.triu(centroids @ centroids.T >= self.params.thread_similarity, 1)
            for i, j in zip(*np.nonzero(close), strict=True):
                if main[ids[i]] & main[ids[j]]:
                    parent[root(ids[j])] = root(ids[i])
        for story_id in ids:
            thread = "t" + root(story_id)[1:]
            if self.stories[story_id].thread_id != thread:
                self.stories[story_id].thread_id = thread
                self.touched.add(story_id)


def main_places(story: Story, n: int = 2, exclude: set[str] = frozenset()) -> set[str]:
    """The places a story names most: what it is about, not what it mentions in passing."""
    ranked = [
        name
        for name, _ in story.entities.most_common()
        if name.startswith(PLACE_ID_PREFIXES) and name not in exclude
    ]
    return set(ranked[:n])


def _places(names: set[str] | frozenset[str]) -> set[str]:
    return {name for name in names if name.startswith(PLACE_ID_PREFIXES)}


def _overlap(a: set[str] | frozenset[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _close_in_time(a: Story, b: Story, params: ClusterParams) -> bool:
    if a.first_day is None or b.first_day is None:
        return True
    gap = max(a.first_day - b.last_day, b.first_day - a.last_day, 0)
    return gap <= params.window_days
