"""Event-type classification on the CASE 2021 Task 2 test set (English snippets, ACLED sub-types).

Subtask 1 protocol: the rows labelled with one of ACLED's 25 sub-event types; our classifier
(trained only on our own sentences, never on this set) picks the most likely of the 25. Prints
weighted and macro F1 and the confusions, next to the published best (weighted F1 0.839).
Usage: python benchmarks/case2021.py   (reads ../shared/benchmarks/case2021-task2/, writes
benchmarks/results/case2021.json)
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from eventatlas.extract.classify import LABELS, NONE, EventClassifier, trigger_hits  # noqa: E402
from eventatlas.extract.coding import TERRITORY, territory_taken_by  # noqa: E402
from eventatlas.gazetteer.actors import load_actors  # noqa: E402
from eventatlas.gazetteer.places import default_cache_dir  # noqa: E402
from eventatlas.nlp.embed import get_embedder  # noqa: E402

DATA = HERE.parent.parent / "shared" / "benchmarks" / "case2021-task2"
RESULT = HERE / "results" / "case2021.json"
CASE_TO_ACLED = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
}


def f1_scores(gold: list[str], predicted: list[str]) -> tuple[float, float]:
    labels = sorted(set(gold))
    support = Counter(gold)
    f1 = {}
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = support[label] - tp
        f1[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    weighted = sum(f1[label] * support[label] for label in labels) / len(gold)
    return round(weighted, 3), round(sum(f1.values()) / len(labels), 3)


def _by_taker(label: str, text: str, actors) -> str:
    """A territory sub-type by the first actor named, as the extractor decides it."""
    if label not in TERRITORY:
        return label
    named = [candidates[0] for _, candidates in actors.find(text)]
    return territory_taken_by(named[0].inter) if named else label


def main() -> None:
    with (DATA / "test_set_final_release_with_labels.tsv").open(encoding="utf-8") as handle:
        rows = [
            r
            for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if r["SubType"] in CASE_TO_ACLED
        ]
    gold = [CASE_TO_ACLED[r["SubType"]] for r in rows]
    texts = [r["EventSnippet"] for r in rows]
    embedder = get_embedder()
    classifier = EventClassifier(embedder, default_cache_dir())
    probabilities = classifier.model.probabilities(embedder.embed(texts))
    probabilities[:, LABELS.index(NONE)] = -1  # subtask 1: every snippet has an ACLED event
    by_embedding = [LABELS[i] for i in probabilities.argmax(axis=1)]
    combined = []
    for text, p in zip(texts, probabilities, strict=True):
        combined.append(
            classifier._decide(np.maximum(p, 0), trigger_hits(text, "en")).sub_event_type
        )
    combined = [c if c != NONE else e for c, e in zip(combined, by_embedding, strict=True)]
    # the coding rule the extractor applies after the classifier: who took a place decides
    # between the two territory sub-types
    actors = load_actors()
    by_taker = [_by_taker(label, text, actors) for label, text in zip(combined, texts, strict=True)]
    confusions = Counter((g, p) for g, p in zip(gold, by_taker, strict=True) if g != p)
    result = {
        "rows": len(rows),
        "embedding_only": dict(
            zip(("weighted_f1", "macro_f1"), f1_scores(gold, by_embedding), strict=True)
        ),
        "embedding_and_triggers": dict(
            zip(("weighted_f1", "macro_f1"), f1_scores(gold, combined), strict=True)
        ),
        "with_the_territory_rule": dict(
            zip(("weighted_f1", "macro_f1"), f1_scores(gold, by_taker), strict=True)
        ),
        "published_best_weighted_f1": 0.839,
        "top_confusions": [f"{g} -> {p}: {n}" for (g, p), n in confusions.most_common(10)],
    }
    RESULT.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
