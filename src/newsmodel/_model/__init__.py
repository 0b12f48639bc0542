"""The typed model.  Import the names from :mod:`newsmodel`, not from here."""

from newsmodel._model.actors import Actor, ActorKind
from newsmodel._model.article import Article, Source
from newsmodel._model.blocks import Block, BlockKind, Debris
from newsmodel._model.dates import ArticleDate, DateMention, DateOrigin, DateValue, Precision
from newsmodel._model.events import Auxiliary, Event, Modality
from newsmodel._model.quotes import Attribution, Quote
from newsmodel._model.spans import Mention, MentionKind, OffsetMap, Span

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "ArticleDate",
    "Attribution",
    "Auxiliary",
    "Block",
    "BlockKind",
    "DateMention",
    "DateOrigin",
    "DateValue",
    "Debris",
    "Event",
    "Mention",
    "MentionKind",
    "Modality",
    "OffsetMap",
    "Precision",
    "Quote",
    "Source",
    "Span",
]
