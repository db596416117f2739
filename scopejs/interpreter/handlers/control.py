"""Jumps, switch tables, throw and return."""
from __future__ import annotations

from scopejs.bytecode.opcodes import Op
from scopejs.interpreter.dispatch import handler
from scopejs.runtime.abstract_ops.type_conversion import ToBoolean
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.values import HOLE, NULL, UNDEFINED, is_object

RETURN = -1


@handler(Op.Jump)
def jump(d, target):
    def run(f):
        return target
    return run


@handler(Op.JumpLoop)
def jump_loop(d, target, depth):
    interp = d.interp

    def run(f):
        # A loop back edge: the interrupt check point for step and time limits.
        interp.budget -= 1
        if interp.budget < 0:
            interp.out_of_budget()
        return target
    return run


@handler(Op.JumpIfTrue)
def jump_if_true(d, target):
    n = d.next

    def run(f):
        return target if f.acc is True else n
    return run


@handler(Op.JumpIfFalse)
def jump_if_false(d, target):
    n = d.next

    def run(f):
        return target if f.acc is False else n
    return run


def to_boolean(v):
    """ToBoolean with the common cases inline."""
    if v is True:
        return True
    if v is False:
        return False
    return ToBoolean(v)


@handler(Op.JumpIfToBooleanTrue)
def jump_if_to_boolean_true(d, target):
    n = d.next

    def run(f):
        v = f.acc
        if v is True:
            return target
        if v is False or v is UNDEFINED or v is NULL:
            return n
        return target if ToBoolean(v) else n
    return run


@handler(Op.JumpIfToBooleanFalse)
def jump_if_to_boolean_false(d, target):
    n = d.next

    def run(f):
        v = f.acc
        if v is False or v is UNDEFINED or v is NULL:
            return target
        if v is True:
            return n
        return n if ToBoolean(v) else target
    return run


@handler(Op.JumpIfNull)
def jump_if_null(d, target):
    n = d.next

    def run(f):
        return target if f.acc is NULL else n
    return run


@handler(Op.JumpIfNotNull)
def jump_if_not_null(d, target):
    n = d.next

    def run(f):
        return n if f.acc is NULL else target
    return run


@handler(Op.JumpIfUndefined)
def jump_if_undefined(d, target):
    n = d.next

    def run(f):
        return target if f.acc is UNDEFINED else n
    return run


@handler(Op.JumpIfNotUndefined)
def jump_if_not_undefined(d, target):
    n = d.next

    def run(f):
        return n if f.acc is UNDEFINED else target
    return run


@handler(Op.JumpIfUndefinedOrNull)
def jump_if_undefined_or_null(d, target):
    n = d.next

    def run(f):
        v = f.acc
        return target if v is UNDEFINED or v is NULL else n
    return run


@handler(Op.JumpIfJSReceiver)
def jump_if_js_receiver(d, target):
    n = d.next

    def run(f):
        return target if is_object(f.acc) else n
    return run


@handler(Op.JumpIfNotHole)
def jump_if_not_hole(d, target):
    n = d.next

    def run(f):
        return n if f.acc is HOLE else target
    return run


@handler(Op.SwitchOnSmiNoFeedback)
def switch_on_smi(d, idx):
    n = d.next
    table = d.constants[idx]

    def run(f):
        v = f.acc
        if v.__class__ is float and v == v and v == int(v):
            i = int(v) - table.base
            targets = table.targets
            if 0 <= i < len(targets):
                return targets[i]
        return n
    return run


@handler(Op.Throw, Op.ReThrow)
def throw(d):
    def run(f):
        raise ThrowCompletion(f.acc)
    return run


@handler(Op.Return)
def return_(d):
    def run(f):
        return RETURN
    return run


@handler(Op.Debugger)
def debugger(d):
    n = d.next
    interp = d.interp

    def run(f):
        hook = getattr(interp, "debugger_hook", None)
        if hook is not None:
            hook(f)
        return n
    return run
