"""Turn a folder in the PTC corpus's layout into a framing set that eval_framing_dev.py scores.

Usage: python benchmarks/ptc_to_jsonl.py FOLDER OUT.jsonl

The Propaganda Techniques Corpus of SemEval-2020 Task 11 (Da San Martino et al.) ships as
``article<ID>.txt`` files with ``article<ID>.task2-TC.labels`` beside them, one
``<ID> TAB technique TAB start TAB end`` line per span. It is not redistributed here; this
converts a local copy. OUT.jsonl must sit in FOLDER's parent, so its ``doc`` names
(``<folder name>/article<ID>.txt``) resolve. Articles without a labels file are skipped.
Prints the number of spans and how many do not start and end on a word boundary (a sign of
a miscopied article, since the corpus's spans are word-aligned).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from slant.framing import TECHNIQUES


def _on_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (after.isalnum() and text[end - 1].isalnum())


def convert(folder: Path) -> tuple[list[dict[str, object]], int]:
    """Rows of every labelled article in ``folder`` and the count of off-boundary spans."""
    rows: list[dict[str, object]] = []
    off_boundary = 0
    for labels in sorted(folder.glob("article*.task2-TC.labels")):
        article = folder / (labels.name.split(".")[0] + ".txt")
        if not article.is_file():
            continue
        text = article.read_text(encoding="utf-8")
        for line in labels.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            _, technique, start_s, end_s = line.split("\t")
            start, end = int(start_s), int(end_s)
            if technique not in TECHNIQUES or not 0 <= start < end <= len(text):
                raise ValueError(f"{labels.name}: bad line {line!r}")
            off_boundary += not _on_boundary(text, start, end)
            rows.append({"doc": f"{folder.name}/{article.name}", "start": start, "end": end,
                         "text": text[start:end], "technique": technique})
    return rows, off_boundary


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2])
        return 2
    folder, out = Path(argv[0]), Path(argv[1])
    if out.resolve().parent != folder.resolve().parent:
        print(f"Write OUT.jsonl beside {folder.name}/ (in {folder.resolve().parent}) so its doc names resolve.")
        return 2
    try:
        rows, off_boundary = convert(folder)
    except (ValueError, UnicodeDecodeError) as err:
        print(f"Cannot read the corpus ({err}); check that FOLDER holds the PTC files unchanged.")
        return 2
    if not rows:
        print(f"No article<ID>.txt with its .task2-TC.labels in {folder}; point FOLDER at the PTC articles.")
        return 2
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    docs = len({r["doc"] for r in rows})
    print(f"{len(rows)} spans over {docs} articles -> {out}; {off_boundary} not on a word boundary")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
