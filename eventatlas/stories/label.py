"""A label for a story: a real headline of one of its reports, English where there is one."""

from __future__ import annotations

import re
from collections.abc import Callable

from eventatlas.ingest.title import lead
from eventatlas.stories.model import Story

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s")


OPENING_CHARS = 300  # what is kept of an untitled report's opening
LABEL_CHARS = 140


def story_label(story: Story, english_name: Callable[[str], str | None] = lambda _: None) -> str:
    """The earliest English headline; else the earliest headline in another language; else the
    first sentence of its earliest report (English first), as a reader skimming the reports
    would name the story. The English names of what it mentions most only for a story with
    no text at all: a list of names tells nothing of what happened."""
    english = [title for _, lang, title in story.titles if lang == "en"]
    if english or story.titles:
        return (english or [title for _, _, title in story.titles])[0]
    openings = sorted(story.openings, key=lambda opening: opening[1] != "en")
    if openings:
        _, lang, head = openings[0]
        return _first_sentence(lead(head, lang or None, OPENING_CHARS))
    names = [english_name(key) for key, _ in story.entities.most_common(4)]
    return ", ".join(n for n in names if n) or story.story_id


def _first_sentence(text: str) -> str:
    sentence = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    if len(sentence) <= LABEL_CHARS:
        return sentence
    return sentence[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"
