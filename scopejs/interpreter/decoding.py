"""Pre-decoding a BytecodeArray into handler closures (once per BytecodeArray), and fusing
superinstructions (generated_fused.py) over sequences no jump or handler enters."""
from __future__ import annotations

from bisect import bisect_right

from scopejs.bytecode.opcodes import JUMP_OPS, SPEC_OF, Op, OperandKind
from scopejs.interpreter.dispatch import DecodeInfo, load_handlers

FUSE = True   # superinstructions (tests run both ways)


def decode_instructions(bytecode, interp, sfi=None, fused=None):
    """``fused`` False: one closure per instruction (an execution hook's instrumented lists)."""
    factories = load_handlers()
    code = []
    instructions = bytecode.instructions
    count = len(instructions)
    sfi = sfi if sfi is not None else bytecode.sfi
    infos = []
    for index, (op, operands) in enumerate(instructions):
        d = DecodeInfo()
        d.bytecode = bytecode
        d.constants = bytecode.constants
        d.interp = interp
        d.index = index
        d.next = index + 1
        d.count = count
        d.op = op
        d.sfi = sfi
        infos.append(d)
        code.append(factories[op](d, *operands))
    # Falling off the end behaves as `return undefined` (the generator always emits Return).
    code.append(_fall_off_end)
    if FUSE if fused is None else fused:
        fuse(bytecode, code, infos)
    return code


def fused_member(f, tb_or_frame, lineno):
    """Index offset of the member instruction a fused closure was running at ``lineno``
    (0 if the Python frame is not a superinstruction of frame ``f``)."""
    from scopejs.interpreter import generated_fused
    pcs = tb_or_frame.f_globals.get("TIER_PCS")
    if pcs is not None:
        # optimized code (scopejs/tiering): its Python line names the instruction; the run loop
        # entered it at instruction b0
        loc = tb_or_frame.f_locals
        return pcs[lineno] - loc["b0"] if loc.get("f") is f else 0
    if tb_or_frame.f_code.co_filename != generated_fused.__file__ or \
            tb_or_frame.f_locals.get("f") is not f:
        return 0
    lines = generated_fused.MEMBER_LINES
    k = bisect_right(lines, (lineno, 1 << 30)) - 1
    if k >= 0 and lines[k][0] <= lineno <= lines[k][1]:
        return lines[k][2]
    return 0


def _fall_off_end(f):
    from scopejs.runtime.values import UNDEFINED
    f.acc = UNDEFINED
    return -1


CALL_OPS = frozenset(op for op in Op if op.name.startswith(("Call", "Construct")))


def jump_targets(bytecode):
    """Every instruction index reached by a jump, a switch table or an exception handler (the
    block starts the optimizing tier compiles, too)."""
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


def entry_points(bytecode):
    """Indices where execution can start other than by falling through: jump targets, and the
    instruction after a call or a suspension (where a frame resumes)."""
    entries = jump_targets(bytecode)
    for i, (op, _operands) in enumerate(bytecode.instructions):
        if op in CALL_OPS or op is Op.SuspendGenerator:
            entries.add(i + 1)
    return entries


def fuse(bytecode, code, infos):
    """Replace code[i] by a superinstruction where a fused sequence starts at i; the covered
    instructions keep their own closures (never reached by fallthrough)."""
    from scopejs.interpreter.generated_fused import FUSED, LONGEST
    instructions = bytecode.instructions
    count = len(instructions)
    entries = entry_points(bytecode)
    for i in range(count - 1):
        for length in range(min(LONGEST, count - i), 1, -1):
            if any(i + k in entries for k in range(1, length)):
                continue
            key = tuple(op for op, _ in instructions[i:i + length])
            factory = FUSED.get(key)
            if factory is not None:
                operands = [v for _, ops in instructions[i:i + length] for v in ops]
                code[i] = factory(infos[i], *operands)
                break
    return code
