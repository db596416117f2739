"""The handler table is complete and checked against bytecode/opcodes.py; so is CallRuntime."""
from scopejs.bytecode.opcodes import Op
from scopejs.interpreter.dispatch import FACTORIES, load_handlers, missing_handlers
from scopejs.interpreter.runtime_functions import missing_runtime_functions


def test_every_opcode_has_a_handler():
    assert missing_handlers() == []


def test_no_handler_for_unknown_opcodes():
    load_handlers()
    assert set(FACTORIES) <= set(Op)


def test_every_runtime_function_is_implemented():
    assert missing_runtime_functions() == []
