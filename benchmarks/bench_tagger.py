"""Measure the offline tagger's throughput on generated news-like text.

Usage: python benchmarks/bench_tagger.py [MEGABYTES] [--corpus | --files FILE... | --adversarial] [--profile]

The text mixes plain reporting with loaded sentences (about one flag per 60 words, more
than most articles), so the figure is a fair lower bound. It prints MB/s on one core, and
the tagger's time as a multiple of a baseline timed in the same process (one pass of a
bare word regex over the same text), which is steadier than MB/s on a shared machine.
``--corpus`` tags the evaluation passages (evals/*/*.txt) repeated to the size instead:
opinion writing, far denser in flags and quotations than news, so the harder case.
``--files`` tags the given text files (real articles: ``seeds/*.txt``, or a local copy of the
PTC corpus) repeated to the size.
``--adversarial`` times texts built to be slow: one cue word or shape repeated densely
("“You can either" over and over), one line each, to check no rule goes badly non-linear.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

from slant.framing import tag

_PLAIN = [
    "Officials said on Tuesday that talks would resume next week in the capital.",
    "The ministry reported 12 people killed in an attack on a market near the border.",
    "According to the central bank, inflation rose to 4.2 percent in March.",
    "The committee will hear evidence from three witnesses, a spokesperson said.",
    "Rebels and government forces exchanged fire overnight, residents told reporters.",
    "The company’s shares fell 3 percent after the announcement — the lowest since May.",
    "Lawmakers voted 52 to 48 to approve the budget, sending it to the president.",
    "Aid convoys reached the town on Sunday, the United Nations said in a statement.",
]
_LOADED = [
    "The regime’s killer army and its foreign masters slaughtered civilians again.",
    "Only a psychopathic tyrant and his Kremlin puppets could call this utterly stupid plan “peace”.",
    "Our foolish left-wing friends still defend these thugs, the so-called moderates.",
    "It was nothing more than a humongous hoax, the worst scandal in history.",
]


def make_text(megabytes: float, seed: int = 7) -> str:
    """Paragraphs of news-like sentences, about ``megabytes`` MB of UTF-8."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        sentences = [rng.choice(_PLAIN) for _ in range(rng.randint(3, 6))]
        if rng.random() < 0.5:
            sentences.insert(rng.randrange(len(sentences)), rng.choice(_LOADED))
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        size += len(paragraph.encode("utf-8"))
    return "".join(parts)


def corpus_text(megabytes: float, paths: list[Path] | None = None) -> str:
    """The evaluation passages (or the files at ``paths``), repeated to about ``megabytes`` MB."""
    if paths is None:
        paths = sorted((Path(__file__).resolve().parent.parent / "evals").glob("*/*.txt"))
    passages = "\n\n".join(p.read_text(encoding="utf-8") for p in paths)
    target = int(megabytes * 1_000_000)
    return (passages * (target // len(passages.encode("utf-8")) + 1))[:target]


# Text built to be slow: a cue or shape repeated densely, each about 0.5-1.4 MB.
ADVERSARIAL = {
    "curly quote + you can either": ("“" + "You can either " * 30) * 3000,
    "either ... or": "either you, or " * 50000,
    "today it's": "Today it's x, " * 60000,
    "like a": "like a " * 100000,
    "hyphenated capitals": "-".join(["A", "Big", "LET", "Em", "Go"][i % 5] for i in range(200000)),
    "quotes": ('"' + "word " * 50) * 4000,
    "hashtags": "#A" * 200000,
    "mock titles": "Mr. A-to-" * 60000,
    "already": "more than 1 2 3 4 5 6 already " * 30000,
    "a x is a": "a x is a " * 80000,
    "our voice": "We told our customers a small number of us saw a brief outage. " * 12000,
    "First ... Then": "First they tax it. Then they ban it, " * 25000,
    "As ... put it": "As the great Dr A. B. put it. " * 30000,
    "denied labels": "They are not fools, not villains, not thugs. " * 20000,
}


def adversarial() -> int:
    """One line per adversarial text: its size, CPU time and MB/s."""
    tag("warm up the word lists")
    for name, text in ADVERSARIAL.items():
        mb = len(text.encode("utf-8")) / 1e6
        cpu = time.process_time()
        spans = tag(text)
        seconds = time.process_time() - cpu
        print(f"{name:30s} {mb:.2f} MB  {seconds:6.2f} s  {mb / seconds:5.2f} MB/s  {len(spans)} spans")
    return 0


def main(argv: list[str]) -> int:
    if "--adversarial" in argv:
        return adversarial()
    megabytes = float(argv[0]) if argv and not argv[0].startswith("-") else 5.0
    if "--files" in argv:
        files = [Path(a) for a in argv[argv.index("--files") + 1 :] if not a.startswith("--")]
        if not files:
            print("--files needs the paths of text files to tag.")
            return 2
        text = corpus_text(megabytes, files)
    elif "--corpus" in argv:
        text = corpus_text(megabytes)
    else:
        text = make_text(megabytes)
    mb = len(text.encode("utf-8")) / 1e6
    tag("warm up the word lists")  # load lexicons outside the timed region
    if "--profile" in argv:
        import cProfile

        cProfile.runctx("tag(text)", globals(), {"text": text}, sort="cumtime")
        return 0
    # Best of three runs, in wall time and in this process's CPU time: on a shared machine
    # the wall figure swings with other load, the CPU figure is what one core can do.
    walls: list[float] = []
    cpus: list[float] = []
    spans = []
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        spans = tag(text)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    words = re.compile(r"\w+")
    base: list[float] = []
    for _ in range(3):
        cpu = time.process_time()
        words.findall(text)
        base.append(time.process_time() - cpu)
    print(f"{mb:.1f} MB, {len(spans)} spans: {mb / min(walls):.2f} MB/s wall, "
          f"{mb / min(cpus):.2f} MB/s CPU (best of 3); {min(cpus) / min(base):.1f}x the CPU time of "
          f"one bare word-regex pass ({mb / min(base):.1f} MB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
