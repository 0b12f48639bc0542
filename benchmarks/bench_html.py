"""Article-body benchmark: the ``html`` plugin against trafilatura, in one run.

Reads the 181 pages of ``../shared/bench/aeb/html/*.html.gz``, extracts each
page's body with newsmodel's HTML plugin and with trafilatura 2.3
(``bare_extraction(..., fast=True)``), writes both as JSON Lines
``{"id", "text"}``, scores both with ``../shared/eval/score_body.py`` and
prints F1, precision, recall and pages per second side by side.

The body scored for newsmodel is what :attr:`newsmodel.Article.body` gives:
the document's blocks except captions, joined by blank lines.  Pages per
second time the plugin's read (``newsmodel_read`` on a ``RawSource``), the
same unit of work as trafilatura's extraction, the two taking turns page by
page so that the machine's load weighs on both alike; the rate of the full
``newsmodel.parse`` (read plus analysis) is printed on its own line.

Usage (from the repository root, with the venv active)::

    pip install "trafilatura==2.3.*" lxml_html_clean   # benchmark only
    python benchmarks/bench_html.py [--out DIR] [--repeat N] [--per-doc]

``NEWSMODEL_SHARED`` overrides where the evaluation data is looked for.
Exits 0 with a message when the data or trafilatura is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared"))
BENCH = SHARED / "bench" / "aeb"
SCORER = SHARED / "eval" / "score_body.py"

_SCORE_LINE = re.compile(r"body P=(?P<p>[\d.]+).*R=(?P<r>[\d.]+)")
_F1_LINE = re.compile(r"body F1=(?P<f1>[\d.]+)")


def load_pages() -> list[tuple[str, bytes, str | None]]:
    """``(id, html bytes, url)`` for every benchmark page, decompressed up front."""
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((BENCH / "html").glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        url = truth.get(page_id, {}).get("url")
        pages.append((page_id, gzip.decompress(path.read_bytes()), url))
    return pages


def run(
    extractors: dict[str, Callable[[bytes, str | None], str]], pages: list[Any], repeat: int
) -> dict[str, tuple[dict[str, str], float]]:
    """Every extractor's text of every page, and its pages per second.

    The extractors take turns page by page, so that a change in the machine's
    load during the run weighs on all of them alike; each page's time is the
    best of ``repeat`` passes.
    """
    texts: dict[str, dict[str, str]] = {name: {} for name in extractors}
    best: dict[str, dict[str, float]] = {name: {} for name in extractors}
    for _ in range(repeat):
        for page_id, data, url in pages:
            for name, extract in extractors.items():
                start = time.perf_counter()
                texts[name][page_id] = extract(data, url)
                elapsed = time.perf_counter() - start
                best[name][page_id] = min(elapsed, best[name].get(page_id, elapsed))
    out = {}
    for name in extractors:
        seconds = sum(best[name].values())
        print(f"  {name}: {len(pages)} pages in {seconds:.2f} s", file=sys.stderr)
        out[name] = (texts[name], len(pages) / seconds)
    return out


def write_jsonl(path: Path, texts: dict[str, str]) -> None:
    """One ``{"id", "text"}`` line per page."""
    with path.open("w", encoding="utf-8") as f:
        for page_id, text in texts.items():
            f.write(json.dumps({"id": page_id, "text": text}, ensure_ascii=False) + "\n")


def score(pred: Path, per_doc: Path | None) -> tuple[dict[str, float], list[str]]:
    """P, R and F1 from ``score_body.py``, and its output lines."""
    cmd = [sys.executable, str(SCORER), str(BENCH / "ground-truth.json"), str(pred)]
    if per_doc is not None:
        cmd += ["--per-doc", str(per_doc)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    lines = out.strip().splitlines()
    pr = _SCORE_LINE.search(out)
    f1 = _F1_LINE.search(out)
    if pr is None or f1 is None:
        raise SystemExit(f"cannot read the scorer's output:\n{out}")
    return {"p": float(pr["p"]), "r": float(pr["r"]), "f1": float(f1["f1"])}, lines


def newsmodel_body(data: bytes, url: str | None) -> str:
    """The plugin's read of one page, as ``Article.body`` would give it."""
    from newsmodel import BlockKind, RawSource
    from newsmodel_html import newsmodel_read

    document = newsmodel_read(source=RawSource(data=data, url=url, name="page.html"))
    if document is None:
        return ""
    text = document.text
    return "\n\n".join(
        text[b.start : b.end] for b in document.blocks if b.kind is not BlockKind.CAPTION
    )


def main() -> int:
    """Run both extractors, score them and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="write the JSON Lines here (default: a temp dir)")
    ap.add_argument("--repeat", type=int, default=1, help="timed passes; the best counts")
    ap.add_argument("--per-doc", action="store_true", help="also write per-page scores (TSV)")
    ap.add_argument("--skip-parse", action="store_true", help="skip the full-parse rate")
    args = ap.parse_args()

    if not (BENCH / "html").is_dir() or not SCORER.is_file():
        print(f"skipped: evaluation data not found at {SHARED} (set NEWSMODEL_SHARED)")
        return 0
    try:
        import trafilatura
    except ImportError as exc:
        print(f'skipped: trafilatura is not installed ({exc}); pip install "trafilatura==2.3.*"')
        return 0
    import newsmodel

    def trafilatura_body(data: bytes, url: str | None) -> str:
        result = trafilatura.bare_extraction(data, url=url, fast=True, include_comments=False)
        return (getattr(result, "text", None) or "") if result is not None else ""

    def full_parse(data: bytes, url: str | None) -> str:
        try:
            return newsmodel.parse(data, format="html", url=url).body
        except newsmodel.NewsmodelError:
            return ""

    pages = load_pages()
    print(f"{len(pages)} pages from {BENCH}", file=sys.stderr)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="bench_html_"))
    out_dir.mkdir(parents=True, exist_ok=True)

    # Warm both up (imports, caches) so neither pays first-call costs in the timing.
    newsmodel_body(pages[0][1], pages[0][2])
    trafilatura_body(pages[0][1], pages[0][2])

    results = {}
    runs = run({"newsmodel": newsmodel_body, "trafilatura": trafilatura_body}, pages, args.repeat)
    for name, (texts, rate) in runs.items():
        pred = out_dir / f"{name}.jsonl"
        write_jsonl(pred, texts)
        per_doc = out_dir / f"{name}.tsv" if args.per_doc else None
        scores, lines = score(pred, per_doc)
        results[name] = (scores, rate, lines)

    print(f"\n{'extractor':<24} {'F1':>7} {'P':>7} {'R':>7} {'pages/s':>9}")
    for name, (s, rate, _) in results.items():
        label = "newsmodel html (read)" if name == "newsmodel" else "trafilatura 2.3 fast"
        print(f"{label:<24} {s['f1']:7.4f} {s['p']:7.4f} {s['r']:7.4f} {rate:9.1f}")
    speedup = results["newsmodel"][1] / results["trafilatura"][1]
    print(f"speed: newsmodel read is {speedup:.1f}x trafilatura")
    if not args.skip_parse:
        parse_rate = run({"newsmodel.parse": full_parse}, pages, 1)["newsmodel.parse"][1]
        print(f"newsmodel.parse (read + analysis): {parse_rate:.1f} pages/s")
    for name, (_, _, lines) in results.items():
        print(f"\nscore_body.py, {name}:")
        print("\n".join(lines[-2:]))
    print(f"\noutputs in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
