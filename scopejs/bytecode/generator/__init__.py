"""BytecodeGenerator: AST + scopes -> BytecodeArray, one function at a time (V8 BytecodeGenerator).

The class is composed here from mixins split by family (expressions, statements, functions,
classes, patterns, control flow, iteration, generators).  This module holds the visitor
skeleton and what every family shares: variable loads/stores by VariableLocation, the context
chain (depth of a scope's context from the current one), and temporaries.

Expressions leave their value in the accumulator; statements leave nothing.
"""
from __future__ import annotations

import math

from scopejs.bytecode.builder import BytecodeArrayBuilder, Label
from scopejs.bytecode.generator.classes import ClassesMixin
from scopejs.bytecode.generator.control_flow import ControlFlowMixin
from scopejs.bytecode.generator.expressions import ExpressionsMixin
from scopejs.bytecode.generator.functions import FunctionsMixin
from scopejs.bytecode.generator.generators import GeneratorsMixin
from scopejs.bytecode.generator.iteration import IterationMixin
from scopejs.bytecode.generator.patterns import PatternsMixin
from scopejs.bytecode.generator.statements import StatementsMixin
from scopejs.bytecode.opcodes import Op
from scopejs.bytecode.registers import FIRST_PARAMETER_REGISTER, RegisterAllocator
from scopejs.bytecode.runtime_functions import RuntimeFunction
from scopejs.errors import EngineInternalError
from scopejs.parsing.static_semantics import bound_identifiers
from scopejs.scopes.variable import VariableKind, VariableLocation, VariableMode

_LOC = VariableLocation


class ContextEntry:
    """A context pushed by this function: its scope, the register holding the previous context
    (PopContext) and the register holding the context itself (handler table restore)."""
    __slots__ = ("scope", "saved_register", "context_register")

    def __init__(self, scope, saved_register, context_register):
        self.scope = scope
        self.saved_register = saved_register
        self.context_register = context_register


class BytecodeGenerator(ExpressionsMixin, StatementsMixin, FunctionsMixin, ClassesMixin,
                        PatternsMixin, ControlFlowMixin, IterationMixin, GeneratorsMixin):

    def __init__(self, sfi, closure_scope, source=None, *, compiler=None):
        self.sfi = sfi
        self.closure_scope = closure_scope
        self.source = source
        self.compiler = compiler
        self.b = BytecodeArrayBuilder(sfi.name if sfi is not None else "")
        self.parameter_count = sfi.formal_parameter_count if sfi is not None else 0
        self.first_local = FIRST_PARAMETER_REGISTER + self.parameter_count
        self.regs = RegisterAllocator(self.first_local + closure_scope.num_locals)
        self.scope = closure_scope.outer
        self.context_stack: list[ContextEntry] = []
        self.controls = []
        self.result_register = None
        self.optional_chain_labels = []
        self.is_generator = bool(sfi is not None and sfi.is_generator)
        self.is_async = bool(sfi is not None and sfi.is_async)
        self.suspend_count = 0
        self.is_strict = closure_scope.is_strict
        self.loop_depth = 0
        # Recorded by scope analysis (ScopeBuilder.mark_handlers); synthetic functions
        # (class initializers, default constructors) conservatively keep contexts.
        self.uses_handlers = getattr(closure_scope, "uses_handlers", True) or \
            getattr(closure_scope, "is_class_initializer", False)
        # ResumeGenerator's mode register, reserved before any temporary (generators, async).
        self.mode_register_cache = self.regs.new() if (self.is_generator or self.is_async) \
            else None

    # -- visitor skeleton -----------------------------------------------------------------
    def visit(self, node):
        """Generate a statement."""
        handler = _STATEMENTS.get(node.type)
        if handler is None:
            raise EngineInternalError(f"bytecode: no generator for statement {node.type} "
                                      f"at offset {node.start}")
        handler(self, node)

    def visit_expression(self, node):
        """Generate an expression into the accumulator."""
        handler = _EXPRESSIONS.get(node.type)
        if handler is None:
            raise EngineInternalError(f"bytecode: no generator for expression {node.type} "
                                      f"at offset {node.start}")
        handler(self, node)

    def visit_statements(self, statements):
        for stmt in statements:
            self.visit(stmt)
            if self.b.dead:
                # Unreachable code still declares nothing at run time; skip it (V8 does too),
                # except function declarations, which were hoisted already.
                break

    def statement_position(self, node):
        self.b.set_position(node.start, True)

    def expression_position(self, node):
        self.b.set_position(node.start, False)

    # -- temporaries ----------------------------------------------------------------------
    def new_register(self) -> int:
        return self.regs.new()

    def to_register(self, node, later=()) -> int:
        """Evaluate ``node`` into a register: the variable's own register when ``node`` is a
        plain local that nothing in ``later`` (the expressions evaluated while the register is
        still in use) can assign; else a fresh temporary.  An operand's value is the one it had
        when it was evaluated (13.15.2, 13.3.2.1, 13.3.5.1): `a[j] += a[--j]` must use the old j,
        and `new C((C = D, 1))` the old C."""
        reg = self.local_register_of(node)
        if reg is not None and not (later and node.type == "Identifier" and
                                    node.variable.maybe_assigned and
                                    assigns_variable(later, node.variable)):
            return reg
        self.visit_expression(node)
        reg = self.regs.new()
        self.b.star(reg)
        return reg

    def local_register_of(self, node):
        if node.type == "ThisExpression":
            var = node.variable
            if var is not None and var.location is _LOC.PARAMETER and \
                    var.mode is not VariableMode.LET:
                return FIRST_PARAMETER_REGISTER + var.index
            return None
        if node.type == "Identifier":
            var = node.variable
            if var is not None and not node.hole_check:
                if var.location is _LOC.LOCAL:
                    return self.first_local + var.index
                if var.location is _LOC.PARAMETER:
                    return FIRST_PARAMETER_REGISTER + var.index
        return None

    def runtime(self, function, *registers):
        """CallRuntime with the given registers (copied into a consecutive list if needed)."""
        count = len(registers)
        if count == 0:
            self.b.emit(Op.CallRuntime, function, 0, 0)
            return
        first = registers[0]
        if all(registers[i] == first + i for i in range(count)):
            self.b.emit(Op.CallRuntime, function, first, count)
            return
        mark = self.regs.mark()
        base = self.regs.new_list(count)
        for i, reg in enumerate(registers):
            self.b.emit(Op.Mov, reg, base + i)
        self.b.emit(Op.CallRuntime, function, base, count)
        self.regs.release(mark)

    def constant(self, value) -> int:
        return self.b.constant(value)

    def load_number(self, value):
        """acc := a Number (LdaZero / LdaSmi for small integers, else a constant)."""
        value = float(value)
        b = self.b
        if value == 0 and math.copysign(1.0, value) > 0:
            b.emit(Op.LdaZero)
        elif value == value and -2147483648.0 <= value < 2147483648.0 and value == int(value) \
                and value != 0:
            b.emit(Op.LdaSmi, int(value))
        else:
            b.emit(Op.LdaConstant, self.constant(value))

    # -- contexts -------------------------------------------------------------------------
    def context_depth(self, target):
        depth = 0
        scope = self.scope
        while scope is not target:
            if scope is None:
                raise EngineInternalError(f"bytecode: scope of a context variable is not on "
                                          f"the scope chain ({target})")
            if scope.needs_context:
                depth += 1
            scope = scope.outer
        return depth

    def push_context(self, scope, create_op, *operands):
        """Create and enter ``scope``'s context.  The new context is also kept in a register
        when this function has exception handlers (their handler-table context register)."""
        b = self.b
        b.emit(create_op, *operands)
        ctx_reg = self.regs.new()
        saved = self.regs.new()
        if self.uses_handlers:
            b.star(ctx_reg)
        b.emit(Op.PushContext, saved)
        self.context_stack.append(ContextEntry(scope, saved, ctx_reg))

    def pop_context(self):
        entry = self.context_stack.pop()
        self.b.emit(Op.PopContext, entry.saved_register)

    def current_context_register(self) -> int:
        """The register that holds the current context (-1: the function's initial one)."""
        if self.context_stack:
            return self.context_stack[-1].context_register
        return -1

    def enter_block_scope(self, scope):
        """Enter a block-like scope: its context if needed, TDZ holes, hoisted functions."""
        if scope is None:
            return False
        pushed = False
        if scope.needs_context:
            self.push_context(scope, Op.CreateBlockContext, self.constant(scope.scope_info))
            pushed = True
        self.scope = scope
        self.initialize_holes(scope)
        return pushed

    def leave_block_scope(self, scope, pushed):
        if scope is None:
            return
        if pushed:
            self.pop_context()
        self.scope = scope.outer

    def initialize_holes(self, scope):
        b = self.b
        for var in scope.variables.values():
            if var.needs_hole_init and var.location is _LOC.LOCAL and \
                    var.kind is not VariableKind.FUNCTION:
                b.emit(Op.LdaTheHole)
                b.star(self.first_local + var.index)

    # -- variables ------------------------------------------------------------------------
    def load_variable(self, var, *, hole_check=False, typeof=False, name=None):
        b = self.b
        loc = var.location
        if loc is _LOC.LOCAL:
            b.ldar(self.first_local + var.index)
        elif loc is _LOC.PARAMETER:
            b.ldar(FIRST_PARAMETER_REGISTER + var.index)
        elif loc is _LOC.CONTEXT:
            depth = self.context_depth(var.scope)
            immutable = var.mode is VariableMode.CONST or var.mode is VariableMode.FUNCTION_NAME \
                or (var.mode is VariableMode.TEMPORARY) or var.kind is VariableKind.NEW_TARGET
            if depth == 0:
                b.emit(Op.LdaImmutableCurrentContextSlot if immutable and not hole_check
                       else Op.LdaCurrentContextSlot, var.index)
            else:
                b.emit(Op.LdaImmutableContextSlot if immutable and not hole_check
                       else Op.LdaContextSlot, var.index, depth)
        elif loc is _LOC.UNALLOCATED:
            if var.kind is VariableKind.THIS:
                self.runtime(RuntimeFunction.GetGlobalThis)
                return
            index = self.constant(var.name)
            b.emit(Op.LdaGlobalInsideTypeof if typeof else Op.LdaGlobal, index)
            return
        elif loc is _LOC.LOOKUP:
            index = self.constant(var.name)
            b.emit(Op.LdaLookupSlotInsideTypeof if typeof else Op.LdaLookupSlot, index)
            return
        elif loc is _LOC.MODULE:
            b.emit(Op.LdaModuleVariable, self.constant(var.module_binding))
            return
        else:
            raise EngineInternalError(f"bytecode: variable {var.name} was never allocated")
        if hole_check:
            if var.kind is VariableKind.THIS:
                b.emit(Op.ThrowSuperNotCalledIfHole)
            else:
                b.emit(Op.ThrowReferenceErrorIfHole, self.constant(var.name))

    def load_identifier(self, node, typeof=False):
        var = node.variable
        if var is None:
            raise EngineInternalError(f"bytecode: unresolved identifier {node.name} at "
                                      f"{node.start}")
        if node.hole_check or (not typeof and var.location in (_LOC.UNALLOCATED, _LOC.LOOKUP)):
            # The load can throw a ReferenceError: errors point at the name (V8).
            self.expression_position(node)
        self.load_variable(var, hole_check=bool(node.hole_check), typeof=typeof)

    def store_variable(self, var, *, init=False, hole_check=False, node=None):
        """Store acc into ``var``; acc is preserved.  ``init``: the declaration's own
        initialization (no TDZ or const check)."""
        b = self.b
        loc = var.location
        if not init:
            if var.mode is VariableMode.FUNCTION_NAME:
                if self.is_strict:
                    self.throw_const_assign(var)
                return
            if hole_check and loc in (_LOC.LOCAL, _LOC.PARAMETER, _LOC.CONTEXT):
                value = self.regs.new()
                b.star(value)
                self.load_variable(var, hole_check=True)
                b.ldar(value)
            if var.mode is VariableMode.CONST and loc is not _LOC.UNALLOCATED and \
                    loc is not _LOC.LOOKUP:
                self.throw_const_assign(var)
                return
        if loc is _LOC.LOCAL:
            b.star(self.first_local + var.index)
        elif loc is _LOC.PARAMETER:
            b.star(FIRST_PARAMETER_REGISTER + var.index)
        elif loc is _LOC.CONTEXT:
            depth = self.context_depth(var.scope)
            if depth == 0:
                b.emit(Op.StaCurrentContextSlot, var.index)
            else:
                b.emit(Op.StaContextSlot, var.index, depth)
        elif loc is _LOC.UNALLOCATED:
            if init and var.mode in (VariableMode.LET, VariableMode.CONST):
                mark = self.regs.mark()
                args = self.regs.new_list(2)
                b.star(args + 1)
                b.emit(Op.LdaConstant, self.constant(var.name))
                b.star(args)
                self.runtime(RuntimeFunction.InitializeGlobalLexical, args, args + 1)
                b.ldar(args + 1)
                self.regs.release(mark)
            else:
                b.emit(Op.StaGlobal, self.constant(var.name))
        elif loc is _LOC.LOOKUP:
            b.emit(Op.StaLookupSlot, self.constant(var.name), 1 if self.is_strict else 0)
        elif loc is _LOC.MODULE:
            b.emit(Op.StaModuleVariable, self.constant(var.module_binding))
        else:
            raise EngineInternalError(f"bytecode: variable {var.name} was never allocated")

    def throw_const_assign(self, var):
        mark = self.regs.mark()
        reg = self.regs.new()
        self.b.emit(Op.LdaConstant, self.constant(var.name))
        self.b.star(reg)
        self.runtime(RuntimeFunction.ThrowConstAssignError, reg)
        self.regs.release(mark)

    def store_identifier(self, node, *, init=False):
        var = node.variable
        if var is None:
            raise EngineInternalError(f"bytecode: unresolved identifier {node.name}")
        self.store_variable(var, init=init, hole_check=bool(node.hole_check) and not init,
                            node=node)

    def new_label(self) -> Label:
        return Label()

    # -- results --------------------------------------------------------------------------
    def finish(self):
        sfi = self.sfi
        count = self.regs.max - self.first_local
        bytecode = self.b.finish(count, self.parameter_count, sfi)
        return bytecode


def _collect(prefix):
    table = {}
    for name in dir(BytecodeGenerator):
        if name.startswith(prefix) and name[len(prefix):len(prefix) + 1].isupper():
            table[name[len(prefix):]] = getattr(BytecodeGenerator, name)
    return table


_STATEMENTS = _collect("visit_")
_EXPRESSIONS = _collect("eval_")


_FUNCTION_NODES = frozenset({"FunctionExpression", "ArrowFunctionExpression",
                             "FunctionDeclaration", "StaticBlock"})


def assigns_variable(nodes, var) -> bool:
    """Whether evaluating ``nodes`` can assign ``var``, a register-allocated variable.  Only a
    syntactic write in this very function can: a closure that assigned it would have forced it
    into a context (scope analysis), so nested function bodies are not searched."""
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if isinstance(node, (list, tuple)):
            stack.extend(node)
            continue
        t = node.type
        if t in _FUNCTION_NODES:
            continue
        if t == "AssignmentExpression" and _pattern_writes(node.left, var):
            return True
        if t == "UpdateExpression" and _pattern_writes(node.argument, var):
            return True
        stack.extend(node.children())
    return False


def _pattern_writes(target, var) -> bool:
    """Whether assigning to the pattern (or simple target) ``target`` writes ``var``."""
    return any(ident.variable is var for ident in bound_identifiers(target))
