"""The ``newsmodel`` command line.

Output goes to standard output (JSON Lines with ``--json`` and for
``parse``), diagnostics to standard error.  A file that cannot be parsed is
named on standard error and the others are still processed; the exit status
is then 1.  Usage errors exit with 2.

Every command that parses files shares the same options (see
``_add_inputs``, ``_add_parsing``, ``_add_chatter``): ``--input-format``,
``--published``, ``-j/--jobs``, ``-q/--quiet`` and ``-v/--verbose``; with
no FILE, standard input is read when it is not a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import io
import json
import os
import shutil
import signal
import sys
from collections.abc import Iterable, Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, NoReturn, TextIO, cast

from newsmodel._api import ParseResult, iter_paths, parse_many
from newsmodel._corpus import Corpus, CorpusActor
from newsmodel._errors import NewsmodelError, QueryError, SchemaError, SourceError
from newsmodel._export import write_csv, write_jsonl, write_parquet
from newsmodel._index import Index, IndexReport, discard, index_error
from newsmodel._json import article_from_dict, article_to_dict
from newsmodel._model import ActorKind, Article, ArticleDate, DateValue, Precision, Source
from newsmodel._pipeline import given_date
from newsmodel._plugins import DISABLE_VARIABLE, PluginManager, installed_plugin_names
from newsmodel._query import QuoteQuery, QuoteRow, Statement, group_statements, select_quotes
from newsmodel._report import render_page, report_data, write_page

__all__ = ["main"]

PROG = "newsmodel"


class _Run:
    """One invocation: its plugins, its output stream and whether anything failed."""

    def __init__(self, out: TextIO, err: TextIO, args: argparse.Namespace) -> None:
        self.out = out
        self.err = err
        self.quiet: bool = getattr(args, "quiet", False)
        self.verbose: bool = getattr(args, "verbose", False)
        self.failed = False
        self._plugins: PluginManager | None = None

    @property
    def plugins(self) -> PluginManager:
        """Every installed plugin; one that fails to load is named once and left out."""
        if self._plugins is None:
            self._plugins = PluginManager()
            for broken in self._plugins.broken:
                self.warn(
                    f"plugin {broken.name} cannot be loaded and is left out: {broken.error} "
                    f"(to silence this: {DISABLE_VARIABLE}={broken.name})"
                )
        return self._plugins

    def warn(self, message: str) -> None:
        print(f"{PROG}: {message}", file=self.err)

    def note(self, message: str) -> None:
        """A message for ``--verbose`` only."""
        if self.verbose:
            self.warn(message)

    def fail(self, path: str, error: NewsmodelError) -> None:
        """Name a file that could not be parsed, and remember the failure."""
        self.failed = True
        where = "<stdin>" if path == "-" else path
        message = str(error)
        for prefix in (f"{path}: ", f"{where}: "):
            message = message.removeprefix(prefix)
        self.warn(f"{where}: {message}")

    def articles(self, args: argparse.Namespace) -> Iterator[Article]:
        """The articles of the command's FILEs, parsed as its options say."""
        paths = list(_expand(args.files, self))
        jobs = args.jobs
        if jobs == 0:
            jobs = min(os.cpu_count() or 1, max(1, len(paths) // _FILES_PER_JOB))
        if any(str(p) == "-" for p in paths):
            jobs = 1  # worker processes cannot share standard input
        plugins = self.plugins  # loaded here even for workers, to name a broken plugin once
        url = getattr(args, "url", None)
        if url is not None:
            results: Iterator[ParseResult] = (
                _parse_one(plugins, path, args.input_format, url, args.published) for path in paths
            )
        else:
            results = parse_many(
                paths,
                format=args.input_format,
                plugins=plugins if jobs == 1 else None,
                jobs=jobs,
                progress=False if self.quiet else None,
                published=args.published,
            )
        parsed = 0
        for result in results:
            if result.article is None:
                assert result.error is not None
                self.fail(result.path, result.error)
                continue
            parsed += 1
            a = result.article
            if not a.text.strip() and not self.quiet:
                self.warn(f"{'<stdin>' if result.path == '-' else result.path}: no text in it")
            self.note(
                f"{'<stdin>' if result.path == '-' else result.path}: {a.format}, "
                f"{len(a.quotes)} quotes, {len(a.actors)} actors, "
                f"published {a.published.value if a.published else 'unknown'}"
            )
            yield a
        self.note(f"{parsed} of {len(paths)} inputs parsed")

    def line(self, obj: dict[str, Any]) -> None:
        self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _parse_one(
    plugins: PluginManager, path: Path, fmt: str | None, url: str, published: ArticleDate | None
) -> ParseResult:
    # --url names where the input came from: plugins read it (a page's links
    # resolve against it), so it goes in with the source, one file at a time.
    try:
        article = plugins.parse(path, format=fmt, url=url, published=published)
    except NewsmodelError as exc:
        return ParseResult(path=str(path), error=exc)
    return ParseResult(path=str(path), article=article)


#: With ``-j 0``, how many files each worker process should have at least.
_FILES_PER_JOB = 8


def _expand(files: Sequence[str], run: _Run) -> Iterator[Path]:
    for f in files:
        if f == "-":
            yield Path("-")
        elif not os.path.exists(f):
            run.failed = True
            run.warn(f"{f}: no such file or directory")
        else:
            found = False
            for path in iter_paths([f]):
                found = True
                yield path
            if not found and not run.quiet:
                run.warn(f"{f}: no files in it (hidden ones are skipped)")


def _cmd_parse(args: argparse.Namespace, run: _Run) -> None:
    for article in run.articles(args):
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


def _shorten(text: str, width: int | None) -> str:
    text = " ".join(text.split())
    if width is None or len(text) <= width:
        return text
    return text[: max(1, width - 1)] + "…"


def _show_date(value: DateValue | None) -> str:
    """A date at its precision; a time to the minute, without seconds or zone."""
    if value is None:
        return "-"
    if value.precision is Precision.TIME:
        return value.value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


def _open_index(path: str) -> Index:
    # Querying a missing file would silently create an empty index.
    if not os.path.exists(path):
        folder = os.path.dirname(path) or "."
        if not os.path.isdir(folder):
            raise SourceError(f"{path}: no such directory: {folder}")
        raise SourceError(
            f"{path}: no such index (make one with: {PROG} index FILE... --db {path})"
        )
    if os.path.isfile(path) and os.path.getsize(path) == 0:
        # SQLite would take an empty file for a new, empty index and answer nothing.
        raise index_error(path, "an empty file, not a newsmodel index")
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
    corpus = Corpus(list(run.articles(args)))
    undated = sum(a.published is None for a in corpus.articles)
    if undated and (args.since or args.until) and not run.quiet:
        # Not an error, but a date range silently leaving them out would look like one.
        run.warn(
            f"{undated} of {len(corpus.articles)} articles state no publication date: "
            "their quotes are in a date range only when the text dates them "
            "(give --published DATE)"
        )
    for record in select_quotes(corpus, query):
        yield QuoteRow.of(record)


def _source_name(source: Source) -> str:
    return Path(source.path or source.url or "-").name or source.url or "-"


def _article_name(row: QuoteRow) -> str:
    """The article column: its title, or its file's name when it has none."""
    return row.article.title or _source_name(row.article.source)


#: The command-line option of each QuoteQuery filter whose name differs.
_OPTION_OF_FILTER = {"text": "--contains"}


def _query(args: argparse.Namespace, **filters: Any) -> QuoteQuery:
    """The query the options ask for; a malformed one is a usage error naming the option."""
    try:
        return QuoteQuery(**filters)
    except QueryError as exc:
        if exc.field is None:
            raise
        option = _OPTION_OF_FILTER.get(exc.field, f"--{exc.field}")
        _usage_error(args, f"{option}: {exc.reason}")


def _usage_error(args: argparse.Namespace, message: str) -> NoReturn:
    """Print the command's usage and ``message``, and exit with status 2."""
    parser: argparse.ArgumentParser = args.command_parser
    parser.error(message)


def _cmd_quotes(args: argparse.Namespace, run: _Run) -> None:
    query = _query(
        args,
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
    if args.format == "jsonl":
        for r in rows:
            run.line(_quote_dict(r))
        return
    if args.format == "csv":
        write_csv(rows, run.out)
        return
    table = [
        (
            _show_date(r.date),
            r.speaker.name if r.speaker else "(unattributed)",
            _article_name(r),
            r.quote.text,
        )
        for r in rows
    ]
    _print_rows(args, run, table, "ARTICLE")


def _print_rows(
    args: argparse.Namespace, run: _Run, rows: Sequence[tuple[str, str, str, str]], source: str
) -> None:
    """Rows of date, speaker, article and quote as a table, TSV or CSV."""
    header = ("DATE", "SPEAKER", source, "QUOTE")
    if args.format == "tsv":
        for row in (header, *rows):
            run.out.write("\t".join(" ".join(cell.split()) for cell in row) + "\n")
        return
    if args.format == "csv":
        writer = csv.writer(run.out, lineterminator="\n")
        writer.writerow([h.lower() for h in header])
        writer.writerows(rows)
        return
    _print_table(run, rows, header)


def _print_table(
    run: _Run, rows: Sequence[tuple[str, str, str, str]], header: tuple[str, str, str, str]
) -> None:
    """An aligned table; cut to the terminal's width only when writing to one."""
    if not rows:
        return
    terminal = _isatty(run.out)
    w_date = max(len(header[0]), *(len(x[0]) for x in rows))
    w_who = max(len(header[1]), *(len(" ".join(x[1].split())) for x in rows))
    w_src = max(len(header[2]), *(len(" ".join(x[2].split())) for x in rows))
    w_text: int | None = None
    if terminal:
        width = shutil.get_terminal_size((120, 24)).columns
        w_who, w_src = min(24, w_who), min(32, w_src)
        w_text = max(20, width - w_date - w_who - w_src - 6)
    run.out.write(
        f"{header[0]:<{w_date}}  {header[1]:<{w_who}}  {header[2]:<{w_src}}  {header[3]}\n"
    )
    for d, who, src, text in rows:
        run.out.write(
            f"{d:<{w_date}}  {_shorten(who, w_who):<{w_who}}  {_shorten(src, w_src):<{w_src}}  "
            f"{_shorten(text, w_text)}\n".rstrip(" ")
        )


def _print_statements(
    args: argparse.Namespace, run: _Run, statements: Sequence[Statement[QuoteRow]]
) -> None:
    if args.format == "jsonl":
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
                _show_date(s.date),
                s.speaker.name if s.speaker else "(unattributed)",
                f"{first} +{more}" if more else first,
                s.text,
            )
        )
    _print_rows(args, run, table, "ARTICLES")


def _export(args: argparse.Namespace, run: _Run, rows: Iterator[QuoteRow]) -> None:
    write = write_csv if args.export == "csv" else write_jsonl
    if args.export != "parquet" and args.output in (None, "-"):
        write(rows, run.out)
        return
    try:
        if args.export == "parquet":
            write_parquet(rows, args.output)
            return
        with open(args.output, "w", encoding="utf-8", newline="") as f:
            write(rows, f)
    except OSError as exc:
        raise NewsmodelError(f"{args.output}: cannot write the export: {_why(exc)}") from exc


def _why(exc: OSError) -> str:
    """What went wrong, in the system's words: "No such file or directory"."""
    # pyarrow's OSErrors carry a long message of their own; errno says it plainly.
    return os.strerror(exc.errno) if exc.errno else str(exc)


def _cmd_actors(args: argparse.Namespace, run: _Run) -> None:
    if args.db:
        with _open_index(args.db) as index:
            actors = index.actors()
            sources = index.article_sources()
    else:
        corpus = Corpus(list(run.articles(args)))
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
        assert result.error is not None
        run.fail(result.path, result.error)

    if args.rebuild:
        # A damaged index cannot be opened: delete it (only if it is an SQLite
        # file) and parse everything again.
        discard(args.db)
    with Index(args.db) as index:
        if args.json_lines:
            report = _index_json_lines(args, run, index)
        else:
            paths = [p for p in args.paths if _exists(p, run)]
            plugins = run.plugins  # loaded here even for workers, to name a broken plugin once
            report = index.update(
                paths,
                format=args.input_format,
                jobs=args.jobs,
                plugins=plugins if args.jobs == 1 else None,
                progress=False if args.quiet else None,
                force=args.force,
                prune=args.prune,
                on_error=failed,
                published=args.published,
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
    if os.path.isdir(path) and not run.quiet and next(iter_paths([path]), None) is None:
        run.warn(f"{path}: no files in it (hidden ones are skipped)")
    return True


def _index_json_lines(args: argparse.Namespace, run: _Run, index: Index) -> IndexReport:
    """Store the articles of JSON Lines inputs; a bad line is named and counted, the rest stored."""
    added = replaced = unchanged = 0
    failed: list[ParseResult] = []
    for path in args.paths:
        where = "<stdin>" if path == "-" else path
        try:
            with _lines_of(path) as lines:
                report = index.add_many(_json_articles(lines, where, run, failed))
        except (OSError, ValueError) as exc:  # unreadable, or not UTF-8 (a ValueError)
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            error = SourceError(f"{where}: {why}")
            failed.append(ParseResult(path=where, error=error))
            run.fail(where, error)
            continue
        added, replaced = added + report.added, replaced + report.replaced
        unchanged += report.unchanged
    index.refresh()
    return IndexReport(added=added, replaced=replaced, unchanged=unchanged, failed=tuple(failed))


def _lines_of(path: str) -> contextlib.AbstractContextManager[TextIO]:
    if path == "-":
        return contextlib.nullcontext(sys.stdin)
    return open(path, encoding="utf-8")


def _json_articles(
    lines: Iterable[str], where: str, run: _Run, failed: list[ParseResult]
) -> Iterator[Article]:
    """The articles of JSON Lines; a line that is none is reported and skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield article_from_dict(json.loads(line))
        except (SchemaError, ValueError) as exc:
            why = f"not JSON ({exc.msg})" if isinstance(exc, json.JSONDecodeError) else str(exc)
            error = SchemaError(f"{where}: line {number}: {why}")
            failed.append(ParseResult(path=f"{where}:{number}", error=error))
            run.fail(where, error)


def _cmd_plugins(args: argparse.Namespace, run: _Run) -> None:
    installed = installed_plugin_names()
    for p in PluginManager().plugins():  # not run.plugins: a broken one is listed, not warned of
        if p.disabled and p.name not in installed:
            # A misspelt name disables nothing: say so rather than list it.
            run.warn(f"{DISABLE_VARIABLE} names {p.name!r}, which is no installed plugin")
            continue
        if p.disabled:
            run.out.write(f"{p.name:<24} {'disabled':<9} ({DISABLE_VARIABLE})\n")
            continue
        if p.error is not None:
            origin = f"{p.distribution} {p.version}: " if p.distribution else ""
            run.out.write(f"{p.name:<24} {'broken':<9} {origin}{p.error}\n")
            continue
        role = "format" if p.is_format else "analysis"
        origin = f"{p.distribution} {p.version}" if p.distribution else "built in"
        run.out.write(f"{p.name:<24} {role:<9} {origin}\n")


def _package_version() -> str:
    try:
        return version("newsmodel")
    except PackageNotFoundError:
        return "unknown"


def _add_inputs(p: argparse.ArgumentParser, *, db: bool = False, format_flag: bool = True) -> None:
    """FILE arguments and the format plugin to read them with."""
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="files or directories; - reads standard input, as does no FILE when it is piped"
        + ("; none with --db" if db else ""),
    )
    flags = ("--input-format", "--format") if format_flag else ("--input-format",)
    p.add_argument(
        *flags,
        dest="input_format",
        metavar="NAME",
        help="read every input with this format plugin (see: plugins)",
    )
    if db:
        p.add_argument(
            "--db", metavar="INDEX", help="query this index (see: index) instead of files"
        )


def _add_parsing(p: argparse.ArgumentParser, *, jobs_default: int = 1) -> None:
    """How files are parsed: their publication date, and in how many processes."""
    p.add_argument(
        "--published",
        type=_published,
        metavar="DATE",
        help="the publication date of inputs that state none (ISO 8601: 2016-10-01); "
        "relative dates resolve against it",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help=f"parse in N processes; 0: one per CPU, or 1 for a few files (default {jobs_default})",
    )
    # -j left unset (None) until the options are checked, so that one given
    # where nothing is parsed (--db) can be refused rather than ignored.
    p.set_defaults(default_jobs=jobs_default)


def _add_chatter(p: argparse.ArgumentParser, *, verbose: bool = True) -> None:
    """-q and -v: how much goes to standard error besides errors."""
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line and no summary, only errors"
    )
    if verbose:
        p.add_argument(
            "-v", "--verbose", action="store_true", help="name each file parsed, with its findings"
        )


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog=PROG,
        description="Turn news articles into a typed model: who said what, about whom, and when.",
        epilog="newsmodel reads files and standard input; it never fetches URLs.",
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {_package_version()}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="print one JSON article per input (JSON Lines)")
    _add_inputs(p)
    _add_parsing(p)
    _add_chatter(p)
    p.add_argument("--url", help="the address the input came from (recorded, never fetched)")
    p.add_argument(
        "--indent", type=int, default=None, help="pretty-print with this indent (not JSON Lines)"
    )
    p.set_defaults(run=_cmd_parse)

    p = sub.add_parser("quotes", help="list quotes across the inputs, filtered by speaker and date")
    _add_inputs(p, db=True, format_flag=False)
    _add_parsing(p)
    _add_chatter(p)
    p.add_argument(
        "--actor",
        metavar="NAME",
        help="only quotes by this actor (any name or alias), joint statements included",
    )
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
    p.add_argument(
        "--format",
        choices=("table", "tsv", "csv", "jsonl"),
        help="how to print: an aligned table (cut to fit only on a terminal; the default), "
        "tab- or comma-separated values, or JSON Lines",
    )
    p.add_argument("--json", action="store_true", help="print JSON Lines (--format jsonl)")
    p.add_argument(
        "--export",
        choices=("csv", "jsonl", "parquet"),
        help="write a flat table, one row per quote (parquet needs pyarrow and --output)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="where --export writes (default: stdout)")
    p.set_defaults(run=_cmd_quotes)

    p = sub.add_parser("actors", help="list the actors of the inputs, merged across articles")
    _add_inputs(p, db=True)
    _add_parsing(p)
    _add_chatter(p)
    p.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in ActorKind],
        help="only actors of this kind (repeatable)",
    )
    p.add_argument("--json", action="store_true", help="print JSON Lines instead of text")
    p.set_defaults(run=_cmd_actors)

    p = sub.add_parser(
        "index",
        help="parse files into an index file, skipping those unchanged since the last run",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or directories (with --json-lines, - or no PATH reads piped standard input)",
    )
    p.add_argument("--db", metavar="INDEX", required=True, help="the index file (made if missing)")
    p.add_argument(
        "--input-format",
        "--format",
        dest="input_format",
        metavar="NAME",
        help="read every input with this format plugin (see: plugins)",
    )
    _add_parsing(p, jobs_default=0)
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
    _add_chatter(p, verbose=False)
    p.set_defaults(run=_cmd_index)

    _report_parser(sub)

    p = sub.add_parser("plugins", help="list the installed plugins, and those disabled")
    p.set_defaults(run=_cmd_plugins)
    for command in sub.choices.values():
        # A usage error is reported with the usage of the command it is in.
        command.set_defaults(command_parser=command)
    return top


def _report_parser(sub: Any) -> None:
    p = sub.add_parser(
        "report", help="write one self-contained HTML page: who said what, when, and where"
    )
    _add_inputs(p, db=True)
    _add_parsing(p)
    p.add_argument(
        "--actor",
        metavar="NAME",
        help="only quotes by this actor (any name or alias), joint statements included",
    )
    p.add_argument("--since", metavar="DATE", help="only quotes said on or after this date")
    p.add_argument("--until", metavar="DATE", help="only quotes said on or before this date")
    p.add_argument("--title", help="the page's title (default: Who said what)")
    p.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="the HTML file to write; - for stdout"
    )
    _add_chatter(p)
    p.set_defaults(run=_cmd_report)


def _cmd_report(args: argparse.Namespace, run: _Run) -> None:
    query = _query(args, actor=args.actor, since=args.since, until=args.until)
    if args.db:
        with _open_index(args.db) as index:
            data = report_data(index, query, title=args.title)
    else:
        data = report_data(Corpus(list(run.articles(args))), query, title=args.title)
    if args.output == "-":
        run.out.write(render_page(data))
        where = "<stdout>"
    else:
        where = str(write_page(data, args.output))
    if not args.quiet:
        run.warn(
            f"{where}: {len(data['quotes']):,} quotes, {len(data['articles']):,} articles, "
            f"{len(data['actors']):,} actors"
        )


def _published(text: str) -> ArticleDate:
    try:
        found = given_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (ISO 8601: 2016-10-01, 2016-10, 2016-10-01T09:30)"
        ) from None
    assert found is not None
    return found


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (automatic) or more")
    return value


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit status.

    ``stdin`` is only asked whether it is a terminal (standard input by
    default): with no FILE, piped input is read as ``-``.
    """
    try:
        return _main(argv, out, err, stdin)
    except KeyboardInterrupt:
        return 128 + signal.SIGINT


def _main(
    argv: Sequence[str] | None, out: TextIO | None, err: TextIO | None, stdin: TextIO | None
) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _check_inputs(args, stdin if stdin is not None else sys.stdin)
    run = _Run(out or sys.stdout or _closed_output(), err or sys.stderr, args)
    _check_format(args, run)
    try:
        args.run(args, run)
        run.out.flush()
    except NewsmodelError as exc:
        run.warn(str(exc))
        return 2 if isinstance(exc, QueryError) else 1
    except BrokenPipeError:
        # The reader went away (`newsmodel parse ... | head`): stop quietly.
        _discard_stdout(run.out)
        return 0
    except OSError as exc:
        # Files the commands open report their own errors as NewsmodelError:
        # what is left is writing the output (a full disk, `> /dev/full`).
        where = f"{exc.filename}" if exc.filename else "standard output: cannot write"
        run.warn(f"{where}: {_why(exc)}")
        _discard_stdout(run.out)
        return 1
    return 1 if run.failed else 0


class _ClosedOutput(io.TextIOBase):
    """Standard output closed by the shell (``>&-``): writing fails as on a closed file."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))


def _closed_output() -> TextIO:
    # Python sets sys.stdout to None when descriptor 1 is closed; commands that
    # write nothing there (index, report -o FILE) must still run.
    return cast(TextIO, _ClosedOutput())


def _discard_stdout(out: TextIO) -> None:
    """Point standard output, when ``out`` is it, at the null device.

    The interpreter flushes standard output as it exits; what could not be
    written would be tried again and reported with a traceback.
    """
    if out is not sys.stdout:
        return
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):  # replaced or closed: nothing to flush
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _check_format(args: argparse.Namespace, run: _Run) -> None:
    """An --input-format that names no installed format is a usage error, not one per file."""
    name = getattr(args, "input_format", None)
    if name is None:
        return
    formats = run.plugins.formats
    if name not in formats:
        installed = ", ".join(formats) or "none"
        _usage_error(
            args, f"--input-format: no format plugin named {name!r} (installed: {installed})"
        )


def _check_inputs(args: argparse.Namespace, stdin: TextIO) -> None:
    """Refuse what cannot be done as asked: an option that would be ignored is an error."""
    piped = not _isatty(stdin)
    parser: argparse.ArgumentParser = args.command_parser
    if args.command == "index":
        if not args.paths:
            if not (args.json_lines and piped):
                parser.error("give PATHs to index (or pipe JSON Lines in with --json-lines)")
            args.paths = ["-"]
        if args.json_lines:
            _refuse_parsing_options(args, "--json-lines (its articles are parsed already)")
    if args.command in ("parse", "quotes", "actors", "report"):
        _check_files(args, parser, piped)
    if args.command == "parse":
        _check_parse(args, parser)
    if args.command == "quotes":
        _check_quotes(args, parser)
    if hasattr(args, "jobs") and args.jobs is None:
        args.jobs = args.default_jobs


def _check_files(args: argparse.Namespace, parser: argparse.ArgumentParser, piped: bool) -> None:
    db = getattr(args, "db", None)
    if db and args.files:
        parser.error("give FILEs or --db, not both")
    if db:
        _refuse_parsing_options(args, "--db (the index holds articles parsed already)")
    elif not args.files:
        if not piped:
            parser.error("give FILEs to read, or --db INDEX, or pipe an article in")
        args.files = ["-"]


def _refuse_parsing_options(args: argparse.Namespace, reason: str) -> None:
    """--input-format, --published and -j say how to parse: refused where nothing is parsed."""
    given = [
        option
        for option, value in (
            ("--input-format", args.input_format),
            ("--published", args.published),
            ("-j/--jobs", args.jobs),
        )
        if value is not None
    ]
    if given:
        _usage_error(args, f"{', '.join(given)}: nothing is parsed with {reason}")


def _check_parse(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    several = len(args.files) > 1 or any(os.path.isdir(f) for f in args.files)
    if args.url is not None and several:
        parser.error("--url names the address of one input: give one FILE")
    if args.indent is not None:
        if args.indent < 0:
            parser.error(f"--indent: must be 0 or more, not {args.indent}")
        if several:
            # Indented articles one after another are neither JSON Lines nor JSON.
            parser.error("--indent prints one article: give one FILE (or leave out --indent)")


def _check_quotes(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if args.json and args.format not in (None, "jsonl"):
        parser.error(f"--json is --format jsonl, not --format {args.format}")
    if args.export is not None:
        if args.format is not None or args.json:
            parser.error("--export writes its own table: leave out --format and --json")
        if args.group:
            parser.error("--export writes one row per quote: leave out --group")
        if args.export == "parquet" and args.output in (None, "-"):
            parser.error("--export parquet needs --output FILE")
    elif args.output is not None:
        parser.error("-o/--output is where --export writes: give --export FORMAT too")
    args.format = "jsonl" if args.json else args.format or "table"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
