"""Tables of quotes, one row per quote: CSV, JSON Lines and Parquet.

Every writer streams: rows are written as they come, so a query over an
index of millions of quotes exports in constant memory.  Parquet needs the
optional ``pyarrow`` package (``pip install 'newsmodel[parquet]'``).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from newsmodel._corpus import Corpus
from newsmodel._errors import NewsmodelError
from newsmodel._model import Article
from newsmodel._query import QuoteRow

__all__ = [
    "QUOTE_COLUMNS",
    "MissingDependencyError",
    "article_rows",
    "quote_row_dict",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]

#: The columns of a quote table, in order.  ``date`` is when the words were
#: said, else the article's publication date, at the precision known
#: (``2025``, ``2025-03``, ``2025-03-13``, a datetime); ``date_first_day`` and
#: ``date_last_day`` are the days it covers.
QUOTE_COLUMNS = (
    "quote_id",
    "text",
    "speaker_id",
    "speaker_name",
    "speaker_kind",
    "date",
    "date_first_day",
    "date_last_day",
    "said_on",
    "cue",
    "partial",
    "continues",
    "reported_by",
    "article_path",
    "article_url",
    "article_title",
    "article_published",
    "site_name",
    "start",
    "end",
)


class MissingDependencyError(NewsmodelError, ImportError):
    """An optional package a feature needs is not installed."""


def quote_row_dict(row: QuoteRow) -> dict[str, Any]:
    """A quote row as a flat dict with the :data:`QUOTE_COLUMNS` keys.

    Dates are ISO strings; missing values are ``None``.
    """
    q, date, speaker, published = row.quote, row.date, row.speaker, row.article.published
    return {
        "quote_id": q.id,
        "text": q.text,
        "speaker_id": speaker.id if speaker else None,
        "speaker_name": speaker.name if speaker else None,
        "speaker_kind": speaker.kind if speaker else None,
        "date": date.isoformat() if date else None,
        "date_first_day": date.date.isoformat() if date else None,
        "date_last_day": date.last_day.isoformat() if date else None,
        "said_on": q.said_on.isoformat() if q.said_on else None,
        "cue": q.cue,
        "partial": q.partial,
        "continues": q.continues,
        "reported_by": row.reported_by,
        "article_path": row.article.source.path,
        "article_url": row.article.source.url,
        "article_title": row.article.title,
        "article_published": published.value.isoformat() if published else None,
        "site_name": row.article.site_name,
        "start": q.start,
        "end": q.end,
    }


def article_rows(article: Article) -> list[QuoteRow]:
    """The quote rows of one article on its own, in text order.

    Speakers are the article's actors as a one-article :class:`Corpus` sees
    them (ids ``c1``, ``c2``, … local to the article): for tables built
    without a corpus, such as one Parquet file per Dask partition.
    """
    return [QuoteRow.of(r) for r in Corpus([article]).iter_quotes()]


def write_jsonl(rows: Iterable[QuoteRow], out: TextIO) -> int:
    """Write one JSON object per row; returns the number of rows."""
    n = 0
    for row in rows:
        out.write(json.dumps(quote_row_dict(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[QuoteRow], out: TextIO) -> int:
    """Write a CSV table with a header line; returns the number of rows.

    Open files with ``newline=""``, as the :mod:`csv` module asks.
    Booleans are ``true``/``false``, missing values empty.
    """
    writer = csv.DictWriter(out, fieldnames=QUOTE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        d = quote_row_dict(row)
        writer.writerow(
            {k: ("true" if v else "false") if isinstance(v, bool) else v for k, v in d.items()}
        )
        n += 1
    return n


def _pyarrow() -> tuple[Any, Any]:
    # Imported on use: pyarrow is an optional extra that only Parquet needs.
    try:
        return importlib.import_module("pyarrow"), importlib.import_module("pyarrow.parquet")
    except ImportError as exc:
        raise MissingDependencyError(
            "Parquet export needs pyarrow: pip install 'newsmodel[parquet]'"
        ) from exc


def _batches(rows: Iterable[QuoteRow], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(quote_row_dict(row))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(
    rows: Iterable[QuoteRow], path: str | os.PathLike[str], *, batch_size: int = 50_000
) -> int:
    """Write a Parquet file, ``batch_size`` rows per row group; returns the number of rows.

    Needs ``pyarrow``; raises :class:`MissingDependencyError` without it.
    ``date_first_day`` and ``date_last_day`` are Parquet dates, the other
    columns strings, booleans and integers.  An empty input still writes a
    file with the columns.
    """
    pa, pq = _pyarrow()
    string, boolean, integer = pa.string(), pa.bool_(), pa.int64()
    types = dict.fromkeys(QUOTE_COLUMNS, string)
    types.update(
        partial=boolean,
        continues=boolean,
        start=integer,
        end=integer,
        date_first_day=pa.date32(),
        date_last_day=pa.date32(),
    )
    schema = pa.schema([(name, types[name]) for name in QUOTE_COLUMNS])
    n = 0
    with pq.ParquetWriter(os.fspath(path), schema) as writer:
        for batch in _batches(rows, batch_size):
            for d in batch:
                for day in ("date_first_day", "date_last_day"):
                    if d[day] is not None:
                        d[day] = dt.date.fromisoformat(d[day])
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
