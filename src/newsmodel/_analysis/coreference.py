"""Coreference: what a pronoun or a bare first name refers to, from the discourse so far.

The discourse state of one document is the sequence of mentions a reader
has seen: named actors (people, organisations, outlets, groups) outside
quoted words, people introduced by a first name only ("Lena*, a 29-year-old
nurse", "Tom, 40,"), and the speakers of the quotes attributed so far.  Each
entity carries what a pronoun must agree with: kind (animate person or not),
gender where the text or the name settles it, and number.

A pronoun refers to the most recent entity it agrees with: "she" to the last
woman or person of unknown gender, "they" to a group or organisation, "it"
to an organisation.  The current speaker of a passage counts as mentioned
where their last quote was attributed, so "…," she says. keeps pointing at
the interviewee of the paragraph above after the author's own sentences.

This is the one coreference step of the pipeline: the quote stage resolves
its speaker pronouns here and records each resolved pronoun as a mention of
the actor (``MentionKind.PRONOUN``), which later stages such as events read
from the actors in :class:`~newsmodel.Findings`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from newsmodel._analysis.dates import MONTHS, WEEKDAYS
from newsmodel._analysis.lexicon import (
    COMMON_WORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
    data_alternation,
    data_section,
    is_given_name,
    is_person_noun,
    names_a_person,
    sex_of_given_name,
    sex_of_noun,
)
from newsmodel._model import Actor, ActorKind, Mention, MentionKind

__all__ = [
    "Discourse",
    "Entity",
    "Referent",
    "described_subjects",
    "latent_people",
    "modifies_noun",
    "opens_with_participle",
    "previous_paragraph_start",
    "unnamed_people",
]

#: How far back a pronoun looks for its antecedent, in characters.
REACH = 2500

_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_THING_PRONOUNS = frozenset({"it", "its"})
_GROUP_PRONOUNS = frozenset(data_section("coreference_cues.txt", "group_pronouns"))
_NONPERSON = frozenset({ActorKind.ORGANIZATION, ActorKind.OUTLET, ActorKind.GROUP})

#: A name the text says is all it gives: "gave only her first name, Maria",
#: "identified only as Tomasz", "asked to be identified by his first name, Ali".
# (One pattern a phrase, each opening with its first word, the word boundary after it:
# the engine searches for that word as a string; no two of their matches overlap.)
_NAME_GIVEN_AS = tuple(
    re.compile(rf"{word}(?<!\w{word}){rest}\s*,?\s+(?P<name>[A-Z][a-z]+)\b(?![ \t]+[A-Z])")
    for word, rest in (
        ("first", r"\s+name"),
        ("given", r"\s+name"),
        ("identified", r"\s+(?:only\s+)?as"),
    )
)
# A first name introducing someone: "Lena*," "Tom, 40," "Anna (34)", "Ravi, a nurse".
# Patterns scanning the whole text open with a capital, its lookbehind after it:
# the engine then skips straight to capitals (it does not for a leading lookahead).
# A word's letters are taken possessively (++) where giving one back can never
# let the rest match: no retrying the pattern's end at every shorter length.
_FIRST_NAME = re.compile(
    r"(?P<name>[A-Z](?<![\w.’'-][A-Z])(?:(?![A-Z])[^\W\d_]){2,}+)(?P<star>\*)?"
    r"(?=(?:\*)?,\s+(?:an?\s|the\s|\d{1,3}\b)|\s+\(\d{1,3}\)|\*)"
)
_ROLE = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
# A full name introduced by an age or a role: "Ivo Marek, 43," / "Ana Ruiz, a retired nurse".
_INTRODUCED = re.compile(
    r"(?P<name>[A-Z](?<![\w.’'-][A-Z])[\w’'-]++(?:\s+[A-Z][\w’'-]++){1,2}),\s+(?:\d{1,3},|"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:" + _ROLE + r")\b)"
)
# A person-like name: a title or (checked by the caller) a known given name, then a surname.
_PERSON_NAME = re.compile(
    r"(?=[A-Z])(?<![\w.’'-])(?P<title>(?:"
    + data_alternation("coreference_cues.txt", "name_titles")
    + r")\.?\s+)?"
    r"(?P<name>[A-Z][a-z]++(?:[ -](?:[A-Z][a-z]++|[A-Z]\.))*[ -][A-Z][a-z’'-]++)(?![\w’'-])"
)
# A name signing a quote after a dash: "”  — Dana Whitfield, owner of …".
_SIGNED = re.compile(
    r"[”\"]\s*[—–-]{1,2}\s*(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?=\s*(?:,|\n|$|\())"
)

# Compiled once: they run for every person-like name of the text.
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"\s+(\w+)")
# Around a later use of a latent name: no word character (or "." "’" "'" "-") before,
# none after, and no capitalised word next (part of a longer name).
_NOT_BEFORE_USE = re.compile(r"[\w.’'-]")
_NOT_AFTER_USE = re.compile(r"[\w’'-]|\s+[A-Z]")


#: What follows a subject description up to its verb: a short modifier after the
#: noun ("close to the talks", "in Abuja", "speaking on condition of anonymity"),
#: an adverb, then the verb; or the modifier and a relative clause (", who …").
_VERBS = data_alternation("coreference_cues.txt", "subject_verbs")
_ADVERB = r"(?:(?:" + data_alternation("coreference_cues.txt", "subject_adverbs") + r")\s+)?"
_POST_MODIFIER = (
    r"(?:\s+(?:"
    + data_alternation("coreference_cues.txt", "subject_modifier_openers")
    + r"|[a-z]+ing)\b(?:\s+[\w’'-]+){0,4}?)"
)
# (The modifier is read once for the three endings after it, not once for each.)
_UP_TO_VERB = (
    r"(?=\s+" + _ADVERB + r"(?:[a-z]{2,}(?:ed|s)|" + _VERBS + r")\b"
    r"|" + _POST_MODIFIER + r"?(?:"
    # After a modifier, no "-s" word: in "a counselor with ten years" it is a noun.
    r"\s+" + _ADVERB + r"(?:[a-z]{2,}ed|" + _VERBS + r")\b"
    # or a relative clause: "a senior official at the agency, who asked not to be named,"
    r"|,\s+who\b"
    # or a participle's phrase set off by commas: "an aide, speaking on condition of
    # anonymity, said"
    r"|,\s+[a-z]+(?:ing|ed)\b[^,.;:!?“”\"]{1,120},\s+"
    + _ADVERB
    + r"(?:[a-z]{2,}ed|"
    + _VERBS
    + r")\b))"
)
#: An indefinite singular description opening a clause, before its verb: "One woman
#: pointed out", "another user wrote", "a neighbour, Ada, said", "someone else asked",
#: "an EU diplomat close to the talks said" (capitalised modifiers before the noun).
_UNNAMED = re.compile(
    r"(?P<np>[OoAaSs](?<![\w’'-].)(?:(?:(?<=[Oo])ne|(?<=[Aa])nother|(?<=[Aa])n?)\s+"
    r"(?:[a-z][\w-]*\s+|[A-Z][\w.’'-]*\s+){0,3}?"
    r"(?P<head>[a-z][\w-]*|[A-Z]{2,3}\b)|(?<=[Ss])ome(?:one|body)(?:\s+else)?))" + _UP_TO_VERB
)
#: A name and a comma (and perhaps an age) right before a description: it is that
#: name's apposition ("Bonnie Klug, 68, a retired farmer").
#: (A capitalised word opening a sentence, "Later, a nurse said", is no name.)
_APPOSED = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+|[\w,]\s+|(?P<alone>^|\n|[.!?”\"]\s+))(?P<name>[A-Z][\w’'.-]*)"
    r"(?:,\s+\d{1,3})?,\s+$"
)
#: What may stand before a clause's subject: a sentence or clause break, a conjunction.
_CLAUSE_START = re.compile(
    r"(?:^|[.!?…:;]\s*|[”\"]\s+|\n\s*|,\s+|\b(?:and|but|while|when|as|so|then|because|"
    r"though|although|after|before|until|since|if|whereas)\s+)$",
    re.IGNORECASE,
)


def unnamed_people(text: str, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Unnamed people a clause introduces as its subject, for pronouns to refer to.

    "One woman pointed out …  “…?” she asked.": an indefinite description
    ("one woman", "another user", "a neighbour", "someone else") opening a
    clause brings a new person into the discourse, so a later "she" is that
    woman, never a woman named before her.  Returns ``(start, end, gender)``
    for each, outside quoted words; gender is ``"f"``, ``"m"`` or ``""``.
    """
    q_starts = [a for a, _ in quoted]
    out = []
    for m in _UNNAMED.finditer(text):
        i = bisect.bisect_right(q_starts, m.start()) - 1
        if i >= 0 and m.start() < quoted[i][1]:
            continue
        head = m.group("head")
        if head is not None and not (
            names_a_person(head) or (head.isupper() and head in TITLE_WORDS)  # "One Labour MP"
        ):
            continue
        if not _CLAUSE_START.search(text, max(0, m.start() - 12), m.start()):
            continue
        apposed = _APPOSED.search(text, max(0, m.start() - 40), m.start())
        if apposed is not None and not (
            # ("Later, a nurse said": an opening adverb, no name; "Pettiford, a
            # former manager, said": a surname opening the sentence is one.)
            apposed.group("alone") is not None
            and (
                apposed.group("name").lower() in COMMON_WORDS
                or apposed.group("name").endswith("ly")
            )
        ):
            continue  # "Ana Ruiz, another artist, says": a description of a name
        out.append((m.start("np"), m.end("np"), sex_of_noun(head) if head else ""))
    return out


#: A definite description opening a clause, before its verb: "The judge rejected".
_DESCRIBED = re.compile(
    r"(?P<np>[Tt](?<![\w’'-][Tt])he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*))" + _UP_TO_VERB
)


def described_subjects(text: str, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Definite descriptions of a person that open a clause: "The judge rejected …".

    Whom each describes is for the caller to decide (by role or focus); once
    linked, the description is a mention a later "she" may refer to.
    Returns ``(start, end)`` of each, outside quoted words.
    """
    q_starts = [a for a, _ in quoted]
    out = []
    for m in _DESCRIBED.finditer(text):
        i = bisect.bisect_right(q_starts, m.start()) - 1
        if i >= 0 and m.start() < quoted[i][1]:
            continue
        if not is_person_noun(m.group("head")):
            continue
        if not _CLAUSE_START.search(text, max(0, m.start() - 12), m.start()):
            continue
        out.append((m.start("np"), m.end("np")))
    return out


class Entity(NamedTuple):
    """Someone or something a pronoun may refer to."""

    key: str  #: an actor id, or ``"~Name"`` for a first-name-only person
    name: str
    kind: ActorKind
    gender: str  #: ``"m"``, ``"f"`` or ``""``


class Referent(NamedTuple):
    """What a reference resolved to: the entity, and the mention it rests on."""

    entity: Entity
    start: int
    end: int


def latent_people(
    text: str,
    mentions: Sequence[Mention],
    quoted: Sequence[tuple[int, int]],
    *,
    cues: frozenset[str] = frozenset(),
) -> dict[str, list[tuple[int, int]]]:
    """People the actor stage did not list, named where only a person stands.

    A capitalised given name introduced like an interviewee ("Lena*, a
    29-year-old", "Tom, 40,"), a full name introduced by an age or a role,
    a name signing a quote after a dash, and a person-like name (a title or
    a known given name, then a surname) right before or after one of the
    ``cues`` ("says Dr Craig Gunn", "Ana Ruiz said") is a person; every later
    use of the name (a full name also by its surname) outside quoted words
    and outside other names is a mention of them.  Returns name → spans.
    """
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in taken]
    q_starts = [a for a, _ in quoted]

    def inside(pos: int, spans: Sequence[tuple[int, int]], keys: list[int]) -> bool:
        i = bisect.bisect_right(keys, pos) - 1
        return i >= 0 and pos < spans[i][1]

    names: set[str] = set()
    for m in _FIRST_NAME.finditer(text):
        word = m.group("name")
        if word.lower() in COMMON_WORDS or inside(m.start(), taken, starts):
            continue
        if word.lower() in MONTHS or word.lower() in WEEKDAYS:
            # ("in September, the first increase": a month alone is a month, "June"
            # and "April" names only with a surname.)
            continue
        if inside(m.start(), quoted, q_starts):
            continue
        aged = re.match(r"\*?(?:,\s+\d{1,3},|\s+\(\d{1,3}\))", text[m.end() : m.end() + 8])
        if m.group("star") or aged or is_given_name(word):
            names.add(word)
    for m in _SIGNED.finditer(text):
        if not inside(m.start("name"), taken, starts):
            names.add(m.group("name"))
    for m in (m for pattern in _NAME_GIVEN_AS for m in pattern.finditer(text)):
        # "a housekeeper who gave only her first name, Maria,": whatever the name.
        if not inside(m.start("name"), taken, starts) and not inside(m.start(), quoted, q_starts):
            names.add(m.group("name"))
    if cues:
        for m in _PERSON_NAME.finditer(text):
            name = m.group("name")
            before = _WORD_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
            after = _WORD_AFTER.match(text[m.end() : m.end() + 20])
            cued = (before is not None and before.group(1).lower() in cues) or (
                after is not None and after.group(1).lower() in cues
            )
            if not cued or inside(m.start(), quoted, q_starts):
                continue
            if not m.group("title") and not is_given_name(name.split()[0]):
                continue
            if not any(inside(p, taken, starts) for p in range(m.start("name"), m.end("name"))):
                names.add(name)
    for m in _INTRODUCED.finditer(text):
        name = m.group("name")
        first = name.split()[0]
        if first.lower() in COMMON_WORDS or inside(m.start(), quoted, q_starts):
            continue
        if not any(inside(p, taken, starts) for p in range(m.start(), m.end("name"))):
            names.add(name)
    out: dict[str, list[tuple[int, int]]] = {}
    surnames = {n.split()[-1] for n in names if " " in n}
    for name in sorted(names):
        # A full name is used again by its surname alone ("Marek said").
        forms = [name] + ([name.split()[-1]] if " " in name else [])
        for form in forms:
            if form != name and (form in names or form not in surnames):
                continue
            # The uses found as a regex of the name would find them, without
            # compiling a pattern for each name of each document.
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                if (at and _NOT_BEFORE_USE.match(text, at - 1)) or _NOT_AFTER_USE.match(text, end):
                    at = text.find(form, at + 1)
                    continue
                if not (  # part of a longer name, taken or quoted: no use
                    (form != name and re.search(r"[A-Z][\w’'-]*\s+$", text[max(0, at - 30) : at]))
                    or inside(at, taken, starts)
                    or inside(at, quoted, q_starts)
                ):
                    out.setdefault(name, []).append((at, end))
                at = text.find(form, end)
    for spans in out.values():
        spans.sort()
    return out


class Discourse:
    """The entities a document has mentioned so far, for pronouns to refer to."""

    def __init__(
        self,
        text: str,
        pairs: Sequence[tuple[Mention, Actor]],
        genders: dict[str, str],
        latent: dict[str, list[tuple[int, int]]],
    ) -> None:
        """Index ``pairs`` (named mentions outside quotes) and the ``latent`` first-name people."""
        self.text = text
        #: first-name-only people: name → the spans naming them
        self.latent = latent
        events: list[tuple[int, int, Entity]] = []
        for m, a in pairs:
            if m.kind is MentionKind.PRONOUN or a.kind is ActorKind.PLACE:
                continue
            if a.kind is ActorKind.PERSON and modifies_noun(text, m.start, m.end):
                continue
            events.append((m.start, m.end, Entity(a.id, a.name, a.kind, genders.get(a.id, ""))))
        for name, spans in latent.items():
            entity = Entity(f"~{name}", name, ActorKind.PERSON, sex_of_given_name(name))
            events.extend((s, e, entity) for s, e in spans)
        events.sort(key=lambda e: (e[0], -e[1]))
        self.events = events
        self.starts = [e[0] for e in events]
        self.entities = {e[2].key: e[2] for e in events}
        #: (position, entity key, mention start, mention end) of each attributed speaker
        self.speakers: list[tuple[int, str, int, int]] = []
        #: actor ids created for first-name-only people → their entity keys
        self.aliases: dict[str, str] = {}

    def add(
        self, key: str, name: str, kind: ActorKind, start: int, end: int, gender: str = ""
    ) -> None:
        """Add an entity the quote stage created ("analysts", "the senator") at ``start:end``."""
        entity = self.entities.setdefault(key, Entity(key, name, kind, gender))
        i = bisect.bisect_left(self.starts, start)
        self.events.insert(i, (start, end, entity))
        self.starts.insert(i, start)

    def said(self, pos: int, key: str, start: int, end: int) -> None:
        """Record that ``key`` spoke, attributed at ``pos``, named at ``start:end``."""
        if key in self.entities:
            self.speakers.append((pos, key, start, end))

    def key_of(self, actor: str) -> str:
        """The discourse key of an actor id (a created first-name person maps to its name)."""
        return self.aliases.get(actor, actor)

    def gender_of(self, key: str) -> str:
        """``"m"``, ``"f"`` or ``""`` for an entity key."""
        entity = self.entities.get(key)
        return entity.gender if entity is not None else ""

    def between(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The entity mentions lying in ``[start, end)``, in order."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.events) and self.events[i][0] < end:
            if self.events[i][1] <= end:
                out.append(self.events[i])
            i += 1
        return out

    def created(self, actor: str, key: str) -> None:
        """Record that actor id ``actor`` was created for the latent entity ``key``."""
        self.aliases[actor] = key

    def entity(self, key: str) -> Entity | None:
        """The entity of an actor id or latent key."""
        return self.entities.get(key)

    def resolve(self, pos: int, word: str, *, floor: int = 0) -> Referent | None:
        """The entity a pronoun at ``pos`` refers to: the latest one it agrees with."""
        w = word.lower()
        lo = max(floor, pos - REACH)
        # The latest named mention and the latest attributed speaker, each agreeing.
        i = bisect.bisect_left(self.starts, pos) - 1
        named: Referent | None = None
        fronted = fronted_participle(self.text, pos)
        # An unnamed person ("one woman") is only referred to from their own
        # paragraph or the next one; a named one is remembered longer.
        recent = previous_paragraph_start(self.text, pos)
        while i >= 0 and self.events[i][0] >= lo:
            s, e, entity = self.events[i]
            if entity.key.startswith("~~") and s < recent:
                i -= 1
                continue
            # ("Roth, he added, was …": a name right before the pronoun and a
            # comma is what a parenthetical speaker speaks of.)
            interrupted = self.text[e:pos].strip() == ","
            if (
                e <= pos
                and _agrees(w, entity)
                and not fronted <= s < pos
                and not interrupted
                and not self._displaced(s, e, pos, w)
            ):
                named = Referent(entity, s, e)
                break
            i -= 1
        if named is not None and not self._salient(named.start):
            named = self._subject_before(i, named, w) or named
        for at, key, s, e in reversed(self.speakers):
            if at >= pos:
                continue
            if at < lo:
                break
            entity = self.entities[key]
            if _agrees(w, entity):
                if named is None or at > named.start:
                    return Referent(entity, s, e)
                break
        return named

    def _displaced(self, start: int, end: int, pos: int, word: str) -> bool:
        """A mention tucked in a phrase whose clause has the same pronoun as subject.

        "Before being appointed by Pope Benedict, he was a missionary": the
        "he" is someone else, the one later pronouns go on naming.
        """
        if word not in ("he", "she") or self._salient(start):
            return False
        opening = max(0, *(self.text.rfind(p, 0, start) + len(p) for p in (". ", "\n")))
        if not opens_with_participle(self.text, opening, start):
            return False  # ("When I told Banu Guler, she said": a clause of its own names her.)
        ends = [i for p in (". ", "? ", "! ", "\n") if (i := self.text.find(p, end, pos)) >= 0]
        stop = min([pos, *ends])
        return bool(re.search(rf",\s+{word}\s+[a-z]", self.text[end:stop], re.IGNORECASE))

    def _salient(self, start: int) -> bool:
        """The mention at ``start`` is not tucked in brackets or a prepositional phrase."""
        line = self.text.rfind("\n", 0, start) + 1
        before = self.text[max(line, start - 80) : start]
        if before.count("(") > before.count(")"):
            return False
        return not _PREPOSITION_BEFORE.search(before)

    def _subject_before(self, i: int, latest: Referent, word: str) -> Referent | None:
        """An earlier agreeing, salient mention of another entity in ``latest``'s sentence.

        Centering: a main-clause subject outranks a later name in brackets or
        after a preposition ("Vera Lind met (with Ana Silva) ... she").
        """
        sentence = max(
            self.text.rfind("\n", 0, latest.start),
            *(self.text.rfind(p, 0, latest.start) for p in (". ", "? ", "! ")),
        )
        i -= 1
        while i >= 0 and self.events[i][0] > sentence:
            s, e, entity = self.events[i]
            if entity.key != latest.entity.key and _agrees(word, entity) and self._salient(s):
                return Referent(entity, s, e)
            i -= 1
        return None


#: "the James Bond star", "the Trump administration": a name between an article and
#: the noun it modifies.
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:who|whose|that|and|or|of|in|at|on|for|to|with|said|says|told|tells|is|was|"
    r"has|had|will|would|can|could|did|does|[a-z]+ed)\b)[a-z][a-z-]+\b"
)


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` modifies a noun ("the James Bond star").

    Such a name is no mention of the person for a pronoun to refer to: the
    noun phrase it sits in names someone else.
    """
    return bool(
        _ARTICLE_BEFORE.search(text, max(0, start - 5), start) and _NOUN_AFTER.match(text, end)
    )


def opens_with_participle(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a participle phrase ("Before being named …").

    Such a phrase has no subject of its own: a name inside it is someone else
    than the subject of the clause it leads into.
    """
    return bool(_PARTICIPIAL_OPENING.match(text, start, end))


def previous_paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph before the one holding ``pos`` starts (0 near the top)."""
    own = text.rfind("\n", 0, pos)
    if own < 0:
        return 0
    end = own
    while end > 0 and text[end - 1].isspace():
        end -= 1  # (no slice of all the text before: that made each call cost its position)
    return text.rfind("\n", 0, end) + 1


def fronted_participle(text: str, pos: int) -> int:
    """Where a participle phrase opening the sentence of ``pos`` starts, else ``pos``.

    "Asked about Vera Lind's plan, she said": the phrase's understood subject
    is the pronoun after it, so a name inside the phrase is someone else (it
    would be "her own plan" otherwise).
    """
    # A sentence start within reach: an unbounded look back would make every
    # call read the whole paragraph before it (quadratic in a long one).
    floor = max(0, pos - _FRONTED_REACH)
    start = max(
        (
            i + len(p)
            for p in ("\n", ". ", "? ", "! ", "” ", '" ')
            if (i := text.rfind(p, floor, pos)) >= 0
        ),
        default=0 if floor == 0 else -1,
    )
    if start >= 0 and _FRONTED_PARTICIPLE.fullmatch(text, start, pos):
        return start
    return pos


#: A sentence opening with a participle, perhaps after a subordinator: "Before being …".
_PARTICIPIAL_OPENING = re.compile(
    r"\s*(?:(?:" + data_alternation("coreference_cues.txt", "participial_openers") + r")\s+)?"
    r"(?:being|having|[A-Za-z]+ing|[A-Z][a-z]+ed)\b"
)

#: How far back a fronted participle phrase's sentence may start (characters).
_FRONTED_REACH = 400

#: A sentence opening with a participle phrase, up to the comma before its subject.
_FRONTED_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+(?:ing|ed)\b[^.;:!?,“”\"]*,\s*")

#: A preposition (and any article or title) right before a name: not a subject.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|with|by|for|from|of|about|against|at|on|in|into|toward|towards|than|like|"
    r"including|between|among|under|over|behind|beside|besides|without|via|per)"
    r"(?:\s+(?:the|a|an|[A-Z][\w.’'-]*))*\s+$"
)


def _agrees(word: str, entity: Entity) -> bool:
    if word in _PERSON_PRONOUNS:
        return entity.kind is ActorKind.PERSON and entity.gender in ("", _PERSON_PRONOUNS[word])
    if word in _THING_PRONOUNS:
        return entity.kind in (ActorKind.ORGANIZATION, ActorKind.OUTLET)
    if word in _GROUP_PRONOUNS:
        return entity.kind in _NONPERSON
    return False
