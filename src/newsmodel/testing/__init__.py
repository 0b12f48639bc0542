"""Test helpers for newsmodel and its plugins: Hypothesis strategies.

``messy_dumps()`` makes messy plain-text dumps of clean invented articles,
for testing readers of text dumps: see :mod:`newsmodel.testing._messy_text`.
"""

from newsmodel.testing._messy_text import (
    DEBRIS_LINES,
    LAYOUTS,
    CleanArticle,
    MessyDump,
    clean_articles,
    clean_paragraphs,
    messy_dumps,
)

__all__ = [
    "DEBRIS_LINES",
    "LAYOUTS",
    "CleanArticle",
    "MessyDump",
    "clean_articles",
    "clean_paragraphs",
    "messy_dumps",
]
