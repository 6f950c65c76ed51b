"""Embedding mode: news frames by similarity between sentences and frame descriptions.

Each sentence of the text is compared (cosine) with each frame's description
(``FRAME_DESCRIPTIONS``). A sentence votes for the frames it is closest to (a softmax over
the frames, so its vote sums to one), and counts fully only when it is close to some frame
at all: boilerplate ("Follow us on Twitter") is near no frame and hardly votes. A frame's
votes are then scored like the cue lexicon's counts, so the two modes' scores read alike:
one sentence gives a low score, a text full of them a high one. By default the result is
mixed half and half with the cue lexicon's scores, which was better than either alone.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import numpy as np

from slant.chunking import split_sentences
from slant.framing.frames import FrameScore, classify_frames, count_score
from slant.framing.taxonomy import FRAME_DESCRIPTIONS

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from numpy.typing import NDArray

TEMPERATURE = 0.05
"""Softmax temperature over cosine similarities: lower makes each sentence vote for fewer frames."""
GATE = (0.15, 0.30)
"""A sentence's vote counts 0 at this similarity to its nearest frame, fully at the second."""
MAX_SENTENCES = 400
"""Longest text embedded, in sentences (the rest of a very long text is ignored)."""
MIN_SCORE = 0.05
"""Frames scoring below this are left out."""
LEXICON_WEIGHT = 0.5
"""Share of the cue lexicon's score in the result: the mix beat either alone on the DEV set
(``benchmarks/eval_frames.py``); 0 gives the embedding scores alone."""


class EmbeddingFrames:
    """Frame scores from an embedding model; frame description vectors are computed once.

    Args:
        embeddings: Any LangChain embedding model (local MiniLM, hashing, OpenAI ...).
        lexicon_weight: Share of the cue lexicon's scores mixed into the result (0 for none).

    """

    def __init__(self, embeddings: Embeddings, lexicon_weight: float = LEXICON_WEIGHT):
        self.embeddings = embeddings
        self.lexicon_weight = lexicon_weight
        self._names = list(FRAME_DESCRIPTIONS)
        self._frames: NDArray[np.float64] | None = None
        self._lock = threading.Lock()

    def frame_vectors(self) -> NDArray[np.float64]:
        """The frames' description vectors, L2-normalised (frames x dimensions)."""
        with self._lock:
            if self._frames is None:
                texts = list(FRAME_DESCRIPTIONS.values())
                self._frames = _normalise(np.asarray(self.embeddings.embed_documents(texts), dtype=float))
            return self._frames

    def similarities(self, text: str) -> NDArray[np.float64]:
        """Cosine similarity of each sentence of ``text`` with each frame (sentences x frames)."""
        sentences = [text[s:e] for s, e in split_sentences(text)][:MAX_SENTENCES] or [text]
        vectors = _normalise(np.asarray(self.embeddings.embed_documents(sentences), dtype=float))
        return vectors @ self.frame_vectors().T

    def votes(self, text: str) -> dict[str, float]:
        """Each frame's share of the sentences' votes (a soft count of sentences)."""
        if not text.strip():
            return {}
        sims = self.similarities(text)
        nearest = sims.max(axis=1, keepdims=True)
        weights = np.exp((sims - nearest) / TEMPERATURE)
        weights /= weights.sum(axis=1, keepdims=True)
        low, high = GATE
        gate = np.clip((nearest - low) / (high - low), 0.0, 1.0)
        counts = (weights * gate).sum(axis=0)
        return {name: float(n) for name, n in zip(self._names, counts, strict=True)}

    def classify(self, text: str, top: int = 3) -> list[FrameScore]:
        """The frames ``text`` takes, best first (multi-label).

        Args:
            text: A document or a quoted passage.
            top: Most frames returned; 0 or less returns all.

        Returns:
            Frame scores (0–1) sorted by score, then name; empty for a blank text.

        """
        votes = self.votes(text)
        most = max(votes.values(), default=0.0)
        scores = {name: count_score(n, most) for name, n in votes.items() if most > 0}
        if self.lexicon_weight > 0:
            lexicon = {f.frame: f.score for f in classify_frames(text, top=0)}
            w = self.lexicon_weight
            scores = {name: (1 - w) * scores.get(name, 0.0) + w * lexicon.get(name, 0.0) for name in self._names}
        result = [FrameScore(name, round(s, 3)) for name, s in scores.items() if s >= MIN_SCORE]
        result.sort(key=lambda f: (-f.score, f.frame))
        return result[:top] if top > 0 else result


def classify_frames_embeddings(
    text: str, embeddings: Embeddings, top: int = 3, lexicon_weight: float = LEXICON_WEIGHT
) -> list[FrameScore]:
    """The frames of ``text`` by similarity to frame descriptions (see ``EmbeddingFrames``).

    For many texts build one ``EmbeddingFrames`` and call ``classify``: the frame
    descriptions are then embedded once.
    """
    return EmbeddingFrames(embeddings, lexicon_weight).classify(text, top)


def _normalise(matrix: NDArray[np.float64]) -> NDArray[np.float64]:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)
