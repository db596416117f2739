"""%AsyncFromSyncIteratorPrototype% as ES2025 has it (27.1.6): a sync iterator used through
for await / yield* is closed when a value it yields is a rejected promise (closeOnRejection), or
when PromiseResolve of the value throws, and `throw` on a sync iterator without a throw method
closes it and rejects with a TypeError. node 20 predates these steps, so they are checked here
against the spec rather than next to node."""
from scopejs import api

PROLOGUE = """
var log = [];
function syncIter(values, extra) {
  var i = 0;
  var it = {
    [Symbol.iterator]() { return this; },
    next() { log.push('next'); return { value: values[i++], done: i > values.length }; },
    return() { log.push('return'); return {}; },
  };
  return Object.assign(it, extra || {});
}
"""


def run(body):
    engine = api.Engine()
    engine.eval(PROLOGUE + "(async () => {" + body + "})().then(() => {}, e => log.push('!' + e));")
    engine.run_jobs()
    return engine.eval("log.join(',')")


def test_rejected_value_closes_the_sync_iterator():
    assert run("""
        try {
          for await (const v of syncIter([1, Promise.reject(new Error('boom')), 3])) log.push('v' + v);
        } catch (e) { log.push('caught ' + e.message); }
    """) == "next,v1,next,return,caught boom"


def test_done_result_with_rejected_value_does_not_close():
    assert run("""
        const it = syncIter([]);
        it.next = () => { log.push('next'); return { value: Promise.reject('r'), done: true }; };
        try { for await (const v of it) log.push(v); } catch (e) { log.push('caught ' + e); }
    """) == "next,caught r"


def test_poisoned_promise_value_closes_the_sync_iterator():
    assert run("""
        const p = Promise.resolve(1);
        Object.defineProperty(p, 'constructor', { get() { throw new Error('poison'); } });
        try { for await (const v of syncIter([p])) log.push(v); } catch (e) { log.push(e.message); }
    """) == "next,return,poison"


def test_throw_without_a_throw_method_closes_and_rejects_with_type_error():
    assert run("""
        async function* g() { yield* syncIter([1, 2]); }
        const it = g();
        await it.next();
        try { await it.throw(new Error('t')); } catch (e) { log.push(e.constructor.name); }
    """) == "next,return,TypeError"


def test_return_does_not_close_on_a_rejected_value():
    assert run("""
        const it = syncIter([1], { return() { log.push('return'); return { value: Promise.reject('x'), done: false }; } });
        async function* g() { yield* it; }
        const gen = g();
        await gen.next();
        try { await gen.return(5); } catch (e) { log.push('caught ' + e); }
    """) == "next,return,caught x"
