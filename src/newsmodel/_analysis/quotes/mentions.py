"""Actor mentions by position, and where in a clause a mention stands."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsmodel._analysis.lexicon import ROLE_NOUNS
from newsmodel._model import Actor, ActorKind, Mention

__all__ = ["MentionIndex", "can_speak", "is_possessive", "is_subject_like"]

SPEAKING_KINDS = frozenset(
    {ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.OUTLET, ActorKind.GROUP}
)


def can_speak(actor: Actor) -> bool:
    """People, organisations, outlets and groups speak; places do not."""
    return actor.kind in SPEAKING_KINDS


class MentionIndex:
    """Every actor mention, sorted by position, for range look-ups."""

    def __init__(self, actors: Sequence[Actor], exclude: Sequence[tuple[int, int]] = ()) -> None:
        """Index the mentions of ``actors``, leaving out those inside ``exclude`` ranges."""
        starts = [a for a, _ in exclude]

        def excluded(m: Mention) -> bool:
            i = bisect.bisect_right(starts, m.start) - 1
            return i >= 0 and m.start < exclude[i][1]

        pairs = sorted(
            ((m, a) for a in actors for m in a.mentions if not excluded(m)),
            key=lambda p: (p[0].start, -p[0].end),
        )
        self.mentions = [p[0] for p in pairs]
        self.actors = [p[1] for p in pairs]
        self.starts = [m.start for m in self.mentions]

    def between(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        """Mentions lying entirely inside ``[start, end)``, in order."""
        # (Those starting in the range by two bisections, then one comprehension over
        # slices: asked of every sentence and quote, no index arithmetic in Python.)
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, i)
        return [
            (m, a)
            for m, a in zip(self.mentions[i:j], self.actors[i:j], strict=True)
            if m.end <= end
        ]


# What may stand right before a clause's subject.
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:(—–\-\"“”]|\b(?:and|but|that|while|as|when|because|after|before|since|although|"
    r"though|if|whereas|where|so|then|also|meanwhile|however|yet|now|recently|later|earlier|"
    r"instead|ultimately|finally|still|both|said|says|and\s+then|on\s+\w+day|\w+day|week|month|"
    r"year|night|morning|afternoon|evening|today|yesterday))\s*$",
    re.IGNORECASE,
)
_ROLE_WORD = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
# A title or role written before a name: "U.S. Secretary of State", "Wikileaks editor-in-chief",
# "Senior author Dr.", "the company's chief executive".
_ROLE_PREFIX = re.compile(
    r"(?:\s*\b(?:[A-Z][\w.’'&-]*|(?:of|for|the|and)(?=\s+[A-Z]|\s*$)|[a-z]+-[a-z-]+|(?:"
    + _ROLE_WORD
    + r"|former|senior|deputy|chief|acting|special|top|vice|assistant|associate|executive|"
    r"general|press|national|security|foreign|defense|defence|state|leading|lead)(?:['’]s)?)"
    r"(?=\s|$))+\s*$"
)


def is_subject_like(text: str, mention: Mention, floor: int) -> bool:
    """Whether a mention stands where a clause's subject stands, not an object."""
    before = text[max(floor, mention.start - 80) : mention.start]
    m = _ROLE_PREFIX.search(before)
    if m and m.group().strip():
        before = before[: m.start()]
    return bool(_SUBJECT_BEFORE.search(before))


def is_possessive(text: str, mention: Mention) -> bool:
    """The mention is followed by a possessive: "Trump's", "Reuters'"."""
    after = text[mention.end : mention.end + 2]
    return after in ("’s", "'s") or after[:1] in ("’", "'")
