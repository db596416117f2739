"""The execution hook: statement-level instrumentation of the interpreter, free when unused.

The debugger core (core.py), the visualizer and --explain all observe a run through this one
mechanism.  Nothing in the interpreter imports this module: ``attach(interp, observer)`` installs
a ``Tracer`` as ``interp.tracer`` and the interpreter calls it, duck-typed, at two places:

  ``tracer.enter_frame(frame)``  calls_support.enter_function, for every new JS function frame
  ``tracer.enter_run(frame)``    Interpreter.run, for every frame a run loop starts on (scripts,
                                 eval code, resumed generators / async functions)

With no tracer each of them is one ``is None`` test per call; nothing is added per instruction.

With a tracer, frames run a SEPARATE instrumented closure list (cached per BytecodeArray in the
Tracer, never in ``bytecode.decoded``): the same handlers, decoded without superinstructions (so
every statement start is an instruction of its own), each wrapped to report to the observer.  The
two lists have the same length and indices, so a frame switches list at any saved pc (a call
return address or a resume point); ``attach`` switches every frame already on the stack, and
``enter_run`` switches suspended generator frames when they resume.

The observer (subclass ``Observer``; every method is optional, the defaults do nothing):

  on_enter(frame)               a function frame was created (arguments bound, before its first
                                instruction); ``frame.parent`` is the caller
  on_run(frame)                 a run loop starts on ``frame`` (frame.pc is where it starts)
  on_statement(frame, pc)       instruction ``pc`` starts a statement (an `S>` source position)
  on_call(frame, pc)            instruction ``pc`` is a call or construct with a source position
                                of its own (V8's call break location), before it calls
  on_debugger(frame, pc)        a `debugger` statement executes
  on_return(frame, pc)          Return at ``pc``; the value is ``frame.acc``; called before the
                                frame is popped (``frame`` still on the stack)
  on_suspend(frame, pc)         a generator / async frame suspends (yield / await); value in acc
  on_throw(frame, pc, exc)      a ThrowCompletion ``exc`` is raised by instruction ``pc`` (once per
                                throw, where it starts; not again while it unwinds)
  on_instruction(frame, pc, op) an instruction whose opcode is in ``observer.watch_ops`` completed
                                normally (CreateClosure: the closure is in acc; PushContext: the
                                new context is frame.context ...); the visualizer and --explain
                                watch the context and closure opcodes this way

``frame.pc`` of a caller frame is its return address: the call instruction is ``frame.pc - 1``.
``location(frame, pc)`` gives (SharedFunctionInfo, source offset) for any of them.  While an
observer runs JavaScript itself (evaluating an expression at a pause), it sets
``tracer.muted = True`` so its own evaluation reports nothing.
"""
from __future__ import annotations

import weakref

from scopejs.bytecode.opcodes import Op
from scopejs.runtime.completion import ThrowCompletion

RETURN = -1
SUSPEND = -3
CALL_OPS = frozenset(op for op in Op if op.name.startswith(("Call", "Construct"))
                     and op is not Op.CallRuntime)


class Observer:
    """Base class of what a Tracer reports to (all methods optional)."""

    def on_enter(self, frame):
        pass

    def on_run(self, frame):
        pass

    def on_statement(self, frame, pc):
        pass

    def on_call(self, frame, pc):
        pass

    def on_debugger(self, frame, pc):
        pass

    def on_return(self, frame, pc):
        pass

    def on_suspend(self, frame, pc):
        pass

    def on_throw(self, frame, pc, exc):
        pass

    # Opcodes reported to on_instruction after they complete (an Observer attribute: empty).
    watch_ops = frozenset()

    def on_instruction(self, frame, pc, op):
        pass


class Tracer:
    """What the interpreter sees as ``interp.tracer``."""

    def __init__(self, interp, observer):
        self.interp = interp
        self.observer = observer
        self.muted = False
        self._code = weakref.WeakKeyDictionary()   # BytecodeArray -> instrumented closures

    # -- called by the interpreter -------------------------------------------------------------
    def enter_frame(self, frame):
        frame.code = self.code_for(frame.bytecode)
        if not self.muted:
            self.observer.on_enter(frame)

    def enter_run(self, frame):
        code = self.code_for(frame.bytecode)
        if frame.code is not code:
            frame.code = code
        if not self.muted:
            self.observer.on_run(frame)

    # -- the instrumented closure lists -------------------------------------------------------
    def code_for(self, bytecode):
        code = self._code.get(bytecode)
        if code is None:
            code = self._instrument(bytecode)
            self._code[bytecode] = code
        return code

    def _instrument(self, bytecode):
        from scopejs.interpreter.decoding import decode_instructions
        plain = decode_instructions(bytecode, self.interp, bytecode.sfi, fused=False)
        instructions = bytecode.instructions
        statements = set()
        calls = set()
        for index, _offset, is_statement in bytecode.source_positions:
            if is_statement:
                statements.add(index)
            elif index < len(instructions) and instructions[index][0] in CALL_OPS:
                calls.add(index)
        code = []
        for pc, handler in enumerate(plain):
            op = instructions[pc][0] if pc < len(instructions) else Op.Return
            code.append(self._wrap(handler, pc, pc in statements, pc in calls, op))
        return code

    def _wrap(self, handler, pc, is_statement, is_call, op):
        tracer = self
        observer = self.observer
        is_debugger = op is Op.Debugger
        is_watched = op in observer.watch_ops

        def run(f):
            if not tracer.muted:
                if is_statement:
                    observer.on_statement(f, pc)
                if is_call:
                    observer.on_call(f, pc)
                if is_debugger:
                    observer.on_debugger(f, pc)
            try:
                r = handler(f)
            except ThrowCompletion as exc:
                # A throw unwinding out of a nested run loop already carries its origin.
                if not tracer.muted and exc.__dict__.get("origin") is None:
                    observer.on_throw(f, pc, exc)
                raise
            if is_watched and not tracer.muted:
                observer.on_instruction(f, pc, op)
            if r < 0 and not tracer.muted:
                if r == RETURN:
                    observer.on_return(f, pc)
                elif r == SUSPEND:
                    observer.on_suspend(f, pc)
            return r
        return run


def attach(interp, observer) -> Tracer:
    """Install ``observer`` on ``interp``; frames already on the stack switch to traced code."""
    if interp.tracer is not None:
        raise RuntimeError("an execution hook is already attached to this interpreter")
    tracer = Tracer(interp, observer)
    if interp.tier is not None:   # traced code runs in the interpreter (tiering/direct.py)
        interp.tier.deoptimize_all("an execution hook attached")
    interp.tracer = tracer
    frame = interp.top
    while frame is not None:
        frame.code = tracer.code_for(frame.bytecode)
        frame = frame.parent
    return tracer


def detach(interp):
    """Remove the hook; frames on the stack go back to the plain (fused) closures."""
    from scopejs.interpreter.dispatch import decode
    tracer = interp.tracer
    if tracer is not None:
        tracer.muted = True    # suspended generators may still hold instrumented closures
    interp.tracer = None
    frame = interp.top
    while frame is not None:
        frame.code = decode(frame.bytecode, interp, frame.bytecode.sfi)
        frame = frame.parent


def location(frame, pc):
    """(SharedFunctionInfo, source offset) of instruction ``pc`` of ``frame`` (offset None when
    the function has no position there)."""
    bc = frame.bytecode
    pos = bc.source_position_at(pc)
    return bc.sfi, (pos[0] if pos is not None else None)
