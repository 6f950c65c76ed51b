"""Wiring: build the store, retriever and answer engine from settings.

The CLI and the chat app both start here; every piece takes its dependencies as
arguments, so tests pass a fake chat model and deterministic embeddings instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel

from slant.answer import AnswerEngine, Citation
from slant.config import Settings
from slant.corpus import Document, iter_documents
from slant.embeddings import embedding_model_id, make_embeddings
from slant.llm import make_chat_model
from slant.prompts import load_prompt
from slant.retrieval import HybridRetriever
from slant.store import IngestReport, Store

if TYPE_CHECKING:
    from slant.framing import FrameScore

FrameFinder = Callable[[str], "list[FrameScore]"]
"""A function from text to its news frames, best first."""
Annotator = Callable[[Citation], None]
"""Adds spans and frames to a citation in place."""
CONFIGURED: Final = "configured"
"""``build_engine``'s default ``annotate``: spans, and frames in the mode of ``settings.frames``."""

ANSWER_PROMPT = Settings.answer_prompt
"""The default answer prompt version."""


def open_store(settings: Settings, embeddings: Embeddings | None = None, create: bool = False) -> Store:
    """Open the configured store (``create`` makes it when missing)."""
    return Store(
        settings,
        embeddings or make_embeddings(settings.embeddings),
        embedding_model_id(settings.embeddings),
        create=create,
    )


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    skipped: list[str] | None = None,
    on_document: Callable[[Document, str], None] | None = None,
) -> IngestReport:
    """Ingest the supported files under ``paths``; unreadable ones land in ``skipped``."""
    return store.ingest(iter_documents(paths, skipped), on_document=on_document)


def lexicon_frames(text: str) -> list[FrameScore]:
    """The frames of ``text`` from the cue lexicon (the ``lexicon`` mode)."""
    from slant.framing import classify_frames

    return classify_frames(text)


def frame_finder(settings: Settings, embeddings: Embeddings | None = None) -> FrameFinder:
    """The frame classifier of ``settings.frames`` for quotes and the chat app's profiles.

    ``embeddings`` scores with ``embeddings``: pass the store's (``store.embeddings``) so the
    model is loaded once; it is loaded from ``settings.embeddings`` only when omitted.
    ``llm`` falls back to the cue lexicon here: the bundled 1.5B model takes about 15 s per
    text, too slow for every quote of an answer (``slant tag --profile`` does use it).

    Raises:
        ConfigError: ``settings.frames`` is not a frame mode.

    """
    from slant.framing import frame_classifier

    if settings.frames == "embeddings":
        classify = frame_classifier("embeddings", embeddings=embeddings or make_embeddings(settings.embeddings))
        return _model_errors(classify, settings.embeddings)
    if settings.frames == "llm":
        return lexicon_frames
    return frame_classifier(settings.frames)  # the lexicon; raises for an unknown mode


def _model_errors(classify: FrameFinder, spec: str) -> FrameFinder:
    """``classify`` with the embedding model's failures reported as Slant's model errors."""
    from slant.llm import model_errors

    def wrapped(text: str) -> list[FrameScore]:
        with model_errors(spec):
            return classify(text)

    return wrapped


def annotator(frames: FrameFinder) -> Annotator:
    """An annotator adding the tagger's spans and ``frames(quote)`` (offsets within the quote)."""

    def annotate(citation: Citation) -> None:
        from slant.framing import tag

        citation.spans = [span.to_dict() for span in tag(citation.quote)]
        citation.frames = [frame.to_dict() for frame in frames(citation.quote)]

    return annotate


def citation_annotator(settings: Settings, embeddings: Embeddings | None = None) -> Annotator:
    """Spans and frames for each citation, frames in the mode of ``settings.frames``.

    ``embeddings`` mode reuses ``embeddings`` (give the store's); ``llm`` mode uses the cue
    lexicon, as the chat model is too slow per quote (see ``frame_finder``).

    Raises:
        ConfigError: ``settings.frames`` is not a frame mode.

    """
    return annotator(frame_finder(settings, embeddings))


def annotate_citation(citation: Citation) -> None:
    """Add the framing tagger's spans and the cue lexicon's frames to a citation (offsets within the quote)."""
    annotator(lexicon_frames)(citation)


def build_engine(
    settings: Settings,
    store: Store | None = None,
    chat_model: BaseChatModel | None = None,
    annotate: Annotator | Literal["configured"] | None = CONFIGURED,
    retriever: HybridRetriever | None = None,
) -> AnswerEngine:
    """The answer engine for the configured store and model.

    Engines for several models can share one ``retriever`` (and so one keyword index).
    ``annotate`` adds spans and frames to each citation: by default in the mode of
    ``settings.frames`` with the store's embedding model (``citation_annotator``); ``None``
    adds nothing.
    """
    if retriever is None:
        retriever = HybridRetriever(store or open_store(settings), k=settings.k)
    if annotate == CONFIGURED:
        annotate = citation_annotator(settings, retriever.store.embeddings)
    return AnswerEngine(
        retriever,
        chat_model or make_chat_model(settings.llm, settings),
        load_prompt(settings.answer_prompt, settings.prompts_dir),
        model_name=settings.llm,
        context_tokens=settings.context_tokens,
        max_question_chars=settings.max_question_chars,
        annotate=annotate,
        history_tokens=settings.history_tokens,
    )
