"""What the command line does with parsed arguments (kept apart from argument parsing):
run a file, -e/-p code, stdin or the REPL in a node host, and map the outcome to node's
messages and exit codes (1 uncaught error or missing file, 9 bad option, process.exitCode)."""
from __future__ import annotations

import os
import sys

from scopejs.api import Engine
from scopejs.errors import EngineInternalError, JSError, JSSyntaxError, ResourceLimitError
from scopejs.modules.loader import PathLoader


def read_source(args) -> tuple[str, str]:
    """(source, name) of the entry for the views (--print-ast, --print-scopes)."""
    if args.code is not None:
        return args.code, "[eval]"
    if args.file in (None, "-"):
        return sys.stdin.read(), "[stdin]"
    with open(args.file, encoding="utf-8", errors="surrogateescape", newline="") as fh:
        return fh.read(), args.file


def run(args) -> int:
    try:
        if args.print_ast:
            return print_view(args)
        if args.inspect is not None or args.inspect_brk is not None or args.visualize or \
                args.explain:
            try:
                source, name = read_source(args)
            except OSError as exc:
                print(f"scopejs: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
                return 1
            if args.inspect is not None or args.inspect_brk is not None:   # CDP server
                from scopejs.inspect.debugger.cdp import run_inspector
                return run_inspector(args, source, name)
            return _run_observed(args, source, name)
        return run_node(args)
    except JSSyntaxError as err:
        print(err.format(), file=sys.stderr)
        return 1
    except EngineInternalError as err:
        print(f"scopejs internal error: {err}", file=sys.stderr)
        return 70
    except RecursionError:
        print("RangeError: Maximum call stack size exceeded (scopejs host recursion)", file=sys.stderr)
        return 1


def print_view(args) -> int:
    from scopejs.parsing.parser import parse
    try:
        source, name = read_source(args)
    except OSError as exc:
        print(f"scopejs: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 1
    program = parse(source, module=args.module, lazy=not args.no_lazy, name=name,
                    trace_lazy=args.trace_lazy)
    from scopejs.inspect.ast_dump import dump_ast
    print(dump_ast(program, fmt=args.print_ast))
    return 0


def make_engine(args, argv):
    from scopejs.host.node import install_node_host
    engine = Engine(lazy=not args.no_lazy, test262_host=args.test262_host,
                    stdout=sys.stdout, stderr=sys.stderr,
                    print_bytecode=bool(args.print_bytecode or args.print_bytecode_filter),
                    trace_lazy=args.trace_lazy, expose_gc=args.expose_gc,
                    tier=_tier_options(args), timeout=args.timeout, max_steps=args.max_steps,
                    memory_limit=args.memory_limit)
    configure_engine(engine, args)   # --print-scopes, --print-bytecode-filter, heap views
    if args.show_scopes:
        engine.realm.host_defined["show_scopes"] = True   # console.dir(fn) adds [[Scopes]]
    show = engine.interpreter.on_compile
    if show is not None:   # --print-bytecode: the program's functions, not the core modules'
        engine.interpreter.on_compile = lambda sfi: None if sfi.source is not None and \
            sfi.source.name.startswith("node:") else show(sfi)
    from scopejs import __version__
    node = install_node_host(engine.host, argv, version=__version__)
    return engine, node


def _entry_kind(args):
    """'eval', 'file', 'stdin' or 'repl', as node chooses."""
    if args.code is not None:
        return "eval"
    if args.file == "-":
        return "stdin"
    if args.file is not None:
        return "file"
    if args.interactive or sys.stdin.isatty():
        return "repl"
    return "stdin"


def run_node(args) -> int:
    kind = _entry_kind(args)
    exec_path = sys.executable
    if kind == "file":
        from scopejs.modules.resolution import ModuleNotFound, resolve_require
        try:
            path = resolve_require(os.path.abspath(args.file), os.getcwd())
        except ModuleNotFound:
            return report_missing_main(os.path.abspath(args.file))
        argv = [exec_path, path] + args.script_args
    elif kind == "stdin" and args.file == "-":
        argv = [exec_path, "-"] + args.script_args
    else:
        argv = [exec_path] + args.script_args
    engine, node = make_engine(args, argv)
    from scopejs.host.node.bindings import ProcessExit

    def program():
        try:
            if kind == "file" and args.script:
                catching_uncaught(engine, node, run_script_file, engine, node, path)
            elif kind == "file":
                catching_uncaught(engine, node, run_main_file, engine, node, path, args.module)
            elif kind in ("eval", "stdin"):
                source = args.code if kind == "eval" else sys.stdin.read()
                catching_uncaught(engine, node, run_eval_source, engine, node, source,
                                  "[eval]" if kind == "eval" else "[stdin]", args.module,
                                  args.print_result)
            if kind == "repl" or args.interactive:
                from scopejs.inspect.repl import run_repl
                run_repl(engine, node)
            while not catching_uncaught(engine, node, engine.run_jobs):
                pass
            after_run(engine, args)
            code = node.exit_code()
            node.emit_exit(code)
            return node.exit_code(code)
        except ProcessExit as exc:
            return exc.code
    return run_reporting(engine, args, program)


def catching_uncaught(engine, node, fn, *args):
    """Run ``fn``; an uncaught exception goes to process.on('uncaughtException') listeners
    if there are any (then False: the loop goes on), else it propagates."""
    try:
        fn(*args)
        return True
    except JSError as exc:
        if not engine._run("reporting an uncaught exception", node.handle_uncaught, exc.value):
            raise
        return False


def report_missing_main(path) -> int:
    """node's report for a missing entry file (exit 1)."""
    print(f"Error: Cannot find module '{path}'\n{{\n  code: 'MODULE_NOT_FOUND',\n"
          f"  requireStack: []\n}}", file=sys.stderr)
    return 1


def run_main_file(engine, node, path, force_module=False):
    """node's entry: .mjs / "type": "module" / --module run as ES modules; .cjs and other
    .js files as CommonJS, unless the file only parses as a module (node 20's detection)."""
    from scopejs.modules.resolution import module_format
    fmt = "esm" if force_module else module_format(path)
    if fmt == "esm":
        engine.run_module_file(path)
        return
    try:
        engine._run(f"running {path}", node.loader.run_main, path)
    except JSSyntaxError as cjs_error:
        if fmt is not None or not _parses_as_module(path):
            raise cjs_error from None
        engine.run_module_file(path)


def run_script_file(engine, node, path):
    """--script: the file is a classic Script (global `var`s, `this` is the global object), as
    a browser runs it and as the seed articles picture [[Scopes]] (a `Script` scope)."""
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as fh:
        source = fh.read()
    install_eval_globals(engine, node, path)
    engine.run_script(source, os.path.relpath(path) if not path.startswith("/tmp") else path)


def _parses_as_module(path):
    from scopejs.parsing.parser import parse
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        text = fh.read()
    try:
        parse(text, module=True, lazy=True, name=path)
        return True
    except JSSyntaxError:
        return False


def run_eval_source(engine, node, source, name, module=False, print_result=False):
    """-e/-p/stdin code: a script in the global scope with `require`, `module`, `exports`,
    `__filename` and `__dirname` defined as globals (as node's [eval]); with --module, or if
    it only parses as a module, an ES module named cwd/[eval1] (no file is written)."""
    host = engine.host
    if not module:
        install_eval_globals(engine, node, name)
        try:
            value = engine.run_script(source, name)
        except JSSyntaxError:
            from scopejs.parsing.parser import parse
            try:
                parse(source, module=True, lazy=True, name=name)
            except JSSyntaxError:
                raise
            module = True
        else:
            if print_result:
                from scopejs.inspect.value_format import format_log_args
                from scopejs.builtins.console import to_host_text
                engine.stdout.write(to_host_text(format_log_args([value])) + "\n")
            return
    path = os.path.join(os.getcwd(), f"{name}1")
    engine._run(f"running module {name}", host.agent.modules.run_source, source, path)


def install_eval_globals(engine, node, name):
    from scopejs.modules.commonjs import main_require
    from scopejs.runtime.property import WC
    realm = engine.realm
    module, require = main_require(node.loader, os.getcwd())
    module.Set("id", name, module)
    module.Set("filename", os.path.join(os.getcwd(), name), module)
    g = realm.global_object
    for key, value in (("require", require), ("module", module),
                       ("exports", module.Get("exports", module)), ("__filename", name),
                       ("__dirname", ".")):
        g.define_own_value(key, value, WC)


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

    def program():
        with observing:
            _run_program(engine, module, source, name)
        after_run(engine, args)
        return 0
    return run_reporting(engine, args, program)


def run_reporting(engine, args, program) -> int:
    """Run ``program()`` (it gives the exit code); report what escapes it as node does: an
    uncaught error (exit 1), a limit (exit 1), a closed pipe (quietly, exit 0)."""
    out, err = engine.stdout, engine.stderr
    try:
        code = program()
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
    return code
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
