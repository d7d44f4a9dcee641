"""Timeline summarization on the public TLS benchmarks (read from ../shared/benchmarks/tls/).

Runs our timeline builder (`eventatlas/timeline/build.py`) on the Syria topics of Timeline17
(English; 1 BBC and 3 Reuters reference timelines) and of ML-Crisis (French, Spanish, Italian),
with the standard protocol of Ghalandari & Ifrim 2020: per reference timeline, the articles
published within its first and last date, as many dates as it has and as many sentences per
date as its rounded average; scored with tilse's alignment-based ROUGE (align+ m:1; AR-1 F,
AR-2 F) and exact-date F1; precision and recall averaged over the timelines of a set, then F.
Articles go through our own cleaning, language, sentence and date components: no HeidelTime.
ROUGE is tilse's Python reimplementation: with Porter stemming and ROUGE's stop words for
English, and with neither for French, Spanish and Italian (Perl ROUGE drops their letters).
As DATEWISE does with its topic keywords, only sentences naming the topic ("syria", "syrie",
"siria") may speak for a date (`build_timeline(keywords=…)`, `eventatlas timeline -k`).
PUBCOUNT (the days most articles came out on, summarised from the leads of that day's and the
next day's articles) is run on the same data as a baseline, and the published outputs of SDF
(La Quatra et al. 2021) on T17 Syria are scored in the same run.
On T17 Syria two anchors run on the same data: DATEWISE's own unsupervised date ranker
(MentionCount over the dataset's HeidelTime dates), and a ceiling: a logistic ranker over
DATEWISE's date features fitted on the four test timelines themselves, which no honest method
can reach; it shows how far ranking days by such counts can go on this topic.
Needs tilse: `pip install -e '.[bench]'`. Usage: python benchmarks/timelines.py
"""

from __future__ import annotations

import datetime
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from tilse.data.timelines import GroundTruth, Timeline
from tilse.evaluation.rouge import RougeReimplementation, TimelineRougeEvaluator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from eventatlas.extract.classify import SoftmaxClassifier  # noqa: E402
from eventatlas.ingest.clean import Clean  # noqa: E402
from eventatlas.nlp.dates import (  # noqa: E402
    DAY,
    DateValue,
    FindDates,
)
from eventatlas.nlp.language import DetectLanguage  # noqa: E402
from eventatlas.nlp.sentences import SplitSentences  # noqa: E402
from eventatlas.pipeline import Pipeline  # noqa: E402
from eventatlas.records import RawDocument  # noqa: E402
from eventatlas.settings import load_settings  # noqa: E402
from eventatlas.timeline.build import (  # noqa: E402
    Sentence,
    _idf,
    build_timeline,
    sentences_of,
    summarize,
)
from eventatlas.timeline.formats import tokenized  # noqa: E402

TLS = HERE.parent.parent / "shared" / "benchmarks" / "tls"
RESULT = HERE / "results" / "timelines.json"
# The topic's name in each language: only sentences naming it may speak for a date, as
# DATEWISE's summaries must hold one of their topic's keywords ("syria" also finds "Syrian").
TOPIC_WORDS = {"en": ("syria",), "fr": ("syrie",), "es": ("siria", "sirio"), "it": ("siria",)}
PUBLISHED = {  # Ghalandari & Ifrim 2020, Table 4: averages over all topics of each dataset
    "DATEWISE (T17)": {"ar1_f": 0.120, "ar2_f": 0.035, "date_f1": 0.544},
    "DATEWISE (Crisis)": {"ar1_f": 0.089, "ar2_f": 0.026, "date_f1": 0.295},
}


T17_OUTLETS = ("SyrianCrisis_bbc", "SyrianCrisis_reuters")


def t17_articles() -> list[RawDocument]:
    """Both outlets' articles: T17's Syria topic is one collection for its four timelines."""
    found = []
    for topic in T17_OUTLETS:
        rows = (TLS / "t17_syria" / topic / "articles.jsonl").read_text().splitlines()
        found += [
            RawDocument(row["text"], f"{topic}#{row['id']}", "jsonl", published=row["time"][:10])
            for row in map(json.loads, rows)
        ]
    return found


def heideltime_sentences() -> list[Sentence]:
    """T17 Syria as the dataset ships it: its own sentences, each with the day HeidelTime
    resolved in it (news-tls keeps one date a sentence, and only a day-level one for ranking)."""
    found = []
    for topic in T17_OUTLETS:
        with gzip.open(TLS / "t17_syria" / topic / "articles.preprocessed.jsonl.gz", "rt") as f:
            for article in map(json.loads, f):
                published = datetime.date.fromisoformat(article["time"][:10])
                for position, row in enumerate(article["sentences"]):
                    formats = [t[8] for t in row["tokens"]["data"] if t[7] and t[8]]
                    mentions = []
                    if row["time"] and formats and "d" in formats[0]:
                        day = datetime.date.fromisoformat(row["time"][:10])
                        mentions.append(DateValue(day, day.year, day.month, DAY, False))
                    found.append(
                        Sentence(
                            row["raw"],
                            f"{topic}#{article['id']}",
                            "en",
                            published,
                            position,
                            mentions,
                        )
                    )
    return found


def crisis_articles(lang: str) -> list[RawDocument]:
    found = []
    for path in sorted((TLS / "ml_crisis_syria" / lang / "syria").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        found.append(RawDocument(text, str(path), "txt", published=path.parent.name))
    return found


def tasks() -> list[tuple[str, str, list[RawDocument], Path]]:
    """(set, language, articles, reference timeline file)."""
    found = []
    articles = t17_articles()
    for topic in T17_OUTLETS:
        for reference in sorted((TLS / "t17_syria" / topic / "timelines").glob("*.txt")):
            found.append(("T17 Syria (en)", "en", articles, reference))
    for lang in ("fr", "es", "it"):
        reference = TLS / "ml_crisis_syria" / lang / "reference" / "syria.txt"
        found.append((f"ML-Crisis Syria ({lang})", lang, crisis_articles(lang), reference))
    return found


def our_timeline(sentences, first, last, dates, per_date, keywords) -> Timeline:
    entries = build_timeline(
        sentences,
        dates,
        per_date,
        first=first,
        last=last,
        day_level_only=True,
        keywords=keywords,
    )
    return Timeline(
        {
            datetime.date.fromisoformat(e.date): [tokenized(s.text) for s in e.sentences]
            for e in entries
        }
    )


def mentioncount_timeline(sentences, first, last, dates, per_date, keywords) -> Timeline:
    """DATEWISE's unsupervised date ranking (MentionCount: the days most sentences name, as
    HeidelTime resolved them), each summarised by our summariser from the sentences naming it
    and the topic, a day with none giving way to the next: the same-data anchor for how far
    date mentions alone take a builder on this topic."""
    named = Counter(v.day for s in sentences for v in s.mentions)
    ranked = sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))
    on_topic = [s for s in sentences if any(w in s.text.casefold() for w in keywords)]
    idf = _idf(sentences)
    timeline = {}
    for day, _ in ranked:
        if not first <= day.isoformat() <= last:
            continue
        naming = [s for s in on_topic if day in {v.day for v in s.mentions}]
        if naming:
            timeline[day] = [tokenized(s.text) for s in summarize(naming, per_date, idf)]
        if len(timeline) == dates:
            break
    return Timeline(timeline)


def pubcount_timeline(sentences, dates, per_date) -> Timeline:
    """PUBCOUNT as Ghalandari & Ifrim describe it: the days most articles were published on;
    for each, a summary of the first five sentences of the articles of that day and the next."""
    articles_on = Counter(s.published for s in sentences if s.position == 0)
    chosen = [day for day, _ in sorted(articles_on.items(), key=lambda kv: (-kv[1], kv[0]))]
    leads = [s for s in sentences if s.position < 5]
    idf = _idf(sentences)
    timeline = {}
    for day in chosen[:dates]:
        pool = [s for s in leads if s.published in (day, day + datetime.timedelta(days=1))]
        timeline[day] = [tokenized(s.text) for s in summarize(pool, per_date, idf)]
    return Timeline(timeline)


def date_features(sentences: list[Sentence], first: str, last: str) -> dict[str, np.ndarray]:
    """DATEWISE's date features (sentences and articles naming a day, before, after or on the
    day they came out) and the articles out on the day and the day after, log-scaled."""
    found: dict[str, np.ndarray] = {}
    voiced: set[tuple[str, datetime.date]] = set()
    for s in sentences:
        if s.position == 0:
            found.setdefault(s.published.isoformat(), np.zeros(9))[7] += 1
            day_before = (s.published - datetime.timedelta(days=1)).isoformat()
            found.setdefault(day_before, np.zeros(9))[8] += 1
        for value in s.mentions:
            if value.precision != DAY or value.day is None:
                continue
            row = found.setdefault(value.day.isoformat(), np.zeros(9))
            when = 1 if value.day < s.published else 2 if value.day > s.published else 3
            row[0] += 1
            row[when] += 1
            if (s.article_id, value.day) not in voiced:
                voiced.add((s.article_id, value.day))
                row[4] += 1
                row[5 if value.day < s.published else 6] += 1
    return {day: np.log1p(row) for day, row in found.items() if first <= day <= last}


def fitted_ceiling(tasks: list[tuple[dict[str, np.ndarray], set[str]]]) -> float:
    """Date-F1 of a logistic ranker over those features fitted on the very timelines it is
    scored on: not a result, a ceiling for any method that ranks days by such counts."""
    x = np.vstack([np.array(list(features.values())) for features, _ in tasks])
    y = np.array([day in true for features, true in tasks for day in features], dtype=int)
    model = SoftmaxClassifier.train(x, y, 2, epochs=2000)
    precision = recall = 0.0
    for features, true in tasks:
        days = list(features)
        chance = model.probabilities(np.array(list(features.values())))[:, 1]
        chosen = {days[i] for i in np.argsort(-chance)[: len(true)]}
        precision += len(chosen & true) / len(chosen)
        recall += len(chosen & true) / len(true)
    return round(f1(precision / len(tasks), recall / len(tasks)), 3)


def score(predicted: Timeline, reference: Timeline, evaluator) -> dict:
    rouge = evaluator.evaluate_align_date_content_costs_many_to_one(
        predicted, GroundTruth([reference])
    )
    found, true = set(predicted.get_dates()), set(reference.get_dates())
    hits = len(found & true)
    return {
        "ar1": (rouge["rouge_1"]["precision"], rouge["rouge_1"]["recall"]),
        "ar2": (rouge["rouge_2"]["precision"], rouge["rouge_2"]["recall"]),
        "date": (hits / len(found) if found else 0.0, hits / len(true)),
    }


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> None:
    settings = load_settings(env={})
    pipeline = Pipeline(
        [
            Clean(),
            DetectLanguage(settings.language_backend, settings.languages.split(",")),
            SplitSentences(),
            FindDates(),
        ]
    )
    processed: dict[int, list] = {}
    heideltime: list[Sentence] = []
    t17_days: list[tuple[dict[str, np.ndarray], set[str]]] = []
    scores: dict[tuple[str, str], list[dict]] = {}
    for name, lang, articles, reference_file in tasks():
        if id(articles) not in processed:
            sentences = []
            for number, raw in enumerate(articles):
                doc = pipeline(raw)
                doc.article_id = str(number)
                sentences += sentences_of(doc)
            processed[id(articles)] = sentences
        reference = Timeline.from_file(reference_file.open(encoding="utf-8"))
        days = sorted(reference.get_dates())
        first, last = days[0].isoformat(), days[-1].isoformat()
        in_range = [
            s
            for s in processed[id(articles)]
            if s.published and first <= s.published.isoformat() <= last
        ]
        per_date = round(sum(len(reference[d]) for d in days) / len(days))
        evaluator = TimelineRougeEvaluator(
            measures=["rouge_1", "rouge_2"], rouge_computation="reimpl"
        )
        if lang != "en":
            evaluator.rouge = RougeReimplementation(stem=False, ignore_stopwords=False)
        for method, predicted in (
            (
                "eventatlas",
                our_timeline(in_range, first, last, len(days), per_date, TOPIC_WORDS[lang]),
            ),
            ("pubcount", pubcount_timeline(in_range, len(days), per_date)),
        ):
            scores.setdefault((name, method), []).append(score(predicted, reference, evaluator))
        if name.startswith("T17"):
            t17_days.append((date_features(in_range, first, last), {d.isoformat() for d in days}))
            heideltime = heideltime or heideltime_sentences()
            dated = [s for s in heideltime if first <= s.published.isoformat() <= last]
            predicted = mentioncount_timeline(
                dated, first, last, len(days), per_date, TOPIC_WORDS[lang]
            )
            method = "MentionCount on HeidelTime dates (DATEWISE's date ranker, unsupervised)"
            scores.setdefault((name, method), []).append(score(predicted, reference, evaluator))
    sdf = TLS / "system_outputs" / "sdf_tls"
    for _name, lang, _articles, reference_file in tasks():
        if lang != "en":
            continue
        reference = Timeline.from_file(reference_file.open(encoding="utf-8"))
        evaluator = TimelineRougeEvaluator(
            measures=["rouge_1", "rouge_2"], rouge_computation="reimpl"
        )
        for variant in ("bestds", "bestsumm"):
            output = sdf / f"TL17_{variant}" / f"TL17_{variant}_syria_{reference_file.stem}.txt"
            predicted = Timeline.from_file(output.open(encoding="utf-8"))
            scores.setdefault(("T17 Syria (en)", f"SDF {variant} (published output)"), []).append(
                score(predicted, reference, evaluator)
            )
    result: dict = {
        "published": PUBLISHED,
        "T17 Syria ceiling": {
            "date_f1_of_datewise_features_fitted_on_these_timelines": fitted_ceiling(t17_days)
        },
    }
    for (name, method), runs in scores.items():
        row = {"timelines": len(runs)}
        for metric in ("ar1", "ar2", "date"):
            precision = sum(r[metric][0] for r in runs) / len(runs)
            recall = sum(r[metric][1] for r in runs) / len(runs)
            row[f"{metric}_f" if metric != "date" else "date_f1"] = round(f1(precision, recall), 3)
        result.setdefault(name, {})[method] = row
    RESULT.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
