"""BytecodeArray -> the Python source of one optimized function.

Shape of the generated code (a block-dispatch loop whose blocks fall through in bytecode order;
the real code also groups the `if b <= i` guards in chunks under an outer guard):

    def opt_<name>(b, f):            # b: the instruction index to start at (an entry)
        regs = f.regs                # the interpreter's register file, shared (written through)
        acc = f.acc                  # the accumulator lives in a local
        while True:
            if b <= 0:               # block starting at instruction 0
                ...                  # straight-line code falls through to the next block
            if b <= 7:               # a jump target: forward jumps set b and fall through,
                ...                  # backward jumps (loops) set b and `continue`
                f.acc = acc; return 9    # an exit: the interpreter runs instruction 9

Blocks begin at jump targets, handler-table boundaries and after every instruction that ends
straight-line code (a jump, a return, an exit).  An *entry* is a block start whose instruction is
compiled inline and cannot exit: the tier patches the interpreter's decoded list there with a closure that calls
``opt(f, i)``, so the run loop enters compiled code whenever it reaches one: at a call (i = 0),
at a loop header (on-stack replacement), after an instruction the interpreter ran for it, after a
call returns, at an exception handler.  Compiled code never calls into JavaScript and never
throws a JS exception (every instruction that could is an exit), so the interpreter's handler
search, stack traces and debugger see an ordinary interpreter frame at an exact offset.
"""
from __future__ import annotations

from scopejs.bytecode.opcodes import JUMP_OPS, SPEC_OF, OperandKind, Op
from scopejs.tiering.fast_paths import CONDITIONS, MAY_EXIT, T

_CONTROL = frozenset({Op.Jump, Op.JumpLoop, Op.Return}) | frozenset(CONDITIONS)


def jump_targets(bytecode):
    """Every instruction index execution can reach other than by falling through."""
    targets = set()
    for op, operands in bytecode.instructions:
        if op in JUMP_OPS:
            for kind, value in zip(SPEC_OF[op].operands, operands):
                if kind is OperandKind.JUMP:
                    targets.add(value)
        elif op is Op.SwitchOnSmiNoFeedback:
            targets.update(bytecode.constants[operands[0]].targets)
    for entry in bytecode.handler_table or ():
        targets.update((entry.start, entry.end, entry.handler))
    return targets


def is_inline(op, operands, bytecode):
    """Does the tier compile this instruction itself (else the interpreter runs it: an exit)?"""
    if op is Op.LdaConstant:
        return bytecode.constants[operands[0]].__class__ in (float, str)
    return op in T or op in _CONTROL


class Generated:
    __slots__ = ("source", "entries", "constants", "inline_count")


def generate(bytecode, fn_name, generic_sites):
    """The source of ``fn_name(f, b)`` for ``bytecode``; ``generic_sites``: instruction indices
    that deoptimized before (their guards now exit instead of deoptimizing)."""
    instructions = bytecode.instructions
    count = len(instructions)
    inline = [is_inline(op, ops, bytecode) for op, ops in instructions]
    starts = {0} | {t for t in jump_targets(bytecode) if t < count}
    for i, (op, _) in enumerate(instructions):
        if (op in _CONTROL or not inline[i] or op in MAY_EXIT) and i + 1 < count:
            starts.add(i + 1)
    # An exit at instruction i returns i to the run loop, which must then run the interpreter's
    # handler there: so an instruction that may exit is never an entry.
    entries = sorted(i for i in starts if inline[i] and instructions[i][0] not in MAY_EXIT)
    # Where a `b <= i` guard is needed: where execution can start (entries), where a jump lands,
    # and after a jump (a taken forward jump must skip what follows).  Guards are grouped in
    # chunks under one outer guard, so reaching block n costs about 2*sqrt(n) comparisons.
    guards = set(entries) | {t for t in jump_targets(bytecode) if t < count} | {0}
    for i, (op, _) in enumerate(instructions):
        if op in _CONTROL and i + 1 < count:
            guards.add(i + 1)
    guards = sorted(guards)
    chunk = max(4, int(len(guards) ** 0.5))
    outer = {}
    for n in range(0, len(guards), chunk):
        group = guards[n:n + chunk]
        outer[group[0]] = group[-1]
    constants = {}

    def k(index, constant=False):
        name = f"K{index}"
        constants[name] = bytecode.constants[index]
        return name
    k.value = lambda index: bytecode.constants[index]

    lines = [f"def {fn_name}(b, f):", "    regs = f.regs", "    acc = f.acc", "    while True:"]
    ind = " " * 16
    guard_set = set(guards)
    for i, (op, ops) in enumerate(instructions):
        if i in outer:
            lines.append(f"        if b <= {outer[i]}:")
        if i in guard_set:
            lines.append(f"            if b <= {i}:")
        lines.append(f"{ind}# {i}: {op.name} {', '.join(map(str, ops))}".rstrip())
        exit_ = f"f.acc = acc; return {i}"
        if not inline[i]:
            lines.append(f"{ind}{exit_}")
            continue
        if op in _CONTROL:
            lines.extend(ind + line for line in _control(i, op, ops, exit_))
            continue
        slow = exit_ if i in generic_sites else \
            f"return deopt(f, acc, {i}, {_reason(op)!r})"
        text = T[op](ops, k).replace("{slow}", slow).replace("{exit}", exit_)
        lines.extend(ind + line for line in text.split("\n"))
    # falling off the end behaves as `return undefined` (the generator always emits Return)
    lines.append("        f.acc = UNDEFINED; return -1")
    out = Generated()
    out.source = "\n".join(lines) + "\n"
    out.entries = entries
    out.constants = constants
    out.inline_count = sum(inline)
    return out


def _control(i, op, ops, exit_):
    if op is Op.Return:
        return ["f.acc = acc; return -1"]
    target = ops[0]
    go = f"b = {target}" if target > i else f"b = {target}; continue"
    if op is Op.Jump:
        return [go]
    if op is Op.JumpLoop:
        # the interrupt check of the interpreter's JumpLoop (step and time limits, OSR ticks)
        return ["interp.budget -= 1",
                "if interp.budget < 0:",
                "    f.acc = acc; interp.out_of_budget()",
                go]
    return [f"if {CONDITIONS[op]}:", f"    {go}"]


def _reason(op):
    return {Op.Add: "not two Numbers or two Strings", Op.TestLessThan: "not two Numbers or two "
            "Strings"}.get(op, "not a Number")
