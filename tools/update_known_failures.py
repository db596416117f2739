#!/usr/bin/env python3
"""Regenerate tests/programs/known_failures.txt from a run of the corpus through scopejs.

Usage: python3 tools/update_known_failures.py [--jobs N] [--fresh] [--dry-run] [--verbose]

Every program runs in both modes (lazy, eager) in worker processes (each run has the corpus's
step budget and wall-clock alarm). A program failing in both modes is listed without a mode;
failing in one mode only, with `[lazy]` or `[eager]`. Hand-written reasons already in the list are
kept unless --fresh; other entries get a one-line summary of the first difference (crash:,
stdout line N:, uncaught ...). Prints pass/fail counts per mode and per feature directory.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.programs.corpus import (  # noqa: E402
    CLI_MODE, KNOWN_FAILURES, MODES, EngineUnavailable, all_programs, load_engine, load_known_failures,
    parse_expectation, run_scopejs,
)

HEADER = """\
# Corpus programs scopejs does not run correctly yet (xfail strict in tests/test_programs.py).
# Format: <program id> [lazy|eager]  # reason     (no mode: fails in both modes)
# Regenerate: python3 tools/update_known_failures.py   (keeps existing reasons; --fresh rewrites)
"""


def summarize(expected, actual) -> str:
    if actual.crash:
        return "crash: " + actual.crash.split("\n")[0][:150]
    if expected.error != actual.error:
        if expected.error and not actual.error:
            return f"expected uncaught {expected.error[:80]!r}, none thrown"
        if expected.error is None:
            return f"uncaught {actual.error[:120]!r}"
        return f"uncaught {actual.error[:100]!r}, expected {expected.error[:80]!r}"
    exp, act = expected.stdout_lines, actual.stdout_lines
    for i, (e, a) in enumerate(zip(exp, act)):
        if e != a:
            return f"stdout line {i + 1}: got {a[:60]!r}, expected {e[:60]!r}"
    return f"stdout has {len(act)} lines, expected {len(exp)}"


_AUTO_PREFIXES = ("crash:", "stdout line", "stdout has", "uncaught ", "expected uncaught",
                  "runner failure")


def _kept_reason(old: dict, key) -> str | None:
    """An existing reason worth keeping: hand-written ones, not a previous run's summary."""
    reason = old.get(key)
    if reason is None or reason.startswith(_AUTO_PREFIXES):
        return None
    return reason


def check(task):
    path, pid, mode = task
    expected = parse_expectation(path.read_text(encoding="utf-8"))
    try:
        actual = run_scopejs(path, mode)
    except BaseException as exc:  # noqa: BLE001 - a worker must report, never die
        return pid, mode, f"runner failure: {type(exc).__name__}: {exc}"[:200]
    if actual.render() == expected.render():
        return pid, mode, None
    return pid, mode, summarize(expected, actual)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--fresh", action="store_true", help="recompute every reason")
    parser.add_argument("--dry-run", action="store_true", help="print the list, do not write it")
    parser.add_argument("--verbose", action="store_true", help="print each failure as it is found")
    args = parser.parse_args(argv)
    try:
        load_engine()
    except EngineUnavailable as exc:
        print(f"update_known_failures: {exc}", file=sys.stderr)
        return 2
    known = load_known_failures()
    old = {k: v for k, v in known.items() if k[1] == CLI_MODE} if args.fresh else known
    tasks = [(path, pid, mode) for path, pid in all_programs() for mode in MODES]
    failures: dict[str, dict[str, str]] = defaultdict(dict)
    per_dir = defaultdict(lambda: [0, 0])
    with Pool(args.jobs, maxtasksperchild=25) as pool:
        for pid, mode, reason in pool.imap_unordered(check, tasks, chunksize=4):
            feature = pid.split("/")[0]
            per_dir[feature][0 if reason is None else 1] += 1
            if reason is not None:
                failures[pid][mode] = reason
                if args.verbose:
                    print(f"FAIL {pid} [{mode}]: {reason}")
    lines = [HEADER]
    for pid in sorted(failures):
        modes = failures[pid]
        if len(modes) == len(MODES):
            reason = _kept_reason(old, (pid, MODES[0])) or next(iter(modes.values()))
            lines.append(f"{pid}  # {reason}")
        else:
            for mode, why in sorted(modes.items()):
                reason = _kept_reason(old, (pid, mode)) or why
                lines.append(f"{pid} [{mode}]  # {reason}")
    # [cli] entries (the CLI error-report check, not run here) are kept as they are.
    existing = {pid for _, pid in all_programs()}
    for (pid, mode), reason in sorted(old.items()):
        if mode == CLI_MODE and pid in existing:
            lines.append(f"{pid} [{CLI_MODE}]  # {reason}")
    text = "\n".join(lines) + "\n"
    total = len(tasks)
    failed = sum(len(m) for m in failures.values())
    print(f"{'feature':<20} pass  fail")
    for feature in sorted(per_dir):
        ok, bad = per_dir[feature]
        print(f"{feature:<20} {ok:4d}  {bad:4d}")
    print(f"{total - failed} passed, {failed} failed (program runs, {len(MODES)} modes each)")
    if args.dry_run:
        print(text)
    else:
        KNOWN_FAILURES.write_text(text, encoding="utf-8")
        print(f"wrote {KNOWN_FAILURES.relative_to(ROOT)} ({len(failures)} programs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
