"""Two-turn conversations over the seeds: does a follow-up find its article, and what does history cost?

Usage: python benchmarks/bench_followups.py [--llm local] [--embeddings local] [--retrieval-only]
       [--prompts answer.v4,answer.v5] [--out benchmarks/results/followups-local.json]

Each conversation is a standalone first question, then a follow-up that only makes sense
after it ("And what about Russia?", "Who said it?", "What does the second one say..."), with
the article and a key phrase the follow-up should find; the last one is a control (a
standalone second question that must not be read as a follow-up). For each follow-up:

- recall: is the expected article among the numbered sentences the model sees, and does one
  of its sentences hold the key phrase: searched alone (before this change) and with the
  conversation (the previous question and the titles the first answer cited);
- with the model: the follow-up answered ``alone`` (as before: no history), ``search`` (the
  conversation in retrieval, answer.v3: no history in the prompt) and once per history
  prompt (the conversation in retrieval and the prompt: answer.v4 shows the last question
  and the first sentence of its answer, answer.v5 the question only); first-token and total
  time, prompt tokens (cl100k), whether the expected article was cited and whether the
  answer names the key phrase ("right" when both).

Runs one model in this process; the first answer (the first conversation's first turn) pays
the model load and is left out of the latency figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slant.answer import Answer, AnswerEngine, Retrieved
from slant.config import PROJECT_ROOT, Settings
from slant.conversation import Turn, is_follow_up
from slant.llm import make_chat_model
from slant.prompts import load_prompt
from slant.retrieval import HybridRetriever
from slant.service import ingest_paths, open_store
from slant.tokens import count_tokens


@dataclass(frozen=True)
class Conversation:
    """A first question, a follow-up, the article (id prefix) and phrase the follow-up needs."""

    first: str
    follow_up: str
    doc: str | None  # None: the second article the first answer cited
    key: str  # "": finding the article is enough
    control: bool = False  # the second question stands alone: it must not be read as a follow-up


CONVERSATIONS = (
    Conversation("What do the leaked ISIS documents say about cooperation between ISIS and the Assad regime?",
                 "And what about Russia?", "002", "russia"),
    Conversation("What did Mattis say about Russia on April 25th?", "What did he say about Iran?", "003", "iran"),
    Conversation("Who is Stuart Ramsay?", "Who did he say confirmed the information?", "002", "defector"),
    Conversation("Which Syrian city has IS largely controlled since 2015?", "Which part of it never fell?",
                 "001", "airport"),
    Conversation("What was the first concrete expression of the military alliance between Syria and Iraq, "
                 "according to The Duran?", "Who carried out those strikes?", "004", "f16"),
    Conversation("Which articles mention Palmyra, and what do they say happened there?",
                 "What does the second one say about it?", None, ""),  # whichever article is second
    Conversation("Which article says it may take 20 years before we know what is going on?", "Who said it?",
                 "002", "ashraf"),
    Conversation("Who wrote the RCIT article about Assad opening a corridor for ISIS?",
                 "Who accused Justin Trudeau of being a 'fake feminist', and where?", "004", "feminist", control=True),
)


def retrieved(engine: AnswerEngine, question: str, history: list[Turn]) -> Retrieved:
    """The sources a question gets, without asking the model."""
    return next(e for e in engine.stream(question, history=history) if isinstance(e, Retrieved))


def recall(event: Retrieved, doc: str | None, key: str) -> dict[str, bool]:
    """Whether the model is shown the article, and a sentence of it with the key phrase."""
    return {
        "doc_shown": any(s.doc == doc for s in event.sentences),
        "key_shown": any(s.doc == doc and key in s.text.lower() for s in event.sentences),
    }


def answered(engine: AnswerEngine, question: str, history: list[Turn], doc: str | None, key: str) -> dict[str, Any]:
    """One answer with its timings, prompt size and whether it found the article."""
    event = retrieved(engine, question, history)
    messages = engine.messages(question, event.sentences, None, history)
    answer: Answer = engine.ask(question, history=history)
    return {
        "first_token_s": round(answer.timings["first_token_s"], 2),
        "total_s": round(answer.timings["total_s"], 2),
        "prompt_tokens": sum(count_tokens(m.text) for m in messages),
        "cited_doc": any(c.doc == doc for c in answer.citations),
        "key_in_answer": key in answer.answer.lower(),
        "right": any(c.doc == doc for c in answer.citations) and key in answer.answer.lower(),
        "abstained": answer.abstained,
        "answer": answer.answer,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--llm", default="local")
    parser.add_argument("--embeddings", default="local")
    parser.add_argument("--home", type=Path)
    parser.add_argument("--retrieval-only", action="store_true")
    parser.add_argument("--prompts", default="answer.v4,answer.v5", help="history prompts to compare")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="slant-followups-"))
    settings = Settings.load(home=home, llm=args.llm, embeddings=args.embeddings,
                             models_dir=PROJECT_ROOT / ".slant" / "models")
    store = open_store(settings, create=True)
    ingest_paths(store, [settings.seeds_dir])
    retriever = HybridRetriever(store, k=settings.k)
    model = None if args.retrieval_only else make_chat_model(settings.llm, settings)
    prompts = [p.strip() for p in args.prompts.split(",") if p.strip()]
    engines = {
        name: AnswerEngine(retriever, model, load_prompt(name, settings.prompts_dir),  # type: ignore[arg-type]
                           model_name=settings.llm, context_tokens=settings.context_tokens,
                           history_tokens=settings.history_tokens)
        for name in ("answer.v3", *prompts)
    }
    ids = sorted(store.document_infos())
    rows: list[dict[str, Any]] = []
    for index, talk in enumerate(CONVERSATIONS):
        if model is None:
            first = retrieved(engines["answer.v3"], talk.first, [])
            cited = list(dict.fromkeys(s.doc for s in first.sentences))[:2]
            titles = {s.doc: s.title for s in first.sentences}
            turn = Turn(talk.first, "", tuple(titles[d] for d in cited))
        else:
            answer = engines["answer.v3"].ask(talk.first)  # a first question: the same with every prompt
            cited = list(dict.fromkeys(c.doc for c in answer.citations))
            turn = Turn(talk.first, answer.answer, tuple(dict.fromkeys(c.title for c in answer.citations)))
        if talk.doc is None:  # "the second one": nothing to find if the first answer cited one article
            doc = cited[1] if len(cited) > 1 else None
        else:
            doc = next(d for d in ids if d.startswith(talk.doc))
        row: dict[str, Any] = {
            "first": talk.first, "follow_up": talk.follow_up, "doc": doc, "key": talk.key,
            "control": talk.control, "read_as_follow_up": is_follow_up(talk.follow_up),
            "first_sources": list(turn.sources), "first_answer": turn.answer, "cold": index == 0,
            "recall_alone": recall(retrieved(engines["answer.v3"], talk.follow_up, []), doc, talk.key),
            "recall_conversation": recall(retrieved(engines["answer.v3"], talk.follow_up, [turn]), doc, talk.key),
        }
        if model is not None:
            row["alone"] = answered(engines["answer.v3"], talk.follow_up, [], doc, talk.key)
            row["search"] = answered(engines["answer.v3"], talk.follow_up, [turn], doc, talk.key)
            for name in prompts:
                row[name] = answered(engines[name], talk.follow_up, [turn], doc, talk.key)
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    summary = summarise(rows, ["alone", "search", *prompts] if model is not None else [])
    print(json.dumps(summary, indent=1))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"settings": {"llm": settings.llm, "embeddings": settings.embeddings,
                                                     "history_tokens": settings.history_tokens, "k": settings.k},
                                        "summary": summary, "conversations": rows}, indent=1, ensure_ascii=False))


def summarise(rows: list[dict[str, Any]], variants: list[str]) -> dict[str, Any]:
    """Counts over the follow-ups (controls and follow-ups with nothing to find excluded), latency medians."""
    follow = [r for r in rows if not r["control"] and r["doc"]]
    summary: dict[str, Any] = {
        "follow_ups": len(follow),
        "read_as_follow_up": sum(r["read_as_follow_up"] for r in follow),
        "controls_read_as_follow_up": sum(r["read_as_follow_up"] for r in rows if r["control"]),
    }
    for kind in ("recall_alone", "recall_conversation"):
        summary[kind] = {k: sum(r[kind][k] for r in follow) for k in ("doc_shown", "key_shown")}
    for variant in variants:
        answers = [r[variant] for r in follow]
        summary[variant] = {
            "cited_doc": sum(a["cited_doc"] for a in answers),
            "key_in_answer": sum(a["key_in_answer"] for a in answers),
            "right": sum(a["right"] for a in answers),
            "abstained": sum(a["abstained"] for a in answers),
            "first_token_median_s": statistics.median(a["first_token_s"] for a in answers),
            "total_median_s": statistics.median(a["total_s"] for a in answers),
            "prompt_tokens_median": statistics.median(a["prompt_tokens"] for a in answers),
        }
    for name in variants[2:]:
        extra = [r[name]["first_token_s"] - r["search"]["first_token_s"] for r in follow]
        summary[f"{name}_first_token_extra_s"] = {"each": [round(x, 2) for x in extra],
                                                  "median": round(statistics.median(extra), 2)}
    return summary


if __name__ == "__main__":
    main()
