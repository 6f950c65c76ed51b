"""Security: servers bind loopback by default; an API key never reaches logs, outputs or the store.

The key is a sentinel; a hostile model server echoes the Authorization header it receives
in every error body, so any place that prints or stores an error's text would show it.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from e2e_support import completion_event, serving, write_chunk
from slant.cli import build_parser, main
from slant.config import Settings
from slant.errors import ConfigError
from slant.llm import make_chat_model
from test_reliability_answer import fake_openai_server, topic_documents

SENTINEL = "sk-SENTINEL-7f3a9c0e5b1d"


# ---- binding ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["serve-model", "chat"])
def test_servers_bind_loopback_by_default(command: str) -> None:
    args = build_parser().parse_args([command])
    assert args.host == "127.0.0.1"


def test_a_chat_open_to_other_machines_requires_a_login() -> None:
    from slant.app import resolve_auth

    assert resolve_auth("127.0.0.1", "") is None
    with pytest.raises(ConfigError, match="SLANT_AUTH"):
        resolve_auth("0.0.0.0", "")
    assert resolve_auth("0.0.0.0", "reader:secret") == ("reader", "secret")


# ---- no secret in logs, outputs or the store ------------------------------------------------------


class _Hostile(BaseHTTPRequestHandler):
    """Fails every request in ``server.mode``, echoing the Authorization header it got."""

    protocol_version = "HTTP/1.1"
    server: _HostileServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        auth = self.headers.get("Authorization", "")
        self.server.seen.append(auth)
        if self.server.mode == "drop":  # a stream that starts, then the connection dies
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            write_chunk(self, completion_event("Partial answer [1]. "))
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        status = int(self.server.mode)
        body = json.dumps({"error": {"message": f"Incorrect API key provided: {auth}", "type": "x",
                                     "code": status}}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _HostileServer(ThreadingHTTPServer):
    daemon_threads = True
    mode = "401"
    seen: list[str]


@contextmanager
def hostile_server(mode: str) -> Iterator[_HostileServer]:
    server = _HostileServer(("127.0.0.1", 0), _Hostile)
    server.mode, server.seen = mode, []
    with serving(server):
        yield server


@pytest.fixture
def topic_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for document in topic_documents():
        (folder / document.id).write_text(document.text, encoding="utf-8")
    return folder


def run_verbose(capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, *argv: str) -> tuple[int, str]:
    """Run ``slant -v ...`` in-process; return the exit code and everything it printed or logged."""
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        code = main(["-v", *argv])
    out, err = capsys.readouterr()
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    return code, "\n".join([out, err, logged])


def store_bytes(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(home.rglob("*")) if p.is_file())


@pytest.mark.parametrize("mode", ["401", "500", "drop"])
def test_a_failing_chat_model_never_shows_the_key(
    mode: str, topic_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = str(tmp_path / "home")
    monkeypatch.setenv("OPENAI_API_KEY", SENTINEL)
    assert main(["ingest", "--home", home, "--embeddings", "hashing", str(topic_folder)]) == 0
    with hostile_server(mode) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
        for extra in ([], ["--json"]):
            code, everything = run_verbose(capsys, caplog, "ask", *extra, "--home", home, "--embeddings", "hashing",
                                           "--llm", "openai:gpt-test", "What did the council discuss in Zorvath?")
            assert code == 1
            assert "slant: " in everything and "Traceback" not in everything
            assert SENTINEL not in everything
        assert server.seen and all(SENTINEL in auth for auth in server.seen)  # the key really was sent
    assert SENTINEL.encode() not in store_bytes(tmp_path / "home")


@pytest.mark.parametrize("mode", ["401", "500"])
def test_a_failing_embedding_server_never_shows_the_key_and_is_not_called_a_damaged_store(
    mode: str, topic_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("OPENAI_API_KEY", SENTINEL)
    with hostile_server(mode) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
        code, everything = run_verbose(capsys, caplog, "ingest", "--home", str(home), "--embeddings",
                                       "openai:text-embedding-3-small", str(topic_folder))
        assert server.seen and SENTINEL in server.seen[0]
    assert code == 2
    assert SENTINEL not in everything and "Traceback" not in everything
    assert "--rebuild" not in everything  # the model failed, the store is fine
    expected = "rejected the API key" if mode == "401" else "answered 500"
    assert expected in everything
    assert SENTINEL.encode() not in store_bytes(home)


def test_a_working_openai_model_leaves_no_key_in_the_store_or_the_answer(
    topic_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("OPENAI_API_KEY", SENTINEL)
    with fake_openai_server() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
        assert main(["ingest", "--home", str(home), "--embeddings", "hashing", str(topic_folder)]) == 0
        code, everything = run_verbose(capsys, caplog, "ask", "--json", "--home", str(home), "--embeddings", "hashing",
                                       "--llm", "openai:gpt-test", "What did the council discuss in Zorvath?")
    assert code == 0 and "Zorvath" in everything
    assert SENTINEL not in everything
    assert SENTINEL.encode() not in store_bytes(home)
    model = make_chat_model("openai:gpt-test", Settings.load(), env={"OPENAI_API_KEY": SENTINEL})
    assert SENTINEL not in repr(model) and SENTINEL not in str(model.model_dump())


def test_a_garbled_model_stream_ends_in_one_sentence(
    topic_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Garbled(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = b"data: {not json\n\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    home = str(tmp_path / "home")
    assert main(["ingest", "--home", home, "--embeddings", "hashing", str(topic_folder)]) == 0
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), Garbled)) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
        code = main(["ask", "--home", home, "--embeddings", "hashing", "--llm", "openai:gpt-test",
                     "What did the council discuss in Zorvath?"])
    assert code == 1 and capsys.readouterr().err.startswith("slant: ")
