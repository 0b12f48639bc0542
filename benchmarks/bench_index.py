"""Benchmark: parse throughput, index size, and query latency at a million quotes.

    python benchmarks/bench_index.py                 # 100,000 articles, ~1,000,000 quotes
    python benchmarks/bench_index.py --articles 5000 # a quick look

Three parts, each reported on its own:

1. Parse throughput, on a sample: synthetic plain-text articles written to
   disk (and the real HTML pages of ../shared/bench/aeb when present), parsed
   by ``parse_many`` with 1 and with 2 processes.  Parsing 100,000 files
   would take most of an hour on 2 cores and measures nothing more, so the
   sample is small and the figures are per second.
2. The index at scale: synthetic articles made directly as model objects
   (with realistic skew: a few people speak in many articles), stored with
   ``Index.add_many``, and the corpus actors merged by the index's default
   merge, the real cross-article one that :class:`Corpus` runs (the index
   streams the stored articles to it).  The build runs in a fresh process,
   whose peak resident memory is reported with the time of each step, the
   size on disk, and how long opening the file takes with and without the
   ``quick_check`` that detects damage.
3. Query latency: actor + 30-day date-range queries, answered as
   ``QuoteRow`` lists (everything ``newsmodel quotes --db`` prints), p50 and
   p99 over many queries, for actors drawn by popularity and uniformly.

The full size takes a long time on a small machine; ``--articles`` sets it
(10,000 articles make about 100,000 quotes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsmodel import (
    Actor,
    Article,
    ArticleDate,
    Block,
    Corpus,
    DateValue,
    Index,
    Mention,
    Quote,
    QuoteQuery,
    Source,
    parse_many,
)

FIRST = (
    "Anna Boris Carlos Dmitry Elena Farid Grace Hiro Ines Jonas Karin Luis Maria Nadia Omar "
    "Pavel Quentin Rosa Samir Tanya Ugo Vera Wei Ximena Yusuf Zofia Adam Beatriz Chen Diego "
    "Emma Felix Greta Hassan Ivan Julia Kofi Lena Marco Nina Oscar Priya Rafael Sofia Tomas"
).split()
LAST = (
    "Petrov Garcia Smith Kowalski Nguyen Okafor Schmidt Rossi Tanaka Haddad Novak Silva Meyer "
    "Ivanova Dubois Jensen Moreau Costa Fischer Lopez Yilmaz Sato Kim Patel Hughes Lindqvist "
    "Andersen Moretti Horvat Popescu Weber Santos Kovacs Nowak Ferreira Bauer Romano Larsen "
    "Zhang Ahmed Mendes Varga Keller Dahl Berg Fontaine Marsh Quinn Reyes Sherwood Tran Ueda "
    "Volkov Walsh Young Zimmer Abbott Bishop Carver Dalton Ellis Foster Grant Harlow Irving"
).split()
ORGS = [f"{w} Ministry" for w in "Finance Defence Health Energy Trade Labour Justice".split()] + [
    f"{w} Party" for w in "Green Liberal Labour Farmers Pirate Centre".split()
]
OUTLETS = ["Reuters", "AP", "BBC News", "CNN", "Le Monde", "Der Spiegel", "NHK", "Al Jazeera"]
WORDS = (
    "we will not accept any deal that fails our people the talks were productive and the "
    "ceasefire must hold prices are rising faster than wages this budget protects families "
    "our troops remain ready the vote shows the public wants change the agreement is a first "
    "step nobody expected such a result we need more time to study the proposal"
).split()
FAMOUS = [" ".join(random.Random(i).choices(WORDS, k=12)).capitalize() + "." for i in range(200)]
START = dt.date(2024, 1, 1)
DAYS = 731


def zipf_weights(n: int, s: float = 0.6) -> list[float]:
    return [1 / (k**s) for k in range(1, n + 1)]


class Generator:
    """Synthetic articles with skewed speakers, repeated statements and two years of dates."""

    def __init__(self, seed: int, people: int = 2500) -> None:
        self.rng = random.Random(seed)
        people = min(people, len(FIRST) * len(LAST))
        names: list[str] = []
        seen: set[str] = set()
        while len(names) < people:
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if name not in seen:
                seen.add(name)
                names.append(name)
        self.people = names
        self.weights = zipf_weights(people)

    def article(self, number: int) -> Article:
        rng = self.rng
        speakers = list(dict.fromkeys(rng.choices(self.people, self.weights, k=rng.randint(2, 5))))
        org = rng.choice(ORGS)
        outlet = rng.choice(OUTLETS)
        cast = [(n, "person") for n in speakers] + [(org, "organization"), (outlet, "outlet")]
        published = START + dt.timedelta(days=rng.randrange(DAYS))
        text, mentions, quotes = "", {i: [] for i in range(len(cast))}, []
        for q in range(rng.randint(6, 14)):
            who = rng.randrange(len(cast) - 1) if rng.random() < 0.92 else None
            words = (
                rng.choice(FAMOUS)
                if rng.random() < 0.1
                else " ".join(rng.choices(WORDS, k=rng.randint(5, 18))).capitalize() + "."
            )
            if who is not None:
                name = cast[who][0]
                mentions[who].append(Mention(start=len(text), end=len(text) + len(name)))
                text += f"{name} said: “"
            else:
                text += "Someone said: “"
            start = len(text)
            text += words + "” "
            said_on = None
            if rng.random() < 0.3:
                said_on = DateValue.from_date(published - dt.timedelta(days=rng.randint(0, 2)))
            quotes.append(
                Quote(
                    id=f"q{q + 1}",
                    text=words,
                    start=start,
                    end=start + len(words),
                    speaker=None if who is None else f"a{who + 1}",
                    cue="said",
                    said_on=said_on,
                    reported_by="a" + str(len(cast)) if rng.random() < 0.2 else None,
                )
            )
        text += f"Reporting by {outlet}."
        mentions[len(cast) - 1].append(
            Mention(start=len(text) - len(outlet) - 1, end=len(text) - 1)
        )
        actors = [
            Actor(
                id=f"a{i + 1}",
                name=name,
                kind=kind,
                aliases=[name.split()[-1]] if kind == "person" else [],
                mentions=mentions[i] or [Mention(start=0, end=1)],
            )
            for i, (name, kind) in enumerate(cast)
        ]
        return Article(
            source=Source(path=f"synthetic/{number:07d}.txt"),
            format="text",
            text=text,
            title=f"Story {number}",
            published=ArticleDate(value=DateValue.from_date(published), origin="metadata"),
            site_name=outlet,
            blocks=[Block(kind="paragraph", start=0, end=len(text))],
            actors=actors,
            quotes=quotes,
        )

    def articles(self, n: int) -> Iterator[Article]:
        for i in range(n):
            yield self.article(i)

    def plain_text(self, number: int) -> str:
        """An article as a file would hold it, for the parser."""
        a = self.article(number)
        published = a.published.value.isoformat() if a.published else ""
        return f"{a.title}\n\nPublished: {published}\n\n{a.text}\n"


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_parse(sample: int, workdir: Path) -> None:
    gen = Generator(seed=7)
    folder = workdir / "parse-sample"
    folder.mkdir(exist_ok=True)
    for i in range(sample):
        (folder / f"{i:05d}.txt").write_text(gen.plain_text(i), encoding="utf-8")
    sets = [("synthetic text", sorted(folder.iterdir()))]
    aeb = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "aeb" / "html"
    if aeb.is_dir():
        sets.append(("real HTML (aeb)", sorted(aeb.iterdir())))
    print("\n## Parse throughput (parse_many; jobs=2 includes starting 2 worker processes)")
    for label, files in sets:
        for jobs in (1, 2):
            t = time.perf_counter()
            first = None
            results = []
            for r in parse_many(files, jobs=jobs):
                results.append(r)
                first = first or time.perf_counter()
            end = time.perf_counter()
            ok = sum(r.ok for r in results)
            quotes = sum(len(r.article.quotes) for r in results if r.article)
            # Steady state: from the first result on, once workers are up.
            steady = (len(files) - 1) / (end - first) if first and end > first else 0.0
            print(
                f"{label:<16} jobs={jobs}: {len(files)} files ({ok} parsed, {quotes} quotes) "
                f"in {end - t:5.1f} s = {len(files) / (end - t):6.1f} articles/s; "
                f"after start-up {steady:6.1f} articles/s"
            )


def bench_merge(sizes: Sequence[int]) -> None:
    print("\n## Corpus's own actor merge (what Index uses by default)")
    gen = Generator(seed=3)
    for n in sizes:
        articles = list(gen.articles(n))
        t = time.perf_counter()
        Corpus(articles)
        elapsed = time.perf_counter() - t
        print(f"{n:>6} articles: {elapsed:6.2f} s")


def build(db: Path, n: int) -> dict[str, float]:
    """Build the index of ``n`` articles at ``db``; the figures of each step (run in a child)."""
    gen = Generator(seed=1)
    out: dict[str, float] = {}
    with Index(db, batch_size=2000) as index:
        t = time.perf_counter()
        index.add_many(gen.articles(n))
        out["stored"] = time.perf_counter() - t
        out["rss_stored"] = _peak_rss()
        t = time.perf_counter()
        index.refresh()  # the real merge, Corpus's own, over every stored article
        out["merged"] = time.perf_counter() - t
        out["rss"] = _peak_rss()
        index._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return out


def _peak_rss() -> float:
    """This process's peak resident memory in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def bench_index(
    n: int, queries: int, workdir: Path, reuse: bool = False, build_nice: int = 0
) -> None:
    db = workdir / "bench.db"
    gen = Generator(seed=1)
    print(f"\n## Index of {n:,} synthetic articles, actors merged by Corpus's own merge")
    if reuse and db.exists():
        print(f"(reusing {db}, built by an earlier run with the same --articles)")
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        done = subprocess.run(
            [sys.executable, __file__, "--build", str(db), "--articles", str(n)],
            # A shared machine: the long build may yield, the timed queries do not.
            preexec_fn=(lambda: os.nice(build_nice)) if build_nice else None,
            capture_output=True,
            text=True,
            check=True,
        )
        built = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"generated and stored in {built['stored']:.0f} s ({n / built['stored']:,.0f} "
            f"articles/s; peak RSS {built['rss_stored']:,.0f} MiB); actors merged and written "
            f"in {built['merged']:.0f} s; peak RSS of the whole build {built['rss']:,.0f} MiB"
        )
    for check in (False, True):
        t = time.perf_counter()
        Index(db, check=check).close()
        label = "with quick_check" if check else "without the check"
        print(f"opening the index {label}: {(time.perf_counter() - t) * 1000:,.0f} ms")
    with Index(db, check=False) as index:
        stats = index.stats()
        print(
            f"{stats['articles']:,} articles, {stats['quotes']:,} quotes, "
            f"{stats['actors']:,} actors; index file {stats['bytes'] / 2**20:,.0f} MiB "
            f"({stats['bytes'] / stats['quotes']:,.0f} bytes per quote)"
        )
        people = [a.name for a in index.actors() if a.kind == "person"]
        top = max((a for a in index.actors() if a.kind == "person"), key=lambda a: len(a.members))
        print(
            f"most quoted person: {top.name}, in {len(top.members) / n:.1%} of articles "
            f"({index.count(actor=top.name):,} quotes)"
        )
        rng = random.Random(11)
        weights = dict(zip(gen.people, gen.weights, strict=True))
        # The real merge may name an actor otherwise than the generator did.
        rare = min(gen.weights)
        by_popularity = rng.choices(people, [weights.get(p, rare) for p in people], k=queries)
        uniform = rng.choices(people, k=queries)
        print(f"\n## Actor + 30-day range queries ({queries:,} each, after 20 warm-up queries)")
        # On a shared machine the wall time waits for a CPU; the CPU time does not.
        print("load average: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
        for label, names in (("by popularity", by_popularity), ("uniform", uniform)):
            asked = []
            for name in names:
                since = START + dt.timedelta(days=rng.randrange(DAYS - 30))
                asked.append(
                    QuoteQuery(actor=name, since=since, until=since + dt.timedelta(days=29))
                )
            for query in asked[:20]:
                index.rows(query)
            latencies, cpu, sizes = [], [], []
            for query in asked:
                t, c = time.perf_counter(), time.process_time()
                rows = index.rows(query)
                cpu.append((time.process_time() - c) * 1000)
                latencies.append((time.perf_counter() - t) * 1000)
                sizes.append(len(rows))
            print(
                f"{label:<14} p50 {percentile(latencies, 50):6.2f} ms   "
                f"p99 {percentile(latencies, 99):6.2f} ms   max {max(latencies):6.1f} ms   "
                f"(CPU p50 {percentile(cpu, 50):5.2f}, p99 {percentile(cpu, 99):5.2f} ms)   "
                f"rows: mean {statistics.mean(sizes):,.0f}, p99 {percentile(sizes, 99):,.0f}"
            )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--parse-sample", type=int, default=300)
    parser.add_argument("--merge-sizes", default="500,1000,2000")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the files here")
    parser.add_argument("--parts", default="parse,merge,index", help="which parts to run")
    parser.add_argument(
        "--reuse", action="store_true", help="query the index already in --workdir, if any"
    )
    parser.add_argument(
        "--build-nice", type=int, default=0, help="run the index build at this niceness"
    )
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # the child's work
    args = parser.parse_args(argv)
    if args.build is not None:
        print(json.dumps(build(args.build, args.articles)))
        return
    print(f"# newsmodel index benchmark — {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        parts = set(args.parts.split(","))
        if "parse" in parts:
            bench_parse(args.parse_sample, workdir)
        if "merge" in parts:
            bench_merge([int(x) for x in args.merge_sizes.split(",") if x])
        if "index" in parts:
            bench_index(args.articles, args.queries, workdir, args.reuse, args.build_nice)


if __name__ == "__main__":
    main()
