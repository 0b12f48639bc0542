"""Cross-article person identity on invented articles: pairwise precision, recall and F1.

``tests/data/identity_dev.json`` holds small invented articles, each with the
gold identity of the people it names (by the name the actor stage gives them,
or an alias).  The articles are parsed one by one (``format="text"``) and
merged by :class:`newsmodel.Corpus`; every pair of labelled article-level
people is a pair the corpus either puts in one actor or keeps apart.  People
of the gold the actor stage did not find are counted and listed.  Run::

    python benchmarks/bench_identity.py [-v]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

import newsmodel

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "identity_dev.json"


def labelled(
    corpus: newsmodel.Corpus, rows: list[dict[str, Any]]
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(gold id, corpus actor id, name) of every labelled person, and the gold names missed."""
    out = []
    missed = []
    for i, (row, article) in enumerate(zip(rows, corpus.articles, strict=True)):
        found = set()
        for actor in article.actors:
            if actor.kind is not newsmodel.ActorKind.PERSON:
                continue
            gold = next((row["people"][n] for n in actor.names if n in row["people"]), None)
            cluster = corpus.actor_of(i, actor.id)
            if gold is not None and cluster is not None:
                out.append((gold, cluster.id, actor.name))
                found.add(gold)
        missed += [f"{n} ({g})" for n, g in row["people"].items() if g not in found]
    return out, missed


def pairwise(items: list[tuple[str, str, str]]) -> tuple[float, float, float, list[str]]:
    """Pairwise precision, recall and F1, and the wrong pairs."""
    tp = fp = fn = 0
    wrong = []
    for (ga, ca, na), (gb, cb, nb) in itertools.combinations(items, 2):
        same_gold, same_pred = ga == gb, ca == cb
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
        if same_gold != same_pred:
            wrong.append(f"{'merged' if same_pred else 'apart'}: {na} / {nb}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, wrong


def main() -> int:
    """Print the pairwise scores."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong pair")
    args = ap.parse_args()
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    plugins = newsmodel.PluginManager()
    corpus = newsmodel.Corpus(plugins.parse(r["text"], format="text") for r in rows)
    items, missed = labelled(corpus, rows)
    precision, recall, f1, wrong = pairwise(items)
    if args.verbose:
        for line in [*wrong, *(f"not found: {m}" for m in missed)]:
            print(line)
    print(
        f"identity P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
        f"people={len(items)} missed={len(missed)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
