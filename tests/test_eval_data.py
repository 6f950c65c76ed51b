"""Integrity checks for the gold evaluation sets in evals/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EVALS = ROOT / "evals"

# SemEval-2020 Task 11 (PTC) technique names, spelled as in DESIGN.md.
TECHNIQUES = frozenset({
    "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Exaggeration,Minimisation",
    "Doubt", "Appeal_to_fear-prejudice", "Flag-Waving", "Causal_Oversimplification",
    "Slogans", "Appeal_to_Authority", "Black-and-White_Fallacy",
    "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring",
    "Bandwagon,Reductio_ad_hitlerum",
})
QA_TYPES = frozenset({"fact", "cross", "framing", "unanswerable"})


def _jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def docs() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def qa() -> list[dict[str, Any]]:
    return _jsonl(EVALS / "qa.jsonl")


@pytest.fixture(scope="module")
def framing() -> list[dict[str, Any]]:
    return _jsonl(EVALS / "framing.jsonl")


# ------------------------------------------------------ framing sets (seeds, held-out)

# Gold span file -> the folder its `doc` names are relative to: the seeds' set names bare
# files in seeds/, every other set names "<folder>/<name>.txt" under evals/ ("dev2/...").
FRAMING_SETS = {
    "framing.jsonl": SEEDS,
    **{p.name: EVALS for p in sorted(EVALS.glob("framing_*.jsonl"))},
}


def test_every_framing_set_is_found_and_described() -> None:
    assert {"framing_dev.jsonl", "framing_heldout.jsonl", "framing_heldout4.jsonl"} <= set(FRAMING_SETS)
    guide = (EVALS / "README.md").read_text(encoding="utf-8")
    for name in FRAMING_SETS:
        assert name in guide or name.removeprefix("framing_").removesuffix(".jsonl") + "/" in guide, (
            f"{name} is not described in evals/README.md"
        )
    for name in FRAMING_SETS:
        rows = _jsonl(EVALS / name)
        folders = {row["doc"].rpartition("/")[0] for row in rows}
        if FRAMING_SETS[name] is EVALS:
            assert len(folders) == 1 and (EVALS / folders.pop()).is_dir(), name


@pytest.fixture(scope="module", params=sorted(FRAMING_SETS))
def framing_set(request: pytest.FixtureRequest) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """One gold span set and the text of every document it names."""
    rows = _jsonl(EVALS / request.param)
    base = FRAMING_SETS[request.param]
    texts: dict[str, str] = {}
    for name in {row["doc"] for row in rows if isinstance(row.get("doc"), str)}:
        path = base / name
        if path.is_file():
            texts[name] = path.read_text(encoding="utf-8")
    return rows, texts


def test_framing_fields_and_types(
        framing_set: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    rows, _ = framing_set
    assert rows, "gold span set is empty"
    for row in rows:
        assert set(row) == {"doc", "start", "end", "text", "technique"}, row
        assert isinstance(row["doc"], str)
        assert isinstance(row["start"], int) and isinstance(row["end"], int)
        assert isinstance(row["text"], str) and isinstance(row["technique"], str)
        assert 0 <= row["start"] < row["end"], row


def test_framing_spans_are_exact(
        framing_set: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    rows, texts = framing_set
    for row in rows:
        assert row["doc"] in texts, row
        assert texts[row["doc"]][row["start"]:row["end"]] == row["text"], row
        assert row["text"] == row["text"].strip(), f"untrimmed span: {row}"


def test_framing_techniques_are_valid(
        framing_set: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    rows, _ = framing_set
    bad = {row["technique"] for row in rows} - TECHNIQUES
    assert not bad, f"unknown techniques: {sorted(bad)}"


def test_framing_has_no_duplicates(
        framing_set: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    rows, _ = framing_set
    keys = [(r["doc"], r["start"], r["end"], r["technique"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_framing_covers_every_seed(framing: list[dict[str, Any]], docs: dict[str, str]) -> None:
    assert {row["doc"] for row in framing} == set(docs)
    core = [r for r in framing
            if r["technique"] in {"Loaded_Language", "Name_Calling,Labeling"}]
    assert len(core) >= 80


def test_framing_heldout_set() -> None:
    # 14 passages of 300-700 words, 3+ of them all-neutral; rows sorted by doc, then start.
    rows = _jsonl(EVALS / "framing_heldout.jsonl")
    passages = sorted(p.name for p in (EVALS / "heldout").glob("*.txt"))
    assert len(passages) == 14
    for name in passages:
        words = len((EVALS / "heldout" / name).read_text(encoding="utf-8").split())
        assert 300 <= words <= 700, (name, words)
    annotated = {row["doc"] for row in rows}
    assert annotated <= {f"heldout/{name}" for name in passages}
    assert len(passages) - len(annotated) >= 3, "needs all-neutral passages for false alarms"
    assert len(rows) >= 150
    keys = [(r["doc"], r["start"]) for r in rows]
    assert keys == sorted(keys)


# ---------------------------------------------------------------------- qa.jsonl

QA_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "question": str, "reference": str, "reference_quotes": list, "docs": list,
    "answerable": bool, "key_facts": list, "type": str,
}


def test_qa_fields_and_types(qa: list[dict[str, Any]]) -> None:
    for item in qa:
        assert set(item) == set(QA_FIELDS), item.get("id")
        for name, kind in QA_FIELDS.items():
            assert isinstance(item[name], kind), (item["id"], name)
        assert item["question"].strip() and item["reference"].strip(), item["id"]
        assert all(isinstance(q, str) and q for q in item["reference_quotes"]), item["id"]
        assert all(isinstance(k, str) and k == k.lower() for k in item["key_facts"]), item["id"]
        assert item["type"] in QA_TYPES, item["id"]


def test_qa_ids_unique(qa: list[dict[str, Any]]) -> None:
    ids = [item["id"] for item in qa]
    assert len(ids) == len(set(ids))


def test_qa_sizes(qa: list[dict[str, Any]]) -> None:
    assert len(qa) >= 40
    assert sum(not item["answerable"] for item in qa) >= 6
    for kind in QA_TYPES:
        assert any(item["type"] == kind for item in qa), kind


def test_qa_answerable_matches_type(qa: list[dict[str, Any]]) -> None:
    for item in qa:
        unanswerable = item["type"] == "unanswerable"
        assert item["answerable"] is not unanswerable, item["id"]
        if unanswerable:
            assert item["reference_quotes"] == [] and item["docs"] == [], item["id"]
        else:
            assert item["reference_quotes"] and item["docs"], item["id"]
            assert 1 <= len(item["key_facts"]) <= 4, item["id"]


def test_qa_quotes_are_verbatim(qa: list[dict[str, Any]], docs: dict[str, str]) -> None:
    for item in qa:
        for name in item["docs"]:
            assert name in docs, (item["id"], name)
        for quote in item["reference_quotes"]:
            assert any(quote in docs[name] for name in item["docs"]), (item["id"], quote)


def test_qa_key_facts_are_in_reference(qa: list[dict[str, Any]]) -> None:
    # A key fact a correct answer must contain should at least be in the reference answer.
    for item in qa:
        reference = item["reference"].lower()
        for fact in item["key_facts"]:
            assert fact in reference, (item["id"], fact)
