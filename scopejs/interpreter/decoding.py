"""Pre-decoding a BytecodeArray into handler closures (once per BytecodeArray)."""
from __future__ import annotations

from scopejs.bytecode.opcodes import Op
from scopejs.errors import EngineInternalError
from scopejs.interpreter.dispatch import FACTORIES, DecodeInfo, load_handlers


FUSE = True   # superinstructions (tests run both ways)


def decode_instructions(bytecode, interp, sfi=None, fused=None):
    """``fused`` False: one closure per instruction (the execution hook's instrumented lists)."""
    load_handlers()
    code = []
    instructions = bytecode.instructions
    count = len(instructions)
    for index, (op, operands) in enumerate(instructions):
        factory = FACTORIES.get(op)
        if factory is None:
            raise EngineInternalError(f"no interpreter handler for {Op(op).name}")
        d = DecodeInfo()
        d.bytecode = bytecode
        d.constants = bytecode.constants
        d.interp = interp
        d.index = index
        d.next = index + 1
        d.count = count
        d.op = op
        d.sfi = sfi if sfi is not None else bytecode.sfi
        code.append(factory(d, *operands))
    # Falling off the end behaves as `return undefined` (the generator always emits Return).
    code.append(_fall_off_end)
    if FUSE if fused is None else fused:
        from scopejs.interpreter.superinstructions import fuse
        fuse(bytecode, code)
    return code


def _fall_off_end(f):
    from scopejs.runtime.values import UNDEFINED
    f.acc = UNDEFINED
    return -1
