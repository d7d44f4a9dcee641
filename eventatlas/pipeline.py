"""The pipeline, top to bottom: read it first.

inputs (files, folders, URLs, feeds)
  → ingest.read_inputs      RawDocuments, or Rejections with a one-line reason
  → Pipeline (per article)  clean → language → title → published → fingerprint: enough to
                            know the article's id, so unchanged input stops here and loads
                            no model; then sketch → entities → people → sentences → dates →
                            numbers, each a named component over one Document (a language's
                            words are data in nlp/lang/<code>/)
  → dedupe (per batch)      unchanged input, exact or near-duplicate of a stored article
  → stories (per batch)     embed headline and lead, group reports, join or start a story,
                            merge stories, link threads
  → story dating            a report known only to the month takes a day from its story's
                            dated reports, its relative dates read against it
  → events (per batch)      candidate sentences classified, fields filled, with their spans;
                            no event from a disaster's toll; a report the step fails on is
                            stored without events
  → merge (per batch)       each report of an event joins the happening it matches, stored
                            or new
  → Store.write_batch       one transaction per batch: readers never see half a batch; the
                            happenings it touched are reconciled again (`merge.reconcile`)
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache, cached_property
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from eventatlas.document import Document
from eventatlas.errors import Code, InputRejected
from eventatlas.ingest import read_inputs
from eventatlas.ingest.checks import checked
from eventatlas.ingest.clean import Clean
from eventatlas.ingest.dedupe import Fingerprint, Sketch
from eventatlas.ingest.fetch import Fetcher
from eventatlas.ingest.published import PublishedFromText
from eventatlas.ingest.title import FindTitle
from eventatlas.nlp.dates import FindDates, pinned_day
from eventatlas.nlp.language import DetectLanguage
from eventatlas.records import (
    INFERRED_DAY,
    Article,
    BatchWrite,
    DatingNote,
    RawDocument,
    Rejection,
    RunSummary,
)
from eventatlas.settings import Settings

# What every input needs (reading it far enough to know its article id) is imported above; the
# stages that only new articles need (gazetteers, the embedding model, stories, events, merging)
# are imported in the functions that build them, so that a run that meets only unchanged input,
# and every command that does not ingest, loads none of them.
if TYPE_CHECKING:
    from eventatlas.extract.events import ExtractEvents
    from eventatlas.extract.records import Event
    from eventatlas.gazetteer.actors import ActorGazetteer
    from eventatlas.gazetteer.places import PlaceGazetteer
    from eventatlas.ingest.dedupe import DuplicateIndex
    from eventatlas.merge.happenings import MergeHappenings
    from eventatlas.store import Store
    from eventatlas.stories.stage import StoryStage

log = logging.getLogger(__name__)


class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """Named components run in order on one Document; the order is checked when it is built.
    `given` names what the Document holds before the first component (a pipeline that goes on
    where another stopped)."""

    def __init__(self, components: Sequence[Component], given: Iterable[str] = ()):
        available = set(given)
        for component in components:
            missing = set(component.requires) - available
            if missing:
                raise ValueError(f"component {component.name!r} needs {sorted(missing)} first")
            available.update(component.assigns)
        self.components = list(components)
        self.available = frozenset(available)

    @property
    def names(self) -> list[str]:
        return [component.name for component in self.components]

    def __call__(self, raw: RawDocument) -> Document:
        return self.annotate(Document.from_raw(raw))

    def annotate(self, doc: Document) -> Document:
        for component in self.components:
            doc = component(doc)
        return doc


def build_pipeline(settings: Settings) -> Pipeline:
    """The per-article components; the later ones only when a stage that reads them is on."""
    return Pipeline(reading_components(settings) + annotating_components(settings))


def reading_components(settings: Settings) -> list[Component]:
    """What every input goes through, new or unchanged: enough to know its article id."""
    return [
        Clean(),
        DetectLanguage(settings.language_backend, _listed(settings.languages)),
        FindTitle(),
        PublishedFromText(),
        Fingerprint(),
    ]


def annotating_components(settings: Settings) -> list[Component]:
    """What only a new article goes through: its sketch for near-duplicates, and the names,
    sentences, dates and counts the later stages read."""
    components: list[Component] = [Sketch()]
    if settings.entities:
        from eventatlas.nlp.entities import FindEntities

        components.append(FindEntities(places_of(settings), actors_of(settings)))
    if settings.entities and settings.events:
        from eventatlas.nlp.entities import FindPeople
        from eventatlas.nlp.numbers import FindCounts
        from eventatlas.nlp.sentences import SplitSentences

        components += [FindPeople(), SplitSentences(), FindDates(), FindCounts()]
    return components


def places_of(settings: Settings) -> PlaceGazetteer:
    return _places(tuple(_listed(settings.gazetteer_focus_countries)))


@cache
def _places(focus: tuple[str, ...]) -> PlaceGazetteer:
    """Loaded once a process: the pipeline, the events step and story labels all read it."""
    from eventatlas.gazetteer.places import PlaceGazetteer

    return PlaceGazetteer.load(focus)


def actors_of(settings: Settings) -> ActorGazetteer:
    from eventatlas.gazetteer.actors import load_actors

    return load_actors(tuple(Path(p) for p in _listed(settings.actor_files)))


def build_event_stage(settings: Settings) -> ExtractEvents | None:
    if not (settings.events and settings.entities):
        return None
    from eventatlas.extract.classify import EventClassifier
    from eventatlas.extract.events import ExtractEvents
    from eventatlas.gazetteer.places import default_cache_dir
    from eventatlas.nlp.embed import get_embedder

    classifier = EventClassifier(get_embedder(settings.embedding_model), default_cache_dir())
    places = places_of(settings)
    return ExtractEvents(
        classifier,
        places.countries,
        settings.event_model_sentences,
        focus=places.focus,
        actors=actors_of(settings),
    )


def _listed(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def article_id(locator: str, text_hash: str) -> str:
    """The same input with the same text always gets the same id; that makes re-ingest a no-op."""
    return hashlib.sha256(f"{locator}\x00{text_hash}".encode()).hexdigest()[:16]


def to_article(doc: Document) -> Article:
    raw = doc.raw
    return Article(
        article_id=article_id(raw.locator, doc.content_hash),
        locator=raw.locator,
        format=raw.format,
        text=doc.text,
        chars=len(doc.text),
        content_hash=doc.content_hash,
        url=raw.url,
        path=raw.path,
        source=raw.source,
        title=doc.title,
        lang=doc.lang,
        lang_confidence=round(doc.lang_confidence, 4) if doc.lang_confidence is not None else None,
        published=raw.published,
        published_precision=raw.published_precision,
        published_given=doc.given,
    )


def build_story_stage(store: Store, settings: Settings) -> StoryStage | None:
    if not settings.stories:
        return None
    from eventatlas.nlp.embed import get_embedder
    from eventatlas.stories.centres import LanguageCentres
    from eventatlas.stories.cluster import ClusterParams, StoryClusterer
    from eventatlas.stories.stage import StoryStage

    params = ClusterParams(
        join_similarity=settings.story_join_similarity,
        merge_similarity=settings.story_merge_similarity,
        thread_similarity=settings.thread_similarity,
        window_days=settings.story_window_days,
    )
    embedder = get_embedder(settings.embedding_model)
    centres = LanguageCentres(embedder.name, embedder.dim)
    for lang, (vector_sum, count) in store.language_sums(embedder.name).items():
        centres.add(lang, vector_sum, count)
    clusterer = StoryClusterer(params, store.load_stories(), centres)
    return StoryStage(embedder, clusterer, store.story_of, english_names(settings))


def build_merge_stage(store: Store, settings: Settings) -> MergeHappenings:
    from eventatlas.merge.happenings import MergeHappenings, Report
    from eventatlas.nlp.embed import get_embedder

    def nearby(days: list[str]) -> list[Report]:
        return [Report(event, vector) for event, vector in store.event_reports_around(days)]

    embedder = get_embedder(settings.embedding_model) if settings.event_merge_embeddings else None
    return MergeHappenings(embedder, nearby, settings.event_merge_score)


def english_names(settings: Settings) -> Callable[[str], str | None]:
    """Gazetteer id → canonical English name, for labels."""
    places = places_of(settings).places
    actors = actors_of(settings).actors

    def name(key: str) -> str | None:
        entry = places.get(key) or actors.get(key)
        return entry.name if entry else None

    return name


def ingest(
    inputs: list[str],
    store: Store,
    settings: Settings,
    *,
    on_item: Callable[[str], None] | None = None,
) -> RunSummary:
    """Read, annotate and store everything `inputs` names; return what happened."""
    fetcher = Fetcher(settings)
    try:
        return ingest_items(
            read_inputs(inputs, settings, fetcher), inputs, store, settings, on_item=on_item
        )
    finally:
        fetcher.close()


def ingest_items(
    items: Iterable[RawDocument | Rejection],
    inputs: list[str],
    store: Store,
    settings: Settings,
    *,
    on_item: Callable[[str], None] | None = None,
) -> RunSummary:
    """Annotate and store documents already read (the HTTP API's posted articles), as one run
    recorded under `inputs`."""
    reader = Pipeline(reading_components(settings))
    stages = Stages(store, settings, reader)
    summary = store.start_run(inputs)
    try:
        for raw_batch in _batched(items, settings.batch_size):
            batch, docs = _annotate(raw_batch, reader, stages, store, settings, on_item)
            if batch.articles:  # a batch of unchanged input has nothing for the stages to do
                _run_stages(stages, batch, docs, store)
            _write(store, summary, batch)
    except BaseException as exc:  # killed outright, the next run's start marks it instead
        store.finish_run(summary.run_id, _ended(exc))
        raise
    store.finish_run(summary.run_id)
    return summary


class Stages:
    """The parts of a run that only new articles need, each built when first used: re-reading
    unchanged input loads no gazetteer, model, stored story or stored fingerprint. (Nothing of
    the store they read changes before then: a batch without new articles writes none.)"""

    def __init__(self, store: Store, settings: Settings, reader: Pipeline):
        self.store, self.settings, self.reader = store, settings, reader

    @cached_property
    def annotator(self) -> Pipeline:
        return Pipeline(annotating_components(self.settings), given=self.reader.available)

    @cached_property
    def duplicates(self) -> DuplicateIndex:
        from eventatlas.ingest.dedupe import DuplicateIndex

        duplicates = DuplicateIndex(self.settings.near_duplicate_threshold)
        for row in self.store.fingerprints():
            duplicates.add(*row)
        return duplicates

    @cached_property
    def events(self) -> ExtractEvents | None:
        return build_event_stage(self.settings)

    @cached_property
    def stories(self) -> StoryStage | None:
        return build_story_stage(self.store, self.settings)

    @cached_property
    def merge(self) -> MergeHappenings | None:
        return build_merge_stage(self.store, self.settings) if self.events is not None else None


def _run_stages(stages: Stages, batch: BatchWrite, docs: dict[str, Document], store: Store):
    """Stories, story dating, events and merging, on a batch's new articles."""
    from eventatlas.stories.dating import date_from_stories

    if stages.stories is not None:
        stages.stories(batch)
        date_from_stories(
            batch,
            docs,
            store.publication_days_of_stories,
            store.undated_reports_of_stories,
            rereader(stages.annotator),
        )
    if stages.events is not None:
        batch.events = _events_of(stages.events, docs, batch.story_of)
        for event in batch.events:
            event.story_id = batch.story_of.get(event.sources[0].article_id)
    if stages.merge is not None:
        batch.event_vectors = stages.merge(batch.events)


def _events_of(
    events: ExtractEvents, docs: dict[str, Document], story_of: dict[str, str]
) -> list[Event]:
    """The batch's events. Where the step fails on the batch, each report is read alone, and a
    report it still fails on is stored without events: one report our code cannot read must not
    cost the others theirs, nor the run its articles."""
    try:
        return events(docs, story_of)
    except Exception:
        log.exception("events of the batch not read; reading its reports one by one")
    found: list[Event] = []
    for article_id, doc in docs.items():
        try:
            found += events({article_id: doc}, story_of)
        except Exception as exc:
            log.warning("no events read from %s: %r", doc.raw.locator, exc)
    return found


def _write(store: Store, summary: RunSummary, batch: BatchWrite) -> None:
    try:
        store.write_batch(summary, batch)
    except Exception as exc:  # the run goes on: this batch's articles are rejected, and why
        log.exception("batch not stored")
        reason = Rejection.of("", exc).reason
        store.write_batch(
            summary,
            BatchWrite(
                rejections=batch.rejections
                + [
                    Rejection(a.locator, Code.INTERNAL, f"not stored: {reason}")
                    for a, _ in batch.articles
                ],
                unchanged=batch.unchanged,
            ),
        )
        return
    summary.dating += batch.dating


def _ended(exc: BaseException) -> str:
    return "interrupted" if isinstance(exc, KeyboardInterrupt) else "died"


def _annotate(
    raw_batch: list[RawDocument | Rejection],
    reader: Pipeline,
    stages: Stages,
    store: Store,
    settings: Settings,
    on_item: Callable[[str], None] | None,
) -> tuple[BatchWrite, dict[str, Document]]:
    """The batch to write, and the Documents of its new originals (for the events step). Every
    input is read far enough to know its article id; only new ones are annotated further."""
    from eventatlas.stories.signals import name_keys

    batch = BatchWrite()
    read: list[Document] = []
    for item in raw_batch:
        if on_item:
            on_item(item.locator)
        if isinstance(item, Rejection):
            batch.rejections.append(item)
            continue
        try:
            doc = reader(checked(item, settings.max_text_chars))
            if len(doc.text) < settings.min_text_chars:
                raise InputRejected(Code.NO_TEXT, f"too little text ({len(doc.text)} characters)")
        except Exception as exc:  # one broken article must not stop the batch; say what broke
            batch.rejections.append(Rejection.of(item.locator, exc))
            continue
        read.append(doc)
    _pin_undated(read, store)
    articles = [to_article(doc) for doc in read]
    stored = store.existing_article_ids(article.article_id for article in articles)
    candidates: list[tuple[Article, bytes]] = []
    docs: dict[str, Document] = {}
    for doc, article in zip(read, articles, strict=True):
        if article.article_id in stored:
            batch.unchanged += 1
        elif problem := store.unstorable(article):  # it alone, not its batch, fails to be written
            batch.rejections.append(Rejection(article.locator, Code.INTERNAL, problem))
            continue
        else:
            try:
                stages.annotator.annotate(doc)
            except Exception as exc:
                batch.rejections.append(Rejection.of(article.locator, exc))
                continue
            doc.article_id = article.article_id
            candidates.append((article, doc.minhash))
            batch.names[article.article_id] = name_keys(doc)
            docs[article.article_id] = doc
        if doc.dating:
            batch.dating.append(doc.dating)

    # Within a batch the earlier-published copy is the original; undated ones come last.
    for article, signature in sorted(candidates, key=lambda pair: pair[0].published or "~"):
        if article.article_id in stored:  # the same input twice in one batch
            batch.unchanged += 1
            continue
        stored.add(article.article_id)
        original = stages.duplicates.original_of(article.content_hash, signature)
        if original:
            article = replace(article, duplicate_of=original)
        stages.duplicates.add(
            article.article_id, article.content_hash, signature, article.duplicate_of
        )
        batch.articles.append((article, signature))
    new_originals = {a.article_id for a, _ in batch.articles if not a.duplicate_of}
    return batch, {i: d for i, d in docs.items() if i in new_originals}


REREAD = ("entities", "people", "sentences", "dates", "numbers")


def rereader(pipeline: Pipeline) -> Callable[[Article], Document]:
    """Reads a stored article's fixed text again with the components that annotate it, under
    the publication date it now has (the events step reads what they find)."""
    later = [component for component in pipeline.components if component.name in REREAD]

    def reread(article: Article) -> Document:
        doc = Document.from_article(article)
        for component in later:
            doc = component(doc)
        return doc

    return reread


def _pin_undated(docs: list[Document], store: Store) -> None:
    """A report without a date whose weekday and day-of-month fit one year of the corpus, or
    within a year of it ("Friday, May 1" among reports of 2017 to 2019: 2020), is dated to that
    day, as `published_precision = "inferred-day"`, and notes which words pinned it. It runs
    before the annotating components, so that a report's relative dates resolve against it."""
    undated = [doc for doc in docs if doc.raw.published is None]
    years = {int(doc.raw.published[:4]) for doc in docs if doc.raw.published}
    if undated:
        years.update(store.publication_years() or ())
    for doc in undated if years else ():
        pinned = pinned_day(doc.text, doc.lang, range(min(years) - 1, max(years) + 2))
        if pinned is None:
            continue
        day, words = pinned
        doc.raw = replace(doc.raw, published=day.isoformat(), published_precision=INFERRED_DAY)
        doc.dating = DatingNote(doc.raw.locator, "pinned", words, day.isoformat())


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
