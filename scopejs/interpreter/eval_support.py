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


class EvalContext:
    """What the eval code may contain, from its caller (19.2.1.1 PerformEval steps 4-10):
    strictness, new.target (inFunction), super.x (inMethod), super() (inDerivedConstructor)."""
    __slots__ = ("strict", "new_target", "super_property", "super_call", "field_initializer")

    def __init__(self, strict=False, new_target=False, super_property=False, super_call=False,
                 field_initializer=False):
        self.strict = strict
        self.new_target = new_target
        self.super_property = super_property
        self.super_call = super_call
        self.field_initializer = field_initializer


def _eval_parser_class():
    from scopejs.parsing import early_errors as ee
    from scopejs.parsing.parser import Parser

    class EvalParser(Parser):
        """A Script parse whose top level is eval code in the caller's context."""
        eval_context = EvalContext()

        def enter_scope(self, flags):
            if not self.scope_stack:
                ctx = self.eval_context
                if ctx.super_property:
                    flags |= ee.SCOPE_SUPER
                if ctx.super_call:
                    flags |= ee.SCOPE_DIRECT_SUPER
            return Parser.enter_scope(self, flags)

        @property
        def allow_new_target(self):
            return Parser.allow_new_target.fget(self) or self.eval_context.new_target

    return EvalParser


_EVAL_PARSER = None


def _parse_eval(host, source, name="eval", context=None):
    global _EVAL_PARSER
    from scopejs.parsing.parser import _with_recursion_guard
    from scopejs.source.text import SourceText
    if _EVAL_PARSER is None:
        _EVAL_PARSER = _eval_parser_class()
    text = SourceText.from_str(source, name)
    parser = _EVAL_PARSER(text, module=False, lazy=host.engine.lazy)
    if context is not None:
        parser.eval_context = context
        parser.strict = context.strict
    try:
        return _with_recursion_guard(parser.parse_top_level, text)
    except JSSyntaxError as err:
        throw_error(err.kind if err.kind else "SyntaxError", err.message)


def eval_context_of(frame, strict):
    """The EvalContext of a direct eval called from ``frame``."""
    from scopejs.bytecode.shared_function_info import FunctionKind as K
    sfi = frame.bytecode.sfi
    kind = getattr(sfi, "kind", None)
    if kind in (K.SCRIPT, K.MODULE, None):
        return EvalContext(strict)
    if kind is K.EVAL:
        # nested eval: inherit from the enclosing eval's caller (kept on the frame's closure)
        outer = getattr(frame.regs[0], "eval_context", None)
        if outer is not None:
            return EvalContext(strict or outer.strict, outer.new_target, outer.super_property,
                               outer.super_call, outer.field_initializer)
        return EvalContext(strict)
    if sfi.is_arrow:
        # an arrow's permissions are its enclosing function's: be permissive here
        return EvalContext(strict, True, True, bool(getattr(sfi, "needs_home_object", False)))
    method = sfi.is_method or sfi.is_class_constructor or kind in (K.GETTER, K.SETTER)
    return EvalContext(strict, True, method, bool(sfi.is_derived_constructor),
                       kind in (K.CLASS_FIELDS_INITIALIZER,))


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


def _run_eval_code(host, realm, sfi, context, this, new_target=UNDEFINED, function=None,
                   eval_context=None):
    from scopejs.interpreter.frame import ScriptClosure
    interp = host.interpreter
    bc = sfi.bytecode
    code = bc.decoded or decode(bc, interp, sfi)
    closure = ScriptClosure(context)
    if function is not None:
        # super.x inside eval code uses the calling method's [[HomeObject]]
        closure.home_object = getattr(function, "home_object", UNDEFINED)
        closure.eval_context = eval_context
        closure.function = function
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
    context = eval_context_of(frame, bool(strict))
    program = _parse_eval(host, argument, "eval", context)
    sfi = _compile_eval(program, frame.context, bool(strict))
    from scopejs.interpreter.calls_support import current_this
    return _run_eval_code(host, realm, sfi, frame.context, current_this(frame),
                          frame.regs[1], frame.regs[0], context)


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
    _check_parameter_eval(frame, names)
    # 19.2.1.3 step 3.d: a var may not hoist over a binding of an intermediate scope
    c = frame.context
    while c is not None and c is not target:
        info = c.scope_info
        if info is not None and not getattr(info, "is_with", False):
            is_catch = getattr(info, "scope_type", "") == "catch"
            for name in names:
                if name in info.slot_index and not (is_catch and name in decls.var_names):
                    throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
        c = c.previous
    if target is not None:
        info = target.scope_info
        for name in names:
            i = info.slot_index.get(name)
            if i is not None and info.modes[i] in ("let", "const", "class"):
                throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
    if target is None:
        env = frame.realm.global_env
        for name in names:
            if env.HasLexicalDeclaration(name):
                throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
        for name in decls.function_names:
            if not env.CanDeclareGlobalFunction(name):
                from scopejs.runtime.completion import throw_type_error
                throw_type_error(f"Cannot redefine property: {name}")
        for name in decls.var_names:
            if name not in decls.function_names and not env.CanDeclareGlobalVar(name):
                from scopejs.runtime.completion import throw_type_error
                throw_type_error(f"Cannot define property {name}, object is not extensible")
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


def _parameter_names(params):
    from scopejs.parsing.static_semantics import bound_names
    out = []
    for p in params or ():
        bound_names(p, out)
    return set(out)


def _check_parameter_eval(frame, names):
    """An eval in a parameter expression runs in the parameter environment (10.2.11 step 20):
    its vars may not redeclare `arguments` (the arguments object's binding in a non-arrow
    function, or a parameter named so)."""
    caller = frame.parent
    if caller is None:
        return
    sfi = caller.bytecode.sfi
    node = getattr(sfi, "node", None)
    if node is None or getattr(sfi, "has_simple_parameters", True) or \
            getattr(node, "body", None) is None or not hasattr(node, "params"):
        return
    from scopejs.interpreter.stack import js_frames
    pc = next((pc for f, pc, _ in js_frames() if f is caller), None)
    pos = caller.bytecode.source_position_at(pc) if pc is not None else None
    if pos is None or pos[0] >= node.body.start:
        return
    # V8/test262: only `arguments` conflicts (the arguments object, or a parameter of that name)
    if "arguments" not in names:
        return
    if not sfi.is_arrow or "arguments" in _parameter_names(node.params):
        for name in ("arguments",):
            throw_error("SyntaxError", f"Identifier '{name}' has already been declared")


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
