"""The quote stage: detection, attribution, and what spans sentences."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

import attrs

from newsmodel._analysis.clause import leading_subject, subject_before
from newsmodel._analysis.lexicon import COMMON_WORDS, data_alternation, data_section, fold
from newsmodel._analysis.quotes.attribution import (
    Attribution,
    Attributor,
    Speaker,
    description_head,
)
from newsmodel._analysis.quotes.cues import REPORTING_VERBS, VERB, find_cues
from newsmodel._analysis.quotes.joint import joint_speaker, team_described
from newsmodel._analysis.quotes.marks import QuoteSpan, find_quote_spans, in_double_marks
from newsmodel._analysis.text import Sentence, caseless, fold_case, with_mentions
from newsmodel._model import (
    Actor,
    ActorKind,
    Block,
    DateMention,
    DateValue,
    Mention,
    MentionKind,
    Precision,
    Quote,
    Span,
)
from newsmodel._model import Attribution as QuoteAttribution

__all__ = ["attribute_quotes"]


#: Platforms where words are posted; they publish, they do not report.
_PLATFORMS = frozenset(data_section("attribution_cues.txt", "platforms"))


class _Groups:
    """Unnamed sources, one actor per distinct description."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        self.ids: dict[str, int] = {}
        # A group's later mentions, by start (the first one at a start wins): the
        # actor is rebuilt once at the end, not every time the group speaks again.
        self.later: dict[int, dict[int, Mention]] = {}

    def actor_for(self, speaker: Speaker) -> str:
        assert speaker.group is not None
        key = fold(re.sub(r"^(?:a|an|the|some|one|another)\s+", "", speaker.group, flags=re.I))
        mention = speaker.mention
        if key not in self.ids and re.match(r"(?i:the)\s+\S+$", speaker.group):
            # "the source" after "a guard inside the Harlow prison" spoke: the one
            # group so far whose head noun it is.
            headed = [k for k in self.ids if description_head(k) == key]
            if len(headed) == 1:
                key = headed[0]
        if key not in self.ids:
            self.ids[key] = len(self.actors)
            self.actors.append(
                Actor(
                    id=f"g{len(self.ids)}",
                    name=speaker.group,
                    kind=speaker.kind,
                    mentions=[Mention(start=mention.start, end=mention.end, kind=_kind_of(speaker))]
                    if mention
                    else [],
                    consists_of=speaker.members,
                )
            )
        elif mention is not None:
            i = self.ids[key]
            extra = Mention(start=mention.start, end=mention.end, kind=_kind_of(speaker))
            self.later.setdefault(i, {}).setdefault(mention.start, extra)
        return self.actors[self.ids[key]].id

    def finish(self) -> None:
        """Give each group that spoke again all its mentions, sorted."""
        for i, later in self.later.items():
            self.actors[i] = with_mentions(self.actors[i], later.values())
        self.later = {}


#: What may stand between a cue and the person it addresses: "told Sen. Hale".
_TO_ADDRESSEE = re.compile(r"\s+(?:to\s+)?(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][a-z]+)\s+)*")


def _addresses_a_member(text: str, a: Attribution, att: Attributor) -> bool:
    """Whether the cue's object is a member of the group said to speak."""
    if a.speaker is None or a.speaker.actor is None or a.cue_span is None:
        return False
    group = att.actors.get(a.speaker.actor)
    if group is None or not group.consists_of:
        return False
    gap = _TO_ADDRESSEE.match(text, a.cue_span.end)
    reach = gap.end() if gap is not None else a.cue_span.end
    return any(
        actor.id in group.consists_of and mention.start <= reach
        for mention, actor in att.index.between(a.cue_span.end, a.cue_span.end + 60)
    )


def _kind_of(speaker: Speaker) -> MentionKind:
    """How a created actor's mention refers to it: a first name, a pronoun or a description."""
    if speaker.kind is ActorKind.PERSON:
        return MentionKind.NAME if speaker.antecedent is None else MentionKind.PRONOUN
    return MentionKind.NOMINAL


class _FirstNamePeople:
    """People the actor stage missed ("Lena*, 29,", "says Dr Ana Ruiz"), created when they speak."""

    def __init__(self, actors: list[Actor], spans: dict[str, list[tuple[int, int]]]) -> None:
        self.actors = actors
        self.spans = spans
        self.ids: dict[str, str] = {}

    def actor_for(self, name: str) -> str:
        if name not in self.ids:
            self.ids[name] = f"f{len(self.ids) + 1}"
            self.actors.append(
                Actor(
                    id=self.ids[name],
                    name=name,
                    kind=ActorKind.PERSON,
                    mentions=[
                        Mention(start=s, end=e, kind=MentionKind.NAME)
                        for s, e in self.spans.get(name, ())
                    ],
                )
            )
        return self.ids[name]


def attribute_quotes(
    text: str,
    blocks: Sequence[Block],
    actors: Sequence[Actor],
    dates: Sequence[DateMention],
) -> tuple[list[Quote], list[Actor]]:
    """Find the quotes of ``text`` and their speakers.

    Returns the quotes and the actor list, extended with the unnamed sources
    ("a senior official", "analysts") that speak.
    """
    original = text
    # An article that quotes in single marks is read with double ones (same offsets).
    text = in_double_marks(text, blocks)
    spans = find_quote_spans(text, blocks)
    if not spans:
        return [], list(actors)  # nothing to attribute: skip reading the text for speakers
    quoted = [(q.start, q.end) for q in spans]
    att = Attributor(text, blocks, actors, quoted=quoted)
    days = _DaysIndex(dates, quoted)
    all_actors = list(actors)
    groups = _Groups(all_actors)
    known = len(all_actors)
    found: list[tuple[QuoteSpan, Sentence, Attribution]] = []
    previous: tuple[QuoteSpan, Attribution] | None = None
    last_said: tuple[QuoteSpan, Attribution] | None = None
    people = _FirstNamePeople(all_actors, att.discourse.latent)
    for q in spans:
        sentence = att.sentence_at(q.open)
        a = att.attribute(q)
        if a.speaker is None:
            a = _named_next(text, q, att) or a
        if a.speaker is None and len(found) >= 2:
            a = _turn_taken(text, q, found[-2], found[-1], att) or a
        if a.speaker is None and previous is not None and previous[1].speaker is not None:
            a = _continued(text, q, previous, sentence, att) or a
        if a.speaker is None:
            a = _from_preceding_sentence(q, att, blocks) or a
        unresolved_they = (
            a.speaker is not None
            and a.speaker.mention is not None
            and (
                a.speaker.mention.of(text).lower() in ("they", "it")
                # ("X and Y both spoke. “…,” she said": either could be "she".)
                or a.speaker.mention.start in att.ambiguous
            )
        )
        if not unresolved_they and (
            a.speaker is None or (a.speaker.actor is None and a.speaker.group is None)
        ):
            # ("“…,” they said" with no group or organisation to stand for: not
            # the current speaker, whom "they" or "it" cannot name.)
            a = (
                _current_speaker(text, q, last_said, att)
                or _introduced_speaker(text, q, att)
                or _narrated_subject(text, q, att)
                or a
            )
        if a.speaker is not None and _addresses_a_member(text, a, att):
            # "“…,” they told Hale": a group with Hale in it is not who told him.
            # (The cue still reads the words as speech: a short quote stays.)
            a = a._replace(speaker=None)
        if a.speaker is not None and a.speaker.mention is not None:
            # "“…,” the researchers said" after "Ana Ruiz and colleagues" spoke: that group.
            team = team_described(
                text, a.speaker, q.open, att.discourse.speakers, att.actors, att.index
            )
            if team is not None:
                a = a._replace(speaker=team)
        if a.speaker is not None and a.speaker.mention is not None and a.rule != "continuation":
            around = att.sentence_at(a.speaker.mention.start)
            joint = joint_speaker(text, a.speaker, a.cue_span, att.index, around.start, around.end)
            if joint is not None:
                a = a._replace(speaker=joint)
        if a.speaker is not None and a.speaker.group is not None:
            sp = a.speaker
            if sp.kind is ActorKind.PERSON and sp.group is not None:
                gid = people.actor_for(sp.group)
                att.discourse.created(gid, f"~{sp.group}")
            else:
                gid = groups.actor_for(sp)
                if sp.mention is not None and att.discourse.entity(gid) is None:
                    # "they" may refer back to an unnamed source that spoke.
                    att.discourse.add(
                        gid, sp.group or "", ActorKind.GROUP, sp.mention.start, sp.mention.end
                    )
            a = a._replace(speaker=Speaker(gid, sp.mention, antecedent=sp.antecedent))
        if a.speaker is not None and a.speaker.actor is not None:
            mention = a.speaker.antecedent or a.speaker.mention
            if mention is not None:
                key = att.discourse.key_of(a.speaker.actor)
                att.discourse.said(q.close, key, mention.start, mention.end)
        if a.speaker is not None and a.speaker.actor is not None:
            last_said = (q, a)
        if a.speaker is not None:
            att.previous = a.speaker.actor
            # Only a new group adds an actor: add the new ones, do not rebuild the map.
            att.actors.update((x.id, x) for x in all_actors[known:])
            known = len(all_actors)
        found.append((q, sentence, a))
        previous = (q, a)
    groups.finish()
    found = _headings_take_later_speakers(text, _chains_take_their_signature(text, found))
    things = _coordinated_things(text, [q for q, _s, _a in found])
    quotes = []
    for n, (q, sentence, a) in enumerate(found, start=1):
        speaker = a.speaker.actor if a.speaker else None
        words = text[q.start : q.end]
        short = len(words.split()) <= 4
        # ("Ask me next year." standing as its own sentence is speech, not a term.)
        sentence_of_its_own = (
            words[:1].isupper()
            and words.rstrip("”\"’' ").endswith(("?", "!", "."))
            and not text[sentence.start : q.open].strip()
        )
        if short and a.rule not in _READ_RULES and not sentence_of_its_own:
            # A scare quote, a title or a term: a few words are somebody's only
            # when the sentence attributes them, never by inference from the
            # passage around them.
            continue
        if n - 1 in things:
            continue
        said_on, said_on_span = _said_on(q, sentence, a, days)
        why = None
        if speaker is not None and a.speaker is not None:
            antecedent = a.speaker.antecedent
            if antecedent == a.speaker.mention:
                antecedent = None
            why = QuoteAttribution(rule=a.rule or "unknown", antecedent=antecedent)
        quotes.append(
            Quote(
                id=f"q{n}",
                text=original[q.start : q.end],
                start=q.start,
                end=q.end,
                speaker=speaker,
                speaker_mention=a.speaker.mention if a.speaker else None,
                cue=a.cue,
                cue_span=a.cue_span,
                said_on=said_on,
                said_on_span=said_on_span,
                reported_by=_reported_by(att, sentence, speaker, q),
                partial=_is_partial(text, q, sentence),
                continues=q.continues,
                attribution=why,
            )
        )
    return quotes, _with_speaker_mentions(text, all_actors, quotes)


def _with_speaker_mentions(text: str, actors: list[Actor], quotes: list[Quote]) -> list[Actor]:
    """Record each resolved "he" or "the spokesman" as a mention of the actor meant."""
    extra: dict[str, list[Mention]] = {}
    for q in quotes:
        span = q.speaker_mention
        if q.speaker is None or span is None:
            continue
        word = span.of(text).lower()
        kind = (
            MentionKind.PRONOUN
            if word in ("he", "she", "it", "they", "we", "his", "her", "its", "their")
            else MentionKind.NOMINAL
        )
        extra.setdefault(q.speaker, []).append(Mention(start=span.start, end=span.end, kind=kind))
    out = []
    for a in actors:
        if a.id not in extra:
            out.append(a)  # most actors: no speaker mention to add
            continue
        # Mentions are sorted and disjoint: an overlap test is a bisection.
        starts = [x.start for x in a.mentions]

        def free(m: Mention, a: Actor = a, starts: list[int] = starts) -> bool:
            i = bisect.bisect_left(starts, m.end)
            return not (i and a.mentions[i - 1].end > m.start)

        add = [m for m in extra.get(a.id, ()) if free(m)]
        if add:
            unique = {(m.start, m.end): m for m in [*a.mentions, *add]}
            a = attrs.evolve(a, mentions=sorted(unique.values(), key=lambda m: m.start))
        out.append(a)
    return out


_PRONOUN_CUE = re.compile(r"\b(he|she|they|it)\s+\w*\s*(?:" + VERB + r")\b", re.IGNORECASE)


def _turn_taken(
    text: str,
    q: QuoteSpan,
    asked: tuple[QuoteSpan, Sentence, Attribution],
    answered: tuple[QuoteSpan, Sentence, Attribution],
    att: Attributor,
) -> Attribution | None:
    """A cue-less question right after a question and its answer, each a paragraph of
    its own: the asker's turn again ("“Will you sign it?” Varga asked. / “We will see,”
    Quist said. / “And if the council votes no?”")."""
    aq, _as, aa = asked
    bq, _bs, ba = answered
    if q.continues or aa.speaker is None or ba.speaker is None or aa.speaker.actor is None:
        return None
    if aa.speaker.actor == ba.speaker.actor or not text[aq.start : aq.end].rstrip().endswith("?"):
        return None
    if not text[q.start : q.end].rstrip().endswith("?"):
        # (a statement after the answer is most often the answerer going on:
        # "“No,” Bell said. / “I learned of it from the papers.”")
        return None
    blocks = att.blocks
    if not (aq.block + 1 == bq.block and bq.block + 1 == q.block):
        return None
    for quote in (aq, bq, q):
        if text[blocks[quote.block].start : quote.open].strip():
            return None  # each turn opens its own paragraph
    if find_cues(text, q.close, blocks[q.block].end) or att.speakers_between(
        q.close, blocks[q.block].end
    ):
        return None
    sp = aa.speaker
    return Attribution(
        Speaker(sp.actor, sp.mention, None, sp.antecedent or sp.mention),
        None,
        None,
        "turn-taking",
    )


def _continued(
    text: str,
    q: QuoteSpan,
    previous: tuple[QuoteSpan, Attribution],
    sentence: Sentence,
    att: Attributor,
) -> Attribution | None:
    """An unattributed quote right after an attributed one keeps its speaker."""
    pq, pa = previous
    same_sentence = att.sentence_at(pq.open).start == sentence.start
    # Skip the previous quote's own attribution ("…," Volker said.) when looking
    # for another speaker's cue between the two quotes.
    free = pq.close
    for span in (pa.cue_span, pa.speaker.mention if pa.speaker else None):
        if span is not None and pq.close <= span.start < q.open:
            free = max(free, span.end)
    between = text[free : q.open]
    # Lines between the two (an embedded post's byline, a caption) do not
    # interrupt a speaker as long as they attribute nothing themselves.
    short_gap = (
        all(len(text[b.start : b.end]) < 120 for b in att.blocks[pq.block + 1 : q.block])
        and q.block - pq.block <= 4
    )
    near = q.block - pq.block <= 1 or (short_gap and pq.close >= att.blocks[pq.block].end - 1)
    # At most the rest of the previous quote's sentence lies between them...
    sentences_between = att.sentence_index(q.open) - att.sentence_index(max(free - 1, pq.open))
    # ...and nobody else is given words there: no other name or pronoun before a reporting verb.
    previous_id = pa.speaker.actor if pa.speaker else None
    someone_else = any(
        att.resolve_pronoun(free + m.start(1), m.group(1)) != previous_id
        for m in _PRONOUN_CUE.finditer(between)
    ) or any(a.id != previous_id for _m, a in att.speakers_between(free, q.open))
    # A new sentence whose own subject is someone else ("The club canceled
    # its gala “…”") narrates that subject, whoever spoke before.
    other_subject = any(
        a.id != previous_id and att.subject_like(m, sentence.start)
        for m, a in att.speakers_between(max(free, sentence.start), q.open)
    ) or _unread_subject(text, max(free, sentence.start), q.open)
    adjacent = (
        near
        and not other_subject
        and sentences_between <= 1
        and not (someone_else and find_cues(text, free, q.open))
        and (q.block == pq.block or text[att.blocks[q.block].start : q.open].strip() == "")
    )
    if (same_sentence or q.continues or adjacent) and pa.speaker is not None:
        speaker = pa.speaker
        return Attribution(
            Speaker(
                speaker.actor,
                speaker.mention,
                speaker.group,
                speaker.antecedent or speaker.mention,
                speaker.kind,
            ),
            pa.cue if q.continues else None,
            None,
            "continuation",
        )
    return None


def _unread_subject(text: str, start: int, end: int) -> bool:
    """A verb of saying in ``text[start:end]`` whose subject is a phrase, not a pronoun.

    "His deputy said the tax was “a mistake”": when no rule could name that
    subject, the quote is still someone else's words, not the last speaker's.
    """
    cues = find_cues(text, start, end)
    if not cues:
        return False
    found = subject_before(text, cues[0][0], start)
    return found is not None and not _PRONOUN.fullmatch(text[found[0] : found[1]])


_PRONOUN = re.compile(r"(?i:he|she|they|it|we|i|you)")
#: Words of a speaker about themselves: a quote in the first person.
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|ll)|[Oo]ur|us)\b"
)
#: Words to someone: "you", "your".
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]ou['’](?:re|ve|ll|d)|[Yy]our)\b")
#: A sentence of a subject and one intransitive past verb: "Oakes bristled."
_BARE_REACTION = re.compile(
    r"\s*(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|[Hh]e|[Ss]he)\s+[a-z]+ed(?:\s+\w+ly)?[.!]\s*"
)
_HE_SHE = re.compile(r"\b(he|she|He|She)\b")
_TAG_HE_SHE = re.compile(r"[^\w\n]{0,3}\s*(he|she)\b", re.IGNORECASE)
#: How far a cue-less quote may stand from the current speaker's last quote.
_SPEAKER_REACH = 700


def _current_speaker(
    text: str, q: QuoteSpan, last: tuple[QuoteSpan, Attribution] | None, att: Attributor
) -> Attribution | None:
    """A cue-less quote keeps the passage's current speaker unless the text says otherwise.

    The current speaker is the speaker of the last attributed quote, at most
    a paragraph or two back.  Anyone else the text names in between, or a
    "he"/"she" that cannot be them, ends their turn.  Fragments and titles
    (fewer than three words, or lower-case) never take a speaker this way.
    """
    if last is None or q.continues:
        return None
    lq, la = last
    sp = la.speaker
    if sp is None or sp.actor is None:
        return None
    words = text[q.start : q.end].split()
    if len(words) < 3 or not text[q.start : q.start + 1].isupper():
        return None
    if q.open - lq.close > _SPEAKER_REACH or q.block - lq.block > 2:
        return None
    speaker_key = att.discourse.key_of(sp.actor)
    for _s, _e, entity in att.discourse.between(lq.close, q.open):
        if entity.key != speaker_key and entity.kind is ActorKind.PERSON:
            return None
    gender = att.discourse.gender_of(speaker_key)
    # Between the two quotes, and in the quote's own tag ("“…,” he said").
    own = _TAG_HE_SHE.match(text, q.close)
    for m in [*_HE_SHE.finditer(text, lq.close, q.open), *([own] if own else [])]:
        if gender and {"he": "m", "she": "f"}[m.group(1).lower()] != gender:
            return None
    if find_cues(text, _after_attribution(lq, la), q.open) and not gender:
        return None  # a verb of saying whose subject we cannot check
    if _OWN_TAG.match(text, q.close):
        # "“…,” the tweet was captioned.": the quote has a tag of its own that
        # names no one we know; it is not the passage's current speaker's.
        return None
    return Attribution(
        Speaker(sp.actor, sp.mention, None, sp.antecedent or sp.mention),
        None,
        None,
        "current-speaker",
    )


# A tag of a quote's own that opens with a description and a verb: "[,”] the tweet
# was captioned", "[,”] the caption read".
_OWN_TAG = re.compile(
    r"[,”\"]*\s*(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:was\s+|were\s+|is\s+)?[a-z]+(?:ed|s|ead)\s*[.,]"
)


# What opens a reporting verb's reported clause: " that", " Osgood once", ":".
_COMPLEMENT_OPENS = re.compile(r"\s+(?:that\b|how\b|why\b|whether\b)")


def _named_next(text: str, q: QuoteSpan, att: Attributor) -> Attribution | None:
    """A quote opening its paragraph, then a sentence whose subject is a person
    named and saying: "“We will be in court.” Fenn, whose group …, said she …".

    News puts a new speaker's name right after a quote that opens a paragraph;
    that person, not the last paragraph's speaker, said it.
    """
    if q.continues or not q.marked:
        return None
    block = att.blocks[q.block]
    if text[block.start : q.open].strip() or not text[q.start : q.end].endswith((".", "!", "?")):
        return None
    i = att.sentence_index(q.close)
    if i + 1 >= len(att.sentences):
        return None
    nxt = att.sentences[i + 1]
    if nxt.block != q.block or text[q.close : nxt.start].strip():
        return None
    lead = leading_subject(text, nxt.start, nxt.end)
    if lead is None:
        return None
    named = [
        (m, a)
        for m, a in att.speakers_between(lead[0], lead[1])
        if a.kind is ActorKind.PERSON and m.start == lead[0]
    ]
    if not named:
        return None
    for c0, c1 in find_cues(text, lead[1], nxt.end):
        cue = Span(start=c0, end=c1)
        sp = att.subject_of(cue, nxt.start)
        if sp is not None and sp.actor == named[0][1].id:
            return Attribution(sp, cue.of(text), cue, "next-sentence")
        break
    return None


def _introduced_speaker(text: str, q: QuoteSpan, att: Attributor) -> Attribution | None:
    """A cue-less quote after sentences introducing a speaker: "…, explains Dr Ana Ruiz. …“…”".

    The subject of the last reporting verb in the quote's paragraph or the one
    before (up to four sentences back, no quote between), when it is a person
    and nobody else is named between that verb and the quote.
    """
    if q.continues:
        return None
    words = text[q.start : q.end].split()
    if len(words) < 3 or not text[q.start : q.start + 1].isupper():
        return None
    i = att.sentence_index(q.open)
    for j in range(i, max(-1, i - 5), -1):
        sent = att.sentences[j]
        if sent.block < q.block - 1:
            return None
        stop = min(sent.end, q.open)
        if j != i and re.search(r"[“”\"]", text[sent.start : stop]):
            return None
        if j != i and _BARE_REACTION.fullmatch(text, sent.start, sent.end):
            return None  # "Oakes bristled.": someone else acts between, named or not
        found = find_cues(text, sent.start, stop)
        for n in range(len(found) - 1, -1, -1):
            c0, c1 = found[n]
            if n > 0 and _COMPLEMENT_OPENS.match(text, found[0][1]):
                # "He adds that Osgood once called him to tell him …": a verb
                # inside another's report is reported, not introducing a speaker.
                continue
            cue = Span(start=c0, end=c1)
            sp: Speaker | None = None
            if re.search(r",\s*$", text[sent.start : c0]):
                sp = att.first_speaker(c1, stop, prefer_person=True)  # ", explains Dr X."
            if sp is None or sp.actor is None:
                sp = att.subject_of(cue, sent.start)
            if sp is None or sp.actor is None:
                continue
            entity = att.discourse.entity(att.discourse.key_of(sp.actor))
            if entity is None or entity.kind is not ActorKind.PERSON:
                return None
            # (Names inside the verb's own report do not interrupt: "He adds
            # that Osgood once called him.")
            check_from = min(sent.end, q.open) if _COMPLEMENT_OPENS.match(text, c1) else c1
            for _s, _e, other in att.discourse.between(check_from, q.open):
                if other.key != entity.key and other.kind is ActorKind.PERSON:
                    return None
            return Attribution(
                sp._replace(antecedent=sp.antecedent or sp.mention),
                None,
                None,
                "introduced-speaker",
            )
        if j != i and any(
            e.kind is ActorKind.PERSON for _s, _e, e in att.discourse.between(sent.start, sent.end)
        ):
            return None  # someone is named with no verb of saying: the topic moved on
    return None


def _after_attribution(q: QuoteSpan, a: Attribution) -> int:
    """Where the text after a quote's own attribution ("…," Volker said.) begins."""
    end = q.close
    for span in (a.cue_span, a.speaker.mention if a.speaker else None):
        if span is not None and span.start >= q.close:
            end = max(end, span.end)
    return end


def _narrated_subject(text: str, q: QuoteSpan, att: Attributor) -> Attribution | None:
    """A first-person quote right after a sentence about someone: "He froze. “I ran.”".

    The subject of the sentence before (a "he"/"she" or a person's name that
    opens it) speaks, when the quote opens its own sentence and speaks in the
    first person.
    """
    i = att.sentence_index(q.open)
    if q.continues or i == 0:
        return None
    own = att.sentences[i]
    if text[own.start : q.open].strip():
        return None
    prev = att.sentences[i - 1]
    if not _FIRST_PERSON.search(text, q.start, q.end) and not (
        # "Oakes bristled. “You keep dodging it, Victor.”": words to
        # someone, right after a bare "X reacted." in the same paragraph.
        prev.block == q.block
        and _SECOND_PERSON.search(text, q.start, q.end)
        and _BARE_REACTION.fullmatch(text, prev.start, prev.end)
    ):
        return None
    if prev.block not in (q.block, q.block - 1) or re.search(
        r"[“”\"]", text[prev.start : prev.end]
    ):
        return None
    head = text[prev.start : prev.end]
    pm = re.match(
        r"\W*(?:[A-Z]\w+,\s+|(?:Then|Later|Still|But|And|So),?\s+)?(he|she)\b", head, re.I
    )
    if pm:
        who = Span(start=prev.start + pm.start(1), end=prev.start + pm.end(1))
        sp = att.pronoun(who)
        if sp.actor is None and sp.group is None:
            return None
        return Attribution(sp, None, None, "narrated-subject")
    people = [
        (m, a)
        for m, a in att.speakers_between(prev.start, prev.end)
        if a.kind is ActorKind.PERSON and m.start - prev.start < 3
    ]
    if people:
        m, a = people[0]
        return Attribution(Speaker(a.id, m.span), None, None, "narrated-subject")
    return None


#: Words in a sentence that could be someone speaking in it.
_SOMEONE = re.compile(
    r"\b(?:I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou|[Ii]t|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b|[“”\"]"
)


#: A comma and a short subject right before a verb: the sentence's main clause
#: comes last ("…, Leese told PA Media", "…, the minister said").
_PARENTHETICAL_SUBJECT = re.compile(r",\s+(?:[\w’'.-]+\s+){1,4}$")


def _from_preceding_sentence(
    q: QuoteSpan, att: Attributor, blocks: Sequence[Block]
) -> Attribution | None:
    """A quote opening its sentence, after a sentence saying who speaks.

    "Erekat said it was only the latest move." / “They wanted us on our knees.”
    "…, he added. “You name it, it probably has been described.”"
    """
    text = att.text
    block = blocks[q.block]
    sentence = att.sentence_at(q.open)
    lead = text[sentence.start : q.open]
    if lead.strip() and not (
        # "X stressed small groups. Conversation in groups “allows …”": a quote
        # inside a sentence about a thing, no one else given words before it in
        # the sentence, continues the speaker of the sentence before, in its paragraph.
        len(text[q.start : q.end].split()) >= 5
        and sentence.start > block.start
        and not _SOMEONE.search(lead)
        and not find_cues(text, sentence.start, q.open)
        and not att.speakers_between(sentence.start, q.open)
    ):
        return None  # the quote does not open its sentence
    if text[block.start : q.open].strip():
        i = att.sentence_index(q.open)
        prev_start, prev_end = att.sentences[i - 1].start, att.sentences[i - 1].end
        if (
            i >= 2
            and att.sentences[i - 2].block == q.block
            and not find_cues(text, prev_start, prev_end)
            and not re.search(r"[“”\"]", text[prev_start:prev_end])
            and not att.speakers_between(prev_start, prev_end)
        ):
            # "…, Lind says. For patients, the brain thinks it is starving. With
            # these drugs, “…”": a sentence naming no one between the speaker's
            # sentence and the quote, in one paragraph, carries the speaker on.
            prev_start = att.sentences[i - 2].start
    elif q.block > 0:
        prev_start, prev_end = blocks[q.block - 1].start, blocks[q.block - 1].end
    else:
        return None
    cues = find_cues(text, prev_start, prev_end)
    if not cues or re.search(r"[“”\"]", text[prev_start:prev_end]):
        return None
    # The main verb of the last sentence with one, not a verb its reported
    # clause holds: "X said the Left would continue its protest" is X's; but
    # "Police explained there was a shooter, Leese told PA" is Leese's.
    last = att.sentence_at(cues[-1][0]).start
    first = next(c for c in cues if c[0] >= last)
    if _PARENTHETICAL_SUBJECT.search(
        text, max(last, cues[-2][1] if len(cues) > 1 else 0), cues[-1][0]
    ):
        first = cues[-1]
    cue = Span(start=first[0], end=first[1])
    sp = att.subject_of(cue, max(prev_start, last))
    return Attribution(sp, None, None, "preceding-sentence") if sp else None


#: Rules that read the speaker from the quote's own attribution clause.
_READ_RULES = frozenset(
    {
        "pronoun-after",
        "inverted-after",
        "subject-after",
        "according-to",
        "dash-signed",
        "inverted-later",
        "label",
        "cue-before",
        "speech-noun",
        "partial-subject",
        "blockquote-byline",
        "colon-intro",
        "continuation",
        "heading",
        "fragment-nearest",
        "cue-later",
    }
)
#: Rules that infer a speaker from context rather than read it from an attribution.
_INFERRED = frozenset({None, "continuation", "current-speaker", "narrated-subject", "turn-taking"})


def _adjacent(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """Two quotes of one paragraph with nothing but space between: one speaker's words."""
    return first.block == second.block and not text[first.close : second.open].strip()


def _chains_take_their_signature(
    text: str,
    found: list[tuple[QuoteSpan, Sentence, Attribution]],
) -> list[tuple[QuoteSpan, Sentence, Attribution]]:
    """A quote running over several paragraphs is said by whoever its last part names.

    "“A … ¶ “B … ¶ “C.” — Dana Whitfield": the attribution closing the chain
    outranks a speaker the earlier parts only inferred from context; so does
    the attribution of a quote that follows an unattributed one with nothing
    between ("“A. “B,” says X").
    """
    out = list(found)
    chain: list[int] = []
    for i in range(len(found) + 1):
        if (
            i < len(found)
            and chain
            and (found[i][0].continues or _adjacent(text, out[chain[-1]][0], found[i][0]))
        ):
            chain.append(i)
            continue
        signed = [j for j in chain if out[j][2].rule not in _INFERRED]
        if signed and out[signed[-1]][2].speaker is not None:
            last = out[signed[-1]][2]
            assert last.speaker is not None
            for j in chain:
                if (
                    j < signed[-1]
                    and out[j][2].rule in _INFERRED
                    and not _follows_its_tag(text, out, j)
                ):
                    q, sent, _a = out[j]
                    speaker = last.speaker._replace(antecedent=last.speaker.mention)
                    out[j] = (q, sent, Attribution(speaker, last.cue, None, "signed-chain"))
        chain = [i]
    return out


def _follows_its_tag(
    text: str, found: list[tuple[QuoteSpan, Sentence, Attribution]], j: int
) -> bool:
    """Whether quote ``j`` continues the one before it, whose tag stands between them.

    In "“A,” says Lina Ortiz. “B.” “C,” says Kofi Mensah", B goes on with
    Ortiz, whom the text named right before it in the same paragraph; C's
    tag is Mensah's alone.  (A dash signature signs the words before it only.)
    """
    if j == 0 or found[j][2].rule != "continuation":
        return False
    before = found[j - 1]
    mention = before[2].speaker.mention if before[2].speaker is not None else None
    return (
        mention is not None
        and before[2].rule != "dash-signed"
        and before[0].close <= mention.start < found[j][0].open
        and "\n" not in text[mention.start : found[j][0].open]
    )


def _headings_take_later_speakers(
    text: str, found: list[tuple[QuoteSpan, Sentence, Attribution]]
) -> list[tuple[QuoteSpan, Sentence, Attribution]]:
    """A quoted heading ("My fears have been realized") is said by whoever says it later."""
    out = list(found)
    keyed = [(fold(text[q.start : q.end]).strip(" .,!?"), a) for q, _s, a in found]
    # The attributed quotes' keys joined into one string, searched once per
    # heading within a window of text after it, rather than quote by quote
    # over every later quote (quadratic in quotes).
    spoken = [
        (n, key, a.speaker.actor)
        for n, (key, a) in enumerate(keyed)
        if a.speaker is not None and a.speaker.actor is not None
    ]
    joined = _HEADING_SEPARATOR.join(key for _n, key, _actor in spoken)
    offsets = list(itertools.accumulate((len(key) + 1 for _n, key, _a in spoken), initial=0))
    numbers = [n for n, _key, _actor in spoken]
    opens = [found[n][0].open for n in numbers]
    for i, (q, s, a) in enumerate(found):
        if a.speaker is not None and a.speaker.actor is not None and a.rule in _READ_RULES:
            continue  # (a speaker only inferred from the passage yields to one who says it)
        key = keyed[i][0]
        if len(key) < 8 or _HEADING_SEPARATOR in key:
            continue
        first = bisect.bisect_right(numbers, i)
        last = bisect.bisect_right(opens, q.close + _HEADING_WINDOW)
        if first >= last:
            continue
        at = joined.find(key, offsets[first], offsets[last] - 1)
        if at >= 0:
            actor = spoken[bisect.bisect_right(offsets, at) - 1][2]
            out[i] = (q, s, Attribution(Speaker(actor, None), None, None, "heading"))
    return out


#: Joins the keys of attributed quotes; no key found by the search holds it.
_HEADING_SEPARATOR = "\x00"
#: How far after a quoted heading its speaker may say it (characters): past any one article.
_HEADING_WINDOW = 50_000


_NAMING_BEFORE = re.compile(
    r"\b(?:so-called|titled|entitled|nicknamed|dubbed|named|known\s+as|aka|a\.k\.a\.|short\s+for|"
    # right against the quote: "a report called “…”" (not "called it “…”", nor the
    # verb of saying after an auxiliary: "a rebate Holt has called “overdue”")
    r"(?<!has )(?<!had )(?<!have )called|"
    r"(?:what['’]s|what\s+is|is|are|was|were|be|being)\s+called|"
    r"(?:" + data_alternation("attribution_cues.txt", "titled_works") + r")\s*,|"
    r"(?:prompts?|requests?|queries|searches)\s+(?:like|such\s+as)|"
    r"the\s+(?:words?|terms?|phrase|prompts?|title|label|moniker|nickname|category|module|"
    r"song|film|movie|book|"
    r"novel|show|series|album|play|musical|episode|podcast|documentary|slogan|hashtag|campaign|"
    r"program|programme|operation|painting|poem|track|single|game|app|brand))\s*[,:]?\s*$",
    re.IGNORECASE,
)
_NAMING_BEFORE_FOLDED = caseless(_NAMING_BEFORE)  # on fold_case() text: faster


#: What joins two coordinated quotes: "“A” and “B”", "“A,” or “B”", "“A”; “B”".
_COORDINATION = re.compile(r"\s*[,;]?\s*(?:and|or|&)?\s*")


def _coordinated_things(text: str, spans: Sequence[QuoteSpan]) -> set[int]:
    """The indexes of the quotes that name things, coordination included.

    A quote coordinated with one that names a thing names a thing too: "songs
    like “Harbor” and “Night Train”", "the prompts “dragon” and “a castle”".
    """
    things = {i for i, q in enumerate(spans) if _names_a_thing(text, q)}
    joined = [
        i
        for i in range(1, len(spans))
        if all(len(text[q.start : q.end].split()) <= 8 for q in (spans[i - 1], spans[i]))
        and _COORDINATION.fullmatch(text, spans[i - 1].close, spans[i].open)
        # (“Face the Nation.” “I’m not …”: a sentence ended between them.)
        and not text[spans[i - 1].start : spans[i - 1].end].endswith((".", "!", "?"))
    ]
    # Forwards, then backwards, so that a whole list follows any one member.
    for i in joined:
        if i - 1 in things:
            things.add(i)
    for i in reversed(joined):
        if i in things:
            things.add(i - 1)
    return things


#: A capitalised name's possessive right before a quote: "NBC’s ", "CBS' ".
_OWNED_BY_NAME = re.compile(r"\b[A-Z][\w.&-]*(?:['’]s|s['’]|[A-Z]['’])\s*$")


def _names_a_thing(text: str, q: QuoteSpan) -> bool:
    """The quoted words name a work or coin a term rather than report speech.

    "the song “We’re Not Gonna Take It”", "the so-called “deal of the century”":
    a naming word right before a short, title-like quote.  And a quote that
    modifies a noun inside a noun phrase, "the “stealth wealth” trend", "a
    “ship it” product": determiner before, a content word right after.
    """
    words = text[q.start : q.end].split()
    if len(words) > 8:
        return False
    if _NAMING_BEFORE_FOLDED.search(fold_case(text[max(0, q.open - 40) : q.open])):
        return True
    if _title_cased(words) and _OWNED_BY_NAME.search(text, max(0, q.open - 30), q.open):
        # "appearing on NBC’s “Meet the Press,” said …", "CBS’ “Face the Nation”":
        # a name's title-cased work, even with a verb of saying against it.
        return True
    if _title_cased(words) and not _cue_adjacent(text, q):
        # News writing quotes speech in sentence case; Title Case in quote
        # marks is the name of a work, show or campaign ("on CNBC's “Market
        # Hour”"), unless a verb of saying stands right against it.
        return True
    if (
        len(words) <= 3
        and not re.search(r"[,.;:!?]$", text[q.start : q.end])
        and _AUXILIARY_AFTER.match(text, q.close)
        and _SUBJECT_DETERMINER.search(text, max(0, q.open - 12), q.open)
    ):
        # "the “summer slump” may end", "the “joke” wasn't funny": the quoted
        # words head the subject of the author's own clause, a term in use.
        return True
    after = re.match(r"[ \t]+([a-z][a-z-]+)\b", text[q.close : q.close + 40])
    # One lower-case word is as often an attributed adjective ("the “historic”
    # move") as a term; a capitalised word or a longer phrase is a name or term.
    return (
        len(words) <= 6
        and (len(words) > 1 or text[q.start : q.start + 1].isupper())
        and not re.search(r"[,.;:!?]$", text[q.start : q.end])
        and after is not None
        and after.group(1) not in COMMON_WORDS
        and after.group(1) not in REPORTING_VERBS
        and not after.group(1).endswith(("ed", "ing", "ly"))
        and bool(_MODIFIER_BEFORE.search(text, max(0, q.open - 60), q.open))
        and not _cue_governs(text, q)
    )


#: An auxiliary or copula right after a quote: its clause's verb follows.
_AUXILIARY_AFTER = re.compile(
    r"[ \t]+(?:is|was|are|were|has|had|have|may|might|will|would|could|can|should|must|"
    r"isn['’]t|wasn['’]t|aren['’]t|weren['’]t|hasn['’]t|won['’]t|doesn['’]t|didn['’]t)\b"
)
#: "the", "this", "that" right before a quote, opening a noun phrase.
_SUBJECT_DETERMINER = re.compile(r"\b(?i:the|this|that|these|those)\s*$")


def _cue_governs(text: str, q: QuoteSpan) -> bool:
    """A reporting verb stands a few words before the quote: "warning of a “…” akin to"."""
    cues = find_cues(text, max(0, q.open - 40), q.open)
    return bool(cues) and len(text[cues[-1][1] : q.open].split()) <= 3


#: Words a title leaves in lower case.
_TITLE_SMALL = frozenset(data_section("attribution_cues.txt", "title_small_words"))


def _title_cased(words: list[str]) -> bool:
    """Two or more words, every one but the small ones capitalised: a title."""
    letters = [w.strip("\"'“”‘’()[],.:;!?-—") for w in words]
    letters = [w for w in letters if w]
    if len(letters) < 2 or not letters[0][:1].isupper() or all(w.isupper() for w in letters):
        return False  # (an all-capitals span is shouting, not a title)
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in letters) and any(
        w[:1].isupper() for w in letters[1:]
    )


def _cue_adjacent(text: str, q: QuoteSpan) -> bool:
    """A verb of saying or a colon touches the quote: `said: “…”`, `“…,” he said`."""
    before = text[max(0, q.open - 30) : q.open]
    if before.rstrip().endswith(":"):
        return True  # "the caption read: “…”", "Label: “…”": introduced words
    cues = find_cues(before, 0, len(before))
    if cues and re.fullmatch(r"\s*(?:[,:]|\bthat)?\s*", before[cues[-1][1] :]):
        return True
    if not re.search(r"[,!?]$", text[q.start : q.end]):
        return False
    after = text[q.close : q.close + 40]
    cues = find_cues(after, 0, len(after))
    return bool(cues) and len(after[: cues[0][0]].split()) <= 3


# A determiner or possessive, then at most a few modifiers, right before a quote.
_MODIFIER_BEFORE = re.compile(
    r"(?:\b(?:" + data_alternation("attribution_cues.txt", "modifier_determiners") + r")|['’]s?)"
    # (A verb ends a noun phrase: "an arms sale would “seriously damage” ties".)
    r"(?:\s+(?!(?:would|will|could|should|may|might|must|can|is|was|are|were|has|have|had|"
    r"be|been|to|not)\b)[\w-]+){0,3}?\s*$",
    re.IGNORECASE,
)


class _DaysIndex:
    """The day-precision dates outside quoted words, sorted for range look-ups."""

    def __init__(self, dates: Sequence[DateMention], quoted: Sequence[tuple[int, int]]) -> None:
        quote_starts = [a for a, _ in quoted]

        def inside_quote(pos: int) -> bool:
            i = bisect.bisect_right(quote_starts, pos) - 1
            return i >= 0 and pos < quoted[i][1]

        self.dates = sorted(
            (
                d
                for d in dates
                if d.value is not None
                and d.value.precision in (Precision.DAY, Precision.TIME)
                and not inside_quote(d.start)
            ),
            key=lambda d: d.start,
        )
        self.starts = [d.start for d in self.dates]

    def first_between(self, start: int, end: int) -> DateMention | None:
        """The first usable date starting in ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        return self.dates[i] if i < len(self.dates) and self.dates[i].start < end else None


def _said_on(
    q: QuoteSpan, sentence: Sentence, attribution: Attribution, days: _DaysIndex
) -> tuple[DateValue | None, Span | None]:
    """The day the sentence says the words were said.

    A date before the quote in its sentence ("Putin, speaking on March 13,
    called …"), or one right after the cue of an attribution that follows it
    ("“…,” he said Thursday."); never a date inside quoted words.
    """
    d = days.first_between(sentence.start, q.open)
    if d is not None and d.end <= q.open:
        return d.value, d.span
    cue = attribution.cue_span
    if cue is not None and cue.start >= q.close:
        d = days.first_between(cue.end, cue.end + 26)
        if d is not None:
            return d.value, d.span
    return None, None


_CREDIT_BEFORE = re.compile(
    r"\b(?:per|told|telling|tells|to|according\s+to|reported\s+by|cited\s+by|noted\s+by|"
    r"quoted\s+by|said\s+to|in\s+an?\s+interview\s+with|speaking\s+to|interviewed\s+by)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CREDIT_AFTER = re.compile(
    r"^(?:['’]s?\s+\w+\s+)?\s*(?:has\s+|had\s+|also\s+)?(?:reported|reports|quoted|quotes|cited|cites|"
    r"said|says|noted|notes|underscored|highlighted|wrote|writes|first\s+reported|obtained|"
    r"published|interviewed|asked)\b",
    re.IGNORECASE,
)


def _reported_by(
    att: Attributor, sentence: Sentence, speaker: str | None, q: QuoteSpan
) -> str | None:
    """The outlet the sentence credits: "per CNN", "told NBC News", "BBC News quoted".

    Of several, the one nearest the quote: "BBC News reported that … a “long”
    session, per a source cited by Reuters" credits Reuters with the quote.
    """
    text = att.text
    credited: list[tuple[int, str]] = []
    for mention, actor in att.index.between(sentence.start, sentence.end):
        if actor.kind is not ActorKind.OUTLET or actor.id == speaker:
            continue
        if fold(actor.name) in _PLATFORMS:
            continue  # words posted on X or Truth Social are published, not reported
        before = text[max(sentence.start, mention.start - 40) : mention.start]
        after = text[mention.end : mention.end + 40]
        if _CREDIT_BEFORE.search(before) or _CREDIT_AFTER.match(after):
            distance = mention.start - q.close if mention.start >= q.close else q.open - mention.end
            credited.append((distance, actor.id))
    return min(credited)[1] if credited else None


def _is_partial(text: str, q: QuoteSpan, sentence: Sentence) -> bool:
    """A fragment inside the author's sentence, not a sentence of the speaker's own."""
    before = text[sentence.start : q.open].rstrip()
    if q.continues:
        return False
    if not before or before[-1] in ":,—–-(":
        return text[q.start : q.start + 1].islower()
    return True
