from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slant.quotes import locate, quoted_phrases

TEXT = "Assad’s “killer army” — again. Assad's killer  army again."


@pytest.mark.parametrize(
    ("phrase", "start", "expected"),
    [
        ("killer army", 0, "killer army"),
        ("killer army", 20, "killer  army"),
        ("Assad's", 0, "Assad’s"),
        ("\"killer army\" - again", 0, "“killer army” — again"),
        ("KILLER ARMY", 0, "killer army"),
        ("absent phrase", 0, None),
        ("   ", 0, None),
    ],
    ids=["plain", "repeated-forward", "curly-apostrophe", "quotes-and-dash", "case", "absent", "blank"],
)
def test_locate(phrase: str, start: int, expected: str | None) -> None:
    hit = locate(TEXT, phrase, start)
    assert (TEXT[hit[0]:hit[1]] if hit else None) == expected


def test_quoted_phrases() -> None:
    answer = 'He said “killer army” and "Putin puppet", but ‘short’ isn’t quoted like that.'
    assert quoted_phrases(answer) == ["killer army", "Putin puppet", "short"]


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200), st.text(max_size=20))
def test_locate_never_fails_and_offsets_are_valid(text: str, phrase: str) -> None:
    hit = locate(text, phrase)
    if hit:
        assert 0 <= hit[0] <= hit[1] <= len(text)
