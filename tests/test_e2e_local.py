"""End to end with the real bundled 1.5B model, real MiniLM embeddings and embedded Chroma."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from e2e_support import slant

pytestmark = pytest.mark.e2e
SEEDS = Path(__file__).resolve().parents[1] / "seeds"

QUESTIONS = [
    ("What did the Syrian government allow ISIS to withdraw from Palmyra?", "002_e8894783bb472cdf.txt"),
    ("Which city does the Islamic State still largely control in eastern Syria, according to Radio Liberty?",
     "001_97f7bde1fc999487.txt"),
    ("What does the RCIT article call Assad's army?", "000_eace0d0cce186ef0.txt"),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    env = {"SLANT_HOME": str(tmp_path_factory.mktemp("e2e") / "home")}
    result = slant("ingest", env=env)
    assert result.returncode == 0, result.stderr
    return env


@pytest.mark.parametrize(("question", "doc"), QUESTIONS, ids=["palmyra", "deir-ez-zour", "killer-army"])
def test_real_model_answers_with_verified_quotes(home: dict[str, str], question: str, doc: str) -> None:
    result = slant("ask", "--json", question, env=home)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert not answer["abstained"], answer
    assert answer["citations"], answer
    for citation in answer["citations"]:
        text = (SEEDS / citation["doc"]).read_text(encoding="utf-8")
        assert text[citation["start"]:citation["end"]] == citation["quote"]
    assert doc in {c["doc"] for c in answer["citations"]}, answer
    assert answer["timings"]["total_s"] >= answer["timings"]["first_token_s"] > 0


def test_real_model_prints_readable_quotes(home: dict[str, str]) -> None:
    result = slant("ask", QUESTIONS[0][0], env=home)
    assert result.returncode == 0, result.stderr
    assert "Leaked ISIS Docs Show Close Cooperation Between ISIS And Assad" in result.stdout
