"""Person identity across articles: spellings, nicknames, context, and people kept apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmodel._identity import PersonProfile, decide, same_person, surname_key

PAIRS = json.loads((Path(__file__).parent / "data" / "name_pairs.json").read_text(encoding="utf-8"))


def _profile(side: dict) -> PersonProfile:  # type: ignore[type-arg]
    return PersonProfile(name=side["name"], roles=side["roles"], company=side.get("company", []))


def test_the_pair_set_is_large_and_balanced() -> None:
    assert len(PAIRS) >= 60
    same = sum(p["same"] for p in PAIRS)
    assert 20 <= same <= len(PAIRS) - 20


def test_pairs_are_decided_right_at_least_95_percent() -> None:
    wrong = [
        (
            p["a"]["name"],
            p["b"]["name"],
            p["same"],
            decide(_profile(p["a"]), _profile(p["b"])).reason,
        )
        for p in PAIRS
        if decide(_profile(p["a"]), _profile(p["b"])).same != p["same"]
    ]
    accuracy = 1 - len(wrong) / len(PAIRS)
    assert accuracy >= 0.95, f"accuracy {accuracy:.3f}; wrong: {wrong}"


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: f"{p['a']['name']}~{p['b']['name']}")
def test_decisions_are_symmetric_and_explained(pair: dict) -> None:  # type: ignore[type-arg]
    ab = decide(_profile(pair["a"]), _profile(pair["b"]))
    ba = decide(_profile(pair["b"]), _profile(pair["a"]))
    assert ab.same == ba.same
    assert ab.reason


def test_co_mentions_can_confirm_a_near_spelling() -> None:
    a = PersonProfile(name="Steve Witkoff", company={"trump", "putin"})
    b = PersonProfile(name="Steven Uitkoff", company={"trump", "putin", "peskov"})
    assert decide(a, b).same
    assert not decide(
        PersonProfile(name="Steve Witkoff"), PersonProfile(name="Steven Uitkoff")
    ).same


def test_same_person_without_context() -> None:
    assert same_person("Volodymyr Zelensky", "Volodymyr Zelenskyy")
    assert same_person("Trump", "Donald Trump") is None


def test_surname_key_folds_transliterations() -> None:
    assert surname_key("Zelenskyy") == surname_key("Zelensky") == surname_key("Zelenskiy")
    assert surname_key("Müller") == surname_key("Muller")
    assert surname_key("al-Sisi") == surname_key("el-Sisi")
