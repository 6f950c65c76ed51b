"""Verbatim alignment: find quoted text in sources, tolerant of spacing and quote styles.

Citations are verbatim by construction. This module checks the *other* quoted text: the
phrases a model puts in quotation marks in its own answer. Each is looked up in the
source sentences and their documents, and is reported as unverified when it is not there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

_QUOTED = re.compile(r"“([^”]{3,400})”|\"([^\"]{3,400})\"|‘([^’]{3,400})’(?!\w)")
_EQUIVALENT = {
    "'": "['‘’ʼ`]", "‘": "['‘’ʼ`]", "’": "['‘’ʼ`]",
    '"': "[\"“”„]", "“": "[\"“”„]", "”": "[\"“”„]",
    "-": "[-‐‑–—]", "–": "[-‐‑–—]", "—": "[-‐‑–—]",
}


class Located(Protocol):
    """Anything with a document id and offsets into it (a source sentence)."""

    @property
    def doc(self) -> str:
        """Document id."""

    @property
    def start(self) -> int:
        """Offset of the text in the document."""

    @property
    def end(self) -> int:
        """End offset of the text in the document."""

    @property
    def text(self) -> str:
        """The text itself."""


@dataclass(frozen=True)
class QuoteCheck:
    """A phrase the answer quotes, and where (if anywhere) the sources contain it."""

    text: str
    found: bool
    doc: str | None = None
    start: int | None = None
    end: int | None = None


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A case-insensitive regex matching ``phrase`` with any spacing and quote/dash style."""
    parts = []
    for word in phrase.split():
        parts.append("".join(_EQUIVALENT.get(ch, re.escape(ch)) for ch in word))
    return re.compile(r"\s+".join(parts), re.IGNORECASE)


def locate(text: str, phrase: str, start: int = 0) -> tuple[int, int] | None:
    """Offsets of the first match of ``phrase`` in ``text`` at or after ``start``."""
    if not phrase.strip():
        return None
    match = phrase_pattern(phrase).search(text, start)
    return (match.start(), match.end()) if match else None


def quoted_phrases(answer: str) -> list[str]:
    """Phrases inside quotation marks in an answer (straight, curly, double or single)."""
    found = []
    for match in _QUOTED.finditer(answer):
        phrase = next(g for g in match.groups() if g is not None).strip(" ,.;:")
        if phrase:
            found.append(phrase)
    return found


def check_quotes(
    answer: str, sentences: Iterable[Located], document_text: Callable[[str], str | None]
) -> list[QuoteCheck]:
    """Check every quoted phrase in ``answer`` against the sources.

    Each phrase is searched in the numbered sentences first (offsets mapped back to the
    document), then in the full text of the documents those sentences come from.
    """
    sentences = list(sentences)
    checks = []
    for phrase in quoted_phrases(answer):
        checks.append(_check_one(phrase, sentences, document_text))
    return checks


def _check_one(
    phrase: str, sentences: list[Located], document_text: Callable[[str], str | None]
) -> QuoteCheck:
    for sentence in sentences:
        hit = locate(sentence.text, phrase)
        if hit:
            return QuoteCheck(phrase, True, sentence.doc, sentence.start + hit[0], sentence.start + hit[1])
    for doc in dict.fromkeys(s.doc for s in sentences):
        text = document_text(doc)
        hit = locate(text, phrase) if text else None
        if hit:
            return QuoteCheck(phrase, True, doc, hit[0], hit[1])
    return QuoteCheck(phrase, False)
