"""Reports of a run: written, parsed back, compared, checked against thresholds, exported."""

from __future__ import annotations

import copy
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from slant.embeddings import HashingEmbeddings
from slant.errors import InputError
from slant.evaluation.compare import check, compare, compare_markdown, load_run, load_thresholds
from slant.evaluation.export import RAGAS_FIELDS, write_ragas
from slant.evaluation.report import flatten, fmt, svg_bars, write_report
from slant.evaluation.runner import evaluate
from slant.evaluation.sets import load_set
from test_eval_runner import eval_settings, scripted_model, write_sets


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One run over the small sets with the scripted model and the rule tagger faked."""
    tmp_path = tmp_path_factory.mktemp("run")
    qa, framing = write_sets(tmp_path / "sets")

    def tagger(text: str) -> list[Any]:
        from slant.evaluation.metrics import Span

        return [Span("", text.index("corrupt"), text.index("corrupt") + 7, "Loaded_Language")]

    return evaluate(eval_settings(tmp_path), [load_set(qa), load_set(framing)],
                    chat_model=scripted_model(), embeddings=HashingEmbeddings(), tagger=tagger,
                    progress=False)


@pytest.fixture
def folder(report: dict[str, Any], tmp_path: Path) -> Path:
    """The report written to disk."""
    return write_report(report, tmp_path / "run")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href")]


def test_json_round_trips(report: dict[str, Any], folder: Path) -> None:
    saved = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert saved == json.loads(json.dumps(report))
    assert load_run(folder) == saved and load_run(folder / "report.json") == saved
    assert {"run", "qa", "framing"} <= set(saved)
    assert len(saved["qa"]["items"]) == 3


def test_markdown_has_the_tables(folder: Path) -> None:
    text = (folder / "report.md").read_text(encoding="utf-8")
    assert "| metric | value |" in text
    assert "| retrieval recall@k |" in text and "| citation verbatim rate | 1.000 |" in text
    assert "| Loaded_Language | 1.000 | 1.000 | 1.000 | 1 | 1 |" in text
    assert "| v1 | fact | yes |" in text


def test_html_is_self_contained_with_charts(folder: Path) -> None:
    text = (folder / "report.html").read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text
    parser = _Collector()
    parser.feed(text)
    assert parser.tags.count("svg") >= 6
    assert "script" not in parser.tags and "link" not in parser.tags and "img" not in parser.tags
    assert parser.urls == []
    assert "F1 per technique" in text and "Latency" in text


def test_svg_bars_handle_missing_values() -> None:
    svg = svg_bars("T <&>", [("a", 0.5), ("b", None), ("c", 2.0)], scale=None, unit="s")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "T &lt;&amp;&gt;" in svg and "n/a" in svg and "2.00 s" in svg


@pytest.mark.parametrize(("value", "unit", "text"), [
    (None, "rate", "n/a"), (0.5, "rate", "0.500"), (1.234, "s", "1.23 s"), (3, "", "3"),
    (0.05, "MB/s", "0.050 MB/s"),
], ids=["none", "rate", "seconds", "count", "speed"])
def test_fmt(value: float | None, unit: str, text: str) -> None:
    assert fmt(value, unit) == text


def test_flatten(report: dict[str, Any]) -> None:
    flat = flatten(report)
    assert flat["qa.verbatim_rate"] == 1.0
    assert flat["framing.group_f1"] == report["framing"]["totals"]["group"]["f1"]
    assert flat["framing.f1.Loaded_Language"] == 1.0


# ----------------------------------------------------------------- compare, check


def test_compare_shows_deltas(report: dict[str, Any]) -> None:
    worse = copy.deepcopy(report)
    worse["qa"]["totals"]["recall_at_k"] = report["qa"]["totals"]["recall_at_k"] - 0.25
    worse["qa"]["totals"]["latency_p95_s"] = report["qa"]["totals"]["latency_p95_s"] + 1.0
    rows = {r.key: r for r in compare(report, worse)}
    assert rows["qa.recall_at_k"].delta == pytest.approx(-0.25) and rows["qa.recall_at_k"].better is False
    assert rows["qa.latency_p95_s"].better is False
    assert rows["qa.verbatim_rate"].delta == 0 and rows["qa.verbatim_rate"].better is None
    text = compare_markdown(report, worse)
    assert "| retrieval recall@k |" in text and "-0.250" in text


def test_compare_with_a_run_missing_a_section(report: dict[str, Any]) -> None:
    qa_only = {"run": report["run"], "qa": report["qa"]}
    rows = {r.key: r for r in compare(qa_only, report)}
    assert rows["framing.f1"].a is None and rows["framing.f1"].delta is None


def test_check_passes_and_fails(report: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text("[qa]\nverbatim_rate = 1.0\nlatency_p95_s = 60\n[framing]\ngroup_f1 = 0.1\n"
                    "[framing.f1]\nLoaded_Language = 0.5\n", encoding="utf-8")
    assert check(report, load_thresholds(path)) == []
    path.write_text("[qa]\nverbatim_rate = 1.0\nrecall_at_k = 1.01\nlatency_p95_s = 0.0\n"
                    "[framing]\ngroup_f1 = 0.99\nf1 = { Slogans = 0.2 }\n", encoding="utf-8")
    failures = check(report, load_thresholds(path))
    assert any(f.startswith("qa.recall_at_k = ") and "below its threshold 1.010" in f for f in failures)
    assert any(f.startswith("qa.latency_p95_s") and "above its maximum" in f for f in failures)
    assert any(f.startswith("framing.group_f1") for f in failures)
    assert any(f.startswith("framing.f1.Slogans was not measured") for f in failures)
    assert not any("verbatim" in f for f in failures)


def test_check_skips_sections_not_run(report: dict[str, Any]) -> None:
    assert check({"qa": report["qa"]}, {"framing.group_f1": 0.99}) == []


def test_shipped_thresholds_parse() -> None:
    from slant.config import PROJECT_ROOT

    thresholds = load_thresholds(PROJECT_ROOT / "evals" / "thresholds.toml")
    assert thresholds["qa.verbatim_rate"] == 1.0
    assert all(key.split(".")[0] in ("qa", "framing") for key in thresholds)


@pytest.mark.parametrize(("text", "pattern"), [
    ("[qa\n", r"cannot read thresholds .* fix the TOML"),
    ('[qa]\nrecall_at_k = "high"\n', r"threshold qa.recall_at_k .* give a number"),
], ids=["bad-toml", "not-a-number"])
def test_bad_thresholds(tmp_path: Path, text: str, pattern: str) -> None:
    path = tmp_path / "t.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=pattern):
        load_thresholds(path)


def test_load_run_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no report at"):
        load_run(tmp_path)
    (tmp_path / "report.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="not a `slant eval` report"):
        load_run(tmp_path)


# ----------------------------------------------------------------------- ragas


def test_ragas_export(report: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "out" / "ragas.jsonl"
    assert write_ragas(report, path) == 3
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(tuple(row) == RAGAS_FIELDS for row in rows)
    first = rows[0]
    assert first["user_input"].startswith("Which villages")
    assert first["reference"] == "Umm Khalakil, Luwaybidah and Musharifah."
    assert first["reference_contexts"][0].startswith("As a result the latter")
    assert all(isinstance(c, str) and c for c in first["retrieved_contexts"])
    assert "Musharifah" in first["response"]
    assert rows[2]["reference_contexts"] == []
