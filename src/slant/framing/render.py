"""Terminal output: highlighted text with a legend, and the profile table."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

from slant.framing.profile import Profile
from slant.framing.taxonomy import TECHNIQUES, Span

RESET = "\x1b[0m"
# One colour per technique; loaded language and name calling get the two most visible.
COLORS: dict[str, str] = dict(
    zip(
        TECHNIQUES,
        (
            "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m", "\x1b[1;33m", "\x1b[1;34m", "\x1b[1;91m",
            "\x1b[1;32m", "\x1b[1;93m", "\x1b[1;96m", "\x1b[1;94m", "\x1b[1;95m", "\x1b[1;92m",
            "\x1b[1;37m", "\x1b[1;90m",
        ),
        strict=True,
    )
)


def highlight(text: str, spans: Sequence[Span], color: bool = True) -> str:
    """``text`` with each span marked: ANSI colours, or ``[[phrase]]{Technique}`` in plain form.

    Args:
        text: The tagged text.
        spans: Spans sorted by start (as ``tag`` returns them); spans with the same extent
            (a phrase that is also a repetition) are one mark with both techniques,
            ``[[phrase]]{Name_Calling,Labeling+Repetition}``, coloured by the first.
        color: Use ANSI colours (for a terminal) instead of the bracketed form.

    """
    out: list[str] = []
    pos = 0
    # Spans of one extent sit together (tag sorts them by start): one mark for each group.
    for _, group in itertools.groupby(spans, key=lambda s: (s.start, s.end)):
        same = list(group)
        span = same[0]
        if span.start < pos:  # never expected from tag(); skip rather than garble
            continue
        out.append(text[pos : span.start])
        if color:
            out.append(f"{COLORS.get(span.technique, '')}{span.text}{RESET}")
        else:
            out.append(f"[[{span.text}]]{{{'+'.join(s.technique for s in same)}}}")
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def legend(spans: Sequence[Span], color: bool = True) -> str:
    """One line per technique present: its colour (or name), count and definition."""
    counts = Counter(span.technique for span in spans)
    if not counts:
        return "No rhetorical techniques flagged."
    lines = ["Legend:"]
    for technique in TECHNIQUES:
        n = counts.get(technique, 0)
        if not n:
            continue
        name = f"{COLORS[technique]}{technique}{RESET}" if color else technique
        lines.append(f"  {name} ({n}): {TECHNIQUES[technique]}")
    return "\n".join(lines)


def explanations(spans: Sequence[Span]) -> str:
    """A numbered list of the flags with their reasons."""
    return "\n".join(
        f"{i:>3}. [{s.start}:{s.end}] {s.technique} ({s.score:.2f}) {s.text!r}: {s.explanation}"
        for i, s in enumerate(spans, 1)
    )


def _fit(value: str, width: int, tail: bool = False) -> str:
    if len(value) <= width:
        return value
    return "…" + value[-(width - 1) :] if tail else value[: width - 1] + "…"


def profile_table(profiles: Sequence[Profile], width: int = 26, terms: int = 5) -> str:
    """The profiles side by side: one row per measure, one column per document."""
    rows: list[tuple[str, list[str]]] = [
        ("words", [str(p.words) for p in profiles]),
        ("loaded per 1,000 words", [f"{p.loaded_per_1000_words:.1f}" for p in profiles]),
        ("  of them in quotations", [str(p.loaded_in_quotes) for p in profiles]),
    ]
    rows += [(t, [str(p.counts.get(t, 0)) for p in profiles]) for t in TECHNIQUES]
    for i in range(terms):
        label = "top loaded terms" if i == 0 else ""
        rows.append((label, [
            f"{p.top_loaded_terms[i][0]} ×{p.top_loaded_terms[i][1]}" if i < len(p.top_loaded_terms) else ""
            for p in profiles
        ]))
    for i in range(3):
        label = "frames" if i == 0 else ""
        rows.append((label, [
            f"{p.frames[i].frame} {p.frames[i].score:.2f}" if i < len(p.frames) else "" for p in profiles
        ]))
    first = max(len(label) for label, _ in rows)
    cols = [min(width, max([len(p.doc)] + [len(r[1][j]) for r in rows])) for j, p in enumerate(profiles)]
    names = (_fit(p.doc, w, tail=True).ljust(w) for p, w in zip(profiles, cols, strict=True))
    lines = [" " * first + "  " + "  ".join(names)]
    lines.append("-" * len(lines[0]))
    for label, values in rows:
        if not any(values):
            continue
        cells = "  ".join(_fit(v, w).ljust(w) for v, w in zip(values, cols, strict=True))
        lines.append((label.ljust(first) + "  " + cells).rstrip())
    return "\n".join(lines)
