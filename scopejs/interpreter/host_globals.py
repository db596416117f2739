"""Host-defined globals: a minimal console fallback (when builtins/console.py is absent) and the
test262 host (`print`, `$262`)."""
from __future__ import annotations

from scopejs.runtime.abstract_ops.type_conversion import ToString
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import WC
from scopejs.runtime.values import UNDEFINED


def _out(realm, stream_key="stdout"):
    return realm.host_defined.get(stream_key)


def _write(stream, text):
    from scopejs.source.text import from_code_units
    stream.write(from_code_units(text) + "\n")


def _simple_text(value):
    try:
        return ToString(value)
    except ThrowCompletion:
        return "[object]"


def install_host_globals(host, realm):
    g = realm.global_object
    if "console" not in g.props:
        console = JSObject(realm.object_prototype)

        def log(realm_, this, *args):
            _write(_out(realm_), " ".join(_simple_text(a) for a in args))

        def error(realm_, this, *args):
            _write(_out(realm_, "stderr"), " ".join(_simple_text(a) for a in args))

        for name, fn in (("log", log), ("info", log), ("debug", log), ("error", error),
                         ("warn", error)):
            console.define_own_value(name, realm.new_function(fn, 0, name), WC)
        g.define_own_value("console", console, WC)
    install_timers(host, realm)
    if getattr(host.engine, "test262_host", False):
        install_test262_host(host, realm)


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


def install_test262_host(host, realm):
    g = realm.global_object

    def print_(realm_, this, value=UNDEFINED):
        _write(_out(realm_), _simple_text(value))

    g.define_own_value("print", realm.new_function(print_, 1, "print"), WC)
    g.define_own_value("$262", make_262(host, realm), WC)


def make_262(host, realm):
    obj = JSObject(realm.object_prototype)

    def create_realm(realm_, this):
        from scopejs.builtins.bootstrap import create_realm as new_realm
        agent = host.agent
        saved = agent.current_realm
        try:
            r = new_realm(agent)
        finally:
            agent.current_realm = saved
        r.host_defined.update(realm.host_defined)
        install_host_globals(host, r)
        install_test262_host(host, r)
        return r.global_object.props["$262"]

    def eval_script(realm_, this, source=UNDEFINED):
        from scopejs.errors import JSSyntaxError
        src = ToString(source)
        try:
            return host.run_script(src, "evalScript", realm)
        except JSSyntaxError as err:
            from scopejs.runtime.completion import throw_error
            throw_error("SyntaxError", err.message)

    def detach_array_buffer(realm_, this, buffer=UNDEFINED):
        fn = realm.intrinsics.get("%DetachArrayBuffer%")
        if fn is None:
            from scopejs.runtime.completion import throw_type_error
            throw_type_error("detachArrayBuffer is not supported")
        return fn.Call(UNDEFINED, [buffer])

    obj.define_own_value("createRealm", realm.new_function(create_realm, 0, "createRealm"), WC)
    obj.define_own_value("evalScript", realm.new_function(eval_script, 1, "evalScript"), WC)
    obj.define_own_value("detachArrayBuffer",
                         realm.new_function(detach_array_buffer, 1, "detachArrayBuffer"), WC)
    obj.define_own_value("gc", realm.new_function(host_gc, 0, "gc"), WC)
    obj.define_own_value("global", realm.global_object, WC)
    agent = JSObject(realm.object_prototype)
    obj.define_own_value("agent", agent, WC)
    return obj


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
