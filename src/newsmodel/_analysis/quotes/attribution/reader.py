"""The readings of a speaker that call one another, declared once so each module can ask them.

A pronoun may name the speaker of an earlier verb ("it said"), whose subject may be a
description, which may name whoever made a document, whose maker may be a pronoun again:
these nine readings call one another in a circle.  Each is written in the module of its
job and always asked of the :class:`SpeakerReader` (``doc.nominal(span)``), which the
:class:`~.attributor.Attributor` is; every other reading is a plain function its callers
import, so the modules import one another one way only.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from newsmodel._analysis.quotes.attribution.document import QuoteDocument
from newsmodel._analysis.quotes.attribution.speaker import Speaker
from newsmodel._model import Span


class SpeakerReader(QuoteDocument, ABC):
    """A document that can read a speaker from a pronoun, a description, a phrase or a verb."""

    @abstractmethod
    def pronoun(self, who: Span) -> Speaker:
        """The speaker a subject pronoun names (:func:`.references.pronoun`)."""

    @abstractmethod
    def nominal(self, span: Span) -> Speaker:
        """A description as speaker (:func:`.descriptions.nominal`)."""

    @abstractmethod
    def group(self, start: int, end: int) -> Speaker | None:
        """An unnamed source's phrase as speaker (:func:`.groups.group`)."""

    @abstractmethod
    def document_maker(self, pos: int, head: str) -> Speaker | None:
        """Who made the document a definite description refers back to
        (:func:`.documents.document_maker`)."""

    @abstractmethod
    def phrase_speaker(self, start: int, end: int) -> Speaker | None:
        """The speaker named by a subject phrase (:func:`.phrases.phrase_speaker`)."""

    @abstractmethod
    def first_speaker(
        self, start: int, end: int, *, allow_outlet: bool = True, prefer_person: bool = False
    ) -> Speaker | None:
        """The speaker named right at ``start`` (:func:`.phrases.first_speaker`)."""

    @abstractmethod
    def clause_subject(self, cue: Span, floor: int) -> Speaker | None:
        """The verb's subject the clause reader finds, when it names one
        (:func:`.subjects.clause_subject`)."""

    @abstractmethod
    def subject_of(
        self, cue: Span, floor: int, *, floor_subject: int | None = None
    ) -> Speaker | None:
        """The speaker of a reporting verb (:func:`.cue_subject.subject_of`)."""

    @abstractmethod
    def last_speaker_before(self, pos: int) -> Speaker | None:
        """The subject of the last reporting verb in the two sentences before ``pos``
        (:func:`.cue_subject.last_speaker_before`)."""
