"""Refreshing the corpus actors: the merge over every stored article, streamed.

Corpus actors are not computed here: after articles change, every stored
article is handed, in corpus order, to the same merge that :class:`Corpus`
runs, and what it returns is stored.  The articles are decoded one at a
time as the merge reads them, so memory holds the merge's own state (a few
fields per actor), never every article.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from newsmodel._analysis.lexicon import fold
from newsmodel._corpus import CorpusActor, merge_actors
from newsmodel._index._write import Transaction, decode_body
from newsmodel._model import Article

__all__ = ["ActorMerge", "actor_from_row", "corpus_actors", "is_stale", "refresh_actors"]

#: Computes the corpus actors of articles given in corpus order, as an iterable
#: that is read once.
ActorMerge = Callable[[Iterable[Article]], Sequence[CorpusActor]]


def corpus_actors(articles: Iterable[Article]) -> Sequence[CorpusActor]:
    """The corpus actors :class:`Corpus` finds in ``articles`` (the default merge)."""
    return merge_actors(articles)


def is_stale(db: sqlite3.Connection) -> bool:
    """Whether articles changed since the actors were last merged."""
    row = db.execute("SELECT value FROM meta WHERE key = 'actors_stale'").fetchone()
    return bool(row and row[0] == "1")


def _stream(db: sqlite3.Connection, ids: Sequence[int]) -> Iterator[Article]:
    # One body at a time, by primary key: no cursor stays open across the
    # merge's work, and nothing but the current article is held.
    for article_id in ids:
        row = db.execute("SELECT body FROM bodies WHERE article = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(f"article {article_id} has no body")
        yield decode_body(row[0])


def _noting_groups(
    articles: Iterable[Article], ids: Sequence[int], groups: list[tuple[int, str, str]]
) -> Iterator[Article]:
    """The articles as they are, noting each (article, group, member) on the way."""
    for article_id, article in zip(ids, articles, strict=True):
        groups.extend((article_id, a.id, m) for a in article.actors for m in a.consists_of)
        yield article


def refresh_actors(db: sqlite3.Connection, merge: ActorMerge) -> None:
    """Merge the actors again and store them, in one transaction."""
    ids = [r[0] for r in db.execute("SELECT article FROM bodies ORDER BY article")]
    groups: list[tuple[int, str, str]] = []
    actors = merge(_noting_groups(_stream(db, ids), ids, groups))
    with Transaction(db):
        for table in ("actors", "actor_names", "members", "joint"):
            db.execute(f"DELETE FROM {table}")
        for number, a in enumerate(actors, start=1):
            db.execute(
                "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    number,
                    a.id,
                    a.name,
                    a.kind,
                    json.dumps(a.aliases, ensure_ascii=False),
                    json.dumps(a.roles, ensure_ascii=False),
                    json.dumps(a.members, ensure_ascii=False),
                    json.dumps(a.reasons, ensure_ascii=False),
                ),
            )
            db.executemany(
                "INSERT INTO actor_names VALUES (?, ?)",
                [(k, number) for k in sorted({fold(n) for n in a.names})],
            )
            db.executemany(
                "INSERT OR REPLACE INTO members VALUES (?, ?, ?)",
                [(ids[i], local, number) for i, local in a.members],
            )
        db.execute(
            "UPDATE quotes SET speaker_actor = (SELECT m.actor FROM members m "
            "WHERE m.article = quotes.article AND m.local = quotes.speaker)"
        )
        db.executemany(
            "INSERT OR IGNORE INTO joint SELECT m.actor, g.actor FROM members m, members g "
            "WHERE m.article = ? AND m.local = ? AND g.article = ? AND g.local = ? "
            "AND m.actor != g.actor",
            [(article, member, article, group) for article, group, member in groups],
        )
        db.execute("UPDATE meta SET value = '0' WHERE key = 'actors_stale'")


def actor_from_row(r: Sequence[Any]) -> CorpusActor:
    """The corpus actor of a row of the ``actors`` table."""
    _number, cid, name, kind, aliases, roles, members, reasons = r
    return CorpusActor(
        id=cid,
        name=name,
        kind=kind,
        aliases=tuple(json.loads(aliases)),
        roles=tuple(json.loads(roles)),
        members=tuple((i, local) for i, local in json.loads(members)),
        reasons=tuple(json.loads(reasons)),
    )
