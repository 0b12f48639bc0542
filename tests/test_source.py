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
