"""Character repair with offset maps: mojibake, line ends, spaces, invisible characters."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import OffsetMap, Span
from newsmodel_text._normalize import normalize, repair_mojibake, repaired
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


def test_substitute_records_a_rewrite_of_another_length_as_one_replacement() -> None:
    breaks = {"\r\n": "\n", "\u2029": "\n\n"}
    mapped = substitute("a\r\nb\u2029c", re.compile("\r\n|\u2029"), lambda m: breaks[m.group()])
    assert mapped is not None and mapped.text == "a\nb\n\nc"
    assert mapped.segments == ((0, 0, 1, 1), (1, 1, 1, 2), (2, 3, 1, 1), (3, 4, 2, 1), (5, 5, 1, 1))


def test_compose_carries_replacements_through() -> None:
    # B = "x“y" from A = "xâ€œy"; C = "“y" copies B from 1, C' = "Q" replaces B's "“y".
    inner = ((0, 0, 1, 1), (1, 1, 1, 3), (2, 4, 1, 1))
    assert compose(((0, 1, 2, 2),), inner) == ((0, 1, 1, 3), (1, 4, 1, 1))
    assert compose(((0, 1, 1, 2),), inner) == ((0, 1, 1, 4),)
    # B = "\n\n" made from one "\u2029" at 0: two copies of its halves are one replacement.
    split = ((0, 0, 2, 1),)
    assert compose(((0, 0, 1, 1), (2, 1, 1, 1)), split) == ((0, 0, 3, 1),)
    assert compose(((0, 1, 1, 1),), split) == ((0, 0, 1, 1),)


def test_a_repaired_character_maps_to_its_whole_sequence() -> None:
    source = "He said â€œyesâ€\x9d.\r\n"
    mapped = normalize(source)
    assert mapped.text == "He said “yes”.\n"
    source_map = OffsetMap(segments=mapped.segments)
    for char, sequence in [("“", "â€œ"), ("”", "â€\x9d"), ("\n", "\r\n"), ("y", "y")]:
        at = mapped.text.index(char)
        assert source_map.span_to_source(Span(start=at, end=at + 1)).of(source) == sequence


def test_repaired_takes_every_sequence_as_mojibake() -> None:
    # "Ä±" (a UTF-8 dotless i read as cp1252) could be real text: in a text it is
    # repaired only beside evident mojibake, on its own only by ``repaired``.
    assert normalize("Ä±").text == "Ä±"
    assert normalize("Ä± Ã©").text == "ı é"
    assert repaired("Ä±") == "ı"


@given(
    st.text(alphabet=st.sampled_from("ab \r\n\u00a0\u200bÃ©â€œ\x9d\u00ad\t\u2029Ä±"), max_size=60)
)
def test_every_normalised_character_maps_into_the_source(source: str) -> None:
    mapped = normalize(source)
    assert "\r" not in mapped.text
    source_map = OffsetMap(segments=mapped.segments)  # sorted and disjoint on both sides
    covered = sum(run[2] for run in source_map.runs)
    assert covered == len(mapped.text)  # normalisation inserts nothing unmapped
    for target, start, length, source_length in source_map.runs:
        assert start >= 0 and start + source_length <= len(source)
        assert target + length <= len(mapped.text)
        text_slice = mapped.text[target : target + length]
        source_slice = source[start : start + source_length]
        if length == source_length:  # a copy, up to normalised spaces and line ends
            assert all(
                t == s or (t in " \n" and s.isspace())
                for t, s in zip(text_slice, source_slice, strict=True)
            )
        else:  # a replacement: what its whole sequence repairs to
            assert repaired(source_slice) == text_slice
