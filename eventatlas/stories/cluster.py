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
from eventatlas.stories.centres import LanguageCentres
from eventatlas.stories.model import Story, StoryItem, story_id_for


@dataclass(frozen=True)
class ClusterParams:
    join_similarity: float = 0.15
    merge_similarity: float = 0.96
    thread_similarity: float = 0.86
    window_days: int = 3
    entity_weight: float = 0.08
    time_weight: float = 0.03
    place_conflict_weight: float = 0.04


class StoryClusterer:
    def __init__(
        self,
        params: ClusterParams,
        stories: list[Story] | None = None,
        centres: LanguageCentres | None = None,
    ):
        self.params = params
        self.centres = centres  # reports are compared without their language's centre
        self._centred_norm = 1.0  # how long a report's vector is once its centre is off
        self._compared: dict[str, np.ndarray] = {}  # the batch's vectors as they are compared
        self.stories: dict[str, Story] = {s.story_id: s for s in stories or []}
        self.assignments: dict[str, str] = {}  # article id -> story id, for this run's articles
        self.renamed: dict[str, str] = {}  # merged story id -> the story that absorbed it
        self.touched: set[str] = set()

    # -- assignment ---------------------------------------------------------------------------

    def add(self, items: list[StoryItem]) -> None:
        """Group a batch's reports among themselves, then let each group join the story
        already known that it matches best, or start its own; then merge what grew apart."""
        self._compared = {item.article_id: item.vector for item in items}
        if self.centres is not None and items:
            for item in items:
                self.centres.add(item.lang, item.vector)
            self._centred_norm = float(
                np.mean([np.linalg.norm(i.vector - self.centres.centre(i.lang)) for i in items])
            )
            self._compared = {i.article_id: self.centres.centred(i.lang, i.vector) for i in items}
        for group in self._groups(sorted(items, key=_oldest_first)):
            story = self._best_story(group)
            if story is None:
                story = Story(story_id_for(group[0].article_id), np.zeros_like(group[0].vector))
                self.stories[story.story_id] = story
            for item in group:
                story.add(item)
                self.assignments[item.article_id] = story.story_id
            self.touched.add(story.story_id)
        self._merge()

    def _groups(self, items: list[StoryItem]) -> list[list[StoryItem]]:
        """Average-link grouping: the two groups whose reports are closest on average (cosine,
        plus shared names, less a cost for naming only other places) join while that average
        reaches `join_similarity` and their dates allow it. An average over all pairs holds a
        story together across languages where a chain of nearest neighbours or a centroid lets
        one strong pair pull in what does not belong."""
        if len(items) < 2:
            return [items] if items else []
        vectors = np.stack([self._compared[item.article_id] for item in items])
        pair = vectors @ vectors.T
        for i, a in enumerate(items):
            for j in range(i + 1, len(items)):
                bonus = self._names_bonus(a.entities, items[j].entities)
                pair[i, j] += bonus
                pair[j, i] += bonus
        groups: dict[int, list[int]] = {i: [i] for i in range(len(items))}
        spans = {i: _days_of([items[i]]) for i in groups}
        total = pair.copy()  # summed pair scores between groups, by their first member
        np.fill_diagonal(total, -np.inf)
        while True:
            ids = list(groups)
            sizes = np.array([len(groups[i]) for i in ids], dtype=np.float32)
            average = total[np.ix_(ids, ids)] / np.outer(sizes, sizes)
            average[self._too_far_apart([spans[i] for i in ids])] = -np.inf
            x, y = np.unravel_index(int(np.argmax(average)), average.shape)
            if average[x, y] < self.params.join_similarity:
                break
            keep, gone = ids[min(x, y)], ids[max(x, y)]
            groups[keep] += groups.pop(gone)
            total[keep, :] += total[gone, :]
            total[:, keep] += total[:, gone]
            total[keep, keep] = -np.inf
            spans[keep] = _days_of([items[i] for i in groups[keep]])
        return [[items[i] for i in sorted(members)] for members in groups.values()]

    def _too_far_apart(self, spans: list[tuple[int, int] | None]) -> np.ndarray:
        """Which pairs of groups are dated further apart than the window allows."""
        first = np.array([s[0] if s else np.nan for s in spans], dtype=np.float64)
        last = np.array([s[1] if s else np.nan for s in spans], dtype=np.float64)
        gap = np.maximum(first[:, None] - last[None, :], first[None, :] - last[:, None])
        with np.errstate(invalid="ignore"):
            return gap > self.params.window_days  # NaN (no date) compares False

    def _names_bonus(self, a: frozenset[str], b: frozenset[str] | set[str]) -> float:
        places, other_places = _places(a), _places(b)
        conflict = bool(places and other_places and not places & other_places)
        return (
            self.params.entity_weight * _overlap(a, b)
            - self.params.place_conflict_weight * conflict
        )

    def score(
        self,
        size: int,
        vector_sum: np.ndarray,
        names: frozenset[str],
        days: tuple[int, int] | None,
        story: Story,
    ) -> float | None:
        """The average score of a group's reports (`size` of them, their compared vectors
        summed, the names they mention, their days) against the story's: cosine, names shared,
        a cost for lateness. None when their dates are too far apart."""
        gap = _gap(days, story.days)
        if gap is not None and gap > self.params.window_days:
            return None
        similarity = float(vector_sum @ self._compared_sum(story)) / (size * story.size)
        # a report without a date must match on content alone, so it pays the full time cost
        lateness = 1.0 if gap is None else gap / self.params.window_days
        return (
            similarity
            + self._names_bonus(names, story.top_entities())
            - self.params.time_weight * lateness
        )

    def _compared_sum(self, story: Story) -> np.ndarray:
        """The story's vectors summed as its reports are compared: without each one's
        language centre, at unit length (on average)."""
        if self.centres is None:
            return story.vector_sum
        centres = sum(n * self.centres.centre(lang) for lang, n in story.languages.items())
        unlabelled = story.size - sum(story.languages.values())
        centred = story.vector_sum - centres - unlabelled * self.centres.centre(None)
        return centred / self._centred_norm

    def _best_story(self, group: list[StoryItem]) -> Story | None:
        vector_sum = np.sum([self._compared[item.article_id] for item in group], axis=0)
        names = frozenset().union(*(item.entities for item in group))
        days = _days_of(group)
        best, best_score = None, self.params.join_similarity
        for story in self.stories.values():
            score = self.score(len(group), vector_sum, names, days, story) if story.size else None
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


def _days_of(items: list[StoryItem]) -> tuple[int, int] | None:
    """When a group happened: the days of its reports dated to the day, else their months."""
    days = [item.day for item in items if item.day is not None]
    if days:
        return min(days), max(days)
    spans = [item.span for item in items if item.span is not None]
    return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None


def _gap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int | None:
    if a is None or b is None:
        return None
    return max(a[0] - b[1], b[0] - a[1], 0)


def _close_in_time(a: Story, b: Story, params: ClusterParams) -> bool:
    gap = _gap(a.days, b.days)
    return gap is None or gap <= params.window_days


def _oldest_first(item: StoryItem) -> tuple:
    """Reports dated to the day first, by day, then those known to the month, then the rest:
    a story takes its days from the former before the latter are placed against them."""
    if item.day is not None:
        return (0, item.day, item.article_id)
    if item.span is not None:
        return (1, item.span[0], item.article_id)
    return (2, 0, item.article_id)
