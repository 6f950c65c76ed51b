"""Signs that a lexicon word is used plainly where it stands, not as loaded language.

A word that is loaded in one phrase is plain in another: "woke activists" but "woke up",
"a vicious smear" but "a smear test", "holding the NHS to ransom" but "no ransom was
paid", "the Leech" but "Leech Creek". The checks look only at the words right next to
the cue, so they cost nothing where the cue is rare.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from slant.framing import lexicon as lx

# The next word that makes the cue plain.
_PLAIN_BEFORE = {
    "woke": ("up",),
    "smear": ("of", "test", "tests"),
    "entitled": ("to",),
    "awful": ("lot",),
    "rubbish": ("bin", "bins", "collection", "collections", "tip", "dump", "bag", "bags", "left", "uncollected"),
    "ransom": ("had", "has", "was", "were", "demand", "demands", "payment", "payments", "note"),
    # "the answer lies in", "what lies ahead": the verb, not falsehoods.
    "lies": (
        "in", "with", "at", "on", "across", "atop", "astride", "off", "beyond", "under",
        "ahead", "behind", "beneath", "elsewhere", "somewhere", "within", "between",
        "outside", "along", "near", "deep", "dormant", "empty", "idle", "low", "still", "open", "buried",
        "scattered", "north", "south", "east", "west", "squarely", "entirely", "partly", "largely", "mainly",
        "solely", "wholly", "primarily", "a", "an", "the",  # "beneath the sea lies a world"
    ),
    # "incandescent rock" from a volcano, "incandescent bulbs": heat and light, not rage.
    "incandescent": ("lava", "rock", "rocks", "material", "debris", "ash", "gas", "light", "lights", "bulb", "bulbs",
                     "lamp", "lamps", "blocks", "fragments"),
    "reckless": ("disregard",),
    "sheep": ("farmer", "farmers", "farm", "farms", "farming", "station", "stations", "flock", "flocks", "dip",
              "shearing", "shearers", "wool", "meat", "numbers", "and"),
    "toxic": ("gas", "gases", "fumes", "smoke"),
    # a sprawling camp or city is a size, not a slur; a sprawling bureaucracy is a slur
    "sprawling": ("camp", "camps", "city", "cities", "complex", "campus", "estate", "estates", "metropolis", "suburb",
                  "suburbs", "site", "compound", "park", "mansion", "house", "villa", "ranch", "capital", "township",
                  "slum", "slums", "settlement", "facility", "plant", "base", "prison", "port", "delta", "forest",
                  "garden", "gardens", "district", "area", "region", "archipelago", "network"),
    "rampant": ("inflation",),
    # a tenured professor holds a post; "tenured activists" is a sneer
    "tenured": ("professor", "professors", "faculty", "position", "positions", "post", "posts", "track", "staff",
                "teacher", "teachers", "lecturer", "lecturers", "chair", "appointment", "appointments", "academic",
                "academics", "member", "members", "status"),
    "social engineering": ("attack", "attacks", "scam", "scams", "tactic", "tactics", "technique", "techniques",
                           "fraud", "schemes", "scheme", "campaign", "campaigns"),
    "avalanche of": ("snow", "rock", "rocks", "ice", "mud", "debris", "earth", "stones"),
    "extremist": ("organisation", "organization", "organisations", "organizations"),
    "wrecking": ("ball", "balls", "yard", "yards", "crew", "crews", "truck", "trucks"),
    # "stabbed in the back and the chest": a wound, not a betrayal.
    "stabbed in the back": ("and", "with", "of", "during", "outside", "inside", "near", "several", "twice", "while"),
    # an extraordinary session or general meeting is a procedure, not praise
    "extraordinary": ("session", "sessions", "meeting", "meetings", "general", "summit", "summits", "congress",
                      "plenary", "rendition", "renditions", "circumstances", "measures", "leave", "powers",
                      "magisterium"),
    "devastating": ("earthquake", "earthquakes", "flood", "floods", "flooding", "fire", "fires", "wildfire",
                    "wildfires", "storm", "storms", "hurricane", "hurricanes", "typhoon", "cyclone", "tornado",
                    "tornadoes", "tsunami", "drought", "droughts", "famine", "quake", "quakes", "disease", "diseases",
                    "illness", "injury", "injuries", "outbreak", "landslide", "landslides", "blaze", "blazes"),
    # incendiary rounds burn: a munition, not rhetoric
    "incendiary": ("ammunition", "bullet", "bullets", "round", "rounds", "capsule", "capsules", "device", "devices",
                   "bomb", "bombs", "weapon", "weapons", "munition", "munitions", "shell", "shells", "grenade",
                   "grenades", "balloon", "balloons", "kite", "kites", "material", "materials"),
    # a hostile takeover or hostile fire, an aggressive tumour: terms of trade, war and medicine
    "hostile": ("takeover", "takeovers", "bid", "bids", "fire", "environment", "environments", "territory", "aircraft",
                "forces", "force", "act", "acts", "action", "actions", "witness", "witnesses", "work"),
    "aggressive": ("cancer", "cancers", "tumour", "tumours", "tumor", "tumors", "form", "forms", "treatment",
                   "treatments", "strain", "strains", "chemotherapy", "growth", "bid", "bids", "bidding", "pricing",
                   "rate", "rates", "hike", "hikes", "hiking", "cut", "cuts", "tightening", "easing", "expansion",
                   "investment", "investments"),
    "seized on": (
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ),
}
# The previous word that makes the cue plain ("kidnapped for ransom"); a baron with no
# trade before it is a title or a game's monster ("take baron"), not an "oil baron".
_BARE = ("the", "a", "take", "took", "taking", "his", "her", "their", "at", "to", "on")
# The trade, not the killers: "independent butchers", "Good butchers sell plenty of them".
_TRADE = ("independent", "local", "good", "family", "master", "craft", "village", "halal", "kosher", "traditional",
          "skilled", "high-street", "your", "our")
# A drilling rig is no fix, and a Grand Slam no attack.
_RIGS = ("drilling", "oil", "gas", "offshore", "a", "an", "the", "lighting", "fishing", "test")
_PLAIN_AFTER = {
    "ransom": ("for",), "lies": ("it", "blame", "fault", "responsibility", "answer", "truth", "future", "problem"),
    "baron": _BARE, "barons": _BARE, "butcher": _TRADE, "butchers": _TRADE,
    "rig": _RIGS, "rigs": _RIGS, "slam": ("grand",), "slams": ("grand",),
    # a lunch that is eaten is no free-rider's gain
    "a free lunch": ("get", "gets", "got", "receive", "receives", "received", "eat", "eats", "ate", "offered", "given",
                     "serve", "serves", "served", "provide", "provides", "provided", "enjoy", "enjoyed", "and"),
    # a school's cheerleaders at a game are a squad, not flatterers
    **{form: ("school's", "team's", "club's", "college", "varsity", "nfl", "nba", "high-school", "professional")
       for form in ("cheerleader", "cheerleaders")},
    # a bum sat on is no insult
    "bum": ("his", "her", "my", "your", "their", "our", "on", "its"),
    # a nurse's scrubs are clothes, not a cover-up
    "scrubs": ("her", "his", "their", "your", "in", "surgical", "blue", "green", "wearing", "hospital", "nursing"),
}
# A capitalised cue before a place noun is part of a name ("Leech Creek").
_PLACE_NOUN = re.compile(r"\s(?:Creek|River|Lake|Island|Islands|Street|Road|Avenue|Bay|Valley|Mountain|Hill|Park|"
                         r"County|Point|Falls|Springs|Canyon|Ridge|Forest|Bridge)\b")
# A label followed by an object pronoun is a verb: "don't let the name fool you".
_OBJECT_PRONOUN = re.compile(r"\s+(?:you|us|me|them|him|her|anyone|anybody|everyone|nobody)\b")


# What is pulled down when a verb of defeat is literal: "demolish the old stadium".
_BUILT_THING = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:buildings?|stadiums?|homes?|houses?|bridges?|towers?|blocks?|structures?|walls?|"
    r"factor(?:y|ies)|cars?|vehicles?|ships?|sheds?|barns?|church(?:es)?|hotels?|offices?|schools?|hospitals?|"
    r"plants?|villages?|huts?|shacks?|camps?|mosques?|temples?|ruins)\b",
    re.IGNORECASE,
)


# "the bus plunged into a ravine": a fall, not "plunged into chaos".
_INTO_A_DROP = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:ravine|river|sea|canal|gorge|valley|lake|water|ocean|pool|reservoir|"
    r"creek|ditch|gully|harbou?r|bay|mud|floodwaters)\b",
    re.IGNORECASE,
)
# What is ripped up or out when the work is literal: "firefighters ripped up the floor".
_FIXTURE = re.compile(
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:floors?|floorboards|carpets?|tiles?|track|tracks|rails?|tarmac|pipes?|pipework|"
    r"wiring|roots?|weeds?|trees?|hedges?|stumps?|paving|concrete|asphalt|turf|lawn|plaster|cables?)\b",
    re.IGNORECASE,
)


# A limp in the walk or a limp body is no weak reply: "walked with a limp.", "his limp arm".
_LIMB_OR_GAIT = re.compile(
    r"\s*[.;:!?)]|\s+(?:body|bodies|arms?|legs?|hands?|wrists?|corpses?|flowers?|lettuce|hair|after|from|since|"
    r"for|and|in|on|that|which|as)\b",
    re.IGNORECASE,
)


# Cue -> what, following it, makes it plain (a wider look than the next word of _PLAIN_BEFORE).
_PLAIN_FOLLOWED_BY = {
    **{form: _BUILT_THING for verb in ("demolish", "wreck", "bulldoze", "gut") for form in lx.inflect(verb)},
    **{form + " into": _INTO_A_DROP for form in lx.inflect("plunge")},
    "limp": _LIMB_OR_GAIT,
    **{form + particle: _FIXTURE for form in lx.inflect("rip") for particle in (" up", " out")},
}


_SOLD_OUT = frozenset(["sell out", "sells out", "sold out", "selling out"])
_PASSIVE = frozenset(["was", "were", "been", "being", "be", "is", "are", "get", "got", "feel", "felt"])
# What sells out when nobody is betrayed: "sold out 19,400 seats", "sold out in minutes".
_SOLD_OUT_PLAIN = re.compile(
    r"\s*(?:[\d.,;:!?)]|(?:an?\s+)?\d|(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:seats|tickets|shows?|"
    r"venues?|arenas?|halls?|stadiums?|concerts?|tours?|gigs?|dates|performances?|nights|copies|stock|editions?|"
    r"runs?)\b|(?:in|within|fast|quickly|immediately|instantly|again|completely|twice|every)\b)"
)


def _sold_as_goods(text: str, start: int, end: int) -> bool:
    """"Sold out" of tickets or stock, not of people: no passive, and seats or a time follow."""
    prev = lx.PREV_WORD.search(text, max(0, start - 20), start)
    if prev is not None and prev.group(1).lower() in _PASSIVE:
        return False
    return _SOLD_OUT_PLAIN.match(text, end) is not None


def plain_here(text: str, key: str, start: int, end: int) -> bool:
    """Whether the words around the cue at ``start:end`` of ``text`` show a plain use.

    ``key`` is the cue as ``lexicon.normalize`` gives it (the lexicon's own key).
    """
    if key in _SOLD_OUT:
        return _sold_as_goods(text, start, end)
    following = _PLAIN_FOLLOWED_BY.get(key)
    if following is not None and following.match(text, end):
        return True
    if text[start].isupper():
        if _PLACE_NOUN.match(text, end) or _inside_a_name(text, start, end):
            return True
        cue = text[start:end]
        if cue[1:].islower() and cue.isalpha() and is_surname(text, start, end):
            return True
    before = _PLAIN_AFTER.get(key)
    if before is not None:
        prev = lx.PREV_WORD.search(text, max(0, start - 20), start)
        if prev is not None and lx.normalize(prev.group(1)) in before:
            return True
    after = _PLAIN_BEFORE.get(key)
    if after is None:
        return False
    nxt = lx.NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).lower() in after


_BEFORE_A_VERB = frozenset(
    "to will would can could may might must should shall not never they we you i who also just only "
    "simply don't didn't doesn't won't can't cannot let help us them always often now then still".split()
)
_OBJECT_START = re.compile(
    r"[ \t]+(?:the|a|an|our|your|their|his|her|its|this|these|those|them|us|him|me|it|every|any|some|out|up|"
    r"off|down|through|away)\b",
    re.IGNORECASE,
)


def reads_as_verb(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` reads as a verb ("to gut the bill"), not a noun ("the crater").

    It does after "to", a modal or a subject pronoun, or before an object.
    """
    if _OBJECT_START.match(text, end):
        return True
    prev = lx.PREV_WORD.search(text, max(0, start - 20), start)
    return prev is not None and lx.normalize(prev.group(1)) in _BEFORE_A_VERB


def label_used_as_verb(text: str, end: int) -> bool:
    """Whether the label ending at ``end`` is a verb here ("fool you", "bully us")."""
    return _OBJECT_PRONOUN.match(text, end) is not None


_LINE_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or nor but by as with from vs is are".split())


_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.-]*)[ \t]+$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
# Capitalised determiners: the word after one may be a name, but they are never part of it.
_DETERMINERS = frozenset("The A An This That These Those His Her Their Its Our My Your".split())


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised word between two others in running text: "the National Astronomical Observatory"."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    return (
        before is not None
        and before.group(1) not in _DETERMINERS
        and _CAPITALISED_AFTER.match(text, end) is not None
        and not in_title_case_line(text, start)
    )


def in_title_case_line(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is a headline in title case, where capitals mark no names."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in _LINE_WORD.findall(text, start, len(text) if end < 0 else end)
             if w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# Capitalised words that do not make the next one a surname: determiners, and titles that
# make a mock title of a loaded word ("Chef Filth", "Captain Chaos").
_NOT_A_GIVEN_NAME = _DETERMINERS | frozenset(
    "Big Great Old New Little Young Mad Bad "
    "Mr Mrs Ms Miss Mister Sir Dame Lord Lady King Queen Prince Saint St Chef Captain Doctor Dr Professor Comrade "
    "General Chief Judge Mayor Senator Uncle Auntie".split()
)
_NEARBY = 3000  # how far around a word to look for how else the text writes it
_WORD_CHAR = re.compile(r"[\w’'-]")


def is_surname(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start:end`` is someone's name ("Tyson Fury", "Rory Gallant").

    It is when the text around it (3,000 characters either side, so a long text costs no
    more per word than a short one) never writes the word in lower case, puts it after
    another capitalised word on a line that is not a title-case headline ("Tyson Fury"),
    and also uses it alone ("Fury said"), as a text does with a surname after the first
    mention. Then "Fury" and "Gallant" are names, not loaded words; "its Putin Puppet",
    said once, is not.
    """
    word = text[start:end]
    lo, hi = max(0, start - _NEARBY), min(len(text), end + _NEARBY)
    if next(_whole_words(text, word.lower(), lo, hi), None) is not None:
        return False
    after_name = alone = False
    for pos in _whole_words(text, word, lo, hi):
        prev = lx.PREV_WORD.search(text, max(0, pos - 30), pos)
        given = prev.group(1) if prev else ""
        if given[:1].isupper() and given not in _NOT_A_GIVEN_NAME and not in_title_case_line(text, pos):
            after_name = True
        else:
            alone = True
        if after_name and alone:
            return True
    return False


def _whole_words(text: str, word: str, lo: int, hi: int) -> Iterator[int]:
    """Starts of ``word`` in ``text[lo:hi]`` where it stands as a whole word."""
    pos = text.find(word, lo, hi)
    while pos >= 0:
        after = pos + len(word)
        if not (pos and _WORD_CHAR.match(text, pos - 1)) and not _WORD_CHAR.match(text, after):
            yield pos
        pos = text.find(word, after, hi)
