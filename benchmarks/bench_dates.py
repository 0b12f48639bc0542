"""Date expressions on invented newswire, scored as TimeML TIMEX3 DATEs are.

Reads ``tests/data/dates_newswire.jsonl``, ``dates_newswire2.jsonl`` and
``dates_newswire3.jsonl`` (the same shape, written by a second and a third
author; the third in the register of 1987-1999 business and wire copy):
invented news texts with their
document creation time and every DATE expression marked (extent and
normalised value, TimeML style).  ``find_dates(text, dct)`` runs on each, and
per file and split (``tune``, whose misses may be looked at, and ``check``,
which is only measured; the second file's rows are ``tune2`` and ``check2``,
the third's ``tune3`` and ``check3``)
it reports

- extent F1, strict (same start and end) and overlap (the spans share a
  character; each gold and each found mention is matched at most once);
- value F1: an overlapping match with the same value (``2024-03-05``,
  ``2024-W10``, ``2024-Q1``, ``FY2024``, ``2024-SU``, ``199``, ``PRESENT_REF``
  ...).

A found mention over a gold TIME expression ("Sunday night", "tonight") is
neither right nor wrong: TimeML types it TIME, not DATE.  ``-v`` prints the
tune split's misses: gold not found, found with another value, found where
there is no date.  Run::

    python benchmarks/bench_dates.py [-v] [--data FILE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from newsmodel import find_dates

_DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "data"
#: The evaluation files, in the order their rows are printed.
DATA = (
    _DATA_DIR / "dates_newswire.jsonl",
    _DATA_DIR / "dates_newswire2.jsonl",
    _DATA_DIR / "dates_newswire3.jsonl",
)


class Span(NamedTuple):
    """An expression: where it is, its text and its value (None: unresolved)."""

    start: int
    end: int
    text: str
    value: str | None


class Counts(NamedTuple):
    """Gold and found expressions, and the matches of each kind."""

    gold: int
    found: int
    strict: int
    overlap: int
    value: int


def load(path: Path = DATA[0]) -> list[dict[str, Any]]:
    """The documents of the evaluation set (the header line left out)."""
    docs = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            if "text" in doc:
                docs.append(doc)
    return docs


def _overlaps(a: Span, b: Span | dict[str, Any]) -> bool:
    start, end = (b.start, b.end) if isinstance(b, Span) else (b["start"], b["end"])
    return a.start < end and start < a.end


def score_doc(doc: dict[str, Any]) -> tuple[Counts, list[str]]:
    """The counts for one document, and a line for each miss."""
    gold = [
        Span(t["start"], t["end"], t["text"], t["value"])
        for t in doc["timex"]
        if t["type"] == "DATE"
    ]
    ignored = [t for t in doc["timex"] if t["type"] == "TIME"]
    found = [
        Span(m.start, m.end, m.text, m.value.isoformat() if m.value else None)
        for m in find_dates(doc["text"], doc["dct"], dayfirst=doc.get("dayfirst"))
    ]
    found = [f for f in found if not any(_overlaps(f, t) for t in ignored)]
    strict = len({(g.start, g.end) for g in gold} & {(f.start, f.end) for f in found})
    # One-to-one overlap matching: a same-valued partner first, then any.
    free = list(found)
    pairs: list[tuple[Span, Span | None]] = []
    for g in gold:
        near = [f for f in free if _overlaps(g, f)]
        best = next((f for f in near if f.value == g.value), near[0] if near else None)
        if best is not None:
            free.remove(best)
        pairs.append((g, best))
    overlap = sum(f is not None for _, f in pairs)
    value = sum(f is not None and f.value == g.value for g, f in pairs)
    misses = []
    for g, f in pairs:
        if f is None:
            misses.append(f"  missed    {g.text!r} = {g.value}")
        elif f.value != g.value:
            misses.append(f"  value     {f.text!r} = {f.value}, gold {g.text!r} = {g.value}")
        elif (f.start, f.end) != (g.start, g.end):
            misses.append(f"  extent    {f.text!r}, gold {g.text!r}")
    misses += [f"  spurious  {f.text!r} = {f.value}" for f in free]
    return Counts(len(gold), len(found), strict, overlap, value), misses


def _f1(hit: int, gold: int, found: int) -> tuple[float, float, float]:
    p = hit / found if found else 0.0
    r = hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def total(counts: Iterable[Counts]) -> Counts:
    """The counts summed."""
    return Counts(*(sum(c) for c in zip(*counts, strict=True)))


def _row_label(split: str, file_index: int) -> str:
    """``tune``/``check`` for the first file, ``tune2``/``check2`` for the second, and so on."""
    return split if file_index == 0 else f"{split}{file_index + 1}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="the tune splits' misses")
    ap.add_argument("--data", type=Path, nargs="+", default=list(DATA))
    args = ap.parse_args()
    by_row: dict[str, list[Counts]] = {}
    for index, path in enumerate(args.data):
        for split in ("tune", "check"):
            by_row[_row_label(split, index)] = []
        for doc in load(path):
            counts, misses = score_doc(doc)
            by_row[_row_label(doc["split"], index)].append(counts)
            if args.verbose and doc["split"] == "tune" and misses:
                print(f"{doc['id']} (dct {doc['dct']}, {doc['style']})")
                print("\n".join(misses))
    if args.verbose:
        print()
    print(
        f"{'split':<6} {'docs':>4} {'gold':>5} {'found':>5}  "
        f"{'strict P/R/F1':>17}  {'overlap P/R/F1':>17}  {'value P/R/F1':>17}"
    )
    for label, rows in by_row.items():
        c = total(rows)
        cells = [_f1(hit, c.gold, c.found) for hit in (c.strict, c.overlap, c.value)]
        print(
            f"{label:<6} {len(rows):>4} {c.gold:>5} {c.found:>5}  "
            + "  ".join(f"{p:.2f}/{r:.2f}/{f:.2f}".rjust(17) for p, r, f in cells)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
