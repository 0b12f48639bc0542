"""Quotes and their speakers.

Detection pairs quotation marks block by block, so a stray mark never
swallows the rest of the article; a quote left open at the end of a
paragraph continues only when the next paragraph reopens it.  Attribution
reads the sentence around each quote: a reporting verb (the cue) and its
subject, before or after the quote; "according to X"; relative "who said";
continuation of the previous speaker; pronouns resolved to the person meant.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from newsmodel._analysis.lexicon import GROUP_NOUNS, SPEECH_VERBS, fold
from newsmodel._analysis.text import Sentence, sentences
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

__all__ = ["QuoteSpan", "attribute_quotes", "find_quote_spans"]

_OPENERS = {"“": "”", "«": "»", "„": "“", "‟": "”"}
_CLOSERS = {"”", "»", "“"}
_MARKS = re.compile(r"[“”«»„‟\"]")


class QuoteSpan(NamedTuple):
    """Where quoted words stand: the marks' inside, and the words without edge spaces."""

    open: int  #: offset of the opening mark
    close: int  #: offset just past the closing mark (or the paragraph's end)
    start: int  #: the quoted words
    end: int
    block: int
    continues: bool  #: a later paragraph of a quote begun earlier


def _straight_opens(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    return before.isspace() or before in "([{—–-/:"


def find_quote_spans(text: str, blocks: Sequence[Block]) -> list[QuoteSpan]:
    """Every quotation of ``text``, in order; the building block of attribution."""
    out: list[QuoteSpan] = []
    carried = False  # the previous block ended inside a quote
    for index, block in enumerate(blocks):
        open_at: int | None = None
        closer = ""
        first_mark = True
        for m in _MARKS.finditer(text, block.start, block.end):
            i, ch = m.start(), m.group()
            if open_at is None:
                if ch in _OPENERS or (ch == '"' and _straight_opens(text, i, block.start)):
                    open_at, closer = i, _OPENERS.get(ch, '"')
                    carried = carried and first_mark and not text[block.start : i].strip()
                first_mark = False
                continue
            if ch == closer or (ch in _CLOSERS and closer != '"') or (ch == '"' and closer == '"'):
                _add(out, text, open_at, i + 1, index, carried)
                carried = False
                open_at = None
            elif ch in _OPENERS:
                open_at, closer = i, _OPENERS[ch]  # the earlier mark was stray
            first_mark = False
        if open_at is not None:
            nxt = blocks[index + 1] if index + 1 < len(blocks) else None
            reopened = nxt is not None and text[nxt.start : nxt.start + 1] in ("“", '"', "«", "„")
            if reopened:
                _add(out, text, open_at, block.end, index, carried)
            carried = reopened
        else:
            carried = False
    return out


def _add(
    out: list[QuoteSpan], text: str, open_at: int, close: int, block: int, continues: bool
) -> None:
    inner_start = open_at + 1
    inner_end = close - 1 if close > open_at + 1 and text[close - 1] in '”»“"' else close
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    if inner_end > inner_start and re.search(r"\w", text[inner_start:inner_end]):
        out.append(QuoteSpan(open_at, close, inner_start, inner_end, block, continues))


# -- attribution ------------------------------------------------------------------

_VERB = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|with|of|on|for|by|at|from|about|against|between|like|than|urging|urged|"
    r"met|meeting|and|per|told|telling|accused|accusing|quoted|cited|praised|thanked|"
    + _VERB
    + r")\s*$",
    re.IGNORECASE,
)
_CUE = re.compile(rf"\b(?:according\s+to|{_VERB})\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_GROUP = re.compile(
    r"(?P<np>(?:(?:a|an|the|some|several|many|other|two|three|one)\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?:" + "|".join(sorted(GROUP_NOUNS, key=len, reverse=True)) + r"))\b"
)
_AFTER_PRONOUN = re.compile(
    rf"^\W{{0,3}}\s*(?P<who>he|she|they|it|we)\s+(?P<cue>{_VERB})\b", re.IGNORECASE
)
_AFTER_CUE_FIRST = re.compile(rf"^\W{{0,3}}\s*(?P<cue>{_VERB})\s+", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\b(?P<who>he|she|they)\b", re.IGNORECASE)


class _Speaker(NamedTuple):
    actor: str | None  #: actor id, or None for a group to be created
    mention: Span | None
    group: str | None  #: the noun phrase of an unnamed source


class _Index:
    """Actor mentions by position."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        pairs = sorted(
            ((m, a) for a in actors for m in a.mentions), key=lambda p: (p[0].start, -p[0].end)
        )
        self.mentions = [p[0] for p in pairs]
        self.actors = [p[1] for p in pairs]
        self.starts = [m.start for m in self.mentions]

    def between(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.starts) and self.starts[i] < end:
            if self.mentions[i].end <= end:
                out.append((self.mentions[i], self.actors[i]))
            i += 1
        return out

    def at(self, pos: int) -> tuple[Mention, Actor] | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.mentions[i].start <= pos < self.mentions[i].end:
            return self.mentions[i], self.actors[i]
        return None


def _can_speak(actor: Actor) -> bool:
    return actor.kind in (
        ActorKind.PERSON,
        ActorKind.ORGANIZATION,
        ActorKind.OUTLET,
        ActorKind.GROUP,
    )


# What may stand right before a clause's subject.
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:(—–\-\"“”]|\b(?:and|but|that|while|as|when|because|after|before|since|although|though|"
    r"if|whereas|where|so|then|also|meanwhile|however|yet|now|recently|later|earlier|instead|"
    r"ultimately|finally|still|both|said|says|and\s+then))\s*$",
    re.IGNORECASE,
)
_ROLE_PREFIX = re.compile(r"(?:\s*\b(?:[A-Z][\w.’'-]*|of|for|the|and)(?=\s|$))+\s*$")


def _subject_like(text: str, mention: Mention, floor: int) -> bool:
    """Whether a mention stands where a clause's subject stands, not an object."""
    before = text[max(floor, mention.start - 60) : mention.start]
    # Skip a title or role written before the name: "U.S. Secretary of State X".
    m = _ROLE_PREFIX.search(before)
    if m and m.group().strip() and m.group().strip()[0].isupper():
        before = before[: m.start()]
    return bool(_SUBJECT_BEFORE.search(before))


def _possessive(text: str, mention: Mention) -> bool:
    return (
        text[mention.end : mention.end + 2] in ("’s", "'s")
        or text[mention.end : mention.end + 1] in "’'"
    )


#: Nouns for things said: "Trump's statements", "his boasts of".
SPEECH_NOUNS = frozenset(
    """
    comment comments statement statements remark remarks words framing plea pleas claim claims
    warning warnings description call calls appeal appeals insistence assertion message messages
    post posts tweet tweets letter speech address interview testimony argument praise criticism
    pledge pledges promise promises vow vows demand demands threat threats accusation
    accusations response reply rhetoric language phrase characterization boast boasts
    announcement vision view views assessment prediction promise assurance assurances offer
    """.split()
)
_POSSESSIVE_PRONOUN_SPEECH = re.compile(
    r"\b(?P<who>[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(SPEECH_NOUNS, key=len, reverse=True))
    + r")\b"
)
# Finite reporting verbs that may follow a quote before their subject: “…,” said X.
_FINITE_AFTER = re.compile(
    r"^\W{0,3}\s*(?P<cue>said|says|added|adds|continued|wrote|writes|asked|asks|explained|"
    r"noted|notes|commented|observed|remarked|recalled|replied|responded|insisted|argued|"
    r"warned|stated|declared|concluded|tweeted|posted|announced|acknowledged|admitted|"
    r"cautioned|opined|countered|quipped|joked|chanted|according\s+to)\b\s*",
    re.IGNORECASE,
)
_PER_AFTER = re.compile(r"\b(?:per|according\s+to)\s+", re.IGNORECASE)


class _Attributor:
    def __init__(self, text: str, blocks: Sequence[Block], actors: Sequence[Actor]) -> None:
        self.text = text
        self.index = _Index(actors)
        self.sentences = sentences(text, blocks)
        self.sent_starts = [s.start for s in self.sentences]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[self.sentence_index(pos)]

    def speakers_between(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        return [(m, a) for m, a in self.index.between(start, end) if _can_speak(a)]

    def subject_like(self, mention: Mention, floor: int) -> bool:
        before = self.text[max(floor, mention.start - 40) : mention.start]
        if _ACCORDING.search(before):
            return True
        return _subject_like(self.text, mention, floor)

    def resolve_pronoun(self, pos: int, word: str) -> str | None:
        """The person a pronoun at ``pos`` most likely refers to.

        Sentences are searched backwards from the pronoun's own; in each, a
        person in subject position wins over one in object position.
        """
        if word.lower() in ("they", "we", "it"):
            return None
        i = self.sentence_index(pos)
        for j in range(i, max(-1, i - 4), -1):
            s = self.sentences[j]
            end = min(s.end, pos)
            people = [
                (m, a) for m, a in self.index.between(s.start, end) if a.kind is ActorKind.PERSON
            ]
            if not people:
                continue
            subjects = [(m, a) for m, a in people if self.subject_like(m, s.start)]
            if j == i:
                # In the pronoun's own sentence only a subject before it counts.
                if subjects:
                    return subjects[0][1].id
                continue
            return (subjects or people)[0][1].id
        return None

    def attribute(self, q: QuoteSpan) -> tuple[_Speaker | None, str | None, Span | None]:
        text = self.text
        first = self.sentence_at(q.open)
        last = self.sentence_at(max(q.open, q.close - 1))
        before_start, before_end = first.start, q.open
        after_start, after_end = q.close, max(last.end, q.close)
        after = text[after_start:after_end]

        # 1. “…,” he said.
        m = _AFTER_PRONOUN.match(after)
        if m:
            who = Span(start=after_start + m.start("who"), end=after_start + m.end("who"))
            cue = Span(start=after_start + m.start("cue"), end=after_start + m.end("cue"))
            return self._pronoun(who), cue.of(text), cue
        # 2. “…,” said Peskov / “…,” commented political analysts.
        m = _FINITE_AFTER.match(after)
        if m:
            cue = Span(start=after_start + m.start("cue"), end=after_start + m.end("cue"))
            sp = self._first_speaker(after_start + m.end(), after_end)
            if sp:
                return sp, cue.of(text), cue
        # 3. “…,” Peskov said / “…,” Peskov, a spokesman, said.
        found = self.speakers_between(after_start, min(after_end, after_start + 80))
        if found:
            mention, actor = found[0]
            if re.fullmatch(
                r"\W{0,3}\s*(?:[a-z][\w’'-]*\s+){0,4}", text[after_start : mention.start]
            ):
                cm = re.match(
                    rf"[\s,]*(?:[^.;:“”\"]*?,\s*)?(?P<cue>{_VERB})\b",
                    text[mention.end : after_end],
                    re.I,
                )
                if cm:
                    cue = Span(start=mention.end + cm.start("cue"), end=mention.end + cm.end("cue"))
                    return _Speaker(actor.id, mention.span, None), cue.of(text), cue
        # 4. “long” session, per a source: a source named after the quote.
        pm = _PER_AFTER.search(after)
        if pm:
            sp = self._first_speaker(after_start + pm.end(), after_end, allow_outlet=False)
            if sp:
                cue = Span(start=after_start + pm.start(), end=after_start + pm.end())
                return (
                    sp,
                    cue.of(text).strip(),
                    Span(start=cue.start, end=cue.start + len(cue.of(text).strip())),
                )
        # 5. Before the quote, in its sentence: the last cue and its subject.
        before = text[before_start:before_end]
        for cm in reversed(list(_CUE.finditer(before))):
            cue = Span(start=before_start + cm.start(), end=before_start + cm.end())
            word = cue.of(text)
            if word.lower().startswith("according"):
                sp = self._first_speaker(cue.end, before_end)
            else:
                sp = self._subject_of(cue, before_start)
            if sp:
                return sp, word, cue
        # 6. A cue later in the sentence: “…” fragment ..., he warned.
        for cm in _CUE.finditer(after):
            cue = Span(start=after_start + cm.start(), end=after_start + cm.end())
            sp = self._subject_of(cue, after_start, floor_subject=before_start)
            if sp:
                return sp, cue.of(text), cue
        # 7. No cue: "Trump's statements urging ...", "his boasts of a “…”", the subject.
        sp = self._speech_noun_owner(before_start, before_end)
        if sp:
            return sp, None, None
        # 8. The last person named before a fragment in its sentence.
        people = [
            (m, a)
            for m, a in self.speakers_between(before_start, before_end)
            if a.kind is ActorKind.PERSON
        ]
        if people and _fragment(text, q):
            mention, actor = people[-1]
            return _Speaker(actor.id, mention.span, None), None, None
        return None, None, None

    def _pronoun(self, who: Span) -> _Speaker:
        return _Speaker(self.resolve_pronoun(who.start, who.of(self.text)), who, None)

    def _first_speaker(self, start: int, end: int, *, allow_outlet: bool = True) -> _Speaker | None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        found = [
            (m, a)
            for m, a in self.speakers_between(start, min(end, start + 60))
            if allow_outlet or a.kind is not ActorKind.OUTLET
        ]
        gm = _GROUP.match(text, start, min(end, start + 60))
        if found:
            mention, actor = found[0]
            role_then_name = gm is not None and re.fullmatch(
                r"\s*(?:[A-Z][\w.’'-]*\s+)*", text[gm.end() : mention.start]
            )
            if (not gm or mention.start <= gm.start() or role_then_name) and re.fullmatch(
                r"(?:[A-Z][\w.’'-]*\s+|(?:the|a|an|[a-z][\w’'-]*)\s+)*", text[start : mention.start]
            ):
                return _Speaker(actor.id, mention.span, None)
        if gm:
            span = Span(start=gm.start("np"), end=gm.end("np"))
            return _Speaker(None, span, span.of(text))
        pm = re.match(r"(he|she)\b", text[start:end], re.I)
        if pm:
            return self._pronoun(Span(start=start + pm.start(1), end=start + pm.end(1)))
        return None

    def _speech_noun_owner(self, start: int, end: int) -> _Speaker | None:
        """ "Trump's recent statements urging ... “…”": the owner of the words."""
        text = self.text
        best: _Speaker | None = None
        best_at = -1
        for mention, actor in self.speakers_between(start, end):
            if not _possessive(text, mention):
                continue
            tail = text[mention.end : min(end, mention.end + 60)]
            nm = re.match(r"['’]s?\s+(?:[a-z-]+\s+){0,3}?(\w+)", tail)
            if nm and nm.group(1).lower() in SPEECH_NOUNS and mention.start > best_at:
                best, best_at = _Speaker(actor.id, mention.span, None), mention.start
        for pm in _POSSESSIVE_PRONOUN_SPEECH.finditer(text, start, end):
            if pm.start() > best_at:
                who = Span(start=pm.start("who"), end=pm.end("who"))
                best, best_at = self._pronoun(who), pm.start()
        return best

    def _subject_of(
        self, cue: Span, floor: int, *, floor_subject: int | None = None
    ) -> _Speaker | None:
        """The speaker of a reporting verb: who does the saying."""
        text = self.text
        word = cue.of(text).lower()
        candidates = self.speakers_between(
            floor_subject if floor_subject is not None else floor, cue.start
        )
        window = text[floor : cue.start]
        # Relative clause: "Dmitry Peskov, who noted".
        if re.search(r"\b(?:who|which)\s+(?:\w+\s+){0,2}$", window) and candidates:
            mention, actor = candidates[-1]
            return _Speaker(actor.id, mention.span, None)
        participle = word.endswith("ing")
        if participle and candidates:
            # "with Press Secretary Karoline Leavitt declaring, “…”"
            mention, actor = candidates[-1]
            if re.fullmatch(r"\s*,?\s*", text[mention.end : cue.start]):
                return _Speaker(actor.id, mention.span, None)
        low = floor_subject if floor_subject is not None else floor
        people = [
            (m, a)
            for m, a in candidates
            if a.kind is ActorKind.PERSON and self.subject_like(m, low)
        ]
        pronoun = None
        for pm in _PRONOUN_SUBJECT.finditer(window):
            pronoun = pm
        chosen = None
        if people:
            chosen = people[0] if participle else people[-1]
        owner = self._speech_noun_owner(low, cue.start)
        options: list[tuple[int, _Speaker]] = []
        if chosen is not None:
            options.append((chosen[0].end, _Speaker(chosen[1].id, chosen[0].span, None)))
        if pronoun is not None:
            who = Span(start=floor + pronoun.start("who"), end=floor + pronoun.end("who"))
            options.append((who.end, self._pronoun(who)))
        if owner is not None and owner.mention is not None:
            options.append((owner.mention.end, owner))
        if options:
            # The candidate nearest the verb is its subject.
            return max(options, key=lambda o: o[0])[1]
        if participle:
            poss = [
                (m, a) for m, a in candidates if a.kind is ActorKind.PERSON and _possessive(text, m)
            ]
            if poss:
                return _Speaker(poss[-1][1].id, poss[-1][0].span, None)
        others = [(m, a) for m, a in candidates if self.subject_like(m, low)]
        groups = [
            g
            for g in _GROUP.finditer(window)
            if not re.match(r"\s+[A-Z]", window[g.end() : g.end() + 2])
        ]
        if groups and (not others or floor + groups[-1].start() > others[-1][0].end):
            g = groups[-1]
            span = Span(start=floor + g.start("np"), end=floor + g.end("np"))
            return _Speaker(None, span, span.of(text))
        if others:
            return _Speaker(others[-1][1].id, others[-1][0].span, None)
        return None


def _fragment(text: str, q: QuoteSpan) -> bool:
    """A few words inside the author's sentence rather than a sentence of their own."""
    words = text[q.start : q.end].split()
    return len(words) <= 6 and not text[q.start : q.start + 1].isupper()


def _is_partial(text: str, q: QuoteSpan, sentence: Sentence) -> bool:
    before = text[sentence.start : q.open].rstrip()
    if not before or before[-1] in ":,—–-(" or q.continues:
        # “…” at the start of a sentence, or introduced by a colon or comma.
        return bool(text[q.start : q.start + 1].islower()) and not q.continues
    return True


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
    spans = find_quote_spans(text, blocks)
    att = _Attributor(text, blocks, actors)
    actors = list(actors)
    groups: dict[str, str] = {}
    quotes: list[Quote] = []
    previous: Quote | None = None
    previous_sentence: Sentence | None = None
    for n, q in enumerate(spans, start=1):
        sentence = att.sentence_at(q.open)
        speaker, cue, cue_span = att.attribute(q)
        speaker_id = speaker.actor if speaker else None
        mention = speaker.mention if speaker else None
        if speaker and speaker.group:
            name = speaker.group
            key = fold(re.sub(r"^(?:a|an|the|some)\s+", "", name))
            if key not in groups:
                groups[key] = f"g{len(groups) + 1}"
                actors.append(
                    Actor(
                        id=groups[key],
                        name=name,
                        kind=ActorKind.GROUP,
                        mentions=[
                            Mention(
                                start=speaker.mention.start,
                                end=speaker.mention.end,
                                kind=MentionKind.NOMINAL,
                            )
                        ]
                        if speaker.mention
                        else [],
                    )
                )
            speaker_id = groups[key]
        if speaker_id is None and previous is not None and previous.speaker is not None:
            # An unattributed quote right after an attributed one keeps its speaker.
            same_sentence = (
                previous_sentence is not None and previous_sentence.start == sentence.start
            )
            near = q.block - _block_of(previous, att) <= 1
            if same_sentence or q.continues or (near and cue is None):
                speaker_id = previous.speaker
                mention = mention or previous.speaker_mention
                cue = cue or (previous.cue if q.continues else None)
        words = len(text[q.start : q.end].split())
        if speaker_id is None and words <= 4:
            continue  # a scare quote, a title or a so-called term
        said_on, said_on_span = _said_on(text, q, sentence, dates)
        quote = Quote(
            id=f"q{n}",
            text=text[q.start : q.end],
            start=q.start,
            end=q.end,
            speaker=speaker_id,
            speaker_mention=mention,
            cue=cue,
            cue_span=cue_span,
            said_on=said_on,
            said_on_span=said_on_span,
            reported_by=_reported_by(att, sentence, speaker_id),
            partial=_is_partial(text, q, sentence),
            continues=q.continues,
        )
        quotes.append(quote)
        previous, previous_sentence = quote, sentence
    return quotes, actors


def _block_of(quote: Quote, att: _Attributor) -> int:
    return att.sentence_at(quote.start).block


def _said_on(
    text: str, q: QuoteSpan, sentence: Sentence, dates: Sequence[DateMention]
) -> tuple[DateValue | None, Span | None]:
    for d in dates:
        if d.value is None or d.value.precision not in (Precision.DAY, Precision.TIME):
            continue
        if (
            sentence.start <= d.start
            and d.end <= max(sentence.end, q.close)
            and not (q.open <= d.start < q.close)
        ) and d.start < q.open:
            return d.value, d.span
    return None, None


def _reported_by(att: _Attributor, sentence: Sentence, speaker: str | None) -> str | None:
    for _mention, actor in att.index.between(sentence.start, sentence.end):
        if (
            actor.kind is ActorKind.OUTLET
            and actor.id != speaker
            and fold(actor.name)
            not in {"x", "truth social", "twitter", "facebook", "instagram", "telegram"}
        ):
            return actor.id
    return None
