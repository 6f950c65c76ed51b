from __future__ import annotations

from slant.chunking import Chunk
from slant.retrieval import HybridRetriever, KeywordIndex, fuse
from slant.store import Store


def _chunk(i: int, text: str) -> Chunk:
    return Chunk(doc_id=f"d{i}", index=0, start=0, end=len(text), text=text)


def test_bm25_prefers_rare_matching_terms() -> None:
    index = KeywordIndex([
        _chunk(1, "The army moved north."),
        _chunk(2, "Palmyra was retaken by the army."),
        _chunk(3, "Nothing relevant here at all."),
    ])
    hits = index.search("Who retook Palmyra?", 3)
    assert hits[0][0].doc_id == "d2"
    assert all(h[0].doc_id != "d3" for h in hits)
    assert index.search("zzz", 3) == []


def test_fusion_rewards_agreement() -> None:
    a, b, c = _chunk(1, "a"), _chunk(2, "b"), _chunk(3, "c")
    fused = fuse([(a, 0.1), (b, 0.2)], [(b, 9.0), (c, 5.0)], k=3)
    assert [p.chunk.doc_id for p in fused] == ["d2", "d1", "d3"]
    assert fused[0].vector_rank == 2 and fused[0].keyword_rank == 1


def test_hybrid_finds_the_seed_about_palmyra(seeded_store: Store) -> None:
    retriever = HybridRetriever(seeded_store, k=4)
    passages = retriever.retrieve("anti-aircraft machine guns withdrawn from Palmyra to Raqqa")
    assert passages[0].chunk.doc_id == "002_e8894783bb472cdf.txt"
    docs = retriever.as_langchain().invoke("Palmyra artillery")
    assert docs and {"doc_id", "start", "end"} <= set(docs[0].metadata)


def test_keyword_index_follows_new_documents(seeded_store: Store) -> None:
    from slant.corpus import Document

    retriever = HybridRetriever(seeded_store, k=2)
    retriever.retrieve("anything")
    seeded_store.ingest([Document(id="new.txt", text="Zanzibar flotilla sighted offshore.", title="New")])
    assert retriever.retrieve("Zanzibar flotilla")[0].chunk.doc_id == "new.txt"
