"""9.4 Execution contexts, 9.5 Jobs, 9.7 Agents: the surrounding agent and its job queue.

One ``Agent`` is "the surrounding agent" of a thread at a time (``execution.SURROUNDING.agent``,
thread-local, so Engines in different threads never see each other's agent); the engine
activates its agent when it starts running code (``agent.activate()``). Runtime code that needs
the current realm (e.g. to create a TypeError inside ToNumber) calls ``current_realm()``; code
that has a function or realm at hand uses ``realm.agent`` instead.

Limits: long built-ins call ``agent.tick(n)`` (n units of work done), the one cheap check that
shares the interpreter's step budget, deadline and memory limit (``agent.limiter``).

The interpreter is reached only through ``agent.evaluator`` (see docs/runtime-api.md,
"Evaluator hook"); runtime/ never imports scopejs.interpreter.
"""
from __future__ import annotations

import weakref
import threading
from collections import deque

__all__ = ["Agent", "Evaluator", "SURROUNDING", "current_realm", "surrounding_agent", "tick",
           "ticking", "chunks", "CHUNK", "PY_CHUNK"]


class Evaluator:
    """The interface the interpreter implements and installs as ``agent.evaluator``.

    Every method here is a default that reports the missing hook as a JS error or a plain
    fallback, so the runtime works (without eval/Function) before the interpreter exists.
    """

    def indirect_eval(self, realm, source: str):
        """19.2.1.1 PerformEval with direct=false: run ``source`` as a global script; return the
        completion value. (Direct eval is compiled by the interpreter itself.)"""
        from scopejs.runtime.completion import throw_error
        throw_error("EvalError", "eval is not available (no evaluator installed)")

    def create_dynamic_function(self, realm, constructor, new_target, kind: str, args: list):
        """20.2.1.1.1 CreateDynamicFunction: ``kind`` is 'normal', 'generator', 'async' or
        'asyncGenerator'; ``args`` the JS argument values (not yet converted to strings)."""
        from scopejs.runtime.completion import throw_error
        throw_error("EvalError", "Function constructor is not available (no evaluator installed)")

    def call_function(self, function, this, args: list):
        """[[Call]] of an ECMAScript function object (runtime/objects/ecmascript_function.py)."""
        from scopejs.errors import EngineInternalError
        raise EngineInternalError("no evaluator installed to call an ECMAScript function")

    def function_caller(self, function, this, argc: int, number: bool = False):
        """A Python callable ``(a1, ..., a_argc) -> value`` that is [[Call]](function, this,
        [a1, ..., a_argc]) -- with ``number``, ToNumber of it -- for a built-in calling one
        callback many times with ``argc`` arguments (a sort comparator).  The default is any
        function's (JSFunctionBase.positional_caller: through its [[Call]])."""
        from scopejs.runtime.objects.functions import JSFunctionBase
        return JSFunctionBase.positional_caller(function, this, argc, number)

    def construct_function(self, function, args: list, new_target):
        """[[Construct]] of an ECMAScript function object."""
        from scopejs.errors import EngineInternalError
        raise EngineInternalError("no evaluator installed to construct an ECMAScript function")

    def capture_stack(self, error_object):
        """The frames for a new error object's ``stack`` (error_stack.CapturedStack: node's
        `at ...` lines and the innermost JS location), or None when no JS frame is running."""
        return None

    def active_call(self, function):
        """The innermost running invocation of ``function``: (its caller's function object or
        None, its argument list); None when it is not running.  For the legacy `caller` and
        `arguments` of sloppy functions (builtins/function.py)."""
        return None

    def call_depth_check(self) -> None:
        """Called on entry to a builtin that re-enters JS; may throw RangeError."""
        return None


class Agent:
    """9.7 Agents: the running realm, the job queue (9.5 HostEnqueuePromiseJob), the
    evaluator hook, the symbol registry (20.4.2.2 GlobalSymbolRegistry) and limits."""

    __slots__ = ("current_realm", "evaluator", "jobs", "symbol_registry", "kept_alive",
                 "cleanup_jobs", "host_hooks", "modules", "limiter", "constructed_by",
                 "__weakref__")

    def __init__(self, evaluator: Evaluator | None = None):
        self.current_realm = None
        self.evaluator = evaluator if evaluator is not None else Evaluator()
        self.jobs: deque = deque()
        self.symbol_registry: dict = {}     # key string -> JSSymbol
        self.kept_alive: list = []          # [[KeptAlive]] list of 9.7 Agents (WeakRef targets)
        # FinalizationRegistry objects with a collected target, waiting for their cleanup task
        self.cleanup_jobs: dict = {}        # id(registry) -> weakref to the registry (FIFO)
        self.host_hooks: dict = {}          # free-form host callbacks (e.g. 'promise_rejection')
        # The host's module system (scopejs.modules.loader.ModuleLoader): module variables,
        # import.meta and import() of running code go through it.
        self.modules = None
        # The object enforcing limits (the interpreter): ``budget`` counts down, and
        # ``out_of_budget()`` checks steps, deadline and memory when it goes below zero.
        self.limiter = _NO_LIMITS
        # V8's map constructor, for the few objects that need it (object_operations.py
        # note_constructed_by): object -> the function that created it with `new`.
        self.constructed_by = weakref.WeakKeyDictionary()

    def tick(self, n: int = 1) -> None:
        """Charge ``n`` units of work done by a built-in against the running call's limits;
        raises ResourceLimitError when one is exceeded."""
        limiter = self.limiter
        limiter.budget -= n
        if limiter.budget < 0:
            limiter.out_of_budget()

    def activate(self) -> "Agent":
        """Make this the surrounding agent (call when starting to run code)."""
        SURROUNDING.agent = self
        return self

    # 9.5.5 HostEnqueuePromiseJob ( job, realm )
    def enqueue_job(self, job, realm=None) -> None:
        """Queue ``job`` (a zero-argument Python callable) to run after the current script."""
        self.jobs.append((job, realm))

    def run_jobs(self) -> None:
        """A microtask checkpoint: drain the job queue (FIFO), then 9.10 ClearKeptObjects.

        A job's ThrowCompletion propagates to the caller, which reports it like node reports an
        uncaught exception; remaining jobs stay queued. WeakRef targets stay alive through the
        whole checkpoint (V8's MicrotaskQueue::PerformCheckpoint clears the kept objects when
        it ends, which is "a synchronous sequence of ECMAScript executions" for node): a
        ``deref()`` in a promise reaction of the same turn still sees the target."""
        jobs = self.jobs
        while jobs:
            job, realm = jobs.popleft()
            previous = self.current_realm
            if realm is not None:
                self.current_realm = realm
            try:
                job()
            finally:
                self.current_realm = previous
        self.clear_kept_objects()

    # 9.10 ClearKeptObjects ( )
    def clear_kept_objects(self) -> None:
        self.kept_alive.clear()

    # 9.11 AddToKeptObjects ( value )
    def add_to_kept_objects(self, value) -> None:
        self.kept_alive.append(value)

    # 9.9.4.1 HostEnqueueFinalizationRegistryCleanupJob ( finalizationRegistry )
    def enqueue_finalization_registry_cleanup_job(self, registry) -> None:
        """Called (from a weakref callback, possibly inside Python's collector) when a target
        registered with ``registry`` is collected. The host runs the cleanup as a task of its
        own after the current one (node posts a task after a GC), never inside a job."""
        self.cleanup_jobs.setdefault(id(registry), weakref.ref(registry))

    def take_cleanup_job(self):
        """The next FinalizationRegistry whose cleanup task is due (still alive), or None."""
        while self.cleanup_jobs:
            key = next(iter(self.cleanup_jobs))
            registry = self.cleanup_jobs.pop(key)()
            if registry is not None:
                return registry
        return None


class _NoLimits:
    """The limiter of an agent without an interpreter: never fires."""
    __slots__ = ("budget",)

    def __init__(self):
        self.budget = 1 << 62

    def out_of_budget(self):
        self.budget = 1 << 62


_NO_LIMITS = _NoLimits()


class _Surrounding(threading.local):
    """The surrounding agent of the current thread."""

    def __init__(self):
        self.agent = None


SURROUNDING = _Surrounding()


def tick(n: int = 1) -> None:
    """Charge ``n`` units of built-in work to the surrounding agent's limits (Agent.tick);
    the one check long built-ins call inside their loops."""
    agent = SURROUNDING.agent
    if agent is not None:
        limiter = agent.limiter    # Agent.tick inlined: this runs once per element
        limiter.budget -= n
        if limiter.budget < 0:
            limiter.out_of_budget()


def ticking(iterable):
    """``iterable``, charging one unit of work per item (for comprehensions in built-ins)."""
    agent = SURROUNDING.agent
    if agent is None:
        yield from iterable
        return
    for item in iterable:
        agent.tick(1)
        yield item


# Built-ins that hand one big piece of work to Python's C code (reverse a list, scan a string)
# do it in chunks of CHUNK items, charging one unit of work per C_ITEMS_PER_UNIT items: about
# what the same time spent running JS charges, so that limits fire as promptly.  A Python loop
# over the items of a big string charges one unit per item, in chunks of PY_CHUNK.
CHUNK = 1 << 16
C_ITEMS_PER_UNIT = 64
PY_CHUNK = 1 << 10


def chunks(length: int, size: int = CHUNK, items_per_unit: int = C_ITEMS_PER_UNIT):
    """The ``(start, stop)`` ranges covering ``range(length)`` in pieces of ``size`` items,
    charging the work of each piece to the surrounding agent's limits before it is done."""
    cost = max(1, size // items_per_unit)
    for start in range(0, length, size):
        tick(cost)
        yield start, min(start + size, length)


def surrounding_agent() -> Agent | None:
    return SURROUNDING.agent


def current_realm():
    """The current Realm Record (of the surrounding agent), or None before any realm exists."""
    agent = SURROUNDING.agent
    return agent.current_realm if agent is not None else None
