"""Speaker errors on the annotated dev sets, bucketed by cause.

For every gold quote that newsmodel finds but gives a wrong (or no) speaker,
the cause is guessed from where the predicted speaker mention stands against
the gold one and from the attribution rule that decided:

- ``none``: no speaker;
- ``mention-right-actor-wrong``: the right words were read, but the actor they
  belong to is wrong (merged, typed or named wrongly, or a group too vague);
- ``continue-wrong``: an inferred speaker (continuation, current speaker,
  introduced speaker, signed chain) carried on past a change of speaker;
- ``pronoun-wrong``: a pronoun resolved to the wrong antecedent;
- ``other-name``: another name or phrase won.

The speaker accuracy of each attribution rule, counts per bucket and set, then (with ``--show BUCKET`` or ``--show all``)
each error with the text around it.  Reads ``../shared`` like
``bench_quotes.py`` and uses the evaluation kit's own matching.  Run::

    python benchmarks/speaker_errors.py [--set aeb|naeb|all] [--show BUCKET]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import newsmodel

SETS = {
    "aeb": ("gold/aeb_quotes.jsonl", "bench/aeb/ground-truth.json"),
    "naeb": ("gold/naeb_quotes.jsonl", "bench/naeb-dev/ground-truth.json"),
}
_INFERRED = {"continuation", "current-speaker", "introduced-speaker", "signed-chain"}
_PRONOUNS = {"he", "she", "they", "it", "him", "her", "we"}


def _bucket(text: str, quote: dict[str, Any], speaker: Any) -> str:
    """The guessed cause of one speaker error (see the module docstring)."""
    if speaker is None:
        return "none"
    gold = quote.get("speaker_mention") or {}
    mention = speaker["mention"]
    if mention and gold and mention[0] < gold.get("end", -1) and gold.get("start", -1) < mention[1]:
        return "mention-right-actor-wrong"
    if speaker["rule"] in _INFERRED:
        return "continue-wrong"
    if mention and text[mention[0] : mention[1]].lower() in _PRONOUNS:
        return "pronoun-wrong"
    return "other-name"


def main() -> int:
    """Print the buckets (and the errors asked for)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--set", choices=["aeb", "naeb", "all"], default="all")
    ap.add_argument("--show", help="a bucket whose errors to print, or 'all'")
    args = ap.parse_args()
    if not (args.shared / "eval").is_dir():
        print(f"no evaluation kit at {args.shared}: nothing to measure", file=sys.stderr)
        return 1
    sys.path.insert(0, str(args.shared / "eval"))
    from score_seeds import (  # type: ignore[import-not-found]  # the kit's own matching
        name_matches,
        overlap_ratio,
    )

    counts: Counter[str] = Counter()
    #: gold quotes found, and those given the right speaker, by the rule that decided
    by_rule: Counter[str] = Counter()
    right_by_rule: Counter[str] = Counter()
    for name in ["aeb", "naeb"] if args.set == "all" else [args.set]:
        gold_file, bodies_file = SETS[name]
        bodies = json.loads((args.shared / bodies_file).read_text("utf-8"))
        for line in (args.shared / gold_file).read_text("utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            article = newsmodel.parse(bodies[g["id"]]["articleBody"], format="text")
            text = article.text
            aliases = {p["name"]: [p["name"], *p.get("aliases", [])] for p in g["persons"]}
            for q in g["quotes"]:
                if not q.get("speaker"):
                    continue
                scored = [
                    (
                        min(
                            overlap_ratio(p.text, q["text"]), overlap_ratio(q["text"], p.text) + 0.5
                        ),
                        p,
                    )
                    for p in article.quotes
                ]
                if not scored:
                    continue
                best, pred = max(scored, key=lambda s: s[0])
                if best < 0.8:
                    continue
                actor = article.speaker(pred)
                names = [actor.name, *actor.aliases] if actor else []
                rule_name = (pred.attribution.rule if pred.attribution else None) or "none"
                by_rule[rule_name] += 1
                if name_matches(names, aliases.get(q["speaker"], [q["speaker"]])):
                    right_by_rule[rule_name] += 1
                    continue
                sm = pred.speaker_mention
                speaker = (
                    None
                    if actor is None
                    else {
                        "mention": (sm.start, sm.end) if sm else None,
                        "rule": pred.attribution.rule if pred.attribution else None,
                    }
                )
                bucket = _bucket(text, q, speaker)
                counts[bucket] += 1
                counts[f"{bucket}/{name}"] += 1
                if args.show in (bucket, "all"):
                    said = text[sm.start : sm.end] if sm else None
                    rule = pred.attribution.rule if pred.attribution else None
                    around = text[max(0, pred.start - 200) : pred.end + 100].replace("\n", " / ")
                    print(
                        f"[{bucket}] {name} gold={q['speaker']!r} predicted={names[:1]} "
                        f"mention={said!r} rule={rule}"
                    )
                    print(f"    {around}\n")
    print("rule                  right / found")
    for rule_name, n in by_rule.most_common():
        print(
            f"{rule_name:<20} {right_by_rule[rule_name]:>6} / {n:<5} {right_by_rule[rule_name] / n:.2f}"
        )
    for key, n in sorted(counts.items()):
        print(f"{n:5d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
