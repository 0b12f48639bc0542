"""What tags, roles, classes and ids say about an element: content, boilerplate or caption.

Everything here is general web vocabulary (HTML semantics, ARIA roles and the
class and id words that content management systems use); nothing names a
site.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmodel import BlockKind

__all__ = [
    "BLOCK_TAGS",
    "DROP_TAGS",
    "KIND_OF_TAG",
    "STRUCTURAL_BOILERPLATE",
    "boilerplate_of_attributes",
    "is_caption_class",
    "is_pullquote_class",
]

#: Elements that never hold article text; removed with their content before the walk.
DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "map", "select", "button", "input", "textarea", "head",
    "link", "meta", "title", "base", "source", "track", "dialog", "datalist",
    "option", "optgroup", "applet", "frameset", "frame",
)  # fmt: skip

#: Sectioning elements that hold navigation, site furniture or asides, by what they are.
STRUCTURAL_BOILERPLATE = {
    "nav": "navigation",
    "aside": "aside",
    "footer": "footer",
    "header": "header",
    "menu": "navigation",
    "form": "form",
}

#: Elements that start a block of text; everything else flows inline.
BLOCK_TAGS = frozenset(
    "p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 blockquote pre "
    "ul ol li dl dt dd table thead tbody tfoot tr td th caption figure figcaption form "
    "fieldset address center details summary hr body html hgroup menu legend".split()
)

#: Elements that give the text inside them its kind; the innermost one wins.
KIND_OF_TAG = {
    "h1": BlockKind.HEADING,
    "h2": BlockKind.HEADING,
    "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING,
    "h5": BlockKind.HEADING,
    "h6": BlockKind.HEADING,
    "blockquote": BlockKind.BLOCKQUOTE,
    "li": BlockKind.LIST_ITEM,
    "dd": BlockKind.LIST_ITEM,
    "dt": BlockKind.LIST_ITEM,
    "pre": BlockKind.PREFORMATTED,
    "figure": BlockKind.CAPTION,
    "figcaption": BlockKind.CAPTION,
    "caption": BlockKind.CAPTION,
}

_ROLES = {
    "navigation": "navigation",
    "menu": "navigation",
    "menubar": "navigation",
    "tablist": "navigation",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "search": "form",
    "dialog": "popup",
    "alertdialog": "popup",
    "toolbar": "share",
}

# Whole class names that hide an element from sighted readers.
_HIDDEN_CLASSES = frozenset(
    "hidden hide d-none sr-only visually-hidden visuallyhidden screen-reader-text "
    "screenreader-only invisible is-hidden u-hidden a11y-hidden offscreen".split()
)
# Class prefixes that describe the state of a container, not what it is:
# ``has-sidebar`` is the article column beside a sidebar, not the sidebar;
# ``not-a-paywall`` says what the element is not; ``hidden-print`` and
# ``visible-xs`` say on which screens it shows.
_STATE_PREFIX = re.compile(
    r"^(?:has|with|w|without|wo|no|not|non|un|is|show|hide|js|l|layout|page|template"
    r"|and-w|and-with)-|^(?:hidden|visible|show|hide|d)-(?:xs|sm|md|lg|xl|xxl|print|mobile"
    r"|tablet|desktop|phone|small|medium|large)\b",
    re.IGNORECASE,
)
# Words that join two parts in one name: ``content-and-sidebar`` is a wrapper
# of both, the article included, not a sidebar.
_JOINING_WORDS = frozenset({"and", "with", "plus", "n"})
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")

# One class or id word (split at separators and camelCase) to the kind of
# boilerplate it names.
_WORD_KIND = {
    **dict.fromkeys(
        "nav navbar navigation subnav topnav menu menus breadcrumb breadcrumbs skip "
        "pagination pager masthead".split(),
        "navigation",
    ),
    **dict.fromkeys("footer colophon".split(), "footer"),
    **dict.fromkeys("sidebar rail aside".split(), "aside"),
    **dict.fromkeys(
        "share shares sharing sharebar social sharethis addthis shareaholic".split(), "share"
    ),
    **dict.fromkeys(
        "ad ads advert adverts advertisement advertisements advertising adslot adunit "
        "dfp sponsor sponsored sponsors promo promos promoted banner billboard".split(),
        "advertisement",
    ),
    **dict.fromkeys(
        "related recirc recirculation recommended recommendations recommend outbrain "
        "taboola zergnet popular trending most mostread mostpopular".split(),
        "related",
    ),
    **dict.fromkeys("comment comments commentlist disqus respond".split(), "comments"),
    **dict.fromkeys(
        "newsletter newsletters subscribe subscription subscriptions signup paywall "
        "regwall meter".split(),
        "newsletter",
    ),
    **dict.fromkeys("cookie cookies consent gdpr".split(), "cookie"),
    **dict.fromkeys("modal popup overlay lightbox toast".split(), "popup"),
    **dict.fromkeys(
        "byline byl author authors contributor contributors bio dateline timestamp "
        "date dates pubdate meta".split(),
        "byline",
    ),
    **dict.fromkeys("tags tag keywords topics".split(), "tag"),
    **dict.fromkeys("print toolbar tools".split(), "share"),
    **dict.fromkeys("login signin search".split(), "form"),
}
# Words run together (``relatedposts``, ``sharebuttons``) start with one of these.
_PREFIX_KIND = re.compile(
    r"^(?:(?P<share>share|social)|(?P<related>related|recommend|trending|mostread|mostpopular"
    r"|outbrain|taboola)|(?P<advertisement>advert|sponsor|adslot|adunit|adsense|dfp)"
    r"|(?P<newsletter>newsletter|subscri(?!ber)|paywall)|(?P<cookie>cookie|consent)"
    r"|(?P<navigation>navbar|navigation|breadcrumb|menu)|(?P<comments>comment(?!ar))"
    r"|(?P<footer>footer)|(?P<aside>sidebar))"
)
# A class or id made only of these words (``article-body``, ``entry-content``)
# names the article itself, which vetoes any boilerplate word beside it.
_CONTENT_WORDS = frozenset(
    "article articles body content contents text story entry post main articlebody "
    "storybody copy prose page".split()
)
_CAPTION_WORDS = frozenset("caption captions figcaption credit credits cutline".split())
_PULLQUOTE_WORDS = frozenset("pullquote pullquotes blockquote quotebox".split())
# "pull" names a pull quote only beside "quote" ("pull-quote"); alone it floats
# an element ("pull-right") or orders a grid column ("col-sm-pull-3").
_PULL_QUOTE = re.compile(r"(?:^|[-_ ])pull[-_]?quotes?(?:$|[-_ ])", re.IGNORECASE)


# What one class or id name says: "hidden", "content" (it names the article),
# a kind of boilerplate, or nothing.
_HIDDEN = "hidden"
_CONTENT = "content"


@lru_cache(maxsize=8192)
def _kind_of_words(names: str) -> str | None:
    kind = None
    for name in names.split():
        said = _said_by_name(name)
        if said is _HIDDEN:
            return "hidden"
        if said is _CONTENT:
            return None
        if kind is None:
            kind = said
    return kind


@lru_cache(maxsize=16384)
def _said_by_name(name: str) -> str | None:
    """What one name says; cached by name, since pages reuse names in many combinations."""
    if name.lower() in _HIDDEN_CLASSES:
        return _HIDDEN
    if _STATE_PREFIX.match(name):
        return None
    words = [w.lower() for w in _WORDS.findall(name)]
    if words and all(w in _CONTENT_WORDS for w in words):
        return _CONTENT
    if _JOINING_WORDS.intersection(words) and _CONTENT_WORDS.intersection(words):
        return None
    return _kind_of_name(words)


def _kind_of_name(words: list[str]) -> str | None:
    for word in words:
        found = _WORD_KIND.get(word)
        if found is None and (m := _PREFIX_KIND.match(word)):
            found = m.lastgroup
        if found is not None:
            return found
    return None


def boilerplate_of_attributes(class_: str | None, id_: str | None, role: str | None) -> str | None:
    """The kind of boilerplate an element's class, id and ARIA role name, or ``None``.

    Kinds are the :class:`~newsmodel.Debris` kinds: ``"navigation"``,
    ``"share"``, ``"advertisement"``, ``"related"``, ``"comments"``,
    ``"newsletter"``, ``"cookie"``, ``"byline"``, ``"tag"``, ``"hidden"``, ...
    """
    if role is not None and (kind := _ROLES.get(role.strip().lower())):
        return kind
    if class_ is None:
        return _kind_of_words(id_) if id_ is not None else None
    return _kind_of_words(class_ if id_ is None else f"{class_} {id_}")


@lru_cache(maxsize=8192)
def _class_words(class_: str) -> frozenset[str]:
    """The lower-cased words of a class attribute, without state names (``has-caption``)."""
    return frozenset(
        w.lower()
        for name in class_.split()
        if not _STATE_PREFIX.match(name)
        for w in _WORDS.findall(name)
    )


def _has_word(class_: str, words: frozenset[str]) -> bool:
    # Caption and pull-quote tests share one split of each class attribute.
    return not words.isdisjoint(_class_words(class_))


@lru_cache(maxsize=4096)
def is_caption_class(class_: str) -> bool:
    """Whether a class names a caption or a photo credit (``wp-caption``, ``photo-credit``)."""
    return _has_word(class_, _CAPTION_WORDS)


@lru_cache(maxsize=4096)
def is_pullquote_class(class_: str) -> bool:
    """Whether a class names a pull quote (``pullquote``, ``pull-quote``); a float
    (``pull-right``) does not."""
    return _has_word(class_, _PULLQUOTE_WORDS) or (
        "ull" in class_
        and any(
            _PULL_QUOTE.search(name) for name in class_.split() if not _STATE_PREFIX.match(name)
        )
    )
