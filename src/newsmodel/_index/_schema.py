"""The index's layout: tables, the version, migrations, and opening a file safely.

Every failure to open or read the file becomes an :class:`IndexFileError`
whose message is one line naming the file and saying how to rebuild it;
:func:`damage` runs SQLite's ``quick_check`` so that a damaged file is
reported as damaged rather than read as half valid.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from newsmodel._errors import NewsmodelError

__all__ = [
    "INDEX_VERSION",
    "IndexFileError",
    "damage",
    "discard",
    "index_error",
    "open_database",
]

#: The layout of the database.  A file of another version is migrated when a
#: step in ``_MIGRATIONS`` leads here, and must be rebuilt otherwise.
INDEX_VERSION = "5"

#: The command that rebuilds an index, for error messages.
REBUILD = "newsmodel index PATH... --db {path} --rebuild"

# Quotes dated by more than one day (a month, a year, "now"): few, and the
# only ones a date range can hold that start before it.
_WIDE = """
CREATE INDEX IF NOT EXISTS quotes_speaker_wide ON quotes (speaker_actor, date_hi)
    WHERE date_hi > date_lo;
CREATE INDEX IF NOT EXISTS quotes_wide ON quotes (date_hi) WHERE date_hi > date_lo;
"""

# A speaker's quotes by first day, in the order results are sorted, holding
# every column a row is built from: a date range of a popular speaker (hundreds
# of rows) reads a run of neighbouring index entries, no quote row and no sort.
_SPEAKER_DAY = """
CREATE INDEX IF NOT EXISTS quotes_speaker_day ON quotes (
    speaker_actor, date_lo, article, position,
    date, reporter, qid, text, start, stop, speaker, mention_start, mention_stop,
    cue, cue_start, cue_stop, said_on, said_on_start, said_on_stop, reported_by,
    partial, continues, rule, antecedent_start, antecedent_stop
);
"""

# The groups each corpus actor is a member of ("Ruiz and Hale said" is found by
# "Hale"), filled when the actors are merged.
_JOINT = """
CREATE TABLE IF NOT EXISTS joint (
    member INTEGER NOT NULL, grp INTEGER NOT NULL, PRIMARY KEY (member, grp)
) WITHOUT ROWID;
"""

_SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,          -- the corpus order
    key TEXT NOT NULL UNIQUE,        -- the file's absolute path, or the article's address
    size INTEGER, mtime_ns INTEGER, sha256 TEXT,
    path TEXT, url TEXT, title TEXT, published TEXT, published_origin TEXT, site_name TEXT
);
-- Apart from the articles' metadata, so that the rows queries join stay small.
CREATE TABLE IF NOT EXISTS bodies (
    article INTEGER PRIMARY KEY,
    body BLOB NOT NULL               -- the article's JSON, zlib-compressed
);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    position INTEGER NOT NULL,
    speaker_actor INTEGER,           -- actors.id, set when actors are merged
    date_lo INTEGER, date_hi INTEGER, date TEXT,   -- first and last day as ordinals
    folded TEXT NOT NULL,
    reporter TEXT,
    qid TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, stop INTEGER NOT NULL,
    speaker TEXT, mention_start INTEGER, mention_stop INTEGER,
    cue TEXT, cue_start INTEGER, cue_stop INTEGER,
    said_on TEXT, said_on_start INTEGER, said_on_stop INTEGER,
    reported_by TEXT, partial INTEGER NOT NULL, continues INTEGER NOT NULL,
    rule TEXT, antecedent_start INTEGER, antecedent_stop INTEGER   -- why the speaker
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article, position);
CREATE INDEX IF NOT EXISTS quotes_date ON quotes (date_lo, date_hi);
CREATE TABLE IF NOT EXISTS quote_outlets (
    outlet TEXT NOT NULL, quote INTEGER NOT NULL, PRIMARY KEY (outlet, quote)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_outlets_quote ON quote_outlets (quote);
CREATE VIRTUAL TABLE IF NOT EXISTS quote_fts USING fts5 (
    folded, content='quotes', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quote_fts (rowid, folded) VALUES (new.id, new.folded);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
    DELETE FROM quote_outlets WHERE quote = old.id;
END;
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,          -- the order of the merge's result
    cid TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    aliases TEXT NOT NULL, roles TEXT NOT NULL, members TEXT NOT NULL, reasons TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actor_names (
    folded TEXT NOT NULL, actor INTEGER NOT NULL, PRIMARY KEY (folded, actor)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS members (
    article INTEGER NOT NULL, local TEXT NOT NULL, actor INTEGER NOT NULL,
    PRIMARY KEY (article, local)
) WITHOUT ROWID;
"""
    + _JOINT
)
_SCHEMA += _WIDE + _SPEAKER_DAY

#: Migrations: the version a file has -> (the version it becomes, the SQL that
#: takes it there, run in one transaction; a step that changes what the merge
#: reads marks the actors stale).  To change the layout, raise
#: INDEX_VERSION, change _SCHEMA for new files and add the step from the old
#: version here; a file no chain of steps leads from must be rebuilt.
_MIGRATIONS: dict[str, tuple[str, str]] = {
    # 2 records why each quote has its speaker (Quote.attribution); quotes
    # stored before had none, and their stored articles none either.
    "1": (
        "2",
        "ALTER TABLE quotes ADD COLUMN rule TEXT;\n"
        "ALTER TABLE quotes ADD COLUMN antecedent_start INTEGER;\n"
        "ALTER TABLE quotes ADD COLUMN antecedent_stop INTEGER;\n"
        "UPDATE meta SET value = '1' WHERE key = 'actors_stale';",
    ),
    # 3 indexes the quotes dated by more than a day, which date ranges look up
    # apart; the actors stay as they are.
    "2": ("3", _WIDE),
    # 4 answers a speaker's date range from one covering index, in result
    # order; building it reads every quote once (7 s for a million quotes).
    "3": ("4", "DROP INDEX IF EXISTS quotes_speaker_date;\n" + _SPEAKER_DAY),
    # 5 finds a joint statement by each member of the group that made it; no
    # article stored before names a group's members, so the table starts empty
    # and the actors stay as they are.
    "4": ("5", _JOINT),
}

#: The first bytes of every SQLite database file.
_HEADER = b"SQLite format 3\x00"


class IndexFileError(NewsmodelError):
    """An index file that cannot be used: damaged, another layout, not an index, unreadable.

    The message is one line that names the file and says how to rebuild it.
    """


def index_error(path: str, problem: str, *, rebuild: bool = True) -> IndexFileError:
    """The error for ``path``: the problem on one line, and how to rebuild the index.

    ``rebuild`` false leaves the advice out where rebuilding cannot help or
    would not be allowed (a folder, a missing folder, someone else's file).
    """
    problem = " ".join(problem.split())
    if not rebuild:
        return IndexFileError(f"{path}: {problem}")
    return IndexFileError(f"{path}: {problem}; rebuild it with: {REBUILD.format(path=path)}")


def _unopenable(path: str) -> IndexFileError | None:
    """Why no index can be made at ``path`` whatever is rebuilt, if so."""
    if path == ":memory:":
        return None
    if os.path.isdir(path):
        return index_error(path, "a directory, not an index file", rebuild=False)
    if os.path.exists(path) and not os.path.isfile(path):  # /dev/null, a pipe
        return index_error(path, "not a regular file, so no index file", rebuild=False)
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        return index_error(path, f"no such directory: {folder}", rebuild=False)
    return None


def damage(db: sqlite3.Connection) -> str | None:
    """What SQLite's ``quick_check`` finds wrong with the database, or ``None`` when it is sound."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    # Lines read "*** in database main *** Page 3: ..." or name the page alone.
    problems = [str(r[0]).replace("*** in database main ***", "").strip() for r in rows if r]
    problems = [p for p in problems if p != "ok"]
    if not problems:
        return None
    more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
    return problems[0] + more


def open_database(path: str, *, check: bool = True) -> sqlite3.Connection:
    """Open (or create) the index at ``path``, migrated to this version.

    With ``check``, an existing file is checked with ``quick_check`` first.
    Raises :class:`IndexFileError` for a file that cannot be used.
    """
    unopenable = _unopenable(path)
    if unopenable is not None:
        raise unopenable
    existed = path != ":memory:" and os.path.isfile(path) and os.path.getsize(path) > 0
    if existed and not _is_sqlite(path):
        # --rebuild would refuse to delete it: name a new file instead.
        raise index_error(
            path, "not a newsmodel index (not an SQLite database file)", rebuild=False
        )
    try:
        db = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise index_error(path, f"cannot open: {exc}", rebuild=False) from exc
    try:
        if existed and check:
            problem = damage(db)
            if problem is not None:
                raise index_error(path, f"the index is damaged ({problem})")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        # Queries jump between quote rows: keep more pages than the 2 MB default.
        db.execute("PRAGMA cache_size=-65536")
        _setup(db, path)
    except IndexFileError:
        db.close()
        raise
    except sqlite3.Error as exc:
        db.close()
        raise index_error(path, f"not a newsmodel index, or damaged: {exc}") from exc
    return db


def _setup(db: sqlite3.Connection, path: str) -> None:
    row = None
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    if "meta" in tables:
        row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        if row is None:
            raise index_error(path, "not a newsmodel index (it records no layout version)")
    elif tables:
        raise index_error(path, "not a newsmodel index")
    if row is None:
        # One script, one transaction: a half-made index never exists.
        db.executescript(
            f"BEGIN IMMEDIATE;\n{_SCHEMA}\n"
            f"INSERT INTO meta VALUES ('version', '{INDEX_VERSION}'), ('actors_stale', '0');\n"
            "COMMIT;"
        )
        return
    version = str(row[0])
    while version != INDEX_VERSION and version in _MIGRATIONS:
        version = _migrate(db, version)
    if version != INDEX_VERSION:
        raise index_error(
            path, f"index layout version {row[0]}, this newsmodel reads {INDEX_VERSION}"
        )


def _migrate(db: sqlite3.Connection, version: str) -> str:
    target, sql = _MIGRATIONS[version]
    db.executescript(
        f"BEGIN IMMEDIATE;\n{sql}\n"
        f"UPDATE meta SET value = '{target}' WHERE key = 'version';\n"
        "COMMIT;"
    )
    return target


def _is_sqlite(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(_HEADER)) == _HEADER
    except OSError:
        return True  # let SQLite say what is wrong with it


def discard(path: str) -> None:
    """Delete the index at ``path`` (with its write-ahead log) so that it can be built again.

    Refuses, with :class:`IndexFileError`, a non-empty file that is not an
    SQLite database: ``--rebuild`` must not delete whatever ``--db`` names.
    """
    if not os.path.lexists(path):
        return
    file = Path(path)
    if file.is_dir():
        raise IndexFileError(f"{path}: a directory, not an index file")
    if file.stat().st_size and not _is_sqlite(path):
        raise IndexFileError(f"{path}: not an SQLite file; not deleting it to rebuild an index")
    for suffix in ("-wal", "-shm", "-journal", ""):
        Path(path + suffix).unlink(missing_ok=True)
