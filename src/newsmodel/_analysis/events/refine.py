"""The type and mode a trigger's context gives it.

A verbal or metaphorical attack is ACCUSE, a cyber attack COERCE; a strike by workers
is a walkout, one with warplanes an air strike; protesters' clashes are a riot, police
blocking roads a cordon; leaving a body or an accord is SANCTION withdraw, an arrest
warrant THREATEN; a truce in force is a ceasefire observed; play in a sport report is
no event.  The modes of ASSAULT, MOBILIZE and CONSULT come from the words around them
(weapons, forces, how a meeting was held).
"""

from __future__ import annotations

import functools
import re

from newsmodel._analysis.clause import subject_head_before
from newsmodel._analysis.events.clause import Sentence
from newsmodel._analysis.events.hits import PASSIVE_BEFORE, Hit
from newsmodel._analysis.events.vocabulary import Trigger, cue_names, cue_words, cues, trigger_of
from newsmodel._analysis.text import caseless, folded

__all__ = [
    "ACCIDENT",
    "ASSAULT_MODES",
    "MILITARY_CONTEXT",
    "PROTESTERS_BEFORE",
    "context_type",
    "military_targets",
]

# Verbal and metaphorical attacks are accusations; attacks on computers are coercion.
_VERBAL_BEFORE = re.compile(rf"\b{cues('verbal_attack_modifiers')}\s+(?:[\w-]+\s+)?$", re.I)
_VERBAL_OBJECT = re.compile(
    rf"^\s+(?:on\s+|against\s+)?(?:[\w'’-]+\s+){{0,4}}?{cues('verbal_attack_objects')}\b",
    re.I,
)
_VERBAL_FOR = re.compile(r"^[^.;:]{0,50}?\b(?:for|over)\s+(?:\w+ing|his|her|their|its)\b", re.I)
_CYBER = re.compile(rf"\b{cues('cyber')}\b", re.I)
MILITARY_CONTEXT = re.compile(rf"\b{cues('military_context')}\b", re.I)
_MILITARY_STRIKE = re.compile(rf"\b{cues('military_strike_modifiers')}\s+$", re.I)
_STRIKE_ON = re.compile(r"^\s+(?:on|against|that\s+killed|killed|in\s+which)\b", re.I)

# What makes a "strike" a walkout: "an indefinite strike", "a 48-hour strike".
_LABOUR_STRIKE_BEFORE = re.compile(
    rf"\b(?:{cues('labour_strike_modifiers')}|\d+-hour|\d+-day)\s+$", re.I
)
# What is obstructed when a passage is blocked: "blocked the main roads".
_PASSAGE_AFTER = re.compile(
    rf"^\s+(?:[\w'’-]+\s+){{0,3}}?{cues('passages')}\b|^\s+(?:off|in|up)\b", re.I
)


def _named_subject(text: str, verb: int, lo: int) -> bool:
    """Whether the verb's subject head is a name ("China blockaded"), no common noun."""
    span = subject_head_before(text, verb, lo)
    if span is None:
        return False
    words = text[span[0] : span[1]].split()
    return bool(words) and words[-1][:1].isupper()


# State forces as a subject before a verb of blocking: "police blocked", "the navy
# blockaded" (not protesters).
_FORCES_BEFORE = re.compile(rf"\b{cues('state_forces')}\s+(?:[\w'’-]+\s+){{0,2}}$", re.I)

# Who protests: a clash or gathering of these is a protest, their strike a walkout.
PROTESTERS_BEFORE = re.compile(rf"\b{cues('protesters')}\b[^.;:,]{{0,40}}$", re.I)
_WORKERS_BEFORE = re.compile(rf"\b{cues('workers')}\b[^.;:,]{{0,30}}$", re.I)

# A score and its result: "a 3-1 victory", "their 24-12 win" (a vote's tally has none).
# (A digit first, its word boundary after it: the engine skips straight to digits.)
_SCORED_RESULT = re.compile(
    r"\d(?<!\w\d)\d{0,2}-\d{1,3}\s+(?:victory|win|defeat|loss|draw)\b", re.I
)

# A truce taking effect: "the ceasefire between X and Y came into force", "the truce held".
_IN_FORCE = re.compile(
    r"(?:\s+(?:between|in|on|along|across|among|with|around)\s+[^,;:.()]{1,50}?)?"
    r"\s+(?:(?:has|have|had|was|were|is|are|\w+ly)\s+){0,3}"
    rf"{cues('in_force')}\b(?!\s+(?:up|back|off|talks))",
    re.I,
)
_CEASEFIRES = cue_words("ceasefires")

_APPEAL_AGAINST = re.compile(r"\bappeal(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?against\b", re.I)

_SUBORDINATE = re.compile(r"\b(?:when|after|as|while|before|until|because)\b", re.I)

_WAR = re.compile(
    rf"\b(?:{cues('military_context')}|war|wars|warplanes?|airstrikes?|target\w*|commanders?)\b",
    re.I,
)
# Who goes on strike, or a strike's own words: then a strike is a walkout.
_STRIKERS = re.compile(
    rf"\b(?:{cues('workers')}|walkout|picket\w*|pay|wages?|go\s+on|went\s+on|general)\b", re.I
)
_SPORT = re.compile(rf"\b{cues('sport')}\b", re.I)
_SPORT_FOLDED = caseless(_SPORT)  # on folded() text: faster


@functools.lru_cache(maxsize=64)
def _sport(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (a sentence) reads as a sport report; once per sentence (a
    string's hash is cached, so the key costs little)."""
    return (
        _SPORT_FOLDED.search(folded(text), lo, hi) is not None
        or _SCORED_RESULT.search(text, lo, hi) is not None
    )


ACCIDENT = re.compile(rf"\b{cues('accidents')}\b", re.I)
# A withdrawal from a body or an accord (the manual's SANCTION withdraw), not from ground:
# "withdrew from the regional bloc", "its withdrawal from ECOWAS" (an acronym names a body).
_FROM_BODY = re.compile(
    r"\s+from\s+(?:the\s+)?(?:(?-i:[A-Z][\w'’-]*|[a-z]+-?[a-z]*)\s+){0,3}?"
    rf"(?:{cues('left_bodies')}|(?-i:[A-Z]{{4,}}))\b",
    re.I,
)

_WARRANT = re.compile(r"\s+warrants?\b", re.I)
# "barred two lawmakers from entering the country", "... from entering Kenya"; the
# object may name where it comes from ("a delegation from the Red Cross from entering").
_FROM_ENTERING = re.compile(
    r"\s+(?:[\w'’.-]+\s+){0,8}?from\s+entering\s+(?:(?:the|its)\s+(?:country|territory)\b|[A-Z])"
)
# "ordered the ambassador to leave" (foreigners ordered out: not "residents to leave",
# an evacuation), "ordered the company to pay damages" (or to repay, refund, compensate).
_ORDERED_TO = re.compile(
    r"\s+(?:(?:[\w'’.-]+\s+){0,5}?(?:diplomat|ambassador|envoy|consul|attach|embass|mission|"
    r"peacekeep|troops|forces|journalist|correspondent|foreign|nationals|observers|monitors)"
    r"[\w'’-]*\s+(?:[\w'’.-]+\s+){0,3}?to\s+(leave)"
    r"|(?:[\w'’.-]+\s+){0,5}?to\s+(pay|repay|refund|reimburse|compensate))\b",
    re.I,
)


def _modes(prefix: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A type's modes, each with the pattern of its cue words ("assault.aerial" ...)."""
    return tuple(
        (name.partition(".")[2], re.compile(rf"\b{cues(name)}\b", re.I))
        for name in cue_names(prefix)
    )


#: ASSAULT's modes from the weapon words of its sentence, most specific first.
ASSAULT_MODES = _modes("assault.")

_RESCUED = re.compile(rf"\b{cues('rescued')}\b", re.I)
_RESCUERS = re.compile(rf"\b{cues('rescuers')}\b", re.I)
#: MOBILIZE's modes from what is mobilised; CONSULT's from how the meeting was held.
_MOBILIZE_MODES = _modes("mobilize.")
_MOBILIZE_WEAPONS = re.compile(rf"\b{cues('mobilize.weapons')}", re.I)
_FORCES = re.compile(rf"\b(?:{cues('mobilize.weapons')}|{cues('mobilize.troops')})", re.I)
# Where forces are moved: an area, not a state ("into the area around", "towards the
# border", "near the coast"; "to Ukraine" may be aid).
_INTO_AREA = re.compile(
    r"\s+(?:(?:into|towards?|near|around|along|off|close\s+to)\b"
    r"|to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:border|frontier|front|area|region|waters|coast)\b)",
    re.I,
)
# Forces ordered to a place: "ordered a carrier to the eastern Mediterranean", "ordered
# troops into the region", "ordered two brigades to the border".
_ORDERED_FORCES = re.compile(
    rf"\s+(?:[\w'’.-]+\s+){{0,4}}?(?:{cues('mobilize.weapons')}|{cues('mobilize.troops')})"
    r"[\w'’-]*\s+(?:(?:into|towards?)\b|to\s+(?:the\s+)?(?:[a-z-]+\s+)?(?-i:[A-Z])"
    r"|to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:border|frontier|front|area|region|waters|coast)\b)",
    re.I,
)
_CONSULT_MODES = _modes("consult.")

_TARGETS = re.compile(r"\s+(?:the\s+)?targets?\b", re.I)


def military_targets(text: str, trig: Trigger, end: int, s: Sentence) -> bool:
    """ "struck targets in Lebanon": an attack's targets, not a business goal, where the
    sentence speaks of arms or forces."""
    if trig.verb_code is None or trig.verb_code[0] != "ASSAULT" or not _TARGETS.match(text, end):
        return False
    sentence = text[s.start : s.end]
    return bool(MILITARY_CONTEXT.search(sentence)) or any(
        p.search(sentence) for _, p in ASSAULT_MODES
    )


def context_type(text: str, hit: Hit, word: str) -> tuple[str, str | None] | None:
    """The type and mode context gives a trigger: verbal attacks, cyber attacks, strikes."""
    category, mode = hit.category, hit.mode
    s_lo, s_hi = hit.sentence
    before = text[max(s_lo, hit.start - 30) : hit.start]
    wide = text[max(s_lo, hit.start - 60) : hit.start]
    after = text[hit.end : min(s_hi, hit.end + 90)]
    if word.startswith(("attack", "assault")):
        sentence = text[s_lo:s_hi]
        if _CYBER.search(sentence):
            return "COERCE", "cyber"
        if _VERBAL_BEFORE.search(before) and not MILITARY_CONTEXT.search(sentence):
            return "ACCUSE", "disapprove"
        verbal = _VERBAL_OBJECT.match(after) or (hit.as_verb and _VERBAL_FOR.match(after))
        if verbal and not MILITARY_CONTEXT.search(after[:60]):
            return "ACCUSE", "disapprove"
    if (category in ("ASSAULT", "COERCE", "RETREAT") or word.startswith("defend")) and _sport(
        text, s_lo, s_hi
    ):
        return None  # "the striker shot wide", "captured the trophy", "pulled out of": play
    if (
        hit.as_verb
        and category in ("ASSAULT", "COERCE", "REJECT")
        and (cyber := _CYBER.search(wide)) is not None
        # (the cyber words in the verb's own clause, not "blamed hackers for an outage that")
        and re.search(r"[,;:]|\b(?:that|which|who|whom|for|after|when)\b", wide[cyber.end() :])
        is None
    ):
        return "COERCE", "cyber"  # "hackers breached the ministry's servers": their subject
    if (
        not hit.as_verb
        and category == "AGREE"
        and word in _CEASEFIRES
        and _IN_FORCE.match(text, hit.end, s_hi) is not None
    ):
        return "RETREAT", "ceasefire"  # "the truce held": observed, no longer promised
    if category == "COERCE" and mode == "martial-law" and ACCIDENT.search(text, s_lo, s_hi):
        return None  # the manual: a state of emergency over a disaster is no repression
    if word.startswith("arrest") and not hit.as_verb and _WARRANT.match(after):
        return "THREATEN", "arrest"  # the manual: an arrest warrant threatens an arrest
    if (
        category == "RETREAT"
        and (
            (word.startswith("withdr") and _FROM_BODY.match(after))
            # "announced its withdrawal from the bloc": the pattern's object withdraws
            or (
                hit.code_end > hit.end
                and "withdr" in text[hit.end : hit.code_end].lower()
                and _FROM_BODY.match(text, hit.code_end, s_hi)
            )
        )
    ):
        return "SANCTION", "withdraw"  # the manual: leaving a body or an accord, not ground
    if category == "COERCE" and hit.as_verb and _FROM_ENTERING.match(after):
        return "REJECT", None  # the manual: barring entry to a country is a rejection
    if word.startswith("order") and hit.as_verb:
        ordered = _ORDERED_TO.match(after)
        if ordered is not None:
            if ordered.group(1) is not None:
                expel = trigger_of("expel")  # ordered to leave: expelled, as "expel" codes
                if expel is not None and expel.verb_code is not None:
                    return expel.verb_code
            else:
                return "SANCTION", None  # the manual: a court-ordered payment is a sanction
        moved = _ORDERED_FORCES.match(after)
        if moved is not None:
            # "ordered a second aircraft carrier to the eastern Mediterranean": forces
            # moved, the manual's MOBILIZE (not "ordered troops to withdraw": an order).
            weapons = _MOBILIZE_WEAPONS.search(moved.group()) is not None
            return "MOBILIZE", "weapons" if weapons else "troops"
    if category == "REQUEST" and _APPEAL_AGAINST.search(
        text, hit.start, min(s_hi, max(hit.end, hit.code_end) + 30)
    ):
        return "ACCUSE", "allege"  # "filed an appeal against his conviction": a legal challenge
    protesters = PROTESTERS_BEFORE.search(wide)
    if (
        protesters is not None
        and hit.as_verb
        and (subject := subject_head_before(text, hit.start, s_lo)) is not None
        and not subject[0] <= protesters.start() + max(s_lo, hit.start - 60) < subject[1]
    ):
        protesters = None  # "police raided activists' homes and seized": not their subject
    if (
        category in ("CONSULT", "ASSAULT", "COERCE")
        and protesters is not None
        # "protesters were killed when police opened fire": another clause's subject acts
        and not _SUBORDINATE.search(wide, protesters.start())
    ):
        if category == "CONSULT":
            return "PROTEST", "demo"
        if category == "ASSAULT" and not PASSIVE_BEFORE.search(before):
            return "PROTEST", "riot"  # protesters' violence is a riot (not "were killed")
        if category == "COERCE" and mode == "seize":
            return "PROTEST", "obstruct"  # protesters occupying a building obstruct
    if word.startswith("strike") and (
        _WORKERS_BEFORE.search(wide) or (not hit.as_verb and _LABOUR_STRIKE_BEFORE.search(before))
    ):
        return "PROTEST", "strike"  # "began an indefinite strike", "a 48-hour strike"
    if (
        category == "PROTEST"
        and mode == "obstruct"
        and hit.as_verb
        and not PROTESTERS_BEFORE.search(wide)
        and not _WORKERS_BEFORE.search(wide)
        and (
            _FORCES_BEFORE.search(before)
            or (word.startswith("blockad") and _named_subject(text, hit.start, s_lo))
        )
    ):
        # "China blockaded Taiwan", "police blocked the roads to the square": a blockade
        # or a cordon imposed, the manual's COERCE restrict, no protest.
        return "COERCE", "restrict"
    if (
        category == "PROTEST"
        and mode == "obstruct"
        and hit.as_verb
        and not PROTESTERS_BEFORE.search(wide)
        and not _WORKERS_BEFORE.search(wide)
        and not _PASSAGE_AFTER.match(after)
    ):
        return "REJECT", None  # "blocked the sanctions package": a veto, no obstruction
    if word.startswith("blockade") and (
        _WORKERS_BEFORE.search(wide) or PROTESTERS_BEFORE.search(wide)
    ):
        return "PROTEST", "obstruct"
    if (
        word.startswith("strike")
        and category == "PROTEST"
        and (_MILITARY_STRIKE.search(before) or _STRIKE_ON.match(after))
    ):
        return "ASSAULT", "aerial"
    if (
        word.startswith("strike")
        and category == "PROTEST"
        and not _STRIKERS.search(text, s_lo, s_hi)
        and _WAR.search(text, s_lo, s_hi)
    ):
        return "ASSAULT", None  # "fears of a wider war since the strike": no walkout
    if (
        category == "RETREAT"
        and mode == "release"
        and _RESCUED.search(after[:50])
        and _RESCUERS.search(wide)
    ):
        return "AID", None  # the manual: a rescue of hostages or victims is aid
    if (
        category in ("AID", "COOPERATE")
        and hit.as_verb
        and hit.code_end > hit.end
        and _FORCES.search(text, hit.end, hit.code_end) is not None
        and _INTO_AREA.match(text, hit.code_end, s_hi) is not None
    ):
        # "sent 30 warplanes into the area around Taiwan": forces moved into an area are
        # mobilised (the manual's MOBILIZE), where sent to a state they may be aid.
        weapons = _MOBILIZE_WEAPONS.search(text, hit.end, hit.code_end) is not None
        return "MOBILIZE", "weapons" if weapons else "troops"
    if category == "MOBILIZE":
        window = text[max(s_lo, hit.start - 50) : min(s_hi, hit.end + 50)]
        for name, pattern in _MOBILIZE_MODES:
            if pattern.search(window):
                return category, name
    if category == "CONSULT" and mode is None:
        window = text[hit.start : min(s_hi, hit.end + 80)]
        for name, pattern in _CONSULT_MODES:
            if pattern.search(window):
                return category, name
    if category == "ASSAULT" and mode is None:
        window = text[max(s_lo, hit.start - 60) : min(s_hi, hit.end + 60)]
        for name, pattern in ASSAULT_MODES:
            if pattern.search(window):
                return category, name
    return category, mode
