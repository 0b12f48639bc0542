"""The result of attribution: who speaks (a :class:`Speaker`) and why (an :class:`Attribution`)."""

from __future__ import annotations

from typing import NamedTuple

from newsmodel._model import ActorKind, Span


class Speaker(NamedTuple):
    """Who speaks: an actor id, or an unnamed source to be created from ``group``."""

    actor: str | None
    mention: Span | None
    group: str | None = None
    #: the named mention a pronoun or description ``mention`` was resolved to
    antecedent: Span | None = None
    #: the kind of actor to create from ``group`` (a first-name-only person, or a group)
    kind: ActorKind = ActorKind.GROUP
    #: the named actors a ``group`` is made of ("A and B said"), by id
    members: tuple[str, ...] = ()


class Attribution(NamedTuple):
    """The speaker of one quote and the cue that says so."""

    speaker: Speaker | None
    cue: str | None
    cue_span: Span | None
    #: the name of the rule that chose the speaker (listed in docs/model.md)
    rule: str | None = None


NO_ATTRIBUTION = Attribution(None, None, None)
