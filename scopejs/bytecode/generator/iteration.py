"""for-in, for-of, for-await-of and spreading (14.7.5, 7.4 iterator operations)."""
from __future__ import annotations

from scopejs.bytecode.generator.control_flow import BreakableControl, IteratorControl
from scopejs.bytecode.opcodes import CLOSE_THROW, Op
from scopejs.bytecode.runtime_functions import RuntimeFunction


class IterationMixin:

    def iterate_acc(self, body_fn):
        """for each value of the iterable in acc: acc := value; body_fn()."""
        b = self.b
        mark = self.regs.mark()
        obj = self.regs.new()
        record = self.regs.new()
        b.star(obj)
        b.emit(Op.GetIterator, obj, 0)
        b.star(record)
        loop = self.new_label()
        done = self.new_label()
        b.bind(loop)
        b.jump(Op.IteratorStepValue, done, record)
        body_fn()
        b.jump(Op.JumpLoop, loop, self.loop_depth)
        b.bind(done)
        self.regs.release(mark)

    def enter_block_scope_keeping_acc(self, scope):
        """Enter the per-iteration scope without losing the value in acc (creating the
        context or the TDZ holes clobbers acc)."""
        if scope is None:
            return False
        clobbers = scope.needs_context or any(
            var.needs_hole_init and var.location.value == "LOCAL"
            for var in scope.variables.values())
        if not clobbers:
            return self.enter_block_scope(scope)
        saved = self.regs.new()
        self.b.star(saved)
        pushed = self.enter_block_scope(scope)
        self.b.ldar(saved)
        return pushed

    def emit_async_close_for_throw(self, record, ctx_reg):
        """7.4.14 AsyncIteratorClose with a throw completion: call and await return(), but
        any error of it is dropped in favour of the original exception."""
        b = self.b
        start = self.new_label()
        end = self.new_label()
        swallow = self.new_label()
        done = self.new_label()
        method = self.regs.new()
        b.bind(start)
        self.runtime(RuntimeFunction.GetIteratorReturn, record)
        b.jump(Op.JumpIfUndefinedOrNull, end)
        b.star(method)
        self.runtime(RuntimeFunction.CallIteratorMethod, record, method)
        self.emit_await()
        b.bind(end)
        b.jump(Op.Jump, done)
        b.bind(swallow)
        b.add_handler(start, end, swallow, ctx_reg, True)
        b.bind(done)

    def evaluate_loop_head(self, node):
        """The iterated expression, with the loop's lexical bindings in TDZ (14.7.5.6)."""
        scope = node.scope
        if scope is not None:
            pushed = self.enter_block_scope(scope)
            self.visit_expression(node.right)
            self.leave_block_scope(scope, pushed)
        else:
            self.visit_expression(node.right)

    def bind_loop_target(self, node):
        """acc holds the next value: bind it to the loop's left side."""
        left = node.left
        if left.type == "VariableDeclaration":
            target = left.declarations[0].id
            self.bind_pattern_from_acc(target, init=left.kind != "var")
        elif self.unparenthesized(left).type == "CallExpression":
            # Annex B: `for (f() of xs)` calls f, then throws V8's ReferenceError.
            self.prepare_reference(left, lhs_error="Invalid left-hand side in for-loop")
        else:
            self.bind_pattern_from_acc(left, init=False)

    def visit_ForInStatement(self, node):
        labels = self.take_labels()
        self.statement_position(node)
        self.reset_completion()
        b = self.b
        mark = self.regs.mark()
        left = node.left
        if left.type == "VariableDeclaration" and left.kind == "var" and \
                left.declarations[0].init is not None:
            # Annex B.3.5: for (var x = init in obj)
            decl = left.declarations[0]
            self.visit_named_expression(decl.init, decl.id.name)
            self.store_identifier(decl.id)
        self.evaluate_loop_head(node)
        obj = self.regs.new()
        enumerator = self.regs.new()
        b.star(obj)
        b.emit(Op.ForInEnumerate, obj)
        b.star(enumerator)
        header = self.new_label()
        ctl = BreakableControl(labels, self.new_label(), header, len(self.context_stack),
                               is_loop=True)
        b.bind(header)
        b.jump(Op.ForInNext, ctl.break_label, enumerator)
        scope = node.scope
        pushed = self.enter_block_scope_keeping_acc(scope)
        self.bind_loop_target(node)
        self.loop_body(ctl, node.body)
        self.leave_block_scope(scope, pushed)
        b.jump(Op.JumpLoop, header, self.loop_depth)
        b.bind(ctl.break_label)
        self.regs.release(mark)

    def visit_ForOfStatement(self, node):
        labels = self.take_labels()
        self.statement_position(node)
        self.reset_completion()
        b = self.b
        is_async = bool(node.await_)
        mark = self.regs.mark()
        self.evaluate_loop_head(node)
        obj = self.regs.new()
        record = self.regs.new()
        b.star(obj)
        self.expression_position(node.right)
        b.emit(Op.GetIterator, obj, 1 if is_async else 0)
        b.star(record)
        header = self.new_label()
        depth = len(self.context_stack)
        ctl = BreakableControl(labels, self.new_label(), header, depth, is_loop=True)
        iterator = IteratorControl(record, is_async, depth)
        ctl.iterator = iterator
        ctx_reg = self.current_context_register()
        start = self.new_label()
        end = self.new_label()
        handler = self.new_label()
        b.bind(header)
        if is_async:
            result = self.regs.new()
            self.runtime(RuntimeFunction.IteratorCallNext, record)
            self.emit_await()
            b.star(result)
            self.runtime(RuntimeFunction.IteratorComplete, result)
            b.jump(Op.JumpIfTrue, ctl.break_label)
            b.emit(Op.GetNamedProperty, result, self.constant("value"))
        else:
            b.jump(Op.IteratorStepValue, ctl.break_label, record)
        b.bind(start)
        scope = node.scope
        pushed = self.enter_block_scope_keeping_acc(scope)
        self.controls.append(iterator)
        self.bind_loop_target(node)
        self.loop_body(ctl, node.body)
        self.controls.pop()
        self.leave_block_scope(scope, pushed)
        b.bind(end)
        b.jump(Op.JumpLoop, header, self.loop_depth)
        b.bind(handler)
        exc = self.regs.new()
        b.star(exc)
        if is_async:
            self.emit_async_close_for_throw(record, ctx_reg)
        else:
            b.emit(Op.IteratorClose, record, CLOSE_THROW)
        b.ldar(exc)
        b.emit(Op.ReThrow)
        b.add_handler(start, end, handler, ctx_reg, False)
        b.bind(ctl.break_label)
        self.regs.release(mark)
