"""Bytes to text: marks, BOM-less UTF-16, UTF-8, the cp1252 fallback; and recognition."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import RawSource, SourceError, UnknownFormatError
from newsmodel_text import decode, newsmodel_read, newsmodel_recognize
from newsmodel_text._decode import looks_like_utf16

TEXT = "“Café” — naïve Zürich, 5 €"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16be", "utf32", "utf32be", "u16le", "u16be", "cp1252"],
)
def test_every_encoding_decodes_to_the_same_text(data: bytes) -> None:
    assert decode(data) == TEXT


def test_bytes_cp1252_leaves_undefined_are_read_as_latin1() -> None:
    assert decode(b"caf\xe9 \x81\x8d\x8f\x90\x9d") == "café \x81\x8d\x8f\x90\x9d"


@given(st.binary(max_size=300))
def test_decoding_never_fails(data: bytes) -> None:
    assert isinstance(decode(data), str)


def test_binary_with_nul_bytes_is_not_utf16() -> None:
    assert looks_like_utf16(bytes(range(256)) * 4) is None
    assert looks_like_utf16("plain words".encode("utf-16-le")) == "utf-16-le"


def test_recognition() -> None:
    assert newsmodel_recognize(source=RawSource(data=b"text", name="a.txt")) == 0.9
    assert newsmodel_recognize(source=RawSource(data=b"\x00\x01\x02binary\x00")) is None
    utf16 = RawSource(data="Title\n\nBody text here.".encode("utf-16-le"))
    assert newsmodel_recognize(source=utf16) == 0.5
    assert newsmodel_recognize(source=RawSource(data=codecs.BOM_UTF32_BE + b"\x00\x00\x00a")) == 0.5


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "a PNG image"),
        (
            b'{"schema_version": "1.0", "text": "The strike ended."}\n',
            "an article in newsmodel's JSON",
        ),
        (b'{"a": 1}\n{"a": 2}\n', "JSON Lines"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>\n', "an XML feed"),
    ],
)
def test_what_is_not_text_is_refused_and_named(data: bytes, what: str) -> None:
    source = RawSource(data=data, path="input.txt", name="input.txt")
    assert newsmodel_recognize(source=source) is None
    with pytest.raises(SourceError, match=f"input.txt: this looks like {what}"):
        newsmodel_read(source=source)
    with pytest.raises(UnknownFormatError, match=f"it looks like {what}"):
        newsmodel.parse(data)
