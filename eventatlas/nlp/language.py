"""The `language` stage: ISO 639-1 code and a confidence, from a model that ships in a wheel.

Two backends, chosen by the `language_backend` setting (see benchmarks/language.py for the
measurement behind the default): py3langid (4.6 MB, a few milliseconds an article) and lingua
(better on single sentences, about 300 MB of memory for our languages). Norwegian is reported as
`no`, whichever written standard the backend names.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Protocol

from eventatlas.document import Document

NORWEGIAN_ALIASES = {"nb": "no", "nn": "no", "no": "no"}
_SAMPLE_CHARS = 2000


def normalise_code(code: str) -> str:
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return NORWEGIAN_ALIASES.get(code, code)


class Identifier(Protocol):
    def __call__(self, text: str) -> tuple[str, float]: ...


class Py3LangId:
    def __init__(self, languages: Sequence[str]):
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self._model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        known = set(self._model.nb_classes)
        wanted = {code for code in languages if code in known}
        if "no" in wanted:
            wanted.add("nn")  # py3langid's 'nn' catches much bokmål too; both map to 'no'
        self._model.set_languages(sorted(wanted))

    def __call__(self, text: str) -> tuple[str, float]:
        code, probability = self._model.classify(text)
        return normalise_code(code), float(probability)


class Lingua:
    def __init__(self, languages: Sequence[str]):
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        chosen = set()
        for code in languages:
            if code in {"no", "nb"}:
                chosen.update({Language.BOKMAL, Language.NYNORSK})
                continue
            try:
                chosen.add(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
            except (AttributeError, ValueError):
                continue
        self._detector = LanguageDetectorBuilder.from_languages(*chosen).build()

    def __call__(self, text: str) -> tuple[str, float]:
        values = self._detector.compute_language_confidence_values(text)
        if not values:
            return "und", 0.0
        best = values[0]
        code = best.language.iso_code_639_1.name.lower()
        # bokmål and nynorsk split one language's probability between them
        if code in NORWEGIAN_ALIASES:
            confidence = sum(
                v.value for v in values if v.language.iso_code_639_1.name in {"NB", "NN"}
            )
            return "no", float(confidence)
        return code, float(best.value)


BACKENDS = {"py3langid": Py3LangId, "lingua": Lingua}


@cache
def get_identifier(backend: str, languages: tuple[str, ...]) -> Identifier:
    try:
        return BACKENDS[backend](languages)
    except KeyError:
        raise ValueError(
            f"unknown language backend {backend!r}; choose from {sorted(BACKENDS)}"
        ) from None


class DetectLanguage:
    name = "language"
    requires = ("text",)
    assigns = ("lang", "lang_confidence")

    def __init__(self, backend: str, languages: Sequence[str]):
        self.identify = get_identifier(backend, tuple(languages))

    def __call__(self, doc: Document) -> Document:
        if doc.raw.lang_hint:
            doc.lang, doc.lang_confidence = normalise_code(doc.raw.lang_hint), 1.0
        else:
            sample = f"{doc.title or ''}\n{doc.text[:_SAMPLE_CHARS]}"
            doc.lang, doc.lang_confidence = self.identify(sample)
        return doc
