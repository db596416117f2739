"""--print-bytecode: d8-style listings (bytecode.disassembler) of compiled functions."""
from __future__ import annotations

from scopejs.bytecode.disassembler import disassemble


def dump_function(sfi) -> str:
    """One function's listing (compiled on demand)."""
    from scopejs.bytecode.compiler import compile_function
    bytecode = compile_function(sfi)
    name = sfi.name or ("" if sfi.kind.value in ("script", "module", "eval") else "(anonymous)")
    return disassemble(bytecode, name)


def dump_bytecode(program) -> str:
    """Top-level code and every function reachable from it, compiled eagerly (goldens)."""
    from scopejs.bytecode.compiler import compile_all, compile_module, compile_script
    is_module = getattr(program, "sourceType", "script") == "module"
    top = (compile_module if is_module else compile_script)(program)
    return "\n\n".join(dump_function(sfi) for sfi in compile_all(top))
