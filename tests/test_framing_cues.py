"""Cued pattern rules: a rule runs only near its cue words, and the window never shapes a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from slant.framing import lexicon as lx
from slant.framing import tag
from slant.framing.patterns import compiled_rules
from slant.framing.rule_matching import cued_matches, holds_cue

CUES = [(10, 13), (40, 43)]


@pytest.mark.parametrize(
    ("start", "end", "window", "expected"),
    [
        (8, 20, (5, 10), True),  # holds the first cue, inside its window
        (2, 20, (5, 10), False),  # starts too far before the cue
        (8, 30, (5, 10), False),  # ends too far after it
        (11, 20, (5, 10), False),  # cuts into the cue: holds none whole
        (38, 45, (5, 10), True),  # holds the second cue
        (20, 30, (50, 50), False),  # holds no cue at all
    ],
    ids=["inside", "too-early", "too-late", "cue-cut", "second-cue", "no-cue"],
)
def testholds_cue(start: int, end: int, window: tuple[int, int], expected: bool) -> None:
    assert holds_cue(CUES, [s for s, _ in CUES], start, end, window) is expected


def test_dense_cues_find_every_match_once() -> None:
    unit = "Well, you can stay, or you can go. "
    text = unit * 40
    regex = re.compile(r"\byou\s+can\s+\w+,\s+or\s+you\s+can\s+\w+")
    cues = [m.span() for m in re.finditer(r"\bcan\b", text)]
    found = [m.span() for m in cued_matches(text, regex, cues, (10, 40))]
    assert found == [(k * len(unit) + 6, k * len(unit) + 33) for k in range(40)]


def test_window_end_is_not_the_end_of_the_text() -> None:
    # Cut at its window, "... not supply chains" looked like a finished "X, not Y" slogan.
    text = "Pure greed. Not complexity, not supply chains, not the mysterious market."
    assert [s.text for s in tag(text) if s.technique == "Slogans"] == []
    assert [s.text for s in tag("Not complexity, not supply chains.") if s.technique == "Slogans"] == [
        "Not complexity, not supply chains"
    ]


def test_repeated_passages_tag_alike() -> None:
    unit = "You can either trust the farmers, or you can trust the bureaucrats. That is the choice.\n"
    once = [(s.start, s.text, s.technique) for s in tag(unit)]
    many = tag(unit * 25)
    assert once
    shifted = [(s.start - k * len(unit), s.text, s.technique) for k in range(25) for s in many
               if k * len(unit) <= s.start < (k + 1) * len(unit)]
    assert sorted(shifted) == sorted(once * 25)


def test_flags_in_two_sentences_stay_two() -> None:
    spans = tag("¡Viva la libertad! Kosovo is Serbia.")
    assert [s.text for s in spans if s.technique == "Slogans"] == ["¡Viva la libertad!", "Kosovo is Serbia"]


def _corpus() -> list[str]:
    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "evals").glob("*/*.txt")) + sorted((root / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def test_every_match_of_a_cued_rule_holds_one_of_its_cues() -> None:
    # A rule runs only near its cue words, so an alternation its cue list lacks is never
    # matched at all ("far-right think tanks" was lost for want of "tanks").
    corpus = _corpus()
    lost: list[tuple[str, str]] = []
    for regex, rule in compiled_rules():
        if not rule.cues:
            continue
        cues = sorted(filter(None, rule.cues.lower().split("|")), key=len, reverse=True)
        cue_regex = re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, cues)) + r")(?![a-z])")
        for text in corpus:
            lost += [(rule.pattern[:40], m.group()) for m in regex.finditer(text)
                     if not cue_regex.search(lx.normalize(m.group()).lower())]
    assert lost == []


def test_narrow_rules_tried_only_near_their_cues_match_as_a_full_search(monkeypatch: pytest.MonkeyPatch) -> None:
    # A rule that starts at most a few characters before its cue is tried only at those
    # starts; it must find exactly what searching each whole window finds.
    import slant.framing.rule_matching as rm

    texts = [*_corpus(), "They will destroy our town, wipe out our jobs. " * 30, "either you, or " * 200]
    folded = [lx.case_folded(text) for text in texts]
    narrow = [rm.rule_matches(text, low) for text, low in zip(texts, folded, strict=True)]
    monkeypatch.setattr(rm, "_ORIGIN_REACH", -1)
    full = [rm.rule_matches(text, low) for text, low in zip(texts, folded, strict=True)]
    spans = [[(i, m.span()) for i, m in hits] for hits in narrow]
    assert spans == [[(i, m.span()) for i, m in hits] for hits in full]
    assert sum(map(len, spans)) > 1000  # the corpus exercises the rules


def test_cues_packed_closely_are_searched_whole() -> None:
    import slant.framing.rule_matching as rm

    assert rm._origins([(100, 104), (200, 204)], 5, 180) == [(95, 100), (195, 200)]
    assert rm._origins([(100, 104), (103, 107)], 5, 20) is None  # dense: one search in the engine
    assert rm._origins([(100, 104), (103, 107)], 2, 400) == [(98, 100), (101, 103)]
