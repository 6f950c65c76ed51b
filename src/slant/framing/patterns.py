"""The phrase-pattern engine: the ``Rule`` type, shared regex pieces and the rule tables.

Each rule is a regex over the raw text with a technique, a confidence and an explanation.
Patterns tolerate curly apostrophes and any dash; they are compiled once, on first use.
Rules stay conservative: news reporting says "experts say" and "the only way" all the
time, so a rule fires only on the wording that makes the rhetorical move explicit. The
tables live by kind: ``label_rules`` (name calling and loaded phrases), ``argument_rules``
(the sentence-level techniques), ``figures`` (figures of speech, coined labels) and
``rhetoric`` (more argument shapes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

A = "['’]"  # apostrophe, straight or curly
D = "[-‐‑]"  # hyphen
# A capitalised name that is not a determiner or a conjunction ("Kremlin", "Soros").
_DET = r"(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|Your|But|And|If|When)\b)"
NAME = _DET + r"[A-Z][\w.’'-]*"
# Where a sentence-level move may begin: the start of the text, a line or a sentence; the
# quoted form also allows an opening quote, the chant form a colon before it too.
START = r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))"
QUOTED_START = r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=[“\"‘]))"
CHANT_START = r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n)|(?<=[“\"‘]))"
# "have spoken" as a verdict ("The people have spoken."), not a conversation ("have spoken to").
SPOKEN = r"spoken\b(?!\s+(?:on|to|about|out|of|with)\b)"


def previous_word(text: str, start: int) -> str:
    """The word before ``start``, lower-cased, straight apostrophes, outer quotes and commas stripped."""
    head = text[max(0, start - 40) : start].split()
    return head[-1].lower().replace("’", "'").strip("\"“”‘'(,:") if head else ""


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


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule table, in a fixed order (a tie between two rules goes to the earlier one)."""
    from slant.framing.argument_rules import ARGUMENT_RULES
    from slant.framing.figures import FIGURE_RULES
    from slant.framing.label_rules import LABEL_RULES
    from slant.framing.rhetoric import RHETORIC_RULES

    return LABEL_RULES + ARGUMENT_RULES + FIGURE_RULES + RHETORIC_RULES


# What each sentence-start prefix allows just before the match.
_OPENERS = {
    START: ("^", r"[.!?]\s", r"\n"),
    QUOTED_START: ("^", r"[.!?]\s", r"\n", "[“\"‘]"),
    CHANT_START: ("^", r"[.!?:]\s", r"\n", "[“\"‘]"),
}
_FIRST_ATOM = re.compile(r"(?:\[[A-Za-z-]+\]|[A-Za-z])(?![?*+{])")


def fast_start(pattern: str) -> str:
    r"""``pattern`` with its leading sentence-start lookbehind moved after its first character.

    Before ``(?<=\n)As`` the regex engine tries every position; ``A(?<=\nA)s`` lets it skip
    straight to each "A" (several times faster) and matches exactly the same text.
    Patterns that open otherwise are returned unchanged.
    """
    for opener, befores in _OPENERS.items():
        if pattern.startswith(opener):
            rest = pattern[len(opener) :]
            first = _FIRST_ATOM.match(rest)
            if first is None:
                return pattern
            atom = first.group()
            checks = "|".join(f"(?<={before}{atom})" for before in befores)
            return f"{atom}(?:{checks}){rest[first.end():]}"
    return pattern


@cache
def compiled_rules() -> tuple[tuple[re.Pattern[str], Rule], ...]:
    """Every rule with its compiled regex (compiled once, on first use)."""
    return tuple(
        (re.compile(fast_start(rule.pattern), 0 if rule.case_sensitive else re.IGNORECASE), rule)
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
