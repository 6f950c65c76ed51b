"""Flags inside quotations attributed to a speaker are marked as the source's words."""

from __future__ import annotations

import pytest

from slant.framing import tag
from slant.framing.attribution import NOTE, attributed_quotations

QUOTED = [
    ("speaker after", '"He is a monster who ruined every one of us," said Ana Ruiz.', "monster"),
    ("pronoun after", "“This cruel plan will destroy families,” she said on Monday.", "cruel"),
    ("curly, name first", "“This cruel plan will hurt families,” Mayor Lee told reporters.", "cruel"),
    ("speaker before", 'The minister said: "These thugs will answer for it in court."', "thugs"),
    ("according to", "“It is a shameful piece of law,” according to the union.", "shameful"),
]


@pytest.mark.parametrize(("text", "word"), [(q[1], q[2]) for q in QUOTED], ids=[q[0] for q in QUOTED])
def test_flag_in_attributed_quote_names_the_source(text: str, word: str) -> None:
    span = next(s for s in tag(text) if word in s.text)
    assert span.explanation.endswith(NOTE)
    unquoted = next(s for s in tag(f"{word.capitalize()} plans were tabled.") if word in s.text.lower())
    assert span.score < unquoted.score


NOT_ATTRIBUTED = [
    ("scare quotes", "The “moderate” rebels are thugs, the outlet says."),
    ("no speech verb", 'The slogan "these thugs must go now" was painted on a wall.'),
    ("outlet's own words", "These thugs will answer for it, and soon."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_ATTRIBUTED], ids=[n[0] for n in NOT_ATTRIBUTED])
def test_other_flags_are_the_outlets_own(text: str) -> None:
    spans = tag(text)
    assert spans, "expected a flag"
    assert not any(s.explanation.endswith(NOTE) for s in spans)


def test_regions_are_exact_offsets() -> None:
    text = 'Intro. "A cruel and brazen fraud on all of us," she said. End.'
    (start, end), = attributed_quotations(text)
    assert text[start:end] == '"A cruel and brazen fraud on all of us,"'


def test_within_agrees_with_a_linear_scan() -> None:
    from slant.framing.attribution import within

    regions = [(0, 10), (20, 25), (40, 80)]
    for start in range(0, 90, 3):
        for end in range(start + 1, 95, 4):
            expected = any(a <= start and end <= b for a, b in regions)
            assert within(regions, start, end) == expected, (start, end)
    assert not within([], 0, 1)
