"""The :class:`Attributor`: the speaker of each quote of one document.

It reads the rules of each position in order of how reliable they are (see the
package's docstring): after the quote (:mod:`.after_quote`), before it
(:mod:`.before_quote`), then a fragment's clause (:mod:`.fragments`); and it is the
:class:`~.reader.SpeakerReader` through which those rules ask one another for speakers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsmodel._analysis.coreference import described_subjects
from newsmodel._analysis.quotes.attribution import (
    cue_subject,
    descriptions,
    documents,
    groups,
    phrases,
    references,
    subjects,
)
from newsmodel._analysis.quotes.attribution.after_quote import (
    after_inverted,
    after_pronoun,
    after_subject,
    cue_later,
    inverted_later,
    is_tag,
    per_source,
    signed,
)
from newsmodel._analysis.quotes.attribution.before_quote import (
    colon_intro,
    cue_before,
    in_words_of,
    speaker_label,
)
from newsmodel._analysis.quotes.attribution.fragments import fragment_speaker
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.speaker import NO_ATTRIBUTION, Attribution, Speaker
from newsmodel._analysis.quotes.attribution.speech_nouns import (
    SPEECH_NOUN_CLAUSE,
    inside_speaker,
    speech_noun_owner,
)
from newsmodel._analysis.quotes.marks import QuoteSpan
from newsmodel._model import Actor, ActorKind, Block, Span

_Step = Callable[[SpeakerReader, int, int, str], "Attribution | None"]
#: How far before and after a quote its attribution is looked for, in characters.
_WINDOW = 400
#: A quote ending in a question or exclamation, perhaps inside closing marks.
_ENDS_ASKING = re.compile(r"[?!—–-][’'\")\]]*$")


class Attributor(SpeakerReader):
    """Finds the speaker of each quote in one document."""

    def __init__(
        self,
        text: str,
        blocks: Sequence[Block],
        actors: Sequence[Actor],
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        super().__init__(text, blocks, actors, quoted)
        for start, end in described_subjects(text, quoted):
            linked = self.nominal(Span(start=start, end=end))
            person = self.actors.get(linked.actor or "")
            if person is not None and person.kind is ActorKind.PERSON:
                self.discourse.add(person.id, person.name, person.kind, start, end)
                self.described.add(start)

    # -- the readings that call one another (see .reader) ---------------------------

    def pronoun(self, who: Span) -> Speaker:
        return references.pronoun(self, who)

    def nominal(self, span: Span) -> Speaker:
        return descriptions.nominal(self, span)

    def group(self, start: int, end: int) -> Speaker | None:
        return groups.group(self, start, end)

    def document_maker(self, pos: int, head: str) -> Speaker | None:
        return documents.document_maker(self, pos, head)

    def phrase_speaker(self, start: int, end: int) -> Speaker | None:
        return phrases.phrase_speaker(self, start, end)

    def first_speaker(
        self, start: int, end: int, *, allow_outlet: bool = True, prefer_person: bool = False
    ) -> Speaker | None:
        return phrases.first_speaker(
            self, start, end, allow_outlet=allow_outlet, prefer_person=prefer_person
        )

    def clause_subject(self, cue: Span, floor: int) -> Speaker | None:
        return subjects.clause_subject(self, cue, floor)

    def subject_of(
        self, cue: Span, floor: int, *, floor_subject: int | None = None
    ) -> Speaker | None:
        return cue_subject.subject_of(self, cue, floor, floor_subject=floor_subject)

    def last_speaker_before(self, pos: int) -> Speaker | None:
        return cue_subject.last_speaker_before(self, pos)

    def resolve_pronoun(self, pos: int, word: str) -> str | None:
        """The actor id a pronoun at ``pos`` refers to (:func:`.references.resolve`)."""
        return references.resolve_pronoun(self, pos, word)

    # -- attribution ------------------------------------------------------------

    def attribute_blockquote(self, q: QuoteSpan) -> Attribution:
        """An unmarked blockquote: the post's own byline, or the paragraph introducing it."""
        block = self.blocks[q.block]
        byline = self.speakers_between(q.end, block.end)
        if byline:
            mention, actor = byline[0]
            return Attribution(Speaker(actor.id, mention.span), None, None, "blockquote-byline")
        if q.block == 0:
            return NO_ATTRIBUTION
        prev = self.blocks[q.block - 1]
        intro = self.sentence_at(max(prev.start, prev.end - 1))
        found = speaker_label(self, intro.start, prev.end) or cue_before(
            self, intro.start, prev.end
        )
        return found or NO_ATTRIBUTION

    def attribute(self, q: QuoteSpan) -> Attribution:
        """The speaker and cue of one quote, or ``(None, None, None)``."""
        found = self._attribute(q)
        if found.speaker is not None and found.speaker.actor is not None:
            return found._replace(speaker=references.same_surname(self, found.speaker))
        return found

    def _attribute(self, q: QuoteSpan) -> Attribution:
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
        tagged = False
        if a1 <= a0 + 1:
            # “… at all.” the doctor said. / “… at all.” says Dr X. — a short
            # clause of saying after a quote that ends in a full stop belongs
            # to it, though the splitter starts a sentence there.
            nxt = self.sentence_at(min(len(text) - 1, a0 + 1))
            if nxt.block == last.block and nxt.start >= a0 and is_tag(text[a0 : nxt.end]):
                a1, tagged = max(a1, nxt.end), True
        after = text[a0:a1]
        # Only a quote that ends a sentence of its own: "“patched” the software
        # as the company continued" is the author's clause, not a tag.
        tagged = tagged or (bool(re.search(r"[.?!…]$", text[q.start : q.end])) and is_tag(after))
        # “…,” X said: only a quote that ends its clause is attributed after it.
        ends_clause = (
            tagged
            or bool(re.search(r"[,?!—–-]$", text[q.start : q.end]))
            or after.lstrip()[:1] in (",", "—")
        )
        steps: list[tuple[str, _Step]] = [
            ("pronoun-after", after_pronoun),
            ("inverted-after", after_inverted),
        ]
        if ends_clause:
            steps.append(("subject-after", after_subject))
        steps.append(("according-to", per_source))
        steps.append(("dash-signed", signed))
        # "…, said another witness, former adviser Fiona Hill": a sentence-final
        # inverted attribution outranks any verb earlier in the sentence.
        steps.append(("inverted-later", inverted_later))
        for rule, step in steps:
            found = step(self, a0, a1, after)
            if found is not None:
                if (found.cue or "").lower().startswith(("according", "per")):
                    # "he responded, “…,” per WKXT": with a verb of saying before
                    # the quote, the source named after it only reports the words.
                    prior = cue_before(self, b0, b1)
                    if (
                        prior is not None
                        and prior.cue_span is not None
                        # Only a verb whose object the quote is ("responded, “…,” per X");
                        # "BBC News reported that X met Y for a “long” session, per a
                        # source": the source said the words the outlet reports.
                        and re.fullmatch(r"[\s,:—–-]*", text[prior.cue_span.end : q.open])
                    ):
                        return prior
                return found._replace(rule=rule)
        label = speaker_label(self, b0, b1)
        if label is not None:
            return label
        worded = in_words_of(self, b0, b1)
        if worded is not None:
            return worded
        found = cue_before(self, b0, b1)
        if found is not None and found.cue_span is not None:
            # "Patel criticised Bowen's claim that the target was “within reach”":
            # the claim's owner said the words, not who speaks of the claim.
            owner = speech_noun_owner(self, found.cue_span.end, b1)
            if (
                owner is not None
                and owner.mention is not None
                and (SPEECH_NOUN_CLAUSE.match(text, owner.mention.end, b1))
                and not inside_speaker(self, owner, found.speaker)
            ):
                return Attribution(owner, None, None, "speech-noun")
        if found is not None:
            return found
        found = cue_later(self, q, a0, a1, after, b0)
        if found is not None:
            return found._replace(rule="cue-later")
        found = colon_intro(self, b0, b1)
        if found is not None:
            return found
        owner = speech_noun_owner(self, b0, b1)
        if owner is not None:
            return Attribution(owner, None, None, "speech-noun")
        return fragment_speaker(self, q, b0, b1)
