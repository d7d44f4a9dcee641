"""Annotation stages that read the fixed text and add layers to the Document."""
