"""How the text frames an event: its modality, its auxiliary mode and its date.

Words before the trigger in its clause give the modality ("did not meet": negated,
"could meet": hypothetical, "will meet": future, "proposed talks": proposed); the
auxiliary mode follows it, and an event dated two years or more before the publication
date is historical.  The date is the one of the trigger's clause, else the nearest of
the stretch of sentence the trigger owns.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from newsmodel._analysis.events.clause import Sentence
from newsmodel._analysis.lexicon import data_alternation
from newsmodel._analysis.text import caseless, folded
from newsmodel._model import Auxiliary, DateMention, Modality, Span

__all__ = ["HELD_BACK_FROM", "auxiliary_of", "clause_start", "modality_of", "nearest_date"]

# A verb of holding back before a gerund: the act is not done ("stopped short of
# endorsing", "refrained from criticising", "abstained from voting").
_HELD_BACK = (
    r"(?:stop(?:s|ped|ping)?\s+short\s+of|refrain(?:s|ed|ing)?\s+from|"
    r"abstain(?:s|ed|ing)?\s+from)"
)
HELD_BACK_FROM = re.compile(rf"\b{_HELD_BACK}\s+$", re.I)
_NEGATION = re.compile(
    # ("without" in lower case: "Reporters Without Borders" is a name)
    r"\b(?:not|n[’']t|never|no|(?-i:without)|failed\s+to|refused\s+to|declined\s+to|"
    rf"unable\s+to|{_HELD_BACK})\b"
    r"[^.,;:]{0,25}$",
    re.I,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|would|if|whether|possible|potential|possibly|hopes?\s+(?:for|of)|"
    r"fear(?:s|ed|ing)?|risk)\b[^.,;:]{0,30}$",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|['’]ll|shall|expected\s+to|set\s+to|scheduled|upcoming|due\s+to|next|"
    r"(?:is|are)\s+to)\b[^.,;:]{0,25}$",
    re.I,
)
# "said he would visit": a reported future, not a hypothesis.
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|announced|promised|told\s+\w+|confirmed|added)\s+(?:that\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+would\b[^.,;:]{0,25}$",
    re.I,
)
_PROPOSED = re.compile(
    r"(?:\b(?:propos\w*|suggest\w*|to\s+consider|consider(?:s|ed|ing)|invit\w*|"
    r"willing\w*|ready|readiness|prepared\s+to|"
    r"push(?:ed|es|ing)?\s+for|pending|plans?\s+to|planned|planning|"
    r"intends?\s+to|want(?:s|ed)?\s+to|aim(?:s|ed)?\s+to)\b|-proposed\b)"
    r"[^.,;:]{0,30}$",
    re.I,
)
_PROPOSAL_AFTER = re.compile(
    r"^\s*(?:" + data_alternation("event_cues.txt", "proposals") + r")\b", re.I
)

_CLAUSE_START = re.compile(r"[;:—–()]|,\s+(?:which|who|where|when|while|but|although|though)\b")


def clause_start(text: str, sentence: Sentence, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last clause break before it."""
    lo = max(sentence.start, pos - 120)
    last = lo
    for m in _CLAUSE_START.finditer(text, lo, pos):
        last = m.end()
    return last


# Every word the modality patterns below start from: most triggers have none near, and
# one search rules them all out.
_ANY_MODAL = re.compile(
    r"\b(?:not|never|no|without|failed|refused|declined|unable|short|refrain\w*|abstain\w*|"
    r"could|might|may|would|if|"
    r"whether|possible|potential|possibly|hopes?|fear\w*|risk|will|shall|expected|set|"
    r"scheduled|upcoming|due|next|is\s+to|are\s+to|propos\w*|suggest\w*|consider\w*|"
    r"invit\w*|willing\w*|ready|readiness|prepared|push\w*|pending|plans?|planned|planning|"
    r"intends?|want\w*|aim\w*)\b|n[’']t\b|[’']ll\b|-proposed\b",
    re.I,
)
_ANY_MODAL_FOLDED = caseless(_ANY_MODAL)  # on folded() text: faster


def modality_of(text: str, sentence: Sentence, trigger: Span) -> Modality:
    """Whether the event at ``trigger`` is asserted, negated, hypothetical, proposed or future,
    by the modal, negation or plan words before it in its clause."""
    if not _ANY_MODAL_FOLDED.search(
        folded(text), max(sentence.start, trigger.start - 90), trigger.start
    ) and not _PROPOSAL_AFTER.match(text, trigger.end, trigger.end + 20):
        return Modality.ASSERTED
    lo = max(clause_start(text, sentence, trigger.start), trigger.start - 60)
    before = text[lo : trigger.start]
    after = text[trigger.end : trigger.end + 20]
    if _NEGATION.search(before):
        return Modality.NEGATED
    if _PROPOSED.search(before) or _PROPOSAL_AFTER.match(after):
        return Modality.PROPOSED
    if _REPORTED_FUTURE.search(text, max(sentence.start, trigger.start - 90), trigger.start):
        return Modality.FUTURE
    if _HYPOTHETICAL.search(before):
        return Modality.HYPOTHETICAL
    if _FUTURE.search(before):
        return Modality.FUTURE
    return Modality.ASSERTED


_AUXILIARY = {
    Modality.NEGATED: Auxiliary.NEGATION,
    Modality.HYPOTHETICAL: Auxiliary.HYPOTHETICAL,
    Modality.PROPOSED: Auxiliary.HYPOTHETICAL,
    Modality.FUTURE: Auxiliary.FUTURE,
}


def auxiliary_of(
    modality: Modality, date: DateMention | None, reference: dt.date | None
) -> Auxiliary | None:
    """The PLOVER auxiliary mode a modality gives (future, hypothetical, negation), or
    ``historical`` for an asserted event dated two years or more before the reference date."""
    aux = _AUXILIARY.get(modality)
    if (
        aux is None
        and date is not None
        and date.value is not None
        and reference is not None
        and date.value.last_day < reference.replace(year=reference.year - 2, day=1)
    ):
        return Auxiliary.HISTORICAL  # two years and more before publication
    return aux


def nearest_date(
    dates: Sequence[DateMention],
    starts: Sequence[int],
    span: Sentence,
    clause_lo: int,
    trigger: Span,
) -> DateMention | None:
    """The date of the trigger's clause, else of the stretch it owns, nearest after it first."""
    best: tuple[float, DateMention] | None = None
    i = bisect.bisect_left(starts, span.start)
    while i < len(dates) and dates[i].start < span.end:
        d = dates[i]
        i += 1
        if d.end > span.end:
            continue
        if d.start >= trigger.end:
            distance = float(d.start - trigger.end)
        else:
            distance = (trigger.start - d.end) * 1.5
        if d.start < clause_lo:
            distance *= 3  # another clause's date
        if best is None or distance < best[0]:
            best = (distance, d)
    return best[1] if best else None
