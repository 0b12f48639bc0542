"""Reading sources: paths, bytes, text, gzip and size limits."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsmodel import InputTooLargeError, SourceError
from newsmodel._source import read_source


def test_str_is_content_and_keeps_its_text() -> None:
    raw = read_source("Hello “world”", url="https://example.test/a")
    assert raw.text == "Hello “world”"
    assert raw.data == "Hello “world”".encode()
    assert raw.url == "https://example.test/a"
    assert raw.path is None


def test_path_is_read_and_named(tmp_path: Path) -> None:
    p = tmp_path / "story.txt"
    p.write_bytes(b"A story.")
    raw = read_source(p)
    assert raw.data == b"A story."
    assert raw.text is None
    assert raw.path == str(p)
    assert raw.suffix == ".txt"


def test_gzip_is_read_transparently(tmp_path: Path) -> None:
    p = tmp_path / "page.html.gz"
    p.write_bytes(gzip.compress(b"<html><p>Hi</p></html>"))
    raw = read_source(p)
    assert raw.data == b"<html><p>Hi</p></html>"
    assert raw.suffix == ".html"
    assert read_source(gzip.compress(b"plain")).data == b"plain"


def test_multi_member_gzip(tmp_path: Path) -> None:
    data = gzip.compress(b"one ") + gzip.compress(b"two")
    assert read_source(data).data == b"one two"


def test_broken_gzip_is_a_source_error() -> None:
    with pytest.raises(SourceError, match="gzip"):
        read_source(gzip.compress(" ".join(map(str, range(3000))).encode())[:100])
    with pytest.raises(SourceError, match="gzip"):
        read_source(b"\x1f\x8b" + b"not really gzip")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="No such file"):
        read_source(tmp_path / "missing.txt")
    with pytest.raises(SourceError, match="directory"):
        read_source(tmp_path)


def test_size_limit_applies_after_decompression() -> None:
    bomb = gzip.compress(b"a" * 100_000)
    with pytest.raises(InputTooLargeError) as info:
        read_source(bomb, max_bytes=10_000)
    assert info.value.limit == 10_000
    with pytest.raises(InputTooLargeError):
        read_source("x" * 101, max_bytes=100)


def test_other_types_are_refused() -> None:
    with pytest.raises(TypeError, match="cannot parse"):
        read_source(42)  # type: ignore[arg-type]


def test_errors_survive_pickling() -> None:
    import pickle

    from newsmodel import PluginError, UnknownFormatError

    for exc in (
        UnknownFormatError("no plugin can read this source", tried=["text", "html"]),
        UnknownFormatError("nothing", tried=[]),
        InputTooLargeError(10, 5),
        PluginError("shout", "failed"),
    ):
        copy = pickle.loads(pickle.dumps(exc))
        assert type(copy) is type(exc)
        assert str(copy) == str(exc)
        assert vars(copy) == vars(exc)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("story.txt", "a file name"),
        ("corpus/page.html.gz", "a file name"),
        ("./story", "a path"),
        ("/var/news/story", "a path"),
        ("C:\\news\\story", "a path"),
        ("https://example.test/news/1", "a URL"),
        ("www.example.test/news", "a URL"),
    ],
)
def test_a_str_that_names_a_file_or_address_is_refused(text: str, what: str) -> None:
    with pytest.raises(SourceError, match=r"Path|URL") as refused:
        read_source(text)
    message = str(refused.value)
    assert what in message and "a str is read as the article's own text" in message
    if what == "a URL":
        assert "never fetches" in message


def test_a_str_naming_an_existing_file_is_refused(tmp_path: Path) -> None:
    story = tmp_path / "my story"  # spaces, no suffix: refused because the file exists
    story.write_text("A story.", encoding="utf-8")
    with pytest.raises(SourceError, match="existing file"):
        read_source(str(story))
    assert read_source(story).data == b"A story."


@pytest.mark.parametrize(
    "text", ["Hello world.", "and/or", "3.5", "Yes", "A", ".", "He said: see story.txt"]
)
def test_short_text_is_still_text(text: str) -> None:
    assert read_source(text).text == text


def test_a_name_passed_as_bytes_is_content() -> None:
    assert read_source(b"story.txt").data == b"story.txt"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b'{"headline": "Port strike ends", "body": "Text."}', "JSON"),
        (b'[{"a": 1}, {"a": 2}]', "JSON"),
        (b'{"a": 1}\n{"a": 2}\n', "JSON Lines"),
        (b'{"schema_version": "1.0", "text": "Hi."}\n', "an article in newsmodel's JSON"),
        (b'{"schema_version": "1.0", "text": "A."}\n{"schema_version": "1.0", "text": "B."}\n',
         "articles in newsmodel's JSON Lines"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "an XML feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', "an XML feed"),
    ],
)  # fmt: skip
def test_what_a_source_plainly_is(data: bytes, what: str) -> None:
    assert (read_source(data).looks_like() or "").startswith(what)


@pytest.mark.parametrize(
    "data",
    [
        b"Port strike ends\n\nThe strike ended on Friday.",
        b"[Photo] The strike ended on Friday.",
        b"{Update} The strike ended on Friday.",
        b'<?xml version="1.0"?><html><body><p>Hi</p></body></html>',
        b"<!DOCTYPE html><html><p>Hi</p></html>",
        "Straße gesperrt".encode("utf-16"),
    ],
)
def test_text_and_pages_look_like_nothing_else(data: bytes) -> None:
    assert read_source(data).looks_like() is None


def test_too_large_names_the_file_and_its_real_size(tmp_path: Path) -> None:
    log = tmp_path / "harbor-log.txt"
    log.write_bytes(b"tide " * 3_000)  # 15,000 bytes, of which 10,001 are read
    with pytest.raises(InputTooLargeError) as info:
        read_source(log, max_bytes=10_000)
    assert str(info.value) == (f"{log}: input of 15,000 bytes exceeds the limit of 10,000 bytes")
    assert (info.value.size, info.value.where, info.value.at_least) == (15_000, str(log), False)


def test_too_large_past_decompression_says_more_than(tmp_path: Path) -> None:
    packed = tmp_path / "tides.txt.gz"
    packed.write_bytes(gzip.compress(b"ebb and flow " * 2_000))
    with pytest.raises(InputTooLargeError) as info:
        read_source(packed, max_bytes=1_000)
    assert (
        str(info.value)
        == f"{packed}: input of more than 1,000 bytes exceeds the limit of 1,000 bytes"
    )
