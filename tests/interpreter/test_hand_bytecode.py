"""The run loop on hand-assembled bytecode (independent of the compiler): calls without Python
recursion, deep recursion, the depth limit as a catchable RangeError, step limits."""
import pytest

from scopejs.api import Engine
from scopejs.bytecode.bytecode_array import BytecodeArray, HandlerTableEntry
from scopejs.bytecode.opcodes import Op
from scopejs.bytecode.shared_function_info import FunctionKind, SharedFunctionInfo
from scopejs.errors import ResourceLimitError
from scopejs.interpreter.calls_support import make_closure
from scopejs.runtime.abstract_ops.object_operations import Call
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.values import UNDEFINED

A0, R0, R1, R2 = 3, 4, 5, 6


def function(engine, name, instructions, constants=(), registers=3, params=1, handlers=()):
    sfi = SharedFunctionInfo(name, None, FunctionKind.NORMAL, is_strict=True,
                             formal_parameter_count=params, length=params)
    sfi.bytecode = BytecodeArray(name, list(instructions), list(constants), list(handlers), [],
                                 registers, params, sfi)
    fn = make_closure(sfi, None, engine.realm)
    engine.realm.global_object.props[name] = fn
    # These tests call the runtime directly, outside the Engine's API (which makes its agent
    # the thread's surrounding agent for each call): do it here.
    engine.agent.activate()
    return fn


def fib(engine):
    return function(engine, "fib", [
        (Op.LdaSmi, (2,)), (Op.TestLessThan, (A0,)), (Op.JumpIfFalse, (5,)), (Op.Ldar, (A0,)),
        (Op.Return, ()),
        (Op.LdaGlobal, (0,)), (Op.Star, (R0,)), (Op.Ldar, (A0,)), (Op.SubSmi, (1,)),
        (Op.Star, (R1,)), (Op.CallUndefinedReceiver, (R0, R1, 1)), (Op.Star, (R2,)),
        (Op.Ldar, (A0,)), (Op.SubSmi, (2,)), (Op.Star, (R1,)),
        (Op.CallUndefinedReceiver, (R0, R1, 1)), (Op.Add, (R2,)), (Op.Return, ()),
    ], ["fib"])


def rec(engine):
    # rec(n) = n === 0 ? 0 : rec(n - 1) + 1
    return function(engine, "rec", [
        (Op.LdaZero, ()), (Op.TestEqualStrict, (A0,)), (Op.JumpIfFalse, (5,)), (Op.LdaZero, ()),
        (Op.Return, ()),
        (Op.LdaGlobal, (0,)), (Op.Star, (R0,)), (Op.Ldar, (A0,)), (Op.SubSmi, (1,)),
        (Op.Star, (R1,)), (Op.CallUndefinedReceiver, (R0, R1, 1)), (Op.AddSmi, (1,)),
        (Op.Return, ()),
    ], ["rec"], registers=2)


def test_js_to_js_calls():
    engine = Engine()
    assert Call(fib(engine), UNDEFINED, [15.0]) == 610.0


def test_ten_thousand_deep_recursion_works():
    engine = Engine()
    assert Call(rec(engine), UNDEFINED, [10000.0]) == 10000.0


def test_hundred_thousand_deep_recursion_is_a_range_error():
    engine = Engine()
    with pytest.raises(ThrowCompletion) as info:
        Call(rec(engine), UNDEFINED, [100000.0])
    err = info.value.value
    assert err.props["message"] == "Maximum call stack size exceeded"
    assert err.Get("stack", err).startswith("RangeError: Maximum call stack size exceeded")


def test_range_error_is_catchable_by_a_handler():
    engine = Engine()
    rec(engine)
    # try { return rec(a0) } catch (e) { return "caught" }
    fn = function(engine, "safe", [
        (Op.LdaGlobal, (0,)), (Op.Star, (R0,)), (Op.Ldar, (A0,)), (Op.Star, (R1,)),
        (Op.CallUndefinedReceiver, (R0, R1, 1)), (Op.Return, ()),
        (Op.LdaConstant, (1,)), (Op.Return, ()),
    ], ["rec", "caught"], handlers=[HandlerTableEntry(0, 6, 6, R2)])
    fn_regs_context = None  # noqa: F841 - the handler restores ctx from r2 (undefined here)
    assert Call(fn, UNDEFINED, [100000.0]) == "caught"


def test_step_limit_stops_an_infinite_loop():
    engine = Engine(max_steps=1000)
    fn = function(engine, "spin", [(Op.JumpLoop, (0, 0))], registers=0, params=0)
    with pytest.raises(ResourceLimitError):   # limits hold per call of the Engine's API
        engine.call("spin")


def test_loop_sums():
    engine = Engine()
    fn = function(engine, "loop", [
        (Op.LdaZero, ()), (Op.Star, (R0,)), (Op.LdaZero, ()), (Op.Star, (R1,)),
        (Op.Ldar, (A0,)), (Op.TestLessThan, (R1,)), (Op.JumpIfFalse, (14,)),
        (Op.Ldar, (R1,)), (Op.Add, (R0,)), (Op.Star, (R0,)),
        (Op.Ldar, (R1,)), (Op.Inc, ()), (Op.Star, (R1,)), (Op.JumpLoop, (4, 0)),
        (Op.Ldar, (R0,)), (Op.Return, ()),
    ], registers=2)
    assert Call(fn, UNDEFINED, [100.0]) == 4950.0
