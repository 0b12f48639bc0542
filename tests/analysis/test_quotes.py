"""The quote engine: detection and attribution, construction by construction.

Every article here is invented.  Each case names the quotes expected and who
says them; a quote not listed must not be found.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import ActorKind, Article, Document, PluginManager, Quote

LEAD = "On Friday, March 14, 2025, officials met in Geneva.\n\n"

CASES = [
    # (name, body, [(quote, speaker name or None)])
    ("said after", '"We will win," Putin said.', [("We will win,", "Putin")]),
    (
        "said before name",
        '"We will win," said Vladimir Putin.',
        [("We will win,", "Vladimir Putin")],
    ),
    (
        "pronoun after",
        'Maria Lopez spoke first.\n\n"It is done," she said.',
        [("It is done,", "Maria Lopez")],
    ),
    (
        "subject then verb then colon",
        "Prime Minister Ana Silva said: “The vote is final.”",
        [("The vote is final.", "Ana Silva")],
    ),
    (
        "apposition",
        "“Prices will fall,” Tom Becker, a spokesman for the port, told reporters.",
        [("Prices will fall,", "Tom Becker")],
    ),
    (
        "role before name",
        "“Talks resume Monday,” Kremlin spokesman Dmitry Peskov said.",
        [("Talks resume Monday,", "Dmitry Peskov")],
    ),
    (
        "according to",
        "According to Ana Silva, the plan is “dead on arrival.”",
        [("dead on arrival.", "Ana Silva")],
    ),
    (
        "told outlet",
        "Ana Silva told Reuters the deal was “a turning point.”",
        [("a turning point.", "Ana Silva")],
    ),
    (
        "wrote on platform",
        "Jon Reyes wrote on X: “We are not done.”",
        [("We are not done.", "Jon Reyes")],
    ),
    (
        "label",
        "Jon Reyes: “We are not done yet, not at all.”",
        [("We are not done yet, not at all.", "Jon Reyes")],
    ),
    (
        "participle",
        "The union backed the plan, with organiser Lena Park declaring, “This is our moment.”",
        [("This is our moment.", "Lena Park")],
    ),
    (
        "described as",
        "Governor Ruth Adams described the storm as “the worst in a century.”",
        [("the worst in a century.", "Ruth Adams")],
    ),
    (
        "who relative",
        "Critics were joined by senator Dan Ortiz, who called it “reckless.”",
        [("reckless.", "Dan Ortiz")],
    ),
    (
        "possessive speech noun",
        "Mayor Eva Long spoke on Monday, echoing Ana Silva's warning of a “lost decade.”",
        [("lost decade.", "Ana Silva")],
    ),
    (
        "continuation",
        '"We are ready," Ana Silva said. "The ships can sail tomorrow."',
        [("We are ready,", "Ana Silva"), ("The ships can sail tomorrow.", "Ana Silva")],
    ),
    (
        "multi-paragraph",
        'Ana Silva said: "The first part runs on.\n\n"The second part ends here."',
        [("The first part runs on.", "Ana Silva"), ("The second part ends here.", "Ana Silva")],
    ),
    (
        "unnamed source",
        '"The talks failed," a senior official said.',
        [("The talks failed,", "a senior official")],
    ),
    (
        "group",
        "“Inflation will ease,” economists said on Monday.",
        [("Inflation will ease,", "economists")],
    ),
    (
        "organisation it",
        "The ministry said the decision was final. “We will not appeal,” it said.",
        [("We will not appeal,", "The ministry")],
    ),
    (
        "per source",
        "Jon Reyes met the envoy for a “long” session, per a source.",
        [("long", "a source")],
    ),
    (
        "inverted later",
        "Reyes was known for telling aides “he ran the show,” said a former adviser, Ana Silva.",
        [("he ran the show,", "Ana Silva")],
    ),
    # Marks of other languages are paired; attribution is English-only, so no speaker is claimed.
    (
        "guillemets",
        "« Nous resterons ici jusqu'à la fin », a déclaré Ana Silva.",
        [("Nous resterons ici jusqu'à la fin", None)],
    ),
    (
        "low-high german marks",
        "Kanzler Olaf Weber sagte: „Wir bleiben hier bis zum Ende.“ Dann ging er.",
        [("Wir bleiben hier bis zum Ende.", None)],
    ),
    (
        "nested single quotes",
        "\"He told me, 'never again,' and left,\" Jon Reyes said.",
        [("He told me, 'never again,' and left,", "Jon Reyes")],
    ),
    ("title of a work", "Teachers played the song “We’re Not Gonna Take It” from the steps.", []),
    ("so-called term", "Analysts doubt the so-called “peace dividend” will arrive.", []),
    ("scare quote", "The “reform” changed nothing.", []),
    (
        "title-cased show name after a cue",
        "“Costs will ease,” Mara Lind said on Radio Nord’s “Morning Desk With Ola” on Monday.",
        [("Costs will ease,", "Mara Lind")],
    ),
    (
        "title-cased song in a sentence with a cue",
        "Ola Berg said the band closed with “Nights In Blue Water” before midnight.",
        [],
    ),
    (
        "title-cased words a verb of saying introduces",
        "Mara Lind said: “Vote For Change Now.”",
        [("Vote For Change Now.", "Mara Lind")],
    ),
    (
        "title-cased words after a colon",
        "The club posted a photo with the caption: “Welcome Home Ola”.",
        [("Welcome Home Ola", None)],
    ),
    (
        "a name inside a fronted participle phrase is not the pronoun",
        "Tom Lee, the coach, spoke after the match.\n\n"
        "Speaking of Paul Grant’s injury, he added: “We will miss him for a month.”",
        [("We will miss him for a month.", "Tom Lee")],
    ),
    (
        "a name inside an earlier sentence's participle phrase is not its subject",
        "Tom Lee, the coach, spoke after the match.\n\n"
        "Asked about Paul Grant’s injury, he said the club would wait. "
        "“We will miss him for a month,” he said.",
        [("We will miss him for a month,", "Tom Lee")],
    ),
    (
        "a pronoun subject before a colon",
        "Dr Ana Ruiz eats beans before a party. Next morning, she’ll load up on toast: "
        "“the salt makes you drink more water and rest.”",
        [("the salt makes you drink more water and rest.", "Ana Ruiz")],
    ),
    (
        "an agent noun by its form",
        "The station apologised after an interviewer said that “the army is happy to wait.”",
        [("the army is happy to wait.", "an interviewer")],
    ),
    (
        "an indefinite subject after the quote",
        "Ana Berg posted photos.\n\n“Yes, because staying thin is the meaning of love,” one user joked.",
        [("Yes, because staying thin is the meaning of love,", "one user")],
    ),
    (
        "someone after the quote",
        "Ana Berg posted photos.\n\n“Nobody should care about this at all,” someone else wrote.",
        [("Nobody should care about this at all,", "someone else")],
    ),
    (
        "a document's own sentence names its maker",
        "“We will keep going,” the Harbor Club said.\n\n"
        "The Oslo Arts Board published a report stating: “We mourn the loss of life here.”",
        [("We will keep going,", "Harbor Club"), ("We mourn the loss of life here.", "Arts Board")],
    ),
    (
        "the one asked answers",
        "At the hearing, Judge Tom Lee asked Paul Grant whether the account was true.\n\n"
        "“Yes, every word of it,” he said.",
        [("Yes, every word of it,", "Paul Grant")],
    ),
    (
        "the asker speaks on within the sentence",
        "Tom Lee asked Paul Grant about the account, and he said: “Tell us every detail now.”",
        [("Tell us every detail now.", "Tom Lee")],
    ),
    (
        "a name in a fronted clause with its own subject may be the pronoun",
        "Tom Lee, the coach, spoke after the match.\n\n"
        "After Paul Grant scored twice, he added: “We will miss nothing this month.”",
        [("We will miss nothing this month.", "Paul Grant")],
    ),
    (
        "coordinated with a title",
        "Mara Lind said fans loved songs like “Harbor” and “Night Train Home” at the show.",
        [],
    ),
    (
        "coordinated after a naming word",
        "The app answers prompts like “sing me to sleep” or “what rhymes with rain” quickly.",
        [],
    ),
    (
        "coordinated fragments of speech stay quotes",
        "Mara Lind called the plan “cruel” and “a gift to the rich.”",
        [("cruel", "Mara Lind"), ("a gift to the rich.", "Mara Lind")],
    ),
    (
        "a term heading the author's clause",
        "Mara Lind warned that the “summer slump” may last well into the autumn.",
        [],
    ),
    (
        "a fragment after the determiner keeps its speaker",
        "Mara Lind said the “historic” vote was “a win for every family in town.”",
        [("historic", "Mara Lind"), ("a win for every family in town.", "Mara Lind")],
    ),
    (
        "a name after called",
        "A study called “what the river knows” found little change in the fish.",
        [],
    ),
    ("an expansion", "The group, short for “people against the tunnel,” met again.", []),
    (
        "called with an object is speech",
        "Mara Lind called the plan “a gift to the rich.”",
        [("a gift to the rich.", "Mara Lind")],
    ),
    (
        "title-cased words a verb of saying follows",
        "“Happy New Year,” Mara Lind said.",
        [("Happy New Year,", "Mara Lind")],
    ),
    (
        "stray mark",
        "Jon Reyes said “the talks were fine.\n\nNo one else spoke. The meeting ended at noon.",
        [],
    ),
    (
        "a title with 'of the' opening a sentence is no preposition before its holder",
        "Chief Minister Arvind Kale said the claims would be paid. “No farmer will be left "
        "out,” he told the House.\n\n"
        "Leader of the Opposition Meena Rao rejected the figures. “The Chief Minister is "
        "reading numbers from a file,” she said.\n\nMs. Rao has led the Opposition since 2019.",
        [
            ("No farmer will be left out,", "Arvind Kale"),
            ("The Chief Minister is reading numbers from a file,", "Meena Rao"),
        ],
    ),
    (
        "a name after 'for' in an apposition is whom the role serves",
        "Lena Brook, a spokeswoman for Senator Otero, said in a statement that the senator "
        "was “ready to vote.”",
        [("ready to vote.", "Lena Brook")],
    ),
    (
        "a pronoun calls a possessed noun something: the noun is no cue",
        "Lena Brook, a spokeswoman for Ms. Otero, said the office could not comment. She "
        "called Mr. Haines’s claim “a tall tale, nicely told.”",
        [("a tall tale, nicely told.", "Lena Brook")],
    ),
    (
        "a dateline's capitals are a place, not an acronym that speaks",
        "DAYTON, Ohio — Gov. Paul Renner stood on a stage here on Friday and told a crowd "
        "that the state had “turned a corner.”",
        [("turned a corner.", "Paul Renner")],
    ),
    (
        "an unnamed source set off by a participle's phrase is who 'the official' names",
        "Mira Toft, the state’s ports chief, said the docks were “cleared by noon” on "
        "Sunday.\n\nA senior trade official, speaking on condition of anonymity because the "
        "talks were private, said the delay had come from the shippers. “We asked the "
        "carriers what they needed,” the official said.",
        [
            ("cleared by noon", "Mira Toft"),
            ("We asked the carriers what they needed,", "A senior trade official"),
        ],
    ),
    (
        "an abbreviated title links its noun: 'Gov.' is the governor",
        "Gov. Tom Reyes and Sen. Ana Ruiz spoke in Ames. The governor said the state had "
        "“turned a corner.”",
        [("turned a corner.", "Tom Reyes")],
    ),
    (
        "a name's own apposition is no rival for the pronoun after it",
        "Judge Rosa Linde wrote that the rule was unclear. The claim, she wrote, “rests on "
        "rumour.”\n\nSidney Penn, a retired bus driver from Corwick who is one of the "
        "claimants, said she had wept when her son rang. “I have kept every receipt since "
        "1979,” she said.",
        [
            ("rests on rumour.", "Rosa Linde"),
            ("I have kept every receipt since 1979,", "Sidney Penn"),
        ],
    ),
    (
        "'one of them' is one of a counted source, not of a crowd's thousands",
        "Two people close to the bargaining said a deal was near. The ports handle as many "
        "as 40,000 people a day. One of them, who asked not to be named, called the gap "
        "“narrow but stubborn.”",
        [("narrow but stubborn.", "one of two people close to the bargaining")],
    ),
    (
        "a retort's particle verb is a cue: 'shot back'",
        "Ana Pell spoke first. “She dodges every question,” Pell said.\n\n"
        "“I answered all of them,” Vera Stroud shot back.",
        [
            ("She dodges every question,", "Ana Pell"),
            ("I answered all of them,", "Vera Stroud"),
        ],
    ),
    (
        "a second person inside a name's apposition keeps the pronoun after it open",
        "Sloane Avery, the coach of the striker, said he was injured. “He will be back,” she said.",
        [("He will be back,", "Sloane Avery")],
    ),
    (
        "a pronoun goes on naming whom the sentence before's pronoun subject named",
        "Ivo Marsh, a retired ferry captain, spoke for an hour. He called Sen. Rhys Corran’s "
        "record on fishing “a gift to the trawlers.” He got his loudest cheer when he "
        "promised to “fight for every harbour.”",
        [
            ("a gift to the trawlers.", "Ivo Marsh"),
            ("fight for every harbour.", "Ivo Marsh"),
        ],
    ),
    (
        "an epithet with an age and several modifiers names the person in focus",
        "Ms Quist spoke to dockers in Antwerp on Monday.\n\nThe 58-year-old former harbour "
        "pilot, who ran the port authority for a decade, said she expected “hard weeks” "
        "ahead. Later the 58-year-old former harbour pilot said it would be “a cold spring”.",
        [("hard weeks", "Quist"), ("a cold spring", "Quist")],
    ),
    (
        "a name that modifies a role noun is not the speaker",
        "Sen. Mara Otero spoke on Monday. A senior Otero adviser, who requested anonymity, "
        "said the senator had “won the night.”",
        [("won the night.", "A senior Otero adviser")],
    ),
]


def _sole_speaker(text: str) -> tuple[str | None, Quote]:
    """The name of the speaker of an article's only quote (None when unnamed), and the quote."""
    article = newsmodel.parse(text, format="text")
    (quote,) = article.quotes
    speaker = article.speaker(quote)
    return (speaker.name if speaker is not None else None), quote


def _quotes(article: Article) -> list[tuple[str, str | None]]:
    out = []
    for q in article.quotes:
        sp = article.speaker(q)
        out.append((q.text, sp.name if sp else None))
    return out


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construction(name: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    article = newsmodel.parse(LEAD + body, format="text")
    got = _quotes(article)
    for quote, speaker in expected:
        found = [g for g in got if g[0] == quote]
        assert found, f"{quote!r} not found in {got}"
        if speaker is not None:
            assert found[0][1] is not None, f"{quote!r} has no speaker"
            assert speaker.split()[-1] in found[0][1], f"{quote!r}: {found[0][1]} is not {speaker}"
    assert len(got) == len(expected), f"unexpected quotes: {got}"


def test_a_modified_role_is_no_abbreviated_title_of_itself() -> None:
    # "the lieutenant governor" is "Lt. Gov. Harlow", not "Gov. Reyes", though "Gov."
    # shortens "governor".
    body = (
        "Lt. Gov. Kenneth Harlow and Gov. Tom Reyes spoke in Ames. The lieutenant governor "
        "said the state had “turned a corner.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["turned a corner."] == "Kenneth Harlow"


def test_a_possessive_is_not_whom_its_speech_noun_is_about() -> None:
    # "her description of Quell": whoever "her" is, she is not Quell.
    body = (
        "Mayor Ian Hale and Sen. Vera Quell argued on the radio. The host asked Ana Pell "
        "whether she still stood by her description of Quell as “a senator who never saw a "
        "subsidy she would not sign.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a senator who never saw a subsidy she would not sign."] != "Vera Quell"


def test_a_new_sentence_about_someone_else_ends_a_continuation() -> None:
    body = (
        "The museum will reopen. “We are glad,” Tom Lee said. The Harbor Club canceled its "
        "gala “in light of the heartbreaking events that continue.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We are glad,"] == "Tom Lee"
    assert got.get("in light of the heartbreaking events that continue.", "") != "Tom Lee"


def test_speaker_mentions_point_at_the_attribution() -> None:
    article = newsmodel.parse(LEAD + 'Maria Lopez spoke.\n\n"It is done," she said.', format="text")
    q = article.quotes[0]
    assert q.speaker_mention is not None
    assert q.speaker_mention.of(article.text) == "she"
    assert q.cue == "said"
    assert q.cue_span is not None
    assert q.cue_span.of(article.text) == "said"
    speaker = article.speaker(q)
    assert speaker is not None
    assert any(m.kind.value == "pronoun" for m in speaker.mentions)


def test_said_on_and_reported_by() -> None:
    article = newsmodel.parse(
        LEAD + "Ana Silva, speaking on Thursday, called the deal “fragile,” per Reuters.",
        format="text",
    )
    q = article.quotes[0]
    assert q.said_on is not None
    assert q.said_on.isoformat() == "2025-03-13"
    reporter = article.actor(q.reported_by)
    assert reporter is not None
    assert reporter.name == "Reuters"


def test_platforms_are_not_reporters() -> None:
    article = newsmodel.parse(LEAD + "Jon Reyes wrote on X: “We are not done.”", format="text")
    assert article.quotes[0].reported_by is None


def test_partial_flag() -> None:
    article = newsmodel.parse(
        LEAD + 'Ana Silva called it "a mess." Later she said, "We will fix it."', format="text"
    )
    partial = {q.text: q.partial for q in article.quotes}
    assert partial == {"a mess.": True, "We will fix it.": False}


def test_unmarked_blockquote_is_a_quote() -> None:
    doc = Document.from_blocks(
        [
            ("paragraph", "Senator Jane Roe wrote on X on Monday:"),
            ("blockquote", "We will not back down."),
        ]
    )

    class Fixed:
        @newsmodel.hookimpl
        def newsmodel_recognize(self, source: newsmodel.RawSource) -> float:
            return 1.0

        @newsmodel.hookimpl
        def newsmodel_read(self, source: newsmodel.RawSource) -> Document:
            return doc

    pm = PluginManager()
    pm.register(Fixed(), name="fixed")
    article = pm.parse("ignored", format="fixed")
    assert _quotes(article) == [("We will not back down.", "Jane Roe")]


@given(st.integers(min_value=1, max_value=400))
def test_a_stray_mark_never_swallows_what_follows(n: int) -> None:
    body = "Jon Reyes said “it was fine.\n\n" + "\n\n".join(
        f"Ana Silva said “this is quote number {i} for the record.”" for i in range(3)
    )
    article = newsmodel.parse(LEAD + body + "\n\n" + "x " * n, format="text")
    texts = [q.text for q in article.quotes]
    assert texts == [f"this is quote number {i} for the record." for i in range(3)]


def test_said_on_from_an_attribution_after_the_quote_anchors_dates_inside_it() -> None:
    article = newsmodel.parse(
        LEAD + '"We spoke yesterday and it went well," Ana Silva said Thursday.', format="text"
    )
    q = article.quotes[0]
    assert q.said_on is not None
    assert q.said_on.isoformat() == "2025-03-13"
    yesterday = next(d for d in article.dates if d.text == "yesterday")
    assert yesterday.anchor == "statement"
    assert yesterday.value is not None
    assert yesterday.value.isoformat() == "2025-03-12"


# -- issue 12: attribution on unseen articles, pattern by pattern --------------------

PATTERNS = [
    (
        "present tense far pronoun",
        "Hannah Price runs a bakery in Hull. She opens at five. She bakes the rye first, "
        "while the ovens are hottest. Her sister helps on Saturdays.\n\n"
        "“Nobody sees the bread at four in the morning,” she says.",
        [("Nobody sees the bread at four in the morning,", "Hannah Price")],
    ),
    (
        "first name only interviewee",
        "Lena*, a 29-year-old nurse from Leeds, hides her tattoos at family dinners.\n\n"
        "“My mother would faint,” she says.",
        [("My mother would faint,", "Lena")],
    ),
    (
        "a person the actor stage may miss, introduced by age",
        "Another witness, Tomas Vrba, 43, thought the bangs came from a film set.\n\n"
        "“Then the students started running,” he told reporters.",
        [("Then the students started running,", "Tomas Vrba")],
    ),
    (
        "first name with an age",
        "Ravi, 7, likes the lanterns best.\n\n“They float like little moons,” he says.",
        [("They float like little moons,", "Ravi")],
    ),
    (
        "a role description refers to the named person",
        "Doctor Priya Menon said the clinic was busy.\n\n"
        "“Most cases are mild this winter,” said the doctor.",
        [("Most cases are mild this winter,", "Priya Menon")],
    ),
    (
        "a description outside the role list refers to the person it stands by",
        "Cardinal Marco Bellini opened the assembly on Monday.\n\n"
        "“Listen before you speak,” explained the cardinal.",
        [("Listen before you speak,", "Marco Bellini")],
    ),
    (
        "the company refers to the named organisation",
        "Investors sued Walmart last year.\n\n"
        "The company said the claims were “completely without merit.”",
        [("completely without merit.", "Walmart")],
    ),
    (
        "a description with other modifiers is not the last organisation",
        "Walmart opened a store in Lyon.\n\n"
        "The French labour ministry said it “regrets the decision.”",
        [("regrets the decision.", "The French labour ministry")],
    ),
    (
        "a speaker introduced by a reporting verb without a quote",
        "Older drinkers suffer more, explains Dr Megan Rossi. An enzyme in the liver breaks "
        "alcohol down. “It gets less effective at its job as we age.”",
        [("It gets less effective at its job as we age.", "Megan Rossi")],
    ),
    (
        "a tag after a quote that ends its sentence",
        "The shell was small. “The shell has a flat base and a domed top.” Dr. Ilona Varga said.",
        [("The shell has a flat base and a domed top.", "Ilona Varga")],
    ),
    (
        "coordinated verbs share their subject",
        "Dana Whitfield did not answer questions from the BBC but wrote on her blog that the "
        "plan was “a betrayal of the gardeners.”",
        [("a betrayal of the gardeners.", "Dana Whitfield")],
    ),
    (
        "a quantifier as an unnamed source",
        "Readers praised the photos of Dana Whitfield, and another wrote that she looked “radiant”.",
        [("radiant", "another")],
    ),
    (
        "a pronoun does not refer to the object of a preposition",
        "Senator Paul Grant has long opposed the plan. In a 2020 interview with Tom Becker, "
        "he pointed out that “the numbers never added up.”",
        [("the numbers never added up.", "Paul Grant")],
    ),
    (
        "a quote modifying a noun is a term",
        "Ana Silva said the region faces a “long dry season” warning from farmers, and that the "
        "“green corridor” plan would not be enough.",
        [],
    ),
    (
        "a single attributed adjective stays a quote",
        "Prime Minister Ana Silva praised the “historic” vote.",
        [("historic", "Ana Silva")],
    ),
    (
        "a reporting verb right before keeps a modifying quote",
        "Ana Silva urged calm, warning of a “deep crisis” akin to the one in 2008.",
        [("deep crisis", "Ana Silva")],
    ),
    (
        "what is called names a term",
        "The patient had what is called “farmer lung disease,” doctors wrote in the report.",
        [],
    ),
    (
        "an unclosed quote ends where the next opens, and takes its speaker",
        "Drinking feels good at first.  “The effects are biphasic. Later it is a depressant. "
        "“Dopamine drops during a hangover,” says Dr Craig Gunn, a lecturer.",
        [
            ("The effects are biphasic. Later it is a depressant.", "Craig Gunn"),
            ("Dopamine drops during a hangover,", "Craig Gunn"),
        ],
    ),
    (
        "a source noun inside quoted words never speaks",
        "Tom Becker, the port director, spoke on Monday. He said “the workers deserve better "
        "and the officials know it” and left.",
        [("the workers deserve better and the officials know it", "Tom Becker")],
    ),
    (
        "dash signature",
        "“Never leave wet leaves on a lawn over winter.” — Dana Whitfield, owner of a garden "
        "shop in Leeds",
        [("Never leave wet leaves on a lawn over winter.", "Dana Whitfield")],
    ),
    (
        "multi-paragraph quote signed at its end",
        "“The first frost is the signal.\n\n"
        "“Wait for it and the roses double.” — Dana Whitfield, a gardener",
        [
            ("The first frost is the signal.", "Dana Whitfield"),
            ("Wait for it and the roses double.", "Dana Whitfield"),
        ],
    ),
    (
        "follow-up quote keeps the current speaker",
        "“The harbour will reopen in May,” said Tom Becker, the port director.\n\n"
        "Repairs have taken longer than planned. “We found more damage under the quay.”",
        [
            ("The harbour will reopen in May,", "Tom Becker"),
            ("We found more damage under the quay.", "Tom Becker"),
        ],
    ),
    (
        "another name ends the current speaker's turn",
        "“The harbour will reopen in May,” said Tom Becker, the port director.\n\n"
        "Mayor Ines Ruiz visited the quay on Monday. “It is a long job for everyone here.”",
        [
            ("The harbour will reopen in May,", "Tom Becker"),
            ("It is a long job for everyone here.", None),
        ],
    ),
    (
        "verb from VerbNet",
        "“This is the best season we have ever had,” grumbled coach Rita Moss.",
        [("This is the best season we have ever had,", "Rita Moss")],
    ),
    (
        "a nonverbal tag after the quote",
        "“Alcohol slows the gut down, and everything gets loose,” laughs Dr. Nadia Rossi.",
        [("Alcohol slows the gut down, and everything gets loose,", "Nadia Rossi")],
    ),
    (
        "a colon introduction after any verb phrase",
        "The second complaint came from night-shift nurse Rosa Diaz: “We were alone on the ward.”",
        [("We were alone on the ward.", "Rosa Diaz")],
    ),
    (
        "same surname, different people",
        "Hillary Clinton spoke first at the gala. Bill Clinton arrived later with his daughter.\n\n"
        "The former president thanked the donors. “This foundation changed lives,” Clinton said.\n\n"
        "Mrs. Clinton then took questions. “We are not done,” Clinton said.",
        [
            ("This foundation changed lives,", "Bill Clinton"),
            ("We are not done,", "Hillary Clinton"),
        ],
    ),
    (
        "a document speaks for itself, not the nearest person",
        "Tom Becker was arrested in April in Leeds.\n\n"
        "The complaint says he threatened “to burn the whole place down.”",
        [("to burn the whole place down.", "The complaint")],
    ),
    (
        "a statement speaks for the organisation that spoke before",
        "“We regret the delay,” the Port Authority said on Monday, after Tom Becker resigned.\n\n"
        "“Repairs will finish in May,” the statement said.",
        [
            ("We regret the delay,", "the Port Authority"),
            ("Repairs will finish in May,", "the Port Authority"),
        ],
    ),
    (
        "mixed quotation marks pair up",
        '"We will appeal the ruling,” said Ana Silva. “The court erred," Tom Becker added.',
        [("We will appeal the ruling,", "Ana Silva"), ("The court erred,", "Tom Becker")],
    ),
    (
        "a relative clause's speaker is the noun phrase before who",
        "The panel heard Mayor Ines Ruiz and a senior engineer who described the bridge as "
        "“unsafe for heavy trucks.”",
        [("unsafe for heavy trucks.", "a senior engineer")],
    ),
    (
        "a fragment is not its owner's or object's words",
        "Researchers praised Ana Silva's “careful method” in the survey.",
        [],
    ),
    (
        "a fragment is its clause subject's words",
        "The minister and Tom Becker deferred the border issues to a “second phase,” per CBS News.",
        [("second phase,", "Tom Becker")],
    ),
    (
        "they refers back to an unnamed group that spoke",
        "“The plant must stay open,” striking workers said on Monday.\n\n"
        "The company has not replied to the union since March.\n\n"
        "“We want a fair wage, nothing more,” they said.",
        [
            ("The plant must stay open,", "striking workers"),
            ("We want a fair wage, nothing more,", "striking workers"),
        ],
    ),
    (
        "a statement issued carries its issuer's words; a determined verb is a noun",
        "On Thursday campaign spokesman Steven Cheung issued a statement saying that the call "
        "was “taken in furtherance of his duty.”",
        [("taken in furtherance of his duty.", "Steven Cheung")],
    ),
    (
        "a list of voices: name, outlet, colon",
        "What the press said:\n\nAna Silva, Reuters: “The vote was close.”\n\n"
        "Tom Becker, BBC News: “Turnout was low.”",
        [("The vote was close.", "Ana Silva"), ("Turnout was low.", "Tom Becker")],
    ),
    (
        "particle verb",
        "Omar Haddad went on: “Nobody asked the farmers what they needed.”",
        [("Nobody asked the farmers what they needed.", "Omar Haddad")],
    ),
    (
        "lower-case role before an inverted name",
        "“Tides carry the plastic north,” says ocean chemist Lucia Ferro of the institute.",
        [("Tides carry the plastic north,", "Lucia Ferro")],
    ),
    (
        "an apposition naming an employer: the person it describes speaks",
        "Tomas Vrba, a senior analyst at Norland Capital, the Oslo fund, told reporters that "
        "the bank was “far too slow to act.”\n\n"
        "“Prices will keep rising,” Ines Ruiz, founder of Ruiz Home Goods told the paper.",
        [("far too slow to act.", "Tomas Vrba"), ("Prices will keep rising,", "Ines Ruiz")],
    ),
    (
        "a reporting word after a possessive is a noun",
        "Tomas Vrba said Omar Haddad's call with the mayor had been “very tense.”",
        [("very tense.", "Tomas Vrba")],
    ),
    (
        "a capitalised reporting word inside a name is no verb",
        "“We have a plan,” Texas State board chairman Tomas Vrba said last summer. “We will act.”",
        [("We have a plan,", "Tomas Vrba"), ("We will act.", "Tomas Vrba")],
    ),
    (
        "the passive subject of a verb of asking is spoken to, not speaking",
        "Tomas Vrba met the board in May.\n\n"
        "Letters from the bank show that he was asked not to “speak to anyone about the deal "
        "he had signed” after the vote.",
        [("speak to anyone about the deal he had signed", None)],
    ),
    (
        "it after a verb is an object, not a speaker (as X puts it)",
        "The Harbor Review ran the story in June.\n\n"
        "As Ana Silva puts it, we must tell ourselves: “The sea is not ours to spend.”",
        [("The sea is not ours to spend.", "Ana Silva")],
    ),
    (
        "we outside quotes is the writer's voice, nobody named",
        "Ana Silva chairs the fund.\n\n"
        "In the end we told the board that “the money must go back to the towns.”",
        [("the money must go back to the towns.", None)],
    ),
    (
        "said in a statement: the statement is a circumstance, not the speaker",
        "Talks with the unions failed on Thursday.\n\n"
        "“We are deeply disappointed that the offer was rejected,” Lena Varga, the Riverside "
        "Democrat who wrote the bill in the state Senate, said in a Friday statement.",
        [("We are deeply disappointed that the offer was rejected,", "Lena Varga")],
    ),
    (
        "according to an outlet after a verb of saying: the outlet only reports",
        "“Brakes may fail in the cold” on older trucks, the Transport Safety Board wrote on "
        "Monday, according to The New York Times, “and drivers may not notice the fault.”",
        [
            ("Brakes may fail in the cold", "Transport Safety Board"),
            ("and drivers may not notice the fault.", "Transport Safety Board"),
        ],
    ),
    (
        "an unnamed source keeps the common noun it belongs to",
        "The shop closed early on Monday.\n\n"
        "A member of staff told her, “You can always call the manager at home.”\n\n"
        "A critic in the comments replied, “The shop should stay open late.”",
        [
            ("You can always call the manager at home.", "A member of staff"),
            ("The shop should stay open late.", "A critic in the comments"),
        ],
    ),
    (
        "a quote inside a sentence about a thing continues the speaker of the sentence before",
        "The new rules came into force in May.\n\n"
        "Ana Silva stressed the value of the small clinics. The network of clinics "
        "“lets patients see a doctor within a day, even in remote valleys.”",
        [("lets patients see a doctor within a day, even in remote valleys.", "Ana Silva")],
    ),
    (
        "a quote inside a sentence about someone else does not",
        "The new rules came into force in May.\n\n"
        "Ana Silva stressed the value of the small clinics. Tom Becker called the network "
        "“a costly way to treat a few people in remote valleys.”",
        [("a costly way to treat a few people in remote valleys.", "Tom Becker")],
    ),
    (
        "a name modifying the noun that speaks: the description speaks, not the name",
        "The carmaker faces a lawsuit in London.\n\n"
        "Media reported that Boeing’s lawyers have responded saying “a missed goal is not fraud.”",
        [("a missed goal is not fraud.", "Boeing’s lawyers")],
    ),
    (
        "a reporting word before a possessive is a noun",
        "Lars Holm became premier of Norway in 2021.\n\nCritics condemned the plan on Monday, "
        "while the Nordic state's premier cheered “a historic step for the whole region.”",
        [("a historic step for the whole region.", None)],
    ),
    (
        "they never stands for a named person who spoke before",
        "“The vote was fair,” Ana Silva said on Monday.\n\n"
        "The count took two days and ended late at night.\n\n"
        "“It was not fair at all,” they told her, “and we will appeal.”",
        [("It was not fair at all,", None)],
    ),
    (
        "a pronoun inside a relative clause is the name it describes",
        "“We kept going,” says Ana Silva.\n\n"
        "The list runs from Eva Ruiz, who explains why she made it her aim to tell new "
        "stories: “Nobody else was telling them,” to a dozen others.",
        [("Nobody else was telling them,", "Eva Ruiz")],
    ),
    (
        "first person quote after a sentence about someone",
        "Karel Novak, a student, was in the library when the alarm rang. He hid under a desk.\n\n"
        "He stayed there for an hour. “I could hear my own heart beating.”",
        [("I could hear my own heart beating.", "Karel Novak")],
    ),
    (
        "per and a bare singular noun only divides: it names no source",
        "The fund pays out $2 million per county.\n\n"
        "Mara Quist said there is “a shortfall of $9 million” per county across the Verlan Water Authority.",
        [("a shortfall of $9 million", "Mara Quist")],
    ),
    (
        "a source named after the quote only reports what a speaker before it said",
        "Ivo Petrak, a truck driver, was stopped on the bridge.\n\n"
        "Asked how fast he had been driving, Petrak replied, “About ninety,” per KWTX.",
        [("About ninety,", "Ivo Petrak")],
    ),
    (
        "a group named by its place of work keeps its head and loses the full stop",
        "Prices climbed again in March.\n\nThe index rose “sharply,” per economists at Dornell Bank.",
        [("sharply,", "economists at Dornell Bank")],
    ),
    (
        "a pronoun after an unnamed person introduced since is that person, not a name before",
        "Mira Lund posted photos of her garden on Sunday.\n\n"
        "One woman replied that the roses looked tired.\n\n"
        "“Did nobody water them?” she asked.",
        [("Did nobody water them?", "One woman")],
    ),
    (
        "an unnamed person is not remembered paragraphs later",
        "Mira Lund posted photos of her garden on Sunday.\n\n"
        "One woman replied that the roses looked tired.\n\n"
        "The photos were shared widely.\n\nMira Lund said she was pleased.\n\n"
        "The garden opens in May.\n\n“It is my life's work,” she said.",
        [("It is my life's work,", "Mira Lund")],
    ),
    (
        "an epithet names the person in focus",
        "Greta Holm married Jonas Berg on the show's first night.\n\n"
        "Greta Holm had signed up after a long search for love.\n\n"
        "“I wanted something different this time,” the new bride explained.",
        [("I wanted something different this time,", "Greta Holm")],
    ),
    (
        "an everyday noun for a person brings in someone else",
        "Dr. Owen Vale treats burns at the Marlow clinic.\n\n"
        "“It doesn't hurt at all now,” the patient said.",
        [("It doesn't hurt at all now,", "the patient")],
    ),
    (
        "an epithet is not someone whose own it is",
        "The camp has been cut off for weeks.\n\n"
        "Lina Vos's guard at the gate, a young soldier, let the trucks through.\n\n"
        "“Nobody is stopping us,” the soldier said.",
        [("Nobody is stopping us,", "the soldier")],
    ),
    (
        "the name in apposition to a possessive subject speaks, not the possessor",
        "Senator Mara Quinlan of Ohio voted against the bill on Friday.\n\n"
        "Quinlan's spokesman, Dev Kapoor, said the senator would “keep fighting for a budget.”",
        [("keep fighting for a budget.", "Dev Kapoor")],
    ),
    (
        "a possessive subject with no name: the description speaks, not the possessor",
        "Senator Mara Quinlan of Ohio voted against the bill on Friday.\n\n"
        "Quinlan's spokesman said on Monday that the senator would “keep fighting.”",
        [("keep fighting.", "Quinlan's spokesman")],
    ),
    (
        "in the words of names who said the words, whoever the clause's subject",
        "The budget talks broke down again on Friday.\n\n"
        "Democrats accused Ron Pettis of “playing games with paychecks,” in the words of "
        "Representative Lucia Marsh.",
        [("playing games with paychecks,", "Lucia Marsh")],
    ),
    (
        "according to a spokesman after the quote: the one who urged it speaks",
        "Fighting resumed near the border overnight.\n\n"
        "UN chief Ana Guerra urged “maximum restraint,” according to her spokesman, Stefan Ruiz.",
        [("maximum restraint,", "Ana Guerra")],
    ),
    (
        "a pronoun does not refer to the object of a verb in its own sentence",
        "Defence lawyer Alfredo Ruiz said he will ask for a lighter sentence.\n\n"
        "“He was never part of the plan” to kill Jonas Berg, he said.",
        [("He was never part of the plan", "Alfredo Ruiz")],
    ),
    (
        "a name modifying a noun is no antecedent: 'the James Bond star'",
        "Marc Dalton has been married to Keely Marsh for twenty years.\n\n"
        "They are a rare lasting couple, and the Jack Ryan star has often praised their "
        "marriage.\n\n“I found a great woman,” he declared.",
        [("I found a great woman,", "Marc Dalton")],
    ),
    (
        "a parenthetical attribution speaks, not the name it interrupts",
        "Interior Minister Karl Brandt rejected the criticism on Sunday.\n\n"
        "Brandt spoke to reporters at the dam. Sabine Roth, he added, was “exploiting a tragedy.”",
        [("exploiting a tragedy.", "Karl Brandt")],
    ),
    (
        "a first-person quote after a sentence about a named person: we speaks too",
        "The river burst its banks on Monday.\n\n"
        "Maria Lopez, 52, lost her home in the flood. “We have nothing left. Not even a photo.”",
        [("We have nothing left. Not even a photo.", "Maria Lopez")],
    ),
    (
        "a gendered noun in apposition settles a name's gender for she and he",
        "At 3 a.m. Claire Dubois is already up to her elbows in dough.\n\n"
        "The 34-year-old runs a small bakery with her husband, Luc.\n\n"
        "“People think it is romantic,” she says.",
        [("People think it is romantic,", "Claire Dubois")],
    ),
    (
        "a person named by nationality is the person in focus, never the country",
        "United lost 2-1 at home on Saturday.\n\n"
        "United boss Pedro Alves was furious with the referee. Asked about the penalty, "
        "the Portuguese said it was “a joke.”",
        [("a joke.", "Pedro Alves")],
    ),
    (
        "a source after a fragment of an outlet's report said the fragment",
        "The talks resumed on Thursday.\n\n"
        "The Daily Ledger reported that Ana Ruiz met the mayor late Thursday for a “long” "
        "session, per a source cited by the Courier.",
        [("long", "a source")],
    ),
    (
        "the agent of a passive verb of telling speaks, not the one told",
        "The housing row began last week.\n\n"
        "Minister Claire Bowen was told by Treasury chief Ian Moss that the plan was "
        "“unaffordable.”",
        [("unaffordable.", "Ian Moss")],
    ),
    (
        "the owner of a claim speaks, not who criticises the claim",
        "The housing row began last week.\n\n"
        "Opposition leader Raj Patel criticised Claire Bowen's claim that the target was "
        "“within reach.”",
        [("within reach.", "Claire Bowen")],
    ),
    (
        "an office named after its organisation speaks, not the organisation",
        "The court upheld the ruling.\n\n"
        "The United Nations High Commissioner for Human Rights said the decision did "
        "“not change international law.”",
        [
            (
                "not change international law.",
                "The United Nations High Commissioner for Human Rights",
            )
        ],
    ),
    (
        "a later verb with a subject of its own does not take the quote before it",
        "Moscow accused Washington of blocking the camp.\n\n"
        "The Pentagon rejected these accusations as “patently false,” and independent analysts "
        "and residents of the camp told reporters the claims were baseless.",
        [("patently false,", "Pentagon")],
    ),
    (
        "a verb of saying ending the sentence tags all of it, coordinated clauses too",
        "The utility cut power to 800,000 homes.\n\n"
        "The outages have been “terribly disruptive” and the firm is taking steps to avoid them, "
        "company CEO Andrew Vesey said.",
        [("terribly disruptive", "Andrew Vesey")],
    ),
    (
        "a title used as a noun links to the titled person",
        "Cardinal Jean Hollar opened the meeting on Monday.\n\n"
        "The cardinal described the church as “a people walking through history.”",
        [("a people walking through history.", "Jean Hollar")],
    ),
    (
        "a definite noun for a person speaks as a description when no one fits it",
        "The wedding ended abruptly.\n\n"
        "After the vows, the never-identified woman says, “I do not think I can do this.”",
        [("I do not think I can do this.", "the never-identified woman")],
    ),
    (
        "a document speaks for itself unless the sentence says who made it",
        "Harlow Labs was named in the lawsuit, which said that “the firm copied billions of "
        "images without permission.”\n\n"
        "The Harbor Club issued a statement reading: “We regret the decision.”",
        [
            ("the firm copied billions of images without permission.", "the lawsuit"),
            ("We regret the decision.", "Harbor Club"),
        ],
    ),
    (
        "an unnamed source keeps an abbreviation among its words",
        "Missiles struck the port on Friday.\n\n"
        "According to a senior U.S. official, the strike was “limited in scope.”",
        [("limited in scope.", "a senior U.S. official")],
    ),
    (
        "a name no list knows still speaks when the clause makes it the subject",
        "The talks continued on Monday.\n\n"
        "The Kremlin said Vostrikov had told the envoy that Moscow would “respond” to the strikes.",
        [("respond", "Vostrikov")],
    ),
    (
        "a possessive pronoun naming no one yet is no speaker",
        "The talks continued on Monday.\n\n"
        "In his speech, the pope urged world leaders to “silence the weapons.”",
        [("silence the weapons.", "the pope")],
    ),
    (
        "a next sentence with its own object is no tag of the quote before it",
        "The rally drew thousands on Sunday.\n\n"
        "Rao Venkat, addressing the crowd, said his party had “delivered on every promise.” "
        "Opposition leader Mira Sen dismissed the claim.\n\n"
        "The mayor's office said the closures were “temporary.” A spokesman for the mayor, "
        "Jon Bell, said more details would follow.",
        [("delivered on every promise.", "Rao Venkat"), ("temporary.", "The mayor's office")],
    ),
    (
        "a 'his' that belongs to a description in between says nothing of a name's gender",
        "Chancellor Katrin Vogt met the party leaders on Monday.\n\n"
        "Lena Hofmark, co-leader of the Greens, accused the finance minister of putting his "
        "party first. “The coalition is over,” she said.",
        [("The coalition is over,", "Lena Hofmark")],
    ),
    (
        "an owner before a subject's noun is no antecedent for the next 'he'",
        "Gordon Ashby and Ruth Amadi debated in Ames on Monday.\n\n"
        "Ashby's campaign spokesman, Lyle Danvers, said the campaign stood by the ad. He said "
        "Amadi had “spent her career cheering for government health care.”",
        [("spent her career cheering for government health care.", "Lyle Danvers")],
    ),
    (
        "a source phrase opening a sentence is no participle phrase",
        "Donald Trump spoke to reporters on Friday. His envoy, Steven Uitkoff, met Putin on "
        "Thursday.\n\n"
        "According to Trump, the talks were “very good and productive.” He said they gave "
        "“a very good chance” of peace.",
        [("a very good chance", "Donald Trump")],
    ),
    (
        "a name with a particle in apposition to the subject speaks",
        "The Democratic Alliance was sceptical.\n\n"
        "The party's spokesman on energy, Pieter van Wyk, said the minister had made "
        "“the same promise every winter.”",
        [("the same promise every winter.", "Pieter van Wyk")],
    ),
    (
        "a group modified by the firm it works at speaks, not the firm",
        "Shares of Nortek fell 4% on Tuesday.\n\n"
        "Analysts at Brightwater Securities called the move “overdue” in a note to clients.",
        [("overdue", "Analysts at Brightwater Securities")],
    ),
    (
        "a subject whose head a participle follows is the whole description",
        "Nortek will cut 2,000 jobs.\n\n"
        "The union representing Nortek's factory workers said it was “shocked and angry.”",
        [("shocked and angry.", "The union representing Nortek's factory workers")],
    ),
    (
        "a preposition inside a name's apposition does not make a group speak",
        "The ban was closely watched.\n\n"
        "Dan Kapp, a former director of the Patent Office and an opponent of a blanket ban, "
        "said a ceiling would send a “very positive message” to companies.",
        [("very positive message", "Dan Kapp")],
    ),
    (
        "a pronoun after a description of someone named before is that person",
        "U.S. District Judge Helen Park sentenced Frank Deluca to eight years.\n\n"
        "“The sentence is far too harsh,” his lawyer, Rita Soto, said outside the court.\n\n"
        "The judge rejected that argument. She said Deluca had shown “no real remorse.”",
        [("no real remorse.", "Helen Park")],
    ),
    (
        "a role word links a description only as a title, not from across a clause",
        "Judge Helen Park said Tom Deluca had lied.\n\n“We were robbed,” the judge said.",
        [("We were robbed,", "Helen Park")],
    ),
    (
        "a country opening its sentence speaks as its government; a dateline's outlet never",
        "BEIJING, March 4 (Newswire) - China on Monday warned the United States that an arms "
        "sale would “seriously damage” relations, and said it would take “resolute steps.”",
        [("seriously damage", "China"), ("resolute steps.", "China")],
    ),
    (
        "a name before a role apposition speaks, not the organisation inside it",
        "Rates stayed high all year.\n\n“I would ask what the incentive is,” He Lian, "
        "the former chief economist for Asia at the Corvin Fund, said on Friday.",
        [("I would ask what the incentive is,", "He Lian")],
    ),
    (
        "an owner before the subject's noun does not speak, whatever the noun",
        "Reporter Dana Kole's contact inside the ministry, an official who asked not to be "
        "named, said that the plan was “dead on arrival”.",
        [("dead on arrival", "an official")],
    ),
    (
        "an indefinite pronoun right before the verb is its subject",
        "At the Teachers’ Guild rally someone shouted, “This is a union town!”",
        [("This is a union town!", "someone")],
    ),
    (
        "a fragment's speaker is the main clause's subject, not a name in its object clause",
        "Mara Quist remains in custody.\n\nBut a judge ruled that Quist should stay in jail "
        "because of her “history of absconding”.",
        [("history of absconding", "a judge")],
    ),
    (
        "names joined by 'and' before a verb after the quote are one subject",
        "Unlike four other defendants, Toma Ferrer played a “minor role,” prosecutors "
        "Ana Goldberg and Mia Cruz said, because he never handled money.",
        [("minor role,", "Mia Cruz")],
    ),
    (
        "a document owned by 'its' is never the person who spoke last",
        "“We cannot wait,” said Jens Albrecht, an economist.\n\nThe Bundesbank, in its "
        "monthly report, took the opposite view, warning that a delay would “damage the "
        "credibility of fiscal policy”.",
        [("damage the credibility of fiscal policy", "The Bundesbank")],
    ),
    (
        "a name modifying the subject's noun does not speak; the noun phrase does",
        "Diego Salcedo debated Ana Barragán on Sunday.\n\nThe Salcedo campaign said the "
        "debate was “a rout.” The Salcedo campaign later claimed victory in a statement of "
        "its own, saying its candidate had “exposed the truth.”",
        [("a rout.", "The Salcedo campaign"), ("exposed the truth.", "The Salcedo campaign")],
    ),
    (
        "an adjunct participle after a quote and its tag has the tag's subject",
        "“There is a copycat effect at work,” Noor Haddad said, adding that the attack "
        "“fits the pattern we saw grow.”",
        [("fits the pattern we saw grow.", "Noor Haddad")],
    ),
    (
        "a description before an apposition speaks, not a noun inside the apposition",
        "Ruth Ama said the vote was fair.\n\nThe presidency, in a statement by a spokesman, "
        "said the ruling was “a victory for democracy”. The stations, both owned by the same "
        "media group, said the ad “did not meet our standards”.",
        [
            ("a victory for democracy", "The presidency"),
            ("did not meet our standards", "The stations"),
        ],
    ),
    (
        "'she' in the sentence after a lone name tells that person's gender",
        "“We presented every sheet to the court,” Ngozi Eze said. “They ignored them all,” she "
        "said.\n\nThe commission welcomed the ruling.\n\n“Justice was done here for everyone,” "
        "he said.",
        [("They ignored them all,", "Ngozi Eze"), ("Justice was done here for everyone,", None)],
    ),
    (
        "a description with an owner names someone of that owner, not the person in focus",
        "County secretary Amina Hassan said the fees were lawful.\n\nThe traders' association "
        "said it would strike. “We have given the governor three days,” the association's "
        "secretary said.",
        [("We have given the governor three days,", "the association's secretary")],
    ),
    (
        "a name tucked in a phrase before its clause's own 'he' is not whom later pronouns name",
        "Cardinal Luis Ortega leads the synod. Before being appointed bishop by Pope Gregory "
        "in 2010, he was a teacher in Peru. As moderator, he urges patience.\n\nIn welcoming "
        "the members, he noted, “We sit at round tables, not in rows of rank.”",
        [("We sit at round tables, not in rows of rank.", "Luis Ortega")],
    ),
    (
        "a name in a fronted clause with a subject of its own may be whom 'she' names",
        "Tom Reyes founded the app. When I told my story to Banu Keller, chief executive of "
        "the app, she reminded me of the rules. “The reading is a framework, not a faith,” she "
        "said.",
        [("The reading is a framework, not a faith,", "Banu Keller")],
    ),
    (
        "a bare verb form after a quantifier is a noun; a pronoun after a short phrase introduces",
        "The moderator, Lucía Mendoza, twice cut the microphones. At one point she reminded "
        "them: “There are eight million voters watching.”",
        [("There are eight million voters watching.", "Lucía Mendoza")],
    ),
    (
        "a definite description with a capitalised modifier before a relative clause speaks",
        "Ana Castell vetoed the bill on Monday.\n\nThe Democratic governor, who took office in "
        "January, said in a veto letter that the measure “would recreate the failed policies”.",
        [("would recreate the failed policies", "The Democratic governor")],
    ),
    (
        "'the agency' is an organisation whose name has the noun; 'the company' any",
        "The Federal Housing Agency was criticised by Congress on Monday.\n\nThe agency said "
        "in a statement that it would “carefully review every recommendation”.\n\nTesla was "
        "sued by investors too. The company said the claims were “without merit”.",
        [
            ("carefully review every recommendation", "Federal Housing Agency"),
            ("without merit", "Tesla"),
        ],
    ),
    (
        "a name in apposition after a lower-case role speaks for the subject",
        "Tomás Castañeda spoke first.\n\nHis opponent, the centre-left senator Valentina "
        "Echeverría Solís, said that promise had been made “by every president for thirty years”.",
        [("by every president for thirty years", "Valentina Echeverría Solís")],
    ),
    (
        "a description with an age names the person in focus",
        "Her colleague, Senator Yakubu Danladi, went further. Speaking on a point of order, the "
        "71-year-old former customs officer said the cuts showed “a deliberate policy of neglect”.",
        [("a deliberate policy of neglect", "Yakubu Danladi")],
    ),
    (
        "a bare verb form after a name an article opens is a noun ('the … Board report')",
        "Caoimhe Ní Bhriain brandished the Residential Tenancies Board report on Tuesday.\n\n"
        "The report says that rent zones have “slowed but not stopped” increases.",
        [("slowed but not stopped", "The report")],
    ),
    (
        "the subject of a passive verb of saying is its target; the agent after 'by' speaks",
        "The Minister for Housing has been accused of “sitting on his hands while rents soar” "
        "by the opposition.\n\nThe minister denied it. The claims were dismissed as “lies” by "
        "his spokesman, Ivo Marsh.",
        [("sitting on his hands while rents soar", "the opposition"), ("lies", "Ivo Marsh")],
    ),
    (
        "a month alone is no first-name-only person for 'she' to name",
        "Aoife Brennan, a 31-year-old care assistant, rents a flat.\n\nBrennan says her landlord "
        "raised the rent in September, the first rise in two years. “He was apologetic about it, "
        "to be fair,” she says.",
        [("He was apologetic about it, to be fair,", "Aoife Brennan")],
    ),
    (
        "a name in apposition after a noun for a person is a person",
        "Precious Mokoena blocked the road.\n\nHer neighbour, Refilwe Tshabalala, said the water "
        "was often brown. “My child was sick for a week,” she said.",
        [("My child was sick for a week,", "Refilwe Tshabalala")],
    ),
    (
        "a possessive 'her' after a lone name tells that person's gender",
        "Tadhg Moriarty shouted across the chamber.\n\nAoife Brennan, a care assistant, shares "
        "a flat with her partner and his brother.\n\n“We're three adults with full-time jobs,” "
        "she says.",
        [("We're three adults with full-time jobs,", "Aoife Brennan")],
    ),
    (
        "a bare verb form after a singular determiner's phrase is a noun, not a subject's verb",
        "Tom Reddy, the Green candidate, is confident. Speaking in the village hall, he says the "
        "council has “ignored this town for years”, a strange charge in a ward that has elected "
        "the same party since 1997.",
        [("ignored this town for years", "Tom Reddy")],
    ),
    (
        "'the government' stands only for an organisation named a government, never a legislature",
        "Congress passed the bill on Tuesday after a long debate. Senator Alma Ruiz voted against "
        "it. The government said in a statement that the law was “a step forward”.",
        [("a step forward", "The government")],
    ),
    (
        "an unresolved 'it' as the subject leaves the quote unattributed, never to a person",
        "“My child was sick,” said Refilwe Tshabalala, a mother of two. The municipality blames "
        "old pipes and theft. In a statement on Monday, it said that repairs were “nearly "
        "finished”.",
        [("nearly finished", None)],
    ),
    (
        "'the statement' is made by whoever issued the statement an earlier sentence mentions",
        "The finance ministry issued a statement on Sunday defending the loans. Opposition "
        "leader Musa Bello rejected it. The statement said: “Every naira is accounted for.”",
        [("Every naira is accounted for.", "The finance ministry")],
    ),
    (
        "a document's maker outranks whoever was named since",
        "On Sunday, the Presidency issued a longer statement defending the loans. Critics "
        "posted on X within minutes. The statement said: “Every naira is accounted for.”",
        [("Every naira is accounted for.", "the Presidency")],
    ),
    (
        "a bare plural noun as the reporting verb's subject is an unnamed group",
        "Lin of the Post reports that censors had also told news sites to “block and control” "
        "the discussion.",
        [("block and control", "censors")],
    ),
    (
        "'as X put it' attributes the words that follow to X",
        "The cabinet met on Monday. As Kofi Mensah put it in a speech that evening, “We have "
        "waited long enough.”",
        [("We have waited long enough.", "Kofi Mensah")],
    ),
    (
        "a capitalised source after 'according to' that no list knows is still the source",
        "Coach Drew Weller said the team was ready. “We are ready,” he said.\n\nAccording to The "
        "Harrier: “The school would need board approval before filing a complaint.”",
        [("The school would need board approval before filing a complaint.", "The Harrier")],
    ),
    (
        "a possessive after a preposition in the object is not who says the participle's words",
        "Dana Kaplan became vice president in May. The council member shared with the Ledger "
        "their views on Kaplan's record, saying, “She is failing her duties.”",
        [("She is failing her duties.", "The council member")],
    ),
    (
        "an acronym spelling a preposition is part of the subject",
        "Dana Kaplan became vice president in May. The AS member shared with TBL their "
        "sentiments regarding Kaplan's position, saying, “The fees are going to her paycheck.”",
        [("The fees are going to her paycheck.", "The AS member")],
    ),
    (
        "'it' after a sentence about a document is the document, not an organisation before it",
        "Ana Ruiz told a House subcommittee that the agency was overwhelmed.\n\nThe filing "
        "itself is damning. It describes the agency's records as “fragmented and outdated”.",
        [("fragmented and outdated", "The filing")],
    ),
    (
        "a description the clause reader finds as subject speaks, not a name in a fronted clause",
        "Tomás Reyes-Ibarra, the developer, spoke first. When Reyes-Ibarra rose again, the "
        "crowd chanted “Not for sale” for a minute.",
        [("Not for sale", "the crowd")],
    ),
    (
        "a description inside another verb's object leaves the fragment to the main subject",
        "State Sen. Nadia Osei, who requested the audit, said the report confirmed “exactly "
        "what we have been hearing”.",
        [("exactly what we have been hearing", "Nadia Osei")],
    ),
    (
        "a verb that had its own quote does not govern the next clause's, with its own subject",
        "The debate grew heated. When Conservative MP Gareth Pryce-Jones shouted that the "
        "minister was “concreting over the shires”, Ms Siobhan McCarthy reminded him that "
        "“members are not at a football match” and asked him to withdraw.",
        [
            ("concreting over the shires", "Gareth Pryce-Jones"),
            ("members are not at a football match", "Siobhan McCarthy"),
        ],
    ),
    (
        "the quote right after a question answers it: 'he' is who spoke before the asker",
        "Treasurer Nathan Kallis faced reporters on Monday. “We are not going to speculate "
        "about the budget,” Mr Kallis said.\n\n“So you're not ruling it out?” asked Sanjay Rao, "
        "a reporter for a commercial network.\n\n“I'm not ruling anything in or out. I'm doing "
        "my job,” he said.",
        [("I'm not ruling anything in or out. I'm doing my job,", "Nathan Kallis")],
    ),
    (
        "a statement read out on behalf of an organisation is the organisation's",
        "Senator Musa Danjuma later read out a statement on behalf of the Coastal Senators "
        "Forum, a caucus of 38 lawmakers. “The Forum rejects any budget that ignores the "
        "coast,” the statement said.",
        [("The Forum rejects any budget that ignores the coast,", "Coastal Senators Forum")],
    ),
    (
        "the unnamed subject of a 'with' phrase says the participle's words",
        "The row erupted after campaigners posted the claims online. Mr Whitcombe's "
        "constituents were quick to pile in, with one writing on Facebook that the MP should "
        "“sell a house” first.",
        [("sell a house", "one")],
    ),
    (
        "an unnamed source the clause reader finds as subject speaks, not a name before it",
        "The president's spokesman, Dmitri Volkov, declined to comment, but a senior official "
        "told Reuters the talks were “at a delicate stage”.",
        [("at a delicate stage", "a senior official")],
    ),
    (
        "a document from someone's office is theirs; one signed by someone, the signer's",
        "Senator Amara Obi defended the bill. According to a statement from her office, the "
        "measure “will protect families”.\n\nA letter signed by the Harbour Trust called "
        "the plan “reckless”.",
        [("will protect families", "Amara Obi"), ("reckless", "Harbour Trust")],
    ),
    (
        "a name unknown to the actor stage before ', who' speaks, not a noun in the clause",
        "“This is a betrayal,” Barrow, who chairs the committee, told reporters.",
        [("This is a betrayal,", "Barrow")],
    ),
    (
        "'the statement' refers back to one issued by someone's campaign: theirs",
        "The electoral commission's chairman, Musa Danladi, welcomed the ruling. “It vindicates "
        "our processes,” he said.\n\nDaniel Obi did not attend. In a statement issued by his "
        "campaign, he urged supporters to stay calm. “The struggle did not begin with me,” the "
        "statement read.",
        [("The struggle did not begin with me,", "Daniel Obi")],
    ),
    (
        "an unnamed owner's document speaks for the owner",
        "Police raided the paper on Monday. The union's statement called the raid “an assault "
        "on a free press” and demanded an inquiry.",
        [("an assault on a free press", "The union")],
    ),
    (
        "a quote ending its clause before ', while X called for' is the first clause's",
        "Lagos State Governor Babajide Sanwo-Olu said the state would “not tolerate "
        "lawlessness”, while his Ogun counterpart, Dapo Abiodun, called for “calm and "
        "restraint”.",
        [
            ("not tolerate lawlessness", "Babajide Sanwo-Olu"),
            ("calm and restraint", "Dapo Abiodun"),
        ],
    ),
    (
        "a role in apposition without a determiner names the subject; a dash parenthetical "
        "is set aside",
        "Moyo's rival, former finance minister Tendai Biti, said the numbers were “fiction”. "
        "The senator — who faces re-election next year — said she would “fight to the end”.",
        [("fiction", "Tendai Biti"), ("fight to the end", "The senator")],
    ),
    (
        "a name in a participle phrase between subject and verb is not the subject",
        "Senator Paula Grant and Governor Mike Rhodes clashed again on Monday. Rhodes, "
        "responding to Grant, said her remarks were “cheap politics”.",
        [("cheap politics", "Mike Rhodes")],
    ),
    (
        "a quote with an unreadable tag of its own is not the current speaker's",
        "“We married for love,” Pierce Baxter said.\n\nA tweet reposted photos of the couple. "
        "“Your daily reminder to avoid marriage,” the tweet was captioned.",
        [("Your daily reminder to avoid marriage,", None)],
    ),
    (
        "a participle's agent in apposition is not the subject ('authored by')",
        "The 58-page ruling, authored by Justice Amina Sheikh, said press freedom “cannot "
        "depend on the mood of an officer”.",
        [("cannot depend on the mood of an officer", "The 58-page ruling")],
    ),
    (
        "a label with a name the actor stage missed names the speaker",
        "The council met on Monday.\n\nOpposition leader Ana Lima: “This government has failed.”",
        [("This government has failed.", "Ana Lima")],
    ),
    (
        "two coordinated people of one gender leave 'she' to nobody; of two genders, to her",
        "The council met on Monday. Mayor Ruth Okoro and her deputy, Mary Bello, both spoke."
        "\n\n“We will not let this stand,” she told reporters.\n\nThe board met on Tuesday. "
        "Chair Ana Ruiz and her deputy, James Bello, both spoke.\n\n“We will appeal,” she said.",
        [("We will not let this stand,", None), ("We will appeal,", "Ana Ruiz")],
    ),
    (
        "two source nouns in a row after an inverted verb are one phrase",
        "“We are listening,” said a government spokesperson, who asked not to be named.",
        [("We are listening,", "a government spokesperson")],
    ),
    (
        "a verb inside another's report introduces no speaker; names there do not interrupt",
        "“She knows every road in this county,” Dara Quinlan says. She adds that Mei Tanaka "
        "once phoned her at midnight to tell her a bridge was about to fail. It was.\n\n"
        "“I drove out there in my slippers and she was standing on it with a torch. I have "
        "stopped arguing with her.”",
        [
            (
                "I drove out there in my slippers and she was standing on it with a torch. I "
                "have stopped arguing with her.",
                "Dara Quinlan",
            )
        ],
    ),
]


#: Patterns the actor stage gets wrong for now, with why (strict: a fix shows as XPASS).
@pytest.mark.parametrize(("name", "body", "expected"), PATTERNS, ids=[c[0] for c in PATTERNS])
def test_pattern(name: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    article = newsmodel.parse(LEAD + body, format="text")
    got = dict(_quotes(article))
    for quote, speaker in expected:
        assert quote in got, f"{quote!r} not found in {got}"
        if speaker is None:
            assert got[quote] is None, f"{quote!r} given to {got[quote]}"
        else:
            assert got[quote] == speaker, (quote, got)


def test_every_attributed_quote_says_why() -> None:
    body = (
        "Hannah Price runs a bakery in Hull. She opens at five.\n\n"
        "“Nobody sees the bread at four,” she says. “It is the best hour.”\n\n"
        "“Prices will rise,” said Tom Becker."
    )
    article = newsmodel.parse(LEAD + body, format="text")
    rules = {q.text: q.attribution for q in article.quotes}
    first = rules["Nobody sees the bread at four,"]
    assert first is not None and first.rule == "pronoun-after"
    # "she" is resolved to the name that opens the paragraph above.
    assert first.antecedent is not None and first.antecedent.of(article.text) == "Hannah Price"
    follow = rules["It is the best hour."]
    assert follow is not None and follow.rule == "continuation"
    last = rules["Prices will rise,"]
    assert last is not None and last.rule == "inverted-after" and last.antecedent is None
    for q in article.quotes:
        assert (q.attribution is None) == (q.speaker is None)


def test_a_pronoun_skips_people_of_the_other_gender() -> None:
    body = (
        "Mr. Paul Grant chaired the hearing. Ms. Ada Obi testified for an hour.\n\n"
        "The committee then took a break for lunch and resumed at two.\n\n"
        "“The figures were never audited,” she said."
    )
    article = newsmodel.parse(LEAD + body, format="text")
    assert dict(_quotes(article))["The figures were never audited,"] == "Ada Obi"


def test_a_speaker_never_comes_from_inside_the_quote() -> None:
    body = "“Ask Maria Lopez what happened,” he said."
    article = newsmodel.parse(LEAD + body, format="text")
    (q,) = article.quotes
    speaker = article.speaker(q)
    assert speaker is None or "Lopez" not in speaker.name


_NAMES = st.sampled_from(["Ana Silva", "Tom Becker", "Rita Moss", "Omar Haddad"])
_VERBS = st.sampled_from(["said", "says", "added", "warned", "explained", "joked"])
_WORDS = st.lists(
    st.sampled_from("the port will reopen soon and prices may fall later this year".split()),
    min_size=3,
    max_size=10,
).map(lambda ws: " ".join(ws).capitalize())


@st.composite
def _stories(draw: st.DrawFn) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        name, verb, words = draw(_NAMES), draw(_VERBS), draw(_WORDS)
        form = draw(st.integers(0, 3))
        if form == 0:
            paragraphs.append(f"“{words},” {name} {verb}.")
        elif form == 1:
            paragraphs.append(f"{name} met voters. “{words},” she {verb}.")
        elif form == 2:
            paragraphs.append(f"“{words}.” — {name}, a trader")
        else:
            paragraphs.append(f"“{words}, {name} {verb} nothing,” they {verb}.")
    return "\n\n".join(paragraphs)


def _attributions(article: Article) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, (article.speaker(q).name if article.speaker(q) else None),  # type: ignore[union-attr]
         q.attribution.rule if q.attribution else None)
        for q in article.quotes
    ]  # fmt: skip


@given(_stories())
def test_speaker_mentions_lie_outside_their_quote(body: str) -> None:
    article = newsmodel.parse(LEAD + body, format="text")
    for q in article.quotes:
        for span in (q.speaker_mention, q.attribution.antecedent if q.attribution else None):
            if span is not None:
                assert span.end <= q.start or span.start >= q.end, (q.text, span)


@given(_stories())
def test_attribution_is_deterministic(body: str) -> None:
    first = newsmodel.parse(LEAD + body, format="text")
    second = newsmodel.parse(LEAD + body, format="text")
    assert _attributions(first) == _attributions(second)


@given(
    _stories(),
    st.sampled_from(["The weather was mild all week.", "Markets closed early."]),
    st.booleans(),
)
def test_an_unrelated_paragraph_elsewhere_changes_no_attribution(
    body: str, extra: str, first: bool
) -> None:
    before = newsmodel.parse(LEAD + body, format="text")
    changed = extra + "\n\n" + body if first else body + "\n\n" + extra
    after = newsmodel.parse(LEAD + changed, format="text")
    assert _attributions(before) == _attributions(after)


def test_quotes_attributed_through_a_pronoun_or_description_are_found_by_any_alias() -> None:
    first = newsmodel.parse(
        LEAD + "Prime Minister Ana Silva visited the port. She met the workers.\n\n"
        "The strike entered its third week.\n\n“We will not give up,” she said.",
        format="text",
    )
    second = newsmodel.parse(
        LEAD + "Doctor Priya Menon said the clinic was busy.\n\n"
        "“Most cases are mild this winter,” said the doctor.",
        format="text",
    )
    corpus = newsmodel.Corpus([first, second])
    for name, words in (
        ("Silva", "We will not give up,"),
        ("Priya Menon", "Most cases are mild this winter,"),
    ):
        assert [r.quote.text for r in corpus.quotes(actor=name)] == [words]


@given(
    st.lists(
        st.sampled_from(
            [
                "said",
                "says",
                "say",
                "Said",
                "SAYS",
                "ſaid",
                "point",
                "out",
                "pointed",
                "warn",
                "warned",
                "warnings",
                "told",
                "tell",
                "x",
                "-",
                ",",
                " ",
                "  ",
                "\n",
                "saidx",
            ]
        ),
        max_size=25,
    ).map(" ".join)
)
def test_reporting_verbs_as_a_trie_match_as_the_word_list_does(text: str) -> None:
    """VERB (a trie of the reporting verbs) matches, wherever a word boundary follows,
    exactly what the plain list of the verbs, longest first, matches."""
    import re

    from newsmodel._analysis.quotes.cues import PARTICLE_VERBS, REPORTING_VERBS, VERB

    plain = "|".join(
        [
            *(rf"{v}\s+(?:{'|'.join(sorted(p))})" for v, p in sorted(PARTICLE_VERBS.items())),
            *sorted(REPORTING_VERBS, key=len, reverse=True),
        ]
    )
    spans = [
        [m.span() for m in re.finditer(rf"(?:{verbs})\b", text, re.IGNORECASE)]
        for verbs in (VERB, plain)
    ]
    assert spans[0] == spans[1]


def test_put_it_is_a_cue_only_after_as() -> None:
    from newsmodel._analysis.quotes.cues import find_cues

    for text, cues in [
        ("As one voter put it, the plan", ["put it"]),
        ("As Ana Ruiz put it on Monday: “", ["put it"]),
        ("Ana Ruiz put it on the table, and", []),
        ("She puts it away.", []),
    ]:
        assert [text[a:b] for a, b in find_cues(text, 0, len(text))] == cues, text


@pytest.mark.parametrize(
    "body",
    [
        # The later verb belongs to a clause with a subject of its own.
        "Soon, the brand was pitching its new range as “a return to basics” and designer Mara "
        "Lind told reporters she would show in Paris.",
        # A bare form after a possessive and a singular word is a noun, no verb of saying.
        "Soon, Vireo was pitching its new range as “a return to basics” and designer Mara Lind "
        "was launching her own label.",
    ],
)
def test_a_later_clause_with_its_own_subject_never_claims_the_quote(body: str) -> None:
    article = newsmodel.parse(LEAD + body, format="text")
    assert all(speaker != "Mara Lind" for _quote, speaker in _quotes(article)), _quotes(article)


def test_a_description_whose_place_the_text_gave_someone_else_is_not_the_last_of_its_role() -> None:
    # "the Westmoor MP" after Westmoor was tied to Ruth Adeyemi: never the other MP.
    body = (
        "Conservative MP Henry Vale said he supported the plan.\n\n"
        "Ruth Adeyemi, whose Westmoor seat has the longest waiting list, said she feared delays.\n\n"
        "“Nobody can build homes with a veto hanging over them,” the Westmoor MP said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Nobody can build homes with a veto hanging over them,"] != "Henry Vale"


def test_a_place_first_named_in_the_description_is_news_about_the_one_of_that_role() -> None:
    body = (
        "Independent TD Eamon Kerrigan repeated the claim outside the chamber.\n\n"
        "“I stand over every word,” the Carrowmore TD said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["I stand over every word,"] == "Eamon Kerrigan"


@pytest.mark.parametrize("who", ["A Nato diplomat", "An EU official", "A Swedish negotiator"])
def test_an_unnamed_source_with_a_proper_modifier_takes_the_focus_from_the_last_name(
    who: str,
) -> None:
    # "the diplomat" after "An EU diplomat said": that diplomat, not the minister before.
    head = who.split()[-1]
    body = (
        "Trade minister Olek Rybak said the tariff was unfair. “Our mills are small,” Rybak said.\n\n"
        f"{who} close to the talks said the offer was final. “There is no more room,” the {head} "
        "said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Our mills are small,"] == "Olek Rybak"
    assert got["There is no more room,"] != "Olek Rybak"


def test_a_source_noun_before_another_noun_modifies_it() -> None:
    body = "In a joint statement, six member countries warned the rule would “hurt small ports”."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["hurt small ports"] is not None and got["hurt small ports"].endswith(
        "member countries"
    )
    body = "“It is over,” officials both said on Friday."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["It is over,"] == "officials"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # The main verb comes first; "continue" belongs to what she reported.
        ("Ada Quist said Tom Berg would continue the protest.", "Ada Quist"),
        (
            "Ada Quist of the Socialist Front said the party would continue its protest.",
            "Ada Quist",
        ),
        # A short subject after a comma: the main clause comes last.
        ("Guards later explained there was a fire drill, Ada Quist told reporters.", "Ada Quist"),
    ],
)
def test_a_cueless_quote_continues_the_main_verbs_subject_of_the_sentence_before(
    sentence: str, speaker: str
) -> None:
    body = f"{sentence} “Nobody here will give up.”"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Nobody here will give up."] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Pesca-Unida, the main fishermen's federation, called the quota “a death sentence”.",
        "Pesca-Unida, an association of small boat owners, said the quota was “a death sentence”.",
    ],
)
def test_a_name_the_actor_stage_missed_is_an_organisation_by_its_apposition(body: str) -> None:
    article = newsmodel.parse(LEAD + body, format="text")
    (quote,) = article.quotes
    speaker = article.speaker(quote)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("Pesca-Unida", ActorKind.ORGANIZATION)


def test_a_sentence_naming_no_one_does_not_break_the_paragraphs_speaker() -> None:
    body = (
        "The vaccine trains the body to spot the virus early, Dr Ines Okafor says. In older "
        "patients, the immune system reacts more slowly. With the booster, however, “the "
        "response is as strong as in a twenty-year-old.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["the response is as strong as in a twenty-year-old."] == "Ines Okafor"
    # A sentence that names someone else between them ends the speaker's turn.
    body = body.replace("In older patients,", "In older patients, Tom Reyes found,")
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["the response is as strong as in a twenty-year-old."] != "Ines Okafor"


@pytest.mark.parametrize(
    "body",
    [
        "Nadia Osei was asked not to “discuss the settlement with anyone” after signing.",
        "Nadia Osei was later urged to “stay silent about the settlement” by the firm's lawyers.",
    ],
)
def test_the_subject_of_a_passive_verb_of_addressing_never_says_the_fragment(body: str) -> None:
    got = _quotes(newsmodel.parse(LEAD + body, format="text"))
    assert all(speaker != "Nadia Osei" for _quote, speaker in got), got


def test_a_description_links_to_a_name_whose_apposition_gives_it_past_an_age() -> None:
    body = (
        "Retired miner Owen Pryce, 67, a parish councillor since 1998, said the plan was "
        "rushed. Mayor Lin Tao disagreed.\n\n“Nobody asked the village,” the councillor said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Nobody asked the village,"] == "Owen Pryce"


@pytest.mark.parametrize("noun", ["tribunal", "court", "commission"])
def test_an_institution_noun_is_the_institution_named_before_never_a_person(noun: str) -> None:
    name = f"Northern Land {noun.capitalize()}"
    body = (
        f"The {name} on Monday upheld the sale, in a ruling read by Justice Amara Eze.\n\n"
        f"The {noun} said the objections were “largely hearsay”."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["largely hearsay"] == name


@pytest.mark.parametrize("role", ["the union's regional organiser", "the regional organiser"])
def test_a_name_in_apposition_after_the_quote_names_the_description(role: str) -> None:
    body = f"“We will not back down,” {role}, Kofi Mensah, said on Sunday."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We will not back down,"] == "Kofi Mensah"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("said the 64-year-old, who ran the port authority for a decade.", "the 64-year-old"),
        ("said the former harbour master, who retired in May.", "the former harbour master"),
        ("said the former harbour master in a statement.", "the former harbour master"),
        ("says the union will appeal.", "the union"),
    ],
)
def test_an_unnamed_description_after_an_inverted_verb_is_read_whole(
    tail: str, speaker: str
) -> None:
    body = f"“I would do it all again, every single day of it,” {tail}"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["I would do it all again, every single day of it,"] == speaker


def test_a_short_quote_standing_as_its_own_sentence_is_speech() -> None:
    body = "Asked whether she would stand again, Ms Adjei laughed. “Ask me in spring.”"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got.get("Ask me in spring.") == "Adjei"
    # A few words inside a sentence with no cue stay a term, not a quote.
    body = "The plan, known as the “fresh start” scheme, opened on Monday."
    assert "fresh start" not in dict(_quotes(newsmodel.parse(LEAD + body, format="text")))


@pytest.mark.parametrize(
    "verb", ["implored", "exhorted", "entreated", "urged", "gushed", "interjected"]
)
def test_verbs_of_urging_and_manner_of_speaking_are_cues(verb: str) -> None:
    # VerbNet's urge-58.1-1-1 ("implored them that …") and manner_speaking-37.3.
    body = f"“Please go home and stay safe,” {verb} Senator Lidia Moraes."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Please go home and stay safe,"] == "Lidia Moraes"


def test_a_verb_that_is_mostly_a_noun_in_news_is_no_cue() -> None:
    from newsmodel._analysis.quotes.cues import find_cues

    text = "White House Press Secretary Ana Ruiz said it, and the press was told."
    assert [text[a:b] for a, b in find_cues(text, 0, len(text))] == ["said", "told"]


def test_a_pronoun_ending_the_phrase_before_the_verb_is_its_subject() -> None:
    body = (
        "Rana Siddiqui, a pollster in Multan, said both camps gained. The party could pose "
        "as “the last defender of the poor”, a part she said it had played for years."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["the last defender of the poor"] == "Rana Siddiqui"


def test_a_qualified_role_names_the_one_whose_role_has_the_qualifier() -> None:
    body = (
        "Chief Minister Ravi Hosamani conceded defeat.\n\nOpposition chief Anil Pattar went "
        "further. Pattar, a former Revenue Minister who served in Mr Hosamani’s first "
        "Cabinet before the two fell out, said the end had come. “He knows what defeat "
        "looks like,” the former Minister said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["He knows what defeat looks like,"] == "Anil Pattar"


def test_a_definite_description_refers_back_to_the_unnamed_person_introduced_by_it() -> None:
    body = (
        "“There is no shortage,” spokeswoman Wanjiru Kamau said.\n\nA senior official at "
        "the Harbour Authority, who asked not to be named, said the fee would raise less. "
        "“Shippers will simply go elsewhere,” the official said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Shippers will simply go elsewhere,"] == (
        "A senior official at the Harbour Authority"
    )
    # Someone named in that role between them takes the description instead.
    body = body.replace("“Shippers", "Chief official Amos Odhiambo disagreed.\n\n“Shippers")
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Shippers will simply go elsewhere,"] != (
        "A senior official at the Harbour Authority"
    )


def test_one_of_them_is_one_of_the_counted_sources_before() -> None:
    body = (
        "Three people familiar with the negotiations said a deal was close. “Everybody "
        "gets something to sell at home,” one of them said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Everybody gets something to sell at home,"] == (
        "one of three people familiar with the negotiations"
    )


def test_a_bare_spokesperson_right_after_an_organisation_spoke_is_its_own() -> None:
    body = (
        "The Ministry of Water said it was in contact with the council. “We know the "
        "pressure councils are under,” a spokeswoman said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We know the pressure councils are under,"] == (
        "a spokeswoman for the Ministry of Water"
    )


def test_the_subject_of_any_verb_before_a_colon_introduces_the_quote() -> None:
    body = (
        "But single dad Omar Ferreira, 39, a bus driver who lives in a damp flat, "
        "exploded: “They take the money and leave us with the mould.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["They take the money and leave us with the mould."] == "Omar Ferreira"


@pytest.mark.parametrize(
    "second",
    [
        "His deputy disagreed, saying the levy was “a mistake that will cost us the election”.",
        "His deputy said the levy was “a mistake that will cost us the election”.",
    ],
)
def test_a_possessive_description_is_never_its_owner_nor_the_last_speaker(second: str) -> None:
    body = f"President Samuel Mwangi said on Monday that the levy was “necessary”. {second}"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["necessary"] == "Samuel Mwangi"
    assert got["a mistake that will cost us the election"] != "Samuel Mwangi"


@pytest.mark.parametrize("tag", ["she shot back.", "she snapped back.", "she shrugged."])
def test_a_pronoun_and_any_verb_ending_the_sentence_is_the_quotes_tag(tag: str) -> None:
    body = (
        "“So the bill went up?” asked Senator Ines Barros.\n\n“I would not put it that way,” "
        f"Mr Tomas Ruiz said.\n\n“Forty thousand families would call it a nightmare,” {tag}"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Forty thousand families would call it a nightmare,"] == "Ines Barros"


def test_an_organisation_whose_name_holds_a_source_noun_speaks_as_itself() -> None:
    body = "“Officers showed great restraint all day,” the Coastal Police Service said."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Officers showed great restraint all day,"] == "Coastal Police Service"


def test_one_of_them_opening_a_sentence_is_one_of_the_counted_sources_before() -> None:
    body = (
        "The caucus backed the leader, according to three officials who attended. One of "
        "them said the mood had been “oddly calm, like a wake before the funeral”."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["oddly calm, like a wake before the funeral"] == "one of three officials"


def test_an_unnamed_unit_of_an_owner_speaks_as_itself() -> None:
    body = "The town's water utility said it had “prioritised the area for repairs”."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["prioritised the area for repairs"] == "The town's water utility"


def test_its_statement_is_the_subjects_own_when_its_referent_is_inside_the_subject() -> None:
    body = (
        "Monitors from the Commonwealth and ECOWAS said the count was orderly. The ECOWAS "
        "mission said in its first statement that it had “seen no fraud that could change "
        "the result”."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["seen no fraud that could change the result"] == "The ECOWAS mission"


def test_the_chair_is_who_chairs_not_the_last_person_named() -> None:
    body = (
        "Senator Rhys Mallon, who chairs the committee, pressed the officials. Deputy "
        "secretary Ana Pires said the agency did not track it.\n\n“You do not know how "
        "many applicants gave up?” the chair asked."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["You do not know how many applicants gave up?"] == "Rhys Mallon"


def test_a_pronoun_and_verb_after_a_quote_without_a_comma_is_no_tag() -> None:
    body = (
        "The union said the offer was final. It was not the “fair deal for every worker "
        "in the county” they wanted."
    )
    article = newsmodel.parse(LEAD + body, format="text")
    assert all(
        q.attribution is None or q.attribution.rule != "pronoun-after" for q in article.quotes
    )


def test_shared_with_an_outlet_introduces_speech() -> None:
    body = (
        'Backstage, the stylist Oona Pratt shared with Vanity Fair, "Nobody wears a '
        'cape to a picnic twice."'
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Nobody wears a cape to a picnic twice."] == "Oona Pratt"


def test_a_quote_after_a_tag_goes_on_with_it_though_a_signed_quote_follows() -> None:
    body = (
        "“The bridge will open in May, barring storms,” says engineer Lina Ortiz. "
        "“After that, tolls rise.” “Nobody asked the ferry crews,” says Kofi Mensah, a "
        "union organiser."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["After that, tolls rise."] == "Lina Ortiz"
    assert got["Nobody asked the ferry crews,"] == "Kofi Mensah"


def test_a_dateline_does_not_hide_the_subject_of_a_participle_of_saying() -> None:
    body = (
        "LISBON — The finance ministry on Monday backed Mayor Ilda Serrao's plan to cut "
        "fares, saying the change would give commuters “real breathing room” this year."
    )
    got = dict(_quotes(newsmodel.parse(body, format="text")))
    assert got["real breathing room"] != "Ilda Serrao"


def test_a_capitalised_description_is_no_new_person_a_pronoun_could_take() -> None:
    body = (
        "Senator Walt Bramley, 66, has served since 2005. Asked whether the vote would "
        "be his last, the Nebraskan laughed. “I doubt it,” he said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["I doubt it,"] == "Walt Bramley"


def test_a_dash_signature_signs_only_the_words_before_it() -> None:
    body = (
        "“I stopped buying bleach years ago.” —Tova, a cleaner in Leeds\n\n"
        "“After a decade of scrubbing floors, I only use vinegar at home.\n\n"
        "“My knees are the real problem now.” —Rosa Imbert, a cleaner in Hull"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["After a decade of scrubbing floors, I only use vinegar at home."] == "Rosa Imbert"


def test_an_interruption_is_a_reporting_verb() -> None:
    body = (
        "“We have a plan for the harbour,” Ruiz said. “The cranes alone —”\n\n"
        "“With respect, you do not,” Castell interrupted. “The cranes are rusting.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["With respect, you do not,"] == "Castell"
    assert got["The cranes are rusting."] == "Castell"


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "Minister Odum flew to Accra on Monday.\n\nAt her briefing, aide Vera Lusk said "
            "the minister had talked with the mayor at length and that the meeting was "
            "“long and candid.”",
            "long and candid.",
            "Vera Lusk",
        ),
        (
            "Asked about the ruling on appeal, Tomas Brandt said such delays were common, "
            "but that “to wait a year is simply cruel”.",
            "to wait a year is simply cruel",
            "Tomas Brandt",
        ),
    ],
)
def test_a_second_that_clause_belongs_to_the_outer_verb(
    body: str, quote: str, speaker: str
) -> None:
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got[quote] == speaker


@pytest.mark.parametrize("plural", ["in other states", "in 12 states", "in several states"])
def test_a_plural_noun_after_a_quantifier_is_no_reporting_verb(plural: str) -> None:
    body = (
        f"The Open Rolls Fund, a tenants rights group, said that similar cases {plural} had been "
        "“thrown out within weeks” by judges."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["thrown out within weeks"] == "Open Rolls Fund"


def test_an_aged_apposition_is_the_named_person_not_someone_new() -> None:
    body = (
        "The senator Amos Creel was due at noon. “I came to see if he still has it,” "
        "said Ruth Pagett, 71, a former postal worker from Alma, who was wearing a scarf."
        "\n\nHe spoke for an hour "
        "and called the new dam “a gift to nobody.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a gift to nobody."] != "a former postal worker"


def test_a_described_body_is_not_the_spokesman_whose_apposition_names_a_like_body() -> None:
    body = (
        "“Mayor Rhee talks a lot about parks,” said Ian Volk, a spokesman for the Marr "
        "campaign.\n\nThe mayor’s campaign said on Friday that its bus tour had drawn "
        "“the biggest crowds of the year.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["the biggest crowds of the year."] != "Ian Volk"


def test_a_description_with_a_place_the_text_tied_to_one_person_is_that_person() -> None:
    body = (
        "Backbenchers were uneasy. Omar Hadid, whose Fenwick East constituency has a long "
        "waiting list, said he feared the veto. Lena Voss, a minister, disagreed.\n\n“"
        "Nobody in my ward can wait ten years for a flat,” the Fenwick East MP said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Nobody in my ward can wait ten years for a flat,"] == "Omar Hadid"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # An adverb between the age and its verb.
        (
            "Mayor Ines Waldo opened the new depot on Friday.\n\nThe 61-year-old later "
            "told a chamber lunch that the port was “ready for twice the traffic”.",
            "Ines Waldo",
        ),
        # The stated age names one of two people.
        (
            "Ruth Pagett, 71, and Carl Moss, 45, both spoke at the hearing.\n\nThe "
            "71-year-old said the dam was “a gift to nobody”.",
            "Ruth Pagett",
        ),
        # The one who answered, not the reporter named asking.
        (
            "“Will the plant close?” asked Tom Ives, a reporter for a radio station.\n\n"
            "“Not on my watch,” Mayor Mara Quell said. “Ask me in spring.”"
            "\n\nThe 49-year-old later told a chamber dinner that the plant was “worth saving”.",
            "Mara Quell",
        ),
    ],
)
def test_an_age_epithet_names_who_the_text_makes_that_age_or_who_spoke(
    body: str, speaker: str
) -> None:
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    last = body.rsplit("“", 1)[1].split("”", 1)[0]
    assert got[last] == speaker


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "A survey by the Harlow Institute was published on Monday. The survey found "
            "support was “weakest among renters under 30,” a group the bill targets.",
            "weakest among renters under 30,",
            "Harlow Institute",  # the document's maker, where the text names it
        ),
        (
            "Ministers were handed an internal audit, ordered by the department in May, which "
            "found that inspectors had been “moved to busier offices” without notice.",
            "moved to busier offices",
            "an internal audit",
        ),
    ],
)
def test_what_a_document_found_is_the_documents(body: str, quote: str, speaker: str) -> None:
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got[quote] == speaker


def test_a_finding_verb_is_no_cue_for_a_person_or_across_that() -> None:
    body = (
        "Police found the boat “in a terrible state” on Sunday. The report states that "
        "divers searched the harbour and found “nothing of interest”."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got.get("in a terrible state") is None
    assert got.get("nothing of interest") != "divers"


@pytest.mark.parametrize("opener", ["One resident put it simply:", "A longtime voter was blunter:"])
def test_an_unnamed_person_opening_a_short_clause_before_a_colon_introduces_the_quote(
    opener: str,
) -> None:
    body = f"The council approved the levy. {opener} “We pay twice for the same road.”"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We pay twice for the same road."] == opener.split(" was")[0].split(" put")[0]


def test_a_definite_description_is_the_one_unnamed_source_with_its_head_noun() -> None:
    body = (
        "An official inside the Harlow prison, a guard who asked not to be named, said the "
        "ministry's account was “simply false.”\n\n“Nobody has been paid since March,” "
        "the official said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["simply false."] == "An official inside the Harlow prison"
    assert got["Nobody has been paid since March,"] == "An official inside the Harlow prison"


def test_a_coordinated_verb_after_a_new_clause_shares_that_clauses_subject() -> None:
    body = (
        "Many readers answered the column. Some noted that Ivo Brandt looked “tired” in the "
        "video, and another simply wrote that he seemed “lost” and added that whoever "
        "filmed it should “try a tripod.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["try a tripod."] == "another"


def test_an_indefinite_document_speaks_for_itself_not_for_an_earlier_speaker() -> None:
    body = (
        "The union rejected the offer. “We will strike,” the union said.\n\nA new county "
        "report says the offer was “the best in a decade.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["the best in a decade."] == "A new county report"


def test_an_epithet_with_a_man_and_a_woman_in_focus_names_neither() -> None:
    body = (
        "Darius Vane, the Republican nominee, spoke in Toledo on Monday. Hilde Marsh, the "
        "former governor, campaigned in Tampa.\n\n“We will bring the mills back,” the "
        "tycoon told supporters."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We will bring the mills back,"] not in ("Darius Vane", "Hilde Marsh")


def test_a_description_of_another_party_is_not_the_nominee_of_this_one() -> None:
    body = (
        "Darius Vane, the Republican nominee, spoke in Toledo on Monday.\n\n“He has no "
        "plan at all,” the Democratic nominee said later."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["He has no plan at all,"] != "Darius Vane"


def test_a_noun_after_a_preposition_is_no_reporting_verb() -> None:
    body = "“We are ready for the fight,” the former secretary of state said."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We are ready for the fight,"] == "the former secretary of state"


def test_a_noun_compound_is_no_reporting_verb_and_an_objects_apposition_no_speaker() -> None:
    body = (
        "The transcript of the phone call shows a pattern seen before, when he leaned on "
        "the county clerk, Ines Waldo, to “recheck” the tallies."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got.get("recheck") not in ("Ines Waldo", "The transcript of the phone")


def test_a_verb_inside_quoted_words_names_no_maker_of_a_later_statement() -> None:
    body = (
        "Judge Ada Voss ruled on Monday. She wrote: “The rule sets no limit, and the county "
        "clerk says none.”\n\nThe statement said the law was “a clear wrong.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a clear wrong."] != "the county clerk"


@pytest.mark.parametrize(
    ("body", "quote", "not_speaker"),
    [
        (
            "A person close to the governor said the talks were “stalled.”\n\n“I am "
            "hopeful,” the governor said.",
            "I am hopeful,",
            "A person close to the governor",
        ),
        (
            "The survey was found to be “badly skewed” by the watchdog, Ines Waldo said.",
            "badly skewed",
            "The survey",
        ),
        ("A clerk read the memo and called it “a forgery.”", "a forgery.", "A clerk read the memo"),
        (
            "Mayor Ines Waldo, 61, opened the hall.\n\n“This is our night,” the 19-year-old said.",
            "This is our night,",
            "Ines Waldo",
        ),
    ],
)
def test_descriptions_documents_and_ages_do_not_take_someone_elses_words(
    body: str, quote: str, not_speaker: str
) -> None:
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got.get(quote) != not_speaker


def test_a_title_before_a_shared_surname_keeps_the_namesake_it_fits() -> None:
    body = (
        "Ruth Delmar and her husband, Owen Delmar, arrived at noon.\n\n“We are thrilled,” "
        "Mrs. Delmar said. “So am I,” Mr. Delmar said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We are thrilled,"] == "Ruth Delmar"
    assert got["So am I,"] == "Owen Delmar"


def test_a_persons_initials_before_their_name_in_brackets_are_that_person() -> None:
    body = "The crown prince MBS (Mohammed bin Salman) said the deal was “historic.”"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["historic."] == "Mohammed bin Salman"


@pytest.mark.parametrize(
    ("description", "later"),
    [
        ("The Premier has said", "Premier Hal Oduya"),
        ("The premier said", "Premier Hal Oduya"),
        ("The Taoiseach has said", "Taoiseach Hal Oduya"),
        ("The transport minister on Monday said", "Transport Minister Hal Oduya"),
    ],
)
def test_a_lede_title_is_the_one_person_the_article_names_with_it_later(
    description: str, later: str
) -> None:
    text = (
        "Leader rules out early poll\n\n"
        f"{description} the cabinet will not be “rushed into an election” by its rivals.\n\n"
        f"Speaking at a school in Ferrow, {later} said the budget was on track."
    )
    got = dict(_quotes(newsmodel.parse(text, format="text")))
    assert got["rushed into an election"] == "Hal Oduya"


@pytest.mark.parametrize(
    "later",
    [
        # Two bearers of the title: no telling which.
        "Premier Hal Oduya met Premier Jo Wendt, and Oduya said the budget was on track.",
        # A title with another portfolio is not the description's.
        "Health Minister Hal Oduya said the budget was on track.",
    ],
)
def test_a_lede_title_names_nobody_when_the_article_does_not_single_one_out(later: str) -> None:
    description = "The transport minister said" if "Health" in later else "The premier said"
    text = (
        "Leader rules out early poll\n\n"
        f"{description} the cabinet will not be “rushed into an election” by its rivals.\n\n"
        f"{later}"
    )
    got = dict(_quotes(newsmodel.parse(text, format="text")))
    assert got["rushed into an election"] not in ("Hal Oduya", "Jo Wendt")


def test_it_is_the_body_the_last_clause_was_about_not_an_organisation_before() -> None:
    body = (
        "The Ports Authority met on Monday.\n\n"
        "Ferrand’s campaign has been less restrained. It mailed voters a flyer last week "
        "calling her opponent “a tourist in this district.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a tourist in this district."] == "Ferrand’s campaign"


def test_it_in_a_relative_clause_is_the_body_that_said_so() -> None:
    body = (
        "The Audit Commission’s figures put the deficit at 4 percent. The Senate got the "
        "numbers on Tuesday, the commission said on its website, where it warned that they "
        "were “subject to revision by March.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["subject to revision by March."] == "Audit Commission"


def test_a_document_two_people_made_speaks_for_itself_not_for_one_of_them() -> None:
    body = (
        "Mayor Ida Kroll and council leader Sam Petit sent the schools board a letter on "
        "Friday. The letter says the city “cannot wait another winter.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["cannot wait another winter."] not in ("Ida Kroll", "Sam Petit")


def test_a_noun_modifying_another_is_no_group_that_chants() -> None:
    body = (
        "Outside the depot, about 40 protesters have gathered beside a line of police "
        "trucks, chanting “Fair pay, fair fares!”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Fair pay, fair fares!"] == "40 protesters"


def test_a_name_apposed_to_a_description_speaks_for_its_participle() -> None:
    body = (
        "Within minutes, the governor’s adviser on press affairs, Grace Adeyole, replied on X, "
        "calling the claim “a fantasy with footnotes.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a fantasy with footnotes."] == "Grace Adeyole"


def test_a_delegation_by_its_nationality_speaks_as_itself() -> None:
    body = (
        "The Security Council met on Friday. The Peruvian delegation said in a written "
        "note that it backed “a ceasefire without conditions.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a ceasefire without conditions."] == "The Peruvian delegation"


def test_she_after_she_and_a_named_woman_is_the_earlier_she_not_the_name() -> None:
    body = (
        "Councilwoman Nora Vance wants the mayor out. “It is time,” Vance says.\n\n"
        "Vance insists the fight is not personal. She and Mayor Ruth Keel were once "
        "allies. “I campaigned for her twice,” she says."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["I campaigned for her twice,"] == "Nora Vance"


def test_the_state_and_party_of_a_tag_name_the_member_later() -> None:
    body = (
        "Sen. Lou Vargas, D-Ariz., and Rep. Kim Daley (R-Wis.) met on Monday.\n\n"
        "“We are close,” the Wisconsin Republican said. “Not that close,” the Arizona "
        "Democrat said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We are close,"] == "Kim Daley"
    assert got["Not that close,"] == "Lou Vargas"


def test_a_bare_party_names_nobody_when_two_members_were_named() -> None:
    body = (
        "Sen. Lou Vargas, D-Ariz., and Rep. Ana Moss (D-Ore.) met on Monday.\n\n"
        "“We are close,” the Democrat said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got.get("We are close,") not in ("Lou Vargas", "Ana Moss")


def test_a_show_after_a_networks_possessive_is_no_quote_even_before_said() -> None:
    body = (
        "Rep. Ana Vidal, appearing on WKRN’s “Capitol Week Live,” said the plan was "
        "“dead on arrival.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert "Capitol Week Live," not in got
    assert got["dead on arrival."] == "Ana Vidal"


def test_a_quote_after_a_titles_closing_stop_is_speech_not_part_of_the_title() -> None:
    body = "“We are close,” Ana Vidal told ABC’s “Sunday Ledger.” “But I won’t bargain on air.”"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["But I won’t bargain on air."] == "Ana Vidal"


def test_a_body_by_its_initials_speaks_not_the_outlet_before_it() -> None:
    body = (
        "Prices “rose faster than forecast,” writes the Financial Ledger. And though the "
        "Kenyan NTSA has said there is “no cause for alarm,” it has also warned that fares "
        "“may rise again.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["no cause for alarm,"] == "the Kenyan NTSA"
    assert got["may rise again."] == "the Kenyan NTSA"


def test_a_title_written_in_initials_is_the_person_who_holds_it() -> None:
    body = "Labour MP Ana Ruiz was at the centre of the row. Later, the MP said she was “gutted.”"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["gutted."] == "Ana Ruiz"


def test_a_generic_body_noun_prefers_the_body_so_named_over_a_later_one() -> None:
    body = (
        "The Harlow County Green Party endorsed Vance in May. Ruiz, who has drawn support "
        "from Republicans, won the primary. The party said in a statement that Vance was "
        "“the only real choice.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["the only real choice."] == "Harlow County Green Party"


def test_an_outlet_that_reported_a_document_did_not_make_it() -> None:
    body = (
        "The complaint, filed Monday in state court, says the audit was rigged, the Valley "
        "Courier reported.\n\n“The numbers were chosen before the count began,” the complaint "
        "said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["The numbers were chosen before the count began,"] != "Valley Courier"


def test_an_unnamed_asker_never_answers_their_own_question() -> None:
    body = (
        "“We are reviewing every contract,” press secretary Nora Quist said.\n\n"
        "A radio reporter asked whether the harbour chief had quit. “No,” she said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got.get("No,") != "A radio reporter"


def test_the_elder_and_the_younger_of_one_surname_are_told_apart() -> None:
    body = (
        "Council member Tomas Reyes is running for mayor, as his father, Hector Reyes Sr., "
        "once did.\n\nThe elder Reyes, 79, said afterward that he had “heard worse.”\n\n"
        "The younger Reyes, 51, was blunt. “I’m my own man,” he said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["heard worse."] == "Hector Reyes Sr."
    assert got["I’m my own man,"] == "Tomas Reyes"


def test_the_state_and_party_name_the_one_member_from_that_state() -> None:
    body = (
        "Whip Dana Roe of Utah called the rule “a trap.” Chairman Ed Pike of Idaho "
        "disagreed.\n\n“We will not fall for it,” the Utah Democrat said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We will not fall for it,"] == "Dana Roe"


def test_a_quote_opening_a_paragraph_is_the_person_named_saying_next() -> None:
    body = (
        "Mayor Lena Orr cut the ribbon. Council member Jo Fenn, who voted against the "
        "project, stayed away.\n\n“It is a monument to bad planning.” Fenn, who has opposed "
        "the bridge since 2019, said she would keep fighting it."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["It is a monument to bad planning."] == "Jo Fenn"


@pytest.mark.parametrize(
    "introduction",
    [
        "a cleaner who gave only her first name, Renata, because she feared her employer",
        "a cleaner identified only as Renata, who feared her employer",
    ],
)
def test_a_person_the_text_names_only_by_a_first_name_speaks(introduction: str) -> None:
    body = (
        "Union president Dolores Vane spoke first. “We deliver,” she said.\n\n"
        f"In the crowd was {introduction}. She said she had voted for the mayor before.\n\n"
        "“My rent doubled,” she said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["My rent doubled,"] == "Renata"


def test_he_is_the_unnamed_source_who_spoke_not_the_name_in_what_he_said() -> None:
    body = (
        "Council member Rosa Ibarra leads the poll.\n\nA veteran harbour consultant, who "
        "declined to be named because she advises both camps, said Ibarra had won over the "
        "dockers. “The unions have chosen,” she said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["The unions have chosen,"] == "A veteran harbour consultant"


def test_a_name_with_and_after_the_is_one_subject_far_from_its_verb() -> None:
    body = (
        "The Department of Energy and Water warned on Thursday that prices would rise and "
        "said in a memo to utilities that it “will not cover the shortfall.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["will not cover the shortfall."] == "Department of Energy and Water"


def test_which_after_a_list_is_its_last_member() -> None:
    body = (
        "Rep. Ellen Marsh has the backing of the state party, most mayors and the Valley "
        "Growers Union, which called her “a friend of every picker.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a friend of every picker."] == "Valley Growers Union"


def test_it_after_a_tabled_text_is_that_text_not_the_body_named_before() -> None:
    body = (
        "The Kisumu County Assembly met on Tuesday. The motion, moved by Majority Leader Dan Ouma, "
        "accused the governor of abuse of office. It alleged that drug funds had gone to "
        "“firms that do not exist.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["firms that do not exist."] == "The motion"


def test_words_read_out_from_a_document_are_the_documents() -> None:
    body = (
        "Auditors released a report on Monday.\n\nSenator Lena Abad read out a passage "
        "from the report: “No structure matching the plans was found at the site.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["No structure matching the plans was found at the site."] != "Lena Abad"


def test_which_after_an_of_phrase_is_the_body_it_names() -> None:
    body = (
        "Mayor Ida Crane won the endorsement of the Harbor Pilots Union, which called her "
        "“the only candidate who reads the tide tables.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["the only candidate who reads the tide tables."] == "Harbor Pilots Union"


def test_has_called_before_a_quote_is_speech_not_a_name() -> None:
    body = "Gov. Ana Holt signed the budget. It includes a rebate that Holt has called “overdue.”"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["overdue."] == "Ana Holt"


def test_is_called_before_a_quote_still_names_a_thing() -> None:
    body = "Gov. Ana Holt signed the budget, which is called “The Family First Plan.”"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert "The Family First Plan." not in got


def test_a_description_apposed_to_a_name_opening_a_paragraph_is_that_person() -> None:
    body = (
        "Gov. Ray Dunn thanked the relief chief, Gordon Pettiford, who stood behind him.\n\n"
        "Pettiford, a former "
        "Ohio flood manager appointed in March, smiled and stepped to the microphone. “We are "
        "ready,” he said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We are ready,"] == "Gordon Pettiford"


def test_the_mep_after_one_unnamed_mep_is_that_source_not_a_named_mep() -> None:
    body = (
        "Green MEP Karl Hauge backed the deal.\n\nOne Green MEP, speaking on condition of "
        "anonymity, said the group was split. “Half of us will abstain,” the MEP said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Half of us will abstain,"] == "One Green MEP"


def test_a_participle_after_a_document_noun_is_no_verb_of_saying() -> None:
    body = (
        "The Harbor Trust said in a statement posted on its website that the vote was “a "
        "win for every parent.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a win for every parent."] == "Harbor Trust"


def test_an_unknown_body_keeps_its_statement_posted_online_from_speaking() -> None:
    body = (
        "Riverside Neighbors First said in a statement posted on its website that the vote was "
        "“a win for every parent.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a win for every parent."] != "a statement"


def test_a_dateline_never_speaks_even_when_it_names_a_body() -> None:
    text = (
        "Walkout at the assembly\n\nUNITED NATIONS — The president of Varosia used his address "
        "on Wednesday to accuse a neighbour of “starving a province to win a border.”"
    )
    article = newsmodel.parse(text, format="text")
    got = dict(_quotes(article))
    assert got["starving a province to win a border."] != "United Nations"
    assert {a.name: a.kind for a in article.actors}["UNITED NATIONS"] is ActorKind.PLACE


def test_her_office_is_the_office_of_the_person_her_names() -> None:
    body = (
        "Gov. Rita Vail stayed out of sight on Monday. Her office said the governor was "
        "“reviewing every line.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["reviewing every line."] == "Rita Vail’s office"


@pytest.mark.parametrize("opening", ["In their appeal, the Varleys argued", "The Varleys said"])
def test_a_family_by_its_plural_surname_is_its_members_together(opening: str) -> None:
    body = (
        "The appeal was lodged by Mark Varley and his sister, Jo Varley.\n\n"
        f"{opening} that the summary was “a slogan in legal dress.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a slogan in legal dress."] == "Mark Varley and Jo Varley"


def test_a_role_noun_inside_a_titled_name_keeps_the_person_as_subject() -> None:
    body = (
        "DAYTON, Ohio — Council candidate Ines Vale had spoken for ten minutes and shouted, "
        "“Who pays for the bridge?”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Who pays for the bridge?"] == "Ines Vale"


@pytest.mark.parametrize("share", ["Forty-one percent", "52%", "A majority"])
def test_a_share_of_those_polled_speaks_not_the_person_they_judge(share: str) -> None:
    body = (
        f"Mayor Tess Orwin leads the race. {share} said the mayor had been “too "
        "distracted by cable news.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["too distracted by cable news."] == share


def test_it_after_a_draft_is_the_draft() -> None:
    body = (
        "The Security Council met. The draft, put forward by Norway and Chile, received 13 "
        "votes. It would have demanded a pause in fighting and “unimpeded access for aid.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["unimpeded access for aid."] == "The draft"


@pytest.mark.parametrize("aux", ["had told the assembly on Friday that", "has also said that"])
def test_the_name_apposed_to_a_subject_speaks_past_an_auxiliary(aux: str) -> None:
    body = (
        "The assembly sat late.\n\nThe budget passed by two votes.\n\n"
        "The clerk said the chair had been right to object.\n\n"
        f"The chair, Dame Rosalind Ketteridge, {aux} she was “gravely concerned”."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["gravely concerned"] == "Rosalind Ketteridge"


@pytest.mark.parametrize(
    ("named", "described"),
    [
        ("Lieutenant Governor Corinne Abelard", "the governor"),
        ("The shadow treasurer, Corinne Abelard,", "the treasurer"),
        ("Deputy Minister Corinne Abelard", "the minister"),
        ("Vice President Corinne Abelard", "the president"),
    ],
)
def test_a_title_does_not_name_the_holder_of_another_office(named: str, described: str) -> None:
    for body in (
        f"{named} said the plan was “a mess”.\n\n“We will not be moved,” {described} said.",
        f"“We will not be moved,” {described} said.\n\n{named} said the plan was “a mess”.",
    ):
        got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
        assert got["We will not be moved,"] != "Corinne Abelard", body


def test_the_same_office_still_names_its_holder() -> None:
    body = (
        "Deputy Minister Corinne Abelard said the plan was “a mess”.\n\n"
        "“We will not be moved,” the deputy minister said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We will not be moved,"] == "Corinne Abelard"


def test_the_one_told_is_not_the_person_an_epithet_names() -> None:
    body = (
        "Commissioner Wilhelmina Crake said the agency was “doing what it can”.\n\n"
        "Rep. Ottilie Branscombe was blunter. She told the commissioner that she had mailed "
        "a petition in June.\n\n“Your office never wrote back,” the congresswoman said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Your office never wrote back,"] != "Wilhelmina Crake"


def test_the_former_holder_of_an_office_is_not_its_holder_now() -> None:
    body = (
        "Finance Minister Odile Marchetti defended the loan guarantee. Opposition MP "
        "Brenna Follett, who held the finance portfolio until 2021, disagreed.\n\n"
        "Follett shook her head. “The works are empty,” the former finance minister said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["The works are empty,"] != "Odile Marchetti"


@pytest.mark.parametrize("title", ["Former Rep.", "former Rep."])
def test_an_abbreviated_former_title_names_the_former_congressman(title: str) -> None:
    body = (
        f"State Treasurer Amos Thackery and {title} Lionel Drummond met in a debate.\n\n"
        "“Lionel, you voted for the tariffs,” Thackery said.\n\n"
        "“Amos, I would do it again,” the former congressman answered."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Amos, I would do it again,"] == "Lionel Drummond"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "She wrote that the map helped one party, which the appeals court has said judges "
            "may not police, and that rural voters “choose by party, not by race.”",
            "choose by party, not by race.",
        ),
        (
            "She wrote that the plan, which the governor said was fair, would leave voters "
            "“without a real choice.”",
            "without a real choice.",
        ),
    ],
)
def test_a_verb_inside_a_closed_relative_clause_does_not_take_the_quote(
    sentence: str, quote: str
) -> None:
    body = f"Judge Ottoline Varga dissented. {sentence}"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got[quote] == "Ottoline Varga"


def test_a_relative_clause_keeps_its_own_quote() -> None:
    body = "Rep. Ottoline Varga, who said the plan was “a mess,” voted no on Tuesday."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a mess,"] == "Ottoline Varga"


def test_the_apposed_name_speaks_past_a_first_predicate_joined_to_the_verb() -> None:
    body = (
        "The counsel declined to comment on Wednesday. A White House spokesman, Orrin "
        "Vasquez-Lindt, declined to name the officials and added only that the "
        "department had “acted within the rules.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["acted within the rules."] == "Orrin Vasquez-Lindt"


def test_a_document_a_person_called_theirs_speaks_for_them() -> None:
    body = (
        "The committee voted on Monday.\n\nThe Treasury counsel, Imelda Castellane, set "
        "out her objections in her memo to the chairman on Tuesday. The memo, a copy of "
        "which reporters have seen, states:"
        "\n\n“The department will not comply with a subpoena that has no purpose.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["The department will not comply with a subpoena that has no purpose."] == (
        "Imelda Castellane"
    )


@pytest.mark.parametrize("tag", ["Quist pressed.", "Quist snapped.", "Quist pressed again."])
def test_a_verb_that_reports_speech_only_as_a_tag_attributes_there(tag: str) -> None:
    body = (
        "The moderator, Lorna Quist, asked about jobs. Victor Sandmeyer said the plan "
        f"failed.\n\n“Did the money ever arrive?” {tag}"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Did the money ever arrive?"] == "Lorna Quist"


def test_a_tag_verb_with_an_object_is_no_tag() -> None:
    body = "“Did it arrive?” Quist pressed the matter hard."
    article = newsmodel.parse(LEAD + body, format="text")
    (quote,) = article.quotes
    assert quote.attribution is None or quote.attribution.rule != "subject-after"


def test_words_to_someone_after_a_bare_reaction_are_the_reactors() -> None:
    body = (
        "State Treasurer Bram Oakes called the plan reckless. Victor Sandmeyer said the deal "
        "had failed because of regulators.\n\n"
        "Oakes bristled. “You keep dodging the question, Victor, and everyone can see it.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["You keep dodging the question, Victor, and everyone can see it."] == "Bram Oakes"


def test_a_bare_reaction_by_someone_unknown_stops_an_earlier_speaker() -> None:
    body = (
        "Victor Sandmeyer said the deal had failed because of regulators.\n\n"
        "Oakes bristled. “You keep dodging the question, Victor, and everyone can see it.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["You keep dodging the question, Victor, and everyone can see it."] != (
        "Victor Sandmeyer"
    )


def test_a_person_of_a_body_whose_name_has_and_is_the_subject() -> None:
    body = (
        "Undersecretary Teodoro Balagtas of the Department of Transport and Communications "
        "told the committee that the payments rested on “reports that were not accurate.”"
    )
    article = newsmodel.parse(LEAD + body, format="text")
    got = dict(_quotes(article))
    assert got["reports that were not accurate."] == "Teodoro Balagtas"
    assert "Department of Transport and Communications" in [a.name for a in article.actors]


def test_a_second_predicate_after_a_passive_agent_is_not_the_agents_words() -> None:
    body = (
        "The Office of Fiscal Planning declined to comment. Mayor Ines Varga said the audit "
        "had been demanded by the finance office itself and was “no delaying trick.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["no delaying trick."] == "Ines Varga"


@pytest.mark.parametrize("verb", ["vowed", "conceded", "stressed", "pleads"])
def test_a_verb_of_saying_may_stand_before_its_subject_after_a_quote(verb: str) -> None:
    body = f"“We will fight this in every court,” {verb} Attorney General Keisha Brandtley."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We will fight this in every court,"] == "Keisha Brandtley"


@pytest.mark.parametrize("body", ["the Civic Ledger", "Civic Ledger Associates"])
def test_the_person_not_the_name_after_their_of_speaks(body: str) -> None:
    text = f"Amos Terrell of {body} said the measure was “confusing by design.”"
    article = newsmodel.parse(LEAD + text, format="text")
    got = dict(_quotes(article))
    assert got["confusing by design."] == "Amos Terrell"


@pytest.mark.parametrize("source", ["one lobbyist", "another lobbyist"])
def test_a_counted_unnamed_source_after_an_inverted_verb_speaks(source: str) -> None:
    body = f"“It is a mess,” said {source} who works on the issue."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["It is a mess,"] == source


def test_a_pronoun_after_an_unrecognised_given_name_does_not_regender_the_subject() -> None:
    body = (
        "Rep. Ana Solis asked Hollis whether he had read the memo. He said he had not, "
        "calling it “irrelevant.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["irrelevant."] != "Ana Solis"


def test_the_one_asked_answers_not_the_unnamed_asker() -> None:
    body = (
        "Speaker Lyle Kessing met donors.\n\nA reporter asked Kessing whether he would "
        "resign. “Absolutely not,” he said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Absolutely not,"] == "Lyle Kessing"


def test_a_description_two_people_named_together_fit_names_neither() -> None:
    body = (
        "Sen. Maria Cantrell and Sen. Bo Tillis met on Monday.\n\n"
        "The senator added: “This fight is far from over.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["This fight is far from over."] not in ("Maria Cantrell", "Bo Tillis")


def test_a_possessive_role_names_someone_of_the_role_holder_not_the_holder() -> None:
    body = (
        "Paul Cantwell, the senator’s husband, said it was “moving.” The senator said she "
        "was “grateful.”"
    )
    article = newsmodel.parse(LEAD + body, format="text")
    got = dict(_quotes(article))
    assert got["grateful."] != "Paul Cantwell"
    paul = next(a for a in article.actors if a.name == "Paul Cantwell")
    assert all(article.text[m.start : m.end] == "Paul Cantwell" for m in paul.mentions)


@pytest.mark.parametrize(
    ("word", "expected"), [("latter", "Carl Orwell"), ("former", "Bo Tillman")]
)
def test_the_latter_and_the_former_name_one_of_the_two_just_named(word: str, expected: str) -> None:
    body = (
        f"Sen. Bo Tillman and Sen. Carl Orwell met. The {word} said the deal was “nowhere "
        "near done.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["nowhere near done."] == expected


def test_the_latter_after_three_people_names_no_one() -> None:
    body = (
        "Sen. Bo Tillman, Sen. Carl Orwell and Rep. Ana Solano met. The latter said the deal "
        "was “nowhere near done.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got.get("nowhere near done.") not in ("Bo Tillman", "Carl Orwell", "Ana Solano")


def test_a_cue_less_question_after_a_question_and_its_answer_is_the_askers_turn() -> None:
    body = (
        "Councillor Brenna Varga pressed the planning chief, Idris Quist, at Tuesday's "
        "meeting.\n\n“Will you sign the permit this month?” Varga asked.\n\n"
        "“We will see what the inspectors find,” Quist said.\n\n"
        "“And if they find nothing at all?”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["And if they find nothing at all?"] == "Brenna Varga"


def test_a_cue_less_statement_after_an_answer_is_the_answerer_going_on() -> None:
    body = (
        "Councillor Brenna Varga pressed the planning chief, Idris Quist, at Tuesday's "
        "meeting.\n\n“Will you sign the permit this month?” Varga asked.\n\n"
        "“No,” Quist said.\n\n“The inspectors have not finished their survey of the site.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["The inspectors have not finished their survey of the site."] == "Idris Quist"


def test_a_relative_described_by_a_possessive_speaks_not_the_last_speaker() -> None:
    body = (
        "Ana Solano grew up in El Paso. Her mother, Rosa Solano, cleaned offices.\n\n"
        "“I worked two jobs,” Rosa Solano said.\n\n“She never complained,” her daughter said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["She never complained,"] != "Rosa Solano"


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal, in the words of Sen. Rae Lundgren, is “a betrayal of workers.”",
        "In Lundgren’s view, the deal is “a betrayal of workers.”",
    ],
)
def test_in_the_words_of_someone_is_their_quote(sentence: str) -> None:
    body = f"Sen. Rae Lundgren opposed the deal. {sentence}"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a betrayal of workers."] == "Rae Lundgren"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Bellamy, who in Ana Ruizabal's view is the frontrunner, said the race was "
        "“wide open.”",
        "In Ana Ruizabal's account, Tom Bellamy shouted “get out of my office” and left.",
    ],
)
def test_a_view_phrase_inside_the_clause_does_not_outrank_its_speaker(sentence: str) -> None:
    body = f"Ana Ruizabal and Tom Bellamy spoke on Monday.\n\n{sentence}"
    article = newsmodel.parse(LEAD + body, format="text")
    assert [getattr(article.speaker(q), "name", None) for q in article.quotes] == ["Tom Bellamy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruizabal and Tom Bellamy met the Fenwick Council on Monday. The latter said "
        "the talks were “useful and frank.”",
        "Ana Ruizabal thanked Tom Bellamy and his wife. “It was useful and frank,” the "
        "latter said.",
        "Carla Mendoza met Victor Hallberg on Sunday. On Monday, Ana Ruizabal spoke to Tom "
        "Bellamy, and the latter said the talks were “useful and frank.”",
    ],
)
def test_the_latter_names_no_one_unless_two_people_were_just_joined(sentence: str) -> None:
    article = newsmodel.parse(LEAD + sentence, format="text")
    (quote,) = article.quotes
    speaker = article.speaker(quote)
    assert speaker is None or speaker.kind is not ActorKind.PERSON


@pytest.mark.parametrize(
    ("named", "described"),
    [
        ("Lt. Gov. Ana Ruizabal", "the governor"),
        ("Vice-President Ana Ruizabal", "the president"),
    ],
)
def test_an_abbreviated_or_hyphenated_other_office_names_no_holder(
    named: str, described: str
) -> None:
    body = f"{named} said the plan was “a mess”.\n\n“We will not be moved,” {described} said."
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["We will not be moved,"] != "Ana Ruizabal"


def test_a_former_holder_is_not_the_office_holder_a_plain_title_names() -> None:
    body = (
        "Sen. Ana Ruizabal spoke on Monday. Her husband, Tom Bellamy, a former senator, stood "
        "beside her. “It was frank,” the senator said."
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["It was frank,"] == "Ana Ruizabal"


@pytest.mark.parametrize("tag", ["Ana Ruizabal glared.", "Ana Ruizabal yawned."])
def test_a_face_made_after_a_question_is_a_listeners_not_a_tag(tag: str) -> None:
    body = f"“Who pays for all of this?” Tom Bellamy asked. “Who?” {tag}"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["Who?"] != "Ana Ruizabal"


def test_an_apposed_name_does_not_speak_past_another_clause_with_its_own_subject() -> None:
    body = (
        "The committee's chair, Tom Bellamy, watched as Ana Ruizabal stood up and said the "
        "vote was “a sham.”"
    )
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["a sham."] == "Ana Ruizabal"


@pytest.mark.parametrize(
    "subject",
    [
        "A lawyer for John Smithers",
        "The widow of the late John Smithers",
        "A spokeswoman for John Smithers",
    ],
)
def test_someone_of_a_named_person_speaks_not_the_person(subject: str) -> None:
    body = f"{subject} said the award was “long overdue.”"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["long overdue."] == subject


def test_a_person_of_a_body_still_speaks_for_themself() -> None:
    body = "Ada Quistorp of the Socialist Front said the award was “long overdue.”"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got["long overdue."] == "Ada Quistorp"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Critics of Gov. Lena Marshall called the plan “a giveaway.”", "a giveaway."),
        (
            "A spokesman for Gov. Lena Marshall, who is running again, said she was “confident.”",
            "confident.",
        ),
        ("A friend of the mayor said she was “shaken by it.”", "shaken by it."),
    ],
)
def test_people_of_a_titled_person_or_a_description_speak_not_the_person(
    sentence: str, quote: str
) -> None:
    body = f"Gov. Lena Marshall and Mayor Ivy Orme met on Monday. {sentence}"
    got = dict(_quotes(newsmodel.parse(LEAD + body, format="text")))
    assert got[quote] not in ("Lena Marshall", "Ivy Orme")


_OWNER_LEAD = "Gov. Petra Vandermeer and Bram Okonkwo toured the flooded valley on Thursday. "


@pytest.mark.parametrize(
    "sentence",
    [
        # people of the person's, after the quote, in the subject or inverted
        "“The levees were neglected for years,” neighbours of Bram Okonkwo said.",
        "“The levees were neglected for years,” people close to Bram Okonkwo said.",
        "“The levees were neglected for years,” said a cousin of Bram Okonkwo.",
        "“The levees were neglected for years,” said an aide to Gov. Petra Vandermeer.",
        "“The levees were neglected for years,” supporters of the governor said.",
        # before the quote, a plural subject written with a capital
        "Allies of the governor said the levees were “neglected for years.”",
        "Relatives of Bram Okonkwo said the levees were “neglected for years.”",
        "People close to Bram Okonkwo said the levees were “neglected for years.”",
        "Aides to Valley Mayor Bram Okonkwo said the levees were “neglected for years.”",
    ],
)
def test_people_joined_to_a_person_speak_never_the_person(sentence: str) -> None:
    got, quote = _sole_speaker(LEAD + _OWNER_LEAD + sentence)
    assert got not in ("Petra Vandermeer", "Bram Okonkwo")
    assert quote.speaker_mention is not None  # vague, but attributed


@pytest.mark.parametrize(
    "sentence",
    [
        # an office "of" a place or a body, then the name: the name holds the office
        "The mayor of Riverton Bram Okonkwo said the levees were “neglected for years.”",
        "Secretary of State Bram Okonkwo said the levees were “neglected for years.”",
        "“The levees were neglected for years,” said former mayor of Riverton Bram Okonkwo.",
        # a document of the person's speaks for them
        "“The levees were neglected for years,” a statement from Bram Okonkwo said.",
    ],
)
def test_an_office_before_a_name_or_a_document_of_theirs_gives_the_name(sentence: str) -> None:
    got, _quote = _sole_speaker(LEAD + _OWNER_LEAD + sentence)
    assert got == "Bram Okonkwo"


_MODIFIER_LEAD = "Odile Fassbender and Kwame Asante-Reyes debated in Dunmore on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        # the name inside a relative clause or a participle phrase of the head
        "“Nobody won the night,” a farmer who knows Odile Fassbender said.",
        "“Nobody won the night,” said a student sitting behind Odile Fassbender.",
        "“Nobody won the night,” said a pollster hired by Odile Fassbender.",
        "The charity that Odile Fassbender chairs said the debate was “a wasted evening.”",
        # the name owns the head
        "“Nobody won the night,” one of Odile Fassbender’s advisers said.",
        "“Nobody won the night,” somebody in Odile Fassbender’s office said.",
        # a passive verb of telling: the one told does not speak
        "“Nobody won the night,” Odile Fassbender was told by a volunteer.",
    ],
)
def test_a_name_inside_a_modifier_of_the_subject_does_not_speak(sentence: str) -> None:
    got, quote = _sole_speaker(LEAD + _MODIFIER_LEAD + sentence)
    assert got != "Odile Fassbender"
    assert quote.speaker_mention is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # the name is the reporting verb's own subject inside the relative clause
        "Fassbender cited a poll that she said was “far too rosy.”",
        # a document of the person's speaks for them
        "A memo that Odile Fassbender wrote said the debate was “a wasted evening.”",
        "“Nobody won the night,” Odile Fassbender’s statement said.",
        # her words, reported by someone else, are hers
        "The Dunmore Courier quoted Odile Fassbender’s appeal for calm, warning, “Nobody "
        "should take to the streets tonight.”",
        # the agent of a passive verb of telling speaks
        "“Nobody won the night,” Kwame Asante-Reyes was told by Odile Fassbender.",
    ],
)
def test_a_name_that_is_the_speaker_despite_a_modifier(sentence: str) -> None:
    got, _quote = _sole_speaker(LEAD + _MODIFIER_LEAD + sentence)
    assert got == "Odile Fassbender"


_OBJECT_LEAD = "Ines Kallberg and Teodor Mbeki-Lund met the press in Halden on Friday. "


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb's object does the saying of the gerund
        "Ines Kallberg ridiculed Teodor Mbeki-Lund for calling the plan “a gift to the rich.”",
        "Ines Kallberg quoted Teodor Mbeki-Lund as saying the plan was “a gift to the rich.”",
        "Ines Kallberg accused Teodor Mbeki-Lund of calling the plan “a gift to the rich.”",
        # a speech noun and its maker after "by"/"from", then what was said
        "Ines Kallberg brushed aside claims by Teodor Mbeki-Lund that the plan was “a gift to "
        "the rich.”",
    ],
)
def test_the_maker_of_reported_words_speaks_not_the_subject_who_reports_them(
    sentence: str,
) -> None:
    got, _quote = _sole_speaker(LEAD + _OBJECT_LEAD + sentence)
    assert got == "Teodor Mbeki-Lund"


@pytest.mark.parametrize(
    "sentence",
    [
        # an object of a preposition, or no object: the subject said it
        "Ines Kallberg apologised to Teodor Mbeki-Lund for calling the plan “a gift to the rich.”",
        "Ines Kallberg was criticised for calling the plan “a gift to the rich.”",
        # no content clause after the maker: the participle's subject speaks
        "Ines Kallberg brushed aside the claims by Teodor Mbeki-Lund, saying the plan was “a "
        "gift to the rich.”",
    ],
)
def test_the_subject_speaks_when_no_object_makes_the_words(sentence: str) -> None:
    got, _quote = _sole_speaker(LEAD + _OBJECT_LEAD + sentence)
    assert got == "Ines Kallberg"


@pytest.mark.parametrize(
    ("lead", "crowd"),
    [
        ("Scores of fishermen moored their boats across the harbour mouth at dawn.", "fishermen"),
        ("The striking porters walked out of the terminal on Thursday.", "porters"),
        ("Dozens of worried tenants packed the council chamber.", "tenants"),
    ],
)
def test_they_after_a_plural_group_subject_is_that_group(lead: str, crowd: str) -> None:
    body = f"{lead} “Nobody here will back down this week,” they said."
    got, _quote = _sole_speaker(LEAD + body)
    assert crowd in (got or "")


@pytest.mark.parametrize(
    "lead",
    [
        # the plural is an object, or no people at all, or a named person is among them
        "Riot police cleared the fishermen from the quay at dawn.",
        "The ferry talks collapsed after midnight.",
        "Mirela Dascalu and the other porters walked out on Thursday.",
    ],
)
def test_they_names_no_group_that_was_not_the_plural_subject(lead: str) -> None:
    body = f"{lead} “Nobody here will back down this week,” they said."
    got, _quote = _sole_speaker(LEAD + body)
    assert "fishermen" not in (got or "")
    assert got != "Mirela Dascalu"


_REVIEW_LEAD = (
    "Gov. Lorcan Abernethy and Priscila Vantongeren argued over the dam in Cawdor on Monday. "
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a passive verb that reports words, not one of telling: the subject's words
        (
            "“The dam is finished,” Priscila Vantongeren was quoted by the Cawdor Herald.",
            "Priscila Vantongeren",
        ),
        # a relative "that" after the maker is no content clause of theirs
        (
            "Gov. Lorcan Abernethy dismissed remarks by Priscila Vantongeren that upset farmers, "
            "calling the dam “a sound investment.”",
            "Lorcan Abernethy",
        ),
        # a name after a naming phrase is the head's own name
        (
            "A woman who identified herself as Priscila Vantongeren said the dam was “finished.”",
            "Priscila Vantongeren",
        ),
        # describing words before a name are no head
        (
            "“The dam is finished,” said a weary but smiling Priscila Vantongeren.",
            "Priscila Vantongeren",
        ),
    ],
)
def test_a_subject_read_as_itself_keeps_its_name(sentence: str, speaker: str) -> None:
    got, _quote = _sole_speaker(LEAD + _REVIEW_LEAD + sentence)
    assert got == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # a lower-case office before "of" is someone's: the spokesman is not the governor
        "The spokesman of Gov. Lorcan Abernethy said the dam would “stay shut.”",
        "“The dam stays shut,” said the father of Gov. Lorcan Abernethy.",
        # an owner with a lower-case premodifier, and a possessive after an inverted verb
        "“The dam stays shut,” said an aide to former Gov. Lorcan Abernethy.",
        "“The dam stays shut,” said Lorcan Abernethy's lawyer.",
        # an indefinite pronoun joined to the person
        "Someone loyal to Lorcan Abernethy said the dam would “stay shut.”",
    ],
)
def test_someone_of_the_person_never_the_person(sentence: str) -> None:
    got, quote = _sole_speaker(LEAD + _REVIEW_LEAD + sentence)
    assert got != "Lorcan Abernethy"
    assert quote.speaker_mention is not None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a relative clause after the subject's name holds an object, not the subject
        (
            "Priscila Vantongeren, who advises Gov. Lorcan Abernethy, said the dam was “finished.”",
            "Priscila Vantongeren",
        ),
    ],
)
def test_a_name_inside_a_relative_clause_after_the_subject_does_not_speak(
    sentence: str, speaker: str
) -> None:
    got, _quote = _sole_speaker(LEAD + _REVIEW_LEAD + sentence)
    assert got == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # a role right before the owner's name, after a company or a place
        "“The dam stays shut,” said a spokeswoman for Cawdor Water chief executive Lorcan "
        "Abernethy.",
        # a verb's unnamed object before a gerund of saying speaks
        "Lorcan Abernethy quoted Priscila Vantongeren’s deputy as saying the dam was “finished.”",
        "Lorcan Abernethy thanked the engineers for saying the dam was “finished.”",
    ],
)
def test_the_people_of_a_person_or_an_object_speak_not_the_named_subject(sentence: str) -> None:
    got, quote = _sole_speaker(LEAD + _REVIEW_LEAD + sentence)
    assert got not in ("Lorcan Abernethy", "Priscila Vantongeren")
    assert quote.speaker_mention is not None


def test_words_quoted_from_someone_of_a_person_are_theirs() -> None:
    body = (
        "The Cawdor Herald quoted a cousin of Priscila Vantongeren as saying the dam was "
        "“a death trap.”"
    )
    got, quote = _sole_speaker(LEAD + _REVIEW_LEAD + body)
    # (nor the outlet that quotes the words)
    assert got not in ("Priscila Vantongeren", "Cawdor Herald")
    assert quote.speaker_mention is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause with its "who" or "that" left out: the name is its subject
        "The man Lorcan Abernethy defeated in the primary said the dam was “a scandal.”",
        "“The dam is a scandal,” said the woman Lorcan Abernethy appointed to run it.",
    ],
)
def test_a_name_in_a_relative_clause_without_its_pronoun_does_not_speak(sentence: str) -> None:
    got, quote = _sole_speaker(LEAD + _REVIEW_LEAD + sentence)
    assert got != "Lorcan Abernethy"
    assert quote.speaker_mention is not None


def test_a_name_right_after_a_noun_of_people_is_still_the_speaker() -> None:
    body = "The man Lorcan Abernethy said the dam was “a scandal.”"
    got, _quote = _sole_speaker(LEAD + _REVIEW_LEAD + body)
    assert got == "Lorcan Abernethy"


_DOCUMENT_LEAD = "Petra Lindqvist and Osman Garaev testified in Harlow on Thursday. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative "that" or "which" after a document: its maker's words
        (
            "Magistrate Osman Garaev read a letter from Petra Lindqvist that called the "
            "ruling “cruel and careless.”",
            "Petra Lindqvist",
        ),
        (
            "The clerk filed a memo by Petra Lindqvist, which describes the ruling as "
            "“cruel and careless.”",
            "Petra Lindqvist",
        ),
        (
            "Osman Garaev, the magistrate, sent a note that warned of “cruel and careless” "
            "rulings.",
            "Osman Garaev",
        ),
        # no maker named: the verb before, unless it only reads the document out
        (
            "Petra Lindqvist said in a statement that called the ruling “cruel and careless.”",
            "Petra Lindqvist",
        ),
        (
            "Magistrate Osman Garaev read a letter to Petra Lindqvist that called the ruling "
            "“cruel and careless.”",
            "a letter",  # the document itself, never its reader
        ),
    ],
)
def test_words_of_a_document_in_a_relative_clause_are_its_makers(
    sentence: str, expected: str
) -> None:
    got, _quote = _sole_speaker(LEAD + _DOCUMENT_LEAD + sentence)
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "that" as a determiner: "that claim" is a noun, "That said" a fixed phrase
        "Petra Lindqvist repeated that claim on Friday, calling it “cruel and careless.”",
        "That said, Petra Lindqvist called the ruling “cruel and careless.”",
    ],
)
def test_that_as_a_determiner_keeps_the_clause_speaker(sentence: str) -> None:
    got, _quote = _sole_speaker(LEAD + _DOCUMENT_LEAD + sentence)
    assert got == "Petra Lindqvist"


_KIN_LEAD = "Hedda Marsh and Colm Ferrity were named in court papers on Wednesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        # people of a person described before the name: the people speak, unnamed
        "The family of slain courier Hedda Marsh said they wanted “answers, not sympathy.”",
        "Backers of write-in candidate Hedda Marsh chanted “count every ballot.”",
        # people of a description with the name in apposition to it
        "Classmates of the victim, Hedda Marsh, remembered her as “quick to laugh.”",
        "Admirers of the late poet, Hedda Marsh, called her verse “plain and brave.”",
    ],
)
def test_people_of_a_described_person_speak_never_the_person(sentence: str) -> None:
    got, quote = _sole_speaker(LEAD + _KIN_LEAD + sentence)
    assert got != "Hedda Marsh"
    assert quote.speaker_mention is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # one person of a body, with a name in apposition: that person is named
        "A lawyer for the family, Colm Ferrity, said the ruling was “long overdue.”",
        "The spokesman for the union, Colm Ferrity, called the offer “an insult.”",
        # a body's name before the role is no one's people
        "“The ruling is narrow,” University of Harlow law professor Colm Ferrity said.",
    ],
)
def test_a_name_in_apposition_to_one_person_of_a_body_names_them(sentence: str) -> None:
    got, _quote = _sole_speaker(LEAD + _KIN_LEAD + sentence)
    assert got == "Colm Ferrity"


@pytest.mark.parametrize(
    "sentence",
    [
        # after an inverted verb, an unnamed subject; a name in a clause after it is no apposition
        "“Nobody warned us,” said one resident, who gave only her first name, as Judge Colm "
        "Ferrity listened.",
        "“Nobody warned us,” said a lawyer for the tenants, standing beside Pastor Colm Ferrity.",
    ],
)
def test_a_name_outside_the_speakers_phrase_does_not_speak(sentence: str) -> None:
    got, quote = _sole_speaker(LEAD + _KIN_LEAD + sentence)
    assert got not in ("Colm Ferrity", "Hedda Marsh")
    assert quote.speaker_mention is not None


def test_a_person_in_apposition_after_an_inverted_verb_still_speaks() -> None:
    got, _quote = _sole_speaker(
        LEAD + _KIN_LEAD + "“Nobody warned us,” said another witness, former clerk Colm Ferrity."
    )
    assert got == "Colm Ferrity"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a perception verb's object says the words of the bare verb after it
        ("Hedda Marsh said she heard the intruder shout “stay where you are.”", "the intruder"),
        ("Hedda Marsh said she heard Colm Ferrity mutter “not again.”", "Colm Ferrity"),
        # (a description after a person named in its sentence is someone else)
        ("Hedda Marsh said she heard the gunman shout “stay down.”", "the gunman"),
        # a verb of going on before a participle: its subject does the asking
        ("Hedda Marsh said the child kept asking “when can we go home?”", "the child"),
        ("The crowd kept chanting “count them all” as Hedda Marsh spoke.", "The crowd"),
    ],
)
def test_the_one_heard_or_going_on_says_the_words(sentence: str, expected: str) -> None:
    got, _quote = _sole_speaker(LEAD + _KIN_LEAD + sentence)
    assert got == expected


def test_a_description_never_names_the_person_named_before_it_in_its_sentence() -> None:
    got, _quote = _sole_speaker(
        LEAD + "Witness Hedda Marsh said she heard the gunman shout “stay down.”"
    )
    assert got == "the gunman"


@pytest.mark.parametrize(
    "sentence",
    [
        # "who" is the reported clause's subject; the pronoun after it is the verb's
        "Coach Hedda Marsh praised striker Colm Ferrity, who she said had been “tireless.”",
        "Hedda Marsh thanked Colm Ferrity, who she believes is “a rare talent,” for his work.",
    ],
)
def test_a_pronoun_after_who_is_the_speaker_not_the_antecedent(sentence: str) -> None:
    got, _quote = _sole_speaker(LEAD + _KIN_LEAD + sentence)
    assert got == "Hedda Marsh"


_RESCUE_LEAD = "Ferry worker Ines Baptiste was first to reach the pier. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # someone unnamed who was heard is no one the text names
        ("Baptiste said she heard somebody scream “pull me out!” from below.", "somebody"),
        ("Baptiste heard someone call “over here!” and ran.", "someone"),
        # a described person who was heard: unnamed, never the hearer
        ("Baptiste said she heard a deckhand yell “rope, now!”", "a deckhand"),
        ("Baptiste said she heard her brother shout “hold on!”", "her brother"),
        # after "who he said", a verb of saying of its own: "who" says it
        ("Baptiste described the skipper, who she said shouted “everyone off!”", "the skipper"),
    ],
)
def test_the_one_heard_is_never_the_hearer(sentence: str, expected: str) -> None:
    got, _quote = _sole_speaker(LEAD + _RESCUE_LEAD + sentence)
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "heard that …" reports; the clause's own subject speaks
        ("The inquiry heard that Baptiste had called the pier “a death trap.”", "Ines Baptiste"),
        # a name given for the inverted verb's subject is that subject's
        (
            "“It was dark,” said another witness, who gave his name as Tariq Osei.",
            "Tariq Osei",
        ),
        # a participle or a relative clause with a titled name after it: no apposition
        ("“It was dark,” said one passenger, standing beside ship captain Tariq Osei.", None),
        ("“It was dark,” said one passenger, who blamed captain Tariq Osei.", None),
    ],
)
def test_reported_and_apposed_names_after_perception_and_inversion(
    sentence: str, expected: str | None
) -> None:
    got, _quote = _sole_speaker(LEAD + _RESCUE_LEAD + sentence)
    if expected is None:
        assert got != "Tariq Osei"
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the maker named right before "that", capitalised or after a comma
        (
            "Counsel Ines Baptiste quoted an email from surveyor Tariq Osei that warned of "
            "“rot in every beam.”",
            "Tariq Osei",
        ),
        # a definite description heard: the person it names, never the hearer
        (
            "Deckhand Tariq Osei said he heard the ferry worker cry “hold the line!”",
            "Ines Baptiste",
        ),
    ],
)
def test_makers_and_described_people_named_before(sentence: str, expected: str) -> None:
    got, _quote = _sole_speaker(LEAD + _RESCUE_LEAD + sentence)
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a report inside the relative clause: "who" still does the saying
        (
            "Baptiste told the inquiry about her supervisor, Tariq Osei, who she said had "
            "called the pier “perfectly safe.”",
            "Tariq Osei",
        ),
        # not after an object that only the clause reader could find
        ("Baptiste thanked her late mother, who she said always told her to “keep going.”", None),
    ],
)
def test_a_report_inside_a_relative_clause(sentence: str, expected: str | None) -> None:
    got, _quote = _sole_speaker(LEAD + _RESCUE_LEAD + sentence)
    if expected is None:
        assert got != "Ines Baptiste"
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # people of a person described by an adjective and a noun, the name in apposition
        (
            "The relatives of the missing skipper, Tariq Osei, said they were “still hoping.”",
            None,
        ),
        # a body of people in the plural sense
        ("Staff of harbour master Tariq Osei called the ruling “baffling.”", None),
        # "to" and a verb open no description: the name is the verb's subject
        (
            "Asked whether the port would allow the families to meet the crew, Tariq Osei "
            "said the matter was “under review.”",
            "Tariq Osei",
        ),
    ],
)
def test_people_of_a_person_and_what_is_no_description(sentence: str, expected: str | None) -> None:
    got, _quote = _sole_speaker(LEAD + _RESCUE_LEAD + sentence)
    if expected is None:
        assert got != "Tariq Osei"
    else:
        assert got == expected
