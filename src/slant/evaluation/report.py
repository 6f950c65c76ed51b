"""Reports of an evaluation run: report.json, report.md, report.html, a terminal table.

The HTML page is self-contained: inline CSS and hand-drawn SVG bar charts, no scripts
and no assets from the web.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

REPORT_JSON = "report.json"

# (flat key, label, unit) in display order; unit "rate" is 0-1, "s" seconds, "" a count.
QA_METRICS: list[tuple[str, str, str]] = [
    ("qa.recall_at_k", "retrieval recall@k", "rate"),
    ("qa.mrr", "retrieval MRR", "rate"),
    ("qa.verbatim_rate", "citation verbatim rate", "rate"),
    ("qa.citation_precision", "citation precision", "rate"),
    ("qa.citation_recall", "citation recall", "rate"),
    ("qa.accuracy", "accuracy (answerable)", "rate"),
    ("qa.key_fact_recall", "key-fact recall", "rate"),
    ("qa.token_f1", "token F1", "rate"),
    ("qa.abstention_accuracy", "abstention accuracy", "rate"),
    ("qa.answered_when_answerable", "answered when answerable", "rate"),
    ("qa.abstained_when_unanswerable", "abstained when unanswerable", "rate"),
    ("qa.latency_p50_s", "latency p50", "s"),
    ("qa.latency_p95_s", "latency p95", "s"),
    ("qa.first_token_p50_s", "first token p50", "s"),
    ("qa.first_token_p95_s", "first token p95", "s"),
    ("qa.n", "questions", ""),
    ("qa.n_citations", "citations", ""),
    ("qa.errors", "model errors", ""),
]
FRAMING_METRICS: list[tuple[str, str, str]] = [
    ("framing.precision", "precision (technique)", "rate"),
    ("framing.recall", "recall (technique)", "rate"),
    ("framing.f1", "F1 (technique)", "rate"),
    ("framing.span_precision", "precision (span only)", "rate"),
    ("framing.span_recall", "recall (span only)", "rate"),
    ("framing.span_f1", "F1 (span only)", "rate"),
    ("framing.group_precision", "precision (loaded+name calling)", "rate"),
    ("framing.group_recall", "recall (loaded+name calling)", "rate"),
    ("framing.group_f1", "F1 (loaded+name calling)", "rate"),
    ("framing.mb_per_s", "tagger speed", "MB/s"),
    ("framing.n_gold", "gold spans", ""),
    ("framing.n_pred", "predicted spans", ""),
]
UNITS = {key: unit for key, _, unit in QA_METRICS + FRAMING_METRICS}
LABELS = {key: label for key, label, _ in QA_METRICS + FRAMING_METRICS}


def flatten(report: Mapping[str, Any]) -> dict[str, float | None]:
    """Totals as ``section.metric`` -> value, including ``framing.f1.<technique>``."""
    flat: dict[str, float | None] = {}
    qa = report.get("qa", {}).get("totals")
    if qa:
        flat.update({f"qa.{k}": v for k, v in qa.items() if v is None or isinstance(v, (int, float))})
    fr = report.get("framing", {}).get("totals")
    if fr:
        for prefix, part in (("", "overall"), ("span_", "span_only"), ("group_", "group")):
            for name in ("precision", "recall", "f1"):
                flat[f"framing.{prefix}{name}"] = fr[part][name]
        for name in ("mb_per_s", "n_gold", "n_pred", "n_docs"):
            flat[f"framing.{name}"] = fr.get(name)
        for technique, prf in sorted(fr.get("per_technique", {}).items()):
            flat[f"framing.f1.{technique}"] = prf["f1"]
    return flat


def fmt(value: float | None, unit: str = "rate") -> str:
    """A value for tables: rates with 3 decimals, seconds, counts."""
    if value is None:
        return "n/a"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB/s":
        return f"{value:.3f} MB/s"
    if unit == "" and float(value).is_integer():
        return str(int(value))
    return f"{value:.3f}"


def unit_of(key: str) -> str:
    """The unit of a flat metric key."""
    return UNITS.get(key, "rate")


# ----------------------------------------------------------------------- writing


def write_json(report: Mapping[str, Any], folder: Path) -> Path:
    """Write report.json."""
    path = folder / REPORT_JSON
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def write_report(report: Mapping[str, Any], folder: Path) -> Path:
    """Write report.json, report.md and report.html into ``folder`` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    write_json(report, folder)
    (folder / "report.md").write_text(to_markdown(report), encoding="utf-8")
    (folder / "report.html").write_text(to_html(report), encoding="utf-8")
    return folder


def _cell(text: Any, limit: int = 120) -> str:
    value = " ".join(str(text).split())
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return value.replace("|", "\\|")


def _md_table(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> list[str]:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def _run_lines(run: Mapping[str, Any]) -> list[tuple[str, str]]:
    keys = ("model", "k", "embeddings", "prompt", "tagger", "limit", "date", "slant_version", "seconds")
    return [(k, str(run.get(k))) for k in keys if k in run]


def to_markdown(report: Mapping[str, Any]) -> str:
    """The report as Markdown: run info, totals, per-technique scores, every item."""
    flat = flatten(report)
    lines = ["# Slant evaluation", ""]
    lines += _md_table(["run", ""], _run_lines(report.get("run", {})))
    if "qa" in report:
        lines += ["## Questions and answers", ""]
        lines += _md_table(["metric", "value"],
                           [(label, fmt(flat.get(key), unit)) for key, label, unit in QA_METRICS])
        rows = [
            (i["id"], i["type"], _mark(i["correct"]), _mark(i["abstained"]), fmt(i["recall_at_k"]),
             fmt(i["reciprocal_rank"]), len(i["citations"]),
             fmt(i["timings"].get("total_s"), "s"), i["error"] or i["answer"])
            for i in report["qa"]["items"]
        ]
        lines += _md_table(["id", "type", "correct", "abstained", "recall@k", "RR", "cites",
                            "latency", "answer"], rows)
    if "framing" in report:
        lines += ["## Framing tagger (SemEval-2020 Task 11 spans)", ""]
        lines += _md_table(["metric", "value"],
                           [(label, fmt(flat.get(key), unit)) for key, label, unit in FRAMING_METRICS])
        per = report["framing"]["totals"]["per_technique"]
        lines += _md_table(["technique", "precision", "recall", "F1", "predicted", "gold"], [
            (name, fmt(p["precision"]), fmt(p["recall"]), fmt(p["f1"]), p["n_pred"], p["n_gold"])
            for name, p in per.items()
        ])
        lines += _md_table(["document", "precision", "recall", "F1", "group F1", "predicted", "gold"], [
            (i["doc"], fmt(i["precision"]), fmt(i["recall"]), fmt(i["f1"]), fmt(i["group_f1"]),
             i["n_pred"], i["n_gold"]) for i in report["framing"]["items"]
        ])
    return "\n".join(lines)


def _mark(value: bool | None) -> str:
    return "n/a" if value is None else ("yes" if value else "no")


# -------------------------------------------------------------------------- HTML

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:13px}
td,th{border:1px solid #ccc;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#f3f3f3} .ok{color:#196c2e} .bad{color:#a8201a} svg{display:block;margin:.5em 0 1.5em}
details{margin-bottom:1.5em}
"""


def svg_bars(title: str, bars: list[tuple[str, float | None]], *, scale: float | None = 1.0,
             unit: str = "rate") -> str:
    """A horizontal bar chart as inline SVG; ``scale`` None fits the largest value."""
    label_w, bar_w, row_h, top = 250, 380, 22, 28
    top_value = scale or max([v for _, v in bars if v] or [1.0])
    height = top + row_h * len(bars) + 8
    parts = [
        f'<svg width="{label_w + bar_w + 90}" height="{height}" '
        f'role="img" aria-label="{html.escape(title)}">',
        f'<text x="0" y="18" font-size="14" font-weight="bold">{html.escape(title)}</text>',
    ]
    for row, (label, value) in enumerate(bars):
        y = top + row * row_h
        width = 0.0 if not value else max(1.0, bar_w * min(value / top_value, 1.0))
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" font-size="12" text-anchor="end">'
                     f'{html.escape(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row_h - 6}" fill="#eee"/>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row_h - 6}" fill="#4a78b5"/>')
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 15}" font-size="12">'
                     f'{html.escape(fmt(value, unit))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _html_table(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def to_html(report: Mapping[str, Any]) -> str:
    """The report as one self-contained HTML page with inline SVG charts."""
    flat = flatten(report)
    out = ["<!doctype html><html><head><meta charset='utf-8'><title>Slant evaluation</title>",
           f"<style>{_CSS}</style></head><body><h1>Slant evaluation</h1>",
           _html_table(["run", ""], _run_lines(report.get("run", {})))]

    def chart(title: str, keys: list[str], unit: str = "rate", scale: float | None = 1.0) -> None:
        out.append(svg_bars(title, [(LABELS[k], flat.get(k)) for k in keys], scale=scale, unit=unit))

    if "qa" in report:
        out.append("<h2>Questions and answers</h2>")
        chart("Retrieval", ["qa.recall_at_k", "qa.mrr"])
        chart("Citations", ["qa.verbatim_rate", "qa.citation_precision", "qa.citation_recall"])
        chart("Answers", ["qa.accuracy", "qa.key_fact_recall", "qa.token_f1", "qa.abstention_accuracy",
                          "qa.answered_when_answerable", "qa.abstained_when_unanswerable"])
        chart("Latency", ["qa.latency_p50_s", "qa.latency_p95_s", "qa.first_token_p50_s",
                          "qa.first_token_p95_s"], unit="s", scale=None)
        out.append(_html_table(["metric", "value"],
                               [(label, fmt(flat.get(key), unit)) for key, label, unit in QA_METRICS]))
        rows = [
            (i["id"], i["question"], _mark(i["correct"]), _mark(i["abstained"]), fmt(i["recall_at_k"]),
             len(i["citations"]), fmt(i["timings"].get("total_s"), "s"), i["error"] or i["answer"],
             i["reference"])
            for i in report["qa"]["items"]
        ]
        out.append("<details><summary>Every question</summary>" + _html_table(
            ["id", "question", "correct", "abstained", "recall@k", "cites", "latency", "answer",
             "reference"], rows) + "</details>")
    if "framing" in report:
        totals = report["framing"]["totals"]
        out.append("<h2>Framing tagger</h2>")
        chart("Span scores (SemEval-2020 Task 11)", [
            "framing.precision", "framing.recall", "framing.f1", "framing.span_f1", "framing.group_f1"])
        out.append(svg_bars("F1 per technique",
                            [(n, p["f1"]) for n, p in totals["per_technique"].items()]))
        out.append(_html_table(["metric", "value"], [
            (label, fmt(flat.get(key), unit)) for key, label, unit in FRAMING_METRICS]))
        out.append(_html_table(["technique", "precision", "recall", "F1", "predicted", "gold"], [
            (n, fmt(p["precision"]), fmt(p["recall"]), fmt(p["f1"]), p["n_pred"], p["n_gold"])
            for n, p in totals["per_technique"].items()]))
    out.append("</body></html>\n")
    return "\n".join(out)


# ---------------------------------------------------------------------- terminal


def print_summary(report: Mapping[str, Any], out: TextIO) -> None:
    """The totals as rich tables (plain text when ``out`` is not a terminal)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=100 if not out.isatty() else None)
    flat = flatten(report)
    run = report.get("run", {})
    for section, metrics in (("qa", QA_METRICS), ("framing", FRAMING_METRICS)):
        if section not in report:
            continue
        name = "Questions" if section == "qa" else "Framing tagger"
        table = Table(title=f"{name} — {run.get('model', '?')}, k={run.get('k', '?')}")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for key, label, unit in metrics:
            table.add_row(label, fmt(flat.get(key), unit))
        console.print(table)


def slug(text: str) -> str:
    """A file-name-safe form of a model spec ("local:0.5b" -> "local-0.5b")."""
    return re.sub(r"[^A-Za-z0-9._]+", "-", text).strip("-")[:40] or "model"
