"""Parse time against input size, 10 KB to 10 MB, per format: is it linear?

Each measurement runs in a fresh process (so one run's caches and memory do
not flatter the next) on generated input of the given size, one of:

- ``news``: one long article (``newsmodel.testing.news_text`` / ``news_html``:
  random names, attributed quotes, dates and events at a steady density);
- ``officials``: many short paragraphs, each quoting the same group source
  ("officials", ``repeated_officials_text``), thousands of times;
- ``articles``: real-looking articles one after another, the same people
  named throughout and short paragraphs (``concatenated_articles``; as HTML,
  their paragraphs in one page body: a page of several ``<article>``
  elements is read as its main article alone, which would time one article).

Random names hide work that grows with repetition; the other two inputs
repeat as real text does.  It reports, per input, format and size:

- ``read``: CPU seconds in the format plugin (``PluginManager.read``);
- ``analysis``: CPU seconds in the analysis stages and assembly;
- ``cpu`` and ``wall``: the whole parse (``time.process_time`` and
  ``time.perf_counter``; the machine's cores are shared, so wall time is
  noisier than CPU time);
- ``us/KB``: CPU microseconds per KB, flat when parsing is linear;
- ``rss``: the child's peak resident memory in MB.

A run that needs more than ``--budget`` CPU seconds is stopped, reported as
such, and the larger sizes of that format are skipped: superlinear code
would take hours there.  ``--read-only`` measures the plugins alone::

    python benchmarks/bench_scaling.py
    python benchmarks/bench_scaling.py --formats text --sizes 10K,100K,1M --budget 60
    python benchmarks/bench_scaling.py --inputs officials,articles --sizes 100K,1M,10M
    python benchmarks/bench_scaling.py --read-only
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import textwrap

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from newsmodel import PluginManager
    from newsmodel._findings import Findings
    from newsmodel._pipeline import assemble
    from newsmodel._source import read_source
    from newsmodel.testing import (
        concatenated_articles, news_html, news_text, repeated_officials_text,
    )

    fmt, size, read_only, kind = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4]

    def make(size, seed):
        if kind == "officials":
            text = repeated_officials_text(size)
            return text if fmt == "text" else "<p>" + text.replace("\\n\\n", "</p><p>") + "</p>"
        if kind == "articles":
            text = concatenated_articles(size)
            return text if fmt == "text" else "<p>" + text.replace("\\n\\n", "</p><p>") + "</p>"
        return (news_text if fmt == "text" else news_html)(size, seed=seed)

    source = make(size, 7)
    pm = PluginManager()
    pm.parse(make(2000, 1), format=fmt)  # warm up
    raw = read_source(source)
    c0, w0 = time.process_time(), time.perf_counter()
    name, document = pm.read(raw, format=fmt)
    c1 = time.process_time()
    analysis = 0.0
    if not read_only:
        published = pm.publication_date(document)
        findings = Findings(reference=published.value if published else None)
        findings = pm.analyze(document, findings)
        article = assemble(document, findings, raw=raw, format=name, published=published)
        analysis = time.process_time() - c1
    c2, w2 = time.process_time(), time.perf_counter()
    print(json.dumps({
        "bytes": len(raw.data), "read": c1 - c0, "analysis": analysis, "cpu": c2 - c0,
        "wall": w2 - w0, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))
    """
)

_UNITS = {"K": 1_000, "M": 1_000_000}


def _size(text: str) -> int:
    text = text.strip().upper().removesuffix("B")
    if text[-1:] in _UNITS:
        return int(float(text[:-1]) * _UNITS[text[-1]])
    return int(text)


def _label(size: int) -> str:
    return f"{size / 1_000_000:g} MB" if size >= 1_000_000 else f"{size / 1_000:g} KB"


def _measure(
    kind: str, fmt: str, size: int, read_only: bool, budget: int
) -> dict[str, float] | str:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (budget, budget + 5))

    done = subprocess.run(
        [sys.executable, "-c", _CHILD, fmt, str(size), "1" if read_only else "0", kind],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        check=False,
    )
    if done.returncode != 0:
        if done.returncode < 0:
            return f"stopped after {budget} s CPU"
        return "failed: " + (done.stderr.strip().splitlines() or ["?"])[-1]
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    """Run the benchmark and print the table (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", default="news,officials,articles")
    parser.add_argument("--formats", default="text,html")
    parser.add_argument("--sizes", default="10K,30K,100K,300K,1M,3M,10M")
    parser.add_argument("--budget", type=int, default=300, help="CPU seconds per run")
    parser.add_argument("--read-only", action="store_true", help="the format plugins alone")
    args = parser.parse_args()
    sizes = [_size(s) for s in args.sizes.split(",")]
    print(
        "| input | format | size | read CPU s | analysis CPU s | CPU s | wall s | CPU µs/KB "
        "| peak RSS MB | x previous |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind in args.inputs.split(","):
        for fmt in args.formats.split(","):
            stopped = None
            previous: float | None = None
            for size in sizes:
                row = f"| {kind} | {fmt} | {_label(size)} |"
                if stopped is not None:
                    print(f"{row} skipped: {stopped} at a smaller size |||||||")
                    continue
                r = _measure(kind, fmt, size, args.read_only, args.budget)
                if isinstance(r, str):
                    print(f"{row} {r} |||||||")
                    stopped = r
                    continue
                per_kb = r["cpu"] / (r["bytes"] / 1_000) * 1e6
                growth = f"{r['cpu'] / previous:.1f}" if previous else ""
                previous = r["cpu"]
                print(
                    f"{row} {r['read']:.2f} | {r['analysis']:.2f} | {r['cpu']:.2f} "
                    f"| {r['wall']:.2f} | {per_kb:,.0f} | {r['rss']:.0f} | {growth} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
