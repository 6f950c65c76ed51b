"""The `slant eval` runner on small sets: a scripted chat model, hashing embeddings."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field

from slant.config import PROJECT_ROOT, Settings
from slant.embeddings import HashingEmbeddings
from slant.errors import InputError
from slant.evaluation.runner import evaluate, run_framing, spread
from slant.evaluation.sets import load_set

SEEDS = PROJECT_ROOT / "seeds"
RCIT = "000_eace0d0cce186ef0.txt"

QUESTIONS: list[dict[str, Any]] = [
    {"id": "v1", "question": "Which villages did Daesh occupy, according to the RCIT article?",
     "reference": "Umm Khalakil, Luwaybidah and Musharifah.",
     "reference_quotes": ["As a result the latter were able to occupy today the villages Umm Khalakil, "
                          "Luwaybidah, and Musharifah."],
     "docs": [RCIT], "answerable": True, "key_facts": ["umm khalakil", "musharifah"], "type": "fact"},
    {"id": "v2", "question": "Where did the Assad regime let a convoy of Kurdish YPG fighters go?",
     "reference": "To Afrin.",
     "reference_quotes": ["the Assad regime let a large convoy of Kurdish YPG fighters pass through so "
                          "that they go to Afrin"],
     "docs": [RCIT], "answerable": True, "key_facts": ["afrin"], "type": "fact"},
    {"id": "u1", "question": "What did Bashar al-Assad say in a speech about the ISIS corridor to Idlib?",
     "reference": "The documents do not report any speech.", "reference_quotes": [], "docs": [],
     "answerable": False, "key_facts": [], "type": "unanswerable"},
]
REPLIES = {  # question -> (word the cited sentence holds, reply before the citation)
    "villages": ("Musharifah", "Daesh occupied Umm Khalakil, Luwaybidah and Musharifah"),
    "YPG": ("Afrin", "They went to Afrin"),
}


class ScriptedModel(BaseChatModel):
    """Cites the first numbered sentence holding the question's key word, else abstains."""

    replies: dict[str, tuple[str, str]] = Field(default_factory=dict)

    @property
    def _llm_type(self) -> str:
        return "scripted-eval"

    def _reply(self, messages: list[BaseMessage]) -> str:
        user = messages[-1].text
        question = user.rsplit("Question:", 1)[-1]
        # "[3] (Title) text" in answer.v1, "[3] text" under a title line in later versions
        numbered = re.findall(r"^\[(\d+)\]\s*(.*)$", user, re.MULTILINE)
        for cue, (word, reply) in self.replies.items():
            if cue in question:
                for n, text in numbered:
                    if word in text:
                        return f"{reply} [{n}]."
        return "NOT IN SOURCES"

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self._reply(messages)))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any
                ) -> Iterator[ChatGenerationChunk]:
        for piece in re.findall(r"\S+\s*", self._reply(messages)):
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece))


def scripted_model() -> ScriptedModel:
    """The fake model for the three questions."""
    return ScriptedModel(replies=REPLIES)


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Write rows as JSON Lines."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def write_sets(folder: Path) -> tuple[Path, Path]:
    """A 3-question QA set and a framing set over a small document beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tiny.txt").write_text("The corrupt regime of thugs lied again. Rain fell.", encoding="utf-8")
    framing = write_jsonl(folder / "framing.jsonl", [
        {"doc": "tiny.txt", "start": 4, "end": 11, "text": "corrupt", "technique": "Loaded_Language"},
        {"doc": "tiny.txt", "start": 22, "end": 27, "text": "thugs", "technique": "Name_Calling,Labeling"},
    ])
    return write_jsonl(folder / "qa.jsonl", QUESTIONS), framing


def eval_settings(tmp_path: Path) -> Settings:
    """A fresh home with the hashing embeddings."""
    return Settings.load(home=tmp_path / "home", embeddings="hashing")


@pytest.fixture
def report(tmp_path: Path) -> dict[str, Any]:
    """A whole run over the small sets, the framing tagger faked to one exact span."""
    qa, framing = write_sets(tmp_path / "sets")

    def tagger(text: str) -> list[Any]:
        from slant.evaluation.metrics import Span

        start = text.index("corrupt")
        return [Span("", start, start + 7, "Loaded_Language")]

    return evaluate(eval_settings(tmp_path), [load_set(qa), load_set(framing)],
                    chat_model=scripted_model(), embeddings=HashingEmbeddings(), tagger=tagger,
                    progress=False)


def test_qa_items_are_scored(report: dict[str, Any]) -> None:
    items = {i["id"]: i for i in report["qa"]["items"]}
    assert set(items) == {"v1", "v2", "u1"}
    villages = items["v1"]
    assert villages["recall_at_k"] == 1.0 and villages["reciprocal_rank"] > 0
    assert villages["correct"] is True and villages["abstained"] is False
    assert villages["citations"] and villages["citation_precision"] == 1.0
    assert villages["citation_recall"] == 1.0
    assert villages["reference_locations"][0][0] == RCIT
    assert {"retrieve_s", "first_token_s", "total_s"} <= set(villages["timings"])
    assert len(villages["passages"]) == 4 and villages["passages"][0]["text"]
    unanswerable = items["u1"]
    assert unanswerable["abstained"] is True and unanswerable["correct"] is True
    assert unanswerable["recall_at_k"] is None and unanswerable["citations"] == []


def test_qa_totals(report: dict[str, Any]) -> None:
    totals = report["qa"]["totals"]
    assert totals["n"] == 3 and totals["n_answerable"] == 2
    assert totals["verbatim_rate"] == 1.0
    assert totals["abstention_accuracy"] == pytest.approx(sum(
        i["answerable"] != i["abstained"] for i in report["qa"]["items"]) / 3)
    assert totals["abstained_when_unanswerable"] == 1.0
    assert totals["latency_p50_s"] <= totals["latency_p95_s"]
    assert totals["first_token_p50_s"] is not None and totals["errors"] == 0
    assert 0.0 <= totals["mrr"] <= totals["recall_at_k"] <= 1.0


def test_framing_totals(report: dict[str, Any]) -> None:
    totals = report["framing"]["totals"]
    assert totals["overall"]["precision"] == 1.0 and totals["overall"]["recall"] == 0.5
    assert totals["group"]["recall"] == 0.5
    assert totals["per_technique"]["Name_Calling,Labeling"]["f1"] == 0.0
    assert totals["per_technique"]["Loaded_Language"]["f1"] == 1.0
    assert totals["mb_per_s"] > 0
    assert report["framing"]["items"][0]["predicted"][0]["text"] == "corrupt"


def test_run_info(report: dict[str, Any]) -> None:
    run = report["run"]
    assert run["embeddings"] == "hashing" and run["k"] == 4
    assert {"model", "date", "slant_version", "files"} <= set(run)


def test_limit_and_store_ingest(tmp_path: Path) -> None:
    qa, _ = write_sets(tmp_path / "sets")
    settings = eval_settings(tmp_path)
    result = evaluate(settings, [load_set(qa)], chat_model=scripted_model(),
                      embeddings=HashingEmbeddings(), limit=1, progress=False)
    assert [i["id"] for i in result["qa"]["items"]] == ["v1"]
    assert "framing" not in result
    from slant.service import open_store

    assert RCIT in open_store(settings, HashingEmbeddings()).document_infos()


@pytest.mark.parametrize(("count", "limit", "expected"), [
    (5, None, [0, 1, 2, 3, 4]), (5, 9, [0, 1, 2, 3, 4]), (3, 1, [0]), (10, 3, [0, 3, 6]),
    (65, 20, [0, 3, 6, 9, 13, 16, 19, 22, 26, 29, 32, 35, 39, 42, 45, 48, 52, 55, 58, 61]),
], ids=["all", "over", "one", "three", "sixty-five"])
def test_spread(count: int, limit: int | None, expected: list[int]) -> None:
    assert spread(count, limit) == expected


def test_llm_tagger_needs_a_model(tmp_path: Path) -> None:
    _, framing = write_sets(tmp_path / "sets")
    with pytest.raises(InputError, match="--tagger rules"):
        evaluate(eval_settings(tmp_path), [load_set(framing)], tagger_mode="llm", progress=False)


def test_empty_tagger_scores_zero(tmp_path: Path) -> None:
    _, framing = write_sets(tmp_path / "sets")
    fs = load_set(framing)
    result = run_framing(fs, {"tiny.txt": (tmp_path / "sets" / "tiny.txt").read_text()}, lambda _t: [])
    assert result["totals"]["overall"]["f1"] == 0.0 and result["totals"]["n_pred"] == 0


# ---------------------------------------------------------------- bad input


def _write(tmp_path: Path, text: str, name: str = "set.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD_QA = json.dumps(QUESTIONS[0])


@pytest.mark.parametrize(("text", "pattern"), [
    (GOOD_QA + "\n{not json\n", r"line 2 is not valid JSON; write one JSON object per line"),
    ("[1, 2]\n", r"line 1 is not a JSON object"),
    ('{"question": "q?"}\n', r"line 1 lacks 'id', 'reference', 'reference_quotes', 'docs', 'answerable'"),
    ('{"hello": 1}\n', r"line 1 is neither a question"),
    (GOOD_QA + '\n{"doc": "a.txt", "start": 0, "end": 1, "technique": "Doubt"}\n',
     r"line 2 is a framing line in a qa file"),
    ('{"doc": "a.txt", "start": "0", "end": 1, "technique": "Doubt"}\n', r"'start' must be a int"),
    ('{"doc": "a.txt", "start": 5, "end": 1, "technique": "Doubt"}\n', r"0 <= start <= end"),
    (GOOD_QA + "\n" + GOOD_QA + "\n", r"line 2 repeats id 'v1' \(first on line 1\)"),
    (json.dumps({**QUESTIONS[0], "reference_quotes": []}) + "\n", r"needs at least one reference quote"),
    ("\n\n", r"has no lines"),
], ids=["bad-json", "not-object", "missing-fields", "unknown-kind", "mixed-kinds", "wrong-type",
        "bad-offsets", "duplicate-id", "no-quotes", "empty"])
def test_bad_lines_name_the_line_and_fix(tmp_path: Path, text: str, pattern: str) -> None:
    with pytest.raises(InputError, match=pattern):
        load_set(_write(tmp_path, text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no evaluation file at .*check the path"):
        load_set(tmp_path / "nope.jsonl")


def test_quote_not_in_document(tmp_path: Path) -> None:
    row = {**QUESTIONS[0], "reference_quotes": ["Nobody ever wrote this sentence."]}
    path = _write(tmp_path, json.dumps(row) + "\n")
    with pytest.raises(InputError, match=r"line 1: reference quote .* copy it verbatim"):
        evaluate(eval_settings(tmp_path), [load_set(path)], chat_model=scripted_model(),
                 embeddings=HashingEmbeddings(), progress=False)


def test_unknown_document(tmp_path: Path) -> None:
    row = {**QUESTIONS[0], "docs": ["missing.txt"]}
    path = _write(tmp_path, json.dumps(row) + "\n")
    with pytest.raises(InputError, match=r"line 1 names document 'missing.txt'"):
        evaluate(eval_settings(tmp_path), [load_set(path)], chat_model=scripted_model(),
                 embeddings=HashingEmbeddings(), progress=False)


def test_gold_span_text_must_match(tmp_path: Path) -> None:
    (tmp_path / "tiny.txt").write_text("The corrupt regime.", encoding="utf-8")
    path = _write(tmp_path, json.dumps(
        {"doc": "tiny.txt", "start": 0, "end": 3, "text": "corrupt", "technique": "Loaded_Language"}) + "\n")
    with pytest.raises(InputError, match=r"line 1: tiny.txt\[0:3\] is not 'corrupt'; fix the offsets"):
        evaluate(eval_settings(tmp_path), [load_set(path)], tagger=lambda _t: [], progress=False)
