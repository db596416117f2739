"""23.2 TypedArrays and the 10.4.5 exotic object (expected values and messages are node v20's)."""
import math

import pytest

from scopejs import api
from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.objects.typed_array import (
    ELEMENT_TYPES, JSTypedArray, numeric_index,
)
from scopejs.runtime.property import PropertyDescriptor
from scopejs.runtime.values import JSBigInt, UNDEFINED
from tests.runtime.jshelpers import arr, engine_error, new, thrown


@pytest.fixture(scope="module")
def engine():
    return api.Engine(test262_host=True)


@pytest.fixture
def realm():
    return create_realm()


def js(engine, src):
    return engine.evaluate(src)


# -- conversions (7.1.x) ---------------------------------------------------------------------

@pytest.mark.parametrize("name,inputs,expected", [
    ("Int8Array", [127, 128, -129, 255.9, -0.5], [127, -128, 127, -1, 0]),
    ("Uint8Array", [256, -1, 1.9, float("nan"), float("inf")], [0, 255, 1, 0, 0]),
    ("Uint8ClampedArray", [0.5, 1.5, 2.5, 254.5, -1, 300, float("nan")], [0, 2, 2, 254, 0, 255, 0]),
    ("Int16Array", [32768, -32769], [-32768, 32767]),
    ("Uint16Array", [65536 + 7, -1], [7, 65535]),
    ("Int32Array", [2 ** 31, 2 ** 32 + 5], [-2 ** 31, 5]),
    ("Uint32Array", [-1, 2 ** 32], [2 ** 32 - 1, 0]),
    ("Float32Array", [1.1, 1e40, -1e40, 3.4028235677973366e+38],
     [1.100000023841858, math.inf, -math.inf, math.inf]),
    ("Float64Array", [0.1, -0.0], [0.1, -0.0]),
])
def test_element_conversion(realm, name, inputs, expected):
    ta = new(realm, name, arr(realm, *[float(v) for v in inputs]))
    got = [ta.get_index(i) for i in range(len(inputs))]
    assert got == [float(v) for v in expected]
    if name == "Float64Array":
        assert math.copysign(1.0, got[1]) == -1.0


def test_bigint_wrap(realm):
    ta = new(realm, "BigInt64Array", arr(realm, JSBigInt(2 ** 63), JSBigInt(-1)))
    assert [ta.get_index(0), ta.get_index(1)] == [JSBigInt(-2 ** 63), JSBigInt(-1)]
    tu = new(realm, "BigUint64Array", arr(realm, JSBigInt(-1)))
    assert tu.get_index(0) == JSBigInt(2 ** 64 - 1)
    assert thrown(new, realm, "BigInt64Array", arr(realm, 1.0)) == \
        "TypeError: Cannot convert 1 to a BigInt"


def test_element_types_table():
    assert [t.name for t in ELEMENT_TYPES] == [
        "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
        "Int32Array", "Uint32Array", "Float16Array", "Float32Array", "Float64Array",
        "BigInt64Array", "BigUint64Array"]
    assert [t.size for t in ELEMENT_TYPES] == [1, 1, 1, 2, 2, 4, 4, 2, 4, 8, 8, 8]


# -- the exotic object (10.4.5) ------------------------------------------------------------

@pytest.mark.parametrize("key,expected", [
    ("0", 0.0), ("12", 12.0), ("-0", -0.0), ("1.5", 1.5), ("-1", -1.0), ("Infinity", math.inf),
    ("NaN", "nan"), ("01", None), ("1e3", None), ("length", None), ("", None), ("\u0661", None),
])
def test_canonical_numeric_index_string(key, expected):
    got = numeric_index(key)
    if expected == "nan":
        assert got != got
    else:
        assert got == expected
        if expected == 0.0 and key == "-0":
            assert math.copysign(1.0, got) == -1.0


def test_exotic_internal_methods(realm):
    ta = new(realm, "Uint8Array", 2.0)
    assert isinstance(ta, JSTypedArray)
    assert ta.DefineOwnProperty("0", PropertyDescriptor(value=7.0)) is True
    assert ta.get_index(0) == 7.0
    assert ta.DefineOwnProperty("1", PropertyDescriptor(value=1.0, writable=False)) is False
    assert ta.DefineOwnProperty("2", PropertyDescriptor(value=1.0)) is False
    assert ta.DefineOwnProperty("-0", PropertyDescriptor(value=1.0)) is False
    assert ta.HasProperty("1") and not ta.HasProperty("2") and not ta.HasProperty("1.5")
    assert ta.Delete("0") is False and ta.Delete("5") is True
    assert ta.Set("5", 1.0, ta) is True and ta.Get("5", ta) is UNDEFINED
    desc = ta.GetOwnProperty("0")
    assert (desc.value, desc.writable, desc.enumerable, desc.configurable) == \
        (7.0, True, True, True)
    ta.define_own_value("foo", 1.0)
    assert ta.OwnPropertyKeys() == ["0", "1", "foo"]


def test_non_numeric_keys_are_ordinary(engine):
    assert js(engine, "var t = new Int8Array(1); t.foo = 3; t['01'] = 4;"
                      "[t.foo, t['01'], Object.keys(t).join()]") == [3.0, 4.0, "0,foo,01"]
    assert js(engine, "var t = new Int8Array(1); t[-1] = 3; t[1.5] = 4;"
                      "[t[-1], t[1.5], Object.keys(t).length]") == [None, None, 1.0]


def test_set_on_prototype_chain_receiver(engine):
    # 10.4.5.5: a typed array on the receiver's prototype chain swallows invalid indices
    assert js(engine, "var o = Object.create(new Uint8Array(1)); o[5] = 1; o[0] = 2;"
                      "[o.hasOwnProperty(5), o.hasOwnProperty(0), o[0]]") == [False, True, 2.0]


# -- constructors (23.2.5) ---------------------------------------------------------------

def test_constructor_forms(engine):
    assert js(engine, """
        var b = new ArrayBuffer(8);
        [new Int16Array(3).length, new Int16Array(b, 2).length, new Int16Array(b, 2, 1).length,
         new Int8Array(new Int16Array([1, -1, 300])).join(),
         new Uint8Array(new Set([1, 2])).join(), new Uint8Array({length: 2, 0: 5}).join(),
         new Float64Array(new Float32Array([1.1]))[0], Int8Array.BYTES_PER_ELEMENT,
         Float64Array.prototype.BYTES_PER_ELEMENT, Int8Array.length, Int8Array.name]""") == \
        [3.0, 3.0, 1.0, "1,-1,44", "1,2", "5,0", 1.100000023841858, 1.0, 8.0, 3.0, "Int8Array"]


@pytest.mark.parametrize("src,message", [
    ("new Uint8Array(-1)", "RangeError: Invalid typed array length: -1"),
    ("Uint8Array()", "TypeError: Constructor Uint8Array requires 'new'"),
    ("new Uint16Array(new ArrayBuffer(4), 1)",
     "RangeError: start offset of Uint16Array should be a multiple of 2"),
    ("new Uint16Array(new ArrayBuffer(3))",
     "RangeError: byte length of Uint16Array should be a multiple of 2"),
    ("new Uint16Array(new ArrayBuffer(4), 6)",
     "RangeError: Start offset 6 is outside the bounds of the buffer"),
    ("new Uint16Array(new ArrayBuffer(4), 0, 5)", "RangeError: Invalid typed array length: 5"),
    ("new (Object.getPrototypeOf(Int8Array))()",
     "TypeError: Abstract class TypedArray not directly constructable"),
    ("new Uint8Array([1n])", "TypeError: Cannot convert a BigInt value to a number"),
    ("new BigInt64Array(new Int8Array(1))",
     "TypeError: Cannot mix BigInt and other types, use explicit conversions"),
    ("new Int8Array(1).set(new BigInt64Array(1))",
     "TypeError: Cannot mix BigInt and other types, use explicit conversions"),
    ("new Uint8Array(2).with(5, 1)", "RangeError: Invalid typed array index"),
    ("new Uint8Array(4).set([1], 10)", "RangeError: offset is out of bounds"),
    ("Uint8Array.prototype.at.call([])",
     "TypeError: Method %TypedArray%.prototype.at called on incompatible receiver #<Array>"),
    ("new Uint8Array([]).reduce((a, b) => a)",
     "TypeError: Reduce of empty array with no initial value"),
    # node: "Cannot freeze array buffer views with elements" (Object.freeze's message)
    ("Object.freeze(new Uint8Array(1))", "TypeError: Cannot redefine property: 0"),
    ("new Uint8Array(2).sort(1)",
     "TypeError: The comparison function must be either a function or undefined"),
    ("new Uint8Array(1e10)", "RangeError: Invalid typed array length: 10000000000"),
])
def test_errors(engine, src, message):
    assert engine_error(engine, src) == message


# -- %TypedArray% and its prototype ------------------------------------------------------------

def test_intrinsic_shape(engine):
    assert js(engine, """
        var TA = Object.getPrototypeOf(Int8Array);
        [TA.name, TA.length, Object.getOwnPropertyNames(TA.prototype).join(),
         TA.prototype.toString === Array.prototype.toString,
         TA.prototype[Symbol.iterator] === TA.prototype.values,
         TA[Symbol.species] === TA, Object.getPrototypeOf(Int8Array.prototype) === TA.prototype,
         TA.prototype[Symbol.toStringTag], Object.prototype.toString.call(new Uint8ClampedArray())]
    """) == ["TypedArray", 0.0,
             "constructor,buffer,byteLength,byteOffset,length,entries,keys,values,at,copyWithin,"
             "every,fill,filter,find,findIndex,findLast,findLastIndex,forEach,includes,indexOf,"
             "join,lastIndexOf,map,reverse,reduce,reduceRight,set,slice,some,sort,subarray,"
             "toLocaleString,toString,toReversed,toSorted,with",
             True, True, True, True, None, "[object Uint8ClampedArray]"]


def test_prototype_methods(engine):
    assert js(engine, """
        var a = new Int16Array([5, -2, 9, 0]);
        [a.at(-1), a.indexOf(9), a.lastIndexOf(5), a.includes(-2), a.join('|'),
         a.map(x => x * 2).join(), a.filter(x => x > 0).join(), a.find(x => x < 0),
         a.findIndex(x => x === 9), a.findLast(x => x > 0), a.findLastIndex(x => x > 100),
         a.every(x => x < 10), a.some(x => x > 8), a.reduce((s, x) => s + x),
         a.reduceRight((s, x) => s + String(x), ''), a.slice(1, 3).join(), a.subarray(2).join(),
         a.toReversed().join(), a.toSorted().join(), a.with(1, 7).join(), [...a.keys()].join(),
         [...a.entries()].join(';'), a.join()]""") == \
        [0.0, 2.0, 0.0, True, "5|-2|9|0", "10,-4,18,0", "5,9", -2.0, 2.0, 9.0, -1.0, True, True,
         12.0, "09-25", "-2,9", "9,0", "0,9,-2,5", "-2,0,5,9", "5,7,9,0", "0,1,2,3",
         "0,5;1,-2;2,9;3,0", "5,-2,9,0"]


def test_mutating_methods(engine):
    assert js(engine, """
        var a = new Uint8Array([1, 2, 3, 4, 5]);
        var out = [a.copyWithin(0, 3).join(), a.fill(9, 1, 3).join(), a.reverse().join()];
        var f = new Float64Array([3, NaN, -0, 0, -Infinity, 1]).sort();
        out.push(Array.from(f, x => Object.is(x, -0) ? '-0' : String(x)).join());
        out.push(new Int8Array([3, 1, 2]).sort((x, y) => y - x).join());
        var s = new Uint8Array(6); s.set([1, 2], 1); s.set(new Float32Array([7.5]), 5);
        out.push(s.join());
        var shared = new Uint8Array([1, 2, 3, 4]);
        shared.set(shared.subarray(0, 3), 1);
        out.push(shared.join());
        out""") == ["4,5,3,4,5", "4,9,9,4,5", "5,4,9,9,4", "-Infinity,-0,0,1,3,NaN", "3,2,1",
                    "0,1,2,0,0,7", "1,1,2,3"]


def test_from_of_and_species(engine):
    assert js(engine, """
        class My extends Uint8Array {}
        var m = new My([1, 2, 3]);
        [Int8Array.from([1, 2], function (x, i) { return x * 10 + i + this.k; }, {k: 1}).join(),
         Int8Array.from({length: 2, 0: 4}).join(), Uint16Array.of(1, 70000).join(),
         m.map(x => x) instanceof My, m.slice() instanceof My, m.subarray(1) instanceof My,
         m.toReversed() instanceof My, m.filter(x => x) instanceof My]""") == \
        ["11,22", "4,0", "1,4464", True, True, True, False, True]


def test_iterator_on_detached_throws(engine):
    assert engine_error(engine, """
        var t = new Int8Array(2); var it = t.values(); it.next();
        $262.detachArrayBuffer(t.buffer); it.next()""") == \
        "TypeError: Cannot perform Array Iterator.prototype.next on a detached ArrayBuffer"


def test_set_converts_before_checking_detach(engine):
    # TypedArraySetElement: ToNumber runs first; after a detach the write is dropped silently
    assert js(engine, """
        var t = new Int8Array(2), log = [];
        t[0] = {valueOf() { log.push('v'); $262.detachArrayBuffer(t.buffer); return 1; }};
        [log.join(), t[0], t.length]""") == ["v", None, 0.0]


def test_array_source_fast_path_respects_patched_iterator(engine):
    assert js(engine, """
        var saved = Array.prototype[Symbol.iterator];
        Array.prototype[Symbol.iterator] = function* () { yield 7; };
        var r = [new Uint8Array([1, 2]).join(), Int8Array.from([1, 2]).join()];
        Array.prototype[Symbol.iterator] = saved;
        r.push(new Uint8Array([1, , 3]).join());
        r""") == ["7", "7", "1,0,3"]
