"""builtins/declare.py + bootstrap.py: names, lengths, attributes, key order, node parity."""
import json
import subprocess

import pytest

from scopejs.builtins import declare
from scopejs.builtins.bootstrap import create_realm
from scopejs.errors import EngineInternalError
from scopejs.runtime.objects.functions import BuiltinFunction
from scopejs.runtime.values import SYMBOL_HAS_INSTANCE, SYMBOL_TO_STRING_TAG, UNDEFINED
from tests.conftest import NODE


def attrs(obj, key):
    d = obj.GetOwnProperty(key)
    return (d.writable, d.enumerable, d.configurable) if d.is_data() else \
        ("accessor", d.enumerable, d.configurable)


def test_method_name_length_and_attributes(realm):
    obj = realm.intrinsics["%Object%"]
    keys = obj.Get("keys", obj)
    assert isinstance(keys, BuiltinFunction)
    assert keys.Get("name", keys) == "keys" and keys.Get("length", keys) == 1.0
    assert attrs(obj, "keys") == (True, False, True)
    assert attrs(keys, "name") == (False, False, True)
    assert attrs(keys, "length") == (False, False, True)
    assert attrs(obj, "prototype") == (False, False, False)
    proto = realm.object_prototype
    assert proto.Get("constructor", proto) is obj
    assert attrs(proto, "constructor") == (True, False, True)


def test_getter_names_and_symbol_keys(realm):
    op = realm.object_prototype
    d = op.GetOwnProperty("__proto__")
    assert d.get.Get("name", d.get) == "get __proto__"
    assert d.set.Get("name", d.set) == "set __proto__"
    fp = realm.function_prototype
    hi = fp.Get(SYMBOL_HAS_INSTANCE, fp)
    assert hi.Get("name", hi) == "[Symbol.hasInstance]"
    assert attrs(fp, SYMBOL_HAS_INSTANCE) == (False, False, False)
    sp = realm.intrinsics["%Symbol.prototype%"]
    assert sp.Get(SYMBOL_TO_STRING_TAG, sp) == "Symbol"
    assert attrs(sp, SYMBOL_TO_STRING_TAG) == (False, False, True)


def test_missing_arguments_are_undefined_and_extras_dropped(realm):
    seen = []
    f = realm.new_function(lambda r, this, a, b: seen.append((a, b)), 2, "f")
    f.Call(UNDEFINED, [1.0])
    f.Call(UNDEFINED, [1.0, 2.0, 3.0])
    assert seen == [(1.0, UNDEFINED), (1.0, 2.0)]
    assert f.Call(UNDEFINED, []) is UNDEFINED  # Python None -> undefined


def test_duplicate_declarations_are_rejected():
    decl = declare.intrinsic("%TestOnlyDuplicate%")
    try:
        decl.method("m", length=0)(lambda realm, this: None)
        with pytest.raises(EngineInternalError):
            decl.method("m", length=0)(lambda realm, this: None)
        with pytest.raises(EngineInternalError):
            declare.intrinsic("%TestOnlyDuplicate%")
        with pytest.raises(EngineInternalError):
            decl.value("n", 1)  # ints are not JS values
    finally:
        del declare.REGISTRY["%TestOnlyDuplicate%"]


def test_throw_type_error_intrinsic(realm):
    t = realm.intrinsics["%ThrowTypeError%"]
    assert not t.IsExtensible() and attrs(t, "length") == (False, False, False)
    fp = realm.function_prototype
    d = fp.GetOwnProperty("caller")
    assert d.get is t and d.set is t


def test_every_intrinsic_reachable_and_realms_independent():
    r1, r2 = create_realm(), create_realm()
    assert r1.intrinsics.keys() == r2.intrinsics.keys()
    assert r1.intrinsics["%Object%"] is not r2.intrinsics["%Object%"]
    for name, obj in r1.intrinsics.items():
        assert obj.proto is not None, name


# Own keys of the intrinsics this module family declares, compared with node v20.
MINE = ["Object", "Object.prototype", "Function", "Function.prototype", "Error",
        "Error.prototype", "TypeError", "TypeError.prototype", "AggregateError",
        "AggregateError.prototype", "Symbol", "Symbol.prototype", "Boolean", "Boolean.prototype",
        "Reflect", "RangeError.prototype"]


# ES2024+ properties node v20 does not have (tested in tests/builtins/es2025/).
NEWER_THAN_NODE20 = {"Object.groupBy"}


def _keys_of(realm, path):
    g = realm.global_object
    obj = g.Get(path.split(".")[0], g)
    for part in path.split(".")[1:]:
        obj = obj.Get(part, obj)
    return [k if k.__class__ is str else k.descriptive_string() for k in obj.OwnPropertyKeys()
            if f"{path}.{k}" not in NEWER_THAN_NODE20]


def test_intrinsic_own_keys_match_node(realm):
    if NODE is None:
        pytest.skip("node not installed")
    src = ("const paths=%s;const out={};for(const p of paths){out[p]=Reflect.ownKeys(eval(p))"
           ".map(String)}console.log(JSON.stringify(out))") % json.dumps(MINE)
    expected = json.loads(subprocess.run([NODE, "-e", src], capture_output=True, text=True,
                                         timeout=30).stdout)
    for path in MINE:
        assert _keys_of(realm, path) == expected[path], path


def test_function_lengths_match_node(realm):
    if NODE is None:
        pytest.skip("node not installed")
    src = ("const paths=%s;const out={};for(const p of paths){const o=eval(p);for(const k of "
           "Object.getOwnPropertyNames(o)){const d=Object.getOwnPropertyDescriptor(o,k);"
           "if(typeof d.value==='function')out[p+'.'+k]=[d.value.length,d.value.name]}}"
           "console.log(JSON.stringify(out))") % json.dumps(MINE)
    expected = json.loads(subprocess.run([NODE, "-e", src], capture_output=True, text=True,
                                         timeout=30).stdout)
    for path in MINE:
        g = realm.global_object
        obj = g.Get(path.split(".")[0], g)
        for part in path.split(".")[1:]:
            obj = obj.Get(part, obj)
        for k in obj.OwnPropertyKeys():
            if k.__class__ is not str:
                continue
            v = obj.props.get(k)
            if isinstance(v, BuiltinFunction) and f"{path}.{k}" in expected:
                assert [v.Get("length", v), v.Get("name", v)] == expected[f"{path}.{k}"], \
                    f"{path}.{k}"


def test_builtin_runs_in_its_own_realm():
    r1 = create_realm()
    r2 = create_realm(r1.agent)   # same agent, second realm (like $262.createRealm)
    assert r1.agent.current_realm is r2
    r1.agent.current_realm = r1
    apply2 = r2.function_prototype.Get("apply", r2.function_prototype)
    from scopejs.runtime.completion import ThrowCompletion
    with pytest.raises(ThrowCompletion) as info:
        apply2.Call(r1.new_object(), [])
    err = info.value.value
    assert err.proto is r2.intrinsics["%TypeError.prototype%"]
    assert r1.agent.current_realm is r1
