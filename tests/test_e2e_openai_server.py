"""The OpenAI-compatible path, end to end: `slant serve-model` + `--llm openai:local`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from e2e_support import BIN, free_port, server, slant

pytestmark = pytest.mark.e2e
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
QUESTION = "What did the Syrian government allow ISIS to withdraw from Palmyra?"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    env = {"SLANT_HOME": str(tmp_path_factory.mktemp("e2e-openai") / "home")}
    assert slant("ingest", env=env).returncode == 0
    return env


def test_ask_through_the_openai_client_against_serve_model(home: dict[str, str], tmp_path: Path) -> None:
    port = free_port()
    argv = [str(BIN / "slant"), "serve-model", "--port", str(port)]
    with server(argv, f"http://127.0.0.1:{port}/v1/models", log=tmp_path / "server.log"):
        env = {**home, "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1", "OPENAI_API_KEY": "unused"}
        result = slant("ask", "--json", "--llm", "openai:local", QUESTION, env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["citations"] and not answer["abstained"], answer
    for citation in answer["citations"]:
        text = (SEEDS / citation["doc"]).read_text(encoding="utf-8")
        assert text[citation["start"]:citation["end"]] == citation["quote"]
    # after the server is gone: one sentence, no traceback, store intact
    down = slant("ask", "--llm", "openai:local", QUESTION, env={**env, "SLANT_REQUEST_TIMEOUT": "5"})
    assert down.returncode == 1
    assert "cannot reach the model server" in down.stderr and "Traceback" not in down.stderr
    again = slant("ingest", env=home)
    assert "5 unchanged" in again.stdout
