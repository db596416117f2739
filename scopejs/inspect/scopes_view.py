"""[[Scopes]] of a function as Chrome DevTools shows them (seed 003):

    Closure (b) {y: 'y', z: 'z'}
    Closure (a) {w: 'w'}
    Script {x: 1}
    Global

Read from the function's [[Environment]] Context chain and each Context's ScopeInfo (slot names,
scope type, function name). Contexts exist only for scopes with captured variables, and hold only
those, so the view is already trimmed as V8 trims it; nothing is re-analysed. Script-scope
let/const/class bindings (the global declarative record) show as `Script`, when there are any.

``describe_scopes(fn)`` -> list of lines; ``format_scopes(fn)`` -> the block console.dir(fn,
{scopes: true}) prints under node's one-line view of the function.
"""
from __future__ import annotations

from scopejs.runtime.error_stack import error_stack_text
from scopejs.runtime.values import HOLE, UNDEFINED

__all__ = ["describe_scopes", "format_scopes", "scope_entries", "context_entries",
           "global_entries", "context_label"]

# ScopeInfo.scope_type -> DevTools label
_LABELS = {
    "function": "Closure",
    "arrow": "Closure",
    "block": "Block",
    "class": "Block",
    "catch": "Catch",
    "with": "With Block",
    "eval": "Eval",
    "module": "Module",
    "script": "Script",
}
_HIDDEN_NAMES = frozenset(("this", "new.target", "arguments_object", "home_object"))


def _visible(name: str) -> bool:
    return bool(name) and name[0] not in ".#%*" and name not in _HIDDEN_NAMES


_PREVIEW_LIMIT = 60


def _format_entry_value(value) -> str:
    """A one-line preview, as the scope pane shows values: primitives in full, small objects
    inline, bigger ones by kind (`Array(6)`, `Map(2)`, `Error: boom`, `Foo {...}`)."""
    if value is HOLE:
        return "<uninitialized>"
    from scopejs.inspect.value_format import format_primitive, inspect
    from scopejs.runtime.objects.arrays import JSArray
    from scopejs.runtime.objects.ordinary import JSObject
    if not isinstance(value, JSObject):
        return format_primitive(value)
    if hasattr(value, "error_data"):
        stack = error_stack_text(value)
        if stack.__class__ is str and stack:
            return stack.split("\n", 1)[0]
    text = inspect(value, depth=0, break_length=1 << 62)
    if "\n" not in text and len(text) <= _PREVIEW_LIMIT:
        return text
    if isinstance(value, JSArray):
        return f"Array({value.get_length()})"
    kind = getattr(value, "class_name", "Object")
    if kind in ("Map", "Set"):
        store = getattr(value, "map_data", None) or getattr(value, "set_data", None)
        return f"{kind}({len(store) if store is not None else 0})"
    head = text.split("\n", 1)[0].split(" {", 1)[0].split(" [", 1)[0]
    return f"{head if not head.startswith(('{', '[')) else ''} {{...}}".strip()


def _format_record(names_values) -> str:
    return "{" + ", ".join(f"{n}: {_format_entry_value(v)}" for n, v in names_values) + "}"


def _with_object_pairs(obj) -> list:
    from scopejs.runtime.objects.ordinary import JSObject
    if not isinstance(obj, JSObject):
        return []
    pairs = []
    for key in obj.OwnPropertyKeys():
        if key.__class__ is not str:
            continue
        desc = obj.GetOwnProperty(key)
        if desc is None or not desc.enumerable:
            continue
        pairs.append((key, desc.value if desc.value is not None else UNDEFINED))
    return pairs


def scope_entries(fn, realm=None) -> list[tuple[str, list[tuple[str, object]]]]:
    """[(label, [(name, value)])] from the innermost context outwards, then Script, Global."""
    context = getattr(fn, "environment", None)
    bound_target = getattr(fn, "target", None)
    if context is None and bound_target is not None:
        return scope_entries(bound_target, realm)
    entries = [(label, pairs) for label, pairs, _context in context_entries(context)]
    if realm is None:
        realm = getattr(fn, "realm", None)
    return entries + global_entries(realm)


def context_label(info) -> str:
    """DevTools' label of a context's scope: `Closure (b)`, `Block`, `Catch`, `With Block` ..."""
    scope_type = getattr(info, "scope_type", "block")
    scope_type = str(getattr(scope_type, "value", scope_type))
    label = _LABELS.get(scope_type, "Block")
    name = getattr(info, "function_name", None)
    if name and label in ("Closure", "Block"):
        label = f"{label} ({name})"
    return label


def context_entries(context, stop=None) -> list:
    """[(label, [(name, value)], context)] for ``context`` and its outer contexts (up to, not
    including, ``stop``); a `with` context shows its object's own enumerable properties."""
    entries: list = []
    while context is not None and context is not stop:
        info = getattr(context, "scope_info", None)
        if info is not None:
            label = context_label(info)
            pairs = [(n, context.slots[i]) for i, n in enumerate(info.names)
                     if i < len(context.slots) and _visible(n)]
            if info.is_with:
                # A with context's one slot is the object: show its own enumerable properties.
                pairs = _with_object_pairs(context.slots[0] if context.slots else None)
                label = "With Block"
            entries.append((label, pairs, context))
        context = getattr(context, "previous", None)
    return entries


def global_entries(realm) -> list:
    """Script (the global declarative record, when it has bindings) and Global."""
    entries: list = []
    global_env = getattr(realm, "global_env", None) if realm is not None else None
    lexical = getattr(global_env, "lexical", None)
    if lexical:
        entries.append(("Script", [(n, v) for n, v in lexical.items() if _visible(n)]))
    entries.append(("Global", None))
    return entries


def describe_scopes(fn, realm=None) -> list[str]:
    """DevTools' [[Scopes]] lines for ``fn``: `Closure (b) {y: 'y', z: 'z'}` ... `Global`."""
    lines = []
    for label, pairs in scope_entries(fn, realm):
        lines.append(label if pairs is None else f"{label} {_format_record(pairs)}")
    return lines


def format_scopes(fn, realm=None) -> list[str]:
    """The lines console.dir(fn, {scopes: true}) adds under the function: a `[[Scopes]]` header
    with DevTools' count and one numbered line per scope. Empty for non-functions."""
    from scopejs.runtime.objects.functions import JSFunctionBase
    if not isinstance(fn, JSFunctionBase):
        return []
    lines = describe_scopes(fn, realm)
    return [f"  [[Scopes]]: Scopes[{len(lines)}]"] + [f"    {i}: {line}" for i, line in enumerate(lines)]
