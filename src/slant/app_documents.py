"""Handlers of the Documents and Tag tabs: profiles, the chart's data, uploads, tagging.

Plain functions of an ``AppState`` like those in ``slant.app_handlers``. An uploaded
file's name is never used as a path: only its sanitised basename becomes a document id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from slant import app_render as render
from slant.app_handlers import AppState, render_document, warning
from slant.corpus import Document, load_document
from slant.errors import InputError, SlantError, UnreadableFileError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
"""Largest file accepted from the browser (the tagger and the store take bigger ones from the CLI)."""
MAX_TAG_CHARS = 200_000
"""Longest pasted text the Tag tab highlights in one go."""
UPLOAD_SUFFIXES = (".txt", ".md", ".html")


# ---- documents ----------------------------------------------------------------------


def document_choices(state: AppState) -> list[tuple[str, str]]:
    """(title, id) of every stored document."""
    return [(f"{d.get('title', i)}"[:90], i) for i, d in sorted(state.store.document_infos().items())]


def show_document(state: AppState, doc_id: str | None) -> str:
    """One stored document, highlighted."""
    if not doc_id:
        return render.note("Pick a document to read it with its flagged spans.")
    document = state.store.document(doc_id)
    if document is None:
        return render.note(f"{doc_id} is not in the store.")
    return render_document(state, document)


def short_label(title: str, limit: int = 26) -> str:
    """A compact chart label for a document."""
    return title if len(title) <= limit else title[: limit - 1] + "…"


def documents_overview(state: AppState, group: str = "document") -> tuple[str, list[dict[str, Any]]]:
    """Profiles side by side (HTML) and chart rows {source, technique, per_1000_words}.

    Args:
        state: The app state.
        group: "document" for a bar per document, "outlet" to pool documents by outlet.

    """
    from slant.framing import TECHNIQUES

    profiles = [state.profile(d) for d in state.store.documents()]
    table = render.profile_table(profiles, list(TECHNIQUES))
    counts: dict[str, dict[str, int]] = {}
    words: dict[str, int] = {}
    for p in profiles:
        if group == "outlet":
            label = str(p.get("outlet") or "outlet unknown")
        else:
            label = short_label(str(p.get("title", p.get("doc"))))
        words[label] = words.get(label, 0) + int(p.get("words", 0))
        bucket = counts.setdefault(label, {})
        for technique, n in p.get("counts", {}).items():
            bucket[technique] = bucket.get(technique, 0) + int(n)
    rows = [
        {"source": label, "technique": render.technique_label(t),
         "per_1000_words": round(1000 * n / max(words[label], 1), 2)}
        for label, bucket in counts.items() for t, n in bucket.items() if n
    ]
    return table, rows


# ---- uploads and the tag tab --------------------------------------------------------


def upload_id(filename: str) -> str:
    """A safe document id from an uploaded file's name: its basename, sanitised.

    Raises:
        InputError: The name has no usable characters or an unsupported extension.

    """
    base = PurePosixPath(filename.replace("\\", "/")).name
    suffix = PurePosixPath(base).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise InputError(f"{base or 'the file'} is not a .txt, .md or .html file; upload one of those.")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", base[: -len(suffix)]).strip("._-")[:80]
    if not stem:
        raise InputError("the file name has no letters or digits; rename the file and upload it again.")
    return f"{stem}{suffix}"


def read_upload(path: str | Path) -> Document:
    """Read an uploaded file (a server-side temp path) as a Document with a safe id.

    Raises:
        InputError: Wrong type or over the size limit.
        UnreadableFileError: Binary, empty or not UTF-8.

    """
    path = Path(path)
    doc_id = upload_id(path.name)
    try:
        size = path.stat().st_size
    except OSError:
        raise InputError(f"{doc_id} did not arrive; upload it again.") from None
    if size > MAX_UPLOAD_BYTES:
        raise InputError(
            f"{doc_id} is {size / 1e6:.1f} MB, over the {MAX_UPLOAD_BYTES / 1e6:.0f} MB upload limit; "
            "split it or add it with `slant ingest`."
        )
    return load_document(path, name=doc_id)


def add_documents(state: AppState, paths: Sequence[str | Path] | None) -> str:
    """Add uploaded files to the store; say what happened to each, in Markdown."""
    if not paths:
        return warning("choose one or more .txt, .md or .html files first.")
    lines: list[str] = []
    documents: list[Document] = []
    for path in paths:
        try:
            document = read_upload(path)
        except (InputError, UnreadableFileError) as exc:
            lines.append(f"- {warning(str(exc))}")
            continue
        existing = state.store.document(document.id)
        if existing is not None and existing.sha256 != document.sha256:
            # Never overwrite another document (a seed, say) that happens to share the name.
            stem, suffix = document.id.rsplit(".", 1)
            document = replace(document, id=f"{stem}-{document.sha256[:8]}.{suffix}")
        documents.append(document)
    if documents:
        try:
            statuses: dict[str, str] = {}
            state.store.ingest(documents, on_document=lambda d, s: statuses.__setitem__(d.id, s))
        except SlantError as exc:
            return warning(str(exc))
        for document in documents:
            status = statuses.get(document.id, "added")
            verb = "already in the store" if status == "unchanged" else status
            lines.append(f"- **{document.id}** ({document.title[:80]}): {verb}.")
    return "\n".join(lines)


def tag_text(state: AppState, text: str | None, path: str | Path | None = None) -> tuple[str, str]:
    """Highlight pasted text (or an uploaded file) and profile it: (highlighted, profile)."""
    from slant.framing import TECHNIQUES, profile, tag

    name = "pasted text"
    try:
        if path:
            document = read_upload(path)
            text, name = document.text, document.id
        text = text or ""
        if not text.strip():
            raise InputError("paste some text or upload a .txt, .md or .html file to tag.")
        if len(text) > MAX_TAG_CHARS:
            raise InputError(
                f"the text is {len(text):,} characters; tag at most {MAX_TAG_CHARS:,} at a time (split it)."
            )
    except (InputError, UnreadableFileError) as exc:
        return render.note(warning(str(exc))), ""
    spans = [span.to_dict() for span in tag(text)]  # not cached: pasted texts are one-offs
    colours = render.colour_map(TECHNIQUES)
    highlighted = render.document_view(name, f"{len(spans)} flagged spans", text, spans, colours, TECHNIQUES)
    return highlighted, render.profile_summary(profile(name, text, frames=state.frames(text)).to_dict())
