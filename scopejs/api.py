"""Embedding API: the Engine (realm + interpreter + limits + host hooks).

    engine = Engine(max_steps=10_000_000)
    engine.run_script("var x = 1 + 2; x", "demo.js")   # -> 3.0 (a JS value)
    engine.evaluate("[1, 2, {a: 'b'}]")                 # -> [1.0, 2.0, {'a': 'b'}] (Python)

Every public entry point converts unexpected Python exceptions into EngineInternalError naming
the stage, so no Python traceback reaches a user; an uncaught JS exception becomes JSError with
``.value``, ``.name`` and ``.message``.
"""
from __future__ import annotations

import sys

from scopejs.errors import (EngineInternalError, JSError, JSSyntaxError, ResourceLimitError,
                            ScopeJSError)


class Engine:
    """One realm with its interpreter.  Limits: ``max_steps`` (loop back-edges + calls),
    ``max_depth`` (JS call depth -> RangeError), ``time_limit`` (seconds of wall clock)."""

    def __init__(self, *, lazy=True, test262_host=False, max_steps=None, max_depth=10800,
                 stdout=None, stderr=None, time_limit=None, print_bytecode=False,
                 trace_lazy=False):
        self.lazy = lazy
        self.trace_lazy = trace_lazy
        self.test262_host = test262_host
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        self.print_bytecode = print_bytecode
        self._guard("creating the realm", self._setup, max_steps, max_depth, time_limit)

    def _setup(self, max_steps, max_depth, time_limit):
        from scopejs.host.host import create_host
        self.host = create_host(self, max_steps=max_steps, max_depth=max_depth,
                                time_limit=time_limit)
        self.realm = self.host.realm
        self.interpreter = self.host.interpreter
        if self.print_bytecode:   # d8-like: each function is printed when it is compiled
            self.interpreter.on_compile = self._print_bytecode

    def _print_bytecode(self, sfi):
        try:
            from scopejs.inspect.bytecode_dump import dump_function
            text = dump_function(sfi)
        except Exception as exc:  # noqa: BLE001 - a dump must not stop the program
            text = f"[bytecode dump failed for {sfi!r}: {exc}]"
        self.stdout.write(text + "\n")

    # -- guard ---------------------------------------------------------------------------------
    def _guard(self, stage, fn, *args):
        from scopejs.runtime.completion import ThrowCompletion
        try:
            return fn(*args)
        except ThrowCompletion as exc:
            raise self.host.to_js_error(exc) from None
        except (ScopeJSError, KeyboardInterrupt, BrokenPipeError):
            raise
        except RecursionError:
            raise ResourceLimitError(f"host recursion limit reached while {stage}") from None
        except Exception as exc:
            raise EngineInternalError(f"{stage}: {type(exc).__name__}: {exc}") from exc

    # -- running code ----------------------------------------------------------------------------
    def run_script(self, source: str, name: str = "<anonymous>"):
        """Run a script; return its completion value (a JS value)."""
        return self._guard(f"running script {name}", self.host.run_script, source, name)

    def run_module(self, path: str):
        """Load, link and evaluate the ES module at ``path`` (and its imports)."""
        return self._guard(f"running module {path}", self.host.run_module_file, path)

    def run_jobs(self):
        """Drain the job queue (promise reactions, FinalizationRegistry cleanups)."""
        return self._guard("running jobs", self.host.run_jobs)

    def evaluate(self, source: str, name: str = "<eval>"):
        """Run a script, drain jobs and convert the completion value to Python."""
        value = self.run_script(source, name)
        self.run_jobs()
        return self._guard("converting the result", self.host.to_python, value)

    def call(self, function, *args):
        """Call a JS function value with Python arguments converted to JS."""
        return self._guard("calling a function", self.host.call_from_python, function, args)
