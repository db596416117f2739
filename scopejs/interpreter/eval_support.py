"""eval (19.2.1 PerformEval, direct and indirect), EvalDeclarationInstantiation's var hoisting
into the caller's variable environment, and CreateDynamicFunction (20.2.1.1.1).

Direct eval code is compiled against the ScopeInfo chain of the caller's live context (the
compiler rebuilds the outer scopes from it), then run in a frame whose context is the caller's
current context: the eval'd code reads and writes the caller's context slots directly.
"""
from __future__ import annotations

from scopejs.errors import JSSyntaxError
from scopejs.interpreter.dispatch import decode
from scopejs.interpreter.frame import Frame
from scopejs.runtime.abstract_ops.type_conversion import ToString
from scopejs.runtime.completion import throw_error
from scopejs.runtime.values import UNDEFINED


def _parse_eval(host, source, name="eval"):
    from scopejs.parsing.parser import parse
    try:
        return parse(source, module=False, lazy=host.engine.lazy, name=name)
    except JSSyntaxError as err:
        throw_error(err.kind if err.kind else "SyntaxError", err.message)


def _scope_infos(context):
    infos = []
    c = context
    while c is not None:
        infos.append(c.scope_info)
        c = c.previous
    return infos


def _compile_eval(program, context, strict):
    from scopejs.bytecode import compiler
    return compiler.compile_eval(program, _scope_infos(context), strict)


def _run_eval_code(host, realm, sfi, context, this, new_target=UNDEFINED, function=None):
    from scopejs.interpreter.host import ScriptClosure
    interp = host.interpreter
    bc = sfi.bytecode
    code = bc.decoded or decode(bc, interp, sfi)
    closure = ScriptClosure(context)
    regs = [closure, new_target, this]
    regs.extend((UNDEFINED,) * (bc.parameter_count + bc.register_count))
    top = interp.top
    frame = Frame(code, regs, context, [], top, bc, top.depth + 1 if top else 1, realm)
    if interp.on_compile is not None:
        interp.on_compile(sfi)
    return interp.run(frame)


def perform_indirect_eval(host, realm, source):
    """19.2.1.1 PerformEval ( x, strictCaller=false, direct=false )"""
    if source.__class__ is not str:
        return source
    program = _parse_eval(host, source)
    sfi = _compile_eval(program, None, False)
    return _run_eval_code(host, realm, sfi, None, realm.global_env.global_this)


def perform_direct_eval(frame, callee, argument, strict, position=UNDEFINED,
                        this_function=UNDEFINED):
    """19.2.1.1 PerformEval for a direct call `eval(x)` from ``frame``."""
    realm = frame.realm
    if callee is not realm.intrinsics.get("%eval%"):
        return callee.Call(UNDEFINED, [argument]) if hasattr(callee, "Call") else \
            _not_callable(callee)
    if argument.__class__ is not str:
        return argument
    host = realm.agent.evaluator.host
    program = _parse_eval(host, argument)
    sfi = _compile_eval(program, frame.context, bool(strict))
    from scopejs.interpreter.calls_support import current_this
    return _run_eval_code(host, realm, sfi, frame.context, current_this(frame),
                          frame.regs[1], frame.regs[0])


def _not_callable(value):
    from scopejs.runtime.abstract_ops.object_operations import describe_for_error
    from scopejs.runtime.completion import throw_type_error
    throw_type_error(f"{describe_for_error(value)} is not a function")


def _var_context(frame):
    """The context holding the caller's variable environment (a declaration scope with an
    eval extension), or None for the global environment."""
    c = frame.context
    while c is not None:
        info = c.scope_info
        if getattr(info, "is_declaration_scope", False) and getattr(info, "has_extension", False):
            return c
        c = c.previous
    return None


def declare_eval_vars(frame, decls):
    """19.2.1.3 EvalDeclarationInstantiation for sloppy direct eval: var and function names go
    into the variable environment (the function context's extension, or the global object)."""
    target = _var_context(frame)
    names = (*decls.function_names, *decls.var_names)
    if target is None:
        env = frame.realm.global_env
        for name in names:
            if env.HasLexicalDeclaration(name):
                throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
        for name in decls.function_names:
            if not env.CanDeclareGlobalFunction(name):
                from scopejs.runtime.completion import throw_type_error
                throw_type_error(f"Cannot redefine property: {name}")
        for name in decls.function_names:
            env.CreateGlobalFunctionBinding(name, UNDEFINED, True)
        for name in decls.var_names:
            if name not in decls.function_names:
                env.CreateGlobalVarBinding(name, True)
        return UNDEFINED
    info = target.scope_info
    slots = target.slots
    n = len(info.names)
    while len(slots) <= n:
        slots.append(None)
    ext = slots[n]
    if ext is None:
        ext = slots[n] = {}
    for name in names:
        if name in info.slot_index:
            continue
        if name not in ext:
            ext[name] = UNDEFINED
    return UNDEFINED


def initialize_eval_var(frame, name, value):
    from scopejs.interpreter import lookup
    target = _var_context(frame)
    if target is None:
        frame.realm.global_env.set_global(name, value, False)
        return UNDEFINED
    info = target.scope_info
    i = info.slot_index.get(name)
    if i is not None:
        target.slots[i] = value
    else:
        target.slots[len(info.names)][name] = value
    del lookup
    return UNDEFINED


_PREFIX = {"normal": "function", "generator": "function*", "async": "async function",
           "asyncGenerator": "async function*"}
_FALLBACK_PROTO = {"normal": "%Function.prototype%",
                   "generator": "%GeneratorFunction.prototype%",
                   "async": "%AsyncFunction.prototype%",
                   "asyncGenerator": "%AsyncGeneratorFunction.prototype%"}


def create_dynamic_function(host, realm, constructor, new_target, kind, args):
    """20.2.1.1.1 CreateDynamicFunction ( constructor, newTarget, kind, parameterArgs, bodyArg )"""
    params = [ToString(a) for a in args[:-1]]
    body = ToString(args[-1]) if args else ""
    p = ",".join(params)
    source_text = f"{_PREFIX[kind]} anonymous({p}\n) {{\n{body}\n}}"
    # Check parameters and body separately first (as the spec parses them separately).
    from scopejs.parsing.parser import parse
    for probe in (f"({_PREFIX[kind]} ({p}\n) {{}})", f"({_PREFIX[kind]} () {{\n{body}\n}})"):
        try:
            parse(probe, module=False, lazy=True, name="anonymous")
        except JSSyntaxError as err:
            throw_error("SyntaxError", err.message)
    program = _parse_eval(host, f"({source_text})", "anonymous")
    sfi = _compile_eval(program, None, False)
    fn = _run_eval_code(host, realm, sfi, None, realm.global_env.global_this)
    from scopejs.runtime.abstract_ops.function_operations import GetPrototypeFromConstructor
    fn.proto = GetPrototypeFromConstructor(new_target, _FALLBACK_PROTO[kind])
    return fn
