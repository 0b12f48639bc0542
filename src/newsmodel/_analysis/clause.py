"""A light clause reader: the grammatical subject of a verb, and its object.

No parser: English news clauses are regular enough that reading backwards
from a verb finds its subject once the material that may stand between them
is set aside:

- adverbs, auxiliaries and negation: "has also repeatedly said";
- time phrases: "Iran on Tuesday said", "the ministry last week warned";
- parentheticals: "the agency (which runs the port) said";
- comma-enclosed appositives and relative clauses: "Ana Silva, the
  minister, said", "Peskov, who was in Minsk, said".

The subject is then the noun phrase that ends there, up to a clause
boundary ("and", "but", "that", a comma, a semicolon, quotation marks, the
start of the sentence).  Reading forwards from a verb gives its object or
addressee: "told [Reuters]", "warned [the minister] that".  Both return
character spans; what the words denote (a person, a pronoun, a group) is the
caller's business, so the events stage can use the same reader.
"""

from __future__ import annotations

import functools
import re

from newsmodel._analysis.lexicon import (
    ROLE_NOUNS,
    _data_words,
    data_alternation,
    data_section,
    is_given_name,
)

__all__ = [
    "DURATION_ENDS",
    "duration_before",
    "leading_subject",
    "object_after",
    "relative_before",
    "subject_before",
    "verb_gap",
]

# Words that may stand between a subject and its verb.
_BETWEEN = re.compile(
    r"(?:\s+|^)(?:also|just|then|later|again|already|still|repeatedly|recently|previously|once|"
    r"further|quickly|only|even|since|has|have|had|was|were|is|are|been|being|will|would|could|should|"
    r"might|may|must|did|does|do|not|never|n['’]t|reportedly|publicly|privately|openly|"
    r"flatly|firmly|simply|finally|first|initially|subsequently|immediately|now|often|"
    r"ultimately|separately|earlier|today|yesterday|tonight)$",
    re.IGNORECASE,
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_TIME = re.compile(
    r"\s+(?:(?:on|last|this|next|early|late|earlier|later)\s+)?(?:"
    + _DAY
    + r"|(?:the\s+)?(?:week|month|year|weekend|night|morning|afternoon|evening)|"
    + r"(?:in|on)\s+"
    + _MONTH
    + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|in\s+\d{4}|"
    + r"(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?)\s+ago)$",
    re.IGNORECASE,
)
# A time phrase without a date: "overnight", "over the weekend", "in recent days", "for the
# first time in a decade", "for the second time this week".
_UNIT = (
    r"(?:times?|days?|weeks?|months?|years?|decades?|hours?|nights?|weekends?|"
    r"morning|afternoon|evening)"
)
_COUNT = (
    r"(?:first|second|third|fourth|fifth|last|past|recent|coming|next|previous|same|several|"
    r"few|many|\d+|two|three|four|five|six|seven|eight|nine|ten|one)"
)
_DURATION = re.compile(
    r"\s+(?:overnight|(?:for|in|on|at|over|during|within|throughout)\s+(?:the\s+|a\s+)?(?:"
    + _COUNT
    + r"\s+){0,2}"
    + _UNIT
    + r"(?:\s+(?:in|this|of|since)\s+(?:(?:a|the|this|last)\s+)?(?:"
    + _COUNT
    + r"\s+)?(?:"
    + _UNIT
    + r"|\d{4}))?)$",
    re.IGNORECASE,
)
#: The last words of a time phrase without a date: the cheap test before :data:`_DURATION`.
DURATION_ENDS = frozenset(data_section("clause_cues.txt", "duration_ends"))
_PAREN = re.compile(r"\s*\([^()]{0,200}\)$")
# What the last word of a clause must be for _BETWEEN or _TIME to match there: the
# patterns end in such a word after white space.  Searching them (anchored at the end,
# but tried from every position) over a long sentence only where one can match.
_BETWEEN_LAST = re.compile(_BETWEEN.pattern.replace(r"(?:\s+|^)", "").removesuffix("$"), re.I)
#: Only words that may stand between a subject and its verb ("had", "also").
_VERB_GAP = re.compile(r"(?:\s*\b(?:" + _BETWEEN_LAST.pattern + r")\b)*\s*", re.I)


def verb_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only auxiliaries and adverbs ("had", "also")."""
    return _VERB_GAP.fullmatch(text, start, end) is not None


_TIME_LAST = re.compile(
    r"(?:"
    + _DAY
    + r"|week|month|year|weekend|night|morning|afternoon|evening|"
    + _MONTH
    + r"|\d{1,2}(?:st|nd|rd|th)?|\d{4}|ago)",
    re.IGNORECASE,
)
# The words of a subject noun phrase, read backwards.
_NP_WORD = re.compile(
    r"(?:[A-Z][\w.’'&-]*|[a-z][a-z-]*|\d[\w.-]*%?|[’']s?)$",
)
# Words that end a noun phrase on its left: the clause starts after them.
_BOUNDARY = frozenset(data_section("clause_cues.txt", "boundary"))
#: Prepositions that may stand inside a capitalised name ("Bank of England").
_NAME_PREPOSITIONS = frozenset(data_section("clause_cues.txt", "name_prepositions"))
#: Auxiliaries and verbs of saying that end a noun phrase read word by word.
VERBISH = frozenset(data_section("clause_cues.txt", "verbish"))
_DETERMINERS = frozenset(data_section("clause_cues.txt", "determiners"))
#: Pronouns that are a whole noun phrase: "At the rally someone shouted", "At one point she".
_INDEFINITE = frozenset(data_section("clause_cues.txt", "indefinite_pronouns"))


#: A participle and its agent after a noun, before the noun's verb: "The memo
#: [drafted by the council] says" (not after an auxiliary: "was written by police").
_REDUCED_RELATIVE = re.compile(
    r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bare)(?<!\bbe)"
    r"\s+(?:[a-z]+(?:ed|en)|brought|sent|made|held|led|built|paid|set|put|run|won|drawn|done)"
    r"\s+by\s+(?:the\s+)?[\w’'.-]+(?:\s+[A-Z][\w’'.-]*){0,3}$"
)


#: Abbreviations and initials with their full stop: "Sen.", "Gov.", "J.", "U.S.".
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)+)")


def _strip_between(text: str, floor: int, end: int) -> int:
    """Set aside adverbs, auxiliaries, time phrases, parentheticals and appositives."""
    while True:
        while end > floor and text[end - 1].isspace():
            end -= 1
        chunk = text[floor:end]
        last = chunk.rsplit(None, 1)[-1] if chunk else ""
        m = (
            (_BETWEEN.search(chunk) if _BETWEEN_LAST.fullmatch(last) else None)
            or duration_before(chunk, len(chunk))
            or (_TIME.search(chunk) if _TIME_LAST.fullmatch(last) else None)
            or (_PAREN.search(chunk) if last.endswith(")") else None)
            or (_REDUCED_RELATIVE.search(chunk) if " by " in chunk[-70:] else None)
        )
        if m is not None and m.start() < len(chunk):
            end = floor + m.start()
            continue
        stripped = chunk
        if stripped.endswith(("—", "–")):
            # " — who faces re-election next year —": back to the dash that opens it.
            inner = stripped[:-1]
            opening = max(inner.rfind("—"), inner.rfind("–"))
            if opening > 0 and not re.search(r"[.;:!?“”\"]", inner[opening:]):
                end = floor + opening
                continue
        if stripped.endswith(","):
            # ", who was in Minsk," / ", the minister," : back to the comma that opens it.
            inner = stripped[:-1]
            opening = max(inner.rfind(","), inner.rfind("—"), inner.rfind("–"))
            # (a title's full stop is no sentence's end: ", led by Sen. Ana Ruiz,")
            if opening > 0 and not re.search(
                r"[.;:!?“”\"]", _ABBREVIATION.sub("", inner[opening:])
            ):
                end = floor + opening
                continue
        return end


def duration_before(text: str, end: int, floor: int = 0) -> re.Match[str] | None:
    """The time phrase without a date that ends at ``end``, or ``None``: "overnight",
    "over the weekend", "for the first time in a decade" (its match starts at the
    space before it)."""
    while end > floor and text[end - 1].isspace():
        end -= 1
    m = re.search(r"([A-Za-z]+|\d{4})$", text[max(floor, end - 16) : end])
    if m is None or not (m.group(1).isdigit() or m.group(1).lower() in DURATION_ENDS):
        return None
    return _DURATION.search(text, max(floor, end - 60), end)


# A restrictive relative clause before a verb: "Militants [who crossed the river] attacked".
_RELATIVE_OPEN = re.compile(r"\s(who|that)\s+((?:[\w’'-]+\s+){1,9}[\w’'-]+)$", re.IGNORECASE)
# Verbs whose clause is what they say: "officials who said the army attacked" - there the
# subject after them is the verb's own.
_CLAUSE_TAKING = frozenset(data_section("clause_cues.txt", "clause_taking_verbs"))
#: Words before "who" or "that" that are no noun it could describe: "finding out who".
_NO_ANTECEDENT = (
    _BOUNDARY
    | VERBISH
    | _CLAUSE_TAKING
    | frozenset(data_section("clause_cues.txt", "no_antecedent"))
)
#: Words that end no relative clause's object: "campaign that encouraged [those] released".
_NOT_OBJECT_HEADS = frozenset(data_section("clause_cues.txt", "not_object_heads"))
_RELATIVE_THAT_VERB = frozenset(data_section("clause_cues.txt", "relative_that_verbs"))


def relative_before(text: str, end: int, floor: int = 0) -> int | None:
    """Where the restrictive relative clause ending at ``end`` begins (its "who" or "that"),
    or ``None``: the verb after it has the phrase before the pronoun as its subject,
    "Militants who crossed the river overnight attacked", "Police that were deployed to
    the square arrested"."""
    while end > floor and text[end - 1].isspace():
        end -= 1
    lo = max(floor, end - 100)
    chunk = text[lo:end]
    if "who " not in chunk and "that " not in chunk:
        return None  # the common case, told cheaply
    m = _RELATIVE_OPEN.search(text, lo, end)
    if m is None or re.search(r"[,;:.!?“”\"()\[\]—–]", text[m.start() : end]):
        return None
    words = m.group(2).lower().split()
    if any(w in _CLAUSE_TAKING or w == "but" for w in words) or words[-1] in _NOT_OBJECT_HEADS:
        return None
    if words[-1] in ("and", "or"):
        return None  # "who helped X hide in Haiti and travel": a coordinated verb
    if m.group(1).lower() == "that" and not (
        words[0] in _RELATIVE_THAT_VERB or words[0].endswith("ed")
    ):
        return None  # "said that the army attacked": a content clause, not a relative
    before = re.search(r"([\w’'-]+)\s*$", text[max(floor, m.start() - 30) : m.start()])
    if before is None or before.group(1).lower() in _NO_ANTECEDENT:
        return None  # "so that", "said that", "finding out who": no antecedent
    return m.start(1)


#: A comma and a conjunction that may open a clause with its own subject: ", and another …".
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but)\s+")
#: A finite verb right after a subject (past an adverb): "[just wrote]", "[has said]".
_HAS_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+|just\s+|also\s+|then\s+)?(?:[a-z]+ed|wrote|said|told|spoke|says|has|had|was|is)\b"
)


@functools.lru_cache(maxsize=32)  # a third of the calls ask again of the same verb
def subject_before(text: str, verb: int, floor: int = 0) -> tuple[int, int] | None:
    """The span of the subject of the verb starting at ``verb``, or ``None``.

    ``floor`` is where the sentence (or the window searched) begins.
    """
    end = _strip_between(text, floor, verb)
    while end > floor and text[end - 1].isspace():
        end -= 1
    coordinated = (
        re.search(r"(?:^|\s)(?:and|but|or|then|yet)$", text[floor:end])
        if text[max(floor, end - 4) : end].endswith(("and", "but", "or", "then", "yet"))
        else None
    )
    if coordinated is not None:
        # "X did not respond but wrote": the verbs share the clause's subject, the
        # one after the last ", and" that opened a clause of its own ("Some agreed,
        # and another wrote … and added").
        stop = floor + coordinated.start()
        joined = list(_CLAUSE_JOIN.finditer(text, floor, stop))
        if joined:
            own = leading_subject(text, joined[-1].end(), stop)
            # Only a clause of its own, with a verb after its subject ("…, and
            # another wrote that …"); ", and Mayor Ruiz on Tuesday" is an object.
            if own is not None and _HAS_VERB.search(text, own[1], min(stop, own[1] + 40)):
                return own
        return leading_subject(text, floor, stop)
    start = end
    words = 0
    pos = end
    while pos > floor and words < 8:
        # The last word of text[floor:pos], as re.search(r"(\S+)\s*$") finds it (without
        # trying every position of the sentence), and where it starts.
        chunk = text[floor:pos].rstrip()
        if not chunk:
            break
        token = chunk.rsplit(None, 1)[-1]
        at = len(chunk) - len(token)
        word = token.strip("’'")
        if not word or (re.search(r"[,;:.!?“”\"()\[\]]$", token) and pos != end):
            break
        if re.search(r"[;:!?“”\"()\[\]]", token):
            break
        if word.lower() in _BOUNDARY and not word[:1].isupper():
            if not (
                (
                    (
                        word in _NAME_PREPOSITIONS
                        and re.search(r"\b[A-Z][\w.’'&-]*\s+$", text[floor : floor + at])
                    )
                    # "Department of Transport and Communications": "and" inside
                    # the object of a name's "of"
                    or (
                        word == "and"
                        and _OF_NAME_BEFORE.search(text, max(floor, floor + at - 60), floor + at)
                        # (not "… and Amos Terrell of X": a person joined to the name)
                        and not is_given_name(text[start:end].split()[0])
                    )
                )
                and text[start:end][:1].isupper()
                and all(w[:1].isupper() or w in _NAME_LINKS for w in text[start:end].split())
            ):
                break
            # "High Commissioner for Human Rights", "Bank of England": a
            # preposition between capitalised words is inside the name.
            pos = floor + at
            words += 1
            continue
        if not _NP_WORD.search(token.rstrip(",.")):
            break
        start = floor + at
        pos = start
        words += 1
        if word.lower() in _DETERMINERS or (words == 1 and word.lower() in _INDEFINITE):
            break
    if start >= end:
        return None
    relative = relative_before(text, end, floor)
    if relative is not None and relative > floor:
        # "Militants who crossed the river attacked": the phrase before "who" acts.
        antecedent = subject_before(text, relative, floor)
        if antecedent is not None:
            return antecedent
    head = _apposition_head(text, floor, start)
    if head is not None:
        return head
    if text[start:end].isdigit() and text[floor:start].rstrip().endswith(","):
        # "Karen Dobson, 41, a school cleaner …, fumed": an age in apposition;
        # the name before it is the subject.
        comma = floor + text[floor:start].rstrip().rfind(",")
        named = subject_before(text, comma, floor)
        if named is not None and named[1] == comma:
            return named
    if text.startswith(("the ", "The "), start):
        owner = _NAME_OF.search(text, max(floor, start - 60), start)
        if owner is not None and owner.start() >= floor:
            # "Ada Quist of the Socialist Front said": the name the phrase
            # belongs to is the subject, not the preposition's object.
            return owner.start(), end
    return start, end


#: Lower-case words inside a name: "Department of Transport and Communications".
_NAME_LINKS = frozenset({"of", "for", "and"})
# A name's "of" and capitalised words right before "and": "Department of Transport ".
_OF_NAME_BEFORE = re.compile(r"[A-Z][\w’'&-]*\s+(?:of|for)\s+(?:[A-Z][\w’'&-]*\s+){1,3}$")
# A capitalised name and a preposition right before "the": "[Ada Quist] of the …".
# (Not a description: "a spokesman for the governor" is read by the source rules.)
_NAME_OF = re.compile(
    r"(?<![\w’'.-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:of|at|from|for|with)\s+$"
)


# A preposition that a name ends: "analyst at [Stratfor]", "founder of [X]".
_PREPOSITION_END = re.compile(r"\b(?:at|of|for|from|with|in|on)\s+(?:the\s+)?$", re.IGNORECASE)
# The start of a description in apposition: "a senior analyst", "founder".
_DESCRIPTION = re.compile(
    r",\s*(?:(?:a|an|the|its|his|her|their)\s+)?[a-z][\w-]*\s[^,;:.!?“”\"()]*$"
)


def _apposition_head(text: str, floor: int, start: int) -> tuple[int, int] | None:
    """The person an apposition describes, when the phrase read is a preposition's object.

    "Omar Ruiz, an analyst at Stratos, told": the verb's subject is the name
    the description stands beside, not the organisation the description
    names (the closing comma may be missing: "X, founder of Y told").
    """
    if _PREPOSITION_END.search(text, max(floor, start - 12), start) is None:
        return None
    m = _DESCRIPTION.search(text, max(floor, start - 120), start)
    if m is None or m.start() <= floor:
        return None
    comma = m.start()
    head = subject_before(text, comma, floor)
    if head is None or head[1] != comma:
        return None
    return head


# A fronted adverbial phrase before the subject: "Despite the delay, ", "In 2020, ".
_FRONTED = re.compile(
    r"(?i:"
    + data_alternation("clause_cues.txt", "fronted_prepositions")
    + r")\b[^,;:.!?“”\"]{1,80},\s*"
)
#: A number, perhaps approximated, opening a noun phrase: "about 300", "12", "more than 40".
_COUNTED = re.compile(
    r"(?i:(?:" + data_alternation("clause_cues.txt", "approximators") + r")\s+)?\d[\d,.]*\s+"
)

# A dateline before a story's first subject: "WASHINGTON — ", "KYIV, Ukraine (AP) — ".
_DATELINE = re.compile(
    r"[A-Z][A-Z.’' -]*[A-Z.](?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"(?:\s+\([^()\n]{1,30}\))?\s*[—–-]+\s*"
)

#: A conjunction or sentence adverb opening a clause before its subject.
_OPENER = re.compile(
    r"(?:(?:But|And|Yet|So|Still|Then|Now)\s+(?![,.;:])"
    r"|(?:" + "|".join(sorted(_data_words("sentence_adverbs.txt"))) + r"|[A-Z][a-z]+ly),\s*)"
)


def leading_subject(text: str, floor: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that opens the clause ``text[floor:end]``: its subject."""
    m = re.match(r"[\s(\[“”\"'‘’—–-]*", text[floor:end])
    start = floor + (m.end() if m else 0)
    for _ in range(3):
        # "But a judge ruled", "However, the court found", "Despite her apology,
        # Omar took …", "Inside, when X rose, the crowd …": the subject follows
        # any openers and fronted phrases.
        opener = (
            _OPENER.match(text, start, end)
            or _FRONTED.match(text, start, end)
            or _DATELINE.match(text, start, end)
        )
        if opener is None:
            break
        start = opener.end()
    # "About 300 tenants": a count determines the noun after it.
    count = _COUNTED.match(text, start, end)
    base = count.end() if count is not None else start
    words = list(re.finditer(r"\S+", text[base:end]))
    stop = base
    # Lower-case words taken after a determiner: "the [regional human rights] commission".
    determined = 4 if count is not None else 0
    for n, w in enumerate(words[:8]):
        token = w.group()
        word = token.strip(",.’'")
        if not word:
            break
        # (An acronym is a name, whatever word it spells: "The AS member".)
        if word.lower() in _BOUNDARY and not (len(word) > 1 and word.isupper()):
            following = [x.group() for x in words[n + 1 : n + 3]]
            if following and following[0] == "the":
                following = following[1:]
            named = (
                word in _NAME_PREPOSITIONS
                and text[start:stop].split()[-1:] != []
                and text[start:stop].split()[-1][:1].isupper()
                and bool(following)
                and following[0][:1].isupper()
            )
            if not named:
                break
            # "The Office of Personnel Management": a preposition inside a name.
            continue
        if word.lower() in _DETERMINERS:
            determined = 4
        elif not word[:1].isupper():
            titled = (
                word in ROLE_NOUNS
                and n + 1 < len(words)
                and words[n + 1].group()[:1].isupper()
                and bool(text[start:stop].strip())
            )  # "Council [candidate] Ines Vale", "Kremlin [spokesman] Dmitry Peskov"
            if not titled and (
                not determined
                or word.endswith(("ed", "ly"))
                or word.lower() in VERBISH
                or _BETWEEN.fullmatch(" " + word)
            ):
                break
            if not titled:
                determined -= 1
        stop = base + w.start() + len(token.rstrip(",."))
        if token.endswith(","):
            break
    return (start, stop) if stop > start else None


def object_after(text: str, verb_end: int, ceiling: int) -> tuple[int, int] | None:
    """The span of the object or addressee right after a verb: "told [the BBC] that"."""
    m = re.match(
        r"\s+((?:(?:the|a|an|his|her|their|its)\s+)?(?:[A-Z][\w.’'&-]*|[a-z][a-z-]*)"
        r"(?:\s+(?:[A-Z][\w.’'&-]*|of\s+the|of))*?(?:\s+[A-Z][\w.’'&-]*)*)"
        r"(?=\s+(?:that|on|in|at|about|of|,|:|“|\")|[,.:;“\"]|$)",
        text[verb_end:ceiling],
    )
    if m is None:
        return None
    return verb_end + m.start(1), verb_end + m.end(1)


# A preposition between a subject's head and its complement: "ministers [of] the Gulf states".
_HEAD_PREPOSITION = re.compile(r"(?:^|\s)(?:of|for|in|from|at|on|with)\s+$", re.IGNORECASE)


_HEAD_WORDS = frozenset(data_section("clause_cues.txt", "head_prepositions"))


def subject_head_before(text: str, verb: int, floor: int = 0) -> tuple[int, int] | None:
    """The span of the subject of the verb at ``verb`` with its head noun phrase first.

    Where :func:`subject_before` reads the phrase nearest the verb, this reads
    on past a preposition to the phrase it completes, so that the span starts
    at the head: "[Foreign ministers of the Gulf states] held", "[Inflation in
    the euro zone] eased", "[Lawyers for the former president] filed".
    """
    span = subject_before(text, verb, floor)
    for _ in range(2):
        if span is None:
            return None
        m = _HEAD_PREPOSITION.search(text, max(floor, span[0] - 8), span[0])
        if m is None:
            break
        outer = subject_before(text, m.start() + (text[m.start()].isspace()), floor)
        if outer is None or text[outer[1] : span[0]].strip().lower() not in _HEAD_WORDS:
            break
        span = (outer[0], span[1])
    return span
