"""``scopejs --explain FILE``: the spec's steps narrated as the program runs, beside what the
engine did instead.

Seed 003 walks through what the specification does when code runs: a global execution context
is created and pushed, GlobalDeclarationInstantiation creates the bindings, OrdinaryFunctionCreate
makes function objects whose [[Environment]] is the running context's LexicalEnvironment, each
call creates an execution context and a Function Environment Record (NewFunctionEnvironment)
whose [[OuterEnv]] is the callee's [[Environment]], `this` is bound per call
(OrdinaryCallBindThis), blocks get Declarative Environment Records (NewDeclarativeEnvironment),
`for (let ...)` copies its record per iteration (CreatePerIterationEnvironment).  This observer
prints one line per such step, with its source position, and after ``=> engine:`` what scopejs
actually did: a heap context allocated or not, which variables went to registers, which context
a closure points to, when a context is collected.

Everything comes from the shared execution hook (scopejs/inspect/debugger/hook.py): function
entry, statements, returns, and the closure / context opcodes it reports on request
(``watch_ops``).  Spec records are named from scope analysis (visualize/spec_view.py); engine
contexts are numbered weakly (visualize/heap_ids.py), so narrating never keeps anything alive.
Spec operation names are spelled as the spec spells them; ``SPEC_OPERATIONS`` lists each with its
clause (tests/explain checks them against the pinned biblio).
"""
from __future__ import annotations

import os
import sys

from scopejs.bytecode.opcodes import Op
from scopejs.inspect.debugger import hook
from scopejs.inspect.debugger.hook import Observer
from scopejs.inspect.value_format import format_primitive
from scopejs.inspect.visualize.guard import guarded
from scopejs.inspect.visualize.heap_ids import HeapIds
from scopejs.inspect.visualize.snapshot import THIS_MODE_NAMES, context_label, function_label
from scopejs.inspect.visualize.spec_view import (
    frame_offset, frame_variables, function_scope, record_label, scopes_at, spec_bindings,
    where_text,
)
from scopejs.runtime.objects.bound_functions import BoundFunction
from scopejs.runtime.objects.ecmascript_function import THIS_LEXICAL, ECMAScriptFunction
from scopejs.runtime.objects.functions import BuiltinFunction, JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import HOLE, UNDEFINED
from scopejs.scopes.scope import ScopeType
from scopejs.scopes.variable import VariableKind, VariableLocation, VariableMode

__all__ = ["Explainer", "Explaining", "SPEC_OPERATIONS", "SPEC_TERMS", "NOTATION"]

# Every spec operation the narration names, with its clause in the pinned spec (docs/spec.md).
SPEC_OPERATIONS = {
    "ScriptEvaluation": "16.1.6",
    "GlobalDeclarationInstantiation": "16.1.7",
    "CreateGlobalFunctionBinding": "9.1.1.4.17",
    "CreateGlobalVarBinding": "9.1.1.4.16",
    "CreateMutableBinding": "9.1.1.1.2",
    "CreateImmutableBinding": "9.1.1.1.3",
    "InstantiateFunctionObject": "8.6.1",
    "OrdinaryFunctionCreate": "10.2.3",
    "PrepareForOrdinaryCall": "10.2.1.1",
    "NewFunctionEnvironment": "9.1.2.4",
    "OrdinaryCallBindThis": "10.2.1.2",
    "OrdinaryCreateFromConstructor": "10.1.13",
    "FunctionDeclarationInstantiation": "10.2.11",
    "NewDeclarativeEnvironment": "9.1.2.2",
    "BlockDeclarationInstantiation": "14.2.3",
    "NewObjectEnvironment": "9.1.2.3",
    "ClassDefinitionEvaluation": "15.7.14",
    "CatchClauseEvaluation": "14.15.2",
    "ForLoopEvaluation": "14.7.4.2",
    "ForDeclarationBindingInstantiation": "14.7.5.4",
    "CreatePerIterationEnvironment": "14.7.4.4",
    "InitializeEnvironment": "16.2.1.7.3.1",
    "CreateImportBinding": "9.1.1.5.5",
    "ExecuteModule": "16.2.1.7.3.2",
    "PerformEval": "19.2.1.1",
    "EvalDeclarationInstantiation": "19.2.1.3",
    "GeneratorStart": "27.5.3.1",
    "GeneratorResume": "27.5.3.3",
    "GeneratorYield": "27.5.3.6",
    "Await": "27.7.5.3",
    "NewPromiseReactionJob": "27.2.2.1",
}
# Other spec names the narration uses: the state components of an execution context (9.4,
# Table 26 "Additional State Components for ECMAScript Code Execution Contexts"), which the
# biblio lists under no clause of their own.
SPEC_TERMS = frozenset(("LexicalEnvironment", "VariableEnvironment"))
# The narration's own notation for naming one record: not spec names.
NOTATION = frozenset(("FunctionEnv", "DeclarativeEnv", "ObjectEnv"))

_CREATE_CONTEXT_OPS = frozenset((Op.CreateFunctionContext, Op.CreateEvalContext,
                                 Op.CreateBlockContext, Op.CreateCatchContext,
                                 Op.CreateWithContext))
_WATCH = frozenset((Op.CreateClosure, Op.CreatePerIterationContext)) | _CREATE_CONTEXT_OPS
_LEXICAL = (VariableMode.LET, VariableMode.CONST)
_TOP_KINDS = ("script", "module", "eval")
# The hook's per-instruction wrappers live in this file: a Python frame of it with locals ``f``
# and ``pc`` is the JS instruction that made a call (explain.call_kind reads them).
_HOOK_FILE = hook.__file__


def _value_text(value) -> str:
    """A short description that runs no JS (own data keys read from storage)."""
    if value is HOLE:
        return "<uninitialized>"
    if isinstance(value, JSFunctionBase):
        return f"function {function_label(value)}"
    if isinstance(value, JSObject):
        kind = getattr(value, "class_name", "Object")
        if kind in ("Object", "Array") and value.plain_props:
            keys = [k for k in value.props if k.__class__ is str][:4]
            more = ", ..." if len(value.props) > 4 else ""
            return f"{'an Object' if kind == 'Object' else 'an Array'} {{{', '.join(keys)}{more}}}"
        if kind == "Array":
            return f"an Array(length {value.get_length()})"
        return f"a {kind} object"
    text = format_primitive(value)
    return text if len(text) <= 30 else text[:29] + "\u2026"


class Explainer(Observer):
    watch_ops = _WATCH

    def __init__(self, interp, out, main_name=None):
        self.interp = interp
        self.realm = interp.realm
        self.out = out
        self.ids = HeapIds()
        self.calls = 0
        self.call_names: dict = {}       # id(frame) -> "createCounter call #2" (while on stack)
        self.chains: dict = {}           # id(frame) -> scopes of the last statement, innermost first
        self.spec_env: dict = {}         # function number -> spec record name of [[Environment]]
        self.contexts: set = set()       # numbers of contexts narrated (for collection notices)
        self.context_records: dict = {}  # context number -> spec record name it stands for
        self.lazy_seen: set = set()      # id(sfi) of functions created before their first call
        self.generator_starts: set = set()   # id(frame) of generators not yet suspended once
        self.main_name = main_name       # positions in other sources (eval code, imported
        self.main_source = None          # modules) are prefixed with the source's name
        self.modules_started: set = set()

    # -- output -------------------------------------------------------------------------------
    def emit(self, sfi, offset, text, engine=None):
        self._report_collected()
        if sfi is not None and sfi.source is not None and offset is not None:
            where = self.position_text(sfi.source, offset)
        else:
            where = "-"
        line = f"{where:<7} {text}"
        if engine:
            line += f"  => engine: {engine}"
        self.out.write(line + "\n")

    def position_text(self, source, offset) -> str:
        """`line:col`, prefixed with the source's file name outside the main program."""
        line, col = source.position(offset)
        if self.main_source is None and (
                self.main_name is None or source.name == self.main_name or
                os.path.abspath(source.name) == os.path.abspath(self.main_name)):
            self.main_source = source
        if source is self.main_source:
            return f"{line}:{col + 1}"
        return f"{os.path.basename(source.name)}:{line}:{col + 1}"

    def _report_collected(self):
        for n in self.ids.take_collected():
            if n in self.contexts:
                self.contexts.discard(n)
                record = self.context_records.pop(n, None)
                about = f" ({record})" if record else ""
                self.out.write(f"{'-':<7} (engine only) context #{n}{about} collected: no "
                               f"closure or frame refers to it any more\n")

    # -- naming records and contexts ------------------------------------------------------------
    def context_text(self, context) -> str:
        if context is None:
            return "no context (global)"
        n = self.ids.number(context)
        self.contexts.add(n)
        names = [name for name in context.scope_info.names if name and name[0] not in ".%*"] \
            if context.scope_info is not None else []
        return f"context #{n} {context_label(context)} {{{', '.join(names)}}}"

    def frame_name(self, frame) -> str:
        name = self.call_names.get(id(frame))
        if name is None:
            sfi = frame.bytecode.sfi
            name = (f"the {sfi.kind.value}" if sfi.kind.value in _TOP_KINDS
                    else (sfi.name or "(anonymous)"))
        return name

    def record_name(self, frame, scope) -> str:
        """How the narration names the spec record of ``scope`` in the running ``frame``."""
        return record_label(scope, frame.bytecode.sfi.source, self.frame_name(frame))

    def lexical_environment(self, frame, offset) -> str:
        """The running context's LexicalEnvironment at ``offset``: its innermost record."""
        scope = function_scope(frame.bytecode.sfi)
        if scope is None:
            return "the global Environment Record"
        return self.record_name(frame, scopes_at(scope, offset)[0])

    # -- hook events ----------------------------------------------------------------------------
    @guarded("explain")
    def on_run(self, frame):
        sfi = frame.bytecode.sfi
        kind = sfi.kind.value
        if kind == "script" and frame.pc == 0:
            self.script_start(frame)
        elif kind == "eval" and frame.pc == 0:
            self.emit(sfi, 0, "PerformEval: an execution context for the eval code is created "
                      "and pushed (running); EvalDeclarationInstantiation: "
                      + (self.bindings_text(function_scope(sfi)) if function_scope(sfi) else
                         "no bindings"),
                      "a frame for the compiled eval code; its variables found by name in the "
                      "ScopeInfos of the live context chain")
        elif kind == "module" and id(frame) not in self.modules_started:
            # the module's prologue (hoisted functions) ran when the graph was linked, outside
            # the hook: narrate InitializeEnvironment here from the module scope
            self.modules_started.add(id(frame))
            scope = function_scope(sfi)
            functions = [v.name for v in spec_bindings(scope) if v.kind is VariableKind.FUNCTION] \
                if scope is not None else []
            self.emit(sfi, 0, "InitializeEnvironment: the Module Environment Record: "
                      + (self.bindings_text(scope) if scope is not None else "no bindings")
                      + (f"; InstantiateFunctionObject -> OrdinaryFunctionCreate "
                         f"{', '.join(functions)} when the module graph was linked"
                         if functions else ""),
                      self.locations_text(scope) if scope is not None else None)
            self.emit(sfi, 0, "ExecuteModule: the module's execution context is created and "
                      "pushed (running)", "the module frame resumes after its prologue")
            self.chains[id(frame)] = [scope] if scope is not None else []
        elif frame.pc > 0 and frame.generator is not None:
            what = "Await" if frame.post == 3 else "GeneratorResume"
            self.emit(sfi, frame_offset(frame, frame.pc), f"{what}: the execution context of "
                      f"{self.frame_name(frame)} is pushed again (running)",
                      "the suspended frame is re-linked on the stack; its registers were kept")

    @guarded("explain")
    def on_enter(self, frame):
        self.calls += 1
        fn = frame.regs[0]
        sfi = frame.bytecode.sfi
        name = sfi.name or function_label(fn)
        self.call_names[id(frame)] = f"{name}#{self.calls}"
        offset = sfi.node.start if sfi.node is not None else sfi.source_start
        call_kind, call_site = self.call_kind(frame)
        where = f" (called at {call_site})" if call_site else ""
        lazy = ""
        if id(sfi) in self.lazy_seen:
            self.lazy_seen.discard(id(sfi))
            lazy = "; compiled now: first call of a lazily parsed function"
        self.emit(sfi, offset, f"PrepareForOrdinaryCall {name}{where}: execution context "
                  f"created and pushed (running); the caller's is suspended",
                  f"frame pushed on the explicit stack (depth {frame.depth}){lazy}")
        scope = function_scope(sfi)
        outer = self.spec_env.get(self.ids.known(fn)) if isinstance(fn, JSObject) else None
        if outer is None:
            outer = self.engine_env_name(fn)
        if scope is not None:
            if scope.needs_context:
                slots = ", ".join(v.name for v in scope.context_locals if v.name[0] not in ".#%*"
                                  and v.name != "this") or "this"
                engine = f"CreateFunctionContext: a heap context for {slots}"
            else:
                engine = "no context: nothing in it is captured by a closure"
            self.emit(sfi, offset, f"NewFunctionEnvironment: FunctionEnv({self.call_names[id(frame)]}), "
                      f"[[OuterEnv]] = {outer}", engine)
        self.emit(sfi, offset, self.this_text(frame, fn, call_kind),
                  "no binding: `this` is read from the outer closure's context or frame"
                  if isinstance(fn, ECMAScriptFunction) and fn.this_mode == THIS_LEXICAL
                  else "the receiver register <this>")
        if scope is not None:
            self.emit(sfi, offset, "FunctionDeclarationInstantiation: "
                      + self.bindings_text(scope, function=True),
                      self.locations_text(scope))
        self.chains[id(frame)] = [scope] if scope is not None else []
        if sfi.is_generator:
            self.generator_starts.add(id(frame))

    @guarded("explain")
    def on_statement(self, frame, pc):
        scope = function_scope(frame.bytecode.sfi)
        if scope is None:
            return
        offset = frame_offset(frame, pc)
        chain = scopes_at(scope, offset)
        previous = self.chains.get(id(frame), [scope])
        self.chains[id(frame)] = chain
        entered = [s for s in reversed(chain) if s not in previous]
        for s in entered:
            self.enter_block(frame, s)

    def enter_block(self, frame, scope):
        """A scope inside the running function starts: the record the spec creates for it."""
        sfi = frame.bytecode.sfi
        outer = self.record_name(frame, scope.outer) if scope.outer is not None else "null"
        bindings = self.bindings_text(scope)
        record = self.record_name(frame, scope)
        names = ", ".join(v.name for v in scope.context_locals if v.name[0] not in ".%*")
        engine = (f"CreateBlockContext: a heap context for {names}" if scope.needs_context else
                  "no context: " + (self.locations_text(scope) if scope.variables else "empty"))
        kind = scope.scope_type
        node_type = getattr(scope.node, "type", "")
        if kind is ScopeType.WITH:
            text = (f"NewObjectEnvironment: {record} over the with object, [[OuterEnv]] = {outer}")
            engine = "CreateWithContext: a context holding the object; names inside are looked up"
        elif kind is ScopeType.CLASS:
            text = (f"ClassDefinitionEvaluation: NewDeclarativeEnvironment {record} (classEnv), "
                    f"[[OuterEnv]] = {outer}; {bindings}")
        elif kind is ScopeType.CATCH:
            text = (f"CatchClauseEvaluation: NewDeclarativeEnvironment {record}, "
                    f"[[OuterEnv]] = {outer}; {bindings}")
            if scope.needs_context:
                engine = f"CreateCatchContext: a heap context for {names}"
        elif node_type in ("ForInStatement", "ForOfStatement"):
            text = (f"NewDeclarativeEnvironment: {record}, a new one for each iteration, "
                    f"[[OuterEnv]] = {outer}; ForDeclarationBindingInstantiation: {bindings}")
            if scope.needs_context:
                engine = f"CreateBlockContext each iteration: a heap context for {names}"
        elif scope.is_loop_scope:
            text = (f"ForLoopEvaluation: NewDeclarativeEnvironment {record} (loopEnv), "
                    f"[[OuterEnv]] = {outer}; {bindings}")
        else:
            text = (f"NewDeclarativeEnvironment: {record}, [[OuterEnv]] = {outer}; "
                    f"BlockDeclarationInstantiation: {bindings}")
        self.emit(sfi, scope.start, text, engine)
        if scope.is_loop_scope:
            loop_names = ", ".join(v.name for v in scope.variables.values()
                                   if v.name[0] not in ".#%*")
            if scope.needs_context:
                engine = "CreatePerIterationContext copies the context each iteration (below)"
            else:
                engine = (f"nothing is copied: {loop_names} stay in registers, no closure can "
                          f"tell the iterations apart")
            self.emit(sfi, scope.start, f"CreatePerIterationEnvironment: each iteration gets a "
                      f"new record with the last values of {loop_names}", engine)

    @guarded("explain")
    def on_instruction(self, frame, pc, op):
        sfi = frame.bytecode.sfi
        offset = frame_offset(frame, pc)
        if op is Op.CreateClosure:
            fn = frame.acc
            if not isinstance(fn, ECMAScriptFunction):
                return
            inner = fn.sfi
            env = self.lexical_environment(frame, offset)
            n = self.ids.number(fn)
            self.spec_env[n] = env
            name = inner.name or "(anonymous)"
            how = ("InstantiateFunctionObject" if getattr(inner.node, "type", "") ==
                   "FunctionDeclaration" else "")
            prefix = f"{how} -> " if how else ""
            lazy = inner.bytecode is None
            if lazy:
                self.lazy_seen.add(id(inner))
            mode = THIS_MODE_NAMES.get(fn.this_mode, "?")
            position = inner.node.start if inner.node is not None else offset
            self.emit(sfi, position, f"{prefix}OrdinaryFunctionCreate {name}: [[Environment]] = "
                      f"{env}, [[ThisMode]] = {mode}",
                      f"CreateClosure: [[Environment]] = {self.context_text(fn.environment)}"
                      + ("; bytecode not compiled yet (lazy)" if lazy else ""))
        elif op is Op.CreatePerIterationContext:
            context = frame.context
            values = ", ".join(f"{name} = {_value_text(v)}" for name, v in
                               zip(context.scope_info.names, context.slots) if name[0] not in ".#%*")
            self.emit(sfi, offset, f"CreatePerIterationEnvironment: a new record for the next "
                      f"iteration, copying {values}",
                      f"CreatePerIterationContext: {self.context_text(context)} copied from the "
                      f"previous iteration's (closures made before keep the old one)")
        elif op in _CREATE_CONTEXT_OPS:
            context = frame.acc
            n = self.ids.number(context)
            self.contexts.add(n)
            scope = self._scope_of_info(frame, context.scope_info)
            if scope is not None:
                self.context_records[n] = self.record_name(frame, scope)

    @guarded("explain")
    def on_return(self, frame, pc):
        sfi = frame.bytecode.sfi
        name = self.frame_name(frame)
        kind = sfi.kind.value
        value = _value_text(frame.acc)
        caller = frame.parent
        if kind in _TOP_KINDS:
            text = f"{name} finished: its execution context is popped"
        else:
            text = (f"return {value} from {name}: its execution context is popped; "
                    f"{self.frame_name(caller) if caller is not None else 'the host'} is running again")
        regs = [v.name for v in frame_variables(function_scope(sfi))
                if v.location in (VariableLocation.LOCAL, VariableLocation.PARAMETER)
                and v.name[0] not in ".#%*" and v.name != "this"] \
            if function_scope(sfi) is not None else []
        engine = "frame dropped" + (f" with its registers ({', '.join(regs)})" if regs else "")
        if frame.context is not None and frame.context is not frame.regs[0].environment:
            engine += f"; {self.context_text(frame.context)} lives on only if a closure holds it"
        self.emit(sfi, frame_offset(frame, pc), text, engine)
        self.call_names.pop(id(frame), None)
        self.chains.pop(id(frame), None)

    @guarded("explain")
    def on_suspend(self, frame, pc):
        sfi = frame.bytecode.sfi
        if id(frame) in self.generator_starts:
            self.generator_starts.discard(id(frame))
            self.emit(sfi, frame_offset(frame, pc), f"GeneratorStart: the body of "
                      f"{self.frame_name(frame)} will run on the first next(); its execution "
                      f"context is suspended and popped, the generator object is returned",
                      "the initial SuspendGenerator: the frame is kept by the generator object")
            return
        what = "Await" if frame.post == 3 else "GeneratorYield"
        self.emit(sfi, frame_offset(frame, pc), f"{what}: the execution context of "
                  f"{self.frame_name(frame)} is suspended and popped",
                  "the frame is kept by its generator / async function object")

    # -- pieces ---------------------------------------------------------------------------------
    def script_start(self, frame):
        sfi = frame.bytecode.sfi
        scope = function_scope(sfi)
        self.emit(sfi, 0, "ScriptEvaluation: global execution context created (LexicalEnvironment "
                  "and VariableEnvironment = the global Environment Record) and pushed (running)",
                  f"top-level frame with {frame.bytecode.register_count} registers")
        if scope is None:
            return
        funcs, vars_, lexical = [], [], []
        for var in spec_bindings(scope):
            if var.kind is VariableKind.FUNCTION:
                funcs.append(var.name)
            elif var.mode in _LEXICAL or var.kind is VariableKind.CLASS:
                lexical.append(var)
            else:
                vars_.append(var.name)
        parts = [f"CreateGlobalFunctionBinding({n})" for n in funcs]
        parts += [f"CreateGlobalVarBinding({n})" for n in vars_]
        parts += [f"{'CreateImmutableBinding' if v.mode is VariableMode.CONST else 'CreateMutableBinding'}"
                  f"({v.name}) <uninitialized>" for v in lexical]
        engine = ("CallRuntime DeclareGlobals: functions and vars become global object properties"
                  + ("; let/const/class go to the global declarative record by name (no context)"
                     if lexical else ""))
        self.emit(sfi, 0, "GlobalDeclarationInstantiation: " + (", ".join(parts) or "no bindings"),
                  engine)
        self.chains[id(frame)] = [scope]

    def bindings_text(self, scope, function=False) -> str:
        parts = []
        for var in spec_bindings(scope):
            if var.kind is VariableKind.PARAMETER:
                what = "parameter"
            elif var.kind is VariableKind.FUNCTION:
                what = "function"
            elif var.kind is VariableKind.ARGUMENTS:
                what = "arguments object"
            elif var.kind is VariableKind.MODULE_IMPORT:
                what = "import binding (CreateImportBinding)"
            elif var.mode is VariableMode.FUNCTION_NAME:
                what = "the function expression's own name, immutable"
            elif var.mode in _LEXICAL or var.kind is VariableKind.CLASS:
                what = f"{var.mode.value}, <uninitialized>"
            else:
                what = var.mode.value
            parts.append(f"{var.name} ({what})")
        return ", ".join(parts) if parts else "no bindings"

    def locations_text(self, scope) -> str:
        out = []
        for var in spec_bindings(scope):
            if var.location is VariableLocation.CONTEXT:
                out.append(f"{var.name} -> context slot [{var.index}]")
            elif var.location in (VariableLocation.LOCAL, VariableLocation.PARAMETER):
                out.append(f"{var.name} -> {where_text(var).replace('register ', '')}")
            else:
                out.append(f"{var.name} -> {where_text(var)}")
        return ", ".join(out) if out else "nothing to allocate"

    def engine_env_name(self, fn) -> str:
        if isinstance(fn, ECMAScriptFunction):
            return ("the global Environment Record" if fn.environment is None
                    else f"the record of {self.context_text(fn.environment)}")
        return "the global Environment Record"

    def this_text(self, frame, fn, call_kind) -> str:
        if isinstance(fn, ECMAScriptFunction) and fn.this_mode == THIS_LEXICAL:
            return ("OrdinaryCallBindThis: none, an arrow function's [[ThisMode]] is lexical: "
                    "`this` resolves in its [[OuterEnv]] chain")
        this = frame.regs[2]
        if frame.regs[1] is not UNDEFINED:
            return (f"OrdinaryCallBindThis: this = a new object "
                    f"(new: OrdinaryCreateFromConstructor, [[Prototype]] = "
                    f"{function_label(fn)}.prototype)" if this is not HOLE else
                    "OrdinaryCallBindThis: none yet (derived constructor: `this` is bound by super())")
        if this is self.realm.global_env.global_this:
            this_desc = "globalThis"
        else:
            this_desc = _value_text(this)
        mode = THIS_MODE_NAMES.get(fn.this_mode, "?") if isinstance(fn, ECMAScriptFunction) else "?"
        note = ""
        if call_kind == "plain" and mode == "global":
            note = ", sloppy mode replaces undefined by globalThis"
        return f"OrdinaryCallBindThis: this = {this_desc} ({_kind_text(call_kind)}{note})"

    def call_kind(self, frame):
        """How the callee was called, read from the Python stack (read-only): the JS call
        instruction that made the frame, or the built-in that called it.  -> (kind, site)."""
        py = sys._getframe(2)
        builtin = None
        for _ in range(40):
            if py is None:
                break
            code = py.f_code
            if code.co_filename == _HOOK_FILE and "pc" in code.co_varnames + code.co_freevars \
                    and "f" in code.co_varnames:
                caller, pc = py.f_locals.get("f"), py.f_locals.get("pc")
                site = None
                if caller is not None and pc is not None:
                    caller_sfi = caller.bytecode.sfi
                    offset = frame_offset(caller, pc)
                    if caller_sfi.source is not None:
                        site = self.position_text(caller_sfi.source, offset)
                if builtin is not None:
                    return builtin, site
                op = caller.bytecode.instructions[pc][0] if caller is not None and \
                    pc < len(caller.bytecode.instructions) else None
                return _OP_KINDS.get(op, "runtime"), site
            if code.co_name in ("Call", "Construct") and builtin is None:
                self_obj = py.f_locals.get("self")
                if isinstance(self_obj, BoundFunction):
                    builtin = "bound"
                elif isinstance(self_obj, BuiltinFunction):
                    label = function_label(self_obj)
                    builtin = "call-apply" if label in ("call", "apply") else f"callback:{label}"
            if code.co_name == "prepare_construct" and builtin is None:
                builtin = "new"
            if "NewPromiseReactionJob" in code.co_qualname and builtin is None:
                builtin = "promise-job"
            py = py.f_back
        return builtin or "host", None

    def _scope_of_info(self, frame, info):
        scope = function_scope(frame.bytecode.sfi)
        if scope is None:
            return None
        stack = [scope]
        while stack:
            s = stack.pop()
            if s.scope_info is info:
                return s
            stack.extend(i for i in s.inner if not i.is_declaration_scope)
        return None


_OP_KINDS = {Op.CallProperty: "method", Op.CallUndefinedReceiver: "plain",
             Op.CallAnyReceiver: "receiver", Op.CallWithSpread: "method"}
_CALL_KINDS = {
    "method": "method call: the receiver is the object before the dot",
    "plain": "plain call: no receiver, thisArgument undefined",
    "receiver": "call with an explicit receiver",
    "call-apply": "Function.prototype.call/apply: thisArgument given explicitly",
    "bound": "bound function: [[BoundThis]]",
    "runtime": "called by the engine's runtime",
    "new": "new: [[Construct]] of the class",
    "promise-job": "a promise reaction handler, called by its NewPromiseReactionJob",
    "host": "called by the host",
}


def _kind_text(kind: str) -> str:
    if kind.startswith("callback:"):
        return f"callback from the built-in {kind.split(':', 1)[1]}"
    return _CALL_KINDS.get(kind, kind)


class Explaining:
    """Context manager: narrate a run on ``out`` (the CLI's --explain)."""

    def __init__(self, engine, out=None, main_name=None):
        self.engine = engine
        self.explainer = Explainer(engine.interpreter, out if out is not None else sys.stdout,
                                   main_name)

    def __enter__(self):
        from scopejs.inspect.debugger.hook import attach
        attach(self.engine.interpreter, self.explainer)
        return self.explainer

    def __exit__(self, *exc_info):
        from scopejs.inspect.debugger.hook import detach
        detach(self.engine.interpreter)
        return False
