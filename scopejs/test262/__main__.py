"""Command line of the test262 runner (see ``python -m scopejs.test262 --help``)."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

from scopejs.test262 import report
from scopejs.test262.discovery import find_tests, scenarios_for
from scopejs.test262.pool import RunConfig, run_scenarios


def build_arg_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m scopejs.test262",
        description="Run test262 on scopejs (ES2025 + Annex B; see scopejs/test262/features.py).")
    ap.add_argument("paths", nargs="*", help="files, directories or globs relative to test/ (default: all)")
    ap.add_argument("--test262", required=True, metavar="DIR", help="test262 checkout (with test/ and harness/)")
    ap.add_argument("--parse-only", action="store_true",
                    help="only parse: phase-parse negatives must throw SyntaxError, all else must parse")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes (default: cpu count; 0 = in-process, no timeout)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per test before the worker is killed")
    ap.add_argument("--memory-limit", type=int, default=2048, metavar="MB", help="address-space limit per worker")
    ap.add_argument("--no-lazy", action="store_true", help="parse eagerly (no preparser), in --parse-only and in the engine")
    ap.add_argument("--always-opt", action="store_true",
                    help="run every test with the optimizing tier compiling each function at its first call")
    ap.add_argument("--max-steps", type=int, default=None, help="engine step limit per test")
    ap.add_argument("--json", metavar="FILE", help="write every result (id -> status, reason) as JSON")
    ap.add_argument("--save-baseline", metavar="FILE", help="write the small baseline (counts + failing ids)")
    ap.add_argument("--baseline", metavar="FILE", help="compare with a saved baseline or results file")
    ap.add_argument("--expectations", metavar="FILE", help="expected-failures file (globs, # reasons)")
    ap.add_argument("--failures", metavar="FILE", help="write failing ids with their reasons, one a line")
    ap.add_argument("--sample", type=int, default=1, metavar="N",
                    help="run every Nth test file only (a quick, deterministic estimate)")
    ap.add_argument("--depth", type=int, default=2, help="directory depth of the table (default 2)")
    ap.add_argument("--causes", type=int, default=15, help="show the N most common failure causes")
    ap.add_argument("--skips", action="store_true", help="summarise skipped scenarios by reason")
    ap.add_argument("--list", action="store_true", help="list the selected scenarios (and skip reasons), run nothing")
    ap.add_argument("--slowest", type=int, default=0, metavar="N", help="list the N slowest tests")
    ap.add_argument("--progress", choices=["auto", "bar", "lines", "none"], default="auto")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failure as it happens")
    ap.add_argument("--parser", default="scopejs.parsing.parser:parse", help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="scopejs.api:Engine", help=argparse.SUPPRESS)
    return ap


class Progress:
    """A dependency-free progress bar on stderr (or a line every 10% when not a terminal)."""

    def __init__(self, total: int, style: str, verbose: bool):
        if style == "auto":
            style = "bar" if sys.stderr.isatty() else "lines"
        self.style, self.total, self.verbose = style, total, verbose
        self.counts = {"pass": 0, "fail": 0, "skip": 0}
        self.done = 0
        self.start = time.monotonic()
        self.last_draw = 0.0
        self.next_line = 0.1

    def __call__(self, scenario, status, reason):
        self.done += 1
        self.counts[status] += 1
        if self.verbose and status == "fail":
            self._clear()
            print(f"FAIL {scenario.id}: {reason}", file=sys.stderr)
        now = time.monotonic()
        if self.style == "bar" and (now - self.last_draw > 0.1 or self.done == self.total):
            self.last_draw = now
            self._draw(now)
        elif self.style == "lines" and self.done >= self.next_line * self.total:
            self.next_line += 0.1
            print(self._status(now), file=sys.stderr)

    def _status(self, now):
        c = self.counts
        rate = self.done / max(now - self.start, 1e-6)
        eta = (self.total - self.done) / rate if rate else 0
        return (f"{self.done}/{self.total} pass {c['pass']} fail {c['fail']} skip {c['skip']} "
                f"{rate:.0f}/s eta {eta:.0f}s")

    def _draw(self, now):
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self._status(now)}\x1b[K")
        sys.stderr.flush()

    def _clear(self):
        if self.style == "bar":
            sys.stderr.write("\r\x1b[K")

    def finish(self):
        if self.style == "bar":
            sys.stderr.write("\n")
        elapsed = time.monotonic() - self.start
        print(f"{self.done} scenarios in {elapsed:.1f} s", file=sys.stderr)


def _provenance() -> dict:
    """When and on which commit the results were measured (for the saved files)."""
    info = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    try:
        import subprocess
        here = os.path.dirname(os.path.abspath(__file__))
        commit = subprocess.run(["git", "-C", here, "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
        if commit:
            info["commit"] = commit
    except (OSError, subprocess.SubprocessError):
        pass
    return info


def main(argv=None) -> int:
    args = build_arg_parser().parse_args(argv)
    test262 = os.path.abspath(args.test262)
    if not os.path.isdir(test262):
        print(f"test262: no such directory: {test262}", file=sys.stderr)
        return 2
    root, files = find_tests(test262, args.paths)
    if not files:
        print("test262: no tests selected", file=sys.stderr)
        return 2
    if args.sample > 1:
        files = files[::args.sample]
    scenarios = [s for path in files for s in scenarios_for(root, path)]
    if args.list:
        for scenario in scenarios:
            print(scenario.id + (f"\tskip: {scenario.skip}" if scenario.skip else ""))
        return 0
    harness_dir = os.path.join(test262, "harness")
    if args.always_opt:
        args.engine = "scopejs.test262.host:always_opt_engine"
    config = RunConfig(parse_only=args.parse_only, parser=args.parser, engine=args.engine,
                       harness_dir=harness_dir, lazy=not args.no_lazy, max_steps=args.max_steps,
                       timeout=args.timeout, jobs=args.jobs, memory_mb=args.memory_limit)
    progress = Progress(len(scenarios), "none" if args.progress == "none" else args.progress, args.verbose)
    try:
        durations: dict[str, float] = {}
        results = run_scenarios(scenarios, config, on_result=progress, durations=durations)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    progress.finish()
    mode = "parse-only" if args.parse_only else "run"

    print(report.format_table(results, args.depth))
    if args.causes:
        causes = report.group_causes(results, args.causes)
        if causes:
            print(f"\nmost common failure causes (of {sum(1 for s, _ in results.values() if s == 'fail')}):")
            for cause, count, examples in causes:
                print(f"{count:>6}  {cause}\n        e.g. {', '.join(examples)}")
    comparison = report.compare(results, args.baseline) if args.baseline else None
    if args.skips:
        print("\nskipped scenarios by reason:")
        for reason, count in report.group_skips(results):
            print(f"{count:>7}  {reason}")
    if args.slowest:
        print(f"\nslowest {args.slowest} scenarios:")
        for tid, seconds in sorted(durations.items(), key=lambda kv: -kv[1])[:args.slowest]:
            print(f"{seconds:8.2f} s  {tid}  ({results[tid][0]})")
    if args.json:
        report.write_results(args.json, results, mode=mode, extra={"test262": test262, **_provenance()})
    if args.save_baseline:
        with open(args.save_baseline, "w", encoding="utf-8") as fh:
            baseline = report.make_baseline(results, mode=mode, depth=args.depth)
            baseline.update(_provenance())
            json.dump(baseline, fh, indent=1)
            fh.write("\n")
    if args.failures:
        with open(args.failures, "w", encoding="utf-8") as fh:
            for tid, (status, reason) in sorted(results.items()):
                if status == "fail":
                    fh.write(f"{tid}\t{reason}\n")
    exit_code = 0
    if args.baseline:
        regressions, new_passes = comparison
        print(f"\nagainst {args.baseline}: {len(new_passes)} new passes, {len(regressions)} regressions")
        for tid in new_passes:
            print(f"  + {tid}")
        for tid in regressions:
            print(f"  - {tid}: {results[tid][1]}")
        exit_code = 1 if regressions else 0
    if args.expectations:
        unexpected, fixed = report.Expectations.load(args.expectations).check(results)
        print(f"\nagainst {args.expectations}: {len(unexpected)} unexpected failures, "
              f"{len(fixed)} unexpected passes")
        for tid in unexpected:
            print(f"  - {tid}: {results[tid][1]}")
        for tid in fixed:
            print(f"  + {tid} (passes now: remove it from the expectations)")
        exit_code = 1 if unexpected else exit_code
    if not args.baseline and not args.expectations:
        exit_code = 1 if any(s == "fail" for s, _ in results.values()) else 0
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
