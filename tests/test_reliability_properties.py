"""Property-based tests beyond the ones next to each module.

Already covered elsewhere: sentence spans and chunks at one size (test_chunking), ``locate``
never failing (test_quotes), tagger spans on text mixed with lexicon words
(test_framing_offsets). Added here: chunking at any size and overlap, quote alignment
finding the right occurrence, the tagger on case-folding and width-changing characters,
and the whole file -> ingest -> retrieve -> cite path on random documents.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from fakes import ScriptedChatModel, numbered_sentences
from slant.answer import AnswerEngine
from slant.chunking import chunk_text
from slant.config import Settings
from slant.corpus import load_document
from slant.embeddings import HashingEmbeddings
from slant.framing import TECHNIQUES, tag
from slant.prompts import load_prompt
from slant.quotes import check_quotes, locate
from slant.retrieval import HybridRetriever
from slant.service import ANSWER_PROMPT
from slant.store import Store

# Words and separators that stress sentence splitting, token cutting and case folding.
_WORDS = st.one_of(
    st.text(min_size=1, max_size=12),
    st.sampled_from([
        "Mr.", "U.S.", "3.5", "“quoted”", "’s", "thugs", "so-called", "killer army", "İstanbul", "STRASSE",
        "straße", "ﬁnance", "ǅemal", "ＴＨＵＧＳ", "e\u0301", "👩‍👩‍👧", "\u200b", "…", "!?", "Ⅻ", "\ufeff",
    ]),
)
_SEPARATORS = st.sampled_from([" ", "  ", ". ", "! ", "? ", "\n", "\n\n", ".\n", " — ", "\t", "\u00a0", "\u2028"])
NEWSY = st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=120).map(lambda parts: "".join(a + b for a, b in parts))
TEXT = st.one_of(st.text(max_size=600), NEWSY)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.integers(min_value=1, max_value=120), st.data())
def test_chunks_at_any_size_and_overlap_index_the_text(text: str, size: int, data: st.DataObject) -> None:
    overlap = data.draw(st.integers(min_value=0, max_value=size - 1), label="overlap")
    chunks = chunk_text("doc.txt", text, size=size, overlap=overlap)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert len({c.id for c in chunks}) == len(chunks)
    for chunk in chunks:
        assert 0 <= chunk.start < chunk.end <= len(text)
        assert text[chunk.start:chunk.end] == chunk.text
    starts = [c.start for c in chunks]
    assert starts == sorted(starts)
    covered = set(itertools.chain.from_iterable(range(c.start, c.end) for c in chunks))
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered  # nothing dropped
    assert chunk_text("doc.txt", text, size=size, overlap=overlap) == chunks  # deterministic


@pytest.mark.parametrize(("size", "overlap"), [(0, 0), (5, 5), (5, -1)], ids=["zero", "overlap=size", "negative"])
def test_impossible_chunk_sizes_are_refused(size: int, overlap: int) -> None:
    with pytest.raises(ValueError, match="size"):
        chunk_text("d", "Some text.", size=size, overlap=overlap)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.data())
def test_a_slice_of_the_text_is_located_exactly_where_the_scan_starts(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)), label="start")
    end = data.draw(st.integers(min_value=start, max_value=len(text)), label="end")
    phrase = text[start:end]
    assume(phrase.strip())
    first_visible = start + (len(phrase) - len(phrase.lstrip()))
    hit = locate(text, phrase, start)
    assert hit is not None
    assert hit[0] == first_visible  # scanning forward maps a repeated phrase to this occurrence
    assert hit[0] < hit[1] <= len(text)
    first = locate(text, phrase)
    assert first is not None and first[0] <= first_visible


@settings(max_examples=80, deadline=None)
@given(st.lists(TEXT.filter(lambda t: bool(t.strip())), min_size=1, max_size=4), st.data())
def test_quote_checks_report_document_offsets_for_every_quoted_slice(texts: list[str], data: st.DataObject) -> None:
    from slant.answer import Sentence

    sentences = [Sentence(n=i + 1, doc=f"d{i}", title="t", start=0, end=len(t), text=t) for i, t in enumerate(texts)]
    pick = data.draw(st.integers(min_value=0, max_value=len(texts) - 1), label="doc")
    text = texts[pick]
    start = data.draw(st.integers(min_value=0, max_value=len(text)), label="start")
    end = data.draw(st.integers(min_value=start, max_value=min(len(text), start + 60)), label="end")
    phrase = " ".join(text[start:end].split())
    assume(len(phrase) >= 3 and not any(q in phrase for q in "\"“”‘’"))
    checks = check_quotes(f"It says “{phrase}” [1].", sentences, {s.doc: s.text for s in sentences}.get)
    for check in checks:  # a phrase ending in punctuation may be trimmed; whatever is checked is located
        if check.found:
            assert check.doc is not None and check.start is not None and check.end is not None
            source = texts[int(check.doc[1:])]
            assert 0 <= check.start < check.end <= len(source)
            assert locate(source[check.start:check.end], check.text) == (0, check.end - check.start)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=2000), NEWSY))
def test_tagger_spans_are_valid_on_any_text(text: str) -> None:
    spans = tag(text)
    last_end = 0
    for i, span in enumerate(spans):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
        assert span.technique in TECHNIQUES
        if span.start < last_end:  # a second label on the same words: a repetition
            previous = spans[i - 1]
            assert (span.start, span.end, span.technique) == (previous.start, previous.end, "Repetition")
        last_end = max(last_end, span.end)


def test_tagger_offsets_survive_characters_that_change_length_when_lowered() -> None:
    # "İ".lower() is two characters; a tagger that searched lowered text would shift offsets.
    text = "İİİİ the thugs came. ẞ STRASSE: those thugs again."
    spans = tag(text)
    labels = [s for s in spans if "thug" in s.text.lower() and s.technique != "Repetition"]
    assert [text[s.start:s.end].lower() for s in labels] == ["thugs", "thugs"]
    for span in spans:
        assert text[span.start:span.end] == span.text


# ---- the whole path on random documents ----------------------------------------------------

_COUNTER = itertools.count()


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """One store for every example (a fresh Chroma per example would be slow); ids never repeat."""
    home = tmp_path_factory.mktemp("props") / "home"
    return Store(Settings.load(home=home, embeddings="hashing"), HashingEmbeddings(), "hashing-256", create=True)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
# A leading byte-order mark is dropped on reading, so "\ufeff " is an empty file (a clear error).
@given(st.lists(NEWSY.filter(lambda t: bool(t.removeprefix("\ufeff").strip()) and "\x00" not in t),
                min_size=1, max_size=3),
       st.integers(min_value=0, max_value=10_000))
def test_random_documents_survive_ingest_retrieval_and_citation(
    shared_store: Store, tmp_path_factory: pytest.TempPathFactory, texts: list[str], pick: int
) -> None:
    folder = tmp_path_factory.mktemp("docs")
    documents = []
    for text in texts:
        path: Path = folder / f"random_{next(_COUNTER)}.txt"
        path.write_bytes(text.encode("utf-8"))
        documents.append(load_document(path))
    report = shared_store.ingest(documents)
    assert report.added == len(documents)

    for document in documents:
        stored = shared_store.document(document.id)
        assert stored is not None and stored.text == document.text  # exact round trip through Chroma
        assert shared_store.stored_hashes()[document.id] == document.sha256
    texts_by_id = {d.id: d.text for d in documents}
    mine = [c for c in shared_store.iter_chunks() if c.doc_id in texts_by_id]
    assert {c.id for c in mine} == {c.id for d in documents for c in chunk_text(d.id, d.text)}
    for chunk in mine:
        assert texts_by_id[chunk.doc_id][chunk.start:chunk.end] == chunk.text

    words = [w for d in documents for w in d.text.split()]
    question = f"What about {words[pick % len(words)]}?" if words else "What happened?"
    retriever = HybridRetriever(shared_store, k=4)
    for passage in retriever.retrieve(question):
        source = shared_store.document(passage.chunk.doc_id)
        assert source is not None and source.text[passage.chunk.start:passage.chunk.end] == passage.chunk.text

    model = ScriptedChatModel(script=lambda m: " ".join(f"Claim [{n}]." for n in numbered_sentences(m)) or "x",
                              calls=[])
    engine = AnswerEngine(retriever, model, load_prompt(ANSWER_PROMPT, Settings().prompts_dir), annotate=None)
    try:
        answer = engine.ask(question)
    except Exception as exc:  # only a refused question is acceptable
        from slant.errors import InputError

        assert isinstance(exc, InputError), exc
        return
    for citation in answer.citations:
        source = shared_store.document(citation.doc)
        assert source is not None and source.text[citation.start:citation.end] == citation.quote
