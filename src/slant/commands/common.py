"""Flags shared by several commands, and settings built from them."""

from __future__ import annotations

import argparse
from pathlib import Path

from slant.config import Settings


def add_store_flags(parser: argparse.ArgumentParser) -> None:
    """--home, --embeddings and --chroma-url."""
    parser.add_argument("--home", type=Path, help="data directory (default .slant, env SLANT_HOME)")
    parser.add_argument("--embeddings", help="embedding model: local, hashing, openai:MODEL (env SLANT_EMBEDDINGS)")
    parser.add_argument("--chroma-url", help="Chroma server URL instead of the embedded store (env SLANT_CHROMA_URL)")


def add_model_flags(parser: argparse.ArgumentParser) -> None:
    """--llm and --k."""
    parser.add_argument(
        "--llm", help="chat model: local, local:0.5b, local:PATH.gguf, openai:MODEL (env SLANT_LLM)"
    )
    parser.add_argument("--k", type=int, help="passages retrieved per question (env SLANT_K)")


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from env and whichever shared flags the command has."""
    return Settings.load(
        home=getattr(args, "home", None),
        embeddings=getattr(args, "embeddings", None),
        chroma_url=getattr(args, "chroma_url", None),
        llm=getattr(args, "llm", None),
        k=getattr(args, "k", None),
    )
