"""Calls, construction, CallRuntime, closures and arguments objects.

JS-to-JS calls never recurse in Python: the handler builds the callee frame (enter_function),
saves its own return pc and hands the frame to the run loop (CALL).  Other callables (built-ins,
bound functions, proxies) are called directly.
"""
from __future__ import annotations

from scopejs.bytecode.opcodes import Op
from scopejs.bytecode.runtime_functions import RuntimeFunction
from scopejs.errors import EngineInternalError
from scopejs.interpreter.calls_support import enter_function, make_closure, prepare_construct
from scopejs.interpreter.dispatch import handler
from scopejs.interpreter.messages import throw_not_callable, throw_not_constructor
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.ecmascript_function import ECMAScriptFunction
from scopejs.runtime.objects.functions import BuiltinFunction, JSFunctionBase
from scopejs.runtime.values import UNDEFINED

CALL = -2
ESF = ECMAScriptFunction


def _call_maker(receiver_in_list):
    def make(d, callee, first, count):
        n = d.next
        interp = d.interp
        end = first + count
        index = d.index
        if receiver_in_list:
            args_start = first + 1

            def run(f):
                regs = f.regs
                fn = regs[callee]
                if fn.__class__ is ESF and not fn.is_class_constructor:
                    f.child = enter_function(interp, fn, regs[first], regs[args_start:end], f)
                    f.pc = n
                    return CALL
                if fn.__class__ is BuiltinFunction or isinstance(fn, JSFunctionBase):
                    f.acc = fn.Call(regs[first], regs[args_start:end])
                    return n
                throw_not_callable(f, index, fn)
        else:
            def run(f):
                regs = f.regs
                fn = regs[callee]
                if fn.__class__ is ESF and not fn.is_class_constructor:
                    f.child = enter_function(interp, fn, UNDEFINED, regs[first:end], f)
                    f.pc = n
                    return CALL
                if fn.__class__ is BuiltinFunction or isinstance(fn, JSFunctionBase):
                    f.acc = fn.Call(UNDEFINED, regs[first:end])
                    return n
                throw_not_callable(f, index, fn)
        return run
    return make


handler(Op.CallProperty, Op.CallAnyReceiver)(_call_maker(True))
handler(Op.CallUndefinedReceiver)(_call_maker(False))


def spread_values(value):
    """The elements of ``...value`` in an argument list (7.4 iteration protocol)."""
    from scopejs.interpreter.iteration_support import iterate_to_list
    return iterate_to_list(value)


@handler(Op.CallWithSpread)
def call_with_spread(d, callee, first, count):
    n = d.next
    interp = d.interp
    end = first + count
    index = d.index

    def run(f):
        regs = f.regs
        fn = regs[callee]
        args = regs[first + 1:end - 1]
        args.extend(spread_values(regs[end - 1]))
        if fn.__class__ is ESF and not fn.is_class_constructor:
            f.child = enter_function(interp, fn, regs[first], args, f)
            f.pc = n
            return CALL
        if isinstance(fn, JSFunctionBase):
            f.acc = fn.Call(regs[first], args)
            return n
        throw_not_callable(f, index, fn)
    return run


def do_construct(f, interp, n, index, ctor, args, new_target):
    if ctor.__class__ is ESF and ctor.is_constructor:
        f.child = prepare_construct(interp, ctor, args, new_target, f)
        f.pc = n
        return CALL
    if isinstance(ctor, JSFunctionBase) and ctor.is_constructor:
        f.acc = ctor.Construct(args, new_target)
        return n
    throw_not_constructor(f, index, ctor)


@handler(Op.Construct)
def construct(d, ctor_reg, first, count):
    n = d.next
    interp = d.interp
    end = first + count
    index = d.index

    def run(f):
        regs = f.regs
        return do_construct(f, interp, n, index, regs[ctor_reg], regs[first:end], f.acc)
    return run


@handler(Op.ConstructWithSpread)
def construct_with_spread(d, ctor_reg, first, count):
    n = d.next
    interp = d.interp
    end = first + count
    index = d.index

    def run(f):
        regs = f.regs
        args = regs[first:end - 1]
        args.extend(spread_values(regs[end - 1]))
        return do_construct(f, interp, n, index, regs[ctor_reg], args, f.acc)
    return run


@handler(Op.CallRuntime)
def call_runtime(d, function_id, first, count):
    from scopejs.interpreter.runtime_functions import RUNTIME_IMPLEMENTATIONS
    n = d.next
    end = first + count
    impl = RUNTIME_IMPLEMENTATIONS.get(RuntimeFunction(function_id))
    if impl is None:
        raise EngineInternalError(f"CallRuntime {RuntimeFunction(function_id).name} "
                                  f"is not implemented")

    def run(f):
        f.acc = impl(f, f.regs[first:end])
        return n
    return run


@handler(Op.GetSuperConstructor)
def get_super_constructor(d, dst):
    n = d.next

    def run(f):
        f.regs[dst] = f.acc.GetPrototypeOf()
        return n
    return run


@handler(Op.ThrowIfNotSuperConstructor)
def throw_if_not_super_constructor(d, r):
    n = d.next

    def run(f):
        ctor = f.regs[r]
        if not (isinstance(ctor, JSFunctionBase) and ctor.is_constructor):
            from scopejs.runtime.abstract_ops.object_operations import describe_for_error
            fn = f.regs[0]
            name = fn.debug_name() if isinstance(fn, JSFunctionBase) else ""
            throw_type_error(f"Super constructor {describe_for_error(ctor)} of "
                             f"{'anonymous class' if not name else name} is not a constructor")
        return n
    return run


@handler(Op.CreateClosure)
def create_closure(d, idx, flags):
    n = d.next
    sfi = d.constants[idx]

    def run(f):
        f.acc = make_closure(sfi, f.context, f.realm)
        return n
    return run


@handler(Op.CreateMappedArguments)
def create_mapped_arguments(d):
    n = d.next
    from scopejs.runtime.objects.arguments import CreateMappedArgumentsObject

    def run(f):
        info = f.bytecode.sfi.scope_info
        slots = getattr(info, "parameter_slots", ()) if info is not None else ()
        c = f.context
        while c is not None and info is not None and c.scope_info is not info:
            c = c.previous
        f.acc = CreateMappedArgumentsObject(f.realm, f.regs[0], f.arguments,
                                            c if c is not None else f.context, slots)
        return n
    return run


@handler(Op.CreateUnmappedArguments)
def create_unmapped_arguments(d):
    n = d.next
    from scopejs.runtime.objects.arguments import CreateUnmappedArgumentsObject

    def run(f):
        f.acc = CreateUnmappedArgumentsObject(f.realm, f.arguments)
        return n
    return run


@handler(Op.CreateRestParameter)
def create_rest_parameter(d):
    n = d.next
    formal = d.sfi.formal_parameter_count

    def run(f):
        f.acc = f.realm.new_array(f.arguments[formal:])
        return n
    return run
