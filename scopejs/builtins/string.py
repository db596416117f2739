"""22.1 String Objects: the String constructor, String.fromCharCode/fromCodePoint/raw and every
String.prototype method (ES2023, plus isWellFormed/toWellFormed and the Annex B HTML methods,
substr, trimLeft/trimRight as node v20 has them). Declaration order follows node's own keys.

Strings are Python ``str`` of UTF-16 code units (runtime-api.md), so indices, lengths and
comparisons are plain ``str`` operations; case mapping and normalisation work on code points
(``from_code_units``) and convert back (``to_code_units``). The RegExp-aware methods go through
the @@match / @@matchAll / @@replace / @@search / @@split protocol (22.1.3.x), reaching the
RegExp built-in only through RegExpCreate.
"""
from __future__ import annotations

import math
import unicodedata

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.execution import C_ITEMS_PER_UNIT, CHUNK, PY_CHUNK, chunks, tick
from scopejs.runtime.abstract_ops import (
    JS_WHITESPACE, Call, CreateArrayFromList, GetMethod, GetPrototypeFromConstructor, Invoke,
    IsCallable, IsRegExp, IsStringWellFormedUnicode, LengthOfArrayLike, NumberToString,
    RequireObjectCoercible, ToIntegerOrInfinity, ToNumber, ToObject, ToString, ToUint16, ToUint32,
)
from scopejs.runtime.completion import throw_range_error, throw_type_error
from scopejs.runtime.length_limits import check_string_length
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.string_exotic import JSStringObject, StringCreate
from scopejs.runtime.values import (
    NULL, SYMBOL_MATCH, SYMBOL_MATCH_ALL, SYMBOL_REPLACE, SYMBOL_SEARCH, SYMBOL_SPLIT, UNDEFINED,
    JSSymbol,
)
from scopejs.runtime.case_mapping import to_lower_case, to_upper_case
from scopejs.source.text import from_code_units, to_code_units

STRING_PROTOTYPE = intrinsic("%String.prototype%",
                             create=lambda realm: JSStringObject(NULL, ""))
STRING = constructor("%String%", length=1, instance_prototype="%String.prototype%")


def _this_str(this, method: str) -> str:
    """RequireObjectCoercible(this) then ToString (the first steps of most methods)."""
    if this.__class__ is str:
        return this
    if this is UNDEFINED or this is NULL:
        throw_type_error(f"String.prototype.{method} called on null or undefined")
    return ToString(this)


def _clamp_index(value, length: int, default: int) -> int:
    if value is UNDEFINED:
        return default
    n = ToIntegerOrInfinity(value)
    return int(min(max(n, 0), length))


@STRING.behavior
def String(realm, new_target, *args):
    """22.1.1.1 String ( value )"""
    if not args:
        s = ""
    else:
        value = args[0]
        if new_target is UNDEFINED and isinstance(value, JSSymbol):
            return value.descriptive_string()
        s = value if value.__class__ is str else ToString(value)
    if new_target is UNDEFINED:
        return s
    return StringCreate(s, GetPrototypeFromConstructor(new_target, "%String.prototype%"))


@STRING.method("fromCharCode", length=1)
def String_fromCharCode(realm, this, *code_units):
    """22.1.2.1 String.fromCharCode ( ...codeUnits )"""
    if len(code_units) == 1:
        c = code_units[0]
        if c.__class__ is float and 0.0 <= c < 65536.0:   # ToUint16 is the truncation
            return chr(int(c))
    return "".join([chr(ToUint16(c)) for c in code_units])


@STRING.method("fromCodePoint", length=1)
def String_fromCodePoint(realm, this, *code_points):
    """22.1.2.2 String.fromCodePoint ( ...codePoints )"""
    chars = []
    for next_cp in code_points:
        if next_cp.__class__ is float and 0.0 <= next_cp <= 1114111.0 and next_cp.is_integer():
            chars.append(chr(int(next_cp)))     # the common case: already an integral Number
            continue
        n = ToNumber(next_cp)
        if n != n or n in (math.inf, -math.inf) or n != int(n) or n < 0 or n > 0x10FFFF:
            throw_range_error(f"Invalid code point {ToString(next_cp) if n == n else 'NaN'}")
        chars.append(chr(int(n)))
    # UTF16EncodeCodePoint of each: astral code points become surrogate pairs.
    return to_code_units("".join(chars))


@STRING.method("raw", length=1)
def String_raw(realm, this, template, *substitutions):
    """22.1.2.4 String.raw ( template, ...substitutions )"""
    cooked = ToObject(template)
    literals = ToObject(cooked.Get("raw", cooked))
    literal_count = LengthOfArrayLike(literals)
    if literal_count <= 0:
        return ""
    out = []
    total = 0
    for i in range(literal_count):
        tick()
        out.append(ToString(literals.Get(str(i), literals)))
        total += len(out[-1])
        if i + 1 == literal_count:
            break
        if i < len(substitutions):
            out.append(ToString(substitutions[i]))
            total += len(out[-1])
        check_string_length(total)
    check_string_length(total)
    return "".join(out)


# -- 22.1.3 Properties of the String Prototype Object ----------------------------------------


# B.2.2.2.1 CreateHTML ( string, tag, attribute, value )
def CreateHTML(this, tag: str, attribute: str, value, method: str) -> str:  # noqa: N802
    s = _this_str(this, method)
    p1 = "<" + tag
    if attribute:
        v = ToString(value)
        p1 += f' {attribute}="{v.replace(chr(34), "&quot;")}"'
    return f"{p1}>{s}</{tag}>"


def _html(name, tag, attribute=""):
    if attribute:
        def method(realm, this, value):
            return CreateHTML(this, tag, attribute, value, name)
    else:
        def method(realm, this):
            return CreateHTML(this, tag, "", UNDEFINED, name)
    method.__doc__ = f"B.2.2.{_HTML_SECTIONS[name]} String.prototype.{name} ( " \
                     f"{'value' if attribute else ''} )"
    STRING_PROTOTYPE.method(name, length=1 if attribute else 0)(method)


_HTML_SECTIONS = {"anchor": 2, "big": 3, "blink": 4, "bold": 5, "fixed": 6, "fontcolor": 7,
                  "fontsize": 8, "italics": 9, "link": 10, "small": 11, "strike": 12, "sub": 13,
                  "sup": 14}

_html("anchor", "a", "name")


@STRING_PROTOTYPE.method("at", length=1)
def String_prototype_at(realm, this, index):
    """22.1.3.1 String.prototype.at ( index )"""
    s = _this_str(this, "at")
    length = len(s)
    rel = ToIntegerOrInfinity(index)
    k = rel if rel >= 0 else length + rel
    if k < 0 or k >= length:
        return UNDEFINED
    return s[int(k)]


_html("big", "big")
_html("blink", "blink")
_html("bold", "b")


@STRING_PROTOTYPE.method("charAt", length=1)
def String_prototype_charAt(realm, this, pos):
    """22.1.3.2 String.prototype.charAt ( pos )"""
    s = _this_str(this, "charAt")
    position = ToIntegerOrInfinity(pos)
    if position < 0 or position >= len(s):
        return ""
    return s[int(position)]


@STRING_PROTOTYPE.method("charCodeAt", length=1)
def String_prototype_charCodeAt(realm, this, pos):
    """22.1.3.3 String.prototype.charCodeAt ( pos )"""
    s = this if this.__class__ is str else _this_str(this, "charCodeAt")
    if pos.__class__ is float and 0.0 <= pos < len(s):   # ToIntegerOrInfinity truncates
        return float(ord(s[int(pos)]))
    position = ToIntegerOrInfinity(pos)
    if position < 0 or position >= len(s):
        return math.nan
    return float(ord(s[int(position)]))


# 11.1.4 Static Semantics: CodePointAt ( string, position )
def CodePointAt(s: str, position: int) -> tuple:  # noqa: N802
    """(code point, code unit count, is unpaired surrogate)."""
    first = ord(s[position])
    if first < 0xD800 or first > 0xDFFF:
        return first, 1, False
    if first >= 0xDC00 or position + 1 == len(s):
        return first, 1, True
    second = ord(s[position + 1])
    if not 0xDC00 <= second <= 0xDFFF:
        return first, 1, True
    return (first - 0xD800) * 0x400 + (second - 0xDC00) + 0x10000, 2, False


@STRING_PROTOTYPE.method("codePointAt", length=1)
def String_prototype_codePointAt(realm, this, pos):
    """22.1.3.4 String.prototype.codePointAt ( pos )"""
    s = _this_str(this, "codePointAt")
    position = ToIntegerOrInfinity(pos)
    if position < 0 or position >= len(s):
        return UNDEFINED
    return float(CodePointAt(s, int(position))[0])


@STRING_PROTOTYPE.method("concat", length=1)
def String_prototype_concat(realm, this, *args):
    """22.1.3.5 String.prototype.concat ( ...args )"""
    s = _this_str(this, "concat")
    parts = [s]
    for a in args:
        parts.append(a if a.__class__ is str else ToString(a))
    check_string_length(sum(map(len, parts)))
    return "".join(parts)


def _no_regexp(search, method):
    if IsRegExp(search):
        throw_type_error(f"First argument to String.prototype.{method} must not be a regular "
                         "expression")
    return ToString(search)


@STRING_PROTOTYPE.method("endsWith", length=1)
def String_prototype_endsWith(realm, this, search_string, end_position):
    """22.1.3.7 String.prototype.endsWith ( searchString [ , endPosition ] )"""
    s = _this_str(this, "endsWith")
    search_str = _no_regexp(search_string, "endsWith")
    end = _clamp_index(end_position, len(s), len(s))
    start = end - len(search_str)
    if start < 0:
        return False
    return s[start:end] == search_str


_html("fontcolor", "font", "color")
_html("fontsize", "font", "size")
_html("fixed", "tt")


@STRING_PROTOTYPE.method("includes", length=1)
def String_prototype_includes(realm, this, search_string, position):
    """22.1.3.8 String.prototype.includes ( searchString [ , position ] )"""
    s = _this_str(this, "includes")
    search_str = _no_regexp(search_string, "includes")
    start = _clamp_index(position, len(s), 0)
    return s.find(search_str, start) >= 0 or (search_str == "" and start <= len(s))


# 6.1.4.1 StringIndexOf ( string, searchValue, fromIndex )
def StringIndexOf(s: str, search_value: str, from_index: int) -> int:  # noqa: N802
    if search_value == "":
        return from_index if from_index <= len(s) else -1
    return s.find(search_value, from_index)


@STRING_PROTOTYPE.method("indexOf", length=1)
def String_prototype_indexOf(realm, this, search_string, position):
    """22.1.3.9 String.prototype.indexOf ( searchString [ , position ] )"""
    s = _this_str(this, "indexOf")
    search_str = search_string if search_string.__class__ is str else ToString(search_string)
    start = _clamp_index(position, len(s), 0)
    return float(StringIndexOf(s, search_str, start))


@STRING_PROTOTYPE.method("isWellFormed", length=0)
def String_prototype_isWellFormed(realm, this):
    """22.1.3.10 String.prototype.isWellFormed ( )"""
    return IsStringWellFormedUnicode(_this_str(this, "isWellFormed"))


_html("italics", "i")


@STRING_PROTOTYPE.method("lastIndexOf", length=1)
def String_prototype_lastIndexOf(realm, this, search_string, position):
    """22.1.3.11 String.prototype.lastIndexOf ( searchString [ , position ] )"""
    s = _this_str(this, "lastIndexOf")
    search_str = ToString(search_string)
    num_pos = ToNumber(position)
    pos = math.inf if num_pos != num_pos else ToIntegerOrInfinity(num_pos)
    length = len(s)
    start = int(min(max(pos, 0), length))
    return float(s.rfind(search_str, 0, start + len(search_str)))


_html("link", "a", "href")


def _collation_key(s: str):
    """A simple stand-in for ICU's root collation (node's localeCompare): compare letters
    ignoring accents and case first, then accents, then lower case before upper case.
    (Built a chunk at a time: the limits can interrupt a huge string's key.)"""
    text = from_code_units(s)
    decomposed = unicodedata.normalize("NFD", text)
    combining = unicodedata.combining
    base = "".join(["".join([c for c in decomposed[start:stop] if not combining(c)])
                    for start, stop in chunks(len(decomposed), PY_CHUNK, 1)])
    punctuation_first = []
    lower_first = []
    for start, stop in chunks(len(base), PY_CHUNK, 1):
        for ch in base[start:stop]:
            punctuation_first.append(0 if not ch.isalnum() else 1 if ch.isdigit() else 2)
            lower_first.append(0 if ch.islower() else 1)
    return (list(zip(punctuation_first, base.casefold())), decomposed.casefold(), lower_first, s)


@STRING_PROTOTYPE.method("localeCompare", length=1)
def String_prototype_localeCompare(realm, this, that):
    """22.1.3.12 String.prototype.localeCompare ( that [ , reserved1 [ , reserved2 ] ] )"""
    s = _this_str(this, "localeCompare")
    t = ToString(that)
    if s == t:
        return 0.0
    s = unicodedata.normalize("NFD", from_code_units(s))      # canonically equivalent
    t = unicodedata.normalize("NFD", from_code_units(t))      # strings compare equal
    if s == t:
        return 0.0
    s, t = to_code_units(s), to_code_units(t)
    ks, kt = _collation_key(s), _collation_key(t)
    for a, b in zip(ks[:3], kt[:3]):
        if a != b:
            return -1.0 if a < b else 1.0
    return -1.0 if s < t else 1.0


@STRING_PROTOTYPE.method("match", length=1)
def String_prototype_match(realm, this, regexp):
    """22.1.3.13 String.prototype.match ( regexp )"""
    o = RequireObjectCoercible(this, "String.prototype.match")
    if isinstance(regexp, JSObject):   # step 2: only an Object's @@method is looked up (ES2025)
        matcher = GetMethod(regexp, SYMBOL_MATCH)
        if matcher is not UNDEFINED:
            return Call(matcher, regexp, [o])
    s = ToString(o)
    rx = _regexp_create(realm, regexp, UNDEFINED)
    return Invoke(rx, SYMBOL_MATCH, [s])


def _regexp_create(realm, pattern, flags):
    from scopejs.builtins.regexp import RegExpCreate
    return RegExpCreate(realm, pattern, flags)


def _require_global(regexp, method):
    flags = regexp.Get("flags", regexp)
    RequireObjectCoercible(flags, f"String.prototype.{method}")
    if "g" not in ToString(flags):
        throw_type_error(f"String.prototype.{method} called with a non-global RegExp argument")


@STRING_PROTOTYPE.method("matchAll", length=1)
def String_prototype_matchAll(realm, this, regexp):
    """22.1.3.14 String.prototype.matchAll ( regexp )"""
    o = RequireObjectCoercible(this, "String.prototype.matchAll")
    if isinstance(regexp, JSObject):   # step 2: only an Object's @@method is looked up (ES2025)
        if IsRegExp(regexp):
            _require_global(regexp, "matchAll")
        matcher = GetMethod(regexp, SYMBOL_MATCH_ALL)
        if matcher is not UNDEFINED:
            return Call(matcher, regexp, [o])
    s = ToString(o)
    rx = _regexp_create(realm, regexp, "g")
    return Invoke(rx, SYMBOL_MATCH_ALL, [s])


_NORMAL_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


@STRING_PROTOTYPE.method("normalize", length=0)
def String_prototype_normalize(realm, this, form):
    """22.1.3.15 String.prototype.normalize ( [ form ] )"""
    s = _this_str(this, "normalize")
    f = "NFC" if form is UNDEFINED else ToString(form)
    if f not in _NORMAL_FORMS:
        throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
    if s.isascii():
        return s
    return to_code_units(unicodedata.normalize(f, from_code_units(s)))


# 22.1.3.17.1 StringPaddingBuiltinsImpl ( O, maxLength, fillString, placement )
def StringPaddingBuiltinsImpl(this, max_length, fill_string, at_start, method):  # noqa: N802
    s = _this_str(this, method)
    int_max_length = ToIntegerOrInfinity(max_length)
    string_length = len(s)
    if int_max_length <= string_length:
        return s
    filler = " " if fill_string is UNDEFINED else ToString(fill_string)
    if filler == "":
        return s
    check_string_length(int_max_length)
    fill_len = int(int_max_length) - string_length
    truncated = (filler * (fill_len // len(filler) + 1))[:fill_len]
    return truncated + s if at_start else s + truncated


@STRING_PROTOTYPE.method("padEnd", length=1)
def String_prototype_padEnd(realm, this, max_length, fill_string):
    """22.1.3.16 String.prototype.padEnd ( maxLength [ , fillString ] )"""
    return StringPaddingBuiltinsImpl(this, max_length, fill_string, False, "padEnd")


@STRING_PROTOTYPE.method("padStart", length=1)
def String_prototype_padStart(realm, this, max_length, fill_string):
    """22.1.3.17 String.prototype.padStart ( maxLength [ , fillString ] )"""
    return StringPaddingBuiltinsImpl(this, max_length, fill_string, True, "padStart")


@STRING_PROTOTYPE.method("repeat", length=1)
def String_prototype_repeat(realm, this, count):
    """22.1.3.18 String.prototype.repeat ( count )"""
    s = _this_str(this, "repeat")
    n = ToIntegerOrInfinity(count)
    if n < 0 or n == math.inf:
        throw_range_error(f"Invalid count value: {NumberToString(float(n))}")
    if n == 0 or s == "":
        return ""
    check_string_length(len(s) * n)
    return s * int(n)


def _substitution(matched, s, position, replace_value):
    from scopejs.builtins.regexp import GetSubstitution
    return GetSubstitution(matched, s, position, [], UNDEFINED, replace_value)


@STRING_PROTOTYPE.method("replace", length=2)
def String_prototype_replace(realm, this, search_value, replace_value):
    """22.1.3.19 String.prototype.replace ( searchValue, replaceValue )"""
    o = RequireObjectCoercible(this, "String.prototype.replace")
    if isinstance(search_value, JSObject):   # step 2: only an Object's @@method is looked up (ES2025)
        replacer = GetMethod(search_value, SYMBOL_REPLACE)
        if replacer is not UNDEFINED:
            return Call(replacer, search_value, [o, replace_value])
    s = o if o.__class__ is str else ToString(o)
    search_string = search_value if search_value.__class__ is str else ToString(search_value)
    functional = IsCallable(replace_value)
    if not functional:
        replace_value = ToString(replace_value)
    position = StringIndexOf(s, search_string, 0)
    if position < 0:
        return s
    if functional:
        replacement = ToString(Call(replace_value, UNDEFINED,
                                    [search_string, float(position), s]))
    else:
        replacement = _substitution(search_string, s, position, replace_value)
    check_string_length(len(s) - len(search_string) + len(replacement))
    return s[:position] + replacement + s[position + len(search_string):]


@STRING_PROTOTYPE.method("replaceAll", length=2)
def String_prototype_replaceAll(realm, this, search_value, replace_value):
    """22.1.3.20 String.prototype.replaceAll ( searchValue, replaceValue )"""
    o = RequireObjectCoercible(this, "String.prototype.replaceAll")
    if isinstance(search_value, JSObject):   # step 2: only an Object's @@method is looked up (ES2025)
        if IsRegExp(search_value):
            _require_global(search_value, "replaceAll")
        replacer = GetMethod(search_value, SYMBOL_REPLACE)
        if replacer is not UNDEFINED:
            return Call(replacer, search_value, [o, replace_value])
    s = ToString(o)
    search_string = ToString(search_value)
    functional = IsCallable(replace_value)
    if not functional:
        replace_value = ToString(replace_value)
    search_length = len(search_string)
    advance_by = max(1, search_length)
    positions = []
    position = StringIndexOf(s, search_string, 0)
    while position != -1:
        tick()
        positions.append(position)
        position = StringIndexOf(s, search_string, position + advance_by)
    end_of_last_match = 0
    result = []
    result_length = len(s) - len(positions) * search_length   # the text kept between matches
    if not functional and "$" not in replace_value:     # every replacement is replace_value
        check_string_length(result_length + len(positions) * len(replace_value))
    for p in positions:
        tick()
        preserved = s[end_of_last_match:p]
        if functional:
            replacement = ToString(Call(replace_value, UNDEFINED, [search_string, float(p), s]))
        else:
            replacement = _substitution(search_string, s, p, replace_value)
        result_length += len(replacement)
        check_string_length(result_length)
        result.append(preserved)
        result.append(replacement)
        end_of_last_match = p + search_length
    if end_of_last_match < len(s):
        result.append(s[end_of_last_match:])
    return "".join(result)


@STRING_PROTOTYPE.method("search", length=1)
def String_prototype_search(realm, this, regexp):
    """22.1.3.21 String.prototype.search ( regexp )"""
    o = RequireObjectCoercible(this, "String.prototype.search")
    if isinstance(regexp, JSObject):   # step 2: only an Object's @@method is looked up (ES2025)
        searcher = GetMethod(regexp, SYMBOL_SEARCH)
        if searcher is not UNDEFINED:
            return Call(searcher, regexp, [o])
    s = ToString(o)
    rx = _regexp_create(realm, regexp, UNDEFINED)
    return Invoke(rx, SYMBOL_SEARCH, [s])


@STRING_PROTOTYPE.method("slice", length=2)
def String_prototype_slice(realm, this, start, end):
    """22.1.3.22 String.prototype.slice ( start, end )"""
    s = _this_str(this, "slice")
    length = len(s)
    frm = _relative(start, length, 0)
    to = _relative(end, length, length)
    return s[frm:to] if frm < to else ""


def _relative(value, length: int, default: int) -> int:
    if value is UNDEFINED:
        return default
    n = ToIntegerOrInfinity(value)
    if n < 0:
        return int(max(length + n, 0)) if n != -math.inf else 0
    return int(min(n, length))


_html("small", "small")


@STRING_PROTOTYPE.method("split", length=2)
def String_prototype_split(realm, this, separator, limit):
    """22.1.3.23 String.prototype.split ( separator, limit )"""
    o = RequireObjectCoercible(this, "String.prototype.split")
    if isinstance(separator, JSObject):   # step 2: only an Object's @@method is looked up (ES2025)
        splitter = GetMethod(separator, SYMBOL_SPLIT)
        if splitter is not UNDEFINED:
            return Call(splitter, separator, [o, limit])
    s = o if o.__class__ is str else ToString(o)
    lim = 4294967295 if limit is UNDEFINED else ToUint32(limit)
    r = separator if separator.__class__ is str else ToString(separator)
    if lim == 0:
        return CreateArrayFromList([])
    if separator is UNDEFINED:
        return CreateArrayFromList([s])
    if r == "":
        code_units = []
        for start, stop in chunks(min(len(s), lim)):
            code_units.extend(s[start:stop])
        return JSArray(realm.array_prototype, code_units)   # CreateArrayFromList, no copy
    if s == "":
        return CreateArrayFromList([s])
    parts = _split_in_chunks(s, r, lim)
    if len(parts) > lim:
        del parts[lim:]
    return JSArray(realm.array_prototype, parts)   # CreateArrayFromList without a copy


def _split_in_chunks(s: str, r: str, lim: int) -> list:
    """``s.split(r)`` (at least ``lim`` parts, or all), a chunk of ``s`` at a time so that the
    limits can interrupt a huge split.  The separators found left to right in ``s[p:q]`` are
    the ones the whole string's scan finds, except that one may straddle ``q``: the chunk's
    last part is split again with what follows."""
    parts = []
    p = 0
    n = len(s)
    while len(parts) < lim:
        tick(CHUNK // C_ITEMS_PER_UNIT)
        q = p + CHUNK
        if q >= n:
            parts.extend(s[p:].split(r))
            break
        piece = s[p:q].split(r)
        if len(piece) > 1:
            parts.extend(piece[:-1])
            p = q - len(piece[-1])
            continue
        j = s.find(r, p)      # no separator inside the chunk: on to the next one
        if j < 0:
            parts.append(s[p:])
            break
        parts.append(s[p:j])
        p = j + len(r)
    return parts


_html("strike", "strike")
_html("sub", "sub")


@STRING_PROTOTYPE.method("substr", length=2)
def String_prototype_substr(realm, this, start, length):
    """B.2.2.1 String.prototype.substr ( start, length )"""
    s = _this_str(this, "substr")
    size = len(s)
    int_start = ToIntegerOrInfinity(start)
    if int_start == -math.inf:
        int_start = 0
    elif int_start < 0:
        int_start = max(size + int_start, 0)
    else:
        int_start = min(int_start, size)
    int_length = size if length is UNDEFINED else ToIntegerOrInfinity(length)
    int_length = min(max(int_length, 0), size)
    int_end = min(int_start + int_length, size)
    return s[int(int_start):int(int_end)]


@STRING_PROTOTYPE.method("substring", length=2)
def String_prototype_substring(realm, this, start, end):
    """22.1.3.25 String.prototype.substring ( start, end )"""
    s = _this_str(this, "substring")
    length = len(s)
    int_start = _clamp_index(start, length, 0) if start is not UNDEFINED else 0
    int_end = _clamp_index(end, length, length)
    frm, to = min(int_start, int_end), max(int_start, int_end)
    return s[frm:to]


_html("sup", "sup")


@STRING_PROTOTYPE.method("startsWith", length=1)
def String_prototype_startsWith(realm, this, search_string, position):
    """22.1.3.24 String.prototype.startsWith ( searchString [ , position ] )"""
    s = _this_str(this, "startsWith")
    search_str = _no_regexp(search_string, "startsWith")
    start = _clamp_index(position, len(s), 0)
    return s.startswith(search_str, start)


# 22.1.3.35.1 ThisStringValue ( value )
def ThisStringValue(value, method: str) -> str:  # noqa: N802
    if value.__class__ is str:
        return value
    if value.__class__ is JSStringObject:
        return value.string_data
    if isinstance(value, JSStringObject):
        return value.string_data
    throw_type_error(f"String.prototype.{method} requires that 'this' be a String")


@STRING_PROTOTYPE.method("toString", length=0)
def String_prototype_toString(realm, this):
    """22.1.3.29 String.prototype.toString ( )"""
    return ThisStringValue(this, "toString")


@STRING_PROTOTYPE.method("toWellFormed", length=0)
def String_prototype_toWellFormed(realm, this):
    """22.1.3.31 String.prototype.toWellFormed ( )"""
    s = _this_str(this, "toWellFormed")
    if IsStringWellFormedUnicode(s):
        return s
    out = []
    k = 0
    n = len(s)
    while k < n:
        tick()
        cp, count, unpaired = CodePointAt(s, k)
        out.append("\ufffd" if unpaired else s[k:k + count])
        k += count
    return "".join(out)


# 22.1.3.32.1 TrimString ( string, where )
def TrimString(this, where: str, method: str) -> str:  # noqa: N802
    s = _this_str(this, method)
    if where == "start":
        return s.lstrip(JS_WHITESPACE)
    if where == "end":
        return s.rstrip(JS_WHITESPACE)
    return s.strip(JS_WHITESPACE)


@STRING_PROTOTYPE.method("trim", length=0)
def String_prototype_trim(realm, this):
    """22.1.3.32 String.prototype.trim ( )"""
    return TrimString(this, "start+end", "trim")


@STRING_PROTOTYPE.method("trimStart", length=0)
def String_prototype_trimStart(realm, this):
    """22.1.3.34 String.prototype.trimStart ( )"""
    return TrimString(this, "start", "trimStart")


STRING_PROTOTYPE.alias("trimLeft", "trimStart")     # B.2.2.15: the same function object


@STRING_PROTOTYPE.method("trimEnd", length=0)
def String_prototype_trimEnd(realm, this):
    """22.1.3.33 String.prototype.trimEnd ( )"""
    return TrimString(this, "end", "trimEnd")


STRING_PROTOTYPE.alias("trimRight", "trimEnd")      # B.2.2.16: the same function object


def _map_case(s: str, upper: bool) -> str:
    # Unicode Default Case Conversion on the UCD 17.0 tables (runtime/case_mapping.py).
    return to_upper_case(s) if upper else to_lower_case(s)


@STRING_PROTOTYPE.method("toLocaleLowerCase", length=0)
def String_prototype_toLocaleLowerCase(realm, this):
    """22.1.3.26 String.prototype.toLocaleLowerCase ( [ reserved1 [ , reserved2 ] ] )"""
    return _map_case(_this_str(this, "toLocaleLowerCase"), False)


@STRING_PROTOTYPE.method("toLocaleUpperCase", length=0)
def String_prototype_toLocaleUpperCase(realm, this):
    """22.1.3.27 String.prototype.toLocaleUpperCase ( [ reserved1 [ , reserved2 ] ] )"""
    return _map_case(_this_str(this, "toLocaleUpperCase"), True)


@STRING_PROTOTYPE.method("toLowerCase", length=0)
def String_prototype_toLowerCase(realm, this):
    """22.1.3.28 String.prototype.toLowerCase ( )"""
    return _map_case(_this_str(this, "toLowerCase"), False)


@STRING_PROTOTYPE.method("toUpperCase", length=0)
def String_prototype_toUpperCase(realm, this):
    """22.1.3.30 String.prototype.toUpperCase ( )"""
    return _map_case(_this_str(this, "toUpperCase"), True)


@STRING_PROTOTYPE.method("valueOf", length=0)
def String_prototype_valueOf(realm, this):
    """22.1.3.35 String.prototype.valueOf ( )"""
    return ThisStringValue(this, "valueOf")


@STRING_PROTOTYPE.method("@@iterator", length=0)
def String_prototype_iterator(realm, this):
    """22.1.3.36 String.prototype [ @@iterator ] ( )"""
    from scopejs.builtins.string_iterator import CreateStringIterator
    s = _this_str(this, "[Symbol.iterator]")
    return CreateStringIterator(realm, s)
