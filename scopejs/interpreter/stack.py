"""Where a frame is: the pc of running frames, source locations and node's `at ...` lines.

The JS frames are the interpreter's Frame chain; the built-ins between them (`at Array.map
(<anonymous>)`) are found by walking the Python stack, which costs nothing until a stack trace
is taken: a built-in that calls back into JavaScript runs a nested run loop, so every
BuiltinFunction.Call Python frame between two run loops is a built-in frame between the
nested loop's entry frame and its parent.
"""
from __future__ import annotations

import sys

from scopejs.interpreter.decoding import fused_member
from scopejs.interpreter.interpreter import Interpreter
from scopejs.runtime.objects.functions import BuiltinConstructor, BuiltinFunction
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL, SYMBOL_TO_STRING_TAG, UNDEFINED, JSBigInt, JSSymbol

_RUN = Interpreter.run.__code__
_BUILTIN_CALL = BuiltinFunction.Call.__code__
_BUILTIN_CONSTRUCT = BuiltinConstructor.Construct.__code__


def live_pcs():
    """pc of the frame each active run loop is executing (read from the loops' locals)."""
    code = _RUN
    out = {}
    inner = None
    pf = sys._getframe(1)
    while pf is not None:
        if pf.f_code is code:
            loc = pf.f_locals
            fr = loc.get("f")
            pc = loc.get("pc")
            if fr is not None and pc is not None and id(fr) not in out:
                out[id(fr)] = _member_pc(fr, pc, inner)
        inner = pf
        pf = pf.f_back
    return out


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


def stack_lines(interp, error_object, limit):
    """(lines, location): node's `    at ...` lines for an error created now, JS frames from
    the interpreter's stack, built-in frames from the Python stack (the frames of the
    constructors building ``error_object`` are left out, as V8 does); and the (SourceText,
    offset) of the innermost JS frame (where V8's message location of the error is), or None."""
    proto = error_object.proto if isinstance(error_object, JSObject) else None
    live = {}
    builtins_after = {}      # id(entry frame of a nested run loop) -> built-ins that called it
    innermost = []           # built-ins running above the innermost run loop
    pending = innermost
    inner = None
    pf = sys._getframe(1)
    while pf is not None:
        code = pf.f_code
        if code is _RUN:
            loc = pf.f_locals
            fr, pc = loc.get("f"), loc.get("pc")
            if fr is not None and pc is not None and id(fr) not in live:
                live[id(fr)] = _member_pc(fr, pc, inner)
            entry = loc.get("frame")
            if entry is not None:
                pending = builtins_after.setdefault(id(entry), [])
        elif code is _BUILTIN_CALL:
            fn = pf.f_locals.get("self")
            if fn is not None and not _leaves_no_frame(fn):
                back = pf.f_back
                is_new = back is not None and back.f_code is _BUILTIN_CONSTRUCT
                pending.append((fn, pf.f_locals.get("this"), is_new))
        inner = pf
        pf = pf.f_back
    lines = []
    for fn, this, is_new in innermost:
        if is_new and _constructs(fn, error_object):
            continue    # a constructor building the error (`new Error`, `super(...)`)
        lines.append(_builtin_line(fn, this, is_new))
    f = interp.top
    while f is not None and f.post in (1, 2):
        nt = f.regs[1]
        if isinstance(nt, JSObject) and nt.props.get("prototype") is proto:
            f = f.parent
        else:
            break
    location = None
    while f is not None and len(lines) < limit:
        pc = live.get(id(f))
        if pc is None:
            pc = f.pc - 1 if f.pc > 0 else 0
        if location is None:
            location = frame_location(f, pc)
        lines.append(describe_frame(f, pc))
        for fn, this, is_new in builtins_after.get(id(f), ()) if f.entry else ():
            lines.append(_builtin_line(fn, this, is_new))
        f = f.parent
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
