"""People and organisations in news prose: exact-span precision, recall and F1.

``tests/data/actors_dev.jsonl`` holds invented news paragraphs, each with its
gold person and organisation spans (a title or "the" before a name is not
part of it).  Every fifth paragraph is held out: tune on ``dev`` and score
``heldout`` only to check that the rules generalise.  Each paragraph is parsed
on its own by the whole pipeline (``format="text"``).

A predicted span is every mention of an actor typed person or organisation;
it is right when a gold span of the same kind has the same start and end (so
the same name).  Outlets, places and unknown actors are not scored.  Run::

    python benchmarks/bench_actors.py [--split all|dev|heldout] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import newsmodel

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "actors_dev.jsonl"
KINDS = ("person", "organization")


def spans(article: newsmodel.Article) -> set[tuple[int, int, str]]:
    """The (start, end, kind) of every mention of a person or an organisation."""
    return {
        (m.start, m.end, a.kind.value)
        for a in article.actors
        if a.kind.value in KINDS
        for m in a.mentions
    }


def score(rows: list[dict[str, Any]], verbose: bool = False) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 per kind over ``rows``."""
    plugins = newsmodel.PluginManager()
    counts = {k: [0, 0, 0] for k in KINDS}  # true positives, predicted, gold
    for row in rows:
        article = plugins.parse(row["text"], format="text")
        got = spans(article)
        gold = {(g["start"], g["end"], g["kind"]) for g in row["actors"]}
        for kind in KINDS:
            g = {s for s in gold if s[2] == kind}
            p = {s for s in got if s[2] == kind}
            counts[kind][0] += len(g & p)
            counts[kind][1] += len(p)
            counts[kind][2] += len(g)
            if verbose:
                text = article.text
                for s in sorted(p - g):
                    print(f"{row['id']} FP {kind}: {text[s[0] : s[1]]!r}")
                for s in sorted(g - p):
                    print(f"{row['id']} FN {kind}: {text[s[0] : s[1]]!r}")
    out = {}
    for kind, (tp, pred, gold_n) in counts.items():
        precision = tp / pred if pred else 1.0
        recall = tp / gold_n if gold_n else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[kind] = {"precision": precision, "recall": recall, "f1": f1, "gold": gold_n}
    return out


def main() -> int:
    """Print the scores of each split."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--split", choices=("all", "dev", "heldout"), default="all")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = ap.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    splits = ("dev", "heldout") if args.split == "all" else (args.split,)
    for split in splits:
        result = score([r for r in rows if r["split"] == split], args.verbose)
        for kind, s in result.items():
            print(
                f"{split:8} {kind:12} P={s['precision']:.3f} R={s['recall']:.3f} "
                f"F1={s['f1']:.3f} (gold {s['gold']:.0f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
