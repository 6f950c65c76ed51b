"""``slant ask "QUESTION"``: answer from the store, with numbered verbatim quotes."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any, TextIO

from slant.answer import Answer, Token, validate_question
from slant.commands.common import add_model_flags, add_store_flags, settings_from
from slant.service import build_engine


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``ask`` command."""
    parser = subparsers.add_parser("ask", help="answer a question from the ingested articles")
    parser.add_argument("question", help="the question, in quotes")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_model_flags(parser)
    add_store_flags(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Answer, streaming tokens to a terminal; exit 1 when the model failed part-way."""
    settings = settings_from(args)
    validate_question(args.question, settings.max_question_chars, settings.context_tokens)
    engine = build_engine(settings)
    live = not args.json and sys.stdout.isatty()
    answer: Answer | None = None
    for event in engine.stream(args.question, settings.k):
        if isinstance(event, Token) and live:
            print(event.text, end="", flush=True)
        elif isinstance(event, Answer):
            answer = event
    assert answer is not None
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False))
    else:
        if live:
            print()
        print_answer(answer, sys.stdout, show_text=not live or answer.abstained)
    if answer.error:
        print(f"slant: {answer.error}", file=sys.stderr)
        return 1
    return 0


def print_answer(answer: Answer, out: TextIO, show_text: bool = True) -> None:
    """The answer, then its quotes numbered as cited, each with its document title."""
    if show_text and answer.answer:
        print(answer.answer, file=out)
    for citation in answer.citations:
        quote = textwrap.fill(
            citation.quote, width=88, initial_indent="    “", subsequent_indent="     "
        )
        print(f"\n[{citation.n}] {citation.title} ({citation.doc}:{citation.start}-{citation.end})", file=out)
        print(f"{quote}”", file=out)
    for check in answer.checked_quotes:
        if not check.found:
            print(f"\nwarning: the answer quotes “{check.text}”, which is not in the sources.", file=out)
    if not answer.abstained and not answer.citations and not answer.error:
        print("\nwarning: the model cited no source sentence; treat this answer as unsupported.", file=out)
