"""20.2 Function.prototype.call/apply/bind/toString/@@hasInstance, Function constructor hook."""
import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.objects.bound_functions import BoundFunction
from scopejs.runtime.abstract_ops.testing_comparison import IsConstructor
from scopejs.runtime.values import NULL, SYMBOL_HAS_INSTANCE, UNDEFINED
from tests.runtime.jshelpers import arr, call, resolve, thrown


@pytest.fixture
def realm():
    return create_realm()


def recorder(realm, name="rec", length=2):
    log = []

    def behavior(r, this, *args):
        log.append((this, list(args)))
        return "ret"
    return realm.new_function(behavior, length, name), log


def test_call_and_apply(realm):
    f, log = recorder(realm)
    this = realm.new_object()
    assert call(realm, "Function.prototype.call", this, 1.0, 2.0, this=f) == "ret"
    assert log[-1] == (this, [1.0, 2.0])
    call(realm, "Function.prototype.apply", this, arr(realm, 3.0), this=f)
    assert log[-1] == (this, [3.0])
    call(realm, "Function.prototype.apply", this, NULL, this=f)
    assert log[-1] == (this, [])
    assert thrown(call, realm, "Function.prototype.apply", this, 1.0, this=f) == \
        "TypeError: CreateListFromArrayLike called on non-object"
    assert thrown(call, realm, "Function.prototype.call", this=1.0).startswith(
        "TypeError: Function.prototype.call was called on 1, which is a number")


def test_bind(realm):
    f, log = recorder(realm, "target", 3)
    this = realm.new_object()
    b = call(realm, "Function.prototype.bind", this, 1.0, this=f)
    assert isinstance(b, BoundFunction)
    assert b.Get("name", b) == "bound target" and b.Get("length", b) == 2.0
    b.Call(UNDEFINED, [2.0])
    assert log[-1] == (this, [1.0, 2.0])
    bb = call(realm, "Function.prototype.bind", UNDEFINED, 1.0, 2.0, 3.0, 4.0, this=b)
    assert bb.Get("name", bb) == "bound bound target" and bb.Get("length", bb) == 0.0
    assert thrown(call, realm, "Function.prototype.bind", this=realm.new_object()) == \
        "TypeError: Bind must be called on a function"


def test_bound_constructor_and_instanceof(realm):
    err_ctor = resolve(realm, "TypeError")
    b = call(realm, "Function.prototype.bind", UNDEFINED, "bound msg", this=err_ctor)
    e = b.Construct([], b)
    assert e.Get("message", e) == "bound msg" and e.proto is err_ctor.Get("prototype", err_ctor)
    hi = realm.function_prototype.Get(SYMBOL_HAS_INSTANCE, realm.function_prototype)
    assert hi.Call(b, [e]) is True


def test_to_string(realm):
    ts = "Function.prototype.toString"
    assert call(realm, ts, this=resolve(realm, "Object.keys")) == \
        "function keys() { [native code] }"
    assert call(realm, ts, this=realm.function_prototype) == "function () { [native code] }"
    f, _ = recorder(realm)
    b = call(realm, "Function.prototype.bind", UNDEFINED, this=f)
    assert call(realm, ts, this=b) == "function () { [native code] }"
    assert thrown(call, realm, ts, this=realm.new_object()) == \
        "TypeError: Function.prototype.toString requires that 'this' be a Function"


def test_function_prototype_is_callable_noop(realm):
    fp = realm.function_prototype
    assert fp.Call(UNDEFINED, [1.0, 2.0]) is UNDEFINED
    assert fp.Get("name", fp) == "" and fp.Get("length", fp) == 0.0
    # 20.2.3: Function.prototype has no [[Construct]]; Reflect.construct refuses it.
    assert not IsConstructor(fp)
    assert thrown(call, realm, "Reflect.construct", UNDEFINED, fp, arr(realm)).startswith(
        "TypeError: ")


def test_restricted_properties_throw(realm):
    fp = realm.function_prototype
    assert thrown(fp.Get, "caller", fp).startswith("TypeError: 'caller', 'callee', and")


def test_function_constructor_uses_evaluator_hook(realm):
    seen = []

    class Hook(type(realm.agent.evaluator)):
        def create_dynamic_function(self, realm_, ctor, new_target, kind, args):
            seen.append((kind, args, new_target is ctor))
            return "made"
    realm.agent.evaluator = Hook()
    assert call(realm, "Function", "a", "return a") == "made"
    assert seen == [("normal", ["a", "return a"], True)]
