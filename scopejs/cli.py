"""What the command line does with parsed arguments (kept apart from argument parsing):
run a file, -e/-p code, stdin or the REPL in a node host, and map the outcome to node's
messages and exit codes (1 uncaught error or missing file, 9 bad option, process.exitCode)."""
from __future__ import annotations

import os
import sys

from scopejs.api import Engine
from scopejs.errors import EngineInternalError, JSError, JSSyntaxError, ResourceLimitError


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
        if args.print_ast or args.print_scopes:
            return print_view(args)
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
    if args.print_ast:
        from scopejs.inspect.ast_dump import dump_ast
        print(dump_ast(program, fmt=args.print_ast))
    else:
        from scopejs.inspect.scope_dump import dump_scopes
        print(dump_scopes(program))
    return 0


def make_engine(args, argv):
    from scopejs.host.node import install_node_host
    engine = Engine(lazy=not args.no_lazy, test262_host=args.test262_host,
                    stdout=sys.stdout, stderr=sys.stderr, print_bytecode=args.print_bytecode,
                    trace_lazy=args.trace_lazy)
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
    out, err = sys.stdout, sys.stderr
    code = 0
    from scopejs.host.node.bindings import ProcessExit
    try:
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
            code = node.exit_code()
            node.emit_exit(code)
            code = node.exit_code(code)
        except ProcessExit as exc:
            code = exc.code
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
    return code


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
