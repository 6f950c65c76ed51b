"""Hand-made cases for the pure evaluation metrics."""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np
import pytest

from slant.evaluation.metrics import (
    PRF,
    Span,
    abstention_accuracy,
    citation_precision,
    citation_recall,
    group_prf,
    is_abstention,
    is_correct,
    key_fact_recall,
    locate_quote,
    normalise,
    per_technique_prf,
    percentile,
    recall_at_k,
    reciprocal_rank,
    span_prf,
    token_f1,
    verbatim_rate,
)

LL, NC, DB = "Loaded_Language", "Name_Calling,Labeling", "Doubt"


def S(start: int, end: int, technique: str = LL, doc: str = "a") -> Span:
    return Span(doc, start, end, technique)


def approx(prf: PRF) -> tuple[Any, ...]:
    return (pytest.approx(prf.precision), pytest.approx(prf.recall), pytest.approx(prf.f1),
            prf.n_pred, prf.n_gold)


# ------------------------------------------------------------------------- span_prf

SPAN_CASES = [
    pytest.param([S(0, 10)], [S(0, 10)], True, (1.0, 1.0, 1.0), id="identical"),
    pytest.param([], [], True, (1.0, 1.0, 1.0), id="both-empty"),
    pytest.param([], [S(0, 10)], True, (0.0, 0.0, 0.0), id="empty-predictions"),
    pytest.param([S(0, 10)], [], True, (0.0, 0.0, 0.0), id="empty-gold"),
    pytest.param([S(0, 10)], [S(20, 30)], True, (0.0, 0.0, 0.0), id="disjoint"),
    pytest.param([S(0, 10)], [S(10, 20)], True, (0.0, 0.0, 0.0), id="touching-not-overlapping"),
    # |s∩t| = 5: P = 5/10, R = 5/20.
    pytest.param([S(0, 10)], [S(5, 25)], True, (0.5, 0.25, 2 * 0.5 * 0.25 / 0.75),
                 id="partial-overlap"),
    # Gold "killer army" (11) inside prediction "Assad’s killer army" (19).
    pytest.param([S(0, 19)], [S(8, 19)], True, (11 / 19, 1.0, 2 * (11 / 19) / (1 + 11 / 19)),
                 id="gold-nested-in-prediction"),
    pytest.param([S(8, 19)], [S(0, 19)], True, (1.0, 11 / 19, 2 * (11 / 19) / (1 + 11 / 19)),
                 id="prediction-nested-in-gold"),
    pytest.param([S(0, 10, NC)], [S(0, 10, LL)], True, (0.0, 0.0, 0.0), id="technique-mismatch"),
    pytest.param([S(0, 10, NC)], [S(0, 10, LL)], False, (1.0, 1.0, 1.0),
                 id="technique-ignored"),
    pytest.param([S(0, 10, doc="a")], [S(0, 10, doc="b")], True, (0.0, 0.0, 0.0),
                 id="other-document"),
    # One prediction covering two gold spans: P = (5+5)/20, R = (1+1)/2.
    pytest.param([S(0, 20)], [S(0, 5), S(15, 20)], True, (0.5, 1.0, 2 / 3),
                 id="one-prediction-two-gold"),
    # Two predictions, one right, one wrong: P = 1/2, R = 1.
    pytest.param([S(0, 10), S(50, 60)], [S(0, 10)], True, (0.5, 1.0, 2 / 3),
                 id="one-false-positive"),
    # Gold overlapping itself (same phrase, two techniques) counts once per character.
    pytest.param([S(0, 10, LL)], [S(0, 10, NC), S(0, 10, "Repetition")], False,
                 (1.0, 1.0, 1.0), id="overlapping-gold-union"),
    pytest.param([S(0, 10), S(0, 10)], [S(0, 10)], True, (1.0, 1.0, 1.0),
                 id="duplicate-predictions"),
    pytest.param([S(5, 5)], [S(0, 10)], True, (0.0, 0.0, 0.0), id="zero-length-prediction"),
]


@pytest.mark.parametrize(("pred", "gold", "match", "expected"), SPAN_CASES)
def test_span_prf(pred: list[Span], gold: list[Span], match: bool,
                  expected: tuple[float, float, float]) -> None:
    got = span_prf(pred, gold, match_technique=match)
    assert (got.precision, got.recall, got.f1) == pytest.approx(expected)
    assert (got.n_pred, got.n_gold) == (len(pred), len(gold))


class _Tagged(NamedTuple):
    doc: str
    start: int
    end: int
    technique: str


@pytest.mark.parametrize("make", [
    pytest.param(lambda d, s, e, t: {"doc": d, "start": s, "end": e, "technique": t}, id="dict"),
    pytest.param(lambda d, s, e, t: _Tagged(d, s, e, t), id="namedtuple"),
    pytest.param(lambda d, s, e, t: Span(d, s, e, t), id="dataclass"),
])
def test_span_prf_accepts_any_span_shape(make: Any) -> None:
    got = span_prf([make("a", 0, 10, LL)], [{"doc": "a", "start": 5, "end": 25, "technique": LL}])
    assert (got.precision, got.recall) == pytest.approx((0.5, 0.25))


def test_per_technique_prf() -> None:
    pred = [S(0, 10, LL), S(20, 30, NC), S(40, 50, DB)]
    gold = [S(0, 10, LL), S(20, 30, LL), S(60, 70, "Slogans")]
    got = per_technique_prf(pred, gold)
    assert list(got) == [DB, LL, NC, "Slogans"]
    assert approx(got[LL]) == (1.0, 0.5, 2 / 3, 1, 2)
    assert approx(got[NC]) == (0.0, 0.0, 0.0, 1, 0)
    assert approx(got[DB]) == (0.0, 0.0, 0.0, 1, 0)
    assert approx(got["Slogans"]) == (0.0, 0.0, 0.0, 0, 1)


@pytest.mark.parametrize(("pred", "gold", "expected"), [
    pytest.param([S(0, 10, NC)], [S(0, 10, LL)], (1.0, 1.0), id="cross-technique-in-group"),
    pytest.param([S(0, 10, LL), S(20, 30, DB)], [S(0, 10, NC)], (1.0, 1.0),
                 id="other-techniques-dropped"),
    pytest.param([S(20, 30, DB)], [S(0, 10, NC)], (0.0, 0.0), id="only-outside-group"),
    pytest.param([], [S(0, 10, DB)], (1.0, 1.0), id="nothing-in-group"),
])
def test_group_prf(pred: list[Span], gold: list[Span], expected: tuple[float, float]) -> None:
    got = group_prf(pred, gold)
    assert (got.precision, got.recall) == pytest.approx(expected)


# ------------------------------------------------------------------------ retrieval

PASSAGES = [("a", 0, 100), ("b", 0, 50), ("a", 200, 300)]


@pytest.mark.parametrize(("refs", "k", "expected"), [
    pytest.param([("a", 10, 20)], None, 1.0, id="inside"),
    pytest.param([("a", 90, 110)], None, 1.0, id="half-overlap"),
    pytest.param([("a", 95, 115)], None, 0.0, id="quarter-overlap"),
    pytest.param([("c", 10, 20)], None, 0.0, id="other-document"),
    pytest.param([("a", 10, 20), ("a", 210, 220)], 1, 0.5, id="cut-off-k"),
    pytest.param([("a", 10, 20), ("a", 210, 220)], 3, 1.0, id="all-within-k"),
    pytest.param([("a", 150, 160)], None, 0.0, id="between-passages"),
])
def test_recall_at_k(refs: list[tuple[str, int, int]], k: int | None, expected: float) -> None:
    assert recall_at_k(PASSAGES, refs, k=k) == pytest.approx(expected)


@pytest.mark.parametrize(("refs", "expected"), [
    pytest.param([("a", 10, 20)], 1.0, id="first"),
    pytest.param([("b", 10, 20)], 0.5, id="second"),
    pytest.param([("a", 210, 220), ("b", 1, 2)], 0.5, id="best-of-several"),
    pytest.param([("c", 0, 5)], 0.0, id="missing"),
])
def test_reciprocal_rank(refs: list[tuple[str, int, int]], expected: float) -> None:
    assert reciprocal_rank(PASSAGES, refs) == pytest.approx(expected)


def test_retrieval_needs_references() -> None:
    with pytest.raises(ValueError, match="unanswerable"):
        recall_at_k(PASSAGES, [])
    with pytest.raises(ValueError):
        reciprocal_rank(PASSAGES, [])


def test_recall_at_k_empty_retrieval() -> None:
    assert recall_at_k([], [("a", 0, 5)]) == 0.0
    assert reciprocal_rank([], [("a", 0, 5)]) == 0.0


# ------------------------------------------------------------------------ citations

DOCS = {"a": "Assad’s killer army fought. The “rebels” held.", "b": "Other text."}


@pytest.mark.parametrize(("cites", "expected"), [
    pytest.param([{"doc": "a", "start": 8, "end": 19, "quote": "killer army"}], 1.0, id="exact"),
    pytest.param([{"doc": "a", "start": 8, "end": 19, "quote": "killer Army"}], 0.0, id="case"),
    pytest.param([{"doc": "a", "start": 33, "end": 41, "quote": '"rebels"'}], 0.0,
                 id="straight-vs-curly-quotes"),
    pytest.param([{"doc": "z", "start": 0, "end": 5, "quote": "Other"}], 0.0, id="unknown-doc"),
    pytest.param([{"doc": "b", "start": 0, "end": 5, "quote": "Other"},
                  {"doc": "b", "start": 0, "end": 5, "quote": "Othe"}], 0.5, id="half"),
    pytest.param([{"doc": "b", "start": 5, "end": 99, "quote": "x"}], 0.0, id="out-of-range"),
    pytest.param([], 1.0, id="no-citations"),
])
def test_verbatim_rate(cites: list[dict[str, Any]], expected: float) -> None:
    assert verbatim_rate(cites, DOCS) == pytest.approx(expected)


REFS = [("a", 0, 20), ("a", 100, 110)]


@pytest.mark.parametrize(("cites", "refs", "precision", "recall"), [
    pytest.param([("a", 0, 30)], REFS, 1.0, 0.5, id="covers-one"),
    pytest.param([("a", 0, 30), ("a", 95, 120)], REFS, 1.0, 1.0, id="covers-both"),
    pytest.param([("a", 15, 40)], REFS, 1.0, 0.0, id="touches-without-covering-half"),
    pytest.param([("a", 50, 60)], REFS, 0.0, 0.0, id="miss"),
    pytest.param([("b", 0, 20)], REFS, 0.0, 0.0, id="other-document"),
    pytest.param([], REFS, 0.0, 0.0, id="no-citations"),
    pytest.param([("a", 0, 30)], [], 0.0, 0.0, id="no-references"),
    pytest.param([], [], 1.0, 1.0, id="both-empty"),
])
def test_citation_precision_recall(cites: list[tuple[str, int, int]],
                                   refs: list[tuple[str, int, int]],
                                   precision: float, recall: float) -> None:
    assert citation_precision(cites, refs) == pytest.approx(precision)
    assert citation_recall(cites, refs) == pytest.approx(recall)


# -------------------------------------------------------------------------- answers

@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The  Free Syrian Army!", "free syrian army", id="articles-punct-space"),
    pytest.param("Ha’yat Tahrir al-Sham", "hayat tahrir al sham", id="curly-apostrophe-hyphen"),
    pytest.param("22,000 documents", "22000 documents", id="thousands-separator"),
    pytest.param("U.S.-led coalition", "us led coalition", id="abbreviation"),
    pytest.param("Michael Pröbsting", "michael probsting", id="accents-folded"),
    pytest.param("ISIS/Daesh — “fighters”", "isis daesh fighters", id="slash-dash-quotes"),
    pytest.param("An apple\u00a0a day", "apple day", id="nbsp-and-articles"),
    pytest.param("", "", id="empty"),
])
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(("answer", "facts", "expected"), [
    pytest.param("Umm Khalakil, Luwaybidah and Musharifah.",
                 ["umm khalakil", "luwaybidah", "musharifah"], 1.0, id="all"),
    pytest.param("Umm Khalakil only", ["umm khalakil", "luwaybidah"], 0.5, id="half"),
    pytest.param("They are collaborating.", ["collaborat"], 1.0, id="stem-at-word-start"),
    pytest.param("Kira went home", ["ira"], 0.0, id="not-inside-a-word"),
    pytest.param("Deir ez-Zour’s airport", ["deir ez-zour", "airport"], 1.0, id="normalised"),
    pytest.param("anything", [], 1.0, id="no-facts"),
])
def test_key_fact_recall(answer: str, facts: list[str], expected: float) -> None:
    assert key_fact_recall(answer, facts) == pytest.approx(expected)


@pytest.mark.parametrize(("pred", "ref", "expected"), [
    pytest.param("Mosul", "Mosul.", 1.0, id="exact-after-normalising"),
    pytest.param("the city of Mosul", "Mosul", 2 * (1 / 3) / (1 + 1 / 3), id="partial"),
    pytest.param("Raqqa", "Mosul", 0.0, id="none"),
    pytest.param("", "", 1.0, id="both-empty"),
    pytest.param("", "Mosul", 0.0, id="empty-prediction"),
])
def test_token_f1(pred: str, ref: str, expected: float) -> None:
    assert token_f1(pred, ref) == pytest.approx(expected)


@pytest.mark.parametrize(("answer", "reference", "facts", "expected"), [
    pytest.param("Iraq has allowed Russian overflights since 2015.", "Since 2015.", ["2015"],
                 True, id="key-facts-present"),
    pytest.param("Since 2016.", "Since 2015.", ["2015"], False, id="high-f1-wrong-fact"),
    pytest.param("In Palmyra", "In Palmyra.", [], True, id="no-facts-f1"),
    pytest.param("Somewhere else", "In Palmyra.", [], False, id="no-facts-low-f1"),
])
def test_is_correct(answer: str, reference: str, facts: list[str], expected: bool) -> None:
    assert is_correct(answer, reference, facts) is expected


@pytest.mark.parametrize(("answer", "expected"), [
    pytest.param("The documents do not say who won.", True, id="do-not-say"),
    pytest.param("The articles don’t mention a speech.", True, id="dont-mention-curly"),
    pytest.param("I cannot answer that from these documents.", True, id="cannot-answer"),
    pytest.param("This is not mentioned in the sources.", True, id="not-mentioned"),
    pytest.param("", True, id="empty"),
    pytest.param("Umm Khalakil, Luwaybidah and Musharifah.", False, id="answer"),
])
def test_is_abstention(answer: str, expected: bool) -> None:
    assert is_abstention(answer) is expected


@pytest.mark.parametrize(("items", "expected"), [
    pytest.param([{"answerable": True, "abstained": False}], 1.0, id="answers-when-it-can"),
    pytest.param([{"answerable": False, "abstained": True}], 1.0, id="abstains-when-it-should"),
    pytest.param([{"answerable": True, "abstained": True},
                  {"answerable": False, "abstained": False}], 0.0, id="both-wrong"),
    pytest.param([{"answerable": True, "abstained": False},
                  {"answerable": False, "abstained": False}], 0.5, id="half"),
])
def test_abstention_accuracy(items: list[dict[str, bool]], expected: float) -> None:
    assert abstention_accuracy(items) == pytest.approx(expected)


def test_abstention_accuracy_needs_items() -> None:
    with pytest.raises(ValueError):
        abstention_accuracy([])


@pytest.mark.parametrize(("values", "p"), [
    pytest.param([5.0], 50, id="single"),
    pytest.param([1.0, 2.0, 3.0, 4.0], 50, id="median-even"),
    pytest.param([3.0, 1.0, 2.0], 50, id="unsorted"),
    pytest.param([1.0, 2.0, 3.0, 4.0, 10.0], 95, id="p95"),
    pytest.param([1.0, 2.0], 0, id="p0"),
    pytest.param([1.0, 2.0], 100, id="p100"),
])
def test_percentile_matches_numpy(values: list[float], p: float) -> None:
    assert percentile(values, p) == pytest.approx(float(np.percentile(values, p)))


@pytest.mark.parametrize(("values", "p"), [
    pytest.param([], 50, id="empty"),
    pytest.param([1.0], 101, id="p-too-large"),
    pytest.param([1.0], -1, id="p-negative"),
])
def test_percentile_rejects(values: list[float], p: float) -> None:
    with pytest.raises(ValueError):
        percentile(values, p)


# ------------------------------------------------------------------------ alignment

TEXT = "Once more, Assad’s killer army came. “Fanatical jihadists” — again the killer army."


@pytest.mark.parametrize(("quote", "hint", "expected"), [
    pytest.param("killer army", 0, "killer army", id="first-occurrence"),
    pytest.param("Once more", 0, "Once more", id="at-start"),
    pytest.param("the killer army.", 0, "the killer army.", id="unique"),
    pytest.param("Assad's killer army", 0, "Assad’s killer army", id="straight-apostrophe"),
    pytest.param('"Fanatical jihadists" - again', 0, "“Fanatical jihadists” — again",
                 id="straight-quotes-and-hyphen"),
    pytest.param("killer   army\ncame", 0, "killer army came", id="whitespace-runs"),
    pytest.param("killer tank", 0, None, id="absent"),
    pytest.param("", 0, None, id="empty-quote"),
])
def test_locate_quote(quote: str, hint: int, expected: str | None) -> None:
    got = locate_quote(TEXT, quote, hint)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert TEXT[got[0]:got[1]] == expected


def test_locate_quote_scans_forward_from_hint() -> None:
    first = locate_quote(TEXT, "killer army")
    assert first is not None
    second = locate_quote(TEXT, "killer army", first[1])
    assert second is not None and second[0] > first[0]
    assert TEXT[second[0]:second[1]] == "killer army"
    # A hint past the last occurrence falls back to an earlier one rather than failing.
    assert locate_quote(TEXT, "Once more", 50) == (0, 9)


def test_gold_framing_scores_perfectly_against_itself() -> None:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "evals" / "framing.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert approx(span_prf(gold, gold)) == (1.0, 1.0, 1.0, len(gold), len(gold))
    assert all(prf.f1 == pytest.approx(1.0) for prf in per_technique_prf(gold, gold).values())
    assert group_prf(gold, gold).f1 == pytest.approx(1.0)
    # Shifting every span right by half its length halves precision and recall.
    shifted = [{**g, "start": g["start"] + (g["end"] - g["start"]) // 2,
                "end": g["end"] + (g["end"] - g["start"]) // 2} for g in gold]
    assert 0.4 < span_prf(shifted, gold).f1 < 0.6
