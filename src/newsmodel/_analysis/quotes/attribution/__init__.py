"""Who said a quote: the reporting verb (the cue) and its subject.

The attribution of one quote is read from its sentence, in order of how
reliable each construction is:

1. ``“…,” he said`` — a pronoun and a verb right after the quote;
2. ``“…,” said Peskov`` / ``“…,” explains Dr. X`` — an inverted verb;
3. ``“…,” Kremlin spokesman Peskov said`` — a subject phrase, then the verb;
4. ``“long” session, per a source`` — "per" or "according to" naming a source;
   ``“…” — Dana Whitfield, owner of …`` — a name signing the quote;
5. ``X said / declaring / described it as “…”`` — the last cue before the
   quote and its subject, read by the clause reader (:mod:`...clause`) past
   time phrases, appositives and relative clauses, then a relative "who",
   the name right before a participle, the nearest subject-like mention, a
   pronoun, the owner of a speech noun ("Trump's statements urging"), an
   unnamed source;
6. ``“…” fragment …, he warned`` / ``…, said another witness, X`` — a cue
   later in the sentence; ``described by X: “…”`` — a colon introduction;
7. no cue: the owner of a speech noun, or the subject of the clause quoting
   a short fragment.

Pronouns resolve in nearby sentences, then against the discourse state
(:mod:`...coreference`); descriptions ("the doctor", "the company") link to
the named actor they describe; a bare surname two people share goes to the
one named last without doubt.  Each result names its rule (docs/model.md).

The engine (:mod:`..engine`) then applies what spans sentences: the previous
speaker keeps talking, the current speaker of a passage keeps cue-less
quotes, a quoted heading takes the speaker of the same words quoted later.

The package, by job (each module imports only those listed before it):

- :mod:`.speaker` — the result: :class:`Speaker` and :class:`Attribution`;
- :mod:`.vocabulary`, :mod:`.roles` — what words name, and whether a description
  fits a person's roles; :mod:`.passive` — the passive of telling;
- :mod:`.document` — the document's sentences, mentions and discourse, and positions;
- :mod:`.reader` — the nine readings that call one another in a circle;
- :mod:`.references` — pronouns and shared surnames;
- :mod:`.relations` — people of a person's ("friends of X", "an aide to X");
- :mod:`.groups` — unnamed and vague speakers ("a senior official", "one of them");
- :mod:`.speech_nouns` — the owner of words named by a noun ("Trump's statements");
- :mod:`.documents` — documents as speakers ("the statement said");
- :mod:`.descriptions` — definite descriptions ("the spokesman", "the latter");
- :mod:`.phrases` — a subject phrase, or the phrase after an inverted verb;
- :mod:`.subjects` — the subject the clause reader finds before a verb;
- :mod:`.cue_subject` — who does the saying of one reporting verb;
- :mod:`.after_quote`, :mod:`.before_quote`, :mod:`.fragments` — the rules of each
  position around a quote;
- :mod:`.attributor` — the :class:`Attributor`, which applies them in order.
"""

from newsmodel._analysis.quotes.attribution.attributor import Attributor
from newsmodel._analysis.quotes.attribution.speaker import Attribution, Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import description_head

__all__ = ["Attribution", "Attributor", "Speaker", "description_head"]
