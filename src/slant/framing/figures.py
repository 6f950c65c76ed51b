"""Phrase patterns for figures of speech and coined labels.

Similes, metaphors of war and violence turned on policies, mock titles and nicknames,
coined group labels ("Big Dental", "the Green New Deal crowd", "the billionaire class"),
flattering labels ("our brave jawans") and dismissals ("the same tired script"). Like
``label_rules``, each rule fires only on wording that makes the figure explicit: a
violent verb needs an abstract or communal object ("destroying our countryside", not
"destroyed three homes"), and a simile needs "like a" after something other than a verb
of wanting or seeming ("I'd like a refund", "it seems like a long process" are left alone).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from slant.framing import lexicon as lx
from slant.framing.patterns import EX, LL, NC, A, D, Rule, previous_word

_PLAIN_LIKE = frozenset(
    [
        "would", "i'd", "we'd", "you'd", "they'd", "he'd", "she'd", "feel", "feels", "felt", "feeling",
        "seem", "seems", "seemed", "sound", "sounds", "sounded", "something", "anything", "nothing",
        "more", "things", "words", "much", "look", "looks", "looked", "looking", "just",
    ]
)


def _plain_like(text: str, m: re.Match[str]) -> bool:
    """'like a' after a verb of wanting or seeming, or in 'more like', is not a simile."""
    return previous_word(text, m.start()) in _PLAIN_LIKE


# Objects a violent verb can only hit figuratively: institutions, abstractions, livelihoods.
_ABSTRACT = (
    r"(?:countryside|economy|democracy|future|jobs|livelihoods?|industry|industries|way\s+of\s+life|"
    r"culture|heritage|freedoms?|liberty|liberties|rights|constitution|careers?|reputations?|hopes|dreams|"
    r"rulebook|treaty|agreement|contract|pensions?|savings|middle\s+class|working\s+class|values|"
    r"traditions?|privacy|trust|competition|small\s+businesses|high\s+streets?|game|sport|"
    r"fishing\s+fleet|farming|farmers|fishermen|communities|community|families|childhood|innocence|"
    r"independence|sovereignty|credibility|free\s+speech|the\s+NHS|NHS|schools?|workers|union|rules?|"
    r"protections|safeguards|standards|wages|welfare|public\s+services|planet|climate|debates?|discourse|"
    r"promise|progress)"
)
_COMMUNAL = r"(?:town|towns|city|cities|neighbou?rhoods?|village|villages|country|nation|island|coast|club|party)"
_VIOLENT_VERBS = (
    "destroy", "destroys", "destroyed", "destroying", "flatten", "flattens", "flattened", "flattening", "gut",
    "guts", "gutted", "gutting", "shred", "shreds", "shredded", "shredding", "strangle", "strangles",
    "strangled", "strangling", "bury", "buries", "buried", "burying", "starve", "starves", "starved",
    "starving", "kill", "kills", "killed", "killing", "murder", "murders", "murdered", "murdering",
    r"wipe\s+out", r"wipes\s+out", r"wiped\s+out", r"wiping\s+out", r"tear\s+up", r"tears\s+up", r"tore\s+up",
    r"torn\s+up", r"tearing\s+up", "slaughter", "slaughters", "slaughtered", "slaughtering", "butcher",
    "butchers", "butchered", "butchering", "poison", "poisons", "poisoned", "poisoning", "choke", "chokes",
    "choked", "choking", "cripple", "cripples", "crippled", "crippling", "smash", "smashes", "smashed",
    "smashing", "crush", "crushes", "crushed", "crushing", "loot", "loots", "looted", "looting",
    r"rip\s+up", r"rips\s+up", r"ripped\s+up", r"ripping\s+up", "raid", "raids", "raided", "raiding", "torch",
    "torches", "torched", "torching", "plunder", "plunders", "plundered", "plundering", "ransack", "ransacks",
    "ransacked", "ransacking", "bulldoze", "bulldozes", "bulldozed", "bulldozing",
)
# As a trie: a rule tries it at every word start near a cue, and 120 branches each time were
# most of the rule's cost.
_VIOLENT_VERB = "(?:" + lx.trie_pattern(verb.replace(r"\s+", " ") for verb in _VIOLENT_VERBS) + ")"
# Each form's first word cues the rule ("wipe" for "wipe out").
_VIOLENT_CUES = "|".join(dict.fromkeys(verb.split("\\s+")[0] for verb in _VIOLENT_VERBS))
_DET = r"(?:(?:our|your|their|the|this|a|an|his|her|its|whole|entire)\s+)"
_COUNT = (r"(?!(?:19|20)\d\d\b)\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          r"twenty|thirty|forty|fifty|dozens|scores|hundreds|thousands|several|many|least|some|more|most|nearly|almost|about|around")


# Abstract-noun endings for alliterative mock titles; not "-ence" or "-age" (Lawrence, Page).
_ABSTRACT_ENDINGS = ("ity", "ness", "ism", "ment", "tion", "sion")


def _not_damning(text: str, m: re.Match[str]) -> bool:
    """A title and a name ("Captain Cook", "Mr Savage") rather than a mock title.

    Mock when the word after the title is a label or loaded noun from the lexicon ("Mr
    Motormouth", "Mayor Meltdown"), a strongly negative noun ("Doctor Doom"; adjectives
    such as "Grim" or "Bland" are also surnames, so they do not count), or an abstract noun
    that alliterates with the title ("Captain Calamity", "Professor Pessimism").
    """
    from slant.framing import lexicon as lx

    title, word = m.group().split()[0].rstrip("."), m.group().rsplit(None, 1)[-1]
    lower = word.lower()
    entry = lx.entries().get(lower)
    if entry is not None and entry.kind in (lx.LABEL, lx.WORD):
        return False
    if lx.vader_valence().get(lower, 0.0) <= -1.5 and lower not in lx.textblob_adjectives():
        return False
    return not (word[0] == title[0] and lower.endswith(_ABSTRACT_ENDINGS))


def _plain_before(words: str) -> Callable[[str, re.Match[str]], bool]:
    """A veto: the word in group 1, before the label, is one of ``words`` or a stopword.

    A match whose alternative has no group 1 is kept.
    """
    plain = frozenset(words.split())

    def veto(text: str, m: re.Match[str]) -> bool:
        from slant.framing import lexicon as lx

        word = m.group(1)
        return word is not None and (word in plain or word in lx.word_set("stopwords.txt"))

    return veto


# A plain cowboy ("a rodeo cowboy", "the cowboy"), not a chancer of a trade ("a buyout cowboy").
_plain_cowboy = _plain_before("rodeo real singing drugstore urban lonesome lone old young wore wearing dressed")
# A real or plain crown ("a drag queen", "the late king", "minor royalty"), not a mocking one.
_plain_crown = _plain_before(
    "drag beauty prom homecoming carnival pearly snow dairy pageant chess warrior philosopher boy child exiled "
    "deposed reigning uncrowned late young old future dead saudi dutch spanish danish european british minor"
)
# A fish or a lender ("tiger sharks", "loan sharks"), not a trade's predators ("property sharks").
_plain_shark = _plain_before("loan tiger reef bull basking hammerhead white great blue")


# Held hostage by a few or to a dispute: a figure, not a kidnap.
_HELD_BY_FEW = re.compile(
    r"\s+(?:to\b|by\s+(?:a\s+(?:handful|few|vocal|tiny|small|noisy|[\w-]+\s+minority)|the\s+whims)\b)"
)
# Refusing to be held hostage, or tired of it: no real captive speaks so ("Egypt will not be held hostage").
_REFUSED_HOSTAGE = re.compile(
    r"\b(?:will\s+not|won[’']t|cannot|can[’']t|refuses?\s+to|tired\s+of|sick\s+of)\s+(?:be\s+|being\s+)?$",
    re.IGNORECASE,
)
_HELD_THING = re.compile(
    r"\b(?:government|policy|country|nation|economy|process|future|club|league|parliament)\s+"
    r"(?:[\w’'-]+\s+){0,3}$"
)


def _literal_hostage(text: str, m: re.Match[str]) -> bool:
    """'held hostage' unless a state or policy is held, or a few or whims hold it."""
    if _HELD_BY_FEW.match(text, m.end()) or _REFUSED_HOSTAGE.search(text[max(0, m.start() - 30) : m.start()]):
        return False
    return _HELD_THING.search(text[max(0, m.start() - 60) : m.start()]) is None


_LITERAL_SLUDGE = frozenset(["sewage", "sewer", "wastewater", "treatment", "digested", "municipal", "drilling",
                             "oil", "oily", "activated"])
_DEMOLITION = re.compile(r"\b(?:demolition|demolish\w*|crane|bulldozers?|tower\s+block)\b", re.IGNORECASE)


_WETLAND = re.compile(r"\b(?:alligators?|crocodiles?|wetlands?|marsh\w*|mosquito\w*|bog|herons?|frogs?|"
                      r"mangroves?|swamps|boats?|hik\w+)\b", re.IGNORECASE)


_LITERAL_TRADES = frozenset(["funeral", "waste", "weapons", "debt", "gun", "prison", "crash", "accident",
                             "cancer", "pest"])


def _not_a_dark_trade(text: str, m: re.Match[str]) -> bool:
    """Keep "<word> merchants/industry/machine" only when the word is strongly negative.

    "error merchants", "the poverty industry", "the punishment machine" cast opponents as
    trading in misery; "wine merchants" and "the funeral industry" are plain.
    """
    from slant.framing import lexicon as lx

    word = m.group(1)
    lower = word.lower()
    if word.isupper() and len(word) > 1:
        return m.group(2).lower() not in ("merchants", "peddlers", "pedlars", "mongers")  # "FUD merchants"
    if lower in _LITERAL_TRADES or lower in lx.word_set("stopwords.txt"):  # "no industry"
        return True
    return lx.vader_valence().get(lower, 0.0) > -1.0


FIGURE_RULES: tuple[Rule, ...] = (
    # Similes: "crumbled like a house of cards", "like a pensioner swatting wasps".
    Rule(LL, r"\blike\s+an?\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*"
         r"(?:\s+(?:of|with|for|on)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*|\s+[a-z]+ing(?:\s+[a-z][\w’'-]*){0,2})?",
         0.55, "'{text}' is a simile: a vivid comparison that colours instead of describing.",
         case_sensitive=True, veto=_plain_like, cues="like", window=(5, 90)),
    Rule(LL, r"(?<=[a-z] )like\s+(?:candy|confetti|sweets|wildfire|sheep|lemmings|rats|vultures|cockroaches|locusts|"
         r"dirt|garbage|trash|scum|dogs|cattle|animals|criminals|slaves|serfs|"
         r"headless\s+chickens|zombies|vampires|leeches|parasites|robots|puppets|clowns|thieves|bandits|gangsters|"
         r"spoilt\s+children|spoiled\s+children|toddlers|schoolchildren|a\s+cult)\b", 0.6,
         "'{text}' is a simile: a vivid comparison that colours instead of describing.", case_sensitive=True,
         cues="like", window=(5, 30)),
    # A thing dismissed as a joke ("the inquiry is a joke", "it was a total joke"), not a joke told.
    Rule(LL, r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere ))(?:an?\s+)?"
         r"(?:(?:total|complete|absolute|bad|sick|cruel|sad)\s+)?joke\b"
         r"(?![\s-]+(?:book|books|shop|shops|teller|tellers|writer|writers|of\s+the\s+year))",
         0.55, "'{text}' dismisses the thing as a joke instead of saying what is wrong with it.",
         cues="joke", window=(30, 10)),
    # War declared on people or policies ("a war on working Americans", "war on motorists").
    # The object is lowercase (case-sensitive), so "war on Ukraine" is left alone.
    Rule(LL, rf"\b(?:(?:all{D}out|full{D}scale|relentless|open|total|endless)\s+)?[Ww]ar\s+on\s+"
         rf"(?!(?:terror|terrorism|drugs|two|three|several|multiple|many|both)\b)"
         rf"(?:(?:the|our|your|their|its)\s+)?(?!(?:the|a|an)\b)[a-z][\w’'-]*"
         rf"(?:\s+(?!(?:the|a|an|in|on|at|and|of|to|for|with|by|from|since|last|this|that)\b)[a-z][\w’'-]*)?"
         rf"(?![\w’'-])", 0.6, "'{text}' pictures a policy or dispute as a war on its targets.",
         case_sensitive=True, cues="war", window=(25, 50)),
    # Up to two words (not a conjunction: "buses torched and ordinary families") before the object.
    # A count (not a year) before the object makes it a body count, not a figure ("killed three workers").
    Rule(LL, rf"\b{_VIOLENT_VERB}\s+{_DET}?(?:(?!(?:and|or|but|while|as|then|nor|{_COUNT})\b)[\w-]+\s+){{0,2}}"
         rf"{_ABSTRACT}\b",
         0.55,
         "'{text}' pictures a policy's effect as physical violence.", cues=_VIOLENT_CUES, window=(5, 60)),
    Rule(LL, rf"\b{_VIOLENT_VERB}\s+(?:our|your)\s+(?:[\w-]+\s+)?{_COMMUNAL}\b", 0.55,
         "'{text}' pictures harm to a place people love as a killing.",
         cues=_VIOLENT_CUES, window=(5, 40)),
    Rule(LL, r"\b(?:an?\s+|the\s+)?(?:full-scale\s+|direct\s+|frontal\s+|all-out\s+)?assault\s+on\s+(?:our\s+|the\s+)?"
         r"(?:[a-z-]+\s+)?(?:freedom|freedoms|liberty|liberties|democracy|speech|rights|constitution|families|workers|"
         r"values|faith|sense|truth|science|privacy|sovereignty)\b", 0.6,
         "'{text}' pictures a policy as a violent attack.", cues="assault", window=(25, 50)),
    Rule(LL, r"\b(?:bring|brings|bringing|brought)\s+(?:[\w’'-]+\s+){1,3}to\s+(?:its|their|his|her|our)\s+knees\b", 0.6,
         "'{text}' pictures a policy as forcing a victim to submit.", cues="knees", window=(50, 5)),
    # Mock titles and nicknames: "Mr. Hostile-to-Success", "Mayor Law-and-Order",
    # 'Brent "Number Go Up" Kolarov'.
    Rule(NC, r"\b(?:Mr|Mrs|Ms|Miss|Mister|Mayor|Senator|Governor|Comrade|Captain|Professor|Saint|Lord|Lady|Dr|"
         r"Doctor|Sir|Madam|Chairman|Minister|Judge)\.?\s+[A-Z][a-z]*(?:-[A-Za-z]+)*"
         r"-(?:to|and|of|the|in|on|for|no|all|at)-[A-Za-z]+(?:-[A-Za-z]+)*", 0.7,
         "'{text}' is a mock title that labels someone by a caricature of their views.",
         case_sensitive=True, cues="mr|mrs|ms|miss|mister|mayor|senator|governor|comrade|captain|professor|saint|"
         "lord|lady|dr|doctor|sir|madam|chairman|minister|judge", window=(5, 50)),
    # A quoted phrase (three words or more, or a hyphenated coinage) between first and last
    # name: a plain one- or two-word nickname ('Ramon "Bong" Villareal') is usually a name.
    Rule(NC, r"[A-Z](?<![\w’'-][A-Z])[a-z]+[ \t]+[\"“][A-Z](?:[^\"”\s]*(?:[ \t][^\"”\s]+){2,4}|[^\"”\s-]*-[^\"”\s]+"
         r"(?:[ \t][^\"”\s]+){0,3})[\"”][ \t]+[A-Z][a-z]+", 0.5,
         "'{text}' pins a mocking nickname on someone.", case_sensitive=True, cues=""),
    # The look-behind comes after the first letter so the regex engine can skip to capitals fast.
    Rule(NC, r"[A-Z](?<![\w’'-][A-Z])[\w’']*(?:-[A-Z][\w’']*){2,}[\"”]?\s+"
         r"(?!(?:Party|Alliance|Union|Coalition|Front|Movement|Federation|Bloc|League|Council|Group|Association|"
         r"Corporation|Company|Railway|Highway|Line|Treaty|Agreement|Act|Pact|Accord)\b)[A-Z][a-z]+\b", 0.6,
         "'{text}' pins a mocking nickname on someone.", case_sensitive=True, cues=""),
    Rule(NC, r"\b(?:Sleepy|Crooked|Lyin['’]?|Lying|Crazy|Shifty|Dopey|Slippery|Tricky|Two-Tier|Low-Energy|Low-IQ)\s+"
         r"[A-Z][a-z]+\b", 0.7, "'{text}' pins a mocking epithet on someone.", case_sensitive=True,
         cues="sleepy|crooked|lyin|lying|crazy|shifty|dopey|slippery|tricky|two-tier|low-energy|low-iq",
         window=(3, 20)),
    # Coined group labels.
    Rule(NC, r"(?<=[a-z,;] )(?<!The )Big\s+(?!(?:Ben|Apple|Bang|Ten|Twelve|East|Sur|Sky|Island|Bend|Mac|Four|"
         r"Three|Five|Six|Easy|Data|Board|Brother|Pharma|Tech|Oil|Tobacco|Ag|Agra|Food|Banks?|Business|Government|"
         r"Media|"
         r"Green)\b)[A-Z][a-z]+(?![\w-])", 0.55,
         "'{text}' lumps an industry into one sinister actor.", case_sensitive=True, cues="big", window=(5, 20)),
    Rule(NC, rf"\b[Tt]he\s+(?:(?:[A-Z][\w’'-]*\s+){{2,4}}|[a-z]+{D}[\w’'-]+\s+)crowd\b", 0.55,
         "'{text}' lumps people together as a faceless crowd.", case_sensitive=True, cues="crowd",
         window=(50, 5)),
    Rule(NC, r"\b(?:billionaire|political|chattering|donor|ruling|activist|dinner-party|chardonnay|managerial|"
         r"shareholder|laptop|governing|commentariat|"
         r"bureaucratic|metropolitan|media)\s+class(?:es)?\b", 0.5,
         "'{text}' labels a group as a self-serving caste.", cues="class|classes", window=(20, 5)),
    Rule(NC, r"\b(?:the\s+)?(?!(?:The|This|That|A|An|Its|Their|Our)\s)(?:[A-Z][\w’'-]+)\s+(?:machine|establishment|"
         r"juggernaut|superstate|politburo)\b(?!\s+of\b)", 0.55,
         "'{text}' pictures an institution as a faceless, self-serving machine.", case_sensitive=True,
         cues="machine|establishment|juggernaut|superstate|politburo", window=(30, 5)),
    Rule(NC, r"\b(?:[A-Z]{2,}|[A-Z][a-z]+|war|defence|defense|foreign-policy)\s+hawks\b", 0.55,
         "'{text}' labels people as warmongers instead of naming their position.", case_sensitive=True,
         cues="hawks", window=(20, 5)),
    Rule(LL, r"\b(?:propaganda|smear|spin|hype|outrage|fear|censorship|PR|war|media)\s+machine\b", 0.6,
         "'{text}' pictures opponents as an organised deception machine.", cues="machine", window=(20, 5)),
    Rule(NC, r"\bterror\s+(?:state|states|regime|regimes|network|networks|masters|sponsors?|army|armies|outfits?)\b",
         0.65, "'{text}' brands a state or group as terror itself.", cues="terror", window=(5, 20)),
    Rule(LL, r"\b(?:terror\s+(?:corridor|corridors|nest|nests|haven|havens|factory|factories|hub|hubs)|"
         r"(?:campaign|reign|wave|orgy|spree)\s+of\s+terror)\b", 0.6,
         "'{text}' pictures an opponent's activity as terror.", cues="terror", window=(25, 20)),
    # Paid-for opponents: "billionaire-funded think tanks", "pharma-funded fact-checkers".
    Rule(NC, rf"\b(?:billionaire|pharma|industry|oil|fossil{D}fuel|corporate|Soros|Koch|dark{D}money|foreign|"
         rf"donor|lobby|Kremlin|Beijing|Western|Brussels|Bloomberg|Gates|oligarch){D}(?:funded|backed|bankrolled|"
         rf"financed|sponsored|paid)\s+(?:[a-z][\w’'-]*\s+)?(?:think\s+tanks?|fact{D}checkers|back\s+office|"
         r"(?:[a-z][\w’'-]*)?(?:ers?|ors?|ists?|ians?|groups?|outlets?|NGOs?|media|tanks|studies|scientists|charities|"
         r"chains|campaigns?|lobb(?:y|ies)|networks?|machines?|outfits?|portals?|propaganda))\b", 0.6,
         "'{text}' dismisses opponents as bought instead of answering them.",
         cues="funded|backed|bankrolled|financed|sponsored|paid", window=(30, 40)),
    # Siding with killers: "stand shoulder to shoulder with terrorists", "embracing the murderers".
    Rule(LL, r"\b(?:embrac(?:e|es|ed|ing)|(?:stand|stands|stood|standing)\s+shoulder\s+to\s+shoulder\s+with|"
         r"arm\s+in\s+arm\s+with|in\s+bed\s+with|co[sz]y(?:ing)?\s+up\s+to|cuddl(?:e|es|ed|ing)\s+up\s+to)\s+"
         r"(?:the\s+)?(?:[a-z][\w’'-]*\s+)?(?:terrorists|murderers|killers|extremists|jihadists|criminals|thugs|"
         r"dictators|tyrants|butchers)(?:\s+of\s+(?:our\s+)?[a-z]+)?\b", 0.65,
         "'{text}' accuses someone of siding with killers instead of describing the contact.",
         cues="terrorists|murderers|killers|extremists|jihadists|criminals|thugs|dictators|tyrants|butchers",
         window=(60, 25)),
    # Causes cast as a racket: "the abortion industry", "the fact-checking cartel", "granny killers".
    Rule(NC, r"\bthe\s+(?:abortion|grievance|outrage|diversity|climate|refugee|asylum|poverty|charity|gender|"
         r"vaccine|fact-checking|censorship|misinformation|disinformation|trans|DEI|NGO|aid|victimhood|offence|"
         r"compassion|"
         r"offense|human-rights|migration|divorce|prison|poverty-pimp|wellness)\s+(?:industry|industrial\s+complex|"
         r"racket|"
         r"business)\b", 0.6,
         "'{text}' casts a cause as a money-making racket.", cues="industry|industrial|racket|business",
         window=(30, 5)),
    Rule(NC, r"\b(?:fact-checking|media|censorship|banking|climate|pharma|tech|cable|globalist|medical|sewage|water|"
         r"housing|landlord|property|energy|grocery|supermarket|insurance|healthcare|academic|university|"
         r"teachers['’]?|union|doctors['’]?|lawyers['’]?)\s+"
         r"(?:cartel|mafia|syndicate)s?\b", 0.6, "'{text}' casts an industry as a criminal band.",
         cues="cartel|cartels|mafia|mafias|syndicate|syndicates", window=(20, 5)),
    Rule(NC, r"\b(?:granny|baby|babies|job|jobs|child|puppy)[\s-]+killers?\b", 0.7,
         "'{text}' brands opponents as killers of the innocent.", cues="killer|killers", window=(10, 3)),
    # State-media and corporate puffery: "warm guidance", "incredibly grateful".
    Rule(LL, r"\b(?:warm|wise|brilliant|precious|loving|benevolent|tireless|energetic|meticulous|far-sighted|"
         r"visionary)\s+(?:guidance|instructions|leadership|care|teachings|attention)\b", 0.6,
         "'{text}' is puffery: praise in place of description.",
         cues="guidance|instructions|leadership|care|teachings|attention", window=(20, 3)),
    Rule(LL, r"\b(?:incredibly|deeply|truly|immensely|tremendously|hugely|profoundly|so|fully)\s+(?:grateful|committed|"
         r"proud|honou?red|humbled|excited|thrilled|passionate|delighted)\b", 0.45,
         "'{text}' is puffery: declared feeling in place of information.",
         cues="incredibly|deeply|truly|immensely|tremendously|hugely|profoundly|so|fully", window=(3, 25)),
    # Scornful group labels: "activist judges", "keyboard critics", "latte-sipping activists".
    Rule(NC, r"\b(?:activist\s+(?:judges?|courts?|administrators?|bureaucrats?|officials?|civil\s+servants?|teachers?|"
         r"lawyers?|academics?)|professional\s+(?:agitators|atheists|protesters|complainers|victims|"
         r"offence-takers|outrage\s+merchants|pessimists|moaners|naysayers|doom-mongers|whingers|cynics)|"
         r"(?:keyboard|spreadsheet)\s+(?:warriors|critics|commandos|activists|heroes|crusaders|cowboys|generals)|armchair\s+"
         r"(?:generals|experts|quarterbacks|pundits|[a-z]+(?:ists|ers|ors|ics|ians|ants|ats))|champagne\s+socialists?|"
         r"limousine\s+liberals?|ivory-tower\s+(?:academics|experts|elites|economists)|career\s+(?:vagrants|activists|"
         r"protesters|agitators|complainers|bureaucrats))\b", 0.65,
         "'{text}' dismisses people with a scornful label instead of answering them.",
         cues="activist|professional|keyboard|spreadsheet|armchair|champagne|limousine|ivory-tower|career",
         window=(3, 30)),
    Rule(NC, rf"\b[a-z]+{D}(?:sipping|swilling|munching|eating|clutching|wearing|waving|hugging|drinking)\s+"
         r"(?:[a-z]+\s+)?(?:activists|liberals|elites|lefties|leftists|greens|wokerati|snobs|hipsters|urbanites|crowd|"
         r"brigade|types|metropolitans|campaigners|protesters|academics|bureaucrats|professors)\b", 0.65,
         "'{text}' mocks people by a caricature of their habits.",
         cues="sipping|swilling|munching|eating|clutching|wearing|waving|hugging|drinking", window=(20, 30)),
    Rule(NC, r"(?:’s|'s)\s+(?:fan\s+club|cheerleading\s+squad|cheer\s+squad|amen\s+corner|echo\s+chamber)\b|"
         r"\b(?:Zionist|occupying)\s+entity\b", 0.6, "'{text}' labels a group instead of naming it.",
         cues="club|squad|corner|chamber|entity", window=(20, 5)),
    Rule(LL, r"\b(?:theological|cultural|economic|architectural|constitutional|legal|intellectual|moral|educational)\s+"
         r"vandalism\b|\b(?:imported|foreign)\s+(?:violence|crime|terror)\b", 0.6,
         "'{text}' condemns instead of describing.", cues="vandalism|violence|crime|terror", window=(25, 3)),
    Rule(EX, r"\b(?:like|into|is|resembles|became|become|becoming)\s+a\s+(?:war\s+zone|warzone|third-world\s+country|"
         r"hellhole|hellscape)\b", 0.55, "'{text}' exaggerates conditions into a war or disaster.",
         cues="zone|warzone|country|hellhole|hellscape", window=(30, 5)),
    Rule(NC, r"\b(?:cheerleaders|apologists|stenographers)\s+(?:in|of)\s+the\s+(?:[a-z-]+\s+)?(?:media|press)\b|"
         r"\bcertain\s+circles\s+in\s+[A-Z][a-z]+\b|\b(?:revanchist|reactionary|hostile)\s+(?:circles|forces)\b|"
         r"\bcorporate\s+(?:Democrats|Republicans|Tories|Labour|liberals)\b|\bmillionaire\s+(?:mates|pals|chums|"
         r"buddies|"
         r"friends|donors)\b", 0.6, "'{text}' labels a group instead of naming it.",
         cues="cheerleaders|apologists|stenographers|circles|forces|democrats|republicans|tories|labour|liberals|"
         "mates|pals|chums|buddies|friends|donors", window=(40, 30)),
    # Flattering labels ("our brave jawans", "decent, law-abiding Americans").
    Rule(NC, r"\b(?:brave|heroic|valiant|fearless|gallant|courageous|noble|selfless|tireless|law-abiding|"
         r"hard-working|hardworking|decent|patriotic|unsung|long-suffering|true)\s+"
         r"(?:(?:and\s+|,\s*)?[a-z][\w’'-]*\s+)?"
         r"(?:(?:[a-z][\w’'-]*)?(?:ers|ors|ists|ians|ees|men|women|people|folk|folks|heroes|patriots|citizens|"
         r"voters|families|taxpayers|soldiers|troops|jawans|protectors|defenders|warriors|fans|supporters|"
         r"parents|mothers|fathers|children|kids|souls)(?:\s+and\s+women)?|[A-Z][a-z]+(?:ans|ers|ese|is))\b", 0.55,
         "'{text}' flatters a group to win sympathy for it.",
         cues="brave|heroic|valiant|fearless|gallant|courageous|noble|selfless|tireless|law-abiding|"
         "hard-working|hardworking|decent|patriotic|unsung|long-suffering|true", window=(5, 45)),
    # Dismissals: "the same tired script", "security theater".
    Rule(LL, r"\b(?:tired|stale|worn-out|threadbare|hackneyed|shopworn|recycled|same\s+old|the\s+usual)\s+(?:old\s+)?"
         r"(?:script|scripts|wish\s+list|talking\s+points?|rhetoric|excuses?|clichés?|cliches?|tropes?|playbook|"
         r"arguments?|slogans?|lines?|narratives?|routine|act|song\s+and\s+dance|mantra|formula|ideas?|tactics)\b",
         0.6, "'{text}' dismisses a position as worn out instead of answering it.",
         cues="tired|stale|worn-out|threadbare|hackneyed|shopworn|recycled|old|usual", window=(10, 30)),
    Rule(LL, rf"\b(?:political|security|kabuki|performative|virtue|pure|empty|public-relations|PR|"
         rf"[a-z]+{D}on{D}[a-z]+)\s+theat(?:er|re)\b", 0.6,
         "'{text}' dismisses an action as a show put on for effect.", cues="theater|theatre", window=(25, 5)),
    # Coined labels built the same way whatever the topic: "the HR-industrial complex", "the
    # nutrition establishment", "narco-politicians", "landlord-speak", "Zoom zombies".
    Rule(NC, r"\b(?:the\s+)?[\w’']+(?:-[\w’']+)*-industrial\s+complex(?:es)?\b", 0.6,
         "'{text}' pictures a trade or cause as a self-serving power bloc.", cues="complex|complexes",
         window=(40, 3)),
    Rule(NC, r"\b[Tt]he\s+(?:Establishment\b|establishment\b(?!\s+of\b))", 0.45,
         "'{text}' is a label that brands people instead of describing them.", case_sensitive=True,
         cues="establishment", window=(5, 5)),
    Rule(NC, r"\bthe\s+(?:education|educational|medical|nutrition|scientific|science|media|political|security|"
         r"foreign[-\s]policy|defen[cs]e|legal|academic|cultural|arts?|health|public[-\s]health|climate|economic|"
         r"financial|banking|military|intelligence|liberal|conservative|diplomatic|literary|teaching|environmental|"
         r"psychiatric|expert|policy|football|cricket)\s+establishment\b(?!\s+of\b)", 0.55,
         "'{text}' pictures a profession as a closed, self-serving caste.", cues="establishment", window=(40, 5)),
    Rule(NC, r"\bnarco-[a-z]+\b", 0.6, "'{text}' brands people or a state by association with drug gangs.",
         cues="narco", window=(0, 25)),
    Rule(LL, r"\b[a-z]+-speak\b", 0.55, "'{text}' mocks the way a group talks instead of answering it.",
         cues="speak", window=(25, 0)),
    Rule(NC, r"\b(?!(?:the|a|of|and|like|are|were|into|as|by|with|for|to)\b)[A-Za-z]+\s+zombies\b", 0.6,
         "'{text}' labels people as mindless zombies.", cues="zombies", window=(20, 0)),
    Rule(NC, r"\b(?:chief|head|loudest|biggest|official|designated)\s+cheerleaders?\b|\bcheerleaders?\s+(?:for|of)\s+"
         r"(?:the\s+)?[\w’'-]+|\b[A-Z][\w’'-]*\s+cheer\s+squad\b", 0.6,
         "'{text}' labels people as uncritical cheerleaders instead of answering them.",
         cues="cheerleader|cheerleaders|squad", window=(25, 30)),
    Rule(NC, r"\b(?:real|true|genuine)\s+(?:heroes|heroines|hero|heroine|champions?|legends?)\b|"
         r"\b(?:unsung|frontline|front-line|everyday|care|healthcare|NHS|forgotten|silent|actual|quiet|our|these)\s+"
         r"(?:heroes|heroines)\b", 0.55,
         "'{text}' is a flattering label in place of description.", cues="hero|heroes|heroine|heroines|champion|"
         "champions|legend|legends", window=(12, 3)),
    Rule(NC, r"\b[Ee]nem(?:y|ies)\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b", 0.65,
         "'{text}' brands opponents as enemies of the nation.", case_sensitive=True, cues="enemy|enemies",
         window=(3, 30)),
    # Puffery: "among the most rigorous in the travel industry", "the most trusted name in X".
    Rule(LL, r"\bamong\s+the\s+(?:most\s+[a-z-]+|[a-z]+est)\s+in\s+the\s+(?:[a-z-]+\s+){0,2}(?:industry|sector|"
         r"world|market|business|field|country|nation|region)\b|\bsecond\s+to\s+none\b|\bmost\s+trusted\s+name\s+"
         r"in\s+(?:[a-z-]+\s+){0,2}[a-z-]+", 0.55, "'{text}' is self-praise with no measure behind it.",
         cues="among|none|trusted", window=(25, 80)),
    # Sarcasm: "couldn't forecast rain in a hurricane", "couldn't organise a party in a brewery".
    Rule(LL, r"\bcould(?:n[’']t|\s+not)\s+(?:[a-z]+\s+){1,4}(?:in|out\s+of)\s+an?\s+(?:brewery|hurricane|ocean|"
         r"barrel|paper\s+bag|phone\s+booth|desert|monsoon|library|sweet\s+shop|candy\s+store|flood|rainstorm)\b|"
         r"\bcould(?:n[’']t|\s+not)\s+find\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+on\s+a\s+map\b|"
         r"\bcould(?:n[’']t|\s+not)\s+(?:run|organi[sz]e|manage)\s+a\s+(?:bath|piss-up|raffle|whelk\s+stall|"
         r"lemonade\s+stand|bake\s+sale|chip\s+shop|corner\s+shop|kettle)\b",
         0.6, "'{text}' is sarcasm: it mocks instead of describing.",
         cues="brewery|hurricane|ocean|barrel|bag|booth|desert|monsoon|library|shop|store|flood|rainstorm|map|"
         "bath|piss-up|raffle|stall|stand|sale|kettle",
         window=(60, 3)),
    Rule(LL, r"\bwav(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){1,3}through\b", 0.55,
         "'{text}' pictures an approval as careless or complicit.", cues="through", window=(40, 8)),
    Rule(NC, r"\b(?:tiny|small|vocal|noisy|loud|shrill|angry)(?:,\s+|\s+)(?:(?:loud|vocal|noisy|shrill|angry|"
         r"unelected|radical)\s+)?minority\b", 0.55, "'{text}' dismisses opponents as a noisy fringe.",
         cues="minority", window=(30, 3)),
    # Mock titles that pair a title with a damning word: "Captain Calamity", "Doctor Doom".
    Rule(NC, r"\b(?:Captain|Comrade|Lord|Lady|King|Queen|Mister|Mr|Mrs|Ms|Madame|Madam|Saint|Doctor|Dr|Professor|"
         r"Sir|Dame|Mayor|Senator|President|General|Minister|Prince|Princess|Chancellor)\.?\s+[A-Z][a-z]{3,}\b", 0.6,
         "'{text}' is a mock title that labels someone by a damning word.", case_sensitive=True,
         veto=_not_damning, cues="captain|comrade|lord|lady|king|queen|mister|mr|mrs|ms|madame|madam|saint|doctor|"
         "dr|professor|sir|dame|mayor|senator|president|general|minister|prince|princess|chancellor", window=(3, 20)),
    Rule(NC, r"\b(?:Soros|Kremlin|Beijing|Brussels|Davos|Tehran)\s+(?:network|empire|army|machine|web|mercenaries|"
         r"agents|puppets)\b|\b(?:Western|American|US|Washington|Brussels|foreign|Kremlin|NATO)\s+(?:curators|handlers|"
         r"overlords|puppeteers)\b", 0.6, "'{text}' casts opponents as agents of a hidden master.",
         cues="network|empire|army|machine|web|mercenaries|agents|puppets|curators|handlers|overlords|puppeteers",
         window=(20, 3)),
    Rule(LL, r"\b(?:this|the\s+whole|a\s+complete|an\s+absolute|a\s+total|a\s+three-ring|an?\s+(?:media|political|"
         r"legal|public-relations|PR)|into\s+a|became\s+a|is\s+a|was\s+a|such\s+a)\s+circus\b", 0.55,
         "'{text}' pictures a process as a circus: mockery in place of description.", cues="circus",
         window=(25, 3)),
    # Widened on dev22-dev23: "paid actors", "a dynasty of thieves", "the 'fed is best' crowd",
    # "a cool $241,000", "the lie of the century".
    Rule(NC, r"\bpaid\s+(?:actors|vloggers|cheerleaders|trolls|protesters|activists|operatives|shills|agitators|"
         r"influencers|bloggers|hacks|"
         r"mouthpieces|stooges|mercenaries|fact-checkers)\b|\b(?:dynasty|family|gang|clan|band|party|government|"
         r"regime|bunch)\s+of\s+"
         r"(?:thieves|crooks|liars|criminals|looters|murderers|traitors|clowns)\b|"
         r"\bthe\s+[“\"][^”\"\n]{2,40}[”\"]\s+crowd\b",
         0.6, "'{text}' labels people instead of answering them.",
         cues="paid|thieves|crooks|liars|criminals|looters|murderers|traitors|clowns|crowd", window=(45, 20)),
    Rule(LL, r"\ba\s+cool\s+[$£€]\s?[\d,.]+(?:\s*(?:million|billion|bn|m|k)\b)?|\b(?:lie|scandal|heist|robbery|crime|"
         r"fraud|scam|hoax|con|swindle|betrayal|cover-up)\s+of\s+the\s+century\b", 0.55,
         "'{text}' dramatises instead of describing.", cues="cool|century", window=(30, 30)),
    # Widened on dev24-dev27: ruin pictured as a fall ("brought to its knees", "running this
    # city into the ground").
    Rule(LL, r"\b(?:brought|bring|brings|bringing|fallen|fell|fall|falls|forced|sank|sunk|driven|drove)\s+"
         r"(?:\w+\s+)?to\s+(?:its|their|his|her|our|your|my)\s+knees\b", 0.6,
         "'{text}' pictures a setback as a humiliating collapse.", cues="knees", window=(45, 1)),
    Rule(LL, r"\b(?:run|runs|ran|running)\s+(?!into\b)(?:(?:this|the|our|their|his|her|its|a|your)\s+)?"
         r"(?:[\w’'-]+\s+){1,2}into\s+the\s+ground\b(?!\s+(?:floor|level|water|troops|forces))", 0.6,
         "'{text}' casts management as wilful ruin.", cues="ground",
         window=(50, 1)),
    Rule(LL, r"\b(?:throw|throws|threw|thrown|throwing)\s+(?:[\w’'-]+\s+){1,3}under\s+the\s+bus\b", 0.65,
         "'{text}' casts blame-shifting as betrayal.", cues="bus", window=(40, 1)),
    # Mocking trades and prefixes: "doom merchants", "eco-bureaucrats", "coup-plotting".
    Rule(NC, r"\b(?:doom|hate|fear|spreadsheet|misery|chaos|grievance|outrage|scare|smear|spin|war)[\s-]merchants?\b",
         0.6, "'{text}' labels people as peddlers of a bad thing.", cues="merchant|merchants", window=(15, 1)),
    Rule(NC, r"(?<![\w-])(?:[Ee]co|[Ee]uro)-(?:[a-z]+(?:crats?|ists?|ers|ites|ogues?)|police|warriors?|zealots?|"
         r"loons?|mob|"
         r"nazis?|fascists?|commissars?|elites?|cultists?|fanatics?|freaks?|nutters?|terrorists?)\b", 0.6,
         "'{text}' is a mocking label for people by their cause.", cues="eco|euro", window=(1, 25)),
    # Widened on dev31-dev33.
    Rule(NC, r"\b(?:[A-Z][\w’'-]*['’]s|the\s+(?:government|regime|party|palace|Kremlin|president|minister)['’]s)\s+"
         r"favou?rite\s+(?:billionaire|tycoon|businessman|oligarch|general|judge|journalist|columnist|"
         r"pundit|donor|banker|mogul|seth|crony|candidate|economist|expert|scientist|lawyer|son|daughter)\b", 0.55,
         "'{text}' casts someone as a ruler's pet instead of saying what they did.",
         cues="favourite|favorite", window=(40, 20)),
    Rule(NC, r"\bone\s+of\s+the\s+(?:few|last)\s+(?:grown-ups|adults|honest\s+[a-z]+|sane\s+[a-z]+|serious\s+[a-z]+)"
         r"\s+(?:left|remaining)(?:\s+(?:in|at)\s+(?:the\s+room|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?))?", 0.6,
         "'{text}' flatters one person by casting everyone else as unfit.", cues="left|remaining", window=(60, 30)),
    Rule(NC, r"(?<![\w-])[a-z]+-for-hire\b", 0.6, "'{text}' labels people as hired tools.", cues="hire",
         window=(20, 1)),
    Rule(LL, r"\b(?:a|the)\s+death\s+sentence\s+for\s+(?:the\s+|our\s+|their\s+)?(?:[a-z]+\s+)?(?:industry|farming|"
         r"farmers|jobs|towns?|businesses|democracy|high\s+street|communities|community|sector|economy|city)\b", 0.6,
         "'{text}' dramatises a policy's effect as an execution.", cues="sentence", window=(20, 60)),
    Rule(LL, r"\bpick(?:s|ed|ing)?\s+(?:over\s+)?(?:the|its|their|his|her)\s+carcass\b", 0.6,
         "'{text}' pictures owners as scavengers.", cues="carcass", window=(30, 1)),
    # Widened on dev34-dev36.
    Rule(NC, r"\b(?:boardroom|billionaire|corporate|donor|Tory|Labour|Wall\s+Street|Kremlin|City|banker|Davos|"
         r"oligarch)\s+(?:pals|chums|buddies|mates|bandits|barons)\b", 0.6, "'{text}' casts allies as a cosy clique.",
         cues="pals|chums|buddies|mates|bandits|barons", window=(25, 1)),
    # "Comrade Karen" mocks; "Comrade Kim Jong Un" is a full name under its literal title.
    Rule(NC, r"\bComrade\s+[A-Z][a-z]+\b(?![ \t]+[A-Z])", 0.55, "'{text}' mocks someone with a communist title.",
         case_sensitive=True, cues="comrade", window=(1, 15)),
    Rule(LL, r"\begg(?:s|ed|ing)\s+(?:[A-Z][\w’'-]*|him|her|them|it|us)\s+on\b", 0.55,
         "'{text}' casts support as goading.", cues="egg|eggs|egged|egging", window=(1, 30)),
    Rule(LL, r"\bFrankenstein\s+(?:coalition|government|alliance|bill|law|deal|budget|party|economy|treaty)\b", 0.55,
         "'{text}' pictures an arrangement as a monster stitched from parts.", case_sensitive=True,
         cues="frankenstein", window=(1, 20)),
    # Widened on dev40-dev41.
    Rule(NC, r"\bmerchants?\s+of\s+(?:doom|death|misery|fear|hate|chaos|war|human\s+rights|despair|lies|outrage)\b",
         0.6, "'{text}' labels people as peddlers of a bad thing.", cues="merchant|merchants", window=(1, 25)),
    Rule(LL, r"\bkiss(?:es|ed|ing)?\s+(?:the\s+)?(?:[\w’'-]+['’]s\s+)?ring\b", 0.55,
         "'{text}' casts deference as a courtier's homage.", cues="ring", window=(40, 1)),
    # Widened on dev42-dev44.
    Rule(LL, r"\btug(?:s|ged|ging)?\s+(?:its|their|his|her|the|our|your)\s+forelocks?\b", 0.6,
         "'{text}' casts deference as a servant's bow.", cues="forelock|forelocks", window=(30, 1)),
    Rule(LL, r"\bs(?:old|ell|ells|elling)\s+(?:[\w’'-]+\s+){0,2}down\s+the\s+river\b", 0.65,
         "'{text}' casts a decision as betrayal.", cues="river", window=(40, 1)),
    Rule(NC, r"\b(?:a\s+)?walking\s+(?:catchphrase|advertisement|billboard|clich[eé]|contradiction|disaster|meme|"
         r"stereotype|veneer|wallets?|red\s+flag|punchline|cautionary\s+tale)\b", 0.6,
         "'{text}' reduces a person to a caricature.", cues="walking", window=(10, 25)),
    Rule(LL, r"\bthe\s+(?:human|musical|culinary|political|literary|sartorial|cinematic|architectural)\s+equivalent\s+"
         r"of\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}[\w’'-]+", 0.55,
         "'{text}' mocks by a belittling comparison.", cues="equivalent", window=(25, 45)),
    Rule(NC, r"\bpro-[a-z]+\s+(?:elites?|lobby|crowd|brigade|zealots|fanatics|extremists|mob|fringe)\b", 0.6,
         "'{text}' lumps opponents into a self-serving group.", cues="pro", window=(1, 30)),
    Rule(LL, r"\b(?:the\s+)?great\s+(?:[\w’'-]+\s+){1,3}(?:con|swindle|hoax|rip-off|robbery|scam|lie|betrayal)\b", 0.6,
         "'{text}' brands a policy as a fraud.", cues="con|swindle|hoax|rip-off|robbery|scam|lie|betrayal",
         window=(40, 1)),
    # "green Gestapo", "eco-Gestapo", "Gestapo tactics": the historical Gestapo alone is plain.
    Rule(NC, r"\b(?!(?:the|a|an|by|of|to|and|or|from|with|for|in|on|at|his|her|their|its|former|wartime|nazi)\b)"
         r"[a-z][\w’'-]*[ -]Gestapo\b|\bGestapo[ -](?:tactics|methods|style)\b", 0.65,
         "'{text}' likens opponents to the Nazi secret police.", case_sensitive=True, cues="gestapo",
         window=(25, 10)),
    # A dispute pictured as a hostage-taking: "held the economy hostage", "holding commuters
    # hostage". Not people who can be real hostages ("gunmen held three aid workers hostage").
    Rule(LL, r"\b(?:hold|holds|held|holding)\s+(?:[\w,’'-]+\s+){0,3}?(?:taxpayers|commuters|voters|public|economy|"
         r"country|nation|city|industry|budget|region|world|league|season|talks|population|citizens|government|"
         r"policy|club|cure|parliament|process|reform|future|progress|patients|compatriots|franchise|team|sport|schools|"
         r"markets|kids|children|pupils|families|drivers|motorists|passengers|travellers|province|roads|M\d+|"
         r"lifeline|money|savings|(?:your|our)\s+(?:kids|children))(?:\s+of\s+(?:the\s+|an?\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
         r"\s+(?:to\s+)?hostage\b", 0.6,
         "'{text}' pictures a dispute as a hostage-taking.", cues="hostage", window=(60, 1)),
    # ... and in the passive, with a state or policy held, or held by a few or by whims
    # ("national policy cannot be held hostage by a vocal minority"; not "held hostage by gunmen").
    Rule(LL, r"\bheld\s+hostage\b", 0.6, "'{text}' pictures a dispute as a hostage-taking.",
         veto=_literal_hostage, cues="hostage", window=(5, 1)),
    # A trade in something dark: "error merchants", "the poverty industry", "the punishment machine".
    Rule(NC, r"(?<![\w’'-])([a-z][a-z]+|[A-Z]{2,})\s+(merchants|peddlers|pedlars|mongers)\b", 0.55,
         "'{text}' casts opponents as traders in something dark.", case_sensitive=True, veto=_not_a_dark_trade,
         cues="merchants|peddlers|pedlars|mongers", window=(25, 1)),
    Rule(LL, r"(?<![\w’'-])([a-z][a-z]+)\s+(industry|machine|racket)\b", 0.5,
         "'{text}' casts a cause as a cynical trade.", case_sensitive=True, veto=_not_a_dark_trade,
         cues="industry|machine|racket", window=(25, 1)),
    # Critics pictured as a choir singing from one sheet: "the usual chorus in Western capitals".
    Rule(NC, r"\bthe\s+(?:usual|same|predictable|familiar)\s+chorus\b", 0.55,
         "'{text}' dismisses critics as a choir singing to order.", cues="chorus", window=(25, 1)),
    # The grown-ups in the room: a flattering label that casts everyone else as children.
    Rule(NC, r"\b(?:the\s+(?:only|last|few|lone)\s+)?(?:grown-ups?|adults?)\s+in\s+the\s+(?:room|building)\b|"
         r"\bthe\s+(?:only|last|few|lone)\s+grown-ups\b", 0.55,
         "'{text}' flatters some by casting everyone else as children.", cues="room|building|grown-ups",
         window=(45, 12)),
    # A company's praise of its own people in place of description: "our incredible colleagues".
    Rule(NC, r"\b(?:our|the)\s+(?:incredible|amazing|fantastic|wonderful|brilliant|exceptional|extraordinary|"
         r"outstanding|awesome)\s+(?:[a-z]+\s+)?(?:colleagues|teams?|community|customers|staff|people|members|"
         r"volunteers|partners|[a-z]+-partners|crews?|moderators|engineers|employees|workforce|fans|heroes)\b", 0.55,
         "'{text}' praises a group in place of saying what it did.",
         cues="incredible|amazing|fantastic|wonderful|brilliant|exceptional|extraordinary|outstanding|awesome",
         window=(5, 40)),
    # British slang for an entrenched bureaucracy: "the Whitehall blob".
    Rule(NC, r"\b(?:the|this|that)\s+(?:same\s+)?(?:[A-Z][a-z]+\s+)?[Bb]lob\b", 0.55,
         "'{text}' labels officials as a shapeless mass instead of naming them.", case_sensitive=True,
         cues="blob", window=(30, 1)),
    # Technocrats given a place or a sneer: "the Brussels technocrats", "globalist technocrats".
    Rule(NC, r"\b(?:globalist|unelected|faceless|Brussels|EU|Davos|same)\s+technocrats\b|"
         r"\bthe\s+technocrats\s+(?=(?:in|at|of|from)\b)", 0.55,
         "'{text}' labels officials as remote technocrats instead of naming them.", cues="technocrats",
         window=(20, 5)),
    Rule(NC, r"\b(?:homegrown|home-grown|court|tech|media|pet|a\s+handful\s+of|a\s+parade\s+of)\s+oligarchs\b", 0.55,
         "'{text}' labels the rich as oligarchs instead of naming them.", cues="oligarchs", window=(20, 1)),
    Rule(NC, r"\ba\s+gaggle\s+of\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]*(?:s|men|people|folk)\b", 0.5,
         "'{text}' belittles a group as a gaggle of geese.", cues="gaggle", window=(3, 60)),
    # Sludge, unless it is the sludge of sewage works and drilling.
    Rule(LL, r"\b(?:toxic\s+)?sludge\b", 0.55, "'{text}' disparages something as filth.",
         veto=lambda text, m: previous_word(text, m.start()) in _LITERAL_SLUDGE, cues="sludge", window=(6, 1)),
    Rule(LL, r"\bdrowning\s+in\s+(?:[\w’'-]+\s+){0,2}?(?:debts?|bills|paperwork|red\s+tape|regulations?|"
         r"bureaucracy|toxins|chemicals|sauce|cash|money|misery|lies|propaganda|complaints|fees|costs|taxes|"
         r"rent|problems|crime|filth)\b", 0.55, "'{text}' pictures a burden as drowning.", cues="drowning",
         window=(1, 50)),
    # Poison poured on debate, or a poisoned planet left to children.
    Rule(LL, r"\bpoisoned\s+(?:every|the|our|public|this|their)\s+(?:[a-z]+\s+)?(?:debate|debates|atmosphere|"
         r"discourse|relations|politics|minds|conversation|culture)\b|\ba\s+poisoned\s+(?:planet|river|sky|land|"
         r"haze|chalice|legacy|well)\b", 0.55, "'{text}' pictures harm as poisoning.", cues="poisoned",
         window=(3, 50)),
    Rule(LL, r"\bfabricated\s+(?:stories|story|reports|tales|narratives?|claims|accusations|allegations|news|"
         r"lies)\b", 0.55, "'{text}' asserts falsehood instead of showing it.", cues="fabricated", window=(1, 15)),
    # A wrecking ball, unless a building is coming down.
    Rule(LL, r"\bwrecking\s+ball\b", 0.55, "'{text}' pictures a policy or person as demolition.",
         veto=lambda text, m: _DEMOLITION.search(text, max(0, m.start() - 120), m.end() + 120) is not None,
         cues="wrecking", window=(1, 6)),
    # A betrayal pictured as a knife in the back: "ready to stab Rovers in the back". The one
    # stabbed is a club, a person by name or a group, not "a man" in a crime report.
    Rule(LL, r"\bstab(?:s|bed|bing)?\s+(?:[A-Z][\w’'-]+|us|you|them|voters|workers|fans|members|farmers|"
         r"fishermen|(?:our|your|their|his|her)\s+[\w’'-]+)\s+in\s+the\s+back\b", 0.6,
         "'{text}' pictures a betrayal as a stabbing.", cues="stab|stabs|stabbed|stabbing", window=(1, 45)),
    # Courage pictured as a backbone: "show some backbone", "leaders with a spine".
    Rule(LL, r"\b(?:show|shows|showed|grow|grows|grew|find|found)\s+(?:some\s+|a\s+)?(?:backbone|spine)\b|"
         r"\b(?:leaders?|politicians?|government|minister|someone|men|women)\s+with\s+(?:a\s+)?(?:backbone|spine)\b"
         r"(?!\s+(?:injury|injuries|surgery|fracture|condition|problem))", 0.55,
         "'{text}' pictures resolve as a backbone, implying others have none.", cues="backbone|spine",
         window=(25, 1)),
    Rule(NC, r"\bprofessional\s+(?:activists|agitators|protesters|protestors|complainers|offence-takers|"
         r"troublemakers|humanitarians)\b", 0.6, "'{text}' casts protesters as hired hands instead of citizens.",
         cues="professional", window=(1, 20)),
    # State-media labels for critics: "anti-China forces", "anti-Russian elements".
    Rule(NC, r"\banti-[A-Z][a-z]+\s+(?:forces|elements)\b", 0.65,
         "'{text}' labels critics as enemies of the nation instead of naming them.", case_sensitive=True,
         cues="forces|elements", window=(20, 1)),
    Rule(LL, r"\bcriminal\s+(?:blockade|sanctions|embargo|policy|policies|occupation|aggression|siege)\b", 0.6,
         "'{text}' brands a policy as a crime instead of arguing against it.", cues="criminal", window=(1, 15)),
    Rule(LL, r"\bfat\s+(?:pay\s*packets?|paychecks?|pay\s+cheques?|cheques?|bonus(?:es)?|salar(?:y|ies)|"
         r"pensions?|fees|contracts?)\b", 0.55, "'{text}' sneers at someone's pay.", cues="fat", window=(1, 15)),
    Rule(NC, r"\b(?:a|the)\s+failed\s+(?:[\w-]+\s+)?(?:politician|businessman|businesswoman|actor|candidate|banker|"
         r"comedian|novelist|lawyer|footballer|presenter|journalist|academic|mayor)\b", 0.55,
         "'{text}' dismisses a person by their failures instead of their argument.", cues="failed", window=(6, 35)),
    Rule(NC, r"\bthe\s+(?:activist|lunatic|radical|extremist|loony|far-left|far-right|hard-left|hard-right)\s+"
         r"fringe\b", 0.6, "'{text}' dismisses opponents as a fringe.", cues="fringe", window=(25, 1)),
    # "stand up to the swamp": the capital's establishment as a swamp (not a real wetland).
    Rule(NC, r"\bthe\s+swamp\b", 0.55, "'{text}' labels the establishment as a swamp.",
         veto=lambda text, m: previous_word(text, m.start()) == "drain"
         or _WETLAND.search(text, max(0, m.start() - 200), m.end() + 200) is not None,
         cues="swamp", window=(5, 1)),
    # Labels from dev63-dev66, each checked over every tuning text.
    Rule(NC, r"\b(?:the|[\w’']+-[\w’']+)\s+darling\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+|left|right|media|liberals?|"
         r"conservatives?|markets?|elites?)(?:\s+[a-z]+)?", 0.55,
         "'{text}' labels someone as a favourite of a disliked camp.", case_sensitive=True, cues="darling",
         window=(25, 40)),
    # A people's pet: "the nation's sweetheart", "Europe's favourite low-fares airline".
    Rule(NC, r"\b(?:[Tt]he\s+)?(?:nation|country|Britain|America|Europe|world|Ireland|Scotland|Wales|England|"
         r"Australia|Canada|India)[’']s\s+(?:favourite|favorite|sweetheart|darling)(?:\s+[a-z][\w-]+)?", 0.5,
         "'{text}' is a flattering label in place of a description.", case_sensitive=True,
         cues="favourite|favorite|sweetheart|darling", window=(20, 20)),
    # Royalty of a scene ("rap royalty", "darts royalty") and sharks of a trade ("property
    # sharks"): a flattering or hostile label, not a licence fee or a fish.
    Rule(NC, r"(?<![\w’'-])([a-z][a-z-]+)\s+royalty\b(?!\s+(?:law|laws|payments?|rates?|fees?|of|deal|income|"
         r"cheques?|checks?|regime|tax)\b)", 0.55,
         "'{text}' is a label in place of a description.", case_sensitive=True, veto=_plain_crown,
         cues="royalty", window=(25, 8)),
    Rule(NC, r"(?<![\w’'-])([a-z][a-z-]+)\s+sharks\b(?!\s+(?:attack|attacks|sightings?|nets?)\b)", 0.55,
         "'{text}' is a label in place of a description.", case_sensitive=True, veto=_plain_shark,
         cues="sharks", window=(25, 8)),
    # A mocking crown for a trade or a temper: "the ice queen", "chat-show king", "rentier kings".
    Rule(NC, r"(?<![\w’'-])([a-z][a-z-]+)\s+(?:queens?|kings?)\b(?![’'-])", 0.55,
         "'{text}' is a mocking title in place of a description.", case_sensitive=True, veto=_plain_crown,
         cues="queen|queens|king|kings", window=(25, 6)),
    # Cowboys of a trade: "shale cowboys", "cowboy builders".
    # A lone one too ("a leveraged-buyout cowboy"), not a plain cowboy ("a rodeo cowboy").
    Rule(NC, r"\b[a-z][\w-]+\s+cowboys\b|\bcowboy\s+(?:builder|landlord|trader|operator|firm|outfit|"
         r"(?!hats|boots|shirts|films|movies|songs|poets|ballads)[a-z]+s)\b|"
         r"\b([a-z][\w-]+)\s+cowboy\b(?!\s+(?:hats?|boots?|shirts?|country|films?|movies?|songs?|poetry|culture|[a-z]+s)\b)",
         0.55, "'{text}' brands a trade as reckless chancers instead of saying what they did.", case_sensitive=True,
         veto=_plain_cowboy, cues="cowboys|cowboy", window=(25, 20)),
    Rule(NC, r"\b(?:the\s+)?(?:(?:undisputed|reigning|self-proclaimed|self-styled|self-crowned|uncrowned)\s+)?"
         r"(?:queen|king)\s+of\s+"
         r"(?:the\s+)?(?:world\s+)?[a-z][\w-]+", 0.55, "'{text}' is a mock title in place of a description.",
         case_sensitive=True, cues="queen|king", window=(35, 30)),
    Rule(NC, r"\ba\s+(?:tiny\s+|small\s+)?handful\s+of\s+(?:[a-z-]+\s+)?(?:activists|agitators|protesters|extremists|"
         r"malcontents|diehards|radicals|troublemakers|zealots|cranks)\b", 0.55,
         "'{text}' dismisses opponents as a tiny fringe.", cues="handful", window=(15, 40)),
    Rule(LL, r"\bnaked\s+(?:protectionism|aggression|greed|ambition|power\s+grab|hypocrisy|self-interest|propaganda|"
         r"opportunism)\b", 0.6, "'{text}' brands a motive as shameless instead of showing it.", cues="naked",
         window=(1, 20)),
    # Cuts pictured as butchery: "has taken a chainsaw to pensions".
    Rule(LL, r"\b(?:take|takes|took|taken|taking)\s+(?:a|an|the)\s+(?:chainsaw|axe|hatchet|sledgehammer|machete|"
         r"blowtorch|meat\s+cleaver)\s+to\b", 0.6, "'{text}' pictures cuts as hacking with a blade.",
         cues="chainsaw|axe|hatchet|sledgehammer|machete|blowtorch|cleaver", window=(20, 5)),
    # A mock title of reverence: "the oracle of Malibu", "the high priest of austerity".
    Rule(NC, r"\b[Tt]he\s+(?:oracle|prophet|messiah|high\s+priest|high\s+priestess|guru|pope|patron\s+saint|"
         r"godfather)\s+of\s+(?:the\s+)?[\w-]+", 0.55, "'{text}' is a mock title in place of a description.",
         case_sensitive=True, cues="oracle|prophet|messiah|priest|priestess|guru|pope|saint|godfather",
         window=(20, 30)),
    # A flattering populist title: "the people's governor", "the people's champion".
    Rule(NC, r"\b[Tt]he\s+(?i:people[’']s\s+(?:governor|president|princess|prince|champion|hero|king|queen|candidate|"
         r"mayor|priest|general|leader|captain))\b", 0.55, "'{text}' is a flattering title in place of a description.",
         case_sensitive=True, cues="people's|people’s", window=(5, 15)),
    # dev71-dev73, each checked over every tuning text.
    Rule(LL, r"\b(?:ram|rams|rammed|ramming)\s+(?:[\w’'-]+\s+){1,3}?through\b", 0.55,
         "'{text}' pictures a decision as forced through.", cues="ram|rams|rammed|ramming", window=(1, 40)),
    Rule(LL, r"\bideological\s+(?:experiments?|crusades?|zealotry|obsessions?)\b", 0.55,
         "'{text}' dismisses a policy as dogma instead of answering it.", cues="ideological", window=(1, 20)),
    Rule(LL, r"\bthe\s+(?:virus|cancer|plague|poison|disease)\s+of\s+(?:[a-z][\w-]+\s+)?[a-z][\w-]+", 0.6,
         "'{text}' pictures a policy or idea as a disease.", cues="virus|cancer|plague|poison|disease", window=(5, 40)),
    Rule(LL, r"\bgambl(?:e|es|ed|ing)\s+with\s+(?:our|your|their|people[’']s|the)\s+(?:[a-z]+\s+)?(?:lives|future|"
         r"children|kids|health|safety|jobs|money|savings|pensions|countryside|economy|planet|environment|homes|"
         r"livelihoods|democracy|climate)\b", 0.6, "'{text}' pictures a policy as reckless betting.",
         cues="gambling|gamble|gambles|gambled", window=(1, 45)),
    # The fox guarding the henhouse: a regulator pictured as the predator it should watch.
    Rule(LL, r"\b(?:the\s+)?fox(?:es)?\b[^.!?\n]{0,40}?\bhen(?:house|houses|coop|s)\b", 0.55,
         "'{text}' pictures an overseer as a predator instead of showing the conflict of interest.",
         cues="fox|foxes", window=(8, 55)),
    # "couldn't tell a diffuser from a dishwasher": contempt for someone's competence.
    Rule(NC, rf"\b(?:couldn{A}t|could\s+not|can{A}t|cannot|wouldn{A}t)\s+tell\s+(?:an?|the|his|her|their)\s+"
         r"[\w-]+(?:\s+[\w-]+)?\s+from\s+(?:an?|the|his|her|their)\s+[\w-]+", 0.55,
         "'{text}' mocks someone's competence instead of saying what they got wrong.", cues="tell", window=(18, 70)),
    # Migration pictured as an invasion ("the small-boats invasion", "this is an invasion"), not
    # an army's ("Russia's invasion of Ukraine").
    Rule(LL, r"\b(?:migrant|migration|immigrant|small[- ]boats?|illegal|border)\s+invasion\b|"
         r"\b(?:this|it)(?:\s+is|['’]s)\s+an\s+invasion\b(?!\s+of\s+[A-Z])", 0.6,
         "'{text}' pictures migrants as an invading army.", cues="invasion", window=(20, 20)),
    # A mock title made of a virtue: "Mr. Loyalty", "Ms Integrity" (not "Mr Justice", a judge).
    Rule(NC, r"\bM(?:r|rs|s|iss)\.?\s+(?:Loyalty|Integrity|Honesty|Humility|Modesty|Sincerity|Decency|Transparency|"
         r"Consistency|Responsibility|Reliability|Probity|Positivity|Sunshine|Perfect|Popular|Nice\s+Guy|"
         r"Impartial|Impartiality|Squeaky-Clean|Clean|Fix-It|Fixit|Reasonable|Sensible|Compassion|Fairness|"
         r"Common\s+Sense|Giving\s+Back|Know-It-All)\b", 0.6,
         "'{text}' is a mock title in place of a name.", case_sensitive=True, cues="mr|mrs|ms|miss", window=(1, 25)),
)
