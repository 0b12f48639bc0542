"""Quote queries that run the same on a :class:`Corpus` and on an :class:`Index`.

A :class:`QuoteQuery` holds filters (speaker, dates, outlet, source, words);
:func:`select_quotes` runs one over a corpus in memory and
:meth:`Index.quotes` over an index on disk, with the same results.
:class:`QuoteRow` is one quote with what a table needs (the article's
metadata rather than the whole article), and :func:`group_statements`
gathers the copies of one statement that several articles report.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from typing import Any, Generic, Protocol, TypeVar
from urllib.parse import urlsplit

import attrs
from attrs import field, frozen

from newsmodel._analysis.lexicon import fold
from newsmodel._corpus import Corpus, CorpusActor, QuoteRecord, date_bound
from newsmodel._errors import QueryError
from newsmodel._model import Article, ArticleDate, DateValue, Quote, Source

__all__ = [
    "ArticleInfo",
    "QuoteQuery",
    "QuoteRow",
    "Statement",
    "group_statements",
    "outlet_keys",
    "select_quotes",
]


class QuoteSource(Protocol):
    """What a query runs on besides a :class:`Corpus`: anything with ``quotes(query)``.

    :class:`Index` is one; naming the protocol here rather than the class keeps
    queries below the index in the layers (the index imports queries, not
    the reverse).
    """

    def quotes(self, query: QuoteQuery) -> list[QuoteRecord]:
        """The quotes matching ``query``, sorted by date."""
        ...


@frozen(kw_only=True)
class QuoteQuery:
    """Filters on quotes; a quote matches when it passes every filter given.

    - ``actor``: any name or alias of the speaker (as :meth:`Corpus.find_actors`
      finds them: case and diacritics ignored, a surname finds its people), or
      of a member of a group that speaks ("Ruiz and Hale said": ``Actor.consists_of``).
    - ``since`` / ``until``: dates or ISO strings, inclusive, bounding when the
      words were said, falling back to the article's publication date.
    - ``outlet``: who published or relayed the quote: the article's site name,
      the host of its address (``bbc.co.uk``) or the outlet the quote is
      credited to ("per CNN"); case and diacritics ignored.
    - ``source``: the start of the article's path or URL (a folder, a site).
    - ``text``: words the quote contains, case and diacritics ignored.

    Queries are values: :meth:`where` returns a refined copy, so a base query
    can be shared and narrowed step by step.  Results are sorted by date
    (undated quotes last), then in corpus order.
    """

    actor: str | None = None
    since: object = None
    until: object = None
    outlet: str | None = None
    source: str | None = None
    text: str | None = None

    def __attrs_post_init__(self) -> None:
        # Fail on a malformed filter when the query is made, not when it runs.
        self.bounds()
        for name in ("actor", "outlet", "source", "text"):
            value = getattr(self, name)
            if value is not None and not fold(value):
                raise QueryError(f"{name}: cannot be empty", field=name, reason="cannot be empty")

    def where(self, **filters: Any) -> QuoteQuery:
        """A copy with these filters set (``None`` removes one)."""
        unknown = set(filters) - {f.name for f in attrs.fields(QuoteQuery)}
        if unknown:
            raise TypeError(f"unknown quote filter(s): {', '.join(sorted(unknown))}")
        return attrs.evolve(self, **filters)

    def bounds(self) -> tuple[dt.date | None, dt.date | None]:
        """``since`` and ``until`` as dates; :class:`QueryError` for one that is not a date."""
        return date_bound(self.since, "since"), date_bound(self.until, "until")

    def run(self, target: Corpus | QuoteSource) -> list[QuoteRecord]:
        """The matching quotes of a corpus or an index, sorted by date."""
        if isinstance(target, Corpus):
            return select_quotes(target, self)
        return target.quotes(self)

    def keeps(self, record: QuoteRecord) -> bool:
        """Whether ``record`` passes the outlet, source and text filters.

        The speaker and date filters need the corpus; :func:`select_quotes`
        applies them.
        """
        if self.outlet is not None and fold(self.outlet) not in outlet_keys(
            record.article, record.quote
        ):
            return False
        if self.source is not None and not source_matches(record.article.source, self.source):
            return False
        return self.text is None or fold(self.text) in fold(record.quote.text)


def select_quotes(corpus: Corpus, query: QuoteQuery | None = None) -> list[QuoteRecord]:
    """The quotes of ``corpus`` matching ``query``, sorted by date (undated last)."""
    query = query or QuoteQuery()
    records = corpus.quotes(actor=query.actor, since=query.since, until=query.until)
    return [r for r in records if query.keeps(r)]


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def outlet_keys(article: Article, quote: Quote) -> frozenset[str]:
    """The folded names by which ``quote`` matches an ``outlet`` filter.

    The article's site name, the hosts of its addresses, and the names of the
    outlet the quote is credited to.
    """
    keys = {article.site_name, _host(article.canonical_url), _host(article.source.url)}
    reporter = article.actor(quote.reported_by)
    if reporter is not None:
        keys.update(reporter.names)
    return frozenset(k for k in (fold(x) for x in keys if x) if k)


def source_matches(source: Source, prefix: str) -> bool:
    """Whether the article's path or URL starts with ``prefix``."""
    return any(s is not None and s.startswith(prefix) for s in (source.path, source.url))


# -- rows ---------------------------------------------------------------------


@frozen(kw_only=True)
class ArticleInfo:
    """What a quote row keeps of its article: where it came from, its title and dates."""

    source: Source
    title: str | None = None
    published: ArticleDate | None = None
    site_name: str | None = None

    @classmethod
    def of(cls, article: Article) -> ArticleInfo:
        """The info of an article."""
        return cls(
            source=article.source,
            title=article.title,
            published=article.published,
            site_name=article.site_name,
        )


@frozen(kw_only=True)
class QuoteRow:
    """One quote with its corpus-level speaker, its date and its article's metadata.

    The light form of :class:`QuoteRecord` that an index answers with and that
    tables are written from; ``reported_by`` is the name of the outlet the
    quote is credited to.
    """

    quote: Quote
    speaker: CorpusActor | None
    date: DateValue | None
    article: ArticleInfo
    reported_by: str | None = None

    @classmethod
    def of(cls, record: QuoteRecord) -> QuoteRow:
        """The row of a :class:`QuoteRecord`."""
        reporter = record.article.actor(record.quote.reported_by)
        return cls(
            quote=record.quote,
            speaker=record.speaker,
            date=record.date,
            article=ArticleInfo.of(record.article),
            reported_by=reporter.name if reporter is not None else None,
        )


# -- statements ---------------------------------------------------------------


class _Reported(Protocol):
    @property
    def quote(self) -> Quote: ...
    @property
    def speaker(self) -> CorpusActor | None: ...
    @property
    def date(self) -> DateValue | None: ...
    @property
    def article(self) -> _Sourced: ...


class _Sourced(Protocol):
    @property
    def source(self) -> Source: ...


R = TypeVar("R", QuoteRecord, QuoteRow)


@frozen(kw_only=True)
class Statement(Generic[R]):
    """One statement and every copy of it that the corpus reports.

    ``records`` are the copies (quote records or rows) sorted by date;
    ``text`` is the longest wording; ``date`` the earliest.
    """

    speaker: CorpusActor | None
    text: str
    date: DateValue | None
    records: tuple[R, ...] = field(converter=tuple)

    @property
    def sources(self) -> tuple[Source, ...]:
        """The articles that report it, each once, in the order of the records."""
        seen: dict[Source, None] = {}
        for r in self.records:
            seen.setdefault(r.article.source, None)
        return tuple(seen)

    @property
    def count(self) -> int:
        """How many copies: quotes, not articles (an article may repeat a quote)."""
        return len(self.records)


_WORD = re.compile(r"\w+")


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def _shingles(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def _sort_key(record: _Reported) -> dt.date:
    return record.date.date if record.date is not None else dt.date.max


def group_statements(records: Iterable[R], *, similarity: float = 0.9) -> list[Statement[R]]:
    """Group the copies of one statement: the same speaker, near-identical words.

    Texts are compared without case, diacritics or punctuation; two copies
    are one statement when they are equal so compared, or when their
    :class:`difflib.SequenceMatcher` ratio reaches ``similarity`` (short
    quotes of fewer than four words must be equal).  Unattributed quotes are
    never grouped: nothing says two of them are one person's words.
    Statements are sorted by their earliest date (undated last), and a
    group's records by date, so counting statements counts what was said,
    while :attr:`Statement.sources` still lists every article.
    """
    if not 0 < similarity <= 1:
        raise ValueError("similarity must be in (0, 1]")
    groups: list[list[R]] = []
    normal_of: list[str] = []
    # Per speaker: exact normalised text -> group, and word 3-grams -> groups,
    # so a quote is only compared with groups that share words with it.
    exact: dict[tuple[str, str], int] = {}
    by_shingle: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for record in records:
        speaker = record.speaker
        normal = _normal(record.quote.text)
        if speaker is None:
            groups.append([record])
            normal_of.append(normal)
            continue
        found = exact.get((speaker.id, normal))
        words = normal.split()
        if found is None and len(words) >= 4 and similarity < 1:
            best = 0.0
            candidates = {g for s in _shingles(words) for g in by_shingle.get((speaker.id, s), [])}
            for g in sorted(candidates):
                ratio = difflib.SequenceMatcher(None, normal, normal_of[g]).ratio()
                if ratio >= similarity and ratio > best:
                    found, best = g, ratio
        if found is None:
            found = len(groups)
            groups.append([])
            normal_of.append(normal)
            if len(words) >= 4:
                for s in _shingles(words):
                    by_shingle.setdefault((speaker.id, s), []).append(found)
        exact.setdefault((speaker.id, normal), found)
        groups[found].append(record)
    statements = []
    for members in groups:
        members.sort(key=_sort_key)
        statements.append(
            Statement(
                speaker=members[0].speaker,
                text=max((m.quote.text for m in members), key=len),
                date=members[0].date,
                records=members,
            )
        )
    statements.sort(key=lambda s: _sort_key(s.records[0]))
    return statements
