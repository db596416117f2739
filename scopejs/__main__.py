"""Command line: ``scopejs [options] FILE`` or ``scopejs -e CODE``.

Each view is a pure ``dump`` function in scopejs.inspect; this module only parses arguments,
reads the input and maps host-facing errors to node-like messages and exit codes.
"""
from __future__ import annotations

import argparse
import sys


def build_arg_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="scopejs", description="A JavaScript engine that shows its closures.")
    ap.add_argument("file", nargs="?", help="JavaScript file to run")
    ap.add_argument("-e", "--eval", dest="code", help="code to run instead of a file")
    ap.add_argument("--module", action="store_true", help="parse/run as an ES module")
    ap.add_argument("--print-ast", nargs="?", const="tree", choices=["tree", "json"],
                    help="print the syntax tree (indented tree, or ESTree JSON with =json)")
    ap.add_argument("--print-scopes", action="store_true", help="print scopes and variable locations")
    ap.add_argument("--print-bytecode", action="store_true", help="print bytecode as d8 does")
    ap.add_argument("--no-lazy", action="store_true", help="parse every function eagerly")
    ap.add_argument("--trace-lazy", action="store_true", help="report preparsed and fully parsed functions")
    ap.add_argument("--test262-host", action="store_true", help="add test262's print and $262")
    ap.add_argument("--show-scopes", action="store_true",
                    help="console.dir of a function also prints its [[Scopes]] as DevTools shows them")
    # -- limits (embedding helper; scopejs.api.Engine's timeout/max_steps/memory_limit) --------
    ap.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                    help="stop the program after this many seconds (ResourceLimitError)")
    ap.add_argument("--max-steps", type=int, default=None, metavar="N",
                    help="stop after N steps (loop iterations, calls, built-in work)")
    ap.add_argument("--memory-limit", type=int, default=None, metavar="BYTES",
                    help="stop when the program has allocated about BYTES more memory")
    # -- end of limits ---------------------------------------------------------------------------
    return ap


def read_input(args) -> tuple[str, str]:
    if args.code is not None:
        return args.code, "[eval]"
    if args.file is None:
        raise SystemExit("scopejs: give a FILE or -e CODE")
    with open(args.file, encoding="utf-8", errors="surrogateescape", newline="") as fh:
        return fh.read(), args.file


def main(argv: list[str] | None = None) -> int:
    from scopejs import cli
    args = build_arg_parser().parse_args(argv)
    return cli.run(args, read_input)


if __name__ == "__main__":
    sys.exit(main())
