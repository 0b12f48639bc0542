"""Bytes or text to an lxml tree: encoding detection and a parser that never fetches."""

from __future__ import annotations

import codecs
import re
import threading

import lxml.etree

from newsmodel import SourceError

__all__ = ["decode_head", "detect_encoding", "parse_html", "repair_utf8", "sniff_unicode"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SNIFF_BYTES = 1024
_MIN_SNIFF_BYTES = 16
# One valid UTF-8 sequence or more (RFC 3629: no overlongs, no surrogates).
_UTF8_RUN = re.compile(
    rb"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})+"
)
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})

# Browsers look for the declaration in the first 1024 bytes; real pages put
# long scripts first, so look further.
_PRESCAN_BYTES = 64 * 1024
_META_CHARSET = re.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{2,40})""", re.IGNORECASE
)
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")

# The WHATWG Encoding Standard reads these labels as their supersets.
_SUPERSETS = {
    "ascii": "cp1252",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "tis-620": "cp874",
    "big5": "big5hkscs",
}
_UNICODE_LABELS = ("utf-16", "utf-32", "utf-7")
# Python codecs that have labels but are no encoding a page can be written in.
_NOT_PAGE_ENCODINGS = frozenset(
    {"undefined", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "mbcs", "oem"}
)

# One parser per thread (lxml parsers must not be shared between threads):
# libxml2's HTML parser, told the text is UTF-8 so that no declaration inside
# the page can switch it.  It never touches the network, drops comments and
# processing instructions, and recovers from any markup.  The HTML parser does
# not read DTDs, so there is no entity expansion to guard against;
# ``huge_tree`` stays off so that libxml2 keeps its limits on nesting depth
# (256) and on the size of one text node.
_LOCAL = threading.local()

#: How deeply libxml2 nests elements; deeper pages are refused, not truncated.
MAX_NESTING = 256


def _parser() -> lxml.etree.HTMLParser:
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = lxml.etree.HTMLParser(
            encoding="utf-8",
            recover=True,
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            compact=True,
            collect_ids=False,
            huge_tree=False,
        )
        _LOCAL.parser = parser
    return parser


def _codec(label: bytes | str) -> str | None:
    """The Python codec for an encoding label, or ``None`` when it is unknown."""
    name = label.decode("ascii", "replace") if isinstance(label, bytes) else label
    try:
        info = codecs.lookup(name.strip().lower())
    except (LookupError, ValueError):
        return None
    codec = info.name
    if codec in _NOT_PAGE_ENCODINGS or not getattr(info, "_is_text_encoding", True):
        return None
    if codec.startswith(_UNICODE_LABELS):
        # A page that says UTF-16 in ASCII bytes is not UTF-16 (its BOM would
        # have told): the declaration was copied from elsewhere.
        return "utf-8"
    return _SUPERSETS.get(codec, codec)


def sniff_unicode(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte-order mark, from the rhythm of its zero bytes.

    Markup is mostly ASCII: in UTF-16 every other byte is zero, in UTF-32
    three bytes in four, at positions that give away the byte order.  Binary
    data and single-byte encodings rarely keep that rhythm for long.
    """
    sample = data[:_SNIFF_BYTES]
    if len(sample) < _MIN_SNIFF_BYTES or sample.count(0) < len(sample) // 3:
        return None
    quarter = len(sample) // 4
    lanes = [sample[i::4].count(0) for i in range(4)]
    if quarter:
        if lanes[0] <= 0.05 * quarter and all(n >= 0.9 * quarter for n in lanes[1:]):
            return "utf-32-le"
        if lanes[3] <= 0.05 * quarter and all(n >= 0.9 * quarter for n in lanes[:3]):
            return "utf-32-be"
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.7 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.7 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def decode_head(data: bytes, size: int) -> bytes:
    """The first ``size`` bytes as ASCII-compatible bytes, for looking at the markup.

    UTF-16 and UTF-32 pages (with or without a byte-order mark) are decoded
    first, so that their tags can be seen.
    """
    encoding = next((e for bom, e in _BOMS if data.startswith(bom)), None)
    if encoding is None or encoding == "utf-8":
        encoding = encoding or sniff_unicode(data)
    if encoding is None or encoding == "utf-8":
        return data[:size]
    # Four bytes per character at most: decode enough for ``size`` characters.
    return data[: size * 4].decode(encoding, "replace")[:size].encode("utf-8", "replace")


def repair_utf8(data: bytes) -> str:
    """UTF-8 with stray single-byte characters read as Windows-1252.

    A page that says UTF-8 may hold bytes pasted from a legacy editor (curly
    quotes and dashes as ``\\x93``, ``\\x94``, ``\\x97``).  The valid
    UTF-8 stays as it is; each byte that is not part of a valid sequence is
    read as Windows-1252 (Latin-1 for the five bytes it leaves undefined)
    instead of becoming U+FFFD.
    """
    out: list[str] = []
    position = 0
    for match in _UTF8_RUN.finditer(data):
        if match.start() > position:
            out.append(_legacy(data[position : match.start()]))
        out.append(match.group().decode("utf-8"))
        position = match.end()
    if position < len(data):
        out.append(_legacy(data[position:]))
    return "".join(out)


def _legacy(chunk: bytes) -> str:
    return "".join(
        bytes((byte,)).decode("cp1252") if byte not in _CP1252_UNDEFINED else chr(byte)
        for byte in chunk
    )


def detect_encoding(data: bytes) -> str:
    """The encoding of an HTML page, as a Python codec name.

    A byte-order mark wins, then UTF-32 or UTF-16 recognised by their zero
    bytes; then the page's own declaration (``<meta
    charset>``, ``http-equiv`` Content-Type, the XML declaration), unless the
    bytes are valid UTF-8 with non-ASCII text in them, which a legacy
    single-byte declaration cannot explain; then UTF-8 when the bytes decode
    as it, else Windows-1252, the web's legacy default.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    sniffed = sniff_unicode(data)
    if sniffed is not None:
        return sniffed
    head = data[:_PRESCAN_BYTES]
    declared = None
    if match := _META_CHARSET.search(head) or _XML_DECLARATION.search(head):
        declared = _codec(match[1])
    if declared == "utf-8" or _is_utf8(data):
        return "utf-8"
    return declared or "cp1252"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _to_utf8(data: bytes | str) -> bytes:
    if isinstance(data, str):
        return data.encode("utf-8", "replace")
    encoding = detect_encoding(data)
    if encoding == "utf-8":
        data = data[3:] if data.startswith(codecs.BOM_UTF8) else data
        if data.isascii() or _is_utf8(data):
            return data
        return repair_utf8(data).encode("utf-8")
    try:
        text = data.decode(encoding, "replace")
    except (UnicodeError, LookupError):
        text = data.decode("cp1252", "replace")
    return text.encode("utf-8", "replace")


def parse_html(data: bytes | str) -> lxml.etree._Element | None:
    """The root element of a page, or ``None`` when there is no markup or text.

    Raises :class:`~newsmodel.SourceError` when libxml2 cannot build a tree.
    """
    raw = _to_utf8(data)
    if not raw.strip():
        return None
    parser = _parser()
    try:
        root = lxml.etree.fromstring(raw, parser)
    except (lxml.etree.LxmlError, ValueError) as exc:
        raise SourceError(f"unreadable HTML: {exc}") from exc
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT" and "depth" in error.message.lower():
            # libxml2 stops building the tree there: say so rather than lose the rest.
            raise SourceError(
                f"HTML nested deeper than {MAX_NESTING} elements (line {error.line}); "
                "everything below that depth would be lost"
            )
    return root
