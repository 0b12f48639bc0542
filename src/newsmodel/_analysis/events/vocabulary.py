"""The event vocabulary: trigger words, their PLOVER types and modes, and verb patterns.

The tables are package data (``data/event_verbs.tsv``, ``event_patterns.tsv``,
``event_nouns.tsv``, ``agent_nouns.txt``) derived by
``tools/derive_event_vocabulary.py`` from PETRARCH2's CAMEO verb dictionary
(MIT), mapped to PLOVER with the manual's CAMEO-to-PLOVER table, with the
PLOVER manual's keywords over them (``tools/plover_keywords.txt``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from typing import NamedTuple

from newsmodel._analysis.text import trie_pattern

__all__ = [
    "KIND_OF",
    "PLOVER_MODES",
    "PLOVER_TYPES",
    "TRIGGER_PATTERN",
    "Trigger",
    "agent_nouns",
    "cue_names",
    "cue_words",
    "cues",
    "find_triggers",
    "may_pattern",
    "pattern_for",
    "trigger_of",
]

#: The PLOVER manual's 16 event types, in the manual's order.
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

#: Each type's modes, as the PLOVER manual's mode tables name them (types the manual
#: gives no modes have none).
PLOVER_MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset(
        {"restrict", "arrest", "relations", "expel", "territory", "violence"}
    ),
    "PROTEST": frozenset(
        {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}
    ),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
         "withhold", "misinformation", "cyber"}
    ),
    "ASSAULT": frozenset(
        {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
         "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
         "crowd-control", "unconventional"}
    ),
}  # fmt: skip

#: newsmodel's own ``kind`` word for a type, or for a (type, mode) pair.
KIND_OF: dict[tuple[str, str | None], str] = {
    ("AGREE", None): "agreement",
    ("CONSULT", None): "meeting",
    ("CONSULT", "visit"): "visit",
    ("SUPPORT", None): "support",
    ("CONCEDE", None): "concession",
    ("COOPERATE", None): "cooperation",
    ("AID", None): "aid",
    ("RETREAT", None): "withdrawal",
    ("RETREAT", "release"): "release",
    ("RETREAT", "resign"): "resignation",
    ("REQUEST", None): "demand",
    ("ACCUSE", None): "accusation",
    ("ACCUSE", "investigate"): "investigation",
    ("REJECT", None): "rejection",
    ("THREATEN", None): "threat",
    ("PROTEST", None): "protest",
    ("SANCTION", None): "sanction",
    ("MOBILIZE", None): "deployment",
    ("COERCE", None): "coercion",
    ("COERCE", "arrest"): "arrest",
    ("ASSAULT", None): "military",
}


def kind_of(type_: str, mode: str | None) -> str:
    """newsmodel's ``kind`` word for a PLOVER type and mode."""
    return KIND_OF.get((type_, mode)) or KIND_OF[(type_, None)]


class Trigger(NamedTuple):
    """What a trigger word can be: as a verb and as a noun, each a (type, mode) or None.

    A verb whose ``verb_code`` is ``("-", None)`` codes no event alone but may
    with a pattern ("gave aid"); ``lemma`` and ``block`` key its patterns.
    """

    verb: bool
    noun: bool
    verb_code: tuple[str, str | None] | None
    noun_code: tuple[str, str | None] | None
    lemma: str
    block: str
    keyword: bool = False  #: coded by the PLOVER keywords, not only by CAMEO


def _lines(name: str) -> list[list[str]]:
    text = resources.files("newsmodel._analysis").joinpath("data", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _mode(m: str) -> str | None:
    return None if m in ("", "-") else m


@functools.cache
def _tables() -> tuple[
    dict[str, Trigger], dict[str, list[tuple[tuple[str, ...], str, str | None]]]
]:
    verbs: dict[str, tuple[str, str, tuple[str, str | None], bool]] = {}
    for form, lemma, block, type_, mode, source in _lines("event_verbs.tsv"):
        verbs[form] = (lemma, block, (type_, _mode(mode)), source == "keyword")
    nouns = {form: (type_, _mode(mode)) for form, type_, mode in _lines("event_nouns.tsv")}
    table: dict[str, Trigger] = {}
    for form in verbs.keys() | nouns.keys():
        v = verbs.get(form)
        n = nouns.get(form)
        table[form] = Trigger(
            verb=v is not None,
            noun=n is not None,
            verb_code=v[2] if v else None,
            noun_code=n,
            lemma=v[0] if v else form,
            block=v[1] if v else "",
            keyword=v[3] if v else False,
        )
    patterns: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {}
    for key, words, type_, mode in _lines("event_patterns.tsv"):
        patterns.setdefault(key, []).append((tuple(words.split()), type_, _mode(mode)))
    for rows in patterns.values():
        # The most specific pattern first: more words, then longer stems.
        rows.sort(key=lambda r: (-len(r[0]), -sum(len(w) for w in r[0])))
    return table, patterns


@functools.cache
def agent_nouns() -> frozenset[str]:
    """Nouns naming collective actors: "police", "rebels", "protesters"."""
    return frozenset(row[0] for row in _lines("agent_nouns.txt"))


@functools.cache
def _cue_lists() -> dict[str, tuple[str, ...]]:
    text = resources.files("newsmodel._analysis").joinpath("data", "event_cues.txt")
    lists: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line.lower())
    return {name: tuple(words) for name, words in lists.items()}


def cue_words(name: str) -> frozenset[str]:
    """The words of the cue list ``name`` of ``data/event_cues.txt``, lower case."""
    return frozenset(_cue_lists()[name])


def cue_names(prefix: str) -> tuple[str, ...]:
    """The cue lists whose names start with ``prefix`` ("assault."), in file order."""
    return tuple(n for n in _cue_lists() if n.startswith(prefix))


@functools.cache
def cues(name: str) -> str:
    """The cue list ``name`` of ``data/event_cues.txt`` as a regex alternation of whole
    words (no boundaries around it): a space matches any spaces, ``*`` any word ending.

    Raises ``KeyError`` for a list the file lacks, so a renamed list fails loudly.
    """
    words = _cue_lists()[name]
    # Whole words as a trie (the engine branches per letter), stems after them.
    alts = [
        trie_pattern(sorted(" ".join(w.split()) for w in words if not w.endswith("*"))).replace(
            r"\ ", r"\s+"
        )
    ]
    alts += [re.escape(w[:-1]) + r"[\w-]*" for w in words if w.endswith("*")]
    return "(?:" + "|".join(a for a in alts if a) + ")"


@functools.cache
def trigger_pattern() -> re.Pattern[str]:
    """One pass finds every trigger, longest first (a space matches any run of spaces)."""
    table, _ = _tables()
    words = [w for w, t in table.items() if t.noun or (t.verb_code and t.verb_code[0] != "-")]
    # Verbs that code nothing alone are found too: their patterns may code.
    _, patterns = _tables()
    words += [
        w for w, t in table.items() if t.verb and ("=" + t.lemma in patterns or t.block in patterns)
    ]
    body = trie_pattern(sorted(set(words))).replace(r"\ ", r"\s+")
    # A lookahead on the first letters lets the engine skip other positions quickly.
    first = re.escape("".join(sorted({w[0] for w in words})))
    return re.compile(r"(?<![\w-])(?=[" + first + r"])(?:" + body + r")(?![\w-])", re.IGNORECASE)


@functools.cache
def lower_trigger_pattern() -> re.Pattern[str]:
    """:func:`trigger_pattern` for lower-cased text: twice as fast as matching any case."""
    return re.compile(trigger_pattern().pattern)


def find_triggers(text: str) -> Iterator[re.Match[str]]:
    """Every trigger in ``text``, in order, matched in lower case where that keeps
    the offsets ("İ" lower-cases to two characters)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return trigger_pattern().finditer(text)
    return lower_trigger_pattern().finditer(lowered)


TRIGGER_PATTERN = trigger_pattern


def trigger_of(word: str) -> Trigger | None:
    """The trigger a word (or phrase) is, in any case and spacing."""
    table = _tables()[0]
    found = table.get(word)  # most triggers come lower case and singly spaced
    return found if found is not None else table.get(" ".join(word.lower().split()))


# "3,000" is one word, and so is "24-hour" (a modifier, not a number and a word)
_OBJECT_WORD = re.compile(r"\d[\d,.]*\d(?![\w'’-])|[\w'’-]+|[,;:.()]")
# (a sum's currency is filler too: "wrote off 300 million euros of debt")
_FILLER = cue_words("object_fillers") | cue_words("currencies")
_NUMBER = re.compile(r"\d[\d,.]*")


_Row = tuple[tuple[str, ...], str, str | None]


#: Nouns of weapons and forces, which a noun may modify: "cruise missiles", "border troops".
_FORCE_NOUNS = re.compile(
    rf"(?:{cues('mobilize.weapons')}|{cues('mobilize.troops')})(?![\w'’-])", re.I
)


class _Opening(NamedTuple):
    """Whether the next word past determiners and the like opens one of a verb's patterns.

    A word opens a bucket when its first four letters are the bucket's key (a
    shorter key: the whole word); one test rejects most verbs ("said", "took")
    without reading their words.  Set look-ups on the window's first words,
    not a compiled regex per verb: compiling one for each verb a corpus uses
    cost more than all the matching.
    """

    long: frozenset[str]
    short: frozenset[str]  #: shorter keys of word characters: a whole word
    odd: frozenset[str] = frozenset()  #: shorter keys with other characters

    def match(self, window: str) -> bool:
        """Whether ``window`` (lower case) opens with up to six filler words, then a key."""
        lead = _FILLER_RUN.match(window)
        assert lead is not None  # it matches the empty string
        at = lead.start(2)
        # The word after the filler words, inline: most calls test only this one.
        if (
            window[at : at + 4] in self.long
            or lead.group(2) in self.short
            or (self.odd and self._opens(window, at))
        ):
            return True
        # Up to two modifiers after the filler words: "fired two [ballistic] missiles"
        # (a superset of _modifier, cheap to test: a word's ending).
        pos = at
        for _ in range(_MODIFIERS):
            word = _WORD_RUN.match(window, pos)
            if word is None:
                break
            gap = _SEPS.match(window, word.end())
            if gap is None:
                break
            if not (
                word.group().endswith(_MODIFIER_ENDS)
                or word.group().endswith("ed")  # a participle: "[captured] smugglers"
                or "-" in word.group()[1:-1]  # "short-range"
                # "[cruise] missiles": a noun before a weapon's or force's
                or _FORCE_NOUNS.match(window, gap.end()) is not None
            ):
                break
            pos = gap.end()
            if self._opens(window, pos):
                return True
        if lead.start(1) == at:
            return False  # no filler word: the first word was the only one to try
        # A key may also open right after fewer of the filler words (or be one).
        return any(self._opens(window, c.start()) for c in _CHUNK.finditer(window, 0, at))

    def _opens(self, window: str, at: int) -> bool:
        """Whether a key opens at ``at``."""
        if window[at : at + 4] in self.long:
            return True
        if self.short:
            word = _WORD_RUN.match(window, at)
            if word is not None and word.group() in self.short:
                return True
        for size in (1, 2, 3) if self.odd else ():
            key = window[at : at + size]
            if len(key) == size and key in self.odd and _WORD_CHAR.match(window, at + size) is None:
                return True
        return False


class _Patterns(NamedTuple):
    buckets: dict[str, list[tuple[int, _Row]]]
    opening: _Opening | None


@functools.lru_cache(maxsize=4096)
def _rows_for(lemma: str, block: str, keyword: bool, own: str) -> _Patterns:
    """A verb's patterns in priority order, bucketed by their first word's first four letters.

    The keywords' patterns (by lemma) come before CAMEO's (by synonym block); a
    verb the keywords code takes from CAMEO's patterns only a mode of its own type.
    """
    _, patterns = _tables()
    rows = list(patterns.get("=" + lemma, []))
    if not rows:
        return _block_rows(block, keyword, own)  # as most verbs: the block's, shared
    rows += [r for r in patterns.get(block, []) if not keyword or own == "-" or r[1] == own]
    return _bucketed(rows)


@functools.lru_cache(maxsize=4096)
def _block_rows(block: str, keyword: bool, own: str) -> _Patterns:
    """:func:`_rows_for` of a verb with no patterns of its own: its synonym block's,
    built once for all the block's verbs (a text's first verbs pay for building)."""
    _, patterns = _tables()
    return _bucketed(
        [r for r in patterns.get(block, []) if not keyword or own == "-" or r[1] == own]
    )


def _bucketed(rows: list[_Row]) -> _Patterns:
    buckets: dict[str, list[tuple[int, _Row]]] = {}
    for n, row in enumerate(rows):
        buckets.setdefault(row[0][0][:4], []).append((n, row))
    return _Patterns(buckets, _opening(frozenset(buckets)) if buckets else None)


#: A word with the punctuation stuck to it, between separators (spaces, quotes).
_CHUNK = re.compile(r"[\w'’\-,;:.()]+")
_NUMBER_WORD = re.compile(r"\d[\d,.]*\d|\d")
_WORD_CHAR = re.compile(r"[\w'’-]")
_WORD_RUN = re.compile(r"[\w'’-]+")
_SEP = r"[^\w'’\-,;:.()]"  # what lies between two object words, short of a clause break
_SEPS = re.compile(rf"{_SEP}+")
#: Word endings of a possible modifier before a pattern's first word ("ballistic").
_MODIFIER_ENDS = ("ic", "al", "ry", "an", "se", "sh", "ve", "us", "ar", "'s", "’s", "s'", "s’")
#: The separators, then up to six filler words (group 1), each a whole chunk, then
#: the word characters of the next word (group 2, perhaps empty).
_FILLER_RUN = re.compile(
    rf"{_SEP}*((?:(?:{'|'.join(sorted(_FILLER, key=len, reverse=True))}|\d[\d,.]*\d|\d)"
    rf"{_SEP}+){{0,6}})([\w'’-]*)"
)


def _opening(keys: frozenset[str]) -> _Opening:
    """The :class:`_Opening` test of a verb whose pattern buckets have these keys."""
    short = [k for k in keys if len(k) < 4]
    return _Opening(
        frozenset(k for k in keys if len(k) >= 4),
        frozenset(k for k in short if _WORD_RUN.fullmatch(k)),
        frozenset(k for k in short if not _WORD_RUN.fullmatch(k)),
    )


#: Words no modifier skipped before a pattern's object can be: a clause moves on.
_STOPS = cue_words("object_stops")
_MODIFIERS = 2  #: modifiers a pattern's first word may follow: "fired ballistic missiles"
#: A past participle before a noun, as its modifier: "captured", "seized", "wounded".
_PARTICIPLE = re.compile(r"[a-z]{3,}ed")
#: Endings of adjectives ("ballistic", "military", "humanitarian", "nuclear").
_ADJECTIVAL = ("ic", "al", "ary", "ian", "an", "ese", "ish", "ive", "ous", "ar")


def _filler(word: str) -> bool:
    """A word a pattern may skip: a determiner, a quantity or a number ("fired 40 rockets")."""
    return word in _FILLER or _NUMBER.fullmatch(word) is not None


def may_pattern(trigger: Trigger, text: str, end: int) -> bool:
    """A cheap test :func:`pattern_for` needs to pass: the next word past filler opens
    one of the verb's patterns."""
    own = trigger.verb_code[0] if trigger.verb_code else "-"
    opening = _rows_for(trigger.lemma, trigger.block, trigger.keyword, own).opening
    return opening is not None and opening.match(text[end : end + 80].lower())


def pattern_for(
    trigger: Trigger, text: str, end: int, limit: int
) -> tuple[tuple[str, str | None], int] | None:
    """The code a verb pattern gives the verb ending at ``end``, and where the pattern ends.

    The pattern's words must follow in order within the next few words, with
    only determiners and the like between them ("suspended all aid"); a
    pattern's word of more than three letters is a stem ("violat").
    """
    own = trigger.verb_code[0] if trigger.verb_code else "-"
    buckets, opening = _rows_for(trigger.lemma, trigger.block, trigger.keyword, own)
    if opening is None:
        return None
    window = text[end : min(limit, end + 80)].lower()
    if not opening.match(window):
        return None
    words: list[tuple[str, int]] = []
    opens: list[tuple[int, _Row]] = []  #: patterns a word up to the first non-filler opens
    for m in _OBJECT_WORD.finditer(window):
        if m.group() in ",;:.()":
            break
        words.append((m.group(), end + m.end()))
        if len(words) >= 9:
            break
    if not words:
        return None
    # A pattern's first word can only be a word reached past filler alone; a verb that
    # codes nothing alone may also reach past modifiers ("fired two ballistic missiles"),
    # once no pattern matched without.
    reach = next((k for k, (w, _) in enumerate(words) if not _filler(w)), len(words) - 1)
    for w, _ in words[: reach + 1]:
        opens.extend(buckets.get(w[:4], ()))
    for _, (pat, type_, mode) in sorted(set(opens), key=lambda c: c[0]):
        found = _match(pat, words, 0)
        if found is not None:
            return (type_, mode), found
    if own != "-":
        return None
    modified = reach
    for _ in range(_MODIFIERS):
        if modified + 1 < len(words) and _modifier_of(
            words, modified, lambda w: w[:4] in buckets or w in buckets
        ):
            modified += 1
    if modified == reach:
        return None
    for w, _ in words[reach + 1 : modified + 1]:
        opens.extend(buckets.get(w[:4], ()))
    for _, (pat, type_, mode) in sorted(set(opens), key=lambda c: c[0]):
        found = _match(pat, words, _MODIFIERS)
        if found is not None:
            return (type_, mode), found
    return None


def pattern_in(trigger: Trigger, words: Sequence[str]) -> tuple[str, str | None] | None:
    """The code a verb pattern gives the verb when ``words`` (lower case) are its object
    standing elsewhere: the subject of the passive "Twelve suspects were handed over"
    is what "handed over suspects" hands over."""
    own = trigger.verb_code[0] if trigger.verb_code else "-"
    buckets, opening = _rows_for(trigger.lemma, trigger.block, trigger.keyword, own)
    if opening is None:
        return None
    pairs = [(w, 0) for w in words]
    for k, (w, _) in enumerate(pairs):
        for _, (pat, type_, mode) in sorted(buckets.get(w[:4], ()), key=lambda c: c[0]):
            if _match(pat, pairs[k:], 0) is not None:
                return type_, mode
    return None


def _modifier_of(
    words: list[tuple[str, int]], i: int, head: Callable[[str], bool] | None = None
) -> bool:
    """Whether ``words[i]`` may modify the word after it: an adjective (:func:`_modifier`),
    a plain word before a noun of weapons or forces ("fired [cruise] missiles", "moved
    [border] troops"), but no event word ("an [arrest] warrant"), or a past participle
    before a word ``head`` accepts as a pattern's object ("handed over two [captured]
    smugglers")."""
    word = words[i][0]
    if _modifier(word):
        return True
    if i + 1 >= len(words) or not word.isalpha() or not word.islower() or word in _STOPS:
        return False
    following = words[i + 1][0]
    if _FORCE_NOUNS.match(following) is not None:
        return trigger_of(word) is None
    # A participle before a pattern's object that is no event word of its own (an event
    # noun is coded alone, with its own modifiers: "a [renewed] attack").
    noun = trigger_of(following)
    return (
        head is not None
        and head(following)
        and (noun is None or not noun.noun)
        and _PARTICIPLE.fullmatch(word) is not None
    )


def _modifier(word: str) -> bool:
    """A word that may modify a pattern's object: "ballistic", "military", "Peru's", a
    plural's possessive ("the nurses' demands")."""
    return word not in _STOPS and (
        word.endswith(_ADJECTIVAL)
        or word.endswith(("'s", "’s", "s'", "s’"))
        or ("-" in word.strip("-") and word[:1].isalnum())  # "short-range", "Iranian-made"
    )


def _prefixed(stem: str) -> Callable[[str], bool]:
    """A test of whether a word opens with ``stem``."""
    return lambda word: word.startswith(stem)


def _match(pat: tuple[str, ...], words: list[tuple[str, int]], skip: int) -> int | None:
    """Where ``pat`` ends in ``words``, past filler (and ``skip`` modifiers before its first
    word, up to two before a later one: "broke off [diplomatic] relations"), or None."""
    i = 0
    stop = 0
    for n, p in enumerate(pat):
        skipped = 0
        while i < len(words) and not words[i][0].startswith(p):
            if _filler(words[i][0]):
                i += 1
            elif skipped < (skip if n == 0 else _MODIFIERS) and (
                _modifier_of(words, i, _prefixed(p)) if n == 0 else _modifier(words[i][0])
            ):
                i += 1
                skipped += 1
            else:
                break
        if i < len(words) and (words[i][0] == p or (len(p) > 3 and words[i][0].startswith(p))):
            stop = words[i][1]
            i += 1
        else:
            return None
    return stop
