"""One event where a verb governs an event noun or an infinitive: the verb's type decides.

"suspended aid" is SANCTION, not AID; "refused to meet" is REJECT (mode meet); "vowed
to attack" is THREATEN (mode violence); a verb that codes nothing alone ("held talks",
"resumed negotiations") leaves the noun's event.  The modes a request, a refusal or a
threat takes from what it governs are here too.
"""

from __future__ import annotations

import re

from newsmodel._analysis.events.content import OWN_CIRCUMSTANCES, has_condition
from newsmodel._analysis.events.hits import BY_AFTER, Hit
from newsmodel._analysis.events.vocabulary import cue_words
from newsmodel._analysis.events.word_use import STATEMENT_BEFORE
from newsmodel._analysis.lexicon import data_alternation

__all__ = ["ASK_MODE", "CONFLICT", "INTENT", "THREAT_MODE", "govern_hits"]

# A noun phrase opening its sentence is the subject of the verb after it ("Landmines
# killed"), not a noun with a reduced relative clause ("an agreement signed in").
_OPENS_SENTENCE = re.compile(r"\s*[\"“‘']?(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)

#: The mode a REQUEST or REJECT takes from the type of what is asked or refused.
ASK_MODE = {
    "CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield",
    "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
}  # fmt: skip

#: The mode a THREATEN takes from the type of what is threatened.
THREAT_MODE = {
    "ASSAULT": "violence", "SANCTION": "relations", "REJECT": "relations",
    "PROTEST": "restrict", "MOBILIZE": "violence",
}  # fmt: skip
#: Verbs whose object event noun is the event: "signed an agreement", "staged a protest".
_LIGHT_VERBS = cue_words("light_verbs")
CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE"})
INTENT = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})

#: What a command to one's own forces makes their commander's act: deploying them (an order
#: to act otherwise, "ordered its troops to withdraw", stays a request).
_COMMANDED = frozenset({"MOBILIZE"})
# A verb of command, its own armed or police service, then "to": "ordered the navy to",
# "instructed his troops to", "ordered security forces to".
_ORDERED_SERVICE = re.compile(
    r"(?:order|instruct|command|direct)\w*\s+(?:(?:the|its|his|her|their|all)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"(?:" + data_alternation("event_cues.txt", "armed_services") + r")\s+to\s+",
    re.I,
)
#: Event nouns of accord: what a verb of force makes when it takes one ("struck a deal").
_ACCORDS = frozenset({"AGREE", "SUPPORT"})
# What may stand between a verb and the event it governs: a few words, an
# infinitive's "to", "X of", no clause break ("suspended all aid", "urged Egypt
# to free", "accused Israel of killing").
_GOVERNED_GAP = re.compile(
    r"^\s+(?:[\w'’.$€£¥-]+\s+){0,4}?(?:(?:to|of|for|on)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I
)
# "by" and a gerund after an event: how it was done ("violated the truce by shelling").
_BY_MEANS = re.compile(r"\s*,?\s+by\s+")

# A noun phrase ending a gap, with no auxiliary before the past form after it.
_FINITE_AFTER_NOUN = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+[a-z]+\s+$", re.I)
# Agreeing to an end of fighting is agreeing, not threatening: "agreed to a cessation of".
_ENDING = re.compile(
    r"\b(?:" + data_alternation("event_cues.txt", "endings") + r")\s+(?:to|of)\b", re.I
)
_AMOUNT = re.compile(r"[$€£¥]\s*\d|\d[\d,.]*\s*(?:million|billion|m\b|bn\b)", re.I)
# A sum given as aid: "200 million dollars in", "$5 billion of military".
_SUM_IN = re.compile(
    r"\s+(?:(?:an?|another|further|additional)\s+)?[$€£¥]?\d[\d,.]*\s*"
    r"(?:(?:" + data_alternation("event_cues.txt", "sum_units") + r")\s+)?"
    r"(?:(?:" + data_alternation("event_cues.txt", "currencies") + r"|[A-Z]{3})\s+)?"
    r"(?:(?:in|of|worth\s+of)\s+)?(?:[\w-]+\s+){0,2}",
    re.I,
)
_GAP_BREAK = re.compile(
    r"\b(?:in|at|after|before|during|with|by|from|over|amid|and|but|as|while|when|said|says|"
    r"which|who|that|where|because|since|if|near|outside|it|he|she|they|we|i|you)\b",
    re.I,
)

# A past taking part, then the event noun it governs: "took part in the joint", "joined
# the".
_TOOK_PART = re.compile(
    r"(?:took\s+part|participated)\s+in\s+(?:(?:the|a|an|their|its|his|her)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}",
    re.I,
)


def _called_off(h: Hit, g: Hit) -> Hit | None:
    """The manual's codes for a meeting or a protest called off: a verb of calling off or
    suspending whose object is a meeting refuses it ("called off talks": REJECT, mode
    meet); one whose object is the doer's protest concedes ("suspended its sit-in":
    CONCEDE)."""
    if g.as_verb:
        return None
    if h.category == "CONCEDE" and g.category == "CONSULT":
        return h._replace(category="REJECT", mode="meet")
    if h.category == "SANCTION" and g.category == "PROTEST":
        return h._replace(category="CONCEDE", mode=None)
    return None


def govern_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """One event where a verb governs an event noun or infinitive: the verb's type decides.

    "suspended aid" is SANCTION; "refused to meet" REJECT (mode meet); "vowed
    to attack" THREATEN (mode violence); "denounced the arrest" ACCUSE.
    """
    out: list[Hit] = []
    skip = -1
    for i, h in enumerate(hits):
        if i <= skip:
            continue
        j = i + 1
        if (
            not h.as_verb
            and j < len(hits)
            and hits[j].as_verb
            and hits[j].sentence == h.sentence
            and not text[h.end : hits[j].start].strip()
            and text[hits[j].start : hits[j].end].lower().endswith("ed")
            and not _OPENS_SENTENCE.match(text[h.sentence.start : h.start])
        ):
            out.append(h)  # "an agreement signed in Jeddah": the noun's event
            skip = j
            continue
        if h.as_verb and j < len(hits) and hits[j].sentence == h.sentence:
            g = hits[j]
            if not g.as_verb and _TOOK_PART.fullmatch(text, h.start, g.start) is not None:
                # "took part in joint exercises", "participated in the talks": the event
                # taken part in, done (a taking part to come is an intention, AGREE).
                out.append(h._replace(category=g.category, mode=g.mode, code_end=g.end))
                skip = j
                continue
            if g.start < h.code_end:
                if h.light and not g.as_verb and h.category != "REJECT":
                    # "held talks": the noun is the event, coded as the pattern says.
                    # (A refusal of it is the verb's subject's: "cancelled the visit".)
                    out.append(g._replace(category=h.category, mode=h.mode or g.mode))
                else:
                    # the pattern's own object: "suspended aid"
                    out.append(_called_off(h, g) or h)
                skip = j
                continue
            gap = text[h.end : g.start]
            if (
                h.category in ("AGREE", "SUPPORT")
                and g.category == "AID"
                and _SUM_IN.fullmatch(gap)
                and (h.category == "AGREE" or _AMOUNT.search(gap))  # (a sum of money)
            ):
                # The manual: only broad promises of aid are AGREE; "pledged $200
                # million in aid" gives a sum, which is aid, and so does "approved 40
                # million euros in emergency assistance".
                out.append(h._replace(category="AID", mode=g.mode))
                skip = j
                continue
            # "praised an agreement forged in Jeddah": the agreement is an event too.
            has_own = OWN_CIRCUMSTANCES.match(text, g.end) is not None
            # "Police deployed to the square arrested dozens": a past form after a noun is
            # the next clause's verb, not an infinitive or a noun the first verb governs.
            finite = (
                g.as_verb
                and text[g.start : g.end].split()[0].lower().endswith("ed")
                and (
                    _FINITE_AFTER_NOUN.search(gap) is not None
                    or BY_AFTER.match(text, g.end) is not None  # "villagers abducted by"
                )
            )
            if (
                _GOVERNED_GAP.match(gap)
                and not _GAP_BREAK.search(gap)
                and not has_own
                and not finite
            ):
                if (
                    g.as_verb
                    and (h.light or h.category in ("SUPPORT", "AGREE"))  # not "vetoed"
                    and text[g.start : g.end].lower().endswith("ing")
                    and STATEMENT_BEFORE.search(gap) is not None
                ):
                    # "signed a letter urging", "adopted a resolution demanding": what the
                    # document does is the event, not the signing of it (but "vetoed a
                    # statement criticising" is a veto).
                    out.append(g)
                    skip = j
                    while (
                        skip + 1 < len(hits)
                        and hits[skip + 1].sentence == g.sentence
                        and hits[skip + 1].start < g.code_end
                    ):
                        skip += 1  # the participle's own object: "condemning the raid"
                    continue
                verb = text[h.start : h.end].lower()
                if (
                    h.light
                    and verb in _LIGHT_VERBS
                    and not g.as_verb
                    and not re.search(r"\bto\s", gap)
                ):
                    # "resumed trade negotiations": a verb that codes nothing of its own
                    # leaves its object event noun the event, whatever its patterns say.
                    out.append(g)
                    skip = j
                    continue
                category, mode = h.category, h.mode
                if (
                    category == "REQUEST"
                    and g.as_verb
                    and g.category in _COMMANDED
                    and _ORDERED_SERVICE.fullmatch(text, h.start, g.start) is not None
                ):
                    # "ordered the navy to deploy four more ships": a command to deploy one's
                    # own forces is their deployment, done by the one who commands it, as
                    # "ordered a second aircraft carrier to the Mediterranean" is.
                    category, mode = g.category, g.mode
                elif category in ("REQUEST", "REJECT"):
                    mode = ASK_MODE.get(g.category, mode or "change")
                elif category == "THREATEN":
                    mode = THREAT_MODE.get(g.category, mode)
                    if g.category == "COERCE":
                        mode = "arrest" if g.mode == "arrest" else "restrict"
                    elif g.mode == "expel":
                        mode = "expel"
                elif (
                    category in ("AGREE", "SUPPORT")
                    and g.category == "AID"
                    and verb.startswith(("agree", "approv"))
                    and _AMOUNT.search(text, h.end, min(h.sentence.end, g.end + 40))
                ):
                    # The manual: aid with its sum agreed or approved is aid ("agreed to
                    # forgive $200 million of loans", "approved a $3 billion bailout"); a
                    # promise of aid stays AGREE.
                    category, mode = "AID", g.mode
                elif (
                    category == "SUPPORT"
                    and verb.startswith("approv")
                    and g.category in INTENT
                    and re.search(r"\bto\s", gap)
                ):
                    # "approved a plan to supply ammunition": a decision to cooperate is
                    # an intention, the manual's AGREE (the approval of another's act is
                    # support: "approved the deal").
                    category, mode = "AGREE", None
                elif category == "AGREE" and g.category == "CONCEDE":
                    category, mode = "CONCEDE", g.mode  # "agreed to lift the ban"
                elif (
                    category == "AGREE"
                    and g.category == "SANCTION"
                    and text[h.start : h.end].lower().startswith("agree")
                    and not has_condition(text, g)
                ):
                    # "agreed to extend sanctions": the decision is the sanction, as
                    # "agreed new sanctions" (CAMEO's "agree * sanction"); a promise to
                    # sanction "if" is still a threat.
                    category, mode = "SANCTION", g.mode
                elif category == "AGREE" and g.category in CONFLICT and not _ENDING.search(gap):
                    category, mode = "THREATEN", THREAT_MODE.get(g.category, "violence")
                elif (ended := _called_off(h, g)) is not None:
                    category, mode = ended.category, ended.mode
                elif (
                    category == "ASSAULT"
                    and not g.as_verb
                    and g.category in _ACCORDS
                    and not re.search(r"\b(?:to|of|for|on)\s", gap)
                ):
                    # "struck a deal", "hammered out an accord": a verb of force whose object
                    # is an accord says it was made; the accord is the event.
                    category, mode = g.category, g.mode
                out.append(h._replace(category=category, mode=mode))
                skip = j
                while (
                    g.as_verb
                    and skip + 1 < len(hits)
                    and hits[skip + 1].sentence == g.sentence
                    and hits[skip + 1].start < g.code_end
                ):
                    skip += 1  # "marched ... demanding the resignation": the object goes too
                continue
        if (
            out
            and out[-1].category == h.category
            and out[-1].sentence == h.sentence
            and text[h.start : h.end].lower().endswith("ing")
            and _BY_MEANS.fullmatch(text, max(out[-1].end, out[-1].code_end), h.start)
        ):
            continue  # "violated the ceasefire by shelling the town": its means, one event
        if (
            out
            and out[-1].category == h.category
            and out[-1].sentence == h.sentence
            and re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", text[out[-1].end : h.start])
        ):
            if h.as_verb and not out[-1].as_verb:
                # "A roadside bomb struck": the verb is the event, the noun its subject.
                out[-1] = h._replace(mode=h.mode or out[-1].mode)
            continue  # "shot and killed": one event
        out.append(h)
    return out
