"""Phrase patterns for the techniques a word list cannot catch.

Each rule is a regex over the raw text with a technique, a confidence and an explanation.
Patterns tolerate curly apostrophes and any dash; they are compiled once, on first use.
Rules stay conservative: news reporting says "experts say" and "the only way" all the
time, so a rule fires only on the wording that makes the rhetorical move explicit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

A = "['’]"  # apostrophe, straight or curly
D = "[-‐‑]"  # hyphen
_DET = r"(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|Your|But|And|If|When)\b)"
_NAME = _DET + r"[A-Z][\w.’'-]*"

_SERVILE = (
    r"(?:puppets?|stooges?|lackeys?|lapdogs?|poodles?|shills?|mouthpieces?|henchm[ae]n|minions?"
    r"|pawns?|cronies|crony|toadies|toady|apologists?|sycophants?|cheerleaders?|propagandists?"
    r"|bootlickers?|stenographers?|vassals?|satraps?|foot\s+soldiers|errand\s+boys?|attack\s+dogs?"
    r"|hired\s+guns?|handmaidens?|sock\s+puppets?|water\s+carriers?)"
)
_SERVILE_CUES = (
    "puppet|puppets|stooge|stooges|lackey|lackeys|lapdog|lapdogs|poodle|poodles|shill|shills|mouthpiece|"
    "mouthpieces|henchman|henchmen|minion|minions|pawn|pawns|cronies|crony|toadies|toady|apologist|apologists|"
    "sycophant|sycophants|cheerleader|cheerleaders|propagandist|propagandists|bootlicker|bootlickers|"
    "stenographer|stenographers|vassal|vassals|satrap|satraps|soldiers|boy|boys|dog|dogs|gun|guns|handmaiden|"
    "handmaidens|carrier|carriers"
)
_TECHNICAL_REGIME = frozenset(
    [
        "sanctions", "tax", "visa", "regulatory", "trade", "inspection", "training", "fitness",
        "treatment", "drug", "dosing", "exchange-rate", "currency", "legal", "tariff", "pricing",
        "price", "licensing", "accounting", "dietary", "exercise", "flow", "control", "rate", "new",
        "old", "daily", "weekly", "monthly", "medication", "dosage"
    ]
)
_REPORTED = frozenset(
    [
        "said", "says", "say", "called", "calls", "calling", "dubbed", "termed", "term", "word",
        "words", "named", "labelled", "labeled", "as", "described", "describes", "describing",
        "described", "wrote", "writes", "titled", "entitled", "headlined", "the-word", "phrase",
        "motto", "slogan", "tagged", "nicknamed"
    ]
)


@dataclass(frozen=True)
class Rule:
    """One phrase pattern.

    Attributes:
        technique: The technique a match is labelled with.
        pattern: The regex source.
        score: Confidence of a match.
        explanation: Why a match is flagged; ``{text}`` is replaced by the match.
        case_sensitive: Match case exactly (patterns that need capitalised names).
        veto: Optional check of (text, match) that rejects a match in context.
        grow: Up to this many following words (the noun phrase) join the span.
        cues: Words (``|``-separated) one of which every match contains: the tagger runs
            the rule only in a window around a cue, which keeps the scan linear and fast.
            Empty means run over the whole text (only for rules that start with a
            character class the regex engine can skip to quickly).
        window: How far (characters) a match may start before its cue and end after it;
            a tight window keeps rules cued by common words ("said") cheap.

    """

    technique: str
    pattern: str
    score: float
    explanation: str
    case_sensitive: bool = False
    veto: Callable[[str, re.Match[str]], bool] | None = None
    grow: int = 0
    cues: str = ""
    window: tuple[int, int] = (150, 220)


def _previous_word(text: str, start: int) -> str:
    head = text[max(0, start - 40) : start].split()
    return head[-1].lower().strip("\"“”‘’'(,:") if head else ""


def _technical_regime(text: str, m: re.Match[str]) -> bool:
    return _previous_word(text, m.start()) in _TECHNICAL_REGIME


def _reported_quote(text: str, m: re.Match[str]) -> bool:
    """Quoted words shortly after "called", "said", "the term" are quotation, not doubt."""
    recent = text[max(0, m.start() - 80) : m.start()].split()[-6:]
    return any(w.lower().strip("\"“”‘’'(,:") in _REPORTED for w in recent)


_SCARE_QUOTE = (r"[“\"‘](?<=[\s(\[][“\"‘])"
                r"(?:(?<=“)[A-Za-z][\w’'-]{2,}”|(?<=\")[A-Za-z][\w’'-]{2,}\"|(?<=‘)[A-Za-z][\w’'-]{2,}’)"
                r"(?=[\s,.;:!?)\]])")
_PEOPLE_ENDINGS = ("ists", "ers", "ians", "ans", "ives", "ates", "ics", "eers", "ites", "people", "folks",
                   "experts", "leaders", "friends", "heroes", "patriots", "elites", "men", "women")


def _quotation(text: str, m: re.Match[str]) -> bool:
    """A quoted name or title ("‘Hardball’"), or a word quoted after "said", "called"."""
    return m.group()[1:2].isupper() or _reported_quote(text, m)


def _people_word(quoted: str) -> bool:
    """Whether a quoted word names people: a plural person noun or a lexicon label."""
    from slant.framing.lexicon import LABEL, entries, normalize

    word = normalize(quoted.strip("\"“”‘’'"))
    entry = entries().get(word)
    return word.endswith(_PEOPLE_ENDINGS) or (entry is not None and entry.kind == LABEL)


def _legal_alleged(text: str, m: re.Match[str]) -> bool:
    """"Allegedly stole" is legal caution; "allegedly moderate" (an adjective) casts doubt."""
    from slant.framing.lexicon import textblob_adjectives

    after = text[m.end() : m.end() + 30].split()
    return not after or after[0].lower().strip("\"“”‘’'") not in textblob_adjectives()


NC = "Name_Calling,Labeling"
LL = "Loaded_Language"
EX = "Exaggeration,Minimisation"
DB = "Doubt"
FE = "Appeal_to_fear-prejudice"
FW = "Flag-Waving"
SL = "Slogans"
CO = "Causal_Oversimplification"
AU = "Appeal_to_Authority"
BW = "Black-and-White_Fallacy"
TT = "Thought-terminating_Cliches"
WH = "Whataboutism,Straw_Men,Red_Herring"
BH = "Bandwagon,Reductio_ad_hitlerum"

RULES: tuple[Rule, ...] = (
    # Name calling: servile labels pinned to a name ("Kremlin stooge", "puppet of Tehran").
    Rule(NC, rf"(?<![\w-]){_NAME}(?:\s+{_NAME})?(?:{A}s)?\s+{_SERVILE}(?![\w-])", 0.85,
         "'{text}' labels someone as a servile tool of another instead of describing the "
         "relationship; neutral: 'ally' or 'supporter'.", case_sensitive=True,
         cues=_SERVILE_CUES),
    Rule(NC, rf"(?<![\w-]){_SERVILE}\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?", 0.85,
         "'{text}' labels someone as a servile tool of another; neutral: 'ally of'.",
         case_sensitive=True,
         cues=_SERVILE_CUES),
    Rule(NC, rf"(?<![\w-])(?!self{D})[A-Za-z]+{D}(?:loving|hugging|coddling|worshipp?ing|"
         rf"sympathi[sz]ing|appeasing|licking)(?![\w-])", 0.75,
         "'{text}' is a compound label that brands a group by what it supposedly loves.",
         cues="loving|hugging|coddling|worshiping|worshipping|sympathizing|sympathising|appeasing|licking"),
    Rule(NC, rf"(?<![\w-])[A-Za-z]+{D}(?:haters?|deniers?|apologists?|lovers|grabbers?|huggers?|botherers?|bashers?|"
         r"mongers?|pushers?|peddlers?|grubbers?|suckers?|lickers?|worshippers?|chasers?|tickers|eaters|signall?ers|"
         r"wavers|wringers|scroungers|spongers|dodgers)(?![\w-])", 0.6,
         "'{text}' is a label that sorts people into a despised group.",
         cues="hater|haters|denier|deniers|apologist|apologists|lovers|grabber|grabbers|hugger|huggers|botherer|"
         "botherers|basher|bashers|monger|mongers|pusher|pushers|peddler|peddlers|grubber|grubbers|sucker|suckers|"
         "licker|lickers|worshipper|worshippers|chaser|chasers|tickers|eaters|signallers|signalers|wavers|wringers|"
         "scroungers|spongers|dodgers"),
    Rule(NC, rf"(?<![\w-])(?:{_NAME}\s+){{1,2}}regimes?(?![\w-])(?!\s+change)", 0.7,
         "'{text}': 'regime' labels a government as illegitimate; neutral: 'government'.",
         case_sensitive=True, cues="regime|regimes"),
    Rule(NC, rf"(?<![\w-])(?:{_NAME}\s+){{1,2}}(?:junta|clique|cabal|gang|mafia)s?(?![\w-])", 0.65,
         "'{text}' labels a government or group as a criminal band; neutral: 'government'.",
         case_sensitive=True, cues="junta|juntas|clique|cliques|cabal|cabals|gang|gangs|mafia|mafias"),
    # A name or origin pinned to a word of command or crime labels a whole group
    # ("NATO masters", "Washington paymasters", "Daesh butchers").
    Rule(NC, rf"(?<![\w-])(?:{_NAME}\s+(?:and|or|&)\s+)?"
         rf"(?:{_NAME}|(?i:foreign|western|imperial|colonial|globalist|zionist|overseas))\s+"
         r"(?:masters|overlords|paymasters|handlers|patrons|puppeteers|bosses|sponsors)(?![\w-])", 0.75,
         "'{text}' casts one side as the master of another instead of naming the relationship.",
         case_sensitive=True, cues="masters|overlords|paymasters|handlers|patrons|puppeteers|bosses|sponsors"),
    Rule(NC, rf"(?<![\w-]){_NAME}\s+(?:killers|butchers|murderers|gangsters|bandits|mercenaries|"
         r"thugs|savages|barbarians|criminals|invaders|occupiers|fanatics|hordes)(?![\w-])", 0.7,
         "'{text}' labels a whole group by crimes instead of naming who did what.",
         case_sensitive=True,
         cues="killers|butchers|murderers|gangsters|bandits|mercenaries|thugs|savages|barbarians|criminals|invaders|occupiers|fanatics|hordes"),
    # A designation pinned to a name or a "-backed"/"-financed" compound brands the whole
    # group ("Hezbollah terrorists", "Saudi-financed jihadists"); alone these words are
    # often the plain designation, so they are not in the label list.
    Rule(NC, rf"(?<![\w-])(?:{_NAME}|[A-Za-z]+{D}(?:backed|financed|funded|sponsored|supported|armed|trained|"
         r"inspired|loving))\s+(?:terrorists|jihadists|jihadis|fundamentalists|extremists|zealots|"
         r"radicals|fanatics|infiltrators)(?![\w-])", 0.6,
         "'{text}' labels a whole group with a designation instead of naming who did what.",
         case_sensitive=True,
         cues="terrorists|jihadists|jihadis|fundamentalists|extremists|zealots|radicals|fanatics|infiltrators"),
    # Mocking group nouns after a lowercase modifier ("the blue-haired brigade", "the tofu
    # brigade"); a capitalised "Brigade" is a military unit and is left alone.
    Rule(NC, r"(?:(?<=[Tt]he )|(?<=[Tt]his )|(?<=[Tt]hat )|(?<=[Aa] )|(?<=[Aa]n )|(?<=whole )|(?<=entire ))"
         r"(?!(?:fire|bucket|rescue|armou?red|tank|"
         r"infantry|cavalry|artillery|marine|airborne|motorized|mechani[sz]ed|international)\b)"
         r"([a-z][\w’'-]*\s+){0,1}[a-z][\w’'-]*\s+brigades?(?![\w-])", 0.6,
         "'{text}' mocks people as a faceless band instead of naming them.", case_sensitive=True,
         cues="brigade|brigades"),
    Rule(NC, r"(?<![\w-])(?:perpetually|permanently|professionally|chronically|easily)\s+"
         r"(?:offended|outraged|aggrieved|triggered)(?![\w-])", 0.7,
         "'{text}' labels opponents by a caricature of their feelings.",
         cues="perpetually|permanently|professionally|chronically|easily"),
    Rule(LL, r"(?<![\w-])creeping\s+(?:[a-z]+ism|sharia|tyranny|censorship|authoritarianism)(?![\w-])", 0.65,
         "'{text}' paints a change as a slow, sinister takeover.", cues="creeping"),
    # Mock-respectful capitals in mid-sentence ("the Serious Journalists", "our Very
    # Important pundits") praise a group in order to sneer at it.
    Rule(NC, r"(?<=[a-z,;:] )(?:(?:Very|Most|Truly|Highly)\s+)?(?:Serious|Important|Respected|Revered|"
         r"Esteemed|Distinguished|Responsible|Credible|Trusted|Reputable|Sensible|Smart|Honest|"
         r"Legitimate|Brilliant|Learned|Enlightened|Courageous|Brave|Principled|Objective)\s+"
         r"(?:[Nn]ews\s+)?(?:[Jj]ournalists|[Rr]eporters|[Pp]undits|[Ee]xperts|[Aa]nalysts|[Cc]ommentators|"
         r"[Pp]eople|[Aa]dults|[Oo]rgans|[Oo]utlets|[Mm]edia|[Ss]cholars|[Tt]hinkers|[Mm]inds|"
         r"[Pp]rofessionals|[Vv]oices|[Ee]ditors|[Aa]nchors|[Ii]ntellectuals)(?![\w-])", 0.6,
         "'{text}': capitalised praise in mid-sentence mocks the group it names.",
         case_sensitive=True,
         cues="journalists|reporters|pundits|experts|analysts|commentators|people|adults|organs|outlets|"
         "media|scholars|thinkers|minds|professionals|voices|editors|anchors|intellectuals"),
    Rule(NC, rf"(?<![\w-])anti{D}[A-Z][\w’'-]*\s+(?:forces|elements|forces\s+abroad|zealots|crusaders|"
         r"fanatics|cranks|mobs?|brigades?|hawks|lobby|cliques?|politicians|lawmakers|media|outlets|"
         r"activists)(?![\w-])", 0.7,
         "'{text}' lumps critics together as enemies of a country or people.",
         case_sensitive=True,
         cues="anti"),
    Rule(NC, r"(?<![\w-])Big\s+(?:Pharma|Tech|Oil|Tobacco|Ag|Agra|Food|Banks?|Business|Government|Media|Telecom|"
         r"Sugar|Soda|Insurance|Energy|Labou?r|Wireless|Chemical|Dental|Green|Brother)(?![\w-])", 0.65,
         "'{text}' lumps an industry or institution into one sinister actor.", case_sensitive=True,
         cues="big"),
    Rule(NC, rf"(?<![\w-])(?!(?:[Cc]ommander|[Ee]ditor|[Cc]hief){D})[A-Za-z]+{D}in{D}[Cc]hief(?![\w-])", 0.7,
         "'{text}' mocks someone with a title of their supposed vice.", case_sensitive=True,
         cues="chief"),
    Rule(LL, rf"(?<![\w-])[A-Za-z]+{D}(?:wrecking|hating|bashing|busting|grabbing|mongering|peddling|obsessed|"
         r"crazed|addled|infested|ridden|soaked|drenched|worshipping|destroying|happy|mouthed|tempered|churning|"
         r"brained|witted|headed|hearted)(?![\w-])", 0.6,
         "'{text}' is a compound that condemns while it describes.", grow=1,
         veto=lambda text, m: m.group().lower().startswith(("level-", "even-", "clear-", "cool-", "good-", "well-",
                                                                 "warm-", "kind-", "light-", "whole-")),
         cues="wrecking|hating|bashing|busting|grabbing|mongering|peddling|obsessed|crazed|addled|infested|ridden|"
         "soaked|drenched|worshipping|destroying|happy|mouthed|tempered|churning|brained|witted|headed|hearted"),
    Rule(LL, r"(?<![\w-])contempt(?![\w-])(?!\s+of\s+(?:court|congress|parliament|the\s+court))", 0.55,
         "'contempt' attributes scorn instead of describing a position.", cues="contempt"),
    Rule(LL, r"(?<![\w-])regimes?(?![\w-])(?!\s+change)", 0.45,
         "'regime' used for a government implies illegitimacy; neutral: 'government'.",
         veto=_technical_regime, cues="regime|regimes"),
    # "The gun lobby", "the landlord lobby", "an army of lobbyists": an interest group cast
    # as one faceless, moneyed force; a building's lobby is left alone.
    Rule(NC, rf"(?<![\w-])(?!(?:the|a|an|this|that|its|his|her|their|our|your|my|in|into|"
         rf"hotel|main|front|entrance|ground|building|elevator|lift|station|"
         rf"theatre|theater|airport|office)\b)[a-z][\w’'-]*(?:{D}[a-z]+)?\s+lobby(?![\w-])(?!\s+(?:of|area|door))",
         0.6, "'{text}' casts an interest group as one faceless, moneyed force; neutral: 'advocates of ...'.",
         case_sensitive=True, cues="lobby"),
    Rule(NC, r"\b(?:army|armies|legion|legions|swarm|swarms|horde|hordes|battalion)\s+of\s+(?:highly\s+paid\s+)?"
         r"(?:lobbyists|lawyers|bureaucrats|consultants|spin\s+doctors|activists|trolls|bots|apparatchiks|"
         r"pen-pushers|officials|inspectors)\b", 0.6,
         "'{text}' pictures opponents as an invading mass.", cues="army|armies|legion|legions|swarm|swarms|"
         "horde|hordes|battalion"),
    # "Quietly approved", "quietly hiked": an insinuation that something was done in secret.
    Rule(LL, r"\b(?:quietly|stealthily|sneakily|surreptitiously|slyly|silently)\s+(?:[a-z]+ed|slipped|"
         r"snuck|sneaked|buried|dropped|shelved|rewrote|built|signed|made)\b", 0.55,
         "'{text}' insinuates that something was done behind people's backs; say when and how it was "
         "announced.", cues="quietly|stealthily|sneakily|surreptitiously|slyly|silently"),
    Rule(LL, rf"\beco{D}(?:crusades?|crusaders?|warriors?|loons?|nuts|mobs?|fanatics?|zealots?|"
         r"terrorists?|extremists?|hysteria|lunacy|madness|vandalism|vandals|tyranny|dictatorship)\b", 0.65,
         "'{text}' mocks environmental policy or campaigners as a crusade or mania.", cues="eco"),
    # Idioms with a slot: "bleeding this hospital dry", "tearing the family apart",
    # "dragged his name through the mud".
    Rule(LL, r"\b(?:bleed|bleeds|bleeding|bled|suck|sucks|sucking|sucked|squeeze|squeezing|squeezed|"
         r"milk|milking|milked)\s+(?:[\w’'-]+\s+){1,3}dry\b", 0.65,
         "'{text}' pictures someone as draining a victim.", cues="dry"),
    Rule(LL, r"\b(?:tear|tears|tearing|tore|torn|rip|rips|ripping|ripped)\s+(?:[\w’'-]+\s+){1,3}"
         r"(?:apart|to\s+shreds|to\s+pieces)\b", 0.55,
         "'{text}' dramatises a conflict as violent destruction.", cues="apart|shreds|pieces"),
    Rule(LL, r"\b(?:drag|drags|dragging|dragged)\s+(?:[\w’'-]+\s+){1,3}through\s+the\s+(?:mud|mire|gutter|dirt)\b",
         0.65, "'{text}' pictures criticism as a smear.", cues="mud|mire|gutter|dirt"),
    Rule(LL, r"\b(?:shove|shoves|shoving|shoved|ram|rams|ramming|rammed|force|forcing|forced|cram|cramming|"
         r"crammed)\s+(?:[\w’'-]+\s+){1,3}down\s+(?:our|your|their|people['’]s|the\s+public['’]s)\s+throats\b",
         0.7, "'{text}' pictures a policy as forced on people.", cues="throats"),
    # "The woke agenda", "the globalist agenda": a policy cast as a plot.
    Rule(LL, rf"\b(?:the|their|his|her|its|this|a)\s+(?:woke|radical|globalist|gay|trans|homosexual|green|socialist|"
         rf"leftist|liberal|far{D}left|far{D}right|Marxist|marxist|climate|net{D}zero|LGBT|LGBTQ\+?|feminist|"
         r"communist|fascist|neoliberal|corporate|elite|Zionist|zionist|Islamist|islamist)\s+agenda\b", 0.65,
         "'{text}' casts a set of policies as a concerted plot; name the policies instead.", cues="agenda",
         window=(40, 8)),
    Rule(LL, r"\b(?:migrant|immigrant|illegal|border|tourist|cultural|woke|foreign)\s+(?:invasion|onslaught|"
         r"tsunami|flood)\b", 0.65, "'{text}' pictures people as an invading army or a disaster.",
         cues="invasion|onslaught|tsunami|flood", window=(20, 5)),
    Rule(LL, r"\bprofit(?:s|ed|ing)?\s+(?:from|off)\s+(?:(?:the|their|his|her|our|people['’]s|other\s+people['’]s)\s+)?"
         r"(?:misery|suffering|pain|deaths?|tragedy|despair|grief)\b", 0.65,
         "'{text}' casts a business as feeding on suffering.", cues="misery|suffering|pain|death|deaths|tragedy|"
         "despair|grief", window=(50, 5)),
    # Political-wing labels on a scornful noun ("left-liberal outlets", "right-wing billionaires").
    Rule(NC, rf"\b(?:(?:far|hard|ultra|extreme){D}(?:left|right)(?:{D}wing)?|(?:left|right){D}(?:wing|liberal)|leftist|"
         rf"rightist)\s+(?:billionaires|outlets|rags?|"
         r"media|mobs?|elites?|supermajority|cronies|hacks|brigade|crowd|establishment|propagandists|zealots|"
         r"ideologues|loons|nutjobs|cranks|fanatics|extremists|firebrands|agitators)\b", 0.6,
         "'{text}' dismisses people by their politics instead of answering them.",
         cues="billionaires|outlets|rag|rags|media|mob|mobs|elite|elites|supermajority|cronies|hacks|brigade|crowd|"
         "establishment|propagandists|zealots|ideologues|loons|nutjobs|cranks|fanatics|extremists|firebrands|agitators",
         window=(25, 5)),
    Rule(LL, r"\bnever\s+met\s+an?\s+(?:[\w’'-]+\s+){1,3}(?:he|she|they|it|we|I)\s+(?:didn['’]t|did\s+not)\s+like\b",
         0.6, "'{text}' mocks someone as uncritically embracing anything of a kind.", cues="like", window=(70, 5)),
    Rule(LL, r"\b(?:cold\s+war|zero-sum|colonial|imperial|bloc)\s+(?:mentality|thinking|mindset)\b", 0.6,
         "'{text}' dismisses a position as an outdated mindset instead of answering it.",
         cues="mentality|thinking|mindset"),
    Rule(NC, r"\benem(?:y|ies)\s+of\s+the\s+(?:people|state|nation|revolution)\b", 0.8,
         "'{text}' brands opponents as enemies of everyone.", cues="enemy|enemies"),
    # Exaggeration and minimisation.
    Rule(EX, r"\b(?:the\s+)?(?:worst|best|greatest|biggest|largest|deadliest|bloodiest|most\s+\w+)"
         r"\s+(?:[\w-]+\s+){0,3}?(?:ever(?:\s+(?:seen|recorded|known))?|in\s+(?:[\w’']+\s+){0,2}history|in\s+(?:all\s+of\s+)?"
         r"(?:human\s+|recorded\s+)?history|of\s+all\s+time|the\s+world\s+has\s+ever\s+seen)\b", 0.65,
         "'{text}' is a sweeping superlative; say what was measured instead.", cues="ever|history|time"),
    Rule(EX, r"\b(?:beyond\s+(?:belief|imagination|comprehension|words)|like\s+never\s+before|"
         r"never\s+before\s+seen|of\s+biblical\s+proportions)\b", 0.6,
         "'{text}' inflates the scale of events beyond what the facts show.",
         cues="belief|imagination|comprehension|words|never|biblical"),
    Rule(EX, r"\b(?:a\s+(?:million|thousand|hundred)|millions\s+of|thousands\s+of)\s+times\b", 0.55,
         "'{text}' is a hyperbolic multiplier.", cues="times"),
    Rule(EX, r"\bevery\s+single\s+\w+", 0.5, "'{text}' overgeneralises for effect.", cues="single"),
    # Doubt.
    Rule(DB, rf"\bso{D}?\s?called\b", 0.75,
         "'so-called' signals that a name should not be believed, without saying why.", grow=3, cues="called"),
    Rule(DB, rf"\b(?:self{D}(?:proclaimed|styled|appointed|described)|would{D}be|supposed|purported|"
         rf"pseudo{D}?)\b", 0.55,
         "'{text}' casts doubt on the title or claim that follows.", grow=2,
         cues="self-proclaimed|self-styled|self-appointed|self-described|would-be|supposed|purported|pseudo"),
    Rule(DB, r"\b(?:supposedly|purportedly|ostensibly)\b", 0.5,
         "'{text}' implies a claim is false without giving evidence.", cues="supposedly|purportedly|ostensibly"),
    Rule(DB, r"\ballegedly\b", 0.35,
         "'allegedly' before a description can cast doubt on it; state who claims what.",
         veto=_legal_alleged, grow=2, cues="allegedly"),
    # Scare quotes: a label in quotes ("experts", "moderates") mocks the people it names; any
    # other word in quotes ("compassion", "banished") is loaded wording. Quoted names and
    # titles (capitalised) and quotation after "said", "called" are left alone.
    Rule(NC, _SCARE_QUOTE, 0.5,
         "Scare quotes around {text} mock the people the word names.",
         veto=lambda text, m: _quotation(text, m) or not _people_word(m.group()), cues=""),
    Rule(LL, _SCARE_QUOTE, 0.5,
         "Scare quotes around {text} suggest the word is not to be taken at face value.",
         veto=lambda text, m: _quotation(text, m) or _people_word(m.group()), cues=""),
    Rule(DB, r"\b(?:can|should|could)\s+(?:we|you|anyone)\s+(?:really\s+|even\s+)?(?:trust|believe)\b", 0.55,
         "'{text}' raises doubt rhetorically instead of giving evidence.", cues="trust|believe"),
    Rule(DB, r"\b(?:dubious|questionable|suspicious|shady)\s+(?:claims?|sources?|evidence|credibility|"
         r"motives?|reports?|stor(?:y|ies)|narratives?|credentials|figures)\b", 0.5,
         "'{text}' questions credibility without showing why.", cues="dubious|questionable|suspicious|shady"),
    Rule(FE, r"\b(?:the\s+)?first\s+step\s+(?:toward|towards|to)\s+(?:confiscation|tyranny|dictatorship|censorship|"
         r"communism|socialism|totalitarianism|a\s+police\s+state|disaster|ruin|collapse|the\s+end\s+of)\b", 0.65,
         "'{text}' warns of a slide to disaster (a slippery slope).", cues="step", window=(10, 40)),
    Rule(FE, rf"\b(?:those|anyone|companies|people|countries)\s+who\s+(?:don{A}t|do\s+not|fail\s+to|refuse\s+to)\s+"
         r"[\w-]+\s+(?:will\s+be\s+(?:left\s+behind|wiped\s+out|crushed|destroyed|swept\s+away))", 0.6,
         "'{text}' threatens those who do not go along.", cues="behind|wiped|crushed|destroyed|swept", window=(90, 10)),
    # Appeal to fear.
    Rule(FE, rf"\bbefore\s+it(?:{A}s|\s+is)\s+too\s+late\b", 0.75,
         "'{text}' pushes for action through urgency and fear.", cues="late"),
    Rule(FE, r"\b(?:existential|mortal|grave|imminent)\s+(?:threat|danger)s?\b", 0.5,
         "'{text}' frames the issue as a danger to survival.", cues="threat|threats|danger|dangers"),
    Rule(FE, r"\b(?:threat|danger|menace)s?\s+to\s+(?:our|the|your)\s+(?:very\s+)?(?:way\s+of\s+life|"
         r"survival|existence|civili[sz]ation|children|families|democracy|freedom|nation)\b", 0.65,
         "'{text}' appeals to fear for one's way of life or family.",
         cues="threat|threats|danger|dangers|menace|menaces"),
    Rule(FE, r"\b(?:flood|floods|invasion|invasions|hordes?|swarms?|waves?|influx|tide)\s+of\s+"
         r"(?:illegal\s+)?(?:migrants|immigrants|refugees|aliens|foreigners|asylum[\s-]seekers)\b", 0.65,
         "'{text}' describes people as a natural disaster or invading army.",
         cues="migrants|immigrants|refugees|aliens|foreigners|asylum"),
    Rule(FE, r"\b(?:ticking\s+time\s+bomb|nightmare\s+scenario|doomsday\s+scenario|point\s+of\s+no\s+"
         r"return|slippery\s+slope)\b", 0.6, "'{text}' invokes a looming catastrophe.",
         cues="bomb|scenario|return|slope"),
    Rule(FE, r"\b(?:will|would|could|want\s+to)\s+(?:destroy|wipe\s+out|annihilate|exterminate|ruin|"
         r"enslave)\s+(?:us|our\s+\w+|America|Europe|the\s+(?:country|nation|west)|everything|everyone)\b",
         0.55, "'{text}' predicts catastrophe to win support through fear.",
         cues="destroy|wipe|annihilate|exterminate|ruin|enslave"),
    Rule(FE, rf"\b(?:they|he|she)(?:\s+are|\s+is|\s+will\s+be|{A}re|{A}s|{A}ll\s+be)\s+coming\s+for\s+"
         r"(?:you|us|your|our)\b", 0.7,
         "'{text}' stokes fear of a personal threat.", cues="coming"),
    Rule(FE, r"\bend\s+of\s+(?:western\s+)?(?:civili[sz]ation|democracy|the\s+world|freedom|America|"
         r"Europe)\b", 0.55, "'{text}' predicts doom.",
         cues="civilization|civilisation|democracy|world|freedom|america|europe"),
    Rule(FE, rf"\bif\s+we\s+(?:do\s+not|don{A}t|fail\s+to)\s+(?:act|stop\s+(?:them|this|it))\b(?:\s+now)?",
         0.5, "'{text}' frames inaction as leading to disaster.", cues="act|stop"),
    # Flag-waving.
    Rule(FW, r"\b(?:true|real|genuine)\s+(?:patriots?|Americans?|Britons?|Englishmen|Frenchmen|"
         r"Germans?|Russians?|Israelis?|Indians?|Canadians?|Australians?|Europeans?)\b", 0.7,
         "'{text}' appeals to group identity and implies opponents are not true members.",
         cues="patriot|patriots|american|americans|briton|britons|englishmen|frenchmen|german|germans|russian|russians|israeli|israelis|indian|indians|canadian|canadians|australian|australians|european|europeans"),
    Rule(FW, r"\b(?:our|this)\s+(?:great|glorious|beloved|proud|sacred|blessed|noble|mighty)\s+"
         r"(?:nation|country|land|people|republic|motherland|fatherland|homeland|flag)\b", 0.75,
         "'{text}' appeals to national pride.", cues="great|glorious|beloved|proud|sacred|blessed|noble|mighty"),
    Rule(FW, rf"\b(?:un{D}?American|unpatriotic|anti{D}patriotic)\b", 0.6,
         "'{text}' questions patriotism instead of arguing the point.",
         cues="unamerican|un-american|unpatriotic|anti-patriotic"),
    Rule(FW, r"\b(?:defend|protect|save|restore|take\s+back)\s+(?:our|the)\s+(?:nation|country|"
         r"homeland|motherland|fatherland|sovereignty|way\s+of\s+life|values|heritage|flag)\b", 0.55,
         "'{text}' frames a policy as defence of the nation.", cues="defend|protect|save|restore|take back"),
    Rule(FW, r"\b(?:national\s+pride|patriotic\s+duty|love\s+(?:of|for)\s+(?:our\s+)?(?:country|"
         r"nation|motherland|fatherland))\b", 0.6, "'{text}' appeals to patriotism.", cues="pride|duty|love"),
    Rule(FW, r"\b(?:our|the)\s+(?:brave|heroic|valiant|courageous)\s+(?:men\s+and\s+women|soldiers|"
         r"troops|heroes|boys|servicemen|fighters)\b", 0.6,
         "'{text}' invokes pride in the nation's fighters.", cues="brave|heroic|valiant|courageous"),
    Rule(FW, r"\b(?:the|our)\s+(?:great|proud|brave|heroic|noble|glorious|mighty|valiant|resilient|indomitable|"
         r"heroic)\s+(?:[A-Z][\w’'-]+\s+)?(?:people|nation|motherland|homeland|fatherland)\b", 0.7,
         "'{text}' appeals to national pride.", cues="people|nation|motherland|homeland|fatherland",
         window=(50, 5)),
    Rule(FW, r"\bevery\s+(?:[A-Z][\w’'-]+|patriotic|loyal|true)\s+heart\b", 0.65,
         "'{text}' claims a whole nation's feelings to stir pride.", cues="heart", window=(30, 5)),
    Rule(FW, r"\b(?:the|our)\s+(?:[A-Z][\w’'-]+\s+)?(?:nation|people|country)\s+(?:has|have)\s+(?:always\s+)?"
         r"stood\s+(?:tall|firm|strong|united)\b", 0.65, "'{text}' appeals to national pride.",
         cues="stood", window=(50, 20)),
    # Slogans.
    Rule(SL, r"\b(?i:death|glory|victory|power|freedom)\s+to\s+(?:the\s+)?[A-Z][\w’'-]*", 0.8,
         "'{text}' is a chant-like slogan.", case_sensitive=True, cues="death|glory|victory|power|freedom"),
    Rule(SL, r"(?<![\w-])(?:[Dd]own\s+with|[Ll]ong\s+live)\s+(?:the\s+)?[\w’'-]+", 0.8,
         "'{text}' is a chant-like slogan.", case_sensitive=True, cues="down|live"),
    Rule(SL, r"\b(?:lock\s+(?:her|him|them)\s+up|build\s+the\s+wall|drain\s+the\s+swamp|make\s+\w+\s+"
         r"great\s+again|yes\s+we\s+can|no\s+justice,?\s+no\s+peace|enough\s+is\s+enough|hands\s+off\s+"
         r"\w+|not\s+in\s+my\s+name|stop\s+the\s+steal|take\s+back\s+control|workers\s+of\s+the\s+world,?"
         r"\s+unite|from\s+the\s+river\s+to\s+the\s+sea|God\s+bless\s+America|America\s+first)\b", 0.75,
         "'{text}' is a political slogan.",
         cues="lock|wall|swamp|again|yes|justice|enough|hands|name|steal|control|unite|river|bless|america"),
    Rule(SL, rf"(?<![\w-]){_NAME}\s+must\s+(?:go|fall)\b", 0.6,
         "'{text}' is a slogan demanding someone's removal.", case_sensitive=True, cues="must"),
    Rule(SL, r"[A-Z][A-Z](?<![\w’'][A-Z][A-Z])[A-Z’'-]*(?:[ ,]+[A-Z][A-Z’'-]*){1,8}!", 0.55,
         "'{text}' is a shouted, slogan-like phrase.", case_sensitive=True, cues=""),
    # Slogan shapes: possessive parallels ("Our city, our lives."), rights claims ("Housing
    # is a human right", "X is not for sale."), "No more X.", "X saves lives", "X will
    # triumph!", "People before profit", and runs of short rally-call imperatives.
    Rule(SL, r"\b(?:Our|Your|My)\s+[\w’'-]+(?:,\s+(?:our|your|my)\s+[\w’'-]+){1,3}[.!]", 0.65,
         "'{text}' is a chant-like slogan built on repetition.", case_sensitive=True,
         cues="our|your|my", window=(60, 60)),
    Rule(SL, r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s+(?:is|are)\s+(?:a\s+(?:basic\s+|human\s+)?right|"
         r"not\s+for\s+sale|not\s+a\s+crime)(?:,\s+not\s+a\s+[\w’'-]+)?(?=[.!])", 0.65,
         "'{text}' is a slogan: a claim stated as a rallying cry, not argued.", case_sensitive=True,
         cues="right|sale|crime", window=(60, 30)),
    Rule(SL, r"(?:(?<=^)|(?<=[.!?\n“\"]\s)|(?<=\n)|(?<=[“\"]))"
         r"No\s+more\s+(?!than\b)[\w’'-]+(?:\s+[\w’'-]+){0,3}[.!]", 0.6,
         "'{text}' is a slogan-like demand.", case_sensitive=True, cues="more", window=(4, 50)),
    Rule(SL, r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=[“\"]))(?!(?:The|A|An|It|This|That|He|She|They|Heat|Cancer)\b)"
         r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}\s+"
         r"(?:saves\s+lives|kills|costs\s+lives)[.!]", 0.6,
         "'{text}' is a slogan: a cause and effect stated as a chant.", case_sensitive=True,
         cues="lives|kills", window=(50, 8)),
    Rule(SL, r"\b[A-Z][\w’'-]*(?:[\s-]+[\w’'-]+){0,3}\s+will\s+(?:triumph|prevail|win|never\s+(?:surrender|die|"
         r"be\s+defeated|be\s+silenced|give\s+up))!", 0.7, "'{text}' is a rallying slogan.",
         case_sensitive=True, cues="triumph|prevail|win|surrender|die|defeated|silenced|up", window=(60, 20)),
    Rule(SL, r"\b[A-Z][a-z]+\s+(?:before|over|not)\s+(?:profits?|greed|politics|party|power)\b", 0.6,
         "'{text}' is a slogan that sets one value against another.", case_sensitive=True,
         cues="profit|profits|greed|politics|party|power", window=(25, 10)),
    Rule(SL, r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:(?:Stand|Show|Vote|Fight|Join|Rise|Resist|Protect|Save|Defend|"
         r"Stop|Speak|Act|Sign|Demand|Keep|Hold|Reclaim|March|Organi[sz]e|Unite|Wake|Share|Support|Boycott|"
         r"Pray|Take|Tax|Expand|Let|Shut|Fund|Ban|Free|End|Abolish|Defund|Cancel|Scrap|Bring)\b"
         r"[^.!?\n]{0,25}[.!]\s+){1,3}(?:Stand|Show|Vote|Fight|Join|Rise|Resist|Protect|Save|"
         r"Defend|Stop|Speak|Act|Sign|Demand|Keep|Hold|Reclaim|March|Organi[sz]e|Unite|Wake|Share|Support|"
         r"Boycott|Pray|Take|Tax|Expand|Let|Shut|Fund|Ban|Free|End|Abolish|Defund|Cancel|Scrap|Bring)\b"
         r"[^.!?\n]{0,25}[.!]", 0.6,
         "'{text}' is a string of rally calls.", case_sensitive=True,
         cues="stand|show|vote|fight|join|rise|resist|protect|save|defend|stop|speak|act|sign|demand|keep|"
         "hold|reclaim|march|organise|organize|unite|wake|share|support|boycott|pray|take|tax|expand|let|shut|fund|"
         "ban|free|end|abolish|defund|cancel|scrap|bring", window=(120, 120)),
    Rule(SL, r"(?:(?<=\n)|(?<=^))(?:Stand|Fight|Join|Rise|Resist|Protect|Save|Defend|Stop|Reclaim|Unite|Wake\s+up|"
         r"Take\s+back|Say\s+no|Vote\s+no|Vote\s+yes|Vote\s+with|Tax|Expand|Let|Shut|Fund|Ban|Free|End|"
         r"Abolish|Defund|Cancel|Scrap|Keep|Don[’']t)\b[^.!?\n]{0,30}[.!]?(?=\s*(?:\n|$))", 0.55,
         "'{text}' is a closing rally call.", case_sensitive=True,
         cues="stand|fight|join|rise|resist|protect|save|defend|stop|reclaim|unite|wake|take|say|vote|tax|expand|"
         "let|shut|fund|ban|free|end|abolish|defund|cancel|scrap|keep|don't|don’t",
         window=(40, 40)),
    Rule(CO, rf"\bCoincidence\?\s+(?:We|I)\s+(?:don{A}t|do\s+not)\s+think\s+so\b", 0.7,
         "'{text}' implies a cause without showing it.", case_sensitive=True, cues="coincidence"),
    # Causal oversimplification.
    Rule(CO, r"\b(?:the\s+)?(?:sole|only|real|true|single|one)\s+(?:cause|reason|culprit|source)\s+"
         r"(?:of|for|behind|why)\b", 0.5, "'{text}' reduces a complex issue to one cause.",
         cues="cause|reason|culprit|source"),
    Rule(CO, r"\b(?:all|solely|entirely|purely|simply|only)\s+(?:because\s+of|due\s+to|thanks\s+to|"
         r"the\s+fault\s+of)\b", 0.55, "'{text}' blames a single cause.", cues="because|due|thanks|fault"),
    Rule(CO, rf"\bit(?:{A}s|\s+is|\s+was)\s+all\s+(?:because|thanks\s+to|due\s+to|(?:[\w’']+\s+)?fault)\b",
         0.65, "'{text}' puts everything down to a single cause.", cues="because|thanks|due|fault"),
    Rule(CO, r"\b(?:is|are)\s+(?:to\s+blame|responsible)\s+for\s+(?:all|everything|every)\b", 0.55,
         "'{text}' assigns all blame to one actor.", cues="blame|responsible"),
    Rule(CO, r"\bthe\s+(?:reason|answer|explanation)\s+(?:is|was)\s+simple\b", 0.55,
         "'{text}' presents a simple cause for a complex issue.", cues="simple"),
    # Appeal to authority.
    Rule(AU, r"\b(?:all\s+)?(?:experts|scientists|doctors|economists|historians|researchers)\s+"
         r"(?:all\s+|unanimously\s+)?(?:agree|have\s+(?:proven|proved)|are\s+unanimous)\b", 0.55,
         "'{text}' rests the claim on unnamed authorities rather than evidence.", cues="agree|proven|proved|unanimous"),
    Rule(AU, r"\b(?:studies|science|research)\s+(?:shows?|proves?|has\s+(?:shown|proven|proved)|tells\s+us)\b",
         0.45, "'{text}' invokes research without citing it.", cues="shows|show|proves|prove|shown|tells"),
    Rule(AU, rf"\b(?:renowned|respected|eminent|world{D}renowned|world{D}famous|distinguished|esteemed|"
         r"famous|highly\s+respected)\s+(?:[\w-]+\s+)?(?:experts?|scientists?|professors?|economists?|"
         r"analysts?|historians?|authorit(?:y|ies)|scholars?|doctors?|journalists?|researchers?)\b", 0.5,
         "'{text}' leans on the speaker's prestige.",
         cues="renowned|respected|eminent|world-renowned|world-famous|distinguished|esteemed|famous"),
    Rule(AU, r"\b[Aa]s\s+(?:the\s+)?(?:great\s+|late\s+)?(?:[A-Z][\w.’'-]+\s+){1,4}(?:(?:of|at)\s+[^,.;\n]{1,50}?\s+)?"
         r"(?:itself\s+|himself\s+|herself\s+|themselves\s+)?(?:once\s+|famously\s+|rightly\s+|wisely\s+)?"
         r"(?:has\s+|have\s+)?(?:said|wrote|taught|noted|observed|warned|pointed\s+out|reminded\s+us|argued|shown|"
         r"confirmed|acknowledged|put\s+it|told\s+us|explained)\b", 0.5,
         "'{text}' invokes a famous name to settle the point.", case_sensitive=True,
         cues="said|wrote|taught|noted|observed|put|reminded|warned|pointed|argued|shown|confirmed|acknowledged|told|"
         "explained", window=(130, 12)),
    Rule(AU, r"\bno\s+less\s+(?:than\s+)?(?:an?\s+)?(?:authority|expert|figure)\b", 0.6,
         "'{text}' appeals to authority.", cues="less"),
    Rule(AU, r"\bwhen\s+(?:a|an|someone|somebody|the|people)\s+[^.?!\n]{1,50}?\s+(?:says|speaks|talks|tells\s+you)"
         r"[^.?!\n]{0,20}?,\s+(?:you\s+listen|the\s+debate\s+is\s+over|case\s+closed|that\s+settles\s+it)\b", 0.7,
         "'{text}' asks you to accept a claim because of who made it.", cues="listen|over|closed|settles",
         window=(110, 10)),
    Rule(AU, r"\b(?:Scripture|the\s+Bible|the\s+Koran|the\s+Quran|God['’]s\s+word|the\s+Constitution|the\s+science|"
         r"history)\s+is\s+(?:clear|unambiguous|crystal\s+clear)\b", 0.6,
         "'{text}' settles a contested point by appeal to an authority.", cues="clear|unambiguous", window=(30, 5)),
    # Black-and-white fallacy.
    Rule(BW, rf"\b(?:(?:either\s+)?(?:you{A}re|you\s+are|we\s+are|we{A}re)\s+(?:either\s+)?)?with\s+us\s+"
         rf"or\s+(?:you{A}re\s+|you\s+are\s+)?against\s+us\b", 0.85,
         "'{text}' allows only two sides.", cues="against"),
    Rule(BW, r"\bthere\s+(?:is|are)\s+(?:only|just)\s+(?:two|2)\s+(?:options|choices|ways|sides|"
         r"possibilities|alternatives|kinds|types)\b", 0.75, "'{text}' presents a false choice.", cues="two"),
    Rule(BW, r"\b(?:there\s+is\s+)?no\s+(?:middle\s+ground|third\s+way|other\s+(?:option|choice|"
         r"alternative))\b|\bthere\s+is\s+no\s+alternative\b", 0.6,
         "'{text}' denies that other options exist.", cues="ground|third|alternative|option|choice"),
    Rule(BW, r"\beither\s+(?:you|we|they)\s+[^.?!;\n]{1,60}?\bor\s+(?:you|we|they)\b", 0.55,
         "'{text}' frames the issue as a choice between two options only.", cues="either"),
    Rule(BW, rf"\b(?:you|we|they)(?:\s+are|{A}re)\s+either\s+(?:with|on|for|against|part)\b[^.?!;\n]{{1,80}}?\bor\b"
         r"[^.?!;\n]{1,60}", 0.7, "'{text}' allows only two sides.", cues="either", window=(15, 160)),
    Rule(BW, r"\b(?:standing\s+still|doing\s+nothing|inaction|the\s+status\s+quo|waiting)\s+is\s+(?:not\s+an\s+option|"
         r"no\s+longer\s+an\s+option)\b", 0.6, "'{text}' presents one course as the only alternative to failure.",
         cues="option", window=(40, 5)),
    # Thought-terminating clichés.
    Rule(TT, rf"\b(?:it\s+is\s+what\s+it\s+is|end\s+of\s+(?:story|discussion|debate)|that{A}s\s+all\s+there"
         rf"\s+is\s+to\s+it|enough\s+said|nothing\s+to\s+see\s+here|the\s+facts\s+speak\s+for\s+themselves|"
         r"everything\s+happens\s+for\s+a\s+reason|boys\s+will\s+be\s+boys|plain\s+and\s+simple|simple\s+"
         rf"as\s+that|that{A}s\s+just\s+the\s+way\s+it\s+is|the\s+science\s+is\s+settled|don{A}t\s+"
         r"overthink\s+it|it\s+is\s+what\s+it\s+is)\b", 0.7, "'{text}' is a cliché that shuts down thought.",
         cues="story|discussion|debate|enough|see here|themselves|reason|boys|simple|settled|overthink|what|way"),
    Rule(TT, rf"\b(?:needless\s+to\s+say|it\s+goes\s+without\s+saying|let{A}s\s+(?:be\s+honest|face\s+it)|"
         rf"(?:it{A}s|is)\s+(?:just\s+)?common\s+sense|so\s+be\s+it)\b", 0.45,
         "'{text}' presents a claim as beyond discussion.", cues="needless|saying|honest|face|sense"),
    Rule(TT, r"(?<=[.!] )Period[.!]", 0.6, "'{text}' closes the point without argument.",
         case_sensitive=True, cues="period"),
    Rule(TT, rf"\b(?:history|the\s+numbers|numbers|the\s+facts|facts|the\s+data|data)\s+"
         rf"(?:don{A}t|doesn{A}t|do\s+not|does\s+not|"
         r"never)\s+lies?\b|\bEnd\s+of\.(?=\s|$)", 0.6, "'{text}' closes the argument without making it.",
         cues="lie|lies|end", window=(25, 5)),
    # Whataboutism, straw men, red herrings.
    Rule(WH, r"\b(?:but\s+)?what\s+about\s+[^.?!\n]{1,60}\?", 0.6,
         "'{text}' deflects by pointing at someone else's conduct.", cues="about"),
    Rule(WH, r"\bwhere\s+(?:was|were)\s+(?:the\s+|these\s+|those\s+|all\s+(?:the|these|those)\s+)?"
         r"(?:outrage|media|critics|"
         r"protests?|\w+)\s+when\b", 0.7, "'{text}' deflects with a charge of hypocrisy.", cues="where"),
    Rule(WH, r"\b(?:double\s+standards?|hypocrisy\s+of)\b", 0.5,
         "'{text}' answers a charge with a charge of hypocrisy.", cues="double|hypocrisy"),
    Rule(WH, r"\bthe\s+(?:very\s+)?same\s+(?:people|media|politicians|critics|folks|journalists)\s+who\b", 0.55,
         "'{text}' attacks the critics' consistency rather than the argument.", cues="same"),
    Rule(WH, rf"\bwhy\s+(?:don{A}t|didn{A}t|doesn{A}t|won{A}t)\s+(?:they|you|the\s+media|the\s+\w+)\s+"
         r"(?:talk\s+about|mention|report\s+on|cover|condemn)\b", 0.6,
         "'{text}' changes the subject to what others ignore.", cues="why"),
    Rule(WH, r"\bwould\s+(?:have|like)\s+(?:you|us)\s+(?:to\s+)?believe\b", 0.6,
         "'{text}' attributes a position to opponents (a possible straw man).", cues="believe"),
    # Bandwagon and reductio ad hitlerum.
    Rule(BH, r"\b(?:everyone|everybody)\s+(?:knows|agrees|understands|can\s+see)\b", 0.7,
         "'{text}' claims universal agreement instead of evidence.", cues="everyone|everybody"),
    Rule(BH, rf"\b(?:all|most)\s+(?:sensible|right{D}thinking|reasonable|decent|thinking|normal|"
         r"intelligent)\s+(?:people|Americans|citizens|folks|men|women)\b", 0.6,
         "'{text}' implies anyone who disagrees is not sensible.",
         cues="sensible|right-thinking|reasonable|decent|thinking|normal|intelligent"),
    Rule(BH, r"\b(?:the|our)\s+movement\s+is\s+(?:growing|unstoppable|spreading)\b|\beveryone\s+else\s+(?:is|gets|has|"
         r"already)\b", 0.6, "'{text}' urges you to follow the crowd.", cues="movement|else", window=(20, 20)),
    Rule(BH, r"\b(?:over|more\s+than|already)\s+[\d,.]+\s*(?:million\s+|thousand\s+)?"
         r"(?:people|members|parents|citizens|"
         r"supporters|voters|residents|signatures|patriots|families)\s+(?:have\s+)?(?:already\s+)?(?:signed|joined|"
         r"taken\s+action|backed|pledged|said\s+no|stood\s+up)\b", 0.55,
         "'{text}' cites numbers to make you join in rather than to prove the point.",
         cues="signed|joined|action|backed|pledged|no|up", window=(60, 10)),
    Rule(BH, r"\b(?:the\s+)?(?:whole|entire)\s+world\s+(?:knows|agrees|is\s+watching|condemns)\b", 0.6,
         "'{text}' claims universal agreement.", cues="world"),
    Rule(BH, r"\b(?:no\s+one|nobody)\s+(?:seriously\s+|really\s+|honestly\s+)?(?:believes|doubts|"
         r"disputes|denies|questions)\b", 0.55, "'{text}' claims no one disagrees.",
         cues="believes|doubts|disputes|denies|questions"),
    Rule(BH, r"\b(?:join\s+the\s+(?:millions|thousands|majority)|more\s+and\s+more\s+people\s+(?:are\s+)?"
         r"(?:realizing|realising|agree|waking\s+up))\b", 0.6, "'{text}' invites joining the crowd.",
         cues="join|realizing|realising|waking"),
    Rule(BH, r"\b(?:(?:just|exactly)\s+)?like\s+(?:Hitler|the\s+Nazis|Nazi\s+Germany|Stalin|Mussolini|"
         r"Pol\s+Pot|the\s+Gestapo|the\s+Third\s+Reich|Goebbels)\b", 0.75,
         "'{text}' discredits by comparison with Nazis or dictators.",
         cues="hitler|nazis|nazi|stalin|mussolini|pol pot|gestapo|reich|goebbels"),
    Rule(BH, r"\b(?:worse\s+than|reminiscent\s+of|echoes\s+of|straight\s+out\s+of|a\s+page\s+from|a\s+"
         r"modern[\s-]day|the\s+new)\s+(?:the\s+)?(?:Hitler|Nazis?|Nazi\s+Germany|Stalin|Gestapo|Third\s+"
         rf"Reich|Stasi|Goebbels|Mussolini|Pol\s+Pot)(?:{A}s?\s+(?:playbook|tactics))?", 0.75,
         "'{text}' discredits by comparison with Nazis or dictators.",
         cues="hitler|nazis|nazi|stalin|mussolini|pol pot|gestapo|reich|goebbels|stasi"),
    Rule(BH, rf"\b(?:Hitler|Nazi|Gestapo|Stasi|Goebbels)(?:{D}style|{D}like|esque|\s+tactics)\b|"
         r"\b(?:Hitlerian|Goebbelsian)\b", 0.7,
         "'{text}' discredits by association with the Nazis.",
         cues="hitler|nazi|gestapo|stasi|goebbels|hitlerian|goebbelsian"),
)


@cache
def all_rules() -> tuple[Rule, ...]:
    """``RULES``, the figures of speech of ``figures`` and the argumentative moves of ``rhetoric``."""
    from slant.framing.figures import FIGURE_RULES
    from slant.framing.rhetoric import RHETORIC_RULES

    return RULES + FIGURE_RULES + RHETORIC_RULES


@cache
def compiled_rules() -> tuple[tuple[re.Pattern[str], Rule], ...]:
    """Every rule with its compiled regex (compiled once, on first use)."""
    return tuple(
        (re.compile(rule.pattern, 0 if rule.case_sensitive else re.IGNORECASE), rule)
        for rule in all_rules()
    )


@cache
def cue_index() -> dict[str, tuple[int, ...]]:
    """Cue word (normalized) -> indexes into ``compiled_rules()`` of rules it triggers."""
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(all_rules()):
        for cue in filter(None, rule.cues.split("|")):
            index.setdefault(cue.lower(), []).append(i)
    return {cue: tuple(ids) for cue, ids in index.items()}
