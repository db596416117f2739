"""`scopejs inspect FILE`: a terminal debugger in the manner of `node inspect`, on the core.

It starts paused before the first statement ("Break on start") and reads commands at the
`debug> ` prompt:

  cont, c            resume                    next, n     step over
  step, s            step into                 out, o      step out
  bt, backtrace      the call stack            list(N)     N lines of source around the pause
  scopes             the scope chain of the paused frame, as DevTools' Scope pane shows it
  exec EXPR, exec('EXPR')  evaluate in the paused frame    repl  evaluate each line (.exit ends)
  setBreakpoint(LINE[, 'COND']), sb(LINE), sb('FILE', LINE), sb()   a breakpoint (1-based line)
  clearBreakpoint('FILE', LINE), cb(LINE)    breakpoints   the list
  watch('EXPR'), unwatch('EXPR'|N), watchers   expressions shown at every pause
  setPauseOnExceptions('all'|'uncaught'|'none')    help    .exit, kill

The program's own output lines are prefixed with "< " as node inspect does.  The program runs in
this process (node inspect drives a child over CDP); commands are read only while paused, and
the end of input resumes the program to its end.
"""
from __future__ import annotations

import os
import re
import sys

from scopejs.inspect.debugger.core import (RESUME, STEP_INTO, STEP_OUT, STEP_OVER, Debugger,
                                           Frontend)

_ACTIONS = {"cont": RESUME, "c": RESUME, "next": STEP_OVER, "n": STEP_OVER,
            "step": STEP_INTO, "s": STEP_INTO, "out": STEP_OUT, "o": STEP_OUT}
_CALL = re.compile(r"^(\w+)\s*\((.*)\)\s*;?$", re.S)


def _args(text):
    """Arguments of a command call: numbers and quoted strings, e.g. `'file.js', 3`."""
    out = []
    for m in re.finditer(r"""\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^,]+)\s*(?:,|$)""", text):
        item = m.group(1).strip()
        if not item:
            continue
        if item[0] in "'\"":
            out.append(item[1:-1].encode().decode("unicode_escape"))
        else:
            try:
                out.append(int(item))
            except ValueError:
                out.append(item)
    return out


class _Prefixed:
    """The program's stdout, each line prefixed with "< "."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        lines = text.split("\n")
        self.stream.write("\n".join(("< " + line) if line else line for line in lines))

    def flush(self):
        self.stream.flush()


class TerminalDebugger(Frontend):
    def __init__(self, stdin, stdout, path):
        self.stdin = stdin
        self.out = stdout
        self.path = path
        self.debugger = None
        self.watchers = []
        self.first = True
        self.pause = None

    def print(self, text=""):
        self.out.write(text + "\n")
        self.out.flush()

    def attach(self, engine):
        self.debugger = Debugger(engine, self).attach()
        self.debugger.request_pause()

    # -- the core's callbacks ------------------------------------------------------------------
    def on_pause(self, pause):
        self.pause = pause
        cf = pause.call_frames[0]
        script, line, _column = cf.location
        name = os.path.basename(script.url[len("file://"):] if script.url.startswith("file://")
                                else script.url) or "<eval>"
        if self.first:
            kind = "Break on start in"
            self.first = False
        elif pause.reason == "exception":
            kind = "exception in"
        else:
            kind = "break in"
        if self.watchers:
            self.print("Watchers:")
            for i, expr in enumerate(self.watchers):
                self.print(f"  {i}: {expr} = {self._evaluate(expr)}")
            self.print()
        if pause.reason == "exception":
            self.print(f"Uncaught {self._format(pause.data[0])}" if pause.data[1] else
                       f"Caught {self._format(pause.data[0])}")
        if pause.has_return_value:
            self.print(f"Return value: {self._format(pause.return_value)}")
        self.print(f"{kind} {name}:{line + 1}")
        self._list(2)
        try:
            return self._commands()
        finally:
            self.pause = None

    def _commands(self):
        while True:
            self.out.write("debug> ")
            self.out.flush()
            text = self.stdin.readline()
            if not text:                   # end of input: let the program finish
                self.print()
                self.debugger.detach()
                return RESUME
            text = text.strip()
            if not text:
                continue
            action = self.command(text)
            if action is not None:
                return action

    # -- commands --------------------------------------------------------------------------------
    def command(self, text):
        """Run one command; give the action that ends the pause, or None."""
        if text in _ACTIONS:
            return _ACTIONS[text]
        if text in (".exit", "kill"):
            raise SystemExit(0)
        if text in ("bt", "backtrace"):
            for i, cf in enumerate(self.pause.call_frames):
                script, line, column = cf.location
                self.print(f"#{i} {cf.function_name or '(anonymous)'} "
                           f"{os.path.basename(script.url) or '<eval>'}:{line + 1}:{column + 1}")
            return None
        if text == "scopes":
            for view in self.pause.call_frames[0].scope_chain():
                self.print(self._scope_line(view))
            return None
        if text == "help":
            self.print(__doc__.split("\n\n", 2)[1])
            return None
        if text in ("watchers",):
            for i, expr in enumerate(self.watchers):
                self.print(f"  {i}: {expr} = {self._evaluate(expr)}")
            return None
        if text == "breakpoints":
            for bp in self.debugger.breakpoints.values():
                for script, offset in bp.locations:
                    line, _ = script.position(offset)
                    self.print(f"#{bp.id} {os.path.basename(script.url)}:{line + 1}"
                               + (f" if {bp.condition}" if bp.condition else ""))
            return None
        if text == "repl":
            self.print("Press Ctrl+D or type .exit to leave the repl")
            while True:
                self.out.write("> ")
                self.out.flush()
                line = self.stdin.readline()
                if not line or line.strip() == ".exit":
                    return None
                if line.strip():
                    self.print(self._evaluate(line.strip()))
        if text.startswith("exec "):
            self.print(self._evaluate(text[5:]))
            return None
        m = _CALL.match(text)
        if m is None:
            self.print(f"Unknown command: {text} (type help)")
            return None
        name, args = m.group(1), _args(m.group(2))
        if name == "exec":
            self.print(self._evaluate(m.group(2).strip()[1:-1] if args else ""))
        elif name == "list":
            self._list(args[0] if args else 5)
        elif name in ("setBreakpoint", "sb"):
            self._set_breakpoint(args)
        elif name in ("clearBreakpoint", "cb"):
            self._clear_breakpoint(args)
        elif name == "watch" and args:
            self.watchers.append(str(args[0]))
        elif name == "unwatch" and args:
            target = args[0]
            if isinstance(target, int) and target < len(self.watchers):
                del self.watchers[target]
            elif target in self.watchers:
                self.watchers.remove(target)
        elif name == "setPauseOnExceptions" and args:
            self.debugger.pause_on_exceptions = str(args[0])
        else:
            self.print(f"Unknown command: {text} (type help)")
        return None

    # -- helpers ---------------------------------------------------------------------------------
    def _script(self, name=None):
        if name is None:
            return self.pause.call_frames[0].location[0]
        for script in self.debugger.scripts.values():
            if script.url.endswith("/" + name) or script.url == name or \
                    os.path.basename(script.url) == name:
                return script
        return None

    def _set_breakpoint(self, args):
        if args and isinstance(args[0], str) and not args[0].isdigit():
            script, line, condition = self._script(args[0]), args[1] if len(args) > 1 else 1, \
                (args[2] if len(args) > 2 else None)
        else:
            script = self._script()
            line = args[0] if args else self.pause.call_frames[0].location[1] + 1
            condition = args[1] if len(args) > 1 else None
        if script is None:
            self.print(f"Could not resolve breakpoint: no script {args[0]!r}")
            return
        bp = self.debugger.set_breakpoint(script_id=script.id, line=int(line) - 1,
                                          condition=condition)
        if not bp.locations:
            self.debugger.remove_breakpoint(bp.id)
            self.print(f"Could not resolve breakpoint at line {line}")
            return
        self._list(2)

    def _clear_breakpoint(self, args):
        line = args[-1] if args else None
        script = self._script(args[0]) if len(args) > 1 else self._script()
        for bp_id, bp in list(self.debugger.breakpoints.items()):
            for s, offset in bp.locations:
                if s is script and s.position(offset)[0] + 1 == line:
                    self.debugger.remove_breakpoint(bp_id)
                    return
        self.print(f"Could not find breakpoint at line {line}")

    def _list(self, around):
        cf = self.pause.call_frames[0]
        script, line, _column = cf.location
        marked = {s.position(o)[0] for bp in self.debugger.breakpoints.values()
                  for s, o in bp.locations if s is script}
        first = max(0, line - around)
        last = min(len(script.source.line_starts) - 1, line + around)
        width = len(str(last + 1))
        for n in range(first, last + 1):
            mark = ">" if n == line else ("*" if n in marked else " ")
            self.print(f"{mark}{n + 1:>{width}} {script.source.line_text(n + 1)}")

    def _format(self, value):
        from scopejs.inspect.value_format import inspect
        return inspect(value)

    def _evaluate(self, expr):
        ok, value = self.pause.call_frames[0].evaluate(expr)
        if ok:
            return self._format(value)
        from scopejs.inspect.scopes_view import _format_entry_value
        return "Uncaught " + _format_entry_value(value)

    @staticmethod
    def _scope_line(view):
        from scopejs.inspect.scopes_view import _format_record
        if view.pairs is None:
            return view.label
        return f"{view.label} {_format_record(view.pairs)}"


def main(argv) -> int:
    """`scopejs inspect [--no-lazy] [--module] FILE`."""
    import argparse
    from scopejs.cli import run_cli
    from scopejs.errors import JSSyntaxError
    ap = argparse.ArgumentParser(prog="scopejs inspect",
                                 description="Debug FILE at a terminal prompt (like node inspect).")
    ap.add_argument("file")
    ap.add_argument("--no-lazy", action="store_true")
    ap.add_argument("--module", action="store_true", help="an ES module (the default for .mjs)")
    args = ap.parse_args(argv)
    try:
        with open(args.file, encoding="utf-8", errors="surrogateescape", newline="") as fh:
            source = fh.read()
    except OSError as exc:
        print(f"scopejs: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    ui = TerminalDebugger(sys.stdin, sys.stdout, args.file)
    run_args = argparse.Namespace(module=args.module or args.file.endswith(".mjs"), no_lazy=args.no_lazy, print_scopes=False,
                                  test262_host=False, print_bytecode=False, trace_lazy=False,
                                  show_scopes=False)
    real_stdout = sys.stdout
    sys.stdout = _Prefixed(real_stdout)     # the program's console output
    ui.out = real_stdout
    try:
        return run_cli(run_args, source, args.file, attach=ui.attach)
    except JSSyntaxError as err:
        print(err.format(), file=sys.stderr)
        return 1
    finally:
        sys.stdout = real_stdout
