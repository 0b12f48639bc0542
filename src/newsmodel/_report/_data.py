"""The report's data: a corpus or an index as one JSON-ready dict.

The page draws everything from this dict, so it is the report's contract
(``docs/report.md`` describes it).  Building it is a pure function of the
articles, their merged actors and the query; the page never sees a model
object.

Article text is laid out here rather than in the browser: each article
becomes paragraphs, the quotes inside them, and flat *segments* carrying
actor mentions, dates, event triggers and reporting cues.  Marks that
overlap are cut where they meet, never dropped, so that the page can nest
one element per segment inside one element per quote without losing a
mark.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from attrs import frozen

from newsmodel._corpus import Corpus, CorpusActor, QuoteRecord, joint_groups
from newsmodel._model import Article, Quote, Span
from newsmodel._query import QuoteQuery

if TYPE_CHECKING:
    from newsmodel._index import Index

__all__ = [
    "CUE",
    "DATE",
    "EVENT",
    "MENTION",
    "REPORT_SCHEMA",
    "Layout",
    "layout",
    "report_data",
]

#: The version of the report's data layout, written into every page.
REPORT_SCHEMA = 1

# Segment flags: what marks cover a segment (several may).
MENTION = 1  #: an actor is mentioned here (a name, a description, a pronoun)
DATE = 2  #: a date expression
EVENT = 4  #: an event's trigger word
CUE = 8  #: the reporting words of a quote ("said", "according to")


class _Mark(NamedTuple):
    start: int
    end: int
    flags: int
    actor: int = -1  # index into the report's actors
    date: int = -1  # index into the article's dates
    event: int = -1  # index into the article's events


@frozen(kw_only=True)
class Layout:
    """One article's text laid out for the page.

    - ``paragraphs``: ``(start, end, kind)`` in text order, covering every
      block and any text between blocks that is not blank.
    - ``quotes``: ``(start, end, quote position)`` inside one paragraph each,
      never overlapping (a quote spanning paragraphs is cut at their edges).
    - ``segments``: ``(start, end, flags, actor, date, event)`` in text order,
      never overlapping, each inside one paragraph and either inside one
      quote piece or outside all of them.
    """

    paragraphs: tuple[tuple[int, int, str], ...]
    quotes: tuple[tuple[int, int, int], ...]
    segments: tuple[tuple[int, int, int, int, int, int], ...]


def _paragraphs(article: Article) -> list[tuple[int, int, str]]:
    text = article.text
    out: list[tuple[int, int, str]] = []
    last = 0

    def gap(start: int, end: int) -> None:
        # Text outside every block is shown rather than silently left out.
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            out.append((start + lead, end - trail, "text"))

    for b in article.blocks:
        gap(last, b.start)
        if b.end > b.start:
            out.append((b.start, b.end, str(b.kind)))
        last = max(last, b.end)
    gap(last, len(text))
    return out


def _cut(spans: Iterable[tuple[int, int]], cuts: Sequence[int]) -> list[tuple[int, int]]:
    """Each span cut at every point of ``cuts`` (sorted) strictly inside it."""
    out = []
    for start, end in spans:
        pos = start
        for c in cuts[bisect.bisect_right(cuts, start) : bisect.bisect_left(cuts, end)]:
            out.append((pos, c))
            pos = c
        out.append((pos, end))
    return out


def _within(
    paragraphs: Sequence[tuple[int, int, str]], ends: Sequence[int], start: int, end: int
) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` that lie inside paragraphs (``ends``: their ends)."""
    out = []
    # Paragraphs are ordered and disjoint, so their ends are sorted too.
    for p_start, p_end, _kind in paragraphs[bisect.bisect_right(ends, start) :]:
        if p_start >= end:
            break
        lo, hi = max(start, p_start), min(end, p_end)
        if lo < hi:
            out.append((lo, hi))
    return out


def layout(article: Article, marks: Sequence[_Mark]) -> Layout:
    """Lay out ``article``'s paragraphs, quotes and ``marks`` as :class:`Layout` describes."""
    paragraphs = _paragraphs(article)
    ends = [p[1] for p in paragraphs]
    # Quotes: the earliest (then longest) wins where two overlap.
    quotes: list[tuple[int, int, int]] = []
    taken_until = -1
    by_place = sorted(enumerate(article.quotes), key=lambda t: (t[1].start, -t[1].end, t[0]))
    for n, q in by_place:
        if q.start < taken_until or q.end == q.start:
            continue
        taken_until = q.end
        quotes.extend((lo, hi, n) for lo, hi in _within(paragraphs, ends, q.start, q.end))
    quotes.sort()
    # Segments: every mark boundary, quote edge and paragraph edge is a cut.
    cuts = sorted(
        {m.start for m in marks}
        | {m.end for m in marks}
        | {x for q in quotes for x in q[:2]}
        | {x for p in paragraphs for x in p[:2]}
    )
    pieces: dict[tuple[int, int], list[_Mark]] = {}
    for m in marks:
        for part in _within(paragraphs, ends, m.start, m.end):
            for piece in _cut([part], cuts):
                pieces.setdefault(piece, []).append(m)
    segments = []
    for (start, end), covering in sorted(pieces.items()):
        flags = 0
        actor = date = event = -1
        for m in covering:
            flags |= m.flags
            actor = m.actor if actor < 0 else actor
            date = m.date if date < 0 else date
            event = m.event if event < 0 else event
        segments.append((start, end, flags, actor, date, event))
    return Layout(paragraphs=tuple(paragraphs), quotes=tuple(quotes), segments=tuple(segments))


# -- the corpus view ----------------------------------------------------------


@frozen(kw_only=True)
class _View:
    """What the report needs of a corpus or an index, through their public API."""

    articles: Sequence[Article]
    actors: Sequence[CorpusActor]
    find_actors: Callable[[str], list[CorpusActor]]

    def member_map(self) -> dict[tuple[int, str], CorpusActor]:
        return {m: a for a in self.actors for m in a.members}


def _view(source: Corpus | Index) -> _View:
    if isinstance(source, Corpus):
        return _View(articles=source.articles, actors=source.actors, find_actors=source.find_actors)
    # An index's actors refer to articles by their position in corpus order,
    # which is the order Index.articles() yields them in.
    return _View(
        articles=list(source.articles()),
        actors=source.actors(),
        find_actors=source.find_actors,
    )


def _select(
    view: _View, members: dict[tuple[int, str], CorpusActor], query: QuoteQuery
) -> list[tuple[int, int, QuoteRecord]]:
    """``(article position, quote position, record)`` of the matching quotes.

    The same selection as :func:`newsmodel.select_quotes` (tests hold it to
    that), kept with the positions the page links quotes by.
    """
    lo, hi = query.bounds()
    wanted = None if query.actor is None else {a.id for a in view.find_actors(query.actor)}
    if wanted:
        # A joint statement is each member's, as select_quotes has it.
        groups = joint_groups(view.articles, members)
        wanted |= {g for w in list(wanted) for g in groups.get(w, ())}
    out = []
    for i, article in enumerate(view.articles):
        published = article.published.value if article.published else None
        for n, q in enumerate(article.quotes):
            speaker = members.get((i, q.speaker)) if q.speaker is not None else None
            if wanted is not None and (speaker is None or speaker.id not in wanted):
                continue
            date = q.said_on or published
            if lo or hi:
                if date is None:
                    continue
                if lo and date.last_day < lo:
                    continue
                if hi and date.date > hi:
                    continue
            record = QuoteRecord(quote=q, article=article, speaker=speaker, date=date)
            if query.keeps(record):
                out.append((i, n, record))
    out.sort(key=lambda t: t[2].date.date if t[2].date else dt.date.max)
    return out


# -- the dict -----------------------------------------------------------------


def _span(s: Span | None) -> list[int] | None:
    return None if s is None else [s.start, s.end]


def _outlet(article: Article) -> str | None:
    if article.site_name:
        return article.site_name
    for url in (article.canonical_url, article.source.url):
        if url:
            try:
                host = urlsplit(url).hostname
            except ValueError:
                continue
            if host:
                return host.removeprefix("www.")
    return None


def _filters(query: QuoteQuery) -> dict[str, str]:
    out = {}
    for name in ("actor", "since", "until", "outlet", "source", "text"):
        value = getattr(query, name)
        if value is not None:
            out[name] = value.isoformat() if isinstance(value, dt.date) else str(value)
    return out


def _article_marks(
    article: Article,
    position: int,
    members: dict[tuple[int, str], CorpusActor],
    actor_index: dict[str, int],
) -> list[_Mark]:
    def who(actor_id: str | None) -> int:
        if actor_id is None:
            return -1
        actor = members.get((position, actor_id))
        return -1 if actor is None else actor_index.get(actor.id, -1)

    marks: list[_Mark] = []
    for a in article.actors:
        n = who(a.id)
        marks.extend(_Mark(start=m.start, end=m.end, flags=MENTION, actor=n) for m in a.mentions)
    for q in article.quotes:
        n = who(q.speaker)
        spans = [q.speaker_mention]
        if q.attribution is not None:
            spans.append(q.attribution.antecedent)
        marks.extend(
            _Mark(start=s.start, end=s.end, flags=MENTION, actor=n) for s in spans if s is not None
        )
        if q.cue_span is not None:
            marks.append(_Mark(start=q.cue_span.start, end=q.cue_span.end, flags=CUE))
    for k, d in enumerate(article.dates):
        marks.append(_Mark(start=d.start, end=d.end, flags=DATE, date=k))
    for k, e in enumerate(article.events):
        triggers = [(s.start, s.end) for s in e.mentions] or [(e.start, e.end)]
        marks.extend(_Mark(start=a, end=b, flags=EVENT, event=k) for a, b in triggers)
    return [m for m in marks if m.end > m.start]


def _article_dict(
    article: Article,
    position: int,
    members: dict[tuple[int, str], CorpusActor],
    actor_index: dict[str, int],
    quote_number: dict[tuple[int, int], int],
) -> dict[str, Any]:
    lay = layout(article, _article_marks(article, position, members, actor_index))

    def name(actor_id: str) -> str:
        actor = article.actor(actor_id)
        return actor.name if actor is not None else actor_id

    return {
        "title": article.title,
        "source": article.source.path or article.source.url,
        "url": article.canonical_url or article.source.url,
        "outlet": _outlet(article),
        "published": article.published.value.isoformat() if article.published else None,
        "authors": list(article.authors),
        "text": article.text,
        "paragraphs": [list(p) for p in lay.paragraphs],
        # Quote pieces point at the report's quotes; -1 for a quote the query left out.
        "quotes": [[s, e, quote_number.get((position, n), -1)] for s, e, n in lay.quotes],
        "segments": [list(s) for s in lay.segments],
        "dates": [
            {"text": d.text, "value": d.value.isoformat() if d.value else None, "anchor": d.anchor}
            for d in article.dates
        ],
        "events": [
            {
                "kind": e.kind,
                "category": e.category,
                "trigger": e.trigger,
                "modality": str(e.modality),
                "date": e.date.isoformat() if e.date else None,
                "location": e.location,
                "participants": [name(p) for p in e.participants],
            }
            for e in article.events
        ],
    }


def _quote_dict(position: int, record: QuoteRecord, actor_index: dict[str, int]) -> dict[str, Any]:
    q: Quote = record.quote
    article = record.article
    reporter = article.actor(q.reported_by)
    attribution = q.attribution
    return {
        "article": position,
        "id": q.id,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "speaker": None if record.speaker is None else actor_index[record.speaker.id],
        "date": record.date.isoformat() if record.date else None,
        # Whether the date is when the words were said or when the article appeared.
        "dated": "said" if q.said_on else ("published" if record.date else None),
        "cue": q.cue,
        "cueSpan": _span(q.cue_span),
        "mention": _span(q.speaker_mention),
        "rule": attribution.rule if attribution is not None else None,
        "antecedent": _span(attribution.antecedent if attribution is not None else None),
        "partial": q.partial,
        "reportedBy": reporter.name if reporter is not None else None,
    }


def report_data(
    source: Corpus | Index, query: QuoteQuery | None = None, *, title: str | None = None
) -> dict[str, Any]:
    """The report of ``source`` as a JSON-ready dict: actors, quotes and articles.

    ``query`` selects the quotes (speaker, dates, outlet, source, words), as
    :func:`newsmodel.select_quotes` does.  Without filters every article is
    included; with filters, only the articles that hold a selected quote.
    Actors are those the included articles mention, merged across articles,
    most quoted first.  ``docs/report.md`` documents every field.
    """
    query = query or QuoteQuery()
    view = _view(source)
    members = view.member_map()
    selected = _select(view, members, query)
    filtered = bool(_filters(query))
    # Unfiltered, every article shows; filtered, those with a selected quote.
    kept = sorted({i for i, _n, _r in selected}) if filtered else list(range(len(view.articles)))
    article_number = {i: k for k, i in enumerate(kept)}
    # Actors: those the kept articles mention, most quoted first.
    quoted: dict[str, int] = {}
    for _i, _n, r in selected:
        if r.speaker is not None:
            quoted[r.speaker.id] = quoted.get(r.speaker.id, 0) + 1
    actors = [a for a in view.actors if any(i in article_number for i, _ in a.members)]
    actors.sort(key=lambda a: (-quoted.get(a.id, 0), a.name.casefold()))
    actor_index = {a.id: k for k, a in enumerate(actors)}
    quote_number = {(i, n): k for k, (i, n, _r) in enumerate(selected)}
    return {
        "schema": REPORT_SCHEMA,
        "title": title or "Who said what",
        "filters": _filters(query),
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "roles": list(a.roles),
                "quotes": quoted.get(a.id, 0),
                "articles": len({i for i, _ in a.members if i in article_number}),
                "mergedBecause": list(a.reasons),
            }
            for a in actors
        ],
        "quotes": [_quote_dict(article_number[i], r, actor_index) for i, _n, r in selected],
        "articles": [
            _article_dict(
                view.articles[i],
                i,
                members,
                actor_index,
                quote_number,
            )
            for i in kept
        ],
    }
