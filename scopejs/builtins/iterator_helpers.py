"""27.1.3 Iterator Objects (ES2025): the %Iterator% constructor, Iterator.from with
%WrapForValidIteratorPrototype%, the Iterator.prototype helpers (map, filter, take, drop,
flatMap, reduce, toArray, forEach, some, every, find) and %IteratorHelperPrototype% (27.1.2).

Iterator.prototype is %IteratorPrototype% of builtins/iterator.py. An Iterator Helper object is
a generator-like object (27.1.2.1, [[GeneratorState]] / [[GeneratorBrand]] "Iterator Helper")
whose abstract closure is a Python generator: a ``yield`` is the closure's Yield, and a
``return()`` while suspended at a yield throws ``_ReturnCompletion`` into it, which is the
spec's Completion(Yield(v)) being a return completion (each closure then closes the
underlying iterator as its IfAbruptCloseIterator step says).
"""
from __future__ import annotations

import math

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.builtins.iterator import ITERATOR_PROTOTYPE as ITERATOR_PROTOTYPE_DECL
from scopejs.runtime.abstract_ops import (
    DONE, Call, CreateArrayFromList, CreateDataPropertyOrThrow, CreateIterResultObject,
    GetMethod, IsCallable, IteratorClose, IteratorRecord, IteratorStepValue,
    OrdinaryCreateFromConstructor, OrdinaryHasInstance, SameValue, Set, ToBoolean,
    ToIntegerOrInfinity, ToNumber, describe_for_error,
)
from scopejs.runtime.completion import ThrowCompletion, throw_range_error, throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import SYMBOL_ITERATOR, UNDEFINED

ITERATOR = constructor("%Iterator%", length=0, instance_prototype=None)
ITERATOR_PROTOTYPE = "%IteratorPrototype%"      # Iterator.prototype (builtins/iterator.py)


@ITERATOR.behavior
def Iterator(realm, new_target):
    """27.1.3.1.1 Iterator ( )"""
    # 1. If NewTarget is either undefined or the active function object, throw a TypeError.
    if new_target is UNDEFINED or new_target is realm.intrinsics["%Iterator%"]:
        throw_type_error("Abstract class Iterator not directly constructable")
    # 2.
    return OrdinaryCreateFromConstructor(new_target, ITERATOR_PROTOTYPE)


# 27.1.3.2.3 Iterator.prototype: not writable, enumerable or configurable.
ITERATOR.value("prototype", ref=ITERATOR_PROTOTYPE, writable=False, configurable=False)


# 27.1.3.3.1 Iterator.prototype.constructor and 27.1.3.3.14 Iterator.prototype [ @@toStringTag ]
# are accessors whose setters ignore the prototype itself (web compatibility).

# 7.3.37 SetterThatIgnoresPrototypeProperties ( thisValue, home, p, v )
def SetterThatIgnoresPrototypeProperties(realm, this, p, v):  # noqa: N802
    home = realm.intrinsics[ITERATOR_PROTOTYPE]
    # 1-2.
    if not isinstance(this, JSObject):
        throw_type_error(f"{describe_for_error(this)} is not an object")
    if SameValue(this, home):
        throw_type_error(f"Cannot assign to read only property '{describe_for_error(p)}' "
                         "of object '[object Iterator]'")
    # 3-5.
    if this.GetOwnProperty(p) is None:
        CreateDataPropertyOrThrow(this, p, v)
    else:
        Set(this, p, v, True)
    return UNDEFINED


@ITERATOR_PROTOTYPE_DECL.getter("constructor")
def get_Iterator_prototype_constructor(realm, this):
    """27.1.3.3.1 Iterator.prototype.constructor"""
    return realm.intrinsics["%Iterator%"]


@ITERATOR_PROTOTYPE_DECL.setter("constructor")
def set_Iterator_prototype_constructor(realm, this, v):
    return SetterThatIgnoresPrototypeProperties(realm, this, "constructor", v)


@ITERATOR_PROTOTYPE_DECL.getter("@@toStringTag")
def get_Iterator_prototype_toStringTag(realm, this):
    """27.1.3.3.14 Iterator.prototype [ @@toStringTag ]"""
    return "Iterator"


@ITERATOR_PROTOTYPE_DECL.setter("@@toStringTag")
def set_Iterator_prototype_toStringTag(realm, this, v):
    from scopejs.runtime.values import SYMBOL_TO_STRING_TAG
    return SetterThatIgnoresPrototypeProperties(realm, this, SYMBOL_TO_STRING_TAG, v)


# -- 7.4 iterator operations new in ES2025 -----------------------------------------------------

# 7.4.2 GetIteratorDirect ( obj )
def GetIteratorDirect(obj) -> IteratorRecord:  # noqa: N802
    next_method = obj.Get("next", obj)
    return IteratorRecord(obj, next_method, False)


# 7.4.5 GetIteratorFlattenable ( obj, primitiveHandling )
def GetIteratorFlattenable(obj, iterate_strings: bool) -> IteratorRecord:  # noqa: N802
    """``iterate_strings``: primitiveHandling is iterate-string-primitives (else
    reject-primitives)."""
    # 1.
    if not isinstance(obj, JSObject):
        if not iterate_strings or obj.__class__ is not str:
            throw_type_error(f"{describe_for_error(obj)} is not an object")
    # 2-3.
    method = GetMethod(obj, SYMBOL_ITERATOR)
    iterator = obj if method is UNDEFINED else Call(method, obj)
    # 4.
    if not isinstance(iterator, JSObject):
        throw_type_error(f"{describe_for_error(iterator)} is not an object")
    # 5.
    return GetIteratorDirect(iterator)


def _this_iterated(this, method: str) -> IteratorRecord:
    """Steps 1-3 of the prototype methods: this must be an Object; the record before
    GetIteratorDirect (so that a bad argument can close it)."""
    if not isinstance(this, JSObject):
        throw_type_error(f"Iterator.prototype.{method} called on non-object")
    return IteratorRecord(this, UNDEFINED, False)


def _close_with(iterated: IteratorRecord, make_error) -> None:
    """``Let error be ThrowCompletion(...). Return ? IteratorClose(iterated, error).``"""
    try:
        make_error()
    except ThrowCompletion as error:
        IteratorClose(iterated, error)


def _require_callable(iterated: IteratorRecord, fn) -> IteratorRecord:
    """If IsCallable(fn) is false, close the iterator with a TypeError; then
    GetIteratorDirect(O)."""
    if not IsCallable(fn):
        _close_with(iterated,
                    lambda: throw_type_error(f"{describe_for_error(fn)} is not a function"))
    return GetIteratorDirect(iterated.iterator)


def _call_or_close(iterated: IteratorRecord, fn, args):
    """Completion(Call(fn, undefined, args)) then IfAbruptCloseIterator (7.4.13)."""
    try:
        return Call(fn, UNDEFINED, args)
    except ThrowCompletion as error:
        IteratorClose(iterated, error)


@ITERATOR.method("from", length=1)
def Iterator_from(realm, this, o):
    """27.1.3.2.2 Iterator.from ( O )"""
    # 1.
    record = GetIteratorFlattenable(o, True)
    # 2-3.
    if OrdinaryHasInstance(realm.intrinsics["%Iterator%"], record.iterator):
        return record.iterator
    # 4-6.
    return JSWrapForValidIterator(realm.intrinsics["%WrapForValidIteratorPrototype%"], record)


class JSWrapForValidIterator(JSObject):
    """An object of Iterator.from (27.1.3.2.2 step 4): [[Iterated]] ``iterated``."""
    __slots__ = ("iterated",)

    def __init__(self, proto, iterated: IteratorRecord):
        JSObject.__init__(self, proto)
        self.iterated = iterated


WRAP_FOR_VALID_ITERATOR_PROTOTYPE = intrinsic("%WrapForValidIteratorPrototype%",
                                              prototype=ITERATOR_PROTOTYPE)


def _this_wrapper(this, method: str) -> IteratorRecord:
    if not isinstance(this, JSWrapForValidIterator):
        throw_type_error(f"Method %WrapForValidIteratorPrototype%.{method} called on "
                         f"incompatible receiver {describe_for_error(this)}")
    return this.iterated


@WRAP_FOR_VALID_ITERATOR_PROTOTYPE.method("next", length=0)
def WrapForValidIteratorPrototype_next(realm, this):
    """27.1.3.2.2.1.1 %WrapForValidIteratorPrototype%.next ( )"""
    record = _this_wrapper(this, "next")
    return Call(record.next_method, record.iterator)


@WRAP_FOR_VALID_ITERATOR_PROTOTYPE.method("return", length=0)
def WrapForValidIteratorPrototype_return(realm, this):
    """27.1.3.2.2.1.2 %WrapForValidIteratorPrototype%.return ( )"""
    iterator = _this_wrapper(this, "return").iterator
    return_method = GetMethod(iterator, "return")
    if return_method is UNDEFINED:
        return CreateIterResultObject(UNDEFINED, True)
    return Call(return_method, iterator)


# -- 27.1.2 Iterator Helper Objects ------------------------------------------------------------

class _ReturnCompletion(Exception):
    """Thrown into a suspended closure by %IteratorHelperPrototype%.return: the Yield's
    completion is a return completion."""


SUSPENDED_START, SUSPENDED_YIELD, EXECUTING, COMPLETED = range(4)


class JSIteratorHelper(JSObject):
    """An Iterator Helper object (27.1.2.1): [[UnderlyingIterator]] ``underlying``,
    [[GeneratorState]] ``state``, and the abstract closure as a Python generator ``body``."""
    __slots__ = ("underlying", "state", "body")
    class_name = "Iterator Helper"

    def __init__(self, proto, underlying: IteratorRecord, body):
        JSObject.__init__(self, proto)
        self.underlying = underlying
        self.state = SUSPENDED_START
        self.body = body


def _helper(realm, iterated: IteratorRecord, closure) -> JSIteratorHelper:
    """The helpers' last steps: CreateIteratorFromClosure(closure, "Iterator Helper",
    %IteratorHelperPrototype%, « [[UnderlyingIterator]] ») with [[UnderlyingIterator]]
    set to iterated."""
    return JSIteratorHelper(realm.intrinsics["%IteratorHelperPrototype%"], iterated,
                            closure())


def _validate(this, method: str) -> JSIteratorHelper:
    # 27.5.3.2 GeneratorValidate ( generator, generatorBrand ), brand "Iterator Helper".
    if not isinstance(this, JSIteratorHelper):
        throw_type_error(f"Method Iterator Helper.prototype.{method} called on incompatible "
                         f"receiver {describe_for_error(this)}")
    if this.state == EXECUTING:
        throw_type_error("Generator is already running")
    return this


def _resume(helper: JSIteratorHelper, how):
    """Run the closure to its next Yield (``how`` is next or a throw of _ReturnCompletion):
    the result object of 27.5.3.3 GeneratorResume / 27.5.3.4 GeneratorResumeAbrupt."""
    helper.state = EXECUTING
    try:
        value = how()
    except StopIteration:
        helper.state = COMPLETED
        return CreateIterResultObject(UNDEFINED, True)
    except BaseException:
        helper.state = COMPLETED
        raise
    helper.state = SUSPENDED_YIELD
    return CreateIterResultObject(value, False)


ITERATOR_HELPER_PROTOTYPE = intrinsic("%IteratorHelperPrototype%", prototype=ITERATOR_PROTOTYPE)


@ITERATOR_HELPER_PROTOTYPE.method("next", length=0)
def IteratorHelperPrototype_next(realm, this):
    """27.1.2.1.1 %IteratorHelperPrototype%.next ( )"""
    helper = _validate(this, "next")
    if helper.state == COMPLETED:
        return CreateIterResultObject(UNDEFINED, True)
    return _resume(helper, helper.body.__next__)


@ITERATOR_HELPER_PROTOTYPE.method("return", length=0)
def IteratorHelperPrototype_return(realm, this):
    """27.1.2.1.2 %IteratorHelperPrototype%.return ( )"""
    helper = _validate(this, "return")
    # 4. suspended-start: complete it and close the underlying iterator.
    if helper.state == SUSPENDED_START:
        helper.state = COMPLETED
        helper.body.close()
        IteratorClose(helper.underlying)
        return CreateIterResultObject(UNDEFINED, True)
    if helper.state == COMPLETED:
        return CreateIterResultObject(UNDEFINED, True)
    # 5-6. GeneratorResumeAbrupt with a return completion.
    return _resume(helper, lambda: helper.body.throw(_ReturnCompletion()))


ITERATOR_HELPER_PROTOTYPE.value("@@toStringTag", "Iterator Helper", writable=False)


def _yield(iterated: IteratorRecord, value):
    """``Let completion be Completion(Yield(value)). IfAbruptCloseIterator(completion,
    iterated).`` (used with ``yield from``): true when the closure must return, i.e. the
    helper's return() closed the underlying iterator."""
    try:
        yield value
    except _ReturnCompletion:
        IteratorClose(iterated)
        return True
    return False


# -- 27.1.3.3 Iterator.prototype methods -------------------------------------------------------

@ITERATOR_PROTOTYPE_DECL.method("map", length=1)
def Iterator_prototype_map(realm, this, mapper):
    """27.1.3.3.8 Iterator.prototype.map ( mapper )"""
    iterated = _require_callable(_this_iterated(this, "map"), mapper)

    def closure():
        counter = 0
        while True:
            value = IteratorStepValue(iterated)
            if value is DONE:
                return
            mapped = _call_or_close(iterated, mapper, [value, float(counter)])
            if (yield from _yield(iterated, mapped)):
                return
            counter += 1
    return _helper(realm, iterated, closure)


@ITERATOR_PROTOTYPE_DECL.method("filter", length=1)
def Iterator_prototype_filter(realm, this, predicate):
    """27.1.3.3.4 Iterator.prototype.filter ( predicate )"""
    iterated = _require_callable(_this_iterated(this, "filter"), predicate)

    def closure():
        counter = 0
        while True:
            value = IteratorStepValue(iterated)
            if value is DONE:
                return
            selected = _call_or_close(iterated, predicate, [value, float(counter)])
            if ToBoolean(selected):
                if (yield from _yield(iterated, value)):
                    return
            counter += 1
    return _helper(realm, iterated, closure)


def _limit(iterated: IteratorRecord, limit) -> float:
    """take/drop steps 4-9: ToNumber (closing on a throw); NaN, negatives and finite limits
    above 2**53 - 1 are RangeErrors that close the iterator."""
    try:
        num_limit = ToNumber(limit)
    except ThrowCompletion as error:
        IteratorClose(iterated, error)
    if num_limit != num_limit:
        _close_with(iterated, lambda: throw_range_error(f"{limit} must be positive"))
    # A finite limit above 2**53 - 1 is a RangeError too: a 2025 normative change after the
    # ES2025 edition, which test262 (drop/take limit-rangeerror.js) and V8 follow.
    if num_limit != math.inf and num_limit > 2.0 ** 53 - 1:
        _close_with(iterated, lambda: throw_range_error(f"{limit} must be positive"))
    integer_limit = ToIntegerOrInfinity(num_limit)
    if integer_limit < 0:
        _close_with(iterated, lambda: throw_range_error(f"{limit} must be positive"))
    return integer_limit


@ITERATOR_PROTOTYPE_DECL.method("take", length=1)
def Iterator_prototype_take(realm, this, limit):
    """27.1.3.3.11 Iterator.prototype.take ( limit )"""
    iterated = _this_iterated(this, "take")
    integer_limit = _limit(iterated, limit)
    iterated = GetIteratorDirect(this)

    def closure():
        remaining = integer_limit
        while True:
            if remaining == 0:
                IteratorClose(iterated)
                return
            if remaining != math.inf:
                remaining -= 1
            value = IteratorStepValue(iterated)
            if value is DONE:
                return
            if (yield from _yield(iterated, value)):
                return
    return _helper(realm, iterated, closure)


@ITERATOR_PROTOTYPE_DECL.method("drop", length=1)
def Iterator_prototype_drop(realm, this, limit):
    """27.1.3.3.2 Iterator.prototype.drop ( limit )"""
    iterated = _this_iterated(this, "drop")
    integer_limit = _limit(iterated, limit)
    iterated = GetIteratorDirect(this)

    def closure():
        remaining = integer_limit
        while remaining > 0:
            if remaining != math.inf:
                remaining -= 1
            if IteratorStepValue(iterated) is DONE:     # IteratorStep: the value is unused
                return
        while True:
            value = IteratorStepValue(iterated)
            if value is DONE:
                return
            if (yield from _yield(iterated, value)):
                return
    return _helper(realm, iterated, closure)


@ITERATOR_PROTOTYPE_DECL.method("flatMap", length=1)
def Iterator_prototype_flatMap(realm, this, mapper):
    """27.1.3.3.6 Iterator.prototype.flatMap ( mapper )"""
    iterated = _require_callable(_this_iterated(this, "flatMap"), mapper)

    def closure():
        counter = 0
        while True:
            value = IteratorStepValue(iterated)
            if value is DONE:
                return
            mapped = _call_or_close(iterated, mapper, [value, float(counter)])
            try:
                inner = GetIteratorFlattenable(mapped, False)
            except ThrowCompletion as error:
                IteratorClose(iterated, error)
            while True:
                try:
                    inner_value = IteratorStepValue(inner)
                except ThrowCompletion as error:
                    IteratorClose(iterated, error)
                if inner_value is DONE:
                    break
                try:
                    yield inner_value
                except _ReturnCompletion:
                    # backupCompletion = Completion(IteratorClose(innerIterator, completion));
                    # IfAbruptCloseIterator(backupCompletion, iterated); then close iterated.
                    try:
                        IteratorClose(inner)
                    except ThrowCompletion as error:
                        IteratorClose(iterated, error)
                    IteratorClose(iterated)
                    return
            counter += 1
    return _helper(realm, iterated, closure)


@ITERATOR_PROTOTYPE_DECL.method("reduce", length=1)
def Iterator_prototype_reduce(realm, this, reducer=UNDEFINED, *rest):
    """27.1.3.3.9 Iterator.prototype.reduce ( reducer [ , initialValue ] )"""
    iterated = _require_callable(_this_iterated(this, "reduce"), reducer)
    # 6-7. (whether initialValue is present: the number of arguments)
    if not rest:
        accumulator = IteratorStepValue(iterated)
        if accumulator is DONE:
            throw_type_error("Reduce of empty iterator with no initial value")
        counter = 1
    else:
        accumulator = rest[0]
        counter = 0
    while True:
        value = IteratorStepValue(iterated)
        if value is DONE:
            return accumulator
        accumulator = _call_or_close(iterated, reducer, [accumulator, value, float(counter)])
        counter += 1


@ITERATOR_PROTOTYPE_DECL.method("toArray", length=0)
def Iterator_prototype_toArray(realm, this):
    """27.1.3.3.12 Iterator.prototype.toArray ( )"""
    if not isinstance(this, JSObject):
        throw_type_error("Iterator.prototype.toArray called on non-object")
    iterated = GetIteratorDirect(this)
    items = []
    while True:
        value = IteratorStepValue(iterated)
        if value is DONE:
            return CreateArrayFromList(items)
        items.append(value)


@ITERATOR_PROTOTYPE_DECL.method("forEach", length=1)
def Iterator_prototype_forEach(realm, this, procedure):
    """27.1.3.3.7 Iterator.prototype.forEach ( procedure )"""
    iterated = _require_callable(_this_iterated(this, "forEach"), procedure)
    counter = 0
    while True:
        value = IteratorStepValue(iterated)
        if value is DONE:
            return UNDEFINED
        _call_or_close(iterated, procedure, [value, float(counter)])
        counter += 1


def _search(realm, this, predicate, method: str, stop_when: bool, found):
    """some / every / find: call predicate on each value; when ToBoolean(result) is
    ``stop_when``, close the iterator and return ``found(value)``."""
    iterated = _require_callable(_this_iterated(this, method), predicate)
    counter = 0
    while True:
        value = IteratorStepValue(iterated)
        if value is DONE:
            return None
        result = _call_or_close(iterated, predicate, [value, float(counter)])
        if ToBoolean(result) is stop_when:
            IteratorClose(iterated)
            return found(value)
        counter += 1


@ITERATOR_PROTOTYPE_DECL.method("some", length=1)
def Iterator_prototype_some(realm, this, predicate):
    """27.1.3.3.10 Iterator.prototype.some ( predicate )"""
    result = _search(realm, this, predicate, "some", True, lambda v: True)
    return False if result is None else result


@ITERATOR_PROTOTYPE_DECL.method("every", length=1)
def Iterator_prototype_every(realm, this, predicate):
    """27.1.3.3.3 Iterator.prototype.every ( predicate )"""
    result = _search(realm, this, predicate, "every", False, lambda v: False)
    return True if result is None else result


@ITERATOR_PROTOTYPE_DECL.method("find", length=1)
def Iterator_prototype_find(realm, this, predicate):
    """27.1.3.3.5 Iterator.prototype.find ( predicate )"""
    found = []
    _search(realm, this, predicate, "find", True, found.append)
    return found[0] if found else UNDEFINED
