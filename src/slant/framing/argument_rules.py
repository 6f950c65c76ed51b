"""Phrase patterns for the sentence-level techniques.

Exaggeration, doubt, appeal to fear, flag-waving, slogans, causal oversimplification,
appeal to authority, black-and-white fallacies, thought-terminating clichés, whataboutism
and bandwagon. Each fires only on the words that make the move explicit (``rhetoric``
holds more shapes of the same moves).
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from slant.framing.patterns import AU, BH, BW, CO, DB, EX, FE, FW, NAME, NC, SL, SPOKEN, START, TT, WH, A, D, Rule


def _legal_alleged(text: str, m: re.Match[str]) -> bool:
    """"Allegedly stole" is legal caution; "allegedly moderate" (an adjective) casts doubt."""
    from slant.framing.lexicon import textblob_adjectives

    after = text[m.end() : m.end() + 30].split()
    return not after or after[0].lower().strip("\"“”‘’'") not in textblob_adjectives()


def _names_no_harm(text: str, m: re.Match[str]) -> bool:
    """No strongly negative word (VADER <= -1.5) in the sentence: a forecast, not a threat."""
    from slant.framing import lexicon as lx

    valence = lx.vader_valence()
    return not any(valence.get(word.lower(), 0.0) <= -1.5 for word in re.findall(r"[A-Za-z]+", m.group()))


_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_VOICE_REACH = 3000  # how far around a match to listen for the text's own voice


@lru_cache(maxsize=2)
def _own_first_person(text: str) -> list[int]:
    """Starts of "we"/"our"/"us" outside quotation marks, computed once per text."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    starts = [q[0] for q in quoted]
    own: list[int] = []
    for m in _FIRST_PERSON.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or quoted[k][1] <= m.start():
            own.append(m.start())
    return own


def _not_in_our_voice(text: str, m: re.Match[str]) -> bool:
    """Fewer than 8 "we"/"our"/"us" outside quotation marks nearby: not an organisation's voice.

    "A small number of customers were affected" minimises in a company's statement; in a
    news report that quotes its sources ("we will", the minister said) it is the count.
    Only the 3,000 characters either side count, so a long text costs no more per match.
    """
    own = _own_first_person(text)
    lo = bisect.bisect_left(own, m.start() - _VOICE_REACH)
    return bisect.bisect_left(own, m.end() + _VOICE_REACH) - lo < 8


@cache
def _superlatives() -> frozenset[str]:
    """The -est forms of the adjectives TextBlob and the lexicon know ("darkest", "messiest")."""
    from slant.framing import lexicon as lx

    adjectives = set(lx.textblob_adjectives())
    adjectives |= {w for w, e in lx.entries().items() if e.kind in (lx.MODIFIER, lx.AUTO) and " " not in w}
    known = {forms[1] for forms in map(lx.degrees, adjectives) if forms}
    return frozenset(known | {"worst", "best", "greatest", "biggest", "largest", "deadliest", "bloodiest"})


def _not_a_superlative(text: str, m: re.Match[str]) -> bool:
    """Whether a scope phrase follows no superlative ("the first test ever") or "one of the".

    "One of the deadliest" ranks; it does not claim to be the worst.
    """
    if text[max(0, m.start() - 8) : m.start()].lower().endswith("one of "):
        return True
    first = m.group().split()[0].lower()
    if first == "the":
        first = m.group().split()[1].lower()
    return first.endswith("est") and first not in _superlatives()


# Imperatives that open a rally call ("Stand up. Fight back.").
_RALLY_CALLS = (
    "Stand", "Show", "Vote", "Fight", "Join", "Rise", "Resist", "Protect", "Save", "Defend", "Stop", "Speak", "Act",
    "Sign", "Demand", "Keep", "Hold", "Reclaim", "March", "Organise", "Organize", "Unite", "Wake", "Share",
    "Support", "Boycott", "Pray", "Take", "Tax", "Expand", "Let", "Shut", "Fund", "Ban", "Free", "End", "Abolish",
    "Defund", "Cancel", "Scrap", "Bring", "Secure", "Buy", "Choose", "Reinstate",
)
_RALLY_CALL = "(?:" + "|".join(_RALLY_CALLS) + ")"


ARGUMENT_RULES: tuple[Rule, ...] = (
    # Exaggeration and minimisation.
    Rule(EX, r"\b(?:the\s+)?(?:worst|best|most\s+\w+|[a-z]+est)"
         r"\s+(?:[\w’'-]+\s+){0,8}?(?:ever(?:\s+(?:seen|recorded|known))?|in\s+(?:[\w’'-]+\s+){0,2}history|"
         r"in\s+(?:all\s+of\s+)?"
         r"(?:human\s+|recorded\s+)?history|of\s+all\s+time|the\s+world\s+has\s+ever\s+seen|in\s+my\s+lifetime|"
         r"in\s+living\s+memory|of\s+the\s+(?:decade|century))\b", 0.65,
         "'{text}' is a sweeping superlative; say what was measured instead.",
         cues="ever|history|time|lifetime|memory|decade|century", window=(150, 25), veto=_not_a_superlative),
    # "the hottest rapper on the planet": scored below a label inside it ("the richest manchild").
    Rule(EX, r"\b(?:the\s+)?(?:worst|best|most\s+\w+|[a-z]+est)\s+(?:[\w-]+\s+){0,3}?(?:on\s+(?:the\s+)?planet|"
         r"on\s+earth|alive)\b", 0.5, "'{text}' is a sweeping superlative; say what was measured instead.",
         cues="planet|earth|alive", window=(60, 5), veto=_not_a_superlative),
    Rule(EX, r"\b(?:beyond\s+(?:belief|imagination|comprehension|words)|like\s+never\s+before|"
         r"never\s+before\s+seen|of\s+biblical\s+proportions)\b", 0.6,
         "'{text}' inflates the scale of events beyond what the facts show.",
         cues="belief|imagination|comprehension|words|never|biblical", window=(25, 20)),
    # An organisation's statement playing harm down: "a small number of customers", "a brief
    # interruption", "an isolated incident".
    Rule(EX, r"\b(?i:an?\s+(?:very\s+)?(?:small|limited|tiny)\s+(?:number|fraction|minority|subset|percentage)\s+of)\b",
         0.5, "'{text}' plays the harm down; say how many.", veto=_not_in_our_voice, grow=2,
         cues="number|fraction|minority|subset|percentage", window=(30, 5)),
    # "the biggest threat to British farming since the war": a superlative danger with a yardstick.
    Rule(EX, r"\b(?:the\s+)?(?:biggest|greatest|gravest|most\s+serious|worst)\s+threat\s+to\s+[^.?!;\n]{1,40}?\s+"
         r"(?:since|in\s+(?:a\s+)?(?:generation|decades|centuries|living\s+memory)|for\s+(?:four|three|two|several)\s+"
         r"centuries)\b", 0.55, "'{text}' inflates a danger with a historic superlative.", cues="threat",
         window=(35, 75)),
    Rule(EX, r"\b(?i:an?\s+(?:tiny|small)\s+handful)\b", 0.5, "'{text}' plays the number down; say how many.",
         cues="handful", window=(15, 5)),
    Rule(EX, r"\b(?i:(?:an?|the)\s+(?:brief|minor|isolated|temporary|limited)\s+(?:period\s+of\s+)?(?:[\w-]+\s+)?"
         r"(?:interruption|issue|incident|disruption|delay|pause|outage|event|glitch|inconvenience|overflow|hiccup))\b",
         0.5,
         "'{text}' plays the harm down; say what happened, and for how long.", veto=_not_in_our_voice,
         cues="interruption|issue|incident|disruption|delay|pause|outage|event|glitch|inconvenience|overflow|hiccup",
         window=(40, 5)),
    # Doubt.
    Rule(DB, rf"\bso{D}?\s?called\b", 0.75,
         "'so-called' signals that a name should not be believed, without saying why.", grow=3, cues="called",
         window=(10, 3)),
    # The quoted name it doubts: 'so-called "solidarity mechanism"'.
    Rule(DB, rf"\bso{D}?\s?called\s+(?:[“\"][^”\"\n]{{1,60}}[”\"]|‘[^’\n]{{1,60}}’)", 0.75,
         "'{text}': 'so-called' signals that a name should not be believed, without saying why.", cues="called",
         window=(10, 70)),
    # People it doubts are labelled: "the so-called liberal experts", 'so-called "human rights defenders"'.
    Rule(NC, rf"\bso{D}?\s?called\s+[“\"‘]?(?:[\w’'-]+\s+){{0,3}}(?:experts?|activists?|defenders?|journalists?|"
         r"scientists?|educators?|friends|liberals?|leaders?|scholars?|officials?|rebels|moderates|analysts?|"
         r"elites?|progressives|patriots|campaigners|professionals|authorities|allies|watchdogs?|fact-checkers|"
         r"[a-z]+(?:ists|ians))\b[”\"’]?", 0.8,
         "'{text}' labels people while doubting they are what they are called.", cues="called", window=(10, 70)),
    Rule(DB, rf"\b(?:self{D}described|would{D}be|supposed(?!\s+to\b)|purported)\b", 0.55,
         "'{text}' casts doubt on the title or claim that follows.", grow=2,
         cues="self-described|would-be|supposed|purported"),
    # A title the holder gave themselves is a label: "self-appointed guardians", "pseudo-experts".
    Rule(NC, rf"\b(?:self{D}(?:proclaimed|styled|appointed|crowned|anointed)|pseudo(?:{D}[A-Za-z][\w’'-]*)?)"
         r"(?![\w’'-])", 0.6,
         "'{text}' mocks a title as self-awarded instead of saying what is wrong with it.", grow=2,
         cues="self-proclaimed|self-styled|self-appointed|self-crowned|self-anointed|pseudo"),
    Rule(DB, r"\b(?:supposedly|purportedly|ostensibly)\b", 0.5,
         "'{text}' implies a claim is false without giving evidence.", cues="supposedly|purportedly|ostensibly"),
    Rule(DB, r"\ballegedly\b", 0.35,
         "'allegedly' before a description can cast doubt on it; state who claims what.",
         veto=_legal_alleged, grow=2, cues="allegedly"),
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
         r"(?:you|us|(?:your|our)\s+[\w’'-]+(?:\s+[\w’'-]+(?=[.!?,;”\"’\n]))?)\b", 0.7,
         "'{text}' stokes fear of a personal threat.", cues="coming"),
    Rule(FE, r"\bend\s+of\s+(?:western\s+)?(?:civili[sz]ation|democracy|the\s+world|freedom|America|"
         r"Europe)\b", 0.55, "'{text}' predicts doom.",
         cues="civilization|civilisation|democracy|world|freedom|america|europe", window=(20, 5)),
    # A conditional threat: "If this ban goes ahead, ex-smokers will be pushed back to deadly
    # cigarettes." Plain forecasts ("If approved, the merger will close in May") name no harm.
    Rule(FE, rf"{START}(?:If|Unless)\s+[^,.!?\n]{{3,140}},\s+[^.!?\n]{{0,160}}?\b(?:will|{A}ll)\b"
         r"[^.!?\n]{3,200}+[.!?]", 0.35,
         "'{text}' threatens harm if the reader does not act: an appeal to fear.", veto=_names_no_harm,
         cues="if|unless", window=(0, 500)),
    # "Today it is a list of phrases; tomorrow it will be your son's grade" (the reader or
    # "they" in the second half: "tomorrow it will vote" is a schedule), "the pension scheme
    # will be next", "only a matter of time".
    Rule(FE, rf"\b[Tt]oday\b[^.!?\n;,:–—-]{{3,120}}[;,:–—-]\s*[^.!?\n]{{0,80}}\btomorrow\b"
         rf"(?=[^.!?\n]{{0,60}}\b(?:your|our|you|us|they|them)\b)[^.!?\n]{{0,160}}|"
         rf"\b(?:will|{A}ll)\s+be\s+next\b|\b(?:you|we)\s+could\s+be\s+next\b|\bonly\s+a\s+matter\s+of\s+time\s+"
         r"(?:before|until)\b[^.!?\n]{3,160}", 0.55, "'{text}' warns that worse is coming, to stir fear.",
         cues="today|next|matter", window=(10, 300)),
    Rule(FE, rf"\bif\s+we\s+(?:do\s+not|don{A}t|fail\s+to)\s+(?:act|stop\s+(?:them|this|it))\b(?:\s+now)?",
         0.5, "'{text}' frames inaction as leading to disaster.", cues="act|stop"),
    # Flag-waving.
    Rule(FW, r"\b(?:true|real|genuine)\s+(?:patriots?|Americans?|Britons?|Englishmen|Frenchmen|"
         r"Germans?|Russians?|Israelis?|Indians?|Canadians?|Australians?|Europeans?)\b", 0.7,
         "'{text}' appeals to group identity and implies opponents are not true members.",
         cues="patriot|patriots|american|americans|briton|britons|englishmen|frenchmen|german|germans|russian|russians|israeli|israelis|indian|indians|canadian|canadians|australian|australians|european|europeans",
         window=(20, 5)),
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
    # A chant opens its sentence or quotation: "sits down with a reporter" is no slogan.
    Rule(SL, r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=[“\"‘]))(?:[Dd]own\s+with|[Ll]ong\s+live)\s+"
         r"(?:the\s+)?[\w’'-]+", 0.8,
         "'{text}' is a chant-like slogan.", case_sensitive=True, cues="down|live", window=(5, 40)),
    Rule(SL, r"\b(?:lock\s+(?:her|him|them)\s+up|build\s+the\s+wall|drain\s+the\s+swamp|make\s+\w+\s+"
         r"great\s+again|yes\s+we\s+can|no\s+justice,?\s+no\s+peace|enough\s+is\s+enough|hands\s+off\s+"
         r"(?:(?:our|my|your|the)\s+)?[\w’'-]+(?:\s+[\w’'-]+(?=[.!?,;”\"’]))?|not\s+in\s+my\s+name|stop\s+the\s+steal|"
         r"take\s+back\s+control|workers\s+of\s+the\s+world,?\s+unite|from\s+the\s+river\s+to\s+the\s+sea|"
         r"God\s+bless\s+America|America\s+first)\b", 0.75,
         "'{text}' is a political slogan.",
         cues="lock|wall|swamp|again|yes|justice|enough|hands|name|steal|control|unite|river|bless|america",
         window=(45, 45)),
    Rule(SL, rf"(?<![\w-]){NAME}\s+must\s+(?:go|fall)\b", 0.6,
         "'{text}' is a slogan demanding someone's removal.", case_sensitive=True, cues="must"),
    # Slogan shapes: possessive parallels ("Our city, our lives."), rights claims ("Housing
    # is a human right", "X is not for sale."), "No more X.", "X saves lives", "X will
    # triumph!", "People before profit", and runs of short rally-call imperatives.
    Rule(SL, r"\b(?:Our|Your|My)\s+[\w’'-]+(?:,\s+(?:[Oo]ur|[Yy]our|[Mm]y)\s+[\w’'-]+){1,3}(?:[.!]|(?=[”\"]))", 0.65,
         "'{text}' is a chant-like slogan built on repetition.", case_sensitive=True,
         cues="our|your|my", window=(60, 60)),
    # One word opening three short items, alone as a sentence: "Polish courts, Polish
    # judges, Polish law." (the capital is matched first, so the scan skips to capitals).
    Rule(SL, r"(?P<w>[A-Z](?<![\w’'-][A-Z])(?<![a-z,;] [A-Z])[\w’'-]*)\s+[\w’'-]+,\s+(?i:(?P=w))\s+[\w’'-]+,?\s+"
         r"(?:and\s+)?(?i:(?P=w))\s+[\w’'-]+[.!](?=\s|$|[”\"’])", 0.6,
         "'{text}' is a chant-like slogan built on repetition.", case_sensitive=True, cues=""),
    Rule(SL, r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s+(?:is|are)\s+(?:a\s+(?:basic\s+|human\s+)?right|"
         r"not\s+for\s+sale|not\s+a\s+crime)(?:,\s+not\s+a\s+[\w’'-]+)?(?=[.!])|(?<![\w’'-])[a-z][\w’'-]*\s+(?:is|are)\s+"
         r"an?\s+(?:basic\s+|human\s+|fundamental\s+)?right,\s+not\s+an?\s+[\w’'-]+", 0.65,
         "'{text}' is a slogan: a claim stated as a rallying cry, not argued.", case_sensitive=True,
         cues="right|sale|crime", window=(60, 30)),
    Rule(SL, r"(?:(?<=^)|(?<=[.!?\n“\"]\s)|(?<=\n)|(?<=[“\"]))"
         r"No\s+more\s+(?!than\b)[\w’'-]+(?:\s+[\w’'-]+){0,3}[.!]", 0.6,
         "'{text}' is a slogan-like demand.", case_sensitive=True, cues="more", window=(4, 50)),
    # "No war for oil!", "No blood for profit": the anti-war chant's shape.
    Rule(SL, r"\bno\s+(?:war|blood)\s+for\s+[\w’'-]+!?", 0.65, "'{text}' is a protest chant.",
         cues="war|blood", window=(5, 20)),
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
    Rule(SL, rf"{START}(?:{_RALLY_CALL}\b[^.!?\n]{{0,25}}[.!]\s+){{1,3}}{_RALLY_CALL}\b[^.!?\n]{{0,25}}[.!]", 0.6,
         "'{text}' is a string of rally calls.", case_sensitive=True,
         cues="|".join(call.lower() for call in _RALLY_CALLS), window=(3, 160)),  # a call opens the match
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
         r"(?:of|for|behind|why)\b|\bthe\s+(?:only|real|sole)\s+reason\b(?!\s+to\b)|"
         r"\bthe\s+root\s+cause\b(?:\s+of\s+[^.?!\n]{1,60}?)?\s+(?:is|lies|was)\b", 0.5,
         "'{text}' reduces a complex issue to one cause.", cues="cause|reason|culprit|source"),
    # "X is the direct result of Y": one cause asserted for what has many.
    Rule(CO, r"\b(?:is|are|was|were)\s+(?:simply\s+|nothing\s+but\s+)?(?:the|a)\s+direct\s+"
         r"(?:result|product|consequence|fruit|outcome)\s+of\b|\b(?:comes?|came|boils?|boiled)\s+down\s+to\s+"
         r"(?:one|a\s+single)\s+(?:thing|word|man|woman|person|decision|reason|cause)\b", 0.55,
         "'{text}' puts a complex outcome down to a single cause.", cues="direct|down", window=(40, 50)),
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
         r"(?:(?:across|around|all\s+over)\s+the\s+(?:world|globe|country)\s+)?(?:all\s+|unanimously\s+)?"
         r"(?:agree|have\s+(?:proven|proved)|are\s+unanimous)\b", 0.55,
         "'{text}' rests the claim on unnamed authorities rather than evidence.", cues="agree|proven|proved|unanimous"),
    Rule(AU, r"\b(?:studies|science|research)\s+(?:shows?|proves?|has\s+(?:shown|proven|proved)|tells\s+us)\b",
         0.45, "'{text}' invokes research without citing it.", cues="shows|show|proves|prove|shown|tells",
         window=(15, 20)),
    Rule(AU, rf"\b(?:renowned|respected|eminent|world{D}renowned|world{D}famous|distinguished|esteemed|"
         r"famous|highly\s+respected|leading|foremost)\s+(?:[\w-]+\s+)?(?:experts?|scientists?|professors?|"
         r"economists?|analysts?|historians?|authorit(?:y|ies)|scholars?|doctors?|journalists?|researchers?|jurists?|"
         r"psychiatrists?|surgeons?|[a-z]+ologists?|[a-z]+icians?)\b", 0.5,
         "'{text}' leans on the speaker's prestige.",
         cues="renowned|respected|eminent|world-renowned|world-famous|distinguished|esteemed|famous|leading|foremost"),
    Rule(AU, r"\b[Aa]s\s+(?:the\s+)?(?:great\s+|late\s+)?(?:[A-Z][\w.’'-]+\s+){1,4}(?:(?:of|at)\s+[^,.;\n]{1,50}?\s+)?"
         r"(?:itself\s+|himself\s+|herself\s+|themselves\s+)?(?:once\s+|famously\s+|rightly\s+|wisely\s+)?"
         r"(?:has\s+|have\s+)?(?:said|wrote|taught|noted|observed|warned|pointed\s+out|reminded\s+us|argued|shown|"
         r"confirmed|acknowledged|put\s+it|told\s+us|explained)\b", 0.5,
         "'{text}' invokes a famous name to settle the point.", case_sensitive=True,
         cues="as", window=(0, 140)),  # cued where it starts, it is tried once per "as", not over 140 characters
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
         r"possibilities|alternatives|kinds|types)\b|\bthere\s+are\s+two\s+(?:kinds|types)\s+of\s+[\w\s’'-]{1,40}?:",
         0.75, "'{text}' presents a false choice.", cues="two", window=(25, 50)),
    Rule(BW, r"\b(?:there\s+is\s+)?no\s+(?:middle\s+ground|third\s+way|other\s+(?:option|choice|"
         r"alternative))\b|\bthere\s+is\s+no\s+alternative\b", 0.6,
         "'{text}' denies that other options exist.", cues="ground|third|alternative|option|choice", window=(25, 15)),
    Rule(BW, r"\b(?:either\s+(?:you|we|they)|(?:you|we|they)\s+either)\s+[^.?!;\n]{1,60}?\bor\s+(?:you|we|they)\b",
         0.55,
         "'{text}' frames the issue as a choice between two options only.", cues="either", window=(5, 100)),
    # "Either the policy changes behaviour or it raises money", "We can either evolve ... or stand still".
    Rule(BW, r"\b[Ee]ither\s+(?!you\b|we\b|they\b)[^.?!;\n]{3,80}?\bor\s+(?:it|he|she|they|we|you)\s+[a-z]+|"
         r"\b(?:can|could|will|must)\s+either\s+[^.?!;\n]{3,60}?\bor\s+[a-z]+", 0.5,
         "'{text}' frames the issue as a choice between two options only.", cues="either", window=(10, 110)),
    Rule(BW, rf"\b(?:you|we|they)(?:\s+are|{A}re)\s+either\s+[^.?!;\n]{{1,80}}?\bor\b"
         r"[^.?!;\n]{1,60}", 0.7, "'{text}' allows only two sides.", cues="either", window=(15, 160)),
    Rule(BW, r"\b(?:standing\s+still|doing\s+nothing|inaction|the\s+status\s+quo|waiting)\s+is\s+(?:not\s+an\s+option|"
         r"no\s+longer\s+an\s+option)\b", 0.6, "'{text}' presents one course as the only alternative to failure.",
         cues="option", window=(40, 5)),
    # Thought-terminating clichés.
    Rule(TT, rf"\b(?:it\s+is\s+what\s+it\s+is|end\s+of\s+(?:story|discussion|debate)|that{A}s\s+all\s+there"
         rf"\s+is\s+to\s+it|enough\s+said|nothing\s+to\s+see\s+here|the\s+facts\s+speak\s+for\s+themselves|"
         r"everything\s+happens\s+for\s+a\s+reason|boys\s+will\s+be\s+boys|simple\s+"
         rf"as\s+that|that{A}s\s+just\s+the\s+way\s+it\s+is|the\s+science\s+is\s+settled|don{A}t\s+"
         r"overthink\s+it|it\s+is\s+what\s+it\s+is|(?:it[’']s\s+)?now\s+or\s+never|"
         r"resistance\s+is\s+futile)\b", 0.7, "'{text}' is a cliché that shuts down thought.",
         cues="story|discussion|debate|enough|see here|themselves|reason|boys|simple|settled|overthink|what|way|never|"
         "futile",
         window=(50, 50)),
    Rule(TT, rf"\b(?:needless\s+to\s+say|it\s+goes\s+without\s+saying|let{A}s\s+face\s+it|"
         rf"(?:it{A}s|is)\s+(?:just\s+)?common\s+sense|so\s+be\s+it)\b", 0.45,
         "'{text}' presents a claim as beyond discussion.", cues="needless|saying|face|sense|so be it"),
    Rule(TT, r"(?<=[.!] )Period[.!]", 0.6, "'{text}' closes the point without argument.",
         case_sensitive=True, cues="period"),
    Rule(TT, rf"\b(?:history|the\s+numbers|numbers|the\s+facts|facts|the\s+data|data)\s+"
         rf"(?:don{A}t|doesn{A}t|do\s+not|does\s+not|"
         r"never)\s+lies?\b|\bEnd\s+of\.(?=\s|$)", 0.6, "'{text}' closes the argument without making it.",
         cues="lie|lies|end", window=(25, 5)),
    # "Follow the money": the motive asserted as the whole explanation; the tuning sets'
    # annotators tagged it a thought-terminating cliche or a slogan, never loaded language.
    Rule(TT, r"\bfollow\s+the\s+money\b", 0.55, "'{text}' closes the inquiry with a slogan instead of evidence.",
         cues="money", window=(15, 1)),
    # Risk pictured as fire ("they are playing with fire"): a warning, not a description.
    Rule(FE, r"\bplay(?:s|ing|ed)?\s+with\s+fire\b", 0.55, "'{text}' warns of danger instead of arguing.",
         cues="fire", window=(20, 1)),
    # A decision played down as mere prudence.
    Rule(EX, r"\bout\s+of\s+(?:an\s+)?(?:abundance|excess)\s+of\s+caution\b", 0.5,
         "'{text}' plays a decision down as mere prudence.", cues="abundance|excess", window=(10, 12)),
    # Whataboutism, straw men, red herrings.
    Rule(WH, r"\b(?:but\s+)?what\s+about\s+[^.?!\n]{1,60}\?", 0.6,
         "'{text}' deflects by pointing at someone else's conduct.", cues="about", window=(20, 70)),
    Rule(WH, r"\bwhere\s+(?:was|were)\s+(?:the\s+|these\s+|those\s+|all\s+(?:the|these|those)\s+)?"
         r"(?:outrage|media|critics|"
         r"protests?|\w+)\s+when\b", 0.7, "'{text}' deflects with a charge of hypocrisy.", cues="where",
         window=(3, 70)),
    Rule(WH, r"\bthe\s+(?:very\s+)?same\s+(?:people|media|politicians|critics|folks|journalists)\s+who\b", 0.55,
         "'{text}' attacks the critics' consistency rather than the argument.", cues="same", window=(10, 35)),
    Rule(WH, rf"\bwhy\s+(?:don{A}t|didn{A}t|doesn{A}t|won{A}t)\s+(?:they|you|the\s+media|the\s+\w+)\s+"
         r"(?:talk\s+about|mention|report\s+on|cover|condemn)\b", 0.6,
         "'{text}' changes the subject to what others ignore.", cues="why"),
    Rule(WH, r"\bwould\s+(?:have|like)\s+(?:you|us)\s+(?:to\s+)?believe\b", 0.6,
         "'{text}' attributes a position to opponents (a possible straw man).", cues="believe"),
    # Bandwagon and reductio ad hitlerum.
    # ... also of a place or a crowd: "everyone in the ground saw it", "every honest citizen knows".
    Rule(BH, r"\b(?:everyone|everybody|every\s+honest\s+[a-z]+)\s+(?:(?:in|on|at|outside|inside|across|around)\s+"
         r"(?:[\w’'-]+\s+){1,4}?)?(?:already\s+)?(?:knows|agrees|understands|can\s+see|saw)\b", 0.7,
         "'{text}' claims universal agreement instead of evidence.", cues="everyone|everybody|every",
         window=(30, 70)),
    Rule(BH, rf"\b(?:all|most)\s+(?:sensible|right{D}thinking|reasonable|decent|thinking|normal|"
         r"intelligent)\s+(?:people|Americans|citizens|folks|men|women)\b", 0.6,
         "'{text}' implies anyone who disagrees is not sensible.",
         cues="sensible|right-thinking|reasonable|decent|thinking|normal|intelligent"),
    Rule(BH, r"\b(?:the|our)\s+movement\s+is\s+(?:growing|unstoppable|spreading)\b|\beveryone\s+else\s+(?:is|gets|has|"
         r"already)\b", 0.6, "'{text}' urges you to follow the crowd.", cues="movement|else", window=(20, 20)),
    Rule(BH, r"\b(?:the\s+)?(?:whole|entire)\s+(?:world|country|nation)\s+(?:knows|agrees|condemns|wants|"
         r"is\s+(?:now\s+)?(?:going\s+to\s+be\s+)?(?:watching|with|behind|sick|tired|fed\s+up|seething|united|talking|laughing|"
         r"Team))\b", 0.6, "'{text}' claims universal agreement.", cues="world|country|nation", window=(15, 50)),
    # "The people have spoken": a vote or a poll as a verdict no one may question.
    Rule(BH, r"\b(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:people|fans|internet|street|nation|masses|voters|public|country|"
         rf"members|town|city|readers|people\s+of\s+[A-Z][a-z]+)\s+(?:has|have)\s+{SPOKEN}", 0.55,
         "'{text}' presents a crowd's verdict as the end of the argument.", cues="spoken", window=(40, 5)),
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
         rf"Reich|Stasi|Goebbels|Mussolini|Pol\s+Pot|Khmer\s+Rouge)(?:(?:{A}s?)?\s+(?:playbook|tactics))?", 0.75,
         "'{text}' discredits by comparison with Nazis or dictators.",
         cues="hitler|nazis|nazi|stalin|mussolini|pol pot|gestapo|reich|goebbels|stasi|khmer rouge"),
    Rule(BH, rf"\b(?:Hitler|Nazi|Gestapo|Stasi|Goebbels)(?:{D}style|{D}like|esque|\s+tactics)\b|"
         r"\b(?:Hitlerian|Goebbelsian)\b", 0.7,
         "'{text}' discredits by association with the Nazis.",
         cues="hitler|nazi|gestapo|stasi|goebbels|hitlerian|goebbelsian"),
)
