"""``slant chat``: open the Gradio chat app (on 127.0.0.1:7860 by default) and say where."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from typing import Any

from slant.commands.common import add_model_flags, add_store_flags, settings_from

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``chat`` command."""
    parser = subparsers.add_parser("chat", help="open the chat app in your browser (http://127.0.0.1:7860)")
    parser.add_argument(
        "--host", default="127.0.0.1",
        help="address to listen on (default 127.0.0.1; any other needs SLANT_AUTH=user:pass)",
    )
    parser.add_argument("--port", type=int, default=7860, help="port to listen on (default 7860)")
    add_model_flags(parser)
    add_store_flags(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check the login, ingest the seeds if the store is empty, serve until interrupted."""
    from slant.app import resolve_auth, serve
    from slant.app_handlers import make_state

    settings = settings_from(args)
    auth = resolve_auth(args.host, settings.auth)  # refuse before any slow work
    print(f"slant: opening the store in {settings.home} (the seeds are ingested if it is empty)…",
          file=sys.stderr)
    state = make_state(settings)
    threading.Thread(target=_warm_up, args=(state,), daemon=True).start()
    demo, url = serve(state, args.host, args.port, auth)
    print(f"Slant chat is running at {url}  (Ctrl+C to stop)", flush=True)
    try:
        demo.block_thread()
    finally:
        demo.close()
    return 0


def _warm_up(state: Any) -> None:
    """Build the default engine in the background so the first question starts sooner."""
    try:
        state.engine(state.settings.llm)
    except Exception as exc:  # the first question reports it properly
        log.warning("the model %s is not ready: %s", state.settings.llm, exc)
