"""Break / continue / return through finally blocks and iterator loops (V8 ControlScope).

The generator keeps a stack of control scopes.  A jump out of a statement walks the stack from
the innermost outwards: block contexts entered since the target are popped; an active for-of
iterator is closed (IteratorClose, 14.7.5.7 step on abrupt completion); a try-finally records a
*deferred command* (a token in a register, V8 DeferredCommands) and jumps to its finally block,
whose end dispatches on the token (SwitchOnSmiNoFeedback) and re-issues the command from the
outer level.  Tokens: 0 fall through, 1 rethrow, 2.. recorded commands.
"""
from __future__ import annotations

from scopejs.bytecode.opcodes import CLOSE_NORMAL, Op
from scopejs.bytecode.runtime_functions import RuntimeFunction
from scopejs.errors import EngineInternalError

TOKEN_FALLTHROUGH = 0
TOKEN_RETHROW = 1


class BreakableControl:
    __slots__ = ("labels", "break_label", "continue_label", "context_depth", "is_loop",
                 "is_switch", "iterator")

    def __init__(self, labels, break_label, continue_label, context_depth, *, is_loop=False,
                 is_switch=False):
        self.labels = labels
        self.break_label = break_label
        self.continue_label = continue_label
        self.context_depth = context_depth
        self.is_loop = is_loop
        self.is_switch = is_switch
        self.iterator = None        # for-of: IteratorControl closed by `break` to this loop


class TryFinallyControl:
    __slots__ = ("finally_label", "token_register", "result_register", "commands",
                 "context_depth")

    def __init__(self, finally_label, token_register, result_register, context_depth):
        self.finally_label = finally_label
        self.token_register = token_register
        self.result_register = result_register
        self.commands = []          # (kind, target) ; token = index + 2
        self.context_depth = context_depth

    def token_for(self, kind, target) -> int:
        for i, (k, t) in enumerate(self.commands):
            if k == kind and t is target:
                return i + 2
        self.commands.append((kind, target))
        return len(self.commands) + 1


class IteratorControl:
    __slots__ = ("record_register", "is_async", "context_depth")

    def __init__(self, record_register, is_async, context_depth):
        self.record_register = record_register
        self.is_async = is_async
        self.context_depth = context_depth


class ControlFlowMixin:

    # -- finding targets ------------------------------------------------------------------
    def find_break_target(self, label):
        for ctl in reversed(self.controls):
            if isinstance(ctl, BreakableControl):
                if label is None:
                    if ctl.is_loop or ctl.is_switch:
                        return ctl
                elif label in ctl.labels:
                    return ctl
        raise EngineInternalError(f"bytecode: no target for break {label or ''}")

    def find_continue_target(self, label):
        for ctl in reversed(self.controls):
            if isinstance(ctl, BreakableControl) and ctl.is_loop:
                if label is None or label in ctl.labels:
                    return ctl
        raise EngineInternalError(f"bytecode: no target for continue {label or ''}")

    # -- unwinding ------------------------------------------------------------------------
    def pop_contexts_to(self, depth):
        if len(self.context_stack) > depth:
            self.b.emit(Op.PopContext, self.context_stack[depth].saved_register)

    def unwind(self, kind, target):
        """Emit the jump for break/continue (target: BreakableControl) or return (acc)."""
        stop = -1 if target is None else self.controls.index(target)
        for i in range(len(self.controls) - 1, stop, -1):
            ctl = self.controls[i]
            if isinstance(ctl, TryFinallyControl):
                self.pop_contexts_to(ctl.context_depth)
                if kind == "return":
                    self.b.star(ctl.result_register)
                token = ctl.token_for(kind, target)
                self.b.emit(Op.LdaSmi, token)
                self.b.star(ctl.token_register)
                self.b.jump(Op.Jump, ctl.finally_label)
                return
            if isinstance(ctl, IteratorControl):
                if kind == "return":
                    saved = self.regs.new()
                    self.b.star(saved)
                    self.emit_iterator_close(ctl.record_register, ctl.is_async)
                    self.b.ldar(saved)
                else:
                    self.emit_iterator_close(ctl.record_register, ctl.is_async)
        if kind == "return":
            self.emit_return()
            return
        self.pop_contexts_to(target.context_depth)
        if kind == "break" and target.iterator is not None:
            self.emit_iterator_close(target.iterator.record_register, target.iterator.is_async)
        if kind == "break":
            self.b.jump(Op.Jump, target.break_label)
        else:
            self.b.jump(Op.Jump, target.continue_label)

    def emit_return(self):
        """Return acc from the function (derived constructors: undefined -> this)."""
        b = self.b
        scope = self.closure_scope
        if getattr(scope, "is_derived_constructor", False):
            done = self.new_label()
            b.jump(Op.JumpIfNotUndefined, done)
            receiver = scope.receiver
            if receiver is not None:
                saved_scope = self.scope
                self.load_variable(receiver, hole_check=True)
                self.scope = saved_scope
            b.bind(done)
        b.emit(Op.Return)

    def emit_iterator_close(self, record, is_async):
        if not is_async:
            self.b.emit(Op.IteratorClose, record, CLOSE_NORMAL)
            return
        self.emit_async_iterator_close(record)

    def emit_async_iterator_close(self, record):
        """7.4.14 AsyncIteratorClose with a normal completion."""
        b = self.b
        done = self.new_label()
        mark = self.regs.mark()
        method = self.regs.new()
        self.runtime(RuntimeFunction.GetIteratorReturn, record)
        b.jump(Op.JumpIfUndefinedOrNull, done)
        b.star(method)
        self.runtime(RuntimeFunction.CallIteratorMethod, record, method)
        self.emit_await()
        b.jump(Op.JumpIfJSReceiver, done)
        reg = self.regs.new()
        b.star(reg)
        self.runtime(RuntimeFunction.ThrowIteratorResultNotAnObject, reg)
        b.bind(done)
        self.regs.release(mark)

    # -- try / finally --------------------------------------------------------------------
    def generate_try_finally(self, body_fn, finally_fn):
        """try { body } finally { fin } with deferred commands."""
        b = self.b
        token = self.regs.new()
        result = self.regs.new()
        finally_label = self.new_label()
        handler = self.new_label()
        start = self.new_label()
        end = self.new_label()
        ctl = TryFinallyControl(finally_label, token, result, len(self.context_stack))
        ctx_reg = self.current_context_register()
        b.bind(start)
        self.controls.append(ctl)
        body_fn()
        self.controls.pop()
        b.bind(end)
        # Normal completion of the body.
        b.emit(Op.LdaSmi, TOKEN_FALLTHROUGH)
        b.star(token)
        b.jump(Op.Jump, finally_label)
        # Exceptional completion: acc holds the exception.
        b.bind(handler)
        b.star(result)
        b.emit(Op.LdaSmi, TOKEN_RETHROW)
        b.star(token)
        b.add_handler(start, end, handler, ctx_reg, False)
        b.bind(finally_label)
        saved_completion = None
        if self.result_register is not None:
            # A finally block's normal completion does not change the statement's value.
            saved_completion = self.regs.new()
            b.ldar(self.result_register)
            b.star(saved_completion)
            # ... but an abrupt one leaves the finally block's own value (UpdateEmpty(F, undefined)).
            b.emit(Op.LdaUndefined)
            b.star(self.result_register)
        finally_fn()
        if saved_completion is not None and not b.dead:
            b.ldar(saved_completion)
            b.star(self.result_register)
        # Dispatch.
        if b.dead:
            return
        after = self.new_label()
        rethrow = self.new_label()
        command_labels = [self.new_label() for _ in ctl.commands]
        b.ldar(token)
        table = b.jump_table(0, [after, rethrow] + command_labels)
        b.emit(Op.SwitchOnSmiNoFeedback, table)
        b.jump(Op.Jump, after)
        b.bind(rethrow)
        b.ldar(result)
        b.emit(Op.ReThrow)
        for label, (kind, target) in zip(command_labels, ctl.commands):
            b.bind(label)
            if kind == "return":
                b.ldar(result)
            self.unwind(kind, target)
        b.bind(after)
