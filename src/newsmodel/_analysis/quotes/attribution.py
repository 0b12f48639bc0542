"""Who said a quote: the reporting verb (the cue) and its subject.

The attribution of one quote is read from its sentence, in order of how
reliable each construction is:

1. ``“…,” he said`` — a pronoun and a verb right after the quote;
2. ``“…,” said Peskov`` / ``“…,” explains Dr. X`` — an inverted verb;
3. ``“…,” Kremlin spokesman Peskov said`` — a subject phrase, then the verb;
4. ``“long” session, per a source`` — "per" or "according to" naming a source;
5. ``X said / declaring / described it as “…”`` — the last cue before the
   quote and its subject: a relative "who", the name right before a
   participle, the nearest subject-like mention, a pronoun, the owner of a
   speech noun ("Trump's statements urging"), an unnamed source;
6. ``“…” fragment …, he warned`` / ``…, said another witness, X`` — a cue
   later in the sentence;
7. no cue: the owner of a speech noun, or the last person named before a
   short fragment.

The engine (:mod:`.engine`) then applies what spans sentences: the previous
speaker keeps talking, a quoted heading takes the speaker of the same words
quoted later.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from newsmodel._analysis.lexicon import PRONOUNS, ROLE_NOUNS
from newsmodel._analysis.quotes.cues import (
    FINITE_AFTER,
    GROUP,
    PRONOUN_SUBJECT,
    SPEECH_NOUNS,
    VERB,
    clean_group,
    find_cues,
)
from newsmodel._analysis.quotes.gender import gender_hints
from newsmodel._analysis.quotes.marks import QuoteSpan
from newsmodel._analysis.quotes.mentions import (
    MentionIndex,
    can_speak,
    is_possessive,
    is_subject_like,
)
from newsmodel._analysis.text import Sentence, sentences
from newsmodel._model import Actor, ActorKind, Block, Mention, Span

__all__ = ["Attribution", "Attributor", "Speaker"]


class Speaker(NamedTuple):
    """Who speaks: an actor id, or an unnamed source to be created from ``group``."""

    actor: str | None
    mention: Span | None
    group: str | None = None


class Attribution(NamedTuple):
    """The speaker of one quote and the cue that says so."""

    speaker: Speaker | None
    cue: str | None
    cue_span: Span | None


_NONE = Attribution(None, None, None)
#: How far before and after a quote its attribution is looked for, in characters.
_WINDOW = 400
#: A quote ending in a question or exclamation, perhaps inside closing marks.
_ENDS_ASKING = re.compile(r"[?!—–-][’'\")\]]*$")
_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_PER_AFTER = re.compile(r"\b(?:per|according\s+to)\s+", re.IGNORECASE)
_POSSESSIVE_PRONOUN_SPEECH = re.compile(
    r"\b(?P<who>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(SPEECH_NOUNS, key=len, reverse=True))
    + r")\b"
)
_SUBJECT_THEN_CUE = re.compile(
    rf"^\W{{0,3}}\s*(?P<subj>[^.;:!?“”\"«»]{{1,140}}?)\s*,?\s+(?P<cue>{VERB})\b", re.IGNORECASE
)
_INVERTED_LATER = re.compile(
    r",\s*(?P<cue>said|says|added|wrote|according\s+to|explained|noted|argued|warned)\s+",
    re.IGNORECASE,
)
_NOMINAL = re.compile(
    r"(?<![\w'’-])(?P<np>(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>\w[\w-]*))\s*$",
    re.IGNORECASE,
)
_AGE = re.compile(r"\d+-year-old$")
_DOCUMENT_NOUNS = frozenset("statement report study release post letter tweet filing".split())


#: How many "it said" / "they said" sentences back a pronoun's speaker is looked for.
_LOOK_BACK_DEPTH = 4


class Attributor:
    """Finds the speaker of each quote in one document."""

    def __init__(
        self,
        text: str,
        blocks: Sequence[Block],
        actors: Sequence[Actor],
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.blocks = blocks
        self.actors = {a.id: a for a in actors}
        # Names inside quoted words are what is said, never who says it.
        self.index = MentionIndex(actors, exclude=quoted)
        self.sentences = sentences(text, blocks)
        self.sent_starts = [s.start for s in self.sentences]
        #: the speaker of the previous quote, for "it" and "the statement"
        self.previous: str | None = None
        self.genders = gender_hints(text, self.sentences, self.index)
        self._looking_back = 0  #: nested last_speaker_before calls under way
        self._fits: dict[str, list[int]] = {}

    # -- positions ------------------------------------------------------------

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[self.sentence_index(pos)]

    def speakers_between(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        return [(m, a) for m, a in self.index.between(start, end) if can_speak(a)]

    def places_between(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        return [(m, a) for m, a in self.index.between(start, end) if a.kind is ActorKind.PLACE]

    def subject_like(self, mention: Mention, floor: int) -> bool:
        before = self.text[max(floor, mention.start - 40) : mention.start]
        return bool(_ACCORDING.search(before)) or is_subject_like(self.text, mention, floor)

    # -- references -------------------------------------------------------------

    def resolve_pronoun(self, pos: int, word: str) -> str | None:
        """The actor a pronoun at ``pos`` refers to.

        He and she: sentences are searched backwards from the pronoun's own; in
        each, a person in subject position wins over one in object position.
        It: the previous speaker when that is an organisation, else the last
        organisation named as a subject.
        """
        w = word.lower()
        if w in ("they", "we"):
            prev = self.actors.get(self.previous or "")
            return prev.id if prev is not None and prev.kind is ActorKind.GROUP else None
        kinds = (
            {ActorKind.PERSON}
            if w in ("he", "she")
            else {ActorKind.ORGANIZATION, ActorKind.OUTLET, ActorKind.GROUP}
        )
        wanted = PRONOUNS.get(w)
        if w == "it":
            prev = self.actors.get(self.previous or "")
            if prev is not None and prev.kind in kinds:
                return prev.id
        i = self.sentence_index(pos)
        for j in range(i, max(-1, i - 4), -1):
            s = self.sentences[j]
            found = [
                (m, a)
                for m, a in self.index.between(s.start, min(s.end, pos))
                if a.kind in kinds and (wanted is None or self.genders.get(a.id, wanted) == wanted)
            ]
            if not found:
                continue
            subjects = [(m, a) for m, a in found if self.subject_like(m, s.start)]
            if j == i:
                # In the pronoun's own sentence: its subject, else the person
                # named last before it ("official David Holmes …, saying he").
                return (subjects[0] if subjects else found[-1])[1].id
            return (subjects or found)[0][1].id
        return None

    def pronoun(self, who: Span) -> Speaker:
        word = who.of(self.text).lower()
        actor = self.resolve_pronoun(who.start, word)
        if actor is None and word in ("it", "they"):
            # "The ministry said … “…,” it said": the last unnamed source that spoke.
            earlier = self.last_speaker_before(who.start)
            if earlier is not None and (earlier.group is not None or earlier.actor is not None):
                return Speaker(earlier.actor, who, earlier.group)
        return Speaker(actor, who)

    def nominal(self, span: Span) -> Speaker:
        """A description as speaker: "the spokesman", "the 56-year-old", "the statement"."""
        phrase = span.of(self.text)
        head = phrase.split()[-1].lower()
        if head in _DOCUMENT_NOUNS:
            # "the statement said": whoever made the statement, the last speaker named.
            if self.previous is not None:
                return Speaker(self.previous, span)
            maker = self.last_speaker_before(span.start)
            if maker is not None:
                return Speaker(maker.actor, span, maker.group)
        if _AGE.search(head) or head in ROLE_NOUNS:
            # The most recent person this description fits, found among the
            # mentions of people it fits (listed once per word), not by a scan
            # of every mention before it.
            fits = self._fitting(head)
            for i in reversed(fits[: bisect.bisect_left(fits, span.start, key=self._start_of)]):
                if self.index.mentions[i].end <= span.start:
                    return Speaker(self.index.actors[i].id, span)
        return Speaker(None, span, phrase)

    def _start_of(self, i: int) -> int:
        return self.index.starts[i]

    def _fitting(self, head: str) -> list[int]:
        """The positions in the mention index of the people ``head`` describes."""
        key = "" if _AGE.search(head) else head  # an age fits every person
        fits = self._fits.get(key)
        if fits is None:
            fits = self._fits[key] = [
                i
                for i, a in enumerate(self.index.actors)
                if a.kind is ActorKind.PERSON
                and (not key or any(key in r.lower() for r in a.roles))
            ]
        return fits

    def last_speaker_before(self, pos: int) -> Speaker | None:
        """The subject of the last reporting verb in the two sentences before ``pos``."""
        # That subject may be "it" or "they", looked up the same way in turn:
        # each level reads two sentences, so an unbounded chain of "they said"
        # costs 2**n.  A few levels back is as far as a pronoun reaches.
        if self._looking_back >= _LOOK_BACK_DEPTH:
            return None
        self._looking_back += 1
        try:
            i = self.sentence_index(pos)
            for j in range(i - 1, max(-1, i - 3), -1):
                s = self.sentences[j]
                cues = find_cues(self.text, s.start, s.end)
                if cues:
                    cue = Span(start=cues[-1][0], end=cues[-1][1])
                    found = self.subject_of(cue, s.start)
                    if found is not None and (found.actor is not None or found.group is not None):
                        return found
            return None
        finally:
            self._looking_back -= 1

    def group(self, start: int, end: int) -> Speaker | None:
        trimmed = clean_group(self.text, start, end)
        if trimmed is None:
            return None
        span = Span(start=trimmed[0], end=trimmed[1])
        phrase = span.of(self.text)
        if phrase.split()[-1].lower() in _DOCUMENT_NOUNS:
            return self.nominal(span)
        return Speaker(None, span, phrase)

    # -- attribution ------------------------------------------------------------

    def attribute_blockquote(self, q: QuoteSpan) -> Attribution:
        """An unmarked blockquote: the post's own byline, or the paragraph introducing it."""
        block = self.blocks[q.block]
        byline = self.speakers_between(q.end, block.end)
        if byline:
            mention, actor = byline[0]
            return Attribution(Speaker(actor.id, mention.span), None, None)
        if q.block == 0:
            return _NONE
        prev = self.blocks[q.block - 1]
        intro = self.sentence_at(max(prev.start, prev.end - 1))
        found = self._label(intro.start, prev.end) or self._before(intro.start, prev.end)
        return found or _NONE

    def attribute(self, q: QuoteSpan) -> Attribution:
        """The speaker and cue of one quote, or ``(None, None, None)``."""
        if not q.marked:
            return self.attribute_blockquote(q)
        text = self.text
        first = self.sentence_at(q.open)
        last = self.sentence_at(max(q.open, q.close - 1))
        # Attributions stand near their quote: bounding the windows keeps the
        # work per quote constant however many quotes share a sentence.
        b0, b1 = max(first.start, q.open - _WINDOW), q.open
        a0, a1 = q.close, min(max(last.end, q.close), q.close + _WINDOW)
        if a1 <= a0 + 1 and _ENDS_ASKING.search(text[q.start : q.end]):
            # A question or exclamation ends the splitter's sentence: “… right?”
            # Sanborn said.  The attribution is the next sentence of the block.
            # (A quote ending in a full stop ends its sentence for real.)
            nxt = self.sentence_at(min(len(text) - 1, a0 + 1))
            if nxt.block == last.block and nxt.start >= a0:
                a1 = max(a1, nxt.end)
        after = text[a0:a1]
        # “…,” X said: only a quote that ends its clause is attributed after it.
        ends_clause = bool(re.search(r"[,?!—–-]$", text[q.start : q.end])) or after.lstrip()[
            :1
        ] in (",", "—")
        steps = [self._after_pronoun, self._after_inverted]
        if ends_clause:
            steps.append(self._after_subject)
        steps.append(self._per_source)
        for step in steps:
            found = step(a0, a1, after)
            if found is not None:
                return found
        # "…, said another witness, former adviser Fiona Hill": a sentence-final
        # inverted attribution outranks any verb earlier in the sentence.
        inverted = self._inverted_later(a0, a1, after)
        if inverted is not None:
            return inverted
        label = self._label(b0, b1)
        if label is not None:
            return label
        found = self._before(b0, b1)
        if found is not None:
            return found
        found = self._later(q, a0, a1, after, b0)
        if found is not None:
            return found
        owner = self.speech_noun_owner(b0, b1)
        if owner is not None:
            return Attribution(owner, None, None)
        people = [(m, a) for m, a in self.speakers_between(b0, b1) if a.kind is ActorKind.PERSON]
        if people and _fragment(text, q):
            mention, actor = people[-1]
            return Attribution(Speaker(actor.id, mention.span), None, None)
        if people and _partial(text, q, b0):
            # "Benioff introduced Cook as “…”": the subject of a sentence quoting a fragment.
            subjects = [(m, a) for m, a in people if self.subject_like(m, b0)]
            if subjects:
                mention, actor = subjects[0]
                return Attribution(Speaker(actor.id, mention.span), None, None)
        return _NONE

    def _after_pronoun(self, a0: int, a1: int, after: str) -> Attribution | None:
        m = re.match(rf"^\W{{0,3}}\s*(?P<who>he|she|they|it|we)\s+(?P<cue>{VERB})\b", after, re.I)
        if not m:
            return None
        who = Span(start=a0 + m.start("who"), end=a0 + m.end("who"))
        cue = Span(start=a0 + m.start("cue"), end=a0 + m.end("cue"))
        return Attribution(self.pronoun(who), cue.of(self.text), cue)

    def _after_inverted(self, a0: int, a1: int, after: str) -> Attribution | None:
        m = FINITE_AFTER.match(after)
        if not m:
            return None
        cue = Span(start=a0 + m.start("cue"), end=a0 + m.end("cue"))
        sp = self.first_speaker(a0 + m.end(), a1, prefer_person=True)
        return Attribution(sp, cue.of(self.text), cue) if sp else None

    def _after_subject(self, a0: int, a1: int, after: str) -> Attribution | None:
        m = _SUBJECT_THEN_CUE.match(after)
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
            r"(?i:per|according|by|for|in|on|at|to|with|from|of|and|but|as)\b", m.group("subj")
        ):
            return None  # "per CNN, suggest": not a subject
        s0, s1 = a0 + m.start("subj"), a0 + m.end("subj")
        cue = Span(start=a0 + m.start("cue"), end=a0 + m.end("cue"))
        if cue.of(self.text).lower().endswith("ing"):
            return None
        sp = self.phrase_speaker(s0, s1)
        return Attribution(sp, cue.of(self.text), cue) if sp else None

    def _per_source(self, a0: int, a1: int, after: str) -> Attribution | None:
        m = _PER_AFTER.search(after)
        if not m:
            return None
        sp = self.first_speaker(a0 + m.end(), a1, allow_outlet=False)
        if sp is None:
            return None
        cue = Span(start=a0 + m.start(), end=a0 + m.start() + len(m.group().strip()))
        return Attribution(sp, cue.of(self.text), cue)

    def _label(self, b0: int, b1: int) -> Attribution | None:
        """A name and a colon before the quote: "Putin: “We will win.”"."""
        m = re.search(r":\s*$", self.text[b0:b1])
        if m is None:
            return None
        colon = b0 + m.start()
        found = self.speakers_between(max(b0, colon - 60), colon)
        # Only a name (with its title) before the colon: nothing else of a clause.
        if (
            found
            and re.fullmatch(r"\s*", self.text[found[-1][0].end : colon])
            and re.fullmatch(r"(?:[A-Z][\w.’'&-]*\s+)*", self.text[b0 : found[-1][0].start])
        ):
            mention, actor = found[-1]
            return Attribution(Speaker(actor.id, mention.span), None, None)
        return None

    def _before(self, b0: int, b1: int) -> Attribution | None:
        for c0, c1 in reversed(find_cues(self.text, b0, b1)):
            cue = Span(start=c0, end=c1)
            word = cue.of(self.text)
            if word.lower().startswith("according"):
                sp = self.first_speaker(cue.end, b1)
            else:
                sp = self.subject_of(cue, b0)
            if sp:
                return Attribution(sp, word, cue)
        return None

    def _inverted_later(self, a0: int, a1: int, after: str) -> Attribution | None:
        inv = _INVERTED_LATER.search(after)
        if not inv:
            return None
        sp = self.first_speaker(a0 + inv.end(), a1, prefer_person=True)
        if sp is None:
            return None
        cue = Span(start=a0 + inv.start("cue"), end=a0 + inv.end("cue"))
        return Attribution(sp, cue.of(self.text), cue)

    def _later(self, q: QuoteSpan, a0: int, a1: int, after: str, b0: int) -> Attribution | None:
        for c0, c1 in find_cues(self.text, a0, a1):
            cue = Span(start=c0, end=c1)
            sp = self.subject_of(cue, a0, floor_subject=b0)
            if sp:
                return Attribution(sp, cue.of(self.text), cue)
        return None

    # -- finding the speaker in a stretch of text --------------------------------

    def phrase_speaker(self, start: int, end: int) -> Speaker | None:
        """The speaker named by a subject phrase: "Kremlin spokesman Dmitry Peskov".

        In "Morrison, Vindman's superior," the head before the apposition speaks.
        """
        comma = self.text.find(",", start, end)
        if comma > start:
            head = self.phrase_speaker(start, comma)
            if head is not None:
                return head
        phrase = self.text[start:end].strip()
        if re.fullmatch(r"(?i:he|she|it|they|we)", phrase):
            return self.pronoun(Span(start=start, end=end))
        found = self.speakers_between(start, end)
        people = [(m, a) for m, a in found if a.kind is ActorKind.PERSON]
        if people:
            return Speaker(people[-1][1].id, people[-1][0].span)
        groups = list(GROUP.finditer(self.text, start, end))
        if groups:
            return self.group(groups[-1].start("np"), groups[-1].end("np"))
        if found:
            return Speaker(found[-1][1].id, found[-1][0].span)
        nm = _NOMINAL.search(self.text, start, end)
        if nm:
            return self.nominal(Span(start=nm.start("np"), end=nm.end("np")))
        return None

    def first_speaker(
        self, start: int, end: int, *, allow_outlet: bool = True, prefer_person: bool = False
    ) -> Speaker | None:
        """The speaker named right at ``start``: "said [White House Press Secretary X]"."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        reach = min(end, start + (140 if prefer_person else 80))
        found = [
            (m, a)
            for m, a in self.speakers_between(start, reach)
            if allow_outlet or a.kind is not ActorKind.OUTLET
        ]
        # The name phrase runs while words are capitalised, roles or determiners.
        head = re.match(
            r"(?:(?:[A-Z][\w.’'&-]*|the|a|an|another|one|of|for|and|[a-z]+-[a-z-]+|"
            r"[a-z]+(?=\s+[A-Z]))\s+)*(?:[A-Z][\w.’'&-]*)?",
            text[start:reach],
        )
        head_end = start + (head.end() if head else 0)
        in_head = [(m, a) for m, a in found if m.end <= head_end]
        people = [(m, a) for m, a in in_head if a.kind is ActorKind.PERSON]
        if people:
            return Speaker(people[-1][1].id, people[-1][0].span)
        gm = GROUP.match(text, start, reach)
        if prefer_person and gm:
            # "said another witness in the probe, former adviser Fiona Hill"
            later = [(m, a) for m, a in found if a.kind is ActorKind.PERSON]
            if later and re.match(r"[^.;:]*,\s*", text[gm.end() : later[0][0].start]):
                return Speaker(later[0][1].id, later[0][0].span)
        if gm:
            return self.group(gm.start("np"), gm.end("np"))
        if in_head:
            return Speaker(in_head[-1][1].id, in_head[-1][0].span)
        pm = re.match(r"(he|she|it|they)\b", text[start:end], re.I)
        if pm:
            return self.pronoun(Span(start=start + pm.start(1), end=start + pm.end(1)))
        nm = re.match(
            r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w-]*(?=[\s,.;:]|$)", text[start:end]
        )
        if nm:
            return self.nominal(Span(start=start, end=start + nm.end()))
        return None

    def speech_noun_owner(self, start: int, end: int) -> Speaker | None:
        """ "Trump's recent statements urging … “…”": the owner of the words."""
        text = self.text
        best: Speaker | None = None
        best_at = -1
        for mention, actor in self.speakers_between(start, end):
            if not is_possessive(text, mention):
                continue
            tail = text[mention.end : min(end, mention.end + 60)]
            # "Trump's recent statements": a speech noun among the next few words.
            following = re.findall(r"\w+", re.sub(r"^['’]s?", "", tail))[:4]
            if any(w.lower() in SPEECH_NOUNS for w in following) and mention.start > best_at:
                best, best_at = Speaker(actor.id, mention.span), mention.start
        for pm in _POSSESSIVE_PRONOUN_SPEECH.finditer(text, start, end):
            if pm.start() > best_at:
                who = Span(start=pm.start("who"), end=pm.end("who"))
                word = {"his": "he", "her": "she", "its": "it", "their": "they"}[
                    who.of(text).lower()
                ]
                best, best_at = Speaker(self.resolve_pronoun(who.start, word), who), pm.start()
        return best

    def subject_of(
        self, cue: Span, floor: int, *, floor_subject: int | None = None
    ) -> Speaker | None:
        """The speaker of a reporting verb: who does the saying."""
        text = self.text
        word = cue.of(text).lower()
        low = floor_subject if floor_subject is not None else floor
        candidates = self.speakers_between(low, cue.start)
        window = text[floor : cue.start]
        if re.search(r"\b(?:who|which)\s+(?:\w+\s+){0,2}$", window) and candidates:
            # A relative clause: "Dmitry Peskov, who noted".
            mention, actor = candidates[-1]
            return Speaker(actor.id, mention.span)
        participle = word.endswith("ing")
        if participle and candidates:
            # "with Press Secretary Karoline Leavitt declaring, “…”"
            mention, actor = candidates[-1]
            if re.fullmatch(r"\s*,?\s*", text[mention.end : cue.start]):
                return Speaker(actor.id, mention.span)
        people = [
            (m, a)
            for m, a in candidates
            if a.kind is ActorKind.PERSON and self.subject_like(m, low)
        ]
        options: list[tuple[int, Speaker]] = []
        if people:
            chosen = people[0] if participle else people[-1]
            options.append((chosen[0].end, Speaker(chosen[1].id, chosen[0].span)))
        pronoun = None
        for pm in PRONOUN_SUBJECT.finditer(window):
            if pm.group("who").lower() != "it" or not re.match(
                r"\s+(?:is|was|has|had|would|will)\b", window[pm.end() :]
            ):
                pronoun = pm
        if pronoun is not None:
            who = Span(start=floor + pronoun.start("who"), end=floor + pronoun.end("who"))
            sp = self.pronoun(who)
            if sp.actor is not None or who.of(text).lower() in ("he", "she"):
                options.append((who.end, sp))
        # The cue may itself be the speech noun: "Ana Silva's warning of a “…”".
        owner = self.speech_noun_owner(low, cue.end)
        if owner is not None and owner.mention is not None:
            options.append((owner.mention.end, owner))
        if options:
            # The candidate nearest the verb is its subject.
            return max(options, key=lambda o: o[0])[1]
        if participle:
            poss = [
                (m, a)
                for m, a in candidates
                if a.kind is ActorKind.PERSON and is_possessive(text, m)
            ]
            if poss:
                return Speaker(poss[-1][1].id, poss[-1][0].span)
        # Organisations, and countries speaking as governments ("The UK has urged").
        places = [
            (m, a)
            for m, a in self.places_between(low, cue.start)
            if m.span.of(text) == a.name or m.span.of(text) in a.aliases
            if re.fullmatch(
                r"\s*(?:has|have|had|also|is|was|will|would|did|has\s+also)?\s*",
                text[m.end : cue.start],
            )
        ]
        others = [(m, a) for m, a in [*candidates, *places] if self.subject_like(m, low)]
        others.sort(key=lambda p: p[0].start)
        groups = [
            g
            for g in GROUP.finditer(text, low, cue.start)
            if not re.match(r"\s+[A-Z]", text[g.end() : g.end() + 2])
        ]
        if groups and (not others or groups[-1].start() > others[-1][0].end):
            return self.group(groups[-1].start("np"), groups[-1].end("np"))
        if others:
            return Speaker(others[-1][1].id, others[-1][0].span)
        nm = _NOMINAL.search(text, max(low, cue.start - 60), cue.start)
        if nm and not participle:
            head = nm.group("head").lower()
            if head in ROLE_NOUNS or _AGE.search(head) or head in _DOCUMENT_NOUNS:
                return self.nominal(Span(start=nm.start("np"), end=nm.end("np")))
        return None


def _partial(text: str, q: QuoteSpan, sentence_start: int) -> bool:
    """The quote continues the author's sentence rather than standing alone."""
    before = text[sentence_start : q.open].rstrip()
    return bool(before) and before[-1] not in ":,.—–-(" and not text[q.start].isupper()


def _fragment(text: str, q: QuoteSpan) -> bool:
    """A few words inside the author's sentence rather than a sentence of their own."""
    words = text[q.start : q.end].split()
    return len(words) <= 6 and not text[q.start : q.start + 1].isupper()
