"""What the command line does with parsed arguments (kept apart from argument parsing)."""
from __future__ import annotations

import os
import sys

from scopejs.api import Engine
from scopejs.errors import EngineInternalError, JSError, JSSyntaxError, ResourceLimitError
from scopejs.modules.loader import PathLoader


# -- visualizer and spec-step narration (issue 6 parts 4-5) ------------------------------------
def _run_observed(args, source, name) -> int:
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
        # -- visualizer and spec-step narration (issue 6 parts 4-5) ----------------------------
        if args.visualize or args.explain:
            return _run_observed(args, source, name)
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


def run_cli(args, source: str, name: str, attach=None, *, stdout=None, observe=None) -> int:
    """What `scopejs FILE` does: run like node; print an uncaught error as node does; exit code.
    ``attach(engine)`` runs before the program (the debugger attaches there); ``stdout``
    replaces the output stream; ``observe(engine)`` returns a context manager the run (script
    and jobs) happens inside (--visualize / --explain attach their observers there)."""
    module = bool(getattr(args, "module", False))
    lazy = not getattr(args, "no_lazy", False)
    out, err = (sys.stdout if stdout is None else stdout), sys.stderr
    engine = Engine(lazy=lazy, test262_host=bool(getattr(args, "test262_host", False)),
                    stdout=out, stderr=err,
                    print_bytecode=bool(getattr(args, "print_bytecode", False)
                                        or getattr(args, "print_bytecode_filter", None)),
                    trace_lazy=bool(getattr(args, "trace_lazy", False)),
                    expose_gc=bool(getattr(args, "expose_gc", False)),
                    tier=_tier_options(args),
                    module_loader=PathLoader(),   # the CLI reads module files (node's way)
                    timeout=getattr(args, "timeout", None),
                    max_steps=getattr(args, "max_steps", None),
                    memory_limit=getattr(args, "memory_limit", None))
    configure_engine(engine, args)   # --print-scopes, --print-bytecode-filter, heap views
    if getattr(args, "show_scopes", False):
        engine.realm.host_defined["show_scopes"] = True   # console.dir(fn) adds [[Scopes]]
    if attach is not None:
        attach(engine)
    import contextlib
    observing = observe(engine) if observe is not None else contextlib.nullcontext()
    try:
        with observing:
            _run_program(engine, module, source, name)
        after_run(engine, args)
    except JSError as exc:
        out.flush()
        if engine.test262_host:
            print(f"{getattr(exc, 'name', 'Error')}: {exc.message}", file=err)
        else:
            print(engine.host.format_uncaught(exc), file=err)
        after_run(engine, args, failed=True)
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


def _tier_options(args):
    """The optimizing tier's options from the command line (defaults when run without them)."""
    from scopejs.tiering.options import TierOptions
    if not hasattr(args, "no_opt"):
        return None
    return TierOptions.from_args(args)


def _run_program(engine, module, source, name):
    """Run the script or module (and its jobs) as the CLI does."""
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


# -- heap: --expose-gc, --heap-snapshot, --retainers; compile-time views (issue 6 parts 6-7) ---

def configure_engine(engine, args) -> None:
    """Install what the view flags need on a fresh engine (before anything runs)."""
    hooks = []
    if getattr(args, "print_scopes", False):
        from scopejs.inspect.scope_dump import ScopePrinter
        hooks.append(ScopePrinter(engine.stdout))
    printer = engine.interpreter.on_compile      # --print-bytecode's BytecodePrinter, if any
    if printer is not None:
        printer.filter = getattr(args, "print_bytecode_filter", None)
        hooks.append(printer)
    if len(hooks) == 1:
        engine.interpreter.on_compile = hooks[0]
    elif hooks:
        def on_compile(sfi):
            for hook in hooks:
                hook(sfi)
        engine.interpreter.on_compile = on_compile
    install_console_retainers(engine)
    prefix = getattr(args, "heap_snapshot_on_debugger", None)
    if prefix:
        from scopejs.inspect.heap_snapshot import write_heap_snapshot
        count = [0]

        def on_debugger(frame):
            count[0] += 1
            path = write_heap_snapshot(engine.host, f"{prefix}-{count[0]}.heapsnapshot")
            print(f"scopejs: heap snapshot written to {path}", file=engine.stderr)
        engine.interpreter.debugger_hook = on_debugger


def after_run(engine, args, failed: bool = False) -> None:
    """--heap-snapshot and --retainers, once the program and its jobs have run (after an
    uncaught exception only the snapshot: the heap as the program left it)."""
    path = getattr(args, "heap_snapshot", None)
    if path:
        from scopejs.inspect.heap_snapshot import write_heap_snapshot
        write_heap_snapshot(engine.host, path)
    expr = getattr(args, "retainers", None)
    if expr and not failed:
        from scopejs.inspect.retainers import describe_retainers
        value = engine.run_script(expr, "[retainers]")
        engine.stdout.write(describe_retainers(engine.host, value) + "\n")


def install_console_retainers(engine) -> None:
    """``console.retainers(obj)``: print obj's shortest retaining paths from the roots (the JS
    stack included: the caller's registers hold ``obj`` too)."""
    from scopejs.inspect.retainers import describe_retainers
    from scopejs.runtime.property import WC
    from scopejs.runtime.values import UNDEFINED
    from scopejs.source.text import to_code_units
    realm = engine.realm
    console = realm.global_object.props.get("console")
    if console is None:
        return

    def retainers(realm_, this, obj=UNDEFINED):
        engine.stdout.write(describe_retainers(engine.host, obj) + "\n")
        return UNDEFINED
    console.define_own_value(to_code_units("retainers"),
                             realm.new_function(retainers, 1, "retainers"), WC)
