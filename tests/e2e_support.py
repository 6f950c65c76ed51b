"""Helpers for end-to-end tests: free ports, subprocesses, servers in threads, SSE."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypeVar

ServerT = TypeVar("ServerT", bound=ThreadingHTTPServer)

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_http(url: str, process: subprocess.Popen[bytes], timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering at {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"no answer at {url} after {timeout}s")


@contextmanager
def server(argv: list[str], ready_url: str, env: dict[str, str] | None = None,
           log: Path | None = None) -> Iterator[subprocess.Popen[bytes]]:
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    process = subprocess.Popen(argv, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_http(ready_url, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        if log:
            out.close()  # type: ignore[union-attr]


def slant(*args: str, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "slant"), *args], env={**os.environ, **(env or {})}, capture_output=True,
        text=True, timeout=timeout, check=False,
    )


def _quiet_error(request: object, client_address: object) -> None:
    """A test server's ``handle_error``: a failed request is the client's doing, not news."""


@contextmanager
def serving(server: ServerT) -> Iterator[ServerT]:
    """Run an HTTP server on a background thread for the duration of the block.

    A request that fails inside the server (the client hung up, as several tests make it
    do) is not reported on stderr: the server shares the test's stderr, and its traceback
    would land in the CLI output the test is checking, making the test fail at random.
    """
    server.handle_error = _quiet_error  # type: ignore[method-assign]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def completion_event(content: str, model: str = "fake") -> str:
    """One server-sent event of an OpenAI streaming chat completion carrying ``content``."""
    event = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": model,
             "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}]}
    return f"data: {json.dumps(event)}\n\n"


def write_chunk(handler: BaseHTTPRequestHandler, data: str) -> None:
    """Write ``data`` as one chunk of a chunked HTTP/1.1 body, and flush it."""
    raw = data.encode()
    handler.wfile.write(f"{len(raw):x}\r\n".encode() + raw + b"\r\n")
    handler.wfile.flush()
