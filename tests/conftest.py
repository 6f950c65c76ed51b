"""Shared fixtures: tmp homes, deterministic embeddings, a store holding the seeds."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from slant.config import PROJECT_ROOT, Settings
from slant.embeddings import HashingEmbeddings
from slant.store import Store, forget_clients

SEEDS = PROJECT_ROOT / "seeds"
MODELS_DIR = PROJECT_ROOT / ".slant" / "models"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads the developer's SLANT_* or OpenAI settings."""
    for name in list(os.environ):
        if name.startswith("SLANT_") or name.startswith("OPENAI_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SLANT_MODELS_DIR", str(MODELS_DIR))
    yield
    forget_clients()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with a fresh home and the hashing embeddings."""
    return Settings.load(home=tmp_path / "home", embeddings="hashing", models_dir=MODELS_DIR)


@pytest.fixture
def empty_store(settings: Settings) -> Store:
    """A new, empty store."""
    return Store(settings, HashingEmbeddings(), "hashing-256", create=True)


@pytest.fixture
def seeded_store(empty_store: Store) -> Store:
    """A store holding the five seeds."""
    from slant.corpus import iter_documents

    empty_store.ingest(iter_documents([SEEDS]))
    return empty_store
