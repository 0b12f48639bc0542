"""Who does the saying of one reporting verb (a cue): the subject of "said",
past relative clauses ("Peskov, who noted"), the object of "quoted X as saying", the
main clause's subject of a participle (", saying"), a pronoun, a possessive owner, an
organisation or a country, an unnamed source; and the last speaker before a position.
"""

from __future__ import annotations

import re

from newsmodel._analysis.clause import VERBISH, leading_subject, subject_before
from newsmodel._analysis.coreference import modifies_noun
from newsmodel._analysis.lexicon import (
    COMMON_WORDS,
    ROLE_NOUNS,
    data_alternation,
    data_section,
    gazetteer,
    is_person_noun,
    names_a_person,
)
from newsmodel._analysis.quotes.attribution.passive import BY_AGENT, BY_AGENT_AFTER_QUOTE, spoken_to
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.relations import head_of, unnamed_phrase
from newsmodel._analysis.quotes.attribution.speaker import Speaker
from newsmodel._analysis.quotes.attribution.speech_nouns import speech_noun_owner
from newsmodel._analysis.quotes.attribution.vocabulary import (
    AGE,
    DOCUMENT_NOUNS,
    MODIFIED_HEAD,
    NOMINAL,
    is_role,
    is_role_or_group_noun,
    names_nationality,
    people_in_the_plural,
)
from newsmodel._analysis.quotes.cues import (
    GROUP,
    ORGANISATION_NOUNS,
    PRONOUN_SUBJECT,
    REPORTING_VERBS,
    find_cues,
    is_bare_form,
)
from newsmodel._analysis.quotes.mentions import is_possessive
from newsmodel._model import Actor, ActorKind, Mention, Span

#: How many "it said" / "they said" sentences back a pronoun's speaker is looked for.
_LOOK_BACK_DEPTH = 4

#: A free relative pronoun as a verb's subject: "whoever [posted] them".
_FREE_RELATIVE = re.compile(r"\b(?i:whoever|whomever|whatever|anyone\s+who)\s+$")

_AFTER_COMMA = re.compile(r",\s*(?:(?:also|again|then|later)\s+)?$")

#: Words joining a modifier name to the head of its noun phrase: " campaign spokesman ".
_NP_LINK = re.compile(
    r"(?:['’]s?)?(?:\s+(?:"
    + "|".join(
        sorted(
            ROLE_NOUNS | frozenset(data_section("attribution_cues.txt", "role_link_words")),
            key=len,
            reverse=True,
        )
    )
    + r"|[A-Z][\w.]*)){1,4}\s+"
)

#: Words after which "it" opens a clause (its subject) rather than ending a verb
#: phrase (its object: "as X puts it, we").
_CLAUSE_OPENER = re.compile(
    r"(?:^|[,;:.!?(—–-]|\b(?:and|but|or|that|because|when|while|as|if|so|though|although|"
    r"after|before|since|which|where|then))\s*$",
    re.I,
)

#: A document issued, then a participle of saying: "issued a statement saying".
_ISSUED = re.compile(
    r"\b(?P<verb>" + data_alternation("attribution_cues.txt", "publishing_verbs") + r")\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|post|tweet|memo|"
    r"note|message|release|email|video)\s*,?\s*$",
    re.IGNORECASE,
)

#: The preposition between a verb's object and a gerund of saying: "mocked X [for ]calling",
#: "quoted X [as ]saying".
_GERUND_AFTER_OBJECT = re.compile(r"\b(?:for|over|as|of)\s+$")

#: A verb's object phrase before a gerund's preposition: "thanked [the voters ]for",
#: "quoted [Ana Ruiz's aide ]as", "quoted [a company engineer ]as".
_OBJECT_PHRASE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|two|three|several|some)\s+"
    r"|(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w-]*(?:’s|'s)\s+)"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+$"
)

#: A preposition right before a name: "apologised [to ]X", "spoke [with the ]X".
_PREPOSITION_BEFORE_NAME = re.compile(
    r"\b(?:"
    + data_alternation("attribution_cues.txt", "object_prepositions")
    + r")\s+(?:the\s+)?(?:[A-Z][a-z]{0,3}\.\s+)?$"
)

#: A preposition right before a possessive owner: "views [on] Kaplan's position".
_PREPOSITION_BEFORE_OWNER = re.compile(
    r"\b(?:" + data_alternation("attribution_cues.txt", "owner_prepositions") + r")\s+$",
    re.IGNORECASE,
)

#: An unnamed subject of a "with" phrase right before its participle: "with [one] writing".
_WITH_UNNAMED = re.compile(
    r"\bwith\s+(?P<np>(?:one|another|some|many|several|others|most)(?:\s+of\s+them)?)\s+$",
    re.IGNORECASE,
)

#: A preposition of time, place or agency right before a noun phrase: "in May", "by the board".
_ADJUNCT_BEFORE = re.compile(r"\b(?:in|on|at|during|since|until|by|after|before)\s+(?:the\s+)?$")

#: A noun whose ending makes it a doer: "interviewer", "narrator", "cellist", "librarian".
_AGENTIVE = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")

#: A relative pronoun a few words before a verb, past a parenthetical report of who
#: says so: "a career officer who [described]", "Derek Fane, who she said had [called]".
_RELATIVE_BEFORE = re.compile(
    r"\b(?:who|which)\s+(?P<reported>(?i:he|she|they|it|we)\s+(?:"
    + data_alternation("attribution_cues.txt", "parenthetical_report_verbs")
    + r")\s+)?(?P<gap>(?:\w+\s+){0,2})$"
)

#: A capitalised name and a comma right before a relative pronoun: "Derek Fane, [who]".
_NAME_RIGHT_BEFORE = re.compile(r"[A-Z][\w.’'-]*,\s*$")

#: A subject pronoun, as after a relative pronoun: "who [he] said", "which [they] called".
_SUBJECT_PRONOUN = re.compile(r"(?i:he|she|they|we|i|you)\s+")
# (Only right before the verb: in "the suspect, who he said shouted", "who" shouts.)

#: Words that make what follows a perception verb a clause, not its object: "heard
#: [that] the manager [had] called".
_CLAUSE_WORDS = re.compile(
    r"\b(?i:that|who|which|whether|if|had|has|have|was|were|is|are|would|will|could)\b"
)

#: A verb of going on right before a participle of saying: "the boy [kept ]asking".
_CATENATIVE_BEFORE = re.compile(
    r"\b(?P<verb>" + data_alternation("attribution_cues.txt", "catenative_verbs") + r")\s+$",
    re.IGNORECASE,
)

#: A verb of perceiving and its object right before a bare verb of saying: "heard [the
#: intruder] shout" (the object, up to five words, says the words).
_PERCEIVED_SPEAKER = re.compile(
    r"\b(?:" + data_alternation("attribution_cues.txt", "perception_verbs") + r")\s+"
    r"(?P<np>(?:[\w.’'-]+\s+){1,5}?)$",
    re.IGNORECASE,
)

_NEXT_WORD = re.compile(r"\s+([a-z]{3,})\b")


def _before_plural_noun(text: str, end: int) -> bool:
    """Whether a plural noun follows, making the words before ``end`` its modifier:
    "police [vans]", not "police [say]" or "the union [warns]"."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and word not in REPORTING_VERBS
        and word not in VERBISH
    )


def subject_of(
    doc: SpeakerReader, cue: Span, floor: int, *, floor_subject: int | None = None
) -> Speaker | None:
    """The speaker of a reporting verb: who does the saying.

    "Friends of Tom Bell said": someone of Bell's, unnamed, never Bell.
    """
    found = _subject_of(doc, cue, floor, floor_subject=floor_subject)
    if found is None or found.mention is None:
        return found
    return head_of(doc, found, floor, max(found.mention.end, cue.start))


def _subject_of(
    doc: SpeakerReader, cue: Span, floor: int, *, floor_subject: int | None = None
) -> Speaker | None:
    """The speaker of a reporting verb as its clause gives it, before :func:`subject_of`
    looks for the head of a phrase the speaker is only part of."""
    text = doc.text
    word = cue.of(text).lower()
    if _FREE_RELATIVE.search(text, max(0, cue.start - 12), cue.start):
        return None  # "whoever filmed it": nobody the text names speaks here
    low = floor_subject if floor_subject is not None else floor
    if spoken_to(text, cue, max(low, cue.start - 24), reported_too=True):
        # "he was asked not to “…”": he is spoken to, not speaking; "she was
        # told by Ian Moss that …": the agent after "by" speaks.
        end = doc.sentence_at(cue.start).end
        agent = BY_AGENT.match(text, cue.end) or BY_AGENT_AFTER_QUOTE.match(text, cue.end, end)
        if agent is not None:
            return doc.first_speaker(agent.end(), end, prefer_person=True)
        return None
    candidates = doc.speakers_between(low, cue.start)
    window = text[floor : cue.start]
    rel = _RELATIVE_BEFORE.search(window)
    if (
        rel is not None
        and len((rel.group("reported") or "").split() + rel.group("gap").split()) > 2
        and not _NAME_RIGHT_BEFORE.search(
            text, max(floor, floor + rel.start() - 40), floor + rel.start()
        )
    ):
        rel = None  # (past a report, "who she said had …" only after a name: "Derek Fane, who")
    if rel is not None and _SUBJECT_PRONOUN.fullmatch(rel.group("gap")):
        # "praised Tom Reddy, who he said had been “…”": the relative pronoun is the
        # reported clause's subject; the verb's own subject is the pronoun after it.
        rel = None
    if rel is not None:
        # A relative clause: "Dmitry Peskov, who noted"; "a career officer who
        # described": the noun phrase right before the relative pronoun.
        rel_at = floor + rel.start()
        np = _relative_antecedent(text, rel_at, floor)
        if np is not None:
            named = [(m, a) for m, a in doc.speakers_between(np[0], np[1] + 1)]
            if named:
                return Speaker(named[-1][1].id, named[-1][0].span)
            grouped = list(GROUP.finditer(text, np[0], np[1]))
            if grouped:
                return doc.group(grouped[-1].start("np"), grouped[-1].end("np"))
            if re.match(r"(?i:a|an|the|another|one)\s+\w", text[np[0] : np[1]]):
                described = doc.group(np[0], np[1])  # "a senior engineer who said"
                if described is not None:
                    return described
        if candidates and re.fullmatch(r"[\s,(—–-]*", text[candidates[-1][0].end : rel_at]):
            mention, actor = candidates[-1]
            return Speaker(actor.id, mention.span)
    participle = word.endswith("ing")
    going_on = _CATENATIVE_BEFORE.search(text, max(low, cue.start - 16), cue.start)
    if participle and going_on is not None:
        # "the boy kept asking": the subject of "kept" does the asking.
        own = subject_before(text, going_on.start("verb"), low)
        read = doc.phrase_speaker(*own) if own is not None else None
        if read is not None:
            return read
    perceived = (
        _PERCEIVED_SPEAKER.search(text, max(low, cue.start - 60), cue.start)
        if is_bare_form(word)
        else None
    )
    if perceived is not None and not _CLAUSE_WORDS.search(perceived.group("np")):
        # "she heard the intruder shout": who was heard says the words, not the hearer;
        # "heard someone yell": someone unnamed ("heard that he had called" is a report).
        np0, np1 = perceived.start("np"), perceived.end("np")
        heard = doc.first_speaker(np0, cue.start)
        if (
            heard is not None
            and heard.actor is not None
            and heard.mention is not None
            and heard.antecedent is None
            and np0 <= heard.mention.start
            and heard.mention.end <= np1
        ):
            return heard  # named right there: "heard Ana Ruiz shout"
        sentence_start = doc.sentence_at(np0).start
        if (
            heard is not None
            and heard.actor is not None
            and text.startswith(("the ", "The "), np0)
            and all(a.id != heard.actor for _m, a in doc.speakers_between(sentence_start, np0))
        ):
            return heard  # "heard the mayor promise": the mayor named before, not the hearer
        # ("heard a man say", "heard her husband shout": someone unnamed, never a
        # person the description might be taken back to)
        return unnamed_phrase(doc, np0, np1)
    gerund = _GERUND_AFTER_OBJECT.search(text, max(low, cue.start - 12), cue.start)
    if participle and gerund is not None:
        the_object = _object_of_gerund(doc, low, gerund, candidates)
        if the_object is not None:
            return the_object
    absolute = (
        _WITH_UNNAMED.search(text, max(low, cue.start - 40), cue.start) if participle else None
    )
    if absolute is not None:
        # "constituents piled in, with one writing that …": the unnamed subject
        # of the "with" phrase writes, not anyone named before it.
        return Speaker(
            None, Span(start=absolute.start("np"), end=absolute.end("np")), absolute.group("np")
        )
    if participle and candidates:
        # "with Press Secretary Karoline Leavitt declaring, “…”"; after a
        # comma the name is more often an object ("told Lauryn, stating").
        mention, actor = candidates[-1]
        if re.fullmatch(r"\s*", text[mention.end : cue.start]):
            return Speaker(actor.id, mention.span)
    if participle and _AFTER_COMMA.search(text, max(low, cue.start - 12), cue.start):
        main = _main_clause_subject(doc, cue, low)
        if main is not None:
            return main
    issued = _ISSUED.search(window) if participle else None
    if issued is not None:
        # "X issued a statement saying …": X speaks, through the document.
        verb = Span(start=floor + issued.start("verb"), end=floor + issued.end("verb"))
        read = doc.clause_subject(verb, low)
        if read is not None:
            return read
    if not participle:
        read = doc.clause_subject(cue, low)
        if read is not None:
            return read
        own = subject_before(text, cue.start, low)
        if own is not None and re.fullmatch(r"(?i:i|we|you)", text[own[0] : own[1]]):
            # "we must tell ourselves: “…”": the writer's or the reader's
            # voice, not that of anyone named nearby.
            return None
    nearest = _nearest_subject(doc, cue, floor, low, candidates, participle)
    if nearest is not None:
        return nearest
    if participle:
        poss = [
            (m, a) for m, a in candidates if a.kind is ActorKind.PERSON and is_possessive(text, m)
        ]
        if poss:
            return Speaker(poss[-1][1].id, poss[-1][0].span)
    # Organisations, and countries speaking as governments ("The UK has urged").
    places = [
        (m, a)
        for m, a in doc.places_between(low, cue.start)
        if m.span.of(text) == a.name or m.span.of(text) in a.aliases
        # ("the Portuguese said": a person by nationality, not the country.)
        if gazetteer().country_of_demonym(m.span.of(text)) is None
        if re.fullmatch(
            r"\s*(?:has|have|had|also|is|was|will|would|did|has\s+also)?\s*",
            text[m.end : cue.start],
        )
    ]
    others = [(m, a) for m, a in [*candidates, *places] if doc.subject_like(m, low)]
    others.sort(key=lambda p: p[0].start)
    groups = [
        g
        for g in GROUP.finditer(text, low, cue.start)
        if not re.match(r"\s+[A-Z]", text[g.end() : g.end() + 2])
        and not doc.quoted_at(g.start("np"))
        and not _before_plural_noun(text, g.end())  # "a row of police vans"
    ]
    if groups and (not others or groups[-1].start() > others[-1][0].end):
        return doc.group(groups[-1].start("np"), groups[-1].end("np"))
    if others:
        m, a = others[-1]
        modified = MODIFIED_HEAD.match(text, m.end, cue.start)
        if modified is not None and (
            is_role_or_group_noun(modified.group("head")) or modifies_noun(text, m.start, m.end)
        ):
            # "Tesla's lawyers", "the Nordic premier": the name modifies the
            # noun that speaks; the speaker is that description, not the name.
            det = re.search(r"(?i:\b(?:the|a|an)\s+)$", text[max(low, m.start - 5) : m.start])
            start = m.start - (len(det.group()) if det else 0)
            return doc.nominal(Span(start=start, end=modified.end("head")))
        if not is_possessive(text, m):
            return Speaker(a.id, m.span)
    if not participle:
        described = _description_before(doc, cue, low)
        if described is not None:
            return described
    return None


def _nearest_subject(
    doc: SpeakerReader,
    cue: Span,
    floor: int,
    low: int,
    candidates: list[tuple[Mention, Actor]],
    participle: bool,
) -> Speaker | None:
    """Of a person standing as a subject, a subject pronoun and the owner of a speech
    noun ("Ana Silva's warning"), the one nearest the verb ``cue``: its subject.
    ``None`` where there is none of them."""
    text = doc.text
    window = text[floor : cue.start]
    people = [
        (m, a)
        for m, a in candidates
        # An owner is no subject: "Kole's contact inside the ministry said".
        if a.kind is ActorKind.PERSON
        and doc.subject_like(m, low)
        and not is_possessive(text, m)
        # ("The Salcedo campaign claimed": the name modifies the noun that speaks.)
        and not modifies_noun(text, m.start, m.end)
    ]
    options: list[tuple[int, Speaker]] = []
    if people:
        chosen = people[0] if participle else people[-1]
        if participle:
            # "Trump campaign spokesman Steven Cheung issued a statement
            # saying": the head of the subject phrase, past its modifiers.
            for m, a in candidates:
                if m.start > chosen[0].end and a.kind is ActorKind.PERSON:
                    if _NP_LINK.fullmatch(text[chosen[0].end : m.start]):
                        chosen = (m, a)
                    break
        options.append((chosen[0].end, Speaker(chosen[1].id, chosen[0].span)))
    pronoun = None
    for pm in PRONOUN_SUBJECT.finditer(window):
        if doc.quoted_at(floor + pm.start()):
            continue  # "he" inside quoted words speaks of someone
        if pm.group("who").lower() == "it" and not _CLAUSE_OPENER.search(window, 0, pm.start()):
            continue  # "as X puts it, we …": an object, not a subject
        if pm.group("who").lower() != "it" or not re.match(
            r"\s+(?:is|was|has|had|would|will)\b", window[pm.end() :]
        ):
            pronoun = pm
    if pronoun is not None:
        who = Span(start=floor + pronoun.start("who"), end=floor + pronoun.end("who"))
        sp = doc.pronoun(who)
        if (
            sp.actor is not None
            or (sp.group is not None and sp.kind is not ActorKind.PERSON)
            or who.of(text).lower() in ("he", "she")
        ):
            options.append((who.end, sp))
    # The cue may itself be the speech noun: "Ana Silva's warning of a “…”".
    owner = speech_noun_owner(doc, low, cue.end)
    # ("In his speech, the pope urged": a "his" that names no one yet is no speaker.)
    if owner is not None and owner.mention is not None and owner.actor is not None:
        options.append((owner.mention.end, owner))
    if options:
        # The candidate nearest the verb is its subject.
        return max(options, key=lambda o: o[0])[1]
    return None


def _description_before(doc: SpeakerReader, cue: Span, low: int) -> Speaker | None:
    """A description right before a verb ``cue`` (not in -ing) as its subject: a role,
    an age, a document, a nationality, a noun of people or a body ("the never-identified
    woman says"), or an agent noun ("an interviewer said").  ``None`` where none stands
    there."""
    text = doc.text
    nm = NOMINAL.search(text, max(low, cue.start - 60), cue.start)
    if nm and not doc.quoted_at(nm.start("np")):
        head = nm.group("head").lower()
        if (
            is_role(head)
            or AGE.search(head)
            or head in DOCUMENT_NOUNS
            or names_nationality(nm.group("np"))
            # "the never-identified woman says": someone unnamed, by a noun for people
            or (is_person_noun(head) and nm.group("np")[:4].lower() == "the ")
            # "The Peruvian delegation said": a body, by its noun
            or (head in ORGANISATION_NOUNS and nm.group("np")[:4].lower() == "the ")
        ):
            return doc.nominal(Span(start=nm.start("np"), end=nm.end("np")))
        if (
            nm.group("np")[:2].lower() in ("a ", "an")
            and _AGENTIVE.fullmatch(head)
            and head not in COMMON_WORDS
        ):
            # "an interviewer said", "a caller wrote": an agent noun by its
            # form, someone unnamed doing the saying.
            return Speaker(None, Span(start=nm.start("np"), end=nm.end("np")), nm.group("np"))
    return None


def _relative_antecedent(text: str, rel_at: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``rel_at`` takes up, not before ``floor``:
    "[Dmitry Peskov], who noted", "[a career officer] who described"."""
    np = subject_before(text, rel_at - (text[rel_at - 1 : rel_at] == "("), floor)
    last = rel_at
    while last > floor and text[last - 1] in " ,":
        last -= 1
    conjunct = subject_before(text, last, floor)
    if conjunct is not None and not _ADJUNCT_BEFORE.search(
        text, max(floor, conjunct[0] - 16), conjunct[0]
    ):
        # "…, most mayors and the UFW, which called": the UFW (not "an
        # audit, ordered by the board in May, which found": the object of
        # a time, place or agent phrase).
        np = conjunct
    return np


def _object_of_gerund(
    doc: SpeakerReader, low: int, gerund: re.Match[str], candidates: list[tuple[Mention, Actor]]
) -> Speaker | None:
    """Who says a gerund after a verb's object and a preposition (``gerund``): the
    object, a person named ("mocked Tom Bell for calling it") or someone unnamed
    ("thanked the voters for saying").  ``None`` where neither reads so."""
    text = doc.text
    # "mocked Tom Bell for calling it", "quoted X as saying", "accused X of
    # saying": the verb's object does the saying, not its subject ("apologised
    # to X for calling it": an object of a preposition is not the one).
    objects = [
        (m, a)
        for m, a in candidates
        if a.kind is ActorKind.PERSON and not text[m.end : gerund.start()].strip()
    ]
    if objects:
        mention, actor = objects[-1]
        the_object = Speaker(actor.id, mention.span)
        if not _PREPOSITION_BEFORE_NAME.search(text, max(low, mention.start - 16), mention.start):
            return the_object
        # ("quoted a cousin of X as saying": the cousin, unnamed)
        someone_of = head_of(doc, the_object, low, mention.end)
        if someone_of is not the_object:
            return someone_of
    unnamed = _OBJECT_PHRASE_BEFORE.search(text, max(low, gerund.start() - 60), gerund.start())
    noun = unnamed.group("noun") if unnamed is not None else ""
    if (
        unnamed is not None and (people_in_the_plural(noun) or names_a_person(noun))
    ) and not _PREPOSITION_BEFORE_NAME.search(
        text, max(low, unnamed.start() - 16), unnamed.start()
    ):
        # "thanked the voters for saying", "quoted X's aide as saying": the
        # object speaks, unnamed.
        return unnamed_phrase(doc, unnamed.start(), unnamed.end("noun"))
    return None


def _main_clause_subject(doc: SpeakerReader, cue: Span, low: int) -> Speaker | None:
    """The subject of the main clause an adjunct participle after a comma (``cue``)
    belongs to: "The Salcedo campaign claimed victory in a statement, saying".  ``None``
    where it names no one, or a speech noun's owner says it instead."""
    text = doc.text
    # "The Salcedo campaign claimed victory in a statement, saying": an
    # adjunct participle's subject is its main clause's subject.
    start = max(low, doc.sentence_at(cue.start).start)
    # Past any quoted words opening the sentence: “…,” Silva said, adding.
    closed = max(text.rfind("”", start, cue.start), text.rfind('"', start, cue.start))
    lead = leading_subject(text, max(start, closed + 1), cue.start)
    main = doc.phrase_speaker(*lead) if lead is not None else None
    if lead is not None and (main is None or main.actor is None):
        # "the President's Special Adviser on Media, Ana Obi, responded, saying":
        # the name in apposition to the description.
        apposed = [
            (m, a)
            for m, a in doc.speakers_between(lead[1], cue.start)
            if a.kind is ActorKind.PERSON
            and text[m.start - 2 : m.start] == ", "
            and text[m.end : m.end + 1] == ","
            and "," not in text[lead[1] : m.start - 2]
        ]
        if apposed:
            main = Speaker(apposed[0][1].id, apposed[0][0].span)
    owner = speech_noun_owner(doc, lead[1], cue.start) if lead is not None else None
    if (
        main is not None
        and (main.actor is not None or main.group is not None)
        # ("BBC News quoted Zelenskyy's plea …, warning": the plea's owner
        # warns; not an owner after a preposition: "their views on Kaplan's
        # position, saying" is the subject's saying.)
        and (
            owner is None
            or owner.actor is None
            or owner.mention is None
            or _PREPOSITION_BEFORE_OWNER.search(
                text, max(0, owner.mention.start - 16), owner.mention.start
            )
        )
    ):
        return main
    return None


def last_speaker_before(doc: SpeakerReader, pos: int) -> Speaker | None:
    """The subject of the last reporting verb in the two sentences before ``pos``."""
    # That subject may be "it" or "they", looked up the same way in turn:
    # each level reads two sentences, so an unbounded chain of "they said"
    # costs 2**n.  A few levels back is as far as a pronoun reaches.
    if doc.looking_back >= _LOOK_BACK_DEPTH:
        return None
    doc.looking_back += 1
    try:
        i = doc.sentence_index(pos)
        for j in range(i - 1, max(-1, i - 3), -1):
            s = doc.sentences[j]
            # (A verb inside quoted words is the quote's, not a speaker's.)
            cues = [c for c in find_cues(doc.text, s.start, s.end) if not doc.quoted_at(c[0])]
            if cues:
                cue = Span(start=cues[-1][0], end=cues[-1][1])
                found = doc.subject_of(cue, s.start)
                if found is not None and (found.actor is not None or found.group is not None):
                    return found
        return None
    finally:
        doc.looking_back -= 1
