"""newsmodel's built-in HTML format (``html``).

Reads a saved news page with lxml: the article body without navigation,
advertising and other boilerplate, its headings, quotes, captions and
lists, and the page's metadata (title, authors, dates, language, canonical
address).  Never fetches anything.  Registered through the ``newsmodel``
entry-point group like any plugin.
"""

from __future__ import annotations

from newsmodel import Document, RawSource, hookimpl
from newsmodel_html._parse import decode_head
from newsmodel_html._read import read_page

__all__ = ["newsmodel_read", "newsmodel_recognize"]

_MARKERS = (b"<html", b"<!doctype html", b"<head", b"<body", b"<article", b"<div", b"<p>", b"<meta")


@hookimpl
def newsmodel_recognize(source: RawSource) -> float | None:
    """HTML by suffix or by the tags near the start of the page."""
    if source.suffix in (".html", ".htm", ".xhtml", ".shtml"):
        return 0.95
    if source.text is not None:
        head = source.text[:4096].lower().encode("utf-8", "replace")
    else:
        # UTF-16 and UTF-32 pages are decoded first, so that their tags show.
        head = decode_head(source.data, 4096).lower()
    hits = sum(marker in head for marker in _MARKERS)
    if hits >= 2 or head.lstrip().startswith((b"<!doctype html", b"<html")):
        return 0.9
    return 0.3 if hits == 1 else None


@hookimpl
def newsmodel_read(source: RawSource) -> Document | None:
    """Extract the article and its metadata from the page."""
    return read_page(source.data if source.text is None else source.text, url=source.url)
