"""Functions: SharedFunctionInfo creation, CreateClosure, and the function prologue
(10.2.11 FunctionDeclarationInstantiation as bytecode) and top-level code prologues
(16.1.7 GlobalDeclarationInstantiation, 19.2.1.3 EvalDeclarationInstantiation)."""
from __future__ import annotations

from scopejs.bytecode.constant_pool import EvalDeclarations, GlobalDeclarations
from scopejs.bytecode.opcodes import CLOSURE_PRETENURED, SUSPEND_INITIAL, Op
from scopejs.bytecode.registers import (CLOSURE_REGISTER, FIRST_PARAMETER_REGISTER,
                                        NEW_TARGET_REGISTER, RECEIVER_REGISTER)
from scopejs.bytecode.runtime_functions import RuntimeFunction
from scopejs.bytecode.shared_function_info import FunctionKind, SharedFunctionInfo
from scopejs.scopes.variable import VariableKind, VariableLocation, VariableMode

_CONTEXT = VariableLocation.CONTEXT


def function_kind(node, *, is_method=False, accessor=None):
    is_async = bool(node.async_)
    is_generator = bool(node.generator)
    if node.type == "ArrowFunctionExpression":
        return FunctionKind.ASYNC_ARROW if is_async else FunctionKind.ARROW
    if accessor == "get":
        return FunctionKind.GETTER
    if accessor == "set":
        return FunctionKind.SETTER
    if is_method:
        if is_async and is_generator:
            return FunctionKind.ASYNC_GENERATOR_METHOD
        if is_generator:
            return FunctionKind.GENERATOR_METHOD
        if is_async:
            return FunctionKind.ASYNC_METHOD
        return FunctionKind.METHOD
    if is_async and is_generator:
        return FunctionKind.ASYNC_GENERATOR
    if is_generator:
        return FunctionKind.GENERATOR
    if is_async:
        return FunctionKind.ASYNC
    return FunctionKind.NORMAL


def expected_argument_count(params) -> int:
    """ExpectedArgumentCount (15.1.5): parameters before the first default or rest."""
    count = 0
    for param in params:
        if param.type in ("AssignmentPattern", "RestElement"):
            break
        count += 1
    return count


class FunctionsMixin:

    # -- closures -------------------------------------------------------------------------
    def new_sfi(self, node, name, kind, *, class_node=None):
        params = node.params or [] if node is not None else []
        formal = sum(1 for p in params if p.type != "RestElement")
        scope = node.scope if node is not None else None
        is_strict = scope.is_strict if scope is not None else True
        sfi = SharedFunctionInfo(
            name, node, kind, is_strict=is_strict, formal_parameter_count=formal,
            length=expected_argument_count(params), source=self.source,
            source_start=(class_node or node).start if (class_node or node) is not None else 0,
            source_end=(class_node or node).end if (class_node or node) is not None else 0,
            has_simple_parameters=all(p.type == "Identifier" for p in params),
            class_node=class_node)
        if self.sfi is not None:
            sfi.script_name = self.sfi.script_name
        if scope is not None:
            if not scope.function_name:
                scope.function_name = name
                if scope.scope_info is not None:
                    scope.scope_info.function_name = name
            sfi.needs_home_object = scope.has_home_object
            sfi.uses_arguments = scope.arguments_var is not None
        return sfi

    def create_closure(self, node, name, *, is_method=False, accessor=None, kind=None,
                       source_node=None):
        if kind is None:
            kind = function_kind(node, is_method=is_method, accessor=accessor)
        sfi = self.new_sfi(node, name, kind)
        if source_node is not None:
            # [[SourceText]] of a method is its MethodDefinition, which for a static class
            # element starts after `static` (ClassElement : static MethodDefinition).
            sfi.source_start = source_node.text_start if source_node.type == "MethodDefinition" \
                else source_node.start
        if node.type == "FunctionExpression" and node.id is None or \
                node.type == "ArrowFunctionExpression":
            sfi.is_anonymous_expression = not name
        flag = CLOSURE_PRETENURED if self.context_stack else 0
        self.expression_position(node)
        self.b.emit(Op.CreateClosure, self.constant(sfi), flag)
        return sfi

    def function_uses_super(self, fn_node) -> bool:
        scope = fn_node.scope
        if scope is None:
            return False
        if scope.is_lazy_stub:
            data = fn_node.lazy
            return bool(getattr(data, "uses_super_property", False) or
                        getattr(data, "has_super_call", False))
        return scope.this_function_var is not None

    # -- prologues ------------------------------------------------------------------------
    def enter_function_context(self, scope, create_op=Op.CreateFunctionContext):
        if scope.needs_context:
            if create_op is Op.CreateBlockContext:
                self.push_context(scope, create_op, self.constant(scope.scope_info))
            else:
                self.push_context(scope, create_op, self.constant(scope.scope_info),
                                  len(scope.context_locals))
        self.scope = scope

    def copy_specials_to_context(self, scope):
        b = self.b
        for var, register in ((scope.receiver, RECEIVER_REGISTER),
                              (scope.new_target_var, NEW_TARGET_REGISTER),
                              (scope.this_function_var, CLOSURE_REGISTER),
                              (scope.function_var, CLOSURE_REGISTER)):
            if var is not None and var.location is _CONTEXT:
                b.ldar(register)
                b.emit(Op.StaCurrentContextSlot, var.index)

    def generate_function(self, node):
        """The whole function: prologue (FunctionDeclarationInstantiation) and body."""
        scope = self.closure_scope
        b = self.b
        self.enter_function_context(scope)
        self.copy_specials_to_context(scope)
        if scope.has_simple_parameters:
            last_position = {}
            for position, var in enumerate(scope.params):
                last_position[var] = position
            for var, position in last_position.items():
                if var.location is _CONTEXT:
                    b.ldar(FIRST_PARAMETER_REGISTER + position)
                    b.emit(Op.StaCurrentContextSlot, var.index)
        args_var = scope.arguments_var
        if args_var is not None and args_var.kind is VariableKind.ARGUMENTS and \
                (args_var.is_used or args_var.forced_context):
            b.emit(Op.CreateMappedArguments if scope.mapped_arguments
                   else Op.CreateUnmappedArguments)
            self.store_variable(args_var, init=True)
        self.initialize_holes(scope)
        if not scope.has_simple_parameters:
            self.generate_parameters(node)
        body_scope = scope.body_scope
        if body_scope is not None:
            self.enter_block_scope(body_scope)
            for var in body_scope.variables.values():
                if var.mode is VariableMode.VAR:
                    outer = scope.variables.get(var.name)
                    if outer is not None and outer.kind in (VariableKind.PARAMETER,
                                                            VariableKind.ARGUMENTS):
                        self.load_variable(outer)
                        self.store_variable(var, init=True)
        self.hoist_functions(body_scope or scope)
        if self.is_generator:
            self.b.emit(Op.LdaUndefined)
            self.emit_suspend(SUSPEND_INITIAL, resume=False)
        body = node.body
        if body.type != "BlockStatement":
            self.visit_expression(body)
            self.statement_position(body)
            self.emit_return()
            return
        self.visit_statements(body.body)
        if not b.dead:
            b.emit(Op.LdaUndefined)
            self.emit_return()

    def generate_parameters(self, node):
        b = self.b
        for position, param in enumerate(node.params):
            if param.type == "RestElement":
                b.emit(Op.CreateRestParameter)
                self.bind_pattern_from_acc(param.argument, init=True)
                continue
            b.ldar(FIRST_PARAMETER_REGISTER + position)
            if param.type == "AssignmentPattern":
                skip = self.new_label()
                b.jump(Op.JumpIfNotUndefined, skip)
                target = param.left
                if target.type == "Identifier":
                    self.visit_named_expression(param.right, target.name)
                else:
                    self.visit_expression(param.right)
                b.bind(skip)
                self.bind_pattern_from_acc(target, init=True)
            else:
                self.bind_pattern_from_acc(param, init=True)

    def generate_script(self, program):
        """Script top level: 16.1.7 GlobalDeclarationInstantiation, then the statements; the
        completion value is returned."""
        scope = program.scope
        b = self.b
        self.scope = scope
        result = self.regs.new()
        self.result_register = result
        var_names, function_names, lexical, consts = [], [], [], []
        for name, var in scope.variables.items():
            if var.mode is VariableMode.VAR:
                if var.kind is VariableKind.FUNCTION:
                    function_names.append(name)
                else:
                    var_names.append(name)
            elif var.mode in (VariableMode.LET, VariableMode.CONST):
                lexical.append(name)
                if var.mode is VariableMode.CONST:
                    consts.append(name)
        if var_names or function_names or lexical:
            mark = self.regs.mark()
            reg = self.regs.new()
            b.emit(Op.LdaConstant, self.constant(
                GlobalDeclarations(var_names, function_names, lexical, consts)))
            b.star(reg)
            self.runtime(RuntimeFunction.DeclareGlobals, reg)
            self.regs.release(mark)
        self.hoist_functions(scope)
        b.emit(Op.LdaUndefined)
        b.star(result)
        self.visit_statements(program.body)
        if not b.dead:
            b.ldar(result)
            b.emit(Op.Return)

    def generate_module(self, program):
        """Module body (16.2.1.6.4 InitializeEnvironment as bytecode, then the statements).
        Exported and imported bindings are MODULE cells; exported vars start as undefined,
        exported functions are created here; lexical cells start as the hole."""
        scope = program.scope
        b = self.b
        self.enter_function_context(scope)
        for var in scope.variables.values():
            binding = var.module_binding
            if binding is not None and binding.module_request is None and \
                    var.mode is VariableMode.VAR and var.kind is not VariableKind.FUNCTION:
                b.emit(Op.LdaUndefined)
                self.store_variable(var, init=True)
        self.initialize_holes(scope)
        self.hoist_functions(scope)
        self.visit_statements(program.body)
        if not b.dead:
            b.emit(Op.LdaUndefined)
            b.emit(Op.Return)

    def generate_eval(self, program):
        """Eval code: 19.2.1.3 EvalDeclarationInstantiation, statements, completion value."""
        scope = program.scope
        b = self.b
        result = self.regs.new()
        self.result_register = result
        if not scope.is_strict:
            var_names, function_names = [], []
            for name, var in scope.variables.items():
                if var.mode is VariableMode.VAR:
                    (function_names if var.kind is VariableKind.FUNCTION else var_names).append(
                        name)
            if var_names or function_names:
                reg = self.regs.new()
                b.emit(Op.LdaConstant,
                       self.constant(EvalDeclarations(var_names, function_names)))
                b.star(reg)
                self.runtime(RuntimeFunction.DeclareEvalVars, reg)
        self.enter_function_context(scope, Op.CreateEvalContext)
        self.initialize_holes(scope)
        self.hoist_functions(scope)
        b.emit(Op.LdaUndefined)
        b.star(result)
        self.visit_statements(program.body)
        if not b.dead:
            b.ldar(result)
            b.emit(Op.Return)
