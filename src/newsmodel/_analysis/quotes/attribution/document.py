"""The document as the attribution reads it: its sentences, the mentions of
its actors outside quoted words, the discourse state (people the actor stage missed,
unnamed people), and questions of position ("is this inside quoted words?", "which
sentence holds this?", "is this mention a subject?").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsmodel._analysis.coreference import Discourse, latent_people, unnamed_people
from newsmodel._analysis.quotes.cues import REPORTING_VERBS
from newsmodel._analysis.quotes.gender import gender_hints
from newsmodel._analysis.quotes.mentions import MentionIndex, can_speak, is_subject_like
from newsmodel._analysis.text import Sentence, sentences
from newsmodel._model import Actor, ActorKind, Block, Mention

#: How far back a description or a surname looks for whom it names, in characters;
#: bounded so that the work per quote does not grow with the article.
REACH = 8000

#: "according to" right before a mention, which makes it the source.
_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)

#: A capitalised title opening a sentence, prepositions and all: "Leader of the Opposition ".
_TITLE_OPENING = re.compile(
    r"[\s“”\"]*(?:[A-Z][\w.’'-]*\s+(?:(?:[A-Z][\w.’'-]*|of|for|and|the)\s+)*)?"
)


def is_latent(key: str) -> bool:
    """A discourse key of a named person the actor stage missed ("~Lena").

    Not an unnamed person ("~~" keys: "one woman"), who speaks as a description.
    """
    return key.startswith("~") and not key.startswith("~~")


class QuoteDocument:
    """One document's text, sentences, mentions and discourse, as the readings ask of them."""

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
        self.quoted = sorted(quoted)
        self._mention_starts: dict[str, list[int]] = {}
        #: surname → the people who share it ("Clinton" → Hillary and Bill)
        surnames: dict[str, set[str]] = {}
        for a in actors:
            if a.kind is ActorKind.PERSON and len(a.name.split()) > 1:
                surnames.setdefault(a.name.split()[-1], set()).add(a.id)
        self.namesakes = {k: v for k, v in surnames.items() if len(v) > 1}
        self.quoted_starts = [a for a, _ in self.quoted]
        #: Positions of pronouns that two coordinated people could both be.
        self.ambiguous: set[int] = set()
        self.sentences = sentences(text, blocks)
        self.sent_starts = [s.start for s in self.sentences]
        #: the speaker of the previous quote, for "it" and "the statement"
        self.previous: str | None = None
        self.genders = gender_hints(text, self.sentences, self.index)
        latent = latent_people(
            text, [m for a in actors for m in a.mentions], quoted, cues=REPORTING_VERBS
        )
        pairs = list(zip(self.index.mentions, self.index.actors, strict=True))
        self.discourse = Discourse(text, pairs, self.genders, latent)
        #: unnamed people introduced as subjects ("A senior official at X, who …, said")
        self.unnamed: list[tuple[int, int]] = []
        for start, end, gender in unnamed_people(text, quoted):
            # "~~" keys: an unnamed person, a new referent at each description.
            phrase = text[start:end]
            self.discourse.add(f"~~{start}", phrase, ActorKind.PERSON, start, end, gender)
            self.unnamed.append((start, end))
        self.unnamed_ends = [end for _start, end in self.unnamed]
        self.looking_back = 0  #: nested last_speaker_before calls under way
        #: starts of descriptions linked to a named person ("The judge" → Helen Park),
        #: filled by the Attributor, which reads the descriptions
        self.described: set[int] = set()

    def mentions_in(self, actor: Actor, start: int, end: int) -> list[Mention]:
        """The mentions of ``actor`` starting in ``[start, end)``, found by bisection."""
        starts = self._mention_starts.get(actor.id)
        if starts is None or len(starts) != len(actor.mentions):
            starts = self._mention_starts[actor.id] = [m.start for m in actor.mentions]
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return list(actor.mentions[lo:hi])

    def quoted_at(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quoted words (never a speaker's place)."""
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def sentence_index(self, pos: int) -> int:
        """The index in :attr:`sentences` of the sentence holding ``pos``: the last one
        starting at or before it (the first sentence for a position before any)."""
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding ``pos`` (see :meth:`sentence_index`)."""
        return self.sentences[self.sentence_index(pos)]

    def speakers_between(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        """The mentions, outside quoted words, lying wholly inside ``[start, end)`` of
        actors that can speak (people, organisations, outlets, groups; no place), in order."""
        return [(m, a) for m, a in self.index.between(start, end) if can_speak(a)]

    def places_between(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        """The mentions of places, outside quoted words, lying wholly inside
        ``[start, end)``, in order."""
        return [(m, a) for m, a in self.index.between(start, end) if a.kind is ActorKind.PLACE]

    def subject_like(self, mention: Mention, floor: int) -> bool:
        """Whether ``mention`` stands where its clause's subject stands, looking back no
        further than ``floor``: opening its sentence, perhaps after a capitalised title
        ("Leader of the Opposition X"), right after "according to", or where
        :func:`~newsmodel._analysis.quotes.mentions.is_subject_like` finds a subject's
        place; never in brackets ("BEIJING (Reuters) -": a dateline's outlet)."""
        if self.text[mention.start - 1 : mention.start] == "(" and (
            self.text[mention.end : mention.end + 1] == ")"
        ):
            return False  # "BEIJING (Reuters) -": a dateline's outlet, in brackets
        if _TITLE_OPENING.fullmatch(
            self.text, self.sentence_at(mention.start).start, mention.start
        ):
            return True  # "Leader of the Opposition X rejected": the title is no preposition
        before = self.text[max(floor, mention.start - 40) : mention.start]
        return bool(_ACCORDING.search(before)) or is_subject_like(self.text, mention, floor)
