"""Helpers for tests that drive built-ins from Python (no interpreter needed)."""
from __future__ import annotations

from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.values import UNDEFINED


def resolve(realm, path: str):
    """'Object.prototype.toString' -> the JS value, starting at the global object."""
    g = realm.global_object
    obj = g
    for part in path.split("."):
        obj = obj.Get(part, obj)
    return obj


def call(realm, path: str, *args, this=UNDEFINED):
    fn = resolve(realm, path)
    return fn.Call(this, list(args))


def new(realm, path: str, *args):
    fn = resolve(realm, path)
    return fn.Construct(list(args), fn)


def thrown(fn, *args, **kwargs) -> str:
    """Run fn; return 'Name: message' of the JS error it throws (AssertionError if none)."""
    try:
        fn(*args, **kwargs)
    except ThrowCompletion as exc:
        v = exc.value
        return f"{v.Get('name', v)}: {v.Get('message', v)}"
    raise AssertionError("no JS exception was thrown")


def arr(realm, *values):
    return realm.new_array(list(values))


def to_list(a) -> list:
    return [a.Get(str(i), a) for i in range(int(a.Get("length", a)))]


def engine_error(engine, src: str) -> str:
    """Run ``src`` as a script on an api.Engine; 'Name: message' of the uncaught JS error."""
    from scopejs.errors import JSError
    try:
        engine.run_script(src)
    except JSError as exc:
        return f"{exc.name}: {exc.message}"
    raise AssertionError("no JS exception was thrown")
