"""Quote tables: one row per quote in CSV, JSON Lines and Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import json
from pathlib import Path
from types import ModuleType

import pytest

from factories import sample_article
from newsmodel import (
    QUOTE_COLUMNS,
    ArticleDate,
    Corpus,
    DateValue,
    MissingDependencyError,
    QuoteRow,
    Source,
    article_rows,
    quote_row_dict,
    select_quotes,
    write_csv,
    write_jsonl,
    write_parquet,
)


@pytest.fixture
def rows() -> list[QuoteRow]:
    dated = sample_article(
        source=Source(path="b.txt", url="https://example.org/b"),
        published=ArticleDate(value=DateValue.of(2025, 3), origin="metadata"),
        site_name='Example, "Daily"',
    )
    return [QuoteRow.of(r) for r in select_quotes(Corpus([sample_article(), dated]))]


def test_a_row_is_flat_with_every_column(rows: list[QuoteRow]) -> None:
    d = quote_row_dict(rows[0])
    assert tuple(d) == QUOTE_COLUMNS
    assert d["speaker_name"] == "Vladimir Putin" and d["text"] == "no deal"
    assert (d["date"], d["date_first_day"], d["date_last_day"]) == (
        "2025-03",
        "2025-03-01",
        "2025-03-31",
    )
    assert quote_row_dict(rows[1])["date"] is None, "the undated quote sorts last"


def test_json_lines_hold_one_row_per_line(rows: list[QuoteRow]) -> None:
    out = io.StringIO()
    assert write_jsonl(rows, out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [quote_row_dict(r) for r in rows]


def test_csv_has_a_header_and_reads_back(rows: list[QuoteRow]) -> None:
    out = io.StringIO(newline="")
    assert write_csv(rows, out) == 2
    back = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert tuple(back[0]) == QUOTE_COLUMNS
    assert back[0]["site_name"] == 'Example, "Daily"'
    assert back[0]["partial"] == "false" and back[1]["date"] == ""
    assert back[1]["end"] == str(rows[1].quote.end)


def test_article_rows_need_no_corpus() -> None:
    (row,) = article_rows(sample_article())
    assert row.speaker is not None and (row.speaker.id, row.speaker.name) == (
        "c1",
        "Vladimir Putin",
    )


def test_parquet_round_trips(rows: list[QuoteRow], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "quotes.parquet"
    assert write_parquet(rows, path, batch_size=1) == 2
    table = pq.read_table(path)
    assert table.column_names == list(QUOTE_COLUMNS)
    back = table.to_pylist()
    assert back[0]["date_first_day"] == dt.date(2025, 3, 1)
    expected = quote_row_dict(rows[0])
    expected.update(date_first_day=dt.date(2025, 3, 1), date_last_day=dt.date(2025, 3, 31))
    assert back[0] == expected
    assert back[1]["date_first_day"] is None and back[1]["partial"] is False


def test_parquet_of_nothing_still_has_the_columns(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    assert pq.read_table(path).column_names == list(QUOTE_COLUMNS)


def test_parquet_without_pyarrow_says_what_to_install(
    rows: list[QuoteRow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.import_module

    def without_pyarrow(name: str, package: str | None = None) -> ModuleType:
        if name.startswith("pyarrow"):
            raise ImportError(f"No module named {name!r}")
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", without_pyarrow)
    with pytest.raises(MissingDependencyError, match=r"newsmodel\[parquet\]"):
        write_parquet(rows, tmp_path / "x.parquet")
