"""Who can act: nouns for people, and a trigger's arguments that are no actors.

Events need actors.  A noun names people when the word lists say so (agents, roles,
institutions, demonyms, pronouns) or when it is the agent noun of an event verb
("attackers"); the tests here read a trigger's subject, object or "by" agent and tell
when it is a thing, a force or a market ("inflation eased", "supported by inflows",
"met its targets", "released a statement"), one body deliberating alone, or an agent
of commerce, sport or entertainment, whose acts the manual does not code.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from newsmodel._analysis.clause import subject_before, subject_head_before
from newsmodel._analysis.events.clause import Sentence
from newsmodel._analysis.events.content import CONTENT_END
from newsmodel._analysis.events.hits import BY_AFTER, PASSIVE_BEFORE, Hit
from newsmodel._analysis.events.vocabulary import (
    agent_nouns,
    cue_names,
    cue_words,
    cues,
    trigger_of,
)
from newsmodel._analysis.lexicon import ROLE_NOUNS, TITLE_WORDS, data_alternation, data_section
from newsmodel._analysis.text import caseless, folded

__all__ = [
    "BY_NEXT",
    "LOWER_WORD",
    "PRIVATE_EVENTS",
    "actor_words",
    "hosts_people",
    "market_head",
    "names_agents",
    "one_body_deliberates",
    "peoples",
    "predicate_subject_acts",
    "private_agent",
    "released_noun_thing",
    "released_thing",
    "thing_agent",
    "thing_met",
    "thing_object",
    "thing_subject",
    "thing_warned",
]


@functools.cache
def actor_words() -> frozenset[str]:
    """Nouns that name actors: agents ("rebels"), institutions ("the ministry"), roles,
    and what may stand for its user ("missiles struck", "an airstrike killed")."""
    weapons = {w for name in cue_names("assault.") for w in cue_words(name)}
    return (
        agent_nouns()
        | _agent_heads()
        | cue_words("actor_heads")
        | cue_words("parties")
        | {w.lower() for w in ROLE_NOUNS}
        | {w.lower() for w in weapons}
    )


@functools.cache
def peoples() -> frozenset[str]:
    """Demonyms and their plurals, lower case: "kenyans", "chinese", "israelis"."""
    from newsmodel._analysis.lexicon import _data_lines  # the gazetteer's own data

    out: set[str] = set()
    for line in _data_lines("countries.tsv"):
        for d in [*line.split("\t"), ""][1].split(","):
            d = d.strip().lower()
            if d:
                out.update({d, d + "s"})
    return frozenset(out)


def names_agents(word: str) -> bool:
    """Whether a noun after a trigger noun names the people doing it: "riot police", "aid
    workers", "rescue teams", "protest organisers" - the trigger only modifies them."""
    return word in _agent_heads() or word in _CREWS or word.endswith(("ers", "ors", "ists"))


#: Collective nouns for people at work, beyond the agent nouns: "rescue teams".
_CREWS = cue_words("crews")


def _animate(word: str) -> bool:
    w = word.lower().strip("'’")
    if w in _PRONOUNS or w in actor_words() or w in peoples():
        return True
    if w in _QUANTITIES and w not in ("some", "most", "all", "many", "several"):
        return True  # "Thousands demonstrated": a count of people standing for them
    if w.endswith(("ers", "ors", "ists", "ians", "men")):
        return True
    if w.endswith(("er", "or")) and _agent_of_event_verb(w):
        return True  # "the attacker stabbed", "a gunman's accomplice"
    found = trigger_of(w)
    return found is not None and found.noun  # "the attack killed", "talks broke down"


def _surely_animate(word: str) -> bool:
    """Whether ``word`` is a noun for people by the word lists or as an event verb's agent
    ("attackers"), not by its ending alone ("floodwaters" is no people)."""
    w = word.lower().strip("'’")
    if w in actor_words() or w in peoples():
        return True
    one = w[:-1] if w.endswith("s") else w
    return one.endswith(("er", "or")) and _agent_of_event_verb(one)


def _agent_of_event_verb(word: str) -> bool:
    """Whether ``word`` is the agent noun of an event verb: "attacker", "kidnapper",
    "invader", "protester" (the verb, stripped of "-er" and a doubled consonant)."""
    stem = word[:-2]
    stems = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "kidnapper", "robber"
    return any((t := trigger_of(s)) is not None and t.verb for s in stems)


@functools.cache
def _agent_heads() -> frozenset[str]:
    return agent_nouns() | {"police", "forces", "groups", "group", "workers", "worker", "unit"}


_PRONOUNS = cue_words("pronouns")

_QUANTITIES = cue_words("quantities")

_PAST_VERB = re.compile(r"\b[a-z]+(?:ed|ew|ook|ot|ught|ove|ung|ut|it)\b")


def _coordinated_verb(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """The verb a verb after "and" is coordinated with: the last event verb of its clause
    before it ("killed" in "killed 15 militants and arrested")."""
    clause = max(lo, text.rfind(",", lo, at) + 1, text.rfind(";", lo, at) + 1)
    found = None
    for m in _PAST_VERB.finditer(text, clause, max(clause, at - 5)):
        t = trigger_of(m.group())
        if t is not None and t.verb:
            found = (m.start(), m.end())
    return found


_LAST_WORD = re.compile(r"[A-Za-z]+$")
# A relative pronoun subject before its verb, past an auxiliary: "a choice that has
# dismayed", "a tax which will hit".
_WHICH_BEFORE = re.compile(
    r",?\s*\b(?:which|that)\s+(?:(?:has|have|had|will|would|could|might|may|can)\s+)?"
    r"(?:\w+ly\s+)?$",
    re.I,
)
_HEAD_PREPOSITION_END = re.compile(r"\b(?:of|for|in|from|at|on|with)\s+(?:the\s+)?$", re.I)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|with|by|near|under|over|across|through|about|against|without|like|than|to|"
    r"into|onto|inside|outside|along|among|between|behind|beyond|aboard|via)\s+$",
    re.I,
)
# "is forecast to", "are expected to": the infinitive's subject is the clause's.
_INFINITIVE_OF = re.compile(r"\b(is|are|was|were|be|been)\s+(?:\w+ly\s+)?[a-z]+\s+to\s+$")
# "warned (X) (on Monday) that <subject> would/could ...": the subject phrase in group 2.
_WARNED_THAT = re.compile(
    r"\s+(?:[\w'’.-]+\s+){0,4}?that\s+"
    r"((?:[\w'’-]+\s+){0,8}?)(?=(?:would|could|will|may|might|can|should|was|were|is|are|"
    r"had|has|have)\b)",
    re.I,
)

_HEAD_END = re.compile(r"\s+(?:of|for|in|from|at|on|with)\s", re.I)

_OBJECT_HEAD = re.compile(
    r"\s+(?:(?:" + data_alternation("event_cues.txt", "object_determiners") + r")\s+)?"
    r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:[,.;:]|$|\s(?:by|on|in|at|for|of|and|"
    r"before|after|this|next|last|within|with|as|to)\b))"
)

# A subject with an adjective of feeling after it and what the feeling is about:
# "farmers angry at cheap imports", "residents furious over the closure".
_FEELING_AFTER_SUBJECT = re.compile(
    rf"\b[a-z][\w'’-]*\s+{cues('feelings')}\s+(?:at|over|with|about|by)\s+[^,;:.()]{{1,60}}$",
    re.I,
)


def thing_subject(text: str, hit: Hit, mentions: Sequence[tuple[int, int]]) -> bool:
    """Whether the verb's subject is a thing or a force rather than an actor: "inflation
    eased", "fierce winds whipped the coast", "the immune system attacked"."""
    lo = hit.sentence.start
    if PASSIVE_BEFORE.search(text, max(lo, hit.start - 20), hit.start):
        return False  # "was attacked": the subject is the target
    at = hit.start
    if text.endswith("and ", max(lo, at - 4), at):
        # "the army killed 15 militants and arrested six": the first verb's subject.
        first = _coordinated_verb(text, lo, at)
        if first is not None:
            return thing_subject(text, hit._replace(start=first[0], end=first[1]), mentions)
    relative = _WHICH_BEFORE.search(text, max(lo, at - 30), at)
    if relative is not None:
        at = relative.start()  # "the crash, which killed two": the phrase before "which"
    if _FEELING_AFTER_SUBJECT.search(text, max(lo, at - 80), at) is not None:
        return False  # "Farmers angry at cheap grain imports blocked": only beings feel
    before = text[max(lo, at - 30) : at].rstrip()
    if not before or before.endswith(","):
        return False  # "..., visiting Vienna": a participle takes the clause's subject
    end = len(before) + max(lo, at - 30)
    clause = max(lo, text.rfind(",", lo, at) + 1, text.rfind(";", lo, at) + 1)
    i = bisect.bisect_left(mentions, (clause, -1))
    j = bisect.bisect_left(mentions, (at, -1))
    if relative is None and any(
        not _HEAD_PREPOSITION_END.search(text, max(lo, m[0] - 8), m[0]) for m in mentions[i:j]
    ):
        return False  # an actor named in the clause before, not in a complement (most verbs)
    last = _LAST_WORD.search(before)
    # "rebels shelled", "he said"; but "prices in the Gulf states eased" reads on
    if (
        last is not None
        and _animate(last.group())
        and not _HEAD_PREPOSITION_END.search(
            text, max(lo, end - 40), last.start() + end - len(before)
        )
    ):
        return False
    infinitive = _INFINITIVE_OF.search(text, max(lo, at - 40), at)
    if infinitive is not None:
        # "the storm is forecast to strike": the subject of the verb the "to" hangs on.
        at = infinitive.start(1)
    if relative is not None:
        span = subject_before(text, at, lo)  # the antecedent, whatever governs it
    else:
        span = subject_head_before(text, at, lo)
        if span is not None and _PREPOSITION_BEFORE.search(text, max(lo, span[0] - 12), span[0]):
            return False  # "Gunmen on motorbikes killed": only a complement was read
    if span is None:
        return False
    cut = _HEAD_END.search(text, span[0], span[1])
    head_end = cut.start() if cut else span[1]
    i = bisect.bisect_left(mentions, (span[0], -1))
    if i > 0 and mentions[i - 1][1] > span[0]:
        return False  # inside an actor's mention
    if i < len(mentions) and mentions[i][0] < head_end:
        return False  # an actor named in its head: "Mali's rulers", "NATO ministers"
    words = re.findall(r"[\w'’-]+", text[span[0] : head_end])
    if not words:
        return False
    while cut is not None and words[-1].lower() in _QUANTITIES:
        # "Tens of thousands of people": the head is what is counted.
        at = cut.end()
        cut = _HEAD_END.search(text, at - 1, span[1])
        words = re.findall(r"[\w'’-]+", text[at : cut.start() if cut else span[1]])
        if not words:
            return False
    if (
        cut is not None
        and cut.group().strip().lower() == "with"
        and len(words) > 1
        and words[-1].islower()
        and words[-1].endswith("ed")
        and _surely_animate(words[-2])
    ):
        # "attackers armed [with machetes]": a participle with its "with" describes the
        # noun before it, which is the head.
        words.pop()
    head = re.sub(r"['’]s?$", "", words[-1])
    if not head.isalpha():
        return False
    if head[:1].isupper() and (span[0] > lo or len(words) > 1 or head.isupper()):
        return False  # a name: "Azerbaijan massed", "the Pentagon placed"
    return not _animate(head)


def thing_warned(text: str, end: int, hi: int, mentions: Sequence[tuple[int, int]]) -> bool:
    """Whether a warning is a forecast about things, no threat: "warned that the glacier
    could melt", "warned that higher tariffs would raise prices"."""
    m = _WARNED_THAT.match(text, end, hi)
    if m is None:
        return False
    lo, stop = m.start(1), m.end(1)
    i = bisect.bisect_left(mentions, (end, -1))
    if i < len(mentions) and mentions[i][0] < lo:
        return False  # "warned Taiwan that ...": a warning to an actor
    words = re.findall(r"[\w'’-]+", text[lo:stop])
    if not words or words[0].lower() in _PRONOUNS:
        return False
    i = bisect.bisect_left(mentions, (lo, -1))
    if i < len(mentions) and mentions[i][0] < stop:
        return False  # "warned that Israel would pay"
    # The subject's head, before its complement: "tap [water] in several districts".
    cut = _HEAD_END.search(text, lo, stop)
    head = re.findall(r"[\w'’-]+", text[lo : cut.start()]) if cut is not None else words
    return bool(head) and not _animate(head[-1])


_DELIBERATIVE_HEAD = re.compile(rf"\b{cues('deliberative_bodies')}$", re.I)
_WITH_PARTNER = re.compile(r"[^.;:]{0,80}?\b(?:with|between|among)\s", re.I)


def one_body_deliberates(text: str, hit: Hit, s: Sentence) -> bool:
    """Whether the subject of a verb of deliberating is one deliberative body with no
    partner named: "the cabinet had discussed the new school curriculum", "lawmakers
    debated the bill", "the cabinet is expected to discuss the budget" (not "the cabinet
    discussed trade with Peru's envoys")."""
    at = hit.start
    infinitive = _INFINITIVE_OF.search(text, max(s.start, at - 40), at)
    if infinitive is not None:
        at = infinitive.start(1)  # "is expected to discuss": the subject of "is"
    span = subject_head_before(text, at, s.start)
    if span is None:
        return False
    head = text[span[0] : span[1]]
    cut = _HEAD_PHRASE_END.search(head)
    head = _POSSESSOR.sub("", head[: cut.start()] if cut else head).rstrip()
    return (
        _DELIBERATIVE_HEAD.search(head) is not None
        and _WITH_PARTNER.match(text, hit.end, s.end) is None
    )


_RELEASED_THINGS = cue_words("released_things") | cue_words("economic_objects")
_RELEASED_OBJECT = re.compile(
    r"\s+(?:(?:" + data_alternation("event_cues.txt", "released_determiners") + r")\s+)*"
    r"([a-z][\w-]*)(?:\s+([a-z]+))?\b"
)
_RELEASED_SUBJECT = re.compile(
    r"\b([a-z]+)\s+(?:(?:was|were|been|being|is|are|be)\s+)?(?:\w+ly\s+)?$"
)


def released_thing(text: str, start: int, end: int, lo: int) -> bool:
    """Whether what is released is a publication or record, no person: "released a
    statement", "the results released by the commission", "the report was released"."""
    passive = BY_AFTER.match(text, end) or PASSIVE_BEFORE.search(text, max(lo, start - 20), start)
    subject = _RELEASED_SUBJECT.search(text, max(lo, start - 40), start)
    if subject is not None and subject.group(1) in _RELEASED_THINGS:
        return True  # "a report released on Tuesday by": a reduced relative's noun
    if passive:
        return False  # a passive's subject is a thing or no one named here (tested above)
    m = _RELEASED_OBJECT.match(text, end, min(len(text), end + 60))
    # The object's head, or the word after a modifier: "a statement", "audio recordings".
    return m is not None and (
        m.group(1) in _RELEASED_THINGS or (m.group(2) or "") in _RELEASED_THINGS
    )


_ITS_BEFORE = re.compile(r"\bits\s+(?:[\w'’-]+\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def released_noun_thing(text: str, hit: Hit) -> bool:
    """Whether a release noun names a publication, no person freed: "the release of the
    report", "a week of its release" (a thing's own; "his release", "the release of the
    hostages" free people)."""
    if _OF_AFTER.match(text, hit.end):
        m = _RELEASED_OBJECT.match(text, hit.end + 3, min(len(text), hit.end + 60))
        return m is not None and (
            m.group(1) in _RELEASED_THINGS or (m.group(2) or "") in _RELEASED_THINGS
        )
    return _ITS_BEFORE.search(text, max(hit.sentence.start, hit.start - 20), hit.start) is not None


_HOSTED = re.compile(
    r"\s+((?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)(?=\s*(?:[,.;:]|$|\s(?:"
    + data_alternation("event_cues.txt", "hosted_ends")
    + r")\b))"
)


def hosts_people(
    text: str, end: int, names: Sequence[tuple[int, int]], *, meetings: bool = True
) -> bool:
    """Whether the object after ``end`` is people (a title, a role, a delegation, a named
    person or body) or a meeting: "received the Iranian foreign minister", "hosted
    Kenji Sato", "hosts the summit"; not "received a letter", "host the final"."""
    m = _HOSTED.match(text, end, min(len(text), end + 80))
    if m is None:
        return False
    i = bisect.bisect_left(names, (m.start(1), -1))
    if i < len(names) and names[i][0] < m.end(1):
        return True
    for w in m.group(1).split():
        low = w.lower().strip("'’.")
        if w in TITLE_WORDS or low in ROLE_NOUNS or (meetings and low in _agent_heads()):
            return True
        if low.endswith("s") and low[:-1] in ROLE_NOUNS:
            return True  # "ministers"
        found = trigger_of(low) if meetings else None
        if found is not None and found.noun_code is not None and found.noun_code[0] == "CONSULT":
            return True  # "hosted the talks"
    return False


def thing_met(text: str, start: int, floor: int) -> bool:
    """Whether a passive verb of meeting has a thing for its subject: "the demands were
    met", "its targets have been met" (but "the envoy was met at the airport").

    A passive's subject is the one met; only a party, never an event noun or a thing,
    is met in the manual's sense.
    """
    if PASSIVE_BEFORE.search(text, max(floor, start - 20), start) is None:
        return False
    subject = subject_head_before(text, start, floor)
    if subject is None:
        return False
    phrase = text[subject[0] : subject[1]]
    cut = _HEAD_END.search(phrase)
    words = (phrase[: cut.start()] if cut else phrase).split()
    if not words:
        return False
    head = words[-1].lower().strip("'’")
    if head in _PRONOUNS or head in actor_words() or head in peoples():
        return False
    if head.endswith(("ers", "ors", "ists", "ians", "men", "man", "woman")):
        return False
    return head[:1].islower() and words[-1][:1].islower()  # (a name is a party)


BY_NEXT = re.compile(r"\s+by\b", re.I)

# A "by" agent's head: its last word before a preposition, a comma or the end.
_AGENT_HEAD = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|strong|steady|large|heavy|higher|lower)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)(?=\s*(?:[,.;:]|$|\s(?:from|of|in|at|on|for|"
    r"and|to|after|as|with|amid)\b))"
)


def thing_agent(text: str, end: int, hi: int) -> bool:
    """Whether a participle's "by" agent is a thing, no one who could back or approve:
    "supported by inflows from exporters" (but "backed by the army", "by Kenya")."""
    by = BY_NEXT.match(text, end, hi)
    if by is None:
        return False
    m = _AGENT_HEAD.match(text, by.end(), hi)
    if m is None:
        return False
    head = m.group(1)
    return not _animate(head) and head not in _agent_heads()


#: Words of a time phrase right after a verb of meeting: "will meet [next week]".
_TIME_WORDS = frozenset(
    w
    for section in ("units", "deictic", "seasons", "calendar_units")
    for w in data_section("date_cues.txt", section)
)


def thing_object(text: str, hit: Hit) -> bool:
    """Whether the object of a verb of meeting is a thing: "meet climate targets"."""
    m = _OBJECT_HEAD.match(text, hit.end, hit.sentence.end)
    if m is None:
        return False
    head = m.group(1).split()[-1]
    if head in _TIME_WORDS:
        return False  # "will meet next week": a time, no object
    return not _animate(head) and not head.endswith("s'")


def predicate_subject_acts(word: str) -> bool:
    """Whether the subject head before a copula may be of an event told by its predicate
    noun: a pronoun or an event noun ("It was the deadliest attack", "The bombing was an
    attack on"), a being or a name; a thing ("The budget was an assault on") is not."""
    lower = word.lower()
    if lower in _PRONOUNS or lower in ("there", "this", "that", "which", "what"):
        return True
    found = trigger_of(lower)
    return (found is not None and found.noun) or _animate(lower) or word[:1].isupper()


# The head phrase of a subject: up to its first preposition, past a possessor ("The
# company's chief executive", "Fans [of the national team]").
_HEAD_PHRASE_END = re.compile(r"\s(?:of|in|at|for|from|with|on|by)\s", re.I)
_POSSESSOR = re.compile(r"^.*['’]s?\s+")
_PRIVATE_AGENT = re.compile(rf"\b{cues('private_agents')}\b", re.I)
_PRIVATE_AGENT_FOLDED = caseless(_PRIVATE_AGENT)  # on folded() text: faster
#: Types a private agent's act may be of: staff resign, players strike, fans riot, firms
#: give aid, promise, deny a charge or sue (business deals and lawsuits are news too).
PRIVATE_EVENTS = frozenset({"RETREAT", "PROTEST", "AID", "AGREE", "REJECT", "ACCUSE"})
_PRIVATE_HEAD = re.compile(rf"\b{cues('private_agents')}$", re.I)
_PUBLIC_BODY = re.compile(rf"\b(?:{cues('public_bodies')}|{cues('actor_heads')})\b", re.I)

LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")  # (not "code-share")

_MARKET_WORD = re.compile(rf"\b{cues('markets')}\b", re.I)


def market_head(text: str, verb: int, s: Sentence) -> bool:
    """Whether the verb's subject is a market, its head before a phrase that completes it:
    "Shares in the Indian conglomerate rallied", "Prices of copper surged"."""
    if _MARKET_WORD.search(text, s.start, verb) is None:
        return False  # (cheap: most sentences name no market)
    span = subject_head_before(text, verb, s.start)
    if span is None:
        return False
    head = text[span[0] : span[1]]
    cut = _HEAD_PHRASE_END.search(head)
    words = (head[: cut.start()] if cut else head).split()
    return bool(words) and _MARKET_WORD.fullmatch(words[-1]) is not None


def private_agent(text: str, hit: Hit, s: Sentence) -> bool:
    """Whether the clause's subject is an agent of commerce, sport or entertainment
    ("the two airlines struck a deal", "the coach praised his players", "the singer
    thanked her fans for their support") and no public body is its object: the manual
    codes political acts (but "the company sued the government")."""
    if _PRIVATE_AGENT_FOLDED.search(folded(text), s.start, hit.start) is None:
        return False  # (cheap: most sentences name no such agent)
    verb = hit.start
    if not hit.as_verb:
        # The nearest verb before the noun: "thanked her fans for their support".
        words = list(LOWER_WORD.finditer(text, max(s.start, hit.start - 90), hit.start))
        verbs = [
            w.start()
            for w in words
            if (w.group().endswith("ed") and len(w.group()) > 4)
            or ((found := trigger_of(w.group())) is not None and found.verb)
        ]
        if not verbs:
            return False
        verb = verbs[-1]
    span = subject_head_before(text, verb, s.start)
    if span is None:
        return False
    head = text[span[0] : span[1]]
    cut = _HEAD_PHRASE_END.search(head)
    head = _POSSESSOR.sub("", head[: cut.start()] if cut else head)
    if _PRIVATE_HEAD.search(head.rstrip()) is None:
        return False  # (the head noun, not a modifier: "airline pilots" may strike)
    stop = CONTENT_END.search(text, hit.end, s.end)
    return _PUBLIC_BODY.search(text, hit.end, stop.start() if stop else s.end) is None
