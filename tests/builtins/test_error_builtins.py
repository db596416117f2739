"""20.5 Error objects: constructors, cause, AggregateError, toString, stack, key order."""
import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.primitive_wrappers import JSErrorObject
from scopejs.runtime.values import UNDEFINED
from tests.runtime.jshelpers import arr, call, new, resolve, thrown, to_list


@pytest.fixture
def realm():
    return create_realm()


def test_error_constructor_call_and_new(realm):
    e = new(realm, "Error", "boom")
    assert isinstance(e, JSErrorObject) and e.Get("message", e) == "boom"
    assert e.OwnPropertyKeys() == ["stack", "message"]
    assert e.Get("stack", e).startswith("Error: boom")
    e2 = call(realm, "Error", "x")
    assert e2.proto is resolve(realm, "Error.prototype")
    e3 = new(realm, "Error")
    assert e3.OwnPropertyKeys() == ["stack"] and e3.Get("message", e3) == ""


def test_cause_option(realm):
    opts = realm.new_object()
    opts.Set("cause", 42.0, opts)
    e = new(realm, "RangeError", "m", opts)
    assert e.OwnPropertyKeys() == ["stack", "message", "cause"]
    assert e.Get("cause", e) == 42.0
    assert not e.GetOwnProperty("cause").enumerable


def test_native_error_structure(realm):
    for kind in ("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError",
                 "URIError"):
        ctor = resolve(realm, kind)
        assert ctor.proto is resolve(realm, "Error")
        proto = ctor.Get("prototype", ctor)
        assert proto.proto is resolve(realm, "Error.prototype")
        assert proto.Get("name", proto) == kind and proto.Get("message", proto) == ""
        e = new(realm, kind, "m")
        assert call(realm, "Error.prototype.toString", this=e) == f"{kind}: m"


def test_error_prototype_to_string(realm):
    o = realm.new_object()
    assert call(realm, "Error.prototype.toString", this=o) == "Error"
    o.Set("name", "", o)
    o.Set("message", "only", o)
    assert call(realm, "Error.prototype.toString", this=o) == "only"
    o.Set("name", "N", o)
    o.Set("message", UNDEFINED, o)
    assert call(realm, "Error.prototype.toString", this=o) == "N"
    assert thrown(call, realm, "Error.prototype.toString", this=1.0) == \
        "TypeError: Error.prototype.toString requires that 'this' be an Object"


def test_aggregate_error(realm):
    e = new(realm, "AggregateError", arr(realm, 1.0, 2.0), "many")
    assert e.OwnPropertyKeys() == ["stack", "message", "errors"]
    assert to_list(e.Get("errors", e)) == [1.0, 2.0]


def test_realm_new_error_and_capture_stack_hook(realm):
    from scopejs.runtime.error_stack import CapturedStack
    class Hook(type(realm.agent.evaluator)):
        def capture_stack(self, err):
            return CapturedStack(["f (x.js:1:2)"], None)
    realm.agent.evaluator = Hook()
    e = realm.new_error("TypeError", "t")
    assert e.Get("stack", e) == "TypeError: t\n    at f (x.js:1:2)"
    o = realm.new_object()
    call(realm, "Error.captureStackTrace", o)
    assert o.Get("stack", o) == "Error\n    at f (x.js:1:2)"
    assert resolve(realm, "Error.stackTraceLimit") == 10.0


def test_stack_is_formatted_at_first_read_and_looks_like_data(realm):
    """V8: the frames are taken at creation, the header when `stack` is first read; the
    property is a plain writable, non-enumerable, configurable data property throughout."""
    from scopejs.runtime.error_stack import CapturedStack
    class Hook(type(realm.agent.evaluator)):
        def capture_stack(self, err):
            return CapturedStack(["g (y.js:3:4)"], None)
    realm.agent.evaluator = Hook()
    e = realm.new_error("Error", "x")
    e.Set("name", "Custom", e)
    desc = e.GetOwnProperty("stack")
    assert (desc.value, desc.writable, desc.enumerable, desc.configurable, desc.get) == \
        ("Custom: x\n    at g (y.js:3:4)", True, False, True, None)
    e.Set("name", "Later", e)                      # formatted once: later changes do not show
    assert e.Get("stack", e).startswith("Custom: x")
    child = realm.new_error("RangeError", "r")
    heir = JSObject(child)
    assert heir.Get("stack", heir) == "RangeError: r\n    at g (y.js:3:4)"
    heir.Set("stack", "own", heir)                 # an heir gets its own property
    assert heir.GetOwnProperty("stack").value == "own"
    assert child.Get("stack", child).startswith("RangeError: r")
    fresh = realm.new_error("Error", "m")
    fresh.Set("stack", 5.0, fresh)                 # assigning before any read replaces it
    assert fresh.GetOwnProperty("stack").value == 5.0
