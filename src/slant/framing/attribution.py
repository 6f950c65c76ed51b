"""Quotations attributed to a speaker: their wording is the source's, not the outlet's.

A wire report that quotes a victim ("a cruel and brazen fraud", she said) uses no loaded
language of its own. The tagger still flags the words, since they are loaded and the
reader sees them, but says whose words they are and lowers the score, so a profile or a
reader can tell an outlet's rhetoric from the rhetoric it reports.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

# A quotation of at least four words in curly or straight double quotes, on one line.
_QUOTATION = re.compile(r"“([^”\n]{12,800})”|\"([^\"\n]{12,800})\"")
_SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|wrote|writes|warned|warns|argued|argues|insisted|insists|claimed|"
    r"claims|stated|states|tweeted|posted|declared|declares|noted|notes|explained|asked|replied|continued|urged|"
    r"urges|vowed|responded|countered|remarked|according\s+to)"
)
# Just after the closing quote: "said", "she said", "Ana Ruiz said", "according to".
_SPEAKER = r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+|(?:he|she|they|it)\s+)"
_AFTER = re.compile(rf"^[\s,]{{0,3}}{_SPEAKER}?{_SPEECH}\b")
_BEFORE = re.compile(rf"\b{_SPEECH}\b[^.\n“\"]{{0,40}}[,:]\s*$")
_PENALTY = 0.15
_MAX = 1 << 62
NOTE = " It is inside a quotation attributed to a speaker: the source's wording, not the outlet's."


def attributed_quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation of four or more words that a speech verb attributes.

    Attributed means "...," she said / said Ms Rao / according to ... just after the
    closing quote, or "Ms Rao said:" just before the opening one. Scare quotes (three
    words or fewer) are not quotations: they are a technique of their own.
    """
    regions: list[tuple[int, int]] = []
    for m in _QUOTATION.finditer(text):
        inner = m.group(1) or m.group(2) or ""
        if len(inner.split()) < 4:
            continue
        after = text[m.end() : m.end() + 60]
        before = text[max(0, m.start() - 80) : m.start()]
        if _AFTER.search(after) or _BEFORE.search(before):
            regions.append((m.start(), m.end()))
    return regions


def within(regions: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of ``regions`` (sorted, non-overlapping)."""
    i = bisect.bisect_right(regions, (start, _MAX)) - 1
    return i >= 0 and regions[i][0] <= start and end <= regions[i][1]


def penalised(score: float) -> float:
    """The score of a flag inside an attributed quotation."""
    return round(max(0.05, score - _PENALTY), 2)
