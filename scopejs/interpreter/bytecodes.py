"""THE definition of every opcode's semantics, written once (CPython's Python/bytecodes.c).

Each function below is a TEMPLATE, parsed with ``ast`` and never called: the interpreter's
handlers (generated_cases.py), its superinstructions (generated_fused.py), the opcode
descriptions (bytecode/opcode_descriptions.py), docs/opcodes.md and the optimizing tier's code
are all generated from it by scopejs/interpreter/cases (whose docstring defines the vocabulary:
ACC, REG[i], CTX, REALM, FRAME, INTERP, PC, ``with DECODE:``, ``if STATIC(...)``, JUMP, RETURN,
THROW, CALL, SUSPEND).  The docstring of a template is its opcode's one-line description.

After editing, run ``python3 -m scopejs.interpreter.cases``.  Fast paths are inline here and say
why they are unobservable; everything else calls the one implementation in runtime/abstract_ops
or the interpreter's support modules.  Only imports, constants and templates belong here.
"""
from __future__ import annotations

import math
from math import floor, trunc

from scopejs.bytecode.opcodes import (
    CLOSE_THROW, DEFINE_ENUMERABLE, DEFINE_SET_FUNCTION_NAME, SUSPEND_AWAIT, SUSPEND_INITIAL,
    SUSPEND_YIELD_RAW, TYPEOF_LITERALS,
)
from scopejs.bytecode.shared_function_info import EXACT_ARITIES
from scopejs.interpreter import generators_support as gs
from scopejs.interpreter import lookup
from scopejs.interpreter.calls_support import (
    call_frame, closure_shape, construct_direct, enter_function, make_closure, prepare_construct,
)
from scopejs.interpreter.iteration_support import ForInEnumerator, iterate_to_list
from scopejs.interpreter.messages import throw_not_callable, throw_not_constructor
from scopejs.interpreter.opcode_support import (
    GlobalCache, array_literal_template, constant_value, create_mapped_arguments, create_regexp,
    delete_property, get_iterator_at, get_template_object, initial_slots, int32_shift_left,
    int32_shift_right, int32_shift_right_logical, is_strict,
    object_literal_template, runtime_implementation, throw_super_not_constructor,
)
from scopejs.interpreter.property_access import (
    NAMED_KEY_CLASSES, PRIMITIVE_CLASSES, get_keyed, get_primitive_property,
    get_property, set_keyed, set_named,
)
from scopejs.interpreter.runtime_functions import set_function_name
from scopejs.runtime.abstract_ops import iterator_operations, operators, type_conversion
from scopejs.runtime.abstract_ops.iterator_operations import DONE
from scopejs.runtime.abstract_ops.object_operations import (
    CopyDataProperties, CreateDataPropertyOrThrow, DefinePropertyOrThrow,
)
from scopejs.runtime.abstract_ops.testing_comparison import (
    IsLessThan, IsLooselyEqual, IsStrictlyEqual,
)
from scopejs.runtime.completion import ThrowCompletion, throw_reference_error
from scopejs.runtime.environments import Context
from scopejs.runtime.length_limits import MAX_STRING_LENGTH
from scopejs.runtime.objects.arguments import CreateUnmappedArgumentsObject
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.ecmascript_function import ECMAScriptFunction
from scopejs.runtime.objects.functions import BuiltinFunction, JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject, array_index
from scopejs.runtime.property import NOT_DATA, Accessor, PropertyDescriptor
from scopejs.runtime.values import EMPTY, HOLE, NULL, UNDEFINED, JSBigInt, is_object, type_of

F = float

# The operator behind each opcode of a shared template: (int32 fast path, the abstract operation).
INT32_OPERATORS = {
    "BitwiseOr": (int.__or__, operators.BitwiseOr),
    "BitwiseXor": (int.__xor__, operators.BitwiseXor),
    "BitwiseAnd": (int.__and__, operators.BitwiseAnd),
    "ShiftLeft": (int32_shift_left, operators.LeftShift),
    "ShiftRight": (int32_shift_right, operators.SignedRightShift),
    "ShiftRightLogical": (int32_shift_right_logical, operators.UnsignedRightShift),
}
SMI_OPERATORS = {
    "DivSmi": operators.Divide, "ModSmi": operators.Remainder, "ExpSmi": operators.Exponentiate,
    "BitwiseOrSmi": operators.BitwiseOr, "BitwiseXorSmi": operators.BitwiseXor,
    "BitwiseAndSmi": operators.BitwiseAnd, "ShiftLeftSmi": operators.LeftShift,
    "ShiftRightSmi": operators.SignedRightShift,
    "ShiftRightLogicalSmi": operators.UnsignedRightShift,
}

# Superinstructions: sequences fused into one closure when none of their later instructions is
# an entry point (jump target, handler boundary, resume point, call return address).  Chosen by
# dynamic pair/triple counts over bench/engine/programs; the longest match at an index wins.
_RELATIONAL = ("TestLessThan", "TestGreaterThan", "TestLessThanOrEqual", "TestGreaterThanOrEqual")
_BRANCHES = ("JumpIfTrue", "JumpIfFalse")
SUPERINSTRUCTIONS = tuple(
    [(load, test, jump) for load in ("LdaSmi", "LdaZero", "LdaConstant", "Ldar")
     for test in _RELATIONAL for jump in _BRANCHES]
    + [(test, jump) for test in _RELATIONAL + ("TestEqualStrict", "TestEqual")
       for jump in _BRANCHES]
    + [("Ldar", op, "Star") for op in ("Inc", "Dec", "AddSmi", "SubSmi", "Add", "Sub", "Mul",
                                       "GetKeyedProperty")]
    + [("Ldar", "Star"), ("Star", "Ldar"), ("GetNamedProperty", "Star"),
       ("Star", "GetNamedProperty", "Star"), ("LdaGlobal", "Star"), ("Star", "LdaGlobal", "Star")]
)


# ---- accumulator loads -------------------------------------------------------------------

def LdaZero():
    """acc := 0"""
    ACC = 0.0


def LdaSmi(imm):
    """acc := imm (a small integer, as a Number)"""
    with DECODE:
        value = float(imm)
    ACC = value


def LdaUndefined():
    """acc := undefined"""
    ACC = UNDEFINED


def LdaNull():
    """acc := null"""
    ACC = NULL


def LdaTheHole():
    """acc := the hole (TDZ marker)"""
    ACC = HOLE


def LdaTrue():
    """acc := true"""
    ACC = True


def LdaFalse():
    """acc := false"""
    ACC = False


def LdaConstant(idx):
    """acc := K[idx] (Number, String, BigIntLiteral -> BigInt)"""
    with DECODE:
        value = constant_value(CONST[idx])
    ACC = value


# ---- registers -----------------------------------------------------------------------------

def Ldar(src):
    """acc := r"""
    ACC = REG[src]


def Star(dst):
    """r := acc"""
    REG[dst] = ACC


def Mov(src, dst):
    """r2 := r1"""
    REG[dst] = REG[src]


# ---- globals (UNALLOCATED variables) -------------------------------------------------------

def LdaGlobal(idx):
    """acc := value of global K[idx]: global lexical record, then global object; ReferenceError
    'x is not defined' if absent, 'Cannot access 'x' before initialization' if in TDZ"""
    with DECODE:
        name = CONST[idx]
        cache = GlobalCache(name)
    realm = REALM
    if realm is not cache.realm:
        cache.refresh(realm)
    if cache.stable:
        v = cache.props[name]   # a var or function declaration's property (GlobalCache)
    elif name not in cache.lexical:
        # no lexical binding has that name: a plain data property of the global object is
        # what GetBindingValue returns (a built-in such as Math)
        v = cache.props.get(name, NOT_DATA)
        if v.__class__ is Accessor:   # (an accessor, or NOT_DATA: absent)
            v = cache.env.get_global(name)
    else:
        v = cache.lexical[name]   # (the lexical record's binding, unless in its TDZ)
        if v is HOLE:
            v = cache.env.get_global(name)
    ACC = v


def LdaGlobalInsideTypeof(idx):
    """as LdaGlobal but acc := undefined when absent"""
    with DECODE:
        name = CONST[idx]
    ACC = REALM.global_env.typeof_global(name)


def StaGlobal(idx):
    """global K[idx] := acc (PutValue; strict function: ReferenceError if unresolvable; TDZ ->
    ReferenceError; const -> TypeError 'Assignment to constant variable.')"""
    with DECODE:
        name = CONST[idx]
        strict = is_strict(SFI)
        cache = GlobalCache(name)
    realm = REALM
    if realm is cache.realm and cache.stable and cache.global_object.flags[name] & 1:
        cache.props[name] = ACC   # a writable var's property (a stable GlobalCache has flags)
    else:
        if realm is not cache.realm:
            cache.refresh(realm)
        # an existing writable data property of the global object, no lexical binding
        if name not in cache.lexical and name in cache.props and (
                (fl := cache.global_object.flags) is None or fl.get(name, 7) & 1):
            cache.props[name] = ACC
        else:
            cache.env.set_global(name, ACC, strict)


# ---- contexts (CONTEXT variables) ----------------------------------------------------------

@opcode("LdaContextSlot", "LdaImmutableContextSlot")
def LdaContextSlot(slot, depth):
    """acc := ctx^depth.slots[slot]"""
    if STATIC(depth == 0):
        ACC = CTX.slots[slot]
    elif STATIC(depth == 1):
        ACC = CTX.previous.slots[slot]
    else:
        c = CTX
        for _ in range(depth):
            c = c.previous
        ACC = c.slots[slot]


@opcode("LdaCurrentContextSlot", "LdaImmutableCurrentContextSlot")
def LdaCurrentContextSlot(slot):
    """acc := ctx.slots[slot]"""
    ACC = CTX.slots[slot]


def StaContextSlot(slot, depth):
    """ctx^depth.slots[slot] := acc"""
    if STATIC(depth == 0):
        CTX.slots[slot] = ACC
    elif STATIC(depth == 1):
        CTX.previous.slots[slot] = ACC
    else:
        c = CTX
        for _ in range(depth):
            c = c.previous
        c.slots[slot] = ACC


def StaCurrentContextSlot(slot):
    """ctx.slots[slot] := acc"""
    CTX.slots[slot] = ACC


def PushContext(r):
    """r := ctx; ctx := acc"""
    REG[r] = CTX
    CTX = ACC


def PopContext(r):
    """ctx := r"""
    CTX = REG[r]


@opcode("CreateFunctionContext", "CreateEvalContext")
def CreateFunctionContext(idx, count):
    """acc := new Context(scope_info K[idx], previous ctx, count slots initialised per
    scope_info) (function or eval code)"""
    with DECODE:
        scope_info = CONST[idx]
        initial_slots(scope_info, count)
    ACC = Context(scope_info, CTX, scope_info.initial_slots[:])


def CreateBlockContext(idx):
    """acc := new Context(scope_info K[idx], previous ctx)"""
    with DECODE:
        scope_info = CONST[idx]
        initial_slots(scope_info)
    ACC = Context(scope_info, CTX, scope_info.initial_slots[:])


def CreateCatchContext(r, idx):
    """acc := new Context(scope_info K[idx], previous ctx) with slots[0] := r (the exception)"""
    with DECODE:
        scope_info = CONST[idx]
        initial_slots(scope_info)
    slots = scope_info.initial_slots[:]
    if slots:
        slots[0] = REG[r]
    else:
        slots.append(REG[r])
    ACC = Context(scope_info, CTX, slots)


def CreateWithContext(r, idx):
    """acc := new with-Context(object r (already ToObject'd), scope_info K[idx], previous ctx)"""
    with DECODE:
        scope_info = CONST[idx]
    ACC = Context(scope_info, CTX, [REG[r]])


def CreatePerIterationContext(dst):
    """ctx := copy of ctx (same scope_info and previous, slots copied); r := ctx: 14.7.4.4
    CreatePerIterationEnvironment"""
    c = CTX
    copied = Context(c.scope_info, c.previous, c.slots[:])
    REG[dst] = copied
    CTX = copied


# ---- dynamic lookups (LOOKUP variables: with / sloppy direct eval) -------------------------

def LdaLookupSlot(idx):
    """acc := ResolveBinding(K[idx]) through the context chain (with objects, eval extensions,
    scope_info names), then globals; ReferenceError if unresolvable"""
    with DECODE:
        name = CONST[idx]
    ACC = lookup.get_binding_value(FRAME, name, False)


def LdaLookupSlotInsideTypeof(idx):
    """as LdaLookupSlot but acc := undefined if unresolvable"""
    with DECODE:
        name = CONST[idx]
    ACC = lookup.get_binding_value(FRAME, name, True)


def StaLookupSlot(idx, flag):
    """PutValue(ResolveBinding(K[idx]), acc); flag 1 = strict"""
    with DECODE:
        name = CONST[idx]
        strict = bool(flag & 1)
    lookup.set_binding_value(FRAME, name, ACC, strict)


# ---- TDZ and super checks ----------------------------------------------------------------

def ThrowReferenceErrorIfHole(idx):
    """if acc is the hole: throw ReferenceError "Cannot access 'K[idx]' before initialization\""""
    with DECODE:
        message = f"Cannot access '{CONST[idx]}' before initialization"
    if ACC is HOLE:
        throw_reference_error(message)


def ThrowSuperNotCalledIfHole():
    """if acc is the hole: throw ReferenceError "Must call super constructor in derived class
    before accessing 'this' or returning from derived constructor\""""
    if ACC is HOLE:
        throw_reference_error("Must call super constructor in derived class before accessing "
                              "'this' or returning from derived constructor")


def ThrowSuperAlreadyCalledIfNotHole():
    """if acc is not the hole: throw ReferenceError "Super constructor may only be called
    once\""""
    if ACC is not HOLE:
        throw_reference_error("Super constructor may only be called once")


def ThrowIfNotSuperConstructor(r):
    """if r is not a constructor: TypeError "Super constructor X of anonymous class is not a
    constructor\""""
    ctor = REG[r]
    if not (isinstance(ctor, JSFunctionBase) and ctor.is_constructor):
        throw_super_not_constructor(ctor, REG[0])


# ---- closures and arguments --------------------------------------------------------------

def CreateClosure(idx, flags):
    """acc := new JSFunction(SharedFunctionInfo K[idx], [[Environment]] := ctx)"""
    with DECODE:
        sfi = CONST[idx]
        proto_name, this_mode, strict, kind, is_constructor, plain = closure_shape(sfi)
    if STATIC(plain and proto_name is None):
        # a plain function or arrow: make_closure's object, its answers known when decoding
        ACC = ECMAScriptFunction(REALM.function_prototype, REALM, sfi, CTX, this_mode, strict,
                                 kind, is_constructor, True)
    else:
        ACC = make_closure(sfi, CTX, REALM)


def CreateMappedArguments():
    """acc := mapped arguments object (10.4.4.7): parameter i aliases
    ctx.slots[sfi.scope_info.parameter_slots[i]]"""
    ACC = create_mapped_arguments(FRAME)


def CreateUnmappedArguments():
    """acc := unmapped arguments object (10.4.4.6)"""
    ACC = CreateUnmappedArgumentsObject(REALM, FRAME.arguments)


def CreateRestParameter():
    """acc := Array of the actual arguments after the formal ones"""
    with DECODE:
        formal = SFI.formal_parameter_count
    ACC = REALM.new_array(FRAME.arguments[formal:])


# ---- properties --------------------------------------------------------------------------

def GetNamedProperty(r, idx):
    """acc := r[K[idx]] (GetValue; TypeError on null/undefined)"""
    with DECODE:
        name = CONST[idx]
        method_of_string = name.__class__ is str and array_index(name) < 0
    o = REG[r]
    if STATIC(name == "length"):
        # dense arrays and strings inline: the same value as [[Get]] "length"
        c = o.__class__
        if c is JSArray:
            el = o.elements
            v = float(len(el)) if el is not None else float(o.sparse_length)
        elif c is str:
            v = float(len(o))
        elif c in PRIMITIVE_CLASSES:
            v = get_primitive_property(REALM, o, "length")
        else:
            v = o.Get("length", o)
    elif o.__class__ is JSObject or (method_of_string and o.__class__ is not str
                                     and o.__class__ in NAMED_KEY_CLASSES):
        # an own data property of an ordinary object (or a function's, or an array's named
        # one), or one on a chain of such objects (methods): what OrdinaryGet finds when no
        # accessor is involved; everything else (exotic prototypes, accessors, absent keys) is
        # [[Get]].  (`is not str` is no part of the answer -- str is not in the set -- but a
        # string's method read, the branch below, passes it cheaper than the set lookup.)
        v = o.props.get(name, NOT_DATA)
        if v.__class__ is Accessor:   # (an accessor, or NOT_DATA: absent)
            if v is NOT_DATA:
                p = o.proto
                while p.__class__ is JSObject or (method_of_string
                                                  and p.__class__ in NAMED_KEY_CLASSES):
                    if name in p.props:   # (`in`, then a subscript at the holder: no get call)
                        v = p.props[name]
                        break
                    p = p.proto
            if v.__class__ is Accessor:
                v = o.Get(name, o)
    elif o.__class__ is str and method_of_string:
        # a string's method: String.prototype's own data property is what the wrapper's
        # [[Get]] finds (a string's own keys are "length" and its indices)
        v = REALM.string_prototype.props.get(name, NOT_DATA)
        if v.__class__ is Accessor:
            v = get_property(REALM, o, name)
    else:
        v = get_property(REALM, o, name)   # primitives, exotic and other objects
    ACC = v


def GetKeyedProperty(r):
    """acc := r[acc]"""
    o = REG[r]
    key = ACC
    # a dense array's element / an ordinary object's own data property: what [[Get]] returns
    # (an index test of float operations only: int(), and comparisons of a float with an int,
    # cost several times what 0.0 <= key, is_integer() and floor() do)
    if o.__class__ is JSArray and key.__class__ is F:
        el = o.elements
        if el is not None and 0.0 <= key and key.is_integer() and (i := floor(key)) < len(el):
            v = el[i]
            if v is EMPTY:   # a hole: the prototype chain's
                v = get_keyed(REALM, o, key)
        else:
            v = get_keyed(REALM, o, key)
    elif o.__class__ is JSObject and key.__class__ is str:
        v = o.props.get(key, NOT_DATA)
        if v.__class__ is Accessor:   # (an accessor, or NOT_DATA: absent)
            v = get_keyed(REALM, o, key)
    else:
        v = get_keyed(REALM, o, key)
    ACC = v


def SetNamedProperty(r, idx):
    """r[K[idx]] := acc (PutValue, strictness of the function)"""
    with DECODE:
        name = CONST[idx]
        strict = is_strict(SFI)
    o = REG[r]
    value = ACC
    if o.__class__ is JSObject and o.flags is None and name in o.props:
        o.props[name] = value   # an existing plain data property: what OrdinarySet does
    else:
        set_named(REALM, o, name, value, strict)


def SetKeyedProperty(r, rk):
    """r1[r2] := acc (PutValue, strictness of the function)"""
    with DECODE:
        strict = is_strict(SFI)
    o = REG[r]
    key = REG[rk]
    # overwrite an existing dense element: OrdinarySet on a writable data property
    # (the index test of GetKeyedProperty)
    if o.__class__ is JSArray and key.__class__ is F and (el := o.elements) is not None \
            and 0.0 <= key and key.is_integer() and (i := floor(key)) < len(el) \
            and el[i] is not EMPTY:
        el[i] = ACC
    else:
        set_keyed(REALM, o, key, ACC, strict)


def DefineNamedOwnProperty(r, idx):
    """CreateDataPropertyOrThrow(r, K[idx], acc)"""
    with DECODE:
        name = CONST[idx]
    o = REG[r]
    if o.__class__ is JSObject and o.extensible and (o.flags is None or name not in o.flags):
        o.props[name] = ACC
    else:
        CreateDataPropertyOrThrow(o, name, ACC)


def DefineKeyedOwnPropertyInLiteral(r, rk, flags):
    """DefinePropertyOrThrow(r1, ToPropertyKey(r2), {value: acc, writable, configurable,
    enumerable: flag&2}); flag&1: SetFunctionName(acc, key) first"""
    with DECODE:
        set_name = bool(flags & DEFINE_SET_FUNCTION_NAME)
        enumerable = bool(flags & DEFINE_ENUMERABLE)
    key = type_conversion.ToPropertyKey(REG[rk])
    value = ACC
    if set_name:
        set_function_name(value, key, None)
    DefinePropertyOrThrow(REG[r], key, PropertyDescriptor(value, True, None, None, enumerable,
                                                          True))


def StaInArrayLiteral(r, ri):
    """CreateDataPropertyOrThrow(r1, r2, acc)"""
    o = REG[r]
    index = REG[ri]
    if o.__class__ is JSArray and o.elements is not None and index.__class__ is F \
            and index == len(o.elements):
        o.elements.append(ACC)
    else:
        CreateDataPropertyOrThrow(o, type_conversion.ToPropertyKey(index), ACC)


def DeletePropertyStrict(r):
    """acc := delete r[acc] (TypeError if non-configurable)"""
    ACC = delete_property(REG[r], ACC, True)


def DeletePropertySloppy(r):
    """acc := delete r[acc]"""
    ACC = delete_property(REG[r], ACC, False)


# ---- binary operators: acc := r OP acc ----------------------------------------------------
# Fast paths: two Numbers (Python floats) follow IEEE-754 as the spec's Number::add etc.; two
# Strings concatenate (up to the maximum string length); small int32 operands make the
# bitwise operators exact on Python ints.

def Add(r):
    """acc := r + acc"""
    x = REG[r]
    y = ACC
    cx = x.__class__
    if cx is y.__class__ and (cx is F or (cx is str and len(x) + len(y) <= MAX_STRING_LENGTH)):
        ACC = x + y
    else:
        ACC = operators.Add(x, y)   # also throws RangeError: Invalid string length


def Sub(r):
    """acc := r - acc"""
    x = REG[r]
    y = ACC
    if x.__class__ is F and y.__class__ is F:
        ACC = x - y
    else:
        ACC = operators.Subtract(x, y)


def Mul(r):
    """acc := r * acc"""
    x = REG[r]
    y = ACC
    if x.__class__ is F and y.__class__ is F:
        ACC = x * y
    else:
        ACC = operators.Multiply(x, y)


def Div(r):
    """acc := r / acc"""
    x = REG[r]
    y = ACC
    if x.__class__ is F and y.__class__ is F and y:
        ACC = x / y
    else:
        ACC = operators.Divide(x, y)


def Mod(r):
    """acc := r % acc"""
    x = REG[r]
    y = ACC
    if x.__class__ is F and y.__class__ is F and x > 0.0 and y > 0.0:
        # positive operands: Python's float % is fmod, Number::remainder (an infinite
        # dividend gives NaN, an infinite divisor the dividend, as in 6.1.6.1.6)
        ACC = x % y
    elif x.__class__ is F and y.__class__ is F and y and x - x == 0.0:
        # finite dividend, non-zero divisor: fmod is Number::remainder; keep the sign of -0
        v = math.fmod(x, y)
        ACC = v if v or x >= 0 else -0.0
    else:
        ACC = operators.Remainder(x, y)


def Exp(r):
    """acc := r ** acc"""
    ACC = operators.Exponentiate(REG[r], ACC)


@opcode("BitwiseOr", "BitwiseXor", "BitwiseAnd", "ShiftLeft", "ShiftRight", "ShiftRightLogical")
def Int32Operator(r):
    """BitwiseOr: acc := r | acc
    BitwiseXor: acc := r ^ acc
    BitwiseAnd: acc := r & acc
    ShiftLeft: acc := r << acc
    ShiftRight: acc := r >> acc
    ShiftRightLogical: acc := r >>> acc
    """
    with DECODE:
        int_op, slow = INT32_OPERATORS[OP]
    x = REG[r]
    y = ACC
    # (int32 operands: ToInt32 is the value itself; trunc() is int() for a float, at a
    # third of its cost)
    if (x.__class__ is F and y.__class__ is F and -2147483648.0 <= x <= 2147483647.0
            and -2147483648.0 <= y <= 2147483647.0 and x.is_integer() and y.is_integer()):
        ACC = float(int_op(trunc(x), trunc(y)))
    else:
        ACC = slow(x, y)


# ---- binary operators with a small-integer right operand: acc := acc OP imm ---------------

def AddSmi(imm):
    """acc := acc + imm"""
    with DECODE:
        y = float(imm)
    x = ACC
    if x.__class__ is F:
        ACC = x + y
    else:
        ACC = operators.Add(x, y)


def SubSmi(imm):
    """acc := acc - imm"""
    with DECODE:
        y = float(imm)
    x = ACC
    if x.__class__ is F:
        ACC = x - y
    else:
        ACC = operators.Subtract(x, y)


def MulSmi(imm):
    """acc := acc * imm"""
    with DECODE:
        y = float(imm)
    x = ACC
    if x.__class__ is F:
        ACC = x * y
    else:
        ACC = operators.Multiply(x, y)


@opcode("DivSmi", "ModSmi", "ExpSmi", "BitwiseOrSmi", "BitwiseXorSmi", "BitwiseAndSmi",
        "ShiftLeftSmi", "ShiftRightSmi", "ShiftRightLogicalSmi")
def SmiOperator(imm):
    """DivSmi: acc := acc / imm
    ModSmi: acc := acc % imm
    ExpSmi: acc := acc ** imm
    BitwiseOrSmi: acc := acc | imm
    BitwiseXorSmi: acc := acc ^ imm
    BitwiseAndSmi: acc := acc & imm
    ShiftLeftSmi: acc := acc << imm
    ShiftRightSmi: acc := acc >> imm
    ShiftRightLogicalSmi: acc := acc >>> imm
    """
    with DECODE:
        y = float(imm)
        operator = SMI_OPERATORS[OP]
        positive = imm > 0
    if STATIC(OP == "ModSmi" and imm != 0):
        x = ACC
        if x.__class__ is F and positive and x > 0.0:
            ACC = x % y   # (as Mod's fast path for positive operands)
        elif x.__class__ is F and x - x == 0.0:
            # a finite Number and a non-zero divisor: as Mod's fast path (sign of -0 kept)
            v = math.fmod(x, y)
            ACC = v if v or x >= 0 else -0.0
        else:
            ACC = operator(x, y)
    elif STATIC(OP == "DivSmi" and imm != 0):
        x = ACC
        ACC = x / y if x.__class__ is F else operator(x, y)
    else:
        ACC = operator(ACC, y)


# ---- unary operators -----------------------------------------------------------------------

def Inc():
    """acc := ToNumeric(acc) + 1 (Number or BigInt)"""
    x = ACC
    if x.__class__ is F:
        ACC = x + 1.0
    else:
        ACC = operators.Increment(x)


def Dec():
    """acc := ToNumeric(acc) - 1 (Number or BigInt)"""
    x = ACC
    if x.__class__ is F:
        ACC = x - 1.0
    else:
        ACC = operators.Decrement(x)


def Negate():
    """acc := -acc"""
    x = ACC
    if x.__class__ is F:
        ACC = -x
    else:
        ACC = operators.UnaryMinus(x)


def BitwiseNot():
    """acc := ~acc"""
    ACC = operators.BitwiseNot(ACC)


def ToBooleanLogicalNot():
    """acc := !ToBoolean(acc)"""
    v = ACC
    if v is True:
        ACC = False
    elif v is False:
        ACC = True
    elif v.__class__ is F:
        ACC = v == 0.0 or v != v   # (7.1.2 ToBoolean of a Number: +0, -0 and NaN are false)
    else:
        ACC = not type_conversion.ToBoolean(v)


def LogicalNot():
    """acc := !acc (acc is a Boolean)"""
    ACC = ACC is not True


def TypeOf():
    """acc := typeof acc"""
    ACC = type_of(ACC)


# ---- comparisons: acc := r OP acc ----------------------------------------------------------
# Fast paths: two Numbers or two Strings compare as Python floats / strs (NaN is unordered in
# both; strings compare by UTF-16 code units because they are stored as code units).

def TestEqual(r):
    """acc := r == acc"""
    x = REG[r]
    y = ACC
    if x.__class__ is F and y.__class__ is F:
        ACC = x == y
    else:
        ACC = IsLooselyEqual(x, y)


def TestEqualStrict(r):
    """acc := r === acc"""
    x = REG[r]
    y = ACC
    cx = x.__class__
    # (7.2.14 IsStrictlyEqual inline: values of different classes are never strictly equal,
    # Numbers and strings compare by value, BigInts through it, everything else by identity)
    if cx is y.__class__:
        if cx is F or cx is str:
            ACC = x == y
        elif cx is JSBigInt:
            ACC = IsStrictlyEqual(x, y)
        else:
            ACC = x is y
    else:
        ACC = False


def TestLessThan(r):
    """acc := r < acc"""
    x = REG[r]
    y = ACC
    cx = x.__class__
    if cx is y.__class__ and (cx is F or cx is str):
        ACC = x < y
    else:
        ACC = IsLessThan(x, y, True) is True


def TestGreaterThan(r):
    """acc := r > acc"""
    x = REG[r]
    y = ACC
    cx = x.__class__
    if cx is y.__class__ and (cx is F or cx is str):
        ACC = x > y
    else:
        ACC = IsLessThan(y, x, False) is True


def TestLessThanOrEqual(r):
    """acc := r <= acc"""
    x = REG[r]
    y = ACC
    cx = x.__class__
    if cx is y.__class__ and (cx is F or cx is str):
        ACC = x <= y
    else:
        ACC = IsLessThan(y, x, False) is False


def TestGreaterThanOrEqual(r):
    """acc := r >= acc"""
    x = REG[r]
    y = ACC
    cx = x.__class__
    if cx is y.__class__ and (cx is F or cx is str):
        ACC = x >= y
    else:
        ACC = IsLessThan(x, y, True) is False


def TestReferenceEqual(r):
    """acc := r is acc (SameValue on identity; used for holes)"""
    ACC = REG[r] is ACC


def TestInstanceOf(r):
    """acc := r instanceof acc (13.10.2 InstanceofOperator)"""
    ACC = operators.InstanceofOperator(REG[r], ACC)


def TestIn(r):
    """acc := r in acc (TypeError if acc is not an object)"""
    ACC = operators.InOperator(REG[r], ACC)


def TestUndetectable():
    """acc := acc == null (null or undefined)"""
    v = ACC
    ACC = v is NULL or v is UNDEFINED


def TestNull():
    """acc := acc === null"""
    ACC = ACC is NULL


def TestUndefined():
    """acc := acc === undefined"""
    ACC = ACC is UNDEFINED


def TestTypeOf(flag):
    """acc := typeof acc === TYPEOF_LITERALS[flag]"""
    with DECODE:
        literal = TYPEOF_LITERALS[flag]
    ACC = type_of(ACC) == literal


# ---- conversions ---------------------------------------------------------------------------

def ToNumber():
    """acc := ToNumber(acc)"""
    v = ACC
    if v.__class__ is not F:
        ACC = type_conversion.ToNumber(v)


def ToNumeric():
    """acc := ToNumeric(acc)"""
    v = ACC
    if v.__class__ is not F:
        ACC = type_conversion.ToNumeric(v)


def ToString():
    """acc := ToString(acc)"""
    v = ACC
    if v.__class__ is not str:
        ACC = type_conversion.ToString(v)


def ToName():
    """acc := ToPropertyKey(acc)"""
    v = ACC
    if v.__class__ is not str:
        ACC = type_conversion.ToPropertyKey(v)


def ToObject(dst):
    """r := ToObject(acc)"""
    REG[dst] = type_conversion.ToObject(ACC)


def ToBoolean():
    """acc := ToBoolean(acc)"""
    v = ACC
    if v.__class__ is not bool:
        ACC = type_conversion.ToBoolean(v)


# ---- jumps (targets are absolute instruction indices) --------------------------------------

def Jump(target):
    """pc := target"""
    JUMP(target)


def JumpLoop(target, depth):
    """pc := target (a loop back edge; depth = loop depth): the interrupt check point for the
    step and time limits"""
    INTERP.budget -= 1
    if INTERP.budget < 0:
        INTERP.out_of_budget()
    JUMP(target)


def JumpIfTrue(target):
    """if acc is true: pc := target"""
    if ACC is True:
        JUMP(target)


def JumpIfFalse(target):
    """if acc is false: pc := target"""
    if ACC is False:
        JUMP(target)


def JumpIfToBooleanTrue(target):
    """if ToBoolean(acc): pc := target"""
    v = ACC
    if v is True:
        JUMP(target)
    elif v.__class__ is F:
        if v != 0.0 and v == v:   # (7.1.2 ToBoolean of a Number: not +0, -0 or NaN)
            JUMP(target)
    elif v is not False and v is not UNDEFINED and v is not NULL and \
            type_conversion.ToBoolean(v):
        JUMP(target)


def JumpIfToBooleanFalse(target):
    """if not ToBoolean(acc): pc := target"""
    v = ACC
    if v is False:
        JUMP(target)
    elif v is True:
        pass
    elif v is UNDEFINED or v is NULL:
        JUMP(target)
    elif v.__class__ is F:
        if v == 0.0 or v != v:   # (7.1.2 ToBoolean of a Number: +0, -0 and NaN are false)
            JUMP(target)
    elif not type_conversion.ToBoolean(v):
        JUMP(target)


def JumpIfNull(target):
    """if acc is null: pc := target"""
    if ACC is NULL:
        JUMP(target)


def JumpIfNotNull(target):
    """if acc is not null: pc := target"""
    if ACC is not NULL:
        JUMP(target)


def JumpIfUndefined(target):
    """if acc is undefined: pc := target"""
    if ACC is UNDEFINED:
        JUMP(target)


def JumpIfNotUndefined(target):
    """if acc is not undefined: pc := target"""
    if ACC is not UNDEFINED:
        JUMP(target)


def JumpIfUndefinedOrNull(target):
    """if acc is undefined or null: pc := target"""
    v = ACC
    if v is UNDEFINED or v is NULL:
        JUMP(target)


def JumpIfJSReceiver(target):
    """if acc is an Object: pc := target"""
    if is_object(ACC):
        JUMP(target)


def JumpIfNotHole(target):
    """if acc is not the hole: pc := target"""
    if ACC is not HOLE:
        JUMP(target)


def SwitchOnSmiNoFeedback(idx):
    """K[idx] is a JumpTable(base, targets): if acc is an integer Number with 0 <= acc - base <
    len(targets): pc := targets[acc - base]; else fall through"""
    with DECODE:
        table = CONST[idx]
        base = table.base
        targets = table.targets
    v = ACC
    if v.__class__ is F and v.is_integer():
        i = int(v) - base
        if 0 <= i < len(targets):
            JUMP(targets[i])


# ---- calls ---------------------------------------------------------------------------------
# A call of an ECMAScript function pushes its frame on the run loop's stack (no recursion in
# Python); built-ins, bound functions and proxies are called directly.

@opcode("CallProperty", "CallAnyReceiver")
def CallProperty(callee, first, count):
    """acc := Call(r, receiver = list[0], arguments = list[1:]) (the receiver may be anything)"""
    with DECODE:
        args_start = first + 1
        end = first + count
        # (registers that are Python locals go to an exact-arity entry one by one; from a
        # register list, the list is cheaper than unpacking it into a call)
        exact = LOCALS and count - 1 < EXACT_ARITIES
        # (and a built-in's behaviour is called with them: in the tier's direct form only,
        # where no debugger or explainer reads the Python stack for [[Call]] frames)
        behavior = LOCALS
    fn = REG[callee]
    if fn.__class__ is ECMAScriptFunction:
        if exact and (entry := fn.sfi.exact[count - 1]) is not None:
            # optimized, and as many arguments as parameters: they go one by one
            # (tiering/direct.py)
            ACC = entry(fn, REG[first], DEPTH + 1, *REG[args_start:end])
        elif (direct := fn.sfi.direct) is not None:
            # optimized: the whole call as one Python call (tiering/direct.py; a class
            # constructor never has a direct form)
            ACC = direct(fn, REG[first], REG[args_start:end], DEPTH + 1)
        else:
            CALL(call_frame(INTERP, fn, REG[first], REG[args_start:end], FRAME))
    elif fn.__class__ is BuiltinFunction:
        if behavior and fn.realm is REALM and (
                (k := fn.nparams) == count - 1 or fn.varargs and k < count):
            # what BuiltinFunction.Call does with nothing to pad or drop, in the running
            # realm: the behaviour, called with the registers
            v = fn.behavior(REALM, REG[first], *REG[args_start:end])
            ACC = UNDEFINED if v is None else v
        else:
            ACC = fn.Call(REG[first], REG[args_start:end])
    elif isinstance(fn, JSFunctionBase):
        ACC = fn.Call(REG[first], REG[args_start:end])
    else:
        throw_not_callable(FRAME, PC, fn)


def CallUndefinedReceiver(callee, first, count):
    """acc := Call(r, receiver = undefined, arguments = list)"""
    with DECODE:
        end = first + count
        exact = LOCALS and count < EXACT_ARITIES
        behavior = LOCALS
    fn = REG[callee]
    if fn.__class__ is ECMAScriptFunction:   # (as in CallProperty)
        if exact and (entry := fn.sfi.exact[count]) is not None:
            ACC = entry(fn, UNDEFINED, DEPTH + 1, *REG[first:end])
        elif (direct := fn.sfi.direct) is not None:
            ACC = direct(fn, UNDEFINED, REG[first:end], DEPTH + 1)
        else:
            CALL(call_frame(INTERP, fn, UNDEFINED, REG[first:end], FRAME))
    elif fn.__class__ is BuiltinFunction:
        if behavior and fn.realm is REALM and (
                (k := fn.nparams) == count or fn.varargs and k < count):
            v = fn.behavior(REALM, UNDEFINED, *REG[first:end])   # (as in CallProperty)
            ACC = UNDEFINED if v is None else v
        else:
            ACC = fn.Call(UNDEFINED, REG[first:end])
    elif isinstance(fn, JSFunctionBase):
        ACC = fn.Call(UNDEFINED, REG[first:end])
    else:
        throw_not_callable(FRAME, PC, fn)


def CallWithSpread(callee, first, count):
    """as CallProperty but the last argument is spread (iterated) into the argument list"""
    with DECODE:
        args_start = first + 1
        last = first + count - 1
    fn = REG[callee]
    args = REG[args_start:last]
    args.extend(iterate_to_list(REG[last]))
    if fn.__class__ is ECMAScriptFunction and not fn.is_class_constructor:
        CALL(enter_function(INTERP, fn, REG[first], args, FRAME))
    elif isinstance(fn, JSFunctionBase):
        ACC = fn.Call(REG[first], args)
    else:
        throw_not_callable(FRAME, PC, fn)


def Construct(ctor_reg, first, count):
    """acc := Construct(r, arguments = list, newTarget = acc)"""
    with DECODE:
        end = first + count
    ctor = REG[ctor_reg]
    args = REG[first:end]
    if ctor.__class__ is ECMAScriptFunction and ctor.is_constructor:
        direct = ctor.sfi.direct
        if direct is not None and ACC is ctor:   # optimized (tiering/direct.py)
            ACC = construct_direct(ctor, args, direct, DEPTH + 1)
        else:
            CALL(prepare_construct(INTERP, ctor, args, ACC, FRAME))
    elif isinstance(ctor, JSFunctionBase) and ctor.is_constructor:
        ACC = ctor.Construct(args, ACC)
    else:
        throw_not_constructor(FRAME, PC, ctor)


def ConstructWithSpread(ctor_reg, first, count):
    """as Construct but the last argument is spread"""
    with DECODE:
        last = first + count - 1
    ctor = REG[ctor_reg]
    args = REG[first:last]
    args.extend(iterate_to_list(REG[last]))
    if ctor.__class__ is ECMAScriptFunction and ctor.is_constructor:
        CALL(prepare_construct(INTERP, ctor, args, ACC, FRAME))
    elif isinstance(ctor, JSFunctionBase) and ctor.is_constructor:
        ACC = ctor.Construct(args, ACC)
    else:
        throw_not_constructor(FRAME, PC, ctor)


def CallRuntime(function_id, first, count):
    """acc := RuntimeFunction[id](frame, list) (see runtime_functions.py)"""
    with DECODE:
        end = first + count
        impl = runtime_implementation(function_id)
    ACC = impl(FRAME, REG[first:end])


def GetSuperConstructor(dst):
    """r := acc.[[GetPrototypeOf]]() (acc: the active function)"""
    REG[dst] = ACC.GetPrototypeOf()


# ---- literals ------------------------------------------------------------------------------

def CreateObjectLiteral(idx, flags):
    """acc := new Object from ObjectBoilerplate K[idx] (keys in order; constant values filled,
    others undefined until defined by the following instructions)"""
    with DECODE:
        template = object_literal_template(CONST[idx])
    o = JSObject(REALM.object_prototype)
    o.props = template.copy()
    ACC = o


def CreateArrayLiteral(idx, flags):
    """acc := new Array from ArrayBoilerplate K[idx] (constant elements; holes stay holes)"""
    with DECODE:
        template = array_literal_template(CONST[idx])
    ACC = JSArray(REALM.array_prototype, template[:])


def CreateArrayFromList(first, count):
    """acc := new Array whose elements are the registers' values (no boilerplate needed for
    literals of non-constant elements without spread or elisions)"""
    with DECODE:
        end = first + count
    ACC = JSArray(REALM.array_prototype, REG[first:end])


def CreateEmptyObjectLiteral():
    """acc := OrdinaryObjectCreate(%Object.prototype%)"""
    ACC = JSObject(REALM.object_prototype)


def CreateEmptyArrayLiteral():
    """acc := ArrayCreate(0)"""
    ACC = JSArray(REALM.array_prototype, [])


def CreateRegExpLiteral(pattern_idx, flags_idx):
    """acc := RegExpCreate(K[idx1] pattern, K[idx2] flags)"""
    with DECODE:
        pattern = CONST[pattern_idx]
        flags = CONST[flags_idx]
    ACC = create_regexp(REALM, pattern, flags)


def GetTemplateObject(idx):
    """acc := the template object of TemplateObjectDescription K[idx] (13.2.8.4
    GetTemplateObject: cached per site and realm)"""
    with DECODE:
        description = CONST[idx]
    ACC = get_template_object(REALM, description)


def CloneObject(r, flags):
    """acc := new Object; CopyDataProperties(acc, r, [])"""
    target = JSObject(REALM.object_prototype)
    CopyDataProperties(target, REG[r], ())
    ACC = target


# ---- exceptions and returns ----------------------------------------------------------------

@opcode("Throw", "ReThrow")
def Throw():
    """throw acc (ReThrow: rethrow from a finally block)"""
    THROW(ACC)


def Return():
    """return acc"""
    RETURN()


def Debugger():
    """debugger statement: pause if a debugger is attached"""
    hook = INTERP.debugger_hook
    if hook is not None:
        hook(FRAME)


# ---- iteration -----------------------------------------------------------------------------

def GetIterator(r, flag):
    """acc := IteratorRecord of GetIterator(r, flag 0 sync / 1 async) (7.4.3)"""
    with DECODE:
        kind = "async" if flag == 1 else "sync"
    ACC = get_iterator_at(FRAME, PC, REG[r], kind)


def IteratorStepValue(r, target):
    """r is an IteratorRecord: if r.done: pc := target; else result := Call(next, iterator);
    TypeError if not an Object; if result.done: r.done := true, pc := target; else acc :=
    result.value. Any abrupt completion sets r.done := true"""
    record = REG[r]
    py = record.python_iterator
    if py is not None:
        # arrays with untouched iteration: the values %ArrayIteratorPrototype%.next would give
        v = next(py, DONE)
    else:
        try:
            v = iterator_operations.IteratorStepValue(record)
        except ThrowCompletion:
            record.done = True
            raise
    if v is DONE:
        record.done = True
        JUMP(target)
    else:
        ACC = v


def IteratorClose(r, flag):
    """r is an IteratorRecord: unless r.done: r.done := true, then IteratorClose(r) (7.4.11);
    flag CLOSE_THROW swallows errors of return() (a throw completion is pending)"""
    with DECODE:
        swallow = flag == CLOSE_THROW
    record = REG[r]
    if not record.done:
        record.done = True
        if swallow:
            try:
                iterator_operations.IteratorClose(record)
            except ThrowCompletion:
                pass
        else:
            iterator_operations.IteratorClose(record)


def ForInEnumerate(r):
    """acc := for-in enumerator over ToObject(r) (14.7.5.9 EnumerateObjectProperties); an empty
    enumerator if r is null/undefined"""
    ACC = ForInEnumerator(REG[r])


def ForInNext(r, target):
    """acc := next key of enumerator r still present on the object, or pc := target when
    exhausted"""
    key = REG[r].next_key()
    if key is None:
        JUMP(target)
    else:
        ACC = key


# ---- generators and async ------------------------------------------------------------------

def SuspendGenerator(suspend_id, kind):
    """suspend this frame (kind SUSPEND_KINDS[flag], id uimm); acc is the yielded/awaited
    value"""
    if STATIC(kind == SUSPEND_INITIAL):
        ACC = gs.create_generator_object(FRAME)
    elif STATIC(kind == SUSPEND_AWAIT):
        ACC = gs.await_value(FRAME, ACC)
    else:
        with DECODE:
            raw = kind == SUSPEND_YIELD_RAW
        gen = FRAME.generator
        if gen.is_async:
            ACC = gs.async_generator_yield(FRAME, ACC)
        else:
            gen.state = gs.SUSPENDED_YIELD
            gen.raw = raw
    SUSPEND()


def ResumeGenerator(dst):
    """first instruction after a SuspendGenerator: acc := the resumption value, r := mode
    (RESUME_NEXT / RESUME_RETURN / RESUME_THROW)"""
    state = FRAME.generator
    ACC = state.resume_value
    REG[dst] = float(state.resume_mode)
    state.resume_value = None


# ---- modules -------------------------------------------------------------------------------

def LdaModuleVariable(idx):
    """acc := value of module binding K[idx] (local export cell or import); ReferenceError if in
    TDZ"""
    with DECODE:
        binding = CONST[idx]
    ACC = REALM.agent.modules.load_variable(FRAME, binding)


def StaModuleVariable(idx):
    """module binding K[idx] := acc (local bindings only)"""
    with DECODE:
        binding = CONST[idx]
    REALM.agent.modules.store_variable(FRAME, binding, ACC)
