"""The event vocabulary: kinds, their PLOVER categories and their trigger words."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["EVENT_KINDS", "TRIGGER_PATTERN", "Trigger", "trigger_of"]

#: kind → (PLOVER category, verb forms, noun forms).  A word in both lists is
#: read as a verb or a noun from the words before it.  ``OTHER`` marks kinds
#: PLOVER does not code (statements, elections).
EVENT_KINDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "meeting": (
        "CONSULT",
        ("met", "meet", "meets", "meeting", "hosted", "hosts", "conferred", "negotiated",
         "negotiating"),
        ("meeting", "meetings", "talks", "summit", "summits", "negotiations", "phone call"),
    ),
    "visit": (
        "CONSULT",
        ("visit", "visited", "visiting", "visits", "travelled to", "traveled to", "arrived in"),
        ("visit", "visits", "trip to"),
    ),
    "agreement": (
        "AGREE",
        ("signed", "sign", "signs", "signing"),
        ("agreement", "agreements", "deal", "accord", "treaty", "pact"),
    ),
    "ceasefire": ("AGREE", (), ("ceasefire", "cease-fire", "truce", "armistice")),
    "statement": (
        "OTHER", ("announced", "hailed", "declared", "proclaimed", "pledged", "vowed"), ()
    ),
    "military": (
        "ASSAULT",
        ("attacked", "attack", "attacks", "attacking", "invaded", "invade", "invading", "seized",
         "seizing", "captured", "capturing", "recaptured", "reclaimed", "reclaiming", "bombed",
         "shelled"),
        ("attack", "attacks", "invasion", "offensive", "counteroffensive", "counter-offensive",
         "airstrike", "airstrikes", "air strike", "air strikes", "shelling", "bombing",
         "bombardment"),
    ),
    "sanction": ("SANCTION", ("sanctioned", "sanction"), ("sanctions", "embargo")),
    "arrest": ("COERCE", ("arrested", "detained", "jailed"), ("arrest", "arrests", "detention")),
    "election": ("OTHER", ("elected", "re-elected", "reelected"), ("election", "elections")),
    "protest": (
        "PROTEST",
        ("protested", "protesting", "demonstrated against", "marched"),
        ("protest", "protests", "demonstration", "demonstrations", "strike action"),
    ),
    "aid": ("AID", ("aid", "delivered", "supplied", "donated"), ("aid", "deliveries")),
    "accusation": ("DISAPPROVE", ("accused", "accuses", "blamed", "blames", "condemned"), ()),
    "threat": ("THREATEN", ("threatened", "threatens", "threatening"), ()),
    "rejection": ("REJECT", ("rejected", "rejects", "refused", "vetoed", "rebuffed"), ()),
    "demand": ("DEMAND", ("demanded", "demands", "urged", "urges"), ()),
    "deployment": (
        "MOBILIZE", ("deployed", "mobilized", "mobilised"), ("deployment", "mobilization")
    ),
    "investigation": (
        "INVESTIGATE",
        ("investigated", "investigating", "probed"),
        ("investigation", "inquiry", "probe"),
    ),
    "withdrawal": ("RETREAT", ("withdrew", "pulled out"), ("withdrawal", "pullout")),
}  # fmt: skip


class Trigger(NamedTuple):
    """What a trigger word can be: its kind, and whether it can be a verb or a noun."""

    kind: str
    verb: bool
    noun: bool


def _table() -> dict[str, Trigger]:
    forms: dict[str, tuple[str, bool, bool]] = {}
    for kind, (_cat, verbs, nouns) in EVENT_KINDS.items():
        for word in verbs:
            forms[word] = (kind, True, word in nouns)
        for word in nouns:
            if word not in forms:
                forms[word] = (kind, False, True)
    return {w: Trigger(*v) for w, v in forms.items()}


_TRIGGERS = _table()


def _trie_pattern(words: list[str]) -> str:
    """An alternation of ``words`` as a trie: the regex engine branches on each
    character instead of trying every word at every position (five times faster)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # Greedy: the longest trigger wins ("air strikes" over "air strike").
        return f"(?:{body})?" if "" in node else body

    return build(trie)


#: One pass finds every trigger, longest first.
TRIGGER_PATTERN = re.compile(r"\b(?:" + _trie_pattern(list(_TRIGGERS)) + r")\b", re.IGNORECASE)

# Uses of the trigger words that are not events.
_NOT_AFTER = re.compile(
    r"(?:-[a-z]"  # "treaty-violating", "deal-making": a modifier, not an event
    r"|\s+(?:on|upon)\b"  # "seized on this"
    r"|\s+(?:the\s+)?(?:opportunity|moment|chance|initiative|momentum|headlines?|"
    r"deadline|demands?|needs?|targets?|goals?|standards?|requirements?|expectations?|"
    r"criteria|threshold|ad|ads)\b"
    r"|\s+with\s+(?:criticism|resistance|skepticism|scepticism|applause|silence|approval|"
    r"opposition|derision|outrage|success|mixed|little|some|much|widespread|strong)\b"
    r"|\s+(?:off|up|a\s+deal)\b)",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(
    r"\b(?:heart|panic|asthma|anxiety|first|hearing|visual|teaching|a\s+great|a\s+good|"
    r"big|raw)\s+$",
    re.IGNORECASE,
)
# "He talks about it": a verb, not negotiations.
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|it|who|that)\s+$", re.IGNORECASE)


def trigger_of(text: str, start: int, end: int) -> Trigger | None:
    """The trigger at ``text[start:end]``, unless its context makes it no event."""
    word = " ".join(text[start:end].lower().split())
    trig = _TRIGGERS.get(word)
    if trig is None:
        return None
    if _NOT_AFTER.match(text, end, min(len(text), end + 40)):
        return None
    if _NOT_BEFORE.search(text, max(0, start - 14), start) or text[start - 1 : start] == "-":
        return None
    if word == "talks" and _PRONOUN_BEFORE.search(text, max(0, start - 6), start):
        return None
    return trig
