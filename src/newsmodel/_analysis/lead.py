"""The publication date of a document whose format carried none."""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel._analysis.dates import find_dates
from newsmodel._model import ArticleDate, Block, DateOrigin, Precision

__all__ = ["lead_date"]

_DAYLIKE = (Precision.DAY, Precision.TIME)

#: How many blocks of the lead are searched for a full date.
LEAD_BLOCKS = 2


def lead_date(text: str, blocks: Sequence[Block]) -> ArticleDate | None:
    """The lead's first full date (day, month, year, perhaps a time), as an inferred date."""
    for block in list(blocks)[:LEAD_BLOCKS]:
        for mention in find_dates(text[block.start : block.end]):
            value = mention.value
            # A day, or a day with its time ("March 14, 2025, 10:30 a.m.").
            if mention.anchor == "absolute" and value and value.precision in _DAYLIKE:
                return ArticleDate(value=value, origin=DateOrigin.INFERRED)
    return None
