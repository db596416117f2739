"""What the command line does with parsed arguments (kept apart from argument parsing)."""
from __future__ import annotations

import os
import sys

from scopejs.api import Engine
from scopejs.errors import EngineInternalError, JSError, JSSyntaxError, ResourceLimitError
from scopejs.modules.loader import PathLoader


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


def run_cli(args, source: str, name: str) -> int:
    """What `scopejs FILE` does: run like node; print an uncaught error as node does; exit code."""
    module = bool(getattr(args, "module", False))
    lazy = not getattr(args, "no_lazy", False)
    if getattr(args, "print_scopes", False):
        from scopejs.inspect.scope_dump import dump_scopes
        from scopejs.parsing.parser import parse
        program = parse(source, module=module, lazy=lazy, name=name)
        print(dump_scopes(program))
        return 0
    out, err = sys.stdout, sys.stderr
    engine = Engine(lazy=lazy, test262_host=bool(getattr(args, "test262_host", False)),
                    stdout=out, stderr=err,
                    print_bytecode=bool(getattr(args, "print_bytecode", False)),
                    trace_lazy=bool(getattr(args, "trace_lazy", False)),
                    module_loader=PathLoader(),   # the CLI reads module files (node's way)
                    timeout=getattr(args, "timeout", None),
                    max_steps=getattr(args, "max_steps", None),
                    memory_limit=getattr(args, "memory_limit", None))
    if getattr(args, "show_scopes", False):
        engine.realm.host_defined["show_scopes"] = True   # console.dir(fn) adds [[Scopes]]
    try:
        if module and name == "[eval]":   # -e with --module: a module file in the cwd
            import tempfile
            with tempfile.NamedTemporaryFile("w", suffix=".mjs", dir=os.getcwd(),
                                             delete=False, encoding="utf-8") as fh:
                fh.write(source)
            try:
                engine.run_module_file(fh.name)
            finally:
                os.unlink(fh.name)
        elif module:
            engine.run_module_file(name)
        else:
            engine.run_script(source, name)
        engine.run_jobs()
    except JSError as exc:
        out.flush()
        if engine.test262_host:
            print(f"{getattr(exc, 'name', 'Error')}: {exc.message}", file=err)
        else:
            print(engine.host.format_uncaught(exc), file=err)
        return 1
    except ResourceLimitError as exc:
        out.flush()
        print(f"scopejs: {exc}", file=err)
        return 1
    except JSSyntaxError:
        out.flush()
        raise
    except BrokenPipeError:   # the reader went away (e.g. `| head`): stop quietly like node
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    try:
        out.flush()
    except BrokenPipeError:
        pass
    return 0
