"""CLI commands, one module each; every module exposes ``register(subparsers)``."""

from __future__ import annotations

import argparse
from typing import Any


def register_all(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add every command's sub-parser."""
    from slant.commands import ask, chat, eval_cmd, ingest, serve_model, tag

    for module in (ingest, ask, chat, serve_model, tag, eval_cmd):
        module.register(subparsers)
