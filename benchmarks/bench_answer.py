"""Retrieval latency and answer timings with the real embeddings and bundled model.

Usage: python benchmarks/bench_answer.py [--llm local] [--questions 6] [--home DIR]

Ingests the seeds into a scratch store (MiniLM embeddings), then reports:
- retrieval latency p50/p95 over the evaluation questions (hybrid and vector-only);
- for the first N questions, time to first token and total answer time, the first
  question cold (model load included) and the rest warm, with each reply.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from slant.answer import Answer
from slant.config import PROJECT_ROOT, Settings
from slant.evaluation.metrics import percentile
from slant.service import build_engine, ingest_paths, open_store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--llm", default="local")
    parser.add_argument("--questions", type=int, default=6)
    parser.add_argument("--home", type=Path)
    args = parser.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="slant-bench-"))
    settings = Settings.load(home=home, llm=args.llm, models_dir=PROJECT_ROOT / ".slant" / "models")
    questions = [json.loads(line) for line in (settings.evals_dir / "qa.jsonl").read_text().splitlines() if line]

    store = open_store(settings, create=True)
    ingest_paths(store, [settings.seeds_dir])
    engine = build_engine(settings, store=store)
    retriever = engine.retriever
    retriever.retrieve("warm up the embedding model")

    hybrid, vector = [], []
    for item in questions:
        started = time.perf_counter()
        retriever.retrieve(item["question"])
        hybrid.append(time.perf_counter() - started)
        started = time.perf_counter()
        store.vector_search(item["question"], settings.k)
        vector.append(time.perf_counter() - started)
    print(f"retrieval over {len(questions)} questions ({store.chunk_count()} chunks):")
    print(f"  hybrid  p50 {percentile(hybrid, 50) * 1000:.1f} ms  p95 {percentile(hybrid, 95) * 1000:.1f} ms")
    print(f"  vector  p50 {percentile(vector, 50) * 1000:.1f} ms  p95 {percentile(vector, 95) * 1000:.1f} ms")
    print(f"  hybrid/vector p50 ratio {percentile(hybrid, 50) / percentile(vector, 50):.2f}")

    first, total = [], []
    for index, item in enumerate(questions[: args.questions]):
        answer: Answer = engine.ask(item["question"])
        label = "cold" if index == 0 else "warm"
        t = answer.timings
        print(f"\n[{label}] {item['question']}\n  first token {t['first_token_s']:.2f}s, total {t['total_s']:.2f}s, "
              f"{len(answer.citations)} citations, abstained={answer.abstained}\n  -> {answer.answer[:300]}")
        if index:
            first.append(t["first_token_s"])
            total.append(t["total_s"])
    if first:
        print(f"\nwarm answers ({len(first)}): first token median {statistics.median(first):.2f}s, "
              f"total median {statistics.median(total):.2f}s, max total {max(total):.2f}s")


if __name__ == "__main__":
    main()
