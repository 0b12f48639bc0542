"""Queries: a :class:`QuoteQuery` as SQL over the quote rows, and rows back as objects."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsmodel._analysis.lexicon import fold
from newsmodel._corpus import CorpusActor
from newsmodel._model import ArticleDate, Attribution, DateValue, Quote, Source, Span
from newsmodel._query import ArticleInfo, QuoteQuery, QuoteRow

__all__ = ["quote_sql", "read_row"]

_QUOTE_COLUMNS = (
    "q.id, q.article, q.position, q.speaker_actor, q.date, q.reporter, q.qid, q.text, q.start, "
    "q.stop, q.speaker, q.mention_start, q.mention_stop, q.cue, q.cue_start, q.cue_stop, "
    "q.said_on, q.said_on_start, q.said_on_stop, q.reported_by, q.partial, q.continues, "
    "q.rule, q.antecedent_start, q.antecedent_stop, "
    "a.path, a.url, a.title, a.published, a.published_origin, a.site_name"
)


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


def _read_span(start: int | None, stop: int | None) -> Span | None:
    return None if start is None or stop is None else Span(start=start, end=stop)


def _date(iso: str, seen: dict[str, DateValue]) -> DateValue:
    value = seen.get(iso)
    if value is None:
        value = seen[iso] = DateValue.parse(iso)
    return value


def read_row(
    r: Sequence[Any],
    speaker: Callable[[int | None], CorpusActor | None],
    infos: dict[int, ArticleInfo],
    dates: dict[str, DateValue],
) -> QuoteRow:
    """The :class:`QuoteRow` of a row of :func:`quote_sql`'s columns.

    ``infos`` and ``dates`` are caches shared by many rows: rows share
    articles, and dates even more (``dates`` may outlive a query).
    """
    (
        _id, article_id, _position, speaker_actor, date, reporter, qid, text, start, stop,
        speaker_id, m_start, m_stop, cue, c_start, c_stop, said_on, s_start, s_stop,
        reported_by, partial, continues, rule, a_start, a_stop,
        path, url, title, published, origin, site_name, *_sort_key,
    ) = r  # fmt: skip
    info = infos.get(article_id)
    if info is None:
        info = infos[article_id] = ArticleInfo(
            source=Source(path=path, url=url),
            title=title,
            published=None
            if published is None
            else ArticleDate(value=_date(published, dates), origin=origin),
            site_name=site_name,
        )
    quote = Quote(
        id=qid,
        text=text,
        start=start,
        end=stop,
        speaker=speaker_id,
        speaker_mention=_read_span(m_start, m_stop),
        cue=cue,
        cue_span=_read_span(c_start, c_stop),
        said_on=None if said_on is None else _date(said_on, dates),
        said_on_span=_read_span(s_start, s_stop),
        reported_by=reported_by,
        partial=bool(partial),
        continues=bool(continues),
        attribution=None
        if rule is None
        else Attribution(rule=rule, antecedent=_read_span(a_start, a_stop)),
    )
    return QuoteRow(
        quote=quote,
        speaker=speaker(speaker_actor),
        date=None if date is None else _date(date, dates),
        article=info,
        reported_by=reporter,
    )
