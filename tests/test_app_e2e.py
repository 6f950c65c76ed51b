"""The launched app, driven over HTTP with gradio_client (scripted model, hashing embeddings)."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from slant.app import serve
from test_app_handlers import QUESTION, app_state

pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app served on 127.0.0.1 in this process, closed after the module."""
    state = app_state(tmp_path_factory.mktemp("served") / "home")
    demo, url = serve(state, "127.0.0.1", free_port())
    assert url.startswith("http://127.0.0.1:")
    yield url
    demo.close()


def text_of(message: dict[str, Any]) -> str:
    """A chat message's text (Gradio 6 returns content as a list of blocks)."""
    content = message["content"]
    if isinstance(content, str):
        return content
    return "".join(block.get("text", "") for block in content if isinstance(block, dict))


def test_question_in_answer_and_passages_with_spans_out(app_url: str) -> None:
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    assert {"/ask", "/open_passage", "/add", "/document", "/tag"} <= set(
        client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    )
    job = client.submit(QUESTION, [], "local", 4, api_name="/ask")
    history, passages, choices, status, box, _document = job.result(timeout=120)
    assert len(job.outputs()) > 3, "the answer streams in several updates"
    assert text_of(history[0]) == QUESTION
    assert re.search(r"\[\d+\]", text_of(history[-1]))
    assert "slant-card" in passages and "<mark" in passages and "data-technique=" in passages
    assert "answered" in status and box == ""
    keys = [value for _label, value in choices["choices"]]
    assert keys and f'data-open="{keys[0]}"' in passages
    opened = client.predict(keys[0], api_name="/open_passage")
    assert 'id="slant-quote"' in opened and "<mark" in opened


def test_empty_and_huge_messages_get_a_readable_refusal(app_url: str) -> None:
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    for message in ("", "y" * 100_000):
        history, _passages, _choices, status, _box, _doc = client.predict(message, [], "local", 4, api_name="/ask")
        assert history == []
        assert status.startswith("⚠️")


def test_concurrent_questions_are_not_mixed_up(app_url: str) -> None:
    from gradio_client import Client

    questions = [f"{QUESTION} (user {i})" for i in range(6)]
    clients = [Client(app_url, verbose=False) for _ in questions]
    jobs = [c.submit(q, [], "local", 3, api_name="/ask") for c, q in zip(clients, questions, strict=True)]
    for question, job in zip(questions, jobs, strict=True):
        history = job.result(timeout=120)[0]
        assert text_of(history[0]) == question
        assert len(history) == 2


def test_upload_then_tag_over_http(app_url: str, tmp_path: Path) -> None:
    from gradio_client import Client, handle_file

    page = tmp_path / "op-ed.html"
    page.write_text(
        "<html><head><title>Op-ed</title><script>alert(1)</script></head>"
        "<body><p>The corrupt regime's thugs flooded the port.</p></body></html>",
        encoding="utf-8",
    )
    client = Client(app_url, verbose=False)
    message, *_rest = client.predict([handle_file(str(page))], "document", api_name="/add")
    assert "**op-ed.html**" in message and "added" in message
    shown = client.predict("op-ed.html", api_name="/document")
    assert "<mark" in shown and "alert(1)" not in shown
    highlighted, profile = client.predict("Those fanatical jihadists!", None, api_name="/tag")
    assert "<mark" in highlighted and "words" in profile


def test_slant_chat_command_ingests_seeds_and_prints_its_url(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    import urllib.request

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLANT_", "OPENAI_"))}
    command = [sys.executable, "-m", "slant.cli", "chat", "--port", str(port), "--home", str(tmp_path / "home"),
               "--embeddings", "hashing", "--llm", "openai:gpt-4o-mini"]  # no key: warm-up fails fast
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert f"running at http://127.0.0.1:{port}" in line
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
            assert response.status == 200
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=30) as response:
            assert '"title":"Slant"' in response.read().decode("utf-8").replace(" ", "")
        assert (tmp_path / "home" / "chroma" / "chroma.sqlite3").exists()
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_login_is_enforced_and_follow_up_questions_keep_the_history(tmp_path: Path) -> None:
    import urllib.error
    import urllib.request

    from gradio_client import Client

    state = app_state(tmp_path / "home")
    demo, url = serve(state, "127.0.0.1", free_port(), auth=("reader", "s3cret"))
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{url}config", timeout=30)
        assert refused.value.code in (401, 403)
        client = Client(url, auth=("reader", "s3cret"), verbose=False)
        history = client.predict(QUESTION, [], "local", 4, api_name="/ask")[0]
        history = client.predict("Who allowed the convoy to leave?", history, "local", 4, api_name="/ask")[0]
        assert [m["role"] for m in history] == ["user", "assistant", "user", "assistant"]
        assert text_of(history[2]) == "Who allowed the convoy to leave?"
    finally:
        demo.close()


def test_a_follow_up_over_http_is_searched_and_answered_with_the_conversation(tmp_path: Path) -> None:
    from gradio_client import Client

    from fakes import ScriptedChatModel
    from slant.app_handlers import make_state
    from slant.config import Settings
    from slant.embeddings import HashingEmbeddings
    from test_app_followups import LEAKED, cite_russian

    model = ScriptedChatModel(script=cite_russian, calls=[])
    settings = Settings.load(env={}, home=tmp_path / "home", embeddings="hashing", k=4)
    demo, url = serve(make_state(settings, HashingEmbeddings(), lambda _spec: model, env={}), "127.0.0.1", free_port())
    try:
        client = Client(url, verbose=False)
        first = "What do the leaked ISIS documents say about Assad and ISIS?"
        history = client.predict(first, [], "local", 4, api_name="/ask")[0]
        assert "Sources: " in text_of(history[-1])
        history, passages, _choices, status, _box, _doc = client.predict(
            "And what about Russia?", history, "local", 4, api_name="/ask"
        )
        assert len(history) == 4 and "answered" in status
        assert f"Q: {first}" in model.calls[-1][1].text  # the history came back through Gradio intact
        assert LEAKED in passages
    finally:
        demo.close()
