"""Messy dumps of clean articles read back into the clean articles."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, note

from newsmodel import BlockKind, Document, RawSource
from newsmodel.testing import MessyDump, messy_dumps
from newsmodel_text import decode, newsmodel_read

# Debris a dump's header makes on top of the debris lines put in.
_HEADER_KINDS = {"byline", "published", "tag"}


def _read(dump: MessyDump) -> Document:
    note(f"layout={dump.layout} encoding={dump.encoding}\n{dump.text}")
    return newsmodel_read(source=RawSource(data=dump.data))


def _paragraphs(document: Document) -> tuple[str, ...]:
    return tuple(
        document.text[b.start : b.end] for b in document.blocks if b.kind is BlockKind.PARAGRAPH
    )


@given(messy_dumps())
def test_the_clean_paragraphs_come_back(dump: MessyDump) -> None:
    document = _read(dump)
    assert _paragraphs(document) == dump.article.paragraphs
    assert [b.kind for b in document.blocks] == [BlockKind.PARAGRAPH] * len(document.blocks)


@given(messy_dumps())
def test_the_header_comes_back(dump: MessyDump) -> None:
    document = _read(dump)
    article = dump.article
    assert document.title == article.title
    assert document.authors == article.authors
    published = document.published.value.date if document.published else None
    assert published == article.published
    assert document.tags == ((dump.tag,) if dump.tag else ())


@given(messy_dumps())
def test_the_debris_is_set_aside_not_lost(dump: MessyDump) -> None:
    document = _read(dump)
    kinds = Counter(d.kind for d in document.debris if d.kind not in _HEADER_KINDS)
    assert kinds == Counter(dump.debris)


@given(messy_dumps())
def test_every_text_offset_maps_into_the_source(dump: MessyDump) -> None:
    document = _read(dump)
    assert document.source_map is not None
    decoded_length = len(decode(dump.data))
    for offset in range(len(document.text)):
        assert 0 <= document.source_map.to_source(offset) <= decoded_length
