"""Generators, async functions and async generators as suspendable frames.

A generator's frame is a heap object, so suspending is just leaving the run loop with the frame
kept by its generator object (SuspendGenerator returns SUSPEND) and resuming is running the same
frame again from its saved pc (ResumeGenerator then reads the resumption value and mode).

- Generators (27.5): GeneratorResume / GeneratorResumeAbrupt drive the frame; ``gen.state`` is
  [[GeneratorState]].
- Async functions (27.7): the frame carries an AsyncFunctionState with the promise capability;
  Await (27.7.5.3) = PromiseResolve + PerformPromiseThen with reactions that resume the frame.
- Async generators (27.6): a request queue ([[AsyncGeneratorQueue]]) of (kind, value,
  capability); AsyncGeneratorResumeNext-style driver (the ES2021 formulation, same observable
  order as the ES2023 one for the cases tested).
"""
from __future__ import annotations

from collections import deque

from scopejs.bytecode.opcodes import RESUME_NEXT, RESUME_RETURN, RESUME_THROW
from scopejs.interpreter.frame import POST_ASYNC, POST_GENERATOR
from scopejs.runtime.abstract_ops.iterator_operations import CreateIterResultObject
from scopejs.runtime.completion import ThrowCompletion, throw_type_error
from scopejs.runtime.execution import surrounding_agent
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import UNDEFINED

SUSPENDED_START = "suspendedStart"
SUSPENDED_YIELD = "suspendedYield"
EXECUTING = "executing"
AWAITING_RETURN = "awaiting-return"
COMPLETED = "completed"

SUSPEND = -3


def _interp():
    return surrounding_agent().evaluator.interp


def _promise_ops():
    from scopejs.runtime.abstract_ops import promise_operations
    return promise_operations


class AsyncFunctionState:
    """The state of an async function activation: its promise capability and the pending
    resumption."""
    __slots__ = ("capability", "resume_mode", "resume_value", "frame")

    def __init__(self, capability, frame):
        self.capability = capability
        self.resume_mode = RESUME_NEXT
        self.resume_value = UNDEFINED
        self.frame = frame


class JSGenerator(JSObject):
    """27.5 Generator objects ([[GeneratorState]], [[GeneratorContext]] = ``frame``)."""
    __slots__ = ("state", "frame", "resume_mode", "resume_value", "raw", "queue", "is_async")

    class_name = "Generator"

    def __init__(self, proto, frame, is_async=False):
        JSObject.__init__(self, proto)
        self.state = SUSPENDED_START
        self.frame = frame
        self.resume_mode = RESUME_NEXT
        self.resume_value = UNDEFINED
        self.raw = False
        self.is_async = is_async
        self.queue = deque() if is_async else None

    def __repr__(self):
        return f"<{'AsyncGenerator' if self.is_async else 'Generator'} {self.state}>"


def resume(frame, mode, value):
    """Run a suspended frame with a resumption (mode, value); give what it returns/yields."""
    interp = _interp()
    state = frame.generator
    state.resume_mode = mode
    state.resume_value = value
    top = interp.top
    frame.parent = top
    frame.depth = top.depth + 1 if top is not None else 1
    frame.entry = False
    return interp.run(frame)


# ---- creation (SuspendGenerator kind "initial") ---------------------------------------------

def create_generator_object(frame):
    fn = frame.regs[0]
    sfi = frame.bytecode.sfi
    is_async = bool(sfi.is_async)
    realm = frame.realm
    proto = fn.Get("prototype", fn) if fn is not None else UNDEFINED
    if not isinstance(proto, JSObject):
        name = ("%AsyncGeneratorFunction.prototype.prototype%" if is_async
                else "%GeneratorFunction.prototype.prototype%")
        proto = realm.intrinsics.get(name, realm.object_prototype)
    gen = JSGenerator(proto, frame, is_async)
    frame.generator = gen
    frame.post = POST_GENERATOR
    return gen


# ---- async functions --------------------------------------------------------------------------

def start_async_function(frame):
    ops = _promise_ops()
    realm = frame.realm
    capability = ops.NewPromiseCapability(realm.intrinsics["%Promise%"])
    frame.generator = AsyncFunctionState(capability, frame)
    frame.post = POST_ASYNC


def async_function_return(frame, value):
    cap = frame.generator.capability
    cap.resolve.Call(UNDEFINED, [value])
    return cap.promise


def async_function_throw(frame, exc):
    cap = frame.generator.capability
    cap.reject.Call(UNDEFINED, [exc.value])
    return cap.promise


def await_value(frame, value):
    """27.7.5.3 Await ( value ): arrange for ``frame`` to resume with the settled value."""
    ops = _promise_ops()
    realm = frame.realm
    promise = ops.PromiseResolve(realm.intrinsics["%Promise%"], value)
    state = frame.generator

    # The spec's onFulfilled/onRejected closures never escape, so they are plain Python
    # reaction handlers (promise_operations accepts them; no function objects per await).
    def on_fulfilled(v):
        _resume_after_await(frame, RESUME_NEXT, v)

    def on_rejected(e):
        _resume_after_await(frame, RESUME_THROW, e)

    ops.PerformPromiseThen(promise, on_fulfilled, on_rejected)
    if isinstance(state, AsyncFunctionState):
        return state.capability.promise
    return UNDEFINED


def _resume_after_await(frame, mode, value):
    state = frame.generator
    resume(frame, mode, value)
    if isinstance(state, JSGenerator) and state.is_async:
        async_generator_drain(state)


# ---- sync generators ---------------------------------------------------------------------------

def generator_validate(gen, method):
    if not isinstance(gen, JSGenerator) or gen.is_async:
        from scopejs.runtime.abstract_ops.object_operations import describe_for_error
        throw_type_error(f"{method} method called on incompatible receiver "
                         f"{describe_for_error(gen)}")
    if gen.state == EXECUTING:
        throw_type_error("Generator is already running")


def generator_resume(gen, mode, value, method="next"):
    """27.5.3.3 GeneratorResume / 27.5.3.4 GeneratorResumeAbrupt."""
    generator_validate(gen, f"[Generator].prototype.{method}")
    if mode != RESUME_NEXT and gen.state == SUSPENDED_START:
        gen.state = COMPLETED
        gen.frame = None
    if gen.state == COMPLETED:
        if mode == RESUME_THROW:
            raise ThrowCompletion(value)
        return CreateIterResultObject(value if mode == RESUME_RETURN else UNDEFINED, True)
    gen.state = EXECUTING
    frame = gen.frame
    try:
        result = resume(frame, mode, value)
    except BaseException:
        gen.state = COMPLETED
        gen.frame = None
        raise
    if gen.state == EXECUTING:       # the frame returned
        gen.state = COMPLETED
        gen.frame = None
        return CreateIterResultObject(result, True)
    if gen.raw:
        return result
    return CreateIterResultObject(result, False)


# ---- async generators ----------------------------------------------------------------------------

class AsyncGeneratorRequest:
    __slots__ = ("mode", "value", "capability")

    def __init__(self, mode, value, capability):
        self.mode = mode
        self.value = value
        self.capability = capability


def async_generator_enqueue(realm, gen, mode, value, method):
    """27.6.3.x AsyncGenerator.prototype.next/return/throw steps: a promise for the result."""
    ops = _promise_ops()
    cap = ops.NewPromiseCapability(realm.intrinsics["%Promise%"])
    if not isinstance(gen, JSGenerator) or not gen.is_async:
        err = realm.new_error("TypeError", f"{method} method called on incompatible receiver")
        cap.reject.Call(UNDEFINED, [err])
        return cap.promise
    gen.queue.append(AsyncGeneratorRequest(mode, value, cap))
    if gen.state not in (EXECUTING, AWAITING_RETURN):
        async_generator_drain(gen)
    return cap.promise


def _complete_step(gen, value, done, is_throw=False):
    """27.6.3.5 AsyncGeneratorCompleteStep"""
    req = gen.queue.popleft()
    if is_throw:
        req.capability.reject.Call(UNDEFINED, [value])
    else:
        req.capability.resolve.Call(UNDEFINED, [CreateIterResultObject(value, done)])


def async_generator_drain(gen):
    """Resume the generator for queued requests while it can run (AsyncGeneratorResumeNext)."""
    while True:
        if gen.state in (EXECUTING, AWAITING_RETURN) or not gen.queue:
            return
        req = gen.queue[0]
        if req.mode != RESUME_NEXT:
            if gen.state == SUSPENDED_START:
                gen.state = COMPLETED
                gen.frame = None
            if gen.state == COMPLETED:
                if req.mode == RESUME_RETURN:
                    _await_return(gen, req.value)
                    return
                _complete_step(gen, req.value, True, is_throw=True)
                continue
        elif gen.state == COMPLETED:
            _complete_step(gen, UNDEFINED, True)
            continue
        gen.state = EXECUTING
        try:
            resume(gen.frame, req.mode, req.value)
        except ThrowCompletion as exc:
            gen.state = COMPLETED
            gen.frame = None
            if gen.queue:
                _complete_step(gen, exc.value, True, is_throw=True)
            continue


def _await_return(gen, value):
    """27.6.3.x AsyncGeneratorAwaitReturn"""
    ops = _promise_ops()
    realm = surrounding_agent().current_realm
    gen.state = AWAITING_RETURN
    try:
        promise = ops.PromiseResolve(realm.intrinsics["%Promise%"], value)
    except ThrowCompletion as exc:
        gen.state = COMPLETED
        _complete_step(gen, exc.value, True, is_throw=True)
        async_generator_drain(gen)
        return

    def on_fulfilled(realm_, this, v):
        gen.state = COMPLETED
        _complete_step(gen, v, True)
        async_generator_drain(gen)

    def on_rejected(realm_, this, e):
        gen.state = COMPLETED
        _complete_step(gen, e, True, is_throw=True)
        async_generator_drain(gen)

    ops.PerformPromiseThen(promise, realm.new_function(on_fulfilled, 1, ""),
                           realm.new_function(on_rejected, 1, ""))


def async_generator_yield(frame, value):
    """27.6.3.8 AsyncGeneratorYield (the operand was already awaited by the bytecode)."""
    gen = frame.generator
    gen.state = SUSPENDED_YIELD
    if gen.queue:
        _complete_step(gen, value, False)
    return UNDEFINED


def generator_return(frame, value):
    """A generator frame returned normally (post action)."""
    gen = frame.generator
    if isinstance(gen, JSGenerator) and gen.is_async:
        gen.state = COMPLETED
        gen.frame = None
        if gen.queue:
            _complete_step(gen, value, True)
        return UNDEFINED
    return value


def generator_throw(frame, exc):
    """A throw escapes a generator frame: async generators reject the pending request."""
    gen = frame.generator
    if isinstance(gen, JSGenerator) and gen.is_async and gen.state != SUSPENDED_START:
        gen.state = COMPLETED
        gen.frame = None
        if gen.queue:
            _complete_step(gen, exc.value, True, is_throw=True)
        return True, UNDEFINED
    if isinstance(gen, JSGenerator):
        gen.state = COMPLETED
        gen.frame = None
    return False, None
