"""Saved runs side by side, and thresholds that turn a regression into a failing exit code."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from slant.errors import InputError
from slant.evaluation.report import LABELS, REPORT_JSON, flatten, fmt, unit_of

LOWER_IS_BETTER = ("_s", "errors")
COUNTS = frozenset({"qa.n", "qa.n_answerable", "qa.n_citations", "framing.n_gold",
                    "framing.n_pred", "framing.n_docs"})


def load_run(path: Path) -> dict[str, Any]:
    """A saved report: a run folder or its report.json.

    Raises:
        InputError: Nothing there, or not a Slant report.

    """
    path = Path(path)
    file = path / REPORT_JSON if path.is_dir() else path
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no report at {file}; give a run folder or its report.json.") from None
    except (OSError, ValueError):
        raise InputError(f"{file} is not a readable JSON report; give the report.json of a `slant eval` run.") from None
    if not isinstance(data, dict) or not ({"qa", "framing"} & set(data)):
        raise InputError(f"{file} is not a `slant eval` report; give the report.json of a run.")
    return data


@dataclass(frozen=True)
class Row:
    """One metric of two runs."""

    key: str
    a: float | None
    b: float | None

    @property
    def delta(self) -> float | None:
        """B minus A, or None when either is missing."""
        return None if self.a is None or self.b is None else self.b - self.a

    @property
    def better(self) -> bool | None:
        """Whether B improves on A (None when equal or unknown)."""
        if self.delta is None or self.delta == 0 or self.key in COUNTS:
            return None
        lower = self.key.endswith(LOWER_IS_BETTER)
        return (self.delta < 0) if lower else (self.delta > 0)


def compare(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[Row]:
    """Every metric of either run, in a stable order."""
    fa, fb = flatten(a), flatten(b)
    keys = list(dict.fromkeys(list(fa) + list(fb)))
    return [Row(k, fa.get(k), fb.get(k)) for k in keys]


def _delta_text(row: Row) -> str:
    if row.delta is None:
        return ""
    unit = unit_of(row.key)
    sign = "+" if row.delta >= 0 else "-"
    return sign + fmt(abs(row.delta), unit if unit else "rate")


def _title(run: Mapping[str, Any], fallback: str) -> str:
    info = run.get("run", {})
    return f"{info.get('model', fallback)} (k={info.get('k', '?')}, {str(info.get('date', ''))[:16]})"


def compare_markdown(a: Mapping[str, Any], b: Mapping[str, Any]) -> str:
    """compare.md: one table, A, B and B - A for every metric."""
    lines = ["# Slant evaluation: comparison", "",
             f"- A: {_title(a, 'A')}", f"- B: {_title(b, 'B')}", "",
             "| metric | A | B | B - A |", "|---|---|---|---|"]
    for row in compare(a, b):
        unit = unit_of(row.key)
        lines.append(f"| {LABELS.get(row.key, row.key)} | {fmt(row.a, unit)} | {fmt(row.b, unit)} "
                     f"| {_delta_text(row)} |")
    return "\n".join(lines) + "\n"


def print_compare(a: Mapping[str, Any], b: Mapping[str, Any], out: TextIO) -> None:
    """The comparison as a rich table, improvements green and regressions red."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=110 if not out.isatty() else None)
    table = Table(title="A: " + _title(a, "A") + "\nB: " + _title(b, "B"))
    table.add_column("metric")
    for name in ("A", "B", "B - A"):
        table.add_column(name, justify="right")
    for row in compare(a, b):
        unit = unit_of(row.key)
        style = {True: "green", False: "red", None: ""}[row.better]
        delta = _delta_text(row)
        table.add_row(LABELS.get(row.key, row.key), fmt(row.a, unit), fmt(row.b, unit),
                      f"[{style}]{delta}[/]" if style and delta else delta)
    console.print(table)


# -------------------------------------------------------------------- thresholds


def load_thresholds(path: Path) -> dict[str, float]:
    """Minimum values as ``section.metric`` -> value from a TOML file.

    ``[qa] recall_at_k = 0.7`` becomes ``qa.recall_at_k``; nested tables nest further
    (``[framing.f1] Loaded_Language = 0.3``).

    Raises:
        InputError: The file is missing, not TOML, or holds a non-number.

    """
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no thresholds file at {path}; create it or pass --thresholds FILE.") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read thresholds {path} ({exc}); fix the TOML.") from None
    flat: dict[str, float] = {}

    def walk(prefix: str, table: Mapping[str, Any]) -> None:
        for key, value in table.items():
            name = f"{prefix}.{key}" if prefix else key
            if isinstance(value, Mapping):
                walk(name, value)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                flat[name] = float(value)
            else:
                raise InputError(f"threshold {name} in {path} is {value!r}; give a number.")

    walk("", data)
    return flat


def check(report: Mapping[str, Any], thresholds: Mapping[str, float]) -> list[str]:
    """One line per metric under its minimum; thresholds of sections not run are skipped.

    Lower-is-better metrics (seconds, errors) are read as maxima.
    """
    flat = flatten(report)
    failures: list[str] = []
    for key, limit in thresholds.items():
        section = key.split(".", 1)[0]
        if section not in report:
            continue
        value = flat.get(key)
        unit = unit_of(key)
        maximum = key.endswith(LOWER_IS_BETTER)
        if value is None:
            if key in flat or section == "qa":
                continue  # nothing to measure here (e.g. no unanswerable question in the set)
            failures.append(f"{key} was not measured (threshold {fmt(limit, unit)})")
        elif maximum and value > limit:
            failures.append(f"{key} = {fmt(value, unit)} is above its maximum {fmt(limit, unit)}")
        elif not maximum and value < limit:
            failures.append(f"{key} = {fmt(value, unit)} is below its threshold {fmt(limit, unit)}")
    return failures
