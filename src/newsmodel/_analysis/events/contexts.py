"""The contexts around a trigger word that the trigger finder reads.

Most of them rule a candidate out: a trigger word in another sense (markets, sport,
business, weather, figures of speech), in a statistic, a forecast, a name of a weapon
or a work's topic, or in a phrase that describes rather than reports.  A few give the
candidate another reading: a judgement of an accusation ("called the allegations
baseless"), an ultimatum ("leave or face an offensive"), a demand reported ("said Peru
must withdraw"), forces sent for relief.  The finder itself is :mod:`.triggers`.
"""

from __future__ import annotations

import re

from newsmodel._analysis.events.vocabulary import cue_words, cues
from newsmodel._analysis.lexicon import data_alternation
from newsmodel._analysis.text import caseless

__all__ = [
    "ABOUT_QUESTIONS",
    "ABSTRACT_ADVERSARY",
    "ACCIDENT_CAUSE",
    "ADVISED",
    "AGENT_PARTICIPLE",
    "AGENT_SOON_AFTER",
    "APPOSITIVE_NOUN_BEFORE",
    "ARRIVED_AT",
    "ARRIVING",
    "ASKED_FOR",
    "ASKING",
    "ASSERTED",
    "ASSERTING",
    "AT_AFTER",
    "AUDIENCE_BEFORE",
    "BY_QUANTITY",
    "CALLED_ELECTION",
    "CARRIER_NEXT",
    "CHARACTERISED",
    "CLAUSE_VERB_AFTER",
    "CONDEMNED",
    "DELIBERATING",
    "DELIVERED_THING",
    "DEMAND_FOR_GOODS",
    "DEMAND_MOVES",
    "DESCRIBED_BY_ROLE",
    "DESPITE_BEFORE",
    "DETERMINED",
    "DETERMINED_OBJECT",
    "ECONOMIC_OBJECT",
    "ELECTORATE",
    "ENDANGERED",
    "EXPECTED_BEFORE",
    "FIGURATIVE_NOUN",
    "FIGURATIVE_OBJECT",
    "FORECAST_BEFORE",
    "HURT",
    "INVESTMENT_OBJECT",
    "IN_MARKET",
    "MARKET_OBJECT",
    "MARKET_SUBJECT_FOLDED",
    "MASS_NOUNS",
    "MEETING",
    "MET_WITH",
    "NATURAL_AGENT",
    "NATURAL_SUBJECT_FOLDED",
    "NATURE",
    "NEED_OF",
    "NOT_AFTER",
    "NOT_BEFORE_FOLDED",
    "OBLIGED_BEFORE",
    "OPENING_HEAD_OF",
    "OR_FACE",
    "PARTICLE",
    "PARTICLE_BACK",
    "PERCENT_NEXT",
    "PP_NOUN_BEFORE",
    "PREDICATE_OF",
    "PRESSED_TO",
    "PRONOUN_BEFORE",
    "PULLED_BEFORE",
    "QUESTION_OBJECT",
    "REBUTTED",
    "RELIEF_PURPOSE",
    "REPORTING_END",
    "RESTRICTED_BEFORE",
    "ROUTINE_MEETING",
    "SAID_BEFORE",
    "SAYING",
    "SCORE",
    "SEIZED_ON",
    "SOUGHT_OFFICE",
    "SPACECRAFT_BEFORE",
    "STATIONED",
    "STATIONED_SUBJECT",
    "STRIFE",
    "SUPERLATIVE_BEFORE",
    "TAKES_OBJECT",
    "THREATENED_OBJECT",
    "TOPIC_OF_BEFORE",
    "TREND_BEFORE",
    "UNFOLDING_OBJECT",
    "WARNED_OF_ECONOMY",
    "WEAPON_NEXT",
]

# Uses of trigger words that are not events.
NOT_AFTER = re.compile(
    r"(?:-[a-z]"  # "treaty-violating", "deal-making": a modifier, not an event
    rf"|\s+(?:the\s+)?{cues('not_event_after')}\b"
    r"|\s+to\s+(?:comment|say|elaborate|be\s+named|be\s+identified|speculate|"
    r"(?:give|provide|offer|disclose|reveal)\s+(?:any\s+|further\s+|more\s+|other\s+|"
    r"additional\s+)?(?:details|information|specifics))\b"
    r"|\s+of\s+privacy\b"
    rf"|\s+with\s+{cues('reception')}\b"
    r"|\s+(?:off|up)\b)",
    re.IGNORECASE,
)
PARTICLE = re.compile(r"\s+(?:off|up)\b", re.I)
_NOT_BEFORE = re.compile(rf"\b{cues('not_event_before')}\s+$", re.IGNORECASE)
NOT_BEFORE_FOLDED = caseless(_NOT_BEFORE)  # on folded() text: faster
#: Types of verbs whose object a "modifier" noun after them is: "rejected the demands".
TAKES_OBJECT = frozenset({"REJECT", "ACCUSE", "AGREE", "CONCEDE", "SUPPORT", "REQUEST"})
DETERMINED_OBJECT = re.compile(
    r"\s+(?:the|its|their|his|her|our|these|those|all|such|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+)?"
    rf"{cues('not_event_after')}\b",
    re.I,
)
# "seized on the gaffe": pounced on, not captured.
SEIZED_ON = re.compile(r"(?:seiz|pounc|jump)\w*\s+(?:on|upon)\s+(?!\w+day\b)", re.I)
# "ask" requests only with what is asked for: "asked X to ...", "asked for ...".
ASKING = frozenset({"ask", "beg", "plead"})
# A verb of withdrawing whose particle "back" follows its object: "pulled its forces back".
PULLED_BEFORE = re.compile(
    r"\b(?:pull|pulls|pulled|pulling|draw|draws|drew|drawn|drawing)\s+(?:[\w'’-]+\s+){1,4}$",
    re.I,
)
# "back" followed by a preposition or the clause's end is a particle or an adverb ("pulled
# its forces back from", "came back."): backing takes an object.
PARTICLE_BACK = re.compile(
    r"\s*(?:[,.;:]|$)|\s+(?:from|to|into|across|out|off|home|down|up|in|on|towards?|"
    r"behind|over|after|again|and)\b",
    re.I,
)
ELECTORATE = re.compile(rf"\b{cues('electorate')}\b", re.I)
ASKED_FOR = re.compile(r"\s+(?:[\w'’.-]+\s+){0,5}?(?:to|for)\s")
#: Verbs of demanding that also assert: "insisted that the talks were going well".
ASSERTING = cue_words("asserting_verbs")
# What is asserted: a clause with an indicative verb ("the unity is not negotiable"), not a
# demand's bare or modal verb ("that the president resign", "that troops must leave").
ASSERTED = re.compile(
    r"\s+(?:that\s+)?(?:[\w'’-]+\s+){1,6}?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|remains?|remained)\b",
    re.I,
)

MET_WITH = re.compile(rf"\s+with\s+{cues('reception')}\b", re.I)
# "He talks about it": a verb, not negotiations.
PRONOUN_BEFORE = re.compile(r"\b(?:he|she|it|who|that|money)\s+$", re.IGNORECASE)

# Calling an accusation false rejects it: "described the accusations as lies", "called the
# allegations baseless".
CHARACTERISED = re.compile(
    r"\b((?:describ|call|brand|label|term|dismiss)\w*)\s+(?:(?:the|these|those|such|all)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
REBUTTED = re.compile(
    rf"\s+(?:as\s+)?(?:(?:a|an|complete|total|utter|pure|outright|baseless)\s+)?"
    rf"{cues('rebuttals')}\b",
    re.I,
)
CONDEMNED = re.compile(
    rf"\s+(?:as\s+)?(?:(?:a|an|the)\s+)?(?:(?:act|acts)\s+of\s+)?(?:\w+ly\s+)?"
    rf"{cues('condemnations')}\b",
    re.I,
)

# Natural forces and games are no actors of events.
_NATURAL_SUBJECT = re.compile(rf"\b{cues('natural_forces')}\s+(?:\w+\s+)?$", re.I)
NATURAL_SUBJECT_FOLDED = caseless(_NATURAL_SUBJECT)  # on folded() text: faster
NATURE = cue_words("natural_forces")
NATURAL_AGENT = re.compile(
    # (not "by sniper fire": fire with a modifier is gunfire)
    rf"\s+by\s+(?:(?:a|an|the)\s+)?(?:(?![\w-]+\s+fires?\b)[\w-]+\s+)?{cues('natural_forces')}\b",
    re.I,
)
# A restriction's object: "a ban on rallies", "restrictions on gatherings and strikes".
RESTRICTED_BEFORE = re.compile(
    rf"\b{cues('restrictions')}\s+(?:on|of|against)\s+(?:[\w'’-]+\s+){{0,4}}$"
    # "a law banning protests", "outlawed strikes": the verb's object is what is banned
    r"|\b(?:bann(?:ing|ed)|bans|prohibit(?:ing|ed|s)?|outlaw(?:ing|ed|s)?)\s+"
    r"(?:(?:all|any|the|further|future|public|street|mass|political|opposition)\s+){0,3}$",
    re.I,
)
NEED_OF = re.compile(
    r"\b(?:needs?|needed|shortages?|lack|short|dependent|dependence|reliant|reliance)\s+"
    r"(?:of|for|on)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# The cause of a death or of damage, when it is an accident or a natural force: "killed
# when a bus crashed", "injured in a train derailment", "destroyed in the earthquake".
ACCIDENT_CAUSE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:"
    r"(?:in|during|after|from)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{cues('accidents')}"
    r"|(?:when|after|as)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{cues('accidents')})\b",
    re.I,
)
# The object of "threaten", up to its head: "the island's water supply", "chaos".
THREATENED_OBJECT = re.compile(
    r"\s+(?!(?:to|with|that|by|into)\b)(?:(?:"
    + data_alternation("event_cues.txt", "threatened_determiners")
    + r")\s+)?"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:of|on|in|at|for|across|and|from|by|as|after|before|if|unless|"
    r"which|that|who|over|amid)\b)",
    re.I,
)
ENDANGERED = cue_words("endangered")
# A market as the subject, or as what "took a beating" or "suffered a blow": its loss.
_MARKET_SUBJECT = re.compile(
    rf"\b{cues('markets')}\s+(?:\w+ly\s+)?"
    r"(?:(?:took|take|takes|suffered|suffer|suffers)\s+(?:a|another)\s+(?:\w+\s+)?)?$",
    re.I,
)
MARKET_SUBJECT_FOLDED = caseless(_MARKET_SUBJECT)  # on folded() text: faster
ECONOMIC_OBJECT = re.compile(
    r"\s+(?:(?!(?:"
    + data_alternation("event_cues.txt", "economic_object_stops")
    + r")\b)[\w'’$.,%-]+\s+){0,4}?"
    rf"{cues('economic_objects')}\b",
    re.I,
)
MASS_NOUNS = cue_words("mass_nouns")
# What welcoming or backing is business with (suspending it may be a sanction).
INVESTMENT_OBJECT = re.compile(
    r"\s+(?:(?:more|new|further|the|foreign|private|direct)\s+){0,2}"
    r"(?:investments?|investors|tourists|tourism)\b",
    re.I,
)
# An approval's object that is a law in the making: "approved the budget", "to approve a
# bill raising the pension age", "approved next year's spending bill".
LEGISLATION_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|their|this|that|next|last)\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"{cues('legislative_instruments')}\b",
    re.I,
)
DEMAND_FOR_GOODS = re.compile(
    rf"\s+for\s+(?:(?:the|its|their|new|more|[\w-]+ed|[\w-]+al)\s+){{0,2}}{cues('goods')}\b",
    re.I,
)
CALLED_ELECTION = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:(?:early|snap|new|fresh|general|presidential|parliamentary|"
    r"local)\s+)*(?:elections?|votes?|referendums?|polls?)\b",
    re.I,
)
# What a candidate seeks: an office or a vote, no request ("would not seek re-election",
# "sought a second term", "is seeking the nomination").
SOUGHT_OFFICE = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:second|third|fourth|fifth|new|fresh|"
    r"another|party['’]s|presidential|parliamentary|senate)\s+)*"
    rf"{cues('sought_offices')}\b",
    re.I,
)
# An ultimatum's sanction: "leave the town or face a military offensive", "or else face
# arrest": what is held out is a threat, no event done.
OR_FACE = re.compile(r"\bor\s+(?:else\s+)?face\s+(?:[\w'’-]+\s+){0,3}$", re.I)
#: A sentence's opening noun phrase before "of": "[The head] of the army resigned" (its
#: verb is finite), but not a phrase opening with a preposition ("At the end of").
OPENING_HEAD_OF = re.compile(
    rf"\s*[\"“]?(?!(?:{cues('prepositions')})\b)(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,2}}"
    r"[\w'’-]+\s+",
    re.I,
)
# A noun in a prepositional phrase right before an -ed form: the form is a participle
# describing the noun ("in a statement released on Monday"), not the clause's verb.
PP_NOUN_BEFORE = re.compile(
    r"\b(?:in|on|at|from|under|of|into)\s+(?:a|an|the|its|his|her|their)\s+"
    r"[a-z]+\s+$",
    re.I,
)
# An appositive noun summing up the sentence's event, then a participle with its agent:
# ", a step long demanded by Algeria", ", a gesture sought for years by the unions".
APPOSITIVE_NOUN_BEFORE = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:long\s+|[a-z]+ly\s+)?$", re.I
)
AGENT_SOON_AFTER = re.compile(r"(?:\s+(?:for|over|in|since|during)\s+[^,;:.()]{1,25}?)?\s+by\s")
DETERMINED = re.compile(
    r"(?:\b(?:" + data_alternation("event_cues.txt", "determined_words") + r")|['’]s?)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")

# One body's scheduled session: "at its October meeting", "for a fifth straight meeting".
ROUTINE_MEETING = re.compile(
    rf"(?:\b(?:its|their)|[\w-]['’]s?)\s+(?:[\w-]+\s+)?{cues('routine_meetings')}\s+$"
    rf"|\b{cues('meeting_runs')}\s+$",
    re.I,
)

#: Types whose participle with an agent after a noun is an event of its own: "in a
#: step welcomed by Washington", "in an offensive condemned by the UN".
AGENT_PARTICIPLE = frozenset({"ACCUSE", "REJECT", "SUPPORT", "ASSAULT", "COERCE"})

REPORTING_END = re.compile(r"\s*[.!?]?\s*$")

# A policy waged as a fight: "the battle against inflation", "fought corruption".
ABSTRACT_ADVERSARY = re.compile(
    r"\s+(?:(?:against|on)\s+)?(?:(?:the|its|their|his|her|rising|high|soaring)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,1}}?{cues('abstract_adversaries')}\b",
    re.I,
)
# A figure of speech of force: "fighting [an uphill battle]", "[a legal] fight".
_FIGURATIVE = rf"(?:{cues('figurative_battles')})[\s-]+(?:battle|fight|war|struggle|assault)s?\b"
FIGURATIVE_OBJECT = re.compile(rf"\s+(?:(?:an?|the|this|their|its|his|her)\s+)?{_FIGURATIVE}", re.I)
FIGURATIVE_NOUN = re.compile(rf"\b(?:{cues('figurative_battles')})[\s-]+$", re.I)
# A copula after its subject's head, before a predicate noun: "The budget was a direct".
PREDICATE_OF = re.compile(
    r"\b([a-z][\w'’-]*)\s+(?:is|was|are|were|remains|remained|became|becomes)\s+"
    r"(?:(?:a|an|the|another|yet\s+another)\s+)?(?:[\w'’-]+\s+)?$",
    re.I,
)
# A market an intervention is in: "intervened in the currency market", no aid given.
IN_MARKET = re.compile(r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}markets?\b", re.I)
WEAPON_NEXT = re.compile(
    rf"\s+(?:weapons?|rifles?|helicopters?|vehicles?|{cues('mobilize.weapons')})\b", re.I
)
# What is delivered or provided that is no aid: "delivered a speech", "the verdict".
DELIVERED_THING = re.compile(
    r"\s+(?:(?:a|an|the|its|his|her|their|some|more|further|new|no|any|few)\s+)?"
    rf"(?:[\w'’-]+\s+)?{cues('delivered_things')}\b",
    re.I,
)
#: Verbs of being hurt: with no doer, no arms and no strife spoken of, an injury is no
#: force used.
HURT = frozenset({"injure", "hurt"})
STRIFE = re.compile(rf"\b(?:{cues('protesters')}|{cues('strife_words')})\b", re.I)
# A market's demand moving: "as demand weakened", "demand rose".
DEMAND_MOVES = re.compile(
    rf"\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?{cues('demand_movements')}\b", re.I
)
# A trend or a count of events, no event told: "an increase in kidnappings", "the number
# of arrests at protests", "a rise in attacks".
TREND_BEFORE = re.compile(rf"\b{cues('trend_nouns')}\s+(?:in|of)\s+(?:[\w'’-]+\s+){{0,3}}$", re.I)
# A work or a commemoration whose topic is an event noun: "the report into the 2015",
# "an exhibition on the", "the anniversary of the".
TOPIC_OF_BEFORE = re.compile(
    rf"\b{cues('works_about')}\s+(?:into|on|about|of)\s+"
    r"(?:(?:the|a|an|this|that|last\s+year['’]s)\s+)?(?:\d{4}\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# An office's remit after its role noun: "the special rapporteur on torture", "the envoy
# for the peace talks", "the commissioner for sanctions" (a title, no event); group 1 is
# the word to look up in data/role_nouns.txt (a set look-up, not a long alternation).
ROLE_REMIT_BEFORE = re.compile(r"\b([a-z]+)\s+(?:on|for)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$", re.I)
# A noun's topic after "about": "a drama about a miners' strike", "a thriller about a
# cyberattack" (what is told about, not reported).
ABOUT_TOPIC_BEFORE = re.compile(
    r"\babout\s+(?:(?:the|a|an|this|that|[\w-]+['’]s?)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I
)
# Forces' purpose of disaster relief: "to help search for survivors", "to help with
# relief efforts", "for flood relief".
RELIEF_PURPOSE = re.compile(
    r"\bto\s+(?:help\s+(?:with\s+|in\s+)?)?(?:relief|rescue|search\s+for\s+survivors|"
    r"evacuat|clear\s+debris|distribute\s+(?:food|aid)|rebuild)\w*"
    r"|\bfor\s+(?:\w+\s+)?(?:relief|rescue)\s+(?:efforts?|operations?|work)\b"
    r"|\b(?:relief|rescue)\s+(?:efforts?|operations?|work)\b",
    re.I,
)
# A spacecraft's modifier before "probe": "the space probe", "a lunar probe".
SPACECRAFT_BEFORE = re.compile(rf"\b{cues('spacecraft_modifiers')}\s+$", re.I)
# Forces that may be stationed: the mobilisation lists and more ("300 marines").
STATIONED = re.compile(
    rf"\b(?:{cues('mobilize.weapons')}|{cues('mobilize.troops')}|{cues('mobilize.police')}|"
    rf"{cues('mobilize.militia')}|{cues('stationed_forces')})",
    re.I,
)
# Forces as a passive's subject before "stationed": "Troops are stationed".
STATIONED_SUBJECT = re.compile(
    rf"(?:{STATIONED.pattern})[\w'’-]*\s+(?:[\w'’-]+\s+){{0,2}}?"
    r"(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+)?$",
    re.I,
)
# What carries aid, named by it: "aid convoys", "relief flights".
CARRIER_NEXT = re.compile(rf"\s+{cues('aid_carriers')}\b", re.I)
# A market's or a currency's prop: "to support the peso", "backed the currency".
MARKET_OBJECT = re.compile(
    rf"\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:{cues('markets')}|{cues('currencies')}|"
    rf"{cues('currency_names')})\b",
    re.I,
)
# "young people hardest hit", "the worst-hit districts": affected, not attacked.
SUPERLATIVE_BEFORE = re.compile(r"\b(?:hardest|worst)[\s-]+$", re.I)

# A change by a quantity: "would be cut by 5 percent", "fell by half".
BY_QUANTITY = re.compile(
    r"\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|up\s+to\s+)?"
    r"(?:\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|points?\b|"
    r"basis\s+points\b)|half\b|a\s+(?:third|quarter|fifth)\b)",
    re.I,
)
UNFOLDING_OBJECT = re.compile(
    rf"\s+(?:the\s+|these\s+|all\s+)?(?:[\w'’-]+\s+)?{cues('unfolding_matters')}\b", re.I
)
# An infinitive others press for: "under pressure to release", "faced calls to resign".
PRESSED_TO = re.compile(
    r"\b(?:pressure|pressures|calls|demands)\s+(?:from\s+[^,;:.()]{1,30}?\s+)?to\s+$", re.I
)
# An obligation laid on another: "Peru must withdraw", "all parties should allow" (not
# "it must", "we should": the speaker's own duty).
OBLIGED_BEFORE = re.compile(
    r"\b(?!(?:it|we|i|he|she|they|you)\b)[\w'’-]+\s+(?:must|should|ought\s+to|has\s+to|"
    r"have\s+to|needs\s+to|need\s+to)\s+(?:also\s+|now\s+|immediately\s+|urgently\s+)?$",
    re.I,
)
# The verb of saying whose content it is: "Kenya said (on Monday) (that) ...".
SAID_BEFORE = re.compile(
    r"\b(said|says|insisted|insists|stated|declared|added)\b[^.;:\"“”]{0,80}$", re.I
)
# A concession's noun: what holds despite it is told, not it ("despite the truce").
# An event noun named by its year after "the": "the 1988 massacre", "the 1990s wars" (a
# past event referred to by its date, not reported). After its doer's name it tells who
# acted: "Russia's 2022 invasion" stays an event.
YEAR_NAMED_BEFORE = re.compile(
    r"\bthe\s+(?:1[89]|20)\d\d(?:s|['’]s)?\s+"
    r"(?:[a-z][\w-]*\s+)?$",
)
DESPITE_BEFORE = re.compile(
    r"\b(?:despite|in\s+spite\s+of|notwithstanding)\s+"
    r"(?:the|a|an|its|their|his|her|this|last|(?:last\s+)?[\w-]+['’]s?)\s+"  # "last week's"
    r"(?:[\w'’-]+\s+)?$",
    re.I,
)
PERCENT_NEXT = re.compile(r"\s+\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)", re.I)
# A speaker's audience, no meeting between parties: "told a conference in Jakarta",
# "addressed a summit of", "speaking at a forum".
AUDIENCE_BEFORE = re.compile(
    r"\b(?:told|tells|tell|telling|addressed|addresses|addressing|briefed|briefing|"
    r"(?:spoke|speaking|speaks|speak)\s+(?:to|at|before))\s+(?:a|an|the|this|that)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.I,
)

# What commentators expect or predict, up to the trigger in the same clause.
FORECAST_BEFORE = re.compile(
    rf"\b{cues('commentators')}\s+(?:\w+ly\s+)?(?:still\s+)?"
    r"(?:expect|expects|expected|predict|predicts|predicted|forecast|forecasts|anticipate|"
    r"anticipates|anticipated|see|sees|bet|bets|fear|fears|feared)\b[^.;:,]*$",
    re.I,
)
# A predicate noun of a copula whose "of" or "in" phrase holds an event noun: what the
# subject is ("is a veteran of the Iran nuclear talks", "was one of the architects of the
# accord"), no event reported.
DESCRIBED_BY_ROLE = re.compile(
    r"\b(?:is|was|are|were|became|becomes|has\s+been|had\s+been)\s+"
    r"(?:(?:a|an|the|one\s+of\s+the)\s+)(?:[\w'’-]+\s+){0,2}?[a-z]+\s+(?:of|in)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# A that-clause completing a noun of expectation, up to an event noun of its subject:
# "fears that [fighting]", "hope that the truce [talks]" (no verb between).
EXPECTED_BEFORE = re.compile(
    rf"\b{cues('expectations')}\s+that\s+(?:(?:the|a|an|any|new|renewed|further|more)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# An indirect question as a verb's object: what is found out, no act ("establish whether",
# "settle how"); an investigation, talks, a promise or a request are about one
# ("investigating whether", "discussed how to", "agreed how to", "asked whether"). Not
# "if" (a condition: "would retaliate if") nor "what" ("rejected what it called").
ABOUT_QUESTIONS = frozenset({"ACCUSE", "CONSULT", "AGREE", "REQUEST"})
QUESTION_OBJECT = re.compile(r"\s+(?:whether|how|why)\b", re.I)
# An infinitive asked about: "practising how to reinforce the flank", "debated whether to
# send troops" (a question, no act).
QUESTION_INFINITIVE_BEFORE = re.compile(r"\b(?:how|whether|when|where|what)\s+to\s+$", re.I)

#: Types whose subject may be a document or a body of words: "the report criticised".
SAYING = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
# A verb right after a pattern's object makes it a clause's subject, no object.
CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:" + data_alternation("event_cues.txt", "clause_verbs") + r")\b", re.I
)

# The public a warning advises what to do: "warned travellers against", "warned its
# citizens to leave" (not "warned residents it would shell the town": a threat).
ADVISED = re.compile(
    r"\s+(?:(?:the|its|their|all|local|foreign|british|american)\s+){0,2}"
    rf"{cues('advised_people')}\s+(?:(?:not\s+)?to|against)\b",
    re.I,
)
# A warning of an economic figure is a forecast: "warned of lower profits", "of rising
# prices".
WARNED_OF_ECONOMY = re.compile(
    rf"\s+of\s+(?:[\w'’-]+\s+){{0,3}}?{cues('economic_objects')}\b", re.I
)

#: Verbs of meeting whose object must be people: "met its targets", "debated the bill".
MEETING = frozenset({"meet", "debate"})
#: Verbs of deliberating on a matter, a meeting only between parties.
DELIBERATING = frozenset({"discuss", "debate", "consider", "review"})

#: Verbs of arriving, a visit only with where: "arrived in Kyiv", "arrived for talks".
ARRIVING = frozenset({"arrive"})
AT_AFTER = re.compile(r"\s+at\b", re.I)
ARRIVED_AT = re.compile(r"\s+(?:in|at|for|to|on\s+a\s+visit)\b", re.I)
