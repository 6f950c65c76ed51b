"""LLM mode for news frames: the model scores frames, the program parses leniently.

The prompt (``prompts/frames.v2.md``) asks for one ``Frame name: score`` line per frame.
Small models stray from that, so the parser also takes JSON, bullets, numbering, bold
names, near-miss spellings, percentages and 0–10 scales, and drops unknown frames. When
nothing usable comes back the cue lexicon's frames are returned instead, with a log line.
"""

from __future__ import annotations

import difflib
import functools
import json
import logging
import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slant.framing.frames import FrameScore, classify_frames
from slant.framing.taxonomy import FRAMES

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

PROMPT_NAME = "frames.v2"
"""The prompt version (v2 scored better than v1 with the bundled model, see benchmarks/README.md)."""
MAX_TEXT_TOKENS = 600
"""Longest text sent, in cl100k tokens: the frame list and rules take ~400 more, and the
bundled model reads ~60 tokens/s on 2 cores. A longer text is cut (its opening is kept)."""
UNSCORED = 0.5
"""Score of a frame the model names without a score ("clearly present")."""

_FENCE = re.compile(r"```[a-zA-Z]*")
_BULLET = re.compile(r"^\s*(?:[-*•>]+|\d{1,2}[.)])\s*")
_LINE = re.compile(
    r"^(?P<name>[^:=()\d][^:=()]*?)\s*(?::|=|\(|\s[-–—]+>?\s|\s)\s*(?:score\s*[:=]?\s*)?"
    r"(?P<num>[-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*(?P<pct>%)?(?:\s*(?:/|out of)\s*(?P<den>\d+(?:\.\d+)?))?",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"^(?:frame|name)\s*[:=]\s*(?P<name>.+?)[,;]?\s+score\s*[:=]\s*", re.IGNORECASE)
_SPELLING = {"defence": "defense", "behaviour": "behavior", "economical": "economic"}


def _key(name: str) -> str:
    words = re.findall(r"[a-z]+", name.lower())
    return "".join(_SPELLING.get(w, w) for w in words)


@functools.cache
def _aliases() -> dict[str, str]:
    """Normalised frame names, their parts and common short forms -> the canonical name."""
    table = {_key(name): name for name in FRAMES}
    for name in FRAMES:
        for part in re.split(r",| and ", name):
            table.setdefault(_key(part), name)
    legal, policy = "Legality, constitutionality and jurisprudence", "Policy prescription and evaluation"
    short = {
        "economy": "Economic", "economics": "Economic", "capacity": "Capacity and resources",
        "resource": "Capacity and resources", "moral": "Morality", "ethics": "Morality",
        "fairness": "Fairness and equality", "equality": "Fairness and equality",
        "legal": legal, "law": legal, "legality": legal, "policy": policy,
        "crime": "Crime and punishment", "security": "Security and defense", "defense": "Security and defense",
        "health": "Health and safety", "qualityoflife": "Quality of life", "culture": "Cultural identity",
        "culturalidentity": "Cultural identity", "publicopinion": "Public opinion", "politics": "Political",
        "externalregulation": "External regulation and reputation", "reputation": "External regulation and reputation",
        "internationalrelations": "External regulation and reputation",
    }
    for alias, name in short.items():
        table.setdefault(alias, name)
    return table


def canonical_frame(name: str) -> str | None:
    """The frame a name written by the model means, or None if it names none.

    Case, punctuation, British spellings, parts ("Security") and small typos are forgiven.
    """
    key = _key(name)
    if not key:
        return None
    table = _aliases()
    if key in table:
        return table[key]
    close = difflib.get_close_matches(key, list(table), n=1, cutoff=0.85)
    return table[close[0]] if close else None


def _json_pairs(text: str) -> list[tuple[str, Any]] | None:
    """(name, score) pairs from a JSON reply, or None if the reply is not JSON."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if isinstance(data, dict) and any(isinstance(v, list) for v in data.values()):
        data = next(v for v in data.values() if isinstance(v, list))
    if isinstance(data, dict):
        return [(str(k), v) for k, v in data.items()]
    pairs: list[tuple[str, Any]] = []
    for item in data if isinstance(data, list) else []:
        if isinstance(item, dict):
            pairs.append((str(item.get("frame") or item.get("name") or ""), item.get("score", UNSCORED)))
        elif isinstance(item, str):
            pairs.append((item, UNSCORED))
    return pairs


def _line_pairs(text: str) -> list[tuple[str, Any]]:
    """(name, score) pairs from ``Name: score`` lines; a line that is only a frame name is unscored."""
    pairs: list[tuple[str, Any]] = []
    for raw in text.splitlines():
        line = _BULLET.sub("", raw.replace("*", "").replace("`", "")).strip().strip("\"'")
        line = _LABELLED.sub(r"\g<name>: ", line)  # "Frame: Economic, Score: 0.8"
        if not line:
            continue
        m = _LINE.match(line)
        if m:
            number = float(m.group("num"))
            if m.group("pct"):
                number /= 100
            elif m.group("den") and float(m.group("den")) > 0:
                number /= float(m.group("den"))
            pairs.append((m.group("name").strip().strip("\"'"), number))
        elif len(line) <= 60 and canonical_frame(line.rstrip(".:")):
            pairs.append((line, UNSCORED))
    return pairs


def parse_frame_reply(reply: str) -> list[FrameScore]:
    """Frame scores from a model reply, best first; empty when it names no known frame.

    Scores are read on a 0–1 scale; when the reply's largest score is above 1 the whole
    reply is taken to use a 0–10 (or 0–100) scale and rescaled. Scores are then clipped to
    0–1, frames at 0 are dropped, and a frame named twice keeps its higher score. Ties keep
    the model's order.
    """
    cleaned = _FENCE.sub("", reply).strip()
    pairs = _json_pairs(cleaned)
    if pairs is None:
        pairs = _line_pairs(cleaned)
    scored: list[tuple[str, float]] = []
    for name, value in pairs:
        frame = canonical_frame(name)
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        if frame is not None and math.isfinite(number):
            scored.append((frame, number))
    if not scored:
        return []
    largest = max(n for _, n in scored)
    scale = 1.0 if largest <= 1 else 10.0 if largest <= 10 else 100.0
    best: dict[str, float] = {}
    for frame, number in scored:
        best[frame] = max(best.get(frame, 0.0), min(1.0, max(0.0, number / scale)))
    order = list(best)  # first mention first
    result = [FrameScore(frame, round(score, 3)) for frame, score in best.items() if score > 0]
    result.sort(key=lambda f: (-f.score, order.index(f.frame)))
    return result


def head_tokens(text: str, limit: int) -> str:
    """The opening of ``text`` within ``limit`` cl100k tokens, cut after a sentence if one ends late enough."""
    from slant.tokens import encoding

    tokens = encoding().encode(text, disallowed_special=())
    if len(tokens) <= limit:
        return text
    _, offsets = encoding().decode_with_offsets(tokens[: limit + 1])
    cut = offsets[limit]
    sentence_end = max(text.rfind(mark, 0, cut) for mark in (". ", "? ", "! ", ".\n", "\n\n"))
    if sentence_end > cut // 2:
        cut = sentence_end + 1
    return text[:cut].rstrip()


def classify_frames_llm(
    text: str,
    chat_model: BaseChatModel,
    top: int = 3,
    prompts_dir: Path | None = None,
    max_text_tokens: int = MAX_TEXT_TOKENS,
    prompt_name: str = PROMPT_NAME,
) -> list[FrameScore]:
    """The frames of ``text`` according to a chat model; the cue lexicon's if the reply is unusable.

    Args:
        text: A document or a quoted passage (cut to ``max_text_tokens``).
        chat_model: Any LangChain chat model.
        top: Most frames returned; 0 or less returns all the model named.
        prompts_dir: Where the prompt file lives; the checkout's ``prompts/`` by default.
        max_text_tokens: Longest text sent to the model, in cl100k tokens.
        prompt_name: The prompt version (``frames.v1``, ``frames.v2`` ...).

    Returns:
        Frame scores sorted by score, then name; empty for a blank text.

    Raises:
        ConfigError: The prompt file is missing.

    """
    from langchain_core.messages import HumanMessage, SystemMessage

    from slant.config import PROJECT_ROOT
    from slant.prompts import load_prompt

    if not text.strip():
        return []
    prompt = load_prompt(prompt_name, prompts_dir or PROJECT_ROOT / "prompts")
    frames = "\n".join(f"- {name}: {desc}" for name, desc in FRAMES.items())
    names = "; ".join(FRAMES)
    system, user = prompt.render(frames=frames, names=names, text=head_tokens(text, max_text_tokens))
    reply = chat_model.invoke([SystemMessage(content=system), HumanMessage(content=user)])
    content = reply.content if isinstance(reply.content, str) else json.dumps(reply.content)
    scores = parse_frame_reply(content)
    if not scores:
        snippet = " ".join(content.split())[:80]
        log.warning("the model named no known frame (reply: %r); using the cue lexicon's frames", snippet)
        return classify_frames(text, top)
    return scores[:top] if top > 0 else scores
