"""Throughput of the ``text`` plugin alone and of the full parse, on messy dumps.

Generates invented articles (seeded, so every run reads the same bytes) and
lays each out as a messy dump: blank-line, one-line-per-paragraph,
hard-wrapped and indented layouts, debris lines, CRLF, no-break spaces,
zero-width characters, and encodings from UTF-8 to UTF-16, cp1252 and
mojibake.  Also reads the seed articles of ``../shared/corpus/seeds`` and the
test corpus of ``tests/plugins/text/corpus`` when present.

For each input set it prints MB/s (of input bytes) and articles/s for

* ``plugin``: ``newsmodel_text.newsmodel_read`` on a ``RawSource``: decoding,
  repair, layout, the source map;
* ``parse``: ``newsmodel.parse(data, format="text")``: the plugin plus every
  analysis stage (dates, actors, quotes, events).

Each figure is the best of ``--repeat`` passes over the set.

Usage (from the repository root, with the venv active)::

    python benchmarks/bench_text.py [--articles N] [--repeat N] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import newsmodel
from newsmodel import RawSource
from newsmodel_text import newsmodel_read

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
TEST_CORPUS = ROOT / "tests" / "plugins" / "text" / "corpus"

_WORDS = (
    "council officials agreed proposal harbor committee residents budget approved announced "
    "government negotiators agreement infrastructure regional services decision expected "
    "statement ministry railway hospital volunteers schools students workers farmers election "
    "district minister investigation community construction inspectors equipment authorities "
    "measure opposition coalition international parliament environmental shipping supplies "
    "villages electricity museum library festival airport tunnel bridge river market prices "
    "the of to in and on for with after before while"
).split()
_NAMES = "Anna Kovacs|Marek Lindqvist|Ines Mensah|Kofi Okafor|Priya Haddad|Omar Castillo".split("|")
_DEBRIS = (
    "230 views",
    "Share",
    "Advertisement",
    "Read more: Officials plan a second bridge",
    "Follow us on Twitter",
    "Photo: Reuters",
    "We use cookies to improve your experience. Accept all cookies",
)


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_WORDS, k=rng.randint(8, 24))
    words.insert(rng.randint(1, len(words)), rng.choice(_NAMES))
    words.insert(rng.randint(1, len(words)), rng.choice(["said", "told reporters", "warned"]))
    text = " ".join(words)
    if rng.random() < 0.3:
        text = f"“{text[0].upper()}{text[1:]},” {rng.choice(_NAMES)} said"
    return text[0].upper() + text[1:] + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    lines, line = [], indent
    for word in text.split():
        if line.strip() and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line.strip() else line + word
    lines.append(line)
    return lines


def messy_dump(rng: random.Random) -> bytes:
    """One invented article laid out as a messy dump."""
    title = " ".join(w.capitalize() for w in rng.choices(_WORDS[:60], k=rng.randint(4, 9)))
    header = [title, f"By {rng.choice(_NAMES)}", "Published: March 14, 2025", "230 views"]
    paragraphs = [
        " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))
        for _ in range(rng.randint(4, 14))
    ]
    layout = rng.choice(["blank", "single", "wrapped", "indented"])
    width = rng.randint(60, 90)
    units: list[list[str]] = [[line] for line in header]
    for paragraph in paragraphs:
        if layout == "wrapped":
            units.append(_wrap(paragraph, width))
        elif layout == "indented":
            units.append(_wrap(paragraph, width, "    "))
        else:
            units.append([paragraph])
        if rng.random() < 0.3:
            units.append([rng.choice(_DEBRIS)])
    separator = "\n" if layout in ("single", "indented") else "\n\n"
    text = separator.join("\n".join(unit) for unit in units) + "\n"
    if rng.random() < 0.3:
        text = text.replace(" ", "\u00a0", 5).replace("\n", "\r\n")
    if rng.random() < 0.2:
        text = text.replace("council", "coun\u00adcil").replace(". ", ".\u200b ")
    encoding = rng.choice(["utf-8", "utf-8", "utf-16", "cp1252", "mojibake"])
    if encoding == "mojibake":
        return text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    return text.encode(encoding, errors="replace")


def _timed(work: Callable[[bytes], object], inputs: Sequence[bytes], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for data in inputs:
            work(data)
        best = min(best, time.perf_counter() - start)
    return best


def _plugin(data: bytes) -> object:
    return newsmodel_read(source=RawSource(data=data))


def _parse(data: bytes) -> object:
    return newsmodel.parse(data, format="text")


def main() -> int:
    """Build the input sets, time both stages on each and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="generated articles")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best is kept")
    parser.add_argument("--seed", type=int, default=20250314)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    sets: dict[str, list[bytes]] = {
        "generated": [messy_dump(rng) for _ in range(args.articles)],
    }
    if TEST_CORPUS.is_dir():
        sets["test corpus"] = [p.read_bytes() for p in sorted(TEST_CORPUS.glob("*.txt"))]
    if SEEDS.is_dir():
        sets["seeds"] = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]

    print(f"{'input':<12} {'articles':>8} {'MB':>7} {'stage':<7} {'s':>7} {'MB/s':>8} {'art/s':>9}")
    for name, inputs in sets.items():
        megabytes = sum(len(d) for d in inputs) / 1e6
        for stage, work in (("plugin", _plugin), ("parse", _parse)):
            seconds = _timed(work, inputs, args.repeat)
            print(
                f"{name:<12} {len(inputs):>8} {megabytes:>7.3f} {stage:<7} {seconds:>7.3f} "
                f"{megabytes / seconds:>8.2f} {len(inputs) / seconds:>9.1f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
