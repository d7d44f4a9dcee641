from dataclasses import replace

import pytest

from eventatlas.document import Document
from eventatlas.ingest.clean import Clean
from eventatlas.ingest.dedupe import Fingerprint
from eventatlas.pipeline import Pipeline, article_id, build_pipeline, ingest
from eventatlas.records import RawDocument


def test_components_run_in_a_checked_order(settings):
    reading = ["clean", "language", "title", "published", "fingerprint", "sketch"]
    assert build_pipeline(settings).names == [
        *reading,
        "entities",
        "people",
        "sentences",
        "dates",
        "numbers",
    ]
    assert build_pipeline(replace(settings, entities=False)).names == reading
    with pytest.raises(ValueError, match="'fingerprint' needs \\['text'\\]"):
        Pipeline([Fingerprint(), Clean()])


def test_a_component_can_be_swapped(settings):
    class Shout:
        name, requires, assigns = "shout", ("text",), ("text",)

        def __call__(self, doc: Document) -> Document:
            doc.text = doc.text.upper()
            return doc

    doc = Pipeline([Clean(), Shout()])(
        RawDocument(text="  Rawa  retaken ", locator="x", format="txt")
    )
    assert doc.text == "RAWA RETAKEN"


def test_article_id_depends_on_input_and_text():
    assert article_id("a.txt", "h1") == article_id("a.txt", "h1")
    assert article_id("a.txt", "h1") != article_id("a.txt", "h2")
    assert article_id("a.txt", "h1") != article_id("b.txt", "h1")


def test_one_broken_article_does_not_stop_the_batch(tmp_path, settings, store, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Iraqi forces retook the town of Rawa on Friday morning.")
    (folder / "bad.txt").write_text("This text makes the language stage crash, for the test.")

    from eventatlas.nlp import language

    real = language.DetectLanguage.__call__

    def crash_on_bad(self, doc):
        if "crash" in doc.text:
            raise RuntimeError("boom")
        return real(self, doc)

    monkeypatch.setattr(language.DetectLanguage, "__call__", crash_on_bad)
    summary = ingest([str(folder)], store, settings)
    assert summary.new == 1
    assert [(r.code, r.reason) for r in summary.rejections] == [
        ("internal", "internal error: RuntimeError('boom')")
    ]


def test_a_report_the_events_step_fails_on_is_stored_without_events(tmp_path, settings, store):
    """The events step reads a batch at once: a report it fails on costs no other report its
    events, and every report is stored."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        " date 2017-07-07 Islamic State fighters attacked an army post near Samarra on Friday, "
        "killing five soldiers."
    )
    (folder / "bad.txt").write_text(
        " date 2017-07-07 This report makes the events step fail, for the test: gunmen attacked "
        "a checkpoint near Kirkuk, killing two."
    )
    from eventatlas.extract.events import ExtractEvents

    real = ExtractEvents.__call__

    def fail_on_bad(self, docs, story_of=None):
        if any("fail" in doc.text for doc in docs.values()):
            raise RuntimeError("boom")
        return real(self, docs, story_of)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ExtractEvents, "__call__", fail_on_bad)
        summary = ingest([str(folder)], store, settings)
    assert summary.new == 2 and not summary.rejections
    _, events = store.merged_events()
    assert [e.location for e in events] == ["Samarra"]


def test_reingesting_unchanged_input_builds_no_stage(tmp_path, settings, store, monkeypatch):
    """Unchanged input is known by its article id alone: no gazetteer, model, story stage or
    stored fingerprint is loaded to say so."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        " date 2017-11-17 Rawa retaken\n\nIraqi forces retook the town of Rawa on Friday."
    )
    assert ingest([str(folder)], store, settings).new == 1

    from eventatlas import pipeline
    from eventatlas.ingest import dedupe
    from eventatlas.nlp import embed

    def refuse(*args, **kwargs):
        raise AssertionError("built for unchanged input")

    for name in (
        "annotating_components",
        "places_of",
        "actors_of",
        "build_event_stage",
        "build_story_stage",
        "build_merge_stage",
    ):
        monkeypatch.setattr(pipeline, name, refuse)
    monkeypatch.setattr(embed, "get_embedder", refuse)
    monkeypatch.setattr(dedupe, "DuplicateIndex", refuse)
    summary = ingest([str(folder)], store, settings)
    assert (summary.new, summary.unchanged, summary.rejected) == (0, 1, 0)
