"""HTML for the chat app: highlighted text, passage cards, legends and profiles.

Everything here is a pure function of data returning an HTML string; every piece of
document or user text is escaped, so an uploaded page cannot inject markup.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

PALETTE = (
    "#ffd6a5", "#ffadad", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6",
    "#e9c46a", "#a0c4ff", "#f4a261", "#b5e48c", "#f1c0e8", "#cfbaf0", "#90dbf4",
)
"""Light background colours, one per technique, readable with dark text."""

CSS = """
.slant-text { white-space: pre-wrap; line-height: 1.65; font-size: 0.97rem; }
.slant-text mark { color: #111; border-radius: 3px; padding: 0 2px; }
.slant-text mark .slant-tag { font-size: 0.68rem; font-weight: 600; margin-left: 3px;
  padding: 0 3px; border-radius: 3px; background: rgba(0,0,0,0.12); white-space: nowrap; }
.slant-quote { background: rgba(37,99,235,0.14); border-bottom: 2px solid #2563eb;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
#slant-document .slant-text, #slant-doc-view .slant-text, #slant-tag-view .slant-text {
  max-height: 560px; overflow-y: auto; padding-right: 6px; }
.slant-card { border: 1px solid rgba(128,128,128,0.35); border-radius: 8px; padding: 10px 12px;
  margin: 0 0 10px 0; }
.slant-card h4 { margin: 0 0 4px 0; font-size: 1rem; }
.slant-meta { font-size: 0.85rem; opacity: 0.8; margin-bottom: 6px; }
.slant-chip { display: inline-block; font-size: 0.75rem; border: 1px solid rgba(128,128,128,0.5);
  border-radius: 10px; padding: 0 7px; margin: 0 4px 4px 0; }
.slant-legend { font-size: 0.8rem; margin: 4px 0 10px 0; }
.slant-legend mark { color: #111; border-radius: 3px; padding: 0 4px; margin-right: 6px; }
.slant-why { font-size: 0.85rem; margin: 6px 0 0 0; padding-left: 1.2rem; }
.slant-note { opacity: 0.85; font-style: italic; }
.slant-warn { color: #b45309; }
.slant-profiles { border-collapse: collapse; font-size: 0.85rem; }
.slant-profiles th, .slant-profiles td { border: 1px solid rgba(128,128,128,0.35);
  padding: 4px 8px; vertical-align: top; text-align: left; }
"""


def technique_label(technique: str) -> str:
    """A readable name: ``Name_Calling,Labeling`` -> ``Name Calling / Labeling``."""
    return technique.replace("_", " ").replace(",", " / ")


def colour_map(techniques: Iterable[str]) -> dict[str, str]:
    """A stable colour for every technique, in taxonomy order."""
    return {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(techniques)}


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def highlight(
    text: str,
    spans: Sequence[Mapping[str, Any]],
    colours: Mapping[str, str],
    quote: tuple[int, int] | None = None,
) -> str:
    """The text with each span in a ``<mark>`` labelled by technique, the quote outlined.

    Args:
        text: The text the offsets refer to.
        spans: Dicts with start, end, technique, explanation, not overlapping except
            that spans with the same extent (a phrase that is also a repetition) share
            one mark labelled with both techniques.
        colours: Technique -> background colour.
        quote: Optional (start, end) of a quoted passage to outline; it gets ``id``
            ``slant-quote`` so the page can scroll to it.

    """
    cuts = {0, len(text)}
    for flagged in spans:
        cuts.update((int(flagged["start"]), int(flagged["end"])))
    if quote:
        cuts.update(quote)
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    by_start = _one_per_extent(spans)
    out: list[str] = []
    span_index = 0
    quote_opened = False
    for left, right in itertools.pairwise(points):
        if left == right:
            continue
        while span_index < len(by_start) and int(by_start[span_index]["end"]) <= left:
            span_index += 1
        span: Mapping[str, Any] | None = by_start[span_index] if span_index < len(by_start) else None
        piece = _e(text[left:right])
        if span is not None and int(span["start"]) <= left < int(span["end"]):
            same = span["same_extent"]
            technique = str(same[0]["technique"])
            tip = "\n".join(f"{technique_label(str(s['technique']))}: {s.get('explanation', '')}" for s in same)
            label = ""
            if right == int(span["end"]):
                names = " + ".join(technique_label(str(s["technique"])) for s in same)
                label = f'<span class="slant-tag">{_e(names)}</span>'
            piece = (
                f'<mark style="background:{colours.get(technique, "#eee")}" '
                f'data-technique="{_e(technique)}" title="{_e(tip)}">{piece}{label}</mark>'
            )
        if quote and quote[0] <= left < quote[1]:
            anchor = "" if quote_opened else ' id="slant-quote"'
            quote_opened = True
            piece = f'<span class="slant-quote"{anchor}>{piece}</span>'
        out.append(piece)
    return f'<div class="slant-text">{"".join(out)}</div>'


def _one_per_extent(spans: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Spans sorted by start, those with the same extent folded into one (``same_extent``)."""
    folded: list[dict[str, Any]] = []
    for s in sorted(spans, key=lambda s: int(s["start"])):
        start, end = int(s["start"]), int(s["end"])
        if folded and (folded[-1]["start"], folded[-1]["end"]) == (start, end):
            folded[-1]["same_extent"].append(s)
        else:
            folded.append({"start": start, "end": end, "same_extent": [s]})
    return folded


def legend(techniques: Iterable[str], colours: Mapping[str, str], descriptions: Mapping[str, str]) -> str:
    """A colour key for the techniques that appear, each with its definition on hover."""
    items = [
        f'<mark style="background:{colours.get(t, "#eee")}" title="{_e(descriptions.get(t, ""))}">'
        f"{_e(technique_label(t))}</mark>"
        for t in dict.fromkeys(techniques)
    ]
    if not items:
        return '<div class="slant-legend slant-note">No loaded language flagged.</div>'
    return f'<div class="slant-legend">{"".join(items)}</div>'


def explanations(spans: Sequence[Mapping[str, Any]]) -> str:
    """A list saying why each span is flagged (readable without hovering)."""
    if not spans:
        return ""
    items = "".join(
        f"<li>“{_e(s['text'])}” — <b>{_e(technique_label(str(s['technique'])))}</b>: "
        f"{_e(s.get('explanation', ''))}</li>"
        for s in spans
    )
    return f'<ul class="slant-why">{items}</ul>'


def frame_chips(frames: Sequence[Mapping[str, Any]], limit: int = 3, tag: str = "div") -> str:
    """The strongest frames as small labelled chips (in a ``div``, or a ``span`` inline)."""
    chips = "".join(
        f'<span class="slant-chip" title="news frame, score {float(f.get("score", 0)):.2f}">'
        f"{_e(f.get('frame', ''))} {float(f.get('score', 0)):.2f}</span>"
        for f in list(frames)[:limit]
    )
    return f"<{tag}>{chips}</{tag}>" if chips else ""


def passage_cards(
    citations: Sequence[Mapping[str, Any]],
    colours: Mapping[str, str],
    descriptions: Mapping[str, str],
    warnings: Sequence[str] = (),
) -> str:
    """The quoted passages behind an answer, each with title, outlet, frames and spans."""
    if not citations:
        return ""
    techniques = [str(s["technique"]) for c in citations for s in c.get("spans", [])]
    cards = [legend(techniques, colours, descriptions)]
    for c in citations:
        outlet = c.get("outlet") or "outlet unknown"
        cards.append(
            f'<div class="slant-card" data-passage="{_e(c["n"])}" '
            f'data-open="{_e(c["doc"])}#{_e(c["start"])}-{_e(c["end"])}">'
            f"<h4>[{_e(c['n'])}] {_e(c['title'])}</h4>"
            f'<div class="slant-meta">{_e(outlet)} · {_e(c["doc"])} characters '
            f"{_e(c['start'])}–{_e(c['end'])}</div>"
            f"{frame_chips(c.get('frames', []))}"
            f"{highlight(str(c['quote']), c.get('spans', []), colours)}"
            f"{explanations(c.get('spans', []))}</div>"
        )
    cards.extend(f'<p class="slant-warn">{_e(w)}</p>' for w in warnings)
    return "".join(cards)


def note(text: str) -> str:
    """A short italic note in place of content."""
    return f'<p class="slant-note">{_e(text)}</p>'


def document_view(
    title: str,
    meta_line: str,
    text: str,
    spans: Sequence[Mapping[str, Any]],
    colours: Mapping[str, str],
    descriptions: Mapping[str, str],
    quote: tuple[int, int] | None = None,
) -> str:
    """A whole document: header, legend, highlighted text (quote outlined), reasons."""
    return (
        f'<div class="slant-card"><h4>{_e(title)}</h4><div class="slant-meta">{_e(meta_line)}</div>'
        f"{legend([str(s['technique']) for s in spans], colours, descriptions)}"
        f"{highlight(text, spans, colours, quote)}"
        f"<details><summary>Why each span is flagged ({len(spans)})</summary>"
        f"{explanations(spans)}</details></div>"
    )


def profile_table(profiles: Sequence[Mapping[str, Any]], techniques: Sequence[str]) -> str:
    """Framing profiles side by side: one column per document, one row per measure.

    Each profile is a dict with title, outlet, words, loaded_per_1000_words, counts,
    top_loaded_terms and frames (as ``Profile.to_dict`` gives, plus title and outlet).
    """
    if not profiles:
        return note("No documents yet.")
    head = "".join(f"<th>{_e(p.get('title', p.get('doc', '')))}</th>" for p in profiles)
    rows = [
        ("Outlet", [_e(p.get("outlet") or "unknown") for p in profiles]),
        ("Words", [_e(p.get("words", 0)) for p in profiles]),
        ("Loaded language & name calling per 1,000 words",
         [f"<b>{float(p.get('loaded_per_1000_words', 0)):.1f}</b>" for p in profiles]),
        ("… of them inside quotations attributed to a speaker", [_e(p.get("loaded_in_quotes", 0)) for p in profiles]),
    ]
    used = [t for t in techniques if any(p.get("counts", {}).get(t) for p in profiles)]
    for technique in used:
        rows.append(
            (technique_label(technique), [_e(p.get("counts", {}).get(technique, 0) or "") for p in profiles])
        )
    rows.append(("Top loaded terms", [
        _e(", ".join(f"{term} ({n})" for term, n in list(p.get("top_loaded_terms", []))[:5]))
        for p in profiles
    ]))
    rows.append(("Frames", [
        _e(", ".join(f"{f.get('frame')} {float(f.get('score', 0)):.2f}" for f in list(p.get("frames", []))[:3]))
        for p in profiles
    ]))
    body = "".join(
        f"<tr><th>{_e(name)}</th>{''.join(f'<td>{cell}</td>' for cell in cells)}</tr>" for name, cells in rows
    )
    return f'<div style="overflow-x:auto"><table class="slant-profiles"><tr><th></th>{head}</tr>{body}</table></div>'


def profile_summary(profile: Mapping[str, Any]) -> str:
    """One text's profile as a short block (the Tag tab)."""
    counts = {t: n for t, n in profile.get("counts", {}).items() if n}
    lines = [
        f"<b>{_e(profile.get('words', 0))}</b> words, "
        f"<b>{float(profile.get('loaded_per_1000_words', 0)):.1f}</b> loaded-language and name-calling spans "
        "per 1,000 words."
    ]
    if counts:
        lines.append("Techniques: " + ", ".join(
            f"{_e(technique_label(t))} {n}" for t, n in sorted(counts.items(), key=lambda kv: -kv[1])
        ))
    terms = list(profile.get("top_loaded_terms", []))[:8]
    if terms:
        lines.append("Top loaded terms: " + _e(", ".join(f"{t} ({n})" for t, n in terms)))
    frames = list(profile.get("frames", []))
    if frames:
        lines.append("Frames: " + frame_chips(frames, limit=4, tag="span"))
    return '<div class="slant-card">' + "<br>".join(lines) + "</div>"
