"""Dispatch: the handler table indexed by Op, built from and checked against bytecode/opcodes.py.

A handler module registers one *factory* per opcode:

    @handler(Op.Ldar)
    def ldar(d, src):
        n = d.next
        def run(f):
            f.acc = f.regs[src]
            return n
        return run

``decode(bytecode, interp)`` calls the factory of every instruction once, with the operands
already converted to what a handler wants (register operands -> index into ``frame.regs``,
jump operands -> instruction index), and caches the resulting list of closures on the bytecode.
The run loop then only does ``pc = code[pc](frame)``.
"""
from __future__ import annotations

import importlib

from scopejs.errors import EngineInternalError

FACTORIES: dict = {}

HANDLER_MODULES = (
    "loads", "stores", "context", "operators", "calls", "objects", "control", "iteration",
    "generators", "classes", "globals",
)
_loaded = False


def handler(*ops):
    """Register the decorated factory for each opcode in ``ops``."""
    def register(factory):
        for op in ops:
            if op in FACTORIES:
                raise EngineInternalError(f"two handlers for {op!r}")
            FACTORIES[op] = factory
        return factory
    return register


def load_handlers():
    global _loaded
    if not _loaded:
        for name in HANDLER_MODULES:
            try:
                importlib.import_module(f"scopejs.interpreter.handlers.{name}")
            except ModuleNotFoundError as exc:
                if exc.name != f"scopejs.interpreter.handlers.{name}":
                    raise
        _loaded = True
    return FACTORIES


def missing_handlers() -> list[str]:
    """Opcode names that have no handler (the completeness test asserts this is empty)."""
    from scopejs.bytecode.opcodes import Op
    load_handlers()
    return [op.name for op in Op if op not in FACTORIES]


class DecodeInfo:
    """What a factory may read about the instruction it decodes."""

    __slots__ = ("bytecode", "constants", "interp", "index", "next", "count", "op",
                 "source_offset", "sfi")

    def jump(self, target):
        return target


def decode(bytecode, interp, sfi=None):
    """Pre-decode ``bytecode`` once into a list of handler closures (cached on it)."""
    code = getattr(bytecode, "decoded", None)
    if code is not None:
        return code
    from scopejs.interpreter.decoding import decode_instructions
    code = decode_instructions(bytecode, interp, sfi)
    bytecode.decoded = code
    return code
