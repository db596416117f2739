"""The test262 host: `print` and `$262` (INTERPRETING.md of test262)."""
from __future__ import annotations

from scopejs.runtime.abstract_ops.type_conversion import ToString
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import WC
from scopejs.runtime.values import UNDEFINED


def _write(realm, text):
    from scopejs.source.text import from_code_units
    realm.host_defined["stdout"].write(from_code_units(text) + "\n")


def _simple_text(value):
    try:
        return ToString(value)
    except ThrowCompletion:
        return "[object]"


def install_test262_host(host, realm):
    g = realm.global_object

    def print_(realm_, this, value=UNDEFINED):
        _write(realm_, _simple_text(value))

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
        from scopejs.host.globals import install_host_globals
        install_host_globals(host, r)
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

    def gc(realm_, this):
        import gc as _gc
        _gc.collect()
        return UNDEFINED

    obj.define_own_value("createRealm", realm.new_function(create_realm, 0, "createRealm"), WC)
    obj.define_own_value("evalScript", realm.new_function(eval_script, 1, "evalScript"), WC)
    obj.define_own_value("detachArrayBuffer",
                         realm.new_function(detach_array_buffer, 1, "detachArrayBuffer"), WC)
    obj.define_own_value("gc", realm.new_function(gc, 0, "gc"), WC)
    obj.define_own_value("global", realm.global_object, WC)
    agent = JSObject(realm.object_prototype)
    obj.define_own_value("agent", agent, WC)
    return obj
