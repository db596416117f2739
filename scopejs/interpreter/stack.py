"""Where a frame is: the pc of running frames, source locations and node's `at ...` lines.

The JS stack is read from the Python stack (``walk``), which costs nothing until someone looks:
each run loop's locals name the frame it runs and the frame it was entered with (the frames
between are linked by ``parent``); a call running in the tier's direct code is one Python frame
of its own; a built-in that calls back into JavaScript (`at Array.map (<anonymous>)`) is a
BuiltinFunction.Call Python frame between two of them.
"""
from __future__ import annotations

import sys

from scopejs.bytecode.opcodes import Op
from scopejs.interpreter.calls_support import run_in_interpreter
from scopejs.interpreter.decoding import fused_member
from scopejs.interpreter.frame import CompiledFrame
from scopejs.interpreter.interpreter import Interpreter
from scopejs.runtime.objects.functions import BuiltinConstructor, BuiltinFunction
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL, SYMBOL_TO_STRING_TAG, UNDEFINED, JSBigInt, JSSymbol

_RUN = Interpreter.run.__code__
_DECLINED = run_in_interpreter.__code__
_BUILTIN_CALL = BuiltinFunction.Call.__code__
# the call instructions whose templates call a built-in's behaviour directly in direct code
_CALLS_WITH_BEHAVIOR = frozenset({Op.CallProperty, Op.CallAnyReceiver, Op.CallUndefinedReceiver})
_BUILTIN_CONSTRUCT = BuiltinConstructor.Construct.__code__


def _member_pc(frame, pc, called):
    """Inside a superinstruction (``called``: the Python frame the run loop called), the member
    instruction running, so that stacks are the same with fusion on or off."""
    if called is not None and pc >= 0:
        return pc + fused_member(frame, called, called.f_lineno)
    return pc


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
    if kind == "eval":
        return f"eval ({where})"
    if kind in ("script", "module"):
        return where
    if frame.post in (1, 2):
        return f"new {name or '<anonymous>'} ({where})"
    receiver = frame.regs[2]
    if receiver is UNDEFINED or receiver is NULL or \
            receiver is frame.realm.global_object:
        return f"{name} ({where})" if name else where   # V8: a top-level call
    return f"{method_call_name(receiver, fn, name)} ({where})"


def method_call_name(receiver, fn, name):
    """V8's `Type.name [as key]` of a method call (CallSiteInfo's AppendMethodCall)."""
    type_name = receiver_type_name(receiver)
    key = _method_key(receiver, fn, name)
    if name:
        text = name if name.startswith(type_name + ".") else f"{type_name}.{name}"
        return f"{text} [as {key}]" if key and key != name else text
    return f"{type_name}.{key or '<anonymous>'}"


def receiver_type_name(value):
    """V8's JSReceiver::GetConstructorName without running JS: the constructor's name unless
    it is plain Object, then @@toStringTag, then the constructor's name."""
    c = value.__class__
    if c is str:
        return "String"
    if c is float or c is int:
        return "Number"
    if c is bool:
        return "Boolean"
    if c is JSBigInt:
        return "BigInt"
    if c is JSSymbol:
        return "Symbol"
    if not isinstance(value, JSObject):
        return "Object"
    from scopejs.runtime.abstract_ops.object_operations import constructor_name_of
    name = constructor_name_of(value)
    if name != "Object":
        return name
    o, depth = value, 0
    while isinstance(o, JSObject) and depth < 100:
        tag = o.props.get(SYMBOL_TO_STRING_TAG) if o.plain_props else None
        if tag.__class__ is str:
            return tag
        o, depth = o.proto, depth + 1
    return name


def _method_key(receiver, fn, name):
    """The property key through which ``fn`` is reachable on ``receiver`` (V8's
    GetMethodName): the function's own name if that property holds it, else the one key of
    the prototype chain holding it (none when several do)."""
    found = None
    o, depth = receiver, 0
    while isinstance(o, JSObject) and depth < 100:
        if o.plain_props:
            props = o.props
            if name and props.get(name) is fn:
                return name
            for key, value in props.items():
                if value is fn and key.__class__ is str and key != found:
                    if found is not None:
                        return None
                    found = key
        o, depth = o.proto, depth + 1
    return found


def walk(pf):
    """The JavaScript stack read from the Python stack from ``pf`` outwards, innermost first:
    ("js", frame, pc) for each running frame -- each run loop's current frame up to the frame
    it was entered with, and a CompiledFrame record for each call running in the tier's direct
    code (scopejs/tiering/direct.py), which keeps no frame on ``interp.top`` -- and ("builtin",
    fn, this, is_new) for each built-in between them (in Python-stack order, which is the call
    order)."""
    items = []
    ran = set()        # frames already listed (a frame is run by one loop at a time)
    replaced = set()   # frames whose activation runs in direct code after OSR
    inner = None
    while pf is not None:
        code = pf.f_code
        if code is _RUN:
            loc = pf.f_locals
            fr, pc, entry = loc.get("f"), loc.get("pc"), loc.get("frame")
            if fr is not None and pc is not None and entry is not None and id(fr) not in ran:
                pc = _member_pc(fr, pc, inner)
                while fr is not None and id(fr) not in ran:
                    ran.add(id(fr))
                    if id(fr) not in replaced:
                        items.append(("js", fr, pc))
                    if fr is entry:
                        break
                    fr = fr.parent
                    if fr is not None:
                        pc = fr.pc - 1 if fr.pc > 0 else 0
        elif code is _BUILTIN_CALL:
            fn = pf.f_locals.get("self")
            if fn is not None and not _leaves_no_frame(fn):
                back = pf.f_back
                is_new = back is not None and back.f_code is _BUILTIN_CONSTRUCT
                items.append(("builtin", fn, pf.f_locals.get("this"), is_new))
        else:
            info = pf.f_locals["DIRECT_INFO"] if "DIRECT_INFO" in code.co_freevars else None
            if info is not None and info.code is code and (
                    inner is None or (inner.f_code is not info.deopt_code
                                      and inner.f_code is not _DECLINED)):
                # (a direct activation that deoptimized, or declined to run (another realm),
                # goes on as the Frame the run loop runs inside deopt / run_in_interpreter)
                osr = pf.f_locals.get("osr")
                if osr is not None:   # on-stack replacement: this activation is that Frame
                    replaced.add(id(osr[0]))
                pc = info.pcs[pf.f_lineno]
                if inner is not None:
                    called = _builtin_called_directly(pf, info, pc, inner)
                    if called is not None:
                        items.append(called)
                items.append(("js", CompiledFrame.of(pf, info.bytecode), pc))
        inner = pf
        pf = pf.f_back
    return items


def _builtin_called_directly(pf, info, pc, inner):
    """The ("builtin", ...) item of a built-in whose behaviour direct code called without its
    [[Call]] frame (the call templates in bytecodes.py), when ``inner`` -- the Python frame
    ``pf`` called -- runs that behaviour; else None."""
    op, operands = info.bytecode.instructions[pc]
    if op not in _CALLS_WITH_BEHAVIOR:
        return None
    fn = pf.f_locals.get(info.registers[operands[0]])
    if fn.__class__ is not BuiltinFunction or fn.behavior.__code__ is not inner.f_code \
            or _leaves_no_frame(fn):
        return None
    this = UNDEFINED if op is Op.CallUndefinedReceiver else \
        pf.f_locals.get(info.registers[operands[1]])
    return ("builtin", fn, this, False)


def js_frames():
    """(frame, pc, called_from_python) of every running JavaScript frame, innermost first."""
    out = []
    items = walk(sys._getframe(1))
    for k, item in enumerate(items):
        if item[0] == "js":
            frame = item[1]
            nxt = items[k + 1] if k + 1 < len(items) else None
            from_python = frame.entry or nxt is None or nxt[0] != "js"
            out.append((frame, item[2], from_python))
    return out


def stack_lines(interp, error_object, limit):
    """(lines, location): node's `    at ...` lines for an error created now (walk), the
    frames of the constructors building ``error_object`` left out, as V8 does; and the
    (SourceText, offset) of the innermost JS frame (where V8's message location of the error
    is), or None."""
    proto = error_object.proto if isinstance(error_object, JSObject) else None
    items = walk(sys._getframe(1))
    lines = []
    k = 0
    while k < len(items) and items[k][0] == "builtin":   # built-ins above the innermost frame
        _, fn, this, is_new = items[k]
        if not (is_new and _constructs(fn, error_object)):
            lines.append(_builtin_line(fn, this, is_new))
        k += 1
    while k < len(items) and items[k][0] == "js" and items[k][1].post in (1, 2):
        nt = items[k][1].regs[1]
        if isinstance(nt, JSObject) and nt.props.get("prototype") is proto:
            k += 1
        else:
            break
    location = None
    for item in items[k:]:
        if len(lines) >= limit:
            break
        if item[0] == "builtin":
            lines.append(_builtin_line(item[1], item[2], item[3]))
            continue
        f, pc = item[1], item[2]
        if location is None:
            location = frame_location(f, pc)
        lines.append(describe_frame(f, pc))
    return lines[:limit], location


def _constructs(fn, obj):
    """Whether fn.prototype is on obj's prototype chain (fn is building obj)."""
    prototype = fn.props.get("prototype") if fn.plain_props else None
    o, depth = obj.proto if isinstance(obj, JSObject) else None, 0
    while isinstance(o, JSObject) and depth < 100:
        if o is prototype:
            return True
        o, depth = o.proto, depth + 1
    return False


def _leaves_no_frame(fn):
    """Function.prototype.call / apply and Reflect.apply / construct leave no frame in V8's
    stack traces (they are not Torque/JS-level builtins with frames of their own)."""
    realm = fn.realm
    proto = realm.function_prototype
    if proto.plain_props and (proto.props.get("call") is fn or proto.props.get("apply") is fn):
        return True
    reflect = realm.intrinsics.get("%Reflect%")
    return reflect is not None and reflect.plain_props and (
        reflect.props.get("apply") is fn or reflect.props.get("construct") is fn)


def _builtin_line(fn, this, is_new):
    name = fn.debug_name()
    if is_new:
        return f"new {name or '<anonymous>'} (<anonymous>)"
    if this is UNDEFINED or this is NULL or this is None:
        return f"{name or '<anonymous>'} (<anonymous>)"
    return f"{method_call_name(this, fn, name)} (<anonymous>)"
