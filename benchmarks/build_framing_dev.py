"""Build the framing DEV set from hand-marked passages.

Usage: python benchmarks/build_framing_dev.py

Reads ``evals/dev/marked/*.txt``, where a gold span is written ``[[phrase]]{LL}`` (codes
joined by ``+`` when a span carries two techniques), and writes the plain texts to
``evals/dev/NAME.txt`` and the spans to ``evals/framing_dev.jsonl`` with offsets computed
here. The seeds are the test set; tune the tagger on this set only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CODES = {
    "LL": "Loaded_Language", "NC": "Name_Calling,Labeling", "RP": "Repetition",
    "EX": "Exaggeration,Minimisation", "DB": "Doubt", "FE": "Appeal_to_fear-prejudice",
    "FW": "Flag-Waving", "CO": "Causal_Oversimplification", "SL": "Slogans",
    "AU": "Appeal_to_Authority", "BW": "Black-and-White_Fallacy",
    "TT": "Thought-terminating_Cliches", "WH": "Whataboutism,Straw_Men,Red_Herring",
    "BH": "Bandwagon,Reductio_ad_hitlerum",
}
MARK = re.compile(r"\[\[(.+?)\]\]([”\"’]?)\{([A-Z+]+)\}")


def unmark(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The plain text and its (start, end, technique) spans.

    A closing quote between ``]]`` and ``{`` belongs to the span (scare quotes), so
    ``“[[word]]”{DB}`` marks the quoted word with both its quotes.
    """
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    size = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        phrase, close = m.group(1), m.group(2)
        start = size + len(before)
        if close and before.endswith(("“", "\"", "‘")):
            start -= 1  # the opening quote is part of the span
        out.append(before + phrase + close)
        size += len(before) + len(phrase) + len(close)
        for code in m.group(3).split("+"):
            spans.append((start, size, CODES[code]))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def main() -> int:
    root = Path(__file__).resolve().parent.parent / "evals"
    rows: list[dict[str, object]] = []
    for path in sorted((root / "dev" / "marked").glob("*.txt")):
        text, spans = unmark(path.read_text(encoding="utf-8"))
        assert "[[" not in text and "]]" not in text, path
        (root / "dev" / path.name).write_text(text, encoding="utf-8")
        name = f"dev/{path.name}"
        for start, end, technique in spans:
            rows.append({"doc": name, "start": start, "end": end, "text": text[start:end],
                         "technique": technique})
    with (root / "framing_dev.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} spans over {len({r['doc'] for r in rows})} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
