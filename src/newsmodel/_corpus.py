"""A corpus: many articles, one identity per actor, and quote queries across them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

from attrs import field, frozen

from newsmodel._analysis.dates import coerce_reference
from newsmodel._analysis.lexicon import fold
from newsmodel._errors import QueryError
from newsmodel._identity import PersonProfile, decide, name_key, same_person, surname_key
from newsmodel._model import Actor, ActorKind, Article, DateValue, Quote

__all__ = ["Corpus", "CorpusActor", "QuoteRecord"]


@frozen(kw_only=True)
class CorpusActor:
    """One actor across a corpus: every article-level actor that is the same one.

    ``members`` are ``(article index, actor id)`` pairs; ``reasons`` say why
    each merge was made.
    """

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    members: tuple[tuple[int, str], ...]
    reasons: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


@frozen(kw_only=True)
class QuoteRecord:
    """A quote with its article, its corpus-level speaker and its date.

    ``date`` is when it was said when the text says so, else the article's
    publication date.
    """

    quote: Quote
    article: Article
    speaker: CorpusActor | None
    date: DateValue | None


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def _date_bound(value: object, name: str) -> dt.date | None:
    try:
        return coerce_reference(value)
    except (TypeError, ValueError) as exc:
        raise QueryError(f"--{name}: not a date: {value!r}") from exc


def _articles(value: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(value)


@frozen
class Corpus:
    """Articles with their actors merged across articles.

    Build it from parsed articles; it is immutable, and merging is
    deterministic: the same articles in the same order give the same actors.
    """

    articles: tuple[Article, ...] = field(converter=_articles)
    actors: tuple[CorpusActor, ...] = field(init=False)
    _by_member: dict[tuple[int, str], CorpusActor] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        actors = _merge_actors(self.articles)
        object.__setattr__(self, "actors", tuple(actors))
        object.__setattr__(self, "_by_member", {m: a for a in actors for m in a.members})

    def actor_of(self, article_index: int, actor_id: str | None) -> CorpusActor | None:
        """The corpus actor an article's actor belongs to."""
        if actor_id is None:
            return None
        return self._by_member.get((article_index, actor_id))

    def find_actors(self, name: str) -> list[CorpusActor]:
        """The actors called ``name`` (any alias; case and diacritics ignored).

        A surname alone finds every person of that surname; a full name in a
        spelling the corpus has not seen finds the person it would be merged
        with.
        """
        if not name.strip():
            raise QueryError("an actor name cannot be empty")
        key = fold(name)
        exact = [a for a in self.actors if key in {fold(n) for n in a.names}]
        if exact:
            return exact
        out = []
        for a in self.actors:
            if a.kind != ActorKind.PERSON:
                continue
            similar = any(same_person(name, n) for n in a.names if len(n.split()) > 1)
            same_surname = len(name.split()) == 1 and any(
                surname_key(n.split()[-1]) == surname_key(name) for n in a.names
            )
            if similar or same_surname:
                out.append(a)
        return out

    def quotes(
        self,
        *,
        actor: str | None = None,
        since: object = None,
        until: object = None,
    ) -> list[QuoteRecord]:
        """The quotes matching every filter given, sorted by date.

        ``actor`` is any name or alias of the speaker; ``since`` and
        ``until`` (dates or ISO strings, inclusive) bound when the words were
        said, falling back to the publication date.
        """
        lo, hi = _date_bound(since, "since"), _date_bound(until, "until")
        wanted = None
        if actor is not None:
            wanted = {a.id for a in self.find_actors(actor)}
        out = []
        for record in self.iter_quotes():
            if wanted is not None and (record.speaker is None or record.speaker.id not in wanted):
                continue
            if lo or hi:
                if record.date is None:
                    continue
                if lo and record.date.last_day < lo:
                    continue
                if hi and record.date.date > hi:
                    continue
            out.append(record)
        return sorted(out, key=lambda r: r.date.date if r.date else dt.date.max)

    def iter_quotes(self) -> Iterator[QuoteRecord]:
        """Every quote of every article, in article order."""
        for i, article in enumerate(self.articles):
            published = article.published.value if article.published else None
            for q in article.quotes:
                yield QuoteRecord(
                    quote=q,
                    article=article,
                    speaker=self.actor_of(i, q.speaker),
                    date=q.said_on or published,
                )


def _profiles(articles: Sequence[Article]) -> dict[tuple[int, str], PersonProfile]:
    """Each article's people with their roles and the people named around them."""
    out = {}
    for i, article in enumerate(articles):
        people = [a for a in article.actors if a.kind is ActorKind.PERSON]
        keys = {a.id: surname_key(a.name.split()[-1]) for a in people}
        for a in people:
            company = {k for other, k in keys.items() if other != a.id}
            out[(i, a.id)] = PersonProfile(name=a.name, roles=a.roles, company=company)
    return out


def _merge_actors(articles: Sequence[Article]) -> list[CorpusActor]:
    items: list[tuple[int, Actor]] = [(i, a) for i, art in enumerate(articles) for a in art.actors]
    uf = _UnionFind(len(items))
    reasons: dict[int, list[str]] = {}
    profiles = _profiles(articles)
    full = [
        (n, it)
        for n, it in enumerate(items)
        if it[1].kind is ActorKind.PERSON and len(it[1].name.split()) > 1
    ]
    # Block by surname initial so that comparisons stay near-linear on large corpora;
    # transliterations that change the first letter (Witkoff / Uitkoff) share a block
    # through the first-name initial instead.
    blocks: dict[str, list[tuple[int, Actor, int]]] = {}
    for n, (i, a) in full:
        first, last = a.name.split()[0], a.name.split()[-1]
        for block_key in {f"s:{surname_key(last)[:1]}", f"f:{fold(first)[:1]}"}:
            blocks.setdefault(block_key, []).append((n, a, i))
    compared: set[tuple[int, int]] = set()
    for block in blocks.values():
        for x, (n, a, ia) in enumerate(block):
            for m, b, ib in block[x + 1 :]:
                pair = (min(n, m), max(n, m))
                if pair in compared or uf.find(n) == uf.find(m):
                    continue
                compared.add(pair)
                d = decide(profiles[(ia, a.id)], profiles[(ib, b.id)])
                if d.same and uf.union(n, m):
                    reasons.setdefault(min(n, m), []).append(f"{a.name} = {b.name}: {d.reason}")
    # Single names join the one full-name person whose surname they are.
    for n, (_i, a) in enumerate(items):
        if a.kind is ActorKind.PERSON and len(a.name.split()) == 1:
            matches = {
                uf.find(m)
                for m, (_j, b) in full
                if surname_key(b.name.split()[-1]) == surname_key(a.name)
            }
            if len(matches) == 1:
                target = matches.pop()
                if uf.union(n, target):
                    reasons.setdefault(min(n, target), []).append(
                        f"{a.name} is the surname of one person only"
                    )
    # Everything else by name and kind.
    seen: dict[tuple[str, str], int] = {}
    for n, (_i, a) in enumerate(items):
        if a.kind is ActorKind.PERSON:
            continue
        key = (name_key(a.name), a.kind.value)
        if key in seen:
            uf.union(seen[key], n)
        else:
            seen[key] = n
    groups: dict[int, list[int]] = {}
    for n in range(len(items)):
        groups.setdefault(uf.find(n), []).append(n)
    out = []
    for number, root in enumerate(sorted(groups), start=1):
        members = [items[n] for n in groups[root]]
        why = [r for n in groups[root] for r in reasons.get(n, [])]
        out.append(_combine(f"c{number}", members, why))
    return out


def _combine(cid: str, members: Iterable[tuple[int, Actor]], reasons: list[str]) -> CorpusActor:
    members = list(members)
    names: list[str] = []
    roles: list[str] = []
    for _i, a in members:
        for n in a.names:
            if n not in names:
                names.append(n)
        for r in a.roles:
            if r not in roles:
                roles.append(r)
    # The fullest name mentioned most often.
    counts: dict[str, int] = {}
    for _i, a in members:
        counts[a.name] = counts.get(a.name, 0) + len(a.mentions)
    name = max(counts, key=lambda n: (len(n.split()), counts[n], -names.index(n)))
    return CorpusActor(
        id=cid,
        name=name,
        kind=members[0][1].kind.value,
        aliases=tuple(n for n in names if n != name),
        roles=tuple(roles),
        members=tuple((i, a.id) for i, a in members),
        reasons=tuple(reasons),
    )
