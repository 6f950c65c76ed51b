"""Score the news-frame modes on a gold set: precision/recall/F1 of the top-3 frames, and time.

Usage:
    python benchmarks/eval_frames.py [--set evals/frames.jsonl] [--modes lexicon,embeddings,embeddings-only]
        [--embeddings local] [--llm local] [--prompt frames.v2] [--subset N] [--show] [--out results.json]

Modes: ``lexicon`` (cue words), ``embeddings`` (MiniLM similarity mixed with the lexicon, the
``--frames embeddings`` mode), ``embeddings-only`` (similarity alone), ``llm`` (the chat
model given by ``--llm``). ``--subset N`` scores only the documents and the first N passages
(the LLM mode is slow on CPU); every mode is also scored on that same subset, so the
figures compare. Each item's prediction is its top 3 frames; gold has 1–3 frames per item.
Micro-averaged P/R/F1 over items, "top-1" is the share of items whose first frame is gold.
``evals/frames_dev.jsonl`` (DEV documents, for tuning) works too; the seeds set is the test set.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from slant.framing.frames import FrameScore, classify_frames
from slant.framing.llm_frames import PROMPT_NAME

ROOT = Path(__file__).resolve().parent.parent
TOP = 3


def load_items(set_path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in set_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        folder = ROOT / "evals" if row["doc"].startswith("dev/") else ROOT / "seeds"
        text = (folder / row["doc"]).read_text(encoding="utf-8")
        start, end = row.get("start", 0), row.get("end", len(text))
        row["body"] = text[start:end]
        if "text" in row and row["text"] != row["body"]:
            raise SystemExit(f"{row['id']}: text does not match the offsets")
    return rows


def prf(items: list[dict[str, Any]], preds: list[list[str]]) -> dict[str, float]:
    tp = n_pred = n_gold = top1 = 0
    for item, pred in zip(items, preds, strict=True):
        gold = set(item["frames"])
        tp += len(gold & set(pred))
        n_pred += len(pred)
        n_gold += len(gold)
        top1 += bool(pred) and pred[0] in gold
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
            "top1": round(top1 / len(items), 3) if items else 0.0, "items": len(items)}


class CountWarnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def build(mode: str, args: argparse.Namespace) -> Callable[[str], list[FrameScore]]:
    if mode == "lexicon":
        return lambda text: classify_frames(text, TOP)
    if mode in ("embeddings", "embeddings-only"):
        from slant.embeddings import make_embeddings
        from slant.framing.embedding_frames import LEXICON_WEIGHT, EmbeddingFrames

        scorer = EmbeddingFrames(make_embeddings(args.embeddings), LEXICON_WEIGHT if mode == "embeddings" else 0.0)
        return lambda text: scorer.classify(text, TOP)
    if mode == "llm":
        from slant.config import Settings
        from slant.framing.llm_frames import classify_frames_llm
        from slant.llm import make_chat_model

        model = make_chat_model(args.llm, Settings.load(llm=args.llm))
        return lambda text: classify_frames_llm(text, model, TOP, prompt_name=args.prompt)
    raise SystemExit(f"unknown mode {mode!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT / "evals" / "frames.jsonl")
    parser.add_argument("--modes", default="lexicon,embeddings,embeddings-only")
    parser.add_argument("--embeddings", default="local")
    parser.add_argument("--llm", default="local")
    parser.add_argument("--prompt", default=PROMPT_NAME, help="frames prompt version of the llm mode")
    parser.add_argument("--subset", type=int, default=None, help="documents + the first N passages only")
    parser.add_argument("--show", action="store_true", help="print each item's gold and predicted frames")
    parser.add_argument("--out", type=Path, help="write the figures and predictions as JSON")
    args = parser.parse_args(argv)

    items = load_items(args.set)
    if args.subset is not None:
        passages = [i for i in items if i["kind"] == "passage"][: args.subset]
        items = [i for i in items if i["kind"] == "document"] + passages
    warnings = CountWarnings()
    logging.getLogger("slant").addHandler(warnings)
    name = str(args.set.relative_to(ROOT)) if args.set.is_relative_to(ROOT) else str(args.set)
    results: dict[str, Any] = {"set": name, "llm": args.llm, "prompt": args.prompt, "modes": {}}
    for mode in args.modes.split(","):
        t0 = time.perf_counter()
        classify = build(mode, args)
        classify(max((i["body"] for i in items), key=len))  # loads the model, embeds the descriptions, warms up
        load_s = time.perf_counter() - t0
        warnings.count = 0
        preds: list[list[str]] = []
        seconds: list[float] = []
        for item in items:
            t1 = time.perf_counter()
            frames = classify(item["body"])
            seconds.append(time.perf_counter() - t1)
            preds.append([f.frame for f in frames[:TOP]])
            if args.show:
                print(f"{mode:15s} {item['id']:5s} gold {item['frames']}\n{'':21s} pred "
                      f"{[(f.frame, f.score) for f in frames[:TOP]]}")
        kinds = {kind: [n for n, i in enumerate(items) if i["kind"] == kind] for kind in ("document", "passage")}
        figures = {
            "all": prf(items, preds),
            **{kind: prf([items[n] for n in idx], [preds[n] for n in idx]) for kind, idx in kinds.items() if idx},
            "load_s": round(load_s, 2),
            "seconds_per_item": round(sum(seconds) / len(seconds), 3),
            **{f"seconds_per_{kind}": round(sum(seconds[n] for n in idx) / len(idx), 3)
               for kind, idx in kinds.items() if idx},
            "fallbacks": warnings.count,
            "predictions": {item["id"]: pred for item, pred in zip(items, preds, strict=True)},
        }
        results["modes"][mode] = figures
        a = figures["all"]
        print(f"{mode:15s} items {a['items']:3d}  P {a['precision']:.3f}  R {a['recall']:.3f}  F1 {a['f1']:.3f}  "
              f"top-1 {a['top1']:.3f}  | docs F1 {figures.get('document', {}).get('f1', '-')}  "
              f"passages F1 {figures.get('passage', {}).get('f1', '-')}  | load {load_s:.1f} s, "
              f"{figures['seconds_per_item'] * 1000:.0f} ms/item, fallbacks {warnings.count}", flush=True)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
