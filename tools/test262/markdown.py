"""Markdown tables for docs/conformance.md from a results file of the test262 runner.

    python3 tools/test262/markdown.py results/parse-only.json [--depth 2] [--causes 20] [--all-dirs]

Prints: totals (ECMAScript and Annex B apart), a table by top directory, the directories at
--depth that have failures, and the failures grouped by cause with examples.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from scopejs.test262 import report  # noqa: E402


def _rate(row):
    ran = row["pass"] + row["fail"]
    return f"{100.0 * row['pass'] / ran:.2f}%" if ran else "-"


def _table(rows, title):
    out = [f"| {title} | pass | fail | skip | pass rate |", "|---|---:|---:|---:|---:|"]
    for key, row in rows:
        out.append(f"| {key} | {row['pass']} | {row['fail']} | {row['skip']} | {_rate(row)} |")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--causes", type=int, default=20)
    ap.add_argument("--no-failing-dirs", action="store_true", help="omit the table of failing directories")
    ap.add_argument("--all-dirs", action="store_true",
                    help="a row for every directory at --depth (not only those with failures)")
    args = ap.parse_args(argv)
    with open(args.results, encoding="utf-8") as fh:
        data = json.load(fh)
    results = {tid: (v["status"], v.get("reason", "")) for tid, v in data["results"].items()}
    groups = {"ECMAScript (language + built-ins)": {"pass": 0, "fail": 0, "skip": 0},
              "Annex B (separately)": {"pass": 0, "fail": 0, "skip": 0}}
    for tid, (status, _) in results.items():
        key = "Annex B (separately)" if tid.startswith("annexB/") else "ECMAScript (language + built-ins)"
        groups[key][status] += 1
    print(_table(groups.items(), "scenarios"))
    print()
    print(_table(report.table_by_directory(results, 1).items(), "directory"))
    print()
    by_dir = report.table_by_directory(results, args.depth)
    if args.all_dirs:
        print(_table(by_dir.items(), f"directory (depth {args.depth})"))
        print()
    failing = [(k, r) for k, r in by_dir.items() if r["fail"]]
    if failing and not args.no_failing_dirs and not args.all_dirs:
        print(_table(failing, f"directories with failures (depth {args.depth})"))
        print()
    if failing:
        print("| failures | cause | examples |")
        print("|---:|---|---|")
        for cause, count, examples in report.group_causes(results, args.causes):
            cause = cause.replace("|", "\\|")
            print(f"| {count} | {cause} | {', '.join('`' + e + '`' for e in examples[:2])} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
