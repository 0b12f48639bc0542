"""Whom a description names: "the spokesman", "the 56-year-old", "the Nevada
Democrat", "the latter", "the company".

A definite description links to the person named before whose roles or titled mentions
fit it, to the unnamed person it takes up again, to the person in focus (an epithet), or
to an organisation so named; documents are read by :mod:`.documents`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from newsmodel._analysis.coreference import Referent, previous_paragraph_start
from newsmodel._analysis.lexicon import (
    ROLE_NOUNS,
    TITLE_WORDS,
    descriptor_kind,
    names_a_person,
    office_modifiers,
    sex_of_noun,
    singular,
)
from newsmodel._analysis.quotes.attribution.document import REACH, QuoteDocument
from newsmodel._analysis.quotes.attribution.documents import document_speaker
from newsmodel._analysis.quotes.attribution.passive import ADDRESSEE_BEFORE
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.references import resolve
from newsmodel._analysis.quotes.attribution.roles import (
    ROLE_QUALIFIERS,
    abbreviates,
    contradicts,
    holds_now,
    role_has,
)
from newsmodel._analysis.quotes.attribution.speaker import Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import (
    AGE,
    DOCUMENT_NOUNS,
    description_head,
    is_role,
    names_nationality,
)
from newsmodel._analysis.quotes.cues import GROUP, NAMED_ORGANISATION_NOUNS, ORGANISATION_NOUNS
from newsmodel._model import Actor, ActorKind, Mention, Span

#: How many unnamed people before a description it may refer back to.
_UNNAMED_LOOKBACK = 8

_AGE_IN_PHRASE = re.compile(r"\b\d+-year-old\b")

#: An age stated right after a name: "Ana Ruiz, 52," or "Ana Ruiz (52)".
_STATED_AGE = re.compile(r"(?:,\s*|\s+\()(\d{1,3})(?:,|\))")

#: The owner inside a description: "the association's secretary" → "association".
_OWNER_IN_PHRASE = re.compile(r"(\w+)['’]s?\s+\S")


@functools.lru_cache(maxsize=1024)
def _titled_by(head: str) -> re.Pattern[str]:
    """The role word ``head`` as a title ending a stretch before a mention, only titles
    and names after it: "[Judge] Helen Park", "[chief executive,] Ana Ruiz".

    One pattern a head word, built once: the descriptions of people and the titles
    named later both look for it before many mentions.
    """
    return re.compile(rf"\b{re.escape(head)}\b,?(?:\s+(?-i:[A-Z])[\w.’'-]*)*\s*$", re.IGNORECASE)


#: What joins the two people "the latter" and "the former" choose between: "A and B",
#: "A and Sen. B", "A met B".
_PAIR_JOIN = re.compile(
    r"\s+(?:and|met|met with|spoke with|called|debated)\s+(?:[A-Z][\w.’'-]*\.?\s+)*"
)

#: A sentence's end, not an abbreviation's full stop: "… on Monday.  Lt. Gov. …".
_SENTENCE_BREAK = re.compile(r"\n|(?<=[a-z]{3})[.!?]\s+")


def _uncapitalised(phrase: str) -> str:
    """``phrase`` with a sentence's capital taken off its first word ("The" -> "the")."""
    return phrase[:1].lower() + phrase[1:]


def _is_epithet(head: str) -> bool:
    """A singular role, occupation or gendered noun: "the duchess", "the new bride".

    Not everyday nouns for people ("the patient", "the source"), which more
    often bring in someone else than name the person in focus.
    """
    if head in ORGANISATION_NOUNS:
        return False  # "the company": an organisation's description
    singular = head.removesuffix("s")
    if singular != head and (singular in ROLE_NOUNS or descriptor_kind(singular) is not None):
        return False  # "the authors": more than one person
    return bool(sex_of_noun(head)) or is_role(head) or descriptor_kind(head) == "occupation"


def _names_head(name: str, head: str) -> bool:
    """Whether an organisation's name has the description's noun: "Ministry of X", "ministry"."""
    words = {w.lower() for w in re.findall(r"\w+", name)}
    return head in words or (head.endswith("s") and head[:-1] in words)


def nominal(doc: SpeakerReader, span: Span) -> Speaker:
    """A description as speaker: "the spokesman", "the 56-year-old", "the statement"."""
    phrase = span.of(doc.text)
    head = phrase.split()[-1].lower()
    if phrase.lower() in ("the latter", "the former"):
        return latter_or_former(doc, span, phrase)
    if head in DOCUMENT_NOUNS:
        by_document = document_speaker(doc, span, phrase, head)
        if by_document is not None:
            return by_document
    definite = phrase.split()[0].lower() in ("the", "this", "that")
    if (
        definite
        and descriptor_kind(head) == "party"
        and not head.endswith("s")
        and not is_role(head)  # ("the MP": a title, read as one below)
    ):
        member = _party_member(doc, span, [w.lower() for w in phrase.split()[1:]])
        if member is not None:
            return member
    if (
        head.endswith("s")
        and not head.endswith("ss")
        and not names_a_person(head)
        and names_a_person(singular(head))
    ):
        # "the senators": several people, never one of them.
        return Speaker(None, span, phrase)
    if definite and len(phrase.split()) == 2:
        introduced = _unnamed_before(doc, span, head)
        if introduced is not None:
            return introduced
    if (AGE.search(head) or head in ROLE_NOUNS or (definite and head.isalpha())) and (
        head not in ORGANISATION_NOUNS or head in ROLE_NOUNS
    ):
        # (Not "the mayor's campaign": a body, though a spokesman's
        # apposition named one: "a spokeswoman for the Orr campaign".)
        by_role = _person_by_role(doc, span, phrase, head, definite)
        if by_role is not None:
            return by_role
    if (
        definite
        and (
            (len(phrase.split()) <= 4 and phrase.islower() and _is_epithet(head))
            or names_nationality(phrase)
            # "the 71-year-old former customs officer": an age marks someone known.
            # (Opening a sentence, its "The" is no name's capital.)
            or (_AGE_IN_PHRASE.search(phrase) is not None and _uncapitalised(phrase).islower())
        )
        # ("the association's secretary": someone of the owner, not the focus.)
        and not _OWNER_IN_PHRASE.search(phrase)
    ):
        in_focus = _epithet(doc, span, phrase, head)
        if in_focus is not None:
            return in_focus
    if definite and head in ORGANISATION_NOUNS:
        organisation = _organisation_named(doc, span, phrase, head)
        if organisation is not None:
            return organisation
    return Speaker(None, span, phrase)


def _person_by_role(
    doc: SpeakerReader, span: Span, phrase: str, head: str, definite: bool
) -> Speaker | None:
    """The person named before whom a description of a role or an age fits: "the
    spokesman", "the former Minister", "the 56-year-old", "the Eastfield MP".  ``None``
    leaves the description to the other readings."""
    # The most recent person this description fits: by a recorded
    # role, or by the role word standing by one of their mentions
    # ("Doctor Ana Ruiz" … "the doctor", "coach Rita Moss" … "the coach").
    people = [
        (m, a)
        for m, a in doc.index.between(max(0, span.start - 3000), span.start)
        if a.kind is ActorKind.PERSON
    ]
    # The role word as a title before a mention, or in an apposition after it
    # (past an age: "Karen Dobson, 41, a school cleaner").
    # Only titles and names between: "Judge Helen Park", "chief executive, Ana
    # Ruiz" ("judge … Park said Deluca" names someone else).
    near = _titled_by(head)
    apposed = re.compile(
        rf"(?:,\s*\d{{1,3}})?,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?{re.escape(head)}\b"
        # (not ", the senator's husband": someone of the senator's)
        r"(?![’']s\b)",
        re.IGNORECASE,
    )
    seen: set[str] = set()
    # "the association's secretary": only someone the text ties to the owner.
    owned = _OWNER_IN_PHRASE.search(phrase)
    # "the Eastfield MP", where the text tied Eastfield to someone before:
    # the modifier must fit whoever is meant (by their roles or the words
    # beside a mention).  A modifier seen first here is news about them.
    proper = [
        w
        for w in phrase.split()[1:-1]
        if w[:1].isupper()
        and re.compile(rf"\b{re.escape(w)}\b").search(
            doc.text, max(0, span.start - REACH), span.start
        )
    ]
    # "the former Minister": one whose role is a former minister's comes
    # before the latest minister.
    qualifiers = [w.lower() for w in phrase.split()[1:-1] if w.lower() in ROLE_QUALIFIERS]
    # "the governor" is "Gov. Reyes" (and "a governor" brings someone new in).
    described = [w.lower() for w in phrase.split()[1:]]
    if qualifiers and is_role(head):
        for m, a in reversed(people):
            if any(
                (role_has(r, head) or abbreviates(r, described))
                and all(q in r.lower().split() for q in qualifiers)
                for r in a.roles
            ):
                return Speaker(a.id, span, antecedent=m.span)
    for m, a in reversed(people):
        if a.id in seen:
            continue
        seen.add(a.id)
        if contradicts(described, a.roles) or holds_now(described, a.roles):
            continue  # "the Democratic nominee" is not the Republican one
        if owned is not None and not _tied_to(doc, a, owned.group(1), span.start):
            continue
        if any(not _tied_to(doc, a, w, span.start) for w in proper):
            continue
        if (
            proper
            and definite
            and (is_role(head) or phrase.split()[-1] in TITLE_WORDS)
            # (A person given another role is not this one: "Ana Ruiz, a nurse
            # in Fenwick East" is no Fenwick East MP; and the name must be
            # theirs by a role or a "whose": "conditions at Harwell Port" is not.)
            and all(role_has(r, head) for r in a.roles)
            and all(_owns_name(doc, a, w, span.start) for w in proper)
            and sex_of_noun(head) in ("", doc.discourse.gender_of(doc.discourse.key_of(a.id)))
            and not any(
                b.id != a.id and all(_tied_to(doc, b, w, span.start) for w in proper)
                for _n, b in people
            )
        ):
            # "the Fenwick East MP" after "Omar Hadid, whose Fenwick East
            # constituency …": a name the text tied to them alone marks who
            # is meant (not the party or body everyone here belongs to).
            return Speaker(a.id, span, antecedent=m.span)
        if (AGE.search(head) or is_role(head)) and any(
            role_has(r, head) or (definite and abbreviates(r, described)) for r in a.roles
        ):
            sent = doc.sentence_at(m.start)
            if any(
                b.id != a.id
                and b.kind is ActorKind.PERSON
                and any(
                    role_has(r, head) or (definite and abbreviates(r, described)) for r in b.roles
                )
                for _n, b in doc.index.between(sent.start, sent.end)
            ):
                # "Sen. Ana Ruiz and Sen. Tom Bell met. … the senator added":
                # either could be meant, and a wrong name is worse than none.
                return Speaker(None, span, phrase)
            return Speaker(a.id, span, antecedent=m.span)
        if AGE.search(head):
            aged = _of_age(doc, span, head, people)
            if aged is not None:
                return aged
            own = _STATED_AGE.match(doc.text, m.end)
            if own is not None and own.group(1) != head.split("-", 1)[0]:
                return Speaker(None, span, phrase)  # "Ana Ruiz, 61," is no 19-year-old
            return Speaker(a.id, span, antecedent=m.span)
        # Any mention of theirs may carry the role word ("Cardinal X" at
        # first mention, "X" since).
        titled = head in (w.lower() for w in a.name.split())  # "Judge Helen Park"
        if definite and titled:
            return Speaker(a.id, span, antecedent=m.span)
        if definite and any(
            near.search(doc.text, max(0, x.start - 40), x.start) or apposed.match(doc.text, x.end)
            for x in doc.mentions_in(a, span.start - REACH, span.start)
        ):
            return Speaker(a.id, span, antecedent=m.span)
    if definite and is_role(head) and not owned and not proper:
        named_later = _titled_later(doc, span, head, described)
        if named_later is not None:
            return named_later
    return None


def _epithet(doc: SpeakerReader, span: Span, phrase: str, head: str) -> Speaker | None:
    """The person in focus an epithet names: "the new bride", "the 71-year-old former
    customs officer".  ``None`` when no one fitting is in focus."""
    # An epithet: "the new bride explained", "the duchess told": a
    # definite description presupposes someone known, and with no role
    # to link it by, it is the person in focus (whom "she" or "he"
    # would name here), when named in this paragraph or the one before.
    focus = _epithet_focus(doc, span.start, sex_of_noun(head))
    held = doc.actors.get(focus.entity.key) if focus is not None else None
    words = [w.lower() for w in phrase.split()[1:]] or [head]
    if focus is not None and not (
        held is not None and (contradicts(words, held.roles) or holds_now(words, held.roles))
    ):
        named = Span(start=focus.start, end=focus.end)
        return Speaker(focus.entity.key, span, antecedent=named)
    return None


def _organisation_named(doc: SpeakerReader, span: Span, phrase: str, head: str) -> Speaker | None:
    """The latest organisation named before that an organisation noun fits: "the
    company", "the agency", "the French foreign ministry".  ``None`` when none fits."""
    # "the company said": the latest organisation named before.
    orgs = [
        (m, a)
        for m, a in doc.index.between(max(0, span.start - 3000), span.start)
        if a.kind is ActorKind.ORGANIZATION
    ]
    # Modifiers must fit the name: "the French foreign ministry" is no
    # other organisation than one so named.
    modifiers = {w.lower() for w in phrase.split()[1:-1]}
    fitting = [
        (m, a) for m, a in orgs if modifiers <= {w.lower() for w in re.findall(r"\w+", a.name)}
    ]
    # "the agency": the latest organisation whose name has the noun
    # ("Federal Emergency Housing Agency"), never Congress; "the company":
    # the latest organisation, Tesla included.
    so_named = [(m, a) for m, a in fitting if _names_head(a.name, head)]
    if head in NAMED_ORGANISATION_NOUNS or so_named:
        # (and "the party" is the Democratic Party named before, when one
        # is, rather than "Republicans" named since)
        fitting = so_named
    for m, a in reversed(fitting):
        return Speaker(a.id, span, antecedent=m.span)
    return None


def _titled_later(
    doc: QuoteDocument, span: Span, head: str, described: Sequence[str]
) -> Speaker | None:
    """The one person the article names later with the title of a lede's
    description: "The premier said on Tuesday …" then "Premier Owen Castleby".

    Only where no one before it fits (the caller looked back first) and
    exactly one person in the whole article bears the title, with every word
    of the description ("the transport minister") in their title or role.
    """
    if span.start > doc.blocks[min(2, len(doc.blocks) - 1)].end:
        return None  # (a description named later is the lede's device)
    gender = sex_of_noun(head)
    modifiers = [w for w in described[:-1] if w not in ROLE_QUALIFIERS]
    near = _titled_by(head)
    # A role headed by the title: "Housing Minister", "minister for housing".
    headed = re.compile(rf"\b{re.escape(head)}(?:\s+(?:of|for|at|in|to)\b.*)?$")
    bearers: list[tuple[Actor, Mention]] = []
    for actor in doc.actors.values():
        if actor.kind is not ActorKind.PERSON or not actor.mentions:
            continue
        # "Premier Owen Castleby", "the premier, Owen Castleby": the title by a mention.
        titled = [x for x in actor.mentions if near.search(doc.text, max(0, x.start - 60), x.start)]
        roles = " ".join(r.lower() for r in actor.roles if headed.search(r.lower())).split()
        if not roles and not titled:
            continue
        words = set(roles) | {
            w.lower()
            for x in titled
            for w in re.findall(r"[\w-]+", doc.text[max(0, x.start - 60) : x.start])
        }
        if any(w not in words for w in modifiers):
            return None  # "the transport minister" is not Health Minister X
        # (the title's own words: in the same sentence as the mention)
        own = office_modifiers(" ".join(roles)) | {
            word
            for x in titled
            for word in office_modifiers(
                _SENTENCE_BREAK.split(doc.text[max(0, x.start - 60) : x.start])[-1]
            )
        }
        if own != office_modifiers(" ".join(described)):
            continue  # "the chancellor" is not the shadow chancellor
        bearers.append((actor, titled[0] if titled else actor.mentions[0]))
    if len(bearers) != 1:
        return None
    actor, mention = bearers[0]
    if actor.mentions[0].start < span.start:
        return None  # named before: not a description of someone to come
    if gender and gender != doc.discourse.gender_of(doc.discourse.key_of(actor.id)) != "":
        return None
    return Speaker(actor.id, span, antecedent=mention.span)


def _party_member(doc: QuoteDocument, span: Span, described: list[str]) -> Speaker | None:
    """ "the Nevada Democrat", "the Republican": the latest person named before
    whose roles (a party-state tag, "Sen. Ana Ruiz, D-Nev.") hold every word,
    when no other such person could be meant (a bare party needs one alone)."""
    fitting: list[tuple[Mention, Actor]] = []
    for m, a in doc.index.between(max(0, span.start - 3000), span.start):
        words = " ".join(a.roles).lower().split()
        if a.kind is ActorKind.PERSON and all(w in words for w in described):
            fitting.append((m, a))
    if not fitting and len(described) > 1:
        # "the Oregon Democrat" for "Minority Leader Ana Ruiz of Oregon": the one
        # person from the state, when the text gave no other party for her.
        party = described[-1]
        for m, a in doc.index.between(max(0, span.start - 3000), span.start):
            words = " ".join(a.roles).lower().split()
            if (
                a.kind is ActorKind.PERSON
                and all(w in words for w in described[:-1])
                and not any(descriptor_kind(w) == "party" and w != party for w in words)
            ):
                fitting.append((m, a))
        if any(b.id != fitting[-1][1].id for _m, b in fitting):
            return None
    if not fitting:
        return None
    m, a = fitting[-1]
    if len(described) == 1 and any(b.id != a.id for _m, b in fitting):
        return None  # "the Democrat" with two Democrats named
    return Speaker(a.id, span, antecedent=m.span)


def _owns_name(doc: QuoteDocument, person: Actor, word: str, before: int) -> bool:
    """Whether a role of ``person`` holds ``word``, or a "whose" after their mention does."""
    if any(word.lower() in r.lower() for r in person.roles):
        return True
    whose = re.compile(rf",\s+whose\s+(?:[A-Z][\w’'-]*\s+)*?{re.escape(word)}\b")
    return any(
        whose.match(doc.text, x.end) for x in doc.mentions_in(person, before - REACH, before)
    )


def _tied_to(doc: QuoteDocument, person: Actor, owner: str, before: int) -> bool:
    """Whether ``owner`` ("association") is in a role of ``person`` or beside a mention."""
    word = owner.lower()
    if any(word in r.lower() for r in person.roles):
        return True
    return any(
        word in re.split(r"[.!?\n]", doc.text[x.end : x.end + 80])[0].lower()
        or word in re.split(r"[.!?\n]", doc.text[max(0, x.start - 60) : x.start])[-1].lower()
        for x in doc.mentions_in(person, before - REACH, before)
    )


def _unnamed_before(doc: QuoteDocument, span: Span, head: str) -> Speaker | None:
    """The unnamed person "the official" at ``span`` refers back to, in full.

    "A senior official at the revenue authority, who asked not to be named,
    said …  “…,” the official said": the latest unnamed subject with the
    same noun, in this paragraph or the one before, with no one named
    between who holds that role, is who speaks, under the description the
    text introduced them by.
    """
    floor = previous_paragraph_start(doc.text, span.start)
    # From the last one that ends before the description, back to the floor.
    last = bisect.bisect_right(doc.unnamed_ends, span.start)
    for start, end in reversed(doc.unnamed[max(0, last - _UNNAMED_LOOKBACK) : last]):
        if start < floor:
            return None
        # (Its head, before any modifier: "a guard inside the Harlow prison".)
        if description_head(doc.text[start:end]) != head:
            continue
        between = doc.speakers_between(end, span.start)
        if any(
            a.kind is ActorKind.PERSON and any(role_has(r, head) for r in a.roles)
            for _m, a in between
        ):
            return None
        whole = GROUP.match(doc.text, start)
        stop = whole.end("np") if whole is not None and whole.end("np") > end else end
        intro = Span(start=start, end=stop)
        return Speaker(None, span, intro.of(doc.text), antecedent=intro)
    return None


def _of_age(
    doc: QuoteDocument, span: Span, head: str, people: list[tuple[Mention, Actor]]
) -> Speaker | None:
    """Whom "the 52-year-old" at ``span`` names, when the text says so.

    The one person in reach whose stated age it is ("Ana Ruiz, 52,"), else
    the person who spoke last, when they spoke after the latest name (a
    reporter named asking is not who answers), unless their stated age
    differs.  ``None`` leaves the latest person named to the caller.
    """
    years = head.split("-", 1)[0]
    stated: dict[str, str] = {}
    for m, a in people:
        age = _STATED_AGE.match(doc.text, m.end)
        if age is not None:
            stated[a.id] = age.group(1)
    aged = {i for i, y in stated.items() if y == years}
    if len(aged) == 1:
        (only,) = aged
        m = next(m for m, a in reversed(people) if a.id == only)
        return Speaker(only, span, antecedent=m.span)
    # The latest speaker, when one spoke since the latest person was named.
    named = max((m.start for m, _a in people), default=-1)
    spoken = [
        (at, key, s, e)
        for at, key, s, e in doc.discourse.speakers
        if named < at < span.start and key in doc.actors
    ]
    if not spoken:
        return None
    _at, key, s, e = spoken[-1]
    if doc.actors[key].kind is not ActorKind.PERSON or stated.get(key, years) != years:
        return None
    return Speaker(key, span, antecedent=Span(start=s, end=e))


def latter_or_former(doc: QuoteDocument, span: Span, phrase: str) -> Speaker:
    """ "the latter", "the former": the second or first of exactly two people joined
    by "and" in the sentence before (or earlier in this one); no one otherwise.

    Only "A and B" with nothing named or counted after B: "A thanked B and his
    wife" or "A and B met the council" leave the latter in doubt.
    """
    own = doc.sentence_at(span.start)
    i = doc.sentence_index(span.start)
    spans = [(own.start, span.start)]
    if i > 0:
        spans.append((doc.sentences[i - 1].start, doc.sentences[i - 1].end))
    for lo, hi in spans:
        named = doc.index.between(lo, hi)
        if not named:
            continue
        if len(named) != 2 or len({a.id for _m, a in named}) != 2:
            break
        (m1, a1), (m2, a2) = named
        joined = _PAIR_JOIN.fullmatch(doc.text, m1.end, m2.start)
        tail = doc.text[m2.end : hi]
        if (
            joined is None
            or any(a.kind is not ActorKind.PERSON for a in (a1, a2))
            or re.search(r"\b(?:and|with|or)\b|,\s*[a-z]", tail)
        ):
            break
        m, a = (m2, a2) if phrase.lower().endswith("latter") else (m1, a1)
        return Speaker(a.id, span, antecedent=m.span)
    return Speaker(None, span, phrase)


def _epithet_focus(doc: QuoteDocument, pos: int, gender: str) -> Referent | None:
    """The named person a definite description at ``pos`` refers to, if one is in focus."""
    words = {"f": ("she",), "m": ("he",)}.get(gender, ("she", "he"))
    found = [r for w in words if (r := doc.discourse.resolve(pos, w)) is not None]
    if not found:
        return None
    floor = previous_paragraph_start(doc.text, pos)
    if len({r.entity.key for r in found if r.start >= floor}) > 1:
        # "the billionaire" with a man and a woman both in focus: either could
        # be meant, and a wrong name is worse than none.
        return None
    best = max(found, key=lambda r: r.start)
    if best.entity.key.startswith("~") or best.start < previous_paragraph_start(doc.text, pos):
        return None
    if doc.text[best.end : best.end + 2] in ("’s", "'s"):
        return None  # "Nisan Ahmado's source … the source": someone of theirs
    if doc.sentence_at(best.start).start == doc.sentence_at(pos).start:
        # "Ana Obi said she heard the gunman yell": named earlier in the same sentence,
        # a person is named again by a pronoun, never by a description.
        return None
    if ADDRESSEE_BEFORE.search(doc.text, max(0, best.start - 30), best.start) or any(
        (near := resolve(doc, pos, w)) is not None and near[0] != best.entity.key for w in words
    ):
        # "He told the auditor … the councilman said": the one told
        # is not in focus, or the subject a pronoun would name is another
        # than the latest mention; either could be meant.
        return None
    return best
