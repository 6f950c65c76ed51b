"""Chroma as a server: `chroma run` on 127.0.0.1, with ingest, ask and tag against it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from e2e_support import BIN, free_port, server, slant

pytestmark = pytest.mark.e2e
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_ingest_ask_and_tag_against_a_chroma_server(tmp_path: Path) -> None:
    port = free_port()
    argv = [str(BIN / "chroma"), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "db")]
    with server(argv, f"http://127.0.0.1:{port}/api/v2/heartbeat", log=tmp_path / "chroma.log"):
        env = {"SLANT_CHROMA_URL": f"http://127.0.0.1:{port}", "SLANT_HOME": str(tmp_path / "home")}
        first = slant("ingest", env=env)
        assert first.returncode == 0, first.stderr
        assert "ingested 5 new" in first.stdout
        assert "5 unchanged" in slant("ingest", env=env).stdout  # idempotent on the server too
        assert not (tmp_path / "home" / "chroma").exists()  # nothing went to the embedded store

        result = slant("ask", "--json", "What did ISIS withdraw from Palmyra?", env=env)
        assert result.returncode == 0, result.stderr
        answer = json.loads(result.stdout)
        assert answer["citations"], answer
        for citation in answer["citations"]:
            text = (SEEDS / citation["doc"]).read_text(encoding="utf-8")
            assert text[citation["start"]:citation["end"]] == citation["quote"]

        tagged = slant("tag", "--json", str(SEEDS / "000_eace0d0cce186ef0.txt"), env=env)
        assert tagged.returncode == 0, tagged.stderr
        assert any(json.loads(line)["technique"] for line in tagged.stdout.splitlines())

    down = slant("ask", "What did ISIS withdraw from Palmyra?", env=env)
    assert down.returncode == 2 and "Chroma server" in down.stderr and "Traceback" not in down.stderr
