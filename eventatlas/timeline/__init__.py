"""Dated timelines from articles and merged events (`build.py`), in the formats of SPEC.md
(`formats.py`)."""
