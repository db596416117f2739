"""Host-defined globals: what the host adds to a realm's global object beyond ECMAScript's
(timers; test262's `print` and `$262` when asked for)."""
from __future__ import annotations

from scopejs.host.test262 import install_test262_host
from scopejs.host.timers import install_timers
from scopejs.runtime.property import WC
from scopejs.runtime.values import UNDEFINED


def install_host_globals(host, realm):
    install_timers(host, realm)
    if host.engine.test262_host:
        install_test262_host(host, realm)


def host_gc(realm, this):
    """V8's gc() (``--expose-gc``, and test262's $262.gc): a full collection by Python's cycle
    collector, so cycles through closure contexts go too. A collected target's
    FinalizationRegistry cleanup runs as a task after the current one (Host.run_jobs); WeakRef
    targets in the agent's [[KeptAlive]] list survive until the end of the current job."""
    import gc
    gc.collect()
    return UNDEFINED


def install_gc(realm) -> None:
    """Define the global ``gc`` (writable, configurable, not enumerable: as node's)."""
    realm.global_object.define_own_value("gc", realm.new_function(host_gc, 0, "gc"), WC)
