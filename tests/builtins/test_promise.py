"""27.2 Promise: constructor, combinators, then/catch/finally and the exact job order (the
orders asserted here are node v20's, recorded from the equivalent JS)."""
import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.abstract_ops import promise_operations as ops
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.values import UNDEFINED
from tests.runtime.jshelpers import arr, call, new, resolve, thrown, to_list


@pytest.fixture
def realm():
    return create_realm()


def fn(realm, body, length=1):
    return realm.new_function(lambda realm_, this, *args: body(*args), length, "")


def logger(realm, log, label, ret=None):
    def body(*args):
        v = args[0] if args else UNDEFINED
        log.append((label, v))
        return ret(v) if ret is not None else UNDEFINED
    return fn(realm, body)


def then(realm, p, on_ful=UNDEFINED, on_rej=UNDEFINED):
    method = p.Get("then", p)
    return method.Call(p, [on_ful, on_rej])


def run(realm):
    realm.agent.run_jobs()


def test_constructor_and_errors(realm):
    assert thrown(call, realm, "Promise", fn(realm, lambda *a: None)) == \
        "TypeError: Promise constructor cannot be invoked without 'new'"
    assert thrown(new, realm, "Promise", 1.0) == "TypeError: Promise resolver 1 is not a function"
    p = new(realm, "Promise", fn(realm, lambda res, rej: res.Call(UNDEFINED, [7.0]), 2))
    assert p.promise_state == "fulfilled" and p.promise_result == 7.0
    err = realm.new_error("Error", "boom")

    def executor(res, rej):
        raise ThrowCompletion(err)
    p = new(realm, "Promise", fn(realm, executor, 2))
    assert p.promise_state == "rejected" and p.promise_result is err
    assert thrown(call, realm, "Promise.prototype.then", this=realm.new_object()) == \
        "TypeError: Method Promise.prototype.then called on incompatible receiver #<Object>"
    assert thrown(call, realm, "Promise.resolve", 1.0, this=1.0) == \
        "TypeError: PromiseResolve called on non-object"


def test_keys_like_node(realm):
    from scopejs.runtime.values import SYMBOL_SPECIES
    P = resolve(realm, "Promise")
    assert P.OwnPropertyKeys() == ["length", "name", "prototype", "all", "allSettled", "any",
                                   "race", "resolve", "reject", "withResolvers", "try",
                                   SYMBOL_SPECIES]
    proto = resolve(realm, "Promise.prototype")
    assert [k for k in proto.OwnPropertyKeys() if isinstance(k, str)] == \
        ["constructor", "then", "catch", "finally"]


def test_resolve_identity_and_chaining_cycle(realm):
    p = call(realm, "Promise.resolve", 1.0, this=resolve(realm, "Promise"))
    assert call(realm, "Promise.resolve", p, this=resolve(realm, "Promise")) is p
    log = []
    holder = {}
    q = then(realm, p, fn(realm, lambda v: holder["q"]))
    holder["q"] = q
    then(realm, q, UNDEFINED, logger(realm, log, "err", lambda e: None))
    run(realm)
    assert log[0][0] == "err"
    e = log[0][1]
    assert e.Get("message", e) == "Chaining cycle detected for promise #<Promise>"


def test_microtask_order_matches_node(realm):
    """JS equivalent (node prints: then 1, a 2, t1, t2, t3, b 3, t4):
        const p = new Promise(res => res(1)); p.then(v => log('then', v));
        Promise.resolve(2).then(v => { log('a', v); return Promise.resolve(3); })
                          .then(v => log('b', v));
        Promise.resolve().then(t1).then(t2).then(t3).then(t4);"""
    P = resolve(realm, "Promise")
    log = []
    p = new(realm, "Promise", fn(realm, lambda res, rej: res.Call(UNDEFINED, [1.0]), 2))
    then(realm, p, logger(realm, log, "then"))
    p2 = call(realm, "Promise.resolve", 2.0, this=P)
    inner = lambda v: call(realm, "Promise.resolve", 3.0, this=P)  # noqa: E731
    then(realm, then(realm, p2, logger(realm, log, "a", inner)), logger(realm, log, "b"))
    t = call(realm, "Promise.resolve", UNDEFINED, this=P)
    for name in ("t1", "t2", "t3", "t4"):
        t = then(realm, t, logger(realm, log, name))
    run(realm)
    assert [x[0] for x in log] == ["then", "a", "t1", "t2", "t3", "b", "t4"]


def test_combinators(realm):
    P = resolve(realm, "Promise")
    log = []
    never = new(realm, "Promise", fn(realm, lambda res, rej: None, 2))
    rej2 = call(realm, "Promise.reject", 2.0, this=P)
    then(realm, call(realm, "Promise.all", arr(realm, 1.0, call(realm, "Promise.resolve", 2.0,
                                                                 this=P)), this=P),
         logger(realm, log, "all"))
    then(realm, call(realm, "Promise.allSettled", arr(realm, 1.0, rej2), this=P),
         logger(realm, log, "settled"))
    then(realm, call(realm, "Promise.any", arr(realm, rej2, rej2), this=P), UNDEFINED,
         logger(realm, log, "any"))
    then(realm, call(realm, "Promise.race", arr(realm, never, 5.0), this=P),
         logger(realm, log, "race"))
    then(realm, call(realm, "Promise.all", UNDEFINED, this=P), UNDEFINED,
         logger(realm, log, "notiter"))
    run(realm)
    got = dict(log)
    assert to_list(got["all"]) == [1.0, 2.0]
    settled = to_list(got["settled"])
    assert [s.Get("status", s) for s in settled] == ["fulfilled", "rejected"]
    assert settled[1].Get("reason", settled[1]) == 2.0
    agg = got["any"]
    assert agg.Get("message", agg) == "All promises were rejected"
    assert to_list(agg.Get("errors", agg)) == [2.0, 2.0]
    assert agg.proto is realm.intrinsics["%AggregateError.prototype%"]
    assert got["race"] == 5.0
    e = got["notiter"]
    assert e.Get("message", e) == \
        "undefined is not iterable (cannot read property Symbol(Symbol.iterator))"
    assert [x[0] for x in log] == ["notiter", "all", "settled", "any", "race"]   # node
    assert thrown(call, realm, "Promise.all", arr(realm), this=1.0) == \
        "TypeError: Promise.all called on non-object"


def test_empty_all_resolves(realm):
    P = resolve(realm, "Promise")
    p = call(realm, "Promise.all", arr(realm), this=P)
    assert p.promise_state == "fulfilled" and to_list(p.promise_result) == []
    p = call(realm, "Promise.any", arr(realm), this=P)
    assert p.promise_state == "rejected"


def test_finally_passes_value_and_reason(realm):
    P = resolve(realm, "Promise")
    log = []
    f = call(realm, "Promise.prototype.finally", logger(realm, log, "fin"),
             this=call(realm, "Promise.resolve", 4.0, this=P))
    then(realm, f, logger(realm, log, "after"))
    err = realm.new_error("Error", "x")
    g = call(realm, "Promise.prototype.finally", logger(realm, log, "fin2"),
             this=call(realm, "Promise.reject", err, this=P))
    call(realm, "Promise.prototype.catch", logger(realm, log, "caught"), this=g)
    run(realm)
    assert log == [("fin", UNDEFINED), ("fin2", UNDEFINED), ("after", 4.0), ("caught", err)]


def test_subclass_capability_executor_checks(realm):
    # NewPromiseCapability with a constructor that never calls the executor.
    lazy = realm.new_function(lambda realm_, nt, executor: realm_.new_object(), 1, "C",
                              constructor=True)
    assert thrown(call, realm, "Promise.resolve", 1.0, this=lazy) == \
        "TypeError: Promise resolve or reject function is not callable"

    def twice(realm_, nt, executor):
        executor.Call(UNDEFINED, [fn(realm_, lambda v: None), fn(realm_, lambda v: None)])
        executor.Call(UNDEFINED, [1.0, 2.0])
    twice_c = realm.new_function(twice, 1, "C", constructor=True)
    assert thrown(call, realm, "Promise.resolve", 1.0, this=twice_c) == \
        "TypeError: Promise executor has already been invoked with non-undefined arguments"


def test_thenable_resolution_takes_two_extra_ticks(realm):
    """resolve(thenable): NewPromiseResolveThenableJob, then the thenable's then."""
    P = resolve(realm, "Promise")
    log = []
    thenable = realm.new_object()
    thenable.Set("then", fn(realm, lambda res, rej: res.Call(UNDEFINED, ["T"]), 2), thenable)
    p = call(realm, "Promise.resolve", thenable, this=P)
    then(realm, p, logger(realm, log, "thenable"))
    t = call(realm, "Promise.resolve", UNDEFINED, this=P)
    for name in ("t1", "t2", "t3"):
        t = then(realm, t, logger(realm, log, name))
    run(realm)
    # node: t1 thenable t2 t3
    assert [x[0] for x in log] == ["t1", "thenable", "t2", "t3"]


def test_unhandled_rejection_tracking(realm):
    P = resolve(realm, "Promise")
    agent = realm.agent
    ops.take_unhandled_rejections(agent)
    r = call(realm, "Promise.reject", 1.0, this=P)
    handled = call(realm, "Promise.reject", 2.0, this=P)
    call(realm, "Promise.prototype.catch", fn(realm, lambda e: None), this=handled)
    run(realm)
    assert ops.take_unhandled_rejections(agent) == [r]
    assert ops.take_unhandled_rejections(agent) == []


def test_internal_python_reactions(realm):
    """PerformPromiseThen accepts Python callables for engine-internal reactions."""
    log = []
    p = ops.PromiseResolve(realm.intrinsics["%Promise%"], 3.0)
    ops.PerformPromiseThen(p, lambda v: log.append(v), None)
    run(realm)
    assert log == [3.0]
