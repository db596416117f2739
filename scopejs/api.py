"""Embedding API: the Engine (one realm + interpreter + limits + host hooks).

    from scopejs import Engine
    with Engine(timeout=1.0) as js:
        js.eval("1 + 2")                      # -> 3
        js.expose("add", lambda a, b: a + b)
        js.eval("add(2, 3)")                  # -> 5

See docs/embedding.md.  Values cross through scopejs.host.convert (one boundary module).
Every public entry point converts unexpected Python exceptions into EngineInternalError naming
the stage, so no Python traceback reaches a user; an uncaught JS exception becomes JSError with
``.value``, ``.name`` and ``.message``.

Limits (``timeout`` seconds, ``max_steps``, ``memory_limit`` bytes) hold per call: each public
call starts its own deadline and step budget (a call's keyword arguments override the Engine's
defaults); built-ins charge their work too (``agent.tick``).  A limit raises
ResourceLimitError, which JS cannot catch, and leaves the Engine usable.

Threads: an Engine serializes its callers with a lock (a second thread waits; a Python
function exposed to JS may call back into its own Engine).  Engines in different threads run
side by side: each owns its agent, and the "surrounding agent" is thread-local.
"""
from __future__ import annotations

import sys
import threading

from scopejs.errors import (EngineInternalError, JSError, JSSyntaxError, ResourceLimitError,
                            ScopeJSError)
from scopejs.host.convert import JSObject as JSObjectProxy

_DEFAULT = object()


def _undefined_as_none(value, memo):
    from scopejs.runtime.values import UNDEFINED
    if value is UNDEFINED:
        return None
    if value.__class__ is list:
        if id(value) not in memo:
            memo[id(value)] = value
            value[:] = [_undefined_as_none(v, memo) for v in value]
    elif value.__class__ is dict:
        if id(value) not in memo:
            memo[id(value)] = value
            for k in value:
                value[k] = _undefined_as_none(value[k], memo)
    return value


class Engine:
    """One JavaScript realm with its interpreter, limits and module loader.

    ``module_loader``: None (imports fail: no file system access), a callable
    ``(specifier, referrer) -> source text``, or a loader object (scopejs.FileLoader(root),
    or any object with ``resolve(specifier, referrer)`` and ``load(key)``; see
    scopejs/modules/loader.py).
    """

    def __init__(self, *, timeout=None, max_steps=None, memory_limit=None, max_depth=10800,
                 stdout=None, stderr=None, module_loader=None, lazy=True, test262_host=False,
                 print_bytecode=False, trace_lazy=False, time_limit=None, tier=None,
                 expose_gc=False):
        self.lazy = lazy
        self.tier_options = tier   # scopejs.tiering.options.TierOptions; None: the defaults
        self.expose_gc = expose_gc   # define gc() (V8's --expose-gc)
        self.trace_lazy = trace_lazy
        self.test262_host = test262_host
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        self.print_bytecode = print_bytecode
        self.timeout = timeout if timeout is not None else time_limit
        self.max_steps = max_steps
        self._lock = threading.RLock()
        self._depth = 0
        self._closed = False
        self.host = None
        # Creating the realm makes its agent the surrounding one; the thread's previous agent
        # comes back afterwards, as after every call (_run), so that a dropped Engine is not
        # kept alive by the thread-local.
        from scopejs.runtime import execution
        saved_agent = execution.SURROUNDING.agent
        try:
            self._guard("creating the realm", self._setup, max_depth, memory_limit,
                        module_loader)
        finally:
            execution.SURROUNDING.agent = saved_agent

    def _setup(self, max_depth, memory_limit, module_loader):
        from scopejs.host.host import create_host
        from scopejs.host.limits import MemoryLimit
        if module_loader is None and self.test262_host:   # test262 imports its fixture files
            from scopejs.modules.loader import PathLoader
            module_loader = PathLoader()
        self.host = create_host(self, max_depth=max_depth, module_loader=module_loader)
        self.realm = self.host.realm
        self.agent = self.host.agent
        self.interpreter = self.host.interpreter
        from scopejs.tiering.options import TierOptions
        from scopejs.tiering.tier import Tier
        options = self.tier_options if self.tier_options is not None else TierOptions.default()
        if options.enabled:
            self.interpreter.tier = Tier(self.interpreter, options, self.stdout)
        if options.allow_natives_syntax:
            from scopejs.tiering.natives import install_natives
            install_natives(self.realm, self.interpreter)
        if memory_limit is not None:
            self.interpreter.memory = MemoryLimit(memory_limit)
        if self.print_bytecode:   # d8-like: each function is printed when it is compiled
            from scopejs.inspect.bytecode_dump import BytecodePrinter
            self.interpreter.on_compile = BytecodePrinter(self.stdout)
        if self.expose_gc:
            from scopejs.host.globals import install_gc
            install_gc(self.realm)

    # -- guard, lock and limits ----------------------------------------------------------------
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
        except MemoryError:
            raise ResourceLimitError(f"out of memory while {stage}") from None
        except Exception as exc:
            raise EngineInternalError(f"{stage}: {type(exc).__name__}: {exc}") from exc

    def _run(self, stage, fn, *args, timeout=_DEFAULT, max_steps=_DEFAULT):
        """Run ``fn(*args)`` as one call of this Engine: under its lock, with its agent as the
        thread's surrounding agent and, for the outermost call, fresh limits."""
        if self._closed:
            raise ScopeJSError("this Engine is closed")
        from scopejs.runtime import execution
        with self._lock:
            outer = self._depth == 0
            saved_agent = execution.SURROUNDING.agent
            memory = self.interpreter.memory
            if outer:
                self.interpreter.start_limits(
                    self.timeout if timeout is _DEFAULT else timeout,
                    self.max_steps if max_steps is _DEFAULT else max_steps)
                if memory is not None:
                    self._guard(stage, memory.enter)
            self.agent.activate()
            self._depth += 1
            try:
                return self._guard(stage, fn, *args)
            finally:
                self._depth -= 1
                execution.SURROUNDING.agent = saved_agent
                if outer:
                    self.interpreter.start_limits()   # no limits between calls
                    if memory is not None:
                        memory.exit()

    def _to_py(self, value):
        from scopejs.host.convert import to_python
        return to_python(self, value)

    def _to_js(self, value):
        from scopejs.host.convert import to_js
        return to_js(self, value)

    # -- the embedding API ---------------------------------------------------------------------
    def eval(self, source: str, *, timeout=_DEFAULT, max_steps=_DEFAULT, name: str = "<eval>"):
        """Run ``source`` as a script; run the microtasks it queued; return its completion
        value as Python (objects as live proxies)."""
        def run():
            value = self.host.run_script(self._script_source(source, name), name)
            self.agent.run_jobs()
            return self._to_py(value)
        return self._run(f"running script {name}", run, timeout=timeout, max_steps=max_steps)

    def run_module(self, source: str, *, name: str = "<module>", timeout=_DEFAULT,
                   max_steps=_DEFAULT):
        """Run ``source`` as an ES module (its imports go through the module loader); return
        its namespace object (a JSObject proxy: ``ns["x"]``)."""
        def run():
            from scopejs.modules.records import get_namespace
            record = self.agent.modules.run_source(source, name)
            self.agent.run_jobs()
            return self._to_py(get_namespace(record))
        return self._run(f"running module {name}", run, timeout=timeout, max_steps=max_steps)

    def call(self, function, *args, this=None, timeout=_DEFAULT, max_steps=_DEFAULT):
        """Call a JS function (a global's name, or a JSFunction) with Python arguments."""
        from scopejs.host.convert import JSFunction
        from scopejs.runtime.abstract_ops.object_operations import Call, Get

        def run():
            if isinstance(function, str):
                fn = Get(self.realm.global_object, self._to_js(function))
            elif isinstance(function, JSFunction):
                fn = self._to_js(function)
            else:
                raise TypeError("call() takes a global's name or a JSFunction")
            js_args = [self._to_js(a) for a in args]
            from scopejs.runtime.values import UNDEFINED
            result = Call(fn, UNDEFINED if this is None else self._to_js(this), js_args)
            self.agent.run_jobs()
            return self._to_py(result)
        if not isinstance(function, (str, JSFunction)):
            raise TypeError("call() takes a global's name or a JSFunction")
        return self._run("calling a function", run, timeout=timeout, max_steps=max_steps)

    def expose(self, name: str, function):
        """Make the Python callable ``function`` the global ``name``: arguments and result
        are converted; a Python exception becomes a JS Error with the Python message."""
        if not callable(function):
            raise TypeError("expose() needs a callable")
        from scopejs.host.convert import wrap_callable
        self._run("exposing a function",
                  lambda: self._define_global(name, wrap_callable(self, function, name)))

    def set_global(self, name: str, value):
        """globalThis[name] = value (converted to JS)."""
        self._run("setting a global", lambda: self._define_global(name, self._to_js(value)))

    def _define_global(self, name, value):
        from scopejs.runtime.abstract_ops.object_operations import Set
        from scopejs.host.convert import _key
        Set(self.realm.global_object, _key(name), value, True)

    def get_global(self, name: str):
        """globalThis[name] as Python (UNDEFINED when absent)."""
        from scopejs.runtime.abstract_ops.object_operations import Get
        from scopejs.host.convert import _key
        return self._run("reading a global",
                         lambda: self._to_py(Get(self.realm.global_object, _key(name))))

    def run_jobs(self):
        """Run the job queue and timers until both are empty.  As in node, a rejected promise
        that nobody handled raises JSError here."""
        return self._run("running jobs", self.host.run_jobs)

    def close(self):
        """Release the realm; later calls raise ScopeJSError."""
        with self._lock:
            self._closed = True
            host = self.host
            if host is not None:
                host.close()
            self.realm = self.agent = self.interpreter = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    # -- promises (used by JSPromise) ------------------------------------------------------------
    def _step(self, block=True) -> bool:
        """One turn of the host's event loop (Host.step: nextTick queue, promise jobs,
        cleanup tasks, then timers and immediates in node's phase order); False when nothing
        was left to run."""
        return self.host.step(block)

    def _settle(self, promise):
        """Run jobs and timers until ``promise`` settles; its value, or JSError."""
        from scopejs.runtime.completion import ThrowCompletion
        while promise.promise_state == "pending":
            if not self._step():
                raise ScopeJSError("the promise is pending and no job or timer is left to "
                                   "settle it")
        if promise.promise_state == "rejected":
            promise.is_handled = True
            raise ThrowCompletion(promise.promise_result)
        return self._to_py(promise.promise_result)

    # -- running code as the CLI does (raw JS values) --------------------------------------------
    def run_script(self, source: str, name: str = "<anonymous>"):
        """Run a script; return its completion value (a JS value, unconverted)."""
        return self._run(f"running script {name}", self.host.run_script,
                         self._script_source(source, name), name)

    def _script_source(self, source, name):
        """With --allow-natives-syntax, a source in which `%Name(args)` parses."""
        if self.tier_options is not None and self.tier_options.allow_natives_syntax:
            from scopejs.source.text import NativesSyntaxSourceText
            return NativesSyntaxSourceText.from_str(source, name)
        return source

    def run_module_file(self, path: str):
        """Load, link and evaluate the ES module at ``path`` through the module loader."""
        return self._run(f"running module {path}", self.host.run_module_file, path)

    def evaluate(self, source: str, name: str = "<eval>"):
        """The older one-shot form: eval(), then a deep copy as plain Python (``to_py``) in
        which undefined, too, becomes None."""
        value = self.eval(source, name=name)
        if isinstance(value, JSObjectProxy):
            value = value.to_py()
        return _undefined_as_none(value, {})
