"""The ``slant tag`` command: JSON contract, plain highlighting, profile, bad input, LLM mode."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from slant.commands import tag as tag_cmd
from slant.errors import UnreadableFileError

KEYS = ["doc", "start", "end", "text", "technique", "score", "explanation"]
ARTICLE = "Café news — the “so-called” reform: thugs, thugs everywhere.\nThe killer army’s thugs came. 😀 thugs!\n"


def _run(argv: list[str], stdin: bytes | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    tag_cmd.register(sub)
    args = parser.parse_args(["tag", *argv])
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    return int(args.handler(args))


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    return path


def test_json_contract(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["--json", str(article)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    text = article.read_bytes().decode("utf-8")
    for line in lines:
        record: dict[str, Any] = json.loads(line)
        assert list(record) == KEYS
        assert record["doc"] == str(article)
        assert text[record["start"] : record["end"]] == record["text"]
    starts = [json.loads(line)["start"] for line in lines]
    assert starts == sorted(starts)
    assert sum(1 for line in lines if json.loads(line)["text"] == "thugs") >= 3


def test_stdin_is_named_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["--json"], stdin=ARTICLE.encode("utf-8"), monkeypatch=monkeypatch) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and {r["doc"] for r in records} == {"-"}


def test_plain_output_is_bracketed_with_legend(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run([str(article)]) == 0
    out = capsys.readouterr().out
    assert "[[killer army]]{Loaded_Language}" in out
    assert "\x1b[" not in out
    assert "Legend:" in out


def test_profile_table(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text("The council met on Tuesday to discuss the budget.", encoding="utf-8")
    assert _run(["--profile", str(article), str(other)]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert str(article)[-20:] in header or "article" in header
    assert "other.txt" in header


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(None, "cannot read"), (b"\x00\x01binary", "binary"), (b"\xff\xfe\xfa", "UTF-8"), (b"  \n", "empty")],
    ids=["missing", "binary", "not-utf8", "empty"],
)
def test_single_bad_file_raises_one_sentence(tmp_path: Path, content: bytes | None, fragment: str) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UnreadableFileError, match=fragment):
        _run([str(path)])


def test_bad_files_are_skipped_among_good(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    assert _run(["--json", str(bad), str(article), str(tmp_path / "missing.txt")]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("warning: skipped") == 2
    assert {json.loads(line)["doc"] for line in captured.out.splitlines()} == {str(article)}


def test_nothing_readable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 2
    assert "no input was readable" in capsys.readouterr().err


def test_llm_mode_uses_the_factory(
    article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = json.dumps([{"phrase": "reform", "technique": "Doubt", "reason": "Scare-quoted reform."}])
    specs: list[str] = []

    def fake_model(spec: str) -> FakeListChatModel:
        specs.append(spec)
        return FakeListChatModel(responses=[reply])

    monkeypatch.setattr(tag_cmd, "make_model", fake_model)
    assert _run(["--json", "--llm", "fake:model", str(article)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert specs == ["fake:model"]
    assert any(r["text"] == "reform" and r["explanation"] == "Scare-quoted reform." for r in records)


def test_registered_in_main_cli(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from slant.cli import main

    assert main(["tag", "--json", str(article)]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["tag", str(article.parent / "nope.txt")]) == 2
