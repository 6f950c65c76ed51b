"""The document profile, the frame classifier and the renderers."""

from __future__ import annotations

import pytest

from slant.app_render import colour_map
from slant.app_render import highlight as app_highlight
from slant.framing import FRAMES, TECHNIQUES, Span, classify_frames, profile, tag
from slant.framing.render import highlight, legend, profile_table


def _span(start: int, end: int, text: str, technique: str) -> Span:
    return Span(start, end, text[start:end], technique, 0.8, "because")


def test_profile_counts_and_density() -> None:
    text = "thugs and thugs and a killer army here " + "word " * 92
    p = profile("doc.txt", text)
    assert p.words == 100
    assert p.counts["Name_Calling,Labeling"] == 2
    assert p.counts["Loaded_Language"] == 1
    assert set(p.counts) == set(TECHNIQUES)
    assert p.loaded_per_1000_words == 30.0
    assert p.top_loaded_terms[0] == ("thugs", 2)
    d = p.to_dict()
    assert set(d) == {"doc", "words", "counts", "loaded_per_1000_words", "loaded_in_quotes", "top_loaded_terms",
                      "frames"}
    assert p.loaded_in_quotes == 0


def test_profile_counts_loaded_language_inside_attributed_quotes() -> None:
    text = 'Thugs ran the town. "These thugs took every cent we had," said a resident.'
    p = profile("wire.txt", text)
    assert p.counts["Name_Calling,Labeling"] == 2
    assert p.loaded_in_quotes == 1
    assert "of them in quotations" in profile_table([p])


def test_profile_uses_given_spans_and_handles_empty() -> None:
    text = "abc def"
    p = profile("x", text, [_span(0, 3, text, "Doubt")])
    assert p.counts["Doubt"] == 1 and p.loaded_per_1000_words == 0.0
    assert profile("e", "").words == 0


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Inflation, taxes and the budget deficit hit the economy and jobs.", "Economic"),
        ("Troops and militias launched an offensive; airstrikes and missiles followed.", "Security and defense"),
        (
            "The court ruled the law unconstitutional; the judge cited the constitution.",
            "Legality, constitutionality and jurisprudence",
        ),
        ("Hospitals struggle with the virus outbreak as patients and doctors fall sick.", "Health and safety"),
        ("Police arrested the suspects; prosecutors charged them with fraud and theft.", "Crime and punishment"),
    ],
    ids=["economic", "security", "legal", "health", "crime"],
)
def test_classify_frames(text: str, frame: str) -> None:
    frames = classify_frames(text)
    assert frames[0].frame == frame
    assert all(f.frame in FRAMES for f in frames)
    assert frames == sorted(frames, key=lambda f: -f.score)
    assert all(0 < f.score <= 1 for f in frames)
    assert frames[0].to_dict() == {"frame": frame, "score": frames[0].score}


def test_classify_frames_empty_and_top() -> None:
    assert classify_frames("") == []
    assert classify_frames("zzz qqq") == []
    many = "economy war court virus police poll election culture morality fairness"
    assert len(classify_frames(many, top=2)) == 2
    assert len(classify_frames(many, top=0)) >= 8


def test_highlight_plain_and_color() -> None:
    text = "the killer army came"
    spans = [_span(4, 15, text, "Loaded_Language")]
    assert highlight(text, spans, color=False) == "the [[killer army]]{Loaded_Language} came"
    colored = highlight(text, spans, color=True)
    assert "\x1b[" in colored and "killer army" in colored
    assert "Loaded_Language (1)" in legend(spans, color=False)
    assert legend([], color=False).startswith("No rhetorical")


def test_a_repetition_shares_one_mark_with_the_label_it_repeats() -> None:
    text = "The thugs came. The thugs left."
    spans = tag(text)
    assert highlight(text, spans, color=False) == (
        "The [[thugs]]{Name_Calling,Labeling} came. The [[thugs]]{Name_Calling,Labeling+Repetition} left."
    )
    assert highlight(text, spans, color=True).count("thugs") == 2
    html = app_highlight(text, [s.to_dict() for s in spans], colour_map(TECHNIQUES))
    assert html.count("<mark") == 2
    assert "Name Calling / Labeling + Repetition</span>" in html and "Repetition: &#x27;thugs&#x27; repeats" in html


def test_profile_table_one_column_per_document() -> None:
    a = profile("first.txt", "The thugs and the killer army. Taxes and the economy.")
    b = profile("second.txt", "The council met.")
    table = profile_table([a, b])
    header = table.splitlines()[0]
    assert "first.txt" in header and "second.txt" in header
    assert "loaded per 1,000 words" in table
    assert all(t in table for t in TECHNIQUES)
