"""Quotations attributed to a speaker: their wording is the source's, not the outlet's.

A wire report that quotes a victim ("a cruel and brazen fraud", she said) uses no loaded
language of its own. In a slanted text the tagger still flags quoted words, since the
outlet chose to carry them and the reader sees them, but says whose words they are and
lowers the score, so a profile or a reader can tell an outlet's rhetoric from the rhetoric
it reports. In a text whose own voice is plain reporting, they are not flagged at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

# A quotation in curly or straight double quotes, on one line.
_QUOTATION = re.compile(r"“([^”\n]{3,800})”|\"([^\"\n]{3,800})\"")
_SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|wrote|writes|warned|warns|argued|argues|insisted|insists|claimed|"
    r"claims|stated|states|tweeted|posted|declared|declares|noted|notes|explained|asked|replied|continued|urged|"
    r"urges|vowed|responded|countered|remarked|according\s+to)"
)
# Just after the closing quote: "said", "she said", "Ana Ruiz said", "union federation chair
# Lars Brekke said", "the ministry's spokesman told", "according to".
_SPEAKER = r"(?:(?:[\w.’'-]+\s+){1,6})"
_AFTER = re.compile(rf"^[\s,]{{0,3}}{_SPEAKER}?{_SPEECH}\b")
_BEFORE = re.compile(rf"\b{_SPEECH}\b[^.\n“\"]{{0,40}}[,:]\s*$")
# The same speaker going on in a new quotation: '..." she said. "This is a whitewash."'
_CONTINUED = re.compile(rf"[”\"][^.\n“”\"]{{0,60}}\b{_SPEECH}\b[^.\n“”\"]{{0,60}}\.[ \t]*$")
# Earlier in the same sentence: 'X called the bill "a war on motorists"', 'said Y was "..."'.
_NAMING = (
    r"(?:called|calls|call|calling|described|describes|branded|brands|labell?ed|dubbed|termed|denounced|"
    r"dismissed|accused|promised)"
)
_INTRODUCED = re.compile(
    rf"\b(?:{_NAMING}|{_SPEECH})\b"
    r"(?:[^.!?\n“”\"]|“[^”\n]{0,40}”|\"[^\"\n]{0,40}\"){0,80}$"  # earlier quotations may come between
)
# Someone else's label, reported so as to reject it: "they will call us hateful, bigoted",
# "calls you a conspiracy theorist", "the activists will call it an attack on freedom",
# "smeared China as a 'bully'", "treat anyone with a question as a bigot", "I was told I was
# a bigot". The writer's own "I call it surrender", a charge repeated about a third person
# ("called him a con man") and a label relayed as news ("Beijing called it a Cold War
# mentality") stay.
_CALL = r"call|calls|called|calling"
_CAST = (
    r"smear(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|paint(?:s|ed|ing)?|caricatur(?:e|es|ed|ing)|portray(?:s|ed|ing)?|"
    r"depict(?:s|ed|ing)?|romanti[cs](?:e|es|ed|ing)|glorif(?:y|ies|ied|ying)"
)
_TREAT = r"treat|treats|treated|treating"
_REBUTTED = re.compile(
    rf"(?:(?<!\bI )(?<!\b[Ww]e )\b(?:{_CALL})\s+(?:us|you|me)"
    r"|\b(?:will|would|['’]ll|['’]d)\s+(?:\w+\s+)?(?:call|called)\s+(?:it|[A-Z][a-z]+)"
    rf"|\b(?:{_CAST})\s+(?:[\w’'-]+\s+){{0,4}}as|\b(?:{_TREAT})\s+(?:[\w’'-]+\s+){{0,4}}(?:as|like)"
    r"|\btold\s+(?:I|we|you|they)\s+(?:was|were|am|are))"
    # then the label, perhaps after others in a list: 'hateful, bigoted', '"heroes" and "'
    r"\s+(?:(?:an?\s+|the\s+)?[\"“‘'][^\"“”‘’\n]{1,40}[\"”’'],?\s+(?:and\s+|or\s+)?){0,3}"
    r"(?:an?\s+|the\s+)?[\"“‘']?(?:[\w’'-]+,\s+(?:and\s+|or\s+)?){0,3}$"
)
# Every verb ``_REBUTTED`` can start from, to find the few places worth running it.
_REBUTTING_VERB = re.compile(rf"\b(?:{_CALL}|{_CAST}|{_TREAT}|told)\b")
# A label denied outright, just before it: "People are not fools", "Developers aren't
# villains", "I'm not a bigot", "can't all be bigots". A short look-back, so it stays cheap.
_DENIED = re.compile(
    r"(?:\b(?:is|are|am|was|were|be)\s+not(?:\s+all)?|\b(?:isn|aren|wasn|weren)['’]t(?:\s+all)?|['’](?:m|re)\s+not"
    r"|\bcan['’]t\s+all\s+be)\s+(?:an?\s+|the\s+)?[\"“‘']?$"
)
_DENIED_REACH = 24
_PENALTY = 0.15
# A document reports plainly when its own words (outside attributed quotations) carry
# fewer loaded-language or name-calling flags than this per 1,000 words. In the tuning
# sets, slanted passages have a median of about 20 and neutral wire reports 0-5; 6 was
# the best of 2, 4, 6 and 10 there (10 already cost recall on the seeds).
_PLAIN_PER_1000 = 6.0
_MIN_OWN_WORDS = 150  # below this (a pasted sentence or two) there is no voice to judge
_WORD = re.compile(r"\w+")
_MAX = 1 << 62
NOTE = " It is inside a quotation attributed to a speaker: the source's wording, not the outlet's."


def attributed_quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation that a speech verb attributes to a speaker.

    Attributed means "...," she said / said Ms Rao / according to ... just after the
    closing quote, or "Ms Rao said:" just before the opening one, for a quotation of four
    or more words; or a speech verb earlier in the same sentence ('she called the plan "a
    cruel joke"', 'described the strike as "reckless"'); or a quotation that goes on from
    one attributed just before ('..." she said. "This is a whitewash."'). Any other quoted
    word is a scare quote, a technique of its own.
    """
    regions: list[tuple[int, int]] = []
    for m in _QUOTATION.finditer(text):
        words = len((m.group(1) or m.group(2) or "").split())
        before = text[max(0, m.start() - 80) : m.start()]
        if _INTRODUCED.search(before) or _CONTINUED.search(before) or (
            words >= 4 and (_AFTER.search(text[m.end() : m.end() + 60]) or _BEFORE.search(before))
        ):
            regions.append((m.start(), m.end()))
    return regions


def rebutting_verbs(text: str) -> list[int]:
    """End offsets of the verbs ``rebutted`` looks for, so it can skip the rest of ``text``."""
    return [m.end() for m in _REBUTTING_VERB.finditer(text)]


def rebutted(text: str, start: int, verbs: Sequence[int] | None = None) -> bool:
    """Whether the words at ``start`` are a label the text denies, or reports others using to reject it.

    ``verbs`` (from ``rebutting_verbs``) lets a caller checking many spans skip those with
    no such verb in the 80 characters before them.
    """
    if _DENIED.search(text, max(0, start - _DENIED_REACH), start):
        return True
    lo = max(0, start - 80)
    if verbs is not None:
        i = bisect.bisect_right(verbs, lo)
        if i == len(verbs) or verbs[i] > start:
            return False
    return _REBUTTED.search(text, lo, start) is not None


def reports_plainly(text: str, quoted: Sequence[tuple[int, int]], own_flags: int) -> bool:
    """Whether ``text`` is plain reporting around its ``quoted`` regions.

    ``own_flags`` counts the loaded-language and name-calling flags outside the quotations.
    Texts under 150 words of their own are never judged plain, so a pasted quotation keeps
    its flags.
    """
    if 1000 * own_flags / max(1, (len(text) + 1) // 2) >= _PLAIN_PER_1000:
        return False  # more flags than even the most words the text could hold allow
    quoted_words = sum(len(_WORD.findall(text, start, end)) for start, end in quoted)
    own_words = len(_WORD.findall(text)) - quoted_words
    return own_words >= _MIN_OWN_WORDS and 1000 * own_flags / own_words < _PLAIN_PER_1000


def within(regions: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of ``regions`` (sorted, non-overlapping)."""
    i = bisect.bisect_right(regions, (start, _MAX)) - 1
    return i >= 0 and regions[i][0] <= start and end <= regions[i][1]


def penalised(score: float) -> float:
    """The score of a flag inside an attributed quotation."""
    return round(max(0.05, score - _PENALTY), 2)
