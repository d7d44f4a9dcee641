"""Sentence classification into ACLED event types and sub-types.

Two signals: trigger words from `nlp/lang/` (precise, and free), and a softmax-regression
classifier on the bundled multilingual e5 embeddings, trained on our labelled sentences
(`extract/data/training_sentences.jsonl`, ~1,650 sentences in seven languages), so that a
sentence without a known trigger, or in a language without triggers, is still classified. The
classifier is trained at first use and cached on disk with the data's hash in its name.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from eventatlas.nlp.embed import Embedder
from eventatlas.nlp.lang import alternation, table
from eventatlas.nlp.numbers import find_counts, opens_with_death

TRAINING = Path(__file__).parent / "data" / "training_sentences.jsonl"
NONE = "None"
SUB_TYPES = {
    "Battles": [
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ],
    "Explosions/Remote violence": [
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": [
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": [
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ],
}
EVENT_TYPE = {sub: event_type for event_type, subs in SUB_TYPES.items() for sub in subs}
LABELS = [*EVENT_TYPE, NONE]
TRIGGER_WEIGHT = 0.35  # how much a trigger word adds to the classifier's probability
# Words a trigger phrase's " * " may stand for: a German verb and its particle frame the clause
# ("nahmen am Mittwoch in Kirkuk einen IS-Kommandeur fest")
TRIGGER_GAP = 8
# When only trigger words decide, the more specific sub-type wins ("suicide car bomb attack":
# Suicide bomb, not Attack).
SPECIFICITY = [
    "Chemical weapon",
    "Suicide bomb",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Sexual violence",
    "Abduction/forced disappearance",
    "Excessive force against protesters",
    "Protest with intervention",
    "Violent demonstration",
    "Mob violence",
    "Peaceful protest",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
    "Headquarters or base established",
    "Disrupted weapons use",
    "Looting/property destruction",
    "Arrests",
    "Agreement",
    "Change to group/activity",
    "Armed clash",
    "Attack",
    "Other",
]

# Weapons that, named beside small arms as the means of ground fighting, do not make it
# another kind of event.
MEANS = {"Remote explosive/landmine/IED", "Grenade", "Shelling/artillery/missile attack"}
GROUND_FIGHTING = ("Armed clash", "Attack")


def _beside_small_arms(sentence: str, weapon: tuple[int, int], lang: str | None) -> bool:
    """Whether small arms are named within a few words of the weapon ("light weapons and
    mortar shells", "handgranater och prickskyttar")."""
    around = sentence[max(0, weapon[0] - 40) : weapon[1] + 40]
    return bool(_small_arms_pattern(table(lang).CODE).search(around))


@cache
def _small_arms_pattern(lang: str) -> re.Pattern:
    return re.compile(
        rf"(?:^|\W)(?:{table(lang).WORD_PREFIX})?(?:{alternation(table(lang).SMALL_ARMS)})",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class Classification:
    sub_event_type: str  # or "None"
    probability: float
    trigger: tuple[int, int] | None  # span of the trigger word within the sentence

    @property
    def event_type(self) -> str | None:
        return EVENT_TYPE.get(self.sub_event_type)


# Trigger words are lower case (tests/nlp/test_lang_tables.py), and patterns matched on the
# lowered sentence run several times faster than case-blind ones.
@cache
def _any_trigger(lang: str) -> re.Pattern:
    t = table(lang)
    words = [word for words in t.TRIGGERS.values() for word in words]
    return re.compile(rf"\b{t.WORD_PREFIX}(?:{alternation(words, gap=TRIGGER_GAP)})")


@cache
def _trigger_patterns(lang: str) -> dict[str, re.Pattern]:
    t = table(lang)
    return {
        sub: re.compile(rf"\b{t.WORD_PREFIX}(?:{alternation(words, gap=TRIGGER_GAP)})")
        for sub, words in t.TRIGGERS.items()
        if words
    }


def trigger_hits(sentence: str, lang: str | None) -> dict[str, tuple[int, int]]:
    """Sub-type → span of its first trigger in the sentence. A trigger followed by a figure
    measures something else ("turnout fell to 44.5 percent" is no town falling), and one after
    "since" is a past happening the sentence dates from ("since the victory over IS")."""
    return dict(_trigger_hits(sentence, table(lang).CODE))


@lru_cache(maxsize=4096)  # a candidate sentence is read twice: to choose it, then to type it
def _trigger_hits(sentence: str, lang: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    lowered = sentence.lower()
    if len(lowered) != len(sentence):  # a letter that lowers to two ("İ"): keep offsets
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in sentence)
    if not _any_trigger(lang).search(lowered):
        return ()  # most sentences hold none: one pass instead of one per sub-type
    hits = []
    since = _since_pattern(lang)
    for sub, pattern in _trigger_patterns(lang).items():
        for match in pattern.finditer(lowered):
            if _FIGURE_AFTER.match(sentence, match.end()):
                continue
            if since.search(sentence[max(0, match.start() - 25) : match.start()]):
                continue  # "the first election since the victory over IS": a past happening
            if sub in TERRITORY_CHANGES and _describes_areas(sentence, match.span(), lang):
                continue  # "stabilisation of the liberated areas"
            if _planned(lang).search(sentence[max(0, match.start() - 40) : match.start()]):
                continue  # "Soleimani planned new attacks": what has not happened
            if _counted_dead(sentence, match.start(), lang):
                continue  # "reports of five killed civilians": a toll, not who killed them
            hits.append((sub, match.span()))
            break
    return tuple(hits)


TERRITORY_CHANGES = {
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
}


def _describes_areas(sentence: str, span: tuple[int, int], lang: str) -> bool:
    """Whether a place-changing word qualifies areas: "the liberated areas", "les zones
    libérées", "de områden i Irak som har befriats", "المناطق المحررة"."""
    areas = _area_patterns(lang)
    return bool(
        areas["before"].search(sentence[max(0, span[0] - 40) : span[0]])
        or areas["after"].match(sentence, span[1])
    )


@cache
def _area_patterns(lang: str) -> dict[str, re.Pattern]:
    words = alternation(table(lang).AREA_WORDS)
    return {
        # the area word, then a few words at most: a relative clause or a place ("in Iraq")
        "before": re.compile(rf"(?:^|\s)(?:{words})\b(?:\W+\w+){{0,6}}\W*$", re.IGNORECASE),
        "after": re.compile(rf"\w*\s+(?:{words})\b", re.IGNORECASE),
    }


@cache
def _planned(lang: str) -> re.Pattern:
    words = alternation(table(lang).PLAN_WORDS)
    return re.compile(rf"(?:^|\s)(?:{words})\s+(?:\S+\s+){{0,3}}$", re.IGNORECASE)


@cache
def _since_pattern(lang: str) -> re.Pattern:
    words = alternation(table(lang).SINCE_WORDS)
    return re.compile(rf"(?:^|\s)(?:{words})\s+(?:\S+\s+)?$", re.IGNORECASE)


_FIGURE_AFTER = re.compile(r"\s*\d")  # \d: every script's digits


def _counted_dead(sentence: str, start: int, lang: str) -> bool:
    """Whether the trigger at `start` opens with words of death right after a figure."""
    if not opens_with_death(sentence, start, lang):
        return False
    return any(not sentence[span.end : start].strip() for span in find_counts(sentence, lang))


class SoftmaxClassifier:
    """Multinomial logistic regression with L2, by full-batch gradient descent (numpy only), on
    standardised features: e5 vectors differ in small shared directions, so unscaled they
    train slowly to near-uniform probabilities."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, mean: np.ndarray, scale: np.ndarray):
        self.weights, self.bias, self.mean, self.scale = weights, bias, mean, scale

    @classmethod
    def train(
        cls,
        x: np.ndarray,
        y: np.ndarray,
        classes: int,
        epochs: int = 300,
        rate: float = 0.5,
        l2: float = 1e-2,
    ) -> SoftmaxClassifier:
        mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
        z = (x - mean) / scale
        weights = np.zeros((x.shape[1], classes), dtype=np.float32)
        bias = np.zeros(classes, dtype=np.float32)
        target = np.eye(classes, dtype=np.float32)[y]
        # balance classes: rare sub-types weigh as much as common ones
        counts = np.bincount(y, minlength=classes).astype(np.float32)
        sample_weight = (len(y) / (classes * np.maximum(counts, 1)))[y][:, None]
        for _ in range(epochs):
            error = (_softmax(z @ weights + bias) - target) * sample_weight / len(y)
            weights -= rate * (z.T @ error + l2 * weights)
            bias -= rate * error.sum(axis=0)
        return cls(weights, bias, mean, scale)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return _softmax(((x - self.mean) / self.scale) @ self.weights + self.bias)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class EventClassifier:
    def __init__(self, embedder: Embedder, cache_dir: Path):
        self.embedder = embedder
        self.model = self._load_or_train(cache_dir)

    def _load_or_train(self, cache_dir: Path) -> SoftmaxClassifier:
        data = TRAINING.read_bytes()
        code = Path(__file__).read_bytes()  # retrain when the training code changes
        key = hashlib.sha256(data + code + self.embedder.name.encode()).hexdigest()[:16]
        path = cache_dir / f"event-classifier-{key}.npz"
        if path.exists():
            saved = np.load(path)
            return SoftmaxClassifier(*(saved[k] for k in ("weights", "bias", "mean", "scale")))
        rows = [json.loads(line) for line in data.decode().splitlines() if line.strip()]
        x = self.embedder.embed([r["text"] for r in rows])
        y = np.array([LABELS.index(r["sub_event_type"]) for r in rows])
        model = SoftmaxClassifier.train(x, y, len(LABELS))
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp.npz")
        np.savez(
            temporary, weights=model.weights, bias=model.bias, mean=model.mean, scale=model.scale
        )
        temporary.replace(path)
        return model

    @staticmethod
    def by_triggers(sentence: str, lang: str | None) -> Classification | None:
        """The most specific sub-type whose trigger the sentence holds, with no model call."""
        hits = trigger_hits(sentence, lang)
        fighting = any(sub in hits for sub in GROUND_FIGHTING)
        for sub in SPECIFICITY:
            if sub not in hits:
                continue
            if sub in MEANS and fighting and _beside_small_arms(sentence, hits[sub], lang):
                continue  # "attacked three posts with grenades and snipers" is the attack
            return Classification(sub, 0.6, hits[sub])
        return None

    def classify(self, sentences: list[str], lang: str | None) -> list[Classification]:
        """Embedding probabilities, nudged by trigger words of the sentence's language."""
        if not sentences:
            return []
        probabilities = self.model.probabilities(self.embedder.embed(sentences))
        return [
            self._decide(p, trigger_hits(s, lang))
            for s, p in zip(sentences, probabilities, strict=True)
        ]

    @staticmethod
    def _decide(probabilities: np.ndarray, hits: dict[str, tuple[int, int]]) -> Classification:
        scores = probabilities.copy()
        for sub in hits:
            scores[LABELS.index(sub)] += TRIGGER_WEIGHT
        best = int(np.argmax(scores))
        label = LABELS[best]
        return Classification(label, float(probabilities[best]), hits.get(label))
