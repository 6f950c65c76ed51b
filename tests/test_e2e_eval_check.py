"""CI's fast evaluation: the bundled model on a spread sample of the QA set, with --check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from e2e_support import slant

pytestmark = pytest.mark.e2e
LIMIT = "10"


def test_eval_check_passes_the_thresholds_with_the_bundled_model(tmp_path: Path) -> None:
    env = {"SLANT_HOME": str(tmp_path / "home")}
    result = slant("eval", "--llm", "local", "--limit", LIMIT, "--check", "--report", str(tmp_path / "run"),
                   env=env, timeout=1800)
    report = json.loads((tmp_path / "run" / "report.json").read_text(encoding="utf-8"))
    totals = {kind: report[kind]["totals"] for kind in ("qa", "framing")}
    print(json.dumps(totals, indent=1)[:4000])  # the figures land in the CI log
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert totals["qa"]["verbatim_rate"] == 1.0
    assert totals["qa"]["n"] == int(LIMIT)
