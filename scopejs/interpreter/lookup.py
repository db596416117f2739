"""Dynamic name resolution (9.4.2 ResolveBinding) for LOOKUP variables: through the live
Context chain (with objects, sloppy-eval extensions, ScopeInfo slot names), then the global
environment."""
from __future__ import annotations

from scopejs.runtime.completion import throw_reference_error, throw_type_error
from scopejs.runtime.environments import ObjectEnvironment
from scopejs.runtime.values import HOLE

_NOT_FOUND = object()


def _extension(context):
    """The sloppy-eval var extension of a context (a dict name -> value) or None."""
    info = context.scope_info
    if getattr(info, "has_extension", False):
        slots = context.slots
        if len(slots) > len(info.names):
            return slots[len(info.names)]
    return None


def resolve(frame, name):
    """-> (kind, holder, key): kind 'with' (ObjectEnvironment), 'slot' (context, index),
    'ext' (dict), or None when only the global environment can have it."""
    c = frame.context
    while c is not None:
        info = c.scope_info
        if info is not None and getattr(info, "is_with", False):
            env = ObjectEnvironment(c.slots[0], True)
            if env.HasBinding(name):
                return "with", env, name
        elif info is not None:
            i = info.slot_index.get(name)
            if i is not None:
                return "slot", c, i
            ext = _extension(c)
            if ext is not None and name in ext:
                return "ext", ext, name
        c = c.previous
    return None, None, None


def get_binding_value(frame, name, inside_typeof):
    kind, holder, key = resolve(frame, name)
    if kind == "slot":
        v = holder.slots[key]
        if v is HOLE:
            throw_reference_error(f"Cannot access '{name}' before initialization")
        return v
    if kind == "ext":
        return holder[key]
    if kind == "with":
        return holder.GetBindingValue(name, False)
    env = frame.realm.global_env
    if inside_typeof:
        return env.typeof_global(name)
    return env.get_global(name)


def set_binding_value(frame, name, value, strict):
    kind, holder, key = resolve(frame, name)
    if kind == "slot":
        info = holder.scope_info
        if holder.slots[key] is HOLE and info.modes[key] in ("let", "const", "class"):
            throw_reference_error(f"Cannot access '{name}' before initialization")
        if info.is_immutable(key):
            if info.modes[key] == "function_name":
                if strict:
                    throw_type_error("Assignment to constant variable.")
                return
            throw_type_error("Assignment to constant variable.")
        holder.slots[key] = value
        return
    if kind == "ext":
        holder[key] = value
        return
    if kind == "with":
        holder.SetMutableBinding(name, value, strict)
        return
    frame.realm.global_env.set_global(name, value, strict)


def delete_binding(frame, name):
    kind, holder, key = resolve(frame, name)
    if kind == "slot":
        return False
    if kind == "ext":
        del holder[key]
        return True
    if kind == "with":
        return holder.DeleteBinding(name)
    return frame.realm.global_env.DeleteBinding(name)

