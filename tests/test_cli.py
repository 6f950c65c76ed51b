from __future__ import annotations

import json
from pathlib import Path

import pytest

from fakes import cite_first_containing
from slant.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SLANT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SLANT_EMBEDDINGS", "hashing")
    return tmp_path / "home"


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("slant.service.make_chat_model", lambda spec, settings: cite_first_containing("Raqqa"))


def test_ingest_then_ask_json_contract(
    home: Path, fake_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest"]) == 0
    assert "ingested 5 new" in capsys.readouterr().out
    assert main(["ask", "--json", "Where did the ISIS convoy leave from, Raqqa?"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)  # exactly one JSON object
    assert {"question", "answer", "abstained", "citations", "timings"} <= set(data)
    assert set(data["timings"]) == {"retrieve_s", "first_token_s", "total_s"}
    assert data["citations"], data
    for citation in data["citations"]:
        assert {"n", "doc", "title", "start", "end", "quote", "spans", "frames"} <= set(citation)
        text = (SEEDS / citation["doc"]).read_text(encoding="utf-8")
        assert text[citation["start"]:citation["end"]] == citation["quote"]
        for span in citation["spans"]:
            assert citation["quote"][span["start"]:span["end"]] == span["text"]


def test_ask_prints_numbered_quotes_with_titles(
    home: Path, fake_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["ingest"])
    capsys.readouterr()
    assert main(["ask", "Raqqa convoy?"]) == 0
    out = capsys.readouterr().out
    assert "The sources say so [" in out and "\n[" in out and "“" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["ask", "   "], "question is empty"),
        (["ask", "Anything?"], "slant ingest"),
        (["ingest", "/no/such/folder"], "no such file"),
        (["ask", "--llm", "gpt9", "Anything?"], "local:0.5b"),
    ],
    ids=["empty-question", "nothing-ingested", "missing-path", "unknown-model"],
)
def test_user_mistakes_get_one_sentence(
    home: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    if argv[0] == "ask" and "gpt9" in argv:
        main(["ingest"])
        capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_openai_without_key_fails_cleanly_and_keeps_the_store(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["ingest"])
    before = sorted(p.name for p in (home / "chroma").iterdir())
    assert main(["ask", "--llm", "openai:gpt-4o-mini", "Raqqa?"]) == 2
    assert "OPENAI_API_KEY" in capsys.readouterr().err
    assert sorted(p.name for p in (home / "chroma").iterdir()) == before
    assert main(["ingest"]) == 0 and "5 unchanged" in capsys.readouterr().out


def test_openai_server_down_is_one_sentence(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["ingest"])
    capsys.readouterr()
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens on port 9
    monkeypatch.setenv("SLANT_REQUEST_TIMEOUT", "5")
    assert main(["ask", "--llm", "openai:local", "Raqqa convoy?"]) == 1
    err = capsys.readouterr().err
    assert "cannot reach the model server" in err and "Traceback" not in err


def test_bad_files_are_skipped_with_a_warning(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("A fine article about rivers.", encoding="utf-8")
    (folder / "bin.txt").write_bytes(b"\x00\x01")
    (folder / "empty.md").write_text("", encoding="utf-8")
    assert main(["ingest", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "ingested 1 new" in captured.out
    assert captured.err.count("skipped") == 2


def test_nothing_readable_exits_non_zero(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    assert main(["ingest", str(bad)]) == 2
