"""V8's `stack` property: the frames are captured when an error is created (or by
Error.captureStackTrace), the string is built when `stack` is first read, so its header shows
the error's name and message at that time (`e.name = 'Custom'` after `new Error('x')` gives
`Custom: x`).

Until then the own property is stored as an ``Accessor`` whose get/set are this realm's two
built-ins below; it is a *lazy data property*: [[GetOwnProperty]] (ordinary.py) materializes it
first, so every descriptor JS can see says {value, writable: true, enumerable: false,
configurable: true}, as node's.  The captured frames wait in a weak table of the realm; the
location of the innermost JS frame is kept (weakly) after formatting, for the uncaught-error
report's code frame (node prints it for rejected errors too).
"""
from __future__ import annotations

import weakref

from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import C, WC, Accessor
from scopejs.runtime.values import UNDEFINED


class CapturedStack:
    """What the evaluator captured: the `    at ...` lines and the (SourceText, offset) of the
    innermost JS frame (None outside JS code)."""
    __slots__ = ("lines", "location")

    def __init__(self, lines, location):
        self.lines = lines
        self.location = location


class ErrorStacks:
    """One realm's lazy stacks: the getter/setter pair and the captured frames per object."""
    __slots__ = ("getter", "setter", "pending", "locations", "message_locations")

    def __init__(self, realm):
        self.getter = realm.new_function(error_stack_get, 0, "stack", prefix="get")
        self.setter = realm.new_function(error_stack_set, 1, "stack", prefix="set")
        self.pending = weakref.WeakKeyDictionary()    # object -> CapturedStack
        self.locations = weakref.WeakKeyDictionary()  # object -> (SourceText, offset)
        # errors that say where they are about, whoever throws them (a SyntaxError of a file)
        self.message_locations = weakref.WeakKeyDictionary()


def stacks_of(realm) -> ErrorStacks:
    stacks = realm.error_stacks
    if stacks is None:
        stacks = realm.error_stacks = ErrorStacks(realm)
    return stacks


def _data_on_chain(obj, key):
    """The string data property ``key`` found first on ``obj``'s prototype chain (None when the
    first one found is not a string data property, or there is none); runs no JS."""
    o, depth = obj, 0
    while isinstance(o, JSObject) and depth < 10000:
        if not o.plain_props:
            return None
        v = o.props.get(key)
        if v is not None:
            return v if v.__class__ is str else None
        o, depth = o.proto, depth + 1
    return None


def stack_header(obj) -> str:
    """V8's ErrorUtils::ToString of the object, as Error.prototype.toString (20.5.3.4) reads
    it: name (default "Error") and message (default ""), from data properties only."""
    name = _data_on_chain(obj, "name")
    message = _data_on_chain(obj, "message") or ""
    name = "Error" if name is None else name
    if not name:
        return message
    return f"{name}: {message}" if message else name


def format_stack(obj, captured) -> str:
    """node's text: `Name: message` as the object says now, then the captured frames."""
    header = stack_header(obj)
    if captured is None or not captured.lines:
        return header
    return "\n".join([header, *("    at " + line for line in captured.lines)])


def install_stack(realm, obj, captured) -> None:
    """Give ``obj`` its own `stack` (V8: also when it has one already), formatted at first
    read.  An exotic object gets the string now."""
    if not obj.plain_props:
        obj.define_own_value("stack", format_stack(obj, captured), WC)
        return
    stacks = stacks_of(realm)
    obj.define_own_accessor("stack", stacks.getter, stacks.setter, C)
    stacks.pending[obj] = captured
    if captured is not None and captured.location is not None:
        stacks.locations[obj] = captured.location


def _pending_holder(this, getter):
    """The object on ``this``'s prototype chain whose own `stack` is still the lazy pair."""
    o, depth = this, 0
    while isinstance(o, JSObject) and depth < 10000:
        if o.plain_props:
            slot = o.props.get("stack")
            if slot.__class__ is Accessor and slot.get is getter:
                return o
            if slot is not None:
                return None
        o, depth = o.proto, depth + 1
    return None


def materialize_stack(realm, obj):
    """Turn ``obj``'s lazy `stack` into the data property holding its text; return it."""
    stacks = stacks_of(realm)
    text = format_stack(obj, stacks.pending.pop(obj, None))
    obj.define_own_value("stack", text, WC)
    return text


def error_stack_get(realm, this):
    """The lazy `stack`'s getter (never visible to JS: it looks like a data property)."""
    holder = _pending_holder(this, stacks_of(realm).getter)
    if holder is None:
        return UNDEFINED
    return materialize_stack(realm, holder)


error_stack_get.materializes = True   # read by JSObject.GetOwnProperty (a lazy data property)


def error_stack_set(realm, this, value):
    """Assigning `stack`: the error's own data property becomes ``value`` (an object
    inheriting from the error gets its own property, as for an inherited writable one)."""
    stacks = stacks_of(realm)
    holder = _pending_holder(this, stacks.getter)
    if holder is this:
        stacks.pending.pop(holder, None)
        holder.define_own_value("stack", value, WC)
    elif isinstance(this, JSObject):
        from scopejs.runtime.abstract_ops.object_operations import CreateDataProperty
        CreateDataProperty(this, "stack", value)


def error_stack_text(obj):
    """The `stack` string of ``obj`` as JS would read it (formatting it now if it is still
    lazy), without running JS: None when `stack` is not an own string data property."""
    if not isinstance(obj, JSObject) or not obj.plain_props:
        return None
    slot = obj.props.get("stack")
    if slot.__class__ is Accessor:
        if getattr(slot.get, "behavior", None) is not error_stack_get:
            return None
        return materialize_stack(slot.get.realm, obj)
    return slot if slot.__class__ is str else None


def error_location(realm, obj):
    """(SourceText, offset) of the innermost JS frame when ``obj``'s stack was captured in
    ``realm`` (None if unknown)."""
    stacks = realm.error_stacks
    if stacks is None or not isinstance(obj, JSObject):
        return None
    return stacks.locations.get(obj)


def set_message_location(realm, obj, location) -> None:
    """Record that error ``obj`` is about ``location`` (SourceText, offset): V8's message
    location, which node's uncaught report shows instead of where it was thrown (a syntax error
    of a required file is shown in that file)."""
    stacks_of(realm).message_locations[obj] = location


def message_location(realm, obj):
    """The location recorded by set_message_location, or None."""
    stacks = realm.error_stacks
    if stacks is None or not isinstance(obj, JSObject):
        return None
    return stacks.message_locations.get(obj)


def throw_early_error(realm, exc):
    """An early error (JSSyntaxError) of code compiled while JS runs (a required file, an
    imported module) thrown as a JS error of its kind, whose message location is the
    offending code: node's report shows that file's code frame, not the caller's."""
    from scopejs.runtime.completion import ThrowCompletion
    from scopejs.source.text import to_code_units
    error = realm.new_error(exc.kind, to_code_units(exc.message))
    if exc.source is not None:
        set_message_location(realm, error, (exc.source, exc.offset))
    raise ThrowCompletion(error) from None
