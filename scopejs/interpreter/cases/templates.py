"""Parsing, checking and lowering of the opcode templates (see the package docstring)."""
from __future__ import annotations

import ast
import builtins
import copy
import threading
from dataclasses import dataclass, field
from pathlib import Path

from scopejs.bytecode.opcodes import SPEC_OF, Op
from scopejs.errors import EngineInternalError

DEFINITIONS_PATH = Path(__file__).resolve().parent.parent / "bytecodes.py"

# Names of the vocabulary (see the package docstring).
VALUES = frozenset({"ACC", "REG", "CTX", "REALM", "FRAME", "DEPTH", "INTERP", "PC"})
DECODE_ONLY = frozenset({"CONST", "SFI", "OP", "LOCALS"})
EFFECTS = frozenset({"JUMP", "RETURN", "THROW", "CALL", "SUSPEND"})
MARKERS = frozenset({"DECODE", "STATIC"})
VOCABULARY = VALUES | DECODE_ONLY | EFFECTS | MARKERS
# Names the generated interpreter code uses for itself; a template may not bind them.
RESERVED = frozenset({"f", "d", "n", "regs", "acc", "this_pc", "interp", "run"})


class TemplateError(EngineInternalError):
    """A template breaks the vocabulary's rules (reported with its line in bytecodes.py)."""


@dataclass
class Template:
    """One opcode definition: ``ops`` share it; ``params`` name the operands."""
    name: str
    ops: tuple
    params: tuple
    doc: str
    body: list
    lineno: int
    source: str = ""
    dynamic_jump: bool = False        # JUMP(t) with a computed t (SwitchOnSmiNoFeedback)
    effects: frozenset = frozenset()  # control effects it may take (JUMP, RETURN, ...)
    uses_frame: bool = False          # FRAME escapes to a support function
    docs: dict = field(default_factory=dict)   # opcode name -> its own line, when given

    def description(self, op) -> str:
        """The one-line description of ``op`` (its ``Name: text`` docstring line, or the
        template's whole docstring)."""
        return self.docs.get(Op(op).name, self.doc)


@dataclass
class Lowered:
    """The source of one instruction for a Target (see ``lower``)."""
    lines: list
    bindings: dict = field(default_factory=dict)
    falls_through: bool = True


class Target:
    """How generated code spells the vocabulary.  The defaults are the interpreter's (a Frame
    ``f``); the tier overrides what it keeps in locals."""
    acc = "f.acc"
    ctx = "f.context"
    realm = "f.realm"
    frame = "f"
    depth = "f.depth"
    interp = "interp"
    locals = False   # LOCALS: registers are Python locals (a call can pass them one by one)

    def reg(self, index) -> str:
        return f"f.regs[{index}]"

    def reg_slice(self, lo, hi) -> str:
        return f"f.regs[{lo}:{hi}]"

    def jump(self, target) -> list:
        return [f"return {target}"]

    def next(self) -> list:
        return ["return n"]

    def return_(self) -> list:
        return ["return RETURN"]

    def call(self, frame_expr) -> list:
        return [f"f.child = {frame_expr}", "f.pc = n", "return CALL"]

    def suspend(self) -> list:
        return ["f.pc = n", "return SUSPEND"]

    def temp(self, name) -> str:
        return f"_{name}"


# ---- parsing and checking ------------------------------------------------------------------

def _is_call_to(node, names) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in names)


def effect_of(stmt):
    """The control effect name of a statement ``JUMP(t)`` etc., or None."""
    if isinstance(stmt, ast.Expr) and _is_call_to(stmt.value, EFFECTS):
        return stmt.value.func.id
    return None


def is_decode(stmt) -> bool:
    return (isinstance(stmt, ast.With) and len(stmt.items) == 1
            and isinstance(stmt.items[0].context_expr, ast.Name)
            and stmt.items[0].context_expr.id == "DECODE")


def is_static_if(stmt) -> bool:
    return isinstance(stmt, ast.If) and _is_call_to(stmt.test, {"STATIC"})


def terminates(stmts) -> bool:
    """True when control cannot fall off the end of ``stmts``."""
    for stmt in stmts:
        if effect_of(stmt) is not None or isinstance(stmt, ast.Raise):
            return True
        if isinstance(stmt, ast.If) and stmt.orelse and terminates(stmt.body) \
                and terminates(stmt.orelse):
            return True
    return False


def assigned_names(stmts) -> set:
    names = set()
    for stmt in stmts:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.ExceptHandler) and node.name:
                names.add(node.name)
    return names


def _fail(template_name, node, message):
    line = getattr(node, "lineno", "?")
    raise TemplateError(f"bytecodes.py:{line}: template {template_name}: {message}")


def _check(template: Template, module_names: set):
    body = template.body
    params = set(template.params)
    for name in params & (VOCABULARY | RESERVED):
        _fail(template.name, template, f"operand name {name!r} is reserved")

    def walk_top(stmts, decoded):
        for stmt in stmts:
            if is_decode(stmt):
                for node in ast.walk(stmt):
                    if isinstance(node, ast.Name) and node.id in (EFFECTS | {
                            "ACC", "REG", "CTX", "REALM", "FRAME", "DEPTH"}):
                        _fail(template.name, node, f"{node.id} is not available at decode time")
                decoded |= assigned_names(stmt.body)
            elif is_static_if(stmt):
                walk_top(stmt.body, set(decoded))
                walk_top(stmt.orelse, set(decoded))
            else:
                check_run(stmt)
        return decoded

    effects = set()

    def check_run(stmt):
        for node in ast.walk(stmt):
            if isinstance(node, (ast.Return, ast.Yield, ast.YieldFrom, ast.FunctionDef,
                                 ast.AsyncFunctionDef, ast.Global, ast.Nonlocal, ast.ClassDef)):
                _fail(template.name, node, f"{type(node).__name__} is not allowed in a template")
            if not isinstance(node, ast.Name):
                continue
            if node.id in DECODE_ONLY or node.id in MARKERS:
                _fail(template.name, node, f"{node.id} is only available in a DECODE block")
            if node.id in RESERVED:
                _fail(template.name, node, f"{node.id!r} is reserved for generated code")
            if isinstance(node.ctx, ast.Store) and (node.id in params or node.id in (
                    "PC", "REALM", "FRAME", "DEPTH", "INTERP", "REG")):
                _fail(template.name, node, f"{node.id} is read-only")
            if node.id in EFFECTS:
                effects.add(node.id)
            if node.id == "FRAME":
                template.uses_frame = True

    decoded = walk_top(body, set())
    # effects must be statements, and JUMP's argument an operand (or flagged dynamic)
    for node in ast.walk(ast.Module(body=body, type_ignores=[])):
        if isinstance(node, ast.Expr) and _is_call_to(node.value, EFFECTS):
            call = node.value
            if call.func.id == "JUMP":
                arg = call.args[0] if len(call.args) == 1 else None
                if arg is None:
                    _fail(template.name, node, "JUMP takes one argument")
                if not (isinstance(arg, ast.Name) and arg.id in params):
                    template.dynamic_jump = True
            call.func.checked = True
    for node in ast.walk(ast.Module(body=body, type_ignores=[])):
        if isinstance(node, ast.Name) and node.id in EFFECTS and not getattr(node, "checked",
                                                                                False):
            _fail(template.name, node, f"{node.id}(...) must be a statement of its own")
    template.effects = frozenset(effects)
    # every free name must be known
    known = params | decoded | assigned_names(body) | VOCABULARY | module_names \
        | set(dir(builtins))
    for node in ast.walk(ast.Module(body=body, type_ignores=[])):
        if isinstance(node, ast.Name) and node.id not in known:
            _fail(template.name, node, f"unknown name {node.id!r}")


_DEFINITIONS = None
_NAMESPACE = None
_PRELUDE = None


def _parse_definitions():
    global _DEFINITIONS, _PRELUDE
    _DEFINITIONS, _PRELUDE = parse_definitions(DEFINITIONS_PATH.read_text(encoding="utf-8"))
    return _DEFINITIONS


def parse_definitions(text):
    """Parse and check a definitions file's text -> ({Op: Template}, prelude statements)."""
    tree = ast.parse(text, filename=str(DEFINITIONS_PATH))
    prelude, templates = [], []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            templates.append(node)
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str):
            continue   # the module docstring
        elif isinstance(node, (ast.Import, ast.ImportFrom, ast.Assign)):
            prelude.append(node)
        else:
            raise TemplateError(f"bytecodes.py:{node.lineno}: only imports, constants and "
                                f"templates belong in the definitions file")
    module_names = set()
    for node in prelude:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            module_names.update((a.asname or a.name).split(".")[0] for a in node.names)
        else:
            module_names |= assigned_names([node])
    lines = text.splitlines()
    result = {}
    for fn in templates:
        names = [fn.name]
        for dec in fn.decorator_list:
            if _is_call_to(dec, {"opcode"}):
                names = [a.value for a in dec.args]
            else:
                raise TemplateError(f"bytecodes.py:{fn.lineno}: unknown decorator")
        doc = ast.get_docstring(fn) or ""
        body = fn.body[1:] if doc else fn.body
        if not doc:
            raise TemplateError(f"bytecodes.py:{fn.lineno}: template {fn.name} has no docstring")
        params = tuple(a.arg for a in fn.args.args)
        if fn.name in module_names:
            raise TemplateError(f"bytecodes.py:{fn.lineno}: template {fn.name} shadows an "
                                f"imported name")
        ops = []
        for name in names:
            if name not in Op.__members__:
                raise TemplateError(f"bytecodes.py:{fn.lineno}: {name} is not an opcode")
            op = Op[name]
            if len(SPEC_OF[op].operands) != len(params):
                raise TemplateError(f"bytecodes.py:{fn.lineno}: {name} has "
                                    f"{len(SPEC_OF[op].operands)} operands, the template "
                                    f"{len(params)}")
            if op in result:
                raise TemplateError(f"bytecodes.py:{fn.lineno}: second template for {name}")
            ops.append(op)
        start = (fn.decorator_list[0].lineno if fn.decorator_list else fn.lineno) - 1
        source = "\n".join(lines[start:fn.end_lineno])
        docs = {}
        if len(ops) > 1:   # "Name: text" paragraphs give each opcode its own description
            for para in doc.split("\n"):
                head, sep, text = para.partition(": ")
                if sep and head.strip() in names:
                    docs[head.strip()] = text.strip()
                elif docs and para.strip():
                    last = list(docs)[-1]
                    docs[last] += " " + para.strip()
        template = Template(fn.name, tuple(ops), params, " ".join(doc.split()), body,
                            fn.lineno, source, docs=docs)
        _check(template, module_names)
        for op in ops:
            result[op] = template
    return result, prelude


def definitions() -> dict:
    """Op -> Template for every opcode (parsed once, checked)."""
    return _DEFINITIONS if _DEFINITIONS is not None else _parse_definitions()


def prelude_source() -> str:
    """The imports and constants of bytecodes.py that generated code uses (the generated
    modules start with them; SUPERINSTRUCTIONS and private helpers are the generator's)."""
    definitions()
    kept = [node for node in _PRELUDE if not (
        isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) and (
            t.id == "SUPERINSTRUCTIONS" or t.id.startswith("_")) for t in node.targets))]
    return "\n".join(ast.unparse(node) for node in kept)


def missing_templates() -> list:
    """Opcode names without a template (the completeness test asserts this is empty)."""
    table = definitions()
    return [op.name for op in Op if op not in table]


def namespace() -> dict:
    """The globals template code runs with (what bytecodes.py imports and defines)."""
    global _NAMESPACE
    if _NAMESPACE is None:
        definitions()
        ns = {"__name__": "scopejs.interpreter.bytecodes"}
        exec(compile(ast.Module(body=list(_PRELUDE), type_ignores=[]), str(DEFINITIONS_PATH),
                     "exec"), ns)
        _NAMESPACE = ns
    return dict(_NAMESPACE)


# ---- rewriting ---------------------------------------------------------------------------

_PARSED: dict = {}


def _expr(source):
    node = _PARSED.get(source)
    if node is None:
        node = _PARSED[source] = ast.parse(source, mode="eval").body
    return clone(node)


def _fold(node):
    """The value of an index expression of constants (+, -, *), or None."""
    if node.__class__ is ast.Constant and node.value.__class__ is int:
        return node.value
    if node.__class__ is ast.BinOp and node.op.__class__ in _FOLDABLE:
        left, right = _fold(node.left), _fold(node.right)
        if left is not None and right is not None:
            return _FOLDABLE[node.op.__class__](left, right)
    return None


_FOLDABLE = {ast.Add: int.__add__, ast.Sub: int.__sub__, ast.Mult: int.__mul__}


def _stmts(lines):
    return ast.parse("\n".join(lines)).body


class Spelling:
    """What the rewriter substitutes: vocabulary (via a Target), operand/decoded names, temps."""

    def __init__(self, target, names, temps, pc, fold=False):
        self.target = target
        self.names = names          # operand / decoded name -> expression source
        self.temps = temps          # template local name -> new name (or None: keep)
        self.pc = pc                # expression source of PC
        self.fold = fold            # fold register indices to literals (tier)


def _shallow(node):
    new = node.__class__.__new__(node.__class__)
    new.__dict__.update(node.__dict__)
    return new


class _Rewriter(ast.NodeTransformer):
    """Spells the vocabulary for a target.  It never mutates the template: a node whose
    subtree changes is copied (shallowly), the unchanged subtrees are shared with the template
    (the result is only unparsed)."""

    def __init__(self, spelling):
        self.s = spelling

    def generic_visit(self, node):
        changed = None
        for field, old in ast.iter_fields(node):
            if old.__class__ is list:
                new = [self.visit(x) if isinstance(x, ast.AST) else x for x in old]
                if any(a is not b for a, b in zip(new, old)):
                    changed = changed or {}
                    changed[field] = new
            elif isinstance(old, ast.AST):
                new = self.visit(old)
                if new is not old:
                    changed = changed or {}
                    changed[field] = new
        if changed is None:
            return node
        node = _shallow(node)
        for field, new in changed.items():
            setattr(node, field, new)
        return node

    def visit_Call(self, node):
        # f(*REG[a:b]) where the target spells the slice as a list display ([R5, R6]: registers
        # are locals) passes the registers one by one: f(R5, R6)
        node = self.generic_visit(node)
        if any(a.__class__ is ast.Starred and a.value.__class__ is ast.List for a in node.args):
            node = _shallow(node)
            node.args = [e for a in node.args for e in (
                a.value.elts if a.__class__ is ast.Starred and a.value.__class__ is ast.List
                else [a])]
        return node

    def visit_Subscript(self, node):
        if isinstance(node.value, ast.Name) and node.value.id == "REG":
            t = self.s.target
            if isinstance(node.slice, ast.Slice):
                lo = self._index(node.slice.lower)
                hi = self._index(node.slice.upper)
                return _expr(t.reg_slice(lo, hi))
            return _expr(t.reg(self._index(node.slice)))
        return self.generic_visit(node)

    def _index(self, node):
        node = self.visit(node)
        if self.s.fold:
            value = _fold(node)
            if value is not None:
                return repr(value)
        source = ast.unparse(node)
        if self.s.fold and not any(isinstance(n, ast.Name) for n in ast.walk(node)):
            return repr(eval(compile(ast.Expression(node), "<index>", "eval"), {}))
        return source

    def visit_Name(self, node):
        s = self.s
        name = node.id
        t = s.target
        if name == "ACC":
            return _expr(t.acc)
        if name == "CTX":
            return _expr(t.ctx)
        if name == "REALM":
            return _expr(t.realm)
        if name == "FRAME":
            return _expr(t.frame)
        if name == "DEPTH":
            return _expr(t.depth)
        if name == "INTERP":
            return _expr(t.interp)
        if name == "PC":
            return _expr(s.pc)
        if name in s.names:
            return _expr(s.names[name])
        if name in s.temps and s.temps[name] is not None:
            return ast.Name(s.temps[name], node.ctx)
        return node


def clone(node):
    """A copy of an AST (lists and nodes copied, leaves shared): what copy.deepcopy gives the
    rewriter, several times faster (lowering runs at every optimization)."""
    if node.__class__ is list:
        return [clone(item) for item in node]
    if isinstance(node, ast.AST):
        new = node.__class__.__new__(node.__class__)
        for name in node._fields:
            if hasattr(node, name):
                setattr(new, name, clone(getattr(node, name)))
        for name in node._attributes:
            if hasattr(node, name):
                setattr(new, name, getattr(node, name))
        return new
    return node


def rewrite_run(stmts, spelling) -> list:
    """Template run statements -> target statements (effects replaced by the target's lines)."""
    t = spelling.target
    out = []
    for stmt in stmts:
        effect = effect_of(stmt)
        if effect is not None:
            args = [ast.unparse(_Rewriter(spelling).visit(a))
                    for a in stmt.value.args]
            if effect == "JUMP":
                target = args[0]
                if spelling.fold:
                    try:
                        target = repr(int(ast.literal_eval(target)))
                    except (ValueError, SyntaxError):
                        pass
                lines = t.jump(target)
            elif effect == "RETURN":
                lines = t.return_()
            elif effect == "THROW":
                lines = [f"raise ThrowCompletion({args[0]})"]
            elif effect == "CALL":
                lines = t.call(args[0])
            else:
                lines = t.suspend()
            out.extend(_stmts(lines))
            continue
        stmt = _shallow(stmt)   # (compound statements get their parts re-spelled below)
        if isinstance(stmt, ast.If):
            stmt.test = _Rewriter(spelling).visit(stmt.test)
            stmt.body = rewrite_run(stmt.body, spelling) or [ast.Pass()]
            stmt.orelse = rewrite_run(stmt.orelse, spelling)
        elif isinstance(stmt, (ast.For, ast.While)):
            if isinstance(stmt, ast.For):
                stmt.target = _Rewriter(spelling).visit(stmt.target)
                stmt.iter = _Rewriter(spelling).visit(stmt.iter)
            else:
                stmt.test = _Rewriter(spelling).visit(stmt.test)
            stmt.body = rewrite_run(stmt.body, spelling) or [ast.Pass()]
            stmt.orelse = rewrite_run(stmt.orelse, spelling)
        elif isinstance(stmt, ast.Try):
            stmt.body = rewrite_run(stmt.body, spelling) or [ast.Pass()]
            stmt.handlers = [_shallow(h) for h in stmt.handlers]
            for h in stmt.handlers:
                h.type = _Rewriter(spelling).visit(h.type) if h.type else None
                h.body = rewrite_run(h.body, spelling) or [ast.Pass()]
            stmt.orelse = rewrite_run(stmt.orelse, spelling)
            stmt.finalbody = rewrite_run(stmt.finalbody, spelling)
        else:
            stmt = _Rewriter(spelling).visit(stmt)
        out.append(stmt)
    return out


def _literal(value):
    if value is None or value.__class__ in (bool, int, str):
        return repr(value)
    return None


_CODE_CACHE: dict = {}
_RUN_FACTS: dict = {}   # the statements a lowering runs -> (uses INTERP, names assigned)
_LINES: dict = {}       # lower(): (target, statements, spellings, index) -> (lines, falls through)
_LINES_LIMIT = 20_000   # entries (oldest dropped first)


def _compiled(node, mode, filename):
    """The code object of a DECODE block (``exec``) or a STATIC condition (``eval``), compiled
    once per template node (the templates are parsed once per process)."""
    code = _CODE_CACHE.get(id(node))
    if code is None:
        tree = (ast.Expression(copy.deepcopy(node)) if mode == "eval" else
                ast.Module(body=copy.deepcopy(node.body), type_ignores=[]))
        code = _CODE_CACHE[id(node)] = compile(tree, filename, mode)
    return code


_REMEMBERING = threading.Lock()


def remember(cache, key, value, limit):
    """cache[key] = value in a bounded process-wide cache (the oldest entry goes first).
    Engines in several threads share these caches: eviction and insertion hold one lock (two
    threads evicting the same oldest entry made the second raise KeyError)."""
    with _REMEMBERING:
        if len(cache) >= limit:
            del cache[next(iter(cache))]
        cache[key] = value


def lower(op, operands, target, *, constants=(), sfi=None, interp=None, pc=0) -> Lowered:
    """Python source of instruction ``op operands`` at index ``pc`` for ``target``."""
    template = definitions()[Op(op)]
    env = namespace()
    env.update({"CONST": constants, "SFI": sfi, "INTERP": interp, "PC": pc,
                "LOCALS": target.locals,
                "OP": Op(op).name})
    env.update(zip(template.params, operands))
    before = set(env)

    def decide(cond):
        return bool(eval(_compiled(cond, "eval", f"<STATIC {template.name}>"), env))

    stmts = list(template.body)
    run = []
    i = 0
    while i < len(stmts):   # decode blocks run in order; STATIC conditions see their names
        stmt = stmts[i]
        if is_decode(stmt):
            exec(_compiled(stmt, "exec", f"<DECODE {template.name}>"), env)
        elif is_static_if(stmt):
            branch = stmt.body if decide(stmt.test.args[0]) else stmt.orelse
            stmts = list(branch) + stmts[i + 1:]
            i = 0
            continue
        else:
            run.append(stmt)
        i += 1
    bindings = {}
    names = {}
    for name in list(template.params) + sorted(set(env) - before):
        value = env[name]
        literal = _literal(value)
        if literal is not None:
            names[name] = literal
        else:
            bound = f"{name}_{pc}"
            bindings[bound] = value
            names[name] = bound
    key = tuple(map(id, run))   # template nodes live as long as the process (definitions())
    facts = _RUN_FACTS.get(key)
    if facts is None:
        facts = _RUN_FACTS[key] = (
            any(isinstance(n, ast.Name) and n.id == "INTERP" for s in run for n in ast.walk(s)),
            sorted(assigned_names(run)))
    uses_interp, assigned = facts
    if uses_interp and target.interp.isidentifier():
        bindings.setdefault(target.interp, interp)
    # The lines depend only on the target, the statements run, the spelling of every name and
    # the index; the values bound to names may differ (each lowering gets its own bindings).
    text_key = (target.__class__, repr(sorted(vars(target).items())), key,
                tuple(sorted(names.items())), pc)
    cached = _LINES.get(text_key)
    if cached is None:
        temps = {name: target.temp(name) for name in assigned}
        spelling = Spelling(target, names, temps, repr(pc), fold=True)
        stmts = rewrite_run(run, spelling)
        cached = (ast.unparse(ast.Module(body=stmts, type_ignores=[])).splitlines()
                  if stmts else [], not terminates(run))
        remember(_LINES, text_key, cached, _LINES_LIMIT)
    return Lowered(list(cached[0]), bindings, cached[1])
