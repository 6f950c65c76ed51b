"""The Chroma store: chunks with their embeddings, and the documents they come from.

Two collections: ``<name>`` holds chunks (through langchain-chroma) and records which
embedding model built it; ``<name>_docs`` holds each document's full text and metadata,
written *after* its chunks, so an ingest killed half-way is finished by the next one.
The store is embedded (a folder) by default, or a Chroma server reached over HTTP.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

from langchain_core.embeddings import Embeddings

from slant.chunking import Chunk, chunk_text
from slant.config import Settings
from slant.corpus import Document
from slant.errors import EmbeddingMismatchError, EmptyStoreError, ModelError, StoreError

log = logging.getLogger(__name__)

EMBEDDING_KEY = "embedding_model"
LOW_SPACE_BYTES = 32 * 1024 * 1024
"""Below this much free space, an unexplained Chroma write error is taken as a full disk."""
_CLIENTS: dict[str, Any] = {}
_T = TypeVar("_T")
_CLIENTS_LOCK = threading.Lock()


@dataclass
class IngestReport:
    """What one ingest did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    chunks: int = 0
    seconds: float = 0.0


def _client(settings: Settings, create: bool) -> Any:
    """A Chroma client (cached per location: Chroma allows one per path per process)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        key = settings.chroma_url
        if key not in _CLIENTS:
            try:
                _CLIENTS[key] = chromadb.HttpClient(
                    host=url.hostname or "127.0.0.1",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=chroma_settings,
                )
            except Exception:
                raise StoreError(
                    f"cannot reach the Chroma server at {settings.chroma_url}; start it "
                    "(`chroma run --host 127.0.0.1`) or unset SLANT_CHROMA_URL."
                ) from None
        return _CLIENTS[key]
    path = settings.store_dir.resolve()
    if not create and not (path / "chroma.sqlite3").exists():
        raise EmptyStoreError(
            f"nothing has been ingested into {settings.home} yet; run `slant ingest` first."
        )
    with _CLIENTS_LOCK:
        if str(path) not in _CLIENTS:
            try:
                path.mkdir(parents=True, exist_ok=True)
                _CLIENTS[str(path)] = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
            except PermissionError:
                raise StoreError(
                    f"cannot write to {path}; make it writable or set SLANT_HOME to another folder."
                ) from None
            except Exception as exc:
                raise write_problem(path, exc, path) or damaged(path, exc) from None
    return _CLIENTS[str(path)]


def write_problem(location: Path | str, exc: BaseException, folder: Path | None) -> StoreError | None:
    """The error for a read-only or full store, or None when ``exc`` is neither.

    Chroma reports a full disk only indirectly (e.g. "Error in compaction: Failed to apply
    logs to the metadata segment"), so for an embedded store the free space is checked too.
    """
    log.debug("store error: %r", exc)
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StoreError(f"the store at {location} is read-only; make it writable or set SLANT_HOME.")
    if ("disk" in text and "full" in text) or "no space left" in text or _low_on_space(folder):
        return StoreError(f"the disk holding {location} is full; free space and retry.")
    return None


def _low_on_space(folder: Path | None) -> bool:
    while folder is not None and not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return folder is not None and shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def damaged(path: Path | str, exc: BaseException) -> StoreError:
    """The error for a store Chroma cannot read (``write_problem`` has logged ``exc``)."""
    return StoreError(
        f"the store at {path} cannot be read ({type(exc).__name__}); rebuild it with "
        "`slant ingest --rebuild` (the old folder is kept aside)."
    )


def forget_clients() -> None:
    """Drop cached clients (tests, and after a rebuild moves the folder away)."""
    with _CLIENTS_LOCK:
        _CLIENTS.clear()


class Store:
    """Chunks and documents in Chroma, searched with one embedding model."""

    def __init__(self, settings: Settings, embeddings: Embeddings, embedding_id: str, create: bool = False):
        """Open (or, with ``create``, create) the store.

        Raises:
            EmptyStoreError: Nothing was ingested and ``create`` is false.
            EmbeddingMismatchError: The store was built with another embedding model.
            StoreError: The store cannot be reached, read or written.

        """
        from langchain_chroma import Chroma

        self.settings = settings
        self.embeddings = embeddings
        self.embedding_id = embedding_id
        self._client = _client(settings, create)
        try:
            existing = {c.name if hasattr(c, "name") else str(c) for c in self._client.list_collections()}
            if settings.collection not in existing and not create:
                raise EmptyStoreError(
                    f"nothing has been ingested into {self.location} yet; run `slant ingest` first."
                )
            self._chunks = self._client.get_or_create_collection(
                settings.collection,
                metadata={"hnsw:space": "cosine", EMBEDDING_KEY: embedding_id},
                embedding_function=None,
            )
            self._docs = self._client.get_or_create_collection(
                f"{settings.collection}_docs", embedding_function=None
            )
        except StoreError:
            raise
        except Exception as exc:
            raise self._translate(exc) from None
        built_with = (self._chunks.metadata or {}).get(EMBEDDING_KEY)
        if built_with and built_with != embedding_id:
            raise EmbeddingMismatchError(
                f"the store was built with {built_with}, not {embedding_id}; use the same "
                "--embeddings, or rebuild with `slant ingest --rebuild`."
            )
        self.vectors = Chroma(
            client=self._client,
            collection_name=settings.collection,
            embedding_function=embeddings,
            create_collection_if_not_exists=False,
        )

    @property
    def location(self) -> str:
        """Where the store lives, for messages."""
        return self.settings.chroma_url or str(self.settings.store_dir)

    def _embed(self, call: Callable[[], _T]) -> _T:
        """Run an embedding call: its failures are the model's, never reported as a damaged store.

        Their text is not logged either: a server's error may echo the API key it was sent.
        """
        from slant.llm import model_errors

        try:
            with model_errors(self.embedding_id):
                return call()
        except ModelError:
            raise
        except Exception as exc:
            raise ModelError(
                f"the embedding model {self.embedding_id} failed ({type(exc).__name__}); check it and retry."
            ) from None

    def _translate(self, exc: BaseException) -> StoreError:
        folder = None if self.settings.chroma_url else self.settings.store_dir
        problem = write_problem(self.location, exc, folder)
        if problem:
            return problem
        text = str(exc).lower()
        if self.settings.chroma_url and ("connect" in text or "refused" in text):
            return StoreError(
                f"cannot reach the Chroma server at {self.settings.chroma_url}; start it or unset SLANT_CHROMA_URL."
            )
        return damaged(self.location, exc)

    # ---- documents -------------------------------------------------------------------

    def document_count(self) -> int:
        """Number of fully ingested documents."""
        return int(self._docs.count())

    def chunk_count(self) -> int:
        """Number of stored chunks."""
        return int(self._chunks.count())

    def document(self, doc_id: str) -> Document | None:
        """A stored document with its full text, or None."""
        got = self._docs.get(ids=[doc_id], include=["documents", "metadatas"])
        if not got["ids"]:
            return None
        return _to_document(doc_id, got["documents"][0], got["metadatas"][0] or {})

    def document_infos(self, ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        """Metadata (title, outlet, author, date, sha256, chunks) by document id, no texts."""
        ids = list(ids) if ids is not None else None
        if ids == []:
            return {}
        got = self._docs.get(ids=ids, include=["metadatas"])
        return {i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"], strict=True)}

    def documents(self) -> list[Document]:
        """Every stored document, sorted by id."""
        got = self._docs.get(include=["documents", "metadatas"])
        docs = [
            _to_document(i, text, meta or {})
            for i, text, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        return sorted(docs, key=lambda d: d.id)

    def stored_hashes(self) -> dict[str, str]:
        """Document id -> content SHA-256 of every completed document."""
        got = self._docs.get(include=["metadatas"])
        return {i: str((m or {}).get("sha256", "")) for i, m in zip(got["ids"], got["metadatas"], strict=True)}

    # ---- chunks ----------------------------------------------------------------------

    def iter_chunks(self, batch: int = 5000) -> Iterator[Chunk]:
        """Every stored chunk, in pages (for the keyword index)."""
        offset = 0
        while True:
            got = self._chunks.get(include=["documents", "metadatas"], limit=batch, offset=offset)
            if not got["ids"]:
                return
            for text, meta in zip(got["documents"], got["metadatas"], strict=True):
                yield _to_chunk(text, meta or {})
            offset += len(got["ids"])

    def vector_search(self, query: str, k: int) -> list[tuple[Chunk, float]]:
        """The ``k`` chunks nearest the query, with cosine distance (lower is closer)."""
        vector = self._embed(lambda: self.embeddings.embed_query(query))
        try:
            found = self.vectors.similarity_search_by_vector_with_relevance_scores(vector, k=k)
        except Exception as exc:
            raise self._translate(exc) from None
        return [(_to_chunk(doc.page_content, doc.metadata), float(score)) for doc, score in found]

    # ---- ingest ----------------------------------------------------------------------

    def ingest(
        self,
        documents: Iterable[Document],
        on_document: Callable[[Document, str], None] | None = None,
        batch_chunks: int = 512,
    ) -> IngestReport:
        """Add or update documents; unchanged ones are skipped; nothing is duplicated.

        Chunks are embedded in batches across documents. A document's record is written
        after all its chunks, so an interrupted ingest is completed by running it again.

        Args:
            documents: Documents to ingest (an iterator: the corpus is never all in memory).
            on_document: Called with each document and "added", "updated" or "unchanged".
            batch_chunks: Chunks embedded per call to the embedding model.

        """
        started = time.perf_counter()
        report = IngestReport()
        known = self.stored_hashes()
        pending: list[tuple[Document, list[Chunk], str]] = []
        pending_chunks = 0
        for document in documents:
            if known.get(document.id) == document.sha256:
                report.unchanged += 1
                if on_document:
                    on_document(document, "unchanged")
                continue
            status = "updated" if document.id in known else "added"
            chunks = chunk_text(document.id, document.text, self.settings.chunk_tokens, self.settings.chunk_overlap)
            pending.append((document, chunks, status))
            pending_chunks += len(chunks)
            if pending_chunks >= batch_chunks:
                self._flush(pending, report, on_document)
                pending, pending_chunks = [], 0
        self._flush(pending, report, on_document)
        report.seconds = time.perf_counter() - started
        return report

    def _flush(
        self,
        pending: list[tuple[Document, list[Chunk], str]],
        report: IngestReport,
        on_document: Callable[[Document, str], None] | None,
    ) -> None:
        if not pending:
            return
        chunks = [chunk for _, doc_chunks, _ in pending for chunk in doc_chunks]
        vectors = self._embed(lambda: self.embeddings.embed_documents([c.text for c in chunks])) if chunks else []
        try:
            for document, _, _ in pending:
                self._chunks.delete(where={"doc_id": document.id})
            if chunks:
                self._chunks.upsert(
                    ids=[c.id for c in chunks],
                    documents=[c.text for c in chunks],
                    embeddings=vectors,  # type: ignore[arg-type]
                    metadatas=[_chunk_metadata(c, d) for d, cs, _ in pending for c in cs],
                )
            self._docs.upsert(
                ids=[d.id for d, _, _ in pending],
                documents=[d.text for d, _, _ in pending],
                embeddings=[[1.0]] * len(pending),  # the docs collection is never searched
                metadatas=[_document_metadata(d, len(cs)) for d, cs, _ in pending],
            )
        except StoreError:
            raise
        except Exception as exc:
            raise self._translate(exc) from None
        for document, doc_chunks, status in pending:
            report.chunks += len(doc_chunks)
            if status == "added":
                report.added += 1
            else:
                report.updated += 1
            if on_document:
                on_document(document, status)


def _document_metadata(document: Document, chunks: int) -> dict[str, Any]:
    meta: dict[str, Any] = {k: v for k, v in document.meta.items() if v}
    meta.update(title=document.title, sha256=document.sha256, chunks=chunks)
    for key in ("outlet", "author", "date"):
        value = getattr(document, key)
        if value:
            meta[key] = value
    return meta


def _chunk_metadata(chunk: Chunk, document: Document) -> dict[str, Any]:
    return {
        "doc_id": chunk.doc_id,
        "index": chunk.index,
        "start": chunk.start,
        "end": chunk.end,
        "title": document.title,
    }


def _to_document(doc_id: str, text: str, meta: dict[str, Any]) -> Document:
    known = {"title", "outlet", "author", "date", "sha256", "chunks"}
    return Document(
        id=doc_id,
        text=text,
        title=str(meta.get("title") or doc_id),
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        date=meta.get("date"),
        meta={k: str(v) for k, v in meta.items() if k not in known},
    )


def _to_chunk(text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(
        doc_id=str(meta["doc_id"]),
        index=int(meta["index"]),
        start=int(meta["start"]),
        end=int(meta["end"]),
        text=text,
    )


def reset(settings: Settings) -> str | None:
    """Clear the store before a rebuild; say where the old data went, if anywhere.

    An embedded store folder is moved aside (kept, never deleted); on a Chroma server the
    two collections are dropped.
    """
    if settings.chroma_url:
        client = _client(settings, create=True)
        for name in (settings.collection, f"{settings.collection}_docs"):
            try:
                client.delete_collection(name)
            except Exception:
                log.debug("no collection %s to drop", name)
        return None
    forget_clients()
    path = settings.store_dir
    if not path.exists():
        return None
    target = path.with_name(f"{path.name}.old-{time.strftime('%Y%m%d-%H%M%S')}")
    shutil.move(str(path), str(target))
    return f"old store kept at {target}"
