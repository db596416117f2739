"""Expressions: literals, operators, member access, calls, assignments (ECMA-262 13)."""
from __future__ import annotations

from scopejs.bytecode.constant_pool import (ARRAY_HOLE, ArrayBoilerplate, BigIntLiteral,
                                            ObjectBoilerplate, TemplateObjectDescription)
from scopejs.bytecode.opcodes import (DEFINE_ENUMERABLE, DEFINE_SET_FUNCTION_NAME,
                                      TYPEOF_LITERALS, Op)
from scopejs.bytecode.runtime_functions import RuntimeFunction
from scopejs.errors import EngineInternalError
from scopejs.scopes.variable import VariableKind, VariableLocation, VariableMode

_BINARY = {
    "+": Op.Add, "-": Op.Sub, "*": Op.Mul, "/": Op.Div, "%": Op.Mod, "**": Op.Exp,
    "|": Op.BitwiseOr, "^": Op.BitwiseXor, "&": Op.BitwiseAnd, "<<": Op.ShiftLeft,
    ">>": Op.ShiftRight, ">>>": Op.ShiftRightLogical,
}
_BINARY_SMI = {
    "+": Op.AddSmi, "-": Op.SubSmi, "*": Op.MulSmi, "/": Op.DivSmi, "%": Op.ModSmi,
    "**": Op.ExpSmi, "|": Op.BitwiseOrSmi, "^": Op.BitwiseXorSmi, "&": Op.BitwiseAndSmi,
    "<<": Op.ShiftLeftSmi, ">>": Op.ShiftRightSmi, ">>>": Op.ShiftRightLogicalSmi,
}
_COMPARE = {
    "==": Op.TestEqual, "===": Op.TestEqualStrict, "<": Op.TestLessThan,
    ">": Op.TestGreaterThan, "<=": Op.TestLessThanOrEqual, ">=": Op.TestGreaterThanOrEqual,
    "instanceof": Op.TestInstanceOf, "in": Op.TestIn,
}
_NEGATED = {"!=": "==", "!==": "==="}
_ANONYMOUS_FUNCTIONS = frozenset({"FunctionExpression", "ArrowFunctionExpression",
                                  "ClassExpression"})


def small_int(node):
    """The value of a Literal that fits LdaSmi / XxxSmi, else None."""
    if node.type != "Literal" or isinstance(node.value, bool):
        return None
    value = node.value
    if not isinstance(value, (int, float)) or getattr(node, "bigint", None) is not None:
        return None
    if value != value or value != int(value) or not -(1 << 30) <= value < (1 << 30):
        return None
    return int(value)


def is_pure(node, depth=0) -> bool:
    """No assignment/update inside (so a LOCAL register read before it stays valid)."""
    if depth > 4:
        return False
    kind = node.type
    if kind in ("Identifier", "Literal", "ThisExpression"):
        return True
    if kind == "MemberExpression":
        return is_pure(node.object, depth + 1) and (
            not node.computed or is_pure(node.property, depth + 1))
    if kind in ("BinaryExpression", "LogicalExpression"):
        return is_pure(node.left, depth + 1) and is_pure(node.right, depth + 1)
    if kind == "UnaryExpression":
        return node.operator != "delete" and is_pure(node.argument, depth + 1)
    if kind == "CallExpression":
        return is_pure(node.callee, depth + 1) and all(
            a.type != "SpreadElement" and is_pure(a, depth + 1) for a in node.arguments)
    return False


def template_strings(quasi):
    raw = []
    cooked = []
    for element in quasi.quasis:
        value = element.value
        if isinstance(value, dict):
            raw.append(value.get("raw"))
            cooked.append(value.get("cooked"))
        else:
            raw.append(getattr(value, "raw", None))
            cooked.append(getattr(value, "cooked", None))
    return raw, cooked


def property_key_name(key, computed):
    """The static name of a non-computed property key (Identifier, String or Number)."""
    if computed:
        return None
    if key.type == "Identifier":
        return key.name
    if key.type == "Literal":
        value = key.value
        if isinstance(value, str):
            return value
        if getattr(key, "bigint", None) is not None:
            return str(int(key.bigint))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return number_to_key(float(value))
    if key.type == "PrivateIdentifier":
        return "#" + key.name
    return None


def number_to_key(value: float) -> str:
    """ToString(Number) for property keys of literals (7.1.12.1 Number::toString)."""
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    text = repr(value)
    if "e" in text or "E" in text:
        mantissa, exponent = text.split("e")
        digits = mantissa.replace(".", "").replace("-", "").lstrip("0") or "0"
        exp = int(exponent)
        sign = "-" if value < 0 else ""
        n = exp + 1 + (len(mantissa.split(".")[0].lstrip("-")) - 1)
        digits = digits.rstrip("0") or "0"
        k = len(digits)
        if k <= n <= 21:
            return sign + digits + "0" * (n - k)
        if 0 < n <= 21:
            return sign + digits[:n] + "." + digits[n:]
        if -6 < n <= 0:
            return sign + "0." + "0" * (-n) + digits
        e = n - 1
        mant = digits[0] + ("." + digits[1:] if k > 1 else "")
        return f"{sign}{mant}e{'+' if e > 0 else '-'}{abs(e)}"
    if text.startswith("0.") or text.startswith("-0."):
        return text
    return text


ASSIGNMENT_LHS_ERROR = "Invalid left-hand side in assignment"


class ExpressionsMixin:

    # -- helpers --------------------------------------------------------------------------
    @staticmethod
    def unparenthesized(node):
        """``node`` without the ParenthesizedExpression wrappers acorn keeps (preserveParens)."""
        while node.type == "ParenthesizedExpression":
            node = node.expression
        return node

    def visit_effect(self, node):
        """Evaluate for side effects only (postfix updates become prefix)."""
        kind = node.type
        if kind == "UpdateExpression":
            self.generate_update(node, prefix=True)
        elif kind == "SequenceExpression":
            for expr in node.expressions:
                self.visit_effect(expr)
        else:
            self.visit_expression(node)

    def visit_named_expression(self, node, name):
        """NamedEvaluation (8.4.5) for anonymous functions and classes."""
        kind = node.type
        if kind in _ANONYMOUS_FUNCTIONS and node.id is None:
            if kind == "ClassExpression":
                self.generate_class(node, name)
            else:
                self.create_closure(node, name)
            return
        if kind == "ParenthesizedExpression":
            self.visit_named_expression(node.expression, name)
            return
        self.visit_expression(node)

    # -- primary expressions --------------------------------------------------------------
    def eval_Identifier(self, node):
        self.load_identifier(node)

    def eval_ParenthesizedExpression(self, node):
        self.visit_expression(node.expression)

    def eval_Literal(self, node):
        b = self.b
        regex = getattr(node, "regex", None)
        if regex is not None:
            pattern = regex["pattern"] if isinstance(regex, dict) else regex.pattern
            flags = regex["flags"] if isinstance(regex, dict) else regex.flags
            self.expression_position(node)
            b.emit(Op.CreateRegExpLiteral, self.constant(pattern), self.constant(flags))
            return
        bigint = getattr(node, "bigint", None)
        if bigint is not None:
            b.emit(Op.LdaConstant, self.constant(BigIntLiteral(int(bigint.replace("_", ""), 0)
                                                               if not bigint.isdigit()
                                                               else int(bigint))))
            return
        value = node.value
        if value is True:
            b.emit(Op.LdaTrue)
        elif value is False:
            b.emit(Op.LdaFalse)
        elif value is None:
            b.emit(Op.LdaNull)
        elif isinstance(value, str):
            b.emit(Op.LdaConstant, self.constant(value))
        elif isinstance(value, (int, float)):
            self.load_number(value)
        else:
            raise EngineInternalError(f"bytecode: literal {node.raw!r} at {node.start}")

    def eval_ThisExpression(self, node):
        var = node.variable
        if var is None or var.scope.scope_type.value == "module":
            self.b.emit(Op.LdaUndefined)
            return
        self.load_variable(var, hole_check=var.mode is VariableMode.LET)

    def eval_MetaProperty(self, node):
        if node.meta.name == "new":
            var = node.variable
            if var is None:
                self.b.emit(Op.LdaUndefined)
            else:
                self.load_variable(var)
            return
        self.runtime(RuntimeFunction.GetImportMeta)

    def eval_TemplateLiteral(self, node):
        b = self.b
        quasis = node.quasis
        exprs = node.expressions
        _raw, cooked = template_strings(node)
        if not exprs:
            b.emit(Op.LdaConstant, self.constant(cooked[0]))
            return
        mark = self.regs.mark()
        acc_reg = self.regs.new()
        have = False
        for i, quasi in enumerate(quasis):
            text = cooked[i]
            if text:
                b.emit(Op.LdaConstant, self.constant(text))
                if have:
                    b.emit(Op.Add, acc_reg)
                b.star(acc_reg)
                have = True
            if i < len(exprs):
                self.visit_expression(exprs[i])
                b.emit(Op.ToString)
                if have:
                    b.emit(Op.Add, acc_reg)
                b.star(acc_reg)
                have = True
        b.ldar(acc_reg)
        self.regs.release(mark)

    # -- literals -------------------------------------------------------------------------
    def eval_ArrayExpression(self, node):
        b = self.b
        elements = node.elements
        constant = []
        all_constant = True
        for element in elements:
            if element is None:
                constant.append(ARRAY_HOLE)
                continue
            if element.type == "Literal" and isinstance(element.value, (str, float, int, bool)) \
                    and getattr(element, "regex", None) is None and \
                    getattr(element, "bigint", None) is None:
                value = element.value
                constant.append(float(value) if isinstance(value, int) and
                                not isinstance(value, bool) else value)
                continue
            all_constant = False
            break
        if all_constant:
            if not elements:
                b.emit(Op.CreateEmptyArrayLiteral)
            else:
                b.emit(Op.CreateArrayLiteral, self.constant(ArrayBoilerplate(constant)), 0)
            return
        has_spread = any(e is not None and e.type == "SpreadElement" for e in elements)
        has_hole = any(e is None for e in elements)
        mark = self.regs.mark()
        if not has_spread and not has_hole:
            base = self.regs.new_list(len(elements))
            for i, element in enumerate(elements):
                self.visit_expression(element)
                b.star(base + i)
            b.emit(Op.CreateArrayFromList, base, len(elements))
            self.regs.release(mark)
            return
        self.build_array(elements)
        self.regs.release(mark)

    def build_array(self, elements):
        """Array with spreads / elisions: CreateEmptyArrayLiteral + StaInArrayLiteral."""
        b = self.b
        array = self.regs.new()
        index = self.regs.new()
        b.emit(Op.CreateEmptyArrayLiteral)
        b.star(array)
        b.emit(Op.LdaZero)
        b.star(index)
        trailing_hole = False
        for element in elements:
            trailing_hole = element is None
            if element is None:
                b.ldar(index)
                b.emit(Op.Inc)
                b.star(index)
                continue
            if element.type == "SpreadElement":
                self.visit_expression(element.argument)
                self.expression_position(element)
                self.iterate_acc(lambda: (b.emit(Op.StaInArrayLiteral, array, index),
                                          b.ldar(index), b.emit(Op.Inc), b.star(index)))
                continue
            self.visit_expression(element)
            b.emit(Op.StaInArrayLiteral, array, index)
            b.ldar(index)
            b.emit(Op.Inc)
            b.star(index)
        if trailing_hole:
            b.ldar(index)
            b.emit(Op.SetNamedProperty, array, self.constant("length"))
        b.ldar(array)

    def eval_ObjectExpression(self, node):
        b = self.b
        properties = node.properties
        boilerplate = []
        seen_index = {}
        prefix = 0
        for prop in properties:
            if prop.type != "Property" or prop.computed or prop.kind != "init":
                break
            name = property_key_name(prop.key, False)
            if name is None or (name == "__proto__" and not prop.shorthand and not prop.method):
                break
            value = prop.value
            constant = None
            if value.type == "Literal" and isinstance(value.value, (str, float, int)) and \
                    not isinstance(value.value, bool) and getattr(value, "regex", None) is None \
                    and getattr(value, "bigint", None) is None:
                constant = float(value.value) if not isinstance(value.value, str) else value.value
            if name in seen_index:
                boilerplate[seen_index[name]] = (name, None)
            else:
                seen_index[name] = len(boilerplate)
                boilerplate.append((name, constant))
            prefix += 1
        mark = self.regs.mark()
        obj = self.regs.new()
        if not boilerplate and properties and properties[0].type == "SpreadElement":
            # {...source, ...}: CloneObject copies the first source's own enumerable data.
            source = self.to_register(properties[0].argument)
            b.emit(Op.CloneObject, source, 0)
            b.star(obj)
            properties = properties[1:]
        elif boilerplate:
            b.emit(Op.CreateObjectLiteral, self.constant(ObjectBoilerplate(boilerplate)), 0)
            b.star(obj)
        else:
            b.emit(Op.CreateEmptyObjectLiteral)
            b.star(obj)
        last_in_prefix = {}
        for i in range(prefix):
            last_in_prefix[property_key_name(properties[i].key, False)] = i
        for i, prop in enumerate(properties):
            if prop.type == "SpreadElement":
                self.visit_expression(prop.argument)
                value = self.regs.new()
                b.star(value)
                self.runtime(RuntimeFunction.CopyDataProperties, obj, value)
                continue
            if i < prefix:
                name = property_key_name(prop.key, False)
                if boilerplate[seen_index[name]][1] is not None and last_in_prefix[name] == i:
                    continue
                self.define_literal_value(obj, prop, name)
                continue
            self.define_object_property(obj, prop)
        b.ldar(obj)
        self.regs.release(mark)

    def define_literal_value(self, obj, prop, name):
        b = self.b
        value = prop.value
        if prop.method:
            self.create_closure(value, name, is_method=True, source_node=prop)
            if prop.method and self.function_uses_super(value):
                fn = self.regs.new()
                b.star(fn)
                self.runtime(RuntimeFunction.SetHomeObject, fn, obj)
        else:
            self.visit_named_expression(value, name)
        b.emit(Op.DefineNamedOwnProperty, obj, self.constant(name))

    def define_object_property(self, obj, prop):
        b = self.b
        name = property_key_name(prop.key, prop.computed)
        mark = self.regs.mark()
        if prop.kind in ("get", "set"):
            key = self.regs.new()
            if name is None:
                self.visit_expression(prop.key)
                b.emit(Op.ToName)
            else:
                b.emit(Op.LdaConstant, self.constant(name))
            b.star(key)
            args = self.regs.new_list(4)
            b.emit(Op.Mov, obj, args)
            b.emit(Op.Mov, key, args + 1)
            self.create_closure(prop.value, "", is_method=True, accessor=prop.kind,
                                source_node=prop)
            getter, setter = (args + 2, args + 3) if prop.kind == "get" else (args + 3, args + 2)
            b.star(getter)
            b.emit(Op.LdaUndefined)
            b.star(setter)
            self.runtime(RuntimeFunction.DefineAccessor, args, args + 1, args + 2, args + 3)
            self.regs.release(mark)
            return
        if name == "__proto__" and not prop.shorthand and not prop.method:
            self.visit_expression(prop.value)
            value = self.regs.new()
            b.star(value)
            self.runtime(RuntimeFunction.SetObjectLiteralPrototype, obj, value)
            self.regs.release(mark)
            return
        if name is not None:
            self.define_literal_value(obj, prop, name)
            self.regs.release(mark)
            return
        key = self.regs.new()
        self.visit_expression(prop.key)
        b.emit(Op.ToName)
        b.star(key)
        value = prop.value
        flags = DEFINE_ENUMERABLE
        if prop.method:
            self.create_closure(value, "", is_method=True, source_node=prop)
            flags |= DEFINE_SET_FUNCTION_NAME
            if self.function_uses_super(value):
                fn = self.regs.new()
                b.star(fn)
                self.runtime(RuntimeFunction.SetHomeObject, fn, obj)
        elif value.type in _ANONYMOUS_FUNCTIONS and value.id is None:
            self.visit_named_expression(value, "")
            flags |= DEFINE_SET_FUNCTION_NAME
        else:
            self.visit_expression(value)
        b.emit(Op.DefineKeyedOwnPropertyInLiteral, obj, key, flags)
        self.regs.release(mark)

    # -- functions and classes ------------------------------------------------------------
    def eval_FunctionExpression(self, node):
        self.create_closure(node, node.id.name if node.id is not None else "")

    def eval_ArrowFunctionExpression(self, node):
        self.create_closure(node, "")

    def eval_ClassExpression(self, node):
        self.generate_class(node, node.id.name if node.id is not None else "")

    # -- operators ------------------------------------------------------------------------
    def eval_SequenceExpression(self, node):
        exprs = node.expressions
        for expr in exprs[:-1]:
            self.visit_effect(expr)
        self.visit_expression(exprs[-1])

    def eval_UnaryExpression(self, node):
        b = self.b
        op = node.operator
        arg = node.argument
        if op == "typeof":
            if arg.type == "Identifier":
                self.load_identifier(arg, typeof=True)
            else:
                self.visit_expression(arg)
            b.emit(Op.TypeOf)
        elif op == "-":
            value = small_int(arg) if arg.type == "Literal" else None
            if value is not None and value != 0:
                self.load_number(-float(value))
                return
            self.visit_expression(arg)
            b.emit(Op.Negate)
        elif op == "+":
            self.visit_expression(arg)
            b.emit(Op.ToNumber)
        elif op == "!" and arg.type == "UnaryExpression" and arg.operator == "!":
            self.visit_expression(arg.argument)       # !!x
            b.emit(Op.ToBoolean)
        elif op == "!":
            self.visit_expression(arg)
            if arg.type == "BinaryExpression" and arg.operator in _COMPARE or \
                    arg.type == "UnaryExpression" and arg.operator in ("!", "delete"):
                b.emit(Op.LogicalNot)
            else:
                b.emit(Op.ToBooleanLogicalNot)
        elif op == "~":
            self.visit_expression(arg)
            b.emit(Op.BitwiseNot)
        elif op == "void":
            self.visit_expression(arg)
            b.emit(Op.LdaUndefined)
        elif op == "delete":
            self.generate_delete(arg)
        else:
            raise EngineInternalError(f"bytecode: unary operator {op}")

    def generate_delete(self, arg):
        b = self.b
        kind = arg.type
        if kind == "ParenthesizedExpression":
            self.generate_delete(arg.expression)
            return
        if kind == "ChainExpression":
            # delete a?.b is true when the chain short-circuits
            self.optional_chain(lambda: self.generate_delete(arg.expression), Op.LdaTrue)
            return
        if kind == "MemberExpression":
            mark = self.regs.mark()
            if arg.object.type == "Super":
                self.throw_reference_error_message("Unsupported reference to 'super'")
                self.regs.release(mark)
                return
            obj = self.to_register(arg.object, (arg.property,) if arg.computed else ())
            if arg.optional:
                b.ldar(obj)
                b.jump(Op.JumpIfUndefinedOrNull, self.optional_chain_labels[-1])
            if arg.computed:
                self.visit_expression(arg.property)
            else:
                b.emit(Op.LdaConstant, self.constant(arg.property.name))
            self.expression_position(arg)
            b.emit(Op.DeletePropertyStrict if self.is_strict else Op.DeletePropertySloppy, obj)
            self.regs.release(mark)
            return
        if kind == "Identifier":
            var = arg.variable
            if var is not None and var.location in (VariableLocation.UNALLOCATED,
                                                    VariableLocation.LOOKUP) and \
                    var.mode is VariableMode.DYNAMIC or \
                    var is not None and var.location is VariableLocation.LOOKUP:
                mark = self.regs.mark()
                reg = self.regs.new()
                b.emit(Op.LdaConstant, self.constant(arg.name))
                b.star(reg)
                self.runtime(RuntimeFunction.DeleteLookupSlot, reg)
                self.regs.release(mark)
            elif var is not None and var.location is VariableLocation.UNALLOCATED and \
                    var.mode is VariableMode.VAR:
                mark = self.regs.mark()
                reg = self.regs.new()
                b.emit(Op.LdaConstant, self.constant(arg.name))
                b.star(reg)
                self.runtime(RuntimeFunction.DeleteLookupSlot, reg)
                self.regs.release(mark)
            else:
                b.emit(Op.LdaFalse)
            return
        self.visit_expression(arg)
        b.emit(Op.LdaTrue)

    def throw_reference_error_message(self, message):
        mark = self.regs.mark()
        reg = self.regs.new()
        self.b.emit(Op.LdaConstant, self.constant(message))
        self.b.star(reg)
        self.runtime(RuntimeFunction.ThrowReferenceErrorMessage, reg)
        self.regs.release(mark)

    def eval_BinaryExpression(self, node):
        left = node.left
        if left.type == "BinaryExpression" and left.operator in _BINARY and \
                node.operator in _BINARY and left.left.type == "BinaryExpression":
            self.generate_arithmetic_chain(node)
            return
        self.generate_binary(node)

    def generate_arithmetic_chain(self, node):
        """a + b - c * ... as a loop over the left spine (deep chains without recursion)."""
        b = self.b
        spine = []
        while node.type == "BinaryExpression" and node.operator in _BINARY:
            spine.append(node)
            node = node.left
        self.generate_binary(spine.pop())
        mark = self.regs.mark()
        tmp = self.regs.new()
        for level in reversed(spine):
            right = level.right
            imm = small_int(right)
            if imm is not None:
                self.expression_position(level)
                b.emit(_BINARY_SMI[level.operator], imm)
                continue
            b.star(tmp)
            self.visit_expression(right)
            self.expression_position(level)
            b.emit(_BINARY[level.operator], tmp)
        self.regs.release(mark)

    def generate_binary(self, node):
        b = self.b
        op = node.operator
        left = node.left
        right = node.right
        if left.type == "PrivateIdentifier":   # #x in obj
            mark = self.regs.mark()
            args = self.regs.new_list(2)
            self.load_variable(left.variable)
            b.star(args)
            self.visit_expression(right)
            b.star(args + 1)
            self.expression_position(node)
            self.runtime(RuntimeFunction.PrivateIn, args, args + 1)
            self.regs.release(mark)
            return
        if op in _BINARY:
            imm = small_int(right)
            if imm is not None:
                self.visit_expression(left)
                self.expression_position(node)
                b.emit(_BINARY_SMI[op], imm)
                return
            mark = self.regs.mark()
            reg = self.left_operand(left, right)
            self.visit_expression(right)
            self.expression_position(node)
            b.emit(_BINARY[op], reg)
            self.regs.release(mark)
            return
        negate = op in _NEGATED
        if negate:
            op = _NEGATED[op]
        if op == "===" and right.type == "Identifier" and right.name == "undefined" and \
                right.variable is not None and right.variable.mode is VariableMode.DYNAMIC and \
                right.variable.location is VariableLocation.UNALLOCATED:
            self.visit_expression(left)
            b.emit(Op.TestUndefined)
        elif op in ("===", "==") and right.type == "Literal" and right.value is None and \
                getattr(right, "regex", None) is None and getattr(right, "bigint", None) is None:
            self.visit_expression(left)
            b.emit(Op.TestNull if op == "===" else Op.TestUndetectable)
        elif op == "===" and left.type == "UnaryExpression" and left.operator == "typeof" and \
                right.type == "Literal" and right.value in TYPEOF_LITERALS:
            # TestTypeOf tests the operand itself, not its typeof string.
            arg = left.argument
            if arg.type == "Identifier":
                self.load_identifier(arg, typeof=True)
            else:
                self.visit_expression(arg)
            b.emit(Op.TestTypeOf, TYPEOF_LITERALS.index(right.value))
        else:
            mark = self.regs.mark()
            reg = self.left_operand(left, right)
            self.visit_expression(right)
            self.expression_position(node)
            b.emit(_COMPARE[op], reg)
            self.regs.release(mark)
        if negate:
            b.emit(Op.LogicalNot)

    def left_operand(self, left, right):
        if is_pure(right):
            reg = self.local_register_of(left)
            if reg is not None:
                return reg
        self.visit_expression(left)
        reg = self.regs.new()
        self.b.star(reg)
        return reg

    def eval_LogicalExpression(self, node):
        b = self.b
        end = self.new_label()
        op = node.operator
        self.visit_expression(node.left)
        if op == "&&":
            b.jump(Op.JumpIfToBooleanFalse, end)
        elif op == "||":
            b.jump(Op.JumpIfToBooleanTrue, end)
        else:
            right = self.new_label()
            b.jump(Op.JumpIfUndefinedOrNull, right)
            b.jump(Op.Jump, end)
            b.bind(right)
        self.visit_expression(node.right)
        b.bind(end)

    def eval_ConditionalExpression(self, node):
        b = self.b
        else_label = self.new_label()
        end = self.new_label()
        self.jump_if_false(node.test, else_label)
        self.visit_expression(node.consequent)
        b.jump(Op.Jump, end)
        b.bind(else_label)
        self.visit_expression(node.alternate)
        b.bind(end)

    # -- references -----------------------------------------------------------------------
    def prepare_reference(self, node, *, read_and_write=False, lhs_error=ASSIGNMENT_LHS_ERROR,
                          later=()):
        """Evaluate the parts of an assignment target before its value (13.15.2).
        ``super[k]`` keeps k unconverted (LoadFromSuper/StoreToSuper do ToPropertyKey after
        GetSuperBase) unless the reference is read and written (``read_and_write``).
        ``lhs_error`` is V8's message when the target is a call (Annex B): it belongs to this
        target only, never to the expressions evaluated inside it (``a[f()++]`` etc.).
        ``later``: the expressions evaluated before the reference is used (see to_register)."""
        kind = node.type
        if kind == "Identifier":
            var = node.variable
            if var is not None and var.location is VariableLocation.LOOKUP:
                # with / sloppy eval: resolve the binding once, before the value (13.15.2).
                b = self.b
                args = self.regs.new_list(2)
                b.emit(Op.LdaConstant, self.constant(node.name))
                b.star(args)
                b.emit(Op.LdaTrue if self.is_strict else Op.LdaFalse)
                b.star(args + 1)
                self.runtime(RuntimeFunction.ResolveLookupReference, args, args + 1)
                ref = self.regs.new()
                b.star(ref)
                return ("lookup", ref)
            return ("var", node)
        if kind == "ParenthesizedExpression":
            return self.prepare_reference(node.expression, read_and_write=read_and_write,
                                          lhs_error=lhs_error, later=later)
        if kind == "MemberExpression":
            if node.object.type == "Super":
                this = self.regs.new()
                self.load_this_for_super()
                self.b.star(this)
                key = self.regs.new()
                if node.computed:
                    self.visit_expression(node.property)
                    if read_and_write:
                        self.b.star(key)
                        self.runtime(RuntimeFunction.ToPropertyKeyForSuper, key)
                else:
                    self.b.emit(Op.LdaConstant, self.constant(node.property.name))
                self.b.star(key)
                return ("super", this, key)
            obj = self.to_register(node.object, (node.property, later) if node.computed else later)
            if node.property.type == "PrivateIdentifier":
                return ("private", obj, node.property.variable)
            if node.computed:
                # The key stays unconverted: GetKeyedProperty's RequireObjectCoercible must
                # come before ToPropertyKey (V8 converts it once per access too).
                key = self.to_register(node.property, later)
                return ("keyed", obj, key)
            return ("named", obj, node.property.name)
        if kind == "CallExpression":
            # Annex B (web compat): `f() = v` calls f, then throws a ReferenceError.
            self.visit_expression(node)
            self.throw_reference_error_message(lhs_error)
            return ("invalid",)
        raise EngineInternalError(f"bytecode: invalid assignment target {kind} at {node.start}")

    def load_reference(self, ref):
        b = self.b
        kind = ref[0]
        if kind == "var":
            self.load_identifier(ref[1])
        elif kind == "invalid":
            pass    # the ReferenceError was thrown when the reference was prepared
        elif kind == "lookup":
            self.runtime(RuntimeFunction.LoadLookupReference, ref[1])
        elif kind == "named":
            b.emit(Op.GetNamedProperty, ref[1], self.constant(ref[2]))
        elif kind == "keyed":
            b.ldar(ref[2])
            b.emit(Op.GetKeyedProperty, ref[1])
        elif kind == "private":
            mark = self.regs.mark()
            args = self.regs.new_list(2)
            b.emit(Op.Mov, ref[1], args)
            self.load_variable(ref[2])
            b.star(args + 1)
            self.runtime(RuntimeFunction.PrivateGet, args, args + 1)
            self.regs.release(mark)
        elif kind == "super":
            mark = self.regs.mark()
            args = self.regs.new_list(3)
            self.load_home_function()
            b.star(args)
            b.emit(Op.Mov, ref[1], args + 1)
            b.emit(Op.Mov, ref[2], args + 2)
            self.runtime(RuntimeFunction.LoadFromSuper, args, args + 1, args + 2)
            self.regs.release(mark)

    def store_reference(self, ref, *, init=False):
        """Store acc into the reference; acc keeps the value."""
        b = self.b
        kind = ref[0]
        if kind == "var":
            self.store_identifier(ref[1], init=init)
        elif kind == "invalid":
            pass
        elif kind == "lookup":
            mark = self.regs.mark()
            args = self.regs.new_list(2)
            b.star(args + 1)
            b.emit(Op.Mov, ref[1], args)
            self.runtime(RuntimeFunction.StoreLookupReference, args, args + 1)
            b.ldar(args + 1)
            self.regs.release(mark)
        elif kind == "named":
            b.emit(Op.SetNamedProperty, ref[1], self.constant(ref[2]))
        elif kind == "keyed":
            b.emit(Op.SetKeyedProperty, ref[1], ref[2])
        elif kind == "private":
            mark = self.regs.mark()
            args = self.regs.new_list(3)
            b.star(args + 2)
            b.emit(Op.Mov, ref[1], args)
            self.load_variable(ref[2])
            b.star(args + 1)
            self.runtime(RuntimeFunction.PrivateSet, args, args + 1, args + 2)
            self.regs.release(mark)
        elif kind == "super":
            mark = self.regs.mark()
            args = self.regs.new_list(4)
            b.star(args + 3)
            self.load_home_function()
            b.star(args)
            b.emit(Op.Mov, ref[1], args + 1)
            b.emit(Op.Mov, ref[2], args + 2)
            self.runtime(RuntimeFunction.StoreToSuper, args, args + 1, args + 2, args + 3)
            self.regs.release(mark)

    def eval_AssignmentExpression(self, node):
        b = self.b
        op = node.operator
        left = node.left
        mark = self.regs.mark()
        if op == "=":
            if left.type in ("ObjectPattern", "ArrayPattern"):
                self.visit_expression(node.right)
                value = self.regs.new()
                b.star(value)
                self.bind_pattern(left, value, init=False)
                b.ldar(value)
                self.regs.release(mark)
                return
            ref = self.prepare_reference(left, later=(node.right,))
            if left.type == "Identifier":
                self.visit_named_expression(node.right, left.name)
            else:
                self.visit_expression(node.right)
            self.expression_position(node)
            self.store_reference(ref)
            self.regs.release(mark)
            return
        if op[:-1] in _BINARY and left.type == "Identifier" and is_pure(node.right) and \
                small_int(node.right) is None:
            reg = self.local_register_of(left)
            if reg is not None and left.variable.mode is not VariableMode.CONST:
                # x op= y on a register local: acc := y; acc := x op acc; x := acc.
                self.visit_expression(node.right)
                self.expression_position(node)
                b.emit(_BINARY[op[:-1]], reg)
                self.store_identifier(left)
                self.regs.release(mark)
                return
        ref = self.prepare_reference(left, read_and_write=True, later=(node.right,))
        self.load_reference(ref)
        if op in ("&&=", "||=", "??="):
            end = self.new_label()
            if op == "&&=":
                b.jump(Op.JumpIfToBooleanFalse, end)
            elif op == "||=":
                b.jump(Op.JumpIfToBooleanTrue, end)
            else:
                assign = self.new_label()
                b.jump(Op.JumpIfUndefinedOrNull, assign)
                b.jump(Op.Jump, end)
                b.bind(assign)
            if left.type == "Identifier":
                self.visit_named_expression(node.right, left.name)
            else:
                self.visit_expression(node.right)
            self.store_reference(ref)
            b.bind(end)
            self.regs.release(mark)
            return
        binary = op[:-1]
        imm = small_int(node.right)
        if imm is not None:
            b.emit(_BINARY_SMI[binary], imm)
        else:
            old = self.regs.new()
            b.star(old)
            self.visit_expression(node.right)
            self.expression_position(node)
            b.emit(_BINARY[binary], old)
        self.store_reference(ref)
        self.regs.release(mark)

    def eval_UpdateExpression(self, node):
        self.generate_update(node, prefix=node.prefix)

    def generate_update(self, node, prefix):
        b = self.b
        mark = self.regs.mark()
        ref = self.prepare_reference(
            node.argument, read_and_write=True,
            lhs_error="Invalid left-hand side expression in prefix operation" if node.prefix
            else "Invalid left-hand side expression in postfix operation")
        self.load_reference(ref)
        old = None
        if not prefix:
            b.emit(Op.ToNumeric)     # the old value, as a Numeric, is the result
            old = self.regs.new()
            b.star(old)
        b.emit(Op.Inc if node.operator == "++" else Op.Dec)
        self.store_reference(ref)
        if old is not None:
            b.ldar(old)
        self.regs.release(mark)

    # -- member access --------------------------------------------------------------------
    def eval_MemberExpression(self, node):
        b = self.b
        obj_node = node.object
        if obj_node.type == "Super":
            mark = self.regs.mark()
            ref = self.prepare_reference(node)
            self.load_reference(ref)
            self.regs.release(mark)
            return
        mark = self.regs.mark()
        obj = self.to_register(obj_node, (node.property,) if node.computed else ())
        if node.optional:
            b.ldar(obj)
            b.jump(Op.JumpIfUndefinedOrNull, self.optional_chain_labels[-1])
        prop = node.property
        if prop.type == "PrivateIdentifier":
            self.load_reference(("private", obj, prop.variable))
        elif node.computed:
            imm = small_int(prop)
            if imm is not None and imm >= 0:
                b.emit(Op.LdaSmi, imm) if imm else b.emit(Op.LdaZero)
            else:
                self.visit_expression(prop)
            self.expression_position(prop)
            b.emit(Op.GetKeyedProperty, obj)
        else:
            self.expression_position(prop)
            b.emit(Op.GetNamedProperty, obj, self.constant(prop.name))
        self.regs.release(mark)

    def eval_ChainExpression(self, node):
        self.optional_chain(lambda: self.visit_expression(node.expression), Op.LdaUndefined)

    def optional_chain(self, generate, short_circuit_load):
        """Run ``generate`` with a fresh nullish exit for the `?.` links inside it; the exit
        loads the chain's short-circuit value (``short_circuit_load``: LdaUndefined, LdaTrue)."""
        b = self.b
        nullish = self.new_label()
        end = self.new_label()
        self.optional_chain_labels.append(nullish)
        generate()
        self.optional_chain_labels.pop()
        b.jump(Op.Jump, end)
        b.bind(nullish)
        b.emit(short_circuit_load)
        b.bind(end)

    # -- calls ----------------------------------------------------------------------------
    def eval_CallExpression(self, node):
        b = self.b
        callee = self.unparenthesized(node.callee)
        if callee.type == "Super":
            self.generate_super_call(node)
            return
        mark = self.regs.mark()
        args = node.arguments
        spread = any(a.type == "SpreadElement" for a in args)
        function = self.regs.new()
        chain_end = None
        if callee.type == "ChainExpression" and callee.expression.type == "MemberExpression":
            # (a?.b)(): the parenthesized chain keeps its reference, so `this` is a.
            chain_end = self.new_label()
            self.optional_chain_labels.append(chain_end)
            callee = callee.expression
        list_base = None
        if callee.type == "MemberExpression":
            general_spread = spread and not (args[-1].type == "SpreadElement" and
                                             sum(a.type == "SpreadElement" for a in args) == 1)
            if general_spread:
                receiver = self.regs.new()
            else:
                # The receiver is evaluated straight into the argument list (no Mov).
                list_base = receiver = self.regs.new_list(len(args) + 1)
            if callee.object.type == "Super":
                self.load_this_for_super()
                b.star(receiver)
                self.eval_MemberExpression(callee)
                b.star(function)
            else:
                self.visit_expression(callee.object)
                b.star(receiver)
                if callee.optional:
                    b.jump(Op.JumpIfUndefinedOrNull, self.optional_chain_labels[-1])
                prop = callee.property
                if prop.type == "PrivateIdentifier":
                    self.load_reference(("private", receiver, prop.variable))
                elif callee.computed:
                    self.visit_expression(prop)
                    self.expression_position(prop)
                    b.emit(Op.GetKeyedProperty, receiver)
                else:
                    self.expression_position(prop)
                    b.emit(Op.GetNamedProperty, receiver, self.constant(prop.name))
                b.star(function)
            op = Op.CallProperty
            if chain_end is not None:
                self.optional_chain_labels.pop()
                skip = self.new_label()
                b.jump(Op.Jump, skip)
                b.bind(chain_end)
                b.emit(Op.LdaUndefined)
                b.star(function)
                b.bind(skip)
        else:
            receiver = None
            op = Op.CallUndefinedReceiver
            if callee.type == "Identifier" and callee.variable is not None and \
                    callee.variable.location is VariableLocation.LOOKUP:
                # A call through `with`: this is the with object (WithBaseObject).
                receiver = self.regs.new()
                b.emit(Op.LdaConstant, self.constant(callee.name))
                b.star(receiver)
                self.runtime(RuntimeFunction.ResolveWithBaseObject, receiver)
                b.star(receiver)
                self.load_identifier(callee)
                op = Op.CallAnyReceiver
            else:
                self.visit_expression(callee)
            b.star(function)
        if node.optional:
            b.ldar(function)
            b.jump(Op.JumpIfUndefinedOrNull, self.optional_chain_labels[-1])
        if callee.type == "Identifier" and callee.name == "eval" and not node.optional and \
                callee.variable is not None and callee.variable.mode is VariableMode.DYNAMIC:
            self.generate_direct_eval(node, function)
            self.regs.release(mark)
            return
        self.generate_call_arguments(node, op, function, receiver, args, spread, list_base)
        self.regs.release(mark)

    def generate_call_arguments(self, node, op, function, receiver, args, spread,
                                list_base=None):
        b = self.b
        if spread and not (args[-1].type == "SpreadElement" and
                           sum(a.type == "SpreadElement" for a in args) == 1):
            array = self.regs.new()
            self.build_array(args)
            b.star(array)
            this = self.regs.new()
            if receiver is None:
                b.emit(Op.LdaUndefined)
                b.star(this)
            else:
                this = receiver
            self.call_position(node)
            self.runtime(RuntimeFunction.CallWithArrayArguments, function, this, array)
            return
        if list_base is not None:
            base = list_base
            first = base + 1
            count = len(args) + 1
            if spread:
                op = Op.CallWithSpread
        elif spread or receiver is not None:
            base = self.regs.new_list(len(args) + 1)
            if receiver is None:
                b.emit(Op.LdaUndefined)
                b.star(base)
            else:
                b.emit(Op.Mov, receiver, base)
            first = base + 1
            count = len(args) + 1
            if spread:
                op = Op.CallWithSpread
        else:
            base = self.regs.new_list(len(args))
            first = base
            count = len(args)
        for i, arg in enumerate(args):
            self.visit_expression(arg.argument if arg.type == "SpreadElement" else arg)
            b.star(first + i)
        self.call_position(node)
        b.emit(op, function, base, count)

    def call_position(self, node):
        """The source position of a call, as V8's parser records it (and so stack traces and
        error columns show it): the callee's name when the token before `(` is a name
        (`f()`, `o.m()` -> at `m`), else the `(` itself (`o['m']()`, `(0, o.m)()`)."""
        callee = node.callee
        if node.type != "CallExpression":
            self.expression_position(node)
        elif callee.type == "Identifier":
            self.expression_position(callee)
        elif callee.type == "MemberExpression" and not callee.computed:
            self.expression_position(callee.property)
        else:
            self.b.set_position(self.open_paren_after(callee.end), False)

    def open_paren_after(self, offset):
        """Offset of the `(` of a call whose callee ends at ``offset`` (skipping white space,
        comments and `?.`)."""
        text = self.source.text
        n = len(text)
        while offset < n:
            c = text[offset]
            if c == "(":
                return offset
            if text.startswith("//", offset):
                end = text.find("\n", offset)
                offset = n if end < 0 else end
            elif text.startswith("/*", offset):
                end = text.find("*/", offset + 2)
                offset = n if end < 0 else end + 2
            else:
                offset += 1
        return offset

    def generate_direct_eval(self, node, function):
        """19.2.1.1 PerformEval via CallRuntime(DirectEval) (falls back to a call if the
        callee is not %eval%)."""
        b = self.b
        values = []
        if any(arg.type == "SpreadElement" for arg in node.arguments):
            # eval(...xs) is still a direct eval: its source is the first spread value.
            array = self.regs.new()
            self.build_array(node.arguments)
            b.star(array)
            b.emit(Op.LdaZero)
            b.emit(Op.GetKeyedProperty, array)
            first = self.regs.new()
            b.star(first)
            values.append(first)
        else:
            for arg in node.arguments:
                self.visit_expression(arg)
                reg = self.regs.new()
                b.star(reg)
                values.append(reg)
        args = self.regs.new_list(5)
        b.emit(Op.Mov, function, args)
        if values:
            b.emit(Op.Mov, values[0], args + 1)
        else:
            b.emit(Op.LdaUndefined)
            b.star(args + 1)
        b.emit(Op.LdaTrue if self.is_strict else Op.LdaFalse)
        b.star(args + 2)
        b.emit(Op.LdaSmi, node.start) if node.start else b.emit(Op.LdaZero)
        b.star(args + 3)
        b.emit(Op.LdaUndefined)
        b.star(args + 4)
        self.expression_position(node)
        self.runtime(RuntimeFunction.DirectEval, args, args + 1, args + 2, args + 3, args + 4)

    def eval_NewExpression(self, node):
        b = self.b
        mark = self.regs.mark()
        function = self.to_register(node.callee, node.arguments)
        args = node.arguments
        spread_count = sum(a.type == "SpreadElement" for a in args)
        if spread_count and not (spread_count == 1 and args[-1].type == "SpreadElement"):
            array = self.regs.new()
            self.build_array(args)
            b.star(array)
            self.expression_position(node)
            self.runtime(RuntimeFunction.ConstructWithArrayArguments, function, array, function)
            self.regs.release(mark)
            return
        base = self.regs.new_list(len(args))
        for i, arg in enumerate(args):
            self.visit_expression(arg.argument if arg.type == "SpreadElement" else arg)
            b.star(base + i)
        b.ldar(function)
        self.expression_position(node)
        b.emit(Op.ConstructWithSpread if spread_count else Op.Construct, function, base,
               len(args))
        self.regs.release(mark)

    def eval_TaggedTemplateExpression(self, node):
        b = self.b
        mark = self.regs.mark()
        raw, cooked = template_strings(node.quasi)
        function = self.regs.new()
        tag = node.tag
        receiver = None
        if tag.type == "MemberExpression" and tag.object.type != "Super":
            receiver = self.regs.new()
            self.visit_expression(tag.object)
            b.star(receiver)
            if tag.property.type == "PrivateIdentifier":
                self.load_reference(("private", receiver, tag.property.variable))
            elif tag.computed:
                self.visit_expression(tag.property)
                b.emit(Op.GetKeyedProperty, receiver)
            else:
                b.emit(Op.GetNamedProperty, receiver, self.constant(tag.property.name))
        else:
            self.visit_expression(tag)
        b.star(function)
        exprs = node.quasi.expressions
        base = self.regs.new_list(len(exprs) + 1 + (receiver is not None))
        first = base
        if receiver is not None:
            b.emit(Op.Mov, receiver, base)
            first = base + 1
        b.emit(Op.GetTemplateObject,
               self.constant(TemplateObjectDescription(raw, cooked)))
        b.star(first)
        for i, expr in enumerate(exprs):
            self.visit_expression(expr)
            b.star(first + 1 + i)
        self.expression_position(node)
        count = len(exprs) + 1 + (receiver is not None)
        b.emit(Op.CallProperty if receiver is not None else Op.CallUndefinedReceiver,
               function, base, count)
        self.regs.release(mark)

    def eval_ImportExpression(self, node):
        # EvaluateImportCall (13.3.10 Import Calls) steps 1-4: the specifier, then the options (undefined
        # when absent), are evaluated here; the rest happens in the runtime function.
        b = self.b
        mark = self.regs.mark()
        args = self.regs.new_list(2)
        self.visit_expression(node.source)
        b.star(args)
        if node.options is None:
            b.emit(Op.LdaUndefined)
        else:
            self.visit_expression(node.options)
        b.star(args + 1)
        self.runtime(RuntimeFunction.DynamicImport, args, args + 1)
        self.regs.release(mark)

    def eval_SpreadElement(self, node):
        raise EngineInternalError(f"bytecode: spread element outside a list at {node.start}")

    # -- this / super helpers -------------------------------------------------------------
    def load_this_for_super(self):
        scope = self.scope
        while scope is not None:
            if scope.is_declaration_scope and not scope.is_arrow and \
                    scope.scope_type.value != "eval":
                break
            scope = scope.outer
        var = scope.receiver if scope is not None else None
        if var is None:
            self.b.emit(Op.LdaUndefined)
            return
        self.load_variable(var, hole_check=var.mode is VariableMode.LET)

    def load_home_function(self):
        scope = self.scope
        while scope is not None:
            if scope.is_declaration_scope and not scope.is_arrow and \
                    scope.scope_type.value != "eval":
                break
            scope = scope.outer
        var = scope.this_function_var if scope is not None else None
        if var is None:
            self.b.emit(Op.Ldar, 0)
            return
        self.load_variable(var)

    def receiver_kind(self, var):
        return var.kind is VariableKind.THIS
