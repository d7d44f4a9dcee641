"""eventatlas: multilingual conflict news to stories, events and timelines, fully offline."""

__version__ = "0.1.0"
