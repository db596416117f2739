"""JSFunctionBase.caller(): the Python callable a built-in calls a callback through many times
(a sort comparator, a map function) is that function's [[Call]] -- for every kind of
function, errors and class constructors included."""
import pytest

from scopejs.api import Engine
from scopejs.errors import JSError
from scopejs.runtime.objects.ecmascript_function import ECMAScriptFunction
from scopejs.runtime.values import UNDEFINED

SOURCE = """
function plain(a, b) { return (this === undefined ? "u" : typeof this) + (a + b); }
function sloppy(a) { return typeof this + a; }
var bound = plain.bind(null, 10);
var proxy = new Proxy(plain, {});
var arrow = (a, b) => a * b;
function thrower() { throw new RangeError("from the callback"); }
var K = class K {};
"""


@pytest.mark.parametrize("name", ["plain", "sloppy", "bound", "proxy", "arrow", "max"])
def test_caller_is_call(name):
    e = Engine()
    e.run_script(SOURCE + "var max = Math.max;", "callers.js")
    fn = e.realm.global_env.global_this.props[name]
    args = [2.0, 3.0]
    assert fn.caller()(UNDEFINED, list(args)) == fn.Call(UNDEFINED, list(args))


def test_caller_of_an_ecmascript_function_skips_its_call_method():
    e = Engine()
    e.run_script(SOURCE, "callers.js")
    fn = e.realm.global_env.global_this.props["plain"]
    assert fn.__class__ is ECMAScriptFunction
    call = fn.caller()
    assert call.func is e.realm.agent.evaluator.call_function   # (a partial of the hook)
    assert call(UNDEFINED, [1.0, 2.0]) == "object3"   # (sloppy: this is the global object)


@pytest.mark.parametrize("name,message", [("thrower", "from the callback"),
                                          ("K", "Class constructor K cannot be invoked")])
def test_caller_throws_as_call_does(name, message):
    e = Engine()
    e.run_script(SOURCE, "callers.js")
    fn = e.realm.global_env.global_this.props[name]
    with pytest.raises(JSError, match=message):
        e._guard("calling", lambda: fn.caller()(UNDEFINED, []))
