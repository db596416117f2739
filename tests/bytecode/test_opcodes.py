"""The opcode table is the one source of truth: check its shape and that the disassembler can
render every opcode (conventions.md G)."""
from __future__ import annotations

from scopejs.bytecode.bytecode_array import BytecodeArray
from scopejs.bytecode.constant_pool import JumpTable
from scopejs.bytecode.disassembler import disassemble
from scopejs.bytecode.opcodes import SPECS, Op, OperandKind
from scopejs.bytecode.runtime_functions import RUNTIME_SPECS, RuntimeFunction


def test_names_unique_and_v8_spelled():
    names = [spec.name for spec in SPECS]
    assert len(names) == len(set(names))
    assert all(name[0].isupper() and name.isidentifier() for name in names)
    assert [op.name for op in Op] == names


def test_register_lists_are_followed_by_counts():
    for spec in SPECS:
        kinds = spec.operands
        for i, kind in enumerate(kinds):
            if kind is OperandKind.REG_LIST:
                assert kinds[i + 1] is OperandKind.REG_COUNT, spec.name
            if kind is OperandKind.REG_COUNT:
                assert kinds[i - 1] is OperandKind.REG_LIST, spec.name
        assert spec.semantics, spec.name


def test_every_opcode_disassembles():
    instructions = []
    for op in Op:
        operands = []
        for kind in SPECS[op].operands:
            operands.append({OperandKind.JUMP: 0, OperandKind.RUNTIME: 0,
                             OperandKind.IDX: 0}.get(kind, 1))
        instructions.append((op, tuple(operands)))
    bytecode = BytecodeArray("all", instructions, [JumpTable(0, [0])], [], [], 4, 1)
    text = disassemble(bytecode)
    for op in Op:
        assert f" : {op.name}" in text


def test_runtime_table():
    names = [spec.name for spec in RUNTIME_SPECS]
    assert len(names) == len(set(names))
    assert [f.name for f in RuntimeFunction] == names
