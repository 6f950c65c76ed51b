from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slant.chunking import chunk_text, split_sentences
from slant.tokens import count_tokens, encoding


def test_tiktoken_works_offline() -> None:
    assert encoding().encode("hello world") == [15339, 1917]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("The U.S. coalition moved. It stopped.", ["The U.S. coalition moved.", "It stopped."]),
        ("Headline without stop\nBody text here.", ["Headline without stop", "Body text here."]),
        ("He said “no.” Then left.", ["He said “no.”", "Then left."]),
        ("George W. Bush spoke. Done!", ["George W. Bush spoke.", "Done!"]),
        ("Mr. Smith came. Really?  Yes.", ["Mr. Smith came.", "Really?", "Yes."]),
        ("  \n\n  ", []),
        ("Ends with 3.5 percent growth. Next.", ["Ends with 3.5 percent growth.", "Next."]),
    ],
    ids=["simple", "abbreviation", "newline", "curly-quote", "initial", "title-and-spaces", "blank", "decimal"],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_chunks_respect_size_and_offsets() -> None:
    text = " ".join(f"Sentence number {i} talks about Raqqa and Palmyra at some length." for i in range(200))
    chunks = chunk_text("doc", text, size=60, overlap=15)
    assert len(chunks) > 10
    for chunk in chunks:
        assert text[chunk.start:chunk.end] == chunk.text
        assert count_tokens(chunk.text) <= 60 + 2  # joining sentences adds at most a space token
    covered = {i for c in chunks for i in range(c.start, c.end)}
    words = {i for i, ch in enumerate(text) if not ch.isspace()}
    assert words <= covered
    assert chunks[1].start < chunks[0].end  # consecutive chunks overlap


def test_a_sentence_longer_than_a_chunk_is_cut_on_token_boundaries() -> None:
    text = "word " * 500 + "ünïcödé ’quotes’ — dashes " * 40
    chunks = chunk_text("doc", text, size=50, overlap=10)
    assert all(text[c.start:c.end] == c.text for c in chunks)
    assert max(count_tokens(c.text) for c in chunks) <= 52


def test_chunk_ids_are_stable() -> None:
    text = "A first sentence here. A second sentence there."
    assert [c.id for c in chunk_text("d.txt", text)] == [c.id for c in chunk_text("d.txt", text)]


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_offsets_always_valid_on_random_unicode(text: str) -> None:
    for start, end in split_sentences(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
    for chunk in chunk_text("d", text, size=20, overlap=5):
        assert text[chunk.start:chunk.end] == chunk.text
