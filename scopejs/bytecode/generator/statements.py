"""Statements: declarations, blocks, if, loops, switch, try, with, labels (ECMA-262 14)."""
from __future__ import annotations

from scopejs.bytecode.generator.control_flow import BreakableControl
from scopejs.bytecode.opcodes import Op
from scopejs.bytecode.runtime_functions import RuntimeFunction
from scopejs.scopes.variable import VariableLocation

_BOOLEAN_OPERATORS = frozenset({"==", "!=", "===", "!==", "<", ">", "<=", ">=", "instanceof",
                                "in"})


class StatementsMixin:

    pending_labels = ()

    def take_labels(self):
        labels = self.pending_labels
        self.pending_labels = ()
        return labels

    def reset_completion(self):
        if self.result_register is not None:
            self.b.emit(Op.LdaUndefined)
            self.b.star(self.result_register)

    # -- simple statements ----------------------------------------------------------------
    def visit_ExpressionStatement(self, node):
        self.statement_position(node)
        if self.result_register is None:
            self.visit_effect(node.expression)
            return
        self.visit_expression(node.expression)
        self.b.star(self.result_register)

    def visit_EmptyStatement(self, node):
        pass

    def visit_DebuggerStatement(self, node):
        self.statement_position(node)
        self.b.emit(Op.Debugger)

    def visit_ThrowStatement(self, node):
        self.visit_expression(node.argument)
        self.statement_position(node)
        self.b.emit(Op.Throw)

    def visit_ReturnStatement(self, node):
        self.statement_position(node)
        arg = node.argument
        if arg is None:
            self.b.emit(Op.LdaUndefined)
        elif arg.type == "ConditionalExpression" and not self.controls and \
                not self.is_generator and not self.is_async:
            # return c ? a : b  ->  a Return in each branch (one jump less).
            else_label = self.new_label()
            self.jump_if_false(arg.test, else_label)
            self.visit_expression(arg.consequent)
            self.unwind("return", None)
            self.b.bind(else_label)
            self.visit_expression(arg.alternate)
            self.unwind("return", None)
            return
        else:
            self.visit_expression(arg)
            if self.is_async and self.is_generator:
                self.emit_await()
        self.unwind("return", None)

    def visit_BreakStatement(self, node):
        self.statement_position(node)
        target = self.find_break_target(node.label.name if node.label else None)
        self.unwind("break", target)

    def visit_ContinueStatement(self, node):
        self.statement_position(node)
        target = self.find_continue_target(node.label.name if node.label else None)
        self.unwind("continue", target)

    # -- declarations ---------------------------------------------------------------------
    def visit_VariableDeclaration(self, node):
        is_var = node.kind == "var"
        for decl in node.declarations:
            target = decl.id
            if decl.init is None:
                if is_var:
                    continue
                # `let x;` initializes to undefined.
                self.b.emit(Op.LdaUndefined)
                self.store_identifier(target, init=True)
                continue
            self.statement_position(decl)
            if target.type == "Identifier":
                if is_var and target.variable is not None and \
                        target.variable.location is VariableLocation.LOOKUP:
                    # `var x = v` inside with / sloppy eval: resolve x before evaluating v.
                    mark = self.regs.mark()
                    ref = self.prepare_reference(target)
                    self.visit_named_expression(decl.init, target.name)
                    self.store_reference(ref)
                    self.regs.release(mark)
                    continue
                self.visit_named_expression(decl.init, target.name)
                self.store_identifier(target, init=not is_var)
            else:
                self.visit_expression(decl.init)
                self.destructure_source = self.source_text_of(decl.init)
                self.bind_pattern_from_acc(target, init=not is_var)
                self.destructure_source = None

    def visit_FunctionDeclaration(self, node):
        # Hoisted (created at scope entry).  Annex B.3.3: copy the block binding to the var.
        scope = self.scope
        if scope is not None and scope.annex_b_functions:
            for fn_node, var in scope.annex_b_functions:
                if fn_node is node:
                    self.load_variable(node.id.variable)
                    self.store_variable(var, init=True)
                    break

    def visit_ClassDeclaration(self, node):
        self.statement_position(node)
        name = node.id.name
        self.generate_class(node, "default" if name == "*default*" else name)
        self.store_identifier(node.id, init=True)

    def hoist_functions(self, scope):
        for fn in scope.function_declarations:
            name = fn.id.name
            self.create_closure(fn, "default" if name == "*default*" else name)
            self.store_variable(fn.id.variable, init=True)

    # -- blocks ---------------------------------------------------------------------------
    def visit_BlockStatement(self, node):
        labels = self.take_labels()
        scope = node.scope
        pushed = self.enter_block_scope(scope)
        if scope is not None:
            self.hoist_functions(scope)
        if labels:
            ctl = BreakableControl(labels, self.new_label(), None, len(self.context_stack))
            self.controls.append(ctl)
            self.visit_statements(node.body)
            self.controls.pop()
            self.leave_block_scope(scope, pushed)
            self.b.bind(ctl.break_label)
            return
        self.visit_statements(node.body)
        self.leave_block_scope(scope, pushed)

    def visit_LabeledStatement(self, node):
        labels = [node.label.name]
        body = node.body
        while body.type == "LabeledStatement":
            labels.append(body.label.name)
            body = body.body
        if body.type in ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                         "DoWhileStatement", "SwitchStatement", "BlockStatement"):
            self.pending_labels = tuple(labels)
            self.visit(body)
            return
        ctl = BreakableControl(tuple(labels), self.new_label(), None, len(self.context_stack))
        self.controls.append(ctl)
        self.visit(body)
        self.controls.pop()
        self.b.bind(ctl.break_label)

    # -- conditions -----------------------------------------------------------------------
    def nullish_test(self, node):
        """For `x === null` / `x === undefined` (and !==): (operand, kind, negated) or None."""
        if node.type != "BinaryExpression" or node.operator not in ("===", "!=="):
            return None
        right = node.right
        if right.type == "Literal" and right.value is None and \
                getattr(right, "regex", None) is None and getattr(right, "bigint", None) is None:
            return node.left, "null", node.operator == "!=="
        if right.type == "Identifier" and right.name == "undefined" and \
                right.variable is not None and right.variable.mode.value == "dynamic" and \
                right.variable.location.value == "UNALLOCATED":
            return node.left, "undefined", node.operator == "!=="
        return None

    def jump_if_false(self, node, label):
        self.jump_if(node, label, False)

    def jump_if_true(self, node, label):
        self.jump_if(node, label, True)

    def jump_if(self, node, label, sense):
        """Jump to label when ToBoolean(node) is ``sense``, without materialising the boolean
        where the test's shape allows (nullish comparisons, `!`, `&&` / `||` short circuits)."""
        kind = node.type
        test = self.nullish_test(node)
        if test is not None:
            operand, what, negated = test
            self.visit_expression(operand)
            matches = negated != sense    # jump when the value IS null/undefined
            if what == "null":
                self.b.jump(Op.JumpIfNull if matches else Op.JumpIfNotNull, label)
            else:
                self.b.jump(Op.JumpIfUndefined if matches else Op.JumpIfNotUndefined, label)
            return
        if kind == "UnaryExpression" and node.operator == "!":
            self.jump_if(node.argument, label, not sense)
            return
        if kind == "LogicalExpression" and node.operator in ("&&", "||"):
            if (node.operator == "||") == sense:
                # `a || b` jumping on true, `a && b` jumping on false: either operand decides
                self.jump_if(node.left, label, sense)
                self.jump_if(node.right, label, sense)
            else:
                skip = self.new_label()
                self.jump_if(node.left, skip, not sense)
                self.jump_if(node.right, label, sense)
                self.b.bind(skip)
            return
        self.visit_expression(node)
        boolean = kind == "BinaryExpression" and node.operator in _BOOLEAN_OPERATORS
        if sense:
            self.b.jump(Op.JumpIfTrue if boolean else Op.JumpIfToBooleanTrue, label)
        else:
            self.b.jump(Op.JumpIfFalse if boolean else Op.JumpIfToBooleanFalse, label)

    def direct_jump_target(self, stmt):
        """For `if (c) break;` / `continue;`: the label to jump to when leaving needs no
        cleanup (no finally, iterator close or context pop in between), else None."""
        while stmt.type == "BlockStatement" and len(stmt.body) == 1 and stmt.scope is None:
            stmt = stmt.body[0]
        if stmt.type == "BreakStatement":
            target = self.find_break_target(stmt.label.name if stmt.label else None)
            label = target.break_label
            if target.iterator is not None:
                return None
        elif stmt.type == "ContinueStatement":
            target = self.find_continue_target(stmt.label.name if stmt.label else None)
            label = target.continue_label
        else:
            return None
        index = self.controls.index(target)
        if any(not isinstance(ctl, BreakableControl) for ctl in self.controls[index + 1:]):
            return None
        if len(self.context_stack) != target.context_depth:
            return None
        return label

    def visit_IfStatement(self, node):
        self.statement_position(node)
        self.reset_completion()
        b = self.b
        if node.alternate is None and self.result_register is None:
            label = self.direct_jump_target(node.consequent)
            if label is not None:
                self.jump_if_true(node.test, label)
                return
        else_label = self.new_label()
        self.jump_if_false(node.test, else_label)
        self.visit(node.consequent)
        if node.alternate is None:
            b.bind(else_label)
            return
        end = self.new_label()
        b.jump(Op.Jump, end)
        b.bind(else_label)
        self.visit(node.alternate)
        b.bind(end)

    # -- loops ----------------------------------------------------------------------------
    def loop_body(self, ctl, body):
        self.controls.append(ctl)
        self.loop_depth += 1
        self.visit(body)
        self.loop_depth -= 1
        self.controls.pop()

    def visit_WhileStatement(self, node):
        labels = self.take_labels()
        self.statement_position(node)
        self.reset_completion()
        b = self.b
        header = self.new_label()
        ctl = BreakableControl(labels, self.new_label(), header, len(self.context_stack),
                               is_loop=True)
        b.bind(header)
        self.jump_if_false(node.test, ctl.break_label)
        self.loop_body(ctl, node.body)
        b.jump(Op.JumpLoop, header, self.loop_depth)
        b.bind(ctl.break_label)

    def visit_DoWhileStatement(self, node):
        labels = self.take_labels()
        self.statement_position(node)
        self.reset_completion()
        b = self.b
        header = self.new_label()
        ctl = BreakableControl(labels, self.new_label(), self.new_label(),
                               len(self.context_stack), is_loop=True)
        b.bind(header)
        self.loop_body(ctl, node.body)
        b.bind(ctl.continue_label)
        exit_label = ctl.break_label
        self.jump_if_false(node.test, exit_label)
        b.jump(Op.JumpLoop, header, self.loop_depth)
        b.bind(exit_label)

    def visit_ForStatement(self, node):
        labels = self.take_labels()
        self.statement_position(node)
        self.reset_completion()
        b = self.b
        scope = node.scope
        pushed = self.enter_block_scope(scope)
        per_iteration = scope is not None and scope.is_loop_scope and scope.needs_context
        if node.init is not None:
            if node.init.type == "VariableDeclaration":
                self.visit(node.init)
            else:
                self.visit_expression(node.init)
        if per_iteration:
            b.emit(Op.CreatePerIterationContext, self.context_stack[-1].context_register)
        header = self.new_label()
        update = self.new_label()
        ctl = BreakableControl(labels, self.new_label(), update, len(self.context_stack),
                               is_loop=True)
        b.bind(header)
        if node.test is not None:
            self.jump_if_false(node.test, ctl.break_label)
        self.loop_body(ctl, node.body)
        b.bind(update)
        if per_iteration:
            b.emit(Op.CreatePerIterationContext, self.context_stack[-1].context_register)
        if node.update is not None:
            self.expression_position(node.update)
            self.visit_effect(node.update)
        b.jump(Op.JumpLoop, header, self.loop_depth)
        b.bind(ctl.break_label)
        self.leave_block_scope(scope, pushed)

    # -- switch ---------------------------------------------------------------------------
    def visit_SwitchStatement(self, node):
        labels = self.take_labels()
        self.statement_position(node)
        self.reset_completion()
        b = self.b
        mark = self.regs.mark()
        self.visit_expression(node.discriminant)
        disc = self.regs.new()
        b.star(disc)
        scope = node.scope
        pushed = self.enter_block_scope(scope)
        if scope is not None:
            self.hoist_functions(scope)
        ctl = BreakableControl(labels, self.new_label(), None, len(self.context_stack),
                               is_switch=True)
        case_labels = [self.new_label() for _ in node.cases]
        default_index = None
        for i, case in enumerate(node.cases):
            if case.test is None:
                default_index = i
                continue
            self.visit_expression(case.test)
            b.emit(Op.TestEqualStrict, disc)
            b.jump(Op.JumpIfTrue, case_labels[i])
        if default_index is not None:
            b.jump(Op.Jump, case_labels[default_index])
        else:
            b.jump(Op.Jump, ctl.break_label)
        self.controls.append(ctl)
        for i, case in enumerate(node.cases):
            b.bind(case_labels[i])
            for stmt in case.consequent:
                self.visit(stmt)
        self.controls.pop()
        b.bind(ctl.break_label)
        self.leave_block_scope(scope, pushed)
        self.regs.release(mark)

    # -- try ------------------------------------------------------------------------------
    def visit_TryStatement(self, node):
        self.statement_position(node)
        self.reset_completion()
        if node.finalizer is None:
            self.generate_try_catch(node)
            return
        if node.handler is None:
            body = lambda: self.visit(node.block)  # noqa: E731
        else:
            body = lambda: self.generate_try_catch(node)  # noqa: E731
        self.generate_try_finally(body, lambda: self.visit(node.finalizer))

    def generate_try_catch(self, node):
        b = self.b
        start = self.new_label()
        end = self.new_label()
        handler = self.new_label()
        done = self.new_label()
        ctx_reg = self.current_context_register()
        b.bind(start)
        self.visit(node.block)
        b.bind(end)
        b.jump(Op.Jump, done)
        b.bind(handler)
        b.add_handler(start, end, handler, ctx_reg, True)
        clause = node.handler
        scope = clause.scope
        param = clause.param
        mark = self.regs.mark()
        if scope is None:
            self.visit(clause.body)
        else:
            pushed = False
            if param.type == "Identifier" and scope.needs_context and \
                    param.variable.location is VariableLocation.CONTEXT and \
                    len(scope.context_locals) == 1:
                exc = self.regs.new()
                b.star(exc)
                self.push_context(scope, Op.CreateCatchContext, exc,
                                  self.constant(scope.scope_info))
                self.scope = scope
                pushed = True
            else:
                exc = self.regs.new()
                b.star(exc)
                pushed = self.enter_block_scope(scope)
                b.ldar(exc)
                if param.type == "Identifier":
                    self.store_identifier(param, init=True)
                else:
                    self.bind_pattern_from_acc(param, init=True)
            self.visit(clause.body)
            self.leave_block_scope(scope, pushed)
        self.regs.release(mark)
        b.bind(done)

    # -- with -----------------------------------------------------------------------------
    def visit_WithStatement(self, node):
        self.statement_position(node)
        self.reset_completion()
        mark = self.regs.mark()
        self.visit_expression(node.object)
        obj = self.regs.new()
        self.b.emit(Op.ToObject, obj)
        scope = node.scope
        self.push_context(scope, Op.CreateWithContext, obj, self.constant(scope.scope_info))
        self.scope = scope
        self.visit(node.body)
        self.pop_context()
        self.scope = scope.outer
        self.regs.release(mark)

    # -- modules (declarations are handled by the module prologue) ------------------------
    def visit_ImportDeclaration(self, node):
        pass

    def visit_ExportNamedDeclaration(self, node):
        if node.declaration is not None:
            self.visit(node.declaration)

    def visit_ExportDefaultDeclaration(self, node):
        decl = node.declaration
        if decl.type == "FunctionDeclaration" and decl.id is not None:
            return
        if decl.type == "ClassDeclaration" and decl.id is not None:
            self.visit(decl)
            return
        self.statement_position(node)
        if decl.type in ("FunctionDeclaration", "ClassDeclaration"):
            self.visit_named_expression(decl, "default")
        else:
            self.visit_named_expression(decl, "default")
        var = getattr(node, "default_variable", None)
        if var is not None:
            self.store_variable(var, init=True)

    def visit_ExportAllDeclaration(self, node):
        pass

    def throw_type_error(self, message, value_register=None):
        mark = self.regs.mark()
        args = self.regs.new_list(2)
        self.b.emit(Op.LdaConstant, self.constant(message))
        self.b.star(args)
        if value_register is None:
            self.b.emit(Op.LdaUndefined)
        else:
            self.b.ldar(value_register)
        self.b.star(args + 1)
        self.runtime(RuntimeFunction.ThrowTypeError, args, args + 1)
        self.regs.release(mark)
