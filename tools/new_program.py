#!/usr/bin/env python3
"""Write the `// expect:` lines of corpus programs from node's actual output.

Usage:
  python3 tools/new_program.py tests/programs/closures/counter.js [...]   # (re)write expectations
  python3 tools/new_program.py --check [paths...]      # report programs whose expectations differ
  python3 tools/new_program.py --bundle FILE           # split a bundle into programs, then expect

A bundle is one text file holding many programs, each introduced by a header line
`//== <feature>/<name>.js` (paths relative to tests/programs/). It is a convenience for writing
many small programs at once; the bundle itself is not part of the corpus.

The expectation format is defined in tests/programs/README.md and parsed by
tests/programs/corpus.py (the single implementation shared by the runners and this tool).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.programs.corpus import (  # noqa: E402
    PROGRAMS_DIR, Expectation, all_programs, parse_expectation, run_node, strip_expectations,
)


def write_expectations(path: Path) -> Expectation:
    source = path.read_text(encoding="utf-8")
    body = strip_expectations(source).rstrip("\n")
    actual = run_node(path)
    lines = [body, ""]
    for out in actual.stdout_lines:
        if any(ch in out for ch in "\r\u2028\u2029"):
            raise SystemExit(f"{path}: output line {out!r} holds a JS line terminator; an "
                             "// expect: comment cannot carry it (print an escaped form)")
        lines.append(f"// expect: {out}" if out else "// expect:")
    if actual.error is not None:
        lines.append(f"// expect-error: {actual.error}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return actual


def split_bundle(bundle: Path) -> list[Path]:
    written: list[Path] = []
    current: Path | None = None
    chunk: list[str] = []

    def flush():
        if current is not None:
            current.parent.mkdir(parents=True, exist_ok=True)
            current.write_text("\n".join(chunk).strip("\n") + "\n", encoding="utf-8")
            written.append(current)

    for line in bundle.read_text(encoding="utf-8").split("\n"):
        if line.startswith("//== "):
            flush()
            current = PROGRAMS_DIR / line[5:].strip()
            chunk = []
        else:
            chunk.append(line)
    flush()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 on a mismatch")
    parser.add_argument("--bundle", type=Path, help="split this bundle into programs first")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.paths]
    if args.bundle:
        # siblings of module programs (imported files) are written but carry no expectations
        paths += [p for p in split_bundle(args.bundle) if p.suffix == ".js" or p.name == "main.mjs"]
    if args.check and not paths:
        paths = [p for p, _ in all_programs()]
    bad = 0
    for path in paths:
        if args.check:
            expected = parse_expectation(path.read_text(encoding="utf-8"))
            actual = run_node(path)
            if (expected.stdout_lines, expected.error) != (actual.stdout_lines, actual.error):
                bad += 1
                print(f"MISMATCH {path.relative_to(PROGRAMS_DIR)}")
        else:
            actual = write_expectations(path)
            suffix = f"  error: {actual.error}" if actual.error else ""
            print(f"{path.relative_to(PROGRAMS_DIR)}: {len(actual.stdout_lines)} lines{suffix}")
            if actual.crash:
                print(f"  WARNING: node stderr not understood:\n{actual.crash}")
    if args.check:
        print(f"{len(paths) - bad} match, {bad} mismatch")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
