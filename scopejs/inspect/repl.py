"""The REPL: `scopejs` with no script on a terminal (or with -i), as node's.

Each input is a Script run in the same realm (so `let`/`const`/`function` persist); an input
that stops at "Unexpected end of input" (or an unterminated template or comment) continues on
a `... ` line.  Results print with the console formatter (util.inspect), errors print as
`Uncaught ...` and do not end the session.  Commands: .help, .exit, .break, `.scopes EXPR`
(the [[Scopes]] of a function, as DevTools shows them).  History: ~/.scopejs_repl_history
(stdlib readline).
"""
from __future__ import annotations

import os
import sys

HISTORY_FILE = os.path.join(os.path.expanduser("~"), ".scopejs_repl_history")
HISTORY_LENGTH = 1000
HELP = """.break     Sometimes you get stuck, this gets you out
.exit      Exit the REPL
.help      Print this help message
.scopes    Show a function's [[Scopes]]: .scopes fn

Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL"""


def _setup_readline():
    try:
        import readline
    except ImportError:   # a Python built without readline: plain input(), no history
        return None
    try:
        readline.read_history_file(HISTORY_FILE)
    except OSError:
        pass
    readline.set_history_length(HISTORY_LENGTH)
    return readline


def _save_history(readline):
    if readline is None:
        return
    try:
        readline.write_history_file(HISTORY_FILE)
    except OSError:
        pass


def is_incomplete(source: str) -> bool:
    """Whether the parser stopped because the input ended (node's Recoverable error)."""
    from scopejs.errors import JSSyntaxError
    from scopejs.parsing.parser import parse
    try:
        parse(source, lazy=True, name="REPL")
        return False
    except JSSyntaxError as err:
        if err.message == "Unexpected end of input":
            return True
        tail = source[err.offset:]
        return err.message in ("Unterminated template literal",) or \
            (tail.startswith("/*") and "*/" not in tail)


class Repl:
    def __init__(self, engine, node, write=None):
        self.engine = engine
        self.node = node
        self.write = write or (lambda text: (engine.stdout.write(text), engine.stdout.flush()))
        self.count = 0

    def format_value(self, value):
        from scopejs.inspect.value_format import inspect
        from scopejs.builtins.console import to_host_text
        return to_host_text(inspect(value))

    def eval_input(self, source: str):
        """Run one complete input; print its value or `Uncaught ...`."""
        from scopejs.errors import JSError, JSSyntaxError
        self.count += 1
        engine = self.engine
        try:
            value = engine.run_script(source, "REPL" + str(self.count))
            engine._run("running jobs", engine.host.run_microtasks)
            engine.realm.global_object.Set("_", value, engine.realm.global_object)
            self.write(self.format_value(value) + "\n")
            engine._run("running due timers", engine.host.timers.run_iteration, engine.host,
                        False)
        except JSSyntaxError as err:
            self.write(f"Uncaught {err.kind}: {err.message}\n")
        except JSError as err:
            self.write("Uncaught " + self._describe(err) + "\n")

    def _describe(self, err):
        from scopejs.runtime.objects.ordinary import JSObject
        value = err.value
        if isinstance(value, JSObject):
            from scopejs.runtime.objects.ordinary import describe_thrown
            return describe_thrown(value)
        return self.format_value(value)

    def command(self, line: str) -> bool:
        """A REPL command; False to end the session."""
        name, _, rest = line.strip().partition(" ")
        if name == ".exit":
            return False
        if name == ".help":
            self.write(HELP + "\n")
        elif name == ".break":
            pass
        elif name == ".scopes":
            self.show_scopes(rest.strip())
        else:
            self.write("Invalid REPL keyword\n")
        return True

    def show_scopes(self, expression):
        from scopejs.errors import JSError, JSSyntaxError
        from scopejs.inspect.scopes_view import format_scopes
        from scopejs.runtime.objects.functions import JSFunctionBase
        if not expression:
            self.write("Usage: .scopes <function expression>\n")
            return
        try:
            value = self.engine.run_script(expression, "REPL-scopes")
        except (JSError, JSSyntaxError) as err:
            self.write(f"Uncaught {getattr(err, 'kind', None) or err.name}: {err.message}\n")
            return
        if not isinstance(value, JSFunctionBase):
            self.write(f"{self.format_value(value)} is not a function\n")
            return
        lines = format_scopes(value, self.engine.realm)
        self.write(self.format_value(value) + "\n" + "\n".join(lines) + "\n")

    def loop(self, read_line):
        """Read inputs with ``read_line(prompt)`` (raises EOFError at the end)."""
        buffer = []
        interrupted = False
        while True:
            try:
                line = read_line("... " if buffer else "> ")
            except EOFError:
                self.write("\n")
                return
            except KeyboardInterrupt:
                if buffer:
                    buffer = []
                    self.write("\n")
                    continue
                if interrupted:
                    self.write("\n")
                    return
                interrupted = True
                self.write("\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n")
                continue
            interrupted = False
            if not buffer and line.strip().startswith("."):
                if not self.command(line):
                    return
                continue
            if line.strip() == ".break":
                buffer = []
                continue
            buffer.append(line)
            source = "\n".join(buffer)
            if not source.strip():
                buffer = []
                continue
            if is_incomplete(source):
                continue
            buffer = []
            self.eval_input(source)


def run_repl(engine, node):
    readline = _setup_readline() if sys.stdin.isatty() else None
    if sys.stdin.isatty():
        from scopejs import __version__
        engine.stdout.write(f"Welcome to scopejs v{__version__}.\n"
                            'Type ".help" for more information.\n')
    repl = Repl(engine, node)

    def read_line(prompt):
        if sys.stdin.isatty():
            return input(prompt)
        repl.write(prompt)
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")
    try:
        repl.loop(read_line)
    finally:
        _save_history(readline)
