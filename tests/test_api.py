"""parse, parse_many and parse_record: a given publication date, and sources that are names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsmodel
from newsmodel import DateOrigin, Precision, SourceError

_UNDATED = b"The harbor council met on Tuesday and voted to rebuild the old wall, officials said.\n"
_DATED = b"Published: March 14, 2025\n\nThe harbor council met on Tuesday, officials said.\n"


@pytest.mark.parametrize(
    ("given", "iso", "precision"),
    [
        ("2016-10-06", "2016-10-06", Precision.DAY),
        (dt.date(2016, 10, 6), "2016-10-06", Precision.DAY),
        (
            dt.datetime(2016, 10, 6, 9, 30, tzinfo=dt.UTC),
            "2016-10-06T09:30:00+00:00",
            Precision.TIME,
        ),
        ("2016-10", "2016-10", Precision.MONTH),
    ],
)
def test_a_given_date_is_recorded_as_given(given: object, iso: str, precision: Precision) -> None:
    article = newsmodel.parse(_UNDATED, published=given)  # type: ignore[arg-type]
    assert article.published is not None
    assert article.published.origin is DateOrigin.GIVEN
    assert article.published.value.isoformat() == iso
    assert article.published.value.precision is precision


def test_relative_dates_resolve_against_the_given_date() -> None:
    article = newsmodel.parse(_UNDATED, published="2016-10-06")
    tuesday = next(d for d in article.dates if d.text == "Tuesday")
    assert tuesday.value is not None and tuesday.value.isoformat() == "2016-10-04"


def test_a_date_the_source_states_wins_over_the_given_one() -> None:
    article = newsmodel.parse(_DATED, published="2016-10-06")
    assert article.published is not None
    assert article.published.origin is DateOrigin.METADATA
    assert article.published.value.isoformat() == "2025-03-14"


@pytest.mark.parametrize("given", ["last week", "2016-13-01", 20161006])
def test_a_given_date_that_is_no_date_is_refused(given: object) -> None:
    with pytest.raises(ValueError, match="ISO 8601"):
        newsmodel.parse(_UNDATED, published=given)  # type: ignore[arg-type]


def test_parse_many_and_parse_record_take_the_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(_UNDATED)
    (tmp_path / "b.txt").write_bytes(_DATED)
    results = list(newsmodel.parse_many([tmp_path], published=dt.date(2016, 10, 6)))
    origins = [r.article.published.origin for r in results if r.article and r.article.published]
    assert origins == [DateOrigin.GIVEN, DateOrigin.METADATA]
    record = newsmodel.parse_record(tmp_path / "a.txt", published="2016-10-06")
    assert record["article"]["published"] == "2016-10-06"
    assert record["article"]["published_origin"] == "given"


def test_parse_many_gives_the_date_to_worker_processes(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_bytes(_UNDATED)
    results = list(newsmodel.parse_many([tmp_path], jobs=2, published="2016-10-06"))
    assert [r.article.published.origin for r in results if r.article and r.article.published] == [
        DateOrigin.GIVEN
    ] * 3


def test_a_file_name_as_str_says_to_pass_a_path(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(_UNDATED)
    with pytest.raises(SourceError, match=r"Path\("):
        newsmodel.parse(str(story))
    assert newsmodel.parse(story).text.startswith("The harbor council")


def test_a_url_is_never_fetched() -> None:
    with pytest.raises(SourceError, match="never fetches URLs"):
        newsmodel.parse("https://news.example.test/2016/10/06/harbor-wall")


def test_the_version_is_the_installed_one() -> None:
    import importlib.metadata

    import newsmodel

    assert newsmodel.__version__ == importlib.metadata.version("newsmodel")
    assert "__version__" in dir(newsmodel)


def test_every_public_name_is_found_where_the_lazy_table_says() -> None:
    """``newsmodel/__init__.py`` lists the public names three times (type-checking
    imports, the table of their modules, ``__all__``): the table and ``__all__`` agree,
    and each name resolves to the object of its own module."""
    import importlib

    home = newsmodel._HOME  # (private, checked on purpose)
    assert set(home) == set(newsmodel.__all__) - {"__version__"}
    for name, module in home.items():
        assert getattr(newsmodel, name) is getattr(importlib.import_module(module), name), name


def test_the_type_checking_imports_list_every_public_name() -> None:
    import ast
    from pathlib import Path

    tree = ast.parse(Path(newsmodel.__file__).read_text("utf-8"))
    guarded = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING"
    )
    imported = {
        alias.asname or alias.name
        for node in guarded.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == set(newsmodel.__all__) - {"__version__"}
