"""Time this checkout's phrase-rule matching against another checkout's, in one process.

Usage: python benchmarks/compare_rule_matching.py OTHER_CHECKOUT [MEGABYTES] [--adversarial]

Both versions of ``slant/framing/rule_matching.py`` run on the same rules (this checkout's)
and the same texts: generated news, the evaluation passages and the seeds, each about
MEGABYTES (default 1), plus, with ``--adversarial``, the bench's slow texts cut to 0.3 MB.
Runs alternate, three each, and the best CPU time of each side is kept: on a noisy
machine two runs of one version swing more than a small change does, so only a ratio
taken in one sitting means anything. Each line also says whether the two found exactly
the same matches.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

from bench_tagger import ADVERSARIAL, corpus_text, make_text

from slant.framing import lexicon as lx
from slant.framing import rule_matching

ROOT = Path(__file__).resolve().parent.parent


def load_other(checkout: Path) -> ModuleType:
    """The other checkout's ``rule_matching`` module, importing this checkout's rules."""
    path = checkout / "src" / "slant" / "framing" / "rule_matching.py"
    spec = importlib.util.spec_from_file_location("other_rule_matching", path) if path.is_file() else None
    if spec is None or spec.loader is None:
        raise SystemExit(f"No rule_matching.py at {path}: give the root of a Slant checkout.")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def texts(megabytes: float, adversarial: bool) -> dict[str, str]:
    found = {
        "generated news": make_text(megabytes),
        "evaluation passages": corpus_text(megabytes),
        "seeds": corpus_text(megabytes, sorted((ROOT / "seeds").glob("*.txt"))),
    }
    if adversarial:
        found.update({name: text[:300_000] for name, text in ADVERSARIAL.items()})
    return found


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2])
        return 2
    other = load_other(Path(argv[0]))
    megabytes = float(argv[1]) if len(argv) > 1 and not argv[1].startswith("-") else 1.0
    sides = {"other": other.rule_matches, "this": rule_matching.rule_matches}
    for name, text in texts(megabytes, "--adversarial" in argv).items():
        folded = lx.case_folded(text)
        best = {side: float("inf") for side in sides}
        found: dict[str, list[tuple[int, tuple[int, int]]]] = {}
        for _ in range(3):
            for side, matches in sides.items():
                cpu = time.process_time()
                found[side] = [(i, m.span()) for i, m in matches(text, folded)]
                best[side] = min(best[side], time.process_time() - cpu)
        same = "same matches" if found["this"] == found["other"] else "MATCHES DIFFER"
        print(f"{name:30s} {len(found['this']):6d} matches, {same}; this checkout "
              f"{best['other'] / best['this']:.2f}x the other's speed ({best['this']:.3f} s vs {best['other']:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
