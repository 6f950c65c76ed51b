"""``slant eval [FILE...]``: run the evaluation sets, print a summary, save a report."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path
from typing import Any

from slant.commands.common import add_model_flags, add_store_flags, settings_from
from slant.errors import InputError

DEFAULT_SETS = ("qa.jsonl", "framing.jsonl")


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``eval`` command."""
    parser = subparsers.add_parser(
        "eval", help="score answers, citations and the framing tagger on evaluation sets",
        description="Run evaluation sets (default evals/qa.jsonl and evals/framing.jsonl), print "
                    "the totals and save report.json, report.md and report.html.",
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE",
                        help="QA or framing JSONL sets (kind detected from the fields)")
    parser.add_argument("--report", type=Path, metavar="DIR",
                        help="report folder (default <home>/runs/<time>-<model>/)")
    parser.add_argument("--limit", type=int, metavar="N", help="only N questions, spread evenly over the QA set")
    parser.add_argument("--only", choices=("qa", "framing"), help="run one kind of set only")
    parser.add_argument("--tagger", choices=("rules", "llm"), default="rules",
                        help="framing tagger to score (default rules; llm uses --llm)")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a metric is under its threshold")
    parser.add_argument("--thresholds", type=Path, metavar="FILE",
                        help="thresholds for --check (default evals/thresholds.toml)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("RUN_A", "RUN_B"),
                        help="show two saved runs (folders or report.json) side by side; runs nothing")
    parser.add_argument("--format", choices=("ragas",), help="also export the QA results (needs --out)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="file for --format")
    add_model_flags(parser)
    add_store_flags(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate (or compare); 1 when --check finds a metric under its threshold."""
    if args.compare:
        return _compare(args)
    from slant.evaluation.compare import check, load_thresholds
    from slant.evaluation.export import write_ragas
    from slant.evaluation.report import print_summary, slug, write_report
    from slant.evaluation.runner import evaluate
    from slant.evaluation.sets import load_sets

    if bool(args.format) != bool(args.out):
        raise InputError("--format and --out go together; use --format ragas --out FILE.jsonl.")
    if args.limit is not None and args.limit < 1:
        raise InputError(f"--limit {args.limit} selects nothing; give a positive number.")
    settings = settings_from(args)
    thresholds = None
    if args.check:
        thresholds = load_thresholds(args.thresholds or settings.evals_dir / "thresholds.toml")
    files = args.files or [settings.evals_dir / name for name in DEFAULT_SETS]
    sets = [s for s in load_sets(files) if not args.only or s.kind == args.only]
    if not sets:
        raise InputError(f"no {args.only} set among the files given; add one or drop --only.")
    if args.format and not any(s.kind == "qa" for s in sets):
        raise InputError("--format ragas exports questions; include a QA set.")
    chat_model = None
    if args.tagger == "llm":
        from slant.llm import make_chat_model

        chat_model = make_chat_model(settings.llm, settings)
    report = evaluate(settings, sets, chat_model=chat_model, limit=args.limit, tagger_mode=args.tagger)
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = args.report or settings.home / "runs" / f"{stamp}-{slug(settings.llm)}"
    write_report(report, folder)
    print_summary(report, sys.stdout)
    print(f"report: {folder}")
    if args.format:
        rows = write_ragas(report, args.out)
        print(f"ragas: {rows} rows in {args.out}")
    errors = report.get("qa", {}).get("totals", {}).get("errors")
    if errors:
        print(f"slant: the model failed on {errors} question(s); see the report.", file=sys.stderr)
    if thresholds is not None:
        failures = check(report, thresholds)
        for line in failures:
            print(f"slant: check failed: {line}", file=sys.stderr)
        if failures:
            return 1
        print(f"check passed: {len(thresholds)} thresholds")
    return 0


def _compare(args: argparse.Namespace) -> int:
    from slant.evaluation.compare import compare_markdown, load_run, print_compare

    a, b = (load_run(p) for p in args.compare)
    print_compare(a, b, sys.stdout)
    if args.report:
        args.report.mkdir(parents=True, exist_ok=True)
        path = args.report / "compare.md"
        path.write_text(compare_markdown(a, b), encoding="utf-8")
        print(f"comparison: {path}")
    return 0
