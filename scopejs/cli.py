"""What the command line does with parsed arguments (kept apart from argument parsing)."""
from __future__ import annotations

import sys

from scopejs.errors import EngineInternalError, JSSyntaxError

# -- visualizer and spec-step narration (issue 6 parts 4-5) ------------------------------------
def _run_observed(args, source, name, run_cli) -> int:
    """--visualize OUT.html / --explain: the normal run with an observer on the execution hook."""
    if args.visualize and args.explain:
        print("scopejs: --visualize and --explain cannot be combined", file=sys.stderr)
        return 2
    if args.explain:
        from scopejs.inspect.explain import Explaining
        return run_cli(args, source, name,
                       observe=lambda engine: Explaining(engine, sys.stdout, name))
    from scopejs.inspect.visualize import DEFAULT_MAX_STEPS, Visualizing
    from scopejs.inspect.visualize.recorder import OutputTee
    max_steps = args.visualize_max_steps or DEFAULT_MAX_STEPS
    if max_steps < 1:
        print("scopejs: --visualize-max-steps must be at least 1", file=sys.stderr)
        return 2
    title = name if name != "[eval]" else "-e code"
    status = run_cli(args, source, name, stdout=OutputTee(sys.stdout),
                     observe=lambda engine: Visualizing(engine, args.visualize, title, max_steps))
    print(f"scopejs: wrote {args.visualize}", file=sys.stderr)
    return status
# -- end visualizer / explain ------------------------------------------------------------------


def run(args, read_input) -> int:
    try:
        source, name = read_input(args)
    except OSError as exc:
        print(f"scopejs: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        if args.print_ast:
            from scopejs.inspect.ast_dump import dump_ast
            from scopejs.parsing.parser import parse
            program = parse(source, module=args.module, lazy=not args.no_lazy, name=name,
                            trace_lazy=args.trace_lazy)
            print(dump_ast(program, fmt=args.print_ast))
            return 0
        if args.inspect is not None or args.inspect_brk is not None:   # debugger: CDP server
            from scopejs.inspect.debugger.cdp import run_inspector
            return run_inspector(args, source, name)
        from scopejs.api import run_cli  # the engine's entry point
        # -- visualizer and spec-step narration (issue 6 parts 4-5) ----------------------------
        if args.visualize or args.explain:
            return _run_observed(args, source, name, run_cli)
        # -- end visualizer / explain ------------------------------------------------------------
        return run_cli(args, source, name)
    except JSSyntaxError as err:
        print(err.format(), file=sys.stderr)
        return 1
    except EngineInternalError as err:
        print(f"scopejs internal error: {err}", file=sys.stderr)
        return 70
    except RecursionError:
        print("RangeError: Maximum call stack size exceeded (scopejs host recursion)", file=sys.stderr)
        return 1
