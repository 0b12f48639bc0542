"""newsmodel's built-in plain-text format (``text``).

Reads text dumps as a careful reader would: the tag line, title, byline,
datelines and "Published:" lines; paragraphs broken across lines, hard
wrapped or indented; section headings and captions; and the debris
scrapers leave behind (view counters, "Share" lines, cookie notices,
photo credits), kept on the document but out of its body.  Bytes in any
common encoding are decoded, mojibake is repaired, and a source map leads
from the text back to the decoded source through every normalisation.
Registered through the ``newsmodel`` entry-point group like any plugin.
"""

from __future__ import annotations

from newsmodel import Document, RawSource, SourceError, hookimpl
from newsmodel_text._decode import bom_encoding, decode, looks_like_utf16
from newsmodel_text._layout import read_layout

__all__ = ["decode", "newsmodel_read", "newsmodel_recognize", "read_layout"]

_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".eml", ""})


@hookimpl
def newsmodel_recognize(source: RawSource) -> float | None:
    """Any readable text; most confident for ``.txt`` files.

    Nothing that plainly is something else: PDF, images and other binary
    files, JSON and JSON Lines (newsmodel's own output among them), XML feeds.
    """
    if source.looks_like() is not None:
        return None
    head = source.head(2048)
    if (
        source.text is None
        and b"\x00" in head
        and bom_encoding(head) is None
        and looks_like_utf16(head) is None
    ):
        return None  # binary, not a text dump
    if source.suffix in (".txt", ".text"):
        return 0.9
    encoding = bom_encoding(head) or looks_like_utf16(head)
    if encoding is not None and source.text is None:
        # A UTF-16 page shows its tags only once decoded.
        head = head.decode(encoding, "replace").encode("utf-8", "replace")
    lowered = head.lower()
    if b"<html" in lowered or b"<!doctype" in lowered:
        return 0.05
    return 0.5 if source.suffix in _TEXT_SUFFIXES else 0.2


@hookimpl
def newsmodel_read(source: RawSource) -> Document:
    """Decode the dump and read its layout; refuse what plainly is not text."""
    what = source.looks_like()
    if what is not None:
        where = source.path or source.url or "input"
        raise SourceError(f"{where}: this looks like {what}, not the text of an article")
    text = source.text if source.text is not None else decode(source.data)
    return read_layout(text)
