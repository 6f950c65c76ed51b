"""Hybrid retrieval: Chroma vector search plus BM25 keyword search, fused by reciprocal rank.

Vectors find paraphrases; keywords find names and rare terms ("Palmyra", "Deir ez-Zour")
that small embedding models blur. Reciprocal rank fusion needs no score calibration.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever

from slant.chunking import Chunk
from slant.store import Store

_WORD = re.compile(r"\w+", re.UNICODE)
STOPWORDS = frozenset(
    "a an and are as at be been but by did do does for from had has have he her his "
    "how i if in into is it its of on or our she so than that the their them then "
    "there these they this those to was we were what when where which who whom why "
    "will with would you your about any can could should s t not no".split()
)
RRF_K = 60


def terms(text: str) -> list[str]:
    """Lower-cased word tokens without stopwords."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its fused score and where each search ranked it."""

    chunk: Chunk
    score: float
    vector_rank: int | None
    keyword_rank: int | None


class KeywordIndex:
    """BM25 (Okapi) over chunks with an inverted index of numpy arrays.

    Each term's postings hold the chunk indices and their precomputed BM25 term weights,
    so a query costs one vectorised add per query term.
    """

    def __init__(self, chunks: Iterable[Chunk], k1: float = 1.5, b: float = 0.75):
        """Index the chunks."""
        self.chunks: list[Chunk] = []
        lengths: list[int] = []
        raw: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for chunk in chunks:
            index = len(self.chunks)
            counts = Counter(terms(chunk.text))
            self.chunks.append(chunk)
            lengths.append(sum(counts.values()))
            for term, count in counts.items():
                indices, tfs = raw[term]
                indices.append(index)
                tfs.append(count)
        length = np.asarray(lengths, dtype=np.float32)
        average = float(length.mean()) if len(length) else 1.0
        norm = k1 * (1 - b + b * length / (average or 1.0))
        self.postings: dict[str, tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]] = {}
        for term, (indices, tfs) in raw.items():
            idx = np.asarray(indices, dtype=np.int32)
            tf = np.asarray(tfs, dtype=np.float32)
            self.postings[term] = (idx, (tf * (k1 + 1) / (tf + norm[idx])).astype(np.float32))

    def __len__(self) -> int:
        return len(self.chunks)

    def search(self, query: str, k: int) -> list[tuple[Chunk, float]]:
        """The ``k`` best chunks for the query's terms, best first (ties by chunk order)."""
        n = len(self.chunks)
        scores = np.zeros(n, dtype=np.float32)
        for term in set(terms(query)):
            posting = self.postings.get(term)
            if posting is None:
                continue
            indices, weights = posting
            idf = math.log(1 + (n - len(indices) + 0.5) / (len(indices) + 0.5))
            scores[indices] += idf * weights  # indices are unique within a term
        matched = np.flatnonzero(scores)
        if len(matched) > k:
            matched = matched[np.argpartition(-scores[matched], k - 1)[:k]]
        best = sorted(matched.tolist(), key=lambda i: (-float(scores[i]), i))
        return [(self.chunks[i], float(scores[i])) for i in best]


class HybridRetriever:
    """Fuses the store's vector search with a BM25 index over the same chunks."""

    def __init__(self, store: Store, k: int = 4, candidates: int = 20):
        """Search ``candidates`` chunks each way and keep the ``k`` best after fusion."""
        self.store = store
        self.k = k
        self.candidates = candidates
        self._index: KeywordIndex | None = None
        self._indexed_count = -1
        self._lock = threading.Lock()

    def keyword_index(self) -> KeywordIndex:
        """The BM25 index, rebuilt when the store's chunk count changes."""
        with self._lock:
            count = self.store.chunk_count()
            if self._index is None or count != self._indexed_count:
                self._index = KeywordIndex(self.store.iter_chunks())
                self._indexed_count = count
            return self._index

    def retrieve(self, question: str, k: int | None = None) -> list[Passage]:
        """The best ``k`` passages for a question, best first."""
        k = k or self.k
        fetch = max(self.candidates, k)
        vector_hits = self.store.vector_search(question, fetch)
        keyword_hits = self.keyword_index().search(question, fetch)
        return fuse(vector_hits, keyword_hits, k)

    def as_langchain(self) -> BaseRetriever:
        """This retriever as a LangChain ``BaseRetriever`` (chunk offsets in metadata)."""
        return _LangChainRetriever(hybrid=self)


def fuse(
    vector_hits: list[tuple[Chunk, float]], keyword_hits: list[tuple[Chunk, float]], k: int
) -> list[Passage]:
    """Reciprocal rank fusion of two ranked lists of chunks."""
    scores: dict[str, float] = defaultdict(float)
    chunks: dict[str, Chunk] = {}
    vector_rank: dict[str, int] = {}
    keyword_rank: dict[str, int] = {}
    for rank, (chunk, _) in enumerate(vector_hits, start=1):
        scores[chunk.id] += 1 / (RRF_K + rank)
        chunks[chunk.id] = chunk
        vector_rank.setdefault(chunk.id, rank)
    for rank, (chunk, _) in enumerate(keyword_hits, start=1):
        scores[chunk.id] += 1 / (RRF_K + rank)
        chunks[chunk.id] = chunk
        keyword_rank.setdefault(chunk.id, rank)
    best = sorted(scores, key=lambda cid: (-scores[cid], cid))[:k]
    return [Passage(chunks[c], scores[c], vector_rank.get(c), keyword_rank.get(c)) for c in best]


class _LangChainRetriever(BaseRetriever):
    hybrid: Any

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        return [
            LCDocument(
                page_content=p.chunk.text,
                id=p.chunk.id,
                metadata={"doc_id": p.chunk.doc_id, "start": p.chunk.start, "end": p.chunk.end, "score": p.score},
            )
            for p in self.hybrid.retrieve(query)
        ]
