"""The answer chain: retrieve, pick the best sentences, ask the model, cite verbatim.

The model sees a short numbered list of source sentences and cites them by number; each
cited number becomes a Citation whose quote is sliced from the document, so
``document.text[start:end] == quote`` holds by construction.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough

from slant.chunking import split_sentences
from slant.conversation import Turn, as_turns, exchange_text, follow_up_context
from slant.errors import InputError, ModelError
from slant.llm import model_errors
from slant.prompts import Prompt
from slant.quotes import QuoteCheck, check_quotes
from slant.retrieval import HybridRetriever, Passage, terms
from slant.tokens import count_tokens

ABSTAIN_MARK = "NOT IN SOURCES"
ABSTAIN_TEXT = "The documents do not answer this question."
_CITE = re.compile(r"\[(\d+(?:\s*(?:,|\]\s*\[)\s*\d+)*)\]")
_MIN_WORDS = 4
CONTEXT_WEIGHT = 0.5
"""How much a word that only a follow-up's context brings counts in choosing sentences."""


@dataclass(frozen=True)
class Sentence:
    """A numbered source sentence shown to the model."""

    n: int
    doc: str
    title: str
    start: int
    end: int
    text: str


@dataclass
class Citation:
    """A quoted source sentence: ``document(doc).text[start:end] == quote``."""

    n: int
    doc: str
    title: str
    start: int
    end: int
    quote: str
    outlet: str | None = None
    spans: list[dict[str, Any]] = field(default_factory=list)
    frames: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Answer:
    """An answer with the sources it rests on."""

    question: str
    answer: str
    abstained: bool
    citations: list[Citation]
    timings: dict[str, float]
    checked_quotes: list[QuoteCheck] = field(default_factory=list)
    error: str | None = None
    passages: list[Passage] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``slant ask --json``."""
        data: dict[str, Any] = {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [asdict(c) for c in self.citations],
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "checked_quotes": [asdict(q) for q in self.checked_quotes],
        }
        if self.error:
            data["error"] = self.error
        return data


@dataclass(frozen=True)
class Token:
    """A piece of the answer as the model writes it."""

    text: str


@dataclass(frozen=True)
class Retrieved:
    """The passages and numbered sentences, available before the model starts.

    ``query`` is what was searched: the question, plus its context for a follow-up.
    """

    passages: list[Passage]
    sentences: list[Sentence]
    query: str = ""


Event = Token | Retrieved | Answer


def validate_question(question: str, max_chars: int, budget_tokens: int) -> str:
    """The question stripped, or an InputError naming the fix."""
    question = (question or "").strip()
    if not question:
        raise InputError("the question is empty; type a question about the articles.")
    if len(question) > max_chars or count_tokens(question) > budget_tokens:
        raise InputError(
            f"the question is too long ({len(question)} characters); keep it under "
            f"{max_chars} characters and about {budget_tokens} tokens so the sources fit."
        )
    return question


def select_sentences(
    question: str, passages: list[Passage], titles: dict[str, str], budget_tokens: int, context: str = ""
) -> list[Sentence]:
    """The sentences of the passages most relevant to the question, within a token budget.

    Sentences are scored by the IDF-weighted overlap of their words with the question's
    (words only in a follow-up's ``context`` count ``CONTEXT_WEIGHT`` as much), plus a bonus
    for coming from a higher-ranked passage; the chosen ones are numbered in reading order,
    grouped by article, so the model sees coherent text.
    """
    candidates: list[tuple[int, int, int, str, str]] = []  # rank, start, end, doc, text
    seen: set[tuple[str, int]] = set()
    for rank, passage in enumerate(passages):
        chunk = passage.chunk
        for start, end in split_sentences(chunk.text):
            text = chunk.text[start:end]
            key = (chunk.doc_id, chunk.start + start)
            if key in seen or len(text.split()) < _MIN_WORDS:
                continue
            seen.add(key)
            candidates.append((rank, chunk.start + start, chunk.start + end, chunk.doc_id, text))
    if not candidates:
        return []
    query = set(terms(question))
    extra = set(terms(context)) - query
    document_frequency: Counter[str] = Counter()
    candidate_terms = [set(terms(c[4])) for c in candidates]
    for words in candidate_terms:
        document_frequency.update(words)
    total = len(candidates)

    def score(index: int) -> float:
        rank = candidates[index][0]
        overlap = sum(
            math.log(1 + total / document_frequency[w]) for w in query & candidate_terms[index]
        ) + CONTEXT_WEIGHT * sum(math.log(1 + total / document_frequency[w]) for w in extra & candidate_terms[index])
        return overlap + 1.0 / (rank + 2)

    order = sorted(range(total), key=lambda i: (-score(i), i))
    chosen: list[int] = []
    used = 0
    for index in order:
        cost = count_tokens(candidates[index][4]) + 4
        if used + cost > budget_tokens:
            continue
        chosen.append(index)
        used += cost
    # Reading order: documents by their best passage, then sentences by position.
    doc_rank: dict[str, int] = {}
    for candidate in candidates:
        doc_rank.setdefault(candidate[3], candidate[0])
    chosen.sort(key=lambda i: (doc_rank[candidates[i][3]], candidates[i][1]))
    return [
        Sentence(n=n, doc=candidates[i][3], title=titles.get(candidates[i][3], candidates[i][3]),
                 start=candidates[i][1], end=candidates[i][2], text=candidates[i][4])
        for n, i in enumerate(chosen, start=1)
    ]


def render_sentences(sentences: list[Sentence], outlets: dict[str, str | None] | None = None) -> str:
    """The numbered sentences the model sees, under a header line per article."""
    lines: list[str] = []
    current = None
    for sentence in sentences:
        if sentence.doc != current:
            current = sentence.doc
            outlet = (outlets or {}).get(sentence.doc)
            if lines:
                lines.append("")
            lines.append(f"Article: {sentence.title}" + (f" ({outlet})" if outlet else ""))
        lines.append(f"[{sentence.n}] {' '.join(sentence.text.split())}")
    return "\n".join(lines)


def cited_numbers(reply: str) -> list[int]:
    """Sentence numbers cited as [n], [n, m] or [n][m], in order of first citation."""
    numbers: list[int] = []
    for match in _CITE.finditer(reply):
        for number in re.findall(r"\d+", match.group(1)):
            if int(number) not in numbers:
                numbers.append(int(number))
    return numbers


def is_abstention(reply: str) -> bool:
    """True when the model said the sources do not answer."""
    return ABSTAIN_MARK.lower() in reply.lower()


def build_answer(
    question: str,
    reply: str,
    sentences: list[Sentence],
    outlets: dict[str, str | None],
    document_text: Callable[[str], str | None],
    timings: dict[str, float],
    error: str | None = None,
) -> Answer:
    """Turn the model's reply into an Answer with verbatim citations."""
    by_number = {s.n: s for s in sentences}
    abstained = is_abstention(reply) and not error
    citations: list[Citation] = []
    if not abstained:
        for number in cited_numbers(reply):
            sentence = by_number.get(number)
            if sentence is None:
                continue  # the model cited a number it was not given: drop it
            citations.append(Citation(
                n=number, doc=sentence.doc, title=sentence.title, start=sentence.start,
                end=sentence.end, quote=sentence.text, outlet=outlets.get(sentence.doc),
            ))
    text = ABSTAIN_TEXT if abstained else reply.strip()
    checks = [] if abstained else check_quotes(text, sentences, document_text)
    return Answer(question=question, answer=text, abstained=abstained, citations=citations,
                  timings=timings, checked_quotes=checks, error=error)


class AnswerEngine:
    """Answers questions from a retriever with a chat model and a versioned prompt."""

    def __init__(
        self,
        retriever: HybridRetriever,
        chat_model: BaseChatModel,
        prompt: Prompt,
        *,
        model_name: str = "model",
        context_tokens: int = 360,
        max_question_chars: int = 2000,
        annotate: Callable[[Citation], None] | None = None,
        history_tokens: int = 60,
    ):
        """Set up the engine; ``annotate`` may add tagger spans and frames to each citation.

        ``history_tokens`` caps the earlier exchange shown to the model for a follow-up
        (0: never shown); only a prompt with a ``## history`` section shows it at all.
        """
        self.retriever = retriever
        self.chat_model = chat_model
        self.prompt = prompt
        self.model_name = model_name
        self.context_tokens = context_tokens
        self.max_question_chars = max_question_chars
        self.annotate = annotate
        self.history_tokens = history_tokens

    def _titles(self, passages: list[Passage]) -> tuple[dict[str, str], dict[str, str | None]]:
        infos = self.retriever.store.document_infos({p.chunk.doc_id for p in passages})
        return ({d: i.get("title", d) for d, i in infos.items()},
                {d: i.get("outlet") for d, i in infos.items()})

    def messages(
        self,
        question: str,
        sentences: list[Sentence],
        outlets: dict[str, str | None] | None = None,
        history: Sequence[Turn] = (),
    ) -> list[SystemMessage | HumanMessage]:
        """The chat messages for a question and its numbered sentences.

        For a follow-up, the user message starts with the previous exchange (as data, in
        the prompt's history section); the system message never changes.
        """
        exchange = ""
        if self.prompt.history:
            # The prompt picks what it shows: {exchange} (question and answer) or {asked} (the question).
            with_answer = "{exchange}" in self.prompt.history
            exchange = exchange_text(question, history, self.history_tokens, ABSTAIN_TEXT, with_answer)
        system, user = self.prompt.render(
            sentences=render_sentences(sentences, outlets), question=question,
            history=self.prompt.history.format(exchange=exchange, asked=exchange) + "\n\n" if exchange else "",
        )
        return [SystemMessage(content=system), HumanMessage(content=user)]

    def _context(
        self, question: str, k: int | None, history: Sequence[Turn]
    ) -> tuple[list[Passage], list[Sentence], dict[str, str | None], str]:
        """Passages, numbered sentences, outlets and the query searched for a question."""
        context = follow_up_context(question, history)
        query = f"{question} {context}" if context else question
        passages = self.retriever.retrieve(query, k)
        titles, outlets = self._titles(passages)
        sentences = select_sentences(question, passages, titles, self.context_tokens, context=context)
        return passages, sentences, outlets, query

    def stream(self, question: str, k: int | None = None, history: Iterable[Turn] = ()) -> Iterator[Event]:
        """Yield Retrieved, then Tokens as the model writes, then the final Answer.

        ``history`` holds the earlier exchanges of a conversation, oldest first: a
        follow-up question is searched with the one it leans on and shown the last
        exchange; a question that stands alone is answered as if it came first.
        A model failure part-way still ends in an Answer: with the quotes cited so far
        and ``error`` set to a sentence naming the fix.

        Raises:
            InputError: The question is empty or too long.

        """
        question = validate_question(question, self.max_question_chars, self.context_tokens)
        turns = list(history)
        started = time.perf_counter()
        passages, sentences, outlets, query = self._context(question, k, turns)
        timings = {"retrieve_s": time.perf_counter() - started}
        yield Retrieved(passages, sentences, query)
        reply, error = "", None
        if not sentences:
            reply = ABSTAIN_MARK
        else:
            try:
                with model_errors(self.model_name):
                    for chunk in self.chat_model.stream(self.messages(question, sentences, outlets, turns)):
                        piece = chunk.text
                        if piece:
                            timings.setdefault("first_token_s", time.perf_counter() - started)
                            reply += piece
                            yield Token(piece)
            except ModelError as exc:
                error = str(exc)
        timings.setdefault("first_token_s", time.perf_counter() - started)
        timings["total_s"] = time.perf_counter() - started
        answer = build_answer(question, reply, sentences, outlets, self._document_text, timings, error)
        answer.passages = passages
        if self.annotate:
            for citation in answer.citations:
                self.annotate(citation)
        yield answer

    def _document_text(self, doc_id: str) -> str | None:
        document = self.retriever.store.document(doc_id)
        return document.text if document else None

    def ask(self, question: str, k: int | None = None, history: Iterable[Turn] = ()) -> Answer:
        """Answer a question (the last event of ``stream``)."""
        final: Answer | None = None
        for event in self.stream(question, k, history):
            if isinstance(event, Answer):
                final = event
        assert final is not None  # stream always ends with an Answer
        return final

    def as_runnable(self) -> Runnable[dict[str, Any], dict[str, Any]]:
        """The chain as LangChain runnables: {"question"} -> {..., "context", "answer"}.

        Sources are returned as data (``context`` holds the numbered sentences), in the
        style of ``create_retrieval_chain``. An optional ``history`` (Turns, or chat
        messages as ``{"role", "content"}`` dicts) makes a follow-up use the conversation.
        """

        def history(inputs: dict[str, Any]) -> list[Turn]:
            value: Iterable[Turn | Mapping[str, Any]] | None = inputs.get("history")
            return as_turns(value)

        def context(inputs: dict[str, Any]) -> list[Sentence]:
            question = validate_question(inputs["question"], self.max_question_chars, self.context_tokens)
            return self._context(question, inputs.get("k"), history(inputs))[1]

        def reply(inputs: dict[str, Any]) -> str:
            if not inputs["context"]:
                return ABSTAIN_MARK
            messages = self.messages(inputs["question"], inputs["context"], history=history(inputs))
            with model_errors(self.model_name):
                return self.chat_model.invoke(messages).text

        return RunnablePassthrough.assign(context=RunnableLambda(context)).assign(
            answer=RunnableLambda(reply)
        )
