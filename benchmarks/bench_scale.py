"""Scale benchmark: ingest, retrieval and tagging on generated news corpora of 1k and 10k articles.

Usage:
    nice -n 10 .venv/bin/python benchmarks/bench_scale.py --sizes 1000,10000 --embeddings hashing \
        --out benchmarks/results/scale-hashing.json

For each size it writes a corpus of news-length articles (400-800 words, deterministic
seed) as .txt files, then measures in one run:

- Slant's ingest (``Store.ingest``: sentence-aligned token chunks, batched embedding,
  resumable) and the plain LangChain way (``RecursiveCharacterTextSplitter`` at the same
  token size + ``Chroma.from_documents``): docs/s, chunks/s and peak RSS. Each ingest runs
  in a child process so its peak RSS is its own (``resource.getrusage``).
- Retrieval p50/p95 over the same questions: Slant's hybrid retriever (vector + BM25) and
  plain ``similarity_search``, both on the stores just built, plus the one-off cost of
  building Slant's keyword index.
- The offline tagger's MB/s on the corpus text.
- With ``--llm local``: ``ask`` first-token and total time with the bundled model.

Ratios are Slant / LangChain (throughput: >1 means Slant is faster; latency: >1 means
Slant is slower). Figures go to stdout and, with ``--out``, to a JSON file.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from slant.config import PROJECT_ROOT, Settings

# ---- a deterministic news corpus ----------------------------------------------------------

_FIRST = ["Amal", "Daniel", "Maria", "Oleksandr", "Fatima", "Kenji", "Grace", "Tomas", "Leila", "Samuel",
          "Ingrid", "Carlos", "Nadia", "Peter", "Aisha", "Viktor", "Helen", "Omar", "Lucia", "Ibrahim"]
_LAST = ["Haddad", "Okafor", "Lopez", "Petrenko", "Nakamura", "Schmidt", "Reyes", "Lindqvist", "Mensah",
         "Kowalski", "Novak", "Rahman", "Moreau", "Brennan", "Takahashi", "Adeyemi", "Costa", "Volkov"]
_ROLES = ["the interior minister", "a senior opposition lawmaker", "the regional governor",
          "a spokesperson for the army",
          "the head of the electoral commission", "an economist at the central bank", "the mayor",
          "a local aid worker", "the defence secretary", "a union leader"]
_PLACES = ["Palmyra", "Raqqa", "Aleppo", "Mosul", "Kyiv", "Kharkiv", "Gaza", "Caracas", "Lagos", "Manila",
           "Bogota", "Khartoum", "Tripoli", "Minsk", "Yerevan", "Dhaka", "Quito", "Nairobi", "La Paz", "Tbilisi"]
_OUTLETS = ["The Daily Ledger", "Global Wire", "The Patriot Post", "Morning Courier", "The Free Voice",
            "Capital Times", "Frontline Report", "The Independent Observer"]
_TOPICS: dict[str, dict[str, list[str]]] = {
    "war": {
        "nouns": ["ceasefire", "offensive", "convoy", "airstrike", "front line", "militia", "withdrawal",
                  "artillery barrage", "humanitarian corridor", "peace talks"],
        "verbs": ["collapsed", "resumed", "was extended", "stalled", "was violated", "held overnight"],
    },
    "election": {
        "nouns": ["ballot count", "turnout", "runoff", "campaign", "polling station", "recount",
                  "coalition deal", "voter roll", "debate", "electoral law"],
        "verbs": ["was delayed", "was challenged in court", "surprised analysts", "drew record crowds",
                  "was marred by violence", "was certified"],
    },
    "economy": {
        "nouns": ["inflation", "budget", "fuel subsidy", "currency", "trade deal", "minimum wage",
                  "pension reform", "bond auction", "tax increase", "harvest"],
        "verbs": ["rose sharply", "fell for a third month", "was approved by parliament", "sparked protests",
                  "was postponed", "beat forecasts"],
    },
    "health": {
        "nouns": ["vaccination drive", "hospital strike", "outbreak", "clinic", "drug shortage",
                  "health budget", "quarantine", "nurses' union", "water supply", "cholera cases"],
        "verbs": ["spread to three districts", "was brought under control", "overwhelmed staff",
                  "was funded again", "worsened", "eased slightly"],
    },
    "climate": {
        "nouns": ["flood", "drought", "heatwave", "coal plant", "emissions target", "wildfire",
                  "dam project", "sea wall", "solar farm", "evacuation order"],
        "verbs": ["forced thousands from their homes", "was cancelled", "broke records",
                  "was delayed by lawsuits", "destroyed crops", "was lifted"],
    },
}
_LOADED = ["so-called", "reckless", "disastrous", "shameful", "heroic", "corrupt", "radical", "brutal",
           "outrageous", "utterly stupid", "treacherous", "cowardly"]
_CLICHES = ["Enough is enough.", "The people have spoken.", "History will judge them.", "It is what it is."]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _sentence(rng: random.Random, topic: dict[str, list[str]], place: str) -> str:
    noun, verb = rng.choice(topic["nouns"]), rng.choice(topic["verbs"])
    number, month = rng.randint(2, 4000), rng.choice(["January", "March", "May", "July", "September", "November"])
    templates = [
        f"The {noun} in {place} {verb}, according to {rng.choice(_ROLES)}.",
        f"{_name(rng)}, {rng.choice(_ROLES)}, said the {noun} {verb} after talks in {rng.choice(_PLACES)}.",
        f"“We will not accept this {rng.choice(_LOADED)} {noun},” {_name(rng)} told reporters in {place}.",
        f"Officials said {number} people were affected by the {noun} since {month}.",
        f"Critics called the government's handling of the {noun} {rng.choice(_LOADED)} and demanded answers.",
        f"A report by {rng.choice(_OUTLETS)} found that the {noun} {verb} twice in {number % 12 + 1} weeks.",
        f"Residents of {place} described long queues, closed shops and rising prices as the {noun} {verb}.",
        f"{_name(rng)} warned that the {noun} could affect {number} families before {month}.",
        f"The {rng.choice(_LOADED)} decision on the {noun} was defended by {rng.choice(_ROLES)} on Tuesday.",
        f"Independent monitors said the {noun} {verb}, but could not confirm the figures.",
    ]
    sentence = rng.choice(templates)
    if rng.random() < 0.03:
        sentence += " " + rng.choice(_CLICHES)
    return sentence


def make_article(index: int, seed: int) -> str:
    """One news-length article (400-800 words): headline, byline, paragraphs."""
    rng = random.Random(seed * 1_000_003 + index)
    topic = _TOPICS[rng.choice(sorted(_TOPICS))]
    place = rng.choice(_PLACES)
    target = rng.randint(400, 800)
    headline = f"{rng.choice(topic['nouns']).capitalize()} in {place} {rng.choice(topic['verbs'])}"
    date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    lines = [headline, f"By {_name(rng)} | {rng.choice(_OUTLETS)} | {date}"]
    words = 0
    while words < target:
        paragraph = " ".join(_sentence(rng, topic, place) for _ in range(rng.randint(3, 6)))
        words += len(paragraph.split())
        lines.append(paragraph)
    return "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, size: int, seed: int) -> int:
    """Write ``size`` articles into ``folder``; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(size):
        text = make_article(i, seed)
        (folder / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def questions(count: int, seed: int) -> list[str]:
    """Questions in the corpus's vocabulary."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        topic = _TOPICS[rng.choice(sorted(_TOPICS))]
        out.append(f"What happened to the {rng.choice(topic['nouns'])} in {rng.choice(_PLACES)}?")
    return out


# ---- measurements ----------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentiles(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000

    return {"p50_ms": round(at(0.50), 2), "p95_ms": round(at(0.95), 2),
            "mean_ms": round(statistics.mean(ordered) * 1000, 2)}


def settings_for(home: Path, embeddings: str) -> Settings:
    return Settings.load(home=home, embeddings=embeddings, models_dir=PROJECT_ROOT / ".slant" / "models")


def ingest_slant(corpus: Path, home: Path, embeddings: str) -> dict[str, Any]:
    """Slant's ingest of a folder (run in a child process)."""
    from slant.corpus import iter_documents
    from slant.service import open_store

    store = open_store(settings_for(home, embeddings), create=True)
    started = time.perf_counter()
    report = store.ingest(iter_documents([corpus]))
    seconds = time.perf_counter() - started
    return {"docs": report.added, "chunks": report.chunks, "seconds": round(seconds, 2),
            "docs_per_s": round(report.added / seconds, 1), "chunks_per_s": round(report.chunks / seconds, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def ingest_langchain(corpus: Path, home: Path, embeddings: str) -> dict[str, Any]:
    """The plain LangChain way: load all, split, ``Chroma.from_documents`` (run in a child process)."""
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from slant.embeddings import make_embeddings
    from slant.tokens import encoding

    encoding()  # seeds tiktoken's offline cache for the splitter
    started = time.perf_counter()
    docs = [Document(page_content=p.read_text(encoding="utf-8"), metadata={"source": p.name})
            for p in sorted(corpus.glob("*.txt"))]
    splitter = RecursiveCharacterTextSplitter.from_tiktoken_encoder(
        encoding_name="cl100k_base", chunk_size=200, chunk_overlap=40
    )
    chunks = splitter.split_documents(docs)
    Chroma.from_documents(
        chunks, make_embeddings(embeddings), collection_name="baseline", persist_directory=str(home),
        client_settings=ChromaSettings(anonymized_telemetry=False, is_persistent=True, persist_directory=str(home)),
        collection_metadata={"hnsw:space": "cosine"},
    )
    seconds = time.perf_counter() - started
    return {"docs": len(docs), "chunks": len(chunks), "seconds": round(seconds, 2),
            "docs_per_s": round(len(docs) / seconds, 1), "chunks_per_s": round(len(chunks) / seconds, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def in_child(kind: str, corpus: Path, home: Path, embeddings: str) -> dict[str, Any]:
    """Run one ingest in a fresh interpreter, so its time and peak memory are its own."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(corpus), str(home), embeddings],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{kind} ingest failed:\n{result.stderr[-3000:]}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def retrieval_slant(home: Path, embeddings: str, qs: list[str]) -> dict[str, Any]:
    from slant.retrieval import HybridRetriever
    from slant.service import open_store

    store = open_store(settings_for(home, embeddings))
    retriever = HybridRetriever(store, k=4)
    started = time.perf_counter()
    retriever.keyword_index()
    index_s = time.perf_counter() - started
    retriever.retrieve(qs[0])  # warm up
    times = []
    for q in qs:
        t = time.perf_counter()
        retriever.retrieve(q)
        times.append(time.perf_counter() - t)
    return {**percentiles(times), "keyword_index_build_s": round(index_s, 2)}


def retrieval_langchain(home: Path, embeddings: str, qs: list[str]) -> dict[str, Any]:
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma

    from slant.embeddings import make_embeddings

    db = Chroma(collection_name="baseline", embedding_function=make_embeddings(embeddings),
                persist_directory=str(home),
                client_settings=ChromaSettings(anonymized_telemetry=False, is_persistent=True,
                                               persist_directory=str(home)))
    db.similarity_search(qs[0], k=4)
    times = []
    for q in qs:
        t = time.perf_counter()
        db.similarity_search(q, k=4)
        times.append(time.perf_counter() - t)
    return percentiles(times)


def tagger_speed(corpus: Path, limit_bytes: int = 2_000_000) -> dict[str, Any]:
    from slant.framing import tag

    texts, size = [], 0
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        size += len(text.encode("utf-8"))
        if size >= limit_bytes:
            break
    tag(texts[0])  # warm up (lexicons load once)
    started = time.perf_counter()
    spans = sum(len(tag(text)) for text in texts)
    seconds = time.perf_counter() - started
    return {"mb": round(size / 1e6, 2), "mb_per_s": round(size / 1e6 / seconds, 3), "spans": spans}


def ask_timings(home: Path, embeddings: str, llm: str, qs: list[str]) -> dict[str, Any]:
    from slant.service import build_engine, open_store

    settings = Settings.load(home=home, embeddings=embeddings, llm=llm,
                             models_dir=PROJECT_ROOT / ".slant" / "models")
    engine = build_engine(settings, store=open_store(settings))
    first, total = [], []
    for q in qs:
        answer = engine.ask(q)
        first.append(answer.timings["first_token_s"])
        total.append(answer.timings["total_s"])
    return {"questions": len(qs), "first_token_s": [round(x, 2) for x in first],
            "total_s": [round(x, 2) for x in total],
            "first_token_median_s": round(statistics.median(first), 2),
            "total_median_s": round(statistics.median(total), 2)}


def ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


def run(
    sizes: list[int], embeddings: str, llm: str | None, workdir: Path, n_questions: int, seed: int
) -> dict[str, Any]:
    results: dict[str, Any] = {"embeddings": embeddings, "seed": seed, "sizes": {}}
    qs = questions(n_questions, seed)
    for size in sizes:
        corpus = workdir / f"corpus-{size}"
        started = time.perf_counter()
        corpus_bytes = write_corpus(corpus, size, seed)
        print(f"[{size}] corpus written: {corpus_bytes / 1e6:.1f} MB in {time.perf_counter() - started:.1f}s",
              file=sys.stderr, flush=True)
        slant_ingest = in_child("slant", corpus, workdir / f"slant-{size}", embeddings)
        print(f"[{size}] slant ingest: {slant_ingest}", file=sys.stderr, flush=True)
        lc_ingest = in_child("langchain", corpus, workdir / f"langchain-{size}", embeddings)
        print(f"[{size}] langchain ingest: {lc_ingest}", file=sys.stderr, flush=True)
        slant_retrieval = retrieval_slant(workdir / f"slant-{size}", embeddings, qs)
        lc_retrieval = retrieval_langchain(workdir / f"langchain-{size}", embeddings, qs)
        print(f"[{size}] retrieval: slant {slant_retrieval} langchain {lc_retrieval}", file=sys.stderr, flush=True)
        entry: dict[str, Any] = {
            "corpus_mb": round(corpus_bytes / 1e6, 2),
            "ingest": {"slant": slant_ingest, "langchain": lc_ingest,
                       "ratio_chunks_per_s": ratio(slant_ingest["chunks_per_s"], lc_ingest["chunks_per_s"]),
                       "ratio_docs_per_s": ratio(slant_ingest["docs_per_s"], lc_ingest["docs_per_s"]),
                       "ratio_peak_rss": ratio(slant_ingest["peak_rss_mb"], lc_ingest["peak_rss_mb"])},
            "retrieval": {"questions": len(qs), "slant_hybrid": slant_retrieval, "langchain_similarity": lc_retrieval,
                          "ratio_p50": ratio(slant_retrieval["p50_ms"], lc_retrieval["p50_ms"]),
                          "ratio_p95": ratio(slant_retrieval["p95_ms"], lc_retrieval["p95_ms"])},
        }
        if size == sizes[0]:
            results["tagger"] = tagger_speed(corpus)
            print(f"tagger: {results['tagger']}", file=sys.stderr, flush=True)
            if llm:
                entry["ask"] = ask_timings(workdir / f"slant-{size}", embeddings, llm, qs[:3])
                print(f"[{size}] ask: {entry['ask']}", file=sys.stderr, flush=True)
        results["sizes"][str(size)] = entry
    results["parent_peak_rss_mb"] = round(peak_rss_mb(), 1)
    return results


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, corpus, home, embeddings = sys.argv[2:6]
        work = ingest_slant if kind == "slant" else ingest_langchain
        print(json.dumps(work(Path(corpus), Path(home), embeddings)))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes in documents (default 1000,10000)")
    parser.add_argument("--embeddings", default="hashing", choices=["hashing", "local"],
                        help="hashing (no model: measures everything else) or local (MiniLM, slow)")
    parser.add_argument("--llm", default=None, help="also time `ask` with this model, e.g. local (off by default)")
    parser.add_argument("--questions", type=int, default=100, help="retrieval questions per size (default 100)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--workdir", type=Path, help="keep corpora and stores here (default: a temp dir, removed)")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="slant-bench-"))
    try:
        results = run(sizes, args.embeddings, args.llm, workdir, args.questions, args.seed)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
