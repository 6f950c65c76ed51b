"""`slant eval` end to end through the CLI: scripted model, hashing embeddings, tmp homes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from slant.cli import main
from test_eval_runner import QUESTIONS, scripted_model, write_sets


@pytest.fixture
def sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The small sets, with the scripted model standing in for every chat model."""
    monkeypatch.setattr("slant.service.make_chat_model", lambda spec, settings: scripted_model())
    return write_sets(tmp_path / "sets")


def _eval(tmp_path: Path, *args: Any) -> int:
    return main(["eval", "--home", str(tmp_path / "home"), "--embeddings", "hashing",
                 *[str(a) for a in args]])


def _thresholds(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "thresholds.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_eval_writes_the_report(tmp_path: Path, sets: tuple[Path, Path],
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert _eval(tmp_path, *sets, "--report", tmp_path / "run") == 0
    out = capsys.readouterr().out
    assert "retrieval recall@k" in out and "F1 (loaded+name calling)" in out
    assert f"report: {tmp_path / 'run'}" in out
    report = json.loads((tmp_path / "run" / "report.json").read_text(encoding="utf-8"))
    assert report["run"]["embeddings"] == "hashing" and len(report["qa"]["items"]) == 3
    assert report["framing"]["totals"]["n_gold"] == 2
    assert (tmp_path / "run" / "report.md").is_file() and (tmp_path / "run" / "report.html").is_file()


def test_default_report_folder_is_under_home(tmp_path: Path, sets: tuple[Path, Path],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert _eval(tmp_path, sets[0], "--llm", "local:0.5b", "--limit", "1") == 0
    runs = list((tmp_path / "home" / "runs").iterdir())
    assert len(runs) == 1 and runs[0].name.endswith("-local-0.5b")
    assert f"report: {runs[0]}" in capsys.readouterr().out
    report = json.loads((runs[0] / "report.json").read_text(encoding="utf-8"))
    assert report["run"]["model"] == "local:0.5b" and report["run"]["limit"] == 1
    assert len(report["qa"]["items"]) == 1 and "framing" not in report


def test_only_picks_one_kind(tmp_path: Path, sets: tuple[Path, Path]) -> None:
    assert _eval(tmp_path, *sets, "--only", "framing", "--report", tmp_path / "run") == 0
    report = json.loads((tmp_path / "run" / "report.json").read_text(encoding="utf-8"))
    assert "framing" in report and "qa" not in report


def test_check_passes(tmp_path: Path, sets: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    path = _thresholds(tmp_path, "[qa]\nverbatim_rate = 1.0\nabstention_accuracy = 0.3\n")
    assert _eval(tmp_path, *sets, "--report", tmp_path / "run", "--check", "--thresholds", path) == 0
    assert "check passed: 2 thresholds" in capsys.readouterr().out


def test_check_fails_on_a_regression(tmp_path: Path, sets: tuple[Path, Path],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = _thresholds(tmp_path, "[qa]\nverbatim_rate = 1.0\nrecall_at_k = 1.5\n[framing]\ngroup_f1 = 0.99\n")
    assert _eval(tmp_path, *sets, "--report", tmp_path / "run", "--check", "--thresholds", path) == 1
    err = capsys.readouterr().err
    assert "check failed: qa.recall_at_k" in err and "check failed: framing.group_f1" in err
    assert "verbatim" not in err


def test_compare(tmp_path: Path, sets: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert _eval(tmp_path, *sets, "--report", tmp_path / "a") == 0
    report = json.loads((tmp_path / "a" / "report.json").read_text(encoding="utf-8"))
    report["run"]["model"] = "other"
    report["qa"]["totals"]["mrr"] = 0.0
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "report.json").write_text(json.dumps(report), encoding="utf-8")
    capsys.readouterr()
    assert main(["eval", "--compare", str(tmp_path / "a"), str(tmp_path / "b" / "report.json"),
                 "--report", str(tmp_path / "cmp")]) == 0
    out = capsys.readouterr().out
    assert "retrieval MRR" in out and "B - A" in out and "other" in out
    markdown = (tmp_path / "cmp" / "compare.md").read_text(encoding="utf-8")
    assert "| retrieval MRR |" in markdown and "- B: other" in markdown


def test_ragas_export(tmp_path: Path, sets: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ragas.jsonl"
    assert _eval(tmp_path, sets[0], "--report", tmp_path / "run", "--format", "ragas", "--out", out) == 0
    assert "ragas: 3 rows" in capsys.readouterr().out
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"user_input", "reference", "retrieved_contexts", "response", "reference_contexts"} == set(rows[0])


@pytest.mark.parametrize(("args", "pattern"), [
    (["missing.jsonl"], "no evaluation file at .*missing.jsonl; check the path."),
    (["bad.jsonl"], r"bad.jsonl line 2 is not valid JSON; write one JSON object per line."),
    (["--format", "ragas"], "--format and --out go together"),
    (["--limit", "0"], "--limit 0 selects nothing"),
    (["--compare", "nowhere", "nowhere"], "no report at nowhere"),
    (["framing.jsonl", "--format", "ragas", "--out", "x.jsonl"], "include a QA set"),
    (["framing.jsonl", "--only", "qa"], "no qa set among the files given"),
    (["--check", "--thresholds", "none.toml"], "no thresholds file at none.toml"),
], ids=["missing-file", "bad-line", "format-without-out", "zero-limit", "compare-missing",
        "ragas-without-qa", "only-nothing", "missing-thresholds"])
def test_bad_input_is_one_sentence(tmp_path: Path, sets: tuple[Path, Path], args: list[str], pattern: str,
                                   capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    monkeypatch.chdir(tmp_path / "sets")
    (tmp_path / "sets" / "bad.jsonl").write_text(json.dumps(QUESTIONS[0]) + "\n{oops\n", encoding="utf-8")
    assert _eval(tmp_path, *args) == 2
    err = capsys.readouterr().err
    assert re.search(pattern, err), err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
