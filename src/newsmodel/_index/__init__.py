"""A persistent corpus: parsed articles in SQLite, queried without parsing again.

The package, by concern:

- ``_schema``: the tables, the layout version and its migrations, opening a
  file safely (a damaged one is detected with ``quick_check``), and the one
  error every failure becomes (:class:`IndexFileError`);
- ``_write``: storing and removing articles in transactions of whole articles;
- ``_actors``: merging the corpus actors again, streaming the stored articles;
- ``_read``: a :class:`QuoteQuery` as SQL, and rows back as objects;
- ``_core``: the :class:`Index` class that ties them together.

Layout.  ``articles`` keeps each article's metadata with the fingerprint of
the file it came from, ``bodies`` its lossless JSON (zlib-compressed);
``quotes`` has one row per quote with what queries filter and sort on (the
corpus speaker, the date as day numbers, the folded text, which an FTS5
trigram index covers); ``actors``, ``actor_names`` and ``members`` hold the
corpus actors.

Identity.  Corpus actors are not computed here: after articles change, the
index hands every article, in corpus order, to the same merge that
:class:`Corpus` runs, and stores what it returns.  So :meth:`Index.quotes`
answers exactly what :meth:`Corpus.quotes` answers over
:meth:`Index.articles`, whatever the merge becomes.

Safety.  Writes go through transactions: an article and its quotes are
stored together or not at all, so an interrupted run leaves every article
either old or new, and marks the actors stale; they are merged again before
the next query.
"""

from __future__ import annotations

from newsmodel._index._actors import ActorMerge, corpus_actors
from newsmodel._index._core import Index, IndexReport
from newsmodel._index._schema import INDEX_VERSION, IndexFileError, discard, index_error

__all__ = [
    "INDEX_VERSION",
    "ActorMerge",
    "Index",
    "IndexFileError",
    "IndexReport",
    "corpus_actors",
    "discard",
    "index_error",
]
