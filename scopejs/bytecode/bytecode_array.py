"""BytecodeArray: the code of one function, as the generator leaves it and the interpreter reads it.

Layout (the contract between the compiler and the interpreter, docs/architecture.md):

- ``instructions``: list of ``(Op, operands)``; ``operands`` is a tuple of ints matching
  ``opcodes.SPEC_OF[op].operands``.  Jump operands are absolute instruction indices (an
  "offset" in this engine is an instruction index; the disassembler also shows d8-like byte
  offsets).
- ``constants``: the constant pool (Numbers as float, Strings as str, BigIntLiteral,
  SharedFunctionInfo, ScopeInfo, boilerplates, JumpTable, ...; constant_pool.py).
- ``handler_table``: ``HandlerTableEntry(start, end, handler, context_register)``; a throw at an
  instruction index ``start <= pc < end`` jumps to ``handler`` with acc := the exception, after
  restoring ``ctx := regs[context_register]`` (``context_register`` -1: the frame's initial
  context, the closure's [[Environment]]).  Entries are ordered innermost first.
- ``source_positions``: ``(instruction index, source offset, is_statement)`` sorted by index;
  the position of instruction i is the last entry with index <= i.
- Register file of a frame: ``[<closure>, <new.target>, <this>, a0 .. a(p-1), r0 .. r(n-1)]`` with
  p = ``parameter_count`` (formal parameters) and n = ``register_count``; ``frame_size`` is its
  length.  Locals start as undefined.
"""
from __future__ import annotations

from scopejs.bytecode.registers import FIRST_PARAMETER_REGISTER


class HandlerTableEntry:
    __slots__ = ("start", "end", "handler", "context_register", "is_catch")

    def __init__(self, start, end, handler, context_register, is_catch=True):
        self.start = start
        self.end = end
        self.handler = handler
        self.context_register = context_register
        self.is_catch = is_catch    # False: a finally (or internal) handler

    def __repr__(self):
        return (f"HandlerTableEntry({self.start}, {self.end}, {self.handler}, "
                f"{self.context_register}, {self.is_catch})")


class BytecodeArray:
    __slots__ = ("name", "instructions", "constants", "handler_table", "source_positions",
                 "register_count", "parameter_count", "sfi", "decoded", "tier", "__weakref__")

    def __init__(self, name, instructions, constants, handler_table, source_positions,
                 register_count, parameter_count, sfi=None):
        self.name = name
        self.instructions = instructions
        self.constants = constants
        self.handler_table = handler_table
        self.source_positions = source_positions
        self.register_count = register_count
        self.parameter_count = parameter_count
        self.sfi = sfi
        self.decoded = None   # the interpreter's cache of a pre-decoded form
        self.tier = None      # the optimizing tier's state (scopejs.tiering.tier.TierState)

    @property
    def frame_size(self) -> int:
        return FIRST_PARAMETER_REGISTER + self.parameter_count + self.register_count

    @property
    def first_local_register(self) -> int:
        return FIRST_PARAMETER_REGISTER + self.parameter_count

    def source_position_at(self, index: int):
        """(source offset, is_statement) of the instruction at ``index``, or None."""
        positions = self.source_positions
        lo, hi = 0, len(positions)
        while lo < hi:
            mid = (lo + hi) // 2
            if positions[mid][0] <= index:
                lo = mid + 1
            else:
                hi = mid
        if lo == 0:
            return None
        entry = positions[lo - 1]
        return entry[1], entry[2]

    def __repr__(self):
        return f"<BytecodeArray {self.name!r} {len(self.instructions)} instructions>"
