"""The attribution read after a quote: a pronoun and a verb ("“…,” he said"),
an inverted verb ("“…,” said Peskov"), a subject tag ("“…,” Okafor snapped"), "per X"
or "according to X", a dash signature, an inverted verb later in the sentence, and a cue
later in the sentence; and what makes a short clause a tag.
"""

from __future__ import annotations

import re

from newsmodel._analysis.clause import leading_subject
from newsmodel._analysis.lexicon import data_alternation, data_section
from newsmodel._analysis.quotes.attribution.document import QuoteDocument
from newsmodel._analysis.quotes.attribution.passive import BY_AGENT, spoken_to
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.speaker import Attribution, Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import PRONOUN_OPENS
from newsmodel._analysis.quotes.cues import (
    FINITE_AFTER_FOLDED,
    GROUP,
    REPORTING_VERBS,
    SPOKEN_TAG_VERB,
    TAG_VERB,
    VERB,
    find_cues,
    is_bare_noun,
)
from newsmodel._analysis.quotes.marks import QuoteSpan
from newsmodel._analysis.text import fold_case
from newsmodel._model import ActorKind, Span

#: A pronoun and a reporting verb right after a quote: "“…,” she said" (compiled once:
#: built at each call, the pattern's hundreds of verbs were hashed for re's cache).
_PRONOUN_CUE_AFTER = re.compile(
    rf"^\W{{0,3}}\s*(?P<who>he|she|they|it|we)\s+(?P<cue>{VERB})\b", re.I
)

#: A pronoun and one verb, perhaps with a particle, ending a sentence after a quote.
_PRONOUN_TAG = re.compile(
    r"^[,”\"’'\s]{0,4}(?P<who>he|she|they)\s+(?P<cue>[a-z]{3,}(?:\s+(?:back|out|up|on|in))?)"
    r"\s*[.!?]"
)

_SUBJECT_THEN_CUE = re.compile(
    rf"^\W{{0,3}}\s*(?P<subj>[^.;:!?“”\"«»]{{1,140}}?)\s*,?\s+"
    # (Not a noun after a preposition: "the secretary of [state] said".)
    r"(?<!\bof )(?<!\bfor )(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bwith )(?<!\bfrom )(?<!\bby )"
    rf"(?P<cue>{VERB})\b",
    re.IGNORECASE,
)

#: A tag after a quote whose whole predicate is a verb of ``TAG_VERB``: a name,
#: pronoun or short description, the verb, perhaps an adverb, and the clause's end.
_TAG_SUBJECT = (
    r"^\W{0,3}\s*(?P<subj>(?:he|she|they|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
    r"|the\s+[\w’'-]+(?:\s+[\w’'-]+)?))\s+"
)

_TAG_END = r"\b(?=(?:\s+(?:back|again|\w+ly))?\s*(?:[.,;!]|$))"

_SUBJECT_THEN_TAG = re.compile(_TAG_SUBJECT + rf"(?P<cue>{TAG_VERB})" + _TAG_END)

_SUBJECT_THEN_SPOKEN_TAG = re.compile(_TAG_SUBJECT + rf"(?P<cue>{SPOKEN_TAG_VERB})" + _TAG_END)

#: A noun phrase and a personal pronoun ending a subject read: "a role [he]".
_PRONOUN_ENDS_PHRASE = re.compile(r"\w[\w'’-]*\s+(he|she|they|we)\s*$", re.IGNORECASE)

#: "per X" / "according to X" naming a source; "per school", "per cent" (a bare
#: singular noun) only divide.
_PER_AFTER = re.compile(
    r"\b(?:[Pp]er\s+(?!(?!(?:the|a|an|his|her|its|their|our)\b)[a-z]+(?<!s)\b)"
    r"|(?i:according\s+to|in\s+the\s+words\s+of)\s+)"
)

_INVERTED_LATER = re.compile(
    r",\s*(?P<cue>" + data_alternation("attribution_cues.txt", "inverted_tag_cues") + r")\s+",
    re.IGNORECASE,
)

#: A coordinator opening a new clause: ", and", "; but", " while".
_NEW_CLAUSE = re.compile(r"(?:^|[\s,;])(?:and|but|while|whereas)\s+")


def is_tag(clause: str) -> bool:
    """A short attribution clause: a reporting verb among its first eight words, fourteen
    words at most."""
    words = re.findall(r"[\w’'-]+", clause)
    if not words or len(words) > 14 or re.search(r"[“”\"]", clause):
        return False
    verb = next(
        (
            i
            for i, w in enumerate(words[:8])
            # ("the claim": a noun after a determiner, not the verb)
            if w.lower() in REPORTING_VERBS
            and (i == 0 or words[i - 1].lower() not in _OBJECT_DETERMINERS)
        ),
        None,
    )
    if verb is None:
        return False
    # What follows the verb is at most a circumstance or an addressee ("said on
    # Friday", "told the BBC"): "said more details would follow" and "dismissed
    # the claim" are clauses of their own, with their own object.
    rest = words[verb + 1 :]
    if len(rest) > 5 or any(w.lower() in _CLAUSE_WORDS for w in rest):
        return False
    return not (len(rest) >= 2 and rest[0].lower() in _OBJECT_DETERMINERS and rest[1][:1].islower())


#: Words that open or mark a clause of its own after a verb.
_CLAUSE_WORDS = frozenset(data_section("attribution_cues.txt", "clause_words"))

#: Determiners opening a verb's object: "dismissed [the claim]".
_OBJECT_DETERMINERS = frozenset(data_section("attribution_cues.txt", "object_determiners"))


def after_pronoun(doc: SpeakerReader, a0: int, a1: int, after: str) -> Attribution | None:
    """ "“…,” she said": a pronoun and a verb of saying right after the quote."""
    m = _PRONOUN_CUE_AFTER.match(after)
    if not m and doc.text[max(0, a0 - 3) : a0].rstrip("”\"’' ")[-1:] in (",", "?", "!"):
        # "“…,” she shot back.": a pronoun and a verb (and its particle)
        # ending the sentence right after a quote that closes on a comma
        # are its tag, whatever the verb ("the “reform” they wanted." is no tag).
        m = _PRONOUN_TAG.match(after)
    if not m:
        return None
    who = Span(start=a0 + m.start("who"), end=a0 + m.end("who"))
    cue = Span(start=a0 + m.start("cue"), end=a0 + m.end("cue"))
    return Attribution(doc.pronoun(who), cue.of(doc.text), cue)


def after_inverted(doc: SpeakerReader, a0: int, a1: int, after: str) -> Attribution | None:
    """ "“…,” said Peskov": an inverted verb right after the quote, and the speaker after it."""
    m = FINITE_AFTER_FOLDED.match(fold_case(after))
    if not m:
        return None
    cue = Span(start=a0 + m.start("cue"), end=a0 + m.end("cue"))
    sp = doc.first_speaker(a0 + m.end(), a1, prefer_person=True)
    return Attribution(sp, cue.of(doc.text), cue) if sp else None


def after_subject(doc: SpeakerReader, a0: int, a1: int, after: str) -> Attribution | None:
    """ "“…,” Kremlin spokesman Peskov said": a subject phrase, then the verb, after the quote."""
    # (a verb that reports speech only as the tag's whole predicate: "“…,” Okafor
    # snapped."; after a question or exclamation only a manner of speaking is a tag)
    asked = doc.text[max(0, a0 - 2) : a0].rstrip("”\"’'")[-1:] in ("?", "!")
    m = _SUBJECT_THEN_CUE.match(after) or (
        _SUBJECT_THEN_SPOKEN_TAG if asked else _SUBJECT_THEN_TAG
    ).match(after)
    if not m:
        return None
    # A name phrase, perhaps with an apposition: “…,” Mayer, Disney's chairman, said.
    head, _, apposition = m.group("subj").partition(",")
    if len(head.split()) > 6:
        return None
    closed = (
        m.group("subj").rstrip().endswith(",")
        or after[m.end("subj") : m.start("cue")].strip() == ","
    )
    if apposition and not closed:
        return None
    if re.search(r"['’]s?$", m.group("subj").strip()):
        return None  # "Rutte's praise": a noun, not a verb
    if re.match(
        r"(?i:per|according|by|for|in|on|at|to|with|from|of|and|but|as|while|whereas|"
        r"although|though|because|since|after|before|when|whose|unless|until)\b",
        m.group("subj"),
    ):
        # "per CNN, suggest": not a subject; ", while his counterpart X called
        # for …": a new clause's subject, whose verb has words of its own.
        return None
    s0, s1 = a0 + m.start("subj"), a0 + m.end("subj")
    pronoun = _PRONOUN_ENDS_PHRASE.search(doc.text, s0, s1)
    if pronoun is not None:
        # "“…”, a role he said it had played": a relative clause whose
        # "that" is left out; the pronoun is the verb's subject.
        s0 = pronoun.start(1)
    cue = Span(start=a0 + m.start("cue"), end=a0 + m.end("cue"))
    if cue.of(doc.text).lower().endswith("ing"):
        return None
    if is_bare_noun(doc.text, s0, cue.start, cue.end):
        return None  # "“…”, a curious charge in a seat that": a noun, not a verb
    if spoken_to(doc.text, cue, max(s0, cue.start - 24)):
        # "“…,” Bell was told by a voter": the subject is spoken to; the agent
        # after "by" speaks, or nobody the tag names.
        agent = BY_AGENT.match(doc.text, cue.end)
        sentence_end = doc.sentence_at(cue.start).end
        sp = doc.first_speaker(agent.end(), sentence_end) if agent is not None else None
        return Attribution(sp, cue.of(doc.text), cue) if sp else None
    sp = doc.phrase_speaker(s0, s1)
    return Attribution(sp, cue.of(doc.text), cue) if sp else None


def signed(doc: QuoteDocument, a0: int, a1: int, after: str) -> Attribution | None:
    """ "“…” — Dana Whitfield, owner of …": a name signing the quote after a dash."""
    # The signature may follow a sentence the quote itself ended: read past a1.
    m = re.compile(r"[ \t]*[—–-]{1,2}\s*").match(doc.text, a0, a0 + 8)
    if m is None:
        return None
    start = m.end()
    for s, e, entity in doc.discourse.between(start, start + 60):
        if s != start:
            break
        span = Span(start=s, end=e)
        if entity.key.startswith("~~"):
            return Attribution(Speaker(None, span, entity.name), None, None)
        if entity.key.startswith("~"):
            return Attribution(Speaker(None, span, entity.name, None, ActorKind.PERSON), None, None)
        return Attribution(Speaker(entity.key, span), None, None)
    return None


def per_source(doc: SpeakerReader, a0: int, a1: int, after: str) -> Attribution | None:
    """ "“…” per a source", "according to X": the source named after the quote."""
    m = _PER_AFTER.search(after)
    if not m:
        return None
    sp = doc.first_speaker(a0 + m.end(), a1, allow_outlet=False)
    if sp is None:
        return None
    cue = Span(start=a0 + m.start(), end=a0 + m.start() + len(m.group().strip()))
    return Attribution(sp, cue.of(doc.text), cue)


def inverted_later(doc: SpeakerReader, a0: int, a1: int, after: str) -> Attribution | None:
    """ "…, said another witness, X": an inverted verb later in the sentence."""
    inv = _INVERTED_LATER.search(after)
    if not inv:
        return None
    if re.match(
        r"(?i:in|on|at|during|after|before|with|to|through|via|from)\b", after[inv.end() :]
    ):
        # "X, …, said in a Friday statement": a circumstance, not an inverted subject.
        return None
    # "…, the agency wrote, according to The Daily Ledger": an outlet is who
    # reports the words (reported_by), not who said them.
    sourced = inv.group("cue").lower().startswith("according")
    sp = doc.first_speaker(a0 + inv.end(), a1, prefer_person=True, allow_outlet=not sourced)
    if sp is None:
        return None
    cue = Span(start=a0 + inv.start("cue"), end=a0 + inv.end("cue"))
    return Attribution(sp, cue.of(doc.text), cue)


def cue_later(
    doc: SpeakerReader, q: QuoteSpan, a0: int, a1: int, after: str, b0: int
) -> Attribution | None:
    """A verb of saying later in the quote's sentence that tags it: "“…” fragment …, he warned"."""
    for c0, c1 in find_cues(doc.text, a0, a1):
        cue = Span(start=c0, end=c1)
        joined = _NEW_CLAUSE.search(doc.text, a0, c0)
        # (A verb ending the sentence, ", CEO Andy Vesey said.", tags all of it.)
        tag = len(doc.text[c1:a1].split()) < 4
        if (
            joined is not None
            and not tag
            # ("“…,” prosecutors Ana Goldberg and Mia Cruz said": a name
            # before "and" makes one coordinated subject, no new clause.)
            and not doc.speakers_between(a0, joined.start())
            and (
                doc.speakers_between(joined.end(), c0)
                or GROUP.search(doc.text, joined.end(), c0)
                or PRONOUN_OPENS.match(doc.text, joined.end(), c0)
            )
        ):
            # "X rejected them as “false,” and analysts told Y …": the later
            # verb has a subject of its own; the quote is its own clause's,
            # whose subject speaks.
            lead = leading_subject(doc.text, b0, q.open)
            own = doc.phrase_speaker(*lead) if lead is not None else None
            if own is not None and (own.actor is not None or own.group is not None):
                return Attribution(own, None, None)
            # ("Vireo was pitching it as “…” and designer Mara Lind was
            # launching her label": the later verb is another clause's.)
            return None
        sp = doc.subject_of(cue, a0, floor_subject=b0)
        if sp:
            return Attribution(sp, cue.of(doc.text), cue)
    return None
