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
# =VALUE), "optional:<const>" (=VALUE or the const), "choice:<a>|<b>" (optional with choices).
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
        spec = ", ".join(flags) + (" ..." if kind in ("value", "print") else "")
        lines.append(f"  {spec:<28} {text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from scopejs import cli
    try:
        args = parse_args(list(sys.argv[1:] if argv is None else argv))
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
