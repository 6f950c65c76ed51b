"""Build the news-frames gold set ``evals/frames.jsonl`` from the annotations below.

Usage: python benchmarks/build_frames_gold.py

Each passage is given by a unique opening and a closing fragment of the seed text; its
offsets are computed here with ``str.find`` (never by hand), so ``text == doc[start:end]``.
Documents are labelled as wholes (start 0, end = length, no ``text`` field). One annotator,
1–3 frames per item, primary frame first, Media Frames Corpus codebook (Boydstun et al.).
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
OUT = ROOT / "evals" / "frames.jsonl"

SEC = "Security and defense"
EXT = "External regulation and reputation"
POL = "Political"
LEG = "Legality, constitutionality and jurisprudence"
POLICY = "Policy prescription and evaluation"
CRIME = "Crime and punishment"
ECON = "Economic"
CAP = "Capacity and resources"
MOR = "Morality"
FAIR = "Fairness and equality"
CULT = "Cultural identity"
OPINION = "Public opinion"

DOCUMENTS: dict[str, list[str]] = {
    # RCIT: Assad, Iran and Russia let ISIS attack the rebels; a call for solidarity.
    "000_eace0d0cce186ef0.txt": [SEC, POL, EXT],
    # ISIS gains ground while the Russia/Iran-backed coalition fights rebels.
    "001_97f7bde1fc999487.txt": [SEC, EXT],
    # Leaked ISIS documents: deals with Assad and Russia, terror plans for Europe.
    "002_e8894783bb472cdf.txt": [SEC, EXT],
    # Zuesse: US policy in Syria, Mattis and Trump, international law and sovereignty.
    "003_6c6319ac3cf13073.txt": [SEC, POL, EXT],
    # Mercouris: the Syria-Iraq alliance against ISIS and the US (plus Brexit, Mueller, Trudeau).
    "004_a2b4f6b2256935c7.txt": [EXT, SEC, POL],
}

# (doc, opening, closing, frames): the passage runs from the opening to the end of the closing.
PASSAGES: list[tuple[str, str, str, list[str]]] = [
    ("000_eace0d0cce186ef0.txt", "Naturally, the rebels are resisting", "to defeat the Daesh killers.", [SEC]),
    ("000_eace0d0cce186ef0.txt", "The Assad regime has problems with Daesh", "dirty deals with everyone!", [POL, MOR]),
    ("000_eace0d0cce186ef0.txt", "The foolish “left-wing” friends", "always been a stupid lie.", [POL, SEC, MOR]),
    ("000_eace0d0cce186ef0.txt", "Hence, we repeat once more our urgent call", "build international solidarity.",
     [POL, OPINION, MOR]),
    ("001_97f7bde1fc999487.txt", "The Assad regime coalition is made up", "from Iraq, among others.", [SEC, EXT]),
    ("001_97f7bde1fc999487.txt", "Most importantly, the military airport", "into and out of the city.", [SEC, CAP]),
    ("001_97f7bde1fc999487.txt", "The United States’ primary focus on ISIS", "a growing and stronger al-Qaeda.",
     [POLICY, SEC]),
    ("002_e8894783bb472cdf.txt", "The Syrian government gets safe passage", "exchange oil for fertilizer.”",
     [ECON, SEC]),
    ("002_e8894783bb472cdf.txt", "“Certainly if there is economic trading", "there would be communication.”", [ECON]),
    ("002_e8894783bb472cdf.txt", "Foreign fighters have received training", "services have anticipated.", [SEC]),
    ("003_6c6319ac3cf13073.txt", "On April 25th, Mattis had said", "sovereignty of other countries.”",
     [LEG, EXT, SEC]),
    ("003_6c6319ac3cf13073.txt", "Russia had been invited into the Syrian war", "by a breakaway Kurdish republic?",
     [LEG, EXT, SEC]),
    ("003_6c6319ac3cf13073.txt", "Obama would not keep any general", "his hatred of Russia.", [POL]),
    ("003_6c6319ac3cf13073.txt", "He treated that “political Islam”", "allied with the U.S. aristocracy).",
     [CULT, POL, SEC]),
    ("003_6c6319ac3cf13073.txt", "And Trump is so stupid", "control the Pentagon?", [POL]),
    ("004_a2b4f6b2256935c7.txt", "In the 1960s the antagonism", "rival branches of the Baath party.", [POL, EXT]),
    ("004_a2b4f6b2256935c7.txt", "Suffice to say that the single episode", "between Syria and Iraq.", [POL, MOR]),
    ("004_a2b4f6b2256935c7.txt", "Though there are Shiite sectarians", "on religious grounds.", [OPINION, CULT]),
    ("004_a2b4f6b2256935c7.txt", "In reality non-Salafi/Wahhabi Sunnis", "the various Jihadi movements.", [CULT]),
    ("004_a2b4f6b2256935c7.txt", "If so then that will be a direct result", "bringing these former foes together.",
     [POLICY, EXT]),
    ("004_a2b4f6b2256935c7.txt", "The UK will now be offered a delay", "withdrawal deal next week.", [POL, EXT]),
    ("004_a2b4f6b2256935c7.txt", "The Special Counsel delivered his final report",
     "further indictments related to the probe.", [LEG, CRIME]),
    ("004_a2b4f6b2256935c7.txt", "The news dealt a devastating blow", "the 2016 presidential election.",
     [CRIME, POL]),
    ("004_a2b4f6b2256935c7.txt", "Canada’s feminist-in-chief Justin Trudeau", "for his political agenda.", [FAIR, POL]),
    ("004_a2b4f6b2256935c7.txt", "Fortunately for Canadians who agree with Rempel",
     "the polls for the October election.", [POL, OPINION]),
]


def main() -> int:
    rows: list[dict[str, object]] = []
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    for n, (doc, frames) in enumerate(DOCUMENTS.items(), 1):
        rows.append({"id": f"d{n}", "doc": doc, "kind": "document", "start": 0, "end": len(texts[doc]),
                     "frames": frames})
    for n, (doc, opening, closing, frames) in enumerate(PASSAGES, 1):
        text = texts[doc]
        start = text.find(opening)
        if start < 0 or text.find(opening, start + 1) >= 0:
            raise SystemExit(f"opening not found once in {doc}: {opening!r}")
        end = text.find(closing, start)
        if end < 0:
            raise SystemExit(f"closing not found after the opening in {doc}: {closing!r}")
        end += len(closing)
        rows.append({"id": f"p{n:02d}", "doc": doc, "kind": "passage", "start": start, "end": end,
                     "text": text[start:end], "frames": frames})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} items to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
