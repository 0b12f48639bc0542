"""Reading HTML input: encodings, broken and hostile markup, recognition."""

from __future__ import annotations

import codecs

import pytest

import newsmodel
from newsmodel import Document, RawSource, SourceError
from newsmodel_html import newsmodel_read, newsmodel_recognize
from newsmodel_html._parse import detect_encoding

TEXT = "Café owners in Zürich say “déjà vu” as the council raises rents again this year — by 5 %."
PROSE = (
    "<p>The city council voted on Tuesday to expand the bus network to the northern suburbs, "
    "after months of debate over the cost of the new routes.</p>"
)


def read_bytes(data: bytes) -> Document | None:
    return newsmodel_read(source=RawSource(data=data, name="page.html"))


def read_text(text: str) -> Document | None:
    return newsmodel_read(source=RawSource(data=text.encode("utf-8", "surrogatepass"), text=text))


def page(head: str = "", text: str = TEXT) -> str:
    return f"<html><head>{head}</head><body><article><p>{text}</p>{PROSE}</article></body></html>"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + page().encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + page().encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + page().encode("utf-16-be"), "utf-16-be"),
        (page('<meta charset="windows-1252">').encode("cp1252"), "cp1252"),
        (
            page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">').encode(
                "cp1252"
            ),
            "cp1252",
        ),
        (page().encode("cp1252"), "cp1252"),
        (page().encode("utf-8"), "utf-8"),
        # A legacy declaration cannot explain bytes that are valid UTF-8.
        (page('<meta charset="iso-8859-1">').encode("utf-8"), "utf-8"),
        (page('<meta charset="koi8-r">', "Привет, мир").encode("koi8-r"), "koi8-r"),
        (page('<meta charset="shift_jis">', "東京都の議会").encode("shift_jis"), "cp932"),
        (page('<meta charset="gb2312">', "北京市议会").encode("gb2312"), "gb18030"),
        # Labels that are no page encoding are ignored.
        (page('<meta charset="base64">').encode("cp1252"), "cp1252"),
        (page('<meta charset="no-such-charset">').encode("utf-8"), "utf-8"),
    ],
)
def test_encoding_detection(data: bytes, encoding: str) -> None:
    assert detect_encoding(data) == encoding
    document = read_bytes(data)
    assert document is not None
    assert document.text.split("\n\n")[0] in (TEXT, "Привет, мир", "東京都の議会", "北京市议会")


def test_xml_declaration_decides_the_encoding() -> None:
    data = b'<?xml version="1.0" encoding="windows-1252"?>' + page().encode("cp1252")
    document = read_bytes(data)
    assert document is not None and TEXT in document.text


def test_str_input_is_read_as_is_even_with_an_xml_declaration() -> None:
    document = read_text('<?xml version="1.0" encoding="iso-8859-1"?>' + page())
    assert document is not None and TEXT in document.text


def test_str_input_with_a_lone_surrogate() -> None:
    document = read_text(page(text="broken \ud800 surrogate but still a readable paragraph here."))
    assert document is not None and "surrogate" in document.text


@pytest.mark.parametrize("data", [b"", b"   \n\t", b"\xef\xbb\xbf"])
def test_empty_input_reads_as_nothing(data: bytes) -> None:
    assert read_bytes(data) is None


def test_a_page_without_article_text_reads_as_an_empty_document() -> None:
    document = read_bytes(b"<html><head><title>Nothing here</title></head><body></body></html>")
    assert document is not None
    assert document.text == "" and document.title == "Nothing here"


def test_plain_text_is_one_paragraph() -> None:
    document = read_bytes(b"Just a sentence with no markup at all, read as a paragraph.")
    assert document is not None
    assert document.text == "Just a sentence with no markup at all, read as a paragraph."


@pytest.mark.parametrize(
    "html",
    [
        f"<html><body><article>{PROSE}<p>Unclosed <b>bold <i>italic",
        f"<html><body><div><p>{PROSE}</span></div></td></table><p>more text here</p>",
        f"{PROSE}</body></html><p>after the end of the document</p>",
        f"<html><body><table><tr><td>{PROSE}<table><tr><td>nested</td></tr>",
        f"<html><body>{PROSE}<p>truncated in the middle of a tag <a hre",
        f"<html><body>{PROSE}<!-- unclosed comment <p>hidden</p>",
        f"<html><body>{PROSE}<![CDATA[ odd ]]><p>after cdata</p></body></html>",
    ],
)
def test_broken_markup_still_reads(html: str) -> None:
    document = read_text(html)
    assert document is not None
    assert "expand the bus network" in document.text


@pytest.mark.parametrize("tag", ["div", "span"])
def test_nesting_past_libxml2s_limit_is_refused_clearly(tag: str) -> None:
    # libxml2 stops building the tree at depth 256: refuse rather than lose the rest.
    html = (
        "<html><body><p>" + f"<{tag}>" * 5000 + "deep" + f"</{tag}>" * 5000 + "</p></body></html>"
    )
    with pytest.raises(SourceError, match="nested deeper than 256"):
        read_text(html)


def test_nesting_within_the_limit_is_read() -> None:
    html = "<html><body>" + "<div>" * 200 + PROSE + "</div>" * 200 + "</body></html>"
    document = read_text(html)
    assert document is not None
    assert "city council" in document.text


def test_large_page() -> None:
    paragraphs = "".join(f"<p>Paragraph {i}: {TEXT}</p>" for i in range(20_000))
    html = (
        f"<html><body><nav><a href='/'>Home</a></nav><article>{paragraphs}</article></body></html>"
    )
    document = read_bytes(html.encode())
    assert document is not None
    assert document.text.count("\n\n") == 19_999


def test_internal_entities_are_not_expanded() -> None:
    html = (
        '<!DOCTYPE html [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<html><body>{PROSE}<p>&b;&b;&b;</p></body></html>"
    )
    document = read_bytes(html.encode())
    assert document is not None
    assert "AAAAAAAAAA" not in document.text


def test_external_entities_are_not_fetched() -> None:
    html = (
        '<!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        f"<html><body>{PROSE}<p>value: &secret;</p></body></html>"
    )
    document = read_bytes(html.encode())
    assert document is not None
    assert "root:" not in document.text


def test_external_dtd_is_not_fetched() -> None:
    html = f'<!DOCTYPE html SYSTEM "http://127.0.0.1:9/never.dtd"><html><body>{PROSE}</body></html>'
    document = read_bytes(html.encode())
    assert document is not None and "bus network" in document.text


def test_html_entities_are_decoded() -> None:
    document = read_text(
        f"<html><body>{PROSE}<p>caf&eacute; &amp; cr&#232;me &#x2014; ok</p></body></html>"
    )
    assert document is not None and "café & crème — ok" in document.text


def test_parse_reads_html_end_to_end() -> None:
    article = newsmodel.parse(page(), url="https://example.com/2019/11/19/buses")
    assert article.format == "html"
    assert TEXT in article.body
    assert article.published is not None


@pytest.mark.parametrize(
    ("data", "name", "recognized"),
    [
        (b"anything", "story.html", True),
        (b"anything", "story.htm", True),
        (b"<!DOCTYPE html><html><body>x</body></html>", None, True),
        (b"<html><head><meta charset=utf-8></head>", None, True),
        (b"Just some text about the council.", None, False),
    ],
)
def test_recognize(data: bytes, name: str | None, recognized: bool) -> None:
    confidence = newsmodel_recognize(source=RawSource(data=data, name=name))
    assert (confidence is not None and confidence >= 0.9) is recognized


# -- UTF-16 and UTF-32 without a byte-order mark; stray Windows-1252 in UTF-8 ----


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_a_bom_are_detected(encoding: str) -> None:
    assert detect_encoding(page().encode(encoding)) == encoding


@pytest.mark.parametrize(
    "encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32"]
)
def test_utf16_and_utf32_pages_are_parsed_as_html_without_naming_the_format(
    encoding: str,
) -> None:
    # "utf-16" and "utf-32" write a byte-order mark, the others none.
    html = (
        "<!doctype html><html><head><title>Rents rise</title></head><body><article>"
        f"<p>{TEXT}</p>{PROSE}<p>“We cannot pay this,” said Marta Keller, a baker.</p>"
        "</article></body></html>"
    )
    article = newsmodel.parse(html.encode(encoding))
    assert article.format == "html"
    assert TEXT in article.text
    assert "<p>" not in article.text
    assert [q.text for q in article.quotes] == ["We cannot pay this,"]


def test_latin_text_in_a_legacy_encoding_is_not_taken_for_utf16() -> None:
    assert detect_encoding(page().encode("cp1252")) == "cp1252"


def test_stray_windows_1252_bytes_in_a_utf8_page_are_repaired() -> None:
    good = page('<meta charset="utf-8">', "Zürich’s mayor said “enough” — again.")
    # The quotation marks and the dash pasted as single Windows-1252 bytes.
    data = (
        good.encode("utf-8")
        .replace("“".encode(), b"\x93")
        .replace("”".encode(), b"\x94")
        .replace("—".encode(), b"\x97")
    )
    document = read_bytes(data)
    assert document is not None
    assert "Zürich’s mayor said “enough” — again." in document.text
    assert "\ufffd" not in document.text


def test_bytes_windows_1252_leaves_undefined_are_kept_as_latin1() -> None:
    data = page('<meta charset="utf-8">', "Café MARK").encode("utf-8")
    document = read_bytes(data.replace(b"MARK", b"x\x81y\xe9"))
    assert document is not None
    assert "Café x\x81yé" in document.text
