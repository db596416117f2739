"""24.3/24.4/26.1/26.2 weak collections: entries and targets really are weak (Python's GC),
and FinalizationRegistry cleanups run as host tasks."""
import gc

import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import UNDEFINED
from tests.runtime.jshelpers import call, new


@pytest.fixture
def realm():
    return create_realm()


def test_weakmap_entry_dies_with_key(realm):
    wm = new(realm, "WeakMap")
    key = JSObject(realm.object_prototype)
    call(realm, "WeakMap.prototype.set", key, 1.0, this=wm)
    assert len(wm.weak_map_keys) == 1
    del key
    gc.collect()
    assert len(wm.weak_map_keys) == 0


def test_weakref_and_finalization_registry(realm):
    held = []
    cleanup = realm.new_function(lambda realm_, this, v: held.append(v), 1, "")
    registry = new(realm, "FinalizationRegistry", cleanup)
    target = JSObject(realm.object_prototype)
    ref = new(realm, "WeakRef", target)
    call(realm, "FinalizationRegistry.prototype.register", target, "token-value", this=registry)
    assert call(realm, "WeakRef.prototype.deref", this=ref) is target
    realm.agent.clear_kept_objects()
    del target
    gc.collect()
    assert call(realm, "WeakRef.prototype.deref", this=ref) is UNDEFINED
    realm.agent.run_jobs()
    assert held == []      # not a microtask: a task of its own (HostEnqueue...CleanupJob)
    from scopejs.builtins.weak import CleanupFinalizationRegistry
    assert realm.agent.take_cleanup_job() is registry
    CleanupFinalizationRegistry(registry)
    assert held == ["token-value"]
    assert realm.agent.take_cleanup_job() is None
