"""9.1.1.4 Global Environment Record and 9.1.1.2 Object Environment Records (with)."""
import pytest

from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.environments import ObjectEnvironment
from scopejs.runtime.values import HOLE, SYMBOL_UNSCOPABLES, UNDEFINED


def _message(exc):
    v = exc.value.value
    return v.Get("name", v) + ": " + v.Get("message", v)


def test_global_var_and_function_bindings(realm):
    env = realm.global_env
    g = realm.global_object
    assert env.CanDeclareGlobalVar("x")
    env.CreateGlobalVarBinding("x", False)
    assert env.HasVarDeclaration("x") and g.Get("x", g) is UNDEFINED
    d = g.GetOwnProperty("x")
    assert d.enumerable and d.writable and not d.configurable
    assert env.HasRestrictedGlobalProperty("x")
    env.CreateGlobalFunctionBinding("f", 1.0, False)
    assert g.Get("f", g) == 1.0
    assert not env.CanDeclareGlobalFunction("NaN")
    assert env.CanDeclareGlobalFunction("Object")
    assert env.HasRestrictedGlobalProperty("undefined")


def test_global_lexical_tdz_and_const(realm):
    env = realm.global_env
    env.CreateMutableBinding("a", False)
    env.CreateImmutableBinding("c", True)
    assert env.HasLexicalDeclaration("a") and env.lexical["a"] is HOLE
    with pytest.raises(ThrowCompletion) as info:
        env.get_global("a")
    assert _message(info) == "ReferenceError: Cannot access 'a' before initialization"
    env.InitializeBinding("a", 1.0)
    env.InitializeBinding("c", 2.0)
    env.set_global("a", 3.0, True)
    assert env.get_global("a") == 3.0
    with pytest.raises(ThrowCompletion) as info:
        env.set_global("c", 1.0, False)
    assert _message(info) == "TypeError: Assignment to constant variable."


def test_unresolvable_global(realm):
    env = realm.global_env
    with pytest.raises(ThrowCompletion) as info:
        env.get_global("nope")
    assert _message(info) == "ReferenceError: nope is not defined"
    assert env.typeof_global("nope") is UNDEFINED
    with pytest.raises(ThrowCompletion):
        env.set_global("nope", 1.0, True)
    env.set_global("nope", 1.0, False)  # sloppy: creates a global property
    assert env.get_global("nope") == 1.0
    assert env.DeleteBinding("nope") and not env.HasBinding("nope")


def test_strict_assignment_to_readonly_global(realm):
    with pytest.raises(ThrowCompletion) as info:
        realm.global_env.set_global("NaN", 1.0, True)
    assert "read only property 'NaN'" in _message(info)
    realm.global_env.set_global("NaN", 1.0, False)  # sloppy: silently ignored


def test_global_this_and_builtins_visible(realm):
    env = realm.global_env
    assert env.GetThisBinding() is realm.global_object
    assert env.get_global("globalThis") is realm.global_object
    assert env.get_global("Object") is realm.intrinsics["%Object%"]


def test_with_environment_honours_unscopables(realm):
    obj = realm.new_object()
    obj.Set("a", 1.0, obj)
    obj.Set("b", 2.0, obj)
    unscopables = realm.new_object()
    unscopables.Set("b", True, unscopables)
    obj.Set(SYMBOL_UNSCOPABLES, unscopables, obj)
    env = ObjectEnvironment(obj)
    assert env.HasBinding("a") and not env.HasBinding("b") and not env.HasBinding("c")
    env.SetMutableBinding("a", 5.0, True)
    assert env.GetBindingValue("a", True) == 5.0
    assert env.WithBaseObject() is obj
