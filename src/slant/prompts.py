"""Versioned prompt files (``prompts/NAME.vN.md``) split into system and user parts."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from slant.errors import ConfigError

_SECTION = re.compile(r"^## (system|user|history)\s*$", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class Prompt:
    """A prompt template: ``system`` and ``user`` texts with ``{placeholders}``.

    ``history``, when the file has a ``## history`` section, frames an earlier exchange
    (``{exchange}``); the engine renders it into the user text's ``{history}`` only for a
    follow-up question, so a first question sees exactly the prompt without it.
    """

    name: str
    system: str
    user: str
    history: str = ""

    def render(self, **values: str) -> tuple[str, str]:
        """The system and user messages with placeholders filled in (``history`` defaults to none)."""
        if self.history:
            values = {"history": "", **values}
        return self.system.format(**values), self.user.format(**values)


@functools.cache
def load_prompt(name: str, prompts_dir: Path) -> Prompt:
    """Read ``prompts_dir/name.md`` (e.g. ``answer.v1``); ``## history`` is optional.

    Raises:
        ConfigError: The file is missing or lacks a ``## system`` / ``## user`` section.

    """
    path = prompts_dir / f"{name}.md"
    try:
        text = _COMMENT.sub("", path.read_text(encoding="utf-8"))
    except OSError:
        raise ConfigError(f"prompt file {path} is missing; restore it from the repository.") from None
    parts = _SECTION.split(text)
    sections = dict(zip(parts[1::2], (p.strip() for p in parts[2::2]), strict=True))
    if not {"system", "user"} <= set(sections) or len(parts) // 2 != len(sections):
        raise ConfigError(f"{path} needs a '## system' and a '## user' section.")
    return Prompt(name=name, system=sections["system"], user=sections["user"], history=sections.get("history", ""))
