"""24.3 WeakMap, 24.4 WeakSet, 26.1 WeakRef and 26.2 FinalizationRegistry.

Weakness is Python's: keys and targets (JS objects and unregistered symbols, which are
weak-referenceable) are held through ``weakref``; when Python's reference counting or cycle
collector frees a target, FinalizationRegistry cleanup callbacks are queued as jobs through
``agent.enqueue_job`` (node runs them as tasks after a GC; both are "some time later").
WeakRef construction and deref add the target to the agent's [[KeptAlive]] list
(9.11 AddToKeptObjects), which the host clears between jobs (9.10 ClearKeptObjects)."""
from __future__ import annotations

import weakref

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.builtins.iterator import get_iterator_v8
from scopejs.runtime.abstract_ops import (
    DONE, IsCallable, IteratorClose, IteratorStepValue, OrdinaryCreateFromConstructor,
    SameValue, describe_for_error,
)
from scopejs.runtime.completion import ThrowCompletion, throw_type_error
from scopejs.runtime.execution import surrounding_agent
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL, UNDEFINED, JSSymbol


# 9.13 CanBeHeldWeakly ( v )
def CanBeHeldWeakly(v) -> bool:  # noqa: N802
    if isinstance(v, JSObject):
        return True
    if v.__class__ is JSSymbol:
        agent = surrounding_agent()
        registry = agent.symbol_registry if agent is not None else {}
        return not any(s is v for s in registry.values())
    return False


def _add_to_kept_objects(value) -> None:
    """9.11 AddToKeptObjects ( value )"""
    agent = surrounding_agent()
    if agent is not None:
        agent.kept_alive.append(value)


# -- 24.3 WeakMap -------------------------------------------------------------------------------

class JSWeakMap(JSObject):
    """24.3.4 Properties of WeakMap Instances: [[WeakMapData]] (a WeakKeyDictionary)."""
    __slots__ = ("weak_map_data",)
    class_name = "WeakMap"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.weak_map_data = weakref.WeakKeyDictionary()


def _this_weak_map(this, method):
    if isinstance(this, JSWeakMap):
        return this.weak_map_data
    throw_type_error(f"Method WeakMap.prototype.{method} called on incompatible receiver "
                     f"{describe_for_error(this)}")


WEAK_MAP_PROTOTYPE = intrinsic("%WeakMap.prototype%", to_string_tag="WeakMap")
WEAK_MAP = constructor("%WeakMap%", length=0, instance_prototype="%WeakMap.prototype%")


def _fill_from_iterable(realm, target, iterable, adder_name, pairs):
    adder = target.Get(adder_name, target)
    if not IsCallable(adder):
        throw_type_error(f"'{describe_for_error(adder)}' returned for property '{adder_name}' "
                         f"of object '{describe_for_error(target)}' is not a function")
    record = get_iterator_v8(realm, iterable)
    while True:
        nxt = IteratorStepValue(record)
        if nxt is DONE:
            return target
        try:
            if pairs:
                if not isinstance(nxt, JSObject):
                    throw_type_error(f"Iterator value {describe_for_error(nxt)} is not an entry "
                                     "object")
                adder.Call(target, [nxt.Get("0", nxt), nxt.Get("1", nxt)])
            else:
                adder.Call(target, [nxt])
        except ThrowCompletion as exc:
            IteratorClose(record, exc)


@WEAK_MAP.behavior
def WeakMap(realm, new_target, iterable):
    """24.3.1.1 WeakMap ( [ iterable ] )"""
    if new_target is UNDEFINED:
        throw_type_error("Constructor WeakMap requires 'new'")
    m = OrdinaryCreateFromConstructor(new_target, "%WeakMap.prototype%", JSWeakMap)
    if iterable is UNDEFINED or iterable is NULL:
        return m
    return _fill_from_iterable(realm, m, iterable, "set", True)


@WEAK_MAP_PROTOTYPE.method("delete", length=1)
def WeakMap_prototype_delete(realm, this, key):
    """24.3.3.2 WeakMap.prototype.delete ( key )"""
    data = _this_weak_map(this, "delete")
    if not CanBeHeldWeakly(key) or key not in data:
        return False
    del data[key]
    return True


@WEAK_MAP_PROTOTYPE.method("get", length=1)
def WeakMap_prototype_get(realm, this, key):
    """24.3.3.3 WeakMap.prototype.get ( key )"""
    data = _this_weak_map(this, "get")
    if not CanBeHeldWeakly(key):
        return UNDEFINED
    return data.get(key, UNDEFINED)


@WEAK_MAP_PROTOTYPE.method("set", length=2)
def WeakMap_prototype_set(realm, this, key, value):
    """24.3.3.7 WeakMap.prototype.set ( key, value )"""
    data = _this_weak_map(this, "set")
    if not CanBeHeldWeakly(key):
        throw_type_error("Invalid value used as weak map key")
    data[key] = value
    return this


@WEAK_MAP_PROTOTYPE.method("has", length=1)
def WeakMap_prototype_has(realm, this, key):
    """24.3.3.6 WeakMap.prototype.has ( key )"""
    data = _this_weak_map(this, "has")
    return CanBeHeldWeakly(key) and key in data


# -- 24.4 WeakSet -------------------------------------------------------------------------------

class JSWeakSet(JSObject):
    """24.4.4 Properties of WeakSet Instances: [[WeakSetData]] (a WeakSet)."""
    __slots__ = ("weak_set_data",)
    class_name = "WeakSet"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.weak_set_data = weakref.WeakSet()


def _this_weak_set(this, method):
    if isinstance(this, JSWeakSet):
        return this.weak_set_data
    throw_type_error(f"Method WeakSet.prototype.{method} called on incompatible receiver "
                     f"{describe_for_error(this)}")


WEAK_SET_PROTOTYPE = intrinsic("%WeakSet.prototype%", to_string_tag="WeakSet")
WEAK_SET = constructor("%WeakSet%", length=0, instance_prototype="%WeakSet.prototype%")


@WEAK_SET.behavior
def WeakSet(realm, new_target, iterable):
    """24.4.1.1 WeakSet ( [ iterable ] )"""
    if new_target is UNDEFINED:
        throw_type_error("Constructor WeakSet requires 'new'")
    s = OrdinaryCreateFromConstructor(new_target, "%WeakSet.prototype%", JSWeakSet)
    if iterable is UNDEFINED or iterable is NULL:
        return s
    return _fill_from_iterable(realm, s, iterable, "add", False)


@WEAK_SET_PROTOTYPE.method("delete", length=1)
def WeakSet_prototype_delete(realm, this, value):
    """24.4.3.3 WeakSet.prototype.delete ( value )"""
    data = _this_weak_set(this, "delete")
    if not CanBeHeldWeakly(value) or value not in data:
        return False
    data.discard(value)
    return True


@WEAK_SET_PROTOTYPE.method("has", length=1)
def WeakSet_prototype_has(realm, this, value):
    """24.4.3.4 WeakSet.prototype.has ( value )"""
    data = _this_weak_set(this, "has")
    return CanBeHeldWeakly(value) and value in data


@WEAK_SET_PROTOTYPE.method("add", length=1)
def WeakSet_prototype_add(realm, this, value):
    """24.4.3.1 WeakSet.prototype.add ( value )"""
    data = _this_weak_set(this, "add")
    if not CanBeHeldWeakly(value):
        throw_type_error("Invalid value used in weak set")
    data.add(value)
    return this


# -- 26.1 WeakRef -------------------------------------------------------------------------------

class JSWeakRef(JSObject):
    """26.1.4 Properties of WeakRef Instances: [[WeakRefTarget]] (a weakref.ref)."""
    __slots__ = ("weak_ref_target",)
    class_name = "WeakRef"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.weak_ref_target = None


WEAK_REF_PROTOTYPE = intrinsic("%WeakRef.prototype%", to_string_tag="WeakRef")
WEAK_REF = constructor("%WeakRef%", length=1, instance_prototype="%WeakRef.prototype%")


@WEAK_REF.behavior
def WeakRef(realm, new_target, target):
    """26.1.1.1 WeakRef ( target )"""
    if new_target is UNDEFINED:
        throw_type_error("Constructor WeakRef requires 'new'")
    if not CanBeHeldWeakly(target):
        throw_type_error("WeakRef: invalid target")
    ref = OrdinaryCreateFromConstructor(new_target, "%WeakRef.prototype%", JSWeakRef)
    _add_to_kept_objects(target)
    ref.weak_ref_target = weakref.ref(target)
    return ref


@WEAK_REF_PROTOTYPE.method("deref", length=0)
def WeakRef_prototype_deref(realm, this):
    """26.1.3.2 WeakRef.prototype.deref ( )"""
    if not isinstance(this, JSWeakRef):
        throw_type_error("Method WeakRef.prototype.deref called on incompatible receiver "
                         f"{describe_for_error(this)}")
    target = this.weak_ref_target()
    if target is None:
        return UNDEFINED
    _add_to_kept_objects(target)
    return target


# -- 26.2 FinalizationRegistry ------------------------------------------------------------------

class _Cell:
    """A [[Cells]] record: the target's weakref (its callback queues the cleanup), the
    held value and the unregister token."""
    __slots__ = ("target_ref", "held_value", "unregister_token", "__weakref__")


class JSFinalizationRegistry(JSObject):
    """26.2.4 Properties of FinalizationRegistry Instances: [[Realm]], [[CleanupCallback]],
    [[Cells]]."""
    __slots__ = ("registry_realm", "cleanup_callback", "cells")
    class_name = "FinalizationRegistry"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.registry_realm = None
        self.cleanup_callback = None
        self.cells = []


FINALIZATION_REGISTRY_PROTOTYPE = intrinsic("%FinalizationRegistry.prototype%",
                                            to_string_tag="FinalizationRegistry")
FINALIZATION_REGISTRY = constructor("%FinalizationRegistry%", length=1,
                                    instance_prototype="%FinalizationRegistry.prototype%")


@FINALIZATION_REGISTRY.behavior
def FinalizationRegistry(realm, new_target, cleanup_callback):
    """26.2.1.1 FinalizationRegistry ( cleanupCallback )"""
    if new_target is UNDEFINED:
        throw_type_error("Constructor FinalizationRegistry requires 'new'")
    if not IsCallable(cleanup_callback):
        throw_type_error("FinalizationRegistry: cleanup must be callable")
    registry = OrdinaryCreateFromConstructor(new_target, "%FinalizationRegistry.prototype%",
                                             JSFinalizationRegistry)
    registry.registry_realm = realm
    registry.cleanup_callback = cleanup_callback
    return registry


def _this_registry(this, method):
    if isinstance(this, JSFinalizationRegistry):
        return this
    throw_type_error(f"Method FinalizationRegistry.prototype.{method} called on incompatible "
                     f"receiver {describe_for_error(this)}")


def _on_collected(registry_ref, cell_ref):
    """The weakref callback of a registered target: queue 9.12 CleanupFinalizationRegistry
    for this cell (a job, so the callback runs outside Python's GC)."""
    def callback(_ref):
        registry = registry_ref()
        cell = cell_ref()
        if registry is None or cell is None:
            return
        agent = registry.registry_realm.agent   # the registry's own Engine, in any thread
        if cell not in registry.cells:
            return

        def job():
            if cell in registry.cells:
                registry.cells.remove(cell)
                registry.cleanup_callback.Call(UNDEFINED, [cell.held_value])
        agent.enqueue_job(job, registry.registry_realm)
    return callback


@FINALIZATION_REGISTRY_PROTOTYPE.method("register", length=2)
def FinalizationRegistry_prototype_register(realm, this, target, held_value, unregister_token):
    """26.2.3.2 FinalizationRegistry.prototype.register ( target, heldValue
    [ , unregisterToken ] )"""
    registry = _this_registry(this, "register")
    if not CanBeHeldWeakly(target):
        throw_type_error("FinalizationRegistry.prototype.register: invalid target")
    if SameValue(target, held_value):
        throw_type_error("FinalizationRegistry.prototype.register: target and holdings must "
                         "not be same")
    if not CanBeHeldWeakly(unregister_token):
        if unregister_token is not UNDEFINED:
            throw_type_error(f"FinalizationRegistry.prototype.register: invalid unregister "
                             f"token {describe_for_error(unregister_token)}")
        unregister_token = None
    cell = _Cell()
    cell.held_value = held_value
    cell.unregister_token = None if unregister_token is None else weakref.ref(unregister_token)
    cell.target_ref = weakref.ref(target, _on_collected(weakref.ref(registry),
                                                         weakref.ref(cell)))
    registry.cells.append(cell)
    return UNDEFINED


@FINALIZATION_REGISTRY_PROTOTYPE.method("unregister", length=1)
def FinalizationRegistry_prototype_unregister(realm, this, unregister_token):
    """26.2.3.3 FinalizationRegistry.prototype.unregister ( unregisterToken )"""
    registry = _this_registry(this, "unregister")
    if not CanBeHeldWeakly(unregister_token):
        from scopejs.runtime.abstract_ops import ToString
        text = unregister_token.descriptive_string() if unregister_token.__class__ is JSSymbol \
            else ToString(unregister_token)
        throw_type_error(f"Invalid unregisterToken ('{text}')")
    removed = False
    kept = []
    for cell in registry.cells:
        token = cell.unregister_token() if cell.unregister_token is not None else None
        if token is not None and token is unregister_token:
            removed = True
        else:
            kept.append(cell)
    registry.cells = kept
    return removed
