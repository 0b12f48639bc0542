"""Benchmark: the report page at 10,000 quotes, built in Python and painted in Chromium.

    python benchmarks/bench_report.py                  # 1,000 articles, 10,000 quotes
    python benchmarks/bench_report.py --articles 3000  # 30,000 quotes

Synthetic articles are made directly as model objects (invented names and
sentences; a few people speak in many articles, as in real news), merged
into a :class:`Corpus`, and written as one report.  The page is then opened
from disk in headless Chromium (Debian's ``chromium``, through Playwright),
several times, and the benchmark reports:

- building the data and the page in Python, and the file's size;
- first contentful paint and the moment the page's script has drawn
  everything (the ``newsmodel-ready`` performance mark), median of the runs;
- how long filtering the quotes table by an actor, and by words, takes.

The goal is a first paint under 2 s with 10,000 quotes on this machine.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsmodel import (
    Actor,
    Article,
    ArticleDate,
    Attribution,
    Block,
    Corpus,
    DateMention,
    DateValue,
    Event,
    Mention,
    Quote,
    Source,
    Span,
    report_data,
)
from newsmodel._report import render_page

FIRST = "Anna Boris Carlos Elena Farid Grace Hiro Ines Jonas Karin Luis Maria Nadia Omar Pavel Rosa".split()
LAST = "Petrov Garcia Smith Kowalski Nguyen Okafor Schmidt Rossi Tanaka Haddad Novak Silva Meyer Dubois".split()
ROLES = ["the minister", "the mayor", "a spokeswoman", "the chief executive", "the senator"]
PHRASES = [
    "We will not accept these terms",
    "The talks were long but useful",
    "Nobody expected the vote to pass",
    "Prices will come down next year",
    "This is a serious mistake",
    "Our doors remain open",
]
OUTLETS = ["Harbour Times", "Valley Courier", "The Daily Ledger", "North Star News"]


def make_article(n: int, rng: random.Random, quotes_per_article: int) -> Article:
    people = {rng.choice(FIRST) + " " + rng.choice(LAST) for _ in range(4)}
    # Skew: the first few names of the pool speak far more often.
    if rng.random() < 0.5:
        people.add(f"{FIRST[n % 3]} {LAST[n % 2]}")
    cast = sorted(people)
    day = DateValue.of(2025, 1 + n % 12, 1 + n % 28)
    parts: list[str] = []
    actors: dict[str, list[Mention]] = {name: [] for name in cast}
    quotes: list[Quote] = []
    dates: list[DateMention] = []
    events: list[Event] = []
    blocks: list[Block] = []
    for k in range(quotes_per_article):
        start = sum(map(len, parts))
        who = rng.choice(cast)
        phrase = f"{rng.choice(PHRASES)} ({n}.{k})"
        before = f"On Monday {who}, {rng.choice(ROLES)}, met reporters. “"
        q_start = start + len(before)
        sentence = f"{before}{phrase},” {who.split()[-1]} said. "
        name_at = start + len("On Monday ")
        surname_at = q_start + len(phrase) + 3
        actors[who].append(Mention(start=name_at, end=name_at + len(who)))
        actors[who].append(
            Mention(start=surname_at, end=surname_at + len(who.split()[-1]), kind="alias")
        )
        speaker = f"a{cast.index(who) + 1}"
        quotes.append(
            Quote(
                id=f"q{k + 1}",
                text=phrase,
                start=q_start,
                end=q_start + len(phrase),
                speaker=speaker,
                speaker_mention=Span(start=surname_at, end=surname_at + len(who.split()[-1])),
                cue="said",
                said_on=day if k % 2 else None,
                attribution=Attribution(rule="cue-after"),
            )
        )
        dates.append(DateMention(text="Monday", start=start + 3, end=start + 9, value=day))
        met = start + sentence.index("met")
        events.append(
            Event(
                id=f"e{k + 1}",
                kind="meeting",
                category="CONSULT",
                start=met,
                end=met + 3,
                trigger="met",
            )
        )
        parts.append(sentence)
        blocks.append(Block(kind="paragraph", start=start, end=start + len(sentence) - 1))
        parts.append("\n")
    text = "".join(parts)
    return Article(
        source=Source(path=f"synthetic/{n:05d}.txt"),
        format="text",
        text=text,
        title=f"Story {n}: {rng.choice(PHRASES).lower()}",
        site_name=OUTLETS[n % len(OUTLETS)],
        published=ArticleDate(value=day, origin="metadata"),
        blocks=blocks,
        actors=[
            Actor(id=f"a{i + 1}", name=name, kind="person", aliases=[name.split()[-1]], mentions=m)
            for i, (name, m) in enumerate(actors.items())
        ],
        quotes=quotes,
        dates=dates,
        events=events,
    )


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--quotes-per-article", type=int, default=10)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument(
        "--chromium",
        default=os.environ.get("NEWSMODEL_CHROMIUM")
        or shutil.which("chromium")
        or "/usr/bin/chromium",
    )
    args = ap.parse_args()

    rng = random.Random(7)
    t = time.perf_counter()
    corpus = Corpus(make_article(n, rng, args.quotes_per_article) for n in range(args.articles))
    t_corpus = time.perf_counter() - t
    t = time.perf_counter()
    data = report_data(corpus)
    t_data = time.perf_counter() - t
    t = time.perf_counter()
    page = render_page(data)
    t_page = time.perf_counter() - t
    out = Path(tempfile.mkdtemp(prefix="bench_report_")) / "report.html"
    out.write_text(page, encoding="utf-8")
    size = out.stat().st_size
    print(
        f"{len(data['articles']):,} articles, {len(data['quotes']):,} quotes, {len(data['actors']):,} actors; "
        f"corpus {t_corpus:.2f} s, report data {t_data:.2f} s, page {t_page:.2f} s, file {size / 1e6:.1f} MB"
    )

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("Playwright is not installed: no browser figures (pip install -e '.[test]')")
        return 0
    if not os.path.exists(args.chromium):
        print(f"no Chromium at {args.chromium}: no browser figures")
        return 0
    fcp, ready, by_actor, by_words = [], [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=args.chromium, headless=True, args=["--no-sandbox"]
        )
        for _ in range(args.runs):
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            pg = context.new_page()
            errors: list[str] = []
            pg.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            pg.goto(out.as_uri())
            pg.wait_for_selector("html[data-ready='true']", timeout=60_000)
            fcp.append(
                pg.evaluate("performance.getEntriesByName('first-contentful-paint')[0].startTime")
            )
            ready.append(
                pg.evaluate("performance.getEntriesByName('newsmodel-ready')[0].startTime")
            )
            t = time.perf_counter()
            pg.locator("#actor-list button.actor").first.click()
            pg.wait_for_selector("#actor-list button.actor[aria-pressed='true']")
            by_actor.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            pg.fill("#f-text", "serious mistake (1")
            pg.wait_for_selector("#quote-count:has-text('Showing')")
            pg.locator("#quote-count").filter(has_text=" of ").wait_for()
            by_words.append((time.perf_counter() - t) * 1000)
            if errors:
                print("page errors:", errors)
                return 1
            context.close()
        browser.close()
    med = statistics.median
    print(
        f"Chromium, median of {args.runs}: first contentful paint {med(fcp):.0f} ms, "
        f"everything drawn {med(ready):.0f} ms; filter by actor {med(by_actor):.0f} ms, "
        f"by words {med(by_words):.0f} ms (both including the driver's round trips)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
