"""Phrase patterns for name calling and loaded language.

Labels pinned to a name ("Kremlin stooge", "NATO masters"), mocking group nouns, lobbies and
agendas cast as plots, wing labels on scornful nouns, idioms with a slot ("bleeding this
hospital dry") and scare quotes (a label in quotes is name calling; any other quoted word,
doubt). Single loaded words and fixed phrases live in the word lists of ``data/``; these
rules catch what a list cannot.
"""

from __future__ import annotations

import re

from slant.framing.patterns import DB, LL, NAME, NC, A, D, Rule, previous_word

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
        "old", "daily", "weekly", "monthly", "medication", "dosage", "fiscal", "pension", "benefits",
        "welfare", "customs", "patent", "export", "import", "safeguards", "compliance", "reporting",
        "disclosure", "emissions", "permit", "quota", "planning", "insolvency"
    ]
)
_REPORTED = frozenset(
    [
        "said", "says", "say", "called", "calls", "calling", "dubbed", "termed", "term", "word",
        "words", "named", "labelled", "labeled", "as", "described", "describes", "describing",
        "described", "wrote", "writes", "titled", "entitled", "headlined", "the-word", "phrase",
        "motto", "slogan", "tagged", "nicknamed", "told", "telling",
        # a rating or grade quoted from a scale: 'rating from "fair" to "poor"', 'classified at "alarm"'
        "rating", "rated", "classified", "graded", "grade", "category",
    ]
)


# Capitalised at a sentence's start but no name: "Good butchers sell ...", "Local criminals ...".
_ORDINARY_OPENERS = frozenset(
    "good local independent small family master skilled traditional many some most other few several all both "
    "two three convicted suspected alleged".split()
)


def _technical_regime(text: str, m: re.Match[str]) -> bool:
    """A rule set rather than a government: "the sanctions regime", "the Section 110 regime"."""
    word = previous_word(text, m.start())
    return word in _TECHNICAL_REGIME or word.isdigit()


def _reported_quote(text: str, m: re.Match[str]) -> bool:
    """Quoted words shortly after "called", "said", "the term" are quotation, not doubt."""
    recent = text[max(0, m.start() - 80) : m.start()].split()[-6:]
    return any(w.lower().strip("\"“”‘’'(,:") in _REPORTED for w in recent)


_SCARE_QUOTE = (r"[“\"‘](?<=[\s(\[][“\"‘])"
                r"(?:(?<=“)[A-Za-z][\w’'-]{2,}”|(?<=\")[A-Za-z][\w’'-]{2,}\"|(?<=‘)[A-Za-z][\w’'-]{2,}’)"
                r"(?=[\s,.;:!?)\]])")
_PEOPLE_ENDINGS = ("ists", "ers", "ians", "ans", "ives", "ates", "ics", "eers", "ites", "people", "folks",
                   "experts", "leaders", "friends", "heroes", "patriots", "elites", "men", "women")


# Fields and abstractions that end like a plural of people ("critics", "medics").
_FIELDS_IN_ICS = frozenset(
    "politics economics ethics optics logistics statistics tactics dynamics physics genetics graphics "
    "analytics metrics topics basics classics lyrics mathematics aesthetics athletics semantics".split()
)


_RATING_AFTER = re.compile(r"\s+(?:rating|ratings|recommendation|grade|status|alert|warning|level|phase)\b")


def _quotation(text: str, m: re.Match[str]) -> bool:
    """A quoted name or title ("‘Hardball’"), a word quoted after "said", "called", or a rating ("a “buy” rating")."""
    return m.group()[1:2].isupper() or _reported_quote(text, m) or _RATING_AFTER.match(text, m.end()) is not None


def _people_word(quoted: str) -> bool:
    """Whether a quoted word names people: a plural person noun or a lexicon label."""
    from slant.framing.lexicon import LABEL, entries, normalize

    word = normalize(quoted.strip("\"“”‘’'"))
    entry = entries().get(word)
    if entry is not None and entry.kind == LABEL:
        return True
    return word.endswith(_PEOPLE_ENDINGS) and word not in _FIELDS_IN_ICS


LABEL_RULES: tuple[Rule, ...] = (
    # Name calling: servile labels pinned to a name ("Kremlin stooge", "puppet of Tehran").
    Rule(NC, rf"(?<![\w-]){NAME}(?:\s+{NAME})?(?:{A}s)?\s+{_SERVILE}(?![\w-])", 0.85,
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
    Rule(NC, rf"(?<![\w-])(?:{NAME}\s+){{1,2}}regimes?(?![\w-])(?!\s+change)", 0.7,
         "'{text}': 'regime' labels a government as illegitimate; neutral: 'government'.",
         case_sensitive=True, cues="regime|regimes"),
    Rule(NC, rf"(?<![\w-])(?:{NAME}\s+){{1,2}}(?:junta|clique|cabal|gang|mafia|lobby)s?(?![\w-])"
         r"(?!\s+(?:groups?|firms?|days?|registers?))", 0.65,
         "'{text}' labels a government or group as a criminal band; neutral: 'government'.",
         case_sensitive=True, cues="junta|juntas|clique|cliques|cabal|cabals|gang|gangs|mafia|mafias|lobby"),
    # A country pictured as a predator ("the Communist dragon", "the Russian bear").
    Rule(NC, r"\b[Tt]he\s+(?:Communist|Chinese|Red|Russian|Soviet|Kremlin|Beijing|Moscow)\s+(?:dragon|bear)\b", 0.6,
         "'{text}' pictures a country as a predator instead of naming its government.", case_sensitive=True,
         cues="dragon|bear", window=(30, 1)),
    # A name or origin pinned to a word of command or crime labels a whole group
    # ("NATO masters", "Washington paymasters", "Daesh butchers").
    Rule(NC, rf"(?<![\w-])(?:{NAME}\s+(?:and|or|&)\s+)?"
         rf"(?:{NAME}|(?i:foreign|western|imperial|colonial|globalist|zionist|overseas))\s+"
         # an intelligence service's handlers run informants: the job, not a label
         r"(?:masters|overlords|paymasters|(?<!FBI )(?<!CIA )(?<!MI5 )(?<!MI6 )(?<!KGB )(?<!FSB )(?<!NSA )handlers|"
         r"patrons|puppeteers|bosses|sponsors)(?![\w-])", 0.75,
         "'{text}' casts one side as the master of another instead of naming the relationship.",
         case_sensitive=True, cues="masters|overlords|paymasters|handlers|patrons|puppeteers|bosses|sponsors"),
    Rule(NC, rf"(?<![\w-]){NAME}\s+(?:killers|butchers|murderers|gangsters|bandits|mercenaries|"
         r"thugs|savages|barbarians|criminals|invaders|occupiers|fanatics|hordes)(?![\w-])", 0.7,
         "'{text}' labels a whole group by crimes instead of naming who did what.",
         case_sensitive=True, veto=lambda text, m: m.group().split()[0].lower() in _ORDINARY_OPENERS,
         cues="killers|butchers|murderers|gangsters|bandits|mercenaries|thugs|savages|barbarians|criminals|invaders|occupiers|fanatics|hordes"),
    # A designation pinned to a name or a "-backed"/"-financed" compound brands the whole
    # group ("Hezbollah terrorists", "Saudi-financed jihadists", "separatist terrorists");
    # alone these words are often the plain designation, so they are not in the label list.
    Rule(NC, rf"(?<![\w-])(?:{NAME}|[A-Za-z]+{D}(?:backed|financed|funded|sponsored|supported|armed|trained|"
         r"inspired|loving)|(?:separatist|secessionist|leftist|left-wing|right-wing|far-left|far-right|Marxist|"
         r"Maoist|communist|anarchist|Islamist|nationalist|eco|climate|narco|domestic))\s+(?:terrorists|jihadists|"
         r"jihadis|fundamentalists|extremists|zealots|radicals|fanatics|infiltrators)(?![\w-])", 0.6,
         "'{text}' labels a whole group with a designation instead of naming who did what.",
         case_sensitive=True,
         cues="terrorists|jihadists|jihadis|fundamentalists|extremists|zealots|radicals|fanatics|infiltrators"),
    # Mocking group nouns after a lowercase modifier ("the blue-haired brigade", "the tofu
    # brigade"); a capitalised "Brigade" is a military unit and is left alone.
    Rule(NC, r"(?:(?<=[Tt]he )|(?<=[Tt]his )|(?<=[Tt]hat )|(?<=[Aa] )|(?<=[Aa]n )|(?<=whole )|(?<=entire )|"
         r"(?<=her )|(?<=his )|(?<=their ))"
         r"(?!(?:fire|bucket|rescue|armou?red|tank|"
         r"infantry|cavalry|artillery|marine|airborne|motorized|mechani[sz]ed|international)\b)"
         r"([a-z][\w’'-]*\s+){0,1}[a-z][\w’'-]*\s+brigades?(?![\w-])", 0.6,
         "'{text}' mocks people as a faceless band instead of naming them.", case_sensitive=True,
         cues="brigade|brigades"),
    # A place made into a social circle: "the Makati elite", "the Brussels set". Not a unit or
    # a grade ("the Delta elite forces", "the Davis Cup elite level"), and not an elite named
    # by its faith or people ("the Sunni elite", "the Russian elite"), which describes.
    # A "set" is people only where people words follow ("the Lego set sold out" is a toy).
    Rule(NC, r"(?<=[Tt]he )(?!(?:Sunni|Shia|Shiite|Alawite|Druze|Kurdish|Christian|Muslim|Jewish|Hindu|Sikh|Catholic|"
         r"Protestant|Orthodox|Buddhist)\b)(?![A-Z][a-z]+(?:ian|ese|ish|an)\b)[A-Z][\w’'-]+(?:’|')?\s+"
         r"(?:elites?\b(?!\s+(?:units?|forces?|troops|squads?|athletes?|schools?|universit\w+|colleges?|clubs?|teams?|"
         r"players?|level|status|runners?|soldiers?|police|guard|division|regiment|commandos?|sport|performance)\b)|"
         r"set(?=[,.;:!?]|\s+(?:who|whose|in|at|with|from|and|will|would|can|could|may|might|must|has|have|are|were|"
         r"never|always|love|loves|hate|hates|think|thinks|want|wants)\b))", 0.6,
         "'{text}' sneers at a social circle instead of naming who did what.", case_sensitive=True,
         cues="elite|elites|set", window=(35, 10)),
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
         "media|scholars|thinkers|minds|professionals|voices|editors|anchors|intellectuals", window=(45, 3)),
    Rule(NC, rf"(?<![\w-])anti{D}[A-Z][\w’'-]*\s+(?:forces|elements|forces\s+abroad|zealots|crusaders|"
         r"fanatics|cranks|mobs?|brigades?|hawks|lobby|cliques?|politicians|lawmakers|media|outlets|"
         r"activists|mafias?)(?![\w-])", 0.7,
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
         r"brained|witted|headed|hearted|sipping|swilling|munching|guzzling|clutching|wielding|plotting|"
         r"digging|hungry|grubbing|gouging)(?![\w-])", 0.6,
         "'{text}' is a compound that condemns while it describes.", grow=1,
         veto=lambda text, m: m.group().lower().startswith(("level-", "even-", "clear-", "cool-", "good-", "well-",
                                                                 "warm-", "kind-", "light-", "whole-", "energy-",
                                                                 "data-", "fuel-", "water-", "battery-", "memory-")),
         cues="wrecking|hating|bashing|busting|grabbing|mongering|peddling|obsessed|crazed|addled|infested|ridden|"
         "soaked|drenched|worshipping|destroying|happy|mouthed|tempered|churning|brained|witted|headed|hearted|"
         "sipping|swilling|munching|guzzling|clutching|wielding|plotting|digging|hungry|grubbing|gouging"),
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
    Rule(NC, r"\b(?:swarm|swarms|horde|hordes|battalion)\s+of\s+(?:highly\s+paid\s+)?"
         r"(?:lobbyists|lawyers|bureaucrats|consultants|spin\s+doctors|activists|trolls|bots|apparatchiks|"
         r"pen-pushers|officials|inspectors)\b|"
         # an army or legion of any people: "her army of stans", "an army of green commissars"
         r"\b(?:army|armies|legion|legions)\s+of\s+(?!occupation\b)(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*s\b", 0.6,
         "'{text}' pictures opponents as an invading mass.", cues="army|armies|legion|legions|swarm|swarms|"
         "horde|hordes|battalion"),
    # "Stealthily approved", "sneakily hiked": an insinuation that something was done in secret.
    # Not "quietly": the tuning sets' annotators passed over 37 of 53 "quietly approved".
    Rule(LL, r"\b(?:stealthily|sneakily|surreptitiously|slyly|silently)\s+(?:[a-z]+ed|slipped|"
         r"snuck|sneaked|buried|dropped|shelved|rewrote|built|signed|made)\b", 0.55,
         "'{text}' insinuates that something was done behind people's backs; say when and how it was "
         "announced.", cues="stealthily|sneakily|surreptitiously|slyly|silently"),
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
    Rule(LL, r"\bprofit(?:s|ed|ing)?\s+(?:from|off)\s+"
         r"(?:(?:the|their|his|her|our|human|people['’]s|other\s+people['’]s)\s+)?"
         r"(?:misery|suffering|pain|deaths?|tragedy|despair|grief)\b", 0.65,
         "'{text}' casts a business as feeding on suffering.", cues="misery|suffering|pain|death|deaths|tragedy|"
         "despair|grief", window=(50, 5)),
    # Political-wing labels on a scornful noun ("left-liberal outlets", "right-wing billionaires").
    Rule(NC, rf"\b(?:(?:far|hard|ultra|extreme){D}(?:left|right)(?:{D}wing)?|(?:left|right){D}(?:wing|liberal)|leftist|"
         rf"rightist)\s+(?:billionaires|outlets|rags?|"
         r"media|mobs?|elites?|supermajority|cronies|hacks|brigade|crowd|establishment|propagandists|zealots|"
         r"ideologues|loons|nutjobs|cranks|fanatics|extremists|firebrands|agitators|think\s+tanks|think-tanks)\b", 0.6,
         "'{text}' dismisses people by their politics instead of answering them.",
         cues="billionaires|outlets|rag|rags|media|mob|mobs|elite|elites|supermajority|cronies|hacks|brigade|crowd|"
         "establishment|propagandists|zealots|ideologues|loons|nutjobs|cranks|fanatics|extremists|firebrands|agitators|"
         "tanks", window=(25, 5)),
    Rule(LL, r"\bnever\s+met\s+an?\s+(?:[\w’'-]+\s+){1,3}(?:he|she|they|it|we|I)\s+(?:didn['’]t|did\s+not)\s+like\b",
         0.6, "'{text}' mocks someone as uncritically embracing anything of a kind.", cues="like", window=(70, 5)),
    Rule(LL, r"\b(?:cold\s+war|zero-sum|colonial|imperial|bloc)\s+(?:mentality|thinking|mindset)\b", 0.6,
         "'{text}' dismisses a position as an outdated mindset instead of answering it.",
         cues="mentality|thinking|mindset"),
    Rule(NC, r"\benem(?:y|ies)\s+of\s+the\s+(?:people|state|nation|revolution|homeland|motherland|fatherland|"
         r"republic)\b", 0.8,
         "'{text}' brands opponents as enemies of everyone.", cues="enemy|enemies"),
    # A self-styled title: "a self-confessed Marxist", "the self-styled godfather of Italian cooking".
    Rule(NC, r"\b[Ss]elf-(?:confessed|declared|described|styled|proclaimed|appointed|anointed)\s+(?:[a-z][\w-]+\s+)?"
         r"[A-Za-z][\w-]+(?:\s+of\s+(?:the\s+)?[A-Z]?[a-z][\w-]+)?", 0.55,
         "'{text}' mocks a title someone gave themselves.", case_sensitive=True,
         cues="self-confessed|self-declared|self-described|self-styled|self-proclaimed|self-appointed|self-anointed",
         window=(3, 50)),
    # A cosy club or deal: closeness cast as collusion ("a cosy clique of lawyers", "cosy as ever
    # with the lobby"), not a cosy cottage.
    Rule(LL, r"\bcosy\s+(?:little\s+|old\s+)?(?:[A-Z][\w-]+\s+)?(?:club|clique|cartel|consensus|relationships?|"
         r"arrangements?|deals?|chats?|rounds?|establishment|access|elite|network|cabal|circle|world|trust|meetings?|"
         r"stitch-up|carve-up)\b|\bcosy\s+(?:as\s+ever\s+)?with\b", 0.55,
         "'{text}' casts closeness as collusion.", cues="cosy", window=(5, 40)),
    # Soaked or shot through with a vice: "a statement dripping with corporate mush", "riddled
    # with loopholes"; not sweat, rain or bullets.
    Rule(LL, r"\b(?:dripping|riddled)\s+with\s+(?!sweat|blood|water|rain|oil|paint|bullets?|holes|shrapnel|cancer)"
         r"(?:the\s+usual\s+)?[a-z][\w-]+", 0.5, "'{text}' soaks a thing in contempt instead of describing it.",
         cues="dripping|riddled", window=(3, 40)),
    # A policy called theft ("That's theft.", "We call it wage theft", "theft with a letterhead"),
    # not a reported crime ("calls for assault, theft and arson").
    Rule(LL, r"(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=’s\s)|(?<='s\s)|(?<=\bit\s)|(?<=\bcalled\s)|(?<=\bsimply\s)|"
         r"(?<=\bjust\s)|(?<=\bplain\s)|(?<=:\s))(?:(?:legali[sz]ed|wage|colonial|daylight|state-sanctioned)\s+)?"
         r"theft\b(?!\s+of\s+(?:a|an|his|her|their)\b)|\btheft\s+(?:with|in)\s+an?\s+[\w-]+(?:\s+[\w-]+)?", 0.55,
         "'{text}' calls a policy a crime instead of describing it.", cues="theft", window=(30, 30)),
    # A country or council as a doormat: "Britain is not a doormat".
    Rule(LL, r"\b(?:is|be|as|become|becoming|became|treated\s+like)\s+(?:not\s+)?a\s+doormat\b", 0.55,
         "'{text}' pictures a party as trampled on.", cues="doormat", window=(40, 3)),
    Rule(LL, r"\bwol(?:f|ves)\s+in\s+[\w’'-]+\s+clothing\b", 0.6, "'{text}' casts people as hidden predators.",
         cues="clothing", window=(30, 3)),
    # A cheat as a label, after a determiner or "drug(s)" ("a cheat", "drugs cheat"), not the
    # verb ("Iran will cheat") or a gamer's "cheat codes".
    Rule(NC, r"(?:(?<=\ba\s)|(?<=\bthe\s)|(?<=\bthese\s)|(?<=\bare\s)|(?<=\bdrug\s)|(?<=\bdrugs\s)|(?<=’s\s)|"
         r"(?<='s\s))(?<!once\sa\s)(?<!always\sa\s)cheats?\b"
         r"(?![\w-]|\s+(?:sheets?|codes?|days?|meals?|modes?|configs?|software|tools?))", 0.6,
         "'{text}' is a label that brands people instead of describing them.", cues="cheat|cheats", window=(10, 20)),
    # Scare quotes: a label in quotes ("experts", "moderates") mocks the people it names; any
    # other word in quotes ("compassion", "reform") casts doubt on it, the technique the
    # tuning sets' annotators gave 59 of 82 such quotes (Loaded_Language 23). Quoted names and
    # titles (capitalised) and quotation after "said", "called" are left alone.
    Rule(NC, _SCARE_QUOTE, 0.5,
         "Scare quotes around {text} mock the people the word names.",
         veto=lambda text, m: _quotation(text, m) or not _people_word(m.group()), cues=""),
    Rule(DB, _SCARE_QUOTE, 0.5,
         "Scare quotes around {text} suggest the word is not to be taken at face value.",
         veto=lambda text, m: _quotation(text, m) or _people_word(m.group()), cues=""),
)
