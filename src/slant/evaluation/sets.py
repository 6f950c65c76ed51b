"""Evaluation sets: read a JSONL file, tell its kind by its fields, check every line.

Bad input ends in one `InputError` sentence that names the file, the line and the fix.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slant.errors import InputError

QA_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "question": str, "reference": str, "reference_quotes": list,
    "docs": list, "answerable": bool,
}
FRAMING_FIELDS: dict[str, type | tuple[type, ...]] = {
    "doc": str, "start": int, "end": int, "technique": str,
}
KINDS = ("qa", "framing")


@dataclass
class EvalSet:
    """One evaluation file: its kind (``qa`` or ``framing``) and its checked rows."""

    path: Path
    kind: str
    items: list[dict[str, Any]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    """Line number of each item in its file, for messages."""
    sources: list[Path] = field(default_factory=list)
    """File of each item when several sets were merged (else ``path``)."""

    def source(self, index: int) -> Path:
        """The file item ``index`` came from."""
        return self.sources[index] if self.sources else self.path

    def where(self, index: int) -> str:
        """``FILE line N`` for item ``index``."""
        return f"{self.source(index)} line {self.lines[index]}"


def detect_kind(row: dict[str, Any]) -> str | None:
    """``qa`` for a row with a question, ``framing`` for a span with a technique, else None."""
    if "question" in row:
        return "qa"
    if "technique" in row and "doc" in row:
        return "framing"
    return None


def _check_fields(row: dict[str, Any], kind: str, where: str) -> None:
    wanted = QA_FIELDS if kind == "qa" else FRAMING_FIELDS
    missing = [name for name in wanted if name not in row]
    if missing:
        raise InputError(
            f"{where} lacks {', '.join(repr(m) for m in missing)}; every {kind} line needs "
            f"{', '.join(wanted)} (see evals/README.md)."
        )
    for name, kind_of in wanted.items():
        value = row[name]
        ok = isinstance(value, kind_of) and not (kind_of is int and isinstance(value, bool))
        if not ok:
            type_name = kind_of.__name__ if isinstance(kind_of, type) else "value"
            raise InputError(f"{where}: {name!r} must be a {type_name}, not {value!r}; fix that field.")
    if kind == "framing" and not 0 <= row["start"] <= row["end"]:
        raise InputError(f"{where}: start and end must satisfy 0 <= start <= end; fix the offsets.")
    if kind == "qa":
        facts = row.setdefault("key_facts", [])
        if not isinstance(facts, list) or not all(isinstance(f, str) for f in facts):
            raise InputError(f"{where}: 'key_facts' must be a list of strings; fix that field.")
        if not all(isinstance(q, str) for q in row["reference_quotes"]):
            raise InputError(f"{where}: 'reference_quotes' must be a list of strings; fix that field.")
        if row["answerable"] and not row["reference_quotes"]:
            raise InputError(
                f"{where}: an answerable question needs at least one reference quote; add one "
                "or set \"answerable\": false."
            )


def load_set(path: Path) -> EvalSet:
    """Read and check one evaluation file.

    Raises:
        InputError: The file is missing or empty, a line is not a JSON object, lacks a
            field, mixes kinds, or has a field of the wrong type.

    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no evaluation file at {path}; check the path.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path} ({exc}); give a UTF-8 JSON Lines file.") from None
    result: EvalSet | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            row = json.loads(line)
        except ValueError:
            raise InputError(f"{where} is not valid JSON; write one JSON object per line.") from None
        if not isinstance(row, dict):
            raise InputError(f"{where} is not a JSON object; write one {{...}} object per line.")
        kind = detect_kind(row)
        if kind is None:
            raise InputError(
                f"{where} is neither a question (needs \"question\") nor a gold span (needs "
                "\"doc\" and \"technique\"); see evals/README.md for the two formats."
            )
        if result is None:
            result = EvalSet(path, kind)
        elif kind != result.kind:
            raise InputError(f"{where} is a {kind} line in a {result.kind} file; put each kind in its own file.")
        _check_fields(row, kind, where)
        result.items.append(row)
        result.lines.append(number)
    if result is None:
        raise InputError(f"{path} has no lines; give a JSON Lines file with at least one item.")
    if result.kind == "qa":
        seen: dict[str, int] = {}
        for index, row in enumerate(result.items):
            if row["id"] in seen:
                raise InputError(
                    f"{result.where(index)} repeats id {row['id']!r} (first on line "
                    f"{seen[row['id']]}); give every question its own id."
                )
            seen[row["id"]] = result.lines[index]
    return result


def load_sets(paths: Sequence[Path]) -> list[EvalSet]:
    """Load several files, in order."""
    return [load_set(p) for p in paths]


def doc_names(sets: Iterable[EvalSet]) -> list[str]:
    """Every document a set names (QA ``docs``, framing ``doc``), in first-seen order."""
    names: dict[str, None] = {}
    for s in sets:
        for row in s.items:
            for name in row["docs"] if s.kind == "qa" else [row["doc"]]:
                names.setdefault(str(name), None)
    return list(names)


def find_doc(name: str, set_path: Path, seeds_dir: Path) -> Path | None:
    """The file of a document named by a set: beside the set, in the seeds, or ../seeds."""
    for folder in (set_path.parent, seeds_dir, set_path.parent.parent / "seeds"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None
