"""BytecodeArrayBuilder: the typed emit API, labels and jump patching, source positions.

Operands are checked against the opcode table (count only: cheap).  Code after an
unconditional jump/return/throw is dropped until the next bound label (V8 does the same), and a
``Ldar r`` right after ``Star r`` is elided.
"""
from __future__ import annotations

from scopejs.bytecode.bytecode_array import BytecodeArray, HandlerTableEntry
from scopejs.bytecode.constant_pool import ConstantPool, JumpTable
from scopejs.bytecode.opcodes import SPEC_OF, TERMINATORS, Op
from scopejs.errors import EngineInternalError

# Indexed by opcode number (lists: IntEnum members hash through a Python-level __hash__).
_OPERAND_COUNT = [len(SPEC_OF[op].operands) for op in Op]
_JUMP_INDEX = [next((i for i, kind in enumerate(SPEC_OF[op].operands) if kind.value == "jump"),
                    -1) for op in Op]
_IS_TERMINATOR = [op in TERMINATORS for op in Op]


class Label:
    __slots__ = ("index", "refs", "tables")

    def __init__(self):
        self.index = -1      # bound instruction index
        self.refs = []       # instruction indices whose jump operand targets this label
        self.tables = []     # (JumpTable, position)

    @property
    def is_bound(self) -> bool:
        return self.index >= 0


class BytecodeArrayBuilder:
    __slots__ = ("instructions", "constants", "handlers", "positions", "pending_position",
                 "dead", "last_bound", "name")

    def __init__(self, name=""):
        self.instructions = []     # [op, operands list]
        self.constants = ConstantPool()
        self.handlers = []         # [start label, end label, handler label, ctx reg, is_catch]
        self.positions = []        # (index, source offset, is_statement)
        self.pending_position = None
        self.dead = False
        self.last_bound = -1
        self.name = name

    # -- emission -------------------------------------------------------------------------
    def emit(self, op, *operands):
        if self.dead:
            return
        if len(operands) != _OPERAND_COUNT[op]:
            raise EngineInternalError(f"bytecode: {op.name} takes {_OPERAND_COUNT[op]} operands, "
                                      f"got {operands}")
        index = len(self.instructions)
        if self.pending_position is not None:
            offset, is_statement = self.pending_position
            self.positions.append((index, offset, is_statement))
            self.pending_position = None
        self.instructions.append([op, list(operands)])
        if _IS_TERMINATOR[op]:
            self.dead = True

    def ldar(self, register):
        if not self.dead and self.instructions and self.last_bound != len(self.instructions):
            last = self.instructions[-1]
            if last[0] is Op.Star and last[1][0] == register and self.pending_position is None:
                return
        self.emit(Op.Ldar, register)

    def star(self, register):
        self.emit(Op.Star, register)

    def jump(self, op, label, *extra):
        if self.dead:
            return
        operands = [0] + list(extra) if _JUMP_INDEX[op] == 0 else None
        if operands is None:   # register first, jump second (IteratorStepValue, ForInNext)
            operands = list(extra) + [0]
        self.emit(op, *operands)
        index = len(self.instructions) - 1
        if label.is_bound:
            self.instructions[index][1][_JUMP_INDEX[op]] = label.index
        else:
            label.refs.append(index)

    def bind(self, label):
        index = len(self.instructions)
        label.index = index
        self.last_bound = index
        self.dead = False
        for ref in label.refs:
            op, operands = self.instructions[ref]
            operands[_JUMP_INDEX[op]] = index
        label.refs.clear()
        for table, position in label.tables:
            table.targets[position] = index
        label.tables.clear()

    def jump_table(self, base, labels):
        table = JumpTable(base, [-1] * len(labels))
        for position, label in enumerate(labels):
            if label.is_bound:
                table.targets[position] = label.index
            else:
                label.tables.append((table, position))
        return self.constants.add_unique(table)

    def constant(self, value) -> int:
        return self.constants.add(value)

    def set_position(self, offset, is_statement=False):
        if self.dead:
            return
        pending = self.pending_position
        if pending is not None and pending[1] and not is_statement:
            return   # a statement position wins over an expression position
        self.pending_position = (offset, is_statement)

    def current_index(self) -> int:
        return len(self.instructions)

    def add_handler(self, start, end, handler, context_register, is_catch=True):
        self.handlers.append([start, end, handler, context_register, is_catch])

    # -- result ---------------------------------------------------------------------------
    def finish(self, register_count, parameter_count, sfi=None) -> BytecodeArray:
        instructions = []
        for op, operands in self.instructions:
            instructions.append((op, tuple(operands)))
        for op, operands in instructions:
            if _JUMP_INDEX[op] >= 0 and operands[_JUMP_INDEX[op]] < 0:
                raise EngineInternalError(f"bytecode: unbound jump label in {self.name}")
        handlers = []
        for start, end, handler, ctx, is_catch in self.handlers:
            if end.index > start.index:
                handlers.append(HandlerTableEntry(start.index, end.index, handler.index, ctx,
                                                  is_catch))
        return BytecodeArray(self.name, instructions, self.constants.entries, handlers,
                             self.positions, register_count, parameter_count, sfi)
