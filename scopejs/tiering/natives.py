"""V8's test intrinsics for the tier, callable as `%Name(f)` under --allow-natives-syntax.

The parser turns `%Name(args)` into a call of the hidden global "%Name" (no JS identifier can
spell it); this module defines those globals on a realm.  Each takes a function; anything else
gives undefined, as V8's release builds do.
"""
from __future__ import annotations

from scopejs.runtime.objects.ecmascript_function import ECMAScriptFunction
from scopejs.runtime.property import WC
from scopejs.runtime.values import UNDEFINED
from scopejs.tiering.tier import STATUS_INTERPRETED, STATUS_IS_FUNCTION


def install_natives(realm, interp):
    def bytecode_of(fn):
        """The function's BytecodeArray, compiled now if it is still lazy."""
        sfi = fn.sfi
        if sfi.bytecode is None:
            from scopejs.interpreter.calls_support import compile_sfi
            compile_sfi(interp, sfi)
        return sfi.bytecode

    def natives(name, length):
        def define(behavior):
            def call(realm_, this, fn=UNDEFINED, *rest):
                if fn.__class__ is not ECMAScriptFunction:
                    return UNDEFINED
                return behavior(fn, bytecode_of(fn), interp.tier)
            realm.global_object.define_own_value(
                "%" + name, realm.new_function(call, length, name), WC)
            return behavior
        return define

    @natives("PrepareFunctionForOptimization", 1)
    def prepare(fn, bc, tier):
        if tier is not None:
            tier.attach(bc).prepared = True
        return UNDEFINED

    @natives("OptimizeFunctionOnNextCall", 1)
    def optimize_on_next_call(fn, bc, tier):
        if tier is not None:
            st = tier.attach(bc)
            if st.optimized is None and not st.never:
                st.marked = True
                st.trigger = st.calls + 1
        return UNDEFINED

    @natives("DeoptimizeFunction", 1)
    def deoptimize(fn, bc, tier):
        if tier is not None:
            tier.deoptimize(bc, None, "%DeoptimizeFunction")
        return UNDEFINED

    @natives("NeverOptimizeFunction", 1)
    def never(fn, bc, tier):
        if tier is not None:
            tier.deoptimize(bc, None, "%NeverOptimizeFunction")
            tier.attach(bc).never = True
        return UNDEFINED

    @natives("GetOptimizationStatus", 1)
    def status(fn, bc, tier):
        if tier is None:
            return float(STATUS_IS_FUNCTION | STATUS_INTERPRETED)
        return float(tier.status(bc))
