"""Throughput of date finding and event extraction.

Two inputs: generated news-like text (always; seeded, so runs compare), and
the 30 annotated news bodies of ``../shared/gold/aeb_quotes.jsonl`` (read
from ``../shared/bench/aeb/ground-truth.json``) when the evaluation data is
present.  Each stage is timed on its own over inputs prepared beforehand:

- dates: ``find_dates(text, reference)`` on the whole text, as the pipeline
  calls it;
- events: ``find_events`` on the actors, dates and quotes the pipeline found,
  with the sentence split already cached (the quotes stage splits the same
  text first in a real parse, so events never pay for it).

CPU time (``time.process_time``) is reported beside wall time because other
jobs share the machine: CPU time is the work itself.  The fastest of
``--repeat`` runs counts.  Run::

    python benchmarks/bench_dates_events.py [--shared ../shared] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import newsmodel
from newsmodel._analysis.events import find_events
from newsmodel._analysis.text import sentences

REFERENCE = dt.date(2025, 3, 14)

_PEOPLE = [
    "Anna Keller", "Tomas Reyes", "Mira Osei", "Jonas Berg", "Leila Haddad", "Pavel Orlov",
    "Grace Mbeki", "Kenji Sato", "Sofia Marin", "Omar Farouk",
]  # fmt: skip
_PLACES = ["Vienna", "Nairobi", "Lisbon", "Ankara", "Oslo", "Manila", "Lima", "Cairo"]
_DATES = [
    "on Thursday", "late Tuesday", "on March 11", "yesterday", "last week", "in August 2024",
    "on 14 March 2025", "earlier this month", "two days later", "in 2022", "on 03/12/2025",
    "next month", "on Monday night", "last year",
]  # fmt: skip
_CLAUSES = [
    "{p} met {q} in {c} {d} to discuss the dispute.",
    "{p} and {q} signed an agreement {d}, officials said.",
    "Talks between {p} and {q} were held in {c} {d}.",
    "{p} did not meet {q} {d}, a spokesperson said.",
    "{p} could visit {c} {d}, according to aides.",
    "Protesters rallied outside the ministry in {c} {d}.",
    "Police arrested two men in {c} {d} after the attack.",
    "{p}'s visit to {c} {d} drew criticism from {q}.",
    "A proposed ceasefire was discussed {d}, {p} said.",
    "The 30-day ceasefire, 7-Eleven stores and 1,200 jobs were on the agenda.",
    "The score was 3-2, and 2,000 troops remained near {c}.",
    "{p} accused {q} of stalling {d}.",
]


def generated(n: int, seed: int = 7) -> list[str]:
    """``n`` articles of news-like sentences dense in dates and event triggers."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        paras = []
        for _ in range(rng.randint(6, 12)):
            sents = []
            for _ in range(rng.randint(2, 4)):
                p, q = rng.sample(_PEOPLE, 2)
                sents.append(
                    rng.choice(_CLAUSES).format(
                        p=p, q=q, c=rng.choice(_PLACES), d=rng.choice(_DATES)
                    )
                )
            paras.append(" ".join(sents))
        out.append("\n\n".join(paras))
    return out


def _shared_bodies(shared: Path) -> list[str]:
    gold = [
        json.loads(line)
        for line in (shared / "gold" / "aeb_quotes.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    bodies = json.loads((shared / "bench" / "aeb" / "ground-truth.json").read_text("utf-8"))
    return [bodies[g["id"]]["articleBody"] for g in gold]


def _timed(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    wall = cpu = float("inf")
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        work()
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def measure(name: str, texts: Sequence[str], repeat: int) -> list[tuple[str, str, Any]]:
    """One row per stage: (input, stage, (articles, MB, wall s, cpu s, items))."""
    plugins = newsmodel.PluginManager()
    articles = [plugins.parse(t, format="text") for t in texts]
    refs = [a.published.value if a.published else REFERENCE for a in articles]
    size = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    n = len(articles)

    def dates() -> int:
        return sum(
            len(newsmodel.find_dates(a.text, r)) for a, r in zip(articles, refs, strict=True)
        )

    def events() -> int:
        total = 0
        for a in articles:
            sentences(a.text, a.blocks)  # cached, as after the quotes stage
            total += len(find_events(a.text, a.blocks, a.actors, a.dates, a.quotes))
        return total

    rows = []
    for stage, work in (("dates", dates), ("events", events)):
        items = work()  # warm-up, and the count
        wall, cpu = _timed(work, repeat)
        rows.append((name, stage, (n, size, wall, cpu, items)))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared"
    )
    ap.add_argument("--repeat", type=int, default=5, help="timing runs; the fastest counts")
    ap.add_argument("--generated", type=int, default=200, help="generated articles")
    args = ap.parse_args()
    rows = measure(f"generated ({args.generated})", generated(args.generated), args.repeat)
    if (args.shared / "gold" / "aeb_quotes.jsonl").exists():
        rows += measure("aeb dev (30)", _shared_bodies(args.shared), args.repeat)
    else:
        print(f"evaluation data not found at {args.shared}: generated text only")
    print(
        f"{'input':<18} {'stage':<7} {'found':>6} {'MB/s':>7} {'articles/s':>11} "
        f"{'CPU ms/article':>15} {'wall ms/article':>16}"
    )
    for name, stage, (n, size, wall, cpu, items) in rows:
        print(
            f"{name:<18} {stage:<7} {items:>6} {size / cpu:7.2f} {n / wall:11.0f} "
            f"{1000 * cpu / n:15.2f} {1000 * wall / n:16.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
