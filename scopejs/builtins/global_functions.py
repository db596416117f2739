"""19 The Global Object: value properties (19.1), function properties (19.2: eval, isFinite,
isNaN, parseFloat, parseInt, the URI functions) and Annex B.2.1 escape/unescape.

``GLOBAL_OBJECT`` is the declaration of the global object itself: other modules add global
properties with ``GLOBAL_OBJECT.method(...)`` / ``.value(...)``.
"""
from __future__ import annotations

import math
import re

from scopejs.builtins.declare import function, intrinsic
from scopejs.runtime.abstract_ops import JS_WHITESPACE, ToInt32, ToNumber, ToString
from scopejs.runtime.completion import throw_uri_error
from scopejs.runtime.execution import PY_CHUNK, chunks
from scopejs.runtime.values import UNDEFINED

GLOBAL_OBJECT = intrinsic("%GlobalObject%")

# 19.1 Value Properties of the Global Object
GLOBAL_OBJECT.value("globalThis", compute=lambda realm: realm.intrinsics["%GlobalObject%"],
                    enumerable=False)
GLOBAL_OBJECT.value("Infinity", math.inf, writable=False, configurable=False)
GLOBAL_OBJECT.value("NaN", math.nan, writable=False, configurable=False)
GLOBAL_OBJECT.value("undefined", UNDEFINED, writable=False, configurable=False)

EVAL = function("%eval%", length=1, global_name="eval")


@EVAL.behavior
def eval_(realm, this, x):
    """19.2.1 eval ( x ): an indirect eval (direct eval is compiled by the interpreter)."""
    if x.__class__ is not str:
        return x
    return realm.agent.evaluator.indirect_eval(realm, x)


@GLOBAL_OBJECT.method("isFinite", length=1, intrinsic="%isFinite%")
def isFinite(realm, this, number):
    """19.2.2 isFinite ( number )"""
    return math.isfinite(ToNumber(number))


@GLOBAL_OBJECT.method("isNaN", length=1, intrinsic="%isNaN%")
def isNaN(realm, this, number):
    """19.2.3 isNaN ( number )"""
    n = ToNumber(number)
    return n != n


_FLOAT_PREFIX = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")


@GLOBAL_OBJECT.method("parseFloat", length=1, intrinsic="%parseFloat%")
def parseFloat(realm, this, string):
    """19.2.4 parseFloat ( string )"""
    s = ToString(string).lstrip(JS_WHITESPACE)
    m = _FLOAT_PREFIX.match(s)
    if m is None:
        return math.nan
    text = m.group(0)
    if text.endswith("Infinity"):
        return -math.inf if text[0] == "-" else math.inf
    # an exponent without digits was not consumed by the regex, so float() accepts text
    return float(text)


_DIGIT_VALUES = {c: i for i, c in enumerate("0123456789abcdefghijklmnopqrstuvwxyz")}


@GLOBAL_OBJECT.method("parseInt", length=2, intrinsic="%parseInt%")
def parseInt(realm, this, string, radix):
    """19.2.5 parseInt ( string, radix )"""
    s = ToString(string).lstrip(JS_WHITESPACE)
    sign = 1
    if s[:1] == "-":
        sign = -1
    if s[:1] in ("-", "+"):
        s = s[1:]
    r = ToInt32(radix)
    strip_prefix = True
    if r != 0:
        if r < 2 or r > 36:
            return math.nan
        if r != 16:
            strip_prefix = False
    else:
        r = 10
    if strip_prefix and s[:2] in ("0x", "0X"):
        s = s[2:]
        r = 16
    end = 0
    n = len(s)
    while end < n:
        d = _DIGIT_VALUES.get(s[end].lower() if s[end].isascii() else "", 99)
        if d >= r:
            break
        end += 1
    if end == 0:
        return math.nan
    digits = s[:end]
    if r == 10 and end > 20:
        # 19.2.5 step 13: may approximate after 20 significant digits; V8 parses as a double
        return sign * float(digits)
    value = int(digits, r)
    try:
        return sign * float(value)
    except OverflowError:
        return sign * math.inf


# 19.2.6 URI Handling Functions
_URI_RESERVED = ";/?:@&=+$,"
_URI_UNESCAPED = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                  "-_.!~*'()")


# 19.2.6.5 Encode ( string, extraUnescaped )
def Encode(string: str, extra_unescaped: str) -> str:
    unescaped = _URI_UNESCAPED + extra_unescaped
    out = []
    k = 0
    n = len(string)
    for _, stop in chunks(n, PY_CHUNK, 1):
        while k < stop:
            c = string[k]
            if c in unescaped:
                out.append(c)
                k += 1
                continue
            cp = ord(c)
            if 0xDC00 <= cp <= 0xDFFF:
                throw_uri_error("URI malformed")
            if 0xD800 <= cp <= 0xDBFF:
                if k + 1 >= n or not 0xDC00 <= ord(string[k + 1]) <= 0xDFFF:
                    throw_uri_error("URI malformed")
                cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(string[k + 1]) - 0xDC00)
                k += 2
            else:
                k += 1
            out.extend(f"%{b:02X}" for b in chr(cp).encode("utf-8"))
    return "".join(out)


# 19.2.6.6 Decode ( string, preserveEscapeSet )
def Decode(string: str, preserve_escape_set: str) -> str:
    out = []
    k = 0
    n = len(string)
    for _, stop in chunks(n, PY_CHUNK, 1):
        while k < stop:
            c = string[k]
            if c != "%":
                out.append(c)
                k += 1
                continue
            start = k
            if k + 2 >= n:
                throw_uri_error("URI malformed")
            b = _hex_byte(string, k + 1)
            k += 2
            if b < 0x80:
                ch = chr(b)
                out.append(ch if ch not in preserve_escape_set else string[start:k + 1])
                k += 1
                continue
            if b & 0xE0 == 0xC0:
                count = 2
            elif b & 0xF0 == 0xE0:
                count = 3
            elif b & 0xF8 == 0xF0:
                count = 4
            else:
                throw_uri_error("URI malformed")
            octets = [b]
            if k + 3 * (count - 1) >= n:
                throw_uri_error("URI malformed")
            for _ in range(count - 1):
                k += 1
                if string[k] != "%":
                    throw_uri_error("URI malformed")
                octets.append(_hex_byte(string, k + 1))
                k += 2
            try:
                decoded = bytes(octets).decode("utf-8")
            except UnicodeDecodeError:
                throw_uri_error("URI malformed")
            cp = ord(decoded)
            if cp >= 0x10000:
                cp -= 0x10000
                out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
            else:
                out.append(decoded)
            k += 1
    return "".join(out)


def _hex_byte(s: str, i: int) -> int:
    h = s[i:i + 2]
    if len(h) != 2 or any(c not in "0123456789abcdefABCDEF" for c in h):
        throw_uri_error("URI malformed")
    return int(h, 16)


@GLOBAL_OBJECT.method("decodeURI", length=1, intrinsic="%decodeURI%")
def decodeURI(realm, this, encoded_uri):
    """19.2.6.1 decodeURI ( encodedURI )"""
    return Decode(ToString(encoded_uri), _URI_RESERVED + "#")


@GLOBAL_OBJECT.method("decodeURIComponent", length=1, intrinsic="%decodeURIComponent%")
def decodeURIComponent(realm, this, encoded_uri_component):
    """19.2.6.2 decodeURIComponent ( encodedURIComponent )"""
    return Decode(ToString(encoded_uri_component), "")


@GLOBAL_OBJECT.method("encodeURI", length=1, intrinsic="%encodeURI%")
def encodeURI(realm, this, uri):
    """19.2.6.3 encodeURI ( uri )"""
    return Encode(ToString(uri), _URI_RESERVED + "#")


@GLOBAL_OBJECT.method("encodeURIComponent", length=1, intrinsic="%encodeURIComponent%")
def encodeURIComponent(realm, this, uri_component):
    """19.2.6.4 encodeURIComponent ( uriComponent )"""
    return Encode(ToString(uri_component), "")


_ESCAPE_OK = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./")


@GLOBAL_OBJECT.method("escape", length=1, intrinsic="%escape%")
def escape(realm, this, string):
    """B.2.1.1 escape ( string )"""
    s = ToString(string)
    out = []
    for start, stop in chunks(len(s), PY_CHUNK, 1):
        for c in s[start:stop]:
            if c in _ESCAPE_OK:
                out.append(c)
            elif ord(c) < 256:
                out.append(f"%{ord(c):02X}")
            else:
                out.append(f"%u{ord(c):04X}")
    return "".join(out)


_UNESCAPE_RE = re.compile(r"%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})")


@GLOBAL_OBJECT.method("unescape", length=1, intrinsic="%unescape%")
def unescape(realm, this, string):
    """B.2.1.2 unescape ( string )"""
    return _UNESCAPE_RE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), ToString(string))
