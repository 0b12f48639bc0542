"""newsmodel: news articles as a typed, queryable model.

Parse an article and ask who said what::

    import newsmodel
    from pathlib import Path

    article = newsmodel.parse(Path("story.html"))
    for quote in article.quotes:
        speaker = article.speaker(quote)
        print(speaker.name if speaker else "?", "said", quote.text)

Everything extracted (actors, quotes, events, dates) points back at the exact
characters of :attr:`Article.text` it came from.  Source formats are
plugins (see :mod:`newsmodel.hookspecs`); :class:`Corpus` merges actors
across articles and answers quote queries.
"""

# The names are imported when first used (PEP 562), not with the package: the
# command line starts by importing ``newsmodel.cli``, and a Ctrl-C during a
# heavy import at the top of the package would be a traceback nothing can catch.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    __version__: str  # the installed distribution's version, read when first asked for
    from newsmodel._analysis.dates import find_dates
    from newsmodel._api import ParseResult, iter_paths, parse, parse_many, parse_record
    from newsmodel._corpus import Corpus, CorpusActor, QuoteRecord
    from newsmodel._document import Document
    from newsmodel._errors import (
        InputTooLargeError,
        NewsmodelError,
        PluginError,
        QueryError,
        SchemaError,
        SourceError,
        UnknownFormatError,
    )
    from newsmodel._export import (
        QUOTE_COLUMNS,
        MissingDependencyError,
        article_rows,
        quote_row_dict,
        write_csv,
        write_jsonl,
        write_parquet,
    )
    from newsmodel._findings import Findings
    from newsmodel._index import Index, IndexFileError, IndexReport
    from newsmodel._json import SCHEMA_VERSION, article_from_dict, article_to_dict, dumps, loads
    from newsmodel._model import (
        Actor,
        ActorKind,
        Article,
        ArticleDate,
        Attribution,
        Auxiliary,
        Block,
        BlockKind,
        DateMention,
        DateOrigin,
        DateValue,
        Debris,
        Event,
        Mention,
        MentionKind,
        Modality,
        OffsetMap,
        Precision,
        Quote,
        Source,
        Span,
    )
    from newsmodel._plugins import ENTRY_POINT_GROUP, PluginInfo, PluginManager
    from newsmodel._query import (
        ArticleInfo,
        QuoteQuery,
        QuoteRow,
        Statement,
        group_statements,
        select_quotes,
    )
    from newsmodel._report import report_data, report_html, write_report
    from newsmodel._source import DEFAULT_MAX_BYTES, RawSource
    from newsmodel.hookspecs import hookimpl

#: The module each public name is defined in.
_HOME: dict[str, str] = {
    "Actor": "newsmodel._model",
    "ActorKind": "newsmodel._model",
    "Article": "newsmodel._model",
    "ArticleDate": "newsmodel._model",
    "ArticleInfo": "newsmodel._query",
    "Attribution": "newsmodel._model",
    "Auxiliary": "newsmodel._model",
    "Block": "newsmodel._model",
    "BlockKind": "newsmodel._model",
    "Corpus": "newsmodel._corpus",
    "CorpusActor": "newsmodel._corpus",
    "DEFAULT_MAX_BYTES": "newsmodel._source",
    "DateMention": "newsmodel._model",
    "DateOrigin": "newsmodel._model",
    "DateValue": "newsmodel._model",
    "Debris": "newsmodel._model",
    "Document": "newsmodel._document",
    "ENTRY_POINT_GROUP": "newsmodel._plugins",
    "Event": "newsmodel._model",
    "Findings": "newsmodel._findings",
    "Index": "newsmodel._index",
    "IndexFileError": "newsmodel._index",
    "IndexReport": "newsmodel._index",
    "InputTooLargeError": "newsmodel._errors",
    "Mention": "newsmodel._model",
    "MentionKind": "newsmodel._model",
    "MissingDependencyError": "newsmodel._export",
    "Modality": "newsmodel._model",
    "NewsmodelError": "newsmodel._errors",
    "OffsetMap": "newsmodel._model",
    "ParseResult": "newsmodel._api",
    "PluginError": "newsmodel._errors",
    "PluginInfo": "newsmodel._plugins",
    "PluginManager": "newsmodel._plugins",
    "Precision": "newsmodel._model",
    "QUOTE_COLUMNS": "newsmodel._export",
    "QueryError": "newsmodel._errors",
    "Quote": "newsmodel._model",
    "QuoteQuery": "newsmodel._query",
    "QuoteRecord": "newsmodel._corpus",
    "QuoteRow": "newsmodel._query",
    "RawSource": "newsmodel._source",
    "SCHEMA_VERSION": "newsmodel._json",
    "SchemaError": "newsmodel._errors",
    "Source": "newsmodel._model",
    "SourceError": "newsmodel._errors",
    "Span": "newsmodel._model",
    "Statement": "newsmodel._query",
    "UnknownFormatError": "newsmodel._errors",
    "article_from_dict": "newsmodel._json",
    "article_rows": "newsmodel._export",
    "article_to_dict": "newsmodel._json",
    "dumps": "newsmodel._json",
    "find_dates": "newsmodel._analysis.dates",
    "group_statements": "newsmodel._query",
    "hookimpl": "newsmodel.hookspecs",
    "iter_paths": "newsmodel._api",
    "loads": "newsmodel._json",
    "parse": "newsmodel._api",
    "parse_many": "newsmodel._api",
    "parse_record": "newsmodel._api",
    "quote_row_dict": "newsmodel._export",
    "report_data": "newsmodel._report",
    "report_html": "newsmodel._report",
    "select_quotes": "newsmodel._query",
    "write_csv": "newsmodel._export",
    "write_jsonl": "newsmodel._export",
    "write_parquet": "newsmodel._export",
    "write_report": "newsmodel._report",
}

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ENTRY_POINT_GROUP",
    "QUOTE_COLUMNS",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Article",
    "ArticleDate",
    "ArticleInfo",
    "Attribution",
    "Auxiliary",
    "Block",
    "BlockKind",
    "Corpus",
    "CorpusActor",
    "DateMention",
    "DateOrigin",
    "DateValue",
    "Debris",
    "Document",
    "Event",
    "Findings",
    "Index",
    "IndexFileError",
    "IndexReport",
    "InputTooLargeError",
    "Mention",
    "MentionKind",
    "MissingDependencyError",
    "Modality",
    "NewsmodelError",
    "OffsetMap",
    "ParseResult",
    "PluginError",
    "PluginInfo",
    "PluginManager",
    "Precision",
    "QueryError",
    "Quote",
    "QuoteQuery",
    "QuoteRecord",
    "QuoteRow",
    "RawSource",
    "SchemaError",
    "Source",
    "SourceError",
    "Span",
    "Statement",
    "UnknownFormatError",
    "article_from_dict",
    "article_rows",
    "article_to_dict",
    "dumps",
    "find_dates",
    "group_statements",
    "hookimpl",
    "iter_paths",
    "loads",
    "parse",
    "parse_many",
    "parse_record",
    "quote_row_dict",
    "report_data",
    "report_html",
    "select_quotes",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_report",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value: Any = _version()
    elif name in _HOME:
        value = getattr(importlib.import_module(_HOME[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # found once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsmodel")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"
