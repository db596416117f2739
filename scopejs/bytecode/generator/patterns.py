"""Destructuring: binding and assignment patterns (8.6.2 BindingInitialization,
13.15.5 DestructuringAssignmentEvaluation), with IteratorClose on abrupt completion."""
from __future__ import annotations

from scopejs.bytecode.generator.control_flow import IteratorControl
from scopejs.bytecode.opcodes import CLOSE_NORMAL, CLOSE_THROW, Op
from scopejs.bytecode.runtime_functions import RuntimeFunction
from scopejs.bytecode.generator.expressions import property_key_name

DESTRUCTURE_MESSAGE = "Cannot destructure '%s' as it is %s."


class PatternsMixin:

    destructure_source = None   # source text of the value being destructured (messages)

    def source_text_of(self, node):
        if self.source is None or node is None:
            return None
        text = self.source.text[node.start:node.end]
        return text if len(text) <= 60 else None

    def bind_pattern_from_acc(self, target, init):
        """Bind/assign the value in acc to a pattern or identifier."""
        if target.type == "Identifier":
            self.store_identifier(target, init=init)
            return
        mark = self.regs.mark()
        value = self.regs.new()
        self.b.star(value)
        self.bind_pattern(target, value, init)
        self.regs.release(mark)

    def bind_pattern(self, pattern, value, init):
        b = self.b
        kind = pattern.type
        if kind == "Identifier":
            b.ldar(value)
            self.store_identifier(pattern, init=init)
        elif kind == "AssignmentPattern":
            b.ldar(value)
            skip = self.new_label()
            b.jump(Op.JumpIfNotUndefined, skip)
            if pattern.left.type == "Identifier":
                self.visit_named_expression(pattern.right, pattern.left.name)
            else:
                self.visit_expression(pattern.right)
            b.bind(skip)
            self.bind_pattern_from_acc(pattern.left, init)
        elif kind == "ObjectPattern":
            self.bind_object_pattern(pattern, value, init)
        elif kind == "ArrayPattern":
            self.bind_array_pattern(pattern, value, init)
        elif kind == "ParenthesizedExpression":
            self.bind_pattern(pattern.expression, value, init)
        else:
            mark = self.regs.mark()
            ref = self.prepare_reference(pattern)
            b.ldar(value)
            self.store_reference(ref)
            self.regs.release(mark)

    def _target_reference(self, target):
        """For assignment patterns, a member-expression target is evaluated before the value
        is fetched (13.15.5.5/6)."""
        inner = target.left if target.type == "AssignmentPattern" else target
        if inner.type in ("MemberExpression", "ParenthesizedExpression") and \
                not (inner.type == "ParenthesizedExpression" and
                     inner.expression.type in ("ObjectPattern", "ArrayPattern", "Identifier")):
            return self.prepare_reference(
                inner, later=(target.right,) if target.type == "AssignmentPattern" else ())
        return None

    def _bind_with_default(self, target, ref, init):
        """acc holds the value; apply a default and bind to the (prepared) target."""
        b = self.b
        if target.type == "AssignmentPattern":
            skip = self.new_label()
            b.jump(Op.JumpIfNotUndefined, skip)
            left = target.left
            if left.type == "Identifier":
                self.visit_named_expression(target.right, left.name)
            else:
                self.visit_expression(target.right)
            b.bind(skip)
            target = target.left
        if ref is not None:
            self.store_reference(ref)
        else:
            self.bind_pattern_from_acc(target, init)

    def bind_object_pattern(self, pattern, value, init):
        b = self.b
        ok = self.new_label()
        b.ldar(value)
        b.emit(Op.TestUndetectable)
        b.jump(Op.JumpIfFalse, ok)
        first = pattern.properties[0] if pattern.properties else None
        first_name = property_key_name(first.key, first.computed) \
            if first is not None and first.type == "Property" else None
        hint = self.destructure_source or "%s"
        self.destructure_source = None
        if first_name is not None:
            message = f"Cannot destructure property '{first_name}' of '{hint}' as it is %s."
        else:
            message = f"Cannot destructure '{hint}' as it is %s."
        self.throw_type_error(message, value)
        b.bind(ok)
        has_rest = any(p.type == "RestElement" for p in pattern.properties)
        keys = []
        for prop in pattern.properties:
            mark = self.regs.mark()
            if prop.type == "RestElement":
                target = prop.argument
                ref = None if init else self._target_reference(target)
                args = self.regs.new_list(1 + len(keys))
                b.emit(Op.Mov, value, args)
                for i, key in enumerate(keys):
                    b.emit(Op.Mov, key, args + 1 + i)
                self.runtime(RuntimeFunction.CopyDataPropertiesWithExcludedKeys,
                             *range(args, args + 1 + len(keys)))
                if ref is not None:
                    self.store_reference(ref)
                else:
                    self.bind_pattern_from_acc(target, init)
                continue
            name = property_key_name(prop.key, prop.computed)
            key_reg = None
            if has_rest:
                self.regs.release(mark)
                key_reg = self.regs.new()       # kept until the rest element
                keys.append(key_reg)
                mark = self.regs.mark()
            elif name is None:
                key_reg = self.regs.new()
            if key_reg is not None:
                if name is None:
                    self.visit_expression(prop.key)
                    b.emit(Op.ToName)
                else:
                    b.emit(Op.LdaConstant, self.constant(name))
                b.star(key_reg)
            target = prop.value
            ref = None if init else self._target_reference(target)
            if name is None:
                b.ldar(key_reg)
                b.emit(Op.GetKeyedProperty, value)
            else:
                b.emit(Op.GetNamedProperty, value, self.constant(name))
            self._bind_with_default(target, ref, init)
            self.regs.release(mark)

    def bind_array_pattern(self, pattern, value, init):
        b = self.b
        record = self.regs.new()
        b.emit(Op.GetIterator, value, 0)
        b.star(record)
        start = self.new_label()
        end = self.new_label()
        handler = self.new_label()
        done = self.new_label()
        ctx_reg = self.current_context_register()
        b.bind(start)
        # A return/break out of the pattern (yield in a target) closes the iterator too.
        control = IteratorControl(record, False, len(self.context_stack))
        self.controls.append(control)
        for element in pattern.elements:
            mark = self.regs.mark()
            if element is None:
                skip = self.new_label()
                b.jump(Op.IteratorStepValue, skip, record)
                b.bind(skip)
                continue
            if element.type == "RestElement":
                target = element.argument
                ref = None if init else self._target_reference(target)
                array = self.regs.new()
                index = self.regs.new()
                b.emit(Op.CreateEmptyArrayLiteral)
                b.star(array)
                b.emit(Op.LdaZero)
                b.star(index)
                loop = self.new_label()
                exit_label = self.new_label()
                b.bind(loop)
                b.jump(Op.IteratorStepValue, exit_label, record)
                b.emit(Op.StaInArrayLiteral, array, index)
                b.ldar(index)
                b.emit(Op.Inc)
                b.star(index)
                b.jump(Op.JumpLoop, loop, self.loop_depth)
                b.bind(exit_label)
                b.ldar(array)
                if ref is not None:
                    self.store_reference(ref)
                else:
                    self.bind_pattern_from_acc(target, init)
                self.regs.release(mark)
                continue
            ref = None if init else self._target_reference(element)
            got = self.new_label()
            missing = self.new_label()
            b.jump(Op.IteratorStepValue, missing, record)
            b.jump(Op.Jump, got)
            b.bind(missing)
            b.emit(Op.LdaUndefined)
            b.bind(got)
            self._bind_with_default(element, ref, init)
            self.regs.release(mark)
        self.controls.pop()
        b.bind(end)
        b.emit(Op.IteratorClose, record, CLOSE_NORMAL)
        b.jump(Op.Jump, done)
        b.bind(handler)
        exc = self.regs.new()
        b.star(exc)
        b.emit(Op.IteratorClose, record, CLOSE_THROW)
        b.ldar(exc)
        b.emit(Op.ReThrow)
        b.add_handler(start, end, handler, ctx_reg, False)
        b.bind(done)
