"""What the command line does with parsed arguments (kept apart from argument parsing)."""
from __future__ import annotations

import sys

from scopejs.errors import EngineInternalError, JSSyntaxError

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
