"""The framing tagger: propaganda techniques located and explained, frames and profiles.

Importing this package does no work; word lists load on first use.
"""

from __future__ import annotations

from slant.framing.taxonomy import FRAMES, TECHNIQUES, Span
from slant.framing.tagger import tag

__all__ = ["FRAMES", "TECHNIQUES", "Span", "tag"]
