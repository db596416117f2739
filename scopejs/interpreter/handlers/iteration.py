"""Iterators (for-of, spread, destructuring) and for-in enumeration."""
from __future__ import annotations

from scopejs.bytecode.opcodes import CLOSE_THROW, Op
from scopejs.interpreter.dispatch import handler
from scopejs.interpreter.messages import throw_not_iterable
from scopejs.interpreter.iteration_support import ForInEnumerator, get_iterator
from scopejs.runtime.abstract_ops.iterator_operations import (
    DONE, IteratorClose, IteratorStepValue,
)
from scopejs.runtime.completion import ThrowCompletion


@handler(Op.GetIterator)
def get_iterator_(d, r, flag):
    n = d.next
    kind = "async" if flag == 1 else "sync"
    index = d.index

    def run(f):
        value = f.regs[r]
        f.acc = get_iterator(value, kind, lambda: throw_not_iterable(f, index, value))
        return n
    return run


@handler(Op.IteratorStepValue)
def iterator_step_value(d, r, target):
    n = d.next

    def run(f):
        record = f.regs[r]
        py = record.python_iterator
        if py is not None:
            for v in py:
                f.acc = v
                return n
            record.done = True
            return target
        try:
            v = IteratorStepValue(record)
        except ThrowCompletion:
            record.done = True
            raise
        if v is DONE:
            record.done = True
            return target
        f.acc = v
        return n
    return run


@handler(Op.IteratorClose)
def iterator_close(d, r, flag):
    n = d.next
    swallow = flag == CLOSE_THROW

    def run(f):
        record = f.regs[r]
        if not record.done:
            record.done = True
            if swallow:
                try:
                    IteratorClose(record)
                except ThrowCompletion:
                    pass
            else:
                IteratorClose(record)
        return n
    return run


@handler(Op.ForInEnumerate)
def for_in_enumerate(d, r):
    n = d.next

    def run(f):
        f.acc = ForInEnumerator(f.regs[r])
        return n
    return run


@handler(Op.ForInNext)
def for_in_next(d, r, target):
    n = d.next

    def run(f):
        key = f.regs[r].next_key()
        if key is None:
            return target
        f.acc = key
        return n
    return run
