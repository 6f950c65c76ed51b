"""Frames per citation and in the app's profiles follow ``settings.frames`` (no real model)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from fakes import cite_first_containing, fixed
from slant import app_documents as documents
from slant import service
from slant.answer import Citation
from slant.app_handlers import AppState, make_state
from slant.config import Settings
from slant.embeddings import HashingEmbeddings
from slant.errors import ConfigError, ModelUnreachableError
from slant.framing import classify_frames, frame_classifier, tag
from slant.framing.frames import FrameScore
from slant.service import annotate_citation, build_engine, citation_annotator, ingest_paths, open_store
from slant.store import Store

QUOTE = "The brutal army shelled the town and troops fought for the airport."
ARTICLE = (
    "Convoy talks\n\n"
    "The mayor opened the market on Monday. "
    f"{QUOTE} "
    "Prices of bread and fuel doubled as the currency collapsed. "
    "The court ruled the curfew unconstitutional."
)


class CountingEmbeddings(HashingEmbeddings):
    """Hashing embeddings that record every text embedded as a document."""

    def __init__(self) -> None:
        self.documents: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.documents.extend(texts)
        return super().embed_documents(texts)


class RefusingEmbeddings(HashingEmbeddings):
    """Embeddings that fail on any document embedding (queries still work, for retrieval)."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        raise AssertionError(f"embedded {texts!r}")


def citation(quote: str = QUOTE) -> Citation:
    return Citation(n=1, doc="a.txt", title="A", start=0, end=len(quote), quote=quote)


def embedding_frames(text: str) -> list[dict[str, Any]]:
    """What the embedding classifier gives, with a fresh deterministic model."""
    return [f.to_dict() for f in frame_classifier("embeddings", embeddings=HashingEmbeddings())(text)]


def lexicon_frames(text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in classify_frames(text)]


@pytest.fixture
def no_second_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading an embedding model from settings fails the test."""

    def refuse(spec: str, env: Any = None) -> Any:
        raise AssertionError(f"a second embedding model was loaded ({spec})")

    monkeypatch.setattr(service, "make_embeddings", refuse)


def test_the_modes_give_different_frames_for_the_quote() -> None:
    assert embedding_frames(QUOTE) and embedding_frames(QUOTE) != lexicon_frames(QUOTE)


# ---- the annotator ------------------------------------------------------------------


def test_embeddings_mode_classifies_the_quote_with_the_given_model(no_second_model: None) -> None:
    embeddings = CountingEmbeddings()
    annotate = citation_annotator(Settings(frames="embeddings"), embeddings)
    cited = citation()
    annotate(cited)
    assert cited.frames == embedding_frames(QUOTE)
    assert QUOTE in embeddings.documents
    assert cited.spans == [span.to_dict() for span in tag(QUOTE)]


def test_embeddings_mode_embeds_the_frame_descriptions_once() -> None:
    embeddings = CountingEmbeddings()
    annotate = citation_annotator(Settings(frames="embeddings"), embeddings)
    annotate(citation())
    first = len(embeddings.documents)
    annotate(citation())
    assert len(embeddings.documents) == first + 1  # only the second quote


@pytest.mark.parametrize("mode", ["lexicon", "llm"])
def test_lexicon_and_llm_modes_use_the_cue_words_and_never_embed(mode: str, no_second_model: None) -> None:
    cited = citation()
    citation_annotator(Settings(frames=mode), RefusingEmbeddings())(cited)
    assert cited.frames == lexicon_frames(QUOTE)


def test_unknown_mode_is_refused_when_built() -> None:
    with pytest.raises(ConfigError, match="unknown frame mode 'nope'"):
        citation_annotator(Settings(frames="nope"), HashingEmbeddings())


def test_embedding_server_failures_are_model_errors() -> None:
    import httpx
    import openai

    class Unreachable(HashingEmbeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            raise openai.APIConnectionError(request=httpx.Request("POST", "http://127.0.0.1:9/v1"))

    annotate = citation_annotator(Settings(frames="embeddings", embeddings="openai:embed"), Unreachable())
    with pytest.raises(ModelUnreachableError, match="openai:embed"):
        annotate(citation())


def test_annotate_citation_is_still_the_lexicon() -> None:
    cited = citation()
    annotate_citation(cited)
    assert cited.frames == lexicon_frames(QUOTE)
    assert cited.spans


# ---- the answer engine (slant ask) --------------------------------------------------


def stored(tmp_path: Path, embeddings: HashingEmbeddings, frames: str) -> tuple[Settings, Store]:
    """Settings in ``frames`` mode and a store holding ARTICLE, embedded with ``embeddings``."""
    settings = Settings.load(env={}, home=tmp_path / "home", embeddings="hashing", frames=frames)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "convoy.txt").write_text(ARTICLE, encoding="utf-8")
    store = open_store(settings, embeddings, create=True)
    ingest_paths(store, [folder])
    return settings, store


def cited_frames(settings: Settings, store: Store) -> list[dict[str, Any]]:
    engine = build_engine(settings, store, cite_first_containing("shelled"))
    answer = engine.ask("What did the army do?")
    assert [c.quote for c in answer.citations] == [QUOTE]
    return answer.citations[0].frames


def test_engine_frames_come_from_the_stores_embedding_model(tmp_path: Path, no_second_model: None) -> None:
    embeddings = CountingEmbeddings()
    settings, store = stored(tmp_path, embeddings, "embeddings")
    embeddings.documents.clear()
    assert cited_frames(settings, store) == embedding_frames(QUOTE)
    assert QUOTE in embeddings.documents


@pytest.mark.parametrize("mode", ["lexicon", "llm"])
def test_engine_frames_in_lexicon_and_llm_modes_are_the_cue_words(
    tmp_path: Path, mode: str, no_second_model: None
) -> None:
    embeddings = CountingEmbeddings()
    settings, store = stored(tmp_path, embeddings, mode)
    embeddings.documents.clear()
    assert cited_frames(settings, store) == lexicon_frames(QUOTE)
    assert embeddings.documents == []  # retrieval embeds the question as a query only


def test_engine_without_annotation(tmp_path: Path) -> None:
    settings, store = stored(tmp_path, HashingEmbeddings(), "embeddings")
    answer = build_engine(settings, store, cite_first_containing("shelled"), annotate=None).ask("The army?")
    assert answer.citations and answer.citations[0].frames == [] and answer.citations[0].spans == []


# ---- the chat app -------------------------------------------------------------------


def app(tmp_path: Path, embeddings: HashingEmbeddings, frames: str) -> AppState:
    settings, store = stored(tmp_path, embeddings, frames)
    model = cite_first_containing("shelled")
    return make_state(settings, store.embeddings, lambda _spec: model, env={}, seed=False)


def chat_frames(state: AppState) -> list[dict[str, Any]]:
    from slant import app_handlers as handlers

    last = list(handlers.chat(state, "What did the army do?", [], "local", 4))[-1]
    assert [c["quote"] for c in last.citations] == [QUOTE]
    return list(last.citations[0]["frames"])


def test_app_uses_the_stores_embeddings_for_citations_and_profiles(tmp_path: Path, no_second_model: None) -> None:
    embeddings = CountingEmbeddings()
    state = app(tmp_path, embeddings, "embeddings")
    assert state.store.embeddings is embeddings
    embeddings.documents.clear()
    assert chat_frames(state) == embedding_frames(QUOTE)
    assert QUOTE in embeddings.documents
    document = state.store.document("convoy.txt")
    assert document is not None
    profile = state.profile(document)
    expected = frame_classifier("embeddings", embeddings=HashingEmbeddings())(document.text)
    assert profile["frames"] == [f.to_dict() for f in expected]
    assert profile["frames"] != [f.to_dict() for f in classify_frames(document.text)]
    embedded = len(embeddings.documents)
    assert state.profile(document) is profile  # cached: nothing embedded again
    assert len(embeddings.documents) == embedded


@pytest.mark.parametrize("mode", ["lexicon", "llm"])
def test_app_in_lexicon_and_llm_modes_uses_the_cue_words(tmp_path: Path, mode: str, no_second_model: None) -> None:
    embeddings = CountingEmbeddings()
    state = app(tmp_path, embeddings, mode)
    model = state.chat_model_factory("local")
    embeddings.documents.clear()
    assert chat_frames(state) == lexicon_frames(QUOTE)
    document = state.store.document("convoy.txt")
    assert document is not None
    assert state.profile(document)["frames"] == [f.to_dict() for f in classify_frames(document.text)]
    assert embeddings.documents == []
    assert len(model.calls) == 1  # the answer only: no frame ever asked of the chat model


def test_app_refuses_an_unknown_frame_mode(tmp_path: Path) -> None:
    settings, store = stored(tmp_path, HashingEmbeddings(), "lexicon")
    with pytest.raises(ConfigError, match="unknown frame mode"):
        make_state(replace(settings, frames="nope"), store.embeddings, lambda _spec: fixed("x"), env={}, seed=False)


def test_tag_tab_profiles_with_the_apps_frames(tmp_path: Path) -> None:
    state = app(tmp_path, HashingEmbeddings(), "lexicon")
    state = replace(state, frames=lambda _text: [FrameScore("Quality of life", 0.9)])
    _highlighted, summary = documents.tag_text(state, ARTICLE)
    assert "Quality of life" in summary
