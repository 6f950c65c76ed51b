"""Word lists: the curated lexicons in ``data/`` plus VADER's and TextBlob's lexicons.

Everything is loaded on first use and cached (``functools.cache``), never at import time.
The curated lists hold whole phrases and a neutral wording per entry; VADER (valence) and
TextBlob (adjective polarity and subjectivity) widen the net to negative, subjective
adjectives the curated lists miss, minus the plain vocabulary of factual reporting.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

# Kinds of entry, in precedence order: a form listed twice keeps the first kind.
LABEL = "label"
MODIFIER = "modifier"
WORD = "word"
HYPERBOLE = "hyperbole"
AUTO = "auto"
INTENSIFIER = "intensifier"

_DEFAULT_SCORES = {LABEL: 0.75, MODIFIER: 0.7, WORD: 0.65, HYPERBOLE: 0.55}
_FILES = (
    (LABEL, "labels.txt"),
    (MODIFIER, "loaded_modifiers.txt"),
    (WORD, "loaded_words.txt"),
    (WORD, "loaded_verbs.txt"),
    (WORD, "loaded_idioms.txt"),
    (WORD, "euphemisms.txt"),
    (HYPERBOLE, "hyperbole.txt"),
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


@dataclass(frozen=True)
class Entry:
    """One lexicon form.

    Attributes:
        kind: ``label``, ``modifier``, ``word``, ``hyperbole`` or ``auto``.
        neutral: A neutral wording; ``""`` means "drop the word", ``None`` means none known.
        score: Base confidence of a flag from this entry.
        source: Where the entry comes from (a data file, VADER or TextBlob).
        verb_only: The form is also a plain noun ("crater", "microwave", "loot"), so it is
            loaded only where it reads as a verb ("to gut the bill").

    """

    kind: str
    neutral: str | None
    score: float
    source: str
    verb_only: bool = False


def normalize(text: str) -> str:
    """Lower-case, straighten curly apostrophes and dashes, collapse whitespace."""
    return " ".join(text.translate(_QUOTES).lower().split())


def _read_data(name: str) -> str:
    return resources.files("slant.framing").joinpath("data", name).read_text(encoding="utf-8")


def _lines(name: str) -> Iterable[str]:
    for line in _read_data(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def _plurals(form: str) -> list[str]:
    if form.endswith(("s", "x", "ch", "sh")):
        return [form, form + "es"]
    if form.endswith("y") and form[-2:-1] not in "aeiou":
        return [form, form[:-1] + "ies"]
    if form.endswith("man"):
        return [form, form[:-3] + "men"]
    return [form, form + "s"]


_VOWELS = "aeiou"
_VOWEL_RUN = re.compile(f"[{_VOWELS}]+")
_SIBILANT = ("s", "x", "z", "ch", "sh")  # take "-es": gushes, fixes
_KEEPS_E = ("ee", "ye", "oe")  # keep their "e" before "-ing": agreeing, dyeing, hoeing
# Past forms of the irregular verbs the lists use ("sell out" -> "sold out"): past tense
# and participle, when they differ from the regular spelling.
_IRREGULAR = {
    "bend": ("bent",), "bleed": ("bled",), "blow": ("blew", "blown"),
    "break": ("broke", "broken"), "bring": ("brought",), "buy": ("bought",), "dig": ("dug",),
    "drive": ("drove", "driven"), "eat": ("ate", "eaten"), "fall": ("fell", "fallen"),
    "feed": ("fed",), "fight": ("fought",), "flee": ("fled",), "fling": ("flung",),
    "get": ("got", "gotten"), "give": ("gave", "given"), "go": ("went", "gone"),
    "grind": ("ground",), "hang": ("hung",), "hide": ("hid", "hidden"), "hold": ("held",),
    "keep": ("kept",), "lead": ("led",), "leave": ("left",), "let": ("let",), "lose": ("lost",),
    "make": ("made",), "put": ("put",), "ride": ("rode", "ridden"), "run": ("ran", "run"),
    "sell": ("sold",), "send": ("sent",), "shake": ("shook", "shaken"), "shoot": ("shot",),
    "sink": ("sank", "sunk"), "sling": ("slung",), "slink": ("slunk",),
    "sow": ("sowed", "sown"), "speak": ("spoke", "spoken"), "spin": ("spun",),
    "spit": ("spat",), "stand": ("stood",), "steal": ("stole", "stolen"), "stick": ("stuck",),
    "sting": ("stung",), "strike": ("struck",), "swear": ("swore", "sworn"),
    "sweep": ("swept",), "swing": ("swung",), "take": ("took", "taken"),
    "tear": ("tore", "torn"), "throw": ("threw", "thrown"), "wear": ("wore", "worn"),
    "win": ("won",), "wring": ("wrung",), "write": ("wrote", "written"),
}


def inflect(verb: str) -> list[str]:
    """A verb's base, -s, -ed and -ing forms; in a phrase only the first word changes.

    Regular English spelling rules: "rant" -> rants, ranted, ranting; "rave" -> raves,
    raved, raving; "bully" -> bullies, bullied; "ram" -> rams, rammed, ramming (a short
    consonant-vowel-consonant stem doubles its last letter). Irregular verbs take their own
    past forms instead of "-ed": "sell out" -> sold out, "tear up" -> tore up, torn up.
    """
    head, sep, tail = verb.partition(" ")
    if head in _IRREGULAR:
        ing = _ing(head)
        forms = [head + ("es" if head.endswith(_SIBILANT) or head == "go" else "s"), ing,
                 *_IRREGULAR[head]]
        return [verb] + [f + sep + tail for f in dict.fromkeys(forms) if f != head]
    if head.endswith(_KEEPS_E):  # "agree" -> agreed, agreeing
        forms = [head + "s", head + "d", head + "ing"]
    elif head.endswith("e"):
        forms = [head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        forms = [head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head.endswith(_SIBILANT):
        forms = [head + "es", head + "ed", head + "ing"]
    elif _doubles(head):
        forms = [head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]
    else:
        forms = [head + "s", head + "ed", head + "ing"]
    if head.endswith("el"):  # British spelling doubles the l: grovelled, grovelling
        forms += [head + "led", head + "ling"]
    return [verb] + [f + sep + tail for f in forms]


def _doubles(head: str) -> bool:
    """Whether a one-syllable consonant-vowel-consonant stem doubles its last letter.

    "ram" -> rammed, "scrub" -> scrubbed; "visit" (two syllables) and "rant" do not.
    """
    return (
        len(_VOWEL_RUN.findall(head)) == 1
        and head[-1] not in _VOWELS + "wxy"
        and head[-2:-1] in tuple(_VOWELS)
        and head[-3:-2] not in tuple(_VOWELS)
    )


def _ing(head: str) -> str:
    """The -ing form of an irregular verb's base ("make" -> making, "run" -> running)."""
    if head.endswith("e") and not head.endswith(_KEEPS_E):
        return head[:-1] + "ing"
    if _doubles(head):
        return head + head[-1] + "ing"
    return head + "ing"


def adverb(adjective: str) -> str | None:
    """The -ly adverb of a one-word adjective ("brutal" -> "brutally", "despicable" -> "despicably").

    None for phrases and for words that already end in -ly ("cowardly").
    """
    word = adjective
    if not word.isalpha() or word.endswith("ly") or len(word) < 4:
        return None
    if word.endswith("ic"):
        return word + "ally"
    if word.endswith("le") and word[-3] not in _VOWELS:
        return word[:-1] + "y"
    if word.endswith("y") and word[-2] not in _VOWELS:
        return word[:-1] + "ily"
    if word.endswith("ll"):
        return word + "y"
    return word + "ly"


def _y_stem(word: str) -> str:
    return word[:-1] + "i" if word.endswith("y") and word[-2] not in _VOWELS else word


def degrees(adjective: str) -> list[str]:
    """The -er and -est forms of a short adjective ("filthy" -> filthier, filthiest).

    Only one-syllable words and two-syllable words in -y take them; "more despicable" is
    two words, each already scanned.
    """
    word = adjective
    if not word.isalpha() or len(word) < 3 or word.endswith(("ed", "ing", "ly", "ey", "s", "x")):
        return []  # no "smuglier", "phoneyer", "nutser", "fauxer"
    syllables = len(re.findall("[aeiouy]+", word.removesuffix("e")))  # "vile": one syllable
    if syllables > 2 or (syllables == 2 and not word.endswith("y")):
        return []
    stem = word[:-1] if word.endswith("e") else word + word[-1] if _doubles(word) else _y_stem(word)
    return [stem + "er", stem + "est"]


_NESS_ENDINGS = ("less", "ful", "ous", "ish", "ive", "some", "y")


def quality_noun(adjective: str) -> str | None:
    """The -ness noun of an adjective that forms one ("spineless" -> spinelessness, "petty" -> pettiness)."""
    if not adjective.isalpha() or not adjective.endswith(_NESS_ENDINGS) or adjective.endswith("ey"):
        return None
    return _y_stem(adjective) + "ness"


def parse_entries(kind: str, text: str, source: str) -> dict[str, Entry]:
    """Parse a data file: ``form[|form...] [= neutral] [@score]`` per line.

    A form written ``~verb`` stands for the verb and its inflections (see ``inflect``).

    Args:
        kind: The entry kind every line gets.
        text: The file's content.
        source: Name recorded on each entry.

    """
    found: dict[str, Entry] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        score = _DEFAULT_SCORES.get(kind, 0.5)
        if "@" in line:
            line, _, tail = line.rpartition("@")
            score = float(tail)
        forms, _, neutral_raw = line.partition("=")
        neutral: str | None = None
        if _:
            neutral_raw = neutral_raw.strip()
            neutral = "" if neutral_raw == "-" else neutral_raw
        for form in forms.split("|"):
            form = normalize(form)
            plain_noun: tuple[str, ...] = ()
            if form.startswith("~"):
                variants = inflect(form[1:])
                if _plain_noun(form[1:]):
                    plain_noun = (variants[0], variants[1])  # the base and -s forms
            elif kind == LABEL:
                head, sep, last = form.rpartition(" ")  # "conspiracy theorist" -> "... theorists"
                variants = [head + sep + plural for plural in _plurals(last)]
            else:
                variants = [form]
            for variant in variants:
                found.setdefault(variant, Entry(kind, neutral, score, source, variant in plain_noun))
    return found


def _plain_noun(verb: str) -> bool:
    """Whether a loaded verb's base form is also a plain noun (``verb_only.txt``)."""
    return verb in word_set("verb_only.txt")


@cache
def noun_first_words() -> frozenset[str]:
    """Words that Brill's part-of-speech lexicon (shipped by TextBlob) tags first as nouns."""
    words = set()
    for line in _package_file("textblob", "en/en-lexicon.txt").splitlines():
        parts = line.split()
        if len(parts) > 1 and parts[1] in ("NN", "NNS") and not line.startswith(";"):
            words.add(parts[0])
    return frozenset(words)


@cache
def word_set(name: str) -> frozenset[str]:
    """A whitespace-separated word list from ``data/`` (stopwords, intensifiers, ...)."""
    return frozenset(normalize(w) for line in _lines(name) for w in line.split())


def _package_file(package: str, name: str) -> str:
    """Read a data file shipped inside another package without importing it.

    Importing textblob pulls in NLTK (seconds); ``find_spec`` only locates the folder.
    A missing package or file yields "" so the tagger still runs on its curated lists.
    """
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return ""
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / name
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    return ""


@cache
def vader_valence() -> dict[str, float]:
    """VADER's single-word valences (-4 to +4), read from the lexicon vaderSentiment ships."""
    text = _package_file("vaderSentiment", "vader_lexicon.txt")
    valences: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].replace("-", "").isalpha():
            try:
                valences[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return valences


_TB_WORD = re.compile(
    r'<word form="([^"]+)"[^>]*?pos="([^"]*)"[^>]*?polarity="(-?[\d.]+)"\s+subjectivity="([\d.]+)"'
)


@cache
def textblob_adjectives() -> dict[str, tuple[float, float]]:
    """TextBlob's adjectives: mean (polarity, subjectivity) over senses, from en-sentiment.xml."""
    xml = _package_file("textblob", "en/en-sentiment.xml")
    sums: dict[str, list[float]] = {}
    for m in _TB_WORD.finditer(xml):
        if m.group(2) != "JJ":
            continue
        acc = sums.setdefault(m.group(1).lower(), [0.0, 0.0, 0.0])
        acc[0] += float(m.group(3))
        acc[1] += float(m.group(4))
        acc[2] += 1
    return {w: (p / n, s / n) for w, (p, s, n) in sums.items()}


@cache
def _factual_stems() -> tuple[str, ...]:
    return tuple(w[:-1] for w in word_set("factual.txt") if w.endswith("*"))


def is_factual(word: str) -> bool:
    """Whether ``word`` is plain reporting vocabulary (``factual.txt``, stems with ``*``)."""
    word = normalize(word)
    return word in word_set("factual.txt") or word.startswith(_factual_stems())


def negativity(word: str, factual: bool = False) -> float:
    """How negative and evaluative an adjective is, 0 (neutral) to 1.

    A word counts only when TextBlob marks it as a subjective, negative adjective or VADER
    gives it a clearly negative valence; the plain words of factual reporting count 0
    unless ``factual`` is true.
    """
    word = normalize(word)
    if not factual and is_factual(word):
        return 0.0
    polarity, subjectivity = textblob_adjectives().get(word, (0.0, 0.0))
    valence = vader_valence().get(word, 0.0)
    tb = -polarity * subjectivity if polarity < 0 and subjectivity >= 0.5 else 0.0
    vd = -valence / 4 if valence <= -1.0 else 0.0
    return min(1.0, max(tb, vd))


@cache
def entries() -> dict[str, Entry]:
    """Every lexicon form (normalized) -> its entry, curated lists first."""
    found: dict[str, Entry] = {}
    for kind, name in _FILES:
        for form, entry in parse_entries(kind, _read_data(name), name).items():
            found.setdefault(form, entry)
    vader = vader_valence()
    # Subjective negative adjectives that TextBlob and VADER agree on: evaluative words
    # ("deplorable", "sinister") rather than descriptions of events ("dead", "violent").
    for word, (polarity, subjectivity) in textblob_adjectives().items():
        valence = vader.get(word, 0.0)
        if (
            polarity <= -0.4
            and subjectivity >= 0.6
            and valence <= -1.5
            and word.isalpha()
            and not word.endswith("ed")  # reported feelings: "residents were appalled"
            and not is_factual(word)  # the stems too: "disappoint*" spares "disappointing"
            and word not in found
        ):
            found[word] = Entry(AUTO, "", round(0.45 + min(valence, 0.0) / -40, 2), "TextBlob+VADER")
    # The adverb, the degrees and the quality noun of every loaded adjective are loaded
    # too: "brutally", "filthiest", "spinelessness".
    for form, entry in list(found.items()):
        if entry.kind not in (MODIFIER, AUTO):
            continue
        derived = adverb(form)
        if derived and derived not in found:
            found[derived] = Entry(WORD, "", entry.score, entry.source + " (adverb)")
        for degree in degrees(form):
            found.setdefault(degree, Entry(entry.kind, "", entry.score, entry.source + " (degree)"))
        noun = quality_noun(form)
        if noun and not (form.endswith("ly") and form[:-2] in found):  # "smugly" is an adverb
            found.setdefault(noun, Entry(WORD, "", entry.score, entry.source + " (noun)"))
    # Any word VADER rates strongly negative (valence <= -2: "contempt", "betrayed",
    # "insulting", "stupidity"), minus the reporting vocabulary of factual.txt. Adjectives
    # grow over their noun like curated modifiers; other words are flagged alone.
    adjectives = textblob_adjectives()
    for word, valence in vader.items():
        if (
            valence <= -2.0
            and word.isalpha()
            and len(word) > 3
            and word not in found
            and not is_factual(word)
        ):
            kind = AUTO if word in adjectives else WORD
            found[word] = Entry(kind, "", round(0.42 - valence / 40, 2), "VADER")
    return found


class _Trie(dict[str, "_Trie"]):
    """A trie node: next character -> child; the key "" marks the end of a form."""


def trie_pattern(forms: Iterable[str]) -> str:
    """A regex alternation of ``forms`` factored as a trie, so matching stays linear.

    Spaces match any whitespace, hyphens any dash, apostrophes straight or curly ones,
    and a trailing ``*`` any word ending.
    """
    trie = _Trie()
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, _Trie())
        node[""] = _Trie()

    def emit(node: _Trie) -> str:
        ends = "" in node
        branches = [_char(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def _char(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "-":
        return r"[-‐‑]"
    if ch == "'":
        return "['’]"
    if ch == "*":
        return r"[\w’'-]*"
    return re.escape(ch)


WORD_START = r"(?<![\w\-‐‑])"
WORD_END = r"(?![\w\-‐‑])"
# The word (hyphenated compounds whole) just after a position, and the one just before it.
NEXT_WORD = re.compile(r"\s{1,3}([A-Za-z][\w’']*(?:[-‐‑][\w’']+)*)")
PREV_WORD = re.compile(r"([A-Za-z][\w’']*(?:[-‐‑][\w’']+)*)[ \t\u00a0]{1,2}$")


@cache
def scan_table() -> dict[str, Entry]:
    """What the scan regex looks for: every lexicon entry plus the intensifiers."""
    table = dict(entries())
    for word in word_set("intensifiers.txt"):
        table.setdefault(word, Entry(INTENSIFIER, None, 0.0, "intensifiers.txt"))
    return table


def forms_regex(forms: Iterable[str], start: str, end: str, folded: bool) -> re.Pattern[str]:
    """One regex for ``forms`` (as a trie) between the ``start`` and ``end`` guards.

    It ignores case; with ``folded`` it is case-sensitive instead and meant for text
    already lower-cased by ``case_folded``, which it scans about twice as fast.
    """
    pattern = start + "(?:" + trie_pattern(sorted({form.lower() for form in forms})) + ")" + end
    return re.compile(pattern, 0 if folded else re.IGNORECASE)


@cache
def lexicon_regex(folded: bool = False) -> re.Pattern[str]:
    """One regex matching every ``scan_table`` form as a whole word (see ``forms_regex``)."""
    return forms_regex(scan_table(), WORD_START, WORD_END, folded)


def case_folded(text: str) -> str | None:
    """``text`` lower-cased with every offset kept, or None where that cannot be done."""
    low = (text.replace("\u0130", "I") if "\u0130" in text else text).lower()  # "İ" lower-cases to two
    return low if len(low) == len(text) else None
