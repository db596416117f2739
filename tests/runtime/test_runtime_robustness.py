"""No input may make the runtime raise a Python exception: call every built-in of the
runtime-core modules and every abstract operation with hostile values; only ThrowCompletion
(a JS exception) may come out."""
import math
import random

import pytest

from scopejs.builtins import declare
from scopejs.runtime import abstract_ops as ops
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.objects.functions import BuiltinFunction
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.proxies import ProxyCreate
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt, JSSymbol

MY_MODULES = {f"scopejs.builtins.{m}" for m in (
    "object", "function", "error", "symbol", "boolean", "global_functions", "reflect", "proxy")}


def hostile_values(realm):
    def throwing(r, this, *a):
        raise ThrowCompletion("thrown from valueOf")
    evil = realm.new_object()
    evil.Set("valueOf", realm.new_function(throwing, 0, "valueOf"), evil)
    evil.Set("toString", realm.new_function(throwing, 0, "toString"), evil)
    arr = realm.new_array([1.0, "a", UNDEFINED])
    sparse = realm.new_array([1.0, 2.0, 3.0])
    sparse.make_sparse()  # small, so that array built-ins iterating it stay fast
    fn = realm.new_function(lambda r, this, *a: this, 1, "f")
    proxy = ProxyCreate(realm.new_object(), realm.new_object())
    return [UNDEFINED, NULL, True, False, 0.0, -0.0, math.nan, math.inf, -math.inf, 1.5, 2.0 ** 53,
            -1.0, 4294967296.0, "", "abc", "0x1F", "-0", "\ud800", "1e400",
            JSSymbol("s"), JSSymbol(), JSBigInt(3), JSBigInt(-(10 ** 30)), realm.new_object(),
            arr, sparse, fn, proxy, evil, realm.new_error("TypeError", "t"),
            realm.intrinsics["%Object%"], JSObject(NULL)]


def my_builtins(realm):
    seen = set()
    out = []
    for obj in list(realm.intrinsics.values()):
        for key in obj.OwnPropertyKeys():
            for v in _slot_values(obj, key):
                if isinstance(v, BuiltinFunction) and id(v) not in seen and \
                        getattr(v.behavior, "__module__", "") in MY_MODULES:
                    seen.add(id(v))
                    out.append((f"{v.debug_name()}", v))
    return out


def _slot_values(obj, key):
    v = obj.props.get(key) if obj.plain_props else None
    if v is None:
        return []
    if v.__class__.__name__ == "Accessor":
        return [v.get, v.set]
    return [v]


def test_builtins_never_raise_python_exceptions(realm):
    values = hostile_values(realm)
    rng = random.Random(1234)
    fns = my_builtins(realm)
    assert len(fns) > 60
    for name, fn in fns:
        for _ in range(40):
            this = rng.choice(values)
            args = [rng.choice(values) for _ in range(rng.randint(0, 4))]
            try:
                fn.Call(this, args)
                if fn.is_constructor:
                    fn.Construct(args, fn)
            except ThrowCompletion:
                pass


OPS_1 = ["ToPrimitive", "ToBoolean", "ToNumeric", "ToNumber", "ToIntegerOrInfinity", "ToInt32",
         "ToUint32", "ToInt16", "ToUint16", "ToInt8", "ToUint8", "ToUint8Clamp", "ToBigInt",
         "ToBigInt64", "ToBigUint64", "ToString", "ToObject", "ToPropertyKey", "ToLength",
         "ToIndex", "IsArray", "IsCallable", "IsConstructor", "IsRegExp", "UnaryMinus",
         "BitwiseNot", "Increment", "Decrement", "TypeofOperator", "RequireObjectCoercible",
         "ToPropertyDescriptor", "GetIterator"]
OPS_2 = ["Add", "Subtract", "Multiply", "Divide", "Remainder", "Exponentiate", "LeftShift",
         "SignedRightShift", "UnsignedRightShift", "BitwiseAnd", "BitwiseOr", "BitwiseXor",
         "IsLessThan", "IsLooselyEqual", "IsStrictlyEqual", "SameValue", "SameValueZero",
         "InstanceofOperator", "InOperator", "GetV", "GetMethod", "Invoke", "Call"]


@pytest.mark.parametrize("name", OPS_1)
def test_unary_abstract_ops(realm, name):
    fn = getattr(ops, name)
    for v in hostile_values(realm):
        try:
            fn(v)
        except ThrowCompletion:
            pass


@pytest.mark.parametrize("name", OPS_2)
def test_binary_abstract_ops(realm, name):
    fn = getattr(ops, name)
    values = hostile_values(realm)
    for a in values:
        for b in values:
            if name in ("GetV", "GetMethod", "Invoke") and not ops.IsPropertyKey(b):
                continue
            try:
                fn(a, b)
            except ThrowCompletion:
                pass


def test_declared_registry_is_consistent():
    for name, decl in declare.REGISTRY.items():
        assert name.startswith("%") and name.endswith("%")
