"""``slant tag [FILE...]``: flag propaganda techniques, as highlighted text, JSON or a profile."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slant.corpus import decode_text
from slant.errors import SlantError, UnreadableFileError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from slant.framing import Span

STDIN = "-"
LLM_REPLY_TOKENS = 600  # a list of phrases needs more room than a short answer


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``tag`` command."""
    parser = subparsers.add_parser(
        "tag",
        help="flag loaded language and other propaganda techniques in text files",
        description="Flag propaganda techniques (SemEval-2020 Task 11) in FILEs or stdin.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="text files; '-' or none reads stdin")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON Lines, one span a line")
    out.add_argument("--profile", action="store_true", help="print a profile table, one column per file")
    parser.add_argument("--explain", action="store_true", help="list each flag with its reason")
    parser.add_argument("--no-color", action="store_true", help="never use ANSI colours")
    parser.add_argument("--llm", metavar="SPEC", help="also ask a chat model (local, openai:MODEL, ...)")
    parser.set_defaults(handler=run)


def read_input(name: str) -> str:
    """The UTF-8 text of a file, or of stdin for ``-``.

    Raises:
        UnreadableFileError: The file is missing, binary, empty or not UTF-8.

    """
    if name == STDIN:
        data = sys.stdin.buffer.read()
        return decode_text(data, "stdin")
    try:
        data = Path(name).read_bytes()
    except IsADirectoryError:
        raise UnreadableFileError(f"{name} is a folder; give the text files inside it.") from None
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {name} ({exc.strerror}); check the path.") from None
    return decode_text(data, name)


def make_model(spec: str) -> BaseChatModel:
    """The chat model for ``--llm`` (imported lazily: the offline path never loads it)."""
    from slant.config import Settings
    from slant.llm import make_chat_model

    settings = Settings.load(llm=spec)
    settings = Settings.load(llm=spec, answer_tokens=max(settings.answer_tokens, LLM_REPLY_TOKENS))
    return make_chat_model(spec, settings)


def _tag_one(text: str, model: BaseChatModel | None, spec: str | None) -> list[Span]:
    from slant.framing import tag, tag_with_llm

    if model is None:
        return tag(text)
    from slant.config import Settings
    from slant.llm import model_errors

    with model_errors(spec or ""):
        return tag_with_llm(text, model, prompts_dir=Settings.load().prompts_dir)


def run(args: argparse.Namespace) -> int:
    """Tag each readable input; warn about and skip unreadable ones (exit 2 if none)."""
    from slant.framing import profile
    from slant.framing.render import explanations, highlight, legend, profile_table

    names = list(args.files) or [STDIN]
    docs: list[tuple[str, str]] = []
    errors: list[SlantError] = []
    for name in names:
        try:
            docs.append((name, read_input(name)))
        except UnreadableFileError as exc:
            errors.append(exc)
    if not docs and len(errors) == 1:
        raise errors[0]
    for error in errors:
        print(f"slant: warning: skipped: {error}", file=sys.stderr)
    if not docs:
        print("slant: no input was readable; give UTF-8 text files.", file=sys.stderr)
        return 2
    model = make_model(args.llm) if args.llm else None
    color = sys.stdout.isatty() and not args.no_color and not os.environ.get("NO_COLOR")
    profiles = []
    for i, (name, text) in enumerate(docs):
        spans = _tag_one(text, model, args.llm)
        if args.json:
            for span in spans:
                print(json.dumps({"doc": name, **span.to_dict()}, ensure_ascii=False))
        elif args.profile:
            profiles.append(profile(name, text, spans))
        else:
            if len(docs) > 1:
                print(("\n" if i else "") + f"== {name} ==")
            print(highlight(text, spans, color=color).rstrip("\n"))
            print()
            print(legend(spans, color=color))
            if args.explain and spans:
                print(explanations(spans))
    if args.profile:
        print(profile_table(profiles))
    return 0
