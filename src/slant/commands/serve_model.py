"""``slant serve-model``: the bundled model behind an OpenAI-compatible API on 127.0.0.1.

Point any OpenAI client at it: ``OPENAI_BASE_URL=http://127.0.0.1:8008/v1 slant ask
--llm openai:local ...`` runs the same code path as the real OpenAI API.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from slant.commands.common import settings_from
from slant.errors import ConfigError


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``serve-model`` command."""
    parser = subparsers.add_parser("serve-model", help="serve the bundled model on an OpenAI-compatible API")
    parser.add_argument("--llm", default="local", help="local, local:0.5b or local:PATH.gguf (default local)")
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8008, help="port (default 8008)")
    parser.add_argument("--alias", default="local", help="model name clients ask for (default local)")
    parser.add_argument("--n-ctx", type=int, default=4096, help="context window in tokens")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Start llama-cpp-python's OpenAI-compatible server; blocks until stopped."""
    from slant.llm import LocalChatModel, make_chat_model

    settings = settings_from(args)
    model = make_chat_model(args.llm, settings)
    if not isinstance(model, LocalChatModel):
        raise ConfigError("serve-model serves local models only; use --llm local, local:0.5b or local:PATH.gguf.")
    try:
        import uvicorn
        from llama_cpp.server.app import create_app
        from llama_cpp.server.settings import ModelSettings, ServerSettings
    except ImportError:
        raise ConfigError("the model server is not installed; run `make install`.") from None
    server = ServerSettings(host=args.host, port=args.port)
    model_settings = ModelSettings(
        model=model.model_path,
        model_alias=args.alias,
        n_ctx=args.n_ctx,
        n_threads=settings.threads or os.cpu_count() or 1,
        n_batch=512,
        verbose=False,
    )
    app = create_app(server_settings=server, model_settings=[model_settings])
    print(f"serving {args.alias} at http://{args.host}:{args.port}/v1 (Ctrl+C to stop)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
