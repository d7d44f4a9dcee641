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
PUBCOUNT (dates with the most articles, lead sentences) is run the same way as a baseline, and
the published outputs of SDF (La Quatra et al. 2021) on T17 Syria are scored in the same run.
Needs tilse: `pip install -e '.[bench]'`. Usage: python benchmarks/timelines.py
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

from tilse.data.timelines import GroundTruth, Timeline
from tilse.evaluation.rouge import RougeReimplementation, TimelineRougeEvaluator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from eventatlas.ingest.clean import Clean  # noqa: E402
from eventatlas.nlp.dates import FindDates  # noqa: E402
from eventatlas.nlp.language import DetectLanguage  # noqa: E402
from eventatlas.nlp.sentences import SplitSentences  # noqa: E402
from eventatlas.pipeline import Pipeline  # noqa: E402
from eventatlas.records import RawDocument  # noqa: E402
from eventatlas.settings import load_settings  # noqa: E402
from eventatlas.timeline.build import build_timeline, sentences_of  # noqa: E402
from eventatlas.timeline.formats import tokenized  # noqa: E402

TLS = HERE.parent.parent / "shared" / "benchmarks" / "tls"
RESULT = HERE / "results" / "timelines.json"
PUBLISHED = {  # Ghalandari & Ifrim 2020, Table 4: averages over all topics of each dataset
    "DATEWISE (T17)": {"ar1_f": 0.120, "ar2_f": 0.035, "date_f1": 0.544},
    "DATEWISE (Crisis)": {"ar1_f": 0.089, "ar2_f": 0.026, "date_f1": 0.295},
}


def t17_articles(topic: str) -> list[RawDocument]:
    rows = (TLS / "t17_syria" / topic / "articles.jsonl").read_text().splitlines()
    return [
        RawDocument(row["text"], f"{topic}#{row['id']}", "jsonl", published=row["time"][:10])
        for row in map(json.loads, rows)
    ]


def crisis_articles(lang: str) -> list[RawDocument]:
    found = []
    for path in sorted((TLS / "ml_crisis_syria" / lang / "syria").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        found.append(RawDocument(text, str(path), "txt", published=path.parent.name))
    return found


def tasks() -> list[tuple[str, str, list[RawDocument], Path]]:
    """(set, language, articles, reference timeline file)."""
    found = []
    for topic in ("SyrianCrisis_bbc", "SyrianCrisis_reuters"):
        articles = t17_articles(topic)
        for reference in sorted((TLS / "t17_syria" / topic / "timelines").glob("*.txt")):
            found.append(("T17 Syria (en)", "en", articles, reference))
    for lang in ("fr", "es", "it"):
        reference = TLS / "ml_crisis_syria" / lang / "reference" / "syria.txt"
        found.append((f"ML-Crisis Syria ({lang})", lang, crisis_articles(lang), reference))
    return found


def our_timeline(sentences, first, last, dates, per_date, method) -> Timeline:
    if method == "pubcount":
        leads = [s for s in sentences if s.position < 3]
        for s in leads:
            s.mentions = []  # dates from publication alone
        sentences = leads
    entries = build_timeline(
        sentences, dates, per_date, first=first, last=last, day_level_only=True
    )
    return Timeline(
        {
            datetime.date.fromisoformat(e.date): [tokenized(s.text) for s in e.sentences]
            for e in entries
        }
    )


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
        for method in ("eventatlas", "pubcount"):
            pool = [s.__class__(**vars(s)) for s in in_range]  # pubcount edits its copies
            predicted = our_timeline(pool, first, last, len(days), per_date, method)
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
    result: dict = {"published": PUBLISHED}
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
