"""The report page in a real browser: Debian's headless Chromium driven by Playwright.

No browser is downloaded: Playwright is pointed at the system's Chromium
(``/usr/bin/chromium``, or ``NEWSMODEL_CHROMIUM``).  The tests skip, saying
why, where Playwright or the browser is missing.  Screenshots are saved in
``test-artifacts/`` (git-ignored) for people and CI to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsmodel
from report_corpus import report_corpus

pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (pip install -e '.[test]')"
)
from playwright.sync_api import Browser, Page, expect, sync_playwright

CHROMIUM = os.environ.get("NEWSMODEL_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    pytest.skip(
        f"no Chromium at {CHROMIUM} (apt-get install chromium, or set NEWSMODEL_CHROMIUM)",
        allow_module_level=True,
    )

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


class Loaded:
    """A page with the report loaded, and every console error and uncaught exception it raised."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url}"))

    def open(self, path: Path) -> Loaded:
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("html[data-ready='true']", timeout=15_000)
        return self

    def speakers(self) -> list[str]:
        return list(self.page.locator("#quote-rows td.c-who").all_inner_texts())

    def quotes(self) -> list[str]:
        return [
            t.strip("“”") for t in self.page.locator("#quote-rows a.quote-link").all_inner_texts()
        ]


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return newsmodel.write_report(report_corpus(engineer=True), tmp_path / "report.html")


@pytest.fixture
def loaded(browser: Browser, report: Path) -> Iterator[Loaded]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    # The page may not touch the network: any request but the file itself fails the test.
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
    state = Loaded(page).open(report)
    yield state
    assert state.errors == []
    assert requests == []
    context.close()


def test_the_report_shows_speakers_quotes_and_highlighted_text(loaded: Loaded) -> None:
    page = loaded.page
    assert loaded.quotes() == [
        "It joins two halves of the town,",
        "Too late,",
        "We will build a second one,",
        "Traffic will move faster,",
        "safe and simple",
    ]
    assert loaded.speakers() == [
        "Ilse Varga",
        "The harbour board",
        "Ilse Varga",
        "Tomas Reyes",
        "Tomas Reyes",
    ]
    names = page.locator("#actor-list .actor-name").all_inner_texts()
    assert names[:3] == ["Ilse Varga", "Tomas Reyes", "The harbour board"]
    # The first quote's article is open, with its quotes highlighted and marks in place.
    assert page.locator("#article .article-title").inner_text() == "Bridge opens"
    assert page.locator("#article mark.q").all_inner_texts() == [
        "It joins two halves of the town,",
        "Too late,",
    ]
    assert page.locator("#article .m").first.inner_text() == "Ilse Varga"
    assert page.locator("#article .d").inner_text() == "Monday"
    assert page.locator("#article .e").inner_text() == "opened"
    # The timeline draws one lane per speaker, with a dot per day.
    assert page.locator("#timeline-chart .lane-name").all_text_contents() == [
        "Ilse Varga",
        "Tomas Reyes",
        "The harbour board",
    ]
    # Weekly ticks fall on Mondays; the first says the year.
    ticks = page.locator("#timeline-chart text.tick").all_text_contents()
    assert ticks[:3] == ["29 Apr 2024", "6 May", "13 May"]
    # One dot per speaker, day and kind of date (said on, or published).
    assert page.locator("#timeline-chart circle.dot").count() == 5
    assert page.locator("#timeline-chart circle.dot.said").count() == 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)


def test_clicking_an_actor_keeps_only_their_quotes(loaded: Loaded) -> None:
    page = loaded.page
    button = page.locator("#actor-list button.actor", has_text="Tomas Reyes")
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert loaded.speakers() == ["Tomas Reyes", "Tomas Reyes"]
    assert page.locator("#quote-count").inner_text() == "Showing 2 quotes of 5."
    assert page.locator("#timeline-chart .lane-name").all_text_contents() == ["Tomas Reyes"]
    button.click()  # again: everyone
    assert len(loaded.speakers()) == 5


def test_the_date_filter(loaded: Loaded) -> None:
    page = loaded.page
    page.fill("#f-since", "2024-05-01")
    assert loaded.quotes() == [
        "We will build a second one,",
        "Traffic will move faster,",
        "safe and simple",
    ]
    page.fill("#f-until", "2024-06-08")
    assert loaded.quotes() == ["We will build a second one,", "Traffic will move faster,"]
    page.fill("#f-since", "2024-06-09")
    assert loaded.quotes() == []
    assert "No quote matches" in page.locator("#quote-rows").inner_text()
    page.click("#filters button[type=reset]")
    expect(page.locator("#quote-rows a.quote-link")).to_have_count(5)
    assert page.input_value("#f-since") == ""


def test_text_and_outlet_filters_and_actor_search(loaded: Loaded) -> None:
    page = loaded.page
    page.fill("#f-text", "TRAFFIC")
    # The page's policy forbids eval, so wait from here rather than with wait_for_function.
    expect(page.locator("#quote-rows tr")).to_have_count(1)
    assert loaded.quotes() == ["Traffic will move faster,"]
    page.fill("#f-text", "")
    page.select_option("#f-outlet", "example-gazette.test")
    expect(page.locator("#quote-rows a.quote-link")).to_have_count(2)
    assert loaded.quotes() == ["It joins two halves of the town,", "Too late,"]
    page.fill("#actor-search", "engineer")  # a role
    expect(page.locator("#actor-list button.actor")).to_have_count(1)
    assert page.locator("#actor-list .actor-name").all_inner_texts() == ["Tomas Reyes"]


def test_a_quote_row_links_to_its_place_and_says_why(loaded: Loaded) -> None:
    page = loaded.page
    page.click("#quote-rows a.quote-link:has-text('Too late')")
    active = page.locator("#article mark.q.active")
    assert active.inner_text() == "Too late,"
    assert page.evaluate("document.activeElement.textContent") == "Too late,"
    why = page.locator("#why-body").inner_text()
    assert "The harbour board" in why
    assert "pronoun" in why
    assert page.locator("#article .speaker-mention").inner_text().endswith("it")
    assert page.locator("#article .antecedent").inner_text().endswith("The harbour board")
    # Another article, reached from its row.
    page.click("#quote-rows a.quote-link:has-text('Traffic')")
    assert page.locator("#article .article-title").inner_text() == "The engineer's view"
    assert page.locator("#article mark.q.active").inner_text() == "Traffic will move faster,"
    assert "said on" in page.locator("#why-body").inner_text()


def test_quotes_answer_the_keyboard(loaded: Loaded) -> None:
    page = loaded.page
    second = page.locator("#article mark.q").nth(1)
    second.focus()
    page.keyboard.press("Enter")
    assert "The harbour board" in page.locator("#why-body").inner_text()
    first = page.locator("#article mark.q").first
    first.focus()
    page.keyboard.press(" ")
    assert first.get_attribute("aria-pressed") == "true"
    assert "cue-after" in page.locator("#why-body").inner_text()
    # Controls are reachable with Tab, in reading order.
    page.focus("#actor-search")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "actor-kind"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").startswith("Ilse Varga")
    page.keyboard.press("Enter")
    assert set(loaded.speakers()) == {"Ilse Varga"}


def test_the_print_stylesheet_hides_the_controls(loaded: Loaded) -> None:
    page = loaded.page
    assert page.locator("#filters").is_visible()
    page.emulate_media(media="print")
    assert not page.locator("#filters").is_visible()
    assert not page.locator("nav").is_visible()
    assert page.locator("#quote-table").is_visible()


def test_the_seed_articles_from_files_and_from_an_index(
    browser: Browser, shared: Path, tmp_path: Path
) -> None:
    from newsmodel.cli import main

    seeds = shared / "corpus" / "seeds"
    db = tmp_path / "news.db"
    assert main(["index", str(seeds), "--db", str(db), "-q", "-j", "1"]) == 0
    for argv in ([str(seeds)], ["--db", str(db)]):
        out = tmp_path / "seeds.html"
        assert main(["report", *argv, "-o", str(out), "-q"]) == 0
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        state = Loaded(context.new_page()).open(out)
        page = state.page
        speakers = set(state.speakers())
        assert {"Vladimir Putin", "Volodymyr Zelenskyy"} <= speakers
        page.locator("#actor-list button.actor", has_text="Volodymyr Zelenskyy").click()
        assert set(state.speakers()) == {"Volodymyr Zelenskyy"}
        page.locator("#quote-rows a.quote-link").first.click()
        assert page.locator("#article mark.q.active").count() >= 1
        assert page.locator("#article mark.q").count() > 5
        assert page.locator("#article .m").count() > 5
        if argv[0] != "--db":
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "seeds.png"))
        assert state.errors == []
        context.close()


def _many_quotes(n: int, speakers: int) -> newsmodel.Corpus:
    """One invented article with ``n`` quotes by ``speakers`` boards, one paragraph each."""
    from newsmodel import Actor, Article, Block, Mention, Quote, Source

    parts, quotes, blocks = [], [], []
    names = [f"Harbour Board {i:03d}" for i in range(speakers)]
    mentions: list[list[Mention]] = [[] for _ in names]
    pos = 0
    for k in range(n):
        who = k % speakers
        words = f"Point number {k} stands"
        line = f"“{words},” said {names[who]}."
        quotes.append(
            Quote(
                id=f"q{k}", text=words, start=pos + 1, end=pos + 1 + len(words), speaker=f"a{who}"
            )
        )
        at = pos + line.index(names[who])
        mentions[who].append(Mention(start=at, end=at + len(names[who])))
        blocks.append(Block(kind="paragraph", start=pos, end=pos + len(line)))
        parts.append(line + "\n")
        pos += len(line) + 1
    article = Article(
        source=Source(path="many.txt"),
        format="text",
        text="".join(parts),
        blocks=blocks,
        actors=[
            Actor(id=f"a{i}", name=name, kind="organization", mentions=mentions[i])
            for i, name in enumerate(names)
        ],
        quotes=quotes,
    )
    return newsmodel.Corpus([article])


def test_long_lists_render_as_they_scroll(browser: Browser, tmp_path: Path) -> None:
    path = newsmodel.write_report(_many_quotes(250, 130), tmp_path / "many.html")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    state = Loaded(context.new_page()).open(path)
    page = state.page
    rows = page.locator("#quote-rows tr")
    assert rows.count() == 100  # the first chunk only
    assert "Showing 100 of 250" in page.locator("#quote-more").inner_text()
    for expected in (200, 250):
        page.locator("#quote-more").scroll_into_view_if_needed()
        expect(rows).to_have_count(expected)
    assert page.locator("#quote-more").is_hidden()
    actors = page.locator("#actor-list button.actor")
    assert actors.count() == 100
    page.locator("#actor-list li.more").scroll_into_view_if_needed()
    expect(actors).to_have_count(130)
    # The last chunk went before the sentinel, not after it.
    assert (
        page.evaluate("document.querySelector('#actor-list').lastElementChild.className") == "more"
    )
    # A filter starts again from the first chunk of what matches.
    page.locator("#actor-list button.actor", has_text="Harbour Board 000").click()
    assert page.locator("#quote-count").inner_text() == "Showing 2 quotes of 250."
    # Following the same quote link twice brings the quote back both times.
    link = page.locator("#quote-rows a.quote-link").nth(1)
    for _ in range(2):
        page.locator("#article mark.q").first.click()  # select another quote in between
        assert page.locator("#article mark.q.active").inner_text() == "Point number 0 stands"
        link.click()
        assert page.locator("#article mark.q.active").inner_text() == "Point number 130 stands"
        assert page.evaluate("document.activeElement.textContent") == "Point number 130 stands"
    assert state.errors == []
    context.close()


def test_a_quote_inside_another_is_found_in_its_holder(browser: Browser, tmp_path: Path) -> None:
    from newsmodel import Actor, Article, Block, Mention, Quote, Source

    text = "“Build it now, build it well,” said Rosa Tanaka."
    whole, part = "Build it now, build it well,", "build it well"
    start = text.index(part)
    article = Article(
        source=Source(path="nested.txt"),
        format="text",
        text=text,
        blocks=[Block(kind="paragraph", start=0, end=len(text))],
        actors=[
            Actor(id="a1", name="Rosa Tanaka", kind="person", mentions=[Mention(start=35, end=46)])
        ],
        quotes=[
            Quote(id="q1", text=whole, start=1, end=1 + len(whole), speaker="a1"),
            Quote(
                id="q2", text=part, start=start, end=start + len(part), speaker="a1", partial=True
            ),
        ],
    )
    path = newsmodel.write_report(newsmodel.Corpus([article]), tmp_path / "nested.html")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    state = Loaded(context.new_page()).open(path)
    page = state.page
    assert page.locator("#article mark.q").all_inner_texts() == [whole]
    page.locator("#quote-rows a.quote-link", has_text=f"“{part}”").click()
    assert page.locator("#why-body .why-quote").inner_text() == f"“{part}”"
    assert page.evaluate("document.activeElement.textContent") == whole
    assert state.errors == []
    context.close()
