"""What a verbal event is about: its content, which is no event of its own.

"condemned the demolition of homes", "threatened to block the bid unless it handed
over suspects", "met his counterpart to discuss trade": the object, complement and
condition of a verbal event (accusing, requesting, rejecting, threatening, meeting,
backing, agreeing) are what it is about.  A protest's demand and grievance are its
topic, a condition is not reported to happen, and a noun a verb acts on in the
passive ("the curfew was lifted") is one event with it.
"""

from __future__ import annotations

import re

from newsmodel._analysis.events.hits import TOLD_IN_PASSING, Hit
from newsmodel._analysis.text import caseless, folded

__all__ = [
    "CONTENT_END",
    "OWN_CIRCUMSTANCES",
    "VERBAL",
    "content_end",
    "drop_content",
    "has_condition",
]

OWN_CIRCUMSTANCES = re.compile(r"\s+[a-z]+ed\s+(?:in|on|at|by|last|this|earlier)\b")

#: Verbal events whose object and complement are their content, not events of their own.
VERBAL = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "CONSULT", "SUPPORT", "AGREE"})
#: Of these, those that judge what their passive's subject names: "the attack was condemned".
_JUDGING = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
#: Of these, those whose condition belongs to them too: "threatened to X unless Y".
_CONDITIONAL = frozenset({"REQUEST", "THREATEN", "AGREE"})
# Where a verbal event's content ends: a clause break, a subordinate clause of time or
# reason, or a coordinated verb ("and said", "and then").
CONTENT_END = re.compile(
    r"[,;:()—–\"“”]|\s-\s"
    r"|\b(?:after|before|while|when|whereas|although|though|because|since|but|as|amid|"
    r"following|until|despite|ahead\s+of)\b"
    r"|\b(?:and|or)\s+(?:then\s+|also\s+|later\s+)?(?=(?:[a-z]+ed|said|says|told|was|were|"
    r"is|are|has|have|had|will|would|he|she|they|it|we)\b)",
    re.I,
)
_CONTENT_END_FOLDED = caseless(CONTENT_END)  # on folded() text: faster
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
# A place after an event noun: "the summit in Nairobi called for".
_PLACE_PP = r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
# A meeting noun, then the verb it is the active subject of: "the summit called for".
_ACTIVE_PREDICATE_GAP = re.compile(
    _PLACE_PP + r"\s+(?:(?:\w+ly|on\s+\w+day|also|later|then)\s+)?(?:has\s+|have\s+|had\s+)?",
    re.I,
)
# An event noun's phrase, then a passive's auxiliary: "the attack on the embassy was", "a
# deal between the government and the rebels was".
_PASSIVE_SUBJECT_GAP = re.compile(
    r"(?:\s+(?:on|in|of|against|by|at|between|with|over)\s+[^,;:()\"“”]{1,40}?)?"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|"
    r"(?:will|would|could|may|might|should|must|to)\s+be)\s+(?:\w+ly\s+)?",
    re.I,
)
# What may stand between an event noun and the verb it is the subject of: nothing, an
# adverb, a time phrase ("the conference on Monday welcomed"), an auxiliary ("the deal
# was welcomed"), never a clause word.
_PREDICATE_GAP = re.compile(
    _PLACE_PP + r"\s+(?:(?:\w+ly|on\s+\w+day|also|later|then)\s+)?"
    r"(?:(?:has|have|had)\s+(?:been\s+)?|(?:was|were|is|are)\s+|will\s+be\s+)?(?:\w+ly\s+)?",
    re.I,
)


def content_end(text: str, hit: Hit) -> int:
    """Where the content of a verbal event ends (its object, complement and condition)."""
    m = _CONTENT_END_FOLDED.search(folded(text), hit.code_end, hit.sentence.end)
    end = m.start() if m is not None else hit.sentence.end
    if hit.category not in _CONDITIONAL:
        cond = _CONDITION.search(text, hit.code_end, end)
        end = cond.start() if cond is not None else end
    return end


def has_condition(text: str, hit: Hit) -> bool:
    """Whether an "if" or "unless" follows the event in its clause: "sanctions if ..."."""
    m = CONTENT_END.search(text, hit.code_end, hit.sentence.end)
    end = m.start() if m is not None else hit.sentence.end
    return _CONDITION.search(text, hit.code_end, end) is not None


def drop_content(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop events that are another event's content.

    - What a verbal event is about is not an event of its own: "condemned the
      demolition of homes", "a probe into allegations that police tortured
      detainees", "threatened to block the bid unless it handed over suspects",
      "met his counterpart to discuss trade cooperation";
    - the manual: the demand of a protest is its topic, no REQUEST of its own
      ("occupied the building, demanding free tuition"), and so is its grievance
      ("rallied, accusing the commission of fraud").
    """
    if len(hits) < 2:
        return hits
    dropped: set[int] = set()
    for i, h in enumerate(hits):
        if i in dropped or h.category not in VERBAL:
            continue
        end = content_end(text, h)
        for j in range(i + 1, len(hits)):
            g = hits[j]
            if g.sentence != h.sentence or g.start >= end:
                break
            if (
                not h.as_verb
                and g.as_verb
                and (
                    _ACTIVE_PREDICATE_GAP.fullmatch(text, h.end, g.start) is not None
                    or (
                        g.category in _JUDGING
                        and _PREDICATE_GAP.fullmatch(text, h.end, g.start) is not None
                    )
                )
            ):
                continue  # "the conference welcomed the deal": the noun's own verb
            if g.start >= h.code_end and OWN_CIRCUMSTANCES.match(text, g.end) is None:
                dropped.add(j)  # (but "praised an agreement forged in Jeddah" is one)
    for i, h in enumerate(hits):
        if not h.as_verb or i == 0:
            continue
        g = hits[i - 1]
        if (
            not g.as_verb
            and g.sentence == h.sentence
            and (h.category in _JUDGING or (g.category not in TOLD_IN_PASSING and i not in dropped))
            and _PASSIVE_SUBJECT_GAP.fullmatch(text, g.end, h.start) is not None
        ):
            # "the attack was condemned by the UN": what is condemned; "the curfew was
            # lifted", "sanctions were eased": the verb acts on its passive subject, one
            # event, as "lifted the curfew" (a protest or an attack a verb acts on still
            # took place: "the rally was dispersed").
            dropped.add(i - 1)
            dropped.discard(i)  # (the noun's predicate, not its content: "a deal ... was signed")
    for i, h in enumerate(hits[:-1]):
        g = hits[i + 1]
        if (
            h.category == "CONSULT"
            and not h.as_verb
            and g.as_verb
            and g.category in VERBAL
            and g.category != "CONSULT"
            and g.sentence == h.sentence
            and _ACTIVE_PREDICATE_GAP.fullmatch(text, h.end, g.start) is not None
        ):
            dropped.add(i)  # "the bishops' conference welcomed": the gathering speaks
    for i, h in enumerate(hits):
        for j in range(i + 1, len(hits)):
            g = hits[j]
            if g.sentence != h.sentence:
                break
            cond = _LAST_CONDITION.search(text, max(h.code_end, h.end), g.start)
            if cond is not None and _CLAUSE_BREAK.search(text, cond.end(), g.start) is None:
                # "would block the ports unless fuel duty was cut": the condition of an
                # event is not reported to happen (the manual codes the event, with its
                # auxiliary mode).
                dropped.add(j)
    for i, h in enumerate(hits):
        opening = _FRONTED_CONDITION.match(text, h.sentence.start, h.sentence.end)
        if (
            opening is not None
            and h.start < opening.end()
            and any(g.sentence == h.sentence and g.start >= opening.end() for g in hits)
        ):
            # "Were China to blockade Taiwan, Japan would send warships": the fronted
            # condition of the event after it is not reported to happen.
            dropped.add(i)
    protest_at = {h.sentence: h.start for h in reversed(hits) if h.category == "PROTEST"}
    out = []
    for i, h in enumerate(hits):
        if i in dropped:
            continue
        first = protest_at.get(h.sentence)
        if (
            h.category in _PROTEST_TOPICS
            and first is not None
            and first < h.start
            and (
                text[h.start : h.end].lower().endswith("ing")
                or text[max(0, h.start - 3) : h.start].lower() == "to "
            )
        ):
            continue  # "marched ..., demanding", "rallied, accusing": the protest's topic
        out.append(h)
    return out


# A condition opening a sentence, to its comma: "If the rains fail again,", "Were China to
# blockade Taiwan,", "Should talks collapse,", "Had the bill passed,".
_FRONTED_CONDITION = re.compile(
    r"\s*[\"“]?(?:(?:if|unless)\b|(?:were|had|should)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?"
    r"\s+(?:to\b|[a-z]+ed\b|[a-z]+\b))[^,;:]*,",
    re.I,
)
# The last "if" or "unless" before a later trigger, and a break that ends its clause.
_LAST_CONDITION = re.compile(r"\b(?:if|unless)\b(?!.*\b(?:if|unless)\b)", re.I | re.S)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")
#: What a protest's participle or infinitive says is its topic (the manual: no event of its
#: own): "marched, demanding", "rallied, accusing the commission of fraud", "rejecting".
_PROTEST_TOPICS = frozenset({"REQUEST", "ACCUSE", "REJECT"})
