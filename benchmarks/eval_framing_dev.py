"""Score the offline tagger on a framing set, tagging every document of its folder.

Usage: python benchmarks/eval_framing_dev.py [SET.jsonl] [--show] [--llm SPEC]

Default set: evals/framing_dev.jsonl over evals/dev/*.txt. Unlike ``slant eval``, which
only tags the documents the gold spans name, this also tags the all-neutral passages: for a
set whose documents are named ``<folder>/<name>`` (relative to the set's directory, e.g.
``dev/...`` or ``heldout/...``), every .txt in that folder is tagged, so false alarms in
plain reporting count against precision. Bare names (framing.jsonl) are read from seeds/.
``--show`` lists the misses and false alarms per document (use it on the DEV set only; the
seeds and evals/framing_heldout.jsonl are test sets). ``--llm SPEC`` scores the LLM mode
(``slant.framing.tag_with_llm``) with a model from the factory (``local``, ``openai:...``).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from slant.evaluation import metrics as m
from slant.framing import Span, tag, tag_with_llm


def _tagger(spec: str | None) -> Callable[[str], list[Span]]:
    if spec is None:
        return tag
    from slant.config import Settings
    from slant.llm import make_chat_model

    model = make_chat_model(spec, Settings.load())
    return lambda text: tag_with_llm(text, model)


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent / "evals"
    spec = argv[argv.index("--llm") + 1] if "--llm" in argv else None
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--llm")]
    tagger = _tagger(spec)
    set_path = Path(args[0]) if args else root / "framing_dev.jsonl"
    rows = [json.loads(line) for line in set_path.read_text(encoding="utf-8").splitlines() if line]
    gold = [m.Span(r["doc"], r["start"], r["end"], r["technique"]) for r in rows]
    names = {r["doc"] for r in rows}
    for folder in sorted({name.rpartition("/")[0] for name in names if "/" in name}):
        names |= {f"{folder}/{p.name}" for p in (set_path.parent / folder).glob("*.txt")}
    tag("warm up")
    preds: list[m.Span] = []
    texts: dict[str, str] = {}
    seconds = 0.0
    for name in sorted(names):
        folder = set_path.parent if (set_path.parent / name).is_file() else root.parent / "seeds"
        text = texts[name] = (folder / name).read_text(encoding="utf-8")
        t0 = time.perf_counter()
        spans = tagger(text)
        seconds += time.perf_counter() - t0
        preds.extend(m.Span(name, s.start, s.end, s.technique) for s in spans)
    group = m.group_prf(preds, gold)
    overall = m.span_prf(preds, gold)
    span_only = m.span_prf(preds, gold, match_technique=False)
    print(f"docs {len(names)}  gold {len(gold)}  pred {len(preds)}")
    for label, p in (("group LL+NC", group), ("overall", overall), ("span only", span_only)):
        print(f"{label:14s} P {p.precision:.3f}  R {p.recall:.3f}  F1 {p.f1:.3f}")
    for tech, p in sorted(m.per_technique_prf(preds, gold).items()):
        print(f"  {tech:36s} P {p.precision:.2f} R {p.recall:.2f} F1 {p.f1:.2f} "
              f"(pred {p.n_pred}, gold {p.n_gold})")
    size = sum(len(t.encode()) for t in texts.values())
    print(f"speed {size / 1e6 / seconds:.2f} MB/s (small texts; see bench_tagger.py)")
    if "--show" in argv:
        for name in sorted(names):
            text = texts[name]
            doc_gold = [x for x in gold if x.doc == name]
            doc_preds = [x for x in preds if x.doc == name]
            print(f"\n== {name}")
            for x in doc_gold:
                hit = any(y.start < x.end and x.start < y.end for y in doc_preds)
                print(f"  {'HIT ' if hit else 'MISS'} {text[x.start:x.end]!r} {x.technique}")
            for y in doc_preds:
                if not any(x.start < y.end and y.start < x.end for x in doc_gold):
                    print(f"  FA   {text[y.start:y.end]!r} {y.technique}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
