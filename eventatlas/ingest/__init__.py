"""Readers: turn files, folders, feeds and URLs into RawDocuments (or Rejections)."""

from eventatlas.ingest.sources import read_inputs

__all__ = ["read_inputs"]
