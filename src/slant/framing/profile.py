"""A document's rhetorical profile, comparable across documents and outlets."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from slant.framing.attribution import attributed_quotations, within
from slant.framing.frames import FrameScore, classify_frames
from slant.framing.tagger import tag_with_quotations
from slant.framing.taxonomy import TECHNIQUES, Span

LOADED_TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


@dataclass
class Profile:
    """Counts and densities of one document.

    Attributes:
        doc: The document's name.
        words: Number of words.
        counts: Spans per technique (every technique present, zero included).
        loaded_per_1000_words: Loaded-language and name-calling spans per 1,000 words.
        loaded_in_quotes: How many of those lie inside quotations attributed to a speaker
            (the sources' wording rather than the outlet's).
        top_loaded_terms: The most frequent loaded terms (lower-cased) with their counts.
        frames: The document's frames, best first.

    """

    doc: str
    words: int
    counts: dict[str, int]
    loaded_per_1000_words: float
    loaded_in_quotes: int = 0
    top_loaded_terms: list[tuple[str, int]] = field(default_factory=list)
    frames: list[FrameScore] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The profile as a JSON-ready dict."""
        return {
            "doc": self.doc,
            "words": self.words,
            "counts": dict(self.counts),
            "loaded_per_1000_words": self.loaded_per_1000_words,
            "loaded_in_quotes": self.loaded_in_quotes,
            "top_loaded_terms": [[term, n] for term, n in self.top_loaded_terms],
            "frames": [f.to_dict() for f in self.frames],
        }


def count_words(text: str) -> int:
    """Words in ``text`` (hyphenated and apostrophe forms count once)."""
    return sum(1 for _ in _WORD.finditer(text))


def profile(
    doc: str,
    text: str,
    spans: list[Span] | None = None,
    top_terms: int = 10,
    frames: list[FrameScore] | None = None,
) -> Profile:
    """Profile ``text``, tagging it unless ``spans`` are given.

    Args:
        doc: Name shown in tables.
        text: The document's text.
        spans: Spans already computed for ``text`` (e.g. by the LLM mode).
        top_terms: How many loaded terms to list.
        frames: Frames already computed for ``text`` (e.g. by ``frame_classifier``); the
            cue lexicon's when omitted.

    """
    if spans is None:
        spans, quoted = tag_with_quotations(text)
    else:
        quoted = attributed_quotations(text)
    words = count_words(text)
    counts = dict.fromkeys(TECHNIQUES, 0)
    terms: Counter[str] = Counter()
    in_quotes = 0
    for span in spans:
        counts[span.technique] = counts.get(span.technique, 0) + 1
        if span.technique in LOADED_TECHNIQUES:
            terms[" ".join(span.text.lower().split())] += 1
            in_quotes += within(quoted, span.start, span.end)
    loaded = sum(counts[t] for t in LOADED_TECHNIQUES)
    density = round(1000 * loaded / words, 2) if words else 0.0
    return Profile(
        doc=doc,
        words=words,
        counts=counts,
        loaded_per_1000_words=density,
        loaded_in_quotes=in_quotes,
        top_loaded_terms=terms.most_common(top_terms),
        frames=classify_frames(text) if frames is None else frames,
    )
