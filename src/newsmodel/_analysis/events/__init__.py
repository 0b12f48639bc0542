"""Events: who did what to whom, where and when, and how the text frames it.

Every event has one of the PLOVER manual's 16 types and, where the words
say, one of its modes.  Trigger words come from a vocabulary derived from
PETRARCH2's CAMEO verb dictionary and the PLOVER manual's keywords (see
:mod:`.vocabulary`): a verb codes a type alone ("attacked": ASSAULT) or
through its object ("suspended aid": SANCTION); a noun codes one
("sanctions", "talks", "airstrike").

- A verb that governs an event noun or an infinitive decides one event:
  "suspended aid" is SANCTION, not AID; "refused to meet" is REJECT (mode
  meet); "vowed to attack" is THREATEN.  A verb that codes nothing alone
  ("held talks", "failed to reach agreement") leaves the noun's event.
- Words before the trigger set the auxiliary mode, recorded and never used
  to drop an event: "did not meet" is negation, "could meet" hypothetical,
  "will meet" future; an event dated two years or more before the
  publication date is historical.  As the manual asks, a future meeting,
  support, cooperation or aid is coded AGREE, and a future retreat CONCEDE.
- Precision: a verbal or metaphorical attack ("an attack on the bill",
  "attacked the bank for raising rates") is ACCUSE, a cyber attack COERCE;
  a capitalised trigger inside a name ("Federal Election Commission",
  "Amnesty International") is no event, nor is a verb's form used as a
  noun ("a sign that").  Sense checks read the trigger's arguments: a thing or a force
  as the subject acts in no event ("inflation eased", "winds whipped the
  coast"), "meet" needs people to meet, a warning about things is a
  forecast.  What a verbal event is about is its content, not an event of
  its own ("condemned the demolition of homes", "threatened to X unless
  Y"), and a protest's demand is its topic.
- The trigger's clause gives the actors (subject; a noun's possessor, actor
  modifiers, "between X and Y"), the recipients (objects, "sanctions on
  X"), the place and the date (see :mod:`.clause`).  A subject or object
  that names no actor but a group ("protesters", "riot police", "the
  junta") becomes a group actor.  The same event mentioned twice is
  reported once, with every mention.

The modules, in the order the work runs: :mod:`.vocabulary` (trigger words,
types, modes, patterns); :mod:`.triggers`, the trigger finder, which reads a
word's use in place (:mod:`.word_use`), the contexts that rule it out
(:mod:`.contexts`), the type its context gives it (:mod:`.refine`) and who can
act (:mod:`.agents`); the passes over its hits (:mod:`.govern`,
:mod:`.content`, :mod:`.background`, :mod:`.relatives`; the hit itself is in
:mod:`.hits`); then :mod:`.assembly`, which reads each hit's clause
(:mod:`.clause`) and framing (:mod:`.framing`), and :mod:`.merge`.

``modality`` is kept beside ``auxiliary`` for earlier readers: asserted,
negated, hypothetical, proposed or future.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel._analysis.events.assembly import events_and_actors
from newsmodel._analysis.events.vocabulary import PLOVER_TYPES
from newsmodel._model import Actor, Block, DateMention, DateValue, Event, Quote

__all__ = ["PLOVER_TYPES", "find_events", "find_events_and_actors"]


def find_events(
    text: str,
    blocks: Sequence[Block],
    actors: Sequence[Actor],
    dates: Sequence[DateMention],
    quotes: Sequence[Quote] = (),
    reference: DateValue | None = None,
) -> list[Event]:
    """The events ``text`` reports outside quotes, merged when mentioned twice.

    Only the given actors take part; :func:`find_events_and_actors` also
    makes group actors of unnamed collective actors ("protesters").
    """
    return events_and_actors(text, blocks, actors, dates, quotes, reference, groups=False)[0]


def find_events_and_actors(
    text: str,
    blocks: Sequence[Block],
    actors: Sequence[Actor],
    dates: Sequence[DateMention],
    quotes: Sequence[Quote] = (),
    reference: DateValue | None = None,
) -> tuple[list[Event], list[Actor]]:
    """The events ``text`` reports, and the actors with a group actor added for each
    unnamed collective actor of an event ("protesters", "riot police", "the junta")."""
    return events_and_actors(text, blocks, actors, dates, quotes, reference, groups=True)
