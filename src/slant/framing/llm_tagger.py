"""LLM mode: the model proposes verbatim phrases, the program locates them.

The model never gives offsets (it cannot count characters reliably). It names phrases with
a technique and a reason; each phrase is found in the text by a forward scan, so a phrase
listed twice maps to its first and then its second occurrence. Phrases that cannot be
found, and unknown techniques, are dropped. The result is merged with ``tag(text)``.

A small local model over-proposes (whole sentences as "loaded language", plain words
such as "offensive"), so every proposal is checked before it is located: a word-level
technique must be a short phrase, and loaded language or a label must contain a word that
some lexicon rates as evaluative (``plausible``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slant.framing import lexicon as lx
from slant.framing.tagger import Candidate, candidates, to_spans
from slant.framing.taxonomy import TECHNIQUES, Span

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

PROMPT_NAME = "tag.v1"
# Techniques carried by a word or short phrase; the others may span a clause or sentence.
WORD_LEVEL = frozenset(["Loaded_Language", "Name_Calling,Labeling", "Repetition", "Exaggeration,Minimisation"])
MAX_WORDS = {True: 6, False: 40}
_EVALUATIVE_CHECK = frozenset(["Loaded_Language", "Name_Calling,Labeling"])
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
LLM_SCORE = 0.6
MAX_CHUNK_CHARS = 3000

_FENCE = re.compile(r"```[a-zA-Z]*")
_OBJECT = re.compile(r"\{[^{}]*\}")
_EQUIV = {
    "’": "['’‘]", "'": "['’‘]", "‘": "['’‘]",
    "“": "[\"“”]", "”": "[\"“”]", '"': "[\"“”]",
    "-": "[-‐‑–—]", "–": "[-‐‑–—]", "—": "[-‐‑–—]",
}


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower().replace("minimization", "minimisation"))


def _aliases() -> dict[str, str]:
    """Normalized technique names and their parts ("Bandwagon") -> the canonical name."""
    table: dict[str, str] = {}
    for name in TECHNIQUES:
        table[_key(name)] = name
        for part in name.split(","):
            table.setdefault(_key(part), name)
    table.setdefault(_key("Appeal to fear"), "Appeal_to_fear-prejudice")
    table.setdefault(_key("Straw man"), "Whataboutism,Straw_Men,Red_Herring")
    table.setdefault(_key("Black and white"), "Black-and-White_Fallacy")
    return table


def canonical_technique(name: str) -> str | None:
    """The canonical technique for a name the model wrote, or None if unknown."""
    return _aliases().get(_key(name)) if name else None


def parse_reply(reply: str) -> list[dict[str, str]]:
    """Proposals from a model reply: a JSON list, JSON lines, fenced or mixed with prose.

    Returns:
        Dicts with ``phrase``, ``technique`` (canonical) and ``reason``; items with an
        unknown technique or no phrase are dropped.

    """
    cleaned = _FENCE.sub("", reply).strip()
    items: list[Any] = []
    try:
        data = json.loads(cleaned)
        items = data if isinstance(data, list) else [data]
        if len(items) == 1 and isinstance(items[0], dict) and "phrase" not in items[0]:
            items = next((v for v in items[0].values() if isinstance(v, list)), [])
    except ValueError:
        for m in _OBJECT.finditer(cleaned):
            try:
                items.append(json.loads(m.group()))
            except ValueError:
                continue
    proposals: list[dict[str, str]] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        phrase = str(item.get("phrase") or "").strip()
        technique = canonical_technique(str(item.get("technique") or ""))
        if phrase and technique:
            reason = str(item.get("reason") or "").strip() or "Proposed by the language model."
            proposals.append({"phrase": phrase, "technique": technique, "reason": reason})
    return proposals


def evaluative(word: str) -> bool:
    """Whether a lexicon rates ``word`` as judging rather than describing.

    Any curated or derived lexicon entry counts, as does a VADER valence of at least 1 either
    way or a TextBlob adjective that is subjective and polar; the plain vocabulary of
    factual reporting (``factual.txt``) never does.
    """
    low = lx.normalize(word)
    if low in lx.entries():
        return True
    if lx.is_factual(low) or low in lx.word_set("stopwords.txt"):
        return False
    polarity, subjectivity = lx.textblob_adjectives().get(low, (0.0, 0.0))
    return abs(lx.vader_valence().get(low, 0.0)) >= 1.0 or (subjectivity >= 0.5 and abs(polarity) >= 0.25)


def plausible(proposal: dict[str, str]) -> bool:
    """Whether a proposal is worth locating: short enough, and evaluative where it must be.

    Args:
        proposal: A parsed proposal (``phrase``, ``technique``, ``reason``).

    """
    phrase, technique = proposal["phrase"], proposal["technique"]
    words = _WORD.findall(phrase)
    if not words or len(words) > MAX_WORDS[technique in WORD_LEVEL]:
        return False
    if technique in _EVALUATIVE_CHECK:
        # Scare quotes or mock capitals carry the judgement in a label with no loaded word.
        marked = any(q in phrase for q in "“”\"‘’") and technique == "Name_Calling,Labeling"
        return marked or any(evaluative(w) for w in words) or lx.normalize(phrase) in lx.entries()
    return True


def phrase_regex(phrase: str) -> re.Pattern[str]:
    """A regex for ``phrase`` that tolerates whitespace runs, curly quotes and dashes."""
    parts: list[str] = []
    for token in re.split(r"(\s+)", phrase.strip()):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
        else:
            parts.append("".join(_EQUIV.get(ch, re.escape(ch)) for ch in token))
    return re.compile("".join(parts))


def locate(text: str, proposals: list[dict[str, str]], offset: int = 0) -> Iterator[Candidate]:
    """Find each proposal in ``text`` scanning forward; unfound phrases are dropped.

    A cursor per phrase makes the second mention of a phrase map to its second occurrence.
    An exact-case match is preferred; a case-insensitive one is the fallback.
    """
    cursors: dict[str, int] = {}
    for prop in proposals:
        phrase = prop["phrase"]
        key = " ".join(phrase.lower().split())
        pos = cursors.get(key, 0)
        regex = phrase_regex(phrase)
        m = regex.search(text, pos) or re.compile(regex.pattern, re.IGNORECASE).search(text, pos)
        if m is None or m.end() == m.start():
            continue
        cursors[key] = m.end()
        yield Candidate(m.start() + offset, m.end() + offset, prop["technique"], LLM_SCORE, prop["reason"])


def chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Split ``text`` into pieces of at most ``limit`` characters, each with its offset.

    Cuts fall on paragraph (or line, or word) breaks, so a small model sees short prompts.
    """
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end))
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def tag_with_llm(
    text: str,
    chat_model: BaseChatModel,
    prompts_dir: Path | None = None,
    max_chunk_chars: int = MAX_CHUNK_CHARS,
) -> list[Span]:
    """Tag ``text`` with the model's proposals merged with the offline tagger's spans.

    Args:
        text: The text; offsets index it.
        chat_model: Any LangChain chat model.
        prompts_dir: Where ``tag.v1.md`` lives; the checkout's ``prompts/`` by default.
        max_chunk_chars: Longest piece of text sent in one request.

    Returns:
        Non-overlapping spans sorted by start.

    Raises:
        ConfigError: The prompt file is missing.

    """
    from langchain_core.messages import HumanMessage, SystemMessage

    from slant.config import PROJECT_ROOT
    from slant.prompts import load_prompt

    if not text.strip():
        return []
    prompt = load_prompt(PROMPT_NAME, prompts_dir or PROJECT_ROOT / "prompts")
    techniques = "\n".join(f"- {name}: {desc}" for name, desc in TECHNIQUES.items())
    found = candidates(text)
    for offset, piece in chunks(text, max_chunk_chars):
        if not piece.strip():
            continue
        system, user = prompt.render(techniques=techniques, text=piece)
        reply = chat_model.invoke([SystemMessage(content=system), HumanMessage(content=user)])
        content = reply.content if isinstance(reply.content, str) else json.dumps(reply.content)
        found.extend(locate(piece, [p for p in parse_reply(content) if plausible(p)], offset))
    return to_spans(text, found)
