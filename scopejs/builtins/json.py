"""25.5 The JSON Object: JSON.parse (with reviver) and JSON.stringify (replacer function or
property list, indent, toJSON, boxed primitives), with node's error messages.

JSON.parse first runs Python's C ``json`` scanner (same grammar once NaN/Infinity are refused)
and builds JS values from its result; only when that fails does the Python parser below run,
to find the error and word it as V8 does ("Unexpected token '}', "{"a":}" is not valid JSON").
"""
from __future__ import annotations

import json as _pyjson
import re

from scopejs.builtins.declare import intrinsic
from scopejs.runtime.execution import CHUNK, chunks, tick
from scopejs.runtime.abstract_ops import (
    Call, CreateDataProperty, EnumerableOwnProperties, IsArray, IsCallable, LengthOfArrayLike,
    NumberToString, ToIntegerOrInfinity, ToNumber, ToString,
)
from scopejs.runtime.completion import throw_range_error, throw_syntax_error, throw_type_error
from scopejs.runtime.length_limits import check_string_length
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.primitive_wrappers import (
    JSBigIntObject, JSBooleanObject, JSNumberObject,
)
from scopejs.runtime.objects.string_exotic import JSStringObject
from scopejs.runtime.abstract_ops.object_operations import constructor_name_of
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt
from scopejs.source.text import to_code_units

JSON = intrinsic("%JSON%", to_string_tag="JSON", global_name="JSON")

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


# -- JSON.parse ---------------------------------------------------------------------------------

def _refuse_constant(name):
    raise ValueError(name)


class _Builder:
    """Turns the Python json result into JS values (objects are built by the pairs hook, in
    source order, so duplicate keys keep their first position and their last value)."""

    __slots__ = ("realm",)

    def __init__(self, realm):
        self.realm = realm

    def value(self, v):
        tick()
        c = v.__class__
        if c is str:
            return to_code_units(v) if _ASTRAL.search(v) else v
        if c is float or c is bool or c is JSObject:
            return v
        if c is int:
            return float(v)
        if c is list:
            return JSArray(self.realm.array_prototype, [self.value(x) for x in v])
        if v is None:
            return NULL
        return v

    def pairs(self, pairs):
        tick(len(pairs) + 1)
        obj = JSObject(self.realm.object_prototype)
        props = obj.props
        value = self.value
        for k, v in pairs:
            if _ASTRAL.search(k):
                k = to_code_units(k)
            props[k] = value(v)
        return obj       # OwnPropertyKeys lists integer keys first, as for any object


def _parse_float(text):
    tick()
    return float(text)


@JSON.method("parse", length=2, intrinsic="%JSON.parse%")
def JSON_parse(realm, this, text, reviver):
    """25.5.1 JSON.parse ( text [ , reviver ] )"""
    jtext = text if text.__class__ is str else ToString(text)
    builder = _Builder(realm)
    try:
        result = _pyjson.loads(jtext, object_pairs_hook=builder.pairs, parse_int=_parse_float,
                               parse_float=_parse_float, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        _JSONErrorFinder(jtext).run()         # throws the V8-worded SyntaxError
        throw_syntax_error(f'"{jtext}" is not valid JSON')
    unfiltered = builder.value(result)
    if IsCallable(reviver):
        root = JSObject(realm.object_prototype)
        CreateDataProperty(root, "", unfiltered)
        return InternalizeJSONProperty(root, "", reviver)
    return unfiltered


# 25.5.1.2 InternalizeJSONProperty ( holder, name, reviver )
def InternalizeJSONProperty(holder, name, reviver):  # noqa: N802
    val = holder.Get(name, holder)
    if isinstance(val, JSObject):
        if IsArray(val):
            length = LengthOfArrayLike(val)
            for i in range(length):
                tick()
                _internalize_element(val, str(i), reviver)
        else:
            for key in EnumerableOwnProperties(val, "key"):
                _internalize_element(val, key, reviver)
    return Call(reviver, holder, [name, val])


def _internalize_element(val, key, reviver):
    new_element = InternalizeJSONProperty(val, key, reviver)
    if new_element is UNDEFINED:
        val.Delete(key)
    else:
        CreateDataProperty(val, key, new_element)


_SPECIAL_SOURCES = ("NaN", "Infinity", "undefined", "[object Object]")
_WS = " \t\n\r"
_DIGITS = "0123456789"


class _JSONErrorFinder:
    """A strict JSON recogniser that raises SyntaxError with V8's message at the first error
    (run only on text that Python's scanner rejected)."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0

    def fail(self, message: str):
        throw_syntax_error(f"{message} in JSON at position {self.pos}")

    def unexpected(self):
        text, pos = self.text, self.pos
        if pos >= len(text):
            throw_syntax_error("Unexpected end of JSON input")
        c = text[pos]
        if c in _DIGITS or c == "-":
            self.fail("Unexpected number")
        if c == '"':
            self.fail("Unexpected string")
        if text in _SPECIAL_SOURCES:
            throw_syntax_error(f'"{text}" is not valid JSON')
        n = len(text)
        if n < 21:
            context = f'"{text}"'
        elif pos < 10:
            context = f'"{text[:pos + 10]}"...'
        elif pos < n - 10:
            context = f'..."{text[pos - 10:pos + 10]}"...'
        else:
            context = f'..."{text[pos - 10:]}"'
        throw_syntax_error(f"Unexpected token '{c}', {context} is not valid JSON")

    def skip_ws(self):
        text, pos, n = self.text, self.pos, len(self.text)
        while pos < n and text[pos] in _WS:
            pos += 1
        self.pos = pos

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def run(self):
        try:
            self.skip_ws()
            self.value()
            self.skip_ws()
        except RecursionError:
            throw_range_error("Maximum call stack size exceeded")
        if self.pos < len(self.text):
            throw_syntax_error("Unexpected non-whitespace character after JSON at position "
                               f"{self.pos}")

    def value(self):
        tick()
        c = self.peek()
        if c == "{":
            self.object()
        elif c == "[":
            self.array()
        elif c == '"':
            self.string()
        elif c == "-" or (c and c in _DIGITS):
            self.number()
        elif c in ("t", "f", "n"):
            word = {"t": "true", "f": "false", "n": "null"}[c]
            for expected in word:
                if self.pos >= len(self.text):
                    self.unexpected()
                if self.text[self.pos] != expected:
                    self.unexpected()
                self.pos += 1
        else:
            self.unexpected()

    def object(self):
        self.pos += 1
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            return
        if self.peek() != '"':
            self.fail("Expected property name or '}'")
        while True:
            self.string()
            self.skip_ws()
            if self.peek() != ":":
                self.fail("Expected ':' after property name")
            self.pos += 1
            self.skip_ws()
            self.value()
            self.skip_ws()
            c = self.peek()
            if c == "}":
                self.pos += 1
                return
            if c != ",":
                self.fail("Expected ',' or '}' after property value")
            self.pos += 1
            self.skip_ws()
            if self.peek() != '"':
                self.fail("Expected double-quoted property name")

    def array(self):
        self.pos += 1
        self.skip_ws()
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            self.value()
            self.skip_ws()
            c = self.peek()
            if c == "]":
                self.pos += 1
                return
            if c != ",":
                self.fail("Expected ',' or ']' after array element")
            self.pos += 1
            self.skip_ws()

    def string(self):
        text, n = self.text, len(self.text)
        self.pos += 1
        while True:
            if self.pos >= n:
                self.fail("Unterminated string")
            c = text[self.pos]
            if c == '"':
                self.pos += 1
                return
            if c < " ":
                self.fail("Bad control character in string literal")
            if c == "\\":
                self.pos += 1
                if self.pos >= n:
                    self.fail("Unterminated string")
                e = text[self.pos]
                if e == "u":
                    for _ in range(4):
                        self.pos += 1
                        if self.pos >= n or text[self.pos] not in "0123456789abcdefABCDEF":
                            self.fail("Bad Unicode escape")
                elif e not in '"\\/bfnrt':
                    self.fail("Bad escaped character")
            self.pos += 1

    def number(self):
        text, n = self.text, len(self.text)
        if self.peek() == "-":
            self.pos += 1
            if self.pos >= n or text[self.pos] not in _DIGITS:
                self.fail("No number after minus sign")
        if text[self.pos] == "0":
            self.pos += 1
            if self.pos < n and text[self.pos] in _DIGITS:
                self.fail("Unexpected number")
        else:
            while self.pos < n and text[self.pos] in _DIGITS:
                self.pos += 1
        if self.pos < n and text[self.pos] == ".":
            self.pos += 1
            if self.pos >= n or text[self.pos] not in _DIGITS:
                self.fail("Unterminated fractional number")
            while self.pos < n and text[self.pos] in _DIGITS:
                self.pos += 1
        if self.pos < n and text[self.pos] in "eE":
            self.pos += 1
            if self.pos < n and text[self.pos] in "+-":
                self.pos += 1
            if self.pos >= n or text[self.pos] not in _DIGITS:
                self.fail("Exponent part is missing a number")
            while self.pos < n and text[self.pos] in _DIGITS:
                self.pos += 1


# -- JSON.stringify -----------------------------------------------------------------------------

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
            "\t": "\\t"}
# What QuoteJSONString must look at: a plain character class (a regexp with lookarounds for the
# lone surrogates scans ten times slower); whether a surrogate is part of a pair is decided below.
_SPECIAL = re.compile('["\\\\\x00-\x1f\ud800-\udfff]')


def _is_paired_surrogate(value: str, i: int) -> bool:
    c = value[i]
    if c <= "\udbff":
        return i + 1 < len(value) and "\udc00" <= value[i + 1] <= "\udfff"
    return i > 0 and "\ud800" <= value[i - 1] <= "\udbff"


# 25.5.2.3 QuoteJSONString ( value )
def QuoteJSONString(value: str) -> str:  # noqa: N802
    """Scanned in chunks (a huge string stays interruptible by the limits); the result's length
    is checked against the maximum string length before it is built."""
    n = len(value)
    if n <= CHUNK and _SPECIAL.search(value) is None:
        return '"' + value + '"'
    total = n + 2
    parts = ['"']
    last = 0
    for start, stop in chunks(n):
        for m in _SPECIAL.finditer(value, start, stop):
            i = m.start()
            c = value[i]
            if c >= "\ud800" and _is_paired_surrogate(value, i):
                continue
            escaped = _ESCAPES.get(c) or f"\\u{ord(c):04x}"
            parts.append(value[last:i])
            parts.append(escaped)
            last = i + 1
            total += len(escaped) - 1
        check_string_length(total)
    parts.append(value[last:])
    parts.append('"')
    return "".join(parts)


def _join_checked(opening: str, partial: list, separator: str, closing: str) -> str:
    """``opening + separator.join(partial) + closing``, refused with node's RangeError beyond
    the maximum string length (before it is built)."""
    check_string_length(len(opening) + sum(map(len, partial))
                        + len(separator) * (len(partial) - 1) + len(closing))
    return opening + separator.join(partial) + closing


class _State:
    """25.5.2.1 JSON Serialization Record: [[ReplacerFunction]], [[Stack]], [[Indent]],
    [[Gap]], [[PropertyList]] (+ the path of keys for the circular-structure message)."""

    __slots__ = ("realm", "replacer", "stack", "keys", "indent", "gap", "property_list")

    def __init__(self, realm, replacer, gap, property_list):
        self.realm = realm
        self.replacer = replacer
        self.stack = []
        self.keys = []
        self.indent = ""
        self.gap = gap
        self.property_list = property_list


@JSON.method("stringify", length=3)
def JSON_stringify(realm, this, value, replacer, space):
    """25.5.2 JSON.stringify ( value [ , replacer [ , space ] ] )"""
    replacer_function = None
    property_list = None
    if isinstance(replacer, JSObject):
        if IsCallable(replacer):
            replacer_function = replacer
        elif IsArray(replacer):
            property_list = []
            seen = set()
            length = LengthOfArrayLike(replacer)
            for k in range(length):
                tick()
                v = replacer.Get(str(k), replacer)
                item = UNDEFINED
                if v.__class__ is str:
                    item = v
                elif v.__class__ is float:
                    item = NumberToString(v)
                elif isinstance(v, (JSStringObject, JSNumberObject)):
                    item = ToString(v)
                if item is not UNDEFINED and item not in seen:
                    seen.add(item)
                    property_list.append(item)
    if isinstance(space, JSNumberObject):
        space = ToNumber(space)
    elif isinstance(space, JSStringObject):
        space = ToString(space)
    if space.__class__ is float:
        space_mv = int(min(10, ToIntegerOrInfinity(space)))
        gap = " " * space_mv if space_mv >= 1 else ""
    elif space.__class__ is str:
        gap = space[:10]
    else:
        gap = ""
    wrapper = JSObject(realm.object_prototype)
    CreateDataProperty(wrapper, "", value)
    state = _State(realm, replacer_function, gap, property_list)
    result = SerializeJSONProperty(state, "", wrapper)
    return UNDEFINED if result is None else result


# 25.5.2.2 SerializeJSONProperty ( state, key, holder )
def SerializeJSONProperty(state, key, holder):  # noqa: N802
    """The JSON text of holder[key], or None for undefined (the property is skipped)."""
    tick()
    value = holder.Get(key, holder)
    if isinstance(value, JSObject) or value.__class__ is JSBigInt:
        to_json = _get_v(state.realm, value, "toJSON")
        if isinstance(to_json, JSFunctionBase):
            value = to_json.Call(value, [key])
    if state.replacer is not None:
        value = state.replacer.Call(holder, [key, value])
    c = value.__class__
    if isinstance(value, JSObject):
        if c is JSNumberObject:
            value = ToNumber(value)
        elif c is JSStringObject:
            value = ToString(value)
        elif c is JSBooleanObject:
            value = value.boolean_data
        elif c is JSBigIntObject:
            value = value.bigint_data
        c = value.__class__
    if value is NULL:
        return "null"
    if c is bool:
        return "true" if value else "false"
    if c is str:
        return QuoteJSONString(value)
    if c is float:
        if value != value or value in (float("inf"), float("-inf")):
            return "null"
        return NumberToString(value)
    if c is JSBigInt:
        throw_type_error("Do not know how to serialize a BigInt")
    if isinstance(value, JSObject) and not isinstance(value, JSFunctionBase):
        if IsArray(value):
            return SerializeJSONArray(state, value, key)
        return SerializeJSONObject(state, value, key)
    return None


def _get_v(realm, value, key):
    if isinstance(value, JSObject):
        return value.Get(key, value)
    proto = realm.intrinsics.get("%BigInt.prototype%")
    return proto.Get(key, value) if proto is not None else UNDEFINED


def _enter(state, value, key):
    """Push ``value`` on the stack; TypeError (node's message) when it is already there."""
    for i, seen in enumerate(state.stack):
        if seen is value:
            _throw_circular(state, i, key)
    state.stack.append(value)
    state.keys.append(key)


def _describe_key(holder, key) -> str:
    if isinstance(holder, JSArray) or (isinstance(holder, JSObject) and IsArray(holder)):
        return f"index {key}"
    return f"property '{key}'"


def _ctor_name(obj) -> str:
    try:
        name = constructor_name_of(obj)
    except Exception:  # noqa: BLE001 - only a message is at stake
        name = ""
    return name or "Object"


def _throw_circular(state, start, closing_key):
    stack, keys = state.stack, state.keys
    lines = ["Converting circular structure to JSON",
             f"    --> starting at object with constructor '{_ctor_name(stack[start])}'"]
    for j in range(start + 1, len(stack)):
        lines.append(f"    |     {_describe_key(stack[j - 1], keys[j])} -> object with "
                     f"constructor '{_ctor_name(stack[j])}'")
    lines.append(f"    --- {_describe_key(stack[-1], closing_key)} closes the circle")
    throw_type_error("\n".join(lines))


def _wrap(state, opening: str, partial: list, closing: str, stepback: str) -> str:
    """The last steps of SerializeJSONObject / SerializeJSONArray: the members in brackets,
    one per line when there is a gap."""
    if not partial:
        return opening + closing
    if not state.gap:
        return _join_checked(opening, partial, ",", closing)
    return _join_checked(opening + "\n" + state.indent, partial, ",\n" + state.indent,
                         "\n" + stepback + closing)


# 25.5.2.5 SerializeJSONObject ( state, value )
def SerializeJSONObject(state, value, key=""):  # noqa: N802
    _enter(state, value, key)
    stepback = state.indent
    state.indent = stepback + state.gap
    if state.property_list is not None:
        keys = state.property_list
    else:
        keys = EnumerableOwnProperties(value, "key")
    partial = []
    total = 0     # the members' length so far (with their commas)
    colon = ": " if state.gap else ":"
    for p in keys:
        str_p = SerializeJSONProperty(state, p, value)
        if str_p is not None:
            member = QuoteJSONString(p)
            total += len(member) + len(colon) + len(str_p) + 1
            check_string_length(total)
            partial.append(member + colon + str_p)
    final = _wrap(state, "{", partial, "}", stepback)
    state.stack.pop()
    state.keys.pop()
    state.indent = stepback
    return final


# 25.5.2.6 SerializeJSONArray ( state, value )
def SerializeJSONArray(state, value, key=""):  # noqa: N802
    _enter(state, value, key)
    stepback = state.indent
    state.indent = stepback + state.gap
    partial = []
    length = LengthOfArrayLike(value)
    total = 0     # the elements' length so far (with their commas)
    for index in range(length):
        str_p = SerializeJSONProperty(state, str(index), value)
        if str_p is None:
            str_p = "null"
        total += len(str_p) + 1
        check_string_length(total)
        partial.append(str_p)
    final = _wrap(state, "[", partial, "]", stepback)
    state.stack.pop()
    state.keys.pop()
    state.indent = stepback
    return final


__all__ = ["JSON_parse", "JSON_stringify", "QuoteJSONString", "InternalizeJSONProperty"]
