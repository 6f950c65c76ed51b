"""The chat app's handlers: plain functions of an AppState, no Gradio in sight.

``slant.app`` wires them to components; tests call them directly with a fake chat model
and hashing embeddings. Errors a user can act on (``SlantError``) come back as readable
messages in the returned views, never as exceptions, so the app keeps running.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel

from slant import app_render as render
from slant.answer import Answer, AnswerEngine, Citation, Retrieved, Token, validate_question
from slant.config import Settings
from slant.corpus import Document, load_document
from slant.errors import InputError, SlantError, UnreadableFileError
from slant.llm import make_chat_model
from slant.service import annotate_citation, build_engine, ingest_paths, open_store
from slant.store import Store

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
"""Largest file accepted from the browser (the tagger and the store take bigger ones from the CLI)."""
MAX_TAG_CHARS = 200_000
"""Longest pasted text the Tag tab highlights in one go."""
UPLOAD_SUFFIXES = (".txt", ".md", ".html")
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
        env: Environment consulted for the OpenAI model choice.

    """

    settings: Settings
    store: Store
    chat_model_factory: Callable[[str], BaseChatModel]
    annotate: Callable[[Citation], None] | None = annotate_citation
    env: Mapping[str, str] = field(default_factory=dict)
    _engines: dict[str, AnswerEngine] = field(default_factory=dict, repr=False)
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
                settings = replace(self.settings, llm=spec)
                self._engines[spec] = build_engine(
                    settings, self.store, self.chat_model_factory(spec), annotate=self.annotate
                )
            return self._engines[spec]

    def model_choices(self) -> list[str]:
        """Bundled models, the configured one, and OpenAI when a key or server is set."""
        choices = list(BUNDLED_CHOICES)
        if self.env.get("OPENAI_API_KEY") or self.env.get("OPENAI_BASE_URL"):
            choices.append(self.env.get("SLANT_OPENAI_MODEL") or "openai:gpt-4o-mini")
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
            data = dict(profile(document.id, document.text).to_dict())
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

    Raises:
        SlantError: The store cannot be opened or the seeds cannot be read.

    """
    store = open_store(settings, embeddings, create=True)
    if seed and store.document_count() == 0:
        skipped: list[str] = []
        report = ingest_paths(store, [settings.seeds_dir], skipped)
        log.info("ingested %d seed documents", report.added)
    factory = chat_model_factory or (lambda spec: make_chat_model(spec, settings))
    return AppState(settings, store, factory, env=dict(os.environ if env is None else env))


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


def _warning(text: str) -> str:
    return f"⚠️ {text}"


def chat(
    state: AppState, message: str, history: Sequence[Message] | None, spec: str | None, k: int | float | None
) -> Iterator[ChatView]:
    """Answer a message, yielding views as the answer streams in.

    The first view echoes the question; token views grow the answer; the last view has
    the quoted passages (none when the documents do not answer) and a status line.
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
                       _warning(str(exc)), accepted=False)
        return
    history.append({"role": "user", "content": question})
    reply: Message = {"role": "assistant", "content": "…"}
    history.append(reply)
    yield ChatView(_copy(history), render.note("Searching the documents…"), [], "Searching…")
    try:
        engine = state.engine(spec)
        answer: Answer | None = None
        written = ""
        for event in engine.stream(question, passages_k):
            if isinstance(event, Retrieved):
                status = f"Found {len(event.sentences)} candidate sentences; {spec} is writing…"
                yield ChatView(_copy(history), render.note("The model is writing…"), [], status)
            elif isinstance(event, Token):
                written += event.text
                reply["content"] = written
                yield ChatView(_copy(history), render.note("The model is writing…"), [], "Writing…")
            elif isinstance(event, Answer):
                answer = event
    except SlantError as exc:
        reply["content"] = _warning(str(exc))
        yield ChatView(_copy(history), render.note("No answer, so no passages."), [], _warning(str(exc)))
        return
    except Exception as exc:  # a bug or an unexpected provider failure: keep the app up
        log.exception("chat failed")
        text = f"something went wrong ({type(exc).__name__}); try again, and see the server log if it persists."
        reply["content"] = _warning(text)
        yield ChatView(_copy(history), render.note("No answer, so no passages."), [], _warning(text))
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
        content = f"{content}\n\n{_warning(answer.error)}" if content else _warning(answer.error)
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
        status = _warning(answer.error)
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


# ---- documents ----------------------------------------------------------------------


def document_choices(state: AppState) -> list[tuple[str, str]]:
    """(title, id) of every stored document."""
    return [(f"{d.get('title', i)}"[:90], i) for i, d in sorted(state.store.document_infos().items())]


def show_document(state: AppState, doc_id: str | None) -> str:
    """One stored document, highlighted."""
    if not doc_id:
        return render.note("Pick a document to read it with its flagged spans.")
    document = state.store.document(doc_id)
    if document is None:
        return render.note(f"{doc_id} is not in the store.")
    return render_document(state, document)


def short_label(title: str, limit: int = 26) -> str:
    """A compact chart label for a document."""
    return title if len(title) <= limit else title[: limit - 1] + "…"


def documents_overview(state: AppState, group: str = "document") -> tuple[str, list[dict[str, Any]]]:
    """Profiles side by side (HTML) and chart rows {source, technique, per_1000_words}.

    Args:
        state: The app state.
        group: "document" for a bar per document, "outlet" to pool documents by outlet.

    """
    from slant.framing import TECHNIQUES

    profiles = [state.profile(d) for d in state.store.documents()]
    table = render.profile_table(profiles, list(TECHNIQUES))
    counts: dict[str, dict[str, int]] = {}
    words: dict[str, int] = {}
    for p in profiles:
        if group == "outlet":
            label = str(p.get("outlet") or "outlet unknown")
        else:
            label = short_label(str(p.get("title", p.get("doc"))))
        words[label] = words.get(label, 0) + int(p.get("words", 0))
        bucket = counts.setdefault(label, {})
        for technique, n in p.get("counts", {}).items():
            bucket[technique] = bucket.get(technique, 0) + int(n)
    rows = [
        {"source": label, "technique": render.technique_label(t),
         "per_1000_words": round(1000 * n / max(words[label], 1), 2)}
        for label, bucket in counts.items() for t, n in bucket.items() if n
    ]
    return table, rows


# ---- uploads and the tag tab --------------------------------------------------------


def upload_id(filename: str) -> str:
    """A safe document id from an uploaded file's name: its basename, sanitised.

    Raises:
        InputError: The name has no usable characters or an unsupported extension.

    """
    base = PurePosixPath(filename.replace("\\", "/")).name
    suffix = PurePosixPath(base).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise InputError(f"{base or 'the file'} is not a .txt, .md or .html file; upload one of those.")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", base[: -len(suffix)]).strip("._-")[:80]
    if not stem:
        raise InputError("the file name has no letters or digits; rename the file and upload it again.")
    return f"{stem}{suffix}"


def read_upload(path: str | Path) -> Document:
    """Read an uploaded file (a server-side temp path) as a Document with a safe id.

    Raises:
        InputError: Wrong type or over the size limit.
        UnreadableFileError: Binary, empty or not UTF-8.

    """
    path = Path(path)
    doc_id = upload_id(path.name)
    try:
        size = path.stat().st_size
    except OSError:
        raise InputError(f"{doc_id} did not arrive; upload it again.") from None
    if size > MAX_UPLOAD_BYTES:
        raise InputError(
            f"{doc_id} is {size / 1e6:.1f} MB, over the {MAX_UPLOAD_BYTES / 1e6:.0f} MB upload limit; "
            "split it or add it with `slant ingest`."
        )
    return load_document(path, name=doc_id)


def add_documents(state: AppState, paths: Sequence[str | Path] | None) -> str:
    """Add uploaded files to the store; say what happened to each, in Markdown."""
    if not paths:
        return _warning("choose one or more .txt, .md or .html files first.")
    lines: list[str] = []
    documents: list[Document] = []
    for path in paths:
        try:
            document = read_upload(path)
        except (InputError, UnreadableFileError) as exc:
            lines.append(f"- {_warning(str(exc))}")
            continue
        existing = state.store.document(document.id)
        if existing is not None and existing.sha256 != document.sha256:
            # Never overwrite another document (a seed, say) that happens to share the name.
            stem, suffix = document.id.rsplit(".", 1)
            document = replace(document, id=f"{stem}-{document.sha256[:8]}.{suffix}")
        documents.append(document)
    if documents:
        try:
            statuses: dict[str, str] = {}
            state.store.ingest(documents, on_document=lambda d, s: statuses.__setitem__(d.id, s))
        except SlantError as exc:
            return _warning(str(exc))
        for document in documents:
            status = statuses.get(document.id, "added")
            verb = "already in the store" if status == "unchanged" else status
            lines.append(f"- **{document.id}** ({document.title[:80]}): {verb}.")
    return "\n".join(lines)


def tag_text(state: AppState, text: str | None, path: str | Path | None = None) -> tuple[str, str]:
    """Highlight pasted text (or an uploaded file) and profile it: (highlighted, profile)."""
    from slant.framing import TECHNIQUES, profile, tag

    name = "pasted text"
    try:
        if path:
            document = read_upload(path)
            text, name = document.text, document.id
        text = text or ""
        if not text.strip():
            raise InputError("paste some text or upload a .txt, .md or .html file to tag.")
        if len(text) > MAX_TAG_CHARS:
            raise InputError(
                f"the text is {len(text):,} characters; tag at most {MAX_TAG_CHARS:,} at a time (split it)."
            )
    except (InputError, UnreadableFileError) as exc:
        return render.note(_warning(str(exc))), ""
    spans = [span.to_dict() for span in tag(text)]  # not cached: pasted texts are one-offs
    colours = render.colour_map(TECHNIQUES)
    highlighted = render.document_view(name, f"{len(spans)} flagged spans", text, spans, colours, TECHNIQUES)
    return highlighted, render.profile_summary(profile(name, text).to_dict())
