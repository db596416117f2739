"""22.2 RegExp (Regular Expression) Objects: the constructor, RegExp.prototype, the Symbol.match /
matchAll / replace / search / split protocol, %RegExpStringIteratorPrototype% and Annex B
RegExp.prototype.compile.  Matching is scopejs.runtime.regexp (one grammar, shared with the
parser's validator).

Fast paths: when a RegExp object is *pristine* (its own properties are only `lastIndex`, its
prototype is the realm's %RegExp.prototype% and none of that prototype's `exec`/flag getters has
been replaced), every Get of `exec`, `flags` or a flag getter would return the built-in, so
skipping those Gets and driving the compiled matcher directly is unobservable.  Each fast path
says which spec steps it replaces.
"""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.builtins.string_iterator import code_points
from scopejs.errors import ResourceLimitError
from scopejs.runtime.abstract_ops import (
    JS_WHITESPACE, Call, Construct, CreateArrayFromList, CreateDataPropertyOrThrow, CreateIterResultObject, Get,
    IsCallable, IsRegExp, LengthOfArrayLike, OrdinaryCreateFromConstructor, SameValue, Set,
    SpeciesConstructor, ToBoolean,
    ToIntegerOrInfinity, ToLength, ToObject, ToString, ToUint32, describe_for_error,
)
from scopejs.runtime.completion import (ThrowCompletion, throw_range_error, throw_syntax_error,
                                       throw_type_error)
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import WRITABLE
from scopejs.runtime.regexp import (DEFAULT_MAX_STEPS, RegExpStackOverflow, RegExpSyntaxError,
                                    RegExpTimeout, compile_pattern, format_error, validate_flags)
from scopejs.runtime.values import NULL, UNDEFINED

__all__ = ["JSRegExp", "RegExpCreate", "RegExpExec", "RegExpBuiltinExec", "AdvanceStringIndex",
           "GetSubstitution", "EscapeRegExpPattern"]

# Flag letters in the order the `flags` getter reports them (22.2.6.4), with their getters.
FLAG_GETTERS = (("d", "hasIndices"), ("g", "global"), ("i", "ignoreCase"), ("m", "multiline"),
                ("s", "dotAll"), ("u", "unicode"), ("v", "unicodeSets"), ("y", "sticky"))
_PRISTINE_KEYS = ("exec", "flags", "source") + tuple(name for _flag, name in FLAG_GETTERS)


class JSRegExp(JSObject):
    """A RegExp instance: [[OriginalSource]], [[OriginalFlags]], [[RegExpMatcher]]."""
    __slots__ = ("original_source", "original_flags", "regexp_matcher", "is_global", "is_sticky",
                 "full_unicode", "has_indices", "canonical_flags")
    class_name = "RegExp"
    builtin_tag = "RegExp"     # 20.1.3.6 step 11: has a [[RegExpMatcher]] internal slot

    def __init__(self, proto=NULL):
        super().__init__(proto)
        self.original_source = None     # set by RegExpInitialize
        self.original_flags = ""
        self.regexp_matcher = None
        self.is_global = self.is_sticky = self.full_unicode = self.has_indices = False
        self.canonical_flags = ""


class RegExpPrototype(JSObject):
    """%RegExp.prototype% (an ordinary object) remembering its original methods, so that the
    fast paths can tell when nothing observable was replaced."""
    __slots__ = ("originals",)

    def __init__(self, proto=NULL):
        super().__init__(proto)
        self.originals = ()


class JSRegExpStringIterator(JSObject):
    """22.2.9 RegExp String Iterator instances."""
    __slots__ = ("iterating_regexp", "iterated_string", "is_global", "full_unicode", "done")
    class_name = "RegExp String Iterator"

    def __init__(self, proto, regexp, string, is_global, full_unicode):
        super().__init__(proto)
        self.iterating_regexp = regexp
        self.iterated_string = string
        self.is_global = is_global
        self.full_unicode = full_unicode
        self.done = False


REGEXP_PROTOTYPE = intrinsic("%RegExp.prototype%", create=lambda realm: RegExpPrototype(NULL))
REGEXP = constructor("%RegExp%", length=2, instance_prototype="%RegExp.prototype%")
REGEXP_STRING_ITERATOR_PROTOTYPE = intrinsic("%RegExpStringIteratorPrototype%",
                                             to_string_tag="RegExp String Iterator")


# --- 22.2.3 Abstract Operations for RegExp Creation -----------------------------------------------

def _max_steps(realm) -> int:
    agent = getattr(realm, "agent", None)
    return getattr(agent, "regexp_max_steps", None) or DEFAULT_MAX_STEPS


# 22.2.3.2 RegExpAlloc ( newTarget )
def RegExpAlloc(new_target):
    obj = OrdinaryCreateFromConstructor(new_target, "%RegExp.prototype%", JSRegExp)
    obj.define_own_value("lastIndex", 0.0, WRITABLE)
    return obj


# 22.2.3.3 RegExpInitialize ( obj, pattern, flags )
def RegExpInitialize(realm, obj: JSRegExp, pattern, flags):
    p = "" if pattern is UNDEFINED else ToString(pattern)
    f = "" if flags is UNDEFINED else ToString(flags)
    if not validate_flags(f):
        throw_syntax_error(f"Invalid flags supplied to RegExp constructor '{f}'")
    try:
        compiled = compile_pattern(p, f, _max_steps(realm))
    except RegExpSyntaxError as error:
        throw_syntax_error(format_error(p, f, error.message))
    obj.original_source = p
    obj.original_flags = f
    obj.regexp_matcher = compiled
    obj.is_global = "g" in f
    obj.is_sticky = "y" in f
    obj.full_unicode = "u" in f or "v" in f      # HasEitherUnicodeFlag
    obj.has_indices = "d" in f
    obj.canonical_flags = "".join(flag for flag, _name in FLAG_GETTERS if flag in f)
    _set_last_index(obj, 0.0)
    return obj


# 22.2.3.1 RegExpCreate ( P, F )
def RegExpCreate(realm, pattern, flags):
    """What a regular expression literal evaluates to (13.2.7.3) and what String.prototype.match
    and friends construct."""
    obj = RegExpAlloc(realm.intrinsics["%RegExp%"])
    return RegExpInitialize(realm, obj, pattern, flags)


@REGEXP.behavior
def RegExp(realm, new_target, pattern, flags):
    """22.2.4.1 RegExp ( pattern, flags )"""
    # 1. Let patternIsRegExp be ? IsRegExp(pattern).
    pattern_is_regexp = IsRegExp(pattern)
    if new_target is UNDEFINED:
        # 2. NewTarget is undefined: newTarget is the active function object.
        new_target = realm.intrinsics["%RegExp%"]
        if pattern_is_regexp and flags is UNDEFINED:
            pattern_constructor = Get(pattern, "constructor")
            if SameValue(new_target, pattern_constructor):
                return pattern
    if isinstance(pattern, JSRegExp) and pattern.original_source is not None:
        # 4. pattern has a [[RegExpMatcher]] internal slot.
        p = pattern.original_source
        f = pattern.original_flags if flags is UNDEFINED else flags
    elif pattern_is_regexp:
        p = Get(pattern, "source")
        f = Get(pattern, "flags") if flags is UNDEFINED else flags
    else:
        p, f = pattern, flags
    obj = RegExpAlloc(new_target)
    return RegExpInitialize(realm, obj, p, f)


# --- Legacy static properties (V8; the "legacy RegExp features" proposal) ---------------------------
# RegExp.$1 ... reflect the realm's last successful built-in match.

LEGACY_KEY = "RegExp.lastMatch"


def _legacy(realm):
    return realm.host_defined.get(LEGACY_KEY)


def _legacy_input(realm, this):
    last = _legacy(realm)
    override = realm.host_defined.get("RegExp.input")
    if override is not None and override[0] is last:
        return override[1]      # set since the last match
    return "" if last is None else last[0]


def _legacy_set_input(realm, this, value):
    realm.host_defined["RegExp.input"] = (_legacy(realm), ToString(value))


def _legacy_last_match(realm, this):
    last = _legacy(realm)
    return "" if last is None else last[0][last[1].start:last[1].end]


def _legacy_last_paren(realm, this):
    last = _legacy(realm)
    if last is None or not last[1].captures:
        return ""
    span = last[1].captures[-1]
    return "" if span is None else last[0][span[0]:span[1]]


def _legacy_left_context(realm, this):
    last = _legacy(realm)
    return "" if last is None else last[0][:last[1].start]


def _legacy_right_context(realm, this):
    last = _legacy(realm)
    return "" if last is None else last[0][last[1].end:]


def _legacy_group(n):
    def getter(realm, this):
        last = _legacy(realm)
        if last is None or len(last[1].captures) < n:
            return ""
        span = last[1].captures[n - 1]
        return "" if span is None else last[0][span[0]:span[1]]
    return getter


def _legacy_ignore_set(realm, this, value):
    return UNDEFINED


for _names, _get, _set in ((("input", "$_"), _legacy_input, _legacy_set_input),
                           (("lastMatch", "$&"), _legacy_last_match, _legacy_ignore_set),
                           (("lastParen", "$+"), _legacy_last_paren, _legacy_ignore_set),
                           (("leftContext", "$`"), _legacy_left_context, _legacy_ignore_set),
                           (("rightContext", "$'"), _legacy_right_context, _legacy_ignore_set)):
    for _name in _names:
        REGEXP.getter(_name)(_get)
        REGEXP.setter(_name)(_set)
for _n in range(1, 10):
    REGEXP.getter(f"${_n}")(_legacy_group(_n))
    REGEXP.setter(f"${_n}")(_legacy_ignore_set)

_SYNTAX_CHARACTERS = frozenset("^$\\.*+?()[]{}|/")   # 22.2.1 SyntaxCharacter, plus U+002F
_CONTROL_ESCAPES = {"\t": "t", "\n": "n", "\v": "v", "\f": "f", "\r": "r"}   # Table 65
_OTHER_PUNCTUATORS = frozenset(",-=<>#&!%:;@~'`\"")


# 22.2.5.1.1 EncodeForRegExpEscape ( cp )
def EncodeForRegExpEscape(cp: str) -> str:  # noqa: N802
    """``cp`` is one code point as UTF-16 (a surrogate pair, or one code unit)."""
    # 1. SyntaxCharacter or U+002F (SOLIDUS).
    if cp in _SYNTAX_CHARACTERS:
        return "\\" + cp
    # 2. ControlEscape code points.
    letter = _CONTROL_ESCAPES.get(cp)
    if letter is not None:
        return "\\" + letter
    # 3-5. Other punctuators, WhiteSpace, LineTerminator, and lone surrogates.
    if len(cp) == 1 and (cp in _OTHER_PUNCTUATORS or cp in JS_WHITESPACE
                         or "\ud800" <= cp <= "\udfff"):
        n = ord(cp)
        if n <= 0xFF:
            return f"\\x{n:02x}"
        return f"\\u{n:04x}"          # one code unit (no code point here is astral)
    # 6.
    return cp


@REGEXP.method("escape", length=1)
def RegExp_escape(realm, this, string):
    """22.2.5.1 RegExp.escape ( S )"""
    # 1.
    if string.__class__ is not str:
        throw_type_error(f"{describe_for_error(string)} is not a string")
    # 2-4.
    out = []
    for cp in code_points(string):
        if not out and (cp.isascii() and cp.isalnum()):
            out.append(f"\\x{ord(cp):02x}")      # 4.a: a leading digit or ASCII letter
        else:
            out.append(EncodeForRegExpEscape(cp))
    # 5.
    return "".join(out)


REGEXP.getter("@@species")(lambda realm, this: this)   # 22.2.5.3 get RegExp [ @@species ]


# --- helpers ---------------------------------------------------------------------------------

def _set_last_index(obj, value: float) -> None:
    """Set(obj, "lastIndex", value, true), direct when it is a plain writable own data property
    (the only shape a RegExp instance can have besides non-writable: it is non-configurable)."""
    if type(obj) is JSRegExp or isinstance(obj, JSRegExp):
        flags = obj.flags
        if flags is not None and flags.get("lastIndex", 7) & WRITABLE and "lastIndex" in obj.props:
            obj.props["lastIndex"] = value
            return
    Set(obj, "lastIndex", value, True)


def _get_last_index(obj) -> int:
    """ToLength(? Get(obj, "lastIndex"))."""
    if isinstance(obj, JSRegExp):
        value = obj.props.get("lastIndex")
        if type(value) is float and 0.0 <= value < 9007199254740991.0:
            return int(value)
        if value is not None:
            return ToLength(value)
    return ToLength(Get(obj, "lastIndex"))


def _pristine(realm, rx) -> bool:
    """True when Gets of exec, flags and the flag getters on ``rx`` would return the
    built-ins (see the module docstring)."""
    if not isinstance(rx, JSRegExp) or len(rx.props) != 1:
        return False
    proto = rx.proto
    if not isinstance(proto, RegExpPrototype) or proto is not realm.intrinsics["%RegExp.prototype%"]:
        return False
    props = proto.props
    for key, original in proto.originals:
        if props.get(key) is not original:
            return False
    return True


def _this_regexp(this, what: str) -> JSObject:
    if not isinstance(this, JSObject):
        throw_type_error(f"Method {what} called on incompatible receiver "
                         f"{describe_for_error(this)}")
    return this


def _run_matcher(regexp: JSRegExp, string: str, index: int, sticky: bool):
    """[[RegExpMatcher]] applied from ``index`` (anchored when sticky, else scanning forward as
    22.2.7.2 step 13 does with AdvanceStringIndex)."""
    matcher = regexp.regexp_matcher
    try:
        if sticky:
            return matcher.match_at(string, index)
        return matcher.search(string, index)
    except RegExpTimeout:
        raise ResourceLimitError(f"RegExp /{regexp.original_source}/ exceeded "
                                 f"{matcher.max_steps} backtracking steps") from None
    except RegExpStackOverflow:
        throw_range_error("Maximum call stack size exceeded")


def _unicode_start(string: str, index: int, full_unicode: bool) -> int:
    """22.2.7.2 step 13.b: with `u`, lastIndex inside a surrogate pair names that pair."""
    if (full_unicode and 0 < index < len(string) and "\udc00" <= string[index] <= "\udfff"
            and "\ud800" <= string[index - 1] <= "\udbff"):
        return index - 1
    return index


# 22.2.7.3 AdvanceStringIndex ( S, index, unicode )
def AdvanceStringIndex(string: str, index: int, unicode: bool) -> int:
    if not unicode or index + 1 >= len(string):
        return index + 1
    if "\ud800" <= string[index] <= "\udbff" and "\udc00" <= string[index + 1] <= "\udfff":
        return index + 2
    return index + 1


def _builtin_match(realm, regexp: JSRegExp, string: str):
    """Steps 1-16 of 22.2.7.2 RegExpBuiltinExec: lastIndex handling and the match itself,
    returning the raw MatchResult (or None)."""
    last_index = _get_last_index(regexp)
    is_global, is_sticky = regexp.is_global, regexp.is_sticky
    if not is_global and not is_sticky:
        last_index = 0
    if last_index > len(string):
        if is_global or is_sticky:
            _set_last_index(regexp, 0.0)
        return None
    start = _unicode_start(string, last_index, regexp.full_unicode)
    result = _run_matcher(regexp, string, start, is_sticky)
    if result is None:
        if is_global or is_sticky:
            _set_last_index(regexp, 0.0)
        return None
    if is_global or is_sticky:
        _set_last_index(regexp, float(result.end))
    realm.host_defined[LEGACY_KEY] = (string, result)
    return result


def _match_array(realm, regexp: JSRegExp, string: str, result):
    """Steps 17-35 of 22.2.7.2: the result array (index, input, groups, indices)."""
    captures = result.captures
    values = [string[result.start:result.end]]
    for span in captures:
        values.append(UNDEFINED if span is None else string[span[0]:span[1]])
    array = CreateArrayFromList(values)
    array.define_own_value("index", float(result.start))
    array.define_own_value("input", string)
    names = regexp.regexp_matcher.group_names
    groups = UNDEFINED
    if names:
        groups = JSObject(NULL)
        for name, indices in names.items():
            groups.define_own_value(name, _named_capture(values, indices))
    array.define_own_value("groups", groups)
    if regexp.has_indices:
        # 22.2.7.8 MakeMatchIndicesIndexPairArray
        pairs = [CreateArrayFromList([float(result.start), float(result.end)])]
        for span in captures:
            pairs.append(UNDEFINED if span is None else
                         CreateArrayFromList([float(span[0]), float(span[1])]))
        indices = CreateArrayFromList(pairs)
        index_groups = UNDEFINED
        if names:
            index_groups = JSObject(NULL)
            for name, numbers in names.items():
                index_groups.define_own_value(name, _named_capture(pairs, numbers))
        indices.define_own_value("groups", index_groups)
        array.define_own_value("indices", indices)
    return array


def _named_capture(values: list, indices: tuple):
    """22.2.7.2 steps 33.e (groups) and 22.2.7.8 (indices.groups): the value of a group name is
    that of the one group with that name that participated, else undefined; ``values`` is
    indexed by group number (0 = the whole match)."""
    for index in indices:
        value = values[index]
        if value is not UNDEFINED:
            return value
    return UNDEFINED


# 22.2.7.2 RegExpBuiltinExec ( R, S )
def RegExpBuiltinExec(realm, regexp: JSRegExp, string: str):
    result = _builtin_match(realm, regexp, string)
    if result is None:
        return NULL
    return _match_array(realm, regexp, string, result)


# 22.2.7.1 RegExpExec ( R, S )
def RegExpExec(realm, regexp, string: str):
    if _pristine(realm, regexp):
        # Get(R, "exec") would return %RegExp.prototype.exec%: steps 1-2 and 5.
        return RegExpBuiltinExec(realm, regexp, string)
    exec_fn = Get(regexp, "exec")
    if IsCallable(exec_fn):
        result = Call(exec_fn, regexp, [string])
        if not isinstance(result, JSObject) and result is not NULL:
            throw_type_error(f"{describe_for_error(result)} is not an object or null")
        return result
    if not isinstance(regexp, JSRegExp) or regexp.original_source is None:
        throw_type_error(f"Method RegExp.prototype.exec called on incompatible receiver "
                         f"{describe_for_error(regexp)}")
    return RegExpBuiltinExec(realm, regexp, string)


def _flags_of(realm, rx) -> str:
    """ToString(? Get(rx, "flags"))."""
    if _pristine(realm, rx):
        return rx.canonical_flags
    return ToString(Get(rx, "flags"))


# 22.2.6.13.1 EscapeRegExpPattern ( P, F )
_LINE_ESCAPES = {"\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def EscapeRegExpPattern(source: str) -> str:
    if not source:
        return "(?:)"
    if "/" not in source and not any(c in source for c in _LINE_ESCAPES):
        return source
    out = []
    in_class = False
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\\" and i + 1 < n:
            nxt = source[i + 1]
            out.append("\\" + _LINE_ESCAPES[nxt][1:] if nxt in _LINE_ESCAPES else c + nxt)
            i += 2
            continue
        if c == "/" and not in_class:
            out.append("\\/")
        elif c in _LINE_ESCAPES:
            out.append(_LINE_ESCAPES[c])
        else:
            if c == "[":
                in_class = True
            elif c == "]":
                in_class = False
            out.append(c)
        i += 1
    return "".join(out)


# 22.1.3.19.1 GetSubstitution ( matched, str, position, captures, namedCaptures,
#             replacementTemplate )
def GetSubstitution(matched: str, string: str, position: int, captures: list, named_captures,
                    template: str) -> str:
    """``captures`` holds strings or UNDEFINED; ``named_captures`` is UNDEFINED or an object."""
    if named_captures is UNDEFINED:
        lookup = None
    else:
        def lookup(name):
            value = Get(named_captures, name)
            return "" if value is UNDEFINED else ToString(value)
    return expand_template(template, matched, string, position, captures, lookup)


def expand_template(template: str, matched: str, string: str, position: int, captures: list,
                    lookup) -> str:
    """The loop of GetSubstitution; ``lookup(name) -> str`` resolves $<name> (None when there
    are no named captures)."""
    dollar = template.find("$")
    if dollar < 0:
        return template
    result = [template[:dollar]]
    length = len(template)
    capture_count = len(captures)
    i = dollar
    while i < length:
        c = template[i]
        if c != "$" or i + 1 >= length:
            nxt_dollar = template.find("$", i + 1)
            end = length if nxt_dollar < 0 else nxt_dollar
            result.append(template[i:end])
            i = end
            continue
        nxt = template[i + 1]
        if nxt == "$":
            result.append("$")
            i += 2
        elif nxt == "`":
            result.append(string[:position])
            i += 2
        elif nxt == "&":
            result.append(matched)
            i += 2
        elif nxt == "'":
            tail = position + len(matched)
            result.append(string[tail:] if tail < len(string) else "")
            i += 2
        elif "0" <= nxt <= "9":
            digit_count = 2 if i + 2 < length and "0" <= template[i + 2] <= "9" else 1
            index = int(template[i + 1:i + 1 + digit_count])
            if index > capture_count and digit_count == 2:
                digit_count = 1
                index = int(nxt)
            if 1 <= index <= capture_count:
                capture = captures[index - 1]
                result.append("" if capture is UNDEFINED else capture)
            else:
                result.append(template[i:i + 1 + digit_count])
            i += 1 + digit_count
        elif nxt == "<":
            gt = template.find(">", i)
            if gt < 0 or lookup is None:
                result.append("$<")
                i += 2
            else:
                result.append(lookup(template[i + 2:gt]))
                i = gt + 1
        else:
            result.append("$")
            i += 1
    return "".join(result)


# --- 22.2.6 Properties of the RegExp Prototype Object ---------------------------------------------

@REGEXP_PROTOTYPE.method("exec", length=1)
def RegExp_prototype_exec(realm, this, string):
    """22.2.6.2 RegExp.prototype.exec ( string )"""
    if not isinstance(this, JSRegExp) or this.original_source is None:
        throw_type_error(f"Method RegExp.prototype.exec called on incompatible receiver "
                         f"{describe_for_error(this)}")
    return RegExpBuiltinExec(realm, this, ToString(string))


def _realm_type_error(realm, message: str):
    """A TypeError of the getter's own realm (test262 cross-realm tests call one realm's getter
    on another realm's prototype)."""
    raise ThrowCompletion(realm.new_error("TypeError", message))


def _flag_getter(flag: str, name: str):
    def getter(realm, this):
        """22.2.6.x get RegExp.prototype.<flag> (22.2.6.4.1 RegExpHasFlag)"""
        if not isinstance(this, JSObject):
            _realm_type_error(realm, f"RegExp.prototype.{name} getter called on non-object "
                                     f"{describe_for_error(this)}")
        if not isinstance(this, JSRegExp) or this.original_source is None:
            if this is realm.intrinsics["%RegExp.prototype%"]:
                return UNDEFINED
            _realm_type_error(realm, f"RegExp.prototype.{name} getter called on non-RegExp object")
        return flag in this.original_flags
    getter.__name__ = f"get_RegExp_prototype_{name}"
    return getter


REGEXP_PROTOTYPE.getter("dotAll")(_flag_getter("s", "dotAll"))


@REGEXP_PROTOTYPE.getter("flags")
def get_RegExp_prototype_flags(realm, this):
    """22.2.6.4 get RegExp.prototype.flags"""
    if not isinstance(this, JSObject):
        throw_type_error(f"RegExp.prototype.flags getter called on non-object "
                         f"{describe_for_error(this)}")
    if _pristine(realm, this):
        return this.canonical_flags
    out = []
    for flag, name in FLAG_GETTERS:
        if ToBoolean(Get(this, name)):
            out.append(flag)
    return "".join(out)


REGEXP_PROTOTYPE.getter("global")(_flag_getter("g", "global"))
REGEXP_PROTOTYPE.getter("hasIndices")(_flag_getter("d", "hasIndices"))
REGEXP_PROTOTYPE.getter("ignoreCase")(_flag_getter("i", "ignoreCase"))
REGEXP_PROTOTYPE.getter("multiline")(_flag_getter("m", "multiline"))


@REGEXP_PROTOTYPE.getter("source")
def get_RegExp_prototype_source(realm, this):
    """22.2.6.13 get RegExp.prototype.source"""
    if not isinstance(this, JSObject):
        throw_type_error(f"RegExp.prototype.source getter called on non-object "
                         f"{describe_for_error(this)}")
    if not isinstance(this, JSRegExp) or this.original_source is None:
        if this is realm.intrinsics["%RegExp.prototype%"]:
            return "(?:)"
        _realm_type_error(realm, "RegExp.prototype.source getter called on non-RegExp object")
    return EscapeRegExpPattern(this.original_source)


REGEXP_PROTOTYPE.getter("sticky")(_flag_getter("y", "sticky"))
REGEXP_PROTOTYPE.getter("unicode")(_flag_getter("u", "unicode"))


@REGEXP_PROTOTYPE.method("compile", length=2)
def RegExp_prototype_compile(realm, this, pattern, flags):
    """B.2.4.1 RegExp.prototype.compile ( pattern, flags )"""
    if not isinstance(this, JSRegExp) or this.original_source is None:
        throw_type_error(f"Method RegExp.prototype.compile called on incompatible receiver "
                         f"{describe_for_error(this)}")
    if isinstance(pattern, JSRegExp) and pattern.original_source is not None:
        if flags is not UNDEFINED:
            throw_type_error("Cannot supply flags when constructing one RegExp from another")
        p, f = pattern.original_source, pattern.original_flags
    else:
        p, f = pattern, flags
    return RegExpInitialize(realm, this, p, f)


@REGEXP_PROTOTYPE.method("toString", length=0)
def RegExp_prototype_toString(realm, this):
    """22.2.6.17 RegExp.prototype.toString ( )"""
    rx = _this_regexp(this, "RegExp.prototype.toString")
    if _pristine(realm, rx):
        # Get(R, "source") and Get(R, "flags") would run the built-in getters.
        return f"/{EscapeRegExpPattern(rx.original_source)}/{rx.canonical_flags}"
    pattern = ToString(Get(rx, "source"))
    flags = ToString(Get(rx, "flags"))
    return f"/{pattern}/{flags}"


@REGEXP_PROTOTYPE.method("test", length=1)
def RegExp_prototype_test(realm, this, string):
    """22.2.6.16 RegExp.prototype.test ( S )"""
    rx = _this_regexp(this, "RegExp.prototype.test")
    s = ToString(string)
    if _pristine(realm, rx):
        # RegExpExec would call the built-in exec; only "is the result null" is observed.
        return _builtin_match(realm, rx, s) is not None
    return RegExpExec(realm, rx, s) is not NULL


REGEXP_PROTOTYPE.getter("unicodeSets")(_flag_getter("v", "unicodeSets"))


@REGEXP_PROTOTYPE.method("@@match", length=1)
def RegExp_prototype_match(realm, this, string):
    """22.2.6.8 RegExp.prototype [ @@match ] ( string )"""
    rx = _this_regexp(this, "RegExp.prototype.@@match")
    s = ToString(string)
    flags = _flags_of(realm, rx)
    if "g" not in flags:
        return RegExpExec(realm, rx, s)
    full_unicode = "u" in flags or "v" in flags
    _set_last_index(rx, 0.0)
    if _pristine(realm, rx):
        # Steps 6.d-e with the built-in exec inlined: collect every match, then the final
        # failing exec leaves lastIndex at 0.
        found = []
        index = 0
        sticky = rx.is_sticky
        while index <= len(s):
            result = _run_matcher(rx, s, _unicode_start(s, index, rx.full_unicode), sticky)
            if result is None:
                break
            found.append(s[result.start:result.end])
            realm.host_defined[LEGACY_KEY] = (s, result)
            index = result.end if result.end != result.start else \
                AdvanceStringIndex(s, result.end, full_unicode)
        _set_last_index(rx, 0.0)
        return CreateArrayFromList(found) if found else NULL
    found = []
    while True:
        result = RegExpExec(realm, rx, s)
        if result is NULL:
            return CreateArrayFromList(found) if found else NULL
        match_str = ToString(Get(result, "0"))
        found.append(match_str)
        if match_str == "":
            this_index = ToLength(Get(rx, "lastIndex"))
            Set(rx, "lastIndex", float(AdvanceStringIndex(s, this_index, full_unicode)), True)


@REGEXP_PROTOTYPE.method("@@matchAll", length=1)
def RegExp_prototype_matchAll(realm, this, string):
    """22.2.6.9 RegExp.prototype [ @@matchAll ] ( string )"""
    rx = _this_regexp(this, "RegExp.prototype.@@matchAll")
    s = ToString(string)
    ctor = SpeciesConstructor(rx, realm.intrinsics["%RegExp%"])
    flags = ToString(Get(rx, "flags"))
    matcher = Construct(ctor, [rx, flags])
    last_index = ToLength(Get(rx, "lastIndex"))
    Set(matcher, "lastIndex", float(last_index), True)
    return JSRegExpStringIterator(realm.intrinsics["%RegExpStringIteratorPrototype%"], matcher, s,
                                  "g" in flags, "u" in flags or "v" in flags)


@REGEXP_PROTOTYPE.method("@@replace", length=2)
def RegExp_prototype_replace(realm, this, string, replace_value):
    """22.2.6.11 RegExp.prototype [ @@replace ] ( string, replaceValue )"""
    rx = _this_regexp(this, "RegExp.prototype.@@replace")
    s = ToString(string)
    length_s = len(s)
    functional = IsCallable(replace_value)
    if not functional:
        replace_value = ToString(replace_value)
    flags = _flags_of(realm, rx)
    is_global = "g" in flags
    full_unicode = "u" in flags or "v" in flags
    if is_global:
        _set_last_index(rx, 0.0)
    if _pristine(realm, rx):
        return _replace_fast(realm, rx, s, is_global, full_unicode, functional, replace_value)
    # 11-12. Collect the results.
    results = []
    while True:
        result = RegExpExec(realm, rx, s)
        if result is NULL:
            break
        results.append(result)
        if not is_global:
            break
        match_str = ToString(Get(result, "0"))
        if match_str == "":
            this_index = ToLength(Get(rx, "lastIndex"))
            Set(rx, "lastIndex", float(AdvanceStringIndex(s, this_index, full_unicode)), True)
    # 13-15. Build the result.
    accumulated = []
    next_source_position = 0
    for result in results:
        n_captures = max(LengthOfArrayLike(result) - 1, 0)
        matched = ToString(Get(result, "0"))
        position = ToIntegerOrInfinity(Get(result, "index"))
        position = int(max(min(position, length_s), 0))
        captures = []
        for n in range(1, n_captures + 1):
            cap = Get(result, str(n))
            captures.append(cap if cap is UNDEFINED else ToString(cap))
        named_captures = Get(result, "groups")
        if functional:
            args = [matched] + captures + [float(position), s]
            if named_captures is not UNDEFINED:
                args.append(named_captures)
            replacement = ToString(Call(replace_value, UNDEFINED, args))
        else:
            if named_captures is not UNDEFINED:
                named_captures = ToObject(named_captures)
            replacement = GetSubstitution(matched, s, position, captures, named_captures,
                                          replace_value)
        if position >= next_source_position:
            accumulated.append(s[next_source_position:position])
            accumulated.append(replacement)
            next_source_position = position + len(matched)
    if next_source_position >= length_s:
        return "".join(accumulated)
    accumulated.append(s[next_source_position:])
    return "".join(accumulated)


def _replace_fast(realm, rx: JSRegExp, s: str, is_global: bool, full_unicode: bool,
                  functional: bool, replace_value) -> str:
    """@@replace for a pristine RegExp: the exec results are produced by the matcher directly
    (same order of lastIndex updates, and every replacer call still happens after all matching,
    as steps 11-14 require)."""
    matches = []
    if not is_global:
        result = _builtin_match(realm, rx, s)
        if result is not None:
            matches.append(result)
    else:
        index = 0
        sticky = rx.is_sticky
        while index <= len(s):
            result = _run_matcher(rx, s, _unicode_start(s, index, rx.full_unicode), sticky)
            if result is None:
                break
            matches.append(result)
            index = result.end if result.end != result.start else \
                AdvanceStringIndex(s, result.end, full_unicode)
        _set_last_index(rx, 0.0)
        if matches:
            realm.host_defined[LEGACY_KEY] = (s, matches[-1])
    if not matches:
        return s
    names = rx.regexp_matcher.group_names
    out = []
    next_source_position = 0
    for result in matches:
        position = result.start
        matched = s[position:result.end]
        captures = [UNDEFINED if span is None else s[span[0]:span[1]]
                    for span in result.captures]
        if functional:
            args = [matched] + captures + [float(position), s]
            if names:
                groups = JSObject(NULL)
                values = [matched] + captures
                for name, indices in names.items():
                    groups.define_own_value(name, _named_capture(values, indices))
                args.append(groups)
            replacement = ToString(Call(replace_value, UNDEFINED, args))
        else:
            lookup = None
            if names:
                def lookup(name, _values=[matched] + captures):
                    indices = names.get(name)
                    if indices is None:
                        return ""    # Get on the groups object: undefined -> ""
                    value = _named_capture(_values, indices)
                    return "" if value is UNDEFINED else value
            replacement = expand_template(replace_value, matched, s, position, captures, lookup)
        if position >= next_source_position:
            out.append(s[next_source_position:position])
            out.append(replacement)
            next_source_position = result.end
    if next_source_position < len(s):
        out.append(s[next_source_position:])
    return "".join(out)


@REGEXP_PROTOTYPE.method("@@search", length=1)
def RegExp_prototype_search(realm, this, string):
    """22.2.6.12 RegExp.prototype [ @@search ] ( string )"""
    rx = _this_regexp(this, "RegExp.prototype.@@search")
    s = ToString(string)
    previous_last_index = Get(rx, "lastIndex")
    if not SameValue(previous_last_index, 0.0):
        Set(rx, "lastIndex", 0.0, True)
    result = RegExpExec(realm, rx, s)
    current_last_index = Get(rx, "lastIndex")
    if not SameValue(current_last_index, previous_last_index):
        Set(rx, "lastIndex", previous_last_index, True)
    if result is NULL:
        return -1.0
    return Get(result, "index")


@REGEXP_PROTOTYPE.method("@@split", length=2)
def RegExp_prototype_split(realm, this, string, limit):
    """22.2.6.14 RegExp.prototype [ @@split ] ( string, limit )"""
    rx = _this_regexp(this, "RegExp.prototype.@@split")
    s = ToString(string)
    ctor = SpeciesConstructor(rx, realm.intrinsics["%RegExp%"])
    flags = ToString(Get(rx, "flags"))
    unicode_matching = "u" in flags or "v" in flags
    new_flags = flags if "y" in flags else flags + "y"
    splitter = Construct(ctor, [rx, new_flags])
    out = []
    lim = 4294967295 if limit is UNDEFINED else ToUint32(limit)
    if lim == 0:
        return CreateArrayFromList(out)
    size = len(s)
    if size == 0:
        if RegExpExec(realm, splitter, s) is not NULL:
            return CreateArrayFromList(out)
        return CreateArrayFromList([s])
    if _pristine(realm, splitter):
        return _split_fast(realm, splitter, s, lim, unicode_matching)
    p = q = 0
    while q < size:
        Set(splitter, "lastIndex", float(q), True)
        z = RegExpExec(realm, splitter, s)
        if z is NULL:
            q = AdvanceStringIndex(s, q, unicode_matching)
            continue
        e = min(ToLength(Get(splitter, "lastIndex")), size)
        if e == p:
            q = AdvanceStringIndex(s, q, unicode_matching)
            continue
        out.append(s[p:q])
        if len(out) == lim:
            return CreateArrayFromList(out)
        p = e
        number_of_captures = max(LengthOfArrayLike(z) - 1, 0)
        for i in range(1, number_of_captures + 1):
            out.append(Get(z, str(i)))
            if len(out) == lim:
                return CreateArrayFromList(out)
        q = p
    out.append(s[p:size])
    return CreateArrayFromList(out)


def _split_fast(realm, splitter: JSRegExp, s: str, lim: int, unicode_matching: bool):
    """Steps 19-20 of @@split for a pristine splitter: instead of a sticky exec at every q, scan
    forward to the next match (the first q at which the sticky exec would succeed); the
    splitter's lastIndex is not observable (it was created here and is pristine)."""
    out = []
    size = len(s)
    p = q = 0
    while q < size:
        result = _run_matcher(splitter, s, q, False)
        if result is None or result.start >= size:
            break
        q = result.start
        e = min(result.end, size)
        realm.host_defined[LEGACY_KEY] = (s, result)
        if e == p:
            q = AdvanceStringIndex(s, q, unicode_matching)
            continue
        out.append(s[p:q])
        if len(out) == lim:
            return CreateArrayFromList(out)
        p = e
        for span in result.captures:
            out.append(UNDEFINED if span is None else s[span[0]:span[1]])
            if len(out) == lim:
                return CreateArrayFromList(out)
        q = p
    out.append(s[p:size])
    return CreateArrayFromList(out)


@REGEXP_PROTOTYPE.finalize
def _remember_originals(realm, proto):
    proto.originals = tuple((key, proto.props.get(key)) for key in _PRISTINE_KEYS)


# --- 22.2.9 RegExp String Iterator Objects ---------------------------------------------------------

@REGEXP_STRING_ITERATOR_PROTOTYPE.method("next", length=0)
def RegExpStringIteratorPrototype_next(realm, this):
    """22.2.9.2.1 %RegExpStringIteratorPrototype%.next ( )"""
    if not isinstance(this, JSRegExpStringIterator):
        throw_type_error(f"Method %RegExpStringIterator%.prototype.next called on incompatible "
                         f"receiver {describe_for_error(this)}")
    if this.done:
        return CreateIterResultObject(UNDEFINED, True)
    rx = this.iterating_regexp
    s = this.iterated_string
    match = RegExpExec(realm, rx, s)
    if match is NULL:
        this.done = True
        return CreateIterResultObject(UNDEFINED, True)
    if not this.is_global:
        this.done = True
        return CreateIterResultObject(match, False)
    match_str = ToString(Get(match, "0"))
    if match_str == "":
        this_index = ToLength(Get(rx, "lastIndex"))
        Set(rx, "lastIndex", float(AdvanceStringIndex(s, this_index, this.full_unicode)), True)
    return CreateIterResultObject(match, False)


@REGEXP_STRING_ITERATOR_PROTOTYPE.finalize
def _link_iterator_prototype(realm, proto):
    # [[Prototype]] is %IteratorPrototype% (declared by the iterator built-ins when present).
    iterator_prototype = realm.intrinsics.get("%IteratorPrototype%")
    if iterator_prototype is not None:
        proto.proto = iterator_prototype
