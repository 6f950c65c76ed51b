"""The framing tagger: propaganda techniques located and explained, frames and profiles.

Importing this package does no work; word lists load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from slant.framing.frames import FRAME_MODES, FrameScore, classify_frames, frame_classifier
from slant.framing.llm_frames import classify_frames_llm
from slant.framing.llm_tagger import tag_with_llm
from slant.framing.profile import Profile, profile
from slant.framing.tagger import tag
from slant.framing.taxonomy import FRAMES, TECHNIQUES, Span

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable


def tagger_runnable() -> Runnable[str, list[Span]]:
    """The offline tagger as a LangChain Runnable (``invoke``, ``batch``, ``|``)."""
    from langchain_core.runnables import RunnableLambda

    return RunnableLambda(tag, name="slant_tagger")


__all__ = [
    "FRAMES",
    "FRAME_MODES",
    "TECHNIQUES",
    "FrameScore",
    "Profile",
    "Span",
    "classify_frames",
    "classify_frames_llm",
    "frame_classifier",
    "profile",
    "tag",
    "tag_with_llm",
    "tagger_runnable",
]
