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

from newsmodel._api import iter_paths
from newsmodel._corpus import Corpus, CorpusActor, QuoteRecord
from newsmodel._errors import NewsmodelError
from newsmodel._json import article_to_dict
from newsmodel._model import Article
from newsmodel._plugins import PluginManager

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


def _quote_dict(r: QuoteRecord) -> dict[str, Any]:
    q = r.quote
    reporter = r.article.actor(q.reported_by)
    return {
        "text": q.text,
        "speaker": _speaker_dict(r.speaker),
        "date": r.date.isoformat() if r.date else None,
        "said_on": q.said_on.isoformat() if q.said_on else None,
        "cue": q.cue,
        "partial": q.partial,
        "reported_by": reporter.name if reporter else None,
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


def _cmd_quotes(args: argparse.Namespace, run: _Run) -> None:
    corpus = Corpus(list(run.articles(args.files, args.format)))
    records = corpus.quotes(actor=args.actor, since=args.since, until=args.until)
    if args.json:
        for r in records:
            run.line(_quote_dict(r))
        return
    width = shutil.get_terminal_size((120, 24)).columns
    rows = [
        (
            r.date.isoformat() if r.date else "-",
            r.speaker.name if r.speaker else "(unattributed)",
            r.quote.text,
            Path(r.article.source.path or r.article.source.url or "-").name,
        )
        for r in records
    ]
    if not rows:
        return
    w_date = max(4, *(len(x[0]) for x in rows))
    w_who = min(24, max(7, *(len(x[1]) for x in rows)))
    w_src = min(24, max(7, *(len(x[3]) for x in rows)))
    w_text = max(20, width - w_date - w_who - w_src - 6)
    run.out.write(f"{'DATE':<{w_date}}  {'SPEAKER':<{w_who}}  {'QUOTE':<{w_text}}  ARTICLE\n")
    for d, who, text, src in rows:
        run.out.write(
            f"{d:<{w_date}}  {_shorten(who, w_who):<{w_who}}  {_shorten(text, w_text):<{w_text}}  "
            f"{_shorten(src, w_src)}\n"
        )


def _cmd_actors(args: argparse.Namespace, run: _Run) -> None:
    corpus = Corpus(list(run.articles(args.files, args.format)))
    for a in corpus.actors:
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
                    "articles": [
                        corpus.articles[i].source.path or corpus.articles[i].source.url
                        for i in articles
                    ],
                    "merged_because": list(a.reasons),
                }
            )
        else:
            extra = f" (also: {', '.join(a.aliases)})" if a.aliases else ""
            roles = f"; {', '.join(a.roles)}" if a.roles else ""
            run.out.write(f"{a.name} [{a.kind}]{extra}{roles} — {len(articles)} article(s)\n")


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

    def files(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "files", nargs="+", metavar="FILE", help="files or directories; - reads standard input"
        )
        p.add_argument("--format", metavar="NAME", help="read every input with this format plugin")

    p = sub.add_parser("parse", help="print one JSON article per input (JSON Lines)")
    files(p)
    p.add_argument("--url", help="the address the input came from")
    p.add_argument(
        "--indent", type=int, default=None, help="pretty-print with this indent (not JSON Lines)"
    )
    p.set_defaults(run=_cmd_parse)

    p = sub.add_parser("quotes", help="list quotes across the inputs, filtered by speaker and date")
    files(p)
    p.add_argument("--actor", metavar="NAME", help="only quotes by this actor (any name or alias)")
    p.add_argument(
        "--since", metavar="DATE", help="only quotes said on or after this date (YYYY-MM-DD)"
    )
    p.add_argument(
        "--until", metavar="DATE", help="only quotes said on or before this date (YYYY-MM-DD)"
    )
    p.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")
    p.set_defaults(run=_cmd_quotes)

    p = sub.add_parser("actors", help="list the actors of the inputs, merged across articles")
    files(p)
    p.add_argument("--kind", action="append", help="only actors of this kind (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON Lines instead of text")
    p.set_defaults(run=_cmd_actors)

    p = sub.add_parser("plugins", help="list the installed plugins")
    p.set_defaults(run=_cmd_plugins)
    return top


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
