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


def passes_filter(name: str, filter_: str | None) -> bool:
    """V8's --print-bytecode-filter (SharedFunctionInfo::PassesFilter): ``*`` or no filter
    matches every function, ``name*`` a prefix, ``-name`` everything but ``name``, otherwise
    the exact name (the top-level code's name is empty: only ``*`` and ``-x`` match it)."""
    if filter_ is None or filter_ == "*":
        return True
    if filter_.startswith("-"):
        return not passes_filter(name, filter_[1:])
    if filter_.endswith("*"):
        return name.startswith(filter_[:-1])
    return name == filter_


class BytecodePrinter:
    """The on_compile hook of --print-bytecode: each function's listing when it is compiled,
    as d8 prints it, optionally only for the functions ``filter_`` selects."""

    def __init__(self, out, filter_: str | None = None):
        self.out = out
        self.filter = filter_

    def __call__(self, sfi):
        if not passes_filter(sfi.name or "", self.filter):
            return
        try:
            text = dump_function(sfi)
        except Exception as exc:  # noqa: BLE001 - a dump must not stop the program
            text = f"[bytecode dump failed for {sfi!r}: {exc}]"
        self.out.write(text + "\n")
