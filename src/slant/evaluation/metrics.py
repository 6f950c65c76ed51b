"""Pure metric functions for `slant eval`: tagger spans, retrieval, citations, answers.

No model, no I/O. Spans, passages and citations may be dataclasses, named tuples, other
objects with attributes, or dicts with the same keys; offsets index the original text.

Empty-input conventions (one rule everywhere a set of predictions meets a set of gold
items): when both are empty the score is 1.0 (nothing to find, nothing found wrongly);
when only the denominator is empty the score is 0.0. Retrieval metrics need at least one
reference quote (unanswerable questions have none: skip them) and raise ``ValueError``.
"""

from __future__ import annotations

import math
import re
import string
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

LOADED_GROUP: frozenset[str] = frozenset({"Loaded_Language", "Name_Calling,Labeling"})
"""Techniques scored together by `group_prf`: the PTC annotators' line between them is fuzzy."""

Location = tuple[str, int, int]
"""(doc, start, end) of a passage or a located quote."""


@dataclass(frozen=True)
class Span:
    """A technique span in a document, as in evals/framing.jsonl."""

    doc: str
    start: int
    end: int
    technique: str = ""


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 with the counts they were computed from."""

    precision: float
    recall: float
    f1: float
    n_pred: int
    n_gold: int


def _field(obj: object, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _location(obj: object) -> Location:
    if isinstance(obj, tuple) and len(obj) == 3 and not hasattr(obj, "_fields"):
        doc, start, end = obj
        return str(doc), int(start), int(end)
    return str(_field(obj, "doc", "")), int(_field(obj, "start")), int(_field(obj, "end"))


def _as_span(obj: object) -> Span:
    doc, start, end = _location(obj)
    return Span(doc, start, end, str(_field(obj, "technique", "") or ""))


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _covered(start: int, end: int, others: Iterable[tuple[int, int]]) -> int:
    """Characters of [start, end) covered by the union of ``others``."""
    cuts = sorted((max(s, start), min(e, end)) for s, e in others if s < end and e > start)
    total, reach = 0, start
    for s, e in cuts:
        s = max(s, reach)
        if e > s:
            total += e - s
            reach = e
    return total


def _ratio(num: float, den: int, other: int) -> float:
    if den == 0:
        return 1.0 if other == 0 else 0.0
    return num / den


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


# --------------------------------------------------------------------------- tagger


def span_prf(pred: Iterable[object], gold: Iterable[object], *,
             match_technique: bool = True) -> PRF:
    """SemEval-2020 Task 11 partial-overlap precision, recall and F1.

    Precision averages, over predicted spans s, the share of s covered by gold spans t of
    the same document (and technique, if ``match_technique``); recall averages the share
    of each gold t covered by predictions. This is the DESIGN.md sum of |s∩t|/|s| when the
    spans on one side do not overlap each other; where they do (a gold phrase carrying two
    techniques, duplicate predictions) the union is used, so no character counts twice and
    every score stays within [0, 1]. Zero-length spans count in the denominators only.

    Args:
        pred: Predicted spans (``doc``, ``start``, ``end``, ``technique``).
        gold: Gold spans, same fields.
        match_technique: Require equal techniques (TC); False scores spans only (SI).

    Returns:
        PRF; both sides empty gives 1.0 everywhere, one side empty gives 0.0.

    """
    preds = [_as_span(p) for p in pred]
    golds = [_as_span(g) for g in gold]

    def key(s: Span) -> tuple[str, str]:
        return (s.doc, s.technique if match_technique else "")

    by_key: dict[tuple[str, str], dict[str, list[tuple[int, int]]]] = defaultdict(
        lambda: {"pred": [], "gold": []})
    for s in preds:
        by_key[key(s)]["pred"].append((s.start, s.end))
    for t in golds:
        by_key[key(t)]["gold"].append((t.start, t.end))

    def share(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> float:
        return sum(_covered(s, e, others) / (e - s) for s, e in spans if e > s)

    p_sum = sum(share(b["pred"], b["gold"]) for b in by_key.values())
    r_sum = sum(share(b["gold"], b["pred"]) for b in by_key.values())
    precision = _ratio(p_sum, len(preds), len(golds))
    recall = _ratio(r_sum, len(golds), len(preds))
    return PRF(precision, recall, _f1(precision, recall), len(preds), len(golds))


def per_technique_prf(pred: Iterable[object], gold: Iterable[object]) -> dict[str, PRF]:
    """`span_prf` for each technique found in either side, sorted by technique name."""
    preds = [_as_span(p) for p in pred]
    golds = [_as_span(g) for g in gold]
    names = sorted({s.technique for s in preds} | {t.technique for t in golds})
    return {
        name: span_prf([s for s in preds if s.technique == name],
                       [t for t in golds if t.technique == name])
        for name in names
    }


def group_prf(pred: Iterable[object], gold: Iterable[object], *,
              group: Collection[str] = LOADED_GROUP) -> PRF:
    """`span_prf` over the spans of a group of techniques, ignoring technique within it.

    By default the group is Loaded_Language + Name_Calling,Labeling: a prediction of
    either counts against gold of either.
    """
    preds = [s for s in map(_as_span, pred) if s.technique in group]
    golds = [t for t in map(_as_span, gold) if t.technique in group]
    return span_prf(preds, golds, match_technique=False)


# ------------------------------------------------------------------------ retrieval


def _covers(passage: Location, ref: Location, min_share: float = 0.5) -> bool:
    """Tell whether ``passage`` holds at least ``min_share`` of ``ref`` (same document)."""
    if passage[0] != ref[0]:
        return False
    length = ref[2] - ref[1]
    if length <= 0:
        return passage[1] <= ref[1] <= passage[2]
    return _overlap(passage[1], passage[2], ref[1], ref[2]) >= min_share * length


def _references(references: Iterable[object]) -> list[Location]:
    refs = [_location(r) for r in references]
    if not refs:
        raise ValueError("no reference quotes to retrieve; skip unanswerable questions")
    return refs


def recall_at_k(retrieved: Sequence[object], references: Iterable[object],
                k: int | None = None) -> float:
    """Share of reference quotes found in the top ``k`` retrieved passages.

    A reference counts as found when one passage holds at least half of it.

    Args:
        retrieved: Ranked passages as (doc, start, end) or objects with those fields.
        references: Located reference quotes, same shape.
        k: Cut-off; None uses every passage given.

    Raises:
        ValueError: There are no references.

    """
    refs = _references(references)
    passages = [_location(p) for p in (retrieved if k is None else retrieved[:k])]
    found = sum(any(_covers(p, r) for p in passages) for r in refs)
    return found / len(refs)


def reciprocal_rank(retrieved: Sequence[object], references: Iterable[object]) -> float:
    """1/rank of the first passage holding a reference quote (as in `recall_at_k`), else 0.

    Average it over questions for MRR.

    Raises:
        ValueError: There are no references.

    """
    refs = _references(references)
    for rank, passage in enumerate(retrieved, start=1):
        loc = _location(passage)
        if any(_covers(loc, r) for r in refs):
            return 1.0 / rank
    return 0.0


# ------------------------------------------------------------------------ citations


def verbatim_rate(citations: Iterable[object], docs_text: Mapping[str, str]) -> float:
    """Share of citations whose ``quote`` equals ``docs_text[doc][start:end]``.

    Unknown documents count as not verbatim; no citations gives 1.0 (nothing unverified).
    """
    cites = list(citations)
    if not cites:
        return 1.0
    good = 0
    for c in cites:
        doc, start, end = _location(c)
        text = docs_text.get(doc)
        good += text is not None and 0 <= start <= end <= len(text) \
            and text[start:end] == _field(c, "quote")
    return good / len(cites)


def citation_precision(citations: Iterable[object], references: Iterable[object]) -> float:
    """Share of citations that overlap (by at least one character) a reference quote."""
    cites = [_location(c) for c in citations]
    refs = [_location(r) for r in references]
    hits = sum(any(c[0] == r[0] and _overlap(c[1], c[2], r[1], r[2]) > 0 for r in refs)
               for c in cites)
    return _ratio(hits, len(cites), len(refs))


def citation_recall(citations: Iterable[object], references: Iterable[object]) -> float:
    """Share of reference quotes covered by a citation (one holds at least half of it)."""
    cites = [_location(c) for c in citations]
    refs = [_location(r) for r in references]
    hits = sum(any(_covers(c, r) for c in cites) for r in refs)
    return _ratio(hits, len(refs), len(cites))


# -------------------------------------------------------------------------- answers

_ARTICLES = frozenset({"a", "an", "the"})
_SPACE_PUNCT = frozenset("/\\")


def normalise(text: str) -> str:
    """Lowercase, fold accents, drop punctuation and articles, collapse whitespace.

    Dashes and slashes become spaces ("al-Sham" -> "al sham"); other punctuation is deleted
    ("22,000" -> "22000", "U.S." -> "us", "Syria’s" -> "syrias").
    """
    text = unicodedata.normalize("NFKD", text.lower())
    out: list[str] = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Mn":
            continue
        if cat == "Pd" or ch in _SPACE_PUNCT or ch.isspace():
            out.append(" ")
        elif cat[0] in "PS" or ch in string.punctuation:
            continue
        else:
            out.append(ch)
    return " ".join(w for w in "".join(out).split() if w not in _ARTICLES)


def _has_fact(norm_answer: str, fact: str) -> bool:
    # Match at a word start only, so a stem ("collaborat") still matches but "ira" does
    # not match inside "kira".
    needle = normalise(fact)
    return bool(needle) and f" {needle}" in f" {norm_answer}"


def key_fact_recall(answer: str, key_facts: Sequence[str]) -> float:
    """Share of key facts found in the answer (normalised, matched at word starts).

    No key facts gives 1.0.
    """
    if not key_facts:
        return 1.0
    norm = normalise(answer)
    return sum(_has_fact(norm, f) for f in key_facts) / len(key_facts)


def token_f1(prediction: str, reference: str) -> float:
    """SQuAD-style token-overlap F1 between normalised texts; both empty gives 1.0."""
    pred, ref = normalise(prediction).split(), normalise(reference).split()
    if not pred or not ref:
        return 1.0 if pred == ref else 0.0
    common = sum((Counter(pred) & Counter(ref)).values())
    if common == 0:
        return 0.0
    return _f1(common / len(pred), common / len(ref))


def is_correct(answer: str, reference: str, key_facts: Sequence[str], *,
               f1_threshold: float = 0.5) -> bool:
    """Whether an answer is right.

    With key facts, every one must be in the answer (token F1 is not enough: "Since 2016"
    scores high against "Since 2015"). Without key facts, token F1 with the reference must
    reach ``f1_threshold``.
    """
    if key_facts:
        return key_fact_recall(answer, key_facts) == 1.0
    return token_f1(answer, reference) >= f1_threshold


_ABSTAIN = re.compile(
    r"\b(?:do(?:es)?\s*n[o’']t|did\s*n[o’']t|do(?:es)?\s+not|did\s+not)\s+"
    r"(?:say|mention|state|specify|contain|provide|give|report|name|include|answer)"
    r"|\b(?:cannot|can[’']t|can\s+not|unable\s+to)\s+(?:answer|find|determine|tell)"
    r"|\bnot\s+(?:mentioned|stated|specified|provided|given|reported|answerable)"
    r"|\bno\s+(?:information|mention|answer)\b"
    r"|\bi\s+do(?:\s+not|n[’']t)\s+know\b",
    re.IGNORECASE,
)


def is_abstention(answer: str) -> bool:
    """Heuristic: does the answer decline ("the documents do not say ...")? Empty counts."""
    return not answer.strip() or bool(_ABSTAIN.search(answer))


def abstention_accuracy(items: Iterable[object]) -> float:
    """Share of items where the system abstained exactly when it should.

    Args:
        items: Objects or dicts with ``answerable`` (bool, from the gold set) and
            ``abstained`` (bool, e.g. from `is_abstention`).

    Raises:
        ValueError: No items.

    """
    pairs = [(bool(_field(i, "answerable")), bool(_field(i, "abstained"))) for i in items]
    if not pairs:
        raise ValueError("abstention accuracy of no items")
    return sum(answerable != abstained for answerable, abstained in pairs) / len(pairs)


def percentile(values: Iterable[float], p: float) -> float:
    """Return the p-th percentile (0-100), interpolating linearly between ranks.

    Same as ``numpy.percentile(values, p)`` (its default "linear" method).

    Raises:
        ValueError: No values, or p outside [0, 100].

    """
    data = sorted(float(v) for v in values)
    if not data:
        raise ValueError("percentile of no values")
    if not 0 <= p <= 100:
        raise ValueError(f"percentile must be within 0-100, got {p}")
    rank = (len(data) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (rank - low)


# ----------------------------------------------------------------------- alignment

_QUOTE_CLASSES = {
    "'": "['‘’`]", "‘": "['‘’`]", "’": "['‘’`]", "`": "['‘’`]",
    '"': '["“”]', "“": '["“”]', "”": '["“”]',
    "-": "[-‐‑‒–—]", "–": "[-‐‑‒–—]", "—": "[-‐‑‒–—]",
}


def _loose_pattern(quote: str) -> re.Pattern[str]:
    parts: list[str] = []
    for word in quote.split():
        parts.append("".join(_QUOTE_CLASSES.get(ch) or re.escape(ch) for ch in word))
    return re.compile(r"\s+".join(parts))


def locate_quote(doc_text: str, quote: str, start_hint: int = 0) -> tuple[int, int] | None:
    """Find a quote in a document; return its (start, end) or None.

    Tries an exact match at or after ``start_hint`` (so repeated phrases map forward),
    then anywhere; then the same with whitespace runs, straight/curly quotes and dashes
    treated as equal, returning the offsets of the document's own characters.
    """
    if not quote.strip():
        return None
    hint = max(0, min(start_hint, len(doc_text)))
    for begin in (hint, 0):
        pos = doc_text.find(quote, begin)
        if pos >= 0:
            return pos, pos + len(quote)
    pattern = _loose_pattern(quote.strip())
    for begin in (hint, 0):
        match = pattern.search(doc_text, begin)
        if match:
            return match.start(), match.end()
    return None
