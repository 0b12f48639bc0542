"""Quotes and their speakers: detection, attribution, unnamed sources."""

from newsmodel._analysis.quotes.engine import attribute_quotes
from newsmodel._analysis.quotes.marks import QuoteSpan, find_quote_spans

__all__ = ["QuoteSpan", "attribute_quotes", "find_quote_spans"]
