"""A corpus: many articles, one identity per actor, and quote queries across them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, TypeVar, cast

from attrs import field, frozen

from newsmodel._analysis.dates import coerce_reference
from newsmodel._analysis.lexicon import fold, given_names
from newsmodel._errors import QueryError
from newsmodel._identity import (
    PersonProfile,
    bare_name,
    decide,
    first_name,
    first_names_differ,
    given_name_initials,
    given_names_differ,
    name_key,
    role_words,
    same_person,
    surname_key,
    surname_of,
)
from newsmodel._model import Actor, ActorKind, Article, DateValue, Quote

__all__ = ["Corpus", "CorpusActor", "QuoteRecord", "date_bound", "find_actors", "merge_actors"]


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


def date_bound(value: object, name: str) -> dt.date | None:
    try:
        return coerce_reference(value)
    except (TypeError, ValueError) as exc:
        reason = f"not a date: {value!r}"
        raise QueryError(f"{name}: {reason}", field=name, reason=reason) from exc


def _articles(value: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(value)


def find_actors(actors: Sequence[CorpusActor], name: str) -> list[CorpusActor]:
    """The actors called ``name`` (any alias; case and diacritics ignored).

    A surname alone finds every person of that surname; a full name in a
    spelling the corpus has not seen finds the person it would be merged
    with.  Titles and honorifics before a name do not stop a match ("Sen.
    Hale", "Mr. Hale" find Hale): articles keep them among an actor's roles,
    not in its names.
    """
    if not name.strip():
        raise QueryError("an actor name cannot be empty")
    key = fold(name)
    exact = [a for a in actors if key in {fold(n) for n in a.names}]
    if exact:
        return exact
    bare = bare_name(name)
    if bare != name:
        return find_actors(actors, bare)
    out = []
    for a in actors:
        if a.kind != ActorKind.PERSON:
            continue
        similar = any(same_person(name, n) for n in a.names if len(n.split()) > 1)
        same_surname = len(name.split()) == 1 and any(
            surname_key(surname_of(n)) == surname_key(name) for n in a.names
        )
        if similar or same_surname:
            out.append(a)
    return out


@frozen
class Corpus:
    """Articles with their actors merged across articles.

    Build it from parsed articles; it is immutable, and merging is
    deterministic: the same articles in the same order give the same actors.
    """

    articles: tuple[Article, ...] = field(converter=_articles)
    actors: tuple[CorpusActor, ...] = field(init=False)
    _by_member: dict[tuple[int, str], CorpusActor] = field(init=False, repr=False, eq=False)
    _groups_with: dict[str, frozenset[str]] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        actors = _merge_actors(self.articles)
        by_member = {m: a for a in actors for m in a.members}
        object.__setattr__(self, "actors", tuple(actors))
        object.__setattr__(self, "_by_member", by_member)
        object.__setattr__(self, "_groups_with", joint_groups(self.articles, by_member))

    def actor_of(self, article_index: int, actor_id: str | None) -> CorpusActor | None:
        """The corpus actor an article's actor belongs to."""
        if actor_id is None:
            return None
        return self._by_member.get((article_index, actor_id))

    def find_actors(self, name: str) -> list[CorpusActor]:
        """The actors called ``name``; see :func:`find_actors`."""
        return find_actors(self.actors, name)

    def quotes(
        self,
        *,
        actor: str | None = None,
        since: object = None,
        until: object = None,
    ) -> list[QuoteRecord]:
        """The quotes matching every filter given, sorted by date.

        ``actor`` is any name or alias of the speaker, or of a member of a
        group that speaks (``Actor.consists_of``: "Ruiz and Hale said"); ``since``
        and ``until`` (dates or ISO strings, inclusive) bound when the words
        were said, falling back to the publication date.
        """
        lo, hi = date_bound(since, "since"), date_bound(until, "until")
        wanted = None
        if actor is not None:
            wanted = {a.id for a in self.find_actors(actor)}
            # A joint statement is each member's: "Ruiz and Hale said" is found by "Hale".
            wanted |= {g for w in list(wanted) for g in self._groups_with.get(w, ())}
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


def joint_groups(
    articles: Sequence[Article], by_member: dict[tuple[int, str], CorpusActor]
) -> dict[str, frozenset[str]]:
    """For each corpus actor, the groups it is a member of (by corpus actor id)."""
    out: dict[str, set[str]] = {}
    for i, article in enumerate(articles):
        for a in article.actors:
            group = by_member.get((i, a.id)) if a.consists_of else None
            if group is None:
                continue
            for local in a.consists_of:
                member = by_member.get((i, local))
                if member is not None and member.id != group.id:
                    out.setdefault(member.id, set()).add(group.id)
    return {k: frozenset(v) for k, v in out.items()}


class _Member(NamedTuple):
    """What the merge keeps of an article's actor: not its mentions, only their count."""

    id: str
    name: str
    kind: ActorKind
    names: tuple[str, ...]
    roles: tuple[str, ...]
    mention_count: int
    consists_of: tuple[str, ...] = ()

    @classmethod
    def of(cls, actor: Actor, shared: dict[object, object]) -> _Member:
        """The member of ``actor``; equal values are stored once through ``shared``."""
        return cls(
            _once(actor.id, shared),
            _once(actor.name, shared),
            actor.kind,
            _once(actor.names, shared),
            _once(actor.roles, shared),
            len(actor.mentions),
            actor.consists_of,
        )


T = TypeVar("T")


def _once(value: T, shared: dict[object, object]) -> T:
    """``value``, or the equal value stored before: one copy of each for many articles."""
    return cast(T, shared.setdefault(value, value))


#: The people of one article: (actor id, surname key) pairs.
_People = tuple[tuple[str, str], ...]


def _people(article: Article, shared: dict[object, object]) -> _People:
    """Each person of an article with their surname key, for :func:`_company`."""
    pairs = tuple(
        (_once(a.id, shared), _once(surname_key(surname_of(a.name)), shared))
        for a in article.actors
        if a.kind is ActorKind.PERSON
    )
    return _once(pairs, shared)


def _company(people: _People, actor_id: str) -> set[str]:
    """The surname keys of the other people named in the article."""
    return {k for other, k in people if other != actor_id}


def _blocks(name: str) -> set[str]:
    """Blocking keys: names that could be one person share at least one.

    An initial of the first name (its own or its formal form's: Bob and Robert
    share "r") with the start or the end of the surname key, so that Witkoff /
    Uitkoff (same ending) and Zelensky / Zelenskyy (same start) meet while most
    pairs of names are never compared.
    """
    words = bare_name(name).split()
    if not words:
        return set()
    initials = given_name_initials(words[0]) or frozenset({""})
    key = surname_key(surname_of(name))
    return {f"{i}|{end}" for i in initials for end in (f"<{key[:3]}", f">{key[-3:]}")}


def _strength(reason: str) -> int:
    """How sure a merge reason is: plainer reasons are merged first."""
    for rank, marker in enumerate(("same name", "same first name", "forms of one", "initial")):
        if marker in reason:
            return rank
    return 4


def merge_actors(articles: Iterable[Article]) -> list[CorpusActor]:
    """The corpus actors of ``articles`` (in corpus order), as :class:`Corpus` merges them.

    The articles are read once, one at a time, and only what the merge needs
    of their actors is kept: a stream of articles is merged without holding
    them all in memory.
    """
    return _merge_actors(articles)


def _merge_actors(articles: Iterable[Article]) -> list[CorpusActor]:
    items: list[tuple[int, _Member]] = []
    people: list[_People] = []
    # Articles name the same people and roles over and over: store each value once.
    shared: dict[object, object] = {}
    for art in articles:
        i = len(people)
        items.extend((i, _Member.of(a, shared)) for a in art.actors)
        people.append(_people(art, shared))
    del shared
    uf = _UnionFind(len(items))
    reasons: dict[int, list[str]] = {}

    def full_person(a: _Member) -> bool:
        return a.kind is ActorKind.PERSON and len(a.name.split()) > 1

    # Each group's full-name people by article: two people one article names with
    # different first names (Joe and Hunter Biden) are never merged, however a third
    # spelling elsewhere ("J. Biden") links to both.  And each group's first names:
    # a merge never joins two that cannot be one person's, so a shared link (Alex
    # Petrov) cannot chain Alexander to Alexandra.  Only groups that merged keep
    # them; a lone actor's are made from it when asked for: a big corpus holds
    # hundreds of thousands of actors, and the merge must stay small.
    named: dict[int, dict[int, tuple[str, ...]]] = {}
    firsts: dict[int, set[str]] = {}
    one_name: dict[str, tuple[str, ...]] = {}

    def named_of(root: int) -> dict[int, tuple[str, ...]]:
        group = named.get(root)
        if group is not None:
            return group
        i, a = items[root]
        return {i: one_name.setdefault(a.name, (a.name,))} if full_person(a) else {}

    def firsts_of(root: int) -> set[str]:
        group = firsts.get(root)
        if group is not None:
            return group
        a = items[root][1]
        given = first_name(a.name) if full_person(a) else None
        return {given} if given else set()

    def conflicts(x: int, y: int) -> bool:
        rx, ry = uf.find(x), uf.find(y)
        fx, fy = firsts_of(rx), firsts_of(ry)
        if any(given_names_differ(a, b) for a in fx for b in fy):
            return True
        gx, gy = named_of(rx), named_of(ry)
        if len(gx) > len(gy):
            gx, gy = gy, gx
        for article, names in gx.items():
            for other in gy.get(article, ()):
                if any(first_names_differ(a, other) for a in names):
                    return True
        return False

    def union(x: int, y: int) -> bool:
        rx, ry = uf.find(x), uf.find(y)
        if not uf.union(x, y):
            return False
        root = uf.find(x)
        # The smaller group goes into the larger: a name said in thousands of
        # articles is joined in time linear in them, not quadratic.
        fx, fy = firsts_of(rx), firsts_of(ry)
        if len(fx) < len(fy):
            fx, fy = fy, fx
        fx |= fy
        gx, gy = named_of(rx), named_of(ry)
        if len(gx) < len(gy):
            gx, gy = gy, gx
        for article, names in gy.items():
            gx[article] = gx.get(article, ()) + names
        for table in (firsts, named):
            table.pop(rx, None)
            table.pop(ry, None)
        firsts[root], named[root] = fx, gx
        return True

    # People with the same full name are one person; compare each distinct
    # name once, with the roles and company of all its mentions pooled.
    by_name: dict[str, list[int]] = {}
    for n, (_i, a) in enumerate(items):
        if a.kind is ActorKind.PERSON and len(a.name.split()) > 1:
            # Compared without descriptors: "Republican Donald Trump" is "Donald Trump".
            by_name.setdefault(name_key(bare_name(a.name)), []).append(n)
    profiles: dict[str, PersonProfile] = {}
    for key, members in by_name.items():
        for m in members[1:]:
            union(members[0], m)
        first = items[members[0]][1]
        profiles[key] = PersonProfile(
            name=first.name,
            roles={r for m in members for r in items[m][1].roles},
            company={c for m in members for c in _company(people[items[m][0]], items[m][1].id)},
        )
    blocks: dict[str, list[str]] = {}
    for key, profile in profiles.items():
        for block in _blocks(profile.name):
            blocks.setdefault(block, []).append(key)
    compared: set[tuple[str, str]] = set()
    merges: list[tuple[int, int, int, str]] = []
    for names in blocks.values():
        for x, name_a in enumerate(names):
            for name_b in names[x + 1 :]:
                pair = (name_a, name_b) if name_a < name_b else (name_b, name_a)
                if pair in compared:
                    continue
                compared.add(pair)
                d = decide(profiles[pair[0]], profiles[pair[1]])
                if d.same:
                    na, nb = by_name[pair[0]][0], by_name[pair[1]][0]
                    reason = f"{profiles[pair[0]].name} = {profiles[pair[1]].name}: {d.reason}"
                    merges.append((_strength(d.reason), min(na, nb), max(na, nb), reason))
    # The surest merges first: a nickname or a prefix links last, and only where
    # the group it would join holds no first name it cannot share.
    for _rank, na, nb, reason in sorted(merges):
        if uf.find(na) != uf.find(nb) and not conflicts(na, nb) and union(na, nb):
            reasons.setdefault(na, []).append(reason)
    # Single names join the one full-name person whose surname they are.
    by_surname: dict[str, set[int]] = {}
    for members in by_name.values():
        last = surname_of(items[members[0]][1].name)
        by_surname.setdefault(surname_key(last), set()).add(members[0])
    # A surname no full name in the corpus carries is one person wherever it is
    # used alone; a given name alone ("Sophia") is too common to say so.
    lone: dict[str, int] = {}
    group_roles: dict[int, set[str]] = {}
    for members in by_name.values():
        root = uf.find(members[0])
        for m in members:
            group_roles.setdefault(root, set()).update(role_words(items[m][1].roles))
    for n, (_i, a) in enumerate(items):
        if a.kind is ActorKind.PERSON and len(a.name.split()) == 1:
            key = surname_key(a.name)
            roots = {uf.find(m) for m in by_surname.get(key, ())}
            if len(roots) > 1:
                # "Gov. Reed" among Tom and Samuel Reed: the one whose roles it shares.
                mine = role_words(a.roles)
                roots = {r for r in roots if mine & group_roles.get(r, set())}
            if len(roots) == 1:
                target = roots.pop()
                if union(n, target):
                    reasons.setdefault(min(n, target), []).append(
                        f"{a.name} is the surname of one person only"
                    )
            elif not by_surname.get(key) and key and fold(a.name).strip(".") not in given_names():
                if key not in lone:
                    lone[key] = n
                elif union(n, lone[key]):
                    reasons.setdefault(lone[key], []).append(
                        f"{a.name}: a surname no full name in the corpus carries"
                    )
    # Everything else by name and kind.
    seen: dict[tuple[str, str], int] = {}
    for n, (_i, a) in enumerate(items):
        if a.kind is ActorKind.PERSON or a.consists_of:
            continue
        same = (name_key(a.name), a.kind.value)
        if same in seen:
            uf.union(seen[same], n)
        else:
            seen[same] = n
    # A group of named members by name and by its members, once they are merged:
    # "Hale and Ruiz" of one article is another's only when each Hale is one Hale.
    at = {(i, a.id): n for n, (i, a) in enumerate(items) if not a.consists_of}
    seen_groups: dict[tuple[str, str, frozenset[int]], int] = {}
    for n, (i, a) in enumerate(items):
        if not a.consists_of:
            continue
        parts = frozenset(uf.find(at[i, m]) if (i, m) in at else -n - 1 for m in a.consists_of)
        group_key = (name_key(a.name), a.kind.value, parts)
        if group_key in seen_groups:
            uf.union(seen_groups[group_key], n)
        else:
            seen_groups[group_key] = n
    groups: dict[int, list[int]] = {}
    for n in range(len(items)):
        groups.setdefault(uf.find(n), []).append(n)
    out = []
    for number, root in enumerate(sorted(groups), start=1):
        group_items = [items[n] for n in groups[root]]
        why = [r for n in groups[root] for r in reasons.get(n, [])]
        out.append(_combine(f"c{number}", group_items, why))
    return out


def _combine(cid: str, members: Iterable[tuple[int, _Member]], reasons: list[str]) -> CorpusActor:
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
        counts[a.name] = counts.get(a.name, 0) + a.mention_count
    # Descriptors do not make a name fuller: "Donald Trump" over "Republican Donald Trump".
    name = max(
        counts,
        key=lambda n: (len(bare_name(n).split()), n == bare_name(n), counts[n], -names.index(n)),
    )
    return CorpusActor(
        id=cid,
        name=name,
        kind=members[0][1].kind.value,
        aliases=tuple(n for n in names if n != name),
        roles=tuple(roles),
        members=tuple((i, a.id) for i, a in members),
        reasons=tuple(reasons),
    )
