"""Whom a pronoun or a shared surname refers to.

"he" and "she" resolve in nearby sentences (a subject before an object, the one asked
after a question), then against the discourse state; "it" may be a document or a body
the last clause was about; "they" the group that spoke last or a plural subject just
before; "Clinton" with two Clintons named is the one named last without doubt.
"""

from __future__ import annotations

import bisect
import re

from newsmodel._analysis.clause import VERBISH, leading_subject
from newsmodel._analysis.coreference import (
    fronted_participle,
    modifies_noun,
    opens_with_participle,
    previous_paragraph_start,
)
from newsmodel._analysis.lexicon import PRONOUNS, data_alternation, data_section
from newsmodel._analysis.quotes.attribution.document import REACH, QuoteDocument
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.speaker import Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import (
    ASKS_AFTER,
    DOCUMENT_NOUNS,
    PREPOSITION_BEFORE_NP,
    PRONOUN_OPENS,
    people_in_the_plural,
)
from newsmodel._analysis.quotes.cues import ORGANISATION_NOUNS, find_cues
from newsmodel._analysis.quotes.mentions import is_possessive
from newsmodel._model import ActorKind, Span

_PRONOUN_SUBJECT_AFTER_COMMA = {
    w: re.compile(rf",\s+{w}\s+[a-z]", re.IGNORECASE) for w in ("he", "she")
}

#: A name a relative clause describes, the pronoun standing inside that clause:
#: "from Eva Ruiz, who says she …" (no sentence or clause break before it).
_RELATIVE_AFTER = re.compile(r",?\s+who\s+[^.;:!?,“”\"]*$")

#: A verb right before a name, making it the verb's object: "to kill Moïse", "praised Ruiz".
_AFTER_VERB = re.compile(r"\b(?:to\s+[a-z]{2,}|[a-z]{2,}ed)\s+$")

#: A name and the comma of a parenthetical attribution right before a pronoun:
#: "Roth, he added, was …" (he is who adds; Roth is what he speaks of).
_INTERRUPTED = re.compile(r"\s*,\s*")

_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|to|from|of|by|for|about|against|at|on|in|into|toward|towards|over|under|"
    r"after|before|than|like|between|among)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

#: A quoted question: "“… out?” asked Raman".
_QUESTION_QUOTE = re.compile(r"\?\s*[”\"]")

#: The asker of a question quoted just before: "?” asked [Raman]" / "?” [Raman] asked".
_ASKER_INVERTED = re.compile(r"[?”\"]\s*,?\s*asked\s+$")

_ASKER_AFTER = re.compile(r"\s+asked\b")

#: What joins two people into one subject: " and ", " and her deputy, ".
_COORDINATED = re.compile(r"\s+and\s+(?:(?:his|her|their|the)\s+[\w -]{1,30}?,?\s+)?")

#: "and" before a name, with a title or a possessive's noun: " and Mayor ", " and her aide ".
_AND_TITLED = re.compile(
    r"\s+and\s+(?:(?:his|her|their|the)\s+[\w -]{1,30}?,?\s+|(?:[A-Z][\w.’'-]*\s+){1,3})?"
)

#: A verb of asking right before its object: "the judge asked [Ana Ruiz] whether …".
_ASKED_BEFORE = re.compile(
    r"\b(?:" + data_alternation("attribution_cues.txt", "asking_verbs") + r")\s+$", re.IGNORECASE
)

#: ("According to Trump, …" names a source, not a participle's understood subject.)
_OPENING_PARTICIPLE = re.compile(r"\s*(?!According\b)[A-Z][a-z]+(?:ing|ed)\b[^.;:!?,“”\"]*,")


def _opening_participle_end(text: str, start: int) -> int:
    """The end of a participle phrase opening the sentence at ``start``, else ``start``.

    A name inside it is not the sentence's subject: "Asked about Lind, he …".
    """
    m = _OPENING_PARTICIPLE.match(text, start)
    return m.end() if m else start


#: A subject's opening words up to a plural noun: "The [striking nurses]", "Dozens".
_PLURAL_NP = re.compile(
    r"(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost|[Aa]ll)\s+)?(?:[a-z-]+\s+){0,2}?[A-Za-z][a-z-]+s\b"
)

#: The people a count is of: "Hundreds[ of angry farmers]".
_OF_PLURAL = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:[a-z-]+s|[a-z-]*men|people|children)\b"
)

#: A definite or possessive description of a body before its verb: "the commission
#: said", "Ferrand’s campaign has", "The party, in a statement, said".
_BODY_SUBJECT = re.compile(
    r"(?<![\w’'-])(?P<np>(?:[Tt]he|[Tt]his|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<head>[a-z]+))(?=,|\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(VERBISH, key=len, reverse=True))
    + r"|[a-z]+ed)\b)"
)

_ENACTED_TEXTS = frozenset(data_section("attribution_cues.txt", "enacted_texts"))

#: A title right before a surname: "Mrs. ", "Governor ", "Sen. ".
_TITLE_BEFORE_NAME = re.compile(r"\b(?:[A-Z][a-z]{1,3}\.|[A-Z][a-z]+)\s+$")

_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$", re.IGNORECASE)


def resolve_pronoun(doc: QuoteDocument, pos: int, word: str) -> str | None:
    """The actor id a pronoun at ``pos`` refers to (see :func:`resolve`)."""
    found = resolve(doc, pos, word)
    return found[0] if found else None


def resolve(doc: QuoteDocument, pos: int, word: str) -> tuple[str, Span | None] | None:
    """The actor a pronoun at ``pos`` refers to, and the mention it rests on.

    He and she: sentences are searched backwards from the pronoun's own; in
    each, a person in subject position wins over one in object position.
    It: the previous speaker when that is an organisation, else the last
    organisation named as a subject.
    """
    w = word.lower()
    if w in ("they", "we"):
        prev = doc.actors.get(doc.previous or "")
        return (prev.id, None) if prev is not None and prev.kind is ActorKind.GROUP else None
    kinds = (
        {ActorKind.PERSON}
        if w in ("he", "she")
        else {ActorKind.ORGANIZATION, ActorKind.OUTLET, ActorKind.GROUP}
    )
    wanted = PRONOUNS.get(w)
    if w == "it":
        prev = doc.actors.get(doc.previous or "")
        if prev is not None and prev.kind in kinds:
            return prev.id, None
    i = doc.sentence_index(pos)
    # ("Asked about Lind's plan, she said": not Lind.)
    fronted = fronted_participle(doc.text, pos)
    for j in range(i, max(-1, i - 4), -1):
        s = doc.sentences[j]
        found = [
            (m, a)
            for m, a in doc.index.between(s.start, min(s.end, pos))
            if a.kind in kinds
            and (wanted is None or doc.genders.get(a.id, wanted) == wanted)
            and not fronted <= m.start < pos
            and not (j < i and s.start <= m.start < _opening_participle_end(doc.text, s.start))
            and not (a.kind is ActorKind.PERSON and modifies_noun(doc.text, m.start, m.end))
            and not _INTERRUPTED.fullmatch(doc.text, m.end, pos)
        ]
        if not found:
            continue
        # ("Ashby's spokesman, Lyle Danvers, said …. He said": an owner before
        # the subject's noun is no subject.)
        subjects = [
            (m, a)
            for m, a in found
            if doc.subject_like(m, s.start) and not is_possessive(doc.text, m)
        ]
        if j == i:
            # In the pronoun's own sentence: its subject, else the person
            # named last before it ("official David Holmes …, saying he"),
            # but not the object of a preposition ("In an interview with
            # Trump, he said" speaks of someone named before).
            free = [
                (m, a)
                for m, a in found
                if not (
                    _AFTER_PREPOSITION.search(doc.text, max(0, m.start - 12), m.start)
                    or _AFTER_VERB.search(doc.text, max(0, m.start - 24), m.start)
                )
                or _RELATIVE_AFTER.match(doc.text, m.end, pos)
            ]
            if not subjects and not free:
                continue
            m, a = subjects[0] if subjects else free[-1]
        else:
            if (
                not subjects
                and w in ("he", "she")
                and opens_with_participle(doc.text, s.start, found[0][0].start)
                and _PRONOUN_SUBJECT_AFTER_COMMA[w].search(doc.text, found[0][0].end, s.end)
            ):
                # "Before being appointed by Pope Benedict, he was …": the
                # sentence's subject is a "he" who is someone else; look further back.
                continue
            opener = PRONOUN_OPENS.match(doc.text, s.start, found[0][0].start)
            if (
                w in ("he", "she")
                and opener
                and opener.group(1).lower() == w
                and (
                    not subjects
                    # "She and Teller were allies. … she says": the "she"
                    # joined to Teller is someone else, whom "she" names again.
                    or _AND_TITLED.fullmatch(doc.text, opener.end(1), found[0][0].start)
                )
            ):
                # "He called Sen. Keel's votes “…”. He got his loudest applause":
                # the earlier sentence's subject is this pronoun too, and names
                # whom it named, not the owner in its object.
                return resolve(doc, opener.start(1), w)
            m, a = (subjects or found)[0]
            if w in ("he", "she") and any(
                b.id != a.id
                and x.start > m.end
                and _COORDINATED.fullmatch(doc.text, m.end, x.start)
                for x, b in found
            ):
                # "Mayor Ruth Okoro and her deputy, Mary Bello, both spoke. …
                # she said": two people of one gender joined as the subject;
                # "she" could be either, and a wrong name is worse than none.
                doc.ambiguous.add(pos)
                return None
            if j == i - 1 and doc.text[doc.sentences[i].start : pos].lstrip()[:1] in '“"':
                # A quote opening the sentence after "X asked Y …" is Y's
                # answer: the one asked speaks next.
                asked = [
                    (x, b)
                    for x, b in found
                    if _ASKED_BEFORE.search(doc.text, max(0, x.start - 24), x.start)
                    # (not "“…?” asked Raman": the asker, inverted after a question)
                    and not _ASKER_INVERTED.search(doc.text, max(0, x.start - 24), x.start)
                ]
                if asked:
                    m, a = asked[-1]
            opened = max(doc.text.rfind("“", s.end, pos), doc.text.rfind('"', s.end, pos))
            if (
                opened >= 0
                and not doc.text[s.end : opened].strip()
                and _QUESTION_QUOTE.search(doc.text, max(s.start, m.start - 150), m.start)
                and (
                    _ASKER_INVERTED.search(doc.text, max(s.start, m.start - 24), m.start)
                    or _ASKER_AFTER.match(doc.text, m.end)
                )
            ):
                # "“So you're not ruling it out?” asked Raman. “I'm not,” he
                # said": the quote right after a question answers it, and
                # the one who answers is who spoke before the asker.
                earlier = resolve(doc, s.start, w)
                if earlier is not None and earlier[0] != a.id:
                    return earlier
        return a.id, m.span
    return None


def pronoun(doc: SpeakerReader, who: Span) -> Speaker:
    """The speaker a subject pronoun names: nearby sentences first, then the discourse."""
    word = who.of(doc.text).lower()
    found = resolve(doc, who.start, word)
    if found is None and who.start in doc.ambiguous:
        return Speaker(None, who)
    far = doc.discourse.resolve(who.start, word)
    if far is not None and far.entity.key.startswith("~") and ASKS_AFTER.match(doc.text, far.end):
        # "Another reporter asked whether … “No,” she said": the one asked
        # answers, never the unnamed asker.
        far = None
    if found is not None and found[1] is not None and word in ("he", "she"):
        teller = _unnamed_teller(doc, found[1].start)
        if teller is not None:
            # "A longtime lobbyist, who …, said Serrano had won over business.
            # “…,” he said": the unnamed subject who said it, not the name in
            # what they said.
            return teller._replace(mention=who)
    if (
        far is not None
        and far.entity.key.startswith("~")
        and (found is None or found[1] is None or far.start > found[1].start)
    ):
        # Someone the actor stage missed ("Ivo Marek, 43,") was named closer,
        # or someone unnamed was brought in since ("One woman wrote …").
        span = Span(start=far.start, end=far.end)
        if far.entity.key.startswith("~~"):
            return Speaker(None, who, far.entity.name, span)
        return Speaker(None, who, far.entity.name, span, ActorKind.PERSON)
    if (
        far is not None
        and far.start in doc.described
        and (found is None or found[1] is None or far.start > found[1].start)
    ):
        # "The judge rejected that. She said …": a description of someone
        # named before, standing closer than any name.
        return Speaker(far.entity.key, who, antecedent=Span(start=far.start, end=far.end))
    if word == "it":
        document = _document_subject(doc, who.start)
        if document is not None and (
            found is None or found[1] is None or document.start > found[1].start
        ):
            # "The report itself is unsparing. It describes … as “…”": the
            # document the last clause was about, not an organisation before it.
            return Speaker(None, who, document.of(doc.text), antecedent=document)
        body = _described_body(doc, who.start, found[1].end if found and found[1] else 0)
        if body is not None:
            # "Ferrand's campaign has been less careful. It sent …", "the
            # commission said, … which it described as": the body the last
            # clause was about, closer than any organisation named before.
            return doc.nominal(body)._replace(mention=who, antecedent=body)
    if found is not None:
        return Speaker(found[0], who, antecedent=found[1])
    if word in ("it", "they"):
        # "The ministry said … “…,” it said": the last unnamed source that spoke.
        earlier = doc.last_speaker_before(who.start)
        if earlier is not None and (
            (earlier.group is not None and earlier.kind is not ActorKind.PERSON)
            or (
                earlier.actor is not None
                and earlier.actor in doc.actors
                and doc.actors[earlier.actor].kind is not ActorKind.PERSON
            )
        ):
            # Never a named person: "it" and "they" do not stand for one.
            return earlier._replace(mention=who, antecedent=earlier.mention)
    if word == "they":
        crowd = _plural_subject_before(doc, who)
        if crowd is not None:
            return crowd
    if far is not None:
        # Past the nearby sentences: the latest entity the pronoun agrees
        # with, the passage's current speaker included ("…," she says.)
        span = Span(start=far.start, end=far.end)
        if far.entity.key.startswith("~~"):
            return Speaker(None, who, far.entity.name, span)
        if far.entity.key.startswith("~"):
            return Speaker(None, who, far.entity.name, span, ActorKind.PERSON)
        return Speaker(far.entity.key, who, antecedent=span)
    return Speaker(None, who)


def _plural_subject_before(doc: SpeakerReader, who: Span) -> Speaker | None:
    """An unnamed plural group that was the subject of the sentence before "they".

    "Hundreds of farmers blocked the ring road. “…,” they said": the farmers.
    Only the sentence right before the pronoun's own, in the same or the
    previous paragraph, and only a group of people written in the plural
    (never a named person, never an object: "police charged the protesters").
    """
    i = doc.sentence_index(who.start)
    if i == 0:
        return None
    before = doc.sentences[i - 1]
    if before.start < previous_paragraph_start(doc.text, who.start):
        return None
    subject = leading_subject(doc.text, before.start, before.end)
    if subject is None:
        return None
    s0 = subject[0]
    # The plural noun heading the subject: "The [senators] left", "Dozens of angry
    # [parents] gathered" (a count's people after "of").
    crowd_np = _PLURAL_NP.match(doc.text, s0, before.end)
    if crowd_np is None:
        return None
    s1 = crowd_np.end()
    counted = _OF_PLURAL.match(doc.text, s1, before.end)
    if counted is not None:
        s1 = counted.end()
    head = doc.text[s0:s1].split()[-1].lower()
    if not people_in_the_plural(head) or doc.speakers_between(s0, s1):
        return None
    crowd = doc.group(s0, s1)
    if crowd is None or crowd.actor is not None or crowd.kind is ActorKind.PERSON:
        return None
    return crowd._replace(mention=who, antecedent=crowd.mention)


def _unnamed_teller(doc: QuoteDocument, pos: int) -> Speaker | None:
    """The unnamed person opening the sentence at ``pos`` as the subject of a verb
    of saying whose report holds ``pos``: "[A senior aide, who …,] said Ruiz …"."""
    sent = doc.sentence_at(pos)
    i = bisect.bisect_right(doc.unnamed_ends, pos) - 1
    if i < 0:
        return None
    start, end = doc.unnamed[i]
    if start < sent.start or doc.text[sent.start : start].strip() or end > pos:
        return None
    if not find_cues(doc.text, end, pos):
        return None
    if ASKS_AFTER.match(doc.text, end):
        return None  # "A reporter asked Kessing whether he …": the one asked answers
    intro = Span(start=start, end=end)
    return Speaker(None, intro, intro.of(doc.text), antecedent=intro)


def _document_subject(doc: QuoteDocument, pos: int) -> Span | None:
    """A definite document that is the subject of the clause before ``pos``.

    The pronoun's own sentence up to ``pos``, else the sentence before it in
    the same block: "[The report itself] is unsparing. It describes …".
    """
    i = doc.sentence_index(pos)
    for j in (i, i - 1):
        if j < 0 or doc.sentences[j].block != doc.sentences[i].block:
            return None
        sent = doc.sentences[j]
        lead = leading_subject(doc.text, sent.start, min(sent.end, pos))
        if lead is None or lead[1] >= pos:
            continue
        start, end = lead
        words = doc.text[start:end].split()
        if words[-1].lower() == "itself" and len(words) > 1:
            words.pop()  # "The report itself": the report
            end = doc.text.rfind(words[-1], start, end) + len(words[-1])
        if (
            words[0].lower() in ("the", "this", "that")
            and words[-1].lower() in DOCUMENT_NOUNS
            and not doc.speakers_between(start, end)
        ):
            return Span(start=start, end=end)
    return None


def _described_body(doc: QuoteDocument, pos: int, floor: int) -> Span | None:
    """A definite description of an organisation (or of a text it adopted) that
    is a clause's subject between ``floor`` and ``pos``, in this sentence or the
    one before: "the commission", "Ferrand's campaign", "The motion" (not an
    object: "backed by the party")."""
    i = doc.sentence_index(pos)
    start = doc.sentences[i - 1].start if i > 0 else doc.sentences[i].start
    found = None
    for m in _BODY_SUBJECT.finditer(doc.text, max(start, floor), pos):
        head = m.group("head").lower()
        if head not in ORGANISATION_NOUNS and not (
            head in _ENACTED_TEXTS and m.group("np")[:4].lower() == "the "
        ):
            continue
        if doc.quoted_at(m.start()):
            continue
        if PREPOSITION_BEFORE_NP.search(doc.text, max(0, m.start() - 16), m.start()):
            continue
        owners = doc.speakers_between(m.start(), m.end("np"))
        if any(not is_possessive(doc.text, o) for o, _a in owners):
            continue  # "the Harbor Club": a name, which the discourse already holds
        found = Span(start=m.start(), end=m.end("np"))
    return found


def same_surname(doc: QuoteDocument, sp: Speaker) -> Speaker:
    """ "Clinton said" where two Clintons appear: the one named last without doubt.

    A surname alone is settled by the nearest earlier mention that names one
    of them unambiguously: a full name, or the surname after an honorific
    of one gender ("Mrs. Clinton").
    """
    mention = sp.mention
    if mention is None or sp.antecedent is not None:
        return sp
    word = mention.of(doc.text)
    namesakes = doc.namesakes.get(word)
    if namesakes is None or sp.actor not in namesakes:
        return sp
    if _TITLE_BEFORE_NAME.search(doc.text, max(0, mention.start - 12), mention.start):
        # "Mrs. Delmar said", "Governor Delmar replied": the actor stage chose the
        # namesake the title fits; recency has nothing to add.
        return sp
    by_gender: dict[str, list[str]] = {}
    for actor_id in namesakes:
        by_gender.setdefault(doc.genders.get(actor_id, ""), []).append(actor_id)
    best: tuple[int, str, Span] | None = None
    for actor_id in namesakes:
        for m in doc.mentions_in(doc.actors[actor_id], mention.start - REACH, mention.start):
            if doc.quoted_at(m.start):
                continue
            meant: str | None = actor_id if m.span.of(doc.text) != word else None
            if meant is None:
                # "Mrs. Clinton": the one namesake of that gender, whoever the
                # actor stage gave the mention to.
                title = _HONORIFIC.search(doc.text, max(0, m.start - 6), m.start)
                if title is not None:
                    g = "f" if title.group(1).lower() in ("mrs", "ms", "miss") else "m"
                    fits = by_gender.get(g, [])
                    meant = fits[0] if len(fits) == 1 else None
            if meant is not None and (best is None or m.start > best[0]):
                best = (m.start, meant, m.span)
    if best is None or best[1] == sp.actor:
        return sp
    return Speaker(best[1], mention, antecedent=best[2])
