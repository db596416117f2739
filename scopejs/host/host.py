"""The host: realm + interpreter + evaluator hook, script/eval entry points, stack traces.

The host sits above the engine (design.md "Host apart from engine"): it builds a realm and an
interpreter for an Engine, installs host-defined globals (scopejs.host.globals), drives the job
queue and timers, and formats what node prints for uncaught errors.

``create_host(engine, ...)`` is what scopejs.api.Engine builds on.  The Evaluator installed on
the agent is how runtime/ and builtins/ reach the interpreter (calls into ECMAScript functions,
eval, the Function constructor, error stacks).
"""
from __future__ import annotations

import sys
from collections import deque

from scopejs.errors import JSError, code_frame_lines
from scopejs.interpreter.calls_support import construct_function, python_call, python_caller
from scopejs.interpreter.dispatch import decode
from scopejs.interpreter.frame import Frame, ScriptClosure
from scopejs.interpreter.interpreter import Interpreter
from scopejs.host.timers import Timers
from scopejs.modules.loader import CallableLoader, DenyLoader, ModuleLoader
from scopejs.interpreter.stack import frame_location, stack_lines
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.error_stack import (
    CapturedStack, error_location, error_stack_text, message_location,
)
from scopejs.runtime.execution import Agent, Evaluator
from scopejs.runtime.objects.ecmascript_function import ECMAScriptFunction
from scopejs.runtime.objects.ordinary import JSObject, describe_thrown
from scopejs.runtime.objects.primitive_wrappers import JSErrorObject
from scopejs.runtime.values import UNDEFINED

STACK_TRACE_LIMIT = 10


class EngineEvaluator(Evaluator):
    """The agent's evaluator hook, implemented by the interpreter."""

    def __init__(self, host):
        self.host = host
        self.interp = None

    def attach(self, interp):
        """Serve the hooks with ``interp``; [[Call]] becomes its python_call (a closure: one
        Python call fewer per callback than a method forwarding to it)."""
        self.interp = interp
        self.call_function = python_call(interp)
        self.function_caller = python_caller(interp, self.call_function)

    def detach(self):
        """Drop the interpreter (Host.close): calls reach Evaluator's report again."""
        self.interp = None
        vars(self).pop("call_function", None)   # (close may run twice)
        vars(self).pop("function_caller", None)

    def construct_function(self, function, args, new_target):
        return construct_function(self.interp, function, list(args), new_target)

    def indirect_eval(self, realm, source):
        from scopejs.interpreter.eval_support import perform_indirect_eval
        return perform_indirect_eval(self.host, realm, source)

    def create_dynamic_function(self, realm, constructor, new_target, kind, args):
        from scopejs.interpreter.eval_support import create_dynamic_function
        return create_dynamic_function(self.host, realm, constructor, new_target, kind, args)

    def capture_stack(self, error_object):
        return self.host.capture_stack(error_object)

    def active_call(self, function):
        # regs[0] is a frame's closure.  A frame called from Python (a built-in such as
        # Array.prototype.map, or the host) has no caller revealed, as in V8.
        from scopejs.interpreter.stack import js_frames
        frames = js_frames()
        for k, (f, _pc, from_python) in enumerate(frames):
            if f.regs[0] is function:
                caller = None if from_python or k + 1 == len(frames) else frames[k + 1][0].regs[0]
                return (caller if isinstance(caller, ECMAScriptFunction) else None), f.arguments
        return None

    def generators(self):
        """The generator machinery for builtins/generator.py (GeneratorResume, ...)."""
        from scopejs.interpreter import generators_support
        return generators_support

    def call_depth_check(self):
        interp = self.interp
        if interp is not None and interp.nesting >= interp.max_nesting:
            from scopejs.runtime.completion import throw_range_error
            throw_range_error("Maximum call stack size exceeded")


class Host:
    def __init__(self, engine, max_depth=10000, module_loader=None):
        from scopejs.builtins.bootstrap import create_realm
        self.engine = engine
        self.evaluator = EngineEvaluator(self)
        self.agent = Agent(self.evaluator)
        self.realm = create_realm(self.agent)
        self.interpreter = Interpreter(self.realm, max_depth=max_depth)
        self.agent.limiter = self.interpreter
        self.interpreter.engine = engine
        self.evaluator.attach(self.interpreter)
        self.agent.modules = ModuleLoader(self, host_loader(module_loader))
        self.timers = Timers()
        self.ticks = deque()      # process.nextTick callbacks: (function, args)
        self.rejection_hook = None   # node host: (rejected promises) -> handled?
        self.agent.host_hooks["stdout"] = engine.stdout
        self.agent.host_hooks["stderr"] = engine.stderr
        self.realm.host_defined["stdout"] = engine.stdout
        self.realm.host_defined["stderr"] = engine.stderr
        self.realm.host_defined["engine"] = engine
        from scopejs.host.globals import install_host_globals
        install_host_globals(self, self.realm)
        sys.setrecursionlimit(max(sys.getrecursionlimit(), 12000))

    # -- compiling and running ---------------------------------------------------------------
    def parse(self, source, name, module=False):
        from scopejs.parsing.parser import parse
        return parse(source, module=module, lazy=self.engine.lazy, name=name,
                     trace_lazy=getattr(self.engine, "trace_lazy", False))

    def run_script(self, source, name, realm=None):
        """ScriptEvaluation (16.1.6): parse, compile, GlobalDeclarationInstantiation (in the
        bytecode), run; the completion value."""
        from scopejs.bytecode.compiler import compile_script
        realm = realm or self.realm
        self.agent.activate()
        previous = self.agent.current_realm
        self.agent.current_realm = realm
        try:
            program = self.parse(source, name)
            sfi = compile_script(program)
            if self.interpreter.on_compile is not None:
                self.interpreter.on_compile(sfi)
            return self.run_toplevel(sfi, realm, None)
        finally:
            self.agent.current_realm = previous

    def toplevel_frame(self, sfi, realm, context, this=None, is_async=False):
        """A frame for top-level code (script, module, eval) that has not started yet."""
        interp = self.interpreter
        bc = sfi.bytecode
        code = bc.decoded or decode(bc, interp, sfi)
        if this is None:
            this = realm.global_env.global_this
        regs = [ScriptClosure(context), UNDEFINED, this]
        regs.extend((UNDEFINED,) * (bc.parameter_count + bc.register_count))
        top = interp.top
        frame = Frame(code, regs, context, [], top, bc, top.depth + 1 if top else 1, realm)
        if is_async:   # a module with top-level await runs like an async function body
            from scopejs.interpreter.generators_support import start_async_function
            start_async_function(frame)
        return frame

    def run_toplevel(self, sfi, realm, context, this=None, is_async=False):
        frame = self.toplevel_frame(sfi, realm, context, this, is_async)
        return self.interpreter.run(frame)

    def run_jobs(self):
        """Run the event loop to its end: the nextTick queue and promise jobs, then node's loop
        phases (scopejs.host.timers) until no referenced timer or immediate is left.  An
        unhandled rejection is reported as node does (it ends the program like an uncaught
        exception)."""
        self.agent.activate()
        self.run_microtasks()
        self.run_cleanup_tasks()
        while self.timers.run_iteration(self):
            pass
        if getattr(self.engine, "test262_host", False):
            # test262 (INTERPRETING.md): a module test's error is the rejection of its
            # evaluation promise (a top-level await that rejects); no unhandled-rejection
            # tracking reports it on this host.
            root = self.agent.modules.root if self.agent.modules is not None else None
            promise = getattr(root, "promise", None)
            if getattr(promise, "promise_state", None) == "rejected":
                root.promise = None      # reported once
                raise ThrowCompletion(promise.promise_result)

    def step(self, block=True) -> bool:
        """One turn of the event loop, for callers that drive it a turn at a time (a
        JSPromise's ``result()`` or ``await``): the microtasks (the nextTick queue, then the
        promise jobs) and the cleanup tasks when any are pending, else one iteration of the
        loop's phases (``block=False``: without sleeping for a timer).  False when nothing
        is left to run."""
        self.agent.activate()
        if self.ticks or self.agent.jobs or self.agent.cleanup_jobs:
            self.run_microtasks()
            self.run_cleanup_tasks()
            return True
        return self.timers.run_iteration(self, block)

    def run_microtasks(self):
        """node's processTicksAndRejections: the whole nextTick queue, then the promise jobs,
        until both are empty; then the unhandled-rejection check."""
        ticks = self.ticks
        while True:
            while ticks:
                fn, args = ticks.popleft()
                fn.Call(UNDEFINED, args)
            self.agent.run_jobs()
            if not ticks:
                break
        if not getattr(self.engine, "test262_host", False):
            self._check_rejections()

    def run_callback(self, fn, args, this=UNDEFINED):
        """A macrotask (timer or immediate callback, ``this`` the timer object as in node),
        then the microtasks it queued."""
        fn.Call(this, list(args))
        self.run_microtasks()
        self.run_cleanup_tasks()

    def wait(self, seconds):
        """Sleep until the next timer is due, within the interpreter's time limit."""
        import time
        deadline = self.interpreter.deadline
        if deadline is not None and time.monotonic() + seconds > deadline:
            from scopejs.errors import ResourceLimitError
            raise ResourceLimitError("time limit reached while waiting for a timer")
        time.sleep(seconds)

    def run_cleanup_tasks(self):
        """The tasks queued by 9.9.4.1 HostEnqueueFinalizationRegistryCleanupJob: after the
        task that collected the targets (and its microtasks), before the next timer; each one
        is a task of its own, followed by a microtask checkpoint."""
        from scopejs.builtins.weak import CleanupFinalizationRegistry
        agent = self.agent
        while True:
            registry = agent.take_cleanup_job()
            if registry is None:
                return
            previous = agent.current_realm
            agent.current_realm = registry.registry_realm
            try:
                CleanupFinalizationRegistry(registry)
            finally:
                agent.current_realm = previous
            self.run_microtasks()

    def _check_rejections(self):
        from scopejs.runtime.abstract_ops.promise_operations import take_unhandled_rejections
        rejected = take_unhandled_rejections(self.agent)
        if rejected and self.rejection_hook is not None and self.rejection_hook(rejected):
            return   # node: process.on('unhandledRejection') listeners took them
        if rejected:
            raise self.unhandled_rejection_error(rejected[0].promise_result)

    def unhandled_rejection_error(self, reason):
        """node's triggerUncaughtException(reason, fromPromise): an error-like reason (an
        object with an own `stack`) is reported as itself, with the code frame of where it was
        created; any other reason as node's UnhandledPromiseRejection (ERR_UNHANDLED_REJECTION)."""
        from scopejs.runtime.abstract_ops.object_operations import describe_for_error
        if isinstance(reason, JSObject) and reason.GetOwnProperty("stack") is not None:
            err = self.to_js_error(ThrowCompletion(reason))
            if err.location is None:   # no message location of its own: where it was created
                err.location = error_location(self.realm, reason)
            return err
        err = JSError(reason, "This error originated either by throwing inside of an async "
                      "function without a catch block, or by rejecting a promise which was not "
                      "handled with .catch(). The promise rejected with the reason "
                      f'"{describe_for_error(reason)}".')
        err.name = "UnhandledPromiseRejection"
        err.code = "ERR_UNHANDLED_REJECTION"
        return err

    def run_module_file(self, path):
        try:
            return self.agent.modules.run_file(path)
        except ThrowCompletion as exc:
            # node evaluates an ES module graph through a promise: what escapes it is reported
            # as a rejection is, with the code frame of where the error was created.
            exc.origin = None
            exc.location = error_location(self.realm, exc.value)
            raise

    # -- errors ------------------------------------------------------------------------------
    def to_js_error(self, exc):
        value = exc.value
        name, message = error_name_message(value)
        err = JSError(value, message, error_stack_text(value))
        err.engine = self.engine
        err.name = name
        origin = getattr(exc, "origin", None)
        err.origin = origin
        err.location = message_location(self.realm, value) or getattr(exc, "location", None) \
            or (frame_location(*origin) if origin is not None else None)
        return err

    def format_uncaught(self, err):
        """node's report of an uncaught exception or unhandled rejection (one reporter for
        both): the code frame of the throw (of the error's creation for a rejection), then the
        value as util.inspect shows it (an error's stack and own properties); a value that is
        not an error with a stack comes after a blank line, a primitive with node's hint."""
        from scopejs.inspect.value_format import inspect
        from scopejs.source.text import from_code_units
        loc = getattr(err, "location", None)
        frame_lines = code_frame_lines(*loc) if loc is not None else []
        value = err.value
        if getattr(err, "name", None) == "UnhandledPromiseRejection":
            # node's UnhandledPromiseRejection error; its frames are node's internals.
            lines = ["", f"UnhandledPromiseRejection: {err.message} {{",
                     f"  code: '{err.code}'", "}"]
        elif isinstance(value, JSErrorObject):
            text = inspect(value)
            if err.stack is not None and text.startswith(err.stack.split("\n", 1)[0]):
                # V8 formats `stack` when it is first read: the error's current name/message.
                text = describe_thrown(value) + text[len(err.stack.split("\n", 1)[0]):]
            lines = [*frame_lines, "", text]
        elif isinstance(value, JSObject):
            lines = ["", *frame_lines, inspect(value)]
        else:
            lines = ["", *frame_lines, value if value.__class__ is str else inspect(value),
                     "(Use `node --trace-uncaught ...` to show where the exception was thrown)"]
        return from_code_units("\n".join(lines))

    def capture_stack(self, error_object):
        """The frames of node's `stack`: up to 10 `fn (file:line:col)` lines (the header
        `Name: message` is added when `stack` is first read, runtime/error_stack.py)."""
        interp = self.interpreter
        if interp is None or interp.top is None:
            return None
        lines, location = stack_lines(interp, error_object, STACK_TRACE_LIMIT)
        return CapturedStack(lines, location)

    def close(self):
        """Drop what links the realm to the Engine and to Python (so both can be freed)."""
        self.agent.jobs.clear()
        self.agent.modules = None
        self.realm.host_defined.clear()
        self.interpreter.engine = None
        self.evaluator.detach()


def create_host(engine, **options):
    return Host(engine, **options)


def host_loader(module_loader):
    """The Engine's ``module_loader`` argument as a host loader (scopejs.modules.loader)."""
    if module_loader is None:
        return DenyLoader()
    if hasattr(module_loader, "resolve") and hasattr(module_loader, "load"):
        return module_loader
    if callable(module_loader):
        return CallableLoader(module_loader)
    raise TypeError("module_loader must be None, a callable (specifier, referrer) -> source, "
                    "or an object with resolve(specifier, referrer) and load(key)")


def error_name_message(value):
    """(name, message) of a thrown value without running JS."""
    if isinstance(value, JSObject):
        text = describe_thrown(value)
        name, sep, message = text.partition(": ")
        if not _has_string_name(value):
            # No `name` property anywhere on the chain (e.g. test262's Test262Error): V8 names
            # such an object by its constructor.
            from scopejs.runtime.abstract_ops.object_operations import constructor_name_of
            name = constructor_name_of(value)
        return name, (message if sep else "")
    return "Uncaught", display_thrown(value)


def _has_string_name(value) -> bool:
    """Whether a plain `name` data property holding a string is on value's prototype chain."""
    o, depth = value, 0
    while isinstance(o, JSObject) and depth < 100:
        if o.plain_props and o.props.get("name").__class__ is str:
            return True
        o, depth = o.proto, depth + 1
    return False


def display_thrown(value):
    if value.__class__ is str:
        return f"'{value}'"
    from scopejs.runtime.abstract_ops.object_operations import describe_for_error
    return describe_for_error(value)
