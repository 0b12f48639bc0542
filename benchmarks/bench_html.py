"""HTML benchmark: newsmodel against trafilatura on two page sets, in one run.

Two sets from ``../shared/bench``:

* ``aeb``: 181 pages with a gold body, scored with ``../shared/eval/score_body.py``;
* ``naeb-dev``: 214 pages from 107 sites with gold title, authors, date and
  body, scored with ``../shared/eval/score_meta.py``; also scored in two
  halves split by site (:func:`site_half`): ``tune`` (about two thirds of the
  sites, whose losses may be read when improving the plugin) and ``check``
  (the other third, a held-out stand-in reported only as numbers).

Four extractors run on every page, taking turns page by page so that a change
in the machine's load weighs on all of them alike:

* ``newsmodel read``: the ``html`` plugin's ``newsmodel_read`` on a
  ``RawSource``, the same unit of work as trafilatura's extraction;
* ``newsmodel parse``: the full :func:`newsmodel.parse` (read plus every
  analysis stage), what users run;
* ``trafilatura fast``: ``bare_extraction(..., fast=True)``;
* ``trafilatura default``: ``bare_extraction(...)`` with its fallbacks.

Each extractor's output is written as JSON Lines (``{"id", "title",
"authors", "published", "text"}``), scored with the shared scorer of its set,
and printed side by side with its pages per second and its rate relative to
trafilatura fast in the same run.  The body scored for newsmodel is
:attr:`newsmodel.Article.body`: the blocks except captions, joined by blank
lines.

Usage (from the repository root, with the venv active)::

    pip install -e ".[bench]"          # trafilatura, benchmark only
    python benchmarks/bench_html.py [--sets aeb naeb-dev] [--out DIR] [--repeat N]
        [--per-doc] [--only read,parse,fast,default] [--clock cpu|wall]
        [--stress noclass,comments,hidden,nold,nometa]

``--stress noclass,comments,hidden`` also reads every page changed, with the
plugin's read only, to show how much of the body rests on class names:
``noclass`` takes every class and id away; any other word is added to the
class of the container the plugin chooses on the page as it is (a misnamed
article: "comments", "hidden", "sidebar").  ``nold`` takes the JSON-LD away
and ``nometa`` all machine-readable metadata (``<meta>`` tags, JSON-LD,
microdata), to show how well title, date and authors are read from what the
page shows its readers, as on sites whose markup says little.  Rows are labelled ``read WORD``;
their pages/s are those of the changed pages.

Pages are timed in CPU time (``time.process_time``) by default: every
extractor runs in this process, and CPU time does not count the time other
processes take the cores, so the ratios hold on a busy machine.
``--clock wall`` times them with ``time.perf_counter``.

``NEWSMODEL_SHARED`` overrides where the evaluation data is looked for.
Exits 0 with a message when the data or trafilatura is absent.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
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
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared"))
EVAL = SHARED / "eval"
SETS = ("aeb", "naeb-dev")

#: A prediction: title, authors, published (ISO) and body text.
Prediction = dict[str, Any]
Extractor = Callable[[bytes, str | None], Prediction]

_LAST_LINE = re.compile(r"(\w+(?: F1)?)=([\d.]+)")
_LABELS = {
    "read": "newsmodel read",
    "parse": "newsmodel parse",
    "fast": "trafilatura fast",
    "default": "trafilatura default",
}


def load_pages(name: str) -> list[tuple[str, bytes, str | None]]:
    """``(id, html bytes, url)`` for every page of a set, decompressed up front."""
    bench = SHARED / "bench" / name
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((bench / "html").glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        url = truth.get(page_id, {}).get("url")
        pages.append((page_id, gzip.decompress(path.read_bytes()), url))
    return pages


def site_half(url: str | None) -> str:
    """``"check"`` for about a third of the sites, ``"tune"`` for the rest.

    The site is the page address's host without ``www.``; a stable hash of it
    (not Python's salted ``hash``) puts every page of a site in the same half
    on every run.
    """
    host = (urlsplit(url).hostname or "") if url else ""
    digest = hashlib.sha256(host.removeprefix("www.").encode("utf-8")).hexdigest()
    return "check" if int(digest, 16) % 3 == 1 else "tune"


_CLASS_OR_ID = re.compile(rb"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_JSON_LD = re.compile(rb"<script[^>]*ld\+json[^>]*>.*?</script>", re.IGNORECASE | re.DOTALL)
_MICRODATA = re.compile(
    rb"""\s(?:itemprop|itemtype|itemscope)(?:\s*=\s*(?:"[^"]*"|'[^']*'))?""", re.IGNORECASE
)


def stressed(data: bytes, how: str) -> bytes:
    """The page without class and id attributes (``how`` is ``"noclass"``), without
    JSON-LD (``"nold"``), without any machine-readable metadata (``"nometa"``:
    ``<meta>`` tags, JSON-LD and microdata attributes), or with the boilerplate
    word ``how`` added to the class of the article's container."""
    if how == "noclass":
        return _CLASS_OR_ID.sub(b"", data)
    if how == "nold":
        return _JSON_LD.sub(b"", data)
    if how == "nometa":
        return _MICRODATA.sub(b"", _JSON_LD.sub(b"", _META.sub(b"", data)))
    import lxml.etree

    # The plugin's own steps, to find the container it chooses on the page as it is.
    from newsmodel_html._content import choose
    from newsmodel_html._metadata import read_metadata
    from newsmodel_html._parse import parse_html
    from newsmodel_html._read import _protected
    from newsmodel_html._vocabulary import DROP_TAGS
    from newsmodel_html._walk import walk

    root = parse_html(data)
    if root is None:
        return data
    # Number the elements, to find the container again in a tree that keeps
    # the <head> the walk's tree loses.
    for number, element in enumerate(root.iter()):
        element.set("data-bench-n", str(number))
    marked = frozenset(read_metadata(root, None).article_elements)
    lxml.etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    body = next(root.iter("body"), root)
    container = choose(*walk(body, _protected(marked)), marked).container
    if container is None:
        return data
    number = int(container.get("data-bench-n", "-1"))
    page = parse_html(data)
    assert page is not None
    element = next(e for n, e in enumerate(page.iter()) if n == number)
    element.set("class", f"{element.get('class') or ''} {how}".strip())
    # A byte-order mark: the page's own charset declaration no longer holds.
    return b"\xef\xbb\xbf" + lxml.etree.tostring(page, encoding="utf-8", method="html")


def run(
    extractors: dict[str, Extractor],
    pages: list[Any],
    repeat: int,
    clock: Callable[[], float] = time.process_time,
) -> dict[str, tuple[dict[str, Prediction], float]]:
    """Every extractor's prediction for every page, and its pages per second.

    The extractors take turns page by page; each page's time (by ``clock``)
    is the best of ``repeat`` passes.
    """
    preds: dict[str, dict[str, Prediction]] = {name: {} for name in extractors}
    best: dict[str, dict[str, float]] = {name: {} for name in extractors}
    for _ in range(repeat):
        for page_id, data, url in pages:
            for name, extract in extractors.items():
                start = clock()
                preds[name][page_id] = extract(data, url)
                elapsed = clock() - start
                best[name][page_id] = min(elapsed, best[name].get(page_id, elapsed))
    return {
        name: (preds[name], len(pages) / max(sum(best[name].values()), 1e-9)) for name in extractors
    }


def write_jsonl(path: Path, preds: dict[str, Prediction]) -> None:
    """One JSON line per page, with the fields both scorers read."""
    with path.open("w", encoding="utf-8") as f:
        for page_id, pred in preds.items():
            f.write(json.dumps({"id": page_id, **pred}, ensure_ascii=False) + "\n")


def score(
    set_name: str, pred: Path, per_doc: Path | None, truth: Path | None = None
) -> dict[str, float]:
    """The scorer's last line as numbers: ``body F1`` and, for naeb-dev, the metadata.

    ``truth`` replaces the set's ground truth (a half of it).
    """
    truth = truth or SHARED / "bench" / set_name / "ground-truth.json"
    scorer = EVAL / ("score_body.py" if set_name == "aeb" else "score_meta.py")
    cmd = [sys.executable, str(scorer), str(truth), str(pred)]
    if per_doc is not None:
        cmd += ["--per-doc", str(per_doc)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    last = out.strip().splitlines()[-1]
    found = {key: float(value) for key, value in _LAST_LINE.findall(last)}
    if "body F1" not in found:
        raise SystemExit(f"cannot read the scorer's output:\n{out}")
    return found


def _empty() -> Prediction:
    return {"title": None, "authors": [], "published": None, "text": ""}


def newsmodel_extractors() -> dict[str, Extractor]:
    """The plugin's read, and the full parse."""
    import newsmodel
    from newsmodel import BlockKind, RawSource
    from newsmodel_html import newsmodel_read

    def read(data: bytes, url: str | None) -> Prediction:
        document = newsmodel_read(source=RawSource(data=data, url=url, name="page.html"))
        if document is None:
            return _empty()
        text = document.text
        return {
            "title": document.title,
            "authors": list(document.authors),
            "published": document.published.value.isoformat() if document.published else None,
            "text": "\n\n".join(
                text[b.start : b.end] for b in document.blocks if b.kind is not BlockKind.CAPTION
            ),
        }

    def parse(data: bytes, url: str | None) -> Prediction:
        # No format= : the plugin must recognise the page by itself.
        try:
            article = newsmodel.parse(data, url=url)
        except newsmodel.NewsmodelError:
            return _empty()
        return {
            "title": article.title,
            "authors": list(article.authors),
            "published": article.published.value.isoformat() if article.published else None,
            "text": article.body,
        }

    return {"read": read, "parse": parse}


def trafilatura_extractors() -> dict[str, Extractor]:
    """trafilatura 2.3, fast and default, with its metadata."""
    import trafilatura

    def make(fast: bool) -> Extractor:
        def extract(data: bytes, url: str | None) -> Prediction:
            result = trafilatura.bare_extraction(
                data, url=url, fast=fast, include_comments=False, with_metadata=True
            )
            if result is None:
                return _empty()
            author = getattr(result, "author", None)
            return {
                "title": getattr(result, "title", None),
                "authors": [a.strip() for a in author.split(";")] if author else [],
                "published": getattr(result, "date", None),
                "text": getattr(result, "text", None) or "",
            }

        return extract

    return {"fast": make(True), "default": make(False)}


def _halves(
    set_name: str,
    pages: list[tuple[str, bytes, str | None]],
    results: dict[str, tuple[dict[str, Prediction], float]],
    out_dir: Path,
    per_doc: bool,
) -> list[tuple[str, str, dict[str, float], float]]:
    """The rows of the set's tune and check halves (:func:`site_half`), each scored
    against the ground truth of its pages only; the rate is the whole set's."""
    truth = json.loads((SHARED / "bench" / set_name / "ground-truth.json").read_text("utf-8"))
    rows = []
    for half in ("tune", "check"):
        ids = {page_id for page_id, _, url in pages if site_half(url) == half}
        half_truth = out_dir / f"{set_name}.{half}.truth.json"
        half_truth.write_text(
            json.dumps({k: v for k, v in truth.items() if k in ids}, ensure_ascii=False), "utf-8"
        )
        for name, (preds, rate) in results.items():
            pred = out_dir / f"{set_name}.{half}.{name}.jsonl"
            write_jsonl(pred, {k: v for k, v in preds.items() if k in ids})
            tsv = out_dir / f"{set_name}.{half}.{name}.tsv" if per_doc else None
            rows.append((half, name, score(set_name, pred, tsv, half_truth), rate))
    return rows


def main() -> int:
    """Run the extractors on both sets, score them and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    ap.add_argument("--out", type=Path, help="write the JSON Lines here (default: a temp dir)")
    ap.add_argument("--repeat", type=int, default=1, help="timed passes; the best counts")
    ap.add_argument("--per-doc", action="store_true", help="also write per-page scores (TSV)")
    ap.add_argument(
        "--only", default="read,parse,fast,default", help="comma-separated extractors to run"
    )
    ap.add_argument(
        "--clock", default="cpu", choices=("cpu", "wall"), help="time pages in CPU or wall time"
    )
    ap.add_argument(
        "--stress", default="", help="also read pages changed: noclass and/or class words"
    )
    args = ap.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter

    missing = [s for s in args.sets if not (SHARED / "bench" / s / "html").is_dir()]
    if missing or not (EVAL / "score_meta.py").is_file():
        print(f"skipped: evaluation data not found at {SHARED} (set NEWSMODEL_SHARED)")
        return 0
    wanted = [w.strip() for w in args.only.split(",") if w.strip()]
    extractors = newsmodel_extractors()
    if {"fast", "default"} & set(wanted):
        try:
            extractors |= trafilatura_extractors()
        except ImportError as exc:
            print(f'skipped: trafilatura is not installed ({exc}); pip install -e ".[bench]"')
            return 0
    known = set(extractors) | {"fast", "default"}
    unknown = [name for name in wanted if name not in known]
    if unknown:
        ap.error(
            f"unknown extractor(s) {', '.join(unknown)}; choose from {', '.join(sorted(known))}"
        )
    read_extractor = extractors["read"]
    extractors = {name: extractors[name] for name in wanted}
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="bench_html_"))
    out_dir.mkdir(parents=True, exist_ok=True)

    table: list[tuple[str, str, dict[str, float], float]] = []
    for set_name in args.sets:
        pages = load_pages(set_name)
        print(f"{set_name}: {len(pages)} pages", file=sys.stderr)
        for extract in extractors.values():  # warm up: imports and caches
            extract(pages[0][1], pages[0][2])
        results = run(extractors, pages, args.repeat, clock)
        for name, (preds, rate) in results.items():
            pred = out_dir / f"{set_name}.{name}.jsonl"
            write_jsonl(pred, preds)
            per_doc = out_dir / f"{set_name}.{name}.tsv" if args.per_doc else None
            table.append((set_name, name, score(set_name, pred, per_doc), rate))
        if set_name == "naeb-dev":
            table += _halves(set_name, pages, results, out_dir, args.per_doc)
        for how in (w.strip() for w in args.stress.split(",") if w.strip()):
            changed = [(page_id, stressed(data, how), url) for page_id, data, url in pages]
            name = f"read-{how}"
            _LABELS[name] = f"read {how}"
            results = run({name: read_extractor}, changed, 1, clock)
            pred = out_dir / f"{set_name}.{name}.jsonl"
            write_jsonl(pred, results[name][0])
            table.append((set_name, name, score(set_name, pred, None), results[name][1]))
            if set_name == "naeb-dev":
                table += _halves(set_name, changed, results, out_dir, False)

    print(
        f"\n{'set':<9} {'extractor':<20} {'body F1':>8} {'title':>6} {'date':>6} "
        f"{'authors':>7} {'pages/s':>8} {'x fast':>7}"
    )
    for set_name, name, found, rate in table:
        fast = next((r for s, n, _, r in table if s == set_name and n == "fast"), None)
        ratio = f"{rate / fast:7.2f}" if fast else f"{'-':>7}"
        meta = "".join(
            f" {found[key]:{width}.3f}" if key in found else f" {'-':>{width}}"
            for key, width in (("title", 6), ("date", 6), ("authors", 7))
        )
        print(
            f"{set_name:<9} {_LABELS[name]:<20} {found['body F1']:8.4f}{meta} {rate:8.1f} {ratio}"
        )
    print(f"\n{args.clock} time; outputs in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
