"""Generators and async functions: yield, yield*, await (27.5, 27.6, 27.7; 15.5.5 yield*).

The frame itself is the suspended state: ``SuspendGenerator`` hands acc to the resumer,
``ResumeGenerator`` (always the next instruction) receives the resumption value and mode.
"""
from __future__ import annotations

from scopejs.bytecode.opcodes import (CLOSE_NORMAL, RESUME_RETURN, RESUME_THROW, SUSPEND_AWAIT,
                                      SUSPEND_YIELD, SUSPEND_YIELD_RAW, Op)
from scopejs.bytecode.runtime_functions import RuntimeFunction
from scopejs.errors import EngineInternalError


class GeneratorsMixin:

    def mode_register(self):
        """The register ResumeGenerator writes (reserved at frame start, see __init__)."""
        reg = self.mode_register_cache
        if reg is None:
            raise EngineInternalError("bytecode: yield/await outside a generator or async "
                                      "function")
        return reg

    def emit_suspend(self, kind, resume=True):
        b = self.b
        mode = self.mode_register()
        b.emit(Op.SuspendGenerator, self.suspend_count, kind)
        self.suspend_count += 1
        b.emit(Op.ResumeGenerator, mode)
        return mode

    def emit_await(self):
        """acc := Await(acc) (27.7.5.3): throws at this point if the promise rejects."""
        b = self.b
        mode = self.emit_suspend(SUSPEND_AWAIT)
        mark = self.regs.mark()
        value = self.regs.new()
        b.star(value)
        done = self.new_label()
        throw = self.new_label()
        b.ldar(mode)
        b.emit(Op.SwitchOnSmiNoFeedback, b.jump_table(RESUME_THROW, [throw]))
        b.ldar(value)
        b.jump(Op.Jump, done)
        b.bind(throw)
        b.ldar(value)
        b.emit(Op.Throw)
        b.bind(done)
        self.regs.release(mark)

    def eval_AwaitExpression(self, node):
        self.visit_expression(node.argument)
        self.expression_position(node)
        self.emit_await()

    def eval_YieldExpression(self, node):
        if node.delegate:
            self.generate_yield_star(node)
            return
        b = self.b
        if node.argument is None:
            b.emit(Op.LdaUndefined)
        else:
            self.visit_expression(node.argument)
        if self.is_async:
            self.emit_await()
        self.expression_position(node)
        mode = self.emit_suspend(SUSPEND_YIELD)
        self.dispatch_resumption(mode)

    def dispatch_resumption(self, mode):
        """After a yield: next -> value; throw -> throw it; return -> return through finally."""
        b = self.b
        mark = self.regs.mark()
        value = self.regs.new()
        b.star(value)
        done = self.new_label()
        on_return = self.new_label()
        on_throw = self.new_label()
        b.ldar(mode)
        b.emit(Op.SwitchOnSmiNoFeedback, b.jump_table(RESUME_RETURN, [on_return, on_throw]))
        b.ldar(value)
        b.jump(Op.Jump, done)
        b.bind(on_throw)
        b.ldar(value)
        b.emit(Op.Throw)
        b.bind(on_return)
        b.ldar(value)
        if self.is_async:
            self.emit_await()   # 27.6.3.7 AsyncGeneratorUnwrapYieldResumption
        self.unwind("return", None)
        b.bind(done)
        self.regs.release(mark)

    def generate_yield_star(self, node):
        """15.5.5 yield* (sync and async generators)."""
        b = self.b
        is_async = self.is_async
        mark = self.regs.mark()
        self.visit_expression(node.argument)
        obj = self.regs.new()
        record = self.regs.new()
        received = self.regs.new()
        inner = self.regs.new()
        method = self.regs.new()
        which = self.regs.new()
        resume_mode = self.regs.new()
        b.star(obj)
        self.expression_position(node)
        b.emit(Op.GetIterator, obj, 1 if is_async else 0)
        b.star(record)
        b.emit(Op.LdaUndefined)
        b.star(received)
        b.emit(Op.LdaZero)
        b.star(resume_mode)
        loop = self.new_label()
        on_return = self.new_label()
        on_throw = self.new_label()
        check = self.new_label()
        finished = self.new_label()
        b.bind(loop)
        b.ldar(resume_mode)
        b.emit(Op.SwitchOnSmiNoFeedback, b.jump_table(RESUME_RETURN, [on_return, on_throw]))
        # next(received)
        self.runtime(RuntimeFunction.IteratorCallNext, record, received)
        if is_async:
            self.emit_await()
        b.jump(Op.Jump, check)
        # throw(received)
        b.bind(on_throw)
        no_throw = self.new_label()
        b.emit(Op.LdaSmi, 1)
        b.star(which)
        self.runtime(RuntimeFunction.GetIteratorMethod, record, which)
        b.jump(Op.JumpIfUndefinedOrNull, no_throw)
        b.star(method)
        self.runtime(RuntimeFunction.CallIteratorMethod, record, method, received)
        if is_async:
            self.emit_await()
        b.jump(Op.Jump, check)
        b.bind(no_throw)
        if is_async:
            self.emit_async_iterator_close(record)
        else:
            b.emit(Op.IteratorClose, record, CLOSE_NORMAL)
        self.runtime(RuntimeFunction.NewTypeErrorForYieldDelegate)
        b.emit(Op.Throw)
        # return(received)
        b.bind(on_return)
        no_return = self.new_label()
        b.emit(Op.LdaSmi, 2)
        b.star(which)
        self.runtime(RuntimeFunction.GetIteratorMethod, record, which)
        b.jump(Op.JumpIfUndefinedOrNull, no_return)
        b.star(method)
        self.runtime(RuntimeFunction.CallIteratorMethod, record, method, received)
        if is_async:
            self.emit_await()
        b.star(inner)
        ok = self.new_label()
        b.jump(Op.JumpIfJSReceiver, ok)
        self.runtime(RuntimeFunction.ThrowIteratorResultNotAnObject, inner)
        b.bind(ok)
        self.runtime(RuntimeFunction.IteratorComplete, inner)
        not_done = self.new_label()
        b.jump(Op.JumpIfFalse, not_done)
        b.emit(Op.GetNamedProperty, inner, self.constant("value"))
        self.unwind("return", None)
        b.bind(no_return)
        b.ldar(received)
        if is_async:
            self.emit_await()
        self.unwind("return", None)
        # check the inner result of next/throw
        b.bind(check)
        b.star(inner)
        ok2 = self.new_label()
        b.jump(Op.JumpIfJSReceiver, ok2)
        self.runtime(RuntimeFunction.ThrowIteratorResultNotAnObject, inner)
        b.bind(ok2)
        self.runtime(RuntimeFunction.IteratorComplete, inner)
        b.jump(Op.JumpIfTrue, finished)
        b.bind(not_done)
        if is_async:
            b.emit(Op.GetNamedProperty, inner, self.constant("value"))
            mode = self.emit_suspend(SUSPEND_YIELD)
        else:
            b.ldar(inner)
            mode = self.emit_suspend(SUSPEND_YIELD_RAW)
        b.star(received)
        b.emit(Op.Mov, mode, resume_mode)
        if is_async:
            # AsyncGeneratorUnwrapYieldResumption: a return resumption awaits its value.
            skip = self.new_label()
            await_it = self.new_label()
            b.ldar(resume_mode)
            b.emit(Op.SwitchOnSmiNoFeedback, b.jump_table(RESUME_RETURN, [await_it]))
            b.jump(Op.Jump, skip)
            b.bind(await_it)
            b.ldar(received)
            self.emit_await()
            b.star(received)
            b.bind(skip)
        b.jump(Op.JumpLoop, loop, self.loop_depth)
        b.bind(finished)
        b.emit(Op.GetNamedProperty, inner, self.constant("value"))
        self.regs.release(mark)
