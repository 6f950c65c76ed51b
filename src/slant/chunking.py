"""Split text into sentences and token-sized chunks, keeping character offsets.

Every offset indexes the original document text: ``text[start:end]`` is the sentence or
chunk, always. Chunks end on sentence boundaries so a passage never cuts a quote in two;
a sentence longer than a chunk is cut on token boundaries.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from slant.tokens import encoding

# A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace, or at a line
# break: news text puts headlines, bylines and captions on lines without a full stop.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt rep sen gov prof jr sr vs etc inc ltd co corp no "
    "fig jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n a.m "
    "p.m".split()
)


@dataclass(frozen=True)
class Chunk:
    """A passage of a document: ``document.text[start:end] == text``."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str

    @property
    def id(self) -> str:
        """Stable id: re-ingesting the same text yields the same ids."""
        return f"{self.doc_id}#{self.index}"


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial."""
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "George W. Bush"
    return word in _ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` as (start, end) offsets into ``text``.

    Leading and trailing whitespace is left out of each span; blank stretches yield none.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        if match.group() != "\n":
            after = text[stop:stop + 3].lstrip()
            if text[match.start()] == "." and match.end() - match.start() == 1 and (
                _is_abbreviation(text, match.start()) or (after[:1].islower())
            ):
                continue
        _append_trimmed(text, cursor, stop, spans)
        cursor = stop
    _append_trimmed(text, cursor, end, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _token_windows(text: str, start: int, end: int, size: int) -> Iterator[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most ``size`` tokens, on char boundaries."""
    enc = encoding()
    piece = text[start:end]
    tokens = enc.encode(piece, disallowed_special=())
    byte_offsets = [0]
    for token_bytes in enc.decode_tokens_bytes(tokens):
        byte_offsets.append(byte_offsets[-1] + len(token_bytes))
    char_at_byte = _byte_to_char_map(piece)
    for first in range(0, len(tokens), size):
        last = min(first + size, len(tokens))
        lo = char_at_byte(byte_offsets[first])
        hi = char_at_byte(byte_offsets[last])
        if hi > lo:
            yield start + lo, start + hi


def _byte_to_char_map(piece: str) -> Callable[[int], int]:
    """Map a UTF-8 byte offset of ``piece`` to the char offset at or after it."""
    boundaries: list[int] = []
    total = 0
    for char in piece:
        boundaries.append(total)
        total += len(char.encode("utf-8"))
    boundaries.append(total)

    def char_at(byte_offset: int) -> int:
        return bisect.bisect_left(boundaries, byte_offset)

    return char_at


def chunk_text(doc_id: str, text: str, size: int = 200, overlap: int = 40) -> list[Chunk]:
    """Pack whole sentences into chunks of at most ``size`` tokens.

    Consecutive chunks share their last sentences, up to ``overlap`` tokens, so a fact on a
    chunk boundary is retrievable from either side.
    """
    if size <= 0 or overlap < 0 or overlap >= size:
        raise ValueError("need size > 0 and 0 <= overlap < size")
    enc = encoding()
    pieces: list[tuple[int, int, int]] = []  # (start, end, tokens)
    for s_start, s_end in split_sentences(text):
        n = len(enc.encode(text[s_start:s_end], disallowed_special=()))
        if n <= size:
            pieces.append((s_start, s_end, n))
        else:
            for w_start, w_end in _token_windows(text, s_start, s_end, size):
                w_n = len(enc.encode(text[w_start:w_end], disallowed_special=()))
                pieces.append((w_start, w_end, min(w_n, size)))

    chunks: list[Chunk] = []
    current: list[tuple[int, int, int]] = []
    tokens = 0
    for piece in pieces:
        if current and tokens + piece[2] > size:
            chunks.append(_make_chunk(doc_id, len(chunks), text, current))
            carried: list[tuple[int, int, int]] = []
            carried_tokens = 0
            for prev in reversed(current):
                if carried_tokens + prev[2] > overlap or carried_tokens + prev[2] + piece[2] > size:
                    break
                carried.insert(0, prev)
                carried_tokens += prev[2]
            current, tokens = carried, carried_tokens
        current.append(piece)
        tokens += piece[2]
    if current:
        chunks.append(_make_chunk(doc_id, len(chunks), text, current))
    return chunks


def _make_chunk(doc_id: str, index: int, text: str, pieces: list[tuple[int, int, int]]) -> Chunk:
    start, end = pieces[0][0], pieces[-1][1]
    return Chunk(doc_id=doc_id, index=index, start=start, end=end, text=text[start:end])
