"""The pipeline end to end on small inputs, and parse_many."""

from __future__ import annotations

import gzip
from pathlib import Path

import newsmodel
from newsmodel import DateOrigin, SourceError, UnknownFormatError


def test_publication_date_is_inferred_from_the_lead() -> None:
    article = newsmodel.parse("On March 14, 2025, the council met.\n\nIt voted.")
    assert article.published is not None
    assert article.published.value.isoformat() == "2025-03-14"
    assert article.published.origin is DateOrigin.INFERRED


def test_relative_dates_resolve_against_publication() -> None:
    article = newsmodel.parse(
        "On Friday, March 14, 2025, she spoke.\n\nShe had arrived on Thursday."
    )
    values = {d.text: d.value.isoformat() for d in article.dates if d.value}
    assert values["Thursday"] == "2025-03-13"


def test_url_is_recorded() -> None:
    article = newsmodel.parse("Text.", url="https://news.example/story")
    assert article.source.url == "https://news.example/story"


def test_gzip_path(tmp_path: Path) -> None:
    p = tmp_path / "story.txt.gz"
    p.write_bytes(gzip.compress("A “quoted” story, he said.".encode()))
    article = newsmodel.parse(p)
    assert article.format == "text"
    assert article.source.path == str(p)


def test_parse_many_streams_and_reports_failures(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First story.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<html><body><p>Second story.</p></body></html>")
    (tmp_path / "c.bin").write_bytes(b"\x00\x00\x00")
    (tmp_path / ".hidden.txt").write_text("skipped")
    results = list(newsmodel.parse_many([tmp_path, tmp_path / "missing.txt"]))
    assert [Path(r.path).name for r in results] == ["a.txt", "c.bin", "b.html", "missing.txt"]
    ok = {Path(r.path).name: r for r in results}
    assert ok["a.txt"].ok and ok["b.html"].ok
    assert isinstance(ok["c.bin"].error, UnknownFormatError)
    assert isinstance(ok["missing.txt"].error, SourceError)
