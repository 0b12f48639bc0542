"""Queries: a :class:`QuoteQuery` as SQL over the quote rows, and rows back as objects."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsmodel._analysis.lexicon import fold
from newsmodel._corpus import CorpusActor
from newsmodel._model import ArticleDate, Attribution, DateValue, Quote, Source, Span
from newsmodel._query import ArticleInfo, QuoteQuery, QuoteRow

__all__ = ["ARTICLE", "POSITION", "SPEAKER", "RowReader", "quote_sql"]

# In the order RowReader reads them; the query's sort key comes after.
_QUOTE_COLUMNS = (
    "q.article, q.speaker_actor, q.date, q.reporter, q.qid, q.text, q.start, q.stop, q.speaker, "
    "q.mention_start, q.mention_stop, q.cue, q.cue_start, q.cue_stop, "
    "q.said_on, q.said_on_start, q.said_on_stop, q.reported_by, q.partial, q.continues, "
    "q.rule, q.antecedent_start, q.antecedent_stop, q.position, "
    "a.path, a.url, a.title, a.published, a.published_origin, a.site_name"
)
#: Where the article's number, the speaker's and the quote's position in its article are in a row.
ARTICLE, SPEAKER, POSITION = 0, 1, 23


def quote_sql(
    query: QuoteQuery, speakers: list[int] | None, *, count: bool = False
) -> tuple[str | None, list[Any]]:
    """The SQL and parameters of ``query``; ``None`` when nothing can match.

    ``speakers`` are the numbers of the actors the actor filter found
    (``None`` without an actor filter).
    """
    where: list[str] = []
    params: list[Any] = []
    if speakers is not None:
        if not speakers:
            return None, []
        where.append(f"q.speaker_actor IN ({','.join('?' * len(speakers))})")
        params += speakers
    if query.outlet is not None:
        where.append("q.id IN (SELECT quote FROM quote_outlets WHERE outlet = ?)")
        params.append(fold(query.outlet))
    if query.source is not None:
        n = len(query.source)
        where.append("(substr(a.path, 1, ?) = ? OR substr(a.url, 1, ?) = ?)")
        params += [n, query.source, n, query.source]
    if query.text is not None:
        needle = fold(query.text)
        if len(needle) >= 3:
            # The trigram index narrows the rows; instr() decides, exactly
            # as the in-memory substring test does.
            where.append("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)")
            params.append('"' + needle.replace('"', '""') + '"')
        where.append("instr(q.folded, ?) > 0")
        params.append(needle)
    columns = "count(*)" if count else _QUOTE_COLUMNS
    order = " ORDER BY q.date_lo IS NULL, q.date_lo, q.article, q.position"
    lo, hi = query.bounds()
    if lo is None:
        if hi is not None:
            where.append("q.date_lo <= ?")  # NULL compares false: undated quotes drop out
            params.append(hi.toordinal())
        sql = f"SELECT {columns} FROM quotes q JOIN articles a ON a.id = q.article"
        sql += (" WHERE " + " AND ".join(where) if where else "") + ("" if count else order)
        return sql, params
    # A quote is in range when its first day is, or when it starts before the
    # range and its last day reaches it.  Most quotes cover one day, and the
    # first test is a narrow range of the (speaker, first day) index; the few
    # that cover longer (a month, a decade, "now") have an index of their own.
    # Two queries, not one with OR, so that each uses its index.
    upto = ["q.date_lo <= ?"] if hi is not None else []
    upto_params = [hi.toordinal()] if hi is not None else []
    starts_in = ["q.date_lo >= ?", *upto]
    reaches_in = ["q.date_hi > q.date_lo", "q.date_hi >= ?", "q.date_lo < ?", *upto]
    start_params = [lo.toordinal(), *upto_params]
    reach_params = [lo.toordinal(), lo.toordinal(), *upto_params]
    parts, all_params = [], []
    # SQLite, knowing nothing of how few wide quotes there are, would rather
    # scan every earlier day of the (speaker, first day) index.
    wide = "quotes_wide" if speakers is None else "quotes_speaker_wide"
    for extra, extra_params, index in (
        (starts_in, start_params, ""),
        (reaches_in, reach_params, f" INDEXED BY {wide}"),
    ):
        conditions = " AND ".join([*where, *extra])
        parts.append(
            f"SELECT {'q.id' if count else _QUOTE_COLUMNS + ', q.date_lo AS day'} "
            f"FROM quotes q{index} JOIN articles a ON a.id = q.article WHERE {conditions}"
        )
        all_params += [*params, *extra_params]
    union = " UNION ALL ".join(parts)
    if count:
        return f"SELECT count(*) FROM ({union})", all_params
    return f"SELECT * FROM ({union}) ORDER BY day, article, position", all_params


def _date(iso: str, seen: dict[str, DateValue]) -> DateValue:
    value = seen.get(iso)
    if value is None:
        value = seen[iso] = DateValue.parse(iso)
    return value


class RowReader:
    """Builds the :class:`QuoteRow` of each row of :func:`quote_sql`'s columns.

    A popular speaker's query returns hundreds of rows, and building them is
    most of its time: the reader shares what rows share (an article's
    :class:`ArticleInfo`, dates and publication dates, parsed once) and reads
    columns by position.  ``dates`` may outlive the reader (a corpus has few
    distinct dates); the rest lives for one query.
    """

    __slots__ = ("_dates", "_infos", "_published", "_speaker")

    def __init__(
        self, speaker: Callable[[int | None], CorpusActor | None], dates: dict[str, DateValue]
    ) -> None:
        self._speaker = speaker
        self._dates = dates
        self._infos: dict[int, ArticleInfo] = {}
        self._published: dict[tuple[str, str], ArticleDate] = {}

    def _info(self, r: Sequence[Any]) -> ArticleInfo:
        published, origin = r[27], r[28]
        dated = None
        if published is not None:
            dated = self._published.get((published, origin))
            if dated is None:
                value = _date(published, self._dates)
                dated = self._published[(published, origin)] = ArticleDate(
                    value=value, origin=origin
                )
        info = self._infos[r[ARTICLE]] = ArticleInfo(
            source=Source(path=r[24], url=r[25]), title=r[26], published=dated, site_name=r[29]
        )
        return info

    def read(self, r: Sequence[Any]) -> QuoteRow:
        """The row's :class:`QuoteRow`."""
        # Column numbers are the places in _QUOTE_COLUMNS (24 to 29: the article's).
        info = self._infos.get(r[ARTICLE])
        if info is None:
            info = self._info(r)
        dates = self._dates
        said_on, rule = r[14], r[20]
        quote = Quote(
            id=r[4],
            text=r[5],
            start=r[6],
            end=r[7],
            speaker=r[8],
            speaker_mention=None if r[9] is None or r[10] is None else Span(start=r[9], end=r[10]),
            cue=r[11],
            cue_span=None if r[12] is None or r[13] is None else Span(start=r[12], end=r[13]),
            said_on=None if said_on is None else _date(said_on, dates),
            said_on_span=None if r[15] is None or r[16] is None else Span(start=r[15], end=r[16]),
            reported_by=r[17],
            partial=bool(r[18]),
            continues=bool(r[19]),
            attribution=None
            if rule is None
            else Attribution(
                rule=rule,
                antecedent=None if r[21] is None or r[22] is None else Span(start=r[21], end=r[22]),
            ),
        )
        date = r[2]
        return QuoteRow(
            quote=quote,
            speaker=self._speaker(r[SPEAKER]),
            date=None if date is None else _date(date, dates),
            article=info,
            reported_by=r[3],
        )
