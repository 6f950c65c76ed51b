"""Run evaluation sets: answer every question, tag every document, score both.

Results are plain JSON-ready dicts (``{"run": ..., "qa": {"totals", "items"}, "framing":
{...}}``) so a report written to disk reads back unchanged. Every dependency (store,
engine, tagger) is passed in; `evaluate` wires the configured ones for the CLI.
"""

from __future__ import annotations

import datetime as _dt
import platform
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slant.errors import InputError, ModelError
from slant.evaluation import metrics as m
from slant.evaluation.sets import EvalSet, find_doc

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import BaseChatModel

    from slant.answer import AnswerEngine
    from slant.config import Settings
    from slant.store import Store

Tagger = Callable[[str], Sequence[Any]]
"""text -> spans with ``start``, ``end``, ``technique`` (and optionally ``text``, ``score``)."""
Progress = Callable[[str], None]
"""Called once per finished item with a short label."""


def _mean(values: Sequence[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def _pct(values: Sequence[float], p: float) -> float | None:
    return m.percentile(values, p) if values else None


def spread(count: int, limit: int | None) -> list[int]:
    """Indices of ``limit`` items spread evenly over ``count`` (all when no limit).

    Sets are grouped by question type (unanswerable last), so a spread keeps every type
    in a short run, where the first N would be single-fact questions only.
    """
    if limit is None or limit >= count:
        return list(range(count))
    return sorted({index * count // limit for index in range(limit)})


# ----------------------------------------------------------------------------- QA


def prepare_store(settings: Settings, sets: Sequence[EvalSet],
                  embeddings: Embeddings | None = None) -> Store:
    """Open the configured store and ingest the documents the QA sets name, if missing.

    An empty store with no named documents gets the seeds.

    Raises:
        InputError: A named document is neither in the store nor on disk.

    """
    from slant.service import ingest_paths, open_store

    store = open_store(settings, embeddings, create=True)
    have = set(store.document_infos())
    paths: list[Path] = []
    for qa in (s for s in sets if s.kind == "qa"):
        for index, row in enumerate(qa.items):
            for name in row["docs"]:
                if name in have:
                    continue
                path = find_doc(name, qa.source(index), settings.seeds_dir)
                if path is None:
                    raise InputError(
                        f"{qa.where(index)} names document {name!r}, which is not in the store, "
                        f"beside the set or in {settings.seeds_dir}; ingest it or fix the name."
                    )
                have.add(name)
                paths.append(path)
    if not paths and not store.document_count() and settings.seeds_dir.is_dir():
        paths.append(settings.seeds_dir)
    if paths:
        ingest_paths(store, paths)
    return store


def locate_references(qa: EvalSet, docs_text: Mapping[str, str]) -> list[list[m.Location]]:
    """Each item's reference quotes as (doc, start, end), searched in its ``docs`` first.

    Raises:
        InputError: A quote is in none of the documents.

    """
    located: list[list[m.Location]] = []
    for index, row in enumerate(qa.items):
        spots: list[m.Location] = []
        order = [d for d in row["docs"] if d in docs_text] + sorted(set(docs_text) - set(row["docs"]))
        for quote in row["reference_quotes"]:
            for doc in order:
                found = m.locate_quote(docs_text[doc], quote)
                if found:
                    spots.append((doc, found[0], found[1]))
                    break
            else:
                raise InputError(
                    f"{qa.where(index)}: reference quote {quote[:60]!r} is not in "
                    f"{', '.join(row['docs']) or 'any stored document'}; copy it verbatim from the document."
                )
        located.append(spots)
    return located


def score_answer(row: Mapping[str, Any], answer: Any, refs: list[m.Location],
                 docs_text: Mapping[str, str], k: int) -> dict[str, Any]:
    """One question's result from an `Answer` (or None when the question was refused)."""
    text = answer.answer if answer is not None else ""
    error = answer.error if answer is not None else "question refused"
    abstained = bool(answer is not None and (answer.abstained or m.is_abstention(text)))
    citations = [
        {"n": c.n, "doc": c.doc, "start": c.start, "end": c.end, "quote": c.quote}
        for c in (answer.citations if answer is not None else [])
    ]
    passages = [
        {"doc": p.chunk.doc_id, "start": p.chunk.start, "end": p.chunk.end,
         "score": round(p.score, 6), "text": p.chunk.text}
        for p in (answer.passages if answer is not None else [])
    ]
    answerable = bool(row["answerable"])
    locations = [(p["doc"], p["start"], p["end"]) for p in passages]
    facts = list(row.get("key_facts") or [])
    result: dict[str, Any] = {
        "id": row["id"], "question": row["question"], "type": row.get("type", ""),
        "answerable": answerable, "reference": row["reference"],
        "reference_quotes": list(row["reference_quotes"]),
        "reference_locations": [list(r) for r in refs], "key_facts": facts,
        "answer": text, "abstained": abstained, "error": error,
        "citations": citations, "passages": passages,
        "verbatim_rate": m.verbatim_rate(citations, docs_text) if citations else None,
        "n_verbatim": sum(m.verbatim_rate([c], docs_text) == 1.0 for c in citations),
        "timings": {key: round(v, 4) for key, v in (answer.timings if answer else {}).items()},
    }
    if answerable and refs:
        result.update(
            recall_at_k=m.recall_at_k(locations, refs, k),
            reciprocal_rank=m.reciprocal_rank(locations, refs),
            citation_precision=m.citation_precision(citations, refs) if citations else None,
            citation_recall=m.citation_recall(citations, refs),
            key_fact_recall=0.0 if abstained else m.key_fact_recall(text, facts),
            token_f1=0.0 if abstained else m.token_f1(text, row["reference"]),
            correct=not abstained and not error and m.is_correct(text, row["reference"], facts),
        )
    else:
        result.update(recall_at_k=None, reciprocal_rank=None, citation_precision=None,
                      citation_recall=None, key_fact_recall=None, token_f1=None,
                      correct=abstained if not answerable else None)
    return result


def qa_totals(items: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Totals over scored questions; a metric with nothing to average is None."""
    answerable = [i for i in items if i["answerable"]]
    unanswerable = [i for i in items if not i["answerable"]]
    totals_s = [i["timings"]["total_s"] for i in items if "total_s" in i["timings"]]
    first_s = [i["timings"]["first_token_s"] for i in items if "first_token_s" in i["timings"]]
    n_cites = sum(len(i["citations"]) for i in items)
    return {
        "n": len(items),
        "n_answerable": len(answerable),
        "recall_at_k": _mean([i["recall_at_k"] for i in answerable]),
        "mrr": _mean([i["reciprocal_rank"] for i in answerable]),
        "verbatim_rate": sum(i["n_verbatim"] for i in items) / n_cites if n_cites else None,
        "n_citations": n_cites,
        "citation_precision": _mean([i["citation_precision"] for i in answerable]),
        "citation_recall": _mean([i["citation_recall"] for i in answerable]),
        "accuracy": _mean([float(i["correct"]) for i in answerable]),
        "key_fact_recall": _mean([i["key_fact_recall"] for i in answerable]),
        "token_f1": _mean([i["token_f1"] for i in answerable]),
        "abstention_accuracy": m.abstention_accuracy(items) if items else None,
        "answered_when_answerable": _mean([float(not i["abstained"]) for i in answerable]),
        "abstained_when_unanswerable": _mean([float(i["abstained"]) for i in unanswerable]),
        "latency_p50_s": _pct(totals_s, 50),
        "latency_p95_s": _pct(totals_s, 95),
        "first_token_p50_s": _pct(first_s, 50),
        "first_token_p95_s": _pct(first_s, 95),
        "errors": sum(bool(i["error"]) for i in items),
    }


def run_qa(qa: EvalSet, engine: AnswerEngine, docs_text: Mapping[str, str], k: int,
           limit: int | None = None, progress: Progress | None = None) -> dict[str, Any]:
    """Ask every question (or ``limit`` of them, spread over the set) and score the answers.

    Raises:
        InputError: A reference quote is not in the documents.
        ModelError: The model failed on the first question (nothing would work).

    """
    refs = locate_references(qa, docs_text)
    items: list[dict[str, Any]] = []
    for index in spread(len(qa.items), limit):
        row = qa.items[index]
        try:
            answer = engine.ask(row["question"], k)
        except InputError:
            answer = None
        if not items and answer is not None and answer.error and not answer.answer.strip():
            raise ModelError(answer.error)
        items.append(score_answer(row, answer, refs[index], docs_text, k))
        if progress:
            progress(row["id"])
    return {"totals": qa_totals(items), "items": items}


# ------------------------------------------------------------------------ framing


def _prf(p: m.PRF) -> dict[str, Any]:
    return {"precision": p.precision, "recall": p.recall, "f1": p.f1,
            "n_pred": p.n_pred, "n_gold": p.n_gold}


def framing_texts(fs: EvalSet, seeds_dir: Path) -> dict[str, str]:
    """The text of every document the gold spans name, checked against each span's text.

    Raises:
        InputError: A document is missing, or a span's offsets do not fit its text.

    """
    texts: dict[str, str] = {}
    for index, row in enumerate(fs.items):
        name = row["doc"]
        if name not in texts:
            path = find_doc(name, fs.source(index), seeds_dir)
            if path is None:
                raise InputError(
                    f"{fs.where(index)} names document {name!r}, found neither beside the set nor in "
                    f"{seeds_dir}; put the file there or fix the name."
                )
            texts[name] = path.read_text(encoding="utf-8")
        text = texts[name]
        if row["end"] > len(text) or ("text" in row and text[row["start"]:row["end"]] != row["text"]):
            raise InputError(
                f"{fs.where(index)}: {name}[{row['start']}:{row['end']}] is not {row.get('text', '')!r}; "
                "fix the offsets or the text."
            )
    return texts


def run_framing(fs: EvalSet, texts: Mapping[str, str], tagger: Tagger,
                progress: Progress | None = None) -> dict[str, Any]:
    """Tag every document of a gold set and score the spans (SemEval-2020 Task 11)."""
    gold = [m.Span(r["doc"], r["start"], r["end"], r["technique"]) for r in fs.items]
    preds: list[m.Span] = []
    items: list[dict[str, Any]] = []
    seconds = 0.0
    for name, text in texts.items():
        started = time.perf_counter()
        spans = list(tagger(text))
        took = time.perf_counter() - started
        seconds += took
        doc_preds = [m.Span(name, s.start, s.end, s.technique) for s in spans]
        doc_gold = [g for g in gold if g.doc == name]
        preds.extend(doc_preds)
        items.append({
            "doc": name, "chars": len(text), "seconds": round(took, 5),
            **{k: v for k, v in _prf(m.span_prf(doc_preds, doc_gold)).items()},
            "group_f1": m.group_prf(doc_preds, doc_gold).f1,
            "predicted": [
                {"start": s.start, "end": s.end, "text": text[s.start:s.end], "technique": s.technique,
                 "score": round(float(getattr(s, "score", 0.0) or 0.0), 4)}
                for s in spans
            ],
        })
        if progress:
            progress(name)
    size = sum(len(t.encode("utf-8")) for t in texts.values())
    totals = {
        "n_docs": len(texts), "n_gold": len(gold), "n_pred": len(preds),
        "overall": _prf(m.span_prf(preds, gold)),
        "span_only": _prf(m.span_prf(preds, gold, match_technique=False)),
        "group": _prf(m.group_prf(preds, gold)),
        "per_technique": {n: _prf(p) for n, p in m.per_technique_prf(preds, gold).items()},
        "seconds": seconds,
        "mb_per_s": size / 1e6 / seconds if seconds > 0 else None,
    }
    return {"totals": totals, "items": items}


# ---------------------------------------------------------------------------- all


def default_tagger(mode: str, chat_model: BaseChatModel | None = None) -> Tagger:
    """The rule tagger (``rules``) or the LLM tagger (``llm``, needs a chat model)."""
    if mode == "llm":
        from slant import framing

        tag_with_llm = getattr(framing, "tag_with_llm", None)
        if tag_with_llm is None or chat_model is None:
            raise InputError("the LLM tagger is not available here; use --tagger rules.")
        return lambda text: tag_with_llm(text, chat_model)
    from slant.framing import tag

    tag("Warm up the word lists.")  # the first call loads them; keep that out of the speed
    return tag


def run_info(settings: Settings, sets: Sequence[EvalSet], **extra: Any) -> dict[str, Any]:
    """Who, what and when: model, k, embeddings, date, versions, files."""
    from slant import __version__

    return {
        "model": settings.llm, "k": settings.k, "embeddings": settings.embeddings,
        "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "slant_version": __version__, "python": sys.version.split()[0],
        "platform": platform.platform(terse=True),
        "files": [str(s.path) for s in sets], **extra,
    }


def evaluate(
    settings: Settings,
    sets: Sequence[EvalSet],
    *,
    chat_model: BaseChatModel | None = None,
    embeddings: Embeddings | None = None,
    tagger: Tagger | None = None,
    tagger_mode: str = "rules",
    limit: int | None = None,
    progress: bool = True,
) -> dict[str, Any]:
    """Run every set and return the whole report (run info, QA and framing results).

    Several sets of one kind are scored together as one set in the order given.

    Raises:
        InputError: A set names a missing document or holds a quote not in it.
        ModelError: The model cannot answer at all.

    """
    from tqdm import tqdm  # type: ignore[import-untyped]

    started = time.perf_counter()
    began = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    report: dict[str, Any] = {}
    qa_sets = [s for s in sets if s.kind == "qa"]
    framing_sets = [s for s in sets if s.kind == "framing"]
    bar = tqdm(total=len(spread(sum(len(s.items) for s in qa_sets), limit)), unit="q", desc="eval",
               file=sys.stderr, disable=None if progress else True)

    def tick(label: str) -> None:
        bar.set_postfix_str(label[:30])
        bar.update(1)

    try:
        if framing_sets:
            bar.set_description("tagger")
            fs = _merge(framing_sets)
            texts = framing_texts(fs, settings.seeds_dir)
            report["framing"] = run_framing(fs, texts, tagger or default_tagger(tagger_mode, chat_model))
        if qa_sets:
            from slant.service import build_engine

            bar.set_description("qa")
            store = prepare_store(settings, qa_sets, embeddings)
            docs_text = {d.id: d.text for d in store.documents()}
            engine = build_engine(settings, store=store, chat_model=chat_model, annotate=None)
            report["qa"] = run_qa(_merge(qa_sets), engine, docs_text, settings.k, limit, tick)
    finally:
        bar.close()

    info = run_info(settings, sets, date=began, limit=limit, tagger=tagger_mode, prompt=settings.answer_prompt,
                    seconds=round(time.perf_counter() - started, 2))
    return {"run": info, **report}


def _merge(sets: Sequence[EvalSet]) -> EvalSet:
    if len(sets) == 1:
        return sets[0]
    merged = EvalSet(sets[0].path, sets[0].kind)
    for s in sets:
        merged.items.extend(s.items)
        merged.lines.extend(s.lines)
        merged.sources.extend(s.source(i) for i in range(len(s.items)))
    return merged
