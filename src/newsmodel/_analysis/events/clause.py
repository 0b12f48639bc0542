"""Who took part in an event, and where: the actors of its trigger's clause.

A shallow reading of English word order, without a parser:

- a verb's subject is the noun phrase right before it, past auxiliaries,
  adverbs, dates and a parenthetical apposition ("Steve Witkoff, a close
  Trump ally, met Putin" → Witkoff; "the army chief, General X, visited" →
  X); a relative "who" points back to the phrase before it; a pronoun the
  quote stage resolved is a mention of its actor already, another one in a
  fronted phrase ("After his meeting with X, Putin said") is the subject
  after it, else the pipeline's one coreference step
  (:mod:`newsmodel._analysis.coreference`) resolves it;
- where this reading finds no subject, the shared clause reader
  (:mod:`newsmodel._analysis.clause`) may still find a noun phrase naming an
  unnamed collective actor ("The bishops' conference welcomed"), and a
  passive's "by" phrase names one ("was attacked by a crowd");
- a verb's objects follow it, past "with", determiners and titles ("met with
  Belarusian President Alexander Lukashenko" → Lukashenko);
- a noun's participants are its possessor ("Putin's visit"), its actor
  modifiers ("a U.S.-Ukrainian agreement", "a Russian counteroffensive"),
  "between X and Y", "with X", "by X", and the subject of a light verb
  ("X held talks with Y") or of the clause a prepositional phrase hangs from
  ("Trump, ... during a meeting with ...");
- a name modifying another noun is not a participant: "a close Trump ally",
  "Trump's special envoy", "NATO's Rutte".
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsmodel._analysis.clause import (
    DURATION_ENDS,
    duration_before,
    object_after,
    relative_before,
    subject_before,
    subject_head_before,
)
from newsmodel._analysis.coreference import Discourse
from newsmodel._analysis.events.vocabulary import (
    Trigger,
    agent_nouns,
    cue_words,
    cues,
    pattern_for,
    trigger_of,
)
from newsmodel._analysis.lexicon import (
    ROLE_NOUNS,
    TITLE_WORDS,
    data_alternation,
    data_section,
    fold,
)
from newsmodel._model import Actor, ActorKind, Mention, MentionKind

__all__ = [
    "UNDERGOING",
    "Found",
    "Group",
    "MentionIndex",
    "Reading",
    "Sentence",
    "is_agent_word",
    "read_clause",
]


class Found(NamedTuple):
    """A mention in the text: where it is and whose it is."""

    start: int
    end: int
    actor: Actor
    kind: MentionKind


class Sentence(NamedTuple):
    """The stretch of text a trigger is read in."""

    start: int
    end: int


class MentionIndex:
    """Actor mentions by position, for the look-ups a clause reading needs."""

    def __init__(self, found: Sequence[Found]) -> None:
        self.found = sorted(found, key=lambda f: (f.start, -f.end))
        self.starts = [f.start for f in self.found]
        self.by_end = {f.end: f for f in self.found}
        self.by_start: dict[int, Found] = {}
        for f in self.found:
            self.by_start.setdefault(f.start, f)

    def referent(self, pos: int, word: str, floor: int) -> Actor | None:
        """The actor the pronoun ``word`` at ``pos`` refers to, looking back to ``floor``.

        The pipeline's one coreference step (:class:`Discourse`) decides, over the
        mentions of the window only, so that it costs little.  A state is a party
        here, so "it" and "they" may refer to it as to an organisation.
        """
        window = self.between(floor, pos)
        if not window:
            return None
        actors = {f.actor.id: f.actor for f in window}
        parties = {
            k: attrs.evolve(a, kind=ActorKind.ORGANIZATION) if is_state(a) else a
            for k, a in actors.items()
            if a.kind is not ActorKind.PLACE or is_state(a)  # a city is no antecedent
        }
        pairs = [
            (Mention(start=f.start, end=f.end, kind=f.kind), parties[f.actor.id])
            for f in window
            if f.actor.id in parties and f.kind is not MentionKind.PRONOUN
        ]
        found = Discourse("", pairs, {}, {}).resolve(pos, word, floor=floor)
        return actors.get(found.entity.key) if found is not None else None

    def between(self, lo: int, hi: int) -> list[Found]:
        """Mentions lying wholly within ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.found) and self.found[i].start < hi:
            if self.found[i].end <= hi:
                out.append(self.found[i])
            i += 1
        return out


# Words that may stand between a subject and its verb.
_BETWEEN_SUBJECT_AND_VERB = cue_words("between_subject_and_verb")
_DETERMINERS = cue_words("determiners")
_PREPOSITIONS = cue_words("prepositions")
#: Verbs before "on" and a protest noun whose subject protests: "went on strike", "have been
#: on hunger strike", "remain on strike".
_GOING_ON = frozenset(
    "went go gone goes going been is are was were remain remains remained stayed".split()
)
# A verb of holding back before its gerund: "stopped short of", "refrained from".
_HELD_BACK_BEFORE = re.compile(
    r"\b(?:stop(?:s|ped|ping)?\s+short\s+of|refrain(?:s|ed|ing)?\s+from|"
    r"abstain(?:s|ed|ing)?\s+from)\s+$",
    re.I,
)
#: Prepositions of a phrase of place: "outside the European Parliament".
_LOCATIVES = frozenset(
    "in at outside inside near across around along into onto before behind".split()
)
#: Copulas whose predicate noun's infinitive is the subject's: "became the first to sign".
_COPULAS = frozenset("became become becomes was were is are remains remained".split())
#: Prepositions of a manner or measure phrase between a verb and its infinitive.
_ADJUNCT_PREPOSITIONS = frozenset({"by", "for", "with", "after", "without"})
_RELATIVES = frozenset({"who", "which", "that"})
#: Documents whose participle is what their issuer does: "a statement accusing".
_STATEMENT_NOUNS = cue_words("statement_nouns")
#: What ends a reduced relative before a phrase: "linked to (the) (General) ".
_LINKED_BEFORE = re.compile(
    r"(?:(?:ed|loyal)\s+(?:to|by|with)|s\s+from)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?$"
)
_AUXILIARIES = cue_words("auxiliaries")
_TIME_PREPOSITIONS = cue_words("time_prepositions")
_GROUP_DETERMINERS = cue_words("group_determiners")
#: Words that end no noun phrase naming an actor ("it", "there", "said").
_NOT_GROUP_HEADS = cue_words("not_group_heads")
_SUBJECT_PRONOUNS = {"he": "p", "she": "p", "it": "x", "they": "g"}
_POSSESSIVE_PRONOUNS = {"his": "p", "her": "p", "its": "x", "their": "g"}
#: Verbs whose object noun is the event: "held talks", "signed an agreement".
_LIGHT_VERBS = cue_words("light_verbs")
#: Verbs of doing whose object noun is the event, beyond the light verbs.
_PARTICLE_HEADS = cue_words("doing_verbs")
#: Nouns whose infinitive names the event: "his offer to meet Putin".
_CONTROL_NOUNS = cue_words("control_nouns")
#: Nouns a name modifies that stand for its actor: "Ukrainian forces", "Russian troops".
_AGENT_NOUNS = cue_words("actor_heads")
#: Words between a name and the event noun it modifies: "the first bilateral talks".
_MODIFIER_WORDS = cue_words("event_modifiers")
_QUANTITIES = cue_words("quantities")
#: States and sides as nouns: "the bloc", "both sides".
_PARTIES = cue_words("parties")
_REPORTING = cue_words("reporting_verbs")
_NP_MODIFIERS = _DETERMINERS | _MODIFIER_WORDS
_GOVERNING = _LIGHT_VERBS | _PARTICLE_HEADS
#: Verbs of giving that take two objects: "gave [Kenya] aid".
_GIVING = cue_words("giving_verbs")
_NO_VERB = Trigger(verb=False, noun=False, verb_code=None, noun_code=None, lemma="", block="")
#: Prepositions that attach a place to the noun before it: "police in Lagos".
_PLACE_OF = cue_words("place_of_prepositions")
_NEXT_WORD = re.compile(r"\s*([\w][\w-]*(?:\.(?=\w))?[\w-]*|['’]s\b|[^\w\s])")


@functools.cache
def _countries() -> frozenset[str]:
    from newsmodel._analysis.lexicon import _data_lines  # the gazetteer's own data

    names = set()
    for line in _data_lines("countries.tsv"):
        cols = [*line.split("\t"), "", "", ""]
        names.add(fold(cols[0]))
        names.update(fold(a) for a in cols[3].split(",") if a)
    names.update({"united states", "u.s.", "us", "uk", "u.k.", "eu", "european union"})
    return frozenset(names)


@functools.cache
def _state_forms() -> dict[str, str]:
    """Each country's name, other names, demonyms and capitals (folded) -> its name."""
    from newsmodel._analysis.lexicon import _data_lines  # the gazetteer's own data

    out: dict[str, str] = {}
    for line in _data_lines("countries.tsv"):
        cols = [*line.split("\t"), "", "", ""]
        country = fold(cols[0])
        for col in (cols[0], *cols[1].split(","), *cols[2].split(","), *cols[3].split(",")):
            if col.strip():
                out.setdefault(fold(col.strip()), country)
    return out


_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")


def states_named(text: str) -> set[str]:
    """The countries ``text`` names by name, demonym or capital: "Vietnamese Foreign
    Minister Tran" names Vietnam, "Moscow" Russia."""
    forms = _state_forms()
    out: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        words = m.group().split()
        i = 0
        while i < len(words):
            # The longest name from each word on: "South Korea", not also "Korea".
            step = 1
            for j in range(min(len(words), i + 4), i, -1):
                found = forms.get(fold(" ".join(words[i:j]).removesuffix("'s").removesuffix("’s")))
                if found is not None:
                    out.add(found)
                    step = j - i
                    break
            i += step
    return out


def is_state(actor: Actor) -> bool:
    """A country (or the EU): a party to events, not only their place."""
    return actor.kind is ActorKind.PLACE and fold(actor.name) in _countries()


class Group(NamedTuple):
    """A noun phrase naming a collective actor that is no actor of the article yet:
    "protesters", "riot police", "the junta"."""

    start: int
    end: int


class Reading(NamedTuple):
    """What a clause says about one trigger: who acts, who is acted on, and where.

    ``participants`` are ``actors`` then ``recipients``; ``groups`` are the
    unnamed collective actors among them, in the same roles.
    """

    participants: list[Actor]
    location: Found | None
    actors: list[Actor]
    recipients: list[Actor]
    actor_groups: list[Group]
    recipient_groups: list[Group]


class _Tok(NamedTuple):
    start: int
    end: int
    text: str  # "" for a mention
    mention: Found | None


class _Clause:
    def __init__(
        self,
        text: str,
        sentence: Sentence,
        index: MentionIndex,
        trigger: tuple[int, int],
        date_starts: dict[int, int] | None = None,
    ) -> None:
        self.text = text
        self.lo, self.hi = sentence
        self.index = index
        self.trigger = trigger
        self.date_starts = date_starts or {}  #: date mention end -> start
        self.groups: list[Group] = []  #: groups found by the last np_before/objects call

    # --- tokens ----------------------------------------------------------
    def prev(self, pos: int) -> _Tok | None:
        """The mention or word ending at ``pos`` (spaces skipped)."""
        text = self.text
        i = pos
        while i > self.lo and text[i - 1].isspace():
            i -= 1
        if i <= self.lo:
            return None
        f = self.index.by_end.get(i)
        if f is not None and f.start >= self.lo:
            return _Tok(f.start, f.end, "", f)
        if text[i - 2 : i] in ("'s", "’s") and i - 2 > self.lo and text[i - 3].isalnum():
            return _Tok(i - 2, i, "'s", None)
        if not text[i - 1].isalnum():
            return _Tok(i - 1, i, text[i - 1], None)
        # The word ending at i, as re.search(r"[\w][\w.-]*$") finds it in the 40
        # characters before (the run of word characters, "." and "-" ending at i,
        # from its first word character), read back from i, not tried at each position.
        start, floor = i, max(self.lo, i - 40)
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
            start -= 1
        while not (text[start].isalnum() or text[start] == "_"):
            start += 1  # text[i - 1] is a word character: this stops by i - 1
        return _Tok(start, i, text[start:i].lower(), None)

    def next(self, pos: int) -> _Tok | None:
        """The mention or word starting after ``pos`` (spaces skipped)."""
        text = self.text
        i = pos
        while i < self.hi and text[i].isspace():
            i += 1
        if i >= self.hi:
            return None
        f = self.index.by_start.get(i)
        if f is not None and f.end <= self.hi:
            return _Tok(f.start, f.end, "", f)
        m = _NEXT_WORD.match(text, i, self.hi)
        if m is None:
            return None
        word = m.group(1).lower()
        return _Tok(m.start(1), m.end(1), "'s" if word == "’s" else word, None)

    def skip_left(self, pos: int) -> int:
        """Back over auxiliaries, adverbs and dates to where a subject would end.

        "Iran on Tuesday threatened": the date and its preposition are skipped.
        """
        for _ in range(8):
            tok = self.prev(pos)
            if tok is None or tok.mention is not None:
                return pos
            start = self.date_starts.get(tok.end)
            if start is not None and start >= self.lo:
                before = self.prev(start)
                pos = start
                if before is not None and before.text in _TIME_PREPOSITIONS:
                    pos = before.start
                continue
            w = tok.text
            adverb = w.endswith("ly") and len(w) > 4
            if w in _BETWEEN_SUBJECT_AND_VERB or adverb or w in ("n't", "’t", "t"):
                pos = tok.start
            elif w in DURATION_ENDS or w.isdigit():
                # "Police over the weekend arrested", "X for the first time in a decade".
                found = duration_before(self.text, tok.end, self.lo)
                if found is None:
                    return pos
                pos = found.start()
            else:
                return pos
        return pos

    # --- noun phrases ----------------------------------------------------
    def np_before(self, pos: int, depth: int = 0) -> list[Actor]:
        """The actors of the noun phrase ending at ``pos``: "X", "X and Y", "Ukrainian forces"."""
        tok = self.prev(pos)
        if tok is None:
            return []
        if tok.mention is not None:
            if self._is_modifier_after(tok.mention):
                return []
            if tok.mention.actor.kind is ActorKind.PLACE and depth == 0:
                # "Police in Lagos arrested": the noun before the place is the subject.
                prep = self.prev(tok.start)
                head = None
                if prep is not None and prep.text in _PLACE_OF:
                    head = self.prev(prep.start)
                if (
                    head is not None
                    and head.mention is None
                    and head.text.isalpha()
                    and not head.text.endswith("ed")  # "gathered in Brussels": a verb
                    and head.text not in _NOT_GROUP_HEADS
                    and head.text not in _PREPOSITIONS
                ):
                    return self.np_before(head.end, depth + 1)
            described = self._described(tok.start) if depth == 0 else None
            if described is not None:
                return self.np_before(described.end, depth + 1)
            out = [tok.mention.actor]
            conj = self.prev(tok.start)
            if tok.mention.actor.kind is ActorKind.PERSON:
                for _ in range(3):
                    # "and German Chancellor [Olaf Scholz]": back over the person's titles
                    # and nationality to the conjunction.
                    if conj is None or not (
                        (conj.mention is None and self._titles_a_person(conj))
                        or (
                            conj.mention is None
                            and self.text[conj.start : conj.start + 1].isupper()
                            and (
                                conj.text.capitalize() in TITLE_WORDS
                                or states_named(self.text[conj.start : conj.end])
                            )
                        )
                        or (conj.mention is not None and conj.mention.actor.kind is ActorKind.PLACE)
                    ):
                        break
                    conj = self.prev(conj.start)
            if conj is not None and conj.text == "the":
                conj = self.prev(conj.start)  # "Mexico and the United States"
            # "A, B and C": a comma joins only before an "and" ("According to the statement,
            # Peru accused": the phrase before the comma is no conjunct).
            if (
                depth < 3
                and conj is not None
                and (conj.text == "and" or (conj.text == "," and depth))
            ):
                out += self.np_before(conj.start, depth + 1)
            return out
        mod = self.prev(tok.start)
        nationality = (
            mod is not None
            and mod.mention is not None
            and mod.mention.actor.kind is ActorKind.PLACE
            and tok.text.endswith("s")
        )  # "Bolivian miners": the country's people act for it
        noun = _compound_head(tok.text)  # "vice-president": a president
        if noun in _AGENT_NOUNS or noun in agent_nouns() or nationality:
            if (
                mod is not None
                and mod.mention is not None
                and self.text[mod.end : mod.end + 1] == " "
            ):
                described = self._described(mod.start) if depth == 0 else None
                if described is not None:
                    return self.np_before(described.end, depth + 1)  # "linked to Kenyan police"
                conj = self.prev(mod.start)
                if depth < 3 and conj is not None and conj.text == "and":
                    # "Israeli troops and Palestinian gunmen clashed": both sides act.
                    return [mod.mention.actor, *self.np_before(conj.start, depth + 1)]
                return [mod.mention.actor]
            made = len(self.groups)
            self._group_ending(tok)
            if len(self.groups) > made and depth == 0:
                head = self._described(self.groups[-1].start)
                if head is not None:
                    del self.groups[made:]
                    return self.np_before(head.end, depth + 1)
            return self._conjoined(depth) if len(self.groups) > made else []
        if (
            mod is not None
            and mod.mention is not None
            and mod.mention.actor.kind is not ActorKind.PERSON
            and self.text[mod.end : mod.end + 1] == " "
            and (trigger_of(tok.text) or _NO_VERB).noun
        ):
            # "An Israeli airstrike killed", "a Kenyan raid freed": the event's owner acts.
            return [mod.mention.actor]
        if tok.text in _SUBJECT_PRONOUNS:
            return self.resolve(tok)
        if (
            tok.text.isalpha()
            and tok.text not in _NOT_GROUP_HEADS
            and tok.text not in _PREPOSITIONS
            and not tok.text.endswith("ed")
        ):
            # "the junta", "Critics" opening the sentence: a group; "voters said" is not.
            if depth == 0 and (described := self._described(tok.start)) is not None:
                return self.np_before(described.end, depth + 1)  # "attackers armed with"
            made = len(self.groups)
            self._group_ending(tok, need_determiner=True)
            return self._conjoined(depth) if len(self.groups) > made else []
        return []

    def _described(self, start: int) -> _Tok | None:
        """The noun a reduced relative ending in the phrase at ``start`` describes, or None:
        "Hackers [linked to the intelligence service] attacked", "fighters [loyal to
        General Haftar]" - that noun, not the phrase, is the verb's subject."""
        if not _LINKED_BEFORE.search(self.text, max(self.lo, start - 40), start):
            return None  # the common case, told cheaply
        prep = self.prev(start)
        for _ in range(3):
            if prep is None or not (prep.text == "the" or prep.text.capitalize() in TITLE_WORDS):
                break
            prep = self.prev(prep.start)  # "loyal to (the) General Haftar"
        if prep is not None and prep.text == "from":
            # "Lawmakers from the ruling party", "officials from both parties".
            head = self.prev(prep.start)
            if head is not None and head.mention is None and is_agent_word(head.text):
                return head
            return None
        if prep is None or prep.text not in ("to", "by", "with"):
            return None
        link = self.prev(prep.start)
        if link is None or link.mention is not None:
            return None
        if not (link.text.endswith("ed") or link.text == "loyal"):
            return None
        head = self.prev(link.start)
        if head is None or head.mention is not None or not is_agent_word(head.text):
            return None
        return head

    def _conjoined(self, depth: int) -> list[Actor]:
        """The actors joined by "and" before the group just recorded: "Colombia and the
        rebel group announced"."""
        if not self.groups or depth >= 3:
            return []
        conj = self.prev(self.groups[-1].start)
        if conj is None or conj.text != "and":
            return []
        before = self.prev(conj.start)
        if before is None:
            return []
        if before.mention is None:
            if before.text.isalpha() and is_agent_word(before.text):
                # "Students and teachers marched": both groups act.
                self._group_ending(before)
            return []
        return self.np_before(conj.start, depth + 1)

    def _group_ending(self, head: _Tok, *, need_determiner: bool = False) -> None:
        """Record the noun phrase ending with ``head`` as a group: "the riot police"."""
        if self._titles_a_person(head):
            return  # "Governor [Alden]'s plan": the title's holder, not a group
        start = head.start
        seen_determiner = False
        for _ in range(4):
            tok = self.prev(start)
            if tok is not None and tok.text == "'s":
                # "Niger's junta": a possessor determines the phrase.
                owner = self.prev(tok.start)
                if owner is not None and (owner.mention is not None or owner.text.isalpha()):
                    start = owner.start
                    seen_determiner = True
                break
            if (
                tok is not None
                and tok.mention is not None
                and tok.mention.actor.kind in (ActorKind.ORGANIZATION, ActorKind.PLACE)
                and start < head.start
            ):
                # "NATO defence ministers": a name leading the phrase determines it.
                start = tok.start
                seen_determiner = True
                break
            if tok is None or tok.mention is not None or not tok.text[:1].isalnum():
                break
            if tok.text in _GROUP_DETERMINERS:
                start = tok.start
                seen_determiner = True
                break
            if tok.text == "of":
                # "hundreds of farmers", "tens of thousands of people": one group.
                amount = self.prev(tok.start)
                if amount is None or amount.text not in _QUANTITIES:
                    break
                start = amount.start
                continue
            if tok.text in _PREPOSITIONS or tok.text in _RELATIVES or tok.text in _NOT_GROUP_HEADS:
                break
            if tok.text.endswith("ed") and (trigger_of(tok.text) or _NO_VERB).verb:
                left = self.prev(tok.start)
                if left is not None and not (
                    left.text in _GROUP_DETERMINERS or left.text in _DETERMINERS or left.text == ","
                ):
                    break  # "Troops freed [30 villagers]": a verb before the group, no adjective
            start = tok.start
        at_start = not self.text[self.lo : start].strip(" \"“‘'(")
        if need_determiner and not seen_determiner and not at_start and head.text.endswith("s"):
            # "Dock workers and truck drivers went on strike": a plural after another group.
            conj = self.prev(start)
            other = self.prev(conj.start) if conj is not None and conj.text == "and" else None
            at_start = (
                other is not None
                and other.mention is None
                and other.text.isalpha()
                and is_agent_word(other.text)
            )
        if need_determiner and not seen_determiner and not at_start:
            return
        if need_determiner and not seen_determiner and not head.text.endswith("s"):
            return  # a bare singular opening the sentence: a name's word, not a group
        self.groups.append(Group(start, head.end))

    def _is_modifier_after(self, f: Found) -> bool:
        """A name written before the noun it describes: "Trump ally", "NATO's Rutte" (NATO)."""
        nxt = self.next(f.end)
        return nxt is not None and nxt.text == "'s" and nxt.start == f.end

    def resolve(self, tok: _Tok) -> list[Actor]:
        """The actor a pronoun stands for: a fronted phrase's subject, or the nearest before."""
        want = _SUBJECT_PRONOUNS.get(tok.text) or _POSSESSIVE_PRONOUNS.get(tok.text)
        person = want == "p"

        def ok(a: Actor) -> bool:
            if want == "g":
                # "they": a state, an organisation or a group, not a person or a city.
                return a.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP) or is_state(a)
            return (a.kind is ActorKind.PERSON) is person

        if tok.text in _SUBJECT_PRONOUNS:
            # "The navy said it had intercepted": the reporting verb's subject, even a
            # group that is no actor of the article.
            said = self.prev(self.skip_left(tok.start))
            if said is not None and said.text == "that":
                said = self.prev(self.skip_left(said.start))
            if said is not None and said.mention is not None:
                told = self.prev(said.start)
                if told is not None and told.mention is None and told.text in _REPORTING:
                    said = told  # "Kenya told Peru it would": the teller, not the told
            if said is not None and said.mention is None and said.text in _REPORTING:
                groups = len(self.groups)
                speakers = [a for a in self.subject(said.start, 1, reported=True) if ok(a)]
                if speakers or len(self.groups) > groups:
                    return speakers
        first = self.next(self.lo)
        if first is not None and first.text in _PREPOSITIONS | {"as", "when", "while"}:
            # "After his meeting with X, Putin said": the subject after the comma.
            comma = self.text.find(",", tok.end, self.hi)
            if comma > 0:
                for f in self.index.between(comma, min(self.hi, comma + 60)):
                    if ok(f.actor) and f.kind is not MentionKind.PRONOUN:
                        return [f.actor] if not self._is_modifier_after(f) else []
                    break
        reach = 300 if want == "g" else 600
        found = self.index.referent(tok.start, tok.text, max(0, self.lo - reach))
        if (
            found is None
            and tok.text in ("they", "it")
            and (
                tok.start == self._first_word_start()
                # "On Sunday they released": after a fronted time phrase, still the opening
                or _FRONTED_TIME.fullmatch(self.text, self.lo, tok.start) is not None
            )
        ):
            # "Opposition parties boycotted the vote. They accused ...", "The junta seized
            # power. It suspended ...": the group that opened the sentence before, no actor
            # of the article.
            group = self._previous_opening_group(plural=tok.text == "they")
            if group is not None:
                self.groups.append(group)
        if (
            found is None
            and tok.text in ("he", "she")
            and (
                tok.start == self._first_word_start()
                or _FRONTED_TIME.fullmatch(self.text, self.lo, tok.start) is not None
            )
        ):
            # "Peru's foreign minister arrived in Nairobi. He met ...": the office holder
            # who opened the sentence before, named by role only.
            role = self._previous_opening_role()
            if role is not None:
                self.groups.append(role)
        return [found] if found is not None else []

    def _previous_opening_role(self) -> Group | None:
        """The phrase naming an office ("Peru's foreign minister", "The army chief") that
        opens the sentence right before this one, when no person's name is in it."""
        lo = self.lo
        window = self.text[max(0, lo - 300) : lo]
        ends = list(_SENTENCE_END.finditer(window))
        if not ends or window[ends[-1].end() :].strip():
            return None
        if len(ends) == 1 and lo - 300 > 0:
            return None
        start = max(0, lo - 300) + (ends[-2].end() if len(ends) > 1 else 0)
        m = _OPENING_ROLE.match(self.text, start, lo)
        if m is None or m.group(2).lower() not in ROLE_NOUNS:
            return None
        if any(f.actor.kind is ActorKind.PERSON for f in self.index.between(m.start(1), m.end(1))):
            return None
        return Group(m.start(1), m.end(1))

    def _first_word_start(self) -> int:
        first = self.next(self.lo)
        return first.start if first is not None else -1

    def _previous_opening_group(
        self, lo: int | None = None, depth: int = 0, *, plural: bool = True
    ) -> Group | None:
        """The group phrase opening the sentence before the one at ``lo``, if it names no
        actor: "[Opposition parties] boycotted the vote." (plural, for "they"), "[The
        junta] seized power." (singular, for "it"); past sentences that open with the
        same pronoun themselves."""
        lo = self.lo if lo is None else lo
        window = self.text[max(0, lo - 300) : lo]
        ends = list(_SENTENCE_END.finditer(window))
        if len(ends) < 1:
            return None
        last = ends[-1]
        if window[last.end() :].strip():
            return None  # something between that sentence's end and this one's start
        start = max(0, lo - 300) + (ends[-2].end() if len(ends) > 1 else 0)
        if len(ends) == 1 and lo - 300 > 0:
            return None  # its start lies beyond the window
        if depth < 2 and re.match(r"\s*They\b" if plural else r"\s*It\b", self.text[start:lo]):
            return self._previous_opening_group(start, depth + 1, plural=plural)
        m = (_OPENING_GROUP if plural else _OPENING_BODY).match(self.text, start, lo)
        if m is None or self.index.between(m.start(1), m.end(1)):
            return None
        words = m.group(1).lower().split()
        if any(w in _NOT_GROUP_HEADS or w in _PREPOSITIONS for w in words):
            return None
        head = words[-1]
        if head in _QUANTITIES:
            return None
        singular_body = head in _AGENT_NOUNS or head in _PARTIES or head in agent_nouns()
        if not (is_agent_word(head) if plural else singular_body):
            return None
        return Group(m.start(1), m.end(1))

    # --- verbs -----------------------------------------------------------
    def subject(self, verb_start: int, depth: int = 0, *, reported: bool = False) -> list[Actor]:
        """The subject of the verb starting at ``verb_start``; ``reported``: a reporting
        verb's, whose comma before it closes an apposition ("X, who ..., said")."""
        p = self.skip_left(verb_start)
        tok = self.prev(p)
        if tok is None:
            return []
        if (
            depth == 0
            and tok.text.lower() in _STATEMENT_NOUNS
            and self.text[verb_start : self.trigger[1]].lower().endswith("ing")
        ):
            # "Kenya issued a statement accusing Peru": who issued it accuses.
            found = self._main_verb_subject(verb_start)
            if found is not None:
                return found
        if tok.text == ",":
            word = self.text[verb_start : self.trigger[1]].lower()
            if (word.endswith("ing") or depth) and not reported:
                # "NATO's Rutte, meeting Trump"; "X launched a tour, visiting Y": X.
                before = self.prev(tok.start)
                # (at depth 1 too: "..., killing 14 and injuring 20" reads its first verb's)
                if depth <= 1 and (
                    before is None or before.mention is None or self._place_adjunct(before)
                ):
                    # "Students occupied the hall for a week, demanding ...": the main
                    # verb's subject, not the noun before the comma.
                    found = self._main_verb_subject(tok.start)
                    if found is not None:
                        return found
                return self.np_before(tok.start) or self.main_subject(tok.start)
            return self._after_apposition(tok.start)
        if tok.text == "and" and depth == 0:
            # "X accused Y of fraud and demanded a recount": the first verb's subject.
            first = self._coordinated_verb(tok.start, verb_start)
            if first is not None:
                return self.subject(first, depth + 1)
        if tok.text in _RELATIVES:
            before = self.prev(tok.start)
            if before is not None and before.text == ",":
                return self.np_before(before.start)
            return self.np_before(tok.start)
        held = (
            _HELD_BACK_BEFORE.search(self.text, max(self.lo, verb_start - 40), verb_start)
            if depth == 0 and tok.text in ("of", "from")
            else None
        )
        if held is not None:
            # "The ruling party stopped short of endorsing": the holding back's subject.
            return self.subject(held.start(), depth + 1)
        if tok.text == "to" and depth == 0:
            gov = self.prev(self.skip_left(tok.start))
            if gov is None:
                return []
            modal = self.prev(tok.start)
            if modal is not None and modal.text in ("have", "has", "had") and gov != modal:
                # "The government may have to ask", "Kenya had to ask": "have to" is a
                # modal, skipped: the phrase before it is the subject.
                return self.subject(tok.start, depth + 1)
            if gov.text in _CONTROL_NOUNS:
                owners, _, np_start = self.possessor(gov.start)
                if owners:
                    return owners
                # "Both sides expressed willingness to hold talks": the noun's verb's subject.
                head = self.prev(np_start)
                while head is not None and head.text in _DETERMINERS:
                    head = self.prev(head.start)
                if head is None or head.mention is not None or not head.text.isalpha():
                    return []
                return self.subject(head.start, depth + 1)
            if self._place_adjunct(gov) or self._located_mention(gov):
                # "Ministers gathered in Nairobi to discuss", "dumped manure outside the
                # European Parliament to protest": the infinitive of purpose after a
                # place's phrase is the subject's, of the verb before the place.
                found = self._main_verb_subject(gov.start)
                if found is not None:
                    return found
            copula = self._copula_before_predicate(gov)
            if copula is not None:
                # "Egypt became the first Arab country to sign": the copula's subject.
                return self.subject(copula.start, depth + 1)
            verb = self._verb_before_adjunct(gov)
            if verb is not None:
                # "Parliament voted by a wide margin to ratify": the verb before the
                # phrase governs the infinitive; its subject acts.
                return self.subject(verb.start, depth + 1)
            return self.subject(gov.start, depth + 1)
        noun = self.event_noun_subject(p)
        if noun is not None:
            # "Russia's missile attack on Odesa killed": the attack's owner acts, not Odesa.
            owners, mods, _ = self.possessor(noun.start)
            return owners + [f.actor for f in mods]
        relative = relative_before(self.text, p, self.lo)
        # "Militants who crossed the river attacked": the phrase before "who" acts.
        found = self.np_before(p if relative is None else relative)
        if (
            not reported
            and _POSSESSIVE_BEFORE.search(
                self.text,
                _clause_from(self.text, max(self.lo, verb_start - 50), verb_start),
                verb_start,
            )
            and (span := subject_before(self.text, verb_start, self.lo))
        ):
            found = self.speaker_of(span[0]) + found  # "X said his fighters were ready"
        return found

    def event_noun_subject(self, end: int) -> _Tok | None:
        """The event noun heading the subject that ends at ``end`` when the words before
        ``end`` are its complement, or None: "[attack] on Odesa", "[strikes] against the
        port", "[fighting] in the north"."""
        lo = max(self.lo, end - 60)
        chunk = self.text[lo:end]
        if not any(p in chunk for p in _COMPLEMENT_PREPOSITIONS):
            return None  # the common case, told cheaply
        m = _EVENT_NOUN_COMPLEMENT.search(self.text, lo, end)
        if m is None:
            return None
        if _CLAUSE_WORD.search(self.text, m.end(1), end):
            return None  # "a meeting at the White House when Sondland told": a new clause
        noun = self.prev(m.start(1) + len(m.group(1)))
        if noun is None or noun.mention is not None or noun.start != m.start(1):
            return None
        if not (trigger_of(noun.text) or _NO_VERB).noun:
            return None
        return noun

    def speaker_of(self, phrase_start: int) -> list[Actor]:
        """The speaker of a reported clause whose subject starts at ``phrase_start`` with a
        possessive ("X said his government would never accept"), else nothing: the
        government speaks through X."""
        first = self.next(phrase_start)
        if first is None or first.text not in _POSSESSIVE_PRONOUNS:
            return []
        said = self.prev(phrase_start)
        if said is not None and said.text == "that":
            said = self.prev(said.start)
        if said is None or said.mention is not None or said.text not in _REPORTING:
            return []
        return self.subject(said.start, 1, reported=True)

    def _main_verb_subject(self, comma: int) -> list[Actor] | None:
        """The subject of the nearest verb before ``comma`` that has one (actors, or a
        group recorded), or None when no verb before it gives one."""
        pos = comma
        tries = 0
        for _ in range(25):
            tok = self.prev(pos)
            if tok is None or tok.text in (";", ":", '"', "“", "”", ","):
                return None
            w = tok.text
            if (
                tok.mention is None
                and w.isalpha()
                and not w.endswith("ing")
                and (trigger_of(w) or _NO_VERB).verb
            ):
                before = self.prev(tok.start)
                bare = (trigger_of(w) or _NO_VERB).lemma == w
                article = self.prev(before.start) if bare and before is not None else None
                if (
                    (before is None or before.text not in _DETERMINERS | {"to"})
                    and not (article is not None and article.text in ("a", "an"))
                    and not (w.endswith("s") and self._counted_noun(tok.start))
                ):  # "a police station" is no verb; "a gunman fired" is
                    groups = len(self.groups)
                    found = self.subject(tok.start, 1)
                    if found or len(self.groups) > groups:
                        return found
                    head = _head_group(self, tok.start)
                    if head is not None:
                        # "Gunmen on motorcycles opened fire ..., killing": the gunmen.
                        self.groups.append(head)
                        return []
                    tries += 1
                    if tries >= 3:
                        return None
            pos = tok.start
        return None

    def _counted_noun(self, start: int) -> bool:
        """Whether the plural-looking word at ``start`` ends a noun phrase opened by a
        number, a determiner or a preposition a few modifiers before it: "of two French
        radio [stations]" is a noun, not the verb "stations"."""
        pos = start
        for _ in range(3):
            tok = self.prev(pos)
            if tok is None:
                return False
            if tok.mention is None:
                w = tok.text
                if w.isdigit() or w in _GROUP_DETERMINERS or w in _DETERMINERS:
                    return True
                if w in _PREPOSITIONS:
                    return True
                if not w.isalpha() or (trigger_of(w) or _NO_VERB).verb:
                    return False  # a comma or another verb: the word may be a verb
            pos = tok.start
        return False

    def _located_mention(self, tok: _Tok) -> bool:
        """Whether the mention ``tok`` closes a phrase of place: "outside the European
        Parliament", "at the ministry"."""
        if tok.mention is None:
            return False
        prep = self.prev(tok.mention.start)
        if prep is not None and prep.text in _DETERMINERS:
            prep = self.prev(prep.start)
        return prep is not None and prep.mention is None and prep.text in _LOCATIVES

    def _copula_before_predicate(self, last: _Tok) -> _Tok | None:
        """The copula before a predicate noun phrase that ends with ``last``: "[became]
        the first Arab country", "[was] the only state"."""
        if last.mention is not None or not last.text.isalpha():
            return None
        tok = self.prev(last.start)
        for _ in range(4):
            if tok is None:
                return None
            if tok.mention is None and tok.text.lower() in _COPULAS:
                return tok
            if tok.mention is not None and tok.mention.actor.kind is not ActorKind.PLACE:
                return None
            if tok.mention is None and not (tok.text.isalpha() and tok.text.islower()):
                return None
            tok = self.prev(tok.start)
        return None

    def _verb_before_adjunct(self, last: _Tok) -> _Tok | None:
        """The verb before a prepositional phrase that ends with ``last`` (no actor's
        mention, at most four words): "voted [by a wide margin]", "met [for six hours]"."""
        tok: _Tok | None = last
        for _ in range(5):
            if tok is None or tok.mention is not None or not tok.text.isalnum():
                return None
            if tok.text.lower() in _ADJUNCT_PREPOSITIONS:
                verb = self.prev(tok.start)
                if (
                    verb is not None
                    and verb.mention is None
                    and verb.text.isalpha()
                    and verb.text.islower()
                    and (trigger_of(verb.text) or _NO_VERB).verb
                ):
                    return verb
                return None
            tok = self.prev(tok.start)
        return None

    def _place_adjunct(self, tok: _Tok) -> bool:
        """Whether the mention ``tok`` is a place in a prepositional phrase: "in Mogadishu"."""
        if tok.mention is None or tok.mention.actor.kind is not ActorKind.PLACE:
            return False
        prep = self.prev(tok.start)
        for _ in range(2):
            # "in [northern] Burkina Faso", "in [the] east": past an article or a
            # lower-case adjective of direction or the like.
            if (
                prep is None
                or prep.mention is not None
                or prep.text in _PREPOSITIONS
                or not prep.text.isalpha()
                or not self.text[prep.start].islower()
                or (trigger_of(prep.text) or _NO_VERB).verb
            ):
                break
            prep = self.prev(prep.start)
        return prep is not None and prep.text in _PREPOSITIONS

    def _coordinated_verb(self, and_start: int, verb_start: int) -> int | None:
        """Where the verb that the verb at ``verb_start`` is coordinated with begins: the
        nearest earlier verb of the same form in its clause, or None."""
        form = _verb_form(self.text[verb_start : self.trigger[1]].split()[0].lower())
        pos = and_start
        for _ in range(20):
            tok = self.prev(pos)
            if tok is None or tok.text in (";", ":", '"', "“", "”") or tok.mention is not None:
                if tok is None or tok.mention is None:
                    return None
                pos = tok.start
                continue
            w = tok.text
            if w.isalpha() and _verb_form(w) == form and (trigger_of(w) or _NO_VERB).verb:
                before = self.prev(tok.start)
                if before is not None and self._in_relative(before):
                    pos = tok.start  # "for what it called a fair count, and urged": not it
                    continue
                if before is None or before.text not in _DETERMINERS:
                    return tok.start
            pos = tok.start
        return None

    def _in_relative(self, before: _Tok) -> bool:
        """Whether a verb whose preceding token is ``before`` opens or follows a relative
        clause's subject: "what it called", "which they signed", "who led"."""
        if before.text in _FREE_RELATIVES:
            return True
        if before.mention is not None or before.text in _RELATIVE_SUBJECTS:
            opener = self.prev(before.start)
            return opener is not None and opener.text in _FREE_RELATIVES
        return False

    def _after_apposition(self, close: int) -> list[Actor]:
        """Subject of a verb after ", apposition,": the phrase before it, else the apposition."""
        open_ = self.text.rfind(",", self.lo, close)
        if open_ < 0:
            return []
        groups = len(self.groups)
        before = self.np_before(open_)
        named = self._appositive_name(open_, close)
        if named is not None and not any(a.kind is ActorKind.PERSON for a in before):
            # "Pakistan's army chief, General Asim Qadri, visited": the description's name.
            del self.groups[groups:]
            return [named]
        if before:
            return before
        inside = self.index.between(open_, close)
        if inside and not self.text[open_ + 1 : inside[0].start].strip():
            return [inside[0].actor]
        return []

    def _appositive_name(self, open_: int, close: int) -> Actor | None:
        """The person an apposition ``, [Title] Name,`` consists of, or None."""
        inside = self.index.between(open_, close)
        if len(inside) != 1 or inside[0].kind is not MentionKind.NAME:
            return None
        f = inside[0]
        if f.actor.kind is not ActorKind.PERSON or self.text[f.end : close].strip():
            return None
        lead = self.text[open_ + 1 : f.start].split()
        if all(w in TITLE_WORDS or w.strip(".").capitalize() in TITLE_WORDS for w in lead):
            return f.actor
        return None

    def _titles_a_person(self, tok: _Tok) -> bool:
        """Whether ``tok`` is a title right before a person's name: "Governor [Alden]"."""
        nxt = self.next(tok.end)
        return (
            self.text[tok.start : tok.start + 1].isupper()  # (a token's text is lower case)
            and nxt is not None
            and nxt.mention is not None
            and nxt.mention.actor.kind is ActorKind.PERSON
        )

    def objects(self, pos: int, *, passive: bool = False) -> tuple[list[Actor], list[Found]]:
        """Actors right after a verb or noun: "met (with) X", "between X and Y", "by X".

        Returns the actors and the place mentions among them.
        """
        out: list[Actor] = []
        places: list[Found] = []
        words = 0
        np_start: int | None = None
        while words < 10:
            tok = self.next(pos)
            if tok is None:
                break
            if (
                not out
                and tok.mention is None
                and (tok.text in _AGENT_NOUNS or tok.text in agent_nouns())
                and not self._titles_a_person(tok)
            ):
                last = tok
                for _ in range(2):
                    # "rebel fighters", "security agents": the head noun ends the group.
                    nxt = self.next(last.end)
                    if nxt is None or nxt.mention is not None or not is_agent_word(nxt.text):
                        break
                    last = nxt
                self.groups.append(Group(tok.start if np_start is None else np_start, last.end))
            if tok.text == "," and np_start is None:
                break  # "Despite international criticism, the junta": another clause
            if np_start is None and tok.text not in ("with", "between", "among", "by"):
                np_start = tok.start
            if tok.mention is not None:
                f = tok.mention
                nxt = self.next(f.end)
                if nxt is not None and nxt.text == "'s":
                    pos = nxt.end  # "met Trump's envoy": the envoy, not Trump
                elif nxt is not None and (
                    nxt.mention is not None or nxt.text.capitalize() in TITLE_WORDS
                ):
                    pos = f.end  # "Belarusian President Alexander Lukashenko"
                else:
                    out.append(f.actor)
                    if f.actor.kind is ActorKind.PLACE:
                        places.append(f)
                    pos = f.end
                words += 1
                continue
            w = tok.text
            if w.endswith("ing") and not out:
                prior = self.prev(tok.start)
                if prior is not None and prior.text in _DETERMINERS:
                    pos = tok.end  # "received the [visiting] prime minister": a modifier
                    words += 1
                    continue
            if (
                w in ("with", "and", ",", "both", "between", "among", "-")
                or w in _DETERMINERS
                or (w == "by" and (passive or not out))
                or w in ROLE_NOUNS
                or w in _AGENT_NOUNS
                or w in _MODIFIER_WORDS
                or tok.text.capitalize() in TITLE_WORDS
                or (self.text[tok.start].isupper() and w.isalpha())  # "Belarusian"
            ):
                if w == "," and out:
                    nxt = self.next(tok.end)
                    if nxt is None or nxt.mention is None:
                        break  # "met Putin, who ..." ends the objects
                pos = tok.end
                words += 1
                continue
            break
        return out, places

    # --- nouns -----------------------------------------------------------
    def possessor(self, noun_start: int) -> tuple[list[Actor], list[Found], int]:
        """Possessor and actor modifiers of the noun at ``noun_start``, and where its phrase begins.

        "Putin's March 13 visit" → Putin; "a U.S.-Ukrainian agreement" → the
        United States and Ukraine (as modifiers); "his meeting" → who "his" is.
        """
        owners: list[Actor] = []
        mods: list[Found] = []
        pos = noun_start
        for _ in range(6):
            tok = self.prev(pos)
            if tok is None:
                break
            if tok.mention is not None:
                f = tok.mention
                if f.kind is MentionKind.PRONOUN:
                    owners.append(f.actor)
                    pos = tok.start
                    break
                mods.append(f)
                pos = tok.start
                continue
            w = tok.text
            if w == "'s":
                owner = self.prev(tok.start)
                if owner is not None and owner.mention is not None:
                    owners.append(owner.mention.actor)
                    pos = owner.start
                break
            if w in _POSSESSIVE_PRONOUNS:
                owners += self.resolve(tok)
                pos = tok.start
                break
            if w == "-" or w in _MODIFIER_WORDS or w.isdigit() or self._is_date_word(tok):
                pos = tok.start
                continue
            if _COMPOUND_MODIFIER.fullmatch(w):
                pos = tok.start  # "a 24-hour curfew", "a three-day visit": a modifier
                continue
            if w.endswith(("-proposed", "-led", "-backed", "-brokered", "-sponsored")):
                pos = tok.start  # "a U.S.-proposed ceasefire": the proposer is a party
                continue
            break
        return owners, mods, pos

    def possessor_group(self, np_start: int) -> Group | None:
        """The possessor phrase before ``np_start`` when it names people who act but no
        actor of the article: "[The senator]'s attack", "[Hackers]' attack"."""
        tok = self.prev(np_start)
        if tok is None or tok.mention is not None:
            return None
        if tok.text == "'s":
            owner = self.prev(tok.start)
        elif tok.text in ("'", "’"):
            owner = self.prev(tok.start)
            if owner is not None and not owner.text.endswith("s"):
                return None
        else:
            return None
        if owner is None or owner.mention is not None or not owner.text.isalpha():
            return None
        if not is_agent_word(owner.text.lower()):
            return None
        start = owner.start
        det = self.prev(owner.start)
        if det is not None and det.mention is None and det.text.lower() in _DETERMINERS:
            start = det.start
        return Group(start, owner.end)

    def _is_date_word(self, tok: _Tok) -> bool:
        return tok.text in ("march", "may", "june", "july", "august", "april") or tok.text[:3] in (
            "jan",
            "feb",
            "sep",
            "oct",
            "nov",
            "dec",
        )

    def main_subject(self, pos: int) -> list[Actor]:
        """The subject of the clause a phrase at ``pos`` hangs from."""
        first = self.next(self.lo)
        if first is None:
            return []
        if first.text in _PREPOSITIONS or first.text in ("as", "when", "while"):
            comma = self.text.find(",", pos, self.hi)
            if comma < 0:
                return []
            tok = self.next(comma + 1)
            while (
                tok is not None
                and tok.mention is None
                and (tok.text in _DETERMINERS or tok.text.capitalize() in TITLE_WORDS)
            ):
                tok = self.next(tok.end)
            if (
                tok is not None
                and tok.mention is not None
                and not self._is_modifier_after(tok.mention)
            ):
                return [tok.mention.actor]
            return []
        tok = first
        for _ in range(4):
            if tok is None or tok.start >= pos:
                return []
            if tok.mention is not None:
                if self._is_modifier_after(tok.mention):
                    return []
                nxt = self.next(tok.end)
                if nxt is not None and (nxt.text == "," or nxt.text.isalpha()):
                    return [tok.mention.actor]
                return []
            if not (tok.text in _DETERMINERS or tok.text.capitalize() in TITLE_WORDS):
                return []
            tok = self.next(tok.end)
        return []


# A subject's adjective of feeling and what it is about, right before the verb.
_FEELING_BEFORE_VERB = re.compile(
    rf"\b[a-z][\w'’-]*(\s*){cues('feelings')}\s+(?:at|over|with|about|by)\s+[^,;:.()]{{1,60}}\s+$",
    re.I,
)
#: Words opening a relative or free relative clause: "what it called", "which he signed".
_FREE_RELATIVES = frozenset({"what", "which", "who", "whom", "that"})
_RELATIVE_SUBJECTS = frozenset({"it", "he", "she", "they", "we", "i", "you"})
# A compound of a number or measure before a noun: "24-hour", "60-day", "three-year".
_COMPOUND_MODIFIER = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|multi|several)"
    r"-(?:hour|day|week|month|year|night|minute|point|member|nation|party|km|mile|metre|meter)s?"
)


#: The prepositions of an event noun's complement: "attack [on] Odesa", "strikes [against]".
_COMPLEMENT_WORDS = data_section("event_cues.txt", "complement_prepositions")
# (Spaced, for the cheap test before the search: a chunk without one has no complement.)
_COMPLEMENT_PREPOSITIONS = tuple(f" {word} " for word in _COMPLEMENT_WORDS)
_CLAUSE_WORD = re.compile(
    r"\b(?:when|while|where|who|whom|which|that|and|or|but|as|after|before|because|if|since|"
    r"until|said|says|told)\b",
    re.I,
)
# An event noun's complement ending where a subject would: "attack on Odesa", "strikes
# against the port", "fighting in the north".
_EVENT_NOUN_COMPLEMENT = re.compile(
    r"\b([a-z]+)\s+(?:"
    + "|".join(_COMPLEMENT_WORDS)
    + r")\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}[\w’'.-]+\s*$"
)


#: Verbs whose subject undergoes the event: "died" (CAMEO codes it as force used).
UNDERGOING = frozenset({"die"})


def _does_noun(participle: str, noun: str) -> bool:
    """Whether ``participle`` is a verb whose object ``noun`` is its own event: "sanctions
    imposed by", "talks brokered by", "sanctions approved by" (a pattern), not "a
    complaint obtained by" or "an attack condemned by"."""
    if participle in _GOVERNING:
        return True
    found = trigger_of(participle)
    return (
        found is not None and pattern_for(found, " " + noun.lower(), 0, len(noun) + 1) is not None
    )


#: An event noun as a passive's subject, and the agent: "sanctions were imposed on X by".
_PASSIVE_BY = re.compile(
    r"\s+(?:was|were|(?:has|have|had)\s+been|is|are)\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en))"
    r"(?:\s+[^\s,;:.()]+){0,5}?\s+by\s"
)
_BY_NEXT = re.compile(r"\s+by\s")
_FROM_NEXT = re.compile(r"\s+from\s")
# A noun's participle with its agent: "the sanctions, approved by EU ministers".
_PARTICIPLE_BY = re.compile(r",?\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en))\s+by\s")
#: Verbs of response whose "with" phrase names the response: "retaliated with strikes".
_RESPONDING = re.compile(r"(?:" + data_alternation("event_cues.txt", "responding_stems") + r")\w*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which)\b", re.I)
# A fronted time phrase before a sentence's subject: "On Sunday", "Later on Monday,".
_FRONTED_TIME = re.compile(
    r"\s*(?:(?:Late|Early|Later|Earlier)\s+)?(?:on|in|by|last|this|later|earlier|then|"
    r"overnight)\b(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"morning|afternoon|evening|night|day|week|month|year|the\s+\w+))?\s*,?\s*",
    re.I,
)
# A sentence's opening phrase ending in a noun of office: "Peru's foreign minister",
# "The army chief" (group 2: the noun), right before its verb.
_OPENING_ROLE = re.compile(
    r"\s*[\"“]?((?:the\s+|The\s+|[A-Z][\w’'.-]*['’]s\s+)(?:[\w’'-]+\s+){0,2}?([a-z][\w-]*))"
    r"\s+(?:[a-z]+ed|met|said|says|told|held|began|left|went|made|took|gave|sent)\b"
)
_OPENING_BODY = re.compile(r"\s*[\"“]?((?:the|The)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w-]*)\s+[a-z]")
_OPENING_GROUP = re.compile(
    r"\s*[\"“]?((?:(?:the|The|Some|Many|Hundreds\s+of|Thousands\s+of)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?[a-z][\w-]*s)\s+(?!of\b)[a-z]"
)

_AGENTIVE = ("ers", "ors", "ists", "ants", "ents", "ians", "ans", "men", "ies", "ces")


def _compound_head(word: str) -> str:
    """The last part of a hyphenated compound of letters ("vice-president": "president"),
    else the word itself."""
    if "-" not in word:
        return word
    parts = word.split("-")
    return parts[-1] if all(p.isalpha() for p in parts) else word


def is_agent_word(word: str) -> bool:
    """A noun naming people who act: a listed actor head, or a plural agent noun."""
    return (
        word in _AGENT_NOUNS
        or word in _PARTIES
        or word in agent_nouns()
        or word.endswith(_AGENTIVE)
    )


def _verb_form(word: str) -> str:
    """A verb form's inflection, so coordinated verbs match: "-ed", "-ing", "-s" or bare."""
    for suffix in ("ed", "ing", "s"):
        if word.endswith(suffix):
            return suffix
    return ""


_BETWEEN = re.compile(r"\b(?:between|among)\s+(?=[^,;:]{0,60}\band\b)", re.I)
#: A passive's auxiliary right before the participle, an adverb perhaps between.
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$")
#: "between rival clans": a plural noun phrase of lower-case words after "between" or
#: "among", with no "and" or "of" after it (then the shared readers find the sides).
_BETWEEN_PLURAL = re.compile(
    r"\s+(?:between|among)\s+((?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*[a-z]s)\b"
    r"(?!\s+(?:and|of)\b)(?=\s*(?:[,.;:]|[a-z]))"
)
_ADJECTIVAL_AFTER = re.compile(r"[-–](?=\w)|['’]s\b")
_LOCATION_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|to)\s+(?:the\s+)?$", re.I)
_SENTENCE_PLACE = re.compile(r"^(?:In|At)\s+(?:the\s+)?$")
_TRAVEL = frozenset({"visit", "meeting"})


#: A quote closing right before a verb: the verb of its tag, "“…,” [vowed] X".
_QUOTE_TAG_BEFORE = re.compile(r"[,!?…][”\"’]\s*$")


def read_clause(
    text: str,
    sentence: Sentence,
    index: MentionIndex,
    trigger: tuple[int, int],
    kind: str,
    as_verb: bool,
    date_starts: dict[int, int] | None = None,
    *,
    source_from: bool = False,
) -> Reading:
    """The actors, recipients and place of the event whose trigger spans ``trigger``.

    A verb's subject acts and its objects receive; a noun's possessor, actor
    modifiers and "between X and Y" act, the phrase after it ("sanctions on
    X", "talks with X") receives.  ``date_starts`` maps the end of each date
    mention to its start, so that a date between subject and verb is skipped.
    """
    c = _Clause(text, sentence, index, trigger, date_starts)
    start, end = trigger
    doers: list[Actor] = []
    receivers: list[Actor] = []
    places: list[Found] = []
    doer_groups: list[Group] = []
    receiver_groups: list[Group] = []
    if as_verb:
        before = text[max(sentence.start, start - 28) : start].lower()
        # "was arrested" is passive; "was sending" is progressive: its subject acts.
        # (An adverb may come between: "were quickly arrested".)
        passive = bool(_PASSIVE_AUX.search(before)) and not (
            text[start:end].lower().endswith("ing")
        )
        reduced = False
        undergoes = (trigger_of(text[start:end].lower()) or _NO_VERB).lemma in UNDERGOING
        if undergoes:
            passive = True  # "Two soldiers died": the subject suffers the event, acts in none
        elif (
            not passive
            and text[start:end].lower().endswith("ed")
            and _BY_NEXT.match(text, end, end + 4) is not None
        ):
            # "six men killed by gunmen": a participle with its agent after a noun.
            prior = c.prev(start)
            reduced = passive = (
                prior is not None
                and prior.mention is None
                and prior.text.isalpha()
                and prior.text not in _BETWEEN_SUBJECT_AND_VERB
                and not prior.text.endswith("ly")
            )
        # A subject with an adjective of feeling after it is read where it ends: "Farmers
        # angry at cheap grain imports blocked" (the imports are what angers them).
        # (The phrase is at most a few words and 60 characters: a bounded look back.)
        feeling = (
            None
            if reduced
            else _FEELING_BEFORE_VERB.search(text, max(sentence.start, start - 160), start)
        )
        subject_at = feeling.end(1) if feeling is not None else start
        # A reduced participle describes the noun right before it: "villagers abducted".
        subject = c.np_before(start) if reduced else c.subject(subject_at)
        # "Foreign ministers of the Gulf states": read only where the subject found is
        # nobody or a place, as a complement's place or group would be.
        plain = all(a.kind is ActorKind.PLACE for a in subject)
        head_of = _head_group(c, start) if plain and not passive else None
        if head_of is not None:
            # "Foreign ministers of the Gulf states held": the ministers act, not the Gulf.
            subject, c.groups = [], [head_of]
        if not subject and not c.groups:
            # What the events' own reading leaves without a subject, the shared clause
            # reader may still find: "The bishops' conference welcomed", "Niger's junta
            # announced" name a collective actor that is no actor of the article.
            found = _subject_phrase(c, subject_at)
            if found is not None:
                c.groups.append(found)
        if not passive and not reduced:
            subject += _speaking_state(c, start, subject) or _speakers_own(c, start, subject)
        doer_groups += c.groups
        c.groups = []
        objs, obj_places = c.objects(end, passive=passive)
        receiver_groups += c.groups
        c.groups = []
        if passive:
            # "X was arrested by Y": the subject receives, the "by" phrase acts.
            by = (
                None
                if undergoes
                else (
                    re.match(r"\s+by\b", text[end : end + 40])
                    or re.search(r"^[^,;:.]{0,40}?\bby\s", text[end : min(c.hi, end + 60)])
                )
            )
            if by is not None and not objs and by.end() > 4:
                # "were handed over to Libyan authorities by Egypt": the agent after a
                # complement, read where its "by" stands.
                objs, more_places = c.objects(end + by.end(), passive=True)
                obj_places += more_places
            doers += objs if by else []
            receivers += subject
            if not by:
                receivers += objs
                # "Three soldiers were wounded": the subject's group is acted on.
                receiver_groups, doer_groups = doer_groups + receiver_groups, []
            else:
                if not objs and not receiver_groups:
                    # "was attacked by a crowd": the shared reader's object of "by".
                    agent = _agent_phrase(c, end + by.end())
                    receiver_groups += [agent] if agent is not None else []
                doer_groups, receiver_groups = receiver_groups, doer_groups  # "by gunmen"
        elif not subject and _QUOTE_TAG_BEFORE.search(text, max(sentence.start, start - 6), start):
            # "“We will fight,” vowed the attorney general": in a tag after a quote the
            # verb comes first and its subject after it.
            doers += objs
            doer_groups += receiver_groups
            receiver_groups = []
        else:
            doers += subject
            receivers += objs
        if not (passive and _BY_NEXT.match(text, end, end + 4)):
            places += obj_places  # (an agent "by Washington" is no place)
    else:
        owners, mods, np_start = c.possessor(start)
        if not owners and not mods:
            owner_group = c.possessor_group(np_start)
            if owner_group is not None:
                # "The senator's attack on the bill", "Hackers' attack on the hospital":
                # a possessor naming people who act, no actor of the article.
                doer_groups.append(owner_group)
        if mods and not owners:
            giver = c.prev(np_start)
            if giver is not None and giver.mention is None and giver.text in _GIVING:
                # "gave Kenya aid": the name after a verb of giving is its first object,
                # who receives the event, not a modifier of the noun.
                receivers += [f.actor for f in mods]
                mods = []
        doers += owners
        for f in mods:
            if kind in _TRAVEL and f.actor.kind is ActorKind.PLACE and not is_state(f.actor):
                places.append(f)  # "the Moscow meeting" happened in Moscow
            else:
                doers.append(f.actor)
        objs, obj_places = c.objects(end)
        between = False
        came_from = _FROM_NEXT.match(text, end, end + 8) if source_from else None
        if came_from is not None and not objs:
            # "protests from Belgrade", "aid from the IMF": who sends it acts.
            objs, _ = c.objects(came_from.end() - 1)  # a capital stands for its state
        by_agent = (
            (_PARTICIPLE_BY.match(text, end, c.hi) or _PASSIVE_BY.match(text, end, c.hi))
            if not objs and " by " in text[end : end + 80]
            else None
        )
        if by_agent is not None and not _does_noun(by_agent.group(1), text[start:end]):
            by_agent = None  # "a complaint obtained by People": not who complains
        if by_agent is not None:
            # "The sanctions, approved by EU ministers on Monday, target ...": they act.
            objs, _ = c.objects(by_agent.end() - 1)
            if not objs and not c.groups:
                # "was carried out by a splinter group of the rebels": the shared reader's
                # object of "by".
                agent = _agent_phrase(c, by_agent.end())
                if agent is not None:
                    c.groups.append(agent)
                else:
                    by_agent = None
        if not objs:
            # "The talks, held in Moscow on March 13 between Putin and Witkoff"
            m = _BETWEEN.search(text, end, min(c.hi, end + 90))
            if m is not None and _RELATIVE_WORD.search(text, end, m.start()) is not None:
                m = None  # "the killing of X, who had studied ties between A and B": not A, B
            if m is not None:
                objs, obj_places = c.objects(m.start())
                between = True
            elif not c.groups and (sides := _BETWEEN_PLURAL.match(text, end, c.hi)):
                # "clashes between rival clans": one plural names both sides; they act.
                c.groups.append(Group(sides.start(1), sides.end(1)))
                between = True
        elif re.match(r"\s*(?:between|among)\b", text[end : end + 12]):
            between = True
        if (
            between
            or came_from is not None
            or by_agent is not None
            or re.match(r"\s+by\b", text[end : end + 6])
        ):
            # "talks between X and Y", "an attack by the rebels": they act.
            doers += objs
            doer_groups += c.groups  # "talks between the government and the rebels"
        else:
            receivers += objs
            receiver_groups += c.groups
        c.groups = []
        places += obj_places
        if not owners:
            head = c.prev(np_start)
            for _ in range(4):
                # Back over determiners and adjectives: "launched a blistering attack".
                if head is None or head.mention is not None or head.text in _LIGHT_VERBS:
                    break
                # (a hyphenated modifier is passed over too: "a dusk-to-dawn curfew")
                if not head.text.replace("-", "").isalpha() or head.text in _PREPOSITIONS:
                    break
                left = c.prev(head.start)
                if (
                    head.text not in _NP_MODIFIERS
                    and head.text.endswith(("ed", "s"))
                    and not (left is not None and left.text in ("a", "an"))  # "an arms embargo"
                ):
                    break  # another verb ("said"), or a plural noun: not this phrase's
                if head.text not in _NP_MODIFIERS and _irregular_past(head.text):
                    break  # "sent", "gave", "took": a verb's past, no adjective
                if (
                    left is not None
                    and left.text in _AUXILIARIES
                    and head.text not in _NP_MODIFIERS
                ):
                    break  # "would extend the curfew": a verb
                head = left
            went_on = False
            if head is not None and head.text == "with":
                verb = c.prev(head.start)
                if verb is not None and verb.mention is None and _RESPONDING.match(verb.text):
                    head, went_on = verb, True  # "the army responded with airstrikes"
            if head is not None and head.text == "on":
                went = c.prev(head.start)
                if went is not None and went.text in _GOING_ON:
                    # "went on strike", "have been on hunger strike": the goers strike
                    head, went_on = went, True
            governed = head is not None and head.mention is None and head.text.isalpha()
            if (
                governed
                and head is not None
                and head.text not in _GOVERNING
                and not went_on
                and not _same_block(head.text, text[start:end])
                and not _patterned(head.text, text[start:end])
            ):
                # "had ended military cooperation": after an auxiliary the word is a verb
                # whose object the noun is, and the verb's subject is the noun's actor.
                aux = c.prev(head.start)
                governed = aux is not None and aux.text in _AUXILIARIES
            if head is not None and governed:
                head_group = _head_group(c, head.start)
                if head_group is not None:
                    doer_groups.append(head_group)  # "Foreign ministers of X held talks"
                else:
                    governor = c.subject(head.start, 1 if head.text.endswith("ing") else 0)
                    doers = governor + _speakers_own(c, head.start, governor) + doers
                doer_groups += c.groups
                c.groups = []
            elif head is not None and head.text in _PREPOSITIONS and not mods:
                doers = c.main_subject(start) + doers
    location = _location(c, kind, places, as_verb)
    destinations = {f.actor.id for f in places if not is_state(f.actor)}

    def keep(actors: list[Actor], seen: set[str]) -> list[Actor]:
        out = []
        for a in actors:
            if a.id in seen or a.kind in (ActorKind.OUTLET, ActorKind.GROUP):
                continue
            if a.id in destinations:
                continue  # "visiting Nevada and Iowa": places, not parties
            if location is not None and a.id == location.actor.id and not is_state(a):
                continue
            seen.add(a.id)
            out.append(a)
        return out

    seen: set[str] = set()
    actors = keep(doers, seen)
    recipients = keep(receivers, seen)
    return Reading(
        [*actors, *recipients], location, actors, recipients, doer_groups, receiver_groups
    )


def _same_block(verb: str, noun: str) -> bool:
    """Whether ``verb`` is a verb of the CAMEO synonym set of the event noun ``noun``'s
    head: "detonated a bomb", "planted a bomb" - the verb does the noun's event, so its
    subject is the noun's actor (a verb of another set may judge it: "condemned")."""
    v = trigger_of(verb)
    n = trigger_of(noun.split()[-1].lower())
    return v is not None and n is not None and v.verb and n.noun and v.block == n.block


def _irregular_past(word: str) -> bool:
    """Whether ``word`` is a verb's past form of another spelling than its lemma and not
    in "-ed" ("sent", "gave", "took", "struck")."""
    found = trigger_of(word)
    return (
        found is not None
        and found.verb
        and not found.noun
        and word != found.lemma
        and not word.endswith(("ed", "s", "ing"))
    )


def _patterned(verb: str, noun: str) -> bool:
    """Whether ``verb`` is a verb that codes only through its patterns and one of them is
    the noun ("sent humanitarian aid": "send aid"): the verb does the noun's event."""
    found = trigger_of(verb)
    if found is None or not found.verb or (found.verb_code or ("-",))[0] != "-":
        return False
    if verb in _REPORTING:
        return False  # "reported an attack by rebels": who tells it does not do it
    return pattern_for(found, " " + noun.lower(), 0, len(noun) + 1) is not None


def _reporting_before(c: _Clause, subject_start: int) -> _Tok | None:
    """The reporting verb whose clause opens with the subject at ``subject_start``: "said
    [Hanoi]", "said that [Hanoi]", "told reporters that [Lima]"; else None."""
    said = c.prev(c.skip_left(subject_start))
    if said is not None and said.text == "that":
        said = c.prev(c.skip_left(said.start))
        for _ in range(3):
            # "told reporters that", "told the UN that": back over the told one.
            if said is None or said.text in _REPORTING or said.text in (",", ";", ":"):
                break
            said = c.prev(said.start)
    if said is None or said.mention is not None or said.text not in _REPORTING:
        return None
    return said


def _speaking_state(c: _Clause, verb: int, subject: list[Actor]) -> list[Actor]:
    """The speaker of a reported clause whose subject is the speaker's own state, named or
    by its capital: in "Vietnam's foreign minister said Hanoi would welcome", the minister
    speaks and acts for Hanoi.  Nothing for other clauses (the speaker's groups are
    recorded in ``c.groups``)."""
    if not subject or not all(a.kind is ActorKind.PLACE for a in subject):
        return []
    tok = c.prev(c.skip_left(verb))
    if tok is None or tok.mention is None or tok.mention.actor.kind is not ActorKind.PLACE:
        return []
    said = _reporting_before(c, tok.start)
    if said is None:
        return []
    state = states_named(c.text[tok.start : tok.end])
    if not state or not state & states_named(
        c.text[_clause_from(c.text, c.lo, said.start) : said.start]
    ):
        return []
    return [a for a in c.subject(said.start, 1, reported=True) if a not in subject]


_OWN_STATE_NOUNS = cue_words("own_state_nouns")
_OWN_BODY_NOUNS = cue_words("own_body_nouns")


#: What opens a reported subject naming the speaker's own state or body: "the country",
#: "his country", "their government".
_OWN_DETERMINERS = frozenset({"the", "his", "her", "its", "their"})


def _speakers_own(c: _Clause, verb: int, subject: list[Actor]) -> list[Actor]:
    """The state or organisation the speaker's phrase names, when a reported clause's
    subject is "the country", "his country" or "the bloc" (recorded as a group): in
    "Iranian media said the country had executed", Iran acts, and in "Peru's foreign
    minister said his country would never recognise", Peru."""
    if subject or not c.groups:
        return []
    group = c.groups[-1]
    words = c.text[group.start : group.end].lower().split()
    if len(words) != 2 or words[0] not in _OWN_DETERMINERS:
        return []
    state = words[1] in _OWN_STATE_NOUNS
    if not state and words[1] not in _OWN_BODY_NOUNS:
        return []
    tok = c.prev(c.skip_left(verb))
    if tok is None or tok.end != group.end:
        return []
    said = _reporting_before(c, group.start)
    if said is None:
        return []
    for f in c.index.between(_clause_from(c.text, c.lo, said.start), said.start):
        if (
            (
                is_state(f.actor)
                or (f.actor.kind is ActorKind.PLACE and states_named(c.text[f.start : f.end]))
            )
            if state
            else f.actor.kind is ActorKind.ORGANIZATION
        ):
            return [f.actor]
    return []


_PHRASE_WORD = re.compile(r"[\w’'.&-]+")
#: Heads that make no actor of a subject phrase: pronouns and other function words.
_NO_HEAD = (
    _NOT_GROUP_HEADS | _PREPOSITIONS | _DETERMINERS | _RELATIVES | cue_words("object_pronouns")
)

#: Words right before a verb after which the shared reader finds no subject phrase.
_NO_SUBJECT_END = _NO_HEAD - {"and", "but"}


def _subject_phrase(c: _Clause, verb: int) -> Group | None:
    """The subject of the verb at ``verb`` as the shared clause reader finds it, when it is a
    noun phrase naming no actor of the article: a collective actor."""
    tok = c.prev(c.skip_left(verb))
    if tok is None or tok.mention is not None or tok.text in _NO_SUBJECT_END:
        return None  # a pronoun, "to", a relative: nothing the shared reader adds
    if c.event_noun_subject(c.skip_left(verb)) is not None:
        return None  # "the attack on the port killed": the port does not act
    span = subject_before(c.text, verb, c.lo)
    if span is not None and (comma := c.text.find(",", span[1], verb)) >= 0:
        opening = c.text[span[0] : span[1]].split(None, 1)[0].lower()
        if opening in _PREPOSITIONS:
            # An opening adverbial ("In June 1987, thousands of students marched"): the
            # subject follows its comma.
            span = subject_before(c.text, verb, comma + 1)
    if span is None or c.index.between(span[0], span[1]):
        return None  # an actor's mention there was already weighed (and left) by subject()
    words = _PHRASE_WORD.findall(c.text[span[0] : span[1]])
    if not words or len(words) > 6:
        return None
    head = _compound_head(words[-1].strip("’'.").lower())
    if not head.isalpha() or head in _NO_HEAD or len(head) < 3:
        return None
    if head.endswith(("ly", "ed", "ing")) or c.date_starts.get(span[1]) is not None:
        return None
    return Group(*span)


_AGENT_AFTER_BY = re.compile(
    r"\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s+(?:on|in|at|after|before|during|when|while|"
    r"and|who|which|that|as|near|for|with|from|of|last|this|early|late|outside|inside|along|"
    r"across|behind|around|during|overnight)\b|\s*[,.;:]|\s*$)"
)


_HEAD_END = re.compile(r"\s+(?:of|for|in|from|at|on|with)\s", re.I)
_ROLES = frozenset(w.lower() for w in ROLE_NOUNS)
_HEAD_IN_CLAUSE = re.compile(r"\s(?:of|for|in|from|at|on|with)\s", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|its|their)\s", re.I)


def _clause_from(text: str, lo: int, hi: int) -> int:
    """Where the clause ending at ``hi`` starts, no earlier than ``lo``: after a comma,
    semicolon or colon."""
    return max(
        lo, text.rfind(",", lo, hi) + 1, text.rfind(";", lo, hi) + 1, text.rfind(":", lo, hi) + 1
    )


def _head_group(c: _Clause, verb: int) -> Group | None:
    """The subject "X of Y" as a group when its head X names unnamed people and no actor:
    "The families of the kidnapped students", "Lawyers for the former mayor"."""
    if not _HEAD_IN_CLAUSE.search(c.text, _clause_from(c.text, max(c.lo, verb - 80), verb), verb):
        return None  # no "of", "for", ... in the clause before the verb
    span = subject_head_before(c.text, verb, c.lo)
    if span is None or "," in c.text[span[0] : verb]:
        return None  # "..., demanding": a participle's subject is the clause's
    cut = _HEAD_END.search(c.text, span[0], span[1])
    if cut is None or c.index.between(span[0], cut.start()):
        return None
    if any(f.actor.kind is ActorKind.PERSON for f in c.index.between(cut.end(), span[1])):
        return None  # "Secretary of State Mark Reid arrived": the title's holder acts
    words = _PHRASE_WORD.findall(c.text[span[0] : cut.start()])
    if not words or len(words) > 4:
        return None
    head = words[-1].lower()
    if head in _QUANTITIES or not head.isalpha():
        return None
    if not is_agent_word(head) and head not in _ROLES:
        return None  # ("The head of the army", "The leader of the opposition": roles)
    return Group(span[0], span[0] + len(c.text[span[0] : cut.start()].rstrip()))


def _agent_phrase(c: _Clause, by_end: int) -> Group | None:
    """The noun phrase after a passive's "by", when it names no actor: "by a crowd"."""
    if c.text[by_end - 1 : by_end].isspace():
        by_end -= 1
    span = object_after(c.text, by_end, c.hi)
    if span is None:
        # The shared reader wants a boundary word after the phrase; a passive's agent is
        # often followed by any preposition or conjunction: "by officers after he ...".
        m = _AGENT_AFTER_BY.match(c.text, by_end, c.hi)
        span = (m.start(1), m.end(1)) if m is not None else None
    if span is None or c.index.between(span[0], span[1]):
        return None
    head = c.text[span[0] : span[1]].split()[-1].lower()
    if not head.isalpha() or head in _NO_HEAD or head.endswith(("ly", "ing")):
        return None
    return Group(*span)


def _location(c: _Clause, kind: str, places: list[Found], as_verb: bool) -> Found | None:
    text = c.text
    start, end = c.trigger
    for f in c.index.between(end, min(c.hi, end + 90)):
        if f.actor.kind is not ActorKind.PLACE or _ADJECTIVAL_AFTER.match(text, f.end):
            continue  # "in U.S.-Russia engagement", "in Russia's Kursk region"
        window = text[max(c.lo, f.start - 12) : f.start]
        if _LOCATION_BEFORE.search(window) and not (
            window.rstrip().lower().endswith("to") and kind not in ("visit", "military")
        ):
            return f
    for f in places:
        if kind in ("visit", "military") or not is_state(f.actor):
            return f
    for f in c.index.between(c.lo, start):
        if f.actor.kind is ActorKind.PLACE and _SENTENCE_PLACE.match(text[c.lo : f.start]):
            return f  # "In Moscow, Putin met ..."
    return None
