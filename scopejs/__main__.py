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
    ap.add_argument("--print-ast", nargs="?", const="tree", metavar="tree|json",
                    help="print the syntax tree (indented tree, or ESTree JSON with =json)")
    ap.add_argument("--print-scopes", action="store_true", help="print scopes and variable locations")
    ap.add_argument("--print-bytecode", action="store_true", help="print bytecode as d8 does")
    ap.add_argument("--no-lazy", action="store_true", help="parse every function eagerly")
    ap.add_argument("--trace-lazy", action="store_true", help="report preparsed and fully parsed functions")
    ap.add_argument("--test262-host", action="store_true", help="add test262's print and $262")
    ap.add_argument("--show-scopes", action="store_true",
                    help="console.dir of a function also prints its [[Scopes]] as DevTools shows them")
    # -- the optimizing tier (scopejs/tiering) --
    ap.add_argument("--no-opt", action="store_true", help="interpreter only (no optimizing tier)")
    ap.add_argument("--always-opt", action="store_true", help="optimize every function at its first call")
    ap.add_argument("--opt-threshold", type=int, default=200, metavar="N",
                    help="calls before a function is optimized (default 200)")
    ap.add_argument("--osr-ticks", type=int, default=1, metavar="N",
                    help="interrupt ticks (2048 loop back-edges) before a running loop is optimized")
    ap.add_argument("--trace-opt", action="store_true", help="print a line for each optimized function")
    ap.add_argument("--trace-deopt", action="store_true", help="print a line for each deoptimization")
    ap.add_argument("--print-opt-code", action="store_true", help="print the generated Python source")
    ap.add_argument("--print-opt-code-filter", metavar="NAME", help="... only of the function NAME")
    ap.add_argument("--allow-natives-syntax", action="store_true",
                    help="accept V8's %%Name(args) intrinsics (%%OptimizeFunctionOnNextCall ...)")
    # -- visualizer and spec-step narration (issue 6 parts 4-5) --------------------------------
    ap.add_argument("--visualize", metavar="OUT.html",
                    help="run and write a self-contained step-through page of the run to OUT.html")
    ap.add_argument("--visualize-max-steps", type=int, metavar="N", default=None,
                    help="stop recording steps after N (default 3000)")
    ap.add_argument("--explain", action="store_true",
                    help="narrate the spec steps (execution contexts, environment records, "
                         "OrdinaryFunctionCreate, this binding) beside what the engine did")
    # -- end visualizer / explain --------------------------------------------------------------
    # -- debugger (scopejs/inspect/debugger) --
    ap.add_argument("--inspect", nargs="?", const="127.0.0.1:9229", metavar="[HOST:]PORT",
                    help="serve the Chrome DevTools Protocol (default 127.0.0.1:9229)")
    ap.add_argument("--inspect-brk", nargs="?", const="127.0.0.1:9229", metavar="[HOST:]PORT",
                    help="as --inspect, and pause before the first statement")
    # -- end debugger --
    # -- heap: GC, snapshots, retainers; compile-time views (issue 6 parts 6-7) ------------------
    ap.add_argument("--expose-gc", action="store_true",
                    help="define gc(): a full collection (cycles through closure contexts too)")
    ap.add_argument("--heap-snapshot", metavar="FILE",
                    help="write a V8 .heapsnapshot (Chrome DevTools' Memory panel) at the end")
    ap.add_argument("--heap-snapshot-on-debugger", metavar="PREFIX", nargs="?", const="scopejs",
                    help="write PREFIX-N.heapsnapshot at each `debugger` statement")
    ap.add_argument("--retainers", metavar="EXPR",
                    help="after the run, print the shortest retaining paths of EXPR's value")
    ap.add_argument("--print-bytecode-filter", metavar="NAME",
                    help="--print-bytecode only for functions NAME (d8's filter: *, prefix*, -NAME)")
    # -- end heap ---------------------------------------------------------------------------------
    # -- limits (embedding helper; scopejs.api.Engine's timeout/max_steps/memory_limit) --------
    ap.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                    help="stop the program after this many seconds (ResourceLimitError)")
    ap.add_argument("--max-steps", type=int, default=None, metavar="N",
                    help="stop after N steps (loop iterations, calls, built-in work)")
    ap.add_argument("--memory-limit", type=int, default=None, metavar="BYTES",
                    help="stop when the program has allocated about BYTES more memory")
    # -- end of limits ---------------------------------------------------------------------------
    return ap


def _fix_print_ast(args) -> None:
    """``--print-ast FILE``: the optional =tree/=json value took the file name."""
    if args.print_ast not in (None, "tree", "json"):
        if args.file is not None:
            raise SystemExit(f"scopejs: --print-ast takes tree or json, not {args.print_ast!r}")
        args.file, args.print_ast = args.print_ast, "tree"


def read_input(args) -> tuple[str, str]:
    if args.code is not None:
        return args.code, "[eval]"
    if args.file is None:
        raise SystemExit("scopejs: give a FILE or -e CODE")
    with open(args.file, encoding="utf-8", errors="surrogateescape", newline="") as fh:
        return fh.read(), args.file


def main(argv: list[str] | None = None) -> int:
    from scopejs import cli
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["inspect"]:   # `scopejs inspect FILE`: the terminal debugger
        from scopejs.inspect.debugger.terminal import main as inspect_main
        return inspect_main(argv[1:])
    args = build_arg_parser().parse_args(argv)
    _fix_print_ast(args)
    return cli.run(args, read_input)


if __name__ == "__main__":
    sys.exit(main())
