"""The console object as node 20 has it (not ECMAScript: the WHATWG Console Standard as node
implements it in lib/internal/console/constructor.js).

Output goes to the host streams ``realm.host_defined["stdout"]`` / ``["stderr"]`` (set by the
Engine; sys.stdout/sys.stderr otherwise). Strings are UTF-16 code units inside the engine; they
are converted at this edge: a surrogate pair becomes its astral character and a lone surrogate
U+FFFD, which is what node writes as UTF-8.

Methods are own enumerable properties, in node's key order. Formatting is scopejs.inspect.value_format
(node's util.inspect). ``console.dir(fn, {scopes: true})`` additionally prints the function's
[[Scopes]] as DevTools shows them (scopejs.inspect.scopes_view): a scopejs extension, also
turned on for every console.dir by ``realm.host_defined["show_scopes"] = True`` (for a CLI flag).
"""
from __future__ import annotations

import re
import sys
import time

from scopejs.builtins.declare import intrinsic
from scopejs.runtime.error_stack import error_stack_text
from scopejs.runtime.property import WEC
from scopejs.runtime.values import NULL, UNDEFINED, JSSymbol

CONSOLE = intrinsic("%console%", global_name="console", to_string_tag="console")

_SURROGATE = re.compile("[\ud800-\udfff]")
_GROUP_INDENT = "  "


class _ConsoleState:
    """Per-realm console state: counters, timers and the group indentation."""
    __slots__ = ("counts", "timers", "indent")

    def __init__(self):
        self.counts: dict[str, int] = {}
        self.timers: dict[str, float] = {}
        self.indent = ""


def _state(realm) -> _ConsoleState:
    state = realm.host_defined.get("console_state")
    if state is None:
        state = realm.host_defined["console_state"] = _ConsoleState()
    return state


def to_host_text(text: str) -> str:
    """UTF-16 code units -> Python text for a host stream (pairs joined, lone surrogates
    replaced by U+FFFD as node's UTF-8 output does)."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _write(realm, stream: str, text: str) -> None:
    state = _state(realm)
    if state.indent:
        if "\n" in text:
            text = text.replace("\n", "\n" + state.indent)
        text = state.indent + text
    out = realm.host_defined.get(stream)
    if out is None:
        out = sys.stdout if stream == "stdout" else sys.stderr
    out.write(to_host_text(text) + "\n")


def _format(args) -> str:
    from scopejs.inspect.value_format import format_log_args
    return format_log_args(list(args))


def _label(value) -> str:
    if value is UNDEFINED:
        return "default"
    from scopejs.runtime.abstract_ops.type_conversion import ToString
    return value.descriptive_string() if value.__class__ is JSSymbol else ToString(value)


@CONSOLE.method("log", length=0, flags=WEC)
def console_log(realm, this, *args):
    """console.log(...data): formatWithOptions(...data) + newline on stdout."""
    _write(realm, "stdout", _format(args))


@CONSOLE.method("warn", length=0, flags=WEC)
def console_warn(realm, this, *args):
    _write(realm, "stderr", _format(args))


def _inspect_options(options):
    """util.inspect options read from a JS options object (console.dir's second argument)."""
    from scopejs.inspect.value_format import InspectOptions
    opts = InspectOptions()
    scopes = False
    if options is UNDEFINED or options is NULL or not hasattr(options, "Get"):
        return opts, scopes

    def get(name):
        return options.Get(name, options)

    depth = get("depth")
    if depth is NULL or (depth.__class__ is float and depth == float("inf")):
        opts.depth = None
    elif depth.__class__ is float and depth == depth:
        opts.depth = int(depth)
    for js_name, attr in (("showHidden", "show_hidden"), ("sorted", "sorted"),
                          ("getters", "getters")):
        v = get(js_name)
        if v.__class__ is bool or (attr == "getters" and v in ("get", "set")):
            setattr(opts, attr, v)
    for js_name, attr in (("breakLength", "break_length"), ("maxArrayLength", "max_array_length"),
                          ("maxStringLength", "max_string_length")):
        v = get(js_name)
        if v.__class__ is float and v == v:
            setattr(opts, attr, int(v) if v != float("inf") else 1 << 62)
    compact = get("compact")
    if compact.__class__ is bool:
        opts.compact = compact
    elif compact.__class__ is float and compact == compact:
        opts.compact = int(compact)
    scopes = get("scopes") is True
    return opts, scopes


@CONSOLE.method("dir", length=0, flags=WEC)
def console_dir(realm, this, obj=UNDEFINED, options=UNDEFINED):
    """console.dir(obj, options): util.inspect(obj, options) on stdout; with
    ``{scopes: true}`` a function's [[Scopes]] follow (scopejs extension)."""
    from scopejs.inspect.value_format import inspect
    opts, scopes = _inspect_options(options)
    scopes = scopes or bool(realm.host_defined.get("show_scopes"))   # the CLI's --show-scopes
    text = inspect(obj, options=opts)
    if scopes:
        from scopejs.inspect.scopes_view import format_scopes
        lines = format_scopes(obj, realm)
        if lines:
            text += "\n" + "\n".join(lines)
    _write(realm, "stdout", text)


def _format_ms(ms: float) -> str:
    # node: formatTime -> "1.234ms", "1.234s" past a second
    if ms >= 1000:
        return f"{ms / 1000:.3f}s"
    return f"{ms:.3f}ms"


@CONSOLE.method("time", length=0, flags=WEC)
def console_time(realm, this, label=UNDEFINED):
    name = _label(label)
    timers = _state(realm).timers
    if name in timers:
        _write(realm, "stderr", f"Warning: Label '{name}' already exists for console.time()")
        return
    timers[name] = time.perf_counter()


@CONSOLE.method("timeEnd", length=0, flags=WEC)
def console_time_end(realm, this, label=UNDEFINED):
    name = _label(label)
    start = _state(realm).timers.pop(name, None)
    if start is None:
        _write(realm, "stderr", f"Warning: No such label '{name}' for console.timeEnd()")
        return
    _write(realm, "stdout", f"{name}: {_format_ms((time.perf_counter() - start) * 1000)}")


@CONSOLE.method("timeLog", length=0, flags=WEC)
def console_time_log(realm, this, label=UNDEFINED, *args):
    name = _label(label)
    start = _state(realm).timers.get(name)
    if start is None:
        _write(realm, "stderr", f"Warning: No such label '{name}' for console.timeLog()")
        return
    text = f"{name}: {_format_ms((time.perf_counter() - start) * 1000)}"
    if args:
        text += " " + _format(args)
    _write(realm, "stdout", text)


@CONSOLE.method("trace", length=0, flags=WEC)
def console_trace(realm, this, *args):
    """console.trace(...data): "Trace: <data>" and the JS stack on stderr."""
    text = "Trace" + (": " + _format(args) if args else "")
    agent = realm.agent
    stack = None
    if agent is not None:
        try:
            err = realm.new_error("Error", text)
            stack = error_stack_text(err)
        except Exception:  # noqa: BLE001 - a trace without frames is still a trace
            stack = None
    if stack.__class__ is str and "\n" in stack:
        text = text + stack[stack.index("\n"):]
    _write(realm, "stderr", text)


@CONSOLE.method("assert", length=0, flags=WEC)
def console_assert(realm, this, expression=UNDEFINED, *args):
    """console.assert(value, ...data): nothing when truthy, else "Assertion failed" on stderr."""
    from scopejs.runtime.abstract_ops.type_conversion import ToBoolean
    if ToBoolean(expression):
        return
    args = list(args)
    if args and args[0].__class__ is str:
        args[0] = f"Assertion failed: {args[0]}"
    else:
        args.insert(0, "Assertion failed")
    _write(realm, "stderr", _format(args))


@CONSOLE.method("clear", length=0, flags=WEC)
def console_clear(realm, this):
    """console.clear(): nothing when the output is not a terminal (as node does then)."""


@CONSOLE.method("count", length=0, flags=WEC)
def console_count(realm, this, label=UNDEFINED):
    name = _label(label)
    counts = _state(realm).counts
    counts[name] = counts.get(name, 0) + 1
    _write(realm, "stdout", f"{name}: {counts[name]}")


@CONSOLE.method("countReset", length=0, flags=WEC)
def console_count_reset(realm, this, label=UNDEFINED):
    name = _label(label)
    counts = _state(realm).counts
    if name in counts:
        counts[name] = 0
    else:
        _write(realm, "stderr", f"Count for '{name}' does not exist")


@CONSOLE.method("group", length=0, flags=WEC)
def console_group(realm, this, *args):
    if args:
        _write(realm, "stdout", _format(args))
    _state(realm).indent += _GROUP_INDENT


@CONSOLE.method("groupEnd", length=0, flags=WEC)
def console_group_end(realm, this):
    state = _state(realm)
    state.indent = state.indent[:-len(_GROUP_INDENT)]


@CONSOLE.method("table", length=0, flags=WEC)
def console_table(realm, this, data=UNDEFINED, properties=UNDEFINED):
    """console.table(data): node's table for arrays/objects of rows; other values are logged."""
    text = render_table(data, properties)
    _write(realm, "stdout", text if text is not None else _format([data]))



@CONSOLE.method("debug", length=0, flags=WEC)
def console_debug(realm, this, *args):
    _write(realm, "stdout", _format(args))


@CONSOLE.method("info", length=0, flags=WEC)
def console_info(realm, this, *args):
    _write(realm, "stdout", _format(args))


@CONSOLE.method("dirxml", length=0, flags=WEC)
def console_dirxml(realm, this, *args):
    _write(realm, "stdout", _format(args))


@CONSOLE.method("error", length=0, flags=WEC)
def console_error(realm, this, *args):
    _write(realm, "stderr", _format(args))


@CONSOLE.method("groupCollapsed", length=0, flags=WEC)
def console_group_collapsed(realm, this, *args):
    console_group(realm, this, *args)


@CONSOLE.method("profile", length=0, flags=WEC)
def console_profile(realm, this, label=UNDEFINED):
    """console.profile(): a no-op without an inspector, as in node."""


@CONSOLE.method("profileEnd", length=0, flags=WEC)
def console_profileend(realm, this, label=UNDEFINED):
    """console.profileEnd(): a no-op without an inspector."""


@CONSOLE.method("timeStamp", length=0, flags=WEC)
def console_timestamp(realm, this, label=UNDEFINED):
    """console.timeStamp(): a no-op without an inspector."""

# -- console.table (node's lib/internal/cli_table.js) -------------------------------------------

_TABLE = {"mm": "\u2500", "rm": "\u253c", "tr": "\u2510", "tl": "\u250c", "lm": "\u251c",
          "tm": "\u252c", "br": "\u2518", "bl": "\u2514", "bm": "\u2534", "rmid": "\u2524",
          "left": "\u2502 ", "right": " \u2502", "middle": " \u2502 "}


def _table_inspect(value) -> str:
    from scopejs.inspect.value_format import _get_keys, inspect
    from scopejs.runtime.objects.arrays import JSArray
    from scopejs.runtime.objects.ordinary import JSObject
    depth = 0
    if isinstance(value, JSObject) and not isinstance(value, JSArray) and \
            len(_get_keys(value, False)) > 2:
        depth = -1
    return inspect(value, depth=depth, max_array_length=3, break_length=1 << 62)


def _render_row(row, widths) -> str:
    from scopejs.inspect.value_format import _string_width
    out = _TABLE["left"]
    for i, cell in enumerate(row):
        out += cell + " " * (widths[i] - _string_width(cell))   # node 20.x: left-aligned cells
        if i != len(row) - 1:
            out += _TABLE["middle"]
    return out + _TABLE["right"]


def _cli_table(head: list, columns: list) -> str:
    from scopejs.inspect.value_format import _string_width
    widths = [_string_width(h) for h in head]
    longest = max((len(c) for c in columns), default=0)
    rows: list = []
    for i, column in enumerate(columns):
        for j in range(longest):
            if j >= len(rows):
                rows.append([""] * len(head))
            value = column.get(j, "") if isinstance(column, dict) else (
                column[j] if j < len(column) and column[j] is not None else "")
            rows[j][i] = value
            widths[i] = max(widths[i], _string_width(value))
    divider = [_TABLE["mm"] * (w + 2) for w in widths]
    lines = [_TABLE["tl"] + _TABLE["tm"].join(divider) + _TABLE["tr"],
             _render_row(head, widths),
             _TABLE["lm"] + _TABLE["rm"].join(divider) + _TABLE["rmid"]]
    lines += [_render_row(row, widths) for row in rows]
    lines.append(_TABLE["bl"] + _TABLE["bm"].join(divider) + _TABLE["br"])
    return "\n".join(lines)


def render_table(data, properties=UNDEFINED):
    """node's console.table for arrays and plain objects of rows; None for other values
    (they are logged instead; Map/Set tables are not drawn yet)."""
    from scopejs.inspect.value_format import _get_keys
    from scopejs.runtime.objects.ordinary import JSObject
    if not isinstance(data, JSObject) or getattr(data, "class_name", "") in ("Map", "Set"):
        return None
    props = None
    if properties is not UNDEFINED:
        from scopejs.runtime.objects.arrays import JSArray
        if isinstance(properties, JSArray):
            props = [properties.Get(str(i), properties) for i in range(properties.get_length())]
    index_keys = [k for k in _get_keys(data, False) if k.__class__ is str]
    columns: dict = {}
    values_column: dict = {}
    has_primitives = False
    for i, key in enumerate(index_keys):
        item = data.Get(key, data)
        primitive = not isinstance(item, JSObject)
        if props is None and primitive:
            has_primitives = True
            values_column[i] = _table_inspect(item)
            continue
        keys = props if props is not None else [k for k in _get_keys(item, False)]
        for k in keys:
            col = columns.setdefault(k, {})
            if primitive or item.GetOwnProperty(k) is None:
                col[i] = ""
            else:
                col[i] = _table_inspect(item.Get(k, item))
    head = ["(index)"]
    cols: list = [dict(enumerate(index_keys))]
    for k, col in columns.items():
        head.append(k if k.__class__ is str else k.descriptive_string())
        cols.append(col)
    if has_primitives:
        head.append("Values")
        cols.append(values_column)
    return _cli_table(head, cols)
