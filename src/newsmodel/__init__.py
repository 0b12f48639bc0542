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
