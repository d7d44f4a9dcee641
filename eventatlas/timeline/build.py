"""The timeline builder: which dates matter, and what to say on each.

Date selection follows the idea of news-tls DATEWISE (Ghalandari & Ifrim 2020), without its
supervised step and in any language our date rules read: a date matters when many sentences
mention it (resolved by `nlp/dates.py` against each article's publication date), when many
articles come out on it or the day after, and when merged events with many sources happened on
it. Then, per chosen date, the sentences that mention it (or lead articles published on it) are
ranked by closeness to that date's TF-IDF centroid, and the top ones kept without repeats.
A date known only to the month stays a month-level entry.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from eventatlas.document import Document
from eventatlas.nlp.dates import DAY, MONTH, DateValue, publication_day

# How much each signal counts for a date; set from the DATEWISE paper's feature ranking
# (mentions first, then publication counts), not fitted to any benchmark.
MENTION_WEIGHT = 1.0
PUBLISHED_NEXT_DAY_WEIGHT = 0.5
PUBLISHED_SAME_DAY_WEIGHT = 0.25
EVENT_SOURCE_WEIGHT = 1.0
LEAD_SENTENCES = 3  # of an article published on a date, these may speak for it
REPEAT_COSINE = 0.5  # a sentence this close to one already chosen adds nothing
# A milestone is one readable line; a "sentence" longer than this is nearly always several run
# together (a quote and its attribution, a list): it speaks for a date only if nothing else does.
MILESTONE_WORDS = 60
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Sentence:
    text: str
    article_id: str
    lang: str | None
    published: date | None
    position: int  # sentence number in its article
    mentions: list[DateValue]


@dataclass
class Entry:
    date: str  # YYYY-MM-DD, or YYYY-MM for a month-level entry
    date_precision: str  # day | month
    sentences: list[Sentence]
    score: float
    event_ids: list[str] = field(default_factory=list)


def sentences_of(doc: Document) -> list[Sentence]:
    """A Document with `sentences` and `dates` layers, as timeline sentences."""
    published = publication_day(doc.raw.published)
    dates = doc.layers.get("dates", [])
    found = []
    for position, span in enumerate(doc.layers.get("sentences", [])):
        mentions = [d.value for d in dates if span.start <= d.start and d.end <= span.end]
        found.append(
            Sentence(doc.quote(span), doc.article_id or "", doc.lang, published, position, mentions)
        )
    return found


def date_scores(sentences: list[Sentence], event_days: Counter | None = None) -> Counter:
    """Score of each candidate date (ISO day or month): how many articles mention it (one
    article repeating a date is one voice), how many come out on it and the day after, and how
    many sources its merged events have."""
    scores: Counter = Counter()
    published_on: Counter = Counter()
    mentioned: set[tuple[str, str]] = set()  # (article, date): an article counts once a date
    for sentence in sentences:
        if sentence.position == 0 and sentence.published:
            published_on[sentence.published] += 1
        for value in sentence.mentions:
            key = _key(value)
            if key and (sentence.article_id, key) not in mentioned:
                mentioned.add((sentence.article_id, key))
                scores[key] += MENTION_WEIGHT
    for day, count in published_on.items():
        scores[day.isoformat()] += PUBLISHED_SAME_DAY_WEIGHT * count
        scores[(day - timedelta(days=1)).isoformat()] += PUBLISHED_NEXT_DAY_WEIGHT * count
    for day, sources in (event_days or {}).items():
        scores[day] += EVENT_SOURCE_WEIGHT * sources
    return scores


def build_timeline(
    sentences: list[Sentence],
    dates: int,
    per_date: int,
    *,
    event_days: Counter | None = None,
    first: str | None = None,
    last: str | None = None,
    day_level_only: bool = False,
    keywords: Sequence[str] = (),
) -> list[Entry]:
    """The `dates` best dates between `first` and `last` (ISO, inclusive), `per_date`
    sentences each, in date order. With `keywords`, only sentences naming one of them may speak
    for a date, and a date with none such gives way to the next best (as DATEWISE does with its
    topic keywords)."""
    scores = date_scores(sentences, event_days)
    candidates = sorted(
        (
            (key, score)
            for key, score in scores.items()
            if (first is None or key[: len(first)] >= first[: len(key)])
            and (last is None or key[: len(last)] <= last[: len(key)])
            and not (day_level_only and len(key) == 7)
        ),
        key=lambda kv: (-kv[1], kv[0]),
    )
    words = [w.casefold() for w in keywords]
    allowed = [s for s in sentences if not words or any(w in s.text.casefold() for w in words)]
    pool = _sentences_by_date(allowed, {key for key, _ in candidates})
    idf = _idf(sentences)
    entries = []
    for key, score in candidates:
        picked = summarize(pool.get(key, []), per_date, idf)
        if picked:
            precision = MONTH if len(key) == 7 else DAY
            entries.append(Entry(key, precision, picked, score))
        if len(entries) == dates:
            break
    return sorted(entries, key=lambda e: e.date)


def summarize(candidates: list[Sentence], count: int, idf: dict[str, float]) -> list[Sentence]:
    """The `count` sentences closest to the candidates' centroid, skipping near repeats; run-on
    sentences only where there is nothing else."""
    readable = [s for s in candidates if len(_words(s.text)) <= MILESTONE_WORDS]
    candidates = readable or candidates
    if not candidates:
        return []
    vectors = [_tfidf(s.text, idf) for s in candidates]
    centroid: Counter = Counter()
    for vector in vectors:
        centroid.update(vector)
    ranked = sorted(
        range(len(candidates)),
        key=lambda i: (-_cosine(vectors[i], centroid), candidates[i].position),
    )
    picked: list[int] = []
    for i in ranked:
        if all(_cosine(vectors[i], vectors[j]) < REPEAT_COSINE for j in picked):
            picked.append(i)
        if len(picked) == count:
            break
    return [candidates[i] for i in picked]


def _key(value: DateValue) -> str | None:
    if value.precision == DAY and value.day:
        return value.day.isoformat()
    if value.precision == MONTH:
        return value.iso
    return None


def _sentences_by_date(sentences: list[Sentence], keys: set[str]) -> dict[str, list[Sentence]]:
    pool: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        mentioned = {_key(v) for v in sentence.mentions} & keys
        for key in mentioned:
            pool[key].append(sentence)
        if not mentioned and sentence.position < LEAD_SENTENCES and sentence.published:
            for day in (sentence.published, sentence.published - timedelta(days=1)):
                if day.isoformat() in keys:
                    pool[day.isoformat()].append(sentence)
                    break
    return pool


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _idf(sentences: list[Sentence]) -> dict[str, float]:
    frequency: Counter = Counter()
    for sentence in sentences:
        frequency.update(set(_words(sentence.text)))
    total = max(len(sentences), 1)
    return {word: math.log(total / count) for word, count in frequency.items()}


def _tfidf(text: str, idf: dict[str, float]) -> Counter:
    counts = Counter(_words(text))
    return Counter({w: c * idf.get(w, 0.0) for w, c in counts.items()})


def _cosine(a: Counter, b: Counter) -> float:
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0
