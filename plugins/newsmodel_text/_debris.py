"""Debris: the lines a page leaves in a dump that are not the article.

Each rule matches a whole line, so body text that merely mentions "share"
or "cookies" is never taken for debris.  :func:`debris_kind` names what a
line is; :func:`split_credit` finds a photo credit at the end of a caption.
"""

from __future__ import annotations

import re

__all__ = ["LIST_MARKER", "debris_kind", "is_list_header", "split_credit"]

_I = re.IGNORECASE

_SOCIAL = (
    r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|pin|email|e-mail|mail"
    r"|print|copy link|copy|sms|messenger|flipboard|bluesky|threads|instagram|tumblr|tweet"
)
_AGENCIES = r"AP|AFP|Reuters|REUTERS|EPA|Getty Images|Bloomberg|Shutterstock|Alamy|PA|dpa|Xinhua"

#: A bullet that starts a list item: "• ", "- ", "* ", "▪ ".
LIST_MARKER = re.compile(r"^[•▪◦‣·*–-]\s+(?=\S)")

_LIST_HEADER = re.compile(
    r"^(?:related(?: (?:articles?|stories|story|content|coverage|links|news|reading|topics))?"
    r"|(?:read (?:more|also|next)|also read)(?=\s*:)|see also|more on this(?: story| topic)?"
    r"|more (?:from|on) [\w .’'&-]{1,40}|more stories|more news|latest news|top stories"
    r"|recommended(?: for you| reading| stories| articles)?|you (?:may|might) also like"
    r"|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|further reading"
    r"|editor[’']?s picks|popular (?:now|stories)|don[’']t miss)\s*:?$",
    _I,
)

_PLATFORMS = (
    r"twitter|x|facebook|instagram|linkedin|bluesky|threads|tiktok|youtube|mastodon|telegram"
    r"|whatsapp|google news|flipboard|snapchat"
)

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "counter",
        re.compile(
            r"^(?:\d[\d,.]*\s*[km]?\+?\s*(?:views?|reads?|shares?|comments?|likes?|reactions?"
            r"|hits|visits|readers)"
            r"|(?:views?|reads?|shares?|comments?|likes?)\s*[:(]?\s*\d[\d,.]*\s*[km]?\)?"
            r"|\d{1,3}\s*(?:min(?:ute)?s?\.?)\s+read|reading time\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?"
            r"|👁\s*\d[\d,.]*)$",
            _I,
        ),
    ),
    (
        "share",
        re.compile(
            r"^(?:share(?: (?:this|on|via|article|story|page|post|the story|to))*"
            rf"(?: (?:{_SOCIAL}))?\s*:?"
            rf"|(?:{_SOCIAL})(?:\s*[|/,·•]?\s*(?:{_SOCIAL}))*)$",
            _I,
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"^(?:[-–—\s]*(?:advertisement|advertising|advert|ad|ads|sponsored(?: content)?"
            r"|promoted(?: content)?|paid (?:content|post)|partner content)"
            r"(?:\s*[-–—:]\s*(?:scroll|continue)[\w ]*)?[-–—\s]*"
            r"|(?:story|article|content) continues (?:below|after)(?: (?:this|the))?"
            r"(?: advertisement| ad)?|scroll (?:down )?to continue(?: with content| reading)?"
            r"|continue reading (?:below|the main story))\.?$",
            _I,
        ),
    ),
    (
        "related",
        re.compile(
            r"^(?:(?:read more|related|see also|also read|read also|read next|more on this story"
            r"|recommended|watch|listen)\s*(?::|\||»|›|>>|-|–|—)\s*\S.{0,200}"
            r"|(?:read more|click here to read more|read the full (?:story|article)"
            r"|continue reading|keep reading|read full (?:story|article))(?:\s*[.…»›>]+)?)$",
            _I,
        ),
    ),
    (
        "follow",
        re.compile(
            r"^(?:follow us\b.{0,100}|follow @\w+.{0,60}"
            rf"|follow [\w.’' @]{{1,40}} on (?:{_PLATFORMS})\b.{{0,80}}"
            r"|(?:like|join|find) us on \S.{0,100}"
            r"|join (?:our|the) [\w ]{0,30}(?:channel|community|group)\b.{0,80}"
            r"|download (?:our|the) [\w ]{0,20}app\b.{0,80}|get (?:our|the) app\b.{0,60})$",
            _I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^(?:(?:sign up|subscribe|register)\b(?=.{0,150}$)"
            r"(?=.*\b(?:newsletters?|e-?mails?|inbox|free|today|now|here|alerts?|updates|our|us)\b).*"
            r"|(?=.{0,160}$)(?=.*\bnewsletters?\b)(?=.*\b(?:sign[ -]?up|subscribe|inbox)\b)"
            r"(?=.*\b(?:our|your|free)\b).*"
            r"|enter your e-?mail(?: address)?.{0,60}|newsletter(?: sign[ -]?up)?"
            r"|thanks? (?:you )?for (?:signing up|subscribing).{0,80}"
            r"|already (?:a subscriber|have an account).{0,60}|subscribers? only.{0,40})$",
            _I,
        ),
    ),
    (
        "cookie",
        re.compile(
            r"^(?=.{0,300}$)(?=.*\bcookies?\b)(?=.*(?:\bwe use\b|\b(?:web)?site uses\b|\baccept"
            r"|\bconsent|\bcookie (?:settings|policy|preferences|notice)|\bmanage\b"
            r"|\bby continuing\b|\bprivacy\b)).*$",
            _I,
        ),
    ),
    (
        "copyright",
        re.compile(
            r"^(?:(?:copyright|\(c\)|©)\s*(?:©\s*)?\d{4}\b.{0,150}|.{0,100}all rights reserved\.?"
            r"|this (?:material|article) may not be (?:published|reproduced).{0,150})$",
            _I,
        ),
    ),
    (
        "credit",
        re.compile(
            r"^(?:\(?\[?(?:(?:AP|AFP|Reuters|EPA|File|Pool) )?(?:photo|photograph|image|picture"
            r"|video|illustration|graphic)s?(?: credit)?\s*(?::|/|\bby\b)\s*[^\n]{1,80}?\]?\)?"
            r"|\((?:AP|AFP|Reuters|EPA) Photo\)|file (?:photo|image)"
            r"|\(?credits?\s*:\s*[^\n]{1,80}?\)?"
            rf"|[\w .’'-]{{0,60}}/\s*(?:{_AGENCIES})(?: via Getty Images)?"
            rf"|(?:{_AGENCIES})(?: via Getty Images)?|(?:REUTERS|AFP|EPA)/[\w .’'-]{{1,60}}"
            r"|[\w .’'-]{1,60} (?:via|for) Getty Images|photo courtesy of .{1,80}"
            r"|(?:image|photo) (?:source|copyright)\s*[,:]?\s*.{1,80}|©\s*[\w .’'/-]{1,60})$",
            _I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(?:comments?(?:\s*\(\d+\))?|(?:leave|post|add|write|view|show|see"
            r"|read) (?:a |all |the )?comments?\b.{0,40}|join the (?:discussion|conversation)"
            r"|be the first to comment\.?)$",
            _I,
        ),
    ),
    ("link", re.compile(r"^(?:https?://|www\.)\S+$", _I)),
    (
        "navigation",
        re.compile(
            r"^(?:skip to (?:main )?content|back to top|menu|home|search|sign in|log in|close"
            r"|next (?:article|story|post)|previous (?:article|story|post)|load(?:ing)? more"
            r"|loading\s*(?:\.\.\.|…)?|show more|listen to (?:this )?(?:article|story)"
            r"(?:\s*\d+:\d+)?|listen|(?:click|tap) (?:here )?to (?:expand|enlarge|play).{0,40}"
            r"|(?:image|photo|slide) \d+ (?:of|/) \d+|\d+ ?/ ?\d+|watch(?: now| video)?"
            r"|play video|video|(?:home|news|world)\s*(?:>|›|»)\s*.{1,120})$",
            _I,
        ),
    ),
    (
        "credits",
        re.compile(
            r"^\(?(?:(?:additional )?reporting|writing|editing|compiled|translated)"
            r" by\b[^\n]{1,200}(?:;|\band\b)[^\n]{0,200}?(?:editing|writing|reporting)"
            r" by\b[^\n]{1,200}\)?$",
            _I,
        ),
    ),
)

_CREDIT_TAIL = re.compile(
    r"\s*(?:\((?:(?:AP|AFP|Reuters|EPA|File|Pool) )?(?:photo|image|picture)s?\b[^()]{0,80}\)"
    r"|\((?:photo|image|credit)s?\s*:?[^()]{1,80}\)"
    r"|\[(?:photo|image|credit)s?\s*:?[^\[\]]{1,80}\]"
    r"|(?<=[.!?”\"])\s*(?:photo|photograph|image|picture|credit)s?\s*:\s*[^.]{1,80}"
    rf"|(?<=[.!?”\"])\s*[\w .’'-]{{0,60}}/\s*(?:{_AGENCIES})(?: via Getty Images)?"
    r"|(?<=[.!?”\"])\s*(?:REUTERS|AFP|EPA)/[\w .’'-]{1,60})$",
    _I,
)


# All the rules in one pattern, tried in order: one match call per line.
_ANY_RULE = re.compile("|".join(f"(?P<{kind}>{rule.pattern})" for kind, rule in _RULES), _I)


def debris_kind(line: str) -> str | None:
    """The kind of debris a whole line is, or ``None`` for article text."""
    if len(line) > 400:
        return None
    found = _ANY_RULE.match(line)
    return found.lastgroup if found else None


def is_list_header(line: str) -> bool:
    """A line that introduces a list of links: "Related:", "Most read", "Read more"."""
    return bool(_LIST_HEADER.match(line))


def split_credit(line: str) -> int | None:
    """Where a photo credit begins at the end of a caption line, if one does."""
    match = _CREDIT_TAIL.search(line)
    if match is None or match.start() == 0:
        return None
    return match.start()
