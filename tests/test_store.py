from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEEDS
from slant.config import Settings
from slant.corpus import Document, iter_documents
from slant.embeddings import HashingEmbeddings
from slant.errors import EmbeddingMismatchError, EmptyStoreError
from slant.store import Store


def test_asking_an_empty_home_names_the_fix(settings: Settings) -> None:
    with pytest.raises(EmptyStoreError, match="slant ingest"):
        Store(settings, HashingEmbeddings(), "hashing-256")
    assert not settings.store_dir.exists()  # opening to read creates nothing


def test_ingest_is_idempotent(seeded_store: Store) -> None:
    chunks = seeded_store.chunk_count()
    report = seeded_store.ingest(iter_documents([SEEDS]))
    assert (report.added, report.updated, report.unchanged) == (0, 0, 5)
    assert seeded_store.chunk_count() == chunks
    assert seeded_store.document_count() == 5


def test_a_changed_document_replaces_its_chunks(empty_store: Store) -> None:
    long = Document(id="a.txt", text="Alpha sentence one. " * 300, title="A")
    empty_store.ingest([long, Document(id="b.txt", text="Beta text here.", title="B")])
    before = empty_store.chunk_count()
    report = empty_store.ingest([Document(id="a.txt", text="Short now.", title="A")])
    assert report.updated == 1
    assert empty_store.chunk_count() == 2 < before
    stored = empty_store.document("a.txt")
    assert stored is not None and stored.text == "Short now."
    assert {c.doc_id for c in empty_store.iter_chunks()} == {"a.txt", "b.txt"}


def test_stored_chunks_index_the_original_text(seeded_store: Store) -> None:
    texts = {d.id: d.text for d in seeded_store.documents()}
    chunks = list(seeded_store.iter_chunks())
    assert len(chunks) == seeded_store.chunk_count()
    for chunk in chunks:
        assert texts[chunk.doc_id][chunk.start:chunk.end] == chunk.text


def test_interrupted_ingest_is_completed_by_rerunning(empty_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = list(iter_documents([SEEDS]))
    real_upsert = empty_store._docs.upsert
    calls = {"n": 0}

    def crash_on_second_batch(**kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # killed after the chunks of batch 2, before its records
        real_upsert(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(empty_store._docs, "upsert", crash_on_second_batch)
    with pytest.raises(KeyboardInterrupt):
        empty_store.ingest(docs, batch_chunks=10)
    monkeypatch.undo()
    empty_store.ingest(docs, batch_chunks=10)

    clean = Store(
        Settings.load(home=empty_store.settings.home.parent / "clean", embeddings="hashing"),
        HashingEmbeddings(), "hashing-256", create=True,
    )
    clean.ingest(docs)
    assert sorted(c.id for c in empty_store.iter_chunks()) == sorted(c.id for c in clean.iter_chunks())
    assert empty_store.stored_hashes() == clean.stored_hashes()


def test_another_embedding_model_is_refused(seeded_store: Store) -> None:
    with pytest.raises(EmbeddingMismatchError, match="hashing-256"):
        Store(seeded_store.settings, HashingEmbeddings(), "sentence-transformers/all-MiniLM-L6-v2")


def test_rebuild_keeps_the_old_store_aside(seeded_store: Store, tmp_path: Path) -> None:
    from slant.store import reset

    message = reset(seeded_store.settings)
    assert message and "old store kept at" in message
    kept = Path(message.rsplit(" ", 1)[1])
    assert (kept / "chroma.sqlite3").exists()
