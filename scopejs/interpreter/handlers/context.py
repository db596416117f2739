"""Contexts (heap scopes of captured variables) and the TDZ / super checks."""
from __future__ import annotations

from scopejs.bytecode.opcodes import Op
from scopejs.interpreter.dispatch import handler
from scopejs.runtime.completion import throw_reference_error
from scopejs.runtime.environments import Context
from scopejs.runtime.values import HOLE, UNDEFINED


def initial_slots(scope_info, count=None):
    """The slot list a new Context of ``scope_info`` starts with (lexicals are the hole)."""
    template = scope_info.initial_slots
    if template is None:
        size = len(scope_info.names) if count is None else max(count, len(scope_info.names))
        template = [UNDEFINED] * size
        for i in scope_info.lexical_slots:
            template[i] = HOLE
        if getattr(scope_info, "has_extension", False):
            template.append(None)   # the eval extension (a dict of var bindings) when present
        scope_info.initial_slots = template
    return template[:]


@handler(Op.LdaCurrentContextSlot, Op.LdaImmutableCurrentContextSlot)
def lda_current_context_slot(d, slot):
    n = d.next

    def run(f):
        f.acc = f.context.slots[slot]
        return n
    return run


@handler(Op.LdaContextSlot, Op.LdaImmutableContextSlot)
def lda_context_slot(d, slot, depth):
    n = d.next
    if depth == 0:
        return lda_current_context_slot(d, slot)
    if depth == 1:
        def run(f):
            f.acc = f.context.previous.slots[slot]
            return n
        return run

    def run(f):
        c = f.context
        for _ in range(depth):
            c = c.previous
        f.acc = c.slots[slot]
        return n
    return run


@handler(Op.StaCurrentContextSlot)
def sta_current_context_slot(d, slot):
    n = d.next

    def run(f):
        f.context.slots[slot] = f.acc
        return n
    return run


@handler(Op.StaContextSlot)
def sta_context_slot(d, slot, depth):
    n = d.next
    if depth == 0:
        return sta_current_context_slot(d, slot)
    if depth == 1:
        def run(f):
            f.context.previous.slots[slot] = f.acc
            return n
        return run

    def run(f):
        c = f.context
        for _ in range(depth):
            c = c.previous
        c.slots[slot] = f.acc
        return n
    return run


@handler(Op.PushContext)
def push_context(d, r):
    n = d.next

    def run(f):
        f.regs[r] = f.context
        f.context = f.acc
        return n
    return run


@handler(Op.PopContext)
def pop_context(d, r):
    n = d.next

    def run(f):
        f.context = f.regs[r]
        return n
    return run


@handler(Op.CreateFunctionContext, Op.CreateEvalContext)
def create_function_context(d, idx, count):
    n = d.next
    scope_info = d.constants[idx]
    initial_slots(scope_info, count)

    def run(f):
        f.acc = Context(scope_info, f.context, scope_info.initial_slots[:])
        return n
    return run


@handler(Op.CreateBlockContext)
def create_block_context(d, idx):
    n = d.next
    scope_info = d.constants[idx]
    initial_slots(scope_info)

    def run(f):
        f.acc = Context(scope_info, f.context, scope_info.initial_slots[:])
        return n
    return run


@handler(Op.CreateCatchContext)
def create_catch_context(d, r, idx):
    n = d.next
    scope_info = d.constants[idx]
    initial_slots(scope_info)

    def run(f):
        slots = scope_info.initial_slots[:]
        if slots:
            slots[0] = f.regs[r]
        else:
            slots.append(f.regs[r])
        f.acc = Context(scope_info, f.context, slots)
        return n
    return run


@handler(Op.CreateWithContext)
def create_with_context(d, r, idx):
    n = d.next
    scope_info = d.constants[idx]

    def run(f):
        f.acc = Context(scope_info, f.context, [f.regs[r]])
        return n
    return run


@handler(Op.CreatePerIterationContext)
def create_per_iteration_context(d, dst):
    n = d.next

    def run(f):
        c = f.context
        f.context = f.regs[dst] = Context(c.scope_info, c.previous, c.slots[:])
        return n
    return run


@handler(Op.ThrowReferenceErrorIfHole)
def throw_reference_error_if_hole(d, idx):
    n = d.next
    name = d.constants[idx]

    def run(f):
        if f.acc is HOLE:
            throw_reference_error(f"Cannot access '{name}' before initialization")
        return n
    return run


@handler(Op.ThrowSuperNotCalledIfHole)
def throw_super_not_called_if_hole(d):
    n = d.next

    def run(f):
        if f.acc is HOLE:
            throw_reference_error("Must call super constructor in derived class before "
                                  "accessing 'this' or returning from derived constructor")
        return n
    return run


@handler(Op.ThrowSuperAlreadyCalledIfNotHole)
def throw_super_already_called_if_not_hole(d):
    n = d.next

    def run(f):
        if f.acc is not HOLE:
            throw_reference_error("Super constructor may only be called once")
        return n
    return run
