"""Generic news frames (Media Frames Corpus): the cue lexicon, and the choice of mode.

Each frame has a list of cue words (``data/frames.txt``). A text's score for a frame grows
with the number of its cues (saturating) and with how dominant the frame is among the
frames found, so one stray cue gives a low score and a text full of them a high one.

Two other modes live in their own modules: ``embedding_frames`` (similarity to frame
descriptions, mixed with the lexicon) and ``llm_frames`` (a chat model scores the frames).
``frame_classifier`` picks one by name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slant.errors import ConfigError
from slant.framing import lexicon as lx
from slant.framing.taxonomy import FRAMES

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import BaseChatModel

FRAME_MODES = ("lexicon", "embeddings", "llm")
"""How frames are found: cue words (offline, default), an embedding model, or a chat model."""


@dataclass
class FrameScore:
    """A frame with its score (0–1)."""

    frame: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        """The score as a JSON-ready dict."""
        return {"frame": self.frame, "score": self.score}


@cache
def frame_cues() -> dict[str, frozenset[str]]:
    """Cue form (``econom*`` style) -> the frames it signals."""
    cues: dict[str, set[str]] = {}
    frame = ""
    for raw in lx._read_data("frames.txt").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            frame = line[1:-1]
            if frame not in FRAMES:
                raise ValueError(f"frames.txt names an unknown frame {frame!r}")
            continue
        for cue in line.lower().split():
            cues.setdefault(cue, set()).add(frame)
    return {cue: frozenset(frames) for cue, frames in cues.items()}


@cache
def _frame_regex() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One regex with a named group per set of frames, and group name -> frames."""
    by_frames: dict[frozenset[str], list[str]] = {}
    for cue, frames in frame_cues().items():
        by_frames.setdefault(frames, []).append(cue)
    groups: dict[str, frozenset[str]] = {}
    parts: list[str] = []
    # Multi-frame cues first, so a word in two frames counts for both.
    for i, (frames, cues) in enumerate(sorted(by_frames.items(), key=lambda kv: -len(kv[0]))):
        groups[f"g{i}"] = frames
        parts.append(f"(?P<g{i}>{lx.trie_pattern(sorted(cues))})")
    pattern = lx.WORD_START + "(?:" + "|".join(parts) + ")" + lx.WORD_END
    return re.compile(pattern, re.IGNORECASE), groups


def frame_counts(text: str) -> dict[str, int]:
    """How many cue words of each frame ``text`` contains."""
    regex, groups = _frame_regex()
    counts: dict[str, int] = {}
    for m in regex.finditer(text):
        for frame in groups[m.lastgroup or ""]:
            counts[frame] = counts.get(frame, 0) + 1
    return counts


def count_score(n: float, most: float) -> float:
    """A frame's score from its count of cues (or sentences) and the top frame's count.

    Saturates with ``n`` (one cue: 0.39 at most) and grows with the frame's dominance.
    """
    return (1 - math.exp(-n / 2)) * (0.5 + 0.5 * n / most) if most > 0 else 0.0


def classify_frames(text: str, top: int = 3) -> list[FrameScore]:
    """The frames ``text`` takes, best first (multi-label).

    Args:
        text: A document or a quoted passage.
        top: Most frames returned; 0 or less returns all.

    Returns:
        Frame scores sorted by score, then name; empty when no cue is found.

    """
    counts = frame_counts(text)
    if not counts:
        return []
    most = max(counts.values())
    scores = [FrameScore(frame, round(count_score(n, most), 3)) for frame, n in counts.items()]
    scores.sort(key=lambda f: (-f.score, f.frame))
    return scores[:top] if top > 0 else scores


def frame_classifier(
    mode: str = "lexicon",
    *,
    embeddings: Embeddings | None = None,
    chat_model: BaseChatModel | None = None,
    prompts_dir: Path | None = None,
    top: int = 3,
) -> Callable[[str], list[FrameScore]]:
    """A function from text to its frames, best first, for one of ``FRAME_MODES``.

    Args:
        mode: ``lexicon`` (cue words), ``embeddings`` (needs ``embeddings``) or ``llm``
            (needs ``chat_model``).
        embeddings: The embedding model of the ``embeddings`` mode.
        chat_model: The chat model of the ``llm`` mode.
        prompts_dir: Where the ``llm`` mode's prompt lives; the checkout's ``prompts/`` by default.
        top: Most frames returned per text; 0 or less returns all.

    Raises:
        ConfigError: The mode is unknown, or its model is not given.

    """
    if mode == "lexicon":
        return lambda text: classify_frames(text, top)
    if mode == "embeddings":
        if embeddings is None:
            raise ConfigError("the embeddings frame mode needs an embedding model; give --embeddings SPEC.")
        from slant.framing.embedding_frames import EmbeddingFrames

        scorer = EmbeddingFrames(embeddings)  # embeds the frame descriptions once, for every text
        return lambda text: scorer.classify(text, top)
    if mode == "llm":
        if chat_model is None:
            raise ConfigError("the llm frame mode needs a chat model; give --llm SPEC.")
        from slant.framing.llm_frames import classify_frames_llm

        model = chat_model
        return lambda text: classify_frames_llm(text, model, top, prompts_dir)
    raise ConfigError(f"unknown frame mode {mode!r}; use one of: {', '.join(FRAME_MODES)}.")
