"""The chat handler passes the visible conversation, so follow-up questions work."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import BaseMessage

from fakes import ScriptedChatModel, numbered_sentences
from slant import app_handlers as handlers
from slant.app_handlers import AppState, make_state
from slant.config import Settings
from slant.conversation import split_sources_note
from slant.embeddings import HashingEmbeddings

LEAKED = "002_e8894783bb472cdf.txt"


def cite_russian(messages: list[BaseMessage]) -> str:
    """Cite the first sentence naming Russia (else the first), so the answer has a source."""
    sentences = numbered_sentences(messages)
    if not sentences:
        return "NOT IN SOURCES"
    chosen = next((n for n, text in sentences.items() if "Russia" in text), min(sentences))
    return f"The sources say so [{chosen}]."


@pytest.fixture(scope="module")
def model() -> ScriptedChatModel:
    return ScriptedChatModel(script=cite_russian, calls=[])


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory, model: ScriptedChatModel) -> AppState:
    home = tmp_path_factory.mktemp("followups") / "home"
    settings = Settings.load(env={}, home=home, embeddings="hashing", k=4)
    return make_state(settings, HashingEmbeddings(), lambda _spec: model, env={})


def as_gradio(history: list[dict[str, object]]) -> list[dict[str, object]]:
    """The history as Gradio sends it back: content as a list of text blocks."""
    return [{"role": m["role"], "content": [{"type": "text", "text": m["content"]}]} for m in history]


def test_a_follow_up_in_the_chat_uses_the_conversation(state: AppState, model: ScriptedChatModel) -> None:
    first = list(handlers.chat(state, "What do the leaked ISIS documents say about Assad and ISIS?", [], None, 4))[-1]
    answer, sources = split_sources_note(first.history[-1]["content"])
    assert answer.startswith("The sources say so [") and sources
    assert sources == tuple(dict.fromkeys(c["title"] for c in first.citations))
    assert "Earlier in this conversation" not in model.calls[-1][1].text  # the first turn is as before

    views = list(handlers.chat(state, "And what about Russia?", as_gradio(first.history), None, 4))
    assert any("follow-up" in view.status for view in views)
    last = views[-1]
    assert len(last.history) == 4 and last.history[2] == {"role": "user", "content": "And what about Russia?"}
    prompt = model.calls[-1][1].text
    assert "Q: What do the leaked ISIS documents say about Assad and ISIS?" in prompt
    assert "[" not in prompt.split("<<<", 1)[1].split(">>>", 1)[0]  # no citation numbers from the old answer
    assert LEAKED in {c["doc"] for c in last.citations}
    for citation in last.citations:
        document = state.store.document(citation["doc"])
        assert document is not None and document.text[citation["start"]:citation["end"]] == citation["quote"]


def test_a_standalone_question_after_a_conversation_is_answered_as_a_first_one(
    state: AppState, model: ScriptedChatModel
) -> None:
    question = "Which route did the ISIS convoy take out of Raqqa?"
    alone = list(handlers.chat(state, question, [], None, 4))[-1]
    prompt_alone = model.calls[-1][1].text
    after = list(handlers.chat(state, question, alone.history, None, 4))[-1]
    assert model.calls[-1][1].text == prompt_alone
    assert after.citations == alone.citations


def test_a_failed_answer_is_not_shown_to_the_model_as_history(tmp_path: Path) -> None:
    seen: list[str] = []

    def script(messages: list[BaseMessage]) -> str:
        seen.append(messages[-1].text)
        return "It did [1]."

    settings = Settings.load(env={}, home=tmp_path / "home", embeddings="hashing", k=4)
    app = make_state(settings, HashingEmbeddings(), lambda _spec: ScriptedChatModel(script=script, calls=[]), env={})
    history = [{"role": "user", "content": "Who is Stuart Ramsay?"},
               {"role": "assistant", "content": handlers.warning("cannot reach the model server; start it.")}]
    list(handlers.chat(app, "Who did he say confirmed the information?", history, None, 4))
    assert "Q: Who is Stuart Ramsay?" in seen[-1] and "model server" not in seen[-1]
