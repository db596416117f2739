"""A JSPromise's result()/await turn the host's own event loop (Host.step): the nextTick queue
before the promise jobs, cleanup tasks, timers and immediates in node's phase order."""
from __future__ import annotations

import asyncio

import pytest

from scopejs import Engine, JSError
from scopejs.host.node import install_node_host


def _node_engine():
    js = Engine()
    install_node_host(js.host, ["node", "[eval]"])
    return js


def test_result_runs_the_nexttick_queue_before_promise_jobs():
    js = _node_engine()
    promise = js.eval("""
        var log = [];
        new Promise(resolve => setTimeout(() => {
            Promise.resolve().then(() => log.push('job'));
            process.nextTick(() => log.push('tick'));
            process.nextTick(() => resolve(log));       // settled only by the nextTick phase
        }, 5))""")
    assert promise.result(timeout=30).to_py() == ["tick", "job"]


def test_await_runs_the_nexttick_queue():
    js = _node_engine()
    promise = js.eval("new Promise(resolve => setTimeout(() => process.nextTick(resolve, 7), 5))")

    async def wait():
        return await promise
    assert asyncio.run(wait()) == 7


def test_result_runs_immediates_and_timers_in_node_order():
    js = Engine()
    promise = js.eval("""
        var order = [];
        new Promise(resolve => {
            setTimeout(() => {
                order.push('timeout');
                setImmediate(() => { order.push('immediate'); resolve(order); });
            }, 1);
        })""")
    assert promise.result(timeout=30).to_py() == ["timeout", "immediate"]


def test_a_rejection_in_a_timer_reaches_result():
    js = Engine()
    promise = js.eval("new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 5))")
    with pytest.raises(JSError, match="late"):
        promise.result(timeout=30)
    assert js.eval("1 + 1") == 2
