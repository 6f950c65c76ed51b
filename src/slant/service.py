"""Wiring: build the store, retriever and answer engine from settings.

The CLI and the chat app both start here; every piece takes its dependencies as
arguments, so tests pass a fake chat model and deterministic embeddings instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

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


def annotate_citation(citation: Citation) -> None:
    """Add the framing tagger's spans and frames to a citation (offsets within the quote)."""
    from slant.framing import classify_frames, tag

    citation.spans = [span.to_dict() for span in tag(citation.quote)]
    citation.frames = [frame.to_dict() for frame in classify_frames(citation.quote)]


def build_engine(
    settings: Settings,
    store: Store | None = None,
    chat_model: BaseChatModel | None = None,
    annotate: Callable[[Citation], None] | None = annotate_citation,
    retriever: HybridRetriever | None = None,
) -> AnswerEngine:
    """The answer engine for the configured store and model.

    Engines for several models can share one ``retriever`` (and so one keyword index).
    """
    if retriever is None:
        retriever = HybridRetriever(store or open_store(settings), k=settings.k)
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
