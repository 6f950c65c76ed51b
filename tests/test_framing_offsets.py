"""Offsets: repeated phrases, unicode punctuation, overlap resolution, edge inputs, a property."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slant.framing import Span, tag, tagger_runnable
from slant.framing import lexicon as lx
from slant.framing.patterns import CHANT_START, QUOTED_START, START, fast_start
from slant.framing.tagger import Candidate, resolve


def _check(text: str, spans: list[Span]) -> None:
    last: Span | None = None
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        if last is not None and span.start < last.end:  # only a repetition shares an extent
            assert (span.start, span.end, span.technique) == (last.start, last.end, "Repetition"), (last, span)
        else:
            assert last is None or span.start >= last.end, "spans overlap or are unsorted"
        last = span


@pytest.mark.parametrize(
    "text",
    [
        "The thugs came. Then the thugs left. The thugs — again — returned.",
        "“So‑called” reforms, the so‑called “moderate” rebels and so-called experts.",
        "Assad’s killer army… and Assad’s killer army — twice.",
        "Ça va? The “psychopathic tyrant” (le tyran) ’s thugs; naïve café 😀 thugs.",
        "utterly stupid\nutterly stupid\r\nutterly stupid",
    ],
    ids=["repeated", "curly-dashes", "ellipsis", "non-ascii", "newlines"],
)
def test_offsets_align(text: str) -> None:
    spans = tag(text)
    assert spans
    _check(text, spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İSTANBUL’S KILLER ARMY and the Putin puppet, utterly stupid.",
         {"KILLER ARMY", "Putin puppet", "utterly stupid"}),
        ("The Killer Army of Ankara — İzmir — and its Putin Puppet.", {"Killer Army", "Putin Puppet"}),
        ("İ" * 40 + " thugs " + "İ" * 40 + " So-Called experts", {"thugs", "So-Called experts"}),
    ],
    ids=["dotted-capital-i", "title-case", "many-dotted-i"],
)
def test_lowercasing_never_moves_offsets(text: str, expected: set[str]) -> None:
    # "İ" lower-cases to two characters; the tagger scans a lower-cased copy of the text.
    assert len(text.lower()) != len(text)
    spans = tag(text)
    _check(text, spans)
    assert {s.text for s in spans} == expected


def test_case_folded_keeps_length_and_matches_both_scans() -> None:
    text = "İzmir’s KILLER army. So‑Called “Experts” were Utterly STUPID."
    folded = lx.case_folded(text)
    assert folded is not None and len(folded) == len(text) and folded.startswith("izmir’s killer")
    ignoring_case = [m.span() for m in lx.lexicon_regex().finditer(text)]
    assert ignoring_case == [m.span() for m in lx.lexicon_regex(folded=True).finditer(folded)]
    assert len(ignoring_case) >= 3


def test_each_repeated_phrase_gets_its_own_offsets() -> None:
    text = "The thugs came. Then the thugs left. The thugs returned."
    spans = tag(text)
    starts = [s.start for s in spans if s.text == "thugs" and s.technique != "Repetition"]
    assert starts == [i for i in range(len(text)) if text.startswith("thugs", i)]
    # the second and third uses are also repetitions, on exactly the same words
    assert [s.start for s in spans if s.technique == "Repetition"] == starts[1:]


def test_repetition_explains_how_often_the_words_came_before() -> None:
    spans = tag("The Putin puppet spoke. The Putin puppet lied. Then the “Putin puppet” left.")
    repeats = [s for s in spans if s.technique == "Repetition"]
    assert [s.text for s in repeats] == ["Putin puppet", "Putin puppet"]
    assert "used once" in repeats[0].explanation and "used twice" in repeats[1].explanation
    assert tag("Thugs and liars, all of them.") == [s for s in tag("Thugs and liars, all of them.")
                                                    if s.technique != "Repetition"]


@pytest.mark.parametrize("text", ["", "   \n\t", "The council met on Tuesday."], ids=["empty", "blank", "no-flags"])
def test_empty_results(text: str) -> None:
    assert tag(text) == []


@pytest.mark.parametrize(
    ("cands", "expected"),
    [
        ([Candidate(0, 10, "A", 0.5, ""), Candidate(2, 5, "B", 0.9, "")], [(2, 5, "B")]),
        ([Candidate(0, 10, "A", 0.9, ""), Candidate(2, 5, "B", 0.5, "")], [(0, 10, "A")]),
        ([Candidate(0, 4, "A", 0.7, ""), Candidate(0, 9, "B", 0.7, "")], [(0, 9, "B")]),
        ([Candidate(0, 5, "A", 0.7, ""), Candidate(5, 9, "B", 0.6, "")], [(0, 5, "A"), (5, 9, "B")]),
        (
            [Candidate(0, 6, "A", 0.6, ""), Candidate(4, 12, "B", 0.9, ""), Candidate(10, 14, "C", 0.8, "")],
            [(4, 12, "B")],
        ),
        (
            [Candidate(0, 6, "A", 0.9, ""), Candidate(4, 12, "B", 0.5, ""), Candidate(10, 14, "C", 0.8, "")],
            [(0, 6, "A"), (10, 14, "C")],
        ),
    ],
    ids=["inner-higher", "outer-higher", "tie-longer", "touching", "chain-middle", "chain-ends"],
)
def test_resolve(cands: list[Candidate], expected: list[tuple[int, int, str]]) -> None:
    assert [(c.start, c.end, c.technique) for c in resolve(cands)] == expected


def test_phrase_beats_the_word_inside_it() -> None:
    (span,) = tag("the Kremlin puppet spoke")
    assert span.text == "Kremlin puppet"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A span takes the object a determiner announces, or stops before the determiner.
        ("They're coming for your dinner plate\n\nDear members", "They're coming for your dinner plate"),
        ("They are coming for your guns, your trucks and your land.", "They are coming for your guns"),
        ("“Hands off our diesel!” the drivers chanted.", "Hands off our diesel"),
        ("Hands off my shopping basket.", "Hands off my shopping basket"),
        ("Officials who lecture the world about rights stay silent.", "lecture"),
        ("The bosses pocket a £4m bonus each year.", "pocket"),
    ],
)
def test_span_never_ends_on_a_dangling_word(text: str, expected: str) -> None:
    assert [s.text for s in tag(text) if s.technique != "Repetition"] == [expected]


def test_a_chant_opens_its_sentence() -> None:
    assert [s.text for s in tag("Enough. Down with the blockade! Patria o muerte.")][:1] == ["Down with the blockade"]
    assert tag("A bishop sits down with a secular newspaper, says his office.") == []


def test_large_repetitive_text_is_handled() -> None:
    text = "very very " * 5000 + "utterly stupid thugs. " * 2000
    _check(text, tag(text))


def test_runnable() -> None:
    runnable = tagger_runnable()
    assert runnable.invoke("those thugs") == tag("those thugs")
    assert runnable.batch(["", "thugs"])[0] == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(["thugs", "so-called", "“moderate”", "utterly stupid", "killer army", " ", "—",
                             "Putin puppet", "lies, lies", "!", "’s", "\n", "EVIL NOW!"]),
        ),
        max_size=25,
    ).map("".join)
)
def test_property_never_raises_and_spans_are_valid(text: str) -> None:
    _check(text, tag(text))


@pytest.mark.parametrize(
    "pattern",
    [rf"{START}As\s+\w+", rf"{QUOTED_START}[A-Z]\w+\s+is", rf"{CHANT_START}[Ss]ave\s+\w+", rf"{START}(?:The\s+)?X"],
)
def test_fast_start_matches_what_the_lookbehind_matched(pattern: str) -> None:
    text = "As ever. As we said: Save us\n“Save them” and “Crime is up”. Gas As well. The X marks"
    slow, fast = re.compile(pattern), re.compile(fast_start(pattern))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
