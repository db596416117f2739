"""Where a frame is: the pc of running frames, source locations and node's `at ...` lines."""
from __future__ import annotations

import sys

from scopejs.interpreter.interpreter import Interpreter
from scopejs.runtime.objects.ordinary import JSObject


def live_pcs():
    """pc of the frame each active run loop is executing (read from the loops' locals)."""
    code = Interpreter.run.__code__
    out = {}
    pf = sys._getframe(1)
    while pf is not None:
        if pf.f_code is code:
            loc = pf.f_locals
            fr = loc.get("f")
            pc = loc.get("pc")
            if fr is not None and pc is not None and id(fr) not in out:
                out[id(fr)] = pc
        pf = pf.f_back
    return out


def frame_location(frame, pc):
    """(SourceText, offset) of instruction ``pc`` in ``frame`` or None."""
    bc = frame.bytecode
    sfi = bc.sfi
    source = getattr(sfi, "source", None)
    if source is None:
        return None
    pos = bc.source_position_at(pc)
    if pos is None:
        node = getattr(sfi, "node", None)
        offset = getattr(node, "start", 0) if node is not None else 0
    else:
        offset = pos[0]
    return source, offset


def describe_frame(frame, pc):
    loc = frame_location(frame, pc)
    where = "<anonymous>"
    if loc is not None:
        source, offset = loc
        line, col = source.position(offset)
        where = f"{source.name}:{line}:{col + 1}"
    sfi = frame.bytecode.sfi
    kind = getattr(getattr(sfi, "kind", None), "value", "")
    name = getattr(sfi, "name", "") or ""
    fn = frame.regs[0]
    if isinstance(fn, JSObject):
        n = fn.props.get("name") if fn.plain_props else None
        if n.__class__ is str and n:
            name = n
    if kind in ("script", "module", "eval") or not name:
        if kind == "eval":
            return f"eval ({where})"
        return where if kind in ("script", "module") else f"{where}"
    prefix = "new " if frame.post in (1, 2) else ""
    return f"{prefix}{name} ({where})"
