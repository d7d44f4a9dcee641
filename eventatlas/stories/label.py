"""An English label for a story, from its titles and the canonical names it mentions."""

from __future__ import annotations

from collections.abc import Callable

from eventatlas.stories.model import Story


def story_label(story: Story, english_name: Callable[[str], str | None] = lambda _: None) -> str:
    """The earliest English title; else the English names of the places and actors the story
    mentions most, before its earliest title."""
    english = [title for _, lang, title in story.titles if lang == "en"]
    if english:
        return english[0]
    names = [english_name(key) for key, _ in story.entities.most_common(4)]
    named = ", ".join(n for n in names if n)
    first = story.titles[0][2] if story.titles else ""
    return f"{named}: {first}" if named and first else (first or named or story.story_id)
