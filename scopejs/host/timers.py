"""node's timers (setTimeout, setInterval, setImmediate, queueMicrotask) for the host."""
from __future__ import annotations

from scopejs.runtime.property import WC
from scopejs.runtime.values import UNDEFINED


class Timers:
    """node's timers on a virtual clock: callbacks run in (due time, creation order) once the
    microtask queue is empty (Host.run_jobs); no real waiting, so programs stay deterministic."""

    def __init__(self):
        self.now = 0.0
        self.seq = 0
        self.pending = {}      # id -> [due, seq, fn, args, interval or None]

    def add(self, fn, delay, args, repeat):
        self.seq += 1
        delay = max(1.0, delay) if delay == delay else 1.0
        self.pending[self.seq] = [self.now + delay, self.seq, fn, args, delay if repeat else None]
        return self.seq

    def clear(self, timer_id):
        self.pending.pop(timer_id, None)

    def pop_next(self):
        if not self.pending:
            return None
        timer_id = min(self.pending, key=lambda k: (self.pending[k][0], self.pending[k][1]))
        entry = self.pending[timer_id]
        self.now = max(self.now, entry[0])
        if entry[4] is None:
            del self.pending[timer_id]
        else:
            self.seq += 1
            entry[0] = self.now + entry[4]
            entry[1] = self.seq
        return entry


def install_timers(host, realm):
    from scopejs.runtime.abstract_ops.type_conversion import ToNumber
    from scopejs.runtime.objects.functions import JSFunctionBase
    g = realm.global_object
    timers = getattr(host, "timers", None)
    if timers is None:
        timers = host.timers = Timers()

    def _callable(fn):
        if not isinstance(fn, JSFunctionBase):
            from scopejs.runtime.completion import throw_type_error
            throw_type_error('The "callback" argument must be of type function.')
        return fn

    def set_timeout(realm_, this, fn=UNDEFINED, delay=UNDEFINED, *args):
        d = 1.0 if delay is UNDEFINED else ToNumber(delay)
        return float(timers.add(_callable(fn), d, list(args), False))

    def set_interval(realm_, this, fn=UNDEFINED, delay=UNDEFINED, *args):
        d = 1.0 if delay is UNDEFINED else ToNumber(delay)
        return float(timers.add(_callable(fn), d, list(args), True))

    def set_immediate(realm_, this, fn=UNDEFINED, *args):
        return float(timers.add(_callable(fn), 0.0, list(args), False))

    def clear(realm_, this, timer_id=UNDEFINED):
        if timer_id.__class__ is float and timer_id == timer_id:
            timers.clear(int(timer_id))
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
