"""The attribution read before a quote: a label ("Putin: “…”"), "in the words
of X", a colon introduction ("described by worker Ana Ruiz: “…”"), and the last verb of
saying before the quote with its subject.
"""

from __future__ import annotations

import re

from newsmodel._analysis.clause import leading_subject, subject_before
from newsmodel._analysis.lexicon import (
    data_alternation,
    data_section,
    gazetteer,
    is_given_name,
    names_a_person,
)
from newsmodel._analysis.quotes.attribution.document import QuoteDocument, is_latent
from newsmodel._analysis.quotes.attribution.passive import PASSIVE_THEN_PREDICATE
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.speaker import Attribution, Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import (
    DOCUMENT_NOUNS,
    PRONOUN_OPENS,
    unknown_name,
)
from newsmodel._analysis.quotes.cues import find_cues
from newsmodel._model import ActorKind, Span

#: What may lead a label's name: title words, and a few lower-case role words
#: ("Opposition leader [Ana Lima]: “…”").
_LABEL_LEAD = re.compile(r"\s*(?:[A-Z][\w.’'&-]*\s+)*(?:[a-z][\w-]*\s+){0,2}")

#: A capitalised name of two to four words ending right before a label's colon.
_LABEL_NAME = re.compile(r"(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})\s*$")

#: "in the words of X", "in X's view": whose words or view a sentence gives.
_IN_WORDS_OF = re.compile(
    r"\b[Ii]n\s+(?:the\s+(?:words|view|estimation)\s+of\s+"
    r"|(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})[’']s?\s+"
    r"(?:words|view|telling|estimation|account)\b,?\s*)"
)

#: A verb in the past or present tense right before a colon: "she tweeted:".
_VERB_BEFORE_COLON = re.compile(r"\b([a-z]{3,}(?:ed|s))\s*:\s*$")

#: An indefinite description of one person: "A Labour whip", "One resident", "Another voter".
_INDEFINITE_PERSON = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")

#: What may stand between a quote's close and the subject of a new clause: "”, Ms ".
_NEW_SUBJECT_AFTER_QUOTE = re.compile(
    r"[”\"]\s*,\s*(?:(?:and|but|while|as)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
)

#: Verbs of speaking that take no that-clause of their own: "had spoken with him".
_INTRANSITIVE_SPEECH = frozenset(data_section("attribution_cues.txt", "intransitive_speech_verbs"))

#: A second that-clause of a verb before: "said A and that B".
_SECOND_COMPLEMENT = re.compile(r"\b(?:and|but)\s+that\b")

#: A relative clause opened, and not closed, before a verb: ", which the court has [said]".
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;:“”\"]*$")

#: The main clause taken up again after a relative clause: ", and that", ", would".
_RELATIVE_CLOSED = re.compile(
    r"\w,\s+(?:(?:and|but)\s+that|would|will|could|should|must|can|is|was|are|were|has|had)\b"
)

#: A document noun right before a word: "a statement [posted]", "the letter [sent]".
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + data_alternation("attribution_cues.txt", "document_nouns")
    + r")\s+$",
    re.IGNORECASE,
)

#: A capitalised source right after "according to", ending its phrase.
_SOURCE_NAMED = re.compile(
    r"\s+(?P<name>(?:The\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s*[:,]"
)

#: Reading out a document, to a colon: " out a portion of the report:", " from the letter:".
_READS = frozenset(data_section("attribution_cues.txt", "reading_verbs"))

#: A document, what it comes from, and a relative pronoun right before a verb:
#: "a letter from Ana Ruiz that [called]", "the memo, which [says]".
_DOCUMENT_RELATIVE = re.compile(
    r"(?P<doc>\b(?i:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?P<head>"
    + data_alternation("attribution_cues.txt", "document_nouns")
    + r"))\b(?:\s+[^\s,;:“”\"]+){0,8}?,?\s+(?:that|which)\s+(?:(?:also|later|then|\w+ly)\s+)?$"
)

_READ_FROM = re.compile(
    r"\s+(?:out\s+|aloud\s+|from\s+)?(?:(?:a|one|the)\s+(?:\w+\s+)?(?:portion|part|passage|"
    r"section|excerpt|line|paragraph)s?\s+(?:of|from)\s+)?"
    r"(?P<doc>(?:the|a|an|her|his|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z]+))\s*:\s*$"
)


def speaker_label(doc: QuoteDocument, b0: int, b1: int) -> Attribution | None:
    """A name and a colon before the quote: "Putin: “We will win.”"."""
    m = re.search(r":\s*$", doc.text[b0:b1])
    if m is None:
        return None
    colon = b0 + m.start()
    found = doc.speakers_between(max(b0, colon - 60), colon)
    # Only a name (with its title) before the colon: nothing else of a clause.
    if (
        found
        and re.fullmatch(r"\s*", doc.text[found[-1][0].end : colon])
        and re.fullmatch(r"(?:[A-Z][\w.’'&-]*\s+)*", doc.text[b0 : found[-1][0].start])
    ):
        mention, actor = found[-1]
        return Attribution(Speaker(actor.id, mention.span), None, None, "label")
    named = _LABEL_NAME.search(doc.text, b0, colon)
    if (
        not found
        and named is not None
        and _LABEL_LEAD.fullmatch(doc.text, b0, named.start("name"))
        and unknown_name(named.group("name"))
    ):
        # "Opposition leader Ana Lima: “…”": a name the actor stage missed.
        name = named.group("name")
        kind = ActorKind.PERSON if is_given_name(name.split()[0]) else ActorKind.UNKNOWN
        span = Span(start=named.start("name"), end=named.end("name"))
        return Attribution(Speaker(None, span, name, kind=kind), None, None, "label")
    # "Ana Silva, Reuters: “…”" in a list of voices: the person, not the outlet.
    people = [(x, a) for x, a in found if a.kind is ActorKind.PERSON]
    if (
        people
        and people[-1][0] is not found[-1][0]
        and re.fullmatch(r"(?:[A-Z][\w.’'&-]*\s+)*", doc.text[b0 : people[-1][0].start])
        and re.fullmatch(r",\s*(?:[A-Z][\w.’'&-]*\s*)+", doc.text[people[-1][0].end : colon])
    ):
        mention, actor = people[-1]
        return Attribution(Speaker(actor.id, mention.span), None, None, "label")
    return None


def in_words_of(doc: SpeakerReader, b0: int, b1: int) -> Attribution | None:
    """ "The deal, in the words of Sen. X, is “…”", "In X's view, the deal is “…”":
    the one whose words or view the sentence gives, as with "according to"."""
    m = next(reversed(list(_IN_WORDS_OF.finditer(doc.text, b0, b1))), None)
    if m is None:
        return None
    opening = doc.text[doc.sentence_at(m.start()).start : m.start()]
    if (opening.strip() and not opening.rstrip().endswith(",")) or find_cues(doc.text, m.end(), b1):
        # Only a phrase set off at the head of the clause that quotes, with no verb
        # of saying after it: "Bell, who in Ruiz's view …, said" is Bell's.
        return None
    if m.group("owner") is not None:
        sp = doc.phrase_speaker(m.start("owner"), m.end("owner"))
    else:
        # (the "of" phrase alone, up to its comma: "in the words of the ruling,")
        close = doc.text.find(",", m.end(), b1)
        sp = doc.phrase_speaker(m.end(), close) if close > m.end() else None
    if sp is None or (sp.actor is None and sp.group is None):
        return None
    return Attribution(sp, m.group(0).strip(), Span(start=m.start(), end=m.end()), "according-to")


def colon_intro(doc: SpeakerReader, b0: int, b1: int) -> Attribution | None:
    """ "The second strike was described by worker Ana Ruiz: “…”": a colon introduction.

    Whatever the verb, the person named right before the colon ("by X:",
    "from X:") introduces the quote; else the subject that opens the
    sentence, when it is a person.
    """
    m = re.search(r":\s*$", doc.text[b0:b1])
    if m is None:
        return None
    colon = b0 + m.start()
    people = [(x, a) for x, a in doc.speakers_between(b0, colon) if a.kind is ActorKind.PERSON]
    if people and re.fullmatch(r"[\s,]*", doc.text[people[-1][0].end : colon]):
        x, a = people[-1]
        return Attribution(Speaker(a.id, x.span), None, None, "colon-intro")
    latent = [
        (s0, s1, e)
        for s0, s1, e in doc.discourse.between(b0, colon)
        if e.kind is ActorKind.PERSON and is_latent(e.key)
    ]
    if latent and re.fullmatch(r"[\s,]*", doc.text[latent[-1][1] : colon]):
        s0, s1, e = latent[-1]
        span = Span(start=s0, end=s1)
        return Attribution(
            Speaker(None, span, e.name, None, ActorKind.PERSON), None, None, "colon-intro"
        )
    sent = doc.sentence_at(colon)
    subjects = [
        (x, a) for x, a in people if doc.subject_like(x, sent.start) and x.start - sent.start < 60
    ]
    if subjects:
        x, a = subjects[0]
        return Attribution(Speaker(a.id, x.span), None, None, "colon-intro")
    verb = _VERB_BEFORE_COLON.search(doc.text, max(b0, sent.start), colon + 1)
    if verb is not None:
        # "But single mum Karen Dobson, 41, a cleaner who …, fumed: “…”": the
        # clause reader finds the subject of the verb before the colon.
        found = subject_before(doc.text, verb.start(1), max(b0, sent.start))
        sp = doc.phrase_speaker(*found) if found is not None else None
        named = doc.actors.get(sp.actor or "") if sp is not None else None
        if sp is not None and named is not None and named.kind is ActorKind.PERSON:
            return Attribution(sp, None, None, "colon-intro")
    # "Next morning, she'll load up on toast: “…”": a he or she opening the
    # clause (after an adverbial) introduces the quote like a name would.
    pro = PRONOUN_OPENS.match(doc.text, max(b0, sent.start), colon)
    if pro is not None and pro.end(1) - sent.start < 60 and not people:
        who = doc.pronoun(Span(start=pro.start(1), end=pro.end(1)))
        if who.actor is not None:
            return Attribution(who, None, None, "colon-intro")
    # "A Labour whip was blunter: “…”": an unnamed person opening a short
    # clause before the colon introduces the quote.
    lead = leading_subject(doc.text, max(b0, sent.start), colon)
    opener = _INDEFINITE_PERSON.match(doc.text, lead[0], colon) if lead is not None else None
    if opener is not None and not people:
        words = list(re.finditer(r"[\w-]+", doc.text[opener.start() : colon]))
        # The head: the first noun for a person among the first few words.
        head = next(
            (w for w in words[1:5] if w.group()[:1].islower() and names_a_person(w.group())),
            None,
        )
        if head is not None and len(words) - words.index(head) - 1 <= 4:
            unnamed = doc.group(opener.start(), opener.start() + head.end())
            if unnamed is not None and unnamed.group is not None:
                return Attribution(unnamed, None, None, "colon-intro")
    return None


def cue_before(doc: SpeakerReader, b0: int, b1: int) -> Attribution | None:
    """The subject of the last verb of saying before a quote (``text[b0:b1]``): "X said “…”";
    a verb inside a relative clause on a document gives the document's maker."""
    cues = find_cues(doc.text, b0, b1)
    for i in range(len(cues) - 1, -1, -1):
        cue = Span(start=cues[i][0], end=cues[i][1])
        word = cue.of(doc.text)
        closed = max(doc.text.rfind("”", cue.end, b1), doc.text.rfind('"', cue.end, b1))
        if closed >= 0 and any(
            _NEW_SUBJECT_AFTER_QUOTE.fullmatch(doc.text, closed, m.start)
            for m, _a in doc.speakers_between(closed, b1)
        ):
            # "When X shouted that “…”, Ms McCarthy reminded him that “…”": the
            # verb had its own quote, and a clause with a subject of its own
            # follows it.
            break
        if (
            i > 0
            and word.lower() in _INTRANSITIVE_SPEECH
            and _SECOND_COMPLEMENT.search(doc.text, cue.end, b1)
            # (A finite verb whose clause runs on to this one, not "Speaking
            # about it, he said": a participle's phrase ends at its comma.)
            and not doc.text[cues[i - 1][0] : cues[i - 1][1]].lower().endswith("ing")
            and not re.search(r"[,;:]", doc.text[cues[i - 1][1] : cue.start])
        ):
            # "Calder said the president had spoken with him and that the
            # call was “warm”": the quote is the outer verb's second clause.
            continue
        if PASSIVE_THEN_PREDICATE.match(doc.text, cue.end, b1):
            # "the review had been demanded by the finance office and was “…”": a
            # second predicate of the passive's subject; the quote is not the verb's.
            continue
        if _RELATIVE_OPEN.search(
            doc.text, max(b0, cue.start - 120), cue.start
        ) and _RELATIVE_CLOSED.search(doc.text[cue.end : b1]):
            # "…, which the court has said judges may not police, and that voters
            # “…”": a verb inside a relative clause closed before the quote is
            # the clause's; the quote belongs to the verb before it.
            continue
        if (
            i > 0
            and word.lower().endswith("ed")
            and _DOCUMENT_BEFORE.search(doc.text, max(b0, cue.start - 40), cue.start)
        ):
            # "X said in a statement posted on its website that …": the
            # participle describes the document; the verb before it speaks.
            continue
        if word.lower().startswith("according"):
            # "the agency wrote, according to The Ledger, “…”": with a verb
            # of saying before it, the outlet only reports the words.
            sp = doc.first_speaker(cue.end, b1, allow_outlet=i == 0)
            named = _SOURCE_NAMED.match(doc.text, cue.end, b1)
            if (
                sp is None
                and named is not None
                # (Capitalised mid-sentence: a name, even of common words.)
                and gazetteer().lookup(named.group("name").removeprefix("The ")) is None
            ):
                # "According to The Athletic: “…”": a name no list knows is
                # still the source, not whoever spoke before.
                span = Span(start=named.start("name"), end=named.end("name"))
                sp = Speaker(None, span, span.of(doc.text), kind=ActorKind.UNKNOWN)
        else:
            written = _DOCUMENT_RELATIVE.search(doc.text, max(b0, cue.start - 100), cue.start)
            if written is not None:
                # "read a letter from Ana Ruiz that called it “…”": the document's
                # words, its maker's; else the document's own, unless a verb
                # before (not of reading) made it: "X said in a statement that".
                span = Span(start=written.start("doc"), end=written.end("doc"))
                # (Only a maker its sentence names: "a letter from Ana Ruiz", "her
                # memo", "Ana Ruiz sent a letter that".)
                made = doc.document_maker(span.end, written.group("head").lower())
                if made is not None and (made.actor is not None or made.antecedent is not None):
                    return Attribution(made, word, cue, "cue-before")
                before = doc.text[cues[i - 1][0] : cues[i - 1][1]].lower() if i else ""
                if before and before not in _READS:
                    continue
                return Attribution(Speaker(None, span, span.of(doc.text)), word, cue, "cue-before")
            sp = doc.subject_of(cue, b0)
            read = _READ_FROM.match(doc.text, cue.end, b1) if word.lower() in _READS else None
            if read is not None and read.group("head").lower() in DOCUMENT_NOUNS:
                # "The senator read out a portion of the report: “…”": the
                # report's words, not the reader's.
                span = Span(start=read.start("doc"), end=read.end("doc"))
                made = doc.document_maker(span.start, read.group("head").lower())
                if made is not None and (made.actor is not None or made.group is not None):
                    sp = made._replace(mention=span, antecedent=made.mention)
                else:
                    sp = Speaker(None, span, span.of(doc.text))
        if sp:
            return Attribution(sp, word, cue, "cue-before")
    return None
