"""Settings: one name, one default and one place for each.

Every field can be overridden by an environment variable ``SLANT_<FIELD>`` (upper case)
and, where the CLI offers one, by a flag. Settings are read once, when a command starts,
never at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from slant.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
"""The source checkout (holds seeds/, prompts/, evals/ when run from a clone)."""


@dataclass(frozen=True)
class Settings:
    """All of Slant's settings with their defaults."""

    home: Path = Path(".slant")
    """Data directory: the embedded Chroma store, the joined model file, run reports."""
    llm: str = "local"
    """Chat model spec, see ``slant.llm.make_chat_model``."""
    embeddings: str = "local"
    """Embedding model spec, see ``slant.embeddings.make_embeddings``."""
    frames: str = "lexicon"
    """How news frames are found: lexicon (cue words), embeddings or llm.

    Applies to `tag --profile`, citations and the chat app's profiles; the last two use the
    lexicon in llm mode (the chat model is too slow per quote).
    """
    chroma_url: str = ""
    """Chroma server URL (``http://127.0.0.1:8000``); empty for the embedded store."""
    collection: str = "slant"
    """Chroma collection name."""
    k: int = 4
    """Passages retrieved per question (after fusing vector and keyword search)."""
    chunk_tokens: int = 200
    """Chunk size in cl100k tokens."""
    chunk_overlap: int = 40
    """Tokens shared by consecutive chunks."""
    context_tokens: int = 360
    """Token budget for the numbered sentences the model sees."""
    max_question_chars: int = 2000
    """Longest question accepted (a longer one would crowd out the sources)."""
    answer_prompt: str = "answer.v5"
    """Versioned answer prompt in prompts/ (compare versions with `slant eval`; follow-ups: bench_followups.py)."""
    history_tokens: int = 60
    """Token budget for the previous exchange shown to the model with a follow-up question (0: none)."""
    answer_tokens: int = 160
    """Most tokens the model may write in an answer."""
    temperature: float = 0.0
    """Sampling temperature of the chat model."""
    threads: int = 0
    """CPU threads for the local model; 0 means all cores."""
    request_timeout: float = 120.0
    """Seconds to wait for a remote model before giving up."""
    openai_model: str = "openai:gpt-4o-mini"
    """The OpenAI-compatible model offered in the chat's model menu when one is configured."""
    auth: str = field(default="", repr=False)
    """Login for the chat, ``user:password``; required when it listens beyond loopback."""
    models_dir: Path = Path(".slant") / "models"
    """Where the bundled model's joined GGUF file is cached (shared by every home)."""
    seeds_dir: Path = PROJECT_ROOT / "seeds"
    """Documents ingested by default."""
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    """Versioned prompt files."""
    evals_dir: Path = PROJECT_ROOT / "evals"
    """Evaluation sets and thresholds."""

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from defaults, then ``SLANT_*`` variables, then ``overrides``.

        Args:
            env: Environment to read; ``os.environ`` when omitted.
            **overrides: Values from CLI flags; ``None`` values are ignored.

        Raises:
            ConfigError: A variable or flag has a value of the wrong type.

        """
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for setting in fields(cls):
            raw = env.get(f"SLANT_{setting.name.upper()}")
            if raw is not None and raw != "":
                values[setting.name] = _coerce(setting.name, str(setting.type), raw)
        for name, value in overrides.items():
            if value is not None:
                values[name] = value
        return replace(cls(), **values)

    @property
    def store_dir(self) -> Path:
        """Where the embedded Chroma store lives."""
        return self.home / "chroma"


def _coerce(name: str, type_name: str, raw: str) -> Any:
    try:
        if type_name == "int":
            return int(raw)
        if type_name == "float":
            return float(raw)
        if type_name == "Path":
            return Path(raw)
    except ValueError:
        raise ConfigError(
            f"SLANT_{name.upper()}={raw!r} is not a valid {type_name}; set it to a number or unset it."
        ) from None
    return raw
