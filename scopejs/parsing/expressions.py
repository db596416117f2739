"""13 ECMAScript Language: Expressions - the ExpressionParser mixin (acorn's expression.js).

Binary operators use precedence climbing from ``BINARY_PRECEDENCE`` (syntax/tokens.py).
Cover grammars (13.2.5.1 object/array literals as patterns, 15.3 arrow parameters, 13.15.1
CoverInitializedName) are tracked with ``DestructuringErrors`` positions, as acorn does.
"""
from __future__ import annotations

from scopejs.parsing.early_errors import (
    MAX_NESTING, SCOPE_ARROW, SPECIAL_IDENTIFIERS, function_flags,
)
from scopejs.syntax.nodes import NODE_CLASSES as _N
from scopejs.syntax.tokens import (
    ASSIGN_OPERATORS, BINARY_PRECEDENCE, LOGICAL_ASSIGN_OPERATORS, PREFIX_OPERATORS,
    STARTS_EXPRESSION, UPDATE_OPERATORS,
)
from scopejs.syntax.tokens import KEYWORDS as KEYWORDS_SET

Identifier = _N["Identifier"]
Literal = _N["Literal"]
ThisExpression = _N["ThisExpression"]
Super = _N["Super"]
ArrayExpression = _N["ArrayExpression"]
ObjectExpression = _N["ObjectExpression"]
ObjectPattern = _N["ObjectPattern"]
Property = _N["Property"]
FunctionExpression = _N["FunctionExpression"]
ArrowFunctionExpression = _N["ArrowFunctionExpression"]
UnaryExpression = _N["UnaryExpression"]
UpdateExpression = _N["UpdateExpression"]
BinaryExpression = _N["BinaryExpression"]
LogicalExpression = _N["LogicalExpression"]
AssignmentExpression = _N["AssignmentExpression"]
MemberExpression = _N["MemberExpression"]
ChainExpression = _N["ChainExpression"]
ConditionalExpression = _N["ConditionalExpression"]
CallExpression = _N["CallExpression"]
NewExpression = _N["NewExpression"]
SequenceExpression = _N["SequenceExpression"]
YieldExpression = _N["YieldExpression"]
AwaitExpression = _N["AwaitExpression"]
TemplateLiteral = _N["TemplateLiteral"]
TaggedTemplateExpression = _N["TaggedTemplateExpression"]
TemplateElement = _N["TemplateElement"]
MetaProperty = _N["MetaProperty"]
ImportExpression = _N["ImportExpression"]
SpreadElement = _N["SpreadElement"]
RestElement = _N["RestElement"]
PrivateIdentifier = _N["PrivateIdentifier"]

_LITERAL_KEYWORDS = {"null": None, "true": True, "false": False}
_UNARY_PREFIX = PREFIX_OPERATORS | UPDATE_OPERATORS
_PROPERTY_KEY_TYPES = frozenset({"name", "num", "string", "bigint", "["})


class DestructuringErrors:
    """Positions of constructs valid only in a pattern, or only in an expression (acorn)."""

    __slots__ = ("shorthand_assign", "trailing_comma", "paren_assign", "paren_bind", "double_proto")

    def __init__(self):
        self.shorthand_assign = self.trailing_comma = self.paren_assign = -1
        self.paren_bind = self.double_proto = -1


class ExpressionParser:
    """Mixin: 13 Expressions."""

    # -- cover-grammar bookkeeping ---------------------------------------------------------------
    def check_pattern_errors(self, ref, is_assign: bool) -> None:
        if ref is None:
            return
        if ref.trailing_comma > -1:
            self.raise_at(ref.trailing_comma, "Rest element must be last element")
        parens = ref.paren_assign if is_assign else ref.paren_bind
        if parens > -1:
            self.raise_at(parens, "Invalid left-hand side in assignment" if is_assign
                          else "Invalid destructuring assignment target")

    def check_expression_errors(self, ref, and_throw: bool = False) -> bool:
        if ref is None:
            return False
        shorthand = ref.shorthand_assign
        double_proto = ref.double_proto
        if not and_throw:
            return shorthand >= 0 or double_proto >= 0
        if shorthand >= 0:
            self.raise_at(shorthand, "Invalid shorthand property initializer")
        if double_proto >= 0:
            self.raise_at(double_proto, "Duplicate __proto__ fields are not allowed in object literals")
        return False

    def check_yield_await_in_default_params(self) -> None:
        if self.yield_pos and (not self.await_pos or self.yield_pos < self.await_pos):
            self.raise_at(self.yield_pos, "Yield expression not allowed in formal parameter")
        if self.await_pos:
            self.raise_at(self.await_pos, "Illegal await-expression in formal parameters of async function")

    def use_name(self, name: str) -> None:
        self.scope.refs.append(name)

    # -- 13.16 Comma Operator --------------------------------------------------------------------
    def parse_expression(self, no_in: bool = False, ref=None):
        start = self.start
        expr = self.parse_maybe_assign(no_in, ref)
        if self.type == ",":
            expressions = [expr]
            while self.type == ",":
                self.next()
                expressions.append(self.parse_maybe_assign(no_in, ref))
            return SequenceExpression(start, self.last_end, expressions)
        return expr

    # -- 13.15 Assignment Operators --------------------------------------------------------------
    def parse_maybe_assign(self, no_in: bool = False, ref=None, after_left=None):
        self.depth += 1
        if self.depth > MAX_NESTING:
            self.too_deep()
        if self.type == "name" and self.value == "yield" and not self.esc and self.in_generator:
            result = self.parse_yield(no_in)
            self.depth -= 1
            return result
        own_ref = ref is None
        if own_ref:
            ref = DestructuringErrors()
            old_paren_assign = old_trailing_comma = old_double_proto = -1
        else:
            old_paren_assign = ref.paren_assign
            old_trailing_comma = ref.trailing_comma
            old_double_proto = ref.double_proto
            ref.paren_assign = ref.trailing_comma = -1
        start = self.start
        t = self.type
        if t == "(" or t == "name":
            self.potential_arrow_at = start
            self.potential_arrow_in_for_await = no_in == "await"
        left = self.parse_maybe_conditional(no_in, ref)
        if after_left is not None:
            left = after_left(left, start)
        t = self.type
        if t in ASSIGN_OPERATORS:
            if t == "=" and not (left.type == "CallExpression" and not self.strict):
                left = self.to_assignable(left, False, ref)
            if not own_ref:
                ref.paren_assign = ref.trailing_comma = ref.double_proto = -1
            if ref.shorthand_assign >= left.start:
                ref.shorthand_assign = -1   # the shorthand default was used correctly
            if t == "=":
                self.check_lval_pattern(left)
            elif t in LOGICAL_ASSIGN_OPERATORS and left.type == "CallExpression":
                self.raise_at(left.start, "Invalid left-hand side in assignment")
            else:
                self.check_lval_simple(left)
            self.next()
            if self.trace_lazy:
                self.hint_name(left)
            right = self.parse_maybe_assign(no_in)
            if old_double_proto > -1:
                ref.double_proto = old_double_proto
            self.depth -= 1
            return AssignmentExpression(start, self.last_end, t, left, right)
        if own_ref:
            self.check_expression_errors(ref, True)
        if old_paren_assign > -1:
            ref.paren_assign = old_paren_assign
        if old_trailing_comma > -1:
            ref.trailing_comma = old_trailing_comma
        self.depth -= 1
        return left

    # -- 13.14 Conditional Operator --------------------------------------------------------------
    def parse_maybe_conditional(self, no_in, ref):
        start = self.start
        expr = self.parse_expr_ops(no_in, ref)
        if self.type == "?":
            if self.check_expression_errors(ref):
                return expr
            self.next()
            consequent = self.parse_maybe_assign()
            self.expect(":")
            alternate = self.parse_maybe_assign(no_in)
            return ConditionalExpression(start, self.last_end, expr, consequent, alternate)
        return expr

    # -- 13.6-13.13 binary operators -------------------------------------------------------------
    def parse_expr_ops(self, no_in, ref):
        start = self.start
        expr = self.parse_maybe_unary(ref, False, False, no_in)
        t = self.type
        if t not in BINARY_PRECEDENCE:
            return expr
        if self.check_expression_errors(ref):
            return expr
        if expr.start == start and expr.type == "ArrowFunctionExpression":
            return expr
        return self.parse_expr_op(expr, start, -1, no_in)

    def parse_expr_op(self, left, left_start, min_prec, no_in):
        while True:
            t = self.type
            prec = BINARY_PRECEDENCE.get(t)
            if prec is None or (no_in and t == "in") or prec <= min_prec:
                return left
            logical = t == "||" or t == "&&"
            coalesce = t == "??"
            if coalesce:
                prec = 2   # same as &&: `a ?? b || c` must be rejected
            self.next()
            right_start = self.start
            right = self.parse_expr_op(self.parse_maybe_unary(None, False, False, no_in),
                                       right_start, prec, no_in)
            if right.type == "PrivateIdentifier":
                self.raise_at(right.start, "Unexpected token '#%s'" % right.name)
            if logical or coalesce:
                left = LogicalExpression(left_start, self.last_end, left, t, right)
                nt = self.type
                if (logical and nt == "??") or (coalesce and (nt == "||" or nt == "&&")):
                    self.raise_at(self.start, "Unexpected token '%s'" % nt)
            else:
                left = BinaryExpression(left_start, self.last_end, left, t, right)

    # -- 13.4, 13.5 unary and update operators, 13.6 exponentiation --------------------------------
    def parse_maybe_unary(self, ref, saw_unary, inc_dec, no_in):
        start = self.start
        t = self.type
        if t == "name" and self.value == "await" and not self.esc and self.can_await:
            expr = self.parse_await(no_in)
            saw_unary = True
        elif t in _UNARY_PREFIX:
            update = t == "++" or t == "--"
            self.next()
            argument = self.parse_maybe_unary(None, True, update, no_in)
            self.check_expression_errors(ref, True)
            if update:
                self.check_lval_simple(argument)
                expr = UpdateExpression(start, self.last_end, t, True, argument)
            else:
                if t == "delete":
                    if self.strict and argument.type == "Identifier":
                        self.raise_at(start, "Delete of an unqualified identifier in strict mode.")
                    if _is_private_field_access(argument):
                        self.raise_at(start, "Private fields can not be deleted")
                saw_unary = True
                expr = UnaryExpression(start, self.last_end, t, True, argument)
        elif t == "privateId" and not saw_unary:
            if no_in or not self.private_stack:
                self.unexpected()
            expr = self.parse_private_ident()
            if self.type != "in":
                self.unexpected()
        else:
            expr = self.parse_expr_subscripts(ref, no_in)
            t = self.type
            if t == "++" or t == "--":
                if self.check_expression_errors(ref):
                    return expr
                if not self.nl:
                    self.check_lval_simple(expr)
                    self.next()
                    expr = UpdateExpression(start, self.last_end, t, False, expr)
        if not inc_dec and self.type == "**":
            if saw_unary:
                self.raise_at(self.start, "Unary operator used immediately before exponentiation "
                              "expression. Parenthesis must be used to disambiguate operator precedence")
            self.next()
            right = self.parse_maybe_unary(None, False, False, no_in)
            return BinaryExpression(start, self.last_end, expr, "**", right)
        return expr

    # -- 13.3 Left-Hand-Side Expressions ---------------------------------------------------------
    def parse_expr_subscripts(self, ref, no_in):
        start = self.start
        expr = self.parse_expr_atom(ref, no_in)
        if expr.type == "ArrowFunctionExpression" and self.src[self.last_start:self.last_end] != ")":
            return expr
        t = self.type
        if t != "." and t != "[" and t != "(" and t != "?." and t != "template":
            return expr
        result = self.parse_subscripts(expr, start, False, no_in)
        if ref is not None and result.type == "MemberExpression":
            if ref.paren_assign >= result.start:
                ref.paren_assign = -1
            if ref.paren_bind >= result.start:
                ref.paren_bind = -1
            if ref.trailing_comma >= result.start:
                ref.trailing_comma = -1
        return result

    def parse_subscripts(self, base, start, no_calls, no_in):
        maybe_async_arrow = (base.type == "Identifier" and base.name == "async"
                             and self.last_end == base.end and not self.can_insert_semicolon()
                             and base.end - base.start == 5 and self.potential_arrow_at == base.start)
        optional_chained = False
        while True:
            t = self.type
            optional = False
            if t == "?.":
                if no_calls:
                    self.raise_at(self.start, "Invalid optional chain from new expression")
                optional = optional_chained = True
                self.next()
                t = self.type
            if t == "[":
                self.next()
                prop = self.parse_expression()
                self.expect("]")
                base = MemberExpression(start, self.last_end, base, prop, True, optional)
            elif (t == "." and not optional) or (optional and t != "(" and t != "template"):
                if not optional:
                    self.next()
                if self.type == "privateId" and base.type != "Super":
                    prop = self.parse_private_ident()
                else:
                    prop = self.parse_ident(True)
                base = MemberExpression(start, self.last_end, base, prop, False, optional)
            elif t == "(" and not no_calls:
                old_yield, old_await, old_await_ident = self.yield_pos, self.await_pos, self.await_ident_pos
                self.yield_pos = self.await_pos = self.await_ident_pos = 0
                ref = DestructuringErrors()
                mark = len(self.scope.refs)
                self.next()
                args = self.parse_expr_list(")", True, False, ref)
                if maybe_async_arrow and not optional and not self.can_insert_semicolon() \
                        and self.type == "=>":
                    self.next()
                    self.check_pattern_errors(ref, False)
                    self.check_yield_await_in_default_params()
                    if self.await_ident_pos > 0:
                        self.raise_at(self.await_ident_pos,
                                      "'await' is not a valid identifier name in an async function")
                    self.yield_pos, self.await_pos, self.await_ident_pos = old_yield, old_await, old_await_ident
                    refs = self.scope.refs
                    if mark and refs[mark - 1] == "async":
                        del refs[mark - 1]
                        mark -= 1
                    return self.parse_arrow_expression(start, args, True, no_in, mark)
                self.check_expression_errors(ref, True)
                self.yield_pos = old_yield or self.yield_pos
                self.await_pos = old_await or self.await_pos
                self.await_ident_pos = old_await_ident or self.await_ident_pos
                if base.type == "Identifier" and base.name == "eval" and not optional:
                    self.current_function_scope().calls_eval = True
                base = CallExpression(start, self.last_end, base, args, optional)
            elif t == "template":
                if optional or optional_chained:
                    self.raise_at(self.start, "Invalid tagged template on optional chain")
                quasi = self.parse_template(True)
                base = TaggedTemplateExpression(start, self.last_end, base, quasi)
            else:
                if optional_chained:
                    return ChainExpression(start, self.last_end, base)
                return base

    # -- 13.2 Primary Expression -----------------------------------------------------------------
    def parse_expr_atom(self, ref=None, no_in=False, for_new=False):
        t = self.type
        start = self.start
        if t == "name":
            can_be_arrow = self.potential_arrow_at == start
            name = self.value
            esc = self.esc
            if name in SPECIAL_IDENTIFIERS or esc:
                self.check_unreserved(start, name, esc)
            elif name == "async":
                nt = self.peek()
                if nt[0] == "function" and not nt[3]:
                    self.next()
                    self.next()
                    return self.parse_function(start, 0, False, True)
            self.next()
            if can_be_arrow and not self.nl:
                if self.type == "=>":
                    ident = Identifier(start, self.last_end, name)
                    self.next()
                    return self.parse_arrow_expression(start, [ident], False, no_in, len(self.scope.refs))
                if (name == "async" and self.type == "name" and not esc
                        and (not self.potential_arrow_in_for_await or self.value != "of" or self.esc)):
                    pstart = self.start
                    pname = self.value
                    if pname in SPECIAL_IDENTIFIERS or self.esc:
                        self.check_unreserved(pstart, pname, self.esc)
                    self.next()
                    param = Identifier(pstart, self.last_end, pname)
                    if self.nl or self.type != "=>":
                        self.unexpected()
                    if pname == "await":
                        self.raise_at(pstart, "'await' is not a valid identifier name in an async function")
                    self.next()
                    return self.parse_arrow_expression(start, [param], True, no_in, len(self.scope.refs))
            self.scope.refs.append(name)
            return Identifier(start, self.last_end, name)
        if t == "num" or t == "string":
            value = self.value
            self.next()
            return Literal(start, self.last_end, value, self.src[start:self.last_end], None, None)
        if t == "%" and self.source.natives_syntax:
            # V8's --allow-natives-syntax: `%Name(args)` calls the intrinsic %Name, a hidden
            # global that only this syntax can name
            self.next()
            if self.type != "name" or self.esc:
                self.unexpected()
            name = "%" + self.value
            self.next()
            if self.type != "(":
                self.unexpected()
            self.scope.refs.append(name)
            return Identifier(start, self.last_end, name)
        if t == "this":
            self.next()
            self.current_function_scope().uses_this = True
            return ThisExpression(start, self.last_end)
        if t == "(":
            return self.parse_paren_and_distinguish(self.potential_arrow_at == start, no_in, ref)
        if t == "[":
            self.next()
            elements = self.parse_expr_list("]", True, True, ref)
            return ArrayExpression(start, self.last_end, elements)
        if t == "{":
            return self.parse_obj(False, ref)
        if t == "function":
            self.next()
            return self.parse_function(start, 0)
        if t in _LITERAL_KEYWORDS:
            self.next()
            return Literal(start, self.last_end, _LITERAL_KEYWORDS[t], t, None, None)
        if t == "template":
            return self.parse_template(False)
        if t == "/" or t == "/=":
            self.read_regexp()
            pattern, flags = self.value
            self.next()
            return Literal(start, self.last_end, None, self.src[start:self.last_end],
                           {"pattern": pattern, "flags": flags}, None)
        if t == "bigint":
            value = self.value
            self.next()
            raw = self.src[start:self.last_end]
            return Literal(start, self.last_end, value, raw, None, str(value))
        if t == "new":
            return self.parse_new()
        if t == "class":
            return self.parse_class(start, False)
        if t == "super":
            return self.parse_super(for_new)
        if t == "import":
            return self.parse_expr_import(for_new)
        self.unexpected()

    def parse_super(self, for_new: bool = False):
        start = self.start
        if not self.allow_super:
            self.raise_at(start, "'super' keyword unexpected here")
        self.next()
        t = self.type
        if t == "(":
            if for_new or not self.allow_direct_super:
                self.raise_at(start, "'super' keyword unexpected here")
            self.current_function_scope().has_super_call = True
        elif t == "." or t == "[":
            self.current_function_scope().uses_super_property = True
        else:
            self.raise_at(start, "'super' keyword unexpected here")
        self.current_function_scope().uses_this = True
        return Super(start, self.last_end)

    def parse_ident(self, liberal: bool = False):
        """An IdentifierName (liberal: any reserved word allowed, e.g. after '.')."""
        start = self.start
        t = self.type
        if t == "name":
            name = self.value
            if not liberal and (name in SPECIAL_IDENTIFIERS or self.esc):
                self.check_unreserved(start, name, self.esc)
        elif t in KEYWORDS_SET:
            name = t
            if not liberal:
                self.check_unreserved(start, name)
        else:
            self.unexpected()
        self.next()
        return Identifier(start, self.last_end, name)

    def parse_private_ident(self):
        start = self.start
        if self.type != "privateId":
            self.unexpected()
        name = self.value
        self.next()
        node = PrivateIdentifier(start, self.last_end, name)
        if not self.private_stack:
            self.raise_at(start, f"Private field '#{name}' must be declared in an enclosing class")
        self.private_stack[-1][1].append(node)
        return node

    # -- 13.2.8 Template Literals ----------------------------------------------------------------
    def parse_template_element(self, tagged: bool):
        if self.tpl_err is not None and not tagged:
            message, offset = self.tpl_err
            self.raise_at(offset, message)
        element = TemplateElement(self.tpl_start, self.tpl_end,
                                  {"raw": self.tpl_raw, "cooked": self.value}, self.tpl_tail)
        return element

    def parse_template(self, tagged: bool = False):
        start = self.start
        element = self.parse_template_element(tagged)
        quasis = [element]
        expressions = []
        while not element.tail:
            self.next()
            expressions.append(self.parse_expression())
            if self.type != "}":
                self.raise_at(self.start, "Missing } in template expression")
            self.read_template_continuation()
            element = self.parse_template_element(tagged)
            quasis.append(element)
        self.next()
        return TemplateLiteral(start, self.last_end, expressions, quasis)

    # -- 13.2.5 Object Initializer ---------------------------------------------------------------
    def parse_obj(self, is_pattern: bool, ref=None):
        start = self.start
        self.next()
        properties = []
        has_proto = False
        first = True
        while self.type != "}":
            if not first:
                self.expect(",")
                if self.type == "}":
                    break
            else:
                first = False
            prop = self.parse_property(is_pattern, ref)
            if not is_pattern and prop.type == "Property" and not prop.computed \
                    and not prop.method and not prop.shorthand and prop.kind == "init":
                key = prop.key
                if (key.type == "Identifier" and key.name == "__proto__") or (
                        key.type == "Literal" and key.value == "__proto__"):
                    if has_proto:
                        if ref is not None:
                            if ref.double_proto < 0:
                                ref.double_proto = key.start
                        else:
                            self.raise_at(key.start, "Duplicate __proto__ fields are not allowed in object literals")
                    has_proto = True
            properties.append(prop)
        self.next()
        if is_pattern:
            return ObjectPattern(start, self.last_end, properties)
        return ObjectExpression(start, self.last_end, properties)

    def parse_property(self, is_pattern: bool, ref):
        start = self.start
        if self.type == "...":
            self.next()
            if is_pattern:
                argument = self.parse_ident(False)
                if self.type == ",":
                    self.raise_at(self.start, "Rest element must be last element")
                return RestElement(start, self.last_end, argument)
            argument = self.parse_maybe_assign(False, ref)
            if self.type == "," and ref is not None and ref.trailing_comma < 0:
                ref.trailing_comma = self.start
            return SpreadElement(start, self.last_end, argument)
        is_generator = False
        if not is_pattern and self.type == "*":
            self.next()
            is_generator = True
        contains_esc = self.esc
        key, computed = self.parse_property_name()
        is_async = False
        if (not is_pattern and not contains_esc and not is_generator and not computed
                and key.type == "Identifier" and key.name == "async"
                and (self.type in _PROPERTY_KEY_TYPES or self.type in KEYWORDS_SET or self.type == "*")
                and not self.nl):
            is_async = True
            if self.type == "*":
                self.next()
                is_generator = True
            key, computed = self.parse_property_name()
        t = self.type
        if (is_generator or is_async) and t == ":":
            self.unexpected()
        if t == ":":
            self.next()
            if is_pattern:
                value = self.parse_maybe_default(self.start)
            else:
                if self.trace_lazy and not computed:
                    self.hint_name(key)
                value = self.parse_maybe_assign(False, ref)
            return Property(start, self.last_end, False, False, computed, key, "init", value)
        if t == "(":
            if is_pattern:
                self.unexpected()
            if self.trace_lazy and not computed:
                self.hint_name(key)
            value = self.parse_method(is_generator, is_async)
            return Property(start, self.last_end, True, False, computed, key, "init", value)
        if (not is_pattern and not contains_esc and not computed and key.type == "Identifier"
                and (key.name == "get" or key.name == "set") and t != "," and t != "}" and t != "="):
            if is_generator or is_async:
                self.unexpected()
            kind = key.name
            key, computed = self.parse_property_name()
            if self.trace_lazy and not computed:
                self.hint_name(key, kind)
            value = self.parse_method(False, False)
            self.check_accessor_params(kind, value)
            return Property(start, self.last_end, False, False, computed, key, kind, value)
        if not computed and key.type == "Identifier":
            if is_generator or is_async:
                self.unexpected()
            name = key.name
            if name in SPECIAL_IDENTIFIERS or contains_esc:
                self.check_unreserved(key.start, name, contains_esc)
            if name == "await" and not self.await_ident_pos:
                self.await_ident_pos = start
            if is_pattern:
                value = self.parse_maybe_default(start, Identifier(key.start, key.end, name))
            elif t == "=" and ref is not None:
                if ref.shorthand_assign < 0:
                    ref.shorthand_assign = self.start
                self.scope.refs.append(name)
                value = self.parse_maybe_default(start, Identifier(key.start, key.end, name))
            else:
                self.scope.refs.append(name)
                value = Identifier(key.start, key.end, name)
            return Property(start, self.last_end, False, True, False, key, "init", value)
        self.unexpected()

    def check_accessor_params(self, kind: str, value) -> None:
        params = value.params
        if kind == "get":
            if params:
                self.raise_at(value.start, "Getter must not have any formal parameters.")
        elif kind == "set":
            if len(params) != 1:
                self.raise_at(value.start, "Setter must have exactly one formal parameter.")
            if params[0].type == "RestElement":
                self.raise_at(params[0].start, "Setter function argument must not be a rest parameter")

    def parse_property_name(self):
        """Returns (key, computed)."""
        t = self.type
        start = self.start
        if t == "[":
            self.next()
            key = self.parse_maybe_assign()
            self.expect("]")
            return key, True
        if t == "num" or t == "string" or t == "bigint":
            return self.parse_expr_atom(), False
        if t == "name" or t in KEYWORDS_SET:
            name = self.value if t == "name" else t
            self.next()
            return Identifier(start, self.last_end, name), False
        self.unexpected()

    # -- 13.2.3 Parenthesized expressions and arrow parameters -----------------------------------
    def parse_paren_and_distinguish(self, can_be_arrow: bool, no_in, outer_ref):
        start = self.start
        mark = len(self.scope.refs)
        self.next()
        if self.type == "function":
            self.eager_next_function = True    # V8's PIFE heuristic: `(function` is parsed eagerly
        inner_start = self.start
        exprs = []
        first = True
        last_is_comma = False
        spread_start = -1
        ref = DestructuringErrors()
        old_yield, old_await = self.yield_pos, self.await_pos
        self.yield_pos = self.await_pos = 0
        while self.type != ")":
            if first:
                first = False
            else:
                self.expect(",")
            if self.type == ")":
                last_is_comma = True
                break
            if self.type == "...":
                spread_start = self.start
                exprs.append(self.parse_rest_binding())
                if self.type == ",":
                    self.raise_at(self.start, "Rest parameter must be last formal parameter")
                break
            exprs.append(self.parse_maybe_assign(False, ref))
        self.eager_next_function = False
        inner_end = self.last_end
        self.expect(")")
        if can_be_arrow and not self.nl and self.type == "=>":
            self.next()
            self.check_pattern_errors(ref, False)
            self.check_yield_await_in_default_params()
            self.yield_pos, self.await_pos = old_yield, old_await
            return self.parse_arrow_expression(start, exprs, False, no_in, mark)
        if not exprs or last_is_comma:
            self.raise_at(self.last_start, "Unexpected token ')'")
        if spread_start >= 0:
            self.raise_at(spread_start, "Unexpected token '...'")
        self.check_expression_errors(ref, True)
        self.yield_pos = old_yield or self.yield_pos
        self.await_pos = old_await or self.await_pos
        if len(exprs) > 1:
            val = SequenceExpression(inner_start, inner_end, exprs)
        else:
            val = exprs[0]
        if outer_ref is not None:
            if outer_ref.paren_assign < 0 and val.type != "Identifier" and val.type != "MemberExpression":
                outer_ref.paren_assign = start
            if outer_ref.paren_bind < 0:
                outer_ref.paren_bind = start
        return val

    # -- 13.3.5 The new Operator, 13.3.12 Meta Properties, 13.3.10 import() -------------------------
    def parse_new(self):
        start = self.start
        if self.esc:
            self.raise_at(start, "Keyword must not contain escaped characters")
        self.next()
        if self.type == ".":
            meta = Identifier(start, self.last_end, "new")
            self.next()
            contains_esc = self.esc
            prop = self.parse_ident(True)
            if prop.name != "target":
                self.raise_at(prop.start, "The only valid meta property for new is 'new.target'")
            if contains_esc:
                self.raise_at(start, "'new.target' must not contain escaped characters")
            if not self.allow_new_target:
                self.raise_at(start, "new.target expression is not allowed here")
            self.current_function_scope().uses_new_target = True
            return MetaProperty(start, self.last_end, meta, prop)
        callee_start = self.start
        callee = self.parse_subscripts(self.parse_expr_atom(None, False, True), callee_start, True, False)
        if self.type == "(":
            self.next()
            args = self.parse_expr_list(")", True, False, None)
        else:
            args = []
        return NewExpression(start, self.last_end, callee, args)

    def parse_expr_import(self, for_new: bool):
        start = self.start
        self.next()
        if self.type == "(" and not for_new:
            self.next()
            # 13.3.10 ImportCall : import ( AssignmentExpression ,opt )
            #                    | import ( AssignmentExpression , AssignmentExpression ,opt )
            source = self.parse_maybe_assign()
            options = None
            if self.type == ",":
                self.next()
                if self.type != ")":
                    options = self.parse_maybe_assign()
                    if self.type == ",":
                        self.next()
            if self.type != ")":
                self.unexpected()
            self.next()
            return ImportExpression(start, self.last_end, source, options)
        if self.type == ".":
            meta = Identifier(start, self.last_end, "import")
            self.next()
            contains_esc = self.esc
            prop = self.parse_ident(True)
            if prop.name != "meta":
                self.raise_at(prop.start, "The only valid meta property for import is 'import.meta'")
            if contains_esc:
                self.raise_at(start, "'import.meta' must not contain escaped characters")
            if not self.in_module:
                self.raise_at(start, "Cannot use 'import.meta' outside a module")
            return MetaProperty(start, self.last_end, meta, prop)
        self.unexpected()

    # -- lists -----------------------------------------------------------------------------------
    def parse_expr_list(self, close: str, allow_trailing_comma: bool, allow_empty: bool, ref):
        elements = []
        first = True
        while self.type != close:
            if not first:
                self.expect(",")
                if allow_trailing_comma and self.type == close:
                    break
            else:
                first = False
            t = self.type
            if allow_empty and t == ",":
                elements.append(None)
            elif t == "...":
                start = self.start
                self.next()
                argument = self.parse_maybe_assign(False, ref)
                elements.append(SpreadElement(start, self.last_end, argument))
                if ref is not None and self.type == "," and ref.trailing_comma < 0:
                    ref.trailing_comma = self.start
            else:
                elements.append(self.parse_maybe_assign(False, ref))
        self.next()
        return elements

    # -- 15.5 yield, 15.8 await ------------------------------------------------------------------
    def parse_yield(self, no_in):
        start = self.start
        if not self.yield_pos:
            self.yield_pos = start
        self.next()
        t = self.type
        if t == ";" or self.nl or t == "eof" or (t != "*" and t not in STARTS_EXPRESSION):
            return YieldExpression(start, self.last_end, False, None)
        delegate = False
        if t == "*":
            delegate = True
            self.next()
        argument = self.parse_maybe_assign(no_in)
        return YieldExpression(start, self.last_end, delegate, argument)

    def parse_await(self, no_in):
        start = self.start
        if not self.await_pos:
            self.await_pos = start
        self.next()
        argument = self.parse_maybe_unary(None, True, False, no_in)
        return AwaitExpression(start, self.last_end, argument)

    # -- 15.3 Arrow Function Definitions ---------------------------------------------------------
    def parse_arrow_expression(self, start, params, is_async: bool, no_in, ref_mark: int):
        old_yield, old_await, old_await_ident = self.yield_pos, self.await_pos, self.await_ident_pos
        outer = self.scope
        moved = outer.refs[ref_mark:]
        del outer.refs[ref_mark:]
        scope = self.enter_scope(function_flags(is_async, False) | SCOPE_ARROW)
        scope.refs.extend(moved)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        params = self.to_assignable_list(params, True)
        node = ArrowFunctionExpression(start, 0, None, False, False, is_async, params, None)
        self.parse_function_body(node, True, False, no_in)
        self.yield_pos, self.await_pos, self.await_ident_pos = old_yield, old_await, old_await_ident
        node.end = self.last_end
        return node


def _is_private_field_access(node) -> bool:
    t = node.type
    if t == "MemberExpression":
        return node.property.type == "PrivateIdentifier"
    if t == "ChainExpression":
        return _is_private_field_access(node.expression)
    return False

