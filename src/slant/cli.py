"""The ``slant`` command line. Commands stay thin: parse flags, call a module, print.

Each command module exposes ``register(subparsers)``, which adds its sub-parser and sets
``handler`` (a function taking the parsed args and returning an exit code).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from slant import __version__
from slant.errors import SlantError


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    from slant.commands import register_all

    parser = argparse.ArgumentParser(
        prog="slant", description="Read slanted news critically: grounded answers and a framing tagger."
    )
    parser.add_argument("--version", action="version", version=f"slant {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show debug logging")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; user mistakes end in one sentence on stderr and exit code 2."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="slant: %(levelname)s: %(message)s",
    )
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except SlantError as exc:
        print(f"slant: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("slant: interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
