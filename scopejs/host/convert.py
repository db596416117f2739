"""The value boundary between Python and JavaScript: the one place values cross (both ways).

JS -> Python (``to_python``):
  undefined -> UNDEFINED (a singleton, distinct from None), null -> None, boolean -> bool,
  Number -> int when integral and safe (|x| <= 2**53 - 1, not -0), else float, BigInt -> int,
  string -> str (surrogate pairs joined into one character; a lone surrogate stays one
  code point U+D800..U+DFFF, as ``str`` allows), Symbol -> the symbol (opaque),
  Date -> aware ``datetime`` in UTC (an invalid Date stays a JSObject proxy), Array -> JSArray,
  Map -> JSMap, Set -> JSSet, Promise -> JSPromise, functions -> JSFunction, any other
  object -> JSObject.  The proxies are live: they read and write the JS object, under the
  Engine's lock and limits; ``to_py()`` makes a deep Python copy that keeps cycles.

Python -> JS (``to_js``):
  None -> null, UNDEFINED -> undefined, bool, int (beyond 2**53 - 1 -> BigInt), float,
  str, list/tuple -> Array, dict (str keys) -> Object, datetime -> Date (naive = UTC), a proxy
  -> its own object (same Engine only), a callable -> a JS function (``wrap_callable``).
  Anything else raises TypeError at the boundary: no Python object reaches JS unconverted, and
  no attribute of a Python object is reachable from JS (a wrapped callable is only callable).
"""
from __future__ import annotations

import datetime as _dt
import math

from scopejs.builtins.date import JSDate
from scopejs.builtins.map import JSMap as _Map
from scopejs.builtins.set import JSSet as _Set
from scopejs.errors import ConversionError, JSError, ScopeJSError
from scopejs.runtime.abstract_ops import object_operations as ops
from scopejs.runtime.abstract_ops.promise_operations import JSPromise as _Promise
from scopejs.runtime.abstract_ops.type_conversion import ToLength
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.objects.arrays import JSArray as _Array
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject as _Object
from scopejs.runtime.values import NULL, UNDEFINED, JSBigInt, JSSymbol

MAX_SAFE_INTEGER = 2 ** 53 - 1
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


def _to_code_units(text: str) -> str:
    from scopejs.source.text import to_code_units
    return to_code_units(text)


def _from_code_units(units: str) -> str:
    """Join surrogate pairs; keep lone surrogates (str can hold them)."""
    for ch in units:
        if "\ud800" <= ch <= "\udfff":
            return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le",
                                                                     "surrogatepass")
    return units


def _key(key) -> str:
    """A Python key (str or int) as a JS property key."""
    if key.__class__ is str:
        return _to_code_units(key)
    if key.__class__ is int:
        return str(key)
    if isinstance(key, JSSymbol):
        return key
    raise ConversionError(f"a JS property key must be str, int or a symbol, not "
                    f"{type(key).__name__}")


# -- JS -> Python ----------------------------------------------------------------------------

def to_python(engine, value):
    """A JS value as Python (module docstring); objects become live proxies."""
    if value is UNDEFINED:
        return UNDEFINED
    if value is NULL:
        return None
    c = value.__class__
    if c is bool:
        return value
    if c is float:
        if value.is_integer() and abs(value) <= MAX_SAFE_INTEGER and \
                not (value == 0 and math.copysign(1.0, value) < 0):
            return int(value)
        return value
    if c is str:
        return _from_code_units(value)
    if c is JSBigInt:
        return value.value
    if c is JSSymbol:
        return value
    if isinstance(value, JSFunctionBase):
        return JSFunction(engine, value)
    if isinstance(value, _Array):
        return JSArray(engine, value)
    if isinstance(value, _Promise):
        return JSPromise(engine, value)
    if isinstance(value, _Map):
        return JSMap(engine, value)
    if isinstance(value, _Set):
        return JSSet(engine, value)
    if isinstance(value, JSDate):
        t = value.date_value
        if t == t:
            return _EPOCH + _dt.timedelta(milliseconds=t)
        return JSObject(engine, value)
    if isinstance(value, _Object):
        return JSObject(engine, value)
    from scopejs.errors import EngineInternalError
    raise EngineInternalError(f"value boundary: unknown JS value of type {c.__name__}")


# -- Python -> JS ----------------------------------------------------------------------------

def to_js(engine, value, memo=None):
    """A Python value as JS (module docstring); TypeError for anything else."""
    if value is None:
        return NULL
    if value is UNDEFINED:
        return UNDEFINED
    c = value.__class__
    if c is bool:
        return value
    if c is int:
        return float(value) if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER else \
            JSBigInt(value)
    if c is float:
        return value
    if c is str:
        return _to_code_units(value)
    if c is JSSymbol:
        return value
    if isinstance(value, JSObject):
        if value._engine is not engine:
            raise ConversionError("a JS object of another Engine cannot cross into this one")
        return value._obj
    realm = engine.realm
    if c is list or c is tuple or c is dict:
        if memo is None:
            memo = {}
        done = memo.get(id(value))
        if done is not None:
            return done
        if c is dict:
            obj = realm.new_object()
            memo[id(value)] = obj
            for k, v in value.items():
                if k.__class__ is not str:
                    raise ConversionError(f"a dict crossing into JS needs str keys, not "
                                    f"{type(k).__name__}")
                ops.CreateDataProperty(obj, _to_code_units(k), to_js(engine, v, memo))
            return obj
        elements = []
        arr = memo[id(value)] = realm.new_array()
        arr.elements = elements   # filled after registering it, so cycles find it
        for v in value:
            elements.append(to_js(engine, v, memo))
        return arr
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.timezone.utc)
        ms = (value - _EPOCH) // _dt.timedelta(milliseconds=1)
        return ops.Construct(realm.intrinsics["%Date%"], [float(ms)])
    if callable(value):
        return wrap_callable(engine, value)
    raise ConversionError(f"a Python {type(value).__name__} cannot be passed to JavaScript "
                    f"(None, bool, int, float, str, list, tuple, dict, datetime, callables and "
                    f"JS proxies can)")


def wrap_callable(engine, fn, name=None):
    """A JS function calling the Python callable ``fn``: arguments become Python values (live
    proxies for objects), the result crosses back; a Python exception becomes a JS ``Error``
    with the Python message (catchable by JS).  Only the call is reachable from JS."""
    realm = engine.realm
    if name is None:
        name = getattr(fn, "__name__", "")
        name = name if isinstance(name, str) and name.isidentifier() else ""

    def behavior(realm_, this, *args):
        py_args = [to_python(engine, a) for a in args]
        try:
            result = fn(*py_args)
        except JSError as exc:     # a nested engine call threw: rethrow the same JS value
            if exc.engine is engine:
                raise ThrowCompletion(exc.value) from None
            raise ThrowCompletion(realm.new_error("Error", exc.message)) from None
        except ConversionError as exc:   # the callback passed a bad value back in
            raise ThrowCompletion(realm.new_error("TypeError", str(exc))) from None
        except ScopeJSError:       # limits and internal errors are not JS's to catch
            raise
        except Exception as exc:  # noqa: BLE001 - the host's exception becomes a JS Error
            raise ThrowCompletion(realm.new_error("Error", _to_code_units(str(exc)))) from None
        try:
            return to_js(engine, result)
        except ConversionError as exc:
            raise ThrowCompletion(realm.new_error("TypeError", str(exc))) from None

    return realm.new_function(behavior, 0, _to_code_units(name))


# -- proxies ---------------------------------------------------------------------------------

class JSObject:
    """A live view of a JS object: ``obj["key"]``, ``obj["key"] = v``, ``del obj["key"]``,
    ``"key" in obj``, iteration over its own enumerable string keys (like a dict), ``len``,
    ``keys()/values()/items()/get()``, and ``to_py()``.  Equal when they view the same object."""

    __slots__ = ("_engine", "_obj")

    def __init__(self, engine, obj):
        self._engine = engine
        self._obj = obj

    def _run(self, fn, *args):
        return self._engine._run("using a JS object", fn, *args)

    def __getitem__(self, key):
        k = _key(key)
        return self._run(lambda: to_python(self._engine, ops.Get(self._obj, k)))

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __setitem__(self, key, value):
        k = _key(key)
        self._run(lambda: ops.Set(self._obj, k, to_js(self._engine, value), True))

    def __delitem__(self, key):
        k = _key(key)
        self._run(lambda: ops.DeletePropertyOrThrow(self._obj, k))

    def __contains__(self, key):
        try:
            k = _key(key)
        except TypeError:
            return False
        return self._run(lambda: ops.HasProperty(self._obj, k))

    def keys(self):
        return self._run(lambda: [_from_code_units(k) for k in
                                  ops.EnumerableOwnProperties(self._obj, "key")])

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())

    def values(self):
        return [self[k] for k in self.keys()]

    def items(self):
        return [(k, self[k]) for k in self.keys()]

    def to_py(self):
        """A deep copy as plain Python (dict/list/...), keeping cycles and shared objects."""
        return self._run(lambda: _deep_copy(self._engine, self._obj, {}))

    def __eq__(self, other):
        return isinstance(other, JSObject) and other._obj is self._obj

    def __hash__(self):
        return id(self._obj)

    def __repr__(self):
        return f"<{type(self).__name__} {self._obj.class_name if hasattr(self._obj, 'class_name') else 'Object'}>"


class JSArray(JSObject):
    """A live view of a JS array: indexing (negative indices and slices too), ``len``,
    iteration over the elements, ``in`` (element membership), ``append``."""

    __slots__ = ()

    def __len__(self):
        return self._run(lambda: int(ToLength(ops.Get(self._obj, "length"))))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index.__class__ is int:
            n = len(self)
            if index < 0:
                index += n
            if not 0 <= index < n:
                raise IndexError("JS array index out of range")
        return JSObject.__getitem__(self, index)

    def __setitem__(self, index, value):
        if index.__class__ is int and index < 0:
            index += len(self)
        JSObject.__setitem__(self, index, value)

    def __iter__(self):
        for i in range(len(self)):
            yield JSObject.__getitem__(self, i)

    def __contains__(self, value):
        return any(v == value for v in self)

    def keys(self):
        return list(range(len(self)))

    def append(self, value):
        self._run(lambda: ops.Invoke(self._obj, "push", [to_js(self._engine, value)]))


class JSFunction(JSObject):
    """A live view of a JS function: ``f(*args)`` calls it with ``this`` undefined;
    ``f.call(this, *args)``; ``f.new(*args)`` constructs."""

    __slots__ = ()

    def __call__(self, *args):
        return self._engine.call(self, *args)

    def call(self, this, *args):
        return self._engine.call(self, *args, this=this)

    def new(self, *args):
        engine = self._engine
        return engine._run("constructing", lambda: to_python(engine, ops.Construct(
            self._obj, [to_js(engine, a) for a in args])))


class JSMap(JSObject):
    """A live view of a JS Map: ``m[key]`` (KeyError when absent), ``m[key] = v``, ``in``,
    ``len``, iteration over keys, ``keys()/values()/items()``."""

    __slots__ = ()

    def _invoke(self, name, *args):
        engine = self._engine
        return engine._run("using a Map", lambda: to_python(engine, ops.Invoke(
            self._obj, name, [to_js(engine, a) for a in args])))

    def __getitem__(self, key):
        if not self._invoke("has", key):
            raise KeyError(key)
        return self._invoke("get", key)

    def __setitem__(self, key, value):
        self._invoke("set", key, value)

    def __delitem__(self, key):
        if not self._invoke("delete", key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._invoke("has", key)

    def __len__(self):
        return self._engine._run("using a Map", lambda: int(ops.Get(self._obj, "size")))

    def items(self):
        return [tuple(pair) for pair in _spread(self, "entries")]

    def keys(self):
        return list(_spread(self, "keys"))

    def values(self):
        return list(_spread(self, "values"))


class JSSet(JSObject):
    """A live view of a JS Set: ``in``, ``len``, iteration, ``add``, ``discard``."""

    __slots__ = ()

    _invoke = JSMap._invoke

    def __contains__(self, value):
        return self._invoke("has", value)

    def __len__(self):
        return self._engine._run("using a Set", lambda: int(ops.Get(self._obj, "size")))

    def __iter__(self):
        return iter(_spread(self, "values"))

    def keys(self):
        return list(self)

    def add(self, value):
        self._invoke("add", value)

    def discard(self, value):
        self._invoke("delete", value)


class JSPromise(JSObject):
    """A JS promise: ``state`` ('pending', 'fulfilled', 'rejected'), ``result(timeout=None)``
    (runs the job queue and timers until it settles; raises JSError when it rejects) and
    ``await promise`` in asyncio."""

    __slots__ = ()

    @property
    def state(self):
        return self._obj.promise_state

    def result(self, timeout=None):
        engine = self._engine
        return engine._run("waiting for a promise", engine._settle, self._obj,
                           timeout=timeout)

    def __await__(self):
        return self._wait().__await__()

    async def _wait(self):
        import asyncio
        engine = self._engine
        while self._obj.promise_state == "pending":
            # A turn that does not sleep for a timer: asyncio's loop waits instead.
            if not engine._run("waiting for a promise", engine._step, False):
                break
            await asyncio.sleep(0 if engine.agent.jobs else 0.001)
        return self.result(timeout=0)


def _list_of(iterable):
    """The values an iterable yields (7.4.x IteratorToList of GetIterator)."""
    from scopejs.runtime.abstract_ops.iterator_operations import GetIterator, IteratorToList
    return IteratorToList(GetIterator(iterable))


def _spread(proxy, method):
    """[...obj[method]()] as Python values (Map/Set iteration)."""
    engine = proxy._engine

    def run():
        it = ops.Invoke(proxy._obj, method, [])
        values = _list_of(it)
        out = []
        for v in values:
            engine.agent.tick(1)
            out.append(to_python(engine, v))
        return out
    return engine._run("iterating", run)


def _deep_copy(engine, value, memo):
    """to_py(): JS -> plain Python, recursively; shared and cyclic objects stay shared."""
    if not isinstance(value, _Object):
        return to_python(engine, value)
    done = memo.get(id(value))
    if done is not None:
        return done
    engine.agent.tick(1)
    if isinstance(value, JSFunctionBase) or isinstance(value, _Promise) or \
            isinstance(value, JSDate):
        memo[id(value)] = out = to_python(engine, value)
        return out
    if isinstance(value, _Array):
        out = memo[id(value)] = []
        n = int(ToLength(ops.Get(value, "length")))
        for i in range(n):
            engine.agent.tick(1)
            out.append(_deep_copy(engine, ops.Get(value, str(i)), memo))
        return out
    if isinstance(value, _Map):
        out = memo[id(value)] = {}
        for pair in _list_of(ops.Invoke(value, "entries", [])):
            k = _deep_copy(engine, ops.Get(pair, "0"), memo)
            v = _deep_copy(engine, ops.Get(pair, "1"), memo)
            out[_hashable(engine, k, ops.Get(pair, "0"))] = v
        return out
    if isinstance(value, _Set):
        out = memo[id(value)] = set()
        for v in _list_of(ops.Invoke(value, "values", [])):
            out.add(_hashable(engine, _deep_copy(engine, v, memo), v))
        return out
    out = memo[id(value)] = {}
    for key in ops.EnumerableOwnProperties(value, "key"):
        engine.agent.tick(1)
        out[_from_code_units(key)] = _deep_copy(engine, ops.Get(value, key), memo)
    return out


def _hashable(engine, copied, original):
    """A Map key / Set element after to_py: itself when hashable, else the live proxy."""
    try:
        hash(copied)
        return copied
    except TypeError:
        return to_python(engine, original)
