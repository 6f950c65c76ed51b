"""Generic news frames (Media Frames Corpus) from cue-word lexicons, offline.

Each frame has a list of cue words (``data/frames.txt``). A text's score for a frame grows
with the number of its cues (saturating) and with how dominant the frame is among the
frames found, so one stray cue gives a low score and a text full of them a high one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from slant.framing import lexicon as lx
from slant.framing.taxonomy import FRAMES


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
    scores = [
        FrameScore(frame, round((1 - math.exp(-n / 2)) * (0.5 + 0.5 * n / most), 3))
        for frame, n in counts.items()
    ]
    scores.sort(key=lambda f: (-f.score, f.frame))
    return scores[:top] if top > 0 else scores
