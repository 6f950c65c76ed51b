"""The chat app's handlers: plain functions of an AppState, no Gradio in sight.

``slant.app`` wires them to components; tests call them directly with a fake chat model
and hashing embeddings. Errors a user can act on (``SlantError``) come back as readable
messages in the returned views, never as exceptions, so the app keeps running.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel

from slant import app_render as render
from slant.answer import Answer, AnswerEngine, Retrieved, Token, validate_question
from slant.config import Settings
from slant.conversation import sources_note, turns_from_messages
from slant.corpus import Document
from slant.errors import InputError, SlantError
from slant.llm import make_chat_model
from slant.retrieval import HybridRetriever
from slant.service import (
    Annotator,
    FrameFinder,
    annotate_citation,
    annotator,
    build_engine,
    frame_finder,
    ingest_paths,
    lexicon_frames,
    open_store,
)
from slant.store import Store

log = logging.getLogger(__name__)

BUNDLED_CHOICES = ("local", "local:0.5b")
Message = dict[str, Any]


@dataclass
class AppState:
    """What every handler needs: settings, the store, and one answer engine per model.

    Attributes:
        settings: The app's settings (``llm`` is the default model, ``k`` the default passages).
        store: The opened store, shared by every user.
        chat_model_factory: Builds the chat model a spec names (tests pass a fake).
        annotate: Adds tagger spans and frames to each citation.
        frames: Finds the news frames of a document's profile.
        env: Environment consulted for the OpenAI model choice.

    """

    settings: Settings
    store: Store
    chat_model_factory: Callable[[str], BaseChatModel]
    annotate: Annotator | None = annotate_citation
    frames: FrameFinder = lexicon_frames
    env: Mapping[str, str] = field(default_factory=dict)
    _engines: dict[str, AnswerEngine] = field(default_factory=dict, repr=False)
    _retriever: HybridRetriever | None = field(default=None, repr=False)
    _profiles: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict, repr=False)
    _tags: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def engine(self, spec: str) -> AnswerEngine:
        """The answer engine for a model spec, built once and shared by every user.

        Raises:
            SlantError: The spec is unknown or the model cannot be loaded.

        """
        with self._lock:
            if spec not in self._engines:
                if self._retriever is None:  # one keyword index, whichever models are used
                    self._retriever = HybridRetriever(self.store, k=self.settings.k)
                settings = replace(self.settings, llm=spec)
                self._engines[spec] = build_engine(
                    settings, self.store, self.chat_model_factory(spec), annotate=self.annotate,
                    retriever=self._retriever,
                )
            return self._engines[spec]

    def model_choices(self) -> list[str]:
        """Bundled models, the configured one, and OpenAI when a key or server is set."""
        choices = list(BUNDLED_CHOICES)
        if self.env.get("OPENAI_API_KEY") or self.env.get("OPENAI_BASE_URL"):
            choices.append(self.settings.openai_model)
        if self.settings.llm not in choices:
            choices.insert(0, self.settings.llm)
        return choices

    def tagged(self, key: str, text: str) -> list[dict[str, Any]]:
        """The tagger's spans for a text, cached by key and content."""
        from slant.framing import tag

        cache_key = (key, str(hash(text)))
        if cache_key not in self._tags:
            self._tags[cache_key] = [span.to_dict() for span in tag(text)]
        return self._tags[cache_key]

    def profile(self, document: Document) -> dict[str, Any]:
        """A document's framing profile (as a dict with title and outlet), cached."""
        from slant.framing import profile

        cache_key = (document.id, document.sha256)
        if cache_key not in self._profiles:
            data = dict(profile(document.id, document.text, frames=self.frames(document.text)).to_dict())
            data.update(title=document.title, outlet=document.outlet)
            self._profiles[cache_key] = data
        return self._profiles[cache_key]


def make_state(
    settings: Settings,
    embeddings: Embeddings | None = None,
    chat_model_factory: Callable[[str], BaseChatModel] | None = None,
    env: Mapping[str, str] | None = None,
    seed: bool = True,
) -> AppState:
    """Open (creating if needed) the store, ingest the seeds when it is empty, and wrap it up.

    Citations and profiles get frames in the mode of ``settings.frames``, the ``embeddings``
    mode with the store's embedding model (``llm``: the cue lexicon, see ``frame_finder``).

    Raises:
        SlantError: The store cannot be opened, the seeds cannot be read, or the frame mode is unknown.

    """
    store = open_store(settings, embeddings, create=True)
    frames = frame_finder(settings, store.embeddings)  # one finder: frame descriptions embedded once
    if seed and store.document_count() == 0:
        skipped: list[str] = []
        report = ingest_paths(store, [settings.seeds_dir], skipped)
        log.info("ingested %d seed documents", report.added)
    factory = chat_model_factory or (lambda spec: make_chat_model(spec, settings))
    return AppState(
        settings, store, factory, annotate=annotator(frames), frames=frames,
        env=dict(os.environ if env is None else env),
    )


# ---- chat ---------------------------------------------------------------------------


@dataclass
class ChatView:
    """What the chat tab shows after each step of an answer."""

    history: list[Message]
    passages_html: str
    citations: list[dict[str, Any]]
    status: str
    accepted: bool = True


def _copy(history: list[Message]) -> list[Message]:
    """A snapshot, so each yielded view keeps the answer as it was at that step."""
    return [dict(message) for message in history]


def warning(text: str) -> str:
    """A message marked as a warning."""
    return f"⚠️ {text}"


def chat(
    state: AppState, message: str, history: Sequence[Message] | None, spec: str | None, k: int | float | None
) -> Iterator[ChatView]:
    """Answer a message, yielding views as the answer streams in.

    The visible ``history`` (Gradio messages) is the conversation: a follow-up question
    is searched and answered with the exchange before it. The first view echoes the
    question; token views grow the answer; the last view has the quoted passages (none
    when the documents do not answer) and a status line, and the answer ends with the
    titles of the articles it cites, which is how a later "the second one" is resolved.
    """
    history = list(history or [])
    spec = spec or state.settings.llm
    passages_k = int(k) if k else state.settings.k
    try:
        question = validate_question(
            message, state.settings.max_question_chars, state.settings.context_tokens
        )
    except InputError as exc:
        # The message is not echoed: a 100 KB paste would flood the chat.
        yield ChatView(_copy(history), render.note("Ask a question to see the passages behind the answer."), [],
                       warning(str(exc)), accepted=False)
        return
    turns = turns_from_messages(history, warning_mark=warning(""))
    history.append({"role": "user", "content": question})
    reply: Message = {"role": "assistant", "content": "…"}
    history.append(reply)
    yield ChatView(_copy(history), render.note("Searching the documents…"), [], "Searching…")
    try:
        engine = state.engine(spec)
        answer: Answer | None = None
        written = ""
        for event in engine.stream(question, passages_k, history=turns):
            if isinstance(event, Retrieved):
                status = f"Found {len(event.sentences)} candidate sentences; {spec} is writing…"
                if event.query != question:
                    status = f"Read as a follow-up to the previous question. {status}"
                yield ChatView(_copy(history), render.note("The model is writing…"), [], status)
            elif isinstance(event, Token):
                written += event.text
                reply["content"] = written
                yield ChatView(_copy(history), render.note("The model is writing…"), [], "Writing…")
            elif isinstance(event, Answer):
                answer = event
    except SlantError as exc:
        reply["content"] = warning(str(exc))
        yield ChatView(_copy(history), render.note("No answer, so no passages."), [], warning(str(exc)))
        return
    except Exception as exc:  # a bug or an unexpected provider failure: keep the app up
        log.exception("chat failed")
        text = f"something went wrong ({type(exc).__name__}); try again, and see the server log if it persists."
        reply["content"] = warning(text)
        yield ChatView(_copy(history), render.note("No answer, so no passages."), [], warning(text))
        return
    assert answer is not None  # AnswerEngine.stream always ends with an Answer
    yield finish(answer, history, reply, spec)


def finish(answer: Answer, history: list[Message], reply: Message, spec: str) -> ChatView:
    """The final view of an answer: its text, passages, warnings and timing."""
    from slant.framing import TECHNIQUES

    citations = [asdict(c) for c in answer.citations]
    warnings = [
        f"The answer quotes “{check.text}”, which is not in the sources: treat it as unverified."
        for check in answer.checked_quotes if not check.found
    ]
    content = answer.answer
    if answer.error:
        content = f"{content}\n\n{warning(answer.error)}" if content else warning(answer.error)
    if citations and not answer.abstained:
        content = f"{content}\n\n{sources_note(dict.fromkeys(c.title for c in answer.citations))}"
    if answer.abstained:
        passages = render.note("The documents do not answer this question, so no passages are shown.")
        citations = []
    elif not citations:
        warnings.append("The model cited no source sentence; treat this answer as unsupported.")
        passages = "".join(f'<p class="slant-warn">{render._e(w)}</p>' for w in warnings)
    else:
        passages = render.passage_cards(
            citations, render.colour_map(TECHNIQUES), TECHNIQUES, warnings
        )
    reply["content"] = content
    seconds = answer.timings.get("total_s", 0.0)
    status = f"{spec} answered in {seconds:.1f}s with {len(citations)} quoted passage(s)."
    if answer.error:
        status = warning(answer.error)
    return ChatView(_copy(history), passages, citations, status)


def passage_key(citation: Mapping[str, Any]) -> str:
    """The value that opens a passage: ``DOC#START-END`` (needs no per-session state)."""
    return f"{citation['doc']}#{citation['start']}-{citation['end']}"


def passage_choices(citations: Sequence[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(label, key) pairs for picking a passage to open in its document."""
    return [(f"[{c['n']}] {c['title']}"[:90], passage_key(c)) for c in citations]


def open_passage(state: AppState, key: str | None) -> str:
    """The whole document behind a passage: the quote outlined, every flagged span marked."""
    if not key:
        return render.note("Pick a passage above to read it in its document.")
    doc_id, _, where = key.rpartition("#")
    start, _, end = where.partition("-")
    document = state.store.document(doc_id) if doc_id else None
    if document is None:
        return render.note(f"{doc_id or key} is not in the store; ask again.")
    try:
        quote = (int(start), int(end))
    except ValueError:
        return render.note("That passage reference is malformed; pick a passage from the list.")
    if not 0 <= quote[0] < quote[1] <= len(document.text):
        return render.note("That passage is not in the document any more; ask again.")
    return render_document(state, document, quote=quote)


def render_document(state: AppState, document: Document, quote: tuple[int, int] | None = None) -> str:
    """A stored document, highlighted, with its metadata line."""
    from slant.framing import TECHNIQUES

    spans = state.tagged(document.id, document.text)
    meta = " · ".join(x for x in (document.outlet, document.author, document.date, document.id) if x)
    return render.document_view(
        document.title, meta, document.text, spans, render.colour_map(TECHNIQUES), TECHNIQUES, quote
    )
