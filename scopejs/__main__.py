"""Command line, as node's: ``scopejs [options] [script.js | -e "script" | -] [--] [arguments]``.

Options come before the script; everything after the script (or after ``--``) is the
script's own arguments (process.argv.slice(2)).  argparse cannot express that, so options are
a table (``OPTIONS``) read by a small parser; add a flag by adding a row.  Each view is a pure
``dump`` function in scopejs.inspect; scopejs.cli does the running.
"""
from __future__ import annotations

import sys
from types import SimpleNamespace

USAGE = 'Usage: scopejs [options] [ script.js | -e "script" | - ] [--] [arguments]'

# (flags, dest, kind, default, help).  kind: "bool" (no value), "value" (next argument or
# =VALUE), "int" / "float" (a value converted), "optional:<const>" (=VALUE or the const),
# "choice:<a>|<b>" (optional with choices).
OPTIONS = [
    (("-e", "--eval"), "code", "value", None, "evaluate the script"),
    (("-p", "--print"), "print_result", "print", False, "evaluate the script and print the result"),
    (("-i", "--interactive"), "interactive", "bool", False,
     "always enter the REPL even if stdin does not appear to be a terminal"),
    (("-v", "--version"), "version", "bool", False, "print the scopejs version"),
    (("-h", "--help"), "help", "bool", False, "print this help"),
    (("--module",), "module", "bool", False, "run the entry (file or -e) as an ES module"),
    (("--input-type",), "input_type", "value", None, "'module' or 'commonjs' for -e and stdin"),
    (("--script",), "script", "bool", False,
     "run the entry file as a classic Script in the global scope (a browser <script>), not as "
     "a CommonJS module"),
    (("--print-ast",), "print_ast", "choice:tree|json", None,
     "print the syntax tree (indented tree, or ESTree JSON with =json)"),
    (("--print-scopes",), "print_scopes", "bool", False, "print scopes and variable locations"),
    (("--print-bytecode",), "print_bytecode", "bool", False, "print bytecode as d8 does"),
    (("--no-lazy",), "no_lazy", "bool", False, "parse every function eagerly"),
    (("--trace-lazy",), "trace_lazy", "bool", False, "report preparsed and fully parsed functions"),
    (("--test262-host",), "test262_host", "bool", False, "add test262's print and $262"),
    (("--show-scopes",), "show_scopes", "bool", False,
     "console.dir of a function also prints its [[Scopes]] as DevTools shows them"),
    # -- the optimizing tier (scopejs/tiering) --
    (("--no-opt",), "no_opt", "bool", False, "interpreter only (no optimizing tier)"),
    (("--always-opt",), "always_opt", "bool", False, "optimize every function at its first call"),
    (("--opt-threshold",), "opt_threshold", "int", 200,
     "calls before a function is optimized (default 200)"),
    (("--osr-ticks",), "osr_ticks", "int", 1,
     "interrupt ticks (2048 loop back-edges) before a running loop is optimized"),
    (("--trace-opt",), "trace_opt", "bool", False, "print a line for each optimized function"),
    (("--trace-deopt",), "trace_deopt", "bool", False, "print a line for each deoptimization"),
    (("--print-opt-code",), "print_opt_code", "bool", False, "print the generated Python source"),
    (("--print-opt-code-filter",), "print_opt_code_filter", "value", None,
     "... only of the function NAME"),
    (("--allow-natives-syntax",), "allow_natives_syntax", "bool", False,
     "accept V8's %Name(args) intrinsics (%OptimizeFunctionOnNextCall ...)"),
    # -- visualizer and spec-step narration (scopejs/inspect/visualize, explain.py) --
    (("--visualize",), "visualize", "value", None,
     "run and write a self-contained step-through page of the run to OUT.html"),
    (("--visualize-max-steps",), "visualize_max_steps", "int", None,
     "stop recording steps after N (default 3000)"),
    (("--explain",), "explain", "bool", False,
     "narrate the spec steps (execution contexts, environment records, OrdinaryFunctionCreate, "
     "this binding) beside what the engine did"),
    # -- debugger (scopejs/inspect/debugger); `scopejs inspect FILE` is the terminal debugger --
    (("--inspect",), "inspect", "optional:127.0.0.1:9229", None,
     "serve the Chrome DevTools Protocol (default 127.0.0.1:9229)"),
    (("--inspect-brk",), "inspect_brk", "optional:127.0.0.1:9229", None,
     "as --inspect, and pause before the first statement"),
    # -- heap: GC, snapshots, retainers; compile-time views --
    (("--expose-gc",), "expose_gc", "bool", False,
     "define gc(): a full collection (cycles through closure contexts too)"),
    (("--heap-snapshot",), "heap_snapshot", "value", None,
     "write a V8 .heapsnapshot (Chrome DevTools' Memory panel) at the end"),
    (("--heap-snapshot-on-debugger",), "heap_snapshot_on_debugger", "optional:scopejs", None,
     "write PREFIX-N.heapsnapshot at each `debugger` statement"),
    (("--retainers",), "retainers", "value", None,
     "after the run, print the shortest retaining paths of EXPR's value"),
    (("--print-bytecode-filter",), "print_bytecode_filter", "value", None,
     "--print-bytecode only for functions NAME (d8's filter: *, prefix*, -NAME)"),
    # -- limits (scopejs.api.Engine's timeout/max_steps/memory_limit) --
    (("--timeout",), "timeout", "float", None,
     "stop the program after this many seconds (ResourceLimitError)"),
    (("--max-steps",), "max_steps", "int", None,
     "stop after N steps (loop iterations, calls, built-in work)"),
    (("--memory-limit",), "memory_limit", "int", None,
     "stop when the program has allocated about BYTES more memory"),
]


class UsageError(Exception):
    pass


def _option_table():
    table = {}
    for flags, dest, kind, default, help_text in OPTIONS:
        for flag in flags:
            table[flag] = (dest, kind)
    return table


def parse_args(argv: list[str]) -> SimpleNamespace:
    """node's argument grammar: options, then the script (or -), then its arguments."""
    args = SimpleNamespace(**{dest: default for _, dest, _, default, _ in OPTIONS})
    args.file = None
    args.script_args = []
    table = _option_table()
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            i += 1
            if args.code is None and i < len(argv):
                args.file = argv[i]
                i += 1
            break
        if arg == "-" or not arg.startswith("-"):
            args.file = arg
            i += 1
            break
        name, eq, inline = arg.partition("=")
        if name not in table:
            raise UsageError(f"bad option: {arg}")
        dest, kind = table[name]
        if kind == "bool":
            if eq:
                raise UsageError(f"{name} takes no value")
            setattr(args, dest, True)
        elif kind in ("int", "float"):
            if eq:
                value = inline
            elif i + 1 < len(argv):
                i += 1
                value = argv[i]
            else:
                raise UsageError(f"{name} requires an argument")
            try:
                setattr(args, dest, int(value) if kind == "int" else float(value))
            except ValueError:
                raise UsageError(f"{name} takes a number, not {value!r}") from None
        elif kind == "value" or kind == "print":
            if kind == "print":
                args.print_result = True
            if eq:
                value = inline
            elif kind == "print" and (i + 1 >= len(argv) or args.code is not None):
                value = None     # -p alone: the code comes from -e or the script
            elif i + 1 < len(argv):
                i += 1
                value = argv[i]
            else:
                raise UsageError(f"{name} requires an argument")
            if value is not None:
                setattr(args, "code" if kind == "print" else dest, value)
        else:   # optional:<const> / choice:<a>|<b>
            choices = kind.split(":", 1)[1].split("|")
            value = inline if eq else choices[0]
            if kind.startswith("optional:"):
                setattr(args, dest, value)
                i += 1
                continue
            if value not in choices:
                raise UsageError(f"{name}: choose one of {', '.join(choices)}")
            setattr(args, dest, value)
        i += 1
    args.script_args = argv[i:]
    if args.code is not None and args.file is not None:
        # node -e CODE a b: the "file" position holds the first script argument
        args.script_args = [args.file] + args.script_args
        args.file = None
    if args.input_type == "module":
        args.module = True
    return args


def help_text() -> str:
    lines = [USAGE, "", "Options:"]
    for flags, _, kind, _, text in OPTIONS:
        spec = ", ".join(flags) + (" ..." if kind in ("value", "print", "int", "float") else "")
        lines.append(f"  {spec:<28} {text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from scopejs import cli
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["inspect"]:   # `scopejs inspect FILE`: the terminal debugger
        from scopejs.inspect.debugger.terminal import main as inspect_main
        return inspect_main(argv[1:])
    try:
        args = parse_args(argv)
    except UsageError as exc:
        print(f"scopejs: {exc}", file=sys.stderr)
        return 9   # node: "Invalid Argument"
    if args.help:
        print(help_text())
        return 0
    if args.version:
        from scopejs import __version__
        print(f"v{__version__}")
        return 0
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
