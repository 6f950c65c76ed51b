"""Follow-up questions: what the previous exchange adds to retrieval and to the prompt.

Cheap and deterministic on purpose. The bundled model reads about 70 prompt tokens a
second on two cores, so a follow-up is recognised by its shape (it opens with "and" or
"what about", or is short and leans on a pronoun, or points at "the second one") rather
than rewritten by an extra model call. A follow-up is searched together with the earlier
question it leans on and the titles of the articles the last answer cited; the prompt
shows the previous question (answer.v5; v4 adds the first sentence of its answer) in a few
dozen tokens, fenced as data. A question that stands alone is searched and answered
exactly as it would be on the first turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from slant.chunking import split_sentences
from slant.retrieval import terms
from slant.tokens import count_tokens, truncate_tokens

SOURCES_LABEL = "Sources:"
"""Starts the line of cited article titles the chat adds under each answer."""
SOURCES_SEPARATOR = " · "
_CITATION = re.compile(r"\s*\[\d+(?:\s*,\s*\d+)*\]")
_DELIMITER = re.compile(r"<{2,}|>{2,}")  # would forge the prompt's <<< >>> data fences
_MARKDOWN = re.compile(r"([\\`*_\[\]<>#|~])")
_OPENERS = ("and", "but", "also", "so", "then", "what about", "how about", "what else", "anything else", "ok", "okay")
_ANAPHORA = frozenset(
    "it its they them their theirs he him his she her hers this that these those there "
    "one ones other same former latter else".split()
)
_DEFINITE = re.compile(r"\bthe (?:article|piece|story|report|source|author|writer|same)\b", re.IGNORECASE)
_ORDINALS = {
    "first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
    "fifth": 4, "5th": 4, "last": -1, "latter": -1, "former": 0,
}
_ORDINAL_REFERENCE = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r")\b(?:\s+(?:one|article|source|piece|story|report|link))?",
    re.IGNORECASE,
)
SHORT_TERMS = 2
"""A question with at most this many content words cannot stand alone."""
PRONOUN_TERMS = 5
"""A question with a pronoun and at most this many content words leans on the previous one."""
QUESTIONS_BACK = 2
"""Earlier questions a chain of follow-ups may reach back to (the last standalone one included)."""
CONTEXT_TOKENS = 120
"""Most tokens a follow-up's search context adds to the query."""


@dataclass(frozen=True)
class Turn:
    """One earlier exchange: the user's question, the answer, the titles of the articles cited."""

    question: str
    answer: str = ""
    sources: tuple[str, ...] = ()


def _words(question: str) -> list[str]:
    return re.findall(r"[\w’']+", question.lower())


def is_follow_up(question: str) -> bool:
    """True when a question leans on an earlier one ("And Russia?", "Who said it?")."""
    words = _words(question)
    if not words:
        return False
    text = " ".join(words)
    if any(text == opener or text.startswith(opener + " ") for opener in _OPENERS):
        return True
    content = terms(question)
    if len(content) <= SHORT_TERMS:
        return True
    if len(content) > PRONOUN_TERMS:
        return False
    return _leans_on_pronoun(question) or bool(_DEFINITE.search(question) or _ORDINAL_REFERENCE.search(question))


def _leans_on_pronoun(question: str) -> bool:
    """A pronoun whose antecedent is not a name earlier in the same question."""
    named = False
    for index, word in enumerate(re.findall(r"[\w’']+", question)):
        if word.lower() in _ANAPHORA:
            return not named
        named = named or (index > 0 and word[:1].isupper())
    return False


def referenced_source(question: str, count: int) -> int | None:
    """The index of the source a question points at ("the second one" -> 1), if any of ``count``."""
    match = _ORDINAL_REFERENCE.search(question)
    if match is None or not count:
        return None
    index = _ORDINALS[match.group(1).lower()]
    index = count - 1 if index < 0 else index
    return index if index < count else None


def follow_up_context(question: str, history: Sequence[Turn]) -> str:
    """What a follow-up is searched with besides itself ("" for a standalone question).

    The earlier questions it leans on (back to the last standalone one) and the titles of
    the articles the last answer cited, or only the one it points at ("the second one").
    """
    if not history or not is_follow_up(question):
        return ""
    questions: list[str] = []
    for turn in reversed(history[-QUESTIONS_BACK:]):
        questions.insert(0, turn.question)
        if not is_follow_up(turn.question):
            break
    sources = history[-1].sources
    pointed = referenced_source(question, len(sources))
    titles = [sources[pointed]] if pointed is not None else list(sources)
    context = " ".join(" ".join(part.split()) for part in (*questions, *titles) if part.strip())
    return truncate_tokens(context, CONTEXT_TOKENS, ellipsis="")


def search_query(question: str, history: Sequence[Turn]) -> str:
    """The retrieval query: the question, plus its context when it is a follow-up."""
    context = follow_up_context(question, history)
    return f"{question} {context}" if context else question


def _as_data(text: str) -> str:
    """One line of earlier text that cannot close the prompt's data fences or cite a number."""
    text = _CITATION.sub("", text)
    return " ".join(_DELIMITER.sub(" ", text).split())


def _lead(answer: str, min_words: int = 12) -> str:
    """The first sentence of an answer, or the first few when it is very short."""
    text = _as_data(answer)
    taken: list[str] = []
    for start, end in split_sentences(text):
        taken.append(text[start:end])
        if len(" ".join(taken).split()) >= min_words:
            break
    return " ".join(taken)


def exchange_text(
    question: str, history: Sequence[Turn], budget_tokens: int, skip_answer: str = "", with_answer: bool = True
) -> str:
    """The previous exchange as the model sees it, within ``budget_tokens`` ("" if not needed).

    Only for a follow-up: a standalone question is answered as on the first turn. The
    answer (unless ``with_answer`` is false) is cut to its first sentence, citation
    numbers removed (they numbered other sentences); ``skip_answer`` (the abstention
    text) is left out, so it is not echoed.
    """
    if budget_tokens <= 0 or not history or not is_follow_up(question):
        return ""
    turn = history[-1]
    lines = _line([], "Q: ", turn.question, max(budget_tokens // 2, 1))
    if not lines:
        return ""  # an answer without its question would mislead more than help
    pointed = referenced_source(question, len(turn.sources))
    if pointed is not None:
        # "The second one" is the second title under the last answer: name it first.
        lines = _line(lines, f"Cited article {pointed + 1}: ", turn.sources[pointed], budget_tokens)
    if with_answer and turn.answer.strip() != skip_answer.strip():
        lines = _line(lines, "A: ", _lead(turn.answer), budget_tokens)
    return "\n".join(lines)


def _line(lines: list[str], label: str, text: str, limit: int) -> list[str]:
    """``lines`` plus ``label + text`` cut so that all of them fit in ``limit`` tokens."""
    room = limit - (count_tokens("\n".join(lines) + "\n") if lines else 0)
    line = truncate_tokens(label + _as_data(text), room) if room > 0 and text.strip() else ""
    return [*lines, line] if len(line) > len(label) + 1 else lines


# ---- the chat's messages --------------------------------------------------------------


def sources_note(titles: Iterable[str]) -> str:
    """The line of cited titles the chat shows under an answer (markdown-escaped)."""
    shown = [_MARKDOWN.sub(r"\\\1", " ".join(t.split()).replace(SOURCES_SEPARATOR, " - ")) for t in titles]
    return f"{SOURCES_LABEL} {SOURCES_SEPARATOR.join(shown)}" if shown else ""


def split_sources_note(content: str) -> tuple[str, tuple[str, ...]]:
    """An answer's text and the titles of its sources note, if it ends with one."""
    body, _, last = content.rstrip().rpartition("\n")
    if not last.startswith(SOURCES_LABEL + " "):
        return content.strip(), ()
    listed = last[len(SOURCES_LABEL) + 1:].split(SOURCES_SEPARATOR)
    titles = tuple(re.sub(r"\\(.)", r"\1", t).strip() for t in listed)
    return body.strip(), tuple(t for t in titles if t)


def message_text(message: Mapping[str, Any]) -> str:
    """A chat message's text: Gradio sends a string or a list of content blocks."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, Sequence):
        return "".join(
            str(block.get("text", "")) for block in content
            if isinstance(block, Mapping) and block.get("type", "text") == "text"
        )
    return ""


def turns_from_messages(messages: Iterable[Mapping[str, Any]], warning_mark: str = "⚠️") -> list[Turn]:
    """Earlier exchanges from chat messages (``{"role", "content"}``, Gradio's format).

    An answer that was a warning (a failure, not an answer) keeps only its question.
    """
    turns: list[Turn] = []
    for message in messages:
        role, text = message.get("role"), message_text(message).strip()
        if role == "user" and text:
            turns.append(Turn(question=text))
        elif role == "assistant" and turns and not turns[-1].answer and not turns[-1].sources:
            if text.startswith(warning_mark) or text in ("", "…"):
                continue
            answer, sources = split_sources_note(text)
            turns[-1] = Turn(turns[-1].question, answer, sources)
    return turns


def as_turns(history: Iterable[Turn | Mapping[str, Any]] | None) -> list[Turn]:
    """Turns from Turns or chat messages (what ``as_runnable`` accepts as ``history``)."""
    items = list(history or [])
    if all(isinstance(item, Turn) for item in items):
        return [item for item in items if isinstance(item, Turn)]
    return turns_from_messages(item for item in items if isinstance(item, Mapping))
