"""Where the phrase rules match: one cue scan, then each rule's regex near its cues.

The text is scanned once for every rule's cue words. A rule with cues ("regime",
"masters") then runs only in the stretches around them; a rule without cues runs over the
whole text (those start with a literal character the regex engine can skip to). The
matches, with the index of their rule in ``compiled_rules()``, come back sorted.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache
from itertools import chain

from slant.framing import lexicon as lx
from slant.framing.patterns import compiled_rules, cue_index


@cache
def _cue_regex(folded: bool = False) -> re.Pattern[str]:
    """Every rule cue as a whole word; case-sensitive ``folded`` as in ``lexicon.forms_regex``."""
    # Cues may touch a hyphen ("terrorist-loving"), so only letters bound them.
    return lx.forms_regex(cue_index(), r"(?<![A-Za-z])", r"(?![A-Za-z])", folded)


def rule_matches(text: str, folded: str | None) -> list[tuple[int, re.Match[str]]]:
    """(rule index, match) for every rule match in ``text``, sorted by start, end, rule.

    ``folded`` is ``text`` lower-cased by ``lexicon.case_folded`` (or None), for the cue scan.
    """
    rules = compiled_rules()
    get = cue_index().get
    scanned, cue_regex = (text, _cue_regex()) if folded is None else (folded, _cue_regex(folded=True))
    spans_by_cue: dict[str, list[tuple[int, int]]] = {}
    for m in cue_regex.finditer(scanned):
        span = m.span()
        cue = text[span[0] : span[1]]
        spans = spans_by_cue.get(cue)
        if spans is None:
            spans_by_cue[cue] = [span]
        else:
            spans.append(span)
    cues_by_rule: dict[int, list[list[tuple[int, int]]]] = {}
    for cue, spans in spans_by_cue.items():
        # Most cues are plain words: lower() finds them; normalize() handles curly
        # apostrophes, dashes and runs of whitespace.
        for i in get(cue.lower()) or get(lx.normalize(cue), ()):
            known = cues_by_rule.get(i)
            if known is None:
                cues_by_rule[i] = [spans]
            else:
                known.append(spans)
    hits: list[tuple[int, re.Match[str]]] = []
    for i, groups in cues_by_rule.items():
        regex, rule = rules[i]
        # A rule with several cue words gets its cues in text order, sorted once.
        cues = groups[0] if len(groups) == 1 else sorted(chain.from_iterable(groups))
        hits.extend((i, mm) for mm in cued_matches(text, regex, cues, rule.window))
    for i, (regex, rule) in enumerate(rules):
        if not rule.cues:
            hits.extend((i, mm) for mm in regex.finditer(text))
    hits.sort(key=lambda hit: (hit[1].start(), hit[1].end(), hit[0]))
    return hits


def cued_matches(
    text: str, regex: re.Pattern[str], cues: list[tuple[int, int]], window: tuple[int, int]
) -> Iterable[re.Match[str]]:
    """A rule's matches that contain one of its ``cues`` and stay within ``window`` of it.

    Overlapping windows are scanned once as one stretch, so text dense with a cue
    ("you can ... you can ...") costs one pass per rule rather than one per cue.
    A match that runs into the stretch's end is matched again on the full text, so the
    window never decides where a match ends.
    """
    before, after = window
    size = len(text)
    narrow = before <= _ORIGIN_REACH
    if len(cues) == 1:  # the common case: one cue, one stretch, no search among cues
        cue_start, cue_end = cues[0]
        lo = cue_start - before if cue_start > before else 0
        hi = cue_end + after if cue_end + after < size else size
        for found in _scan(text, regex, lo, hi, _origins(cues, before, hi - lo) if narrow else None):
            mm = _full_match(text, regex, found, hi)
            if mm is not None and mm.start() <= cue_start and cue_end <= mm.end() <= cue_end + after:
                yield mm
        return
    starts: list[int] = []  # cue starts, built on the first match only
    stretch_start, stretch_end, first_cue = -1, -1, 0
    for k, (start, end) in enumerate([*cues, (size + before + 1, 0)]):
        lo = start - before if start > before else 0
        hi = end + after if end + after < size else size
        if lo <= stretch_end:
            if hi > stretch_end:
                stretch_end = hi
            continue
        if stretch_end > stretch_start:
            origins = _origins(cues[first_cue:k], before, stretch_end - stretch_start) if narrow else None
            for found in _scan(text, regex, stretch_start, stretch_end, origins):
                mm = _full_match(text, regex, found, stretch_end)
                if mm is None:
                    continue
                if not starts:
                    starts = [cue_start for cue_start, _ in cues]
                if holds_cue(cues, starts, mm.start(), mm.end(), window):
                    yield mm
        stretch_start, stretch_end, first_cue = lo, hi, k


# A rule that may start at most this far before its cue is tried only where a match
# containing the cue could start, unless those places fill more than 1/_DENSITY of the
# stretch (dense cues): then one search in the engine beats a Python loop over them.
_ORIGIN_REACH = 12
_DENSITY = 6


def _origins(cues: list[tuple[int, int]], before: int, length: int) -> list[tuple[int, int]] | None:
    """Where a match holding one of ``cues`` may start: disjoint ranges, in order.

    None when they could fill more than 1/_DENSITY of the ``length`` of their stretch.
    """
    if _DENSITY * (before + 1) * len(cues) > length:
        return None
    origins: list[tuple[int, int]] = []
    reached = -1
    for start, _ in cues:
        first = max(start - before, reached + 1, 0)
        if first <= start:
            origins.append((first, start))
            reached = start
    return origins


def _scan(
    text: str, regex: re.Pattern[str], lo: int, hi: int, origins: list[tuple[int, int]] | None
) -> Iterable[re.Match[str]]:
    """``regex.finditer(text, lo, hi)``, or only its matches that start inside ``origins``.

    A match must contain its cue, so it starts a little ahead of the cue (at most the
    rule's window before it) and never after it. Trying only those positions (``origins``:
    disjoint ranges, in order) spares the engine the window after each cue, where most of
    its time would go.
    """
    if origins is None:
        yield from regex.finditer(text, lo, hi)
        return
    pos = lo
    for first, last in origins:
        pos = max(pos, first)
        while pos <= last:
            found = regex.match(text, pos, hi)
            if found is None:
                pos += 1
                continue
            yield found
            pos = found.end() if found.end() > pos else pos + 1


def _full_match(text: str, regex: re.Pattern[str], found: re.Match[str], stretch_end: int) -> re.Match[str] | None:
    r"""``found``, or its match on the full text when it ran into the stretch's end.

    The stretch's end may have cut the match short or satisfied a "$" or "\b" that the
    full text does not.
    """
    if found.end() == stretch_end < len(text):
        return regex.match(text, found.start())
    return found


def holds_cue(
    cues: list[tuple[int, int]], starts: list[int], start: int, end: int, window: tuple[int, int]
) -> bool:
    """Whether ``start:end`` contains a cue and lies within that cue's window."""
    before, after = window
    for k in range(bisect.bisect_left(starts, start), len(cues)):
        cue_start, cue_end = cues[k]
        if cue_start >= end:
            return False
        if cue_end <= end and cue_start - before <= start and end <= cue_end + after:
            return True
    return False
