"""Character repair with offset maps: mojibake, line ends, spaces, invisible characters."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import OffsetMap
from newsmodel_text._normalize import normalize, repair_mojibake
from newsmodel_text._offsets import Mapped, compose, substitute


def _to_source(mapped: Mapped, offset: int) -> int:
    return OffsetMap(segments=mapped.segments).to_source(offset)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("â€œQuoteâ€\x9d", "“Quote”"),  # cp1252, with the undefined byte as a C1 control
        ("â€œQuoteâ€", "“Quoteâ€"),  # the final byte lost: that sequence stays as it is
        ("CafÃ© and naÃ¯ve", "Café and naïve"),
        ("itâ€™s â€” done", "it’s — done"),
        ("Ã¢â‚¬Å“twiceÃ¢â‚¬Â\x9d", "“twice”"),  # mis-decoded twice
        ("price: 5Â\xa0â‚¬", "price: 5\xa0€"),
        ("ZÃ¼rich", "Zürich"),
        ("æ—¥æœ¬", "日本"),
        ("ï»¿Title", "\ufeffTitle"),
    ],
)
def test_mojibake_is_repaired(broken: str, fixed: str) -> None:
    assert repair_mojibake(broken).text == fixed


def test_control_characters_inside_mojibake_do_not_hide_it() -> None:
    source = "it was â\x00€˜goodâ€™ news, â€\u200bœ"
    mapped = normalize(source)
    assert mapped.text == "it was ‘good’ news, “"
    assert normalize(mapped.text).text == mapped.text  # repaired the first time
    assert source[_to_source(mapped, mapped.text.index("‘")) :].startswith("â\x00€˜")


@pytest.mark.parametrize(
    "text",
    [
        "Ürün “İyi”",
        "naïve café",
        "ÉTÉ — Ëvë",
        "Dvořák’s “Ödön” — ½ × ¾",
        "Ã alone",
        "café\u00ad\u00a0ok",
    ],
)
def test_correct_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text).text == text


def test_repaired_characters_map_to_where_their_sequence_began() -> None:
    source = "He said â€œyesâ€\x9d."
    mapped = normalize(source)
    assert mapped.text == "He said “yes”."
    assert source[_to_source(mapped, mapped.text.index("“")) :].startswith("â€œ")
    assert source[_to_source(mapped, mapped.text.index("y")) :].startswith("yes")
    assert source[_to_source(mapped, mapped.text.index(".")) :] == "."


def test_noise_is_cleaned_and_mapped() -> None:
    source = "a\r\nb\rc\u00a0d\u200be\u00adf\x07g\u2029h\ufeffi\u200dj"
    mapped = normalize(source)
    assert mapped.text == "a\nb\nc def\x07g\n\nhij".replace("\x07", "")
    for offset, char in enumerate(mapped.text):
        origin = source[_to_source(mapped, offset)]
        assert origin == char or (char in " \n" and origin.isspace())


def test_joiners_inside_scripts_that_need_them_stay() -> None:
    persian = "می\u200cخواهم"
    assert normalize(persian).text == persian
    assert normalize("word\u200c word").text == "word word"


def test_substitute_and_compose_chain_maps() -> None:
    first = substitute("aXXb", re.compile("XX"), lambda m: "Y")
    assert first is not None and first.text == "aYb"
    second = substitute(first.text, re.compile("a"), lambda m: "")
    assert second is not None and second.text == "Yb"
    chained = compose(second.segments, first.segments)
    assert OffsetMap(segments=chained).to_source(0) == 1  # "Y" came from "XX" at 1
    assert OffsetMap(segments=chained).to_source(1) == 3  # "b"


@given(st.text(alphabet=st.sampled_from("ab \r\n\u00a0\u200bÃ©â€œ\x9d\u00ad\t"), max_size=60))
def test_every_normalised_character_maps_into_the_source(source: str) -> None:
    mapped = normalize(source)
    assert "\r" not in mapped.text
    covered = sum(n for _, _, n in mapped.segments)
    assert covered == len(mapped.text)  # normalisation inserts nothing unmapped
    for target, start, length in mapped.segments:
        assert start >= 0
        assert start + length <= len(source)
        assert target + length <= len(mapped.text)
