"""Writing articles: bodies, metadata and quote rows, in transactions of whole articles."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from attrs import frozen

from newsmodel._analysis.lexicon import fold
from newsmodel._errors import SchemaError
from newsmodel._json import article_from_dict, article_to_dict
from newsmodel._model import Article, DateValue, Span
from newsmodel._query import outlet_keys

__all__ = [
    "Batch",
    "BodyError",
    "Fingerprint",
    "Transaction",
    "check_file",
    "decode_body",
    "encode",
    "mark_stale",
    "prune_files",
    "remove_article",
    "store_article",
]


class BodyError(Exception):
    """A stored article body that cannot be read back: the file is damaged."""


@frozen(kw_only=True)
class Fingerprint:
    """What identifies a file's content without reading it again."""

    size: int | None = None
    mtime_ns: int | None = None
    sha256: str | None = None


def encode(article: Article) -> tuple[bytes, str]:
    """The article's compressed JSON and the SHA-256 of the JSON."""
    text = json.dumps(article_to_dict(article), ensure_ascii=False, separators=(",", ":"))
    data = text.encode()
    return zlib.compress(data, 6), hashlib.sha256(data).hexdigest()


def decode_body(body: bytes) -> Article:
    """The article stored as ``body``; :class:`BodyError` when it cannot be read."""
    try:
        return article_from_dict(json.loads(zlib.decompress(body)))
    except (zlib.error, ValueError, TypeError, SchemaError) as exc:
        raise BodyError(f"a stored article cannot be read: {exc}") from exc


def _ordinal(value: DateValue | None) -> tuple[int | None, int | None]:
    if value is None:
        return None, None
    return value.date.toordinal(), value.last_day.toordinal()


def _span(s: Span | None) -> tuple[int | None, int | None]:
    return (None, None) if s is None else (s.start, s.end)


def mark_stale(db: sqlite3.Connection) -> None:
    """Record that the actors must be merged again."""
    db.execute("UPDATE meta SET value = '1' WHERE key = 'actors_stale'")


def remove_article(db: sqlite3.Connection, key: str) -> bool:
    """Remove the article stored under ``key``; whether there was one."""
    row = db.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()
    if row is None:
        return False
    db.execute("DELETE FROM quotes WHERE article = ?", (row[0],))
    db.execute("DELETE FROM articles WHERE id = ?", (row[0],))
    db.execute("DELETE FROM bodies WHERE article = ?", (row[0],))
    mark_stale(db)
    return True


def store_article(
    db: sqlite3.Connection, article: Article, key: str | None, fingerprint: Fingerprint | None
) -> str:
    """Store ``article`` under ``key``: ``"added"``, ``"replaced"`` or ``"unchanged"``."""
    body, digest = encode(article)
    if key is None:
        key = article.source.path or article.source.url or f"sha256:{digest}"
    if fingerprint is None:
        fingerprint = Fingerprint(sha256=digest)
    row = db.execute(
        "SELECT a.id, b.body FROM articles a JOIN bodies b ON b.article = a.id WHERE a.key = ?",
        (key,),
    ).fetchone()
    published = article.published
    values = (
        key,
        fingerprint.size,
        fingerprint.mtime_ns,
        fingerprint.sha256,
        article.source.path,
        article.source.url,
        article.title,
        published.value.isoformat() if published else None,
        published.origin.value if published else None,
        article.site_name,
    )
    # zlib is deterministic at one level: equal articles compress to equal bytes.
    if row is not None and row[1] == body:
        db.execute(
            "UPDATE articles SET size = ?, mtime_ns = ?, sha256 = ? WHERE id = ?",
            (fingerprint.size, fingerprint.mtime_ns, fingerprint.sha256, row[0]),
        )
        return "unchanged"
    if row is None:
        cursor = db.execute(
            "INSERT INTO articles (key, size, mtime_ns, sha256, path, url, title, published, "
            "published_origin, site_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        article_id = cast(int, cursor.lastrowid)
        db.execute("INSERT INTO bodies VALUES (?, ?)", (article_id, body))
    else:
        # Replaced in place: the article keeps its position in the corpus.
        article_id = row[0]
        db.execute("DELETE FROM quotes WHERE article = ?", (article_id,))
        db.execute(
            "UPDATE articles SET key = ?, size = ?, mtime_ns = ?, sha256 = ?, path = ?, "
            "url = ?, title = ?, published = ?, published_origin = ?, site_name = ? "
            "WHERE id = ?",
            (*values, article_id),
        )
        db.execute("UPDATE bodies SET body = ? WHERE article = ?", (body, article_id))
    _insert_quotes(db, article_id, article)
    mark_stale(db)
    return "added" if row is None else "replaced"


def _insert_quotes(db: sqlite3.Connection, article_id: int, article: Article) -> None:
    published = article.published.value if article.published else None
    for position, q in enumerate(article.quotes):
        date = q.said_on or published
        lo, hi = _ordinal(date)
        reporter = article.actor(q.reported_by)
        cursor = db.execute(
            "INSERT INTO quotes (article, position, date_lo, date_hi, date, folded, reporter, "
            "qid, text, start, stop, speaker, mention_start, mention_stop, cue, cue_start, "
            "cue_stop, said_on, said_on_start, said_on_stop, reported_by, partial, continues, "
            "rule, antecedent_start, antecedent_stop) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                position,
                lo,
                hi,
                date.isoformat() if date else None,
                fold(q.text),
                reporter.name if reporter else None,
                q.id,
                q.text,
                q.start,
                q.end,
                q.speaker,
                *_span(q.speaker_mention),
                q.cue,
                *_span(q.cue_span),
                q.said_on.isoformat() if q.said_on else None,
                *_span(q.said_on_span),
                q.reported_by,
                int(q.partial),
                int(q.continues),
                q.attribution.rule if q.attribution else None,
                *_span(q.attribution.antecedent if q.attribution else None),
            ),
        )
        db.executemany(
            "INSERT INTO quote_outlets (outlet, quote) VALUES (?, ?)",
            [(k, cursor.lastrowid) for k in sorted(outlet_keys(article, q))],
        )


def check_file(
    db: sqlite3.Connection, key: str, path: Path, force: bool
) -> tuple[Fingerprint, bool]:
    """The file's fingerprint, and whether the article stored for it is up to date.

    A file whose size and modification time are those recorded is not read;
    one touched but unchanged gets its new time recorded.
    """
    st = path.stat()
    row = db.execute("SELECT size, mtime_ns, sha256 FROM articles WHERE key = ?", (key,)).fetchone()
    if row is not None and not force and (row[0], row[1]) == (st.st_size, st.st_mtime_ns):
        return Fingerprint(size=row[0], mtime_ns=row[1], sha256=row[2]), True
    with path.open("rb") as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
    fingerprint = Fingerprint(size=st.st_size, mtime_ns=st.st_mtime_ns, sha256=digest)
    if row is not None and not force and row[2] == digest:
        # Touched but not changed: remember the new time so the next run
        # need not read it again.
        with Transaction(db):
            db.execute(
                "UPDATE articles SET size = ?, mtime_ns = ? WHERE key = ?",
                (st.st_size, st.st_mtime_ns, key),
            )
        return fingerprint, True
    return fingerprint, False


def prune_files(db: sqlite3.Connection, roots: Sequence[Path], seen: set[str]) -> int:
    """Remove the articles of files under ``roots`` that were not ``seen``; how many."""
    removed = 0
    for root in roots:
        base = str(root.resolve())
        prefix = base.rstrip(os.sep) + os.sep
        rows = db.execute(
            "SELECT key FROM articles WHERE key = ? OR substr(key, 1, ?) = ?",
            (base, len(prefix), prefix),
        ).fetchall()
        for (key,) in rows:
            if key not in seen:
                removed += remove_article(db, key)
    return removed


class Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back when the block raises."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None:
            self._db.execute("COMMIT")
        elif self._db.in_transaction:
            self._db.execute("ROLLBACK")


class Batch:
    """A transaction committed every ``size`` articles or every second.

    Each commit holds whole articles, so an interruption loses at most the
    articles of the open batch, never part of one.
    """

    def __init__(self, db: sqlite3.Connection, size: int) -> None:
        self._db = db
        self._size = size
        self._count = 0
        self._since = 0.0

    def __enter__(self) -> Batch:
        self._begin()
        return self

    def _begin(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        self._count = 0
        self._since = time.monotonic()

    def tick(self) -> None:
        """One more article stored: commit when the batch is full or a second old."""
        self._count += 1
        if self._count >= self._size or time.monotonic() - self._since >= 1.0:
            self._db.execute("COMMIT")
            self._begin()

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None:
            self._db.execute("COMMIT")
        elif self._db.in_transaction:
            # A failing database may already have rolled back: do not hide the
            # original error behind "no transaction is active".
            self._db.execute("ROLLBACK")
