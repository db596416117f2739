"""The run loop: one loop walks an explicit stack of Frames (no Python recursion for JS calls).

Each BytecodeArray is pre-decoded once (dispatch.decode) into a list of closures, one per
instruction, with operands and constants already resolved.  A handler takes the frame and returns
the index of the next instruction, or a negative signal:

  RETURN   the frame is done; ``frame.acc`` holds the result
  CALL     a call handler prepared a callee frame in ``frame.child`` and saved the return pc in
           ``frame.pc``; the loop switches to it
  SUSPEND  a generator / async frame suspends (SuspendGenerator): like RETURN, but the frame is
           kept by its generator object and no return processing happens

A JavaScript throw is a ThrowCompletion (a Python exception): the loop finds the innermost
handler-table entry of the current frame covering the throwing instruction, else pops frames
until one has a handler; when it reaches the frame the loop was entered with, the exception
propagates to the Python caller (a built-in, or the API boundary).

Built-ins that call back into JavaScript (Array.prototype.map, getters, ToPrimitive) re-enter
through ``run``: a nested loop whose entry frame's ``parent`` is the current top frame (so stack
traces stay whole).  That nesting is bounded (max_nesting) and reported as a catchable
RangeError, never as a Python RecursionError.
"""
from __future__ import annotations

import time

from scopejs.errors import EngineInternalError, ResourceLimitError, ScopeJSError
from scopejs.interpreter.calls_support import post_return, post_throw
from scopejs.interpreter.frame import POST_ASYNC
from scopejs.runtime.completion import ThrowCompletion, throw_range_error

RETURN = -1
CALL = -2
SUSPEND = -3


class Interpreter:
    """Per-agent interpreter state: the stack top, limits, hooks."""

    __slots__ = ("engine", "realm", "top", "nesting", "max_nesting", "max_depth", "budget",
                 "max_steps", "deadline", "tracer", "on_compile", "debugger_hook",
                 "steps_left", "memory", "interrupt")

    CHECK_INTERVAL = 2048   # back-edges between limit checks when only a deadline is set

    def __init__(self, realm, *, max_depth=10000, max_steps=None, time_limit=None,
                 max_nesting=400, on_compile=None):
        self.engine = None
        self.realm = realm
        self.top = None
        self.nesting = 0
        self.max_nesting = max_nesting
        self.max_depth = max_depth
        self.tracer = None
        self.on_compile = on_compile
        self.debugger_hook = None
        self.memory = None       # a MemoryLimit (scopejs.host.limits) or None
        self.interrupt = None    # set (with budget = -1) by another thread to stop the run
        self.start_limits(time_limit, max_steps)

    # -- limits ------------------------------------------------------------------------------
    # ``budget`` counts down at back-edges, calls and built-in work (agent.tick); below zero,
    # out_of_budget() charges the chunk to ``steps_left`` and checks the deadline and memory.
    def start_limits(self, time_limit=None, max_steps=None):
        """Begin a call's limits: the deadline starts now, the step budget is full."""
        self.max_steps = max_steps
        self.deadline = (time.monotonic() + time_limit) if time_limit else None
        self.steps_left = max_steps if max_steps is not None else None
        self.budget = self._chunk()
        self.interrupt = None

    def _chunk(self):
        left = self.steps_left
        return self.CHECK_INTERVAL if left is None or left > self.CHECK_INTERVAL else left

    def out_of_budget(self):
        """Called by JumpLoop, calls and agent.tick when ``budget`` drops below zero."""
        if self.interrupt is not None:
            reason, self.interrupt = self.interrupt, None
            self.budget = self._chunk()
            raise ResourceLimitError(reason)
        if self.steps_left is not None:
            self.steps_left -= self._chunk() - self.budget
            if self.steps_left < 0:
                self.steps_left = 0
                self.budget = 0
                raise ResourceLimitError(f"step limit of {self.max_steps} steps exceeded")
        if self.deadline is not None and time.monotonic() > self.deadline:
            self.budget = self._chunk()
            raise ResourceLimitError("time limit exceeded")
        if self.memory is not None:
            self.memory.check()
        self.budget = self._chunk()

    def set_time_limit(self, seconds):
        self.deadline = (time.monotonic() + seconds) if seconds else None

    # -- the loop ------------------------------------------------------------------------------
    def run(self, frame):
        """Run ``frame`` (fresh, or resumed at frame.pc) until it returns; give its result."""
        if self.nesting >= self.max_nesting:
            throw_range_error("Maximum call stack size exceeded")
        self.nesting += 1
        saved_top = self.top
        frame.entry = True
        f = frame
        self.top = f
        agent = self.realm.agent
        saved_realm = agent.current_realm
        if f.realm is not saved_realm:
            agent.current_realm = f.realm
        code = f.code
        pc = f.pc
        try:
            while True:
                try:
                    while pc >= 0:
                        pc = code[pc](f)
                    if pc == CALL:
                        callee = f.child
                        f.child = None    # a finished callee must not stay reachable
                        f = callee
                        code = f.code
                        pc = f.pc
                        self.top = f
                        if f.realm is not agent.current_realm:   # 10.2.1.1 PrepareForOrdinaryCall
                            agent.current_realm = f.realm
                        continue
                    value = f.acc
                    if pc == RETURN:
                        if f.post:
                            value = post_return(self, f, value)
                        if f.entry:
                            f.entry = False
                            return value
                        f = f.parent
                    else:
                        # SUSPEND: the generator keeps the frame; it must not keep its caller
                        suspended = f
                        f = f.parent
                        suspended.parent = None
                        if suspended.entry:
                            suspended.entry = False
                            return value
                    f.acc = value
                    code = f.code
                    pc = f.pc
                    self.top = f
                    if f.realm is not agent.current_realm:
                        agent.current_realm = f.realm
                except (ThrowCompletion, RecursionError) as exc_in:
                    if exc_in.__class__ is RecursionError:
                        # Python's own stack ran out inside a built-in: report it as JS does.
                        exc = ThrowCompletion(self.realm.new_error(
                            "RangeError", "Maximum call stack size exceeded"))
                    else:
                        exc = exc_in
                    if getattr(exc, "origin", None) is None:
                        exc.origin = (f, pc)    # where it was thrown (for the uncaught report)
                    while True:
                        target = find_handler(f, pc)
                        if target is not None:
                            handler_pc, context_reg = target
                            f.context = (f.regs[context_reg] if context_reg >= 0
                                         else f.regs[0].environment)
                            f.acc = exc.value
                            pc = handler_pc
                            break
                        if f.post >= POST_ASYNC:
                            # an async function turns the throw into a rejected promise
                            handled, value = post_throw(self, f, exc)
                            if handled:
                                if f.entry:
                                    f.entry = False
                                    return value
                                f = f.parent
                                f.acc = value
                                code = f.code
                                pc = f.pc
                                self.top = f
                                break
                        if f.entry:
                            f.entry = False
                            raise exc
                        f = f.parent
                        code = f.code
                        pc = f.pc - 1   # the call instruction
                        self.top = f
                        agent.current_realm = f.realm
        except (ThrowCompletion, ScopeJSError, BrokenPipeError):
            raise
        except MemoryError:   # an allocation past the host's memory limit (host/limits.py)
            raise ResourceLimitError("memory limit exceeded") from None
        except Exception as exc:  # a bug: name the function and bytecode offset
            sfi = f.bytecode.sfi
            name = (getattr(sfi, "name", None) or "<anonymous>") if sfi is not None else "?"
            raise EngineInternalError(
                f"interpreter: {type(exc).__name__}: {exc} in function {name!r} at bytecode "
                f"index {pc}") from exc
        finally:
            self.nesting -= 1
            self.top = saved_top
            agent.current_realm = saved_realm
            frame.entry = False


def find_handler(frame, pc):
    """Innermost handler-table entry covering instruction ``pc`` -> (handler pc, context reg)."""
    table = frame.bytecode.handler_table
    if table:
        for entry in table:   # innermost first
            if entry.start <= pc < entry.end:
                return entry.handler, entry.context_register
    return None
