"""Reading a source into bytes a format plugin can recognise and read."""

from __future__ import annotations

import json
import os
import re
import sys
import zlib
from pathlib import PurePath

from attrs import field, frozen
from attrs.validators import instance_of, optional

from newsmodel._errors import InputTooLargeError, SourceError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "RawSource",
    "SourceLike",
    "mistaken_name",
    "read_source",
    "sniff",
]

#: The largest input, after decompression, that newsmodel reads unless told otherwise.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

SourceLike = str | bytes | os.PathLike[str]

_GZIP_MAGIC = b"\x1f\x8b"

_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]{1,15}://|www\.)\S+$", re.IGNORECASE)
_PATH_START = re.compile(r"^(?:/|\.{1,2}[/\\]|~[/\\]|[A-Za-z]:[/\\]|\\\\)")
# Suffixes of the files people parse: a lone word ending so is a file's name.
_FILE_SUFFIXES = frozenset(
    (".txt .text .htm .html .xhtml .shtml .md .eml .gz .json .jsonl .xml .rss .pdf").split()
)
#: The longest str that is checked for being a file's name rather than text.
NAME_LENGTH = 1024


def _exists(name: str) -> bool:
    try:
        return os.path.exists(name)
    except (OSError, ValueError):  # a name the system cannot even look up
        return False


def mistaken_name(text: str) -> str | None:
    """What a ``str`` that names a file or an address, not an article, looks like.

    ``"a URL"``, ``"an existing file's name"``, ``"a path"`` or ``"a file
    name"``; ``None`` for anything that may be article text.  Only a single
    line without spaces (or the name of a file that exists) is taken for a
    name: article text, however short, has words.
    """
    name = text.strip()
    if not name or len(name) > NAME_LENGTH or "\n" in name or not any(c.isalnum() for c in name):
        return None
    if _URL.match(name):
        return "a URL"
    if _exists(name):
        return "an existing file's name"
    if any(c.isspace() for c in name):
        return None
    if _PATH_START.match(name):
        return "a path"
    if PurePath(name).suffix.lower() in _FILE_SUFFIXES and len(PurePath(name).stem) > 0:
        return "a file name"
    return None


def _refuse_name(text: str, what: str) -> SourceError:
    shown = text.strip()
    if len(shown) > 80:
        shown = shown[:79] + "…"
    if what == "a URL":
        advice = (
            "newsmodel never fetches URLs: download the page and pass its bytes or "
            "Path('page.html') (url= records the address)"
        )
    else:
        advice = f"to read the file pass Path({shown!r})"
    return SourceError(
        f"{shown!r} looks like {what}, but a str is read as the article's own text: {advice}; "
        f"to parse these very characters as an article pass them as bytes"
    )


@frozen(kw_only=True)
class RawSource:
    """A source as format plugins see it: its bytes and where they came from.

    ``data`` is already decompressed.  ``text`` is set when the caller passed a
    ``str``: plugins use it as is instead of decoding ``data``.  ``name`` is
    the file name without a compression suffix, so ``page.html.gz`` has the
    :attr:`suffix` ``.html``.
    """

    data: bytes = field(validator=instance_of(bytes), repr=lambda d: f"<{len(d)} bytes>")
    text: str | None = field(default=None, validator=optional(instance_of(str)), repr=False)
    path: str | None = field(default=None, validator=optional(instance_of(str)))
    url: str | None = field(default=None, validator=optional(instance_of(str)))
    name: str | None = field(default=None, validator=optional(instance_of(str)))

    @property
    def suffix(self) -> str:
        """The lower-cased file suffix (``.txt``, ``.html``), or ``""``."""
        return PurePath(self.name).suffix.lower() if self.name else ""

    def head(self, size: int = 4096) -> bytes:
        """The first ``size`` bytes, for sniffing."""
        return self.data[:size]

    def looks_like(self) -> str | None:
        """What the source plainly is when it is not an article's text or page.

        ``"a PDF document"``, ``"a PNG image"``, ``"JSON"``, ``"JSON Lines"``,
        ``"an article in newsmodel's JSON"``, ``"an XML feed"``, ``"binary data"``
        and the like, from magic numbers and structure; ``None`` for anything
        that may be text or HTML.  Format plugins use it to refuse what they
        cannot read, and errors use it to say what a file looks like.
        """
        return sniff(self.data)


# Magic numbers of common binary files, and what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or EPUB file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x7fELF", "a program"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg audio or video file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
)
_UNICODE_MARKS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
#: How much of a JSON-looking source is parsed whole to be sure it is JSON.
JSON_CHECK_BYTES = 4 * 1024 * 1024
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF|urlset|sitemapindex)\b")


def _json_kind(data: bytes) -> str | None:
    """``"JSON"``, ``"JSON Lines"`` or newsmodel's own output, for data that parses so."""
    text = data.lstrip()
    if text[:1] not in (b"{", b"["):
        return None
    first, _, rest = text.partition(b"\n")
    try:
        value = json.loads(first)
    except ValueError:
        value = None
    if value is not None and rest.strip():  # a JSON value per line: JSON Lines
        if isinstance(value, dict) and "schema_version" in value and "text" in value:
            return "articles in newsmodel's JSON Lines"
        return "JSON Lines" if isinstance(value, dict | list) else None
    if len(text) > JSON_CHECK_BYTES:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if isinstance(value, dict) and "schema_version" in value and "text" in value:
        return "an article in newsmodel's JSON"
    return "JSON" if isinstance(value, dict | list) else None


def sniff(data: bytes) -> str | None:
    """What ``data`` plainly is when it is not text or a page; see :meth:`RawSource.looks_like`."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "a WebP image"
    if data[4:8] == b"ftyp":
        return "an MP4 or QuickTime file"
    head = data[:4096]
    if not head.startswith(_UNICODE_MARKS):
        found = _json_kind(data)
        if found is not None:
            return found
        start = head.lstrip()[:512].lower()
        if (start.startswith(b"<?xml") or _FEED.match(start)) and b"<html" not in head.lower():
            return "an XML feed" if _FEED.search(head) else "an XML document"
    return None


def _gunzip(data: bytes, limit: int, where: str) -> bytes:
    out = bytearray()
    rest = data
    # A gzip file may hold several members; decompress each, never past the limit.
    while rest[:2] == _GZIP_MAGIC:
        d = zlib.decompressobj(wbits=31)
        try:
            out += d.decompress(rest, limit + 1 - len(out))
        except zlib.error as exc:
            raise SourceError(f"{where}: broken gzip data ({exc})") from exc
        if len(out) > limit:  # decompression stopped just past the limit
            raise InputTooLargeError(len(out), limit, where=where, at_least=True)
        if not d.eof:
            raise SourceError(f"{where}: truncated gzip data")
        rest = d.unused_data
    return bytes(out)


def read_source(
    source: SourceLike,
    *,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RawSource:
    """Turn what the caller passed into a :class:`RawSource`.

    A :class:`str` is article content; a path (:class:`os.PathLike`) is read
    from disk, ``"-"`` as a path reads standard input; :class:`bytes` are
    content.  Gzip data is decompressed transparently.  Raises
    :class:`SourceError` when the file cannot be read, when a ``str`` is a
    file's name, a path or a URL rather than text (see :func:`mistaken_name`;
    newsmodel never fetches URLs), and :class:`InputTooLargeError` past
    ``max_bytes``.
    """
    if isinstance(source, str):
        what = mistaken_name(source)
        if what is not None:
            raise _refuse_name(source, what)
        encoded = source.encode("utf-8", "surrogatepass")
        if len(encoded) > max_bytes:
            raise InputTooLargeError(len(encoded), max_bytes, where="<text>")
        return RawSource(data=encoded, text=source, url=url)
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        where = "<bytes>"
        path = name = None
    elif isinstance(source, os.PathLike):
        path = os.fspath(source)
        where = path
        data = _read_path(path, max_bytes)
        name = PurePath(path).name
        if name.lower().endswith(".gz"):
            name = name[:-3]
        if path == "-":
            name = None
    else:
        raise TypeError(f"cannot parse a {type(source).__name__}: pass str, bytes or a path")
    if data[:2] == _GZIP_MAGIC:
        data = _gunzip(data, max_bytes, where)
    if len(data) > max_bytes:
        raise InputTooLargeError(len(data), max_bytes, where=where)
    return RawSource(data=data, path=path, url=url, name=name)


def _read_path(path: str, max_bytes: int) -> bytes:
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(path, "rb") as f:
                data = f.read(max_bytes + 1)
    except IsADirectoryError as exc:
        raise SourceError(f"{path}: is a directory") from exc
    except OSError as exc:
        raise SourceError(f"{path}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        # Compressed data longer than the limit inflates past it too.  Reading
        # stopped one byte past the limit: the file's own size is the real one.
        raise _too_large(path, len(data), max_bytes)
    return data


def _too_large(path: str, read: int, max_bytes: int) -> InputTooLargeError:
    try:
        size = os.stat(path).st_size if path != "-" else 0
    except OSError:
        size = 0
    if size > max_bytes:
        return InputTooLargeError(size, max_bytes, where=path)
    # Standard input, a pipe or a device: only how much was read is known.
    return InputTooLargeError(read, max_bytes, where=path, at_least=True)
