"""node 20's util.inspect, as console.log shows values (lib/internal/util/inspect.js, no colours).

``inspect(value)`` formats one JS value; ``format_log_args(args)`` is node's formatWithOptions:
the printf-style first argument (%s %d %i %f %j %o %O %c %%) and the rest joined by spaces.
Every rule was checked against node (tests/builtins/test_console_format.py holds the table).

The formatter reads engine state through the object model's internal methods (GetOwnProperty,
OwnPropertyKeys, GetPrototypeOf, Get) plus a few internal slots for the kinds node recognises by
brand (arrays, Map/Set, Promise, errors, boxed primitives, Date, RegExp). It may run JavaScript
where node does too (getters of Symbol.toStringTag, `name` of constructors, `stack` of errors).
"""
from __future__ import annotations

import math
import re
import unicodedata

from scopejs.runtime.abstract_ops.object_operations import constructed_by_name
from scopejs.runtime.abstract_ops.type_conversion import ToString as _ToString
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject, array_index
from scopejs.runtime.property import PropertyDescriptor
from scopejs.runtime.values import (
    NULL, SYMBOL_ITERATOR, SYMBOL_TO_STRING_TAG, UNDEFINED, JSBigInt, JSSymbol,
)

__all__ = ["inspect", "format_log_args", "format_primitive", "str_escape", "InspectOptions",
           "number_to_display"]

_OBJECT_TYPE = 0        # node's kObjectType: `key: value`
_ARRAY_TYPE = 1         # kArrayType: an array element, the value alone
_ARRAY_EXTRAS_TYPE = 2  # kArrayExtrasType: a non-index key of an array, `key: value`
_MIN_LINE_WIDTH = 16
# Nesting shown even with depth: null; deeper levels print as [Object] instead of exhausting the
# host's recursion (node would throw RangeError there).
_MAX_NESTING = 100
# Prototype chains walked when naming a constructor (a Proxy's getPrototypeOf trap could make an
# endless chain).
_MAX_PROTO_HOPS = 10000

# Constructors node counts as built-in (hasBuiltInToString for %s).
_BUILTIN_CONSTRUCTORS = frozenset((
    "Object", "Function", "Array", "Number", "Boolean", "String", "Symbol", "Date", "Promise",
    "RegExp", "Error", "AggregateError", "EvalError", "RangeError", "ReferenceError",
    "SyntaxError", "TypeError", "URIError", "ArrayBuffer", "Uint8Array", "Int8Array",
    "Uint16Array", "Int16Array", "Uint32Array", "Int32Array", "Float32Array", "Float64Array",
    "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map", "BigInt", "Set",
    "WeakMap", "WeakSet", "Proxy", "Reflect", "WeakRef", "FinalizationRegistry",
    "SharedArrayBuffer",
))


class InspectOptions:
    """util.inspect options (node's inspectDefaultOptions, breakLength 80 as console uses)."""
    __slots__ = ("depth", "show_hidden", "break_length", "compact", "max_array_length",
                 "max_string_length", "sorted", "getters")

    def __init__(self, depth=2, show_hidden=False, break_length=80, compact=3,
                 max_array_length=100, max_string_length=10000, sorted=False, getters=False):
        self.depth = depth                  # None = unlimited
        self.show_hidden = show_hidden
        self.break_length = break_length
        self.compact = compact              # True or an int
        self.max_array_length = max_array_length
        self.max_string_length = max_string_length
        self.sorted = sorted
        self.getters = getters


class _Ctx:
    __slots__ = ("depth", "show_hidden", "break_length", "compact", "max_array_length",
                 "max_string_length", "sorted", "getters", "seen", "seen_ids", "circular",
                 "indentation_lvl", "current_depth")

    def __init__(self, opts: InspectOptions):
        self.depth = opts.depth
        self.show_hidden = opts.show_hidden
        self.break_length = opts.break_length
        self.compact = opts.compact
        self.max_array_length = opts.max_array_length
        self.max_string_length = opts.max_string_length
        self.sorted = opts.sorted
        self.getters = opts.getters
        self.seen: list = []
        self.seen_ids: dict[int, int] = {}
        self.circular: dict[int, int] | None = None
        self.indentation_lvl = 0
        self.current_depth = 0


# ------------------------------------------------------------------ primitives

_META = ["\\x%02X" % i for i in range(32)]
_META[8], _META[9], _META[10], _META[12], _META[13] = "\\b", "\\t", "\\n", "\\f", "\\r"
_META_MAP = {chr(i): m for i, m in enumerate(_META)}
_META_MAP.update({chr(i): "\\x%02X" % i for i in range(0x7F, 0xA0)})
_META_MAP["\\"] = "\\\\"

_ESCAPE_TEST = re.compile(
    r"[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")
_ESCAPE_TEST_NO_SINGLE = re.compile(
    r"[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")
_KEY_IDENT = re.compile(r"^[a-zA-Z_][a-zA-Z_0-9]*$")
_NUMBER_KEY = re.compile(r"^(?:0|[1-9][0-9]*)$")


def _escape_char(ch: str, quote: str) -> str:
    if ch == quote:
        return "\\" + quote
    m = _META_MAP.get(ch)
    if m is not None:
        return m
    return "\\u%x" % ord(ch)   # a lone surrogate


def str_escape(text: str) -> str:
    """node's strEscape: quote with ' (or " / ` when that avoids escaping), escape the rest."""
    quote = "'"
    test = _ESCAPE_TEST
    if "'" in text:
        if '"' not in text:
            quote = '"'
        elif "`" not in text and "${" not in text:
            quote = "`"
        if quote != "'":
            test = _ESCAPE_TEST_NO_SINGLE
    if not test.search(text):
        return quote + text + quote
    return quote + test.sub(lambda m: _escape_char(m.group(), quote), text) + quote


def number_to_display(value: float) -> str:
    """formatNumber: Number::toString, except that -0 shows as -0."""
    if value == 0.0:
        return "-0" if math.copysign(1.0, value) < 0 else "0"
    return _ToString(value)


def format_primitive(value, ctx: _Ctx | None = None) -> str:
    cls = value.__class__
    if cls is str:
        trailer = ""
        max_len = ctx.max_string_length if ctx is not None else 10000
        if max_len is not None and len(value) > max_len:
            remaining = len(value) - max_len
            value = value[:max_len]
            trailer = f"... {remaining} more character{'s' if remaining > 1 else ''}"
        if (ctx is not None and ctx.compact is not True and len(value) > _MIN_LINE_WIDTH
                and len(value) > ctx.break_length - ctx.indentation_lvl - 4):
            pieces = re.split(r"(?<=\n)", value)
            if pieces and pieces[-1] == "":
                pieces.pop()
            sep = " +\n" + " " * (ctx.indentation_lvl + 2)
            return sep.join(str_escape(p) for p in pieces) + trailer
        return str_escape(value) + trailer
    if cls is float:
        return number_to_display(value)
    if cls is bool:
        return "true" if value else "false"
    if value is UNDEFINED:
        return "undefined"
    if value is NULL:
        return "null"
    if cls is JSBigInt:
        return f"{value.value}n"
    if cls is JSSymbol:
        return value.descriptive_string()
    if cls is int:   # defensive: ints are not JS values, but never crash on one
        return number_to_display(float(value))
    return str(value)


# ------------------------------------------------------------------ object helpers

def _is_object(value) -> bool:
    return isinstance(value, JSObject)


def _is_function(value) -> bool:
    return isinstance(value, JSFunctionBase) or getattr(value, "typeof_tag", None) == "function"


def _get(obj, key):
    return obj.Get(key, obj)


def _own_desc(obj, key):
    return obj.GetOwnProperty(key)


def _has_own(obj, key) -> bool:
    return obj.GetOwnProperty(key) is not None


def _kind(obj) -> str:
    return getattr(obj, "class_name", "Object")


def _instance_of(obj, ctor) -> bool:
    try:
        proto = _get(ctor, "prototype")
    except Exception:  # noqa: BLE001 - node: try { instanceof } catch { false }
        return False
    if not _is_object(proto):
        return False
    p = obj.GetPrototypeOf()
    for _ in range(_MAX_PROTO_HOPS):
        if p is NULL or p is None:
            return False
        if p is proto:
            return True
        p = p.GetPrototypeOf()
    return False


def _function_name(fn) -> str:
    try:
        name = _get(fn, "name")
    except Exception:  # noqa: BLE001
        return ""
    if name.__class__ is str:
        return name
    return format_primitive(name) if name is not UNDEFINED else ""


def _get_constructor_name(obj, ctx: _Ctx, recurse_times: int):
    """getConstructorName: the name of the first `constructor` on the prototype chain that the
    object is an instance of; None for a null-prototype chain."""
    tmp = obj
    first_proto = None            # [[Prototype]] of the value itself, once read
    hops = 0
    while obj is not NULL and obj is not None and hops < _MAX_PROTO_HOPS:
        desc = _own_desc(obj, "constructor")
        if desc is not None and desc.value is not None and _is_function(desc.value):
            name = _function_name(desc.value)
            if name != "" and _instance_of(tmp, desc.value):
                return name
        obj = obj.GetPrototypeOf()
        hops += 1
        if first_proto is None:
            first_proto = obj
    if first_proto is None or first_proto is NULL:
        return None
    # internalGetConstructorName: V8's GetConstructorName (the map's constructor first)
    res = constructed_by_name(tmp) or _kind(tmp)
    if ctx.depth is not None and recurse_times > ctx.depth:
        return f"{res} <Complex prototype>"
    proto_constr = _get_constructor_name(first_proto, ctx, recurse_times + 1)
    if proto_constr is None:
        inner = _Ctx(InspectOptions(depth=-1))
        return f"{res} <{_format_value(inner, first_proto, 0)}>"
    return f"{res} <{proto_constr}>"


def _get_prefix(constructor, tag: str, fallback: str, size: str = "") -> str:
    if constructor is None:
        if tag != "" and fallback != tag:
            return f"[{fallback}{size}: null prototype] [{tag}] "
        return f"[{fallback}{size}: null prototype] "
    if tag != "" and constructor != tag:
        return f"{constructor}{size} [{tag}] "
    return f"{constructor}{size} "


def _get_keys(value, show_hidden: bool) -> list:
    keys = []
    symbols = []
    for key in value.OwnPropertyKeys():
        if key.__class__ is JSSymbol:
            symbols.append(key)
        elif show_hidden:
            keys.append(key)
        else:
            desc = _own_desc(value, key)
            if desc is not None and desc.enumerable:
                keys.append(key)
    if show_hidden:
        keys.extend(symbols)
    else:
        for sym in symbols:
            desc = _own_desc(value, sym)
            if desc is not None and desc.enumerable:
                keys.append(sym)
    return keys


def _call_intrinsic(value, proto_name: str, method: str):
    """Call a built-in method as node calls its primordials (unaffected by user patches)."""
    from scopejs.runtime.execution import current_realm
    realm = current_realm()
    proto = realm.intrinsics.get(proto_name) if realm is not None else None
    if proto is None:
        return None
    fn = proto.props.get(method)
    if fn is None or not _is_function(fn):
        return None
    return fn.Call(value, [])


# ------------------------------------------------------------------ brand checks

def _is_arguments(value) -> bool:
    return _kind(value) == "Arguments" or getattr(value, "builtin_tag", None) == "Arguments"


def _is_error(value) -> bool:
    return hasattr(value, "error_data") or _kind(value) in ("Error",)


def _boxed_primitive(value):
    """(type name, primitive) of a boxed primitive, else None."""
    for slot, name in (("number_data", "Number"), ("string_data", "String"),
                       ("boolean_data", "Boolean"), ("bigint_data", "BigInt"),
                       ("symbol_data", "Symbol")):
        if hasattr(value, slot):
            prim = getattr(value, slot, None)
            if prim is not None:
                return name, prim
    return None


def _collection_entries(value, slot_names):
    """Entries of a Map/Set from its internal slot, whatever container the builtins use
    (an unknown container shows as empty rather than failing)."""
    try:
        return _collection_entries_unchecked(value, slot_names)
    except (TypeError, AttributeError, ValueError):
        return None


def _collection_entries_unchecked(value, slot_names):
    for slot in slot_names:
        data = getattr(value, slot, None)
        if data is None:
            continue
        if isinstance(data, dict):
            return list(data.items())
        if hasattr(data, "entries") and callable(getattr(data, "entries")):
            data = data.entries()
        if hasattr(data, "items") and callable(getattr(data, "items")):
            return list(data.items())
        return list(data)
    return None


def _map_entries(value) -> list:
    """[(key, value)] of a Map; deleted entries (None) are skipped."""
    entries = _collection_entries(value, ("map_data",))
    out = []
    for e in entries or ():
        if e is None:
            continue
        if isinstance(e, tuple) and len(e) == 2 and isinstance(e[1], (tuple, list)) \
                and len(e[1]) == 2:
            e = e[1]                      # {canonical key: (key, value)} storage
        if isinstance(e, (tuple, list)) and len(e) == 2:
            out.append((e[0], e[1]))
        elif hasattr(e, "key"):
            out.append((e.key, getattr(e, "value", UNDEFINED)))
    return out


def _set_entries(value) -> list:
    """The values of a Set; deleted entries (None) are skipped."""
    entries = _collection_entries(value, ("set_data",))
    out = []
    for e in entries or ():
        if e is None:
            continue
        if isinstance(e, tuple) and len(e) == 2:
            e = e[0]                      # (element, element) pairs of the ordered store
        out.append(e)
    return out


# ------------------------------------------------------------------ the formatter

def inspect(value, *, depth=2, show_hidden=False, break_length=80, compact=3,
            max_array_length=100, max_string_length=10000, sorted=False,
            options: InspectOptions | None = None) -> str:
    """util.inspect(value, options)."""
    opts = options or InspectOptions(depth, show_hidden, break_length, compact,
                                     max_array_length, max_string_length, sorted)
    return _format_value(_Ctx(opts), value, 0)


CUSTOM_INSPECT_KEY = "nodejs.util.inspect.custom"   # Symbol.for(...) of util.inspect.custom


def _format_value(ctx: _Ctx, value, recurse_times: int, typed_array: bool = False) -> str:
    if not _is_object(value):
        return format_primitive(value, ctx)
    custom = _custom_inspect(ctx, value, recurse_times)
    if custom is not None:
        return custom
    # node (showProxy: false) formats a Proxy's target directly, without running traps.
    while hasattr(value, "proxy_handler"):
        target = getattr(value, "proxy_target", None)
        if not _is_object(target):
            return "<Revoked Proxy>"
        value = target
    vid = id(value)
    if vid in ctx.seen_ids:
        if ctx.circular is None:
            ctx.circular = {vid: 1}
            index = 1
        else:
            index = ctx.circular.get(vid)
            if index is None:
                index = len(ctx.circular) + 1
                ctx.circular[vid] = index
        return f"[Circular *{index}]"
    return _format_raw(ctx, value, recurse_times, typed_array)


def _custom_inspect(ctx: _Ctx, value, recurse_times: int):
    """node's formatValue: an object's [util.inspect.custom](depth, options, inspect) method
    speaks for it (unless it is a prototype whose constructor owns it); its result is used
    unless it is the object itself, a string as is (re-indented), anything else formatted."""
    from scopejs.runtime.execution import current_realm
    realm = current_realm()
    if realm is None:
        return None
    key = realm.agent.symbol_registry.get(CUSTOM_INSPECT_KEY)
    if key is None:     # nobody called Symbol.for('nodejs.util.inspect.custom'): no method
        return None
    method = _get(value, key)
    if not _is_function(method):
        return None
    ctor = _get(value, "constructor")
    if _is_object(ctor) and _get(ctor, "prototype") is value:
        return None
    depth = float(ctx.depth - recurse_times) if ctx.depth is not None else NULL
    options = realm.new_object()
    for name, option in (("depth", depth), ("showHidden", ctx.show_hidden),
                         ("colors", False), ("customInspect", True),
                         ("breakLength", float(ctx.break_length)),
                         ("stylize", realm.new_function(lambda r, this, text=UNDEFINED, *rest:
                                                        text, 2, "stylize"))):
        options.define_own_value(name, option)
    inspect_fn = realm.new_function(
        lambda r, this, v=UNDEFINED, *rest: inspect(v), 2, "inspect")
    result = method.Call(value, [depth, options, inspect_fn])
    if result is value:
        return None
    if result.__class__ is str:
        return result.replace("\n", "\n" + " " * ctx.indentation_lvl)
    return _format_value(ctx, result, recurse_times)


def _format_raw(ctx: _Ctx, value, recurse_times: int, typed_array: bool) -> str:
    constructor = _get_constructor_name(value, ctx, recurse_times)
    tag = _get(value, SYMBOL_TO_STRING_TAG)
    if tag.__class__ is not str:
        tag = ""
    elif tag != "":
        desc = _own_desc(value, SYMBOL_TO_STRING_TAG)
        if desc is not None and (ctx.show_hidden or desc.enumerable):
            tag = ""
    base = ""
    formatter = _format_nothing
    braces = ["{", "}"]
    no_iterator = True
    extras_type = _OBJECT_TYPE
    keys: list = []

    # node: `if (value[Symbol.iterator] || constructor === null)` then brand checks. The brands
    # are checked first here so that arrays, Maps and Sets print as such even while their
    # @@iterator is not installed (only a user deleting it would see the difference).
    kind = _kind(value)
    is_array = isinstance(value, JSArray)
    is_typed_array = getattr(value, "typed_array_name", None) is not None
    branded = is_array or is_typed_array or (kind == "Set" and hasattr(value, "set_data")) or \
        (kind == "Map" and hasattr(value, "map_data"))
    if branded or constructor is None or _get(value, SYMBOL_ITERATOR) not in (UNDEFINED, NULL):
        no_iterator = False
        if is_array:
            length = value.get_length()
            prefix = (_get_prefix(constructor, tag, "Array", f"({length})")
                      if constructor != "Array" or tag != "" else "")
            keys = [k for k in _get_keys(value, ctx.show_hidden)
                    if k.__class__ is JSSymbol or array_index(k) < 0]
            braces = [f"{prefix}[", "]"]
            if length == 0 and not keys:
                return f"{braces[0]}]"
            extras_type = _ARRAY_EXTRAS_TYPE
            formatter = _format_array
        elif is_typed_array:
            keys = [k for k in _get_keys(value, ctx.show_hidden)
                    if k.__class__ is JSSymbol or array_index(k) < 0]
            size = _typed_array_length(value)
            fallback = getattr(value, "typed_array_name", "") if constructor is None else ""
            prefix = _get_prefix(constructor, tag, fallback, f"({size})")
            braces = [f"{prefix}[", "]"]
            if size == 0 and not keys and not ctx.show_hidden:
                return f"{braces[0]}]"
            formatter = lambda c, v, r: _format_typed_array(c, v, size)  # noqa: E731
            extras_type = _ARRAY_EXTRAS_TYPE
        elif kind in ("Map Iterator", "Set Iterator") and hasattr(value, "store"):
            keys = _get_keys(value, ctx.show_hidden)
            type_ = kind.split()[0]
            label = tag
            if label != f"{type_} Iterator":
                if label != "":
                    label += "] ["
                label += f"{type_} Iterator"
            braces = [f"[{label}] {{", "}"]
            if getattr(value, "kind", 0) == 2:       # entries(): "[Map Entries] {"
                braces[0] = re.sub(r" Iterator\] \{$", " Entries] {", braces[0])
            formatter = _format_collection_iterator
        elif kind == "Set" and hasattr(value, "set_data"):
            entries = _set_entries(value)
            prefix = _get_prefix(constructor, tag, "Set", f"({len(entries)})")
            keys = _get_keys(value, ctx.show_hidden)
            formatter = lambda c, v, r: _format_set(c, entries, r)  # noqa: E731
            if not entries and not keys:
                return f"{prefix}{{}}"
            braces = [f"{prefix}{{", "}"]
        elif kind == "Map" and hasattr(value, "map_data"):
            entries = _map_entries(value)
            prefix = _get_prefix(constructor, tag, "Map", f"({len(entries)})")
            keys = _get_keys(value, ctx.show_hidden)
            formatter = lambda c, v, r: _format_map(c, entries, r)  # noqa: E731
            if not entries and not keys:
                return f"{prefix}{{}}"
            braces = [f"{prefix}{{", "}"]
        else:
            no_iterator = True

    if no_iterator:
        keys = _get_keys(value, ctx.show_hidden)
        braces = ["{", "}"]
        kind = _kind(value)
        boxed = None
        if _is_function(value):
            base = _get_function_base(value, constructor, tag)
            if not keys:
                return base
        elif constructor == "Object" and _is_arguments(value):
            braces[0] = "[Arguments] {"
            if not keys:
                return "[Arguments] {}"
        elif constructor == "Object" and not _is_error(value) and kind in ("Object", "Arguments"):
            if tag != "":
                braces[0] = f"{_get_prefix(constructor, tag, 'Object')}{{"
            if not keys:
                return f"{braces[0]}}}"
        elif kind == "RegExp":
            base = _regexp_string(value)
            prefix = _get_prefix(constructor, tag, "RegExp")
            if prefix != "RegExp ":
                base = prefix + base
            if not keys or (ctx.depth is not None and recurse_times > ctx.depth):
                return base
        elif kind == "Date":
            base = _date_string(value)
            if not keys:
                return base
        elif _is_error(value):
            base = _format_error(value, constructor, tag, ctx, keys)
            if not keys:
                return base
        elif getattr(value, "array_buffer_data", None) is not None or \
                kind in ("ArrayBuffer", "SharedArrayBuffer") and hasattr(value, "array_buffer_data"):
            array_type = "SharedArrayBuffer" if kind == "SharedArrayBuffer" else "ArrayBuffer"
            prefix = _get_prefix(constructor, tag, array_type)
            keys.insert(0, "byteLength")
            braces[0] = f"{prefix}{{"
            formatter = _format_array_buffer
        elif kind == "DataView" and hasattr(value, "viewed_array_buffer"):
            braces[0] = f"{_get_prefix(constructor, tag, 'DataView')}{{"
            keys[0:0] = ["byteLength", "byteOffset", "buffer"]
        elif kind == "Promise":
            braces[0] = f"{_get_prefix(constructor, tag, 'Promise')}{{"
            formatter = _format_promise
        elif kind in ("WeakSet", "WeakMap"):
            braces[0] = f"{_get_prefix(constructor, tag, kind)}{{"
            formatter = _format_weak
        elif kind == "Module":
            braces[0] = f"{_get_prefix(constructor, tag, 'Module')}{{"
        elif (boxed := _boxed_primitive(value)) is not None:
            base = _get_boxed_base(value, ctx, keys, constructor, tag, boxed)
            if not keys:
                return base
        else:
            if constructor == "Object" and tag != "":
                braces[0] = f"{_get_prefix(constructor, tag, 'Object')}{{"
                if not keys:
                    return f"{braces[0]}}}"
            elif not keys:
                return f"{_get_prefix(constructor, tag, 'Object')}{{}}"
            else:
                braces[0] = f"{_get_prefix(constructor, tag, 'Object')}{{"

    if (ctx.depth is not None and recurse_times > ctx.depth) or recurse_times > _MAX_NESTING:
        name = _get_prefix(constructor, tag, "Object")[:-1]
        if constructor is not None:
            name = f"[{name}]"
        return name

    recurse_times += 1
    vid = id(value)
    ctx.seen.append(value)
    ctx.seen_ids[vid] = ctx.seen_ids.get(vid, 0) + 1
    ctx.current_depth = recurse_times
    try:
        output = formatter(ctx, value, recurse_times)
        for key in keys:
            output.append(_format_property(ctx, value, recurse_times, key, extras_type))
    finally:
        ctx.seen.pop()
        n = ctx.seen_ids[vid] - 1
        if n:
            ctx.seen_ids[vid] = n
        else:
            del ctx.seen_ids[vid]
    if ctx.circular is not None:
        index = ctx.circular.get(vid)
        if index is not None:
            reference = f"<ref *{index}>"
            if ctx.compact is not True:
                base = reference if base == "" else f"{reference} {base}"
            else:
                braces[0] = f"{reference} {braces[0]}"
    if ctx.sorted:
        if extras_type == _OBJECT_TYPE:
            output.sort()
    return _reduce_to_single_string(ctx, output, base, braces, extras_type, recurse_times, value)


def _format_nothing(ctx, value, recurse_times):
    return []


def _format_weak(ctx, value, recurse_times):
    return ["<items unknown>"]


def _format_property(ctx: _Ctx, value, recurse_times: int, key, type_: int, desc=None) -> str:
    if desc is None:
        desc = _own_desc(value, key)
        if desc is None:
            desc = PropertyDescriptor(value=_get(value, key), enumerable=True)
    getter = desc.get if desc.get is not None else UNDEFINED
    setter = desc.set if desc.set is not None else UNDEFINED
    if desc.value is not None and desc.value is not UNDEFINED:
        diff = 2 if (ctx.compact is not True or type_ != _OBJECT_TYPE) else 3
        ctx.indentation_lvl += diff
        text = _format_value(ctx, desc.value, recurse_times)
        ctx.indentation_lvl -= diff
    elif getter is not UNDEFINED:
        label = "Getter/Setter" if setter is not UNDEFINED else "Getter"
        g = ctx.getters
        if g is True or (g == "get" and setter is UNDEFINED) or (g == "set" and setter is not UNDEFINED):
            text = _format_getter_result(ctx, value, getter, label, recurse_times)
        else:
            text = f"[{label}]"
    elif setter is not UNDEFINED:
        text = "[Setter]"
    else:
        text = "undefined"
    if type_ == _ARRAY_TYPE:
        return text
    if key.__class__ is JSSymbol:
        sym = key.descriptive_string()
        name = f"[{_ESCAPE_TEST_NO_SINGLE.sub(lambda m: _escape_char(m.group(), ''), sym)}]"
    elif key == "__proto__":
        name = "['__proto__']"
    elif desc.enumerable is False:
        name = f"[{_ESCAPE_TEST_NO_SINGLE.sub(lambda m: _escape_char(m.group(), ''), key)}]"
    elif _KEY_IDENT.match(key):
        name = key
    else:
        name = str_escape(key)
    return f"{name}: {text}"


def _format_getter_result(ctx: _Ctx, receiver, getter, label: str, recurse_times: int) -> str:
    """util.inspect's `getters` option: call the getter and show what it returns."""
    from scopejs.runtime.completion import ThrowCompletion
    try:
        result = getter.Call(receiver, [])
    except ThrowCompletion as exc:
        message = _get(exc.value, "message") if _is_object(exc.value) else UNDEFINED
        return f"[{label}: <Inspection threw ({_to_display_string(message)})>]"
    ctx.indentation_lvl += 2
    try:
        if result is NULL:
            return f"[{label}: null]"
        if _is_object(result):
            return f"[{label}] {_format_value(ctx, result, recurse_times)}"
        return f"[{label}: {format_primitive(result, ctx)}]"
    finally:
        ctx.indentation_lvl -= 2


def _format_array(ctx: _Ctx, value, recurse_times: int) -> list:
    length = value.get_length()
    max_len = min(max(0, ctx.max_array_length), length)
    remaining = length - max_len
    output: list = []
    for i in range(max_len):
        key = str(i)
        if value.GetOwnProperty(key) is None:
            return _format_special_array(ctx, value, recurse_times, max_len, output, i)
        output.append(_format_property(ctx, value, recurse_times, key, _ARRAY_TYPE))
    if remaining > 0:
        output.append(f"... {remaining} more item{'s' if remaining > 1 else ''}")
    return output


def _format_special_array(ctx, value, recurse_times, max_length, output, i) -> list:
    keys = [k for k in value.OwnPropertyKeys()
            if k.__class__ is str and (d := _own_desc(value, k)) is not None and d.enumerable]
    index = i
    while i < len(keys) and len(output) < max_length:
        key = keys[i]
        if not _NUMBER_KEY.match(key):
            break
        tmp = int(key)
        if tmp > 2 ** 32 - 2:
            break
        if str(index) != key:
            empty = tmp - index
            output.append(f"<{empty} empty item{'s' if empty > 1 else ''}>")
            index = tmp
            if len(output) == max_length:
                break
        output.append(_format_property(ctx, value, recurse_times, key, _ARRAY_TYPE))
        index += 1
        i += 1
    remaining = value.get_length() - index
    if len(output) != max_length:
        if remaining > 0:
            output.append(f"<{remaining} empty item{'s' if remaining > 1 else ''}>")
    elif remaining > 0:
        output.append(f"... {remaining} more item{'s' if remaining > 1 else ''}")
    return output


def _typed_array_length(value) -> int:
    n = _get(value, "length")
    return int(n) if n.__class__ is float and n == n else 0


def _format_typed_array(ctx: _Ctx, value, length: int) -> list:
    max_len = min(max(0, ctx.max_array_length), length)
    output = []
    for i in range(max_len):
        element = _get(value, str(i))
        output.append(number_to_display(element) if element.__class__ is float
                      else format_primitive(element))
    remaining = length - max_len
    if remaining > 0:
        output.append(f"... {remaining} more item{'s' if remaining > 1 else ''}")
    if ctx.show_hidden:
        ctx.indentation_lvl += 2
        for key in ("BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"):
            output.append(f"[{key}]: {_format_value(ctx, _get(value, key), ctx.current_depth, True)}")
        ctx.indentation_lvl -= 2
    return output


def _format_array_buffer(ctx: _Ctx, value, recurse_times: int) -> list:
    data = getattr(value, "array_buffer_data", None)
    if data is None:
        return ["(detached)"]
    shown = bytes(data[:ctx.max_array_length])
    text = " ".join(f"{b:02x}" for b in shown)
    remaining = len(data) - ctx.max_array_length
    if remaining > 0:
        text += f" ... {remaining} more byte{'s' if remaining > 1 else ''}"
    return [f"[Uint8Contents]: <{text}>"]


def _iterator_preview(value):
    """(remaining entries, is key+value) of a Map/Set iterator, without advancing it (V8's
    previewEntries)."""
    store = getattr(value, "store", None)
    kind = getattr(value, "kind", 0)
    if store is None:
        return [], kind == 2
    try:
        from scopejs.builtins.map import DELETED
    except ImportError:  # pragma: no cover - the store always comes from builtins/map.py
        DELETED = None   # noqa: N806
    cursor = getattr(value, "cursor", None)
    start = getattr(cursor, "position", 0)
    out = []
    for k, v in zip(store.keys[start:], store.values[start:]):
        if k is DELETED:
            continue
        out.append((k, v) if kind == 2 else (v if kind == 1 else k))
    return out, kind == 2


def _format_collection_iterator(ctx: _Ctx, value, recurse_times: int) -> list:
    """formatIterator: `[Map Iterator] { 'a' }`, `[Map Entries] { [ 'a', 1 ] }`."""
    entries, is_key_value = _iterator_preview(value)
    max_len = min(max(ctx.max_array_length, 0), len(entries))
    output = []
    ctx.indentation_lvl += 2
    for entry in entries[:max_len]:
        if is_key_value:
            pair = [_format_value(ctx, entry[0], recurse_times),
                    _format_value(ctx, entry[1], recurse_times)]
            output.append(_reduce_to_single_string(ctx, pair, "", ["[", "]"], _ARRAY_EXTRAS_TYPE,
                                                   recurse_times, None))
        else:
            output.append(_format_value(ctx, entry, recurse_times))
    ctx.indentation_lvl -= 2
    remaining = len(entries) - max_len
    if remaining > 0:
        output.append(f"... {remaining} more item{'s' if remaining > 1 else ''}")
    return output


def _format_set(ctx: _Ctx, entries, recurse_times: int) -> list:
    max_len = min(ctx.max_array_length, len(entries))
    output = []
    ctx.indentation_lvl += 2
    for v in entries[:max_len]:
        output.append(_format_value(ctx, v, recurse_times))
    remaining = len(entries) - max_len
    if remaining > 0:
        output.append(f"... {remaining} more item{'s' if remaining > 1 else ''}")
    ctx.indentation_lvl -= 2
    return output


def _format_map(ctx: _Ctx, entries, recurse_times: int) -> list:
    max_len = min(ctx.max_array_length, len(entries))
    output = []
    ctx.indentation_lvl += 2
    for k, v in entries[:max_len]:
        output.append(f"{_format_value(ctx, k, recurse_times)} => "
                      f"{_format_value(ctx, v, recurse_times)}")
    remaining = len(entries) - max_len
    if remaining > 0:
        output.append(f"... {remaining} more item{'s' if remaining > 1 else ''}")
    ctx.indentation_lvl -= 2
    return output


def _format_promise(ctx: _Ctx, value, recurse_times: int) -> list:
    state = getattr(value, "promise_state", "pending")
    state = getattr(state, "value", state)       # an enum or a string
    state = str(state).lower()
    if "pending" in state:
        return ["<pending>"]
    ctx.indentation_lvl += 2
    text = _format_value(ctx, getattr(value, "promise_result", UNDEFINED), recurse_times)
    ctx.indentation_lvl -= 2
    return [f"<rejected> {text}" if "reject" in state else text]


def _get_function_base(value, constructor, tag: str) -> str:
    sfi = getattr(value, "sfi", None)
    if sfi is not None and getattr(sfi, "is_class_constructor", False):
        return _get_class_base(value, constructor, tag)
    type_ = "Function"
    if sfi is not None and getattr(sfi, "is_generator", False):
        type_ = "Generator" + type_
    if sfi is not None and getattr(sfi, "is_async", False):
        type_ = "Async" + type_
    base = f"[{type_}"
    if constructor is None:
        base += " (null prototype)"
    name = _function_name(value)
    base += " (anonymous)" if name == "" else f": {name}"
    base += "]"
    if constructor != type_ and constructor is not None and constructor != "Function":
        base += f" {constructor}"
    if tag != "" and constructor != tag:
        base += f" [{tag}]"
    return base


def _get_class_base(value, constructor, tag: str) -> str:
    name = _function_name(value) if _has_own(value, "name") else ""
    base = f"class {name or '(anonymous)'}"
    if constructor != "Function" and constructor is not None:
        base += f" [{constructor}]"
    if tag != "" and constructor != tag:
        base += f" [{tag}]"
    if constructor is not None:
        proto = value.GetPrototypeOf()
        super_name = _function_name(proto) if _is_object(proto) else ""
        if super_name:
            base += f" extends {super_name}"
    else:
        base += " extends [null prototype]"
    return f"[{base}]"


def _get_boxed_base(value, ctx, keys, constructor, tag, boxed) -> str:
    type_, prim = boxed
    if type_ == "String":
        del keys[:len(prim)]
    base = f"[{type_}"
    if type_ != constructor:
        base += " (null prototype)" if constructor is None else f" ({constructor})"
    base += f": {format_primitive(prim, _Ctx(InspectOptions()))}]"
    if tag != "" and tag != constructor:
        base += f" [{tag}]"
    return base


def _regexp_string(value) -> str:
    text = _call_intrinsic(value, "%RegExp.prototype%", "toString")
    if text.__class__ is str:
        return text
    source = getattr(value, "original_source", None)
    flags = getattr(value, "original_flags", "")
    return f"/{source}/{flags}" if source is not None else "/(?:)/"


def _date_string(value) -> str:
    tv = getattr(value, "date_value", None)
    if tv is not None and tv != tv:
        return "Invalid Date"
    try:
        text = _call_intrinsic(value, "%Date.prototype%", "toISOString")
    except Exception:  # noqa: BLE001 - RangeError for an invalid date
        return "Invalid Date"
    return text if text.__class__ is str else "Invalid Date"


def _error_to_string(err) -> str:
    name = _get(err, "name")
    msg = _get(err, "message")
    name = "Error" if name is UNDEFINED else _to_display_string(name)
    msg = "" if msg is UNDEFINED else _to_display_string(msg)
    if not name:
        return msg
    if not msg:
        return name
    return f"{name}: {msg}"


def _to_display_string(value) -> str:
    if value.__class__ is str:
        return value
    from scopejs.runtime.abstract_ops.type_conversion import ToString
    try:
        return ToString(value)
    except Exception:  # noqa: BLE001
        return format_primitive(value) if not _is_object(value) else "[object]"


def _format_error(err, constructor, tag: str, ctx: _Ctx, keys: list) -> str:
    name_v = _get(err, "name")
    name = "Error" if name_v is UNDEFINED or name_v is NULL else _to_display_string(name_v)
    stack_v = _get(err, "stack")
    stack = _to_display_string(stack_v) if stack_v not in (UNDEFINED, NULL, "") and stack_v is not None \
        else _error_to_string(err)
    if not ctx.show_hidden and keys:
        for prop in ("name", "message", "stack"):
            if prop in keys:
                v = _get(err, prop)
                if v.__class__ is str and v in stack:
                    keys.remove(prop)
    if err.HasProperty("cause") and "cause" not in keys:
        keys.append("cause")
    errors = _get(err, "errors")
    if isinstance(errors, JSArray) and "errors" not in keys:
        keys.append("errors")
    stack = _improve_stack(stack, constructor, name, tag)
    message = _get(err, "message")
    pos = -1
    if message.__class__ is str and message:
        pos = stack.find(message)
        if pos != -1:
            pos += len(message)
    stack_start = stack.find("\n    at", max(pos, 0)) if pos != -1 else stack.find("\n    at")
    if stack_start == -1:
        stack = f"[{stack}]"
    if ctx.indentation_lvl != 0:
        stack = stack.replace("\n", "\n" + " " * ctx.indentation_lvl)
    return stack


def _improve_stack(stack: str, constructor, name: str, tag: str) -> str:
    length = len(name)
    if constructor is None or (name.endswith("Error") and stack.startswith(name) and
                               (len(stack) == length or stack[length] in ":\n")):
        fallback = "Error"
        if constructor is None:
            m = (re.match(r"^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)", stack)
                 or re.match(r"^([a-z_A-Z0-9-]*Error)$", stack))
            fallback = (m and m.group(1)) or ""
            length = len(fallback)
            fallback = fallback or "Error"
        prefix = _get_prefix(constructor, tag, fallback)[:-1]
        if name != prefix:
            if name in prefix:
                stack = f"{prefix}: {stack}" if length == 0 else f"{prefix}{stack[length:]}"
            else:
                stack = f"{prefix} [{name}]{stack[length:]}"
    return stack


# ------------------------------------------------------------------ layout

def _string_width(text: str) -> int:
    if text.isascii():
        return len(text)
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _group_array_elements(ctx: _Ctx, output: list, value) -> list:
    total_length = 0
    max_length = 0
    output_length = len(output)
    if value is not None and ctx.max_array_length < _array_length(value):
        output_length -= 1          # the "... more items" entry is not grouped
    separator_space = 2
    data_len = []
    for i in range(output_length):
        length = _string_width(output[i])
        data_len.append(length)
        total_length += length + separator_space
        if max_length < length:
            max_length = length
    actual_max = max_length + separator_space
    if (actual_max * 3 + ctx.indentation_lvl < ctx.break_length and
            (total_length / actual_max > 5 or max_length <= 6)):
        approx_char_heights = 2.5
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(
            _js_round(math.sqrt(approx_char_heights * biased_max * output_length) / biased_max),
            (ctx.break_length - ctx.indentation_lvl) // actual_max,
            ctx.compact * 4,
            15,
        )
        if columns <= 1:
            return output
        tmp = []
        max_line_length = []
        for i in range(columns):
            line_length = 0
            for j in range(i, len(output), columns):
                if j < output_length and data_len[j] > line_length:
                    line_length = data_len[j]
            max_line_length.append(line_length + separator_space)
        pad_start = True
        if value is not None:
            for i in range(len(output)):
                item = _array_item_for_order(value, i)
                if item.__class__ is not float and item.__class__ is not JSBigInt:
                    pad_start = False
                    break
        for i in range(0, output_length, columns):
            max_i = min(i + columns, output_length)
            parts = []
            j = i
            while j < max_i - 1:
                padding = max_line_length[j - i] + len(output[j]) - data_len[j]
                cell = f"{output[j]}, "
                parts.append(cell.rjust(padding) if pad_start else cell.ljust(padding))
                j += 1
            if pad_start:
                padding = max_line_length[j - i] + len(output[j]) - data_len[j] - separator_space
                parts.append(output[j].rjust(padding))
            else:
                parts.append(output[j])
            tmp.append("".join(parts))
        if value is not None and ctx.max_array_length < _array_length(value):
            tmp.append(output[output_length])
        output = tmp
    return output


def _array_length(value) -> int:
    if getattr(value, "typed_array_name", None) is not None:
        return _typed_array_length(value)
    return value.get_length() if isinstance(value, JSArray) else 0


def _array_item_for_order(value, i):
    """value[i] as node's grouping reads it (typeof check only; holes are undefined)."""
    if getattr(value, "typed_array_name", None) is not None:
        return _get(value, str(i)) if i < _typed_array_length(value) else UNDEFINED
    if not isinstance(value, JSArray):
        return UNDEFINED
    desc = value.GetOwnProperty(str(i))
    if desc is None or desc.value is None:
        return UNDEFINED
    return desc.value


def _js_round(x: float) -> int:
    return math.floor(x + 0.5)


def _is_below_break_length(ctx: _Ctx, output: list, start: int, base: str) -> bool:
    total_length = len(output) + start
    if total_length + len(output) > ctx.break_length:
        return False
    for entry in output:
        total_length += len(entry)
        if total_length > ctx.break_length:
            return False
    return base == "" or "\n" not in base


def _reduce_to_single_string(ctx: _Ctx, output: list, base: str, braces: list, extras_type: int,
                             recurse_times: int, value) -> str:
    if ctx.compact is not True:
        if isinstance(ctx.compact, int) and ctx.compact >= 1:
            entries = len(output)
            if extras_type == _ARRAY_EXTRAS_TYPE and entries > 6:
                output = _group_array_elements(ctx, output, value)
            if ctx.current_depth - recurse_times < ctx.compact and entries == len(output):
                start = len(output) + ctx.indentation_lvl + len(braces[0]) + len(base) + 10
                if _is_below_break_length(ctx, output, start, base):
                    joined = ", ".join(output)
                    if "\n" not in joined:
                        return f"{base + ' ' if base else ''}{braces[0]} {joined} {braces[1]}"
        indentation = "\n" + " " * ctx.indentation_lvl
        sep = f",{indentation}  "
        return f"{base + ' ' if base else ''}{braces[0]}{indentation}  {sep.join(output)}{indentation}{braces[1]}"
    if _is_below_break_length(ctx, output, 0, base):
        return f"{braces[0]}{base and ' ' + base} {', '.join(output)} {braces[1]}"
    indentation = "\n" + " " * ctx.indentation_lvl
    ln = "" if base == "" and len(braces[0]) == 1 else f"{base and ' ' + base}{indentation}  "
    return f"{braces[0]}{ln}{f',{indentation}  '.join(output)} {braces[1]}"


# ------------------------------------------------------------------ console.log's formatter

def _has_builtin_to_string(value) -> bool:
    try:
        to_string = _get(value, "toString")
    except Exception:  # noqa: BLE001
        return True
    if not _is_function(to_string):
        return True
    if _has_own(value, "toString"):
        return False
    pointer = value
    while True:
        pointer = pointer.GetPrototypeOf()
        if pointer is NULL or pointer is None:
            return True
        if _has_own(pointer, "toString"):
            break
    desc = _own_desc(pointer, "constructor")
    return (desc is not None and desc.value is not None and _is_function(desc.value)
            and _function_name(desc.value) in _BUILTIN_CONSTRUCTORS)


def _js_string(value) -> str:
    from scopejs.runtime.abstract_ops.type_conversion import ToString
    if value.__class__ is JSSymbol:
        return value.descriptive_string()
    return ToString(value)


def _call_global_function(name: str, value):
    """%parseInt% / %parseFloat% applied to ``value`` (node's NumberParseInt/NumberParseFloat)."""
    from scopejs.runtime.execution import current_realm
    realm = current_realm()
    fn = realm.intrinsics.get(f"%{name}%") if realm is not None else None
    if fn is None and realm is not None and realm.global_object is not None:
        fn = realm.global_object.props.get(name)
    if fn is None or not _is_function(fn):
        return math.nan
    return fn.Call(UNDEFINED, [value])


def _json_stringify(value) -> str:
    from scopejs.runtime.execution import current_realm
    realm = current_realm()
    json = realm.intrinsics.get("%JSON%") if realm is not None else None
    fn = json.props.get("stringify") if json is not None else None
    if fn is None:
        return "undefined"
    try:
        result = fn.Call(json, [value])
    except Exception as exc:  # noqa: BLE001 - node: circular structures print "[Circular]"
        text = str(getattr(exc, "value", exc))
        if "circular" in text.lower() or "Circular" in repr(getattr(exc, "value", "")):
            return "[Circular]"
        raise
    return "undefined" if result is UNDEFINED else _js_string(result)


_DEFAULT_OPTIONS = InspectOptions()


def _inspect_arg(value, options) -> str:
    if value.__class__ is float:
        return number_to_display(value)
    if not isinstance(value, JSObject):
        return format_primitive(value)
    return inspect(value, options=options or _DEFAULT_OPTIONS)


def format_log_args(args: list, options: InspectOptions | None = None) -> str:
    """formatWithOptions(inspectOptions, ...args): what console.log prints (without newline)."""
    if not args:
        return ""
    first = args[0]
    if first.__class__ is str:
        if len(args) == 1:
            return first
        if "%" not in first:       # fast path: no format specifiers to consume
            return " ".join([v if v.__class__ is str else _inspect_arg(v, options) for v in args])
    opts = options or _DEFAULT_OPTIONS
    a = 0
    out: list[str] = []
    join = ""
    if first.__class__ is str:
        if len(args) == 1:
            return first
        last_pos = 0
        i = 0
        n = len(first)
        while i < n - 1:
            if first[i] == "%":
                i += 1
                next_char = first[i]
                if a + 1 != len(args):
                    if next_char == "s":
                        a += 1
                        arg = args[a]
                        if arg.__class__ is float:
                            temp = number_to_display(arg)
                        elif arg.__class__ is JSBigInt:
                            temp = f"{arg.value}n"
                        elif (not _is_object(arg) or _is_function(arg)
                              or not _has_builtin_to_string(arg)):
                            temp = _js_string(arg)
                        else:
                            temp = inspect(arg, depth=0, break_length=opts.break_length)
                    elif next_char == "j":
                        a += 1
                        temp = _json_stringify(args[a])
                    elif next_char == "d":
                        a += 1
                        arg = args[a]
                        if arg.__class__ is JSBigInt:
                            temp = f"{arg.value}n"
                        elif arg.__class__ is JSSymbol:
                            temp = "NaN"
                        else:
                            from scopejs.runtime.abstract_ops.type_conversion import ToNumber
                            temp = number_to_display(ToNumber(arg))
                    elif next_char == "O":
                        a += 1
                        temp = inspect(args[a], options=opts)
                    elif next_char == "o":
                        a += 1
                        temp = inspect(args[a], depth=4, show_hidden=True,
                                       break_length=opts.break_length)
                    elif next_char == "i":
                        a += 1
                        arg = args[a]
                        if arg.__class__ is JSBigInt:
                            temp = f"{arg.value}n"
                        elif arg.__class__ is JSSymbol:
                            temp = "NaN"
                        else:
                            temp = number_to_display(_call_global_function("parseInt", arg))
                    elif next_char == "f":
                        a += 1
                        arg = args[a]
                        temp = "NaN" if arg.__class__ is JSSymbol else \
                            number_to_display(_call_global_function("parseFloat", arg))
                    elif next_char == "c":
                        a += 1
                        temp = ""
                    elif next_char == "%":
                        out.append(first[last_pos:i])
                        last_pos = i + 1
                        i += 1
                        continue
                    else:
                        i += 1
                        continue
                    if last_pos != i - 1:
                        out.append(first[last_pos:i - 1])
                    out.append(temp)
                    last_pos = i + 1
                elif next_char == "%":
                    out.append(first[last_pos:i])
                    last_pos = i + 1
            i += 1
        if last_pos != 0:
            a += 1
            join = " "
            if last_pos < len(first):
                out.append(first[last_pos:])
    while a < len(args):
        value = args[a]
        out.append(join)
        out.append(value if value.__class__ is str else _inspect_arg(value, opts))
        join = " "
        a += 1
    return "".join(out)
