"""The call protocol: closures (CreateClosure), frames for [[Call]]/[[Construct]], this binding.

``enter_function`` is the one place a frame for an ECMAScript function is built: it compiles the
function at its first call (lazy compilation), binds ``this`` (10.2.1.2 OrdinaryCallBindThis)
and lays out the register file.  The call handlers push that frame on the run loop's explicit
stack; built-ins reach the same code through ``call_function`` (re-entering the run loop).
"""
from __future__ import annotations

from scopejs.bytecode.shared_function_info import EXACT_ARITIES, FunctionKind, ThisMode
from scopejs.interpreter.dispatch import decode
from scopejs.interpreter.frame import (
    POST_ASYNC, POST_CONSTRUCT_BASE, POST_CONSTRUCT_DERIVED, Frame,
)
from scopejs.runtime.abstract_ops.function_operations import OrdinaryCreateFromConstructor
from scopejs.runtime.abstract_ops.object_operations import note_constructed_by
from scopejs.runtime.abstract_ops.type_conversion import ToNumber, ToObject
from scopejs.runtime.completion import ThrowCompletion, throw_range_error, throw_type_error
from scopejs.runtime.objects.ecmascript_function import (
    CONSTRUCTOR_DERIVED, LAZY_PROTOTYPE_OF_KIND, THIS_GLOBAL,
    THIS_LEXICAL, THIS_STRICT, ECMAScriptFunction,
)
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import HOLE, NULL, UNDEFINED

_THIS_MODES = {ThisMode.LEXICAL: THIS_LEXICAL, ThisMode.STRICT: THIS_STRICT,
               ThisMode.GLOBAL: THIS_GLOBAL}

_GENERATOR_KINDS = frozenset({FunctionKind.GENERATOR, FunctionKind.GENERATOR_METHOD})
_ASYNC_GENERATOR_KINDS = frozenset({FunctionKind.ASYNC_GENERATOR,
                                    FunctionKind.ASYNC_GENERATOR_METHOD})
_ASYNC_KINDS = frozenset({FunctionKind.ASYNC, FunctionKind.ASYNC_ARROW, FunctionKind.ASYNC_METHOD})

# Which %...% prototype a new closure of each kind gets.
_PROTO_OF_KIND = {
    FunctionKind.GENERATOR: "%GeneratorFunction.prototype%",
    FunctionKind.GENERATOR_METHOD: "%GeneratorFunction.prototype%",
    FunctionKind.ASYNC: "%AsyncFunction.prototype%",
    FunctionKind.ASYNC_ARROW: "%AsyncFunction.prototype%",
    FunctionKind.ASYNC_METHOD: "%AsyncFunction.prototype%",
    FunctionKind.ASYNC_GENERATOR: "%AsyncGeneratorFunction.prototype%",
    FunctionKind.ASYNC_GENERATOR_METHOD: "%AsyncGeneratorFunction.prototype%",
}
_INSTANCE_PROTO_OF_KIND = {
    FunctionKind.GENERATOR: "%GeneratorFunction.prototype.prototype%",
    FunctionKind.GENERATOR_METHOD: "%GeneratorFunction.prototype.prototype%",
    FunctionKind.ASYNC_GENERATOR: "%AsyncGeneratorFunction.prototype.prototype%",
    FunctionKind.ASYNC_GENERATOR_METHOD: "%AsyncGeneratorFunction.prototype.prototype%",
}

# What CreateClosure's MakeConstructor / generator prototype gives each kind (materialised lazily).
LAZY_PROTOTYPE_OF_KIND[FunctionKind.NORMAL] = None
LAZY_PROTOTYPE_OF_KIND.update(_INSTANCE_PROTO_OF_KIND)

_TAILS = [(UNDEFINED,) * n for n in range(256)]   # initial values of r0..rN
ASYNC_FUNCTION = "async function"   # ECMAScriptFunction.extra marker: start a promise per call


# 10.2.3 OrdinaryFunctionCreate + 10.2.5 MakeConstructor, as CreateClosure needs them
def make_closure(sfi, context, realm):
    proto_name, this_mode, strict, kind, is_constructor, plain = closure_shape(sfi)
    proto = realm.function_prototype if proto_name is None else realm.intrinsics.get(
        proto_name, realm.function_prototype)
    fn = ECMAScriptFunction(proto, realm, sfi, context, this_mode, strict, kind, is_constructor,
                            True)
    # length, name and prototype are created on first use (ECMAScriptFunction._materialise)
    if not plain:
        if sfi.is_async and not sfi.is_generator:
            fn.extra = ASYNC_FUNCTION
        if sfi.is_class_constructor:
            fn.is_class_constructor = True
            if sfi.is_derived_constructor:
                fn.constructor_kind = CONSTRUCTOR_DERIVED
    return fn


def closure_shape(sfi):
    """What make_closure derives from ``sfi`` the same way for each of its closures, as the
    tuple (the prototype's intrinsic name or None for %Function.prototype%, [[ThisMode]],
    [[Strict]], the kind, whether it is a constructor, ``plain``: no field an async function or
    a class constructor sets differs from ECMAScriptFunction's defaults).  Made once (the SFI's
    fields are final when its first closure is made, or CreateClosure is decoded): a tuple
    instead of two dict lookups and four field tests per closure (a plain tuple: unpacking a
    named tuple costs three times as much)."""
    shape = sfi.closure_shape
    if shape is None:
        plain = not (sfi.is_async and not sfi.is_generator) and not sfi.is_class_constructor
        shape = sfi.closure_shape = (_PROTO_OF_KIND.get(sfi.kind), _THIS_MODES[sfi.this_mode],
                                     sfi.is_strict, sfi.kind, sfi.is_constructor, plain)
    return shape


def compile_sfi(interp, sfi):
    """Compile a lazily created function at its first call (bytecode.compiler)."""
    from scopejs.bytecode.compiler import compile_function
    compile_function(sfi)
    if interp.on_compile is not None:
        interp.on_compile(sfi)
    return sfi.bytecode


def bind_this(fn, this):
    """10.2.1.2 OrdinaryCallBindThis for a non-lexical function."""
    if fn.this_mode == THIS_GLOBAL:
        if this is UNDEFINED or this is NULL:
            return fn.realm.global_env.global_this
        if not isinstance(this, JSObject):
            return ToObject(this)
    return this


def enter_function(interp, fn, this, args, parent, new_target=UNDEFINED, post=0):
    """A fresh frame running ``fn`` with ``this`` (before binding) and ``args``."""
    sfi = fn.sfi
    bc = sfi.bytecode
    if bc is None:
        bc = compile_sfi(interp, sfi)
    code = bc.decoded
    if code is None:
        code = decode(bc, interp, sfi)
        if interp.tier is not None:
            interp.tier.attach(bc)
    st = bc.tier
    if st is not None:   # the optimizing tier's invocation counter (scopejs/tiering)
        st.calls += 1
        if st.calls == st.trigger:
            interp.tier.on_call(bc, st)
    if fn.this_mode == THIS_GLOBAL:
        if this is UNDEFINED or this is NULL:
            this = fn.realm.global_env.global_this
        elif not isinstance(this, JSObject):
            this = ToObject(this)
    p = bc.parameter_count
    la = len(args)
    n = bc.register_count
    tail = _TAILS[n] if n < 256 else (UNDEFINED,) * n
    if la == p:
        regs = [fn, new_target, this, *args, *tail]
    elif la < p:
        regs = [fn, new_target, this, *args, *_TAILS[p - la], *tail] if p - la < 256 else \
            [fn, new_target, this, *args, *((UNDEFINED,) * (p - la)), *tail]
    else:
        regs = [fn, new_target, this, *args[:p], *tail]
    interp.budget -= 1
    if interp.budget < 0:
        interp.out_of_budget()
    depth = parent.depth + 1 if parent is not None else 1
    if depth > interp.max_depth:
        throw_range_error("Maximum call stack size exceeded")
    frame = Frame(code, regs, fn.environment, args, parent, bc, depth, fn.realm)
    if post:
        frame.post = post
    if fn.extra is ASYNC_FUNCTION:
        from scopejs.interpreter.generators_support import start_async_function
        start_async_function(frame)
    if interp.tracer is not None:   # execution hook (scopejs/inspect/debugger/hook.py)
        interp.tracer.enter_frame(frame)
    return frame


def throw_class_constructor_call(fn):
    """10.2.1 [[Call]] step 4 of a class constructor: the TypeError is created in calleeContext,
    with F's Realm."""
    raise ThrowCompletion(fn.realm.new_error(
        "TypeError", f"Class constructor {fn.debug_name()} cannot be invoked without 'new'"))


def call_frame(interp, fn, this, args, parent):
    """The Frame running [[Call]] of ECMAScript function ``fn`` in the run loop (the call
    templates' path for a callee without a direct form)."""
    if fn.is_class_constructor:
        throw_class_constructor_call(fn)
    return enter_function(interp, fn, this, args, parent)


def python_call(interp):
    """The [[Call]] of an ECMAScript function from Python (built-ins, the API) for ``interp``:
    ``call(fn, this, args)``, which the evaluator hook installs as its ``call_function``.  A
    closure over the interpreter, so that a built-in's callback (a sort comparator, a map
    function) is two Python calls away from the callee's direct code."""
    def call_function(fn, this, args):
        if fn.is_class_constructor:
            throw_class_constructor_call(fn)
        direct = fn.sfi.direct
        if direct is not None:   # optimized (scopejs/tiering/direct.py): no frame, no nested loop
            return direct(fn, this, list(args), _enter_direct(interp))
        return interp.run(enter_function(interp, fn, this, list(args), interp.top))
    return call_function


def python_caller(interp, call_function):
    """Evaluator.function_caller for ``interp``: ``caller(fn, this, argc, number)`` gives
    ``call(a1, ..., a_argc)``.  While ``fn`` has an exact-arity entry for ``argc`` arguments
    (tiering/direct.py: ``sfi.exact``) a call goes straight into it -- no argument list to
    build or unpack, one Python frame (``call``) between the built-in and the callee's code;
    otherwise it is call_function's.  The entry is looked up at each call (a deoptimization
    clears it).  With ``number`` the result is ToNumber's (a comparator's: CompareArrayElements
    step 4), in the same frame.  Two arguments (a sort comparator) have a call of their own: a
    tuple of arguments and a call through it would cost a tenth of a sort's time."""
    def caller(fn, this, argc, number=False):
        if fn.is_class_constructor or argc >= EXACT_ARITIES:
            def general(*args):
                v = call_function(fn, this, list(args))
                return v if not number or v.__class__ is float else ToNumber(v)
            return general
        sfi = fn.sfi
        top = interp.top
        depth = top.depth + 1 if top is not None else 1   # (the built-in's caller's callee)

        def call(*args):
            entry = sfi.exact[argc]
            if entry is None:
                v = call_function(fn, this, list(args))
            else:
                _charge(interp)
                v = entry(fn, this, depth, *args)
            return v if not number or v.__class__ is float else ToNumber(v)

        def call2(a, b):   # (call, for two arguments)
            entry = sfi.exact[2]
            if entry is None:
                v = call_function(fn, this, [a, b])
            else:
                interp.budget -= 1   # (_charge's step, without its frame)
                if interp.budget < 0:
                    interp.out_of_budget()
                v = entry(fn, this, depth, a, b)
            return v if not number or v.__class__ is float else ToNumber(v)
        return call2 if argc == 2 else call
    return caller


def _charge(interp):
    """A call from Python into direct code charges the step budget (direct code without call
    instructions does not charge itself: direct.py)."""
    interp.budget -= 1
    if interp.budget < 0:
        interp.out_of_budget()


def _enter_direct(interp):
    """A call from Python into direct code: charge the step budget (_charge) and return the
    callee's depth."""
    _charge(interp)
    top = interp.top
    return top.depth + 1 if top is not None else 1


def run_in_interpreter(interp, fn, this, args, new_target=UNDEFINED):
    """A call (``new_target`` undefined) or a base-constructor call with ``this`` already made
    (construct_direct) run by the run loop: where direct code declines to run."""
    post = 0 if new_target is UNDEFINED else POST_CONSTRUCT_BASE
    return interp.run(enter_function(interp, fn, this, args, interp.top, new_target, post))


def construct_function(interp, fn, args, new_target):
    """10.2.2 [[Construct]] of an ECMAScript function from Python."""
    direct = fn.sfi.direct
    if direct is not None and new_target is fn:
        return construct_direct(fn, args, direct, _enter_direct(interp))
    frame = prepare_construct(interp, fn, args, new_target, interp.top)
    return interp.run(frame)


def construct_direct(fn, args, direct, depth):
    """10.2.2 [[Construct]] (newTarget = F) of a function with a direct form (only plain
    functions have one: a base constructor without class fields): steps 5-12."""
    this = ordinary_this(fn, fn)
    result = direct(fn, this, args, depth, fn)
    return result if isinstance(result, JSObject) else this


def ordinary_this(fn, new_target):
    """10.2.2 [[Construct]] step 5.a: OrdinaryCreateFromConstructor(newTarget,
    "%Object.prototype%") for a base constructor."""
    # new F(): F's own "prototype" data property is what Get(F, "prototype") returns (10.1.14)
    proto = fn.props.get("prototype") if new_target is fn else None
    if isinstance(proto, JSObject):
        this = JSObject(proto)
        if "constructor" not in proto.props:   # rare: V8's map constructor may be needed
            note_constructed_by(this, fn)
        return this
    return OrdinaryCreateFromConstructor(new_target, "%Object.prototype%")


def prepare_construct(interp, fn, args, new_target, parent):
    """10.2.2 [[Construct]] steps 1-7: the frame (this bound for base constructors)."""
    if fn.constructor_kind == CONSTRUCTOR_DERIVED:
        return enter_function(interp, fn, HOLE, args, parent, new_target,
                              POST_CONSTRUCT_DERIVED)
    this = ordinary_this(fn, new_target)
    frame = enter_function(interp, fn, this, args, parent, new_target, POST_CONSTRUCT_BASE)
    if fn.fields is not None or fn.private_methods is not None:
        from scopejs.interpreter.runtime_functions import initialize_instance_elements
        initialize_instance_elements(this, fn)
    return frame


def construct_result(frame, value):
    """10.2.2 [[Construct]] steps 10-12: the return-override rules."""
    if isinstance(value, JSObject):
        return value
    if frame.post == POST_CONSTRUCT_BASE:
        return frame.regs[2]
    if value is not UNDEFINED:
        throw_type_error("Derived constructors may only return object or undefined")
    this = current_this(frame)
    if this is HOLE:
        from scopejs.runtime.completion import throw_reference_error
        throw_reference_error("Must call super constructor in derived class before accessing "
                              "'this' or returning from derived constructor")
    return this


def current_this(frame):
    """The this binding of a (derived constructor) frame: the receiver register, or its context
    slot when the compiler put `this` in a context (captured by an arrow)."""
    this = frame.regs[2]
    if this is HOLE:
        sfi = frame.bytecode.sfi
        scope_info = getattr(sfi, "scope_info", None)
        slot = getattr(scope_info, "receiver_slot", None) if scope_info is not None else None
        if slot is not None:
            c = frame.context
            while c is not None:
                if c.scope_info is scope_info:
                    return c.slots[slot]
                c = c.previous
    return this


def post_return(interp, frame, value):
    """What happens when a frame with a ``post`` action returns normally."""
    post = frame.post
    if post <= POST_CONSTRUCT_DERIVED:
        if frame.entry or frame.parent is None:
            return construct_result(frame, value)
        # 10.2.2 [[Construct]] step 11 restores callerContext before steps 12-13 may throw:
        # their errors belong to the caller's Realm (the loop restores it right after anyway).
        agent = interp.realm.agent
        callee_realm = agent.current_realm
        agent.current_realm = frame.parent.realm
        try:
            return construct_result(frame, value)
        finally:
            agent.current_realm = callee_realm
    if post == POST_ASYNC:
        from scopejs.interpreter.generators_support import async_function_return
        return async_function_return(frame, value)
    from scopejs.interpreter.generators_support import generator_return
    return generator_return(frame, value)


def post_throw(interp, frame, exc):
    """A throw escapes ``frame`` (post >= POST_ASYNC): -> (handled, value).  An async function
    turns it into a rejected promise (handled: the caller gets the promise); a generator is
    marked completed and the throw goes on (not handled), except in async generators."""
    if frame.post == POST_ASYNC:
        from scopejs.interpreter.generators_support import async_function_throw
        return True, async_function_throw(frame, exc)
    from scopejs.interpreter.generators_support import generator_throw
    return generator_throw(frame, exc)
