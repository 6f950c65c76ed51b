"""Export QA results in the field names RAGAS uses, one JSON object a line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

RAGAS_FIELDS = ("user_input", "retrieved_contexts", "reference_contexts", "response", "reference")


def ragas_rows(items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Scored QA items as RAGAS ``SingleTurnSample`` dicts.

    ``retrieved_contexts`` are the retrieved passages' texts, ``reference_contexts`` the
    gold reference quotes, ``response`` the model's answer.
    """
    return [
        {
            "user_input": item["question"],
            "retrieved_contexts": [p["text"] for p in item["passages"]],
            "reference_contexts": list(item["reference_quotes"]),
            "response": item["answer"],
            "reference": item["reference"],
        }
        for item in items
    ]


def write_ragas(report: Mapping[str, Any], path: Path) -> int:
    """Write the QA results of a report as RAGAS JSONL; return the number of rows."""
    rows = ragas_rows(report.get("qa", {}).get("items", []))
    path = Path(path)
    if path.parent != Path(""):
        path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)
