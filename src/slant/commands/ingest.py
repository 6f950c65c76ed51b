"""``slant ingest [PATH...]``: add documents to the store (idempotent, resumable)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from slant.commands.common import add_store_flags, settings_from
from slant.corpus import Document, find_files
from slant.errors import InputError
from slant.service import ingest_paths, open_store
from slant.store import reset


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``ingest`` command."""
    parser = subparsers.add_parser("ingest", help="add .txt/.md/.html files or folders to the store")
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the seeds)")
    parser.add_argument(
        "--rebuild", action="store_true",
        help="start a fresh store (the old embedded store folder is kept aside, not deleted)",
    )
    add_store_flags(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Ingest and print a one-line summary."""
    from tqdm import tqdm

    settings = settings_from(args)
    paths = args.paths or [settings.seeds_dir]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}; check the path.")
    files = find_files(paths)
    if not files:
        raise InputError("no .txt, .md or .html files there; give files or a folder that holds some.")
    if args.rebuild:
        kept = reset(settings)
        if kept:
            print(kept, file=sys.stderr)
    store = open_store(settings, create=True)
    skipped: list[str] = []
    with tqdm(total=len(files), unit="doc", desc="ingest", file=sys.stderr, disable=None) as bar:

        def progress(document: Document, status: str) -> None:
            bar.update(1)
            bar.set_postfix_str(f"{status} {document.id}"[:40])

        report = ingest_paths(store, files, skipped, progress)
    for message in skipped:
        print(f"slant: skipped: {message}", file=sys.stderr)
    print(
        f"ingested {report.added} new, {report.updated} changed, {report.unchanged} unchanged "
        f"({report.chunks} chunks, {report.seconds:.1f}s); store has {store.document_count()} "
        f"documents, {store.chunk_count()} chunks at {store.location}"
    )
    readable = report.added + report.updated + report.unchanged
    return 0 if readable else 2

