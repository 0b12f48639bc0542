"""The ``newsmodel`` command line.

Output goes to standard output (JSON Lines with ``--json`` and for
``parse``), diagnostics to standard error.  A file that cannot be parsed is
named on standard error and the others are still processed; the exit status
is then 1.  Usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
from collections.abc import Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TextIO

from newsmodel._api import ParseResult, iter_paths
from newsmodel._corpus import Corpus, CorpusActor
from newsmodel._errors import NewsmodelError, SourceError
from newsmodel._export import write_csv, write_jsonl, write_parquet
from newsmodel._index import Index, IndexReport, discard
from newsmodel._json import article_to_dict
from newsmodel._model import Article, Source
from newsmodel._plugins import PluginManager
from newsmodel._query import QuoteQuery, QuoteRow, Statement, group_statements, select_quotes

__all__ = ["main"]

PROG = "newsmodel"


class _Run:
    """One invocation: its plugins, its output stream and whether anything failed."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out = out
        self.err = err
        self.failed = False
        self._plugins: PluginManager | None = None

    @property
    def plugins(self) -> PluginManager:
        if self._plugins is None:
            self._plugins = PluginManager()
        return self._plugins

    def warn(self, message: str) -> None:
        print(f"{PROG}: {message}", file=self.err)

    def articles(
        self, files: Sequence[str], fmt: str | None, url: str | None = None
    ) -> Iterator[Article]:
        for path in _expand(files, self):
            try:
                yield self.plugins.parse(path, format=fmt, url=url)
            except NewsmodelError as exc:
                self.failed = True
                message = str(exc)
                where = "<stdin>" if str(path) == "-" else str(path)
                self.warn(message if message.startswith(where) else f"{where}: {message}")

    def line(self, obj: dict[str, Any]) -> None:
        self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _expand(files: Sequence[str], run: _Run) -> Iterator[Path]:
    for f in files:
        if f == "-":
            yield Path("-")
        elif not os.path.exists(f):
            run.failed = True
            run.warn(f"{f}: no such file or directory")
        else:
            yield from iter_paths([f])


def _cmd_parse(args: argparse.Namespace, run: _Run) -> None:
    for article in run.articles(args.files, args.format, args.url):
        run.out.write(json.dumps(article_to_dict(article), ensure_ascii=False, indent=args.indent))
        run.out.write("\n")
        run.out.flush()


def _speaker_dict(actor: CorpusActor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "roles": list(actor.roles),
    }


def _quote_dict(r: QuoteRow) -> dict[str, Any]:
    q = r.quote
    return {
        "text": q.text,
        "speaker": _speaker_dict(r.speaker),
        "date": r.date.isoformat() if r.date else None,
        "said_on": q.said_on.isoformat() if q.said_on else None,
        "cue": q.cue,
        "partial": q.partial,
        "reported_by": r.reported_by,
        "article": {
            "path": r.article.source.path,
            "url": r.article.source.url,
            "title": r.article.title,
            "published": r.article.published.value.isoformat() if r.article.published else None,
        },
        "quote_id": q.id,
        "start": q.start,
        "end": q.end,
    }


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def _open_index(path: str) -> Index:
    # Querying a missing file would silently create an empty index.
    if not os.path.exists(path):
        raise SourceError(
            f"{path}: no such index (make one with: {PROG} index FILE... --db {path})"
        )
    return Index(path)


def _query_rows(args: argparse.Namespace, run: _Run, query: QuoteQuery) -> Iterator[QuoteRow]:
    if args.db:
        # Opened (and checked) now, so that a bad index fails before any output.
        return _index_rows(_open_index(args.db), query)
    return _corpus_rows(args, run, query)


def _index_rows(index: Index, query: QuoteQuery) -> Iterator[QuoteRow]:
    with index:
        yield from index.iter_rows(query)


def _corpus_rows(args: argparse.Namespace, run: _Run, query: QuoteQuery) -> Iterator[QuoteRow]:
    corpus = Corpus(list(run.articles(args.files, args.format)))
    for record in select_quotes(corpus, query):
        yield QuoteRow.of(record)


def _source_name(source: Source) -> str:
    return Path(source.path or source.url or "-").name


def _cmd_quotes(args: argparse.Namespace, run: _Run) -> None:
    query = QuoteQuery(
        actor=args.actor,
        since=args.since,
        until=args.until,
        outlet=args.outlet,
        source=args.source,
        text=args.contains,
    )
    rows = _query_rows(args, run, query)
    if args.export:
        _export(args, run, rows)
        return
    if args.group:
        _print_statements(args, run, group_statements(rows))
        return
    if args.json:
        for r in rows:
            run.line(_quote_dict(r))
        return
    table = [
        (
            r.date.isoformat() if r.date else "-",
            r.speaker.name if r.speaker else "(unattributed)",
            r.quote.text,
            _source_name(r.article.source),
        )
        for r in rows
    ]
    _print_table(run, table, "ARTICLE")


def _print_table(run: _Run, rows: Sequence[tuple[str, str, str, str]], last: str) -> None:
    if not rows:
        return
    width = shutil.get_terminal_size((120, 24)).columns
    w_date = max(4, *(len(x[0]) for x in rows))
    w_who = min(24, max(7, *(len(x[1]) for x in rows)))
    w_src = min(24, max(7, *(len(x[3]) for x in rows)))
    w_text = max(20, width - w_date - w_who - w_src - 6)
    run.out.write(f"{'DATE':<{w_date}}  {'SPEAKER':<{w_who}}  {'QUOTE':<{w_text}}  {last}\n")
    for d, who, text, src in rows:
        run.out.write(
            f"{d:<{w_date}}  {_shorten(who, w_who):<{w_who}}  {_shorten(text, w_text):<{w_text}}  "
            f"{_shorten(src, w_src)}\n"
        )


def _print_statements(
    args: argparse.Namespace, run: _Run, statements: Sequence[Statement[QuoteRow]]
) -> None:
    if args.json:
        for s in statements:
            run.line(
                {
                    "text": s.text,
                    "speaker": _speaker_dict(s.speaker),
                    "date": s.date.isoformat() if s.date else None,
                    "count": s.count,
                    "sources": [src.path or src.url for src in s.sources],
                    "quotes": [_quote_dict(r) for r in s.records],
                }
            )
        return
    table = []
    for s in statements:
        first = _source_name(s.sources[0])
        more = len(s.sources) - 1
        table.append(
            (
                s.date.isoformat() if s.date else "-",
                s.speaker.name if s.speaker else "(unattributed)",
                s.text,
                f"{first} +{more}" if more else first,
            )
        )
    _print_table(run, table, "ARTICLES")


def _export(args: argparse.Namespace, run: _Run, rows: Iterator[QuoteRow]) -> None:
    if args.export == "parquet":
        write_parquet(rows, args.output)
        return
    write = write_csv if args.export == "csv" else write_jsonl
    if args.output in (None, "-"):
        write(rows, run.out)
        return
    with open(args.output, "w", encoding="utf-8", newline="") as f:
        write(rows, f)


def _cmd_actors(args: argparse.Namespace, run: _Run) -> None:
    if args.db:
        with _open_index(args.db) as index:
            actors = index.actors()
            sources = index.article_sources()
    else:
        corpus = Corpus(list(run.articles(args.files, args.format)))
        actors = list(corpus.actors)
        sources = [a.source for a in corpus.articles]
    for a in actors:
        if args.kind and a.kind not in args.kind:
            continue
        articles = sorted({i for i, _ in a.members})
        if args.json:
            run.line(
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "aliases": list(a.aliases),
                    "roles": list(a.roles),
                    "articles": [sources[i].path or sources[i].url for i in articles],
                    "merged_because": list(a.reasons),
                }
            )
        else:
            extra = f" (also: {', '.join(a.aliases)})" if a.aliases else ""
            roles = f"; {', '.join(a.roles)}" if a.roles else ""
            run.out.write(f"{a.name} [{a.kind}]{extra}{roles} — {len(articles)} article(s)\n")


def _cmd_index(args: argparse.Namespace, run: _Run) -> None:
    def failed(result: ParseResult) -> None:
        run.failed = True
        message = str(result.error)
        run.warn(message if message.startswith(result.path) else f"{result.path}: {message}")

    if args.rebuild:
        # A damaged index cannot be opened: delete it (only if it is an SQLite
        # file) and parse everything again.
        discard(args.db)
    with Index(args.db) as index:
        if args.json_lines:
            report = _index_json_lines(args, run, index)
        else:
            paths = [p for p in args.paths if _exists(p, run)]
            report = index.update(
                paths,
                format=args.format,
                jobs=args.jobs,
                plugins=run.plugins if args.jobs == 1 else None,
                progress=False if args.quiet else None,
                force=args.force,
                prune=args.prune,
                on_error=failed,
            )
        if not args.quiet:
            stats = index.stats()
            run.warn(
                f"{args.db}: {report.added} added, {report.replaced} replaced, "
                f"{report.unchanged} unchanged, {report.removed} removed, "
                f"{len(report.failed)} failed; {stats['articles']:,} articles, "
                f"{stats['quotes']:,} quotes, {stats['actors']:,} actors"
            )


def _exists(path: str, run: _Run) -> bool:
    if path == "-":
        run.failed = True
        run.warn("-: standard input cannot be indexed as a file (use --json-lines)")
        return False
    if not os.path.exists(path):
        run.failed = True
        run.warn(f"{path}: no such file or directory")
        return False
    return True


def _index_json_lines(args: argparse.Namespace, run: _Run, index: Index) -> IndexReport:
    added = replaced = unchanged = 0
    for path in args.paths:
        try:
            if path == "-":
                report = index.add_json_lines(sys.stdin)
            else:
                with open(path, encoding="utf-8") as f:
                    report = index.add_json_lines(f)
        except OSError as exc:
            run.failed = True
            run.warn(f"{path}: {exc.strerror or exc}")
            continue
        except NewsmodelError as exc:
            run.failed = True
            run.warn(f"{path}: {exc}")
            continue
        added, replaced = added + report.added, replaced + report.replaced
        unchanged += report.unchanged
    index.refresh()
    return IndexReport(added=added, replaced=replaced, unchanged=unchanged)


def _cmd_plugins(args: argparse.Namespace, run: _Run) -> None:
    for p in run.plugins.plugins():
        role = "format" if p.is_format else "analysis"
        origin = f"{p.distribution} {p.version}" if p.distribution else "built in"
        run.out.write(f"{p.name:<24} {role:<9} {origin}\n")


def _package_version() -> str:
    try:
        return version("newsmodel")
    except PackageNotFoundError:
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog=PROG,
        description="Turn news articles into a typed model: who said what, about whom, and when.",
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {_package_version()}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def files(p: argparse.ArgumentParser, *, db: bool = False) -> None:
        p.add_argument(
            "files",
            nargs="*" if db else "+",
            metavar="FILE",
            help="files or directories; - reads standard input"
            + ("; none with --db" if db else ""),
        )
        p.add_argument("--format", metavar="NAME", help="read every input with this format plugin")
        if db:
            p.add_argument(
                "--db", metavar="INDEX", help="query this index (see: index) instead of files"
            )

    p = sub.add_parser("parse", help="print one JSON article per input (JSON Lines)")
    files(p)
    p.add_argument("--url", help="the address the input came from")
    p.add_argument(
        "--indent", type=int, default=None, help="pretty-print with this indent (not JSON Lines)"
    )
    p.set_defaults(run=_cmd_parse)

    p = sub.add_parser("quotes", help="list quotes across the inputs, filtered by speaker and date")
    files(p, db=True)
    p.add_argument("--actor", metavar="NAME", help="only quotes by this actor (any name or alias)")
    p.add_argument(
        "--since", metavar="DATE", help="only quotes said on or after this date (YYYY-MM-DD)"
    )
    p.add_argument(
        "--until", metavar="DATE", help="only quotes said on or before this date (YYYY-MM-DD)"
    )
    p.add_argument(
        "--outlet",
        metavar="NAME",
        help="only quotes published or relayed by this outlet (site name, web host, or 'per X')",
    )
    p.add_argument(
        "--source", metavar="PREFIX", help="only quotes from articles whose path or URL starts so"
    )
    p.add_argument("--contains", metavar="WORDS", help="only quotes containing these words")
    p.add_argument(
        "--group",
        action="store_true",
        help="one line per statement: copies of the same words by the same speaker together",
    )
    p.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")
    p.add_argument(
        "--export",
        choices=("csv", "jsonl", "parquet"),
        help="write a flat table, one row per quote (parquet needs pyarrow and --output)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="where --export writes (default: stdout)")
    p.set_defaults(run=_cmd_quotes)

    p = sub.add_parser("actors", help="list the actors of the inputs, merged across articles")
    files(p, db=True)
    p.add_argument("--kind", action="append", help="only actors of this kind (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON Lines instead of text")
    p.set_defaults(run=_cmd_actors)

    p = sub.add_parser(
        "index",
        help="parse files into an index file, skipping those unchanged since the last run",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    p.add_argument("--db", metavar="INDEX", required=True, help="the index file (made if missing)")
    p.add_argument("--format", metavar="NAME", help="read every input with this format plugin")
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=0,
        metavar="N",
        help="parse in N processes (default 0: one per CPU, or 1 for a few files)",
    )
    p.add_argument("--force", action="store_true", help="parse every file again")
    p.add_argument(
        "--rebuild",
        action="store_true",
        help="delete the index (a damaged one, say) and build it again from PATH",
    )
    p.add_argument(
        "--prune", action="store_true", help="remove articles of files under PATH that are gone"
    )
    p.add_argument(
        "--json-lines",
        action="store_true",
        help="the inputs are articles as JSON Lines (the output of parse); - reads stdin",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line and no summary, only errors"
    )
    p.set_defaults(run=_cmd_index)

    p = sub.add_parser("plugins", help="list the installed plugins")
    p.set_defaults(run=_cmd_plugins)
    return top


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (automatic) or more")
    return value


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    _check_inputs(parser, args)
    run = _Run(out or sys.stdout, err or sys.stderr)
    try:
        args.run(args, run)
        run.out.flush()
    except NewsmodelError as exc:
        run.warn(str(exc))
        return 2 if exc.__class__.__name__ == "QueryError" else 1
    except BrokenPipeError:
        # The reader went away (`newsmodel parse ... | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
    return 1 if run.failed else 0


def _check_inputs(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.command not in ("quotes", "actors"):
        return
    sub = f"{PROG} {args.command}"
    if args.db and args.files:
        parser.error(f"{sub}: give FILEs or --db, not both")
    if not args.db and not args.files:
        parser.error(f"{sub}: give FILEs to read, or --db INDEX")
    if args.command == "quotes" and args.export == "parquet" and args.output in (None, "-"):
        parser.error(f"{sub}: --export parquet needs --output FILE")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
