"""The passive of telling: a subject spoken to ("he was asked not to"), and the
agent after "by" who speaks instead ("was told by a volunteer").
"""

from __future__ import annotations

import re

from newsmodel._analysis.lexicon import data_alternation, data_section
from newsmodel._model import Span

#: Verbs whose passive subject is the one spoken to: "he was asked not to “…”".
_ADDRESSEE_PASSIVE = re.compile(
    r"\b(?:"
    + data_alternation("attribution_cues.txt", "passive_auxiliaries")
    + r")\s+"
    + r"(?:\w+ly\s+|not\s+|(?:later|also|never|then|first|once|again|even|still)\s+)?$",
    re.I,
)

_ADDRESSED = frozenset(data_section("attribution_cues.txt", "addressing_verbs"))

#: A passive verb of addressing right after its subject: "[X] was asked not to".
ADDRESSED_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+been|was|were|is|are|got|gets)\s+"
    r"(?:\w+ly\s+|not\s+|(?:later|also|never|then|first|once|again|even|still)\s+)?"
    r"(?:" + "|".join(sorted(_ADDRESSED)) + r")\b",
    re.I,
)

#: The object of a verb of addressing, right before a mention: "told [the administrator]".
ADDRESSEE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(_ADDRESSED)) + r")\s+(?:the\s+|an?\s+)?$", re.I
)


def spoken_to(text: str, cue: Span, floor: int, *, reported_too: bool = False) -> bool:
    """Whether the cue is a passive verb of telling whose subject is spoken to: "he was
    [asked] not to", "X was [told] by a volunteer".  ``reported_too`` takes any verb in
    "-ed" as well, for a quote inside the verb's clause ("was described as “…”"); after
    a quote, "X was [quoted] by the Herald" gives X's words."""
    verb = cue.of(text).lower()
    if verb not in _ADDRESSED and not (reported_too and verb.endswith("ed")):
        return False
    return _ADDRESSEE_PASSIVE.search(text, floor, cue.start) is not None


#: "by" and the agent of a passive verb of addressing: "was told by [Ian Moss]".
BY_AGENT = re.compile(r"\s+by\s+")

#: A passive verb's agent after the words it governs: "dismissed as “lies” [by ]X".
BY_AGENT_AFTER_QUOTE = re.compile(r"[^.;:!?“”\"]{0,40}[“\"][^“”\"]{1,200}[”\"]\s+by\s+")

#: A passive verb right before a quoted fragment: "were dismissed as ", "was branded ".
PASSIVE_BEFORE_QUOTE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+(?:as\s+|of\s+)?$"
)

#: "by" right after a quote: its passive verb's agent follows.
BY_AFTER_QUOTE = re.compile(r"[”\"]?\s*by\s+(?!(?:the\s+)?(?:end|time|way)\b)")

#: A passive verb's agent and a second predicate: "[requested] by the office and was".
PASSIVE_THEN_PREDICATE = re.compile(
    r"\s+by\s+[^,;:“”\"]{1,60}?\s+and\s+(?:was|is|were|are|has|had|would|will|could)\b"
)
