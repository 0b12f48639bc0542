"""Profile the full :func:`newsmodel.parse` over a benchmark page set.

Runs ``newsmodel.parse`` on every page of ``../shared/bench/SET/html`` under
cProfile and prints the CPU time (``time.process_time``, steadier than wall
time on a shared machine) and the top functions, timed in CPU time too.

Usage (from the repository root, with the venv active)::

    python benchmarks/profile_parse.py [--set aeb] [--sort cumulative|tottime]
        [--top 40] [--limit N] [--no-profile] [--stages] [--out FILE.prof]

``--no-profile`` only times the parse (cProfile adds overhead).
``--stages`` also times each stage (read, publication date, dates, actors,
quotes, events, the rest) in CPU time, without cProfile's overhead.
``NEWSMODEL_SHARED`` overrides where the evaluation data is looked for.
Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gzip
import os
import pstats
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared"))


def main() -> int:
    """Parse the pages, print the CPU time and, unless told not to, the profile."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="aeb", choices=("aeb", "naeb-dev"))
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--limit", type=int, help="only the first N pages")
    ap.add_argument("--no-profile", action="store_true", help="time only")
    ap.add_argument("--out", type=Path, help="also dump the raw profile here")
    ap.add_argument("--stages", action="store_true", help="time each stage (no cProfile)")
    args = ap.parse_args()

    html = SHARED / "bench" / args.set / "html"
    if not html.is_dir():
        print(f"skipped: {html} not found (set NEWSMODEL_SHARED)")
        return 0
    import newsmodel

    pages = [gzip.decompress(p.read_bytes()) for p in sorted(html.glob("*.html.gz"))]
    pages = pages[: args.limit] if args.limit else pages
    newsmodel.parse(pages[0])  # warm up: imports, plugin registration, lexicons
    stages = _time_stages() if args.stages else None

    def parse_all() -> None:
        for data in pages:
            with contextlib.suppress(newsmodel.NewsmodelError):
                newsmodel.parse(data)

    # The profile counts CPU time too, not the time other processes hold the cores.
    profiler = None if args.no_profile or stages else cProfile.Profile(time.process_time)
    start = time.process_time()
    if profiler is None:
        parse_all()
    else:
        profiler.runcall(parse_all)
    cpu = time.process_time() - start
    print(f"{args.set}: {len(pages)} pages, {cpu:.2f} s CPU, {len(pages) / cpu:.1f} pages/s")
    if stages is not None:
        rest = cpu - sum(stages.values())
        for name, spent in [*stages.items(), ("rest", rest)]:
            print(f"  {name:<10} {spent:6.2f} s CPU  {100 * spent / cpu:5.1f} %")
    if profiler is not None:
        if args.out:
            profiler.dump_stats(str(args.out))
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    return 0


def _time_stages() -> dict[str, float]:
    """Wrap the plugin manager's stage calls to add up their CPU time by stage."""
    from newsmodel._plugins import PluginManager

    spent = dict.fromkeys(("read", "published", "dates", "actors", "quotes", "events"), 0.0)
    hooks = {
        "newsmodel_publication_date": "published",
        "newsmodel_find_dates": "dates",
        "newsmodel_find_actors": "actors",
        "newsmodel_find_quotes": "quotes",
        "newsmodel_find_events": "events",
    }

    def timed(method: Any, name: str | None) -> Any:
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return method(self, *args, **kwargs)
            finally:
                spent[name or hooks[args[0]]] += time.process_time() - start

        return wrapper

    PluginManager.read = timed(PluginManager.read, "read")  # type: ignore[method-assign]
    PluginManager._call_stage = timed(PluginManager._call_stage, None)  # type: ignore[method-assign]
    return spent


if __name__ == "__main__":
    sys.exit(main())
