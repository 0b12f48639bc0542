"""Invariants of every document the text plugin reads, on the corpus and on arbitrary input."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Document, NewsmodelError, RawSource, Span
from newsmodel_text import decode, newsmodel_read
from newsmodel_text._normalize import normalize, repaired

CORPUS = Path(__file__).parent / "corpus"


def _copied(text_char: str, source_char: str) -> bool:
    """Whether a character of an identity run is its source character, or its normalised space."""
    return text_char == source_char or (text_char in " \n" and source_char.isspace())


def _replaced(text_slice: str, source_slice: str) -> bool:
    """Whether a replacement's text is what its whole source sequence repairs to."""
    fixed = repaired(source_slice)
    return fixed == text_slice or (fixed.isspace() and text_slice.isspace())


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def check_document(document: Document, source: str) -> None:
    """Everything a text document promises about its text, blocks, map and debris."""
    text = document.text
    blocks = document.blocks
    assert "\n\n".join(text[b.start : b.end] for b in blocks) == text
    for block in blocks:
        body = text[block.start : block.end]
        assert body and body == body.strip() and "\n" not in body
        assert "  " not in body
    source_map = document.source_map
    assert source_map is not None
    mapped: set[int] = set()
    for target, start, length, source_length in source_map.runs:
        assert start >= 0 and start + source_length <= len(source)
        assert target + length <= len(text)
        mapped.update(range(target, target + length))
        if length == source_length:
            for i in range(length):
                assert _copied(text[target + i], source[start + i]), (target + i, start + i)
        else:
            text_slice = text[target : target + length]
            source_slice = source[start : start + source_length]
            assert _replaced(text_slice, source_slice), (target, text_slice, source_slice)
            # A span never splits a replacement: each of its characters maps to all of it.
            for i in range(target, target + length):
                span = source_map.span_to_source(Span(start=i, end=i + 1))
                assert (span.start, span.end) == (start, start + source_length)
    # Only the breaks between blocks are the builder's own, mapped to no source.
    assert all(text[i] == "\n" for i in range(len(text)) if i not in mapped)
    for block in blocks:
        span = source_map.span_to_source(block.span)
        assert 0 <= span.start <= span.end <= len(source)
    for debris in document.debris:
        assert debris.source is not None
        assert 0 <= debris.source.start <= debris.source.end <= len(source)
        assert debris.text.strip()
    if document.title is not None:
        assert document.title == document.title.strip()


def _read(data: bytes) -> Document:
    return newsmodel_read(source=RawSource(data=data))


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_corpus_documents_keep_their_promises(path: Path) -> None:
    data = path.read_bytes()
    check_document(_read(data), decode(data))


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_debris_spans_hold_the_debris(path: Path) -> None:
    data = path.read_bytes()
    source = decode(data)
    for debris in _read(data).debris:
        assert debris.source is not None
        found = normalize(debris.source.of(source)).text
        assert _squash(debris.text) == _squash(found)


def test_debris_spans_are_exact_on_clean_sources() -> None:
    source = "Title Of The Story\n\n230 views\n\nBy Jane Doe\n\nThe first paragraph, said.\n"
    document = newsmodel_read(source=RawSource(data=source.encode(), text=source))
    assert [(d.kind, d.source.of(source) if d.source else None) for d in document.debris] == [
        ("counter", "230 views"),
        ("byline", "By Jane Doe"),
    ]


def test_block_text_maps_back_to_its_source_words() -> None:
    source = "Headline Here\r\n\r\nThe Senate voted on Thursday after Sen.\r\nJane Doe spoke.\r\n"
    document = newsmodel_read(source=RawSource(data=source.encode(), text=source))
    assert document.source_map is not None
    paragraph = document.blocks[0]
    assert document.text[paragraph.start : paragraph.end] == (
        "The Senate voted on Thursday after Sen. Jane Doe spoke."
    )
    at = document.text.index("Jane")
    assert source[document.source_map.to_source(at) :].startswith("Jane Doe spoke.")


# Text in the shapes that drive the reader's decisions, mixed with arbitrary text.
_pieces = st.sampled_from(
    [
        "\n", "\n\n", "\r\n", "\r", "  ", "\t", "Sen.", "U.S.", "inter-", "By Jane Doe",
        "Published: March 14, 2025", "230 views", "Share", "Advertisement", "Related:", "- ",
        "• ", "# ", "WASHINGTON (AP) — ", "Moscow, March 13 (Reuters) - ", "â€œ", "Ã©", "Â",
        "\u00a0", "\u200b", "\u00ad", "\ufeff", "\x85", "\u2029", "“", "”", "Photo: Reuters",
        "(AP Photo/Jane Doe)", "Trump", "A Breakthrough in Moscow", "said the", ".", ",",
    ]
)  # fmt: skip
dumpish = st.lists(st.one_of(_pieces, st.text(max_size=20)), max_size=40).map("".join)


@given(dumpish)
def test_any_text_reads_into_a_consistent_document(source: str) -> None:
    document = newsmodel_read(source=RawSource(data=source.encode("utf-8", "replace"), text=source))
    check_document(document, source)


@given(st.binary(max_size=600))
def test_any_bytes_read_into_a_consistent_document(data: bytes) -> None:
    if RawSource(data=data).looks_like() is not None:
        with pytest.raises(NewsmodelError, match="looks like"):
            _read(data)
        return
    check_document(_read(data), decode(data))


@given(dumpish.map(lambda s: s.encode("utf-8", "replace")))
def test_full_parse_of_dumps_raises_only_newsmodel_errors(data: bytes) -> None:
    try:
        article = newsmodel.parse(data, format="text")
    except NewsmodelError:
        return
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(article.text)


def _is_subsequence(part: str, whole: str) -> bool:
    rest = iter(whole)
    return all(char in rest for char in part)


_ASCII_WORD = re.compile(r"[^0-9A-Za-z]+")


@given(dumpish, st.data())
def test_a_span_maps_to_the_source_of_its_characters(source: str, data: st.DataObject) -> None:
    document = newsmodel_read(source=RawSource(data=source.encode("utf-8", "replace"), text=source))
    assert document.source_map is not None
    if not document.blocks:
        return
    block = data.draw(st.sampled_from(document.blocks))
    start = data.draw(st.integers(block.start, block.end))
    end = data.draw(st.integers(start, block.end))
    source_map = document.source_map
    span = source_map.span_to_source(Span(start=start, end=end))
    assert 0 <= span.start <= span.end <= len(source)
    if start == end:
        return
    # From where the first character's source begins to where the last one's ends.
    first = source_map.span_to_source(Span(start=start, end=start + 1))
    last = source_map.span_to_source(Span(start=end - 1, end=end))
    assert (span.start, span.end) == (first.start, max(first.start, last.end))
    # Repairs make no ASCII letters or digits, so those of the text are copies, in
    # order, of the source's (which may hold more: lines set aside, a broken hyphen).
    text_words = _ASCII_WORD.sub("", document.text[start:end])
    assert _is_subsequence(text_words, _ASCII_WORD.sub("", span.of(source)))


@pytest.mark.parametrize(
    ("data", "sequences"),
    [
        ("â€œÂ\x85WASHINGTON (AP) — ".encode(), {"“": "â€œ", " ": "Â\x85"}),
        (b"!\xc2\xa0\x80", {" ": "Â\xa0"}),
    ],
    ids=["next-line-mojibake", "no-break-space-mojibake"],
)
def test_repaired_characters_map_to_their_whole_sequence(
    data: bytes, sequences: dict[str, str]
) -> None:
    # Found by the thorough profile: a character repaired from "â€œ", "Â\x85" or
    # "Â\xa0" was read back as if it were the source "â" or "Â" alone.
    source = decode(data)
    document = _read(data)
    check_document(document, source)
    assert document.source_map is not None
    for char, sequence in sequences.items():
        at = document.text.index(char)
        span = document.source_map.span_to_source(Span(start=at, end=at + 1))
        assert span.of(source) == sequence
