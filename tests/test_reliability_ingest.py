"""Ingest killed with SIGKILL half-way, then re-run, ends exactly as a clean ingest."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from e2e_support import BIN, slant
from slant.config import Settings
from slant.embeddings import HashingEmbeddings
from slant.store import Store

_NAMES = ["Amal Haddad", "Colonel Ahmed", "Maria Lopez", "Senator Reyes", "Dr. Okafor", "Mayor Lindqvist"]
_PLACES = ["Palmyra", "Raqqa", "Aleppo", "Mosul", "Kyiv", "Gaza", "Caracas", "Lagos"]
_VERBS = ["denounced", "praised", "questioned", "defended", "attacked", "welcomed", "dismissed"]
_THINGS = ["the ceasefire", "the so-called reform", "the budget", "the convoy", "the election result",
           "the radical protesters", "the new border policy", "the aid shipment"]


def write_corpus(folder: Path, count: int, sentences: int = 30, seed: int = 6) -> list[Path]:
    """``count`` small deterministic news-like .txt files in ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        lines = [f"{rng.choice(_NAMES)} {rng.choice(_VERBS)} {rng.choice(_THINGS)} in {rng.choice(_PLACES)}"]
        body = [
            f"{rng.choice(_NAMES)} {rng.choice(_VERBS)} {rng.choice(_THINGS)} near {rng.choice(_PLACES)} "
            f"on day {rng.randint(1, 28)}, officials said, citing {rng.randint(2, 900)} witnesses."
            for _ in range(sentences)
        ]
        path = folder / f"article_{i:04d}.txt"
        path.write_text("\n\n".join([*lines, " ".join(body)]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def completed_documents(store_dir: Path) -> int:
    """Documents whose record is written (read straight from sqlite, read-only, while ingest runs)."""
    try:
        with sqlite3.connect(f"file:{store_dir / 'chroma.sqlite3'}?mode=ro", uri=True, timeout=0.2) as db:
            return int(db.execute("SELECT count(*) FROM embedding_metadata WHERE key = 'sha256'").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet, or locked by the writer this instant


def snapshot(home: Path) -> tuple[list[tuple[str, str, int, int, str]], dict[str, str], dict[str, int]]:
    """Every chunk (id, doc, start, end, text) sorted, document hashes, and chunks per document record."""
    store = Store(Settings.load(home=home, embeddings="hashing"), HashingEmbeddings(), "hashing-256")
    chunks = sorted((c.id, c.doc_id, c.start, c.end, c.text) for c in store.iter_chunks())
    recorded = {doc: int(meta["chunks"]) for doc, meta in store.document_infos().items()}
    return chunks, store.stored_hashes(), recorded


@pytest.mark.e2e
def test_ingest_killed_half_way_then_rerun_equals_a_clean_ingest(tmp_path: Path) -> None:
    docs = write_corpus(tmp_path / "docs", 400, sentences=40)
    env = {**os.environ, "SLANT_EMBEDDINGS": "hashing"}
    killed_home = tmp_path / "killed"
    store_dir = killed_home / "chroma"
    done_before_kill = 0
    process = subprocess.Popen(
        [str(BIN / "slant"), "ingest", "--home", str(killed_home), str(tmp_path / "docs")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        while process.poll() is None:
            done_before_kill = completed_documents(store_dir)
            if done_before_kill >= 20:
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL, "ingest finished before it could be killed; grow the corpus"
    assert 20 <= done_before_kill < len(docs)

    rerun = slant("ingest", "--home", str(killed_home), str(tmp_path / "docs"), env={"SLANT_EMBEDDINGS": "hashing"})
    assert rerun.returncode == 0, rerun.stderr
    assert "Traceback" not in rerun.stderr
    # The rerun skipped what was finished and did the rest.
    added = int(rerun.stdout.split("ingested ", 1)[1].split(" new", 1)[0])
    unchanged = int(rerun.stdout.split(" changed, ", 1)[1].split(" unchanged", 1)[0])
    assert unchanged >= 20 and added + unchanged == len(docs), rerun.stdout

    clean = slant("ingest", "--home", str(tmp_path / "clean"), str(tmp_path / "docs"),
                  env={"SLANT_EMBEDDINGS": "hashing"})
    assert clean.returncode == 0, clean.stderr

    killed_chunks, killed_hashes, killed_recorded = snapshot(killed_home)
    clean_chunks, clean_hashes, clean_recorded = snapshot(tmp_path / "clean")
    ids = [c[0] for c in killed_chunks]
    assert len(ids) == len(set(ids)), "duplicate chunks after the rerun"
    assert killed_chunks == clean_chunks  # same ids, offsets and texts: nothing missing, nothing extra
    assert killed_hashes == clean_hashes and len(killed_hashes) == len(docs)
    assert killed_recorded == clean_recorded
    per_doc: dict[str, int] = {}
    for _, doc, *_ in killed_chunks:
        per_doc[doc] = per_doc.get(doc, 0) + 1
    assert per_doc == killed_recorded  # every record's chunk count matches the chunks stored
