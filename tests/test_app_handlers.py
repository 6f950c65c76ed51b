"""The chat app's handlers, called directly with a scripted model and hashing embeddings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models import BaseChatModel

from fakes import ScriptedChatModel, numbered_sentences
from slant import app_documents as documents
from slant import app_handlers as handlers
from slant.app import resolve_auth, serve
from slant.app_handlers import AppState, make_state
from slant.config import Settings
from slant.embeddings import HashingEmbeddings
from slant.errors import ConfigError, InputError
from slant.store import forget_clients

QUESTION = "Which route did the ISIS convoy take out of Raqqa?"


def AppFakeModel(script: Callable[[dict[int, str]], str], **kwargs: Any) -> ScriptedChatModel:
    """A scripted model whose script sees the numbered source sentences; may fail part-way."""
    return ScriptedChatModel(script=lambda messages: script(numbered_sentences(messages)), **kwargs)


def cite_loaded(sentences: dict[int, str]) -> str:
    """Cite the first sentence the tagger flags (so the passage has spans), else the first."""
    from slant.framing import tag

    if not sentences:
        return "NOT IN SOURCES"
    flagged = [n for n, text in sentences.items() if tag(text)]
    chosen = flagged[0] if flagged else min(sentences)
    return f"The convoy left Raqqa under a deal, the sources say [{chosen}]."


def abstain(_sentences: dict[int, str]) -> str:
    return "NOT IN SOURCES"


def app_state(home: Path, model: BaseChatModel | None = None) -> AppState:
    """A seeded app state in ``home`` whose every model spec maps to ``model``."""
    settings = Settings.load(env={}, home=home, embeddings="hashing", k=4)
    chosen = model or AppFakeModel(script=cite_loaded)
    return make_state(settings, HashingEmbeddings(), lambda _spec: chosen, env={})


@pytest.fixture(scope="module")
def shared_state(tmp_path_factory: pytest.TempPathFactory) -> AppState:
    """One seeded state for the read-only tests (ingesting the seeds once)."""
    return app_state(tmp_path_factory.mktemp("app") / "home")


@pytest.fixture
def state(tmp_path: Path) -> Iterator[AppState]:
    """A fresh seeded state for tests that change the store."""
    yield app_state(tmp_path / "home")
    forget_clients()


def final(views: list[handlers.ChatView]) -> handlers.ChatView:
    return views[-1]


# ---- chat ---------------------------------------------------------------------------


def test_answer_streams_and_ends_with_passages_and_spans(shared_state: AppState) -> None:
    views = list(handlers.chat(shared_state, QUESTION, [], "local", 4))
    last = final(views)
    assert last.accepted
    assert last.history[0] == {"role": "user", "content": QUESTION}
    assert re.search(r"\[\d+\]", last.history[-1]["content"])
    # it streamed: some intermediate view showed a partial answer
    partial = [v.history[-1]["content"] for v in views[:-1] if len(v.history) == 2]
    assert any(p.startswith("The convoy") and p != last.history[-1]["content"] for p in partial)
    assert len(last.citations) == 1
    citation = last.citations[0]
    document = shared_state.store.document(citation["doc"])
    assert document is not None
    assert document.text[citation["start"]:citation["end"]] == citation["quote"]
    assert citation["spans"], "the cited sentence was chosen because the tagger flags it"
    assert citation["frames"]
    html = last.passages_html
    assert 'class="slant-card"' in html and "<mark" in html and "slant-legend" in html
    assert citation["title"] in html
    assert "answered" in last.status


def test_abstention_shows_no_passages(tmp_path: Path) -> None:
    state = app_state(tmp_path / "home", AppFakeModel(script=abstain))
    last = final(list(handlers.chat(state, QUESTION, [], "local", 4)))
    assert last.citations == []
    assert "do not answer" in last.history[-1]["content"]
    assert "<mark" not in last.passages_html and "slant-card" not in last.passages_html
    assert "do not answer" in last.passages_html
    assert handlers.passage_choices(last.citations) == []


@pytest.mark.parametrize(
    "message", ["", "   ", "x" * 100_000], ids=["empty", "blank", "100KB"]
)
def test_bad_message_is_refused_readably_without_echo(shared_state: AppState, message: str) -> None:
    history = [{"role": "user", "content": "earlier"}, {"role": "assistant", "content": "reply"}]
    views = list(handlers.chat(shared_state, message, history, "local", 4))
    assert len(views) == 1
    view = views[0]
    assert not view.accepted
    assert view.history == history
    assert view.status.startswith("⚠️")
    assert "question" in view.status
    assert len(view.status) < 300


def test_model_crash_is_reported_and_next_question_works(tmp_path: Path) -> None:
    broken = AppFakeModel(script=cite_loaded, fail_after=3)
    state = app_state(tmp_path / "home", broken)
    last = final(list(handlers.chat(state, QUESTION, [], "local", 4)))
    assert last.history[-1]["content"].startswith("⚠️")
    assert "something went wrong" in last.status
    broken.fail_after = None
    again = final(list(handlers.chat(state, QUESTION, last.history, "local", 4)))
    assert again.citations and len(again.history) == 4


def test_model_timeout_keeps_the_partial_answer_and_says_so(tmp_path: Path) -> None:
    import httpx
    import openai

    timeout = openai.APITimeoutError(request=httpx.Request("POST", "http://127.0.0.1:9/v1/chat"))
    state = app_state(tmp_path / "home", AppFakeModel(script=cite_loaded, fail_after=4, failure=timeout))
    last = final(list(handlers.chat(state, QUESTION, [], "local", 4)))
    content = last.history[-1]["content"]
    assert content.startswith("The convoy left Raqqa")
    assert "timed out" in content and "timed out" in last.status


def test_missing_openai_key_is_a_readable_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from slant.llm import make_chat_model

    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    settings = Settings.load(env={}, home=tmp_path / "home", embeddings="hashing")
    state = make_state(settings, HashingEmbeddings(), lambda spec: make_chat_model(spec, settings, env={}), env={})
    last = final(list(handlers.chat(state, QUESTION, [], "openai:gpt-4o-mini", 4)))
    assert "OPENAI_API_KEY" in last.status and "OPENAI_API_KEY" in last.history[-1]["content"]
    assert last.citations == []


def test_model_choices_offer_openai_only_when_configured(shared_state: AppState) -> None:
    assert shared_state.model_choices() == ["local", "local:0.5b"]
    configured = AppState(shared_state.settings, shared_state.store, shared_state.chat_model_factory,
                          env={"OPENAI_BASE_URL": "http://127.0.0.1:8080/v1"})
    assert configured.model_choices()[-1].startswith("openai:")


def test_open_passage_shows_whole_document_with_quote_and_spans(shared_state: AppState) -> None:
    last = final(list(handlers.chat(shared_state, QUESTION, [], "local", 4)))
    key = handlers.passage_choices(last.citations)[0][1]
    assert f'data-open="{key}"' in last.passages_html
    html = handlers.open_passage(shared_state, key)
    document = shared_state.store.document(last.citations[0]["doc"])
    assert document is not None
    assert 'id="slant-quote"' in html
    assert html.count("<mark") > len(last.citations[0]["spans"])  # the whole document is tagged
    assert document.title in html
    assert "Pick a passage" in handlers.open_passage(shared_state, None)
    assert "not in the store" in handlers.open_passage(shared_state, "nope.txt#0-5")
    assert "malformed" in handlers.open_passage(shared_state, f"{document.id}#x-y")
    assert "not in the document" in handlers.open_passage(shared_state, f"{document.id}#0-99999999")


# ---- documents, uploads, tag tab ----------------------------------------------------


def test_documents_overview_profiles_side_by_side_and_chart_rows(shared_state: AppState) -> None:
    table, rows = documents.documents_overview(shared_state)
    for document in shared_state.store.documents():
        assert document.title[:20] in table
    assert {"source", "technique", "per_1000_words"} <= set(rows[0])
    assert len({r["source"] for r in rows}) == 5
    _, by_outlet = documents.documents_overview(shared_state, "outlet")
    assert "outlet unknown" in {r["source"] for r in by_outlet}
    assert len(documents.document_choices(shared_state)) == 5


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.txt", "report.txt"),
        ("../../etc/passwd.md", "passwd.md"),
        ("C:\\Users\\me\\Bad Name!.HTML", "Bad_Name.html"),
        ("/tmp/.hidden.txt", "hidden.txt"),
    ],
    ids=["plain", "traversal", "windows-path", "dotfile"],
)
def test_upload_id_is_a_sanitised_basename(name: str, expected: str) -> None:
    assert documents.upload_id(name) == expected


@pytest.mark.parametrize("name", ["evil.exe", "paper.pdf", "noext", "....txt"])
def test_upload_id_refuses_unsupported_names(name: str) -> None:
    with pytest.raises(InputError):
        documents.upload_id(name)


def test_upload_adds_searchable_documents_and_reports_bad_files(state: AppState, tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    good = uploads / "harbour.txt"
    good.write_text("Harbour strike\n\nThe dockers of Valparaiso walked out over the corrupt regime's wages.\n",
                    encoding="utf-8")
    binary = uploads / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01binary")
    big = uploads / "huge.md"
    with big.open("wb") as handle:
        handle.truncate(documents.MAX_UPLOAD_BYTES + 1)
    wrong = uploads / "paper.pdf"
    wrong.write_bytes(b"%PDF-1.4")
    message = documents.add_documents(state, [good, binary, big, wrong])
    assert "**harbour.txt**" in message and "added" in message
    assert "looks binary" in message
    assert "upload limit" in message
    assert "paper.pdf is not a .txt" in message
    assert state.store.document_count() == 6
    assert "harbour.txt" in dict((v, k) for k, v in documents.document_choices(state))
    last = final(list(handlers.chat(state, "Why did the dockers of Valparaiso walk out?", [], "local", 4)))
    assert [c["doc"] for c in last.citations] == ["harbour.txt"]
    # the same file again is not duplicated
    assert "already in the store" in documents.add_documents(state, [good])
    assert state.store.document_count() == 6


def test_upload_never_overwrites_a_document_with_the_same_name(state: AppState, tmp_path: Path) -> None:
    seed = state.store.documents()[0]
    clash = tmp_path / seed.id
    clash.write_text("An impostor article with the seed's file name.\n", encoding="utf-8")
    message = documents.add_documents(state, [clash])
    after = state.store.document(seed.id)
    assert after is not None and after.text == seed.text
    assert state.store.document_count() == 6
    assert seed.id.rsplit(".", 1)[0] + "-" in message


def test_add_documents_without_files_says_what_to_do(shared_state: AppState) -> None:
    assert "choose one or more" in documents.add_documents(shared_state, [])


def test_tag_text_highlights_and_profiles(shared_state: AppState, tmp_path: Path) -> None:
    highlighted, profile = documents.tag_text(shared_state, "The corrupt regime's thugs <b>said</b> so again.")
    assert "<mark" in highlighted and "&lt;b&gt;said&lt;/b&gt;" in highlighted
    assert "words" in profile
    page = tmp_path / "page.html"
    page.write_text("<html><title>T</title><body><p>Those fanatical jihadists struck.</p></body></html>",
                    encoding="utf-8")
    from_file, _ = documents.tag_text(shared_state, "", page)
    assert "page.html" in from_file and "<mark" in from_file and "<p>" not in from_file


@pytest.mark.parametrize("text", ["", "x" * (documents.MAX_TAG_CHARS + 1)], ids=["empty", "too-long"])
def test_tag_text_refuses_bad_input_readably(shared_state: AppState, text: str) -> None:
    highlighted, profile = documents.tag_text(shared_state, text)
    assert "⚠️" in highlighted and profile == ""


# ---- launch rules -------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_loopback_needs_no_login(host: str) -> None:
    assert resolve_auth(host, "") is None


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.org"])
def test_non_loopback_host_requires_a_login(host: str) -> None:
    with pytest.raises(ConfigError, match="SLANT_AUTH"):
        resolve_auth(host, "")
    assert resolve_auth(host, "ann:s3cret:x") == ("ann", "s3cret:x")


@pytest.mark.parametrize("raw", ["nopassword", ":pw", "user:"])
def test_malformed_login_is_refused(raw: str) -> None:
    with pytest.raises(ConfigError, match="user:password"):
        resolve_auth("127.0.0.1", raw)


def test_serve_refuses_non_loopback_without_login(shared_state: AppState) -> None:
    with pytest.raises(ConfigError):
        serve(shared_state, host="0.0.0.0", port=0)


def test_chat_command_refuses_before_any_work(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from slant.cli import main

    monkeypatch.delenv("SLANT_AUTH", raising=False)
    assert main(["chat", "--host", "0.0.0.0", "--home", str(tmp_path / "h")]) == 2
    assert "SLANT_AUTH=user:password" in capsys.readouterr().err
    assert not (tmp_path / "h").exists()


def test_engines_for_different_models_share_one_keyword_index(tmp_path: Path) -> None:
    state = app_state(tmp_path / "home")
    first, second = state.engine("local"), state.engine("local:0.5b")
    assert first is not second
    assert first.retriever is second.retriever
    assert first.retriever.keyword_index() is second.retriever.keyword_index()
