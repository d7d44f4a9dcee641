"""An English label for a story, from its titles."""

from __future__ import annotations

from eventatlas.stories.model import Story


def story_label(story: Story) -> str:
    """The earliest English title; else the earliest title with the names the story shares."""
    english = [title for _, lang, title in story.titles if lang == "en"]
    if english:
        return english[0]
    names = ", ".join(name.title() for name, _ in story.entities.most_common(3))
    first = story.titles[0][2] if story.titles else ""
    return f"{names}: {first}" if names and first else (first or names or story.story_id)
