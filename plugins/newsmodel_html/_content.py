"""Which blocks are the article: the container with the most prose and the least clutter.

Each text block votes for every container it sits in: prose (long, sentence-
like, few links) for, link lists and short fragments against.  The container
with the highest total holds the article, narrowed to the deepest element
that holds nearly all of that total.

Class and id words mark boilerplate, but the words only decide where the
content agrees (:func:`choose`): a misnamed subtree whose prose is the
article is rescued.  Inside the container, :func:`select_blocks` leaves out
link lists, summaries of other articles, other ``<article>`` elements, site
furniture lines (``data/boilerplate_lines.txt``) and reads a short text in a
small box with an image as a caption.  Some shapes of content are judged
by their text: a live blog's posts, a list article's linked item names over
their descriptions and a shopping article's priced offers are kept; a
widget's title and labels beside its link list, and the next story loaded
under this one, are left out.  Other shapes are told by their text where no
class says what they are: a readers' comment section by the heading that
opens it (``data/comment_headings.txt``), another article's headline run into
its summary cut short ("..."), a caption by the picture's credit it ends with
or shares a small box with, a timestamp line, and key points listed under the
headline in a box named like a byline's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources

import lxml.etree

from newsmodel import BlockKind
from newsmodel_html._dates import is_timestamp_line
from newsmodel_html._walk import Pruned, TextBlock

__all__ = [
    "Choice",
    "block_score",
    "choose",
    "lead",
    "main_container",
    "select_blocks",
    "teasers",
]

Element = lxml.etree._Element

_SENTENCE_END = re.compile(r"[.!?…:;。！？»”’\"')\]]\s*$")
# Link-heavy blocks inside the chosen container are lists of other articles.
_MAX_LINK_DENSITY = 0.5
# A short linked line over prose in a list item is another article's title.
_TITLE_LINK_DENSITY = 0.3
_MAX_TITLE_CHARS = 200
_PROSE_CHARS = 80
_SENTENCE_CHARS = 30
_MARKED_SHARE = 0.2
# Boilerplate holds the article when its best container scores this many
# times the best one outside boilerplate, plus this much.
_RESCUE_RATIO = 2.0
_RESCUE_MIN = 400.0
# Boilerplate inside the container is article when this share of it is prose
# and it holds this many characters of prose, or this share of the
# container's other prose.
_PROSE_SHARE = 0.7
_RESCUE_CHARS = 400
_RESCUE_SHARE = 0.5
# A paragraph of this many words ending as a sentence is prose, however linked.
_SENTENCE_WORDS = 12
# A shorter linked sentence is prose between two paragraphs of prose.
_MIN_LINKED_SENTENCE_WORDS = 5
_MAX_LINKED_SENTENCE_DENSITY = 0.85
# A hidden copy of the story starts as one of the blocks kept does.
_COPY_PROBE = 100
# A heading of at most this many words over nothing kept is a list's label.
_MAX_LABEL_WORDS = 6
# A line announcing what follows with a colon runs to a short sentence.
_MAX_ANNOUNCE_WORDS = 12
# An offer names a price or a discount; a list of offers has a few, most items.
_PRICE = re.compile(
    r"[$£€¥₹]\s?\d|\d\s?(?:[$£€¥₹]|usd|eur|gbp|dollars|euros|pounds)\b"
    r"|\d\s?(?:%|per ?cent)\s+off\b",
    re.IGNORECASE,
)
_MIN_OFFERS = 3
_MIN_OFFER_WORDS = 3
_OFFER_SHARE = 0.6
# A summary cut short ends so; its item opens with a linked headline, a part of its text.
_CUT_SHORT = ("...", "…")
_MIN_TEASER_LINK_DENSITY = 0.05
# A line naming the shop or source of the links listed under it.
_MAX_NAME_WORDS = 4
# Other <article>s inside the container hold less than this share of its prose.
_OWN_ARTICLE_SHARE = 0.5
# Sibling articles are the posts of one stream when there are this many and
# they hold this share of the container's prose.
_MIN_POSTS = 3
_STREAM_SHARE = 0.7
# Boilerplate kinds whose own text is prose: never rescued paragraph by paragraph.
_OWN_PROSE_KINDS = frozenset({"comments", "related", "byline", "newsletter", "popup", "cookie"})
_PARAGRAPH_CHARS = 150
# Boilerplate nested in rescued boilerplate is judged this many levels deep.
_RESCUE_LEVELS = 4
# The container narrows to the deepest element holding this share of its score.
_NARROW_SHARE = 0.85
# It stays wider where what the wider one adds is this much prose, with at
# most this share of clutter beside it.
_UNNARROW_PROSE = 300.0
_UNNARROW_CLUTTER = 0.1
# A caption outside <figure>: a short text whose box, a level or two up, holds
# an image and little other text.
_MAX_CAPTION_CHARS = 300
_CAPTION_LEVELS = 2
_CAPTION_SLACK_CHARS = 120
_TEXT_LENGTH = lxml.etree.XPath("string-length(normalize-space())")
# A picture's credit closing a short text: "(Image: Getty)", "Credit: Jane Doe."
_CREDIT_CHARS = 120
_CREDIT_END = re.compile(
    r"(?:(?:^|[.!?)\]”\"]\s+|\()(?:photo(?:graph)?\s+|image\s+|picture\s+)?credits?\s*:"
    r"\s*[^.()]{2,80}\)?"
    r"|\((?:image|photo|photograph|picture|pic)s?\s*:\s*[^()]{2,60}\)"
    # "Photo: Jane Doe, Example Agency" closing a caption, or standing alone.
    r"|(?:^|[.!?)\]”\"]\s+)(?:photo(?:graph)?|image|picture|illustration)s?\s*:"
    r"\s*[^.:()]{2,60}"
    # "Photograph by Jane Doe.", "Photo courtesy of the museum."
    r"|(?:^|[.!?)\]”\"]\s+)(?:photo(?:graph)?s?|images?|pictures?|illustrations?)"
    r"\s+(?:by|courtesy(?:\s+of)?)\s+[^.()]{2,80})\.?\s*$",
    re.IGNORECASE,
)
# A credit run into the caption's last sentence without a space, as a caption and
# its credit in elements of their own give it: "... in New York.Reuters",
# "... on Monday.Jane Doe/Example Agency".
_GLUED_CREDIT = re.compile(
    r"[a-z0-9)][.!?][\"”’]?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
    r"(?:\s*/\s*[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})?$"
)
# A credit line captions the few texts before it in its box (a caption and its copy).
_CREDITED_TEXTS = 2
# What the end of a text holds when _CREDIT_END may match it.
_CREDIT_CLUES = ("redit", "(", "hoto", "mage", "ictur", "llustr")
# A photographer and an agency in the parenthesis closing a caption, parted
# by slashes: "(Jane Doe / Example Agency)", "(AP Photo/Jane Doe)".
_SLASHED_CREDIT = re.compile(r"\(([^()/]{2,60}(?:/[^()/]{2,60})+)\)\.?\s*$")
# A container with less than this share of the prose of an ancestor a few
# levels up is a part of the article (its header, one paragraph) that link
# lists around the rest outscored: the article is that ancestor.
_WIDEN_RATIO = 3.0
_WIDEN_LEVELS = 3
# A linked subheading's prose follows it within this many blocks (an address line between).
_SUBHEADING_LOOKAHEAD = 2
# The headline over a lead set apart from the container lies within this many blocks.
_MAX_LEAD_GAP = 12
# A key point under the headline is a sentence, often without its full stop.
_KEY_POINT_WORDS = 8
# A box of key points lists a few.
_MIN_KEY_POINTS = 2


def _load_furniture() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = (resources.files("newsmodel_html") / "data" / "boilerplate_lines.txt").read_text(
        encoding="utf-8"
    )
    # The rules sharing a word become one pattern: the word is looked for once.
    rules: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, pattern = line.partition("\t")
            rules.setdefault(word, []).append(f"(?:{pattern})")
    return tuple(
        (word, re.compile("|".join(patterns), re.IGNORECASE)) for word, patterns in rules.items()
    )


# Short blocks that are site furniture wherever they stand (data/boilerplate_lines.txt):
# each rule's word is looked for first, its pattern only where the word is.
_FURNITURE = _load_furniture()


def _is_furniture(text: str) -> bool:
    if len(text) > _MAX_FURNITURE_CHARS:
        return False
    lowered = text.lower()
    # A plain loop: this runs for every short block kept, and a generator costs more.
    for word, pattern in _FURNITURE:  # noqa: SIM110
        if word in lowered and pattern.search(text):
            return True
    return False


# A rights notice with its terms of reuse runs to a few sentences.
_MAX_FURNITURE_CHARS = 600
_HAS_IMAGE = lxml.etree.XPath("boolean(.//img)")
_HAS_HEADING = lxml.etree.XPath("boolean(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6)")
_HAS_HEADLINE = lxml.etree.XPath("boolean(.//h1)")
# What heading a small box with an image holds: none, a heading, the page's <h1>.
_NO_HEADING, _A_HEADING, _THE_HEADLINE = 0, 1, 2
# A sentence ends and another starts: "... appreciate. The mask ...".
_NEXT_SENTENCE = re.compile(r"[.!?…][\"”’')\]]?\s+[\"“‘(]?[A-Z0-9]")
_PARAGRAPH_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dt dd blockquote pre figcaption caption tr td th".split()
)


def block_score(block: TextBlock) -> float:
    """How much a block looks like article prose: positive for prose, negative for clutter.

    Computed once per block: several steps ask.
    """
    score = block.score
    if score is None:
        score = block.score = _score(block)
    return score


def _score(block: TextBlock) -> float:
    length = len(block.text)
    density = block.link_density
    if block.kind is BlockKind.CAPTION or block.kind is BlockKind.TABLE:
        return 0.0
    if density >= _MAX_LINK_DENSITY:
        return length * (1.0 - density) if _sentence_like(block) else -float(length)
    if block.kind is BlockKind.HEADING:
        return -0.1 * length
    if length >= _PROSE_CHARS or (
        length >= _SENTENCE_CHARS and _SENTENCE_END.search(block.text) is not None
    ):
        return length * (1.0 - density)
    return -0.3 * length


def _is_teaser(block: TextBlock, previous: TextBlock, *, items: bool = False) -> bool:
    """Prose under a linked title in the same item: the summary of another article.

    The title is a linked heading, or, inside one list item, a short linked
    line that is not a sentence (a headline with its author and date).  With
    ``items``, inside the article's container, a linked name over a
    description of several sentences is an item of a list article instead;
    where the container is still to be found, such a list outside the story
    (more stories with their summaries) must not draw it away.
    """
    if previous.link_density < _MAX_LINK_DENSITY and (
        previous.link_density < _TITLE_LINK_DENSITY or previous.kind is BlockKind.HEADING
    ):
        return False
    if len(previous.path) < 2 or previous.path[-2] not in block.path:
        return False
    if previous.kind is BlockKind.HEADING and previous.link_density >= _MAX_LINK_DENSITY:
        # A listed thing's name, linked to its page, over its description
        # (a list article's item), is no other article's headline.
        return not (items and _is_name(previous) and _described_item(block))
    return (
        len(previous.text) <= _MAX_TITLE_CHARS
        and not _sentence_like(previous)
        and any(el.tag == "li" for el in previous.path if el in block.path)
    )


def _is_cut_teaser(block: TextBlock) -> bool:
    """A list item that opens with a link and ends cut short ("..."): another
    article's linked headline run together with the start of its summary, in
    one item.  A story's own list items are whole sentences."""
    text = block.text
    if (
        block.kind is not BlockKind.LIST_ITEM
        or not text.endswith(_CUT_SHORT)
        or not _MIN_TEASER_LINK_DENSITY <= block.link_density < _MAX_LINK_DENSITY
        or block.tag != "li"
    ):
        return False
    link = next(block.path[-1].iter("a"), None)
    if link is None:
        return False
    title = " ".join(lxml.etree.tostring(link, method="text", encoding="unicode").split())
    return bool(title) and text.startswith(title) and len(title) < len(text)


def teasers(blocks: list[TextBlock]) -> frozenset[int]:
    """The positions of the blocks that are summaries of other articles in a list.

    Only items of a list: a story's own headline is often a link to itself.
    """
    return frozenset(
        i
        for i in range(len(blocks))
        if block_score(blocks[i]) > 0
        and (
            _is_cut_teaser(blocks[i])
            or (
                i > 0
                and _is_teaser(blocks[i], blocks[i - 1], items=True)
                and any(el.tag == "li" for el in blocks[i - 1].path if el in blocks[i].path)
            )
        )
    )


def _load_comment_headings() -> re.Pattern[str]:
    text = (resources.files("newsmodel_html") / "data" / "comment_headings.txt").read_text(
        encoding="utf-8"
    )
    rules = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{rule})" for rule in rules), re.IGNORECASE)


# Headings over readers' comments (data/comment_headings.txt): "34 responses to ...".
_COMMENT_HEADING = _load_comment_headings()
_MAX_COMMENT_HEADING_CHARS = 200


def _comment_sections(blocks: list[TextBlock]) -> frozenset[int]:
    """The positions of the blocks of readers' comment sections, told by their text.

    A section opens with a heading that says it holds comments ("Comments",
    "12 thoughts on ...", "Leave a reply"); the comments are the blocks after
    it inside the heading's box, each nested in a box of its own (an item, a
    comment's article).  A story's own paragraphs beside such a heading are
    direct children of the box, and stay: a section of the story titled
    "Comments" is no thread.
    """
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if (
            block.kind is not BlockKind.HEADING
            or i in found
            or len(block.text) > _MAX_COMMENT_HEADING_CHARS
            or len(block.path) < 2
            or _COMMENT_HEADING.fullmatch(block.text) is None
        ):
            continue
        box, depth = block.path[-2], len(block.path)
        found.add(i)
        for j in range(i + 1, len(blocks)):
            path = blocks[j].path
            if len(path) < depth or path[depth - 2] is not box:
                break
            if len(path) > depth:
                found.add(j)
    return frozenset(found)


def _scored(blocks: Iterable[TextBlock], teasers: bool = True) -> list[tuple[TextBlock, float]]:
    """Every block with its score; a teaser's prose scores nothing, unless
    ``teasers`` is false, and neither do readers' comments."""
    listed = list(blocks)
    comments = _comment_sections(listed)
    out = []
    previous: TextBlock | None = None
    for i, block in enumerate(listed):
        score = block_score(block)
        if score > 0 and (
            i in comments
            or (
                teasers
                and (
                    (previous is not None and _is_teaser(block, previous)) or _is_cut_teaser(block)
                )
            )
        ):
            score = 0.0
        previous = block
        out.append((block, score))
    return out


def _totals(scored: Iterable[tuple[TextBlock, float]]) -> dict[Element, float]:
    """Every container's score: the sum of its blocks' scores."""
    totals: dict[Element, float] = {}
    for block, score in scored:
        if score:
            # A paragraph is never the container of the article, only a part of it.
            path = block.path[:-1] if block.tag in _PARAGRAPH_TAGS else block.path
            for element in path:
                totals[element] = totals.get(element, 0.0) + score
    return totals


def _top(totals: dict[Element, float]) -> tuple[Element | None, float]:
    """The highest-scoring container, the deepest on a tie."""
    best: Element | None = None
    best_score = 0.0
    for element, score in totals.items():
        # Dicts keep insertion order, ancestors first: ">=" prefers descendants.
        if score >= best_score and score > 0:
            best, best_score = element, score
    return best, best_score


def _best(totals: dict[Element, float]) -> tuple[Element | None, float]:
    """The highest-scoring container, narrowed to the deepest one inside it that
    holds nearly all of its score (a page wrapper is not the article because a
    little prose lies outside the story)."""
    best, best_score = _top(totals)
    if best is None:
        return None, 0.0
    floor = _NARROW_SHARE * best_score
    deepest, depth = best, -1
    for element, score in totals.items():
        if score >= floor and element is not best:
            ancestors = list(element.iterancestors())
            if best in ancestors and len(ancestors) > depth:
                deepest, depth = element, len(ancestors)
    return deepest, totals[deepest]


def main_container(
    blocks: list[TextBlock], marked: frozenset[Element] = frozenset()
) -> Element | None:
    """The element whose blocks outside boilerplate score highest; the deepest on a tie.

    An element ``marked`` as the article body (microdata ``articleBody``) wins
    when its prose is a fair share of the best container's.

    Prose right after a linked heading, in the same item, is the teaser of
    another article, not the article's own prose: it counts for nothing.
    """
    return _marked_or_best(_totals(p for p in _scored(blocks) if not p[0].pruned), marked)


def _marked_or_best(totals: dict[Element, float], marked: frozenset[Element]) -> Element | None:
    best, best_score = _best(totals)
    marked_scores = [(totals[m], m) for m in marked if totals.get(m, 0.0) > 0]
    if marked_scores:
        score, element = max(marked_scores, key=lambda pair: pair[0])
        if score >= _MARKED_SHARE * best_score:
            return element
    return best


class Choice:
    """The article's container and the boilerplate subtrees that turned out to be article.

    ``teasers`` is false for a page that is all summaries of articles (a
    front page): they are its text, not clutter around it.
    """

    __slots__ = ("container", "rescued", "teasers")

    def __init__(
        self, container: Element | None, rescued: frozenset[int], teasers: bool = True
    ) -> None:
        self.container = container
        self.rescued = rescued
        self.teasers = teasers


def _prose_chars(blocks: Iterable[TextBlock]) -> tuple[int, int]:
    """Characters of prose, and all characters, in ``blocks``."""
    prose = total = 0
    for block in blocks:
        total += len(block.text)
        if block_score(block) > 0:
            prose += len(block.text)
    return prose, total


def _groups(
    blocks: list[TextBlock], pruned: list[Pruned], rescued: set[int]
) -> dict[tuple[str, Element | None], tuple[list[int], list[TextBlock]]]:
    """The outermost boilerplate subtrees not ``rescued`` yet, grouped by kind and
    parent, with their blocks.

    Text split over many small wrappers (one ``paywall`` class per paragraph)
    is judged as a whole, as its group.
    """
    groups: dict[tuple[str, Element | None], tuple[list[int], list[TextBlock]]] = {}
    for block in blocks:
        index = next((m for m in block.pruned if m not in rescued), None)
        if index is None:
            continue
        item = pruned[index]
        key = (item.kind, item.path[-1] if item.path else None)
        members, texts = groups.setdefault(key, ([], []))
        if not members or members[-1] != index:
            members.append(index)
        texts.append(block)
    return groups


def _is_paragraph(block: TextBlock) -> bool:
    """A paragraph of prose: long enough, a sentence, few links."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(block.text) >= _PARAGRAPH_CHARS
        and block.link_density < _MAX_LINK_DENSITY
        and _SENTENCE_END.search(block.text) is not None
    )


def _rescue(blocks: list[TextBlock], pruned: list[Pruned], container: Element) -> set[int]:
    """The boilerplate subtrees that are part of the article in ``container``.

    Subtrees inside a rescued one are judged in turn, a level at a time: a
    misnamed wrapper may hold paragraphs each in a misnamed box of its own.
    """
    around = set(container.iterancestors())
    around.add(container)
    rescued = {i for i, item in enumerate(pruned) if item.element in around}
    inside = [b for b in blocks if container in b.path]
    for level in range(_RESCUE_LEVELS):
        outer = [b for b in inside if any(m not in rescued for m in b.pruned)]
        if not outer or not _rescue_level(inside, outer, pruned, rescued, nested=level > 0):
            break
    return rescued


def _rescue_level(
    inside: list[TextBlock],
    outer: list[TextBlock],
    pruned: list[Pruned],
    rescued: set[int],
    *,
    nested: bool,
) -> bool:
    """Rescue the outermost boilerplate subtrees not rescued yet that are article;
    whether any was.  Inside rescued boilerplate (``nested``) only paragraphs
    among the story's own are: a box in a misnamed container is a box."""
    clean = [b for b in inside if all(m in rescued for m in b.pruned)]
    clean_prose, _ = _prose_chars(clean)
    # The elements holding the container's own paragraphs, and their parents.
    holders: set[Element] = set()
    for block in clean:
        if block_score(block) > 0:
            holders.update(block.path[-3:-1])
    found = False
    for (kind, parent), (members, texts) in _groups(outer, pruned, rescued).items():
        prose, total = _prose_chars(texts)
        if total == 0 or prose < _PROSE_SHARE * total:
            continue
        if (
            kind not in _OWN_PROSE_KINDS
            and parent in holders
            and all(_is_paragraph(b) for b in texts)
        ):
            # Paragraphs among the story's own, written as the story is:
            # a class word ("ad", "paywall") on them says nothing.
            rescued.update(members)
            found = True
            continue
        if nested or prose < max(
            # A short story beside next to no prose of the container's own
            # needs only to outweigh that (as a misnamed container does).
            min(_RESCUE_CHARS, _outweighs(clean_prose)),
            _RESCUE_SHARE * clean_prose,
        ):
            continue
        if kind == "hidden" and parent not in holders and clean_prose >= _RESCUE_CHARS:
            # Hidden prose away from the story's own paragraphs is a box
            # waiting for a script (an appeal, a dialog), not the rest of the
            # story; where the container shows next to no prose, it is the
            # story, shown by a script.
            continue
        rescued.update(members)
        found = True
    return found


def _unnarrowed(
    container: Element, top: Element | None, scored: list[tuple[TextBlock, float]]
) -> Element:
    """The container, or an ancestor up to ``top`` (the best container before
    narrowing) whose blocks beside the container are the article's own prose:
    sections after a long list (a guide's advice under its items), with next to
    no clutter among them by weight, nor after the story by count (an author's
    box there is a paragraph among a date, share buttons and a name).
    Narrowing drops what a wrapper adds; a wrapper adds link lists and
    furniture, the article's own sections add prose only."""
    if top is None or top is container or top not in container.iterancestors():
        return container
    chosen = container
    # A box repeating the story's paragraphs (highlights) adds no prose of its own.
    story = {b.text[:_COPY_PROBE] for b, _ in scored if container in b.path}
    for ancestor in container.iterancestors():
        prose = clutter = 0.0
        # After the story: paragraphs of prose, and lines that are none (a
        # date, "Share", a name); a section's headings are neither.  Before
        # it, the story's header holds such lines by nature.
        paragraphs = lines = 0
        after = False
        for block, score in scored:
            if chosen in block.path:
                after = True
                continue
            if block.pruned or ancestor not in block.path:
                continue
            if score > 0 and block.text[:_COPY_PROBE] in story:
                continue
            if score > 0:
                prose += score
                paragraphs += after
            else:
                clutter -= score
                lines += after and block.kind is not BlockKind.HEADING
        if prose < _UNNARROW_PROSE or clutter > _UNNARROW_CLUTTER * prose or lines > paragraphs:
            break
        chosen = ancestor
        if ancestor is top:
            break
    return chosen


def _widened(
    container: Element, scored: list[tuple[TextBlock, float]], *, misnamed: bool = False
) -> Element:
    """The container, or the nearest ancestor a few levels up holding most of its prose.

    Prose is what scores above nothing outside boilerplate; link lists (a
    shopping guide's offers) count against a container but are no prose, so
    they can make a header or one paragraph outscore the article around it.
    A ``misnamed`` container (boilerplate chosen for its prose) counts its own
    prose inside boilerplate too: an ancestor must hold more than the story
    hidden under a misleading name.
    """
    positive = [(b, s) for b, s in scored if s > 0 and not b.pruned]
    own = sum(s for b, s in positive if container in b.path)
    if misnamed:
        own += sum(s for b, s in scored if s > 0 and b.pruned and container in b.path)
    if sum(s for _, s in positive) < max(_WIDEN_RATIO * own, _RESCUE_CHARS):
        # No ancestor can hold enough: the common case, settled in one pass.
        return container
    chain = [container, *list(container.iterancestors())[:_WIDEN_LEVELS]]
    prose = [0.0] * len(chain)
    for block, score in positive:
        path = block.path[:-1] if block.tag in _PARAGRAPH_TAGS else block.path
        for i, element in enumerate(chain):
            if element in path:
                prose[i] += score
    if misnamed:
        prose[0] = own
    for i in range(1, len(chain)):
        if prose[i] >= max(_WIDEN_RATIO * prose[0], _RESCUE_CHARS):
            return chain[i]
    return container


def _position(container: Element, blocks: Iterable[TextBlock]) -> int:
    """Where the container stands in the paths of the blocks inside it (the same in
    all of them: they share the ancestors above it), or -1 when none is."""
    for block in blocks:
        if container in block.path:
            return block.path.index(container)
    return -1


def _one_of_several(
    container: Element, scored: list[tuple[TextBlock, float]], totals: dict[Element, float]
) -> Element:
    """The container, or the one of its parts that holds the story when it holds
    several articles one after the other (a page that loads the next story
    under this one), each in a box of its own that opens with its headline.

    A box is an article when its first block is an ``<h1>`` and prose follows
    in it; of two or more, the one with the most prose is the story.
    """
    if sum(1 for block, _ in scored if block.tag == "h1") < 2:
        return container  # the common case: one headline on the page at most
    at = _position(container, (block for block, _ in scored))
    openers: dict[Element, bool] = {}
    for block, _ in scored:
        path = block.path
        if len(path) <= at + 1 or path[at] is not container or block.pruned:
            continue
        box = path[at + 1]
        if box not in openers:
            # The box's first block decides whether it opens with a headline.
            openers[box] = block.tag == "h1"
    boxes = [box for box, opens in openers.items() if opens and totals.get(box, 0.0) > 0]
    if len(boxes) < 2:
        return container
    return max(boxes, key=lambda box: totals.get(box, 0.0))


def _outweighs(clean_score: float) -> float:
    """What prose inside boilerplate must score to be the article instead of the best
    container outside it: twice as much, and a margin.  The margin is no more
    than the clean container's own score: against next to nothing (an address
    line, no prose at all) a short story named as a sidebar is the article,
    when it holds a paragraph's worth of prose."""
    return max(_RESCUE_RATIO * clean_score + min(_RESCUE_MIN, clean_score), _PARAGRAPH_CHARS)


def choose(
    blocks: list[TextBlock], pruned: list[Pruned], marked: frozenset[Element] = frozenset()
) -> Choice:
    """The article's container, judged by content rather than by class names.

    A class or id word marks a subtree as boilerplate, but the word can be
    wrong (a ``comments`` wrapper around the story, paragraphs each classed
    ``paywall``, the rest of the story hidden until a script shows it).  So
    the words only decide where the content agrees:

    * when the best container that boilerplate holds has far more prose than
      the best one outside it, the article was misnamed, and that container
      is the article;
    * inside the container, boilerplate of one kind under one parent is the
      article when it is mostly prose and holds much of the container's
      prose (hidden prose only beside the story's own paragraphs); the
      container is then chosen again with it.
    """
    scored = _scored(blocks)
    clean_totals = _totals(p for p in scored if not p[0].pruned)
    container = _marked_or_best(clean_totals, marked)
    if container is not None and container not in marked:
        container = _unnarrowed(container, _top(clean_totals)[0], scored)
    _, clean_score = _best(clean_totals)
    marked_blocks = [p for p in scored if p[0].pruned and p[1]]
    best_all, all_score = (None, 0.0)
    if marked_blocks:
        # The totals with boilerplate: the clean ones plus what boilerplate adds.
        all_totals = dict(clean_totals)
        for element, score in _totals(marked_blocks).items():
            all_totals[element] = all_totals.get(element, 0.0) + score
        best_all, all_score = _best(all_totals)
    misnamed = best_all is not None and all_score > _outweighs(clean_score)
    if misnamed:
        container = best_all
    else:
        # Named as comments or hidden, a subtree that holds nearly all the
        # page's long paragraphs is the story when its prose alone outweighs
        # the rest as far: its offers' links may score it down as a whole.
        story = next((item.element for item in pruned if item.holds_the_prose), None)
        if story is not None:
            prose = sum(score for block, score in scored if score > 0 and story in block.path)
            if prose > _outweighs(clean_score):
                container, misnamed = story, True
    if container is not None and container not in marked:
        container = _widened(container, scored, misnamed=misnamed)
        container = _one_of_several(container, scored, clean_totals)
    if container is None:
        # Nothing but summaries of other articles: a front page, whose text
        # they are.
        front, _ = _best(_totals(p for p in _scored(blocks, teasers=False) if not p[0].pruned))
        if front is None:
            return Choice(None, frozenset())
        return Choice(front, frozenset(), teasers=False)
    rescued = _rescue(blocks, pruned, container)
    around = {container, *container.iterancestors()}
    if any(pruned[i].element not in around for i in rescued):
        again, _ = _best(_totals(p for p in scored if all(m in rescued for m in p[0].pruned)))
        if again is not None and again is not container:
            container = again
            rescued = _rescue(blocks, pruned, container) | {
                i for i in rescued if container in pruned[i].path
            }
    return Choice(
        container,
        frozenset(rescued | _key_point_boxes(blocks, pruned) | _headers(blocks, pruned, container)),
    )


def _headers(blocks: list[TextBlock], pruned: list[Pruned], container: Element) -> set[int]:
    """The ``<header>`` boxes before the container that hold the headline: what
    they hold besides it is the story's lead when :func:`lead` finds it prose
    (a standfirst), and nothing else of them is read."""
    found: set[int] = set()
    for block in blocks:
        if block.tag != "h1" or not block.pruned:
            continue
        item = pruned[block.pruned[0]]
        if item.kind == "header" and container not in item.path and container is not item.element:
            found.add(block.pruned[0])
    return found


def _key_point_boxes(blocks: list[TextBlock], pruned: list[Pruned]) -> set[int]:
    """The byline boxes that hold the story's key points: a list of a few full
    sentences, unlinked ("highlights" under the headline, in a box whose class
    reads as a byline's, "label-meta").  A byline names people and dates, never
    a list of sentences; :func:`lead` takes the points where they stand."""
    items: dict[int, list[TextBlock]] = {}
    for block in blocks:
        if block.pruned and pruned[block.pruned[0]].kind == "byline":
            items.setdefault(block.pruned[0], []).append(block)
    return {
        index
        for index, inside in items.items()
        if sum(_is_key_point(b) for b in inside) >= _MIN_KEY_POINTS
        and all(_is_key_point(b) or block_score(b) <= 0 for b in inside)
    }


def _is_key_point(block: TextBlock) -> bool:
    """An item written as a sentence, unlinked: a point of the story."""
    return (
        block.kind is BlockKind.LIST_ITEM
        and block.link_density < _TITLE_LINK_DENSITY
        and len(block.text.split()) >= _KEY_POINT_WORDS
        and _SENTENCE_END.search(block.text) is not None
    )


def _sentence_like(block: TextBlock) -> bool:
    """A paragraph written as sentences, however many of its words are links; or a
    list item of several sentences that is not one link (a digest's items, each
    citing its sources): a linked headline over its summary is one link, or one
    sentence."""
    if block.kind is BlockKind.LIST_ITEM:
        return block.link_density <= _MAX_LINKED_SENTENCE_DENSITY and _described_item(block)
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(block.text.split()) >= _SENTENCE_WORDS
        and _SENTENCE_END.search(block.text) is not None
    )


def select_blocks(
    blocks: list[TextBlock],
    container: Element,
    rescued: frozenset[int] = frozenset(),
    *,
    without_teasers: bool = True,
    summaries: tuple[str, ...] = (),
) -> list[TextBlock]:
    """The blocks inside ``container``, without link lists and unrescued boilerplate,
    after the article's lead (:func:`lead`) where it stands outside the container.

    A link-heavy paragraph written as sentences is prose that cites its
    sources, not a list of links: it stays.  A block repeating one already
    kept (a hidden copy for another screen size) is left out.
    """
    others = _other_articles(blocks, container)
    opening = lead(blocks, container, rescued, summaries)
    offers = _offers(blocks, container)
    # Each block inside the container, and whether it is kept.
    inside: list[tuple[TextBlock, bool]] = []
    # The openings of the blocks kept: a copy starts as the original does.
    kept: set[str] = set()
    skip = _comment_sections(blocks)
    if without_teasers:
        skip |= teasers(blocks)
    boxes: dict[Element, tuple[float, bool, int]] = {}
    at = _position(container, blocks)
    for i, b in enumerate(blocks):
        if (len(b.path) <= at or b.path[at] is not container) and i not in opening:
            continue
        keep = not (
            i in skip
            or (others and any(el in others for el in b.path))
            or any(m not in rescued for m in b.pruned)
            or (
                b.link_density >= _MAX_LINK_DENSITY
                and not _sentence_like(b)
                and not _linked_subheading(blocks, i, container, rescued)
                and not _linked_sentence_between_prose(blocks, i, rescued)
                and i not in offers
            )
            or (b.pruned and b.text[:_COPY_PROBE] in kept)
            or _is_furniture(b.text)
            or (b.kind is BlockKind.PARAGRAPH and is_timestamp_line(b.text))
        )
        if keep:
            kept.add(b.text[:_COPY_PROBE])
            b = _as_caption(b) if _beside_an_image(b, boxes) or _ends_with_credit(b) else b
        inside.append((b, keep))
    _caption_credited_texts(inside)
    widgets = _in_link_boxes(inside, container, rescued)
    # A short label over nothing kept ("More from us" over a link list) goes with it.
    return [
        b
        for j, (b, keep) in enumerate(inside)
        if keep
        and j not in widgets
        and not (
            (j + 1 == len(inside) or not inside[j + 1][1])
            and (
                _is_label(b) or (j + 1 < len(inside) and _names_links(b, inside[j + 1][0], rescued))
            )
        )
    ]


def _caption_credited_texts(inside: list[tuple[TextBlock, bool]]) -> None:
    """Read as captions, in place, the short texts that share a small box with a
    line that only credits a picture ("Photo: Jane Doe, Example Agency"): the
    box is a picture's caption and credit (a gallery's slide), whatever the
    markup says.  The box holds nothing else: a credit line under the story's
    paragraphs, in the story's own box, captions none of them."""
    lengths: dict[Element, float] = {}
    for j, (credit, keep) in enumerate(inside):
        if not keep or credit.kind is not BlockKind.CAPTION or not _is_credit_line(credit.text):
            continue
        # The credit's box: its own element when the text follows blocks inside
        # it, else the element around its paragraph.
        box = credit.path[-2] if credit.tag in _PARAGRAPH_TAGS else credit.path[-1]
        if box not in lengths:
            lengths[box] = _TEXT_LENGTH(box)  # type: ignore[assignment]
        chars = lengths[box]
        before = [
            i
            for i in range(max(0, j - _CREDITED_TEXTS), j)
            if inside[i][1] and box in inside[i][0].path
        ]
        texts = sum(len(inside[i][0].text) + 1 for i in before)
        if not before or chars > texts + len(credit.text) + _CAPTION_SLACK_CHARS:
            continue
        for i in before:
            block = inside[i][0]
            if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
                inside[i] = (_as_caption(block), True)


def _is_credit_line(text: str) -> bool:
    """A short line that is all a picture's credit ("Photo: Jane Doe", "(Credit: AP)")."""
    return len(text) <= _CREDIT_CHARS and _CREDIT_END.match(text) is not None


def _left_out(block: TextBlock, rescued: frozenset[int]) -> bool:
    """Whether the block lies in boilerplate not rescued: rescued boilerplate (a
    misnamed container) is the story's own."""
    return any(m not in rescued for m in block.pruned)


def _linked_sentence_between_prose(
    blocks: list[TextBlock], index: int, rescued: frozenset[int] = frozenset()
) -> bool:
    """A short sentence, most of its words links, between two paragraphs of prose
    in the same box: the story goes on through it ("Smith, 47, was charged on
    Friday."), where a link list would break it."""
    block = blocks[index]
    if (
        block.kind is not BlockKind.PARAGRAPH
        or not 0 < index < len(blocks) - 1
        or len(block.text.split()) < _MIN_LINKED_SENTENCE_WORDS
        # A line that is one link is a cross-link ("Read more of our reports here.").
        or block.link_density > _MAX_LINKED_SENTENCE_DENSITY
        or not block.text[0].isupper()
        or block.text[-1] not in ".!?…"
    ):
        return False
    parent = block.path[-2] if len(block.path) > 1 else None
    return parent is not None and all(
        len(other.path) > 1
        and other.path[-2] is parent
        and other.kind is BlockKind.PARAGRAPH
        and not _left_out(other, rescued)
        and other.link_density < _MAX_LINK_DENSITY
        and block_score(other) > 0
        for other in (blocks[index - 1], blocks[index + 1])
    )


def _offers(blocks: list[TextBlock], container: Element) -> set[int]:
    """The linked items of the container's lists of offers: most items of each
    list name a price or a discount ("$49", "30% off", "20 per cent off"), and
    the container has a few of them.  A shopping article's offers are its
    text, linked to the shops; a list of other articles' headlines seldom
    names prices."""
    lists: dict[Element, list[int]] = {}
    at = _position(container, blocks)
    for i, block in enumerate(blocks):
        if (
            block.kind is BlockKind.LIST_ITEM
            and block.link_density >= _MAX_LINK_DENSITY
            and len(block.path) > max(at, 1)
            and block.path[at] is container
        ):
            lists.setdefault(block.path[-2], []).append(i)
    found: set[int] = set()
    for items in lists.values():
        priced = sum(1 for i in items if _is_offer(blocks[i].text))
        if priced >= _OFFER_SHARE * len(items):
            found.update(items)
    # A few offers make a shopping article; one priced headline does not.
    return found if sum(1 for i in found if _is_offer(blocks[i].text)) >= _MIN_OFFERS else set()


def _is_offer(text: str) -> bool:
    """A phrase naming a price or a discount ("$20 off jackets"); a quote of a
    market ("Bitcoin $42,000") is shorter."""
    return len(text.split()) >= _MIN_OFFER_WORDS and _PRICE.search(text) is not None


def _in_link_boxes(
    inside: list[tuple[TextBlock, bool]], container: Element, rescued: frozenset[int] = frozenset()
) -> set[int]:
    """The kept blocks, none of them prose, that share a box with a link list left
    out and with no prose: the title and label of a widget (a video player's
    playlist, a box of offers) set between the story's paragraphs."""
    if not any(
        not keep and b.link_density >= _MAX_LINK_DENSITY and not _left_out(b, rescued)
        for b, keep in inside
    ):
        return set()
    at = _position(container, (b for b, _ in inside)) + 1
    prose: set[Element] = set()
    links: set[Element] = set()
    for b, keep in inside:
        if len(b.path) <= at or b.path[at - 1] is not container:
            continue
        if keep and block_score(b) > 0:
            prose.update(b.path[at:])
        elif not keep and b.link_density >= _MAX_LINK_DENSITY and not _left_out(b, rescued):
            links.update(b.path[at:])
    if not links:
        return set()
    found = set()
    for j, (b, keep) in enumerate(inside):
        if not keep or len(b.path) <= at or b.path[at - 1] is not container or block_score(b) > 0:
            continue
        # The outermost box below the container without prose holds the block.
        # A heading in such a box inside an item with prose of its own (a
        # product's name over its shop buttons, its description below) titles
        # the item.
        for depth, element in enumerate(b.path[at:]):
            if element not in prose:
                if element in links and (b.kind is not BlockKind.HEADING or depth == 0):
                    found.add(j)
                break
    return found


def _names_links(block: TextBlock, after: TextBlock, rescued: frozenset[int] = frozenset()) -> bool:
    """A short line, no sentence, over a list of links left out: the name of the
    shop or source they lead to ("Harbour Books" over its offers)."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(block.text.split()) <= _MAX_NAME_WORDS
        and _SENTENCE_END.search(block.text) is None
        and after.kind is BlockKind.LIST_ITEM
        and after.link_density >= _MAX_LINK_DENSITY
        and not _left_out(after, rescued)
    )


def lead(
    blocks: list[TextBlock],
    container: Element,
    rescued: frozenset[int] = frozenset(),
    summaries: tuple[str, ...] = (),
) -> frozenset[int]:
    """The positions of the article's prose between its headline and its container.

    The container is the element holding most of the article's prose, but a
    page may set the standfirst and the first paragraphs apart from the rest
    (in the headline's box, or in a box of their own with an advertisement
    between): they lie after the headline (the last ``<h1>`` above the
    container, a few blocks up) and before the container.  Of the blocks
    there, the paragraphs of prose outside boilerplate are the article's, and
    so are the key points listed under the headline (items of a sentence's
    length, unlinked) and a standfirst set as a heading under it
    (:func:`_is_standfirst_heading`), unless they repeat one of the story's (a
    box of highlights); other headings, captions, link lists and bylines are
    not.  Where
    a standfirst belongs is a convention: it is kept, as trafilatura and the
    naeb-dev gold keep it (the AEB gold leaves it out).  A standfirst that the
    page's metadata gives as its summary (``summaries``) is kept whatever its
    shape and however far below the headline (:func:`_summary_standfirst`).
    """
    first = next((i for i, b in enumerate(blocks) if container in b.path), None)
    if first is None:
        return frozenset()
    headline = None
    gap = 0
    for i in range(first - 1, -1, -1):
        if blocks[i].tag == "h1":
            headline = i
            break
        # Boilerplate nested in boilerplate, walked only in case a misnamed
        # container holds it, is one box with the one around it.
        if len(blocks[i].pruned) < 2:
            gap += 1
            if gap >= _MAX_LEAD_GAP:
                break
    standfirst = _summary_standfirst(blocks, first, summaries, rescued, headline)
    if standfirst is not None and any(
        # The summary is often the story's first paragraph: no copy of it (a
        # standfirst that opens as the story does is no copy).
        b.text == blocks[standfirst].text
        for b in blocks[first:]
        if container in b.path
    ):
        standfirst = None
    found = frozenset(() if standfirst is None else (standfirst,))
    if headline is None:
        return found | _key_points_before(blocks, first, rescued)
    # A highlight repeating a paragraph of the story is no lead.
    story = {b.text[:_COPY_PROBE] for b in blocks[first:] if container in b.path}
    return found | frozenset(
        i
        for i in range(headline + 1, first)
        if (
            (blocks[i].kind is BlockKind.PARAGRAPH and block_score(blocks[i]) > 0)
            or (
                blocks[i].kind is BlockKind.LIST_ITEM
                and len(blocks[i].text.split()) >= _KEY_POINT_WORDS
            )
            or (i == headline + 1 and _is_standfirst_heading(blocks[i]))
        )
        and blocks[i].link_density < _TITLE_LINK_DENSITY
        and all(m in rescued for m in blocks[i].pruned)
        and blocks[i].text[:_COPY_PROBE] not in story
    )


def _key_points_before(blocks: list[TextBlock], first: int, rescued: frozenset[int]) -> set[int]:
    """Without a headline to start from: the key points right before the story's
    first block, in a box the content rescued (a list of sentences under a
    heading such as "Takeaways"), read back to the first block that is neither."""
    found: set[int] = set()
    for i in range(first - 1, -1, -1):
        block = blocks[i]
        if not block.pruned or not all(m in rescued for m in block.pruned):
            break
        if _is_key_point(block):
            found.add(i)
        elif block.kind is not BlockKind.HEADING:
            break
    return found


def _summary_standfirst(
    blocks: list[TextBlock],
    first: int,
    summaries: tuple[str, ...],
    rescued: frozenset[int],
    headline: int | None = None,
) -> int | None:
    """The position of the standfirst under the headline that the page's metadata
    gives as its summary: a paragraph or a subheading, however short or unpunctuated,
    whose text is one of ``summaries`` (a description cut short with "..."
    counts when the block opens with it).

    Looked for between the headline (the last ``<h1>`` above the container,
    however far) and the container's first block, at ``first``; the first such
    block only.
    """
    if not summaries:
        return None
    if headline is None:
        headline = next((i for i in range(first - 1, -1, -1) if blocks[i].tag == "h1"), None)
        if headline is None:
            return None
    wanted: list[str] | None = None
    for i in range(headline + 1, first):
        block = blocks[i]
        if (
            block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING)
            or block.tag == "h1"
            or block.link_density >= _TITLE_LINK_DENSITY
            or not all(m in rescued for m in block.pruned)
        ):
            continue
        if wanted is None:
            wanted = [_folded(s) for s in summaries]
        text = _folded(block.text)
        if text and any(
            text == summary or (summary.endswith("…") and text.startswith(summary[:-1]))
            for summary in wanted
        ):
            return i
    return None


_TRAILING_STOP = re.compile(r"[\s.]+$")


def _folded(text: str) -> str:
    """Text compared as a summary: spaces collapsed, case folded, a final full
    stop dropped, three dots written as one ellipsis."""
    folded = " ".join(text.split()).casefold().replace("...", "…")
    return _TRAILING_STOP.sub("", folded)


def _is_standfirst_heading(block: TextBlock) -> bool:
    """A heading right under the headline written as a sentence: the standfirst,
    set as a subtitle (a section's subheading is no sentence)."""
    return (
        block.kind is BlockKind.HEADING
        and block.tag != "h1"
        and len(block.text.split()) >= _KEY_POINT_WORDS
        and block.text[-1] in ".!?"
    )


def _is_name(block: TextBlock) -> bool:
    """A short heading that names something (a place, a product, a person): a few
    words, no sentence, no label ("Read more: ...")."""
    return (
        len(block.text.split()) <= _MAX_LABEL_WORDS
        and _SENTENCE_END.search(block.text) is None
        and ":" not in block.text
    )


def _linked_subheading(
    blocks: list[TextBlock], index: int, container: Element, rescued: frozenset[int] = frozenset()
) -> bool:
    """A heading that is a link (a listed place, product or person, linked to its
    page) over the story's own text: a subheading, not a list of links.

    It is a short name (:func:`_is_name`): a linked headline of another story
    set between the story's paragraphs is longer, a question or labelled
    ("Read more: ...").  What follows it in the container, before anything
    else, is a paragraph of prose or an unlinked heading over one; in a list
    item, where a teaser's title stands over its summary, a description of
    several sentences (:func:`_is_teaser`).
    """
    block = blocks[index]
    if block.kind is not BlockKind.HEADING or not _is_name(block):
        return False
    in_item = any(el.tag == "li" for el in block.path)
    for after in blocks[index + 1 : index + 1 + _SUBHEADING_LOOKAHEAD]:
        if (
            container not in after.path
            or _left_out(after, rescued)
            or after.link_density >= _MAX_LINK_DENSITY
        ):
            return False
        if in_item:
            return _described_item(after)
        if after.kind is BlockKind.PARAGRAPH:
            return block_score(after) > 0 and _SENTENCE_END.search(after.text) is not None
        if after.kind is not BlockKind.HEADING:
            return False
    return False


def _is_label(block: TextBlock) -> bool:
    """A short heading, a short line in capitals that announces what follows
    ("MORE STORIES"), or a line that ends by a colon ("Watch the interview
    here:"): what it labels, when left out, takes it along."""
    text = block.text
    if (
        block.kind is BlockKind.PARAGRAPH
        and text.endswith(":")
        and len(text.split()) <= _MAX_ANNOUNCE_WORDS
    ):
        # "Watch the interview here:" over an embed that is left out.
        return True
    if len(text.split()) > _MAX_LABEL_WORDS:
        return False
    if block.kind is BlockKind.HEADING:
        return True
    # Cased letters, all capitals: a script without case is never shouting.
    return (
        block.kind is BlockKind.PARAGRAPH
        and any(c.isupper() for c in text)
        and not any(c.islower() for c in text)
    )


def _nested_article(block: TextBlock, container: Element) -> Element | None:
    """The innermost ``<article>`` below ``container`` that holds the block."""
    for el in reversed(block.path):
        if el is container:
            return None
        if el.tag == "article":
            return el
    return None


def _other_articles(blocks: list[TextBlock], container: Element) -> set[Element]:
    """The ``<article>`` elements inside the container that are other articles.

    A container holding articles holds a story and the teasers of others (a
    "more stories" list, a stream of posts): besides the one with the most
    prose, an article with less than half of the container's prose is one of
    the others.  The posts of a live blog (:func:`_stream`) are the story.
    """
    prose: dict[Element, int] = {}
    # Articles titled by a link elsewhere, by the page's headline, by a heading.
    linked: set[Element] = set()
    headlined: set[Element] = set()
    titled: set[Element] = set()
    total = 0
    at = _position(container, blocks)
    for block in blocks:
        if len(block.path) <= at or block.path[at] is not container:
            continue
        if block.kind is BlockKind.HEADING:
            nested = _nested_article(block, container)
            if nested is not None:
                if block.link_density >= _MAX_LINK_DENSITY:
                    linked.add(nested)
                elif block.tag == "h1":
                    headlined.add(nested)
                else:
                    titled.add(nested)
        if block_score(block) <= 0:
            continue
        total += len(block.text)
        nested = _nested_article(block, container)
        if nested is not None:
            prose[nested] = prose.get(nested, 0) + len(block.text)
    if not prose:
        return set()
    stream = _stream(prose, total, linked, headlined, titled)
    # The article with the most prose may be the story itself: never another.
    del prose[max(prose, key=prose.__getitem__)]
    return {
        el for el, chars in prose.items() if chars < _OWN_ARTICLE_SHARE * total and el not in stream
    }


def _stream(
    prose: dict[Element, int],
    total: int,
    linked: set[Element],
    headlined: set[Element],
    titled: set[Element],
) -> set[Element]:
    """The articles that are the posts of one stream (a live blog), not other articles.

    They are siblings, at least a few, each titled by a heading of its own
    but none by a link to elsewhere (a teaser's headline is), none holding
    most of the stream's prose (a story with the next ones below it), and
    together they hold most of the container's prose.  An article holding the
    page's headline, unless it holds them all, is the story, and they are the
    next articles after it.
    """
    siblings: dict[Element | None, list[Element]] = {}
    for el in prose:
        siblings.setdefault(el.getparent(), []).append(el)
    for parent, posts in siblings.items():
        chars = sum(prose[el] for el in posts)
        if (
            parent is not None
            and len(posts) >= _MIN_POSTS
            and chars >= _STREAM_SHARE * total
            and max(prose[el] for el in posts) < _OWN_ARTICLE_SHARE * chars
            and not linked.intersection(posts)
            and titled.issuperset(posts)
            and all(h is parent or h in parent.iterancestors() for h in headlined)
        ):
            return set(posts)
    return set()


def _beside_an_image(block: TextBlock, boxes: dict[Element, tuple[float, bool, int]]) -> bool:
    """A short text alone in a small box with an image: a caption, whatever its tag.

    Not when the box also holds a heading and the text is prose of several
    sentences: that is an item of a list (a product, a place) with its name,
    its picture and its description, the description the article's own text;
    nor when the box holds the headline, whose standfirst the text is.
    ``boxes`` caches each box's text length, whether it holds an image and
    whether a heading, so that paragraphs sharing a parent measure it once.
    """
    if block.kind is not BlockKind.PARAGRAPH or len(block.text) > _MAX_CAPTION_CHARS:
        return False
    if not block.path:
        return False
    # The block's own element when it holds the text directly, then its parents.
    element: Element | None = (
        block.path[-1].getparent() if block.tag in _PARAGRAPH_TAGS else block.path[-1]
    )
    for _ in range(_CAPTION_LEVELS):
        if element is None:
            return False
        box = boxes.get(element)
        if box is None:
            chars: float = _TEXT_LENGTH(element)  # type: ignore[assignment]
            # Only a small box is worth searching for an image.
            image = chars <= _MAX_CAPTION_CHARS + _CAPTION_SLACK_CHARS and bool(_HAS_IMAGE(element))
            heading = _NO_HEADING
            if image and _HAS_HEADING(element):
                heading = _THE_HEADLINE if _HAS_HEADLINE(element) else _A_HEADING
            box = boxes[element] = (chars, image, heading)
        if box[0] > len(block.text) + _CAPTION_SLACK_CHARS:
            return False
        if box[1]:
            # The headline's box with its picture holds the standfirst, no caption.
            return box[2] == _NO_HEADING or (box[2] == _A_HEADING and not _described_item(block))
        element = element.getparent()
    return False


def _described_item(block: TextBlock) -> bool:
    """Prose of several sentences: an item's description rather than a picture's caption."""
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        and len(block.text.split()) >= _SENTENCE_WORDS
        and _SENTENCE_END.search(block.text) is not None
        and _NEXT_SENTENCE.search(block.text) is not None
    )


def _ends_with_credit(block: TextBlock) -> bool:
    """A short text that ends by crediting a picture ("... (Image: Getty)", "... Credit:
    Jane Doe"): a caption, wherever it stands."""
    text = block.text
    if block.kind is BlockKind.LIST_ITEM:
        # An item of a gallery's list holding only a credit.
        return _is_credit_line(text)
    if block.kind is not BlockKind.PARAGRAPH or len(text) > _MAX_CAPTION_CHARS:
        return False
    # The credit closes the text: only its end is searched, and only where it
    # holds what every credit does (a slash, "credit", a parenthesis, a picture).
    start = max(0, len(text) - _CREDIT_CHARS)
    tail = text[start:]
    if "/" in tail and text[-1] in ").":
        slashed = _SLASHED_CREDIT.search(text, start)
        if slashed is not None and _names_a_credit(slashed.group(1).split("/")):
            return True
    if _GLUED_CREDIT.search(text, start) is not None:
        return True
    if not any(clue in tail for clue in _CREDIT_CLUES):
        return False
    return _CREDIT_END.search(text, start) is not None


def _names_a_credit(parts: list[str]) -> bool:
    """Whether the parts of a slashed parenthesis name a photographer and an agency:
    each capitalised, one of them a name of two words or more ("Jane Doe", "AP Photo").
    "(Democrat/Republican)" names no one."""
    words = [part.split() for part in parts]
    return all(w and w[0][0].isupper() for w in words) and any(len(w) > 1 for w in words)


def _as_caption(block: TextBlock) -> TextBlock:
    return TextBlock(
        BlockKind.CAPTION, block.text, block.link_density, block.path, block.tag, block.pruned
    )
