"""Threads and lifetime: each Engine owns its agent; Engines in threads do not see each other;
one Engine shared by threads serializes them; dropped Engines are freed."""
from __future__ import annotations

import gc
import threading
import weakref

from scopejs import Engine


def _tenant(name, rounds, errors):
    try:
        _run_tenant(name, rounds, errors)
    except BaseException as exc:   # (a thread's exception is not the test's: record it)
        errors.append((name, "raised", repr(exc)))


def _run_tenant(name, rounds, errors):
    js = Engine()
    js.eval(f"var tenant = {name!r}; var log = [];")
    for i in range(rounds):
        got = js.eval(f"log.push({i}); tenant + ':' + log.length + ':' + "
                      f"[1, 2, 3].map(x => x * {i}).join()")
        want = f"{name}:{i + 1}:{','.join(str(x * i) for x in (1, 2, 3))}"
        if got != want:
            errors.append((name, i, got))
    if js.get_global("tenant") != name or js.eval("typeof other_tenant") != "undefined":
        errors.append((name, "globals", js.get_global("tenant")))


def test_engines_in_two_threads_do_not_cross_talk():
    errors: list = []
    threads = [threading.Thread(target=_tenant, args=(name, 300, errors))
               for name in ("alice", "bob")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_one_engine_shared_by_threads_is_serialized():
    js = Engine()
    js.eval("var counter = 0; function bump() { var c = counter; for (var i = 0; i < 50; i++) {} "
            "counter = c + 1; }")

    def work():
        for _ in range(200):
            js.call("bump")
    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert js.get_global("counter") == 600     # no lost update: calls never interleave


def test_finalization_registry_cleanup_runs_in_its_own_engine():
    a, b = Engine(), Engine()
    a.eval("var cleaned = []; var reg = new FinalizationRegistry(v => cleaned.push(v)); "
           "(function () { reg.register({}, 'from-a'); })();")
    b.eval("var cleaned = [];")
    gc.collect()
    b.eval("1")          # b running jobs must not run a's cleanup
    b.run_jobs()
    a.run_jobs()
    assert b.eval("cleaned.length") == 0
    assert a.eval("cleaned.join()") == "from-a"


def test_a_dropped_engine_is_freed():
    js = Engine()
    js.eval("var big = Array.from({length: 1000}, (_, i) => ({i})); function f() { return big; }")
    js.expose("py", lambda x: x)
    js.eval("py(1); new Proxy({}, {}); Proxy.revocable({}, {}); /a+/.test('aa'); "
            "JSON.stringify(big); [3, 1, 2].sort()")
    realm = weakref.ref(js.realm)
    obj = weakref.ref(js.realm.global_object)
    del js
    gc.collect()
    assert realm() is None and obj() is None


def test_the_process_wide_caches_are_safe_across_threads():
    # the tier's bounded caches (compiled sources, shared lowerings, lowered lines) are shared
    # by Engines in every thread: evicting the oldest entry from two threads at once made one
    # of them raise KeyError inside an optimization (an internal error of that engine's run)
    import sys
    from scopejs.interpreter.cases.templates import remember
    cache: dict = {}
    errors: list = []

    def fill(t):
        try:
            for i in range(20000):
                remember(cache, (t, i), i, 8)
        except BaseException as exc:
            errors.append(repr(exc))
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=fill, args=(t,)) for t in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == [] and len(cache) <= 8
