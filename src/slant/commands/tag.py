"""``slant tag [FILE...]``: flag propaganda techniques, as highlighted text, JSON or a profile."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slant.corpus import decode_text
from slant.errors import SlantError, UnreadableFileError

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import BaseChatModel

    from slant.config import Settings
    from slant.framing import FrameScore, Span

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
    parser.add_argument(
        "--frames", metavar="{lexicon,embeddings,llm}",
        help="how --profile finds news frames: cue words (default), an embedding model, or the --llm model",
    )
    parser.add_argument(
        "--embeddings", metavar="SPEC", help="embedding model of --frames embeddings (local, hashing, openai:MODEL)"
    )
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


def make_embedding_model(spec: str) -> Embeddings:
    """The embedding model for ``--frames embeddings`` (imported lazily)."""
    from slant.embeddings import make_embeddings

    return make_embeddings(spec)


def frame_classifier(settings: Settings, model: BaseChatModel | None) -> Callable[[str], list[FrameScore]]:
    """The profile's frame finder for ``settings.frames``; the llm mode reuses the ``--llm`` model if any."""
    from slant.framing import frame_classifier as build

    if settings.frames == "embeddings":
        return build("embeddings", embeddings=make_embedding_model(settings.embeddings))
    if settings.frames == "llm":
        chat_model = model or make_model(settings.llm)
        classify = build("llm", chat_model=chat_model, prompts_dir=settings.prompts_dir)

        def with_model_errors(text: str) -> list[FrameScore]:
            from slant.llm import model_errors

            with model_errors(settings.llm):
                return classify(text)

        return with_model_errors
    return build(settings.frames)


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
    frames = None
    if args.profile:
        from slant.config import Settings

        frames = frame_classifier(Settings.load(frames=args.frames, embeddings=args.embeddings, llm=args.llm), model)
    elif args.frames or args.embeddings:
        print("slant: warning: --frames and --embeddings only change the --profile table.", file=sys.stderr)
    color = sys.stdout.isatty() and not args.no_color and not os.environ.get("NO_COLOR")
    profiles = []
    for i, (name, text) in enumerate(docs):
        spans = _tag_one(text, model, args.llm)
        if args.json:
            for span in spans:
                print(json.dumps({"doc": name, **span.to_dict()}, ensure_ascii=False))
        elif frames is not None:
            profiles.append(profile(name, text, spans, frames=frames(text)))
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
