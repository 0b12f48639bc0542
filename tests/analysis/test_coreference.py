"""The discourse state: first-name-only people and pronoun agreement, on invented text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Actor, ActorKind, Mention, MentionKind
from newsmodel._analysis import coreference
from newsmodel._analysis.coreference import (
    Discourse,
    described_subjects,
    fronted_participle,
    latent_people,
    modifies_noun,
    previous_paragraph_start,
    unnamed_people,
)


def _actor(aid: str, name: str, kind: ActorKind, text: str) -> Actor:
    start = text.index(name)
    mention = Mention(start=start, end=start + len(name), kind=MentionKind.NAME)
    return Actor(id=aid, name=name, kind=kind, mentions=[mention])


def _discourse(text: str, actors: list[Actor], genders: dict[str, str]) -> Discourse:
    pairs = sorted(((m, a) for a in actors for m in a.mentions), key=lambda p: p[0].start)
    mentions = [m for a in actors for m in a.mentions]
    return Discourse(text, pairs, genders, latent_people(text, mentions, []))


def test_first_name_interviewees_are_found_and_named_again() -> None:
    text = "Lena*, a nurse, hides her tattoos. Tom, 40, does not. Later Lena laughed."
    found = latent_people(text, [], [])
    assert [text[s:e] for s, e in found["Lena"]] == ["Lena", "Lena"]
    assert "Tom" in found


def test_quoted_words_and_known_names_are_not_people() -> None:
    text = "Ann Lee said “Lena*, a nurse, is fine.”"
    quoted = [(text.index("Lena"), len(text) - 1)]
    assert latent_people(text, [], quoted) == {}


def test_pronouns_agree_in_gender_and_animacy() -> None:
    text = "Ada Obi met Paul Grant at the Port Authority. Later, he left and she stayed."
    actors = [
        _actor("a1", "Ada Obi", ActorKind.PERSON, text),
        _actor("a2", "Paul Grant", ActorKind.PERSON, text),
        _actor("a3", "Port Authority", ActorKind.ORGANIZATION, text),
    ]
    d = _discourse(text, actors, {"a1": "f", "a2": "m"})
    he, she = text.index("he left"), text.index("she stayed")
    assert (r := d.resolve(he, "he")) is not None and r.entity.key == "a2"
    assert (r := d.resolve(she, "she")) is not None and r.entity.key == "a1"
    assert (r := d.resolve(she, "it")) is not None and r.entity.key == "a3"
    assert (r := d.resolve(she, "they")) is not None and r.entity.key == "a3"


def test_the_current_speaker_outranks_an_older_mention() -> None:
    text = "Ada Obi spoke. Rosa Diaz listened. Then, later, she spoke again."
    actors = [
        _actor("a1", "Ada Obi", ActorKind.PERSON, text),
        _actor("a2", "Rosa Diaz", ActorKind.PERSON, text),
    ]
    d = _discourse(text, actors, {})
    pos = text.index("she spoke")
    # Without a speaker the latest agreeing mention wins; a later attributed turn outranks it.
    assert (r := d.resolve(pos, "she")) is not None and r.entity.key == "a2"
    d.said(text.index("Then"), "a1", 0, 7)
    assert (r := d.resolve(pos, "she")) is not None and r.entity.key == "a1"


def test_nothing_agrees_nothing_resolves() -> None:
    text = "The Port Authority met on Monday. He left."
    d = _discourse(text, [_actor("a1", "Port Authority", ActorKind.ORGANIZATION, text)], {})
    assert d.resolve(text.index("He left"), "he") is None


def test_a_subject_outranks_a_later_name_in_brackets_or_after_a_preposition() -> None:
    text = "Ada Obi thanked voters (and Rosa Diaz) on Monday. Then she left."
    other = "Ada Obi had lunch with Rosa Diaz on Monday. Then she left."
    plain = "Ada Obi left early. Rosa Diaz stayed on Monday. Then she left."
    for body, expected in ((text, "a1"), (other, "a1"), (plain, "a2")):
        actors = [
            _actor("a1", "Ada Obi", ActorKind.PERSON, body),
            _actor("a2", "Rosa Diaz", ActorKind.PERSON, body),
        ]
        d = _discourse(body, actors, {})
        pos = body.index("she left")
        assert (r := d.resolve(pos, "she")) is not None and r.entity.key == expected, body
    # A name after a preposition stays the referent when nothing more salient agrees.
    body = "Ada Obi had lunch with Paul Grant on Monday. Then he left."
    actors = [
        _actor("a1", "Ada Obi", ActorKind.PERSON, body),
        _actor("a2", "Paul Grant", ActorKind.PERSON, body),
    ]
    d = _discourse(body, actors, {"a1": "f", "a2": "m"})
    assert (r := d.resolve(body.index("he left"), "he")) is not None and r.entity.key == "a2"


def test_a_fronted_participle_phrase_is_found_only_at_a_sentence_start() -> None:
    text = "Ada Obi spoke. Asked about Rosa Diaz, she said no. After Rosa Diaz left, she said no."
    first = text.index("she said")
    assert fronted_participle(text, first) == text.index("Asked")
    second = text.index("she said", first + 1)
    assert fronted_participle(text, second) == second
    # The participle's understood subject is the pronoun: the name inside is someone else.
    actors = [
        _actor("a1", "Ada Obi", ActorKind.PERSON, text),
        _actor("a2", "Rosa Diaz", ActorKind.PERSON, text),
    ]
    d = _discourse(text, actors, {})
    assert (r := d.resolve(first, "she")) is not None and r.entity.key == "a1"


def test_a_fronted_participle_is_found_after_a_long_paragraph_before_it() -> None:
    # The look back for the sentence start is bounded (a long paragraph of
    # quotes made it quadratic), but a sentence start within reach still counts.
    before = "“Yes,” he said. " * 2000
    text = before + "Asked about the plan, she said no."
    pos = text.index("she said")
    assert fronted_participle(text, pos) == text.index("Asked")
    # With no sentence start within reach, no phrase is assumed.
    run_on = "word " * 200 + "Asked about the plan, she said no."
    assert fronted_participle(run_on, run_on.index("she said")) == run_on.index("she said")


def test_an_indefinite_subject_brings_in_an_unnamed_person() -> None:
    text = (
        "Ida Marsh wore green. One woman pointed out the colour. Another user wrote back, "
        "and someone else agreed. Later, a nurse told us more."
    )
    found = [(text[s:e], g) for s, e, g in unnamed_people(text, [])]
    assert found == [
        ("One woman", "f"),
        ("Another user", ""),
        ("someone else", ""),
        ("a nurse", ""),
    ]


def test_an_unnamed_subject_may_carry_modifiers_before_and_after_its_noun() -> None:
    text = (
        "The talks stalled. A Nato diplomat close to the talks said little. Then an EU "
        "negotiator speaking on condition of anonymity told us more."
    )
    found = [text[s:e] for s, e, _g in unnamed_people(text, [])]
    assert found == ["A Nato diplomat", "an EU negotiator"]


def test_an_unnamed_subject_may_carry_a_named_place_or_a_relative_clause() -> None:
    text = (
        "A Nordic envoy in Vilnius said little. Then, a senior aide at the Harbour Board, "
        "who asked not to be named, said more."
    )
    found = [text[s:e] for s, e, _g in unnamed_people(text, [])]
    assert found == ["A Nordic envoy", "a senior aide"]


def test_a_phrase_after_a_modifier_is_no_verb_unless_it_is_one() -> None:
    # "years" after "with ten" is a noun; the description is an apposition, no subject.
    text = "A teacher, a counsellor with ten years of practice, and a poet, she writes daily."
    assert [text[s:e] for s, e, _g in unnamed_people(text, [])] == []


def test_descriptions_that_are_no_person_or_describe_a_name_are_not_people() -> None:
    text = "A storm hit the coast. Ana Ruiz, another artist, says she stayed. One day was lost."
    assert unnamed_people(text, []) == []
    quoted_text = "She said “one woman pointed out the flaw” yesterday."
    inside = (quoted_text.index("one"), quoted_text.index("”"))
    assert unnamed_people(quoted_text, [inside]) == []


def test_a_pronoun_refers_to_an_unnamed_person_only_from_the_next_paragraph() -> None:
    text = "Ida Marsh spoke first.\n\nOne woman asked a question.\n\nShe waited.\n\nLater she left."
    actors = [_actor("a1", "Ida Marsh", ActorKind.PERSON, text)]
    discourse = _discourse(text, actors, {"a1": "f"})
    for start, end, gender in unnamed_people(text, []):
        discourse.add(f"~~{start}", text[start:end], ActorKind.PERSON, start, end, gender)
    near = discourse.resolve(text.index("She waited"), "she")
    far = discourse.resolve(text.index("she left"), "she")
    assert near is not None and near.entity.name == "One woman"
    assert far is not None and far.entity.name == "Ida Marsh"


def test_definite_descriptions_of_people_opening_a_clause_are_found() -> None:
    text = "The judge rejected it. Later, the new mayor said no. The plan failed. The bride cried."
    found = [text[s:e] for s, e in described_subjects(text, [])]
    assert found == ["The judge", "the new mayor", "The bride"]


def test_a_name_modifies_a_noun_but_not_a_verb() -> None:
    text = "the Jack Ryan star has said so; the Ana Ruiz rejected it"
    star = text.index("Jack Ryan")
    assert modifies_noun(text, star, star + len("Jack Ryan"))
    ruiz = text.index("Ana Ruiz")
    assert not modifies_noun(text, ruiz, ruiz + len("Ana Ruiz"))


def test_a_first_name_with_accents_introduces_an_interviewee() -> None:
    text = "Among the marchers was Hélène, a teacher. Later Hélène laughed."
    found = latent_people(text, [], [])
    assert [text[s:e] for s, e in found["Hélène"]] == ["Hélène", "Hélène"]


def test_later_uses_of_a_latent_name_are_whole_words_outside_longer_names() -> None:
    """Uses glued to a word, a hyphen or a full stop, or followed by a capitalised
    word, are not the person ("Dr.Marek", "Marek-Lee", "Marek Holt")."""
    text = (
        "Ivo Marek, 43, was there. Marek left. Dr.Marek and Marek-Lee differ. "
        "Marek Holt is another. Vera Marek too. Then Marek, tired, slept."
    )
    found = latent_people(text, [], [])
    assert found["Ivo Marek"] == [(0, 9)]
    expected = [4, text.index("Marek left"), text.index("Marek too"), text.index("Marek, tired")]
    assert found["Marek"] == [(at, at + 5) for at in expected]


@given(st.text(alphabet="ab \n\t", max_size=60), st.integers(min_value=0, max_value=60))
def test_previous_paragraph_start_is_the_start_of_the_paragraph_before(text: str, pos: int) -> None:
    # The reference reading: back past the pos's own line break and the blank space before it.
    pos = min(pos, len(text))
    own = text.rfind("\n", 0, pos)
    expected = 0 if own < 0 else text.rfind("\n", 0, len(text[:own].rstrip())) + 1
    assert previous_paragraph_start(text, pos) == expected


# What a subject description may be followed by, read as the three alternatives after a
# modifier were first written (each with the modifier of its own): the pattern reads the
# modifier once for all three, and must accept the same places.
_UP_TO_VERB_AS_WRITTEN = (
    r"(?=\s+" + coreference._ADVERB + r"(?:[a-z]{2,}(?:ed|s)|" + coreference._VERBS + r")\b"
    r"|" + coreference._POST_MODIFIER + r"?\s+" + coreference._ADVERB
    + r"(?:[a-z]{2,}ed|" + coreference._VERBS + r")\b"
    r"|" + coreference._POST_MODIFIER + r"?,\s+who\b"
    r"|" + coreference._POST_MODIFIER + r"?,\s+[a-z]+(?:ing|ed)\b[^,.;:!?“”\"]{1,120},\s+"
    + coreference._ADVERB + r"(?:[a-z]{2,}ed|" + coreference._VERBS + r")\b)"
)  # fmt: skip
_PHRASE_WORDS = st.sampled_from(
    "a an one another someone the The woman nurse official EU MP senior report said says "
    "told walked walks ran also then , who spoke speaking close to in Tarnow with ten years "
    "familiar the matter at agency . named asked not to be near “ ”".split()
)


@given(st.lists(_PHRASE_WORDS, max_size=24).map(" ".join))
def test_descriptions_end_where_the_verb_patterns_as_written_say(text: str) -> None:
    for pattern in (coreference._UNNAMED, coreference._DESCRIBED):
        written = re.compile(
            pattern.pattern.replace(coreference._UP_TO_VERB, _UP_TO_VERB_AS_WRITTEN)
        )
        assert written.pattern != pattern.pattern
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in written.finditer(text)]


_GIVEN_AS_WORDS = st.sampled_from("first given name identified only as , Ana Bo x_ ".split(" "))


@given(st.lists(_GIVEN_AS_WORDS).map(" ".join))
def test_a_name_given_as_is_found_where_its_word_boundary_reading_finds_it(text: str) -> None:
    written = re.compile(
        r"\b(?:(?:first|given)\s+name|identified\s+(?:only\s+)?as)\s*,?\s+"
        r"(?P<name>[A-Z][a-z]+)\b(?![ \t]+[A-Z])"
    )
    found = sorted(m.span() for p in coreference._NAME_GIVEN_AS for m in p.finditer(text))
    assert found == [m.span() for m in written.finditer(text)]
