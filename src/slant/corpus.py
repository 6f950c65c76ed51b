"""Load documents from files: text, ids and metadata.

A document's id is its file name (``002_e8894783bb472cdf.txt``), which is what users see
and what ``slant ask --json`` reports as ``doc``. Its text is kept exactly as decoded from
UTF-8 (HTML is reduced to its visible text first); every offset in Slant indexes it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from slant.errors import UnreadableFileError

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".html", ".htm")
METADATA_FILE = "metadata.json"
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """One source article."""

    id: str
    text: str
    title: str
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def sha256(self) -> str:
        """Content hash, used to skip unchanged documents on re-ingest."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def decode_text(data: bytes, name: str) -> str:
    """Decode file bytes as UTF-8 text, rejecting binary and empty content.

    Raises:
        UnreadableFileError: The bytes are empty, binary or not UTF-8.

    """
    if b"\x00" in data[:8192]:
        raise UnreadableFileError(f"{name} looks binary; give a .txt, .md or .html file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFileError(
            f"{name} is not UTF-8 text; convert it (e.g. `iconv -t UTF-8`) and add it again."
        ) from None
    if not text.strip():
        raise UnreadableFileError(f"{name} is empty; add a file with some text in it.")
    return text


class _TextExtractor(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg"})
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article",
              "section", "blockquote", "header", "footer", "ul", "ol", "table", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skipping += 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and self._skipping:
            self._skipping -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """Reduce HTML to its visible text, one block per paragraph.

    Returns:
        The text and the page title ("" when there is none).

    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    paragraphs = "\n\n".join(line for line in lines if line)
    return paragraphs, " ".join(parser.title.split())


def first_line_title(text: str, limit: int = 160) -> str:
    """The first non-blank line, used as a title when none is known."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:limit]
    return ""


def load_document(path: Path, meta: dict[str, str] | None = None, name: str | None = None) -> Document:
    """Read one file as a Document.

    Args:
        path: The file.
        meta: Known metadata (title, outlet, author, date) for it.
        name: The document id; the file name by default (uploads pass the original name).

    Raises:
        UnreadableFileError: The file is missing, too big, binary, empty or not UTF-8.

    """
    name = name or path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFileError(
                f"{name} is {size / 1e6:.0f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB limit; split it."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {name} ({exc.strerror}); check the path.") from None
    text = decode_text(data, name)
    html_title = ""
    if path.suffix.lower() in (".html", ".htm"):
        text, html_title = html_to_text(text)
        if not text.strip():
            raise UnreadableFileError(f"{name} has no visible text; add a page with an article in it.")
    # Titles, outlets, authors and dates are shown on one line above the quoted sources in
    # the prompt: a line break inside them could forge the prompt's delimiter lines.
    meta = {k: " ".join(str(v).split()) for k, v in (meta or {}).items() if v is not None}
    return Document(
        id=name,
        text=text,
        title=meta.get("title") or html_title or first_line_title(text) or name,
        outlet=meta.get("outlet") or None,
        author=meta.get("author") or None,
        date=meta.get("date") or None,
        meta=meta,
    )


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """Read ``metadata.json`` (file name -> title/outlet/author/date) from a folder, if any."""
    path = folder / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, dict)}


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into the supported files they hold, sorted, without duplicates."""
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    found[child] = None
        else:
            found[path] = None
    return list(found)


def iter_documents(
    paths: Iterable[Path], skipped: list[str] | None = None
) -> Iterator[Document]:
    """Yield the documents under ``paths`` one at a time (memory stays bounded).

    Unreadable files are skipped with a warning; their messages are appended to
    ``skipped`` when a list is given.
    """
    metadata_cache: dict[Path, dict[str, dict[str, str]]] = {}
    for path in find_files(paths):
        folder = path.parent
        if folder not in metadata_cache:
            metadata_cache[folder] = read_metadata(folder)
        try:
            yield load_document(path, metadata_cache[folder].get(path.name))
        except UnreadableFileError as exc:
            log.warning("skipped: %s", exc)
            if skipped is not None:
                skipped.append(str(exc))
