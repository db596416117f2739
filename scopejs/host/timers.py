"""node's timers and event loop: setTimeout/setInterval/setImmediate (returning node's Timeout
and Immediate objects), queueMicrotask, and the loop's phase order on the real clock.

One loop iteration (libuv's uv_run as node drives it):
  1. timers: every timer due at the iteration's start time, in (due, creation) order;
  2. check: the immediates queued before the phase began;
after each callback the host drains the nextTick queue, then the promise jobs
(Host.run_microtasks).  The loop ends when no referenced timer or immediate is left; it sleeps
until the next due timer otherwise.  A timer is due at its insertion time plus its delay (node's
getLibuvNow updates the clock); the timers phase runs those due at the phase's start time
(fixed for the phase), which is why setImmediate runs before setTimeout(0) inside a timer
callback, as in node.
"""
from __future__ import annotations

import time

from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import WC
from scopejs.runtime.values import NULL, UNDEFINED

TIMEOUT_MAX = 2 ** 31 - 1   # node: a delay outside [1, TIMEOUT_MAX] becomes 1


class TimerObject(JSObject):
    """A Timeout or Immediate object (node's timers return objects, not numbers)."""
    __slots__ = ("timer_id",)


class Timers:
    def __init__(self, clock=time.monotonic):
        self.clock = clock
        self.origin = clock()
        self.loop_now = 0.0        # ms since origin at the start of this loop iteration
        self.seq = 0
        self.pending = {}          # id -> [due, seq, fn, args, interval or None, ref]
        self.immediates = {}       # id -> [fn, args, ref]  (insertion order = run order)

    def now(self):
        return (self.clock() - self.origin) * 1000.0

    def add(self, fn, delay, args, repeat, receiver=UNDEFINED):
        """Schedule ``fn(...args)`` called with ``this`` = ``receiver`` (node: the Timeout)."""
        if not (delay >= 1 and delay <= TIMEOUT_MAX):   # NaN too
            delay = 1.0
        delay = float(int(delay))
        self.seq += 1
        self.pending[self.seq] = [self.now() + delay, self.seq, fn, args,
                                  delay if repeat else None, True, receiver]
        return self.seq

    def add_immediate(self, fn, args, receiver=UNDEFINED):
        self.seq += 1
        self.immediates[self.seq] = [fn, args, True, receiver]
        return self.seq

    def clear(self, timer_id):
        self.pending.pop(timer_id, None)
        self.immediates.pop(timer_id, None)

    def set_ref(self, timer_id, ref):
        entry = self.pending.get(timer_id)
        if entry is not None:
            entry[5] = ref
        entry = self.immediates.get(timer_id)
        if entry is not None:
            entry[2] = ref

    def has_ref(self, timer_id):
        entry = self.pending.get(timer_id)
        if entry is not None:
            return entry[5]
        entry = self.immediates.get(timer_id)
        return entry[2] if entry is not None else False

    def refresh(self, timer_id):
        entry = self.pending.get(timer_id)
        if entry is not None:
            self.seq += 1
            entry[0] = self.now() + (entry[4] or max(1.0, entry[0] - self.loop_now))
            entry[1] = self.seq

    def alive(self):
        return any(e[5] for e in self.pending.values()) or \
            any(e[2] for e in self.immediates.values())

    def run_iteration(self, host, block=True):
        """One turn of the loop; False when nothing referenced is left to run.  With
        ``block=False`` (the REPL between inputs) it runs what is due and never sleeps."""
        if not self.alive():
            return False
        self.loop_now = self.now()
        if not self.immediates and block:
            due = min(e[0] for e in self.pending.values() if e[5]) if \
                any(e[5] for e in self.pending.values()) else None
            if due is not None and due > self.loop_now:
                host.wait((due - self.loop_now) / 1000.0)
                self.loop_now = self.now()
        # timers phase
        while True:
            ready = [k for k, e in self.pending.items() if e[0] <= self.loop_now]
            if not ready:
                break
            timer_id = min(ready, key=lambda k: (self.pending[k][0], self.pending[k][1]))
            entry = self.pending[timer_id]
            if entry[4] is None:
                del self.pending[timer_id]
            else:   # an interval is rescheduled from the time its callback starts
                self.seq += 1
                entry[0] = self.now() + entry[4]
                entry[1] = self.seq
            host.run_callback(entry[2], entry[3], entry[6])
        # check phase: the immediates queued before it began
        batch = list(self.immediates)
        for timer_id in batch:
            entry = self.immediates.pop(timer_id, None)
            if entry is not None:
                host.run_callback(entry[0], entry[1], entry[3])
        return True


def install_timers(host, realm):
    from scopejs.runtime.abstract_ops.type_conversion import ToNumber
    from scopejs.runtime.objects.functions import JSFunctionBase
    from scopejs.runtime.values import SYMBOL_TO_PRIMITIVE
    g = realm.global_object
    timers = host.timers

    def _callable(fn):
        if not isinstance(fn, JSFunctionBase):
            from scopejs.runtime.completion import throw_type_error
            throw_type_error('The "callback" argument must be of type function. Received ' +
                             _received(fn))
        return fn

    def _id(value):
        if isinstance(value, TimerObject):
            return value.timer_id
        if value.__class__ is float and abs(value) < 2 ** 53 and value == int(value):
            return int(value)
        if value.__class__ is str and value.isdigit():
            return int(value)
        return None

    def method(proto, name, length, fn):
        proto.define_own_value(name, realm.new_function(fn, length, name), WC)

    def make_proto(class_name):
        proto = realm.new_object()
        ctor = realm.new_function(lambda realm_, this, *a: UNDEFINED, 0, class_name)
        ctor.define_own_value("prototype", proto, 0)
        proto.define_own_value("constructor", ctor, WC)

        def ref(realm_, this):
            if isinstance(this, TimerObject):
                timers.set_ref(this.timer_id, True)
            return this

        def unref(realm_, this):
            if isinstance(this, TimerObject):
                timers.set_ref(this.timer_id, False)
            return this

        def has_ref(realm_, this):
            return isinstance(this, TimerObject) and timers.has_ref(this.timer_id)

        method(proto, "ref", 0, ref)
        method(proto, "unref", 0, unref)
        method(proto, "hasRef", 0, has_ref)
        return proto

    timeout_proto = make_proto("Timeout")
    immediate_proto = make_proto("Immediate")

    def refresh(realm_, this):
        if isinstance(this, TimerObject):
            timers.refresh(this.timer_id)
        return this

    def close(realm_, this):
        if isinstance(this, TimerObject):
            timers.clear(this.timer_id)
        return this

    def to_primitive(realm_, this, hint=UNDEFINED):
        return float(this.timer_id) if isinstance(this, TimerObject) else float("nan")

    method(timeout_proto, "refresh", 0, refresh)
    method(timeout_proto, "close", 0, close)
    timeout_proto.define_own_value(SYMBOL_TO_PRIMITIVE, realm.new_function(
        to_primitive, 1, "[Symbol.toPrimitive]"), WC)

    def timer(proto, key, fn, schedule):
        """node's Timeout/Immediate object: the callback is its ``key`` property
        (`_onTimeout`/`_onImmediate`) and is called as its method, so `this` is the timer
        and stack frames read `Timeout._onTimeout`, `Immediate.cb [as _onImmediate]`."""
        obj = TimerObject(proto)
        obj.define_own_value(key, fn)
        obj.timer_id = schedule(obj)
        return obj

    def set_timeout(realm_, this, fn=UNDEFINED, delay=UNDEFINED, *args):
        fn = _callable(fn)
        d = 1.0 if delay is UNDEFINED else ToNumber(delay)
        return timer(timeout_proto, "_onTimeout", fn,
                     lambda obj: timers.add(fn, d, list(args), False, obj))

    def set_interval(realm_, this, fn=UNDEFINED, delay=UNDEFINED, *args):
        fn = _callable(fn)
        d = 1.0 if delay is UNDEFINED else ToNumber(delay)
        return timer(timeout_proto, "_onTimeout", fn,
                     lambda obj: timers.add(fn, d, list(args), True, obj))

    def set_immediate(realm_, this, fn=UNDEFINED, *args):
        fn = _callable(fn)
        return timer(immediate_proto, "_onImmediate", fn,
                     lambda obj: timers.add_immediate(fn, list(args), obj))

    def clear(realm_, this, timer_id=UNDEFINED):
        key = _id(timer_id)
        if key is not None:
            timers.clear(key)
        if isinstance(timer_id, TimerObject):   # node: `timer._onTimeout = null`
            for callback_key in ("_onTimeout", "_onImmediate"):
                if callback_key in timer_id.props:
                    timer_id.props[callback_key] = NULL
        return UNDEFINED

    def queue_microtask(realm_, this, fn=UNDEFINED):
        fn = _callable(fn)
        host.agent.enqueue_job(lambda: fn.Call(UNDEFINED, []), realm_)
        return UNDEFINED

    for name, fn, length in (("setTimeout", set_timeout, 2), ("setInterval", set_interval, 2),
                             ("setImmediate", set_immediate, 1), ("clearTimeout", clear, 1),
                             ("clearInterval", clear, 1), ("clearImmediate", clear, 1),
                             ("queueMicrotask", queue_microtask, 1)):
        if name not in g.props:
            g.define_own_value(name, realm.new_function(fn, length, name), WC)


def _received(value):
    """The ` Received ...` tail of node's ERR_INVALID_ARG_TYPE messages."""
    if value is UNDEFINED:
        return "undefined"
    from scopejs.runtime.values import NULL
    if value is NULL:
        return "null"
    if value.__class__ is str:
        return f"type string ('{value[:25]}')"
    if value.__class__ is float:
        from scopejs.runtime.abstract_ops.type_conversion import ToString
        return f"type number ({ToString(value)})"
    if value.__class__ is bool:
        return f"type boolean ({'true' if value else 'false'})"
    return "an instance of Object"
