"""Joint speakers: one group made of the people a coordinated subject names.

"Sen. Ana Ruiz and Sen. Tom Hale said in a joint statement" is said by both of
them, and "Dr. Ana Ruiz of the Keller Institute and colleagues wrote" by Ana
Ruiz and people the text does not name.  Attribution finds one name of such a
subject (the one nearest its verb); this module reads the coordination around
it and returns the group, which names its members, so that a query by either
senator finds the statement.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsmodel._analysis.clause import leading_subject
from newsmodel._analysis.lexicon import (
    HONORIFICS,
    TITLE_WORDS,
    data_alternation,
    data_section,
    descriptor_kind,
    names_a_person,
    sex_of_noun,
    singular,
)
from newsmodel._analysis.quotes.attribution import Speaker
from newsmodel._analysis.quotes.mentions import MentionIndex, is_possessive, is_subject_like
from newsmodel._model import Actor, ActorKind, Mention, Span

__all__ = ["joint_speaker", "team_described"]

#: Unnamed people who speak with a named one: "and colleagues", "and his co-authors".
_ASSOCIATE_NOUNS = frozenset(data_section("attribution_cues.txt", "associate_nouns"))
#: Kinds that can be one of several named speakers (a group of groups is no group).
_MEMBER_KINDS = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.OUTLET})
#: The connector right before a conjunct: " and ", ", and " or ", ".
_CONNECTOR_BEFORE = re.compile(r"(?P<comma>,)?\s*(?P<and>(?<=\s)and\s+)?$")
_CONNECTOR_AFTER = re.compile(r"(?P<comma>,)?\s*(?P<and>and\s+)?")
_LAST_WORD = re.compile(r"(\S+)\s+$")
#: A workplace's preposition after a person's name: "Ana Ruiz[ of the ]Keller Institute".
_OF_BEFORE = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?$")
_FIRST_WORD = re.compile(r"(\S+)\s+")
#: A workplace after a name, before "and colleagues": "of the Keller Institute".
_WORKPLACE = (
    r"(?:,?\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z][\w.’'&-]*"
    r"(?:\s+(?:(?:of|for|and|the|de|du|di|la)\s+)*[A-Z][\w.’'&-]*)*,?)?"
)
#: "and his guest, state senator [Ana Ruiz]": a described companion named in apposition
#: (a few words of description before the name).
_DESCRIBED_COMPANION = re.compile(
    r"\s+and\s+(?:his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+"
    r"(?:(?:[a-z][\w-]*|[A-Z]{2,}|[A-Z][a-z]*\.)\s+){0,3}"
)
_ASSOCIATES = re.compile(
    _WORKPLACE + r"\s+and\s+(?P<tail>(?:(?:his|her|their)\s+)?(?P<noun>[a-z][\w-]*))\b"
)
#: What may follow a coordination after its verb ("said A and B"): punctuation, or a
#: preposition or adverb of the cue's clause ("in a joint statement", "on Tuesday");
#: any other word may be a verb of the last conjunct's own ("said Ruiz and Hale nodded").
_INVERTED_TAIL = re.compile(
    r"\s*(?:[,.;:!?)—–-]|$)|\s+(?:"
    + data_alternation("attribution_cues.txt", "circumstance_openers")
    + r")\b"
)
#: A preposition right before a coordination: "Like Ruiz, Hale and Lopez", "Lawyers for".
_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:" + data_alternation("attribution_cues.txt", "coordination_prepositions") + r")\s+$"
)
#: How far a coordination's verb may stand from it: a time phrase or an apposition.
_CUE_REACH = 40
#: What cannot come between a subject and its verb: the end of a clause or a quote.
_CLAUSE_BREAK = re.compile(r"[.;:!?“”\"]|\b(?:when|while|as|after|before|who|which|that)\b")
#: A definite plural description: "the researchers", "the two senators", "the pair".
_PLURAL_DESCRIPTION = re.compile(
    r"(?:[Tt]he|[Bb]oth)\s+(?:(?P<count>two|three)\s+(?P<party>[A-Z][a-z]+s)|"
    r"(?:(?P<count2>two|three)\s+)?(?P<head>[a-z][a-z-]+))"
)
#: A restrictive clause or phrase after a description: "[who opposed it]", "[from Ohio]".
_RESTRICTED_AFTER = re.compile(r"\s+(?:who|that|whom|from|of|in)\b")
#: A count opening a description, right before a plural name: "the two [Republicans]".
_COUNT_BEFORE = re.compile(r"\b(?:[Tt]he|[Bb]oth)\s+(?:two|three)\s+$")
#: Nouns that stand for a set of people by its size alone: "the pair", "the trio".
_SIZE_NOUNS = {"pair": 2, "duo": 2, "couple": 2, "two": 2, "trio": 3, "three": 3}
#: How far back the group a description names may have spoken, in characters.
_TEAM_REACH = 3000


def _is_title(word: str) -> bool:
    return word in HONORIFICS or word in TITLE_WORDS


def _start_past_titles(text: str, start: int, floor: int, roles: Sequence[str] = ()) -> int:
    """Where the title words right before ``start`` begin ("Sen." of "Sen. Tom Hale"),
    or the role the person bears written there ("House Speaker" of "House Speaker X")."""
    for role in sorted(roles, key=len, reverse=True):
        if start - len(role) - 1 >= floor and text.startswith(role + " ", start - len(role) - 1):
            return start - len(role) - 1
    while start > floor:
        m = _LAST_WORD.search(text, max(floor, start - 40), start)
        if m is None or not _is_title(m.group(1)):
            break
        start = m.start(1)
    return start


def _end_past_titles(text: str, end: int, ceiling: int) -> int:
    """Where the title words right after ``end`` stop."""
    while end < ceiling:
        m = _FIRST_WORD.match(text, end, min(ceiling, end + 40))
        if m is None or not _is_title(m.group(1)):
            break
        end = m.end()
    return end


def _named(index: MentionIndex, start: int, end: int) -> tuple[Mention, Actor] | None:
    """The mention of a possible member spanning exactly ``[start, end)``."""
    for mention, actor in index.between(start, end):
        if mention.start == start and mention.end == end and actor.kind in _MEMBER_KINDS:
            return mention, actor
    return None


def _ending_at(index: MentionIndex, end: int, floor: int) -> tuple[Mention, Actor] | None:
    """The longest mention of a possible member that ends at ``end``."""
    found = [(m, a) for m, a in index.between(max(floor, end - 80), end) if m.end == end]
    found = [(m, a) for m, a in found if a.kind in _MEMBER_KINDS]
    return min(found, key=lambda p: p[0].start) if found else None


def _starting_at(index: MentionIndex, start: int, ceiling: int) -> tuple[Mention, Actor] | None:
    """The longest mention of a possible member that starts at ``start``."""
    found = [(m, a) for m, a in index.between(start, min(ceiling, start + 80)) if m.start == start]
    found = [(m, a) for m, a in found if a.kind in _MEMBER_KINDS]
    return max(found, key=lambda p: p[0].end) if found else None


def _companion(
    text: str, index: MentionIndex, end: int, ceiling: int
) -> tuple[Mention, Actor] | None:
    """The companion named in "[A] and his guest, MMA fighter B," (B, set off by commas)."""
    m = _DESCRIBED_COMPANION.match(text, end, ceiling)
    if m is None:
        return None
    found = _starting_at(index, m.end(), ceiling)
    if found is None or text[found[0].end : found[0].end + 1] not in (",", ")"):
        return None
    return found


def _companion_of(
    text: str, index: MentionIndex, named: tuple[Mention, Actor], floor: int
) -> tuple[Mention, Actor] | None:
    """The "A" of "A and his guest, [B]," where ``named`` is B."""
    for mention, actor in index.between(max(floor, named[0].start - 120), named[0].start):
        if actor.id != named[1].id and actor.kind in _MEMBER_KINDS:
            found = _companion(text, index, mention.end, named[0].end + 1)
            if found is not None and found[0] == named[0]:
                return mention, actor
    return None


#: A relative clause set off by commas after a coordination: ", who lead the caucus,".
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose)\b[^.;:!?“”\",]{1,150},\s*")


def _governs(text: str, start: int, end: int, cue: Span) -> bool:
    """Whether the reporting verb ``cue`` is the verb of the coordination ``[start, end)``.

    The cue follows it closely ("A and B said", "A and B on Tuesday said",
    "A and B, both senators, said"), or precedes it closely with no verb of its
    own after it ("said A and B in a statement", not "said A and B nodded").
    """
    if cue.start >= end:
        aside = _RELATIVE_ASIDE.match(text, end, cue.start)
        if aside is not None:
            end = aside.end()  # "A and B, who lead the task force, said"
        return cue.start - end <= _CUE_REACH and not _CLAUSE_BREAK.search(text, end, cue.start)
    if cue.end > start or start - cue.end > _CUE_REACH:
        return False
    # After the coordination, the clause of the cue goes on ("in a statement",
    # "on Tuesday") or ends; any other word may be a verb of the last conjunct's own.
    return _INVERTED_TAIL.match(text, end) is not None


def joint_speaker(
    text: str, speaker: Speaker, cue: Span | None, index: MentionIndex, floor: int, ceiling: int
) -> Speaker | None:
    """The group a speaker's name is one conjunct of, or ``None``.

    ``cue`` is the reporting verb's span; ``floor`` and ``ceiling`` bound the
    sentence.  The members are the named actors of "A and B" or "A, B and C"
    (each perhaps after titles, or "A and his guest, B,"), and the speaker's
    name must be one of them; "A and colleagues" is a group of A, whether
    attribution found A or "colleagues".  The first conjunct must stand where
    a subject stands, and the cue must be the coordination's own verb.
    """
    span = speaker.mention
    if span is None or speaker.antecedent is not None:
        return None
    if speaker.actor is None:
        leader = _leader_of_associates(text, index, span, floor)
        return None if leader is None else _group(text, [leader], [], cue, floor, ceiling)
    own = _named(index, span.start, span.end)
    if own is None or own[1].id != speaker.actor:
        return None
    # Conjuncts in text order, with the connector before each but the first.
    chain: list[tuple[Mention, Actor]] = [own]
    connectors: list[str] = []
    while True:  # leftwards: "A and [B]", "A, [B]"
        at = _start_past_titles(text, chain[0][0].start, floor, chain[0][1].roles)
        m = _CONNECTOR_BEFORE.search(text, max(floor, at - 8), at)
        if m is None or not (m.group("comma") or m.group("and")):
            break
        previous = _ending_at(index, m.start(), floor)
        if previous is not None and previous[1].kind is not ActorKind.PERSON:
            # "Odile Brisk of the Center for Fair Ballots and [Amos Terrell]":
            # the person whose workplace it is, not the workplace.
            of = _OF_BEFORE.search(text, max(floor, previous[0].start - 12), previous[0].start)
            worker = _ending_at(index, of.start(), floor) if of is not None else None
            if worker is not None and worker[1].kind is ActorKind.PERSON:
                previous = worker
        if previous is None or any(previous[1].id == a.id for _m, a in chain):
            break
        chain.insert(0, previous)
        connectors.insert(0, ("," if m.group("comma") else "") + ("and" if m.group("and") else ""))
    if not connectors:  # "A and his guest, [B],": B was found, A leads
        leader = _companion_of(text, index, own, floor)
        if leader is not None:
            chain.insert(0, leader)
            connectors.append("and")
    while True:  # rightwards: "[A] and B"
        m = _CONNECTOR_AFTER.match(text, chain[-1][0].end, min(ceiling, chain[-1][0].end + 8))
        if m is None or not (m.group("comma") or m.group("and")):
            break
        if m.group("and") and not m.group("comma"):
            companion = _companion(text, index, chain[-1][0].end, ceiling)
            if companion is not None and all(companion[1].id != a.id for _m, a in chain):
                chain.append(companion)
                connectors.append("and")
                break
        following = _starting_at(index, _end_past_titles(text, m.end(), ceiling), ceiling)
        if following is None or any(following[1].id == a.id for _m, a in chain):
            break
        chain.append(following)
        connectors.append(("," if m.group("comma") else "") + ("and" if m.group("and") else ""))
    # Keep the longest run that reads as one list: commas, then one "and" last
    # ("A, B and C"; ", and" only in a list of three or more).
    while connectors and "and" not in connectors[-1]:
        connectors.pop()
        chain.pop()
    while connectors and any("and" in c for c in connectors[:-1]):
        connectors.pop(0)
        chain.pop(0)
    if connectors and connectors[-1] == ",and" and len(chain) < 3:
        connectors, chain = [], [own]
    if not any(a.id == own[1].id for _m, a in chain):
        return None
    return _group(text, chain, connectors, cue, floor, ceiling)


def _leader_of_associates(
    text: str, index: MentionIndex, span: Span, floor: int
) -> tuple[Mention, Actor] | None:
    """The A of "A (of X) and colleagues", where attribution found "colleagues" at ``span``."""
    for mention, actor in reversed(index.between(max(floor, span.start - 150), span.start)):
        if actor.kind is not ActorKind.PERSON:
            continue
        m = _ASSOCIATES.match(text, mention.end, span.end)
        if m is not None and m.end() == span.end and m.start("tail") <= span.start:
            return mention, actor
    return None


def _group(
    text: str,
    chain: list[tuple[Mention, Actor]],
    connectors: list[str],
    cue: Span | None,
    floor: int,
    ceiling: int,
) -> Speaker | None:
    """The group of ``chain`` (and of the associates after it), when it is the cue's subject."""
    last = chain[-1][0]
    associates = _ASSOCIATES.match(text, last.end, ceiling)
    if associates is not None and associates.group("noun") not in _ASSOCIATE_NOUNS:
        associates = None
    if len(chain) < 2 and associates is None:
        return None
    if associates is None and is_possessive(text, last):
        return None  # "Ana Ruiz and Tom Hale's lawyer said": the lawyer speaks
    first = chain[0][0]
    if not is_subject_like(text, first, floor):
        return None
    if _PREPOSITION_BEFORE.search(
        text, max(floor, first.start - 40), _start_past_titles(text, first.start, floor)
    ):
        return None  # "Like Ruiz, Hale and Lopez said", "Lawyers for Ruiz and Hale said"
    end = associates.end() if associates is not None else last.end
    if cue is None or not _governs(text, first.start, end, cue):
        return None
    names = [a.name for _m, a in chain]
    name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if associates is not None:
        name += " and " + associates.group("tail")
    return Speaker(
        None,
        Span(start=first.start, end=end),
        group=name,
        kind=ActorKind.GROUP,
        members=tuple(a.id for _m, a in chain),
    )


#: People brought in by number or by a plural noun for people: "two other men", "staff",
#: "protesters", "a separate team".
_OTHER_PEOPLE = re.compile(
    r"\b(?:(?:two|three|four|five|several|other|some|many|\d+)\s+(?:[a-z-]+\s+)?"
    r"(?:[a-z]+s|men|women|people|children)|"
    + data_alternation("attribution_cues.txt", "people_in_the_plural")
    + r")\b",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[.!?][”\"’']?(?=\s|$)")


def _sentence_subjects(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The subjects opening the sentences of ``text[start:end]`` (by the clause reader)."""
    out = []
    at = start
    for stop in [m.end() for m in _SENTENCE_END.finditer(text, start, end)] + [end]:
        lead = leading_subject(text, at, stop)
        if lead is not None:
            out.append(lead)
        at = stop
    return out


def _unquoted(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without the words inside quotation marks."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text[start:end])


def team_described(
    text: str,
    speaker: Speaker,
    pos: int,
    spoken: Sequence[tuple[int, str, int, int]],
    actors: Mapping[str, Actor],
    index: MentionIndex,
) -> Speaker | None:
    """The group a definite plural description at ``speaker.mention`` names, or ``None``.

    "Dr. Ana Ruiz and colleagues wrote …  “…,” the researchers said": the
    group that spoke last names the description when nobody else has spoken
    since (within reach), and the description fits it.  A group of named
    people fits a description by its size ("the pair", "the two") or by a
    role each member holds ("the senators"); a group with unnamed associates
    fits a noun for people that the text uses here for the first time (an
    earlier "researchers" may be others), and only when no one else was brought
    in since (another actor as a sentence's subject, other people counted or
    named in the plural).  ``spoken`` is (position, actor id,
    start and end of the mention it was named by) of each attributed speaker,
    in order.
    """
    span = speaker.mention
    if span is None or speaker.members:
        return None
    m = _PLURAL_DESCRIPTION.fullmatch(text, span.start, span.end)
    if m is None:
        # ("the two [Republicans]": the name found inside a counted description)
        counting = _COUNT_BEFORE.search(text, max(0, span.start - 12), span.start)
        if counting is not None:
            span = Span(start=counting.start(), end=span.end)
            m = _PLURAL_DESCRIPTION.fullmatch(text, span.start, span.end)
    if m is None:
        return None
    counted = bool(m.group("count") or m.group("count2")) or m.group(0)[:4].lower() == "both"
    if counted and _RESTRICTED_AFTER.match(text, span.end):
        return None  # "the two lawmakers who opposed it": some two, not the pair
    if (speaker.actor is not None or speaker.group is None) and not counted:
        # ("the two Democrats" was read as the party: the count says two people)
        return None
    latest = next((said for said in reversed(spoken) if said[0] < pos), None)
    if latest is None or latest[0] < pos - _TEAM_REACH:
        return None
    team = actors.get(latest[1])
    if team is None or team.kind is not ActorKind.GROUP or not team.consists_of:
        return None
    members = [actors.get(i) for i in team.consists_of]
    if any(a is None for a in members):
        return None
    # Nobody else brought in since the group spoke: no other actor named, no other
    # people counted or described in the plural ("Two other men were sentenced",
    # "health ministry staff dismissed it", "Teachers at the rival school").
    # (From the end of the sentence that group spoke in: its own tag is no one else.)
    if _SENTENCE_END.search(text, max(0, latest[0] - 3), latest[0] + 1):
        since = latest[0]  # ("… that “the drug works.”": the quote ended the sentence)
    else:
        said = _SENTENCE_END.search(text, latest[0], span.start)
        since = said.end() if said is not None else latest[0]
    # (Only a sentence's subject brings someone in: "The wreck found off Brest
    # by Ana Ruiz's divers is old" names no one who speaks.)
    for lead in _sentence_subjects(text, since, span.start):
        if any(
            a.id not in team.consists_of and a.kind in _MEMBER_KINDS
            for _m, a in index.between(*lead)
        ):
            return None
    if _OTHER_PEOPLE.search(_unquoted(text, since, span.start)):
        return None
    head = m.group("head") or m.group("party")
    count = m.group("count") or m.group("count2")
    size = _SIZE_NOUNS.get(head) or _SIZE_NOUNS.get(count or "") or (2 if counted else None)
    # (A group with associates is named "A and colleagues", one without by its last member.)
    named_only = any(team.name.endswith(a.name) for a in members if a is not None)
    people = all(a is not None and a.kind is ActorKind.PERSON for a in members)
    if head in _SIZE_NOUNS:
        fits = named_only and size == len(members) and count is None
    elif not head.endswith("s"):
        return None
    elif m.group("party"):
        # "the two Democrats": the named people who spoke, by their number ("the two
        # Koreas" are no party's people).
        fits = (
            named_only
            and people
            and size == len(members)
            and descriptor_kind(singular(head).lower()) == "party"
        )
    elif named_only:
        role = singular(head)
        fits = (size is None or size == len(members)) and all(
            a is not None
            and a.kind is ActorKind.PERSON
            and any(re.search(rf"\b{re.escape(role)}\b", r, re.IGNORECASE) for r in a.roles)
            for a in members
        )
        if not fits and counted and size == len(members) and people:
            # "both men", "the two lawmakers": their number says who, a noun for people
            fits = names_a_person(role) or bool(sex_of_noun(role))
    else:
        noun = singular(head)
        fits = (
            size is None
            and names_a_person(noun)
            and re.search(rf"\b{re.escape(noun)}", text[: span.start], re.IGNORECASE) is None
        )
    if not fits:
        return None
    return Speaker(team.id, span, antecedent=Span(start=latest[2], end=latest[3]))
