"""Compiler entry points: analysed AST -> SharedFunctionInfo with BytecodeArray.

- ``compile_script(program)`` / ``compile_module(program)``: the top-level code (analyses the
  program first if it has no scopes yet).
- ``compile_function(sfi)``: an inner function at its first call (forces the lazy parse,
  completes scope analysis, generates).  Functions never called are never compiled.
- ``compile_eval(program, scope_infos, is_strict)``: eval code against a live context chain.

``listeners`` receive every freshly compiled (sfi, bytecode) pair: --print-bytecode uses it.
"""
from __future__ import annotations

from scopejs.bytecode.generator import BytecodeGenerator
from scopejs.bytecode.shared_function_info import FunctionKind, SharedFunctionInfo
from scopejs.errors import EngineInternalError, ScopeJSError
from scopejs.scopes import analyze_eval, analyze_function, analyze_module, analyze_script

listeners = []


def _notify(sfi):
    for listener in listeners:
        listener(sfi, sfi.bytecode)


def _guard(stage, fn, *args):
    try:
        return fn(*args)
    except ScopeJSError:
        raise
    except RecursionError:
        raise
    except Exception as exc:  # a bug: name the stage instead of leaking a traceback
        raise EngineInternalError(f"{stage}: {type(exc).__name__}: {exc}") from exc


def compile_script(program, *, name=None):
    return _guard("bytecode.compile_script", _compile_top, program, False, name)


def compile_module(program, *, name=None):
    return _guard("bytecode.compile_module", _compile_top, program, True, name)


def _compile_top(program, is_module, name):
    if program.scope is None:
        (analyze_module if is_module else analyze_script)(program)
    scope = program.scope
    source = program.source
    script_name = name or (source.name if source is not None else "<input>")
    sfi = SharedFunctionInfo("", program, FunctionKind.MODULE if is_module else FunctionKind.SCRIPT,
                             is_strict=scope.is_strict, source=source,
                             source_start=program.start, source_end=program.end,
                             script_name=script_name)
    if is_module and _contains_await(program.body):
        sfi.is_async = True     # top-level await: the module body is an async function body
    gen = BytecodeGenerator(sfi, scope, source)
    if is_module:
        gen.generate_module(program)
    else:
        gen.generate_script(program)
    sfi.bytecode = gen.finish()
    sfi.scope_info = scope.scope_info
    _notify(sfi)
    return sfi


def compile_eval(program, scope_infos=(), is_strict=False, *, name="<eval>"):
    """Direct eval: ``scope_infos`` of the live context chain, innermost first (empty for
    indirect eval)."""
    return _guard("bytecode.compile_eval", _compile_eval, program, scope_infos, is_strict, name)


def _compile_eval(program, scope_infos, is_strict, name):
    scope = analyze_eval(program, list(scope_infos), is_strict)
    sfi = SharedFunctionInfo("", program, FunctionKind.EVAL, is_strict=scope.is_strict,
                             source=program.source, source_start=program.start,
                             source_end=program.end, script_name=name)
    gen = BytecodeGenerator(sfi, scope, program.source)
    gen.generate_eval(program)
    sfi.bytecode = gen.finish()
    sfi.scope_info = scope.scope_info
    _notify(sfi)
    return sfi


def compile_function(sfi):
    """Generate bytecode for ``sfi`` (idempotent); returns the BytecodeArray."""
    if sfi.bytecode is not None:
        return sfi.bytecode
    return _guard(f"bytecode.compile_function({sfi.name or 'anonymous'})", _compile_function, sfi)


def _compile_function(sfi):
    kind = sfi.kind
    node = sfi.node
    if kind in (FunctionKind.DEFAULT_BASE_CONSTRUCTOR, FunctionKind.DEFAULT_DERIVED_CONSTRUCTOR):
        scope = sfi.class_node.scope
        gen = BytecodeGenerator(sfi, _FakeClosure(scope), sfi.source)
        gen.generate_default_constructor(kind is FunctionKind.DEFAULT_DERIVED_CONSTRUCTOR)
    elif kind in (FunctionKind.CLASS_FIELDS_INITIALIZER, FunctionKind.CLASS_STATIC_INITIALIZER):
        class_scope = sfi.class_node.scope
        is_static = kind is FunctionKind.CLASS_STATIC_INITIALIZER
        scope = class_scope.static_initializer_scope if is_static else \
            class_scope.instance_initializer_scope
        gen = BytecodeGenerator(sfi, scope, sfi.source)
        gen.generate_class_initializer(sfi.class_node, is_static)
        sfi.scope_info = scope.scope_info
    else:
        if getattr(node, "lazy", None) is not None and node.body is None:
            from scopejs.parsing.parser import ensure_parsed
            ensure_parsed(node)
        scope = node.scope
        if scope is None or scope.is_lazy_stub:
            scope = analyze_function(node)
        if not scope.function_name and sfi.name:
            # Inferred names (const f = () => ...) label the context: Closure (f) in [[Scopes]].
            scope.function_name = sfi.name
            if scope.scope_info is not None:
                scope.scope_info.function_name = sfi.name
        gen = BytecodeGenerator(sfi, scope, sfi.source)
        gen.generate_function(node)
        sfi.scope_info = scope.scope_info
    sfi.bytecode = gen.finish()
    _notify(sfi)
    return sfi.bytecode


_FUNCTION_NODES = frozenset({"FunctionDeclaration", "FunctionExpression",
                             "ArrowFunctionExpression"})


def _contains_await(nodes) -> bool:
    """Whether top-level code (not nested functions) uses await / for await."""
    stack = list(nodes)
    while stack:
        node = stack.pop()
        kind = node.type
        if kind == "AwaitExpression" or kind == "ForOfStatement" and node.await_:
            return True
        if kind in _FUNCTION_NODES:
            continue
        if kind in ("ClassDeclaration", "ClassExpression"):
            if node.superClass is not None:
                stack.append(node.superClass)
            for element in node.body.body:
                if getattr(element, "computed", False):
                    stack.append(element.key)
            continue
        stack.extend(node.children())
    return False


class _FakeClosure:
    """Closure scope of a default constructor: no variables, no context."""
    is_strict = True
    num_locals = 0
    is_derived_constructor = False
    needs_context = False
    is_declaration_scope = True
    is_arrow = False

    def __init__(self, outer):
        self.outer = outer


def compile_all(sfi):
    """Compile ``sfi`` and, recursively, every function in its constant pool (for dumps and
    goldens); returns the list of compiled SFIs in discovery order (depth first)."""
    out = []
    seen = set()
    stack = [sfi]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if current.bytecode is None:
            compile_function(current)
        out.append(current)
        inner = [c for c in current.bytecode.constants if isinstance(c, SharedFunctionInfo)]
        stack.extend(reversed(inner))
    return out


if False:  # pragma: no cover
    raise EngineInternalError
