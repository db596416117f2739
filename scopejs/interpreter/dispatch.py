"""Dispatch: the handler table indexed by Op, generated from interpreter/bytecodes.py.

Every opcode has one handler *factory* in generated_cases.py (written by
``python3 -m scopejs.interpreter.cases`` from the opcode's template):

    def make_Ldar(d, src):
        n = d.next
        def run_Ldar(f):
            f.acc = f.regs[src]
            return n
        return run_Ldar

``decode(bytecode, interp)`` calls the factory of every instruction once, with the operands
already converted to what a handler wants (register operands -> index into ``frame.regs``,
jump operands -> instruction index), and caches the resulting list of closures on the bytecode.
The run loop then only does ``pc = code[pc](frame)``.
"""
from __future__ import annotations

from scopejs.errors import EngineInternalError

FACTORIES: dict = {}


def load_handlers():
    """The factory table, checked complete against bytecode/opcodes.py (fails loudly)."""
    if not FACTORIES:
        from scopejs.bytecode.opcodes import Op
        from scopejs.interpreter.generated_cases import FACTORIES as generated
        missing = [op.name for op in Op if op not in generated]
        if missing:
            raise EngineInternalError(f"no generated handler for {', '.join(missing)}: run "
                                      f"python3 -m scopejs.interpreter.cases")
        FACTORIES.update(generated)
    return FACTORIES


def missing_handlers() -> list[str]:
    """Opcode names that have no handler (the completeness test asserts this is empty)."""
    from scopejs.bytecode.opcodes import Op
    from scopejs.interpreter.generated_cases import FACTORIES as generated
    return [op.name for op in Op if op not in generated]


class DecodeInfo:
    """What a factory may read about the instruction it decodes."""

    __slots__ = ("bytecode", "constants", "interp", "index", "next", "count", "op",
                 "source_offset", "sfi")

    def jump(self, target):
        return target


def decode(bytecode, interp, sfi=None):
    """Pre-decode ``bytecode`` once into a list of handler closures (cached on it)."""
    code = bytecode.decoded
    if code is not None:
        return code
    from scopejs.interpreter.decoding import decode_instructions
    code = decode_instructions(bytecode, interp, sfi)
    bytecode.decoded = code
    return code
