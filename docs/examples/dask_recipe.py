# Dask's own annotations are partial, and Dask is an optional dependency that
# a type-checking environment may not have:
# mypy: disable-error-code="no-untyped-call, no-any-return, import-not-found"
"""Parse a corpus with Dask, then fill a newsmodel index or write Parquet.

The recipe of ``docs/scale.md``; ``tests/test_dask_recipe.py`` runs it on
Dask's local process scheduler.  On a cluster, point ``folder`` at storage
every worker and the driver can reach, and create a ``dask.distributed``
client first: nothing else changes.

    python docs/examples/dask_recipe.py CORPUS_DIR OUT_DIR

Workers parse (the slow part) and write plain JSON; one process then loads
it into the SQLite index, which merges actors across the whole corpus.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
from dask.base import compute
from dask.delayed import delayed

from newsmodel import (
    Index,
    IndexReport,
    article_from_dict,
    article_rows,
    iter_paths,
    parse_record,
    write_parquet,
)

Record = dict[str, Any]


def parse_bag(paths: Iterable[str | os.PathLike[str]], *, partition_size: int = 100) -> db.Bag:
    """A bag of parse records (see :func:`newsmodel.parse_record`), one per file.

    Paths are made absolute so that any worker, and the index, name a file
    the same way.
    """
    files = [str(p.resolve()) for p in iter_paths(paths)]
    return db.from_sequence(files, partition_size=partition_size).map(parse_record)


def write_json_lines(records: db.Bag, folder: str | os.PathLike[str]) -> list[str]:
    """Each partition's records as one JSON Lines file in ``folder``; the files' names."""
    os.makedirs(folder, exist_ok=True)
    lines = records.map(json.dumps, ensure_ascii=False)
    return list(lines.to_textfiles(os.path.join(os.fspath(folder), "part-*.jsonl")))


def read_json_lines(files: list[str]) -> db.Bag:
    """The records that :func:`write_json_lines` wrote, as a bag again."""
    return db.read_text(files).map(json.loads)


def load_index(files: Iterable[str], database: str | os.PathLike[str]) -> IndexReport:
    """Store the parsed articles of ``files`` in the index; errors go to standard error.

    Runs in one process (SQLite has one writer); a file's path is its key, as
    with ``newsmodel index``, so later runs replace changed articles.
    """
    added = replaced = unchanged = 0
    with Index(database) as index:
        for name in files:
            with open(name, encoding="utf-8") as f:
                for line in f:
                    record = json.loads(line)
                    if record["error"] is not None:
                        print(f"{record['path']}: {record['error']}", file=sys.stderr)
                        continue
                    outcome = index.add(article_from_dict(record["article"]), key=record["path"])
                    added += outcome == "added"
                    replaced += outcome == "replaced"
                    unchanged += outcome == "unchanged"
        index.refresh()
    return IndexReport(added=added, replaced=replaced, unchanged=unchanged)


def write_partition(records: list[Record], path: str) -> int:
    """One partition's quotes as a Parquet file; the number of rows.

    Speakers are each article's own actors (ids ``c1``, ``c2``, … per
    article): merging across the corpus needs every article, which is what
    the index is for; export from the index for corpus-wide speakers.
    """
    rows = (
        row
        for record in records
        if record["article"] is not None
        for row in article_rows(article_from_dict(record["article"]))
    )
    return write_parquet(rows, path)


def write_parquet_parts(records: db.Bag, folder: str | os.PathLike[str]) -> int:
    """Every partition's quotes as ``folder/part-NNNNN.parquet``; the number of rows."""
    os.makedirs(folder, exist_ok=True)
    writes = [
        delayed(write_partition)(part, os.path.join(os.fspath(folder), f"part-{i:05d}.parquet"))
        for i, part in enumerate(records.to_delayed())
    ]
    return sum(compute(*writes))


def main(corpus: str, out: str) -> None:
    """Parse ``corpus`` on the local process scheduler into ``out``: JSON, an index, Parquet."""
    with dask.config.set(scheduler="processes"):
        files = write_json_lines(parse_bag([corpus]), Path(out) / "json")
        report = load_index(files, Path(out) / "corpus.db")
        # Read the records back rather than parse a second time.
        rows = write_parquet_parts(read_json_lines(files), Path(out) / "parquet")
    print(f"{report.added} articles added, {rows} quote rows written", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
