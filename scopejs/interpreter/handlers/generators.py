"""SuspendGenerator / ResumeGenerator: generators, async functions and async generators."""
from __future__ import annotations

from scopejs.bytecode.opcodes import (
    SUSPEND_AWAIT, SUSPEND_INITIAL, SUSPEND_YIELD, SUSPEND_YIELD_RAW, Op,
)
from scopejs.interpreter import generators_support as gs
from scopejs.interpreter.dispatch import handler

SUSPEND = -3


@handler(Op.SuspendGenerator)
def suspend_generator(d, suspend_id, kind):
    n = d.next
    if kind == SUSPEND_INITIAL:
        def run(f):
            f.acc = gs.create_generator_object(f)
            f.pc = n
            return SUSPEND
    elif kind == SUSPEND_AWAIT:
        def run(f):
            f.acc = gs.await_value(f, f.acc)
            f.pc = n
            return SUSPEND
    elif kind in (SUSPEND_YIELD, SUSPEND_YIELD_RAW):
        raw = kind == SUSPEND_YIELD_RAW

        def run(f):
            gen = f.generator
            if gen.is_async:
                f.acc = gs.async_generator_yield(f, f.acc)
            else:
                gen.state = gs.SUSPENDED_YIELD
                gen.raw = raw
            f.pc = n
            return SUSPEND
    else:
        raise ValueError(f"unknown suspend kind {kind}")
    return run


@handler(Op.ResumeGenerator)
def resume_generator(d, dst):
    n = d.next

    def run(f):
        state = f.generator
        f.acc = state.resume_value
        f.regs[dst] = float(state.resume_mode)
        state.resume_value = None
        return n
    return run
