"""Line breaks that do not end a paragraph: after "Sen.", mid-sentence, inside a word.

:func:`join_kind` looks only at the two lines around a break and answers
how to join them, or ``None`` when the break may well be a paragraph end.
Width and indentation, which need the whole document, are
:mod:`newsmodel_text._layout`'s business.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Container

__all__ = ["Join", "Spellings", "ends_sentence", "join_kind", "keeps_hyphen"]


class Join(enum.Enum):
    """How two pieces of one paragraph are put together."""

    SPACE = "space"  #: with a single space
    GLUE = "glue"  #: directly: "peace—" + "or", "U.S.-" + "Russia"
    DROP_HYPHEN = "drop_hyphen"  #: a word hyphenated at the line end: "inter-" + "national"


# Abbreviations that cannot end a sentence: a title before a name.
_TITLES = frozenset(
    """Mr. Mrs. Ms. Mx. Dr. Prof. Sen. Sens. Rep. Reps. Gov. Govs. Lt. Col. Maj. Gen. Gens.
    Capt. Sgt. Cpl. Pvt. Adm. Cmdr. Brig. Rev. Fr. Hon. Pres. Amb. Atty. Det. Insp. Supt.
    Messrs. Mmes. Mme. Mlle. St. Mt. Ft. Lt.-Gen. Maj.-Gen. Gov.-elect Sr. Sra. Pfc.""".split()
)
# Abbreviations that need the number after them.
_BEFORE_NUMBERS = frozenset(
    """No. Nos. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Art. Vol. p. pp.
    Fig. Ch. Sec. Para. Rev. Ex. Ref. approx. ca. c. Nr. no. nos. vol.""".split()
)
_ALWAYS = frozenset("vs. v. e.g. i.e. cf. incl. viz. approx. esp. et al.,".split())
_COUNTRIES = frozenset("U.S. U.K. U.N. E.U. U.S.A. U.A.E. D.C.".split())
# Words that, capitalised, commonly follow "U.S." inside a sentence.
_AFTER_COUNTRY = frozenset(
    """President Secretary Senate Senator Sen. Rep. House Congress Army Navy Air Marine Marines
    Embassy Ambassador Department Treasury Attorney Supreme Court District Judge Justice Defense
    State Special Envoy Trade Representative Census Coast Forces Federal Capitol Central
    Commerce Customs Border Geological Postal Open Food Agency Agriculture Energy Vice Chamber
    Mint Navy’s Army’s Military Intelligence Government Administration Labor Bureau Olympic
    Soccer Steel""".split()
)
# Words a sentence does not end on.
_CONNECTORS = frozenset(
    """a an the of to in on at for with from by and or but nor as that than into onto over
    under about after before between during without within against among through toward
    towards upon via per is are was were be been being has have had will would could should
    can may might must shall said says told who which whose whom where when while if because
    although though since until not also its their his her our your my this these those such
    very whether both either neither each every some any no including like amid
    despite""".split()
)
# Words that start sentences far more often than they are surnames.
_SENTENCE_STARTERS = frozenset(
    """the a an this that these those it its he she they we i you in on at but and or so if
    when while after before as for with from by his her their our there here what who why how
    one two three four five six seven eight nine ten some many most all no not then also
    however meanwhile still yet""".split()
)
_BRAND = re.compile(r"[a-z]+[A-Z0-9]")
_OPENERS = ",;(“‘[–"
_CLOSERS = "\"'”’)»]"
_QUOTES = "“‘\"'(["
_INITIAL = re.compile(r"(?:^|\s)[A-Z][\w’'-]*\s+[A-Z]\.$")
_HYPHENATED = re.compile(r"(?<=[\w.])-$")

# Whole words that form real compounds before a line-end hyphen: "well-\nknown".
_COMPOUND_HEADS = frozenset(
    """well self so long short high low full part half all ex co non pro anti mid post pre
    one two three four five six seven eight nine ten first second third front back cross
    far near old year day week month hour top bottom left right north south east west
    high-level then re un multi semi quasi vice""".split()
)
_SPELLING = re.compile(r"[^\W\d_][\w’']*(?:-[^\W\d_][\w’']*)*")
_WORD_TAIL = re.compile(r"([^\W\d_][\w’']*)-$")
_WORD_HEAD = re.compile(r"[^\W\d_][\w’']*")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence or clause does: "said.", "peace?”", "follows:"."""
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…", ":")


def join_kind(prev: str, cur: str) -> Join | None:
    """How the line ``prev`` continues into the line ``cur``, if it clearly does."""
    if not prev or not cur:
        return None
    first = cur[0]
    end = prev[-1]
    if end == "-" and _HYPHENATED.search(prev[-2:]) and first.isalnum():
        return Join.GLUE if not first.islower() else Join.DROP_HYPHEN
    if end in "—–―-" and (first.isalnum() or first in _QUOTES):
        spaced = len(prev) == 1 or prev[-2].isspace() or prev.endswith(" --")
        return Join.SPACE if spaced else Join.GLUE
    word = prev.rsplit(None, 1)[-1].lstrip(_QUOTES)
    if word in _TITLES and first.isalpha():
        return Join.SPACE
    initial = len(word) == 2 and _INITIAL.search(prev[-40:]) is not None
    if initial and first.isupper() and cur.split(None, 1)[0].lower() not in _SENTENCE_STARTERS:
        return Join.SPACE  # "John F." + "Kennedy", not "Plan B." + "The"
    if word in _BEFORE_NUMBERS and first.isdigit():
        return Join.SPACE
    if word in _ALWAYS:
        return Join.SPACE
    if first.islower() and not (ends_sentence(prev) and _BRAND.match(cur)):
        return Join.SPACE  # a paragraph may start with "eBay" or "my6sense", not with "and"
    if word in _COUNTRIES and (first.isdigit() or cur.split(None, 1)[0] in _AFTER_COUNTRY):
        return Join.SPACE
    if prev.rstrip(_CLOSERS)[-1:] in _OPENERS and (first.isalnum() or first in _QUOTES):
        return Join.SPACE  # "…the rivers alike,”" + "he said."
    if prev[-1].isalpha() and word in _CONNECTORS:  # lower case: "ON" is a province
        return Join.SPACE
    return None


class Spellings(Container[str]):
    """The lower-cased words of a text, hyphenated ones whole; built on first use."""

    __slots__ = ("_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = frozenset(_SPELLING.findall(self._text.lower()))
        return word in self._words


def keeps_hyphen(prev: str, cur: str, spellings: Container[str]) -> bool:
    """Whether a line-end hyphen before a lower-case word is a real one ("well-known").

    The document's own spelling decides when it uses the word elsewhere;
    otherwise a whole common word before the hyphen makes a compound, and
    anything else is a word split by hyphenation ("inter-national").
    """
    tail = _WORD_TAIL.search(prev)
    head = _WORD_HEAD.match(cur)
    if tail is None or head is None:
        return True  # "state-of-the-", "30-": a compound
    before, after = tail.group(1).lower(), head.group().lower()
    if prev[: tail.start()].endswith("-"):
        return True
    if f"{before}-{after}" in spellings:
        return True
    if f"{before}{after}" in spellings:
        return False
    return before in _COMPOUND_HEADS
