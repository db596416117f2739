"""Destructuring patterns and assignment targets - the PatternParser mixin (acorn's lval.js).

13.15.5 Destructuring Assignment reinterprets an ObjectLiteral / ArrayLiteral as a pattern
(``to_assignable``); 8.6 / 14.3.3 binding patterns are parsed directly (``parse_binding_atom``).
``check_lval_*`` apply the early errors of assignment targets and declare bound names.
"""
from __future__ import annotations

from scopejs.parsing.early_errors import BIND_LEXICAL, BIND_NONE, BIND_OUTSIDE
from scopejs.syntax.nodes import NODE_CLASSES as _N

ObjectPattern = _N["ObjectPattern"]
ArrayPattern = _N["ArrayPattern"]
AssignmentPattern = _N["AssignmentPattern"]
RestElement = _N["RestElement"]


class PatternParser:
    """Mixin: patterns and assignment targets."""

    # -- expression -> pattern -------------------------------------------------------------------
    def to_assignable(self, node, is_binding: bool, ref=None):
        t = node.type
        if t == "Identifier":
            if node.name == "await" and self.in_async:
                self.raise_at(node.start, "'await' is not a valid identifier name in an async function")
            return node
        if t in ("ObjectPattern", "ArrayPattern", "AssignmentPattern", "RestElement"):
            return node
        if t == "ObjectExpression":
            if ref is not None:
                self.check_pattern_errors(ref, True)
            properties = node.properties
            for i, prop in enumerate(properties):
                prop = properties[i] = self.to_assignable(prop, is_binding)
                if prop.type == "RestElement":
                    if prop.argument.type in ("ArrayPattern", "ObjectPattern"):
                        self.raise_at(prop.argument.start, "`...` must be followed by an assignable reference in assignment contexts")
                    if i != len(properties) - 1:
                        self.raise_at(prop.start, "Rest element must be last element")
            return ObjectPattern(node.start, node.end, properties)
        if t == "Property":
            if node.kind != "init" or node.method:
                self.raise_at(node.key.start, "Invalid destructuring assignment target")
            node.value = self.to_assignable(node.value, is_binding)
            return node
        if t == "ArrayExpression":
            if ref is not None:
                self.check_pattern_errors(ref, True)
            return ArrayPattern(node.start, node.end, self.to_assignable_list(node.elements, is_binding))
        if t == "SpreadElement":
            argument = self.to_assignable(node.argument, is_binding)
            if argument.type == "AssignmentPattern":
                self.raise_at(argument.start, "Invalid rest element")
            return RestElement(node.start, node.end, argument)
        if t == "AssignmentExpression":
            if node.operator != "=":
                self.raise_at(node.left.end, "Invalid destructuring assignment target")
            return AssignmentPattern(node.start, node.end, self.to_assignable(node.left, is_binding),
                                     node.right)
        if t == "ChainExpression":
            self.raise_at(node.start, "Invalid left-hand side in assignment")
        if t == "MemberExpression" and not is_binding:
            return node
        self.raise_at(node.start, "Invalid destructuring assignment target" if is_binding
                      else "Invalid left-hand side in assignment")

    def to_assignable_list(self, elements: list, is_binding: bool) -> list:
        for i, element in enumerate(elements):
            if element is not None:
                elements[i] = self.to_assignable(element, is_binding)
        return elements

    # -- early errors of targets -----------------------------------------------------------------
    def check_lval_simple(self, expr, binding: int = BIND_NONE, clashes=None) -> None:
        t = expr.type
        is_bind = binding != BIND_NONE
        if t == "Identifier":
            name = expr.name
            if self.strict and (name == "eval" or name == "arguments"):
                self.raise_at(expr.start, "Unexpected eval or arguments in strict mode")
            if is_bind:
                if binding == BIND_LEXICAL and name == "let":
                    self.raise_at(expr.start, "let is disallowed as a lexically bound name")
                if clashes is not None:
                    if name in clashes:
                        self.raise_at(expr.start, "Duplicate parameter name not allowed in this context")
                    clashes.add(name)
                if binding != BIND_OUTSIDE:
                    self.declare_name(name, binding, expr.start)
            return
        if t == "ChainExpression":
            self.raise_at(expr.start, "Invalid left-hand side in assignment")
        if t == "MemberExpression":
            if is_bind:
                self.raise_at(expr.start, "Invalid destructuring assignment target")
            return
        if t == "CallExpression" and not is_bind and not self.strict and clashes is None:
            return   # Annex B web compatibility: `f() = 1` is a runtime ReferenceError in sloppy code
        self.raise_at(expr.start, "Invalid destructuring assignment target" if is_bind
                      else "Invalid left-hand side in assignment")

    def check_lval_pattern(self, expr, binding: int = BIND_NONE, clashes=None) -> None:
        t = expr.type
        if t == "ObjectPattern":
            for prop in expr.properties:
                self.check_lval_inner_pattern(prop, binding, clashes)
        elif t == "ArrayPattern":
            for element in expr.elements:
                if element is not None:
                    self.check_lval_inner_pattern(element, binding, clashes)
        else:
            self.check_lval_simple(expr, binding, clashes)

    def check_lval_inner_pattern(self, expr, binding: int = BIND_NONE, clashes=None) -> None:
        t = expr.type
        if t == "Property":
            self.check_lval_inner_pattern(expr.value, binding, clashes)
        elif t == "AssignmentPattern":
            self.check_lval_pattern(expr.left, binding, clashes)
        elif t == "RestElement":
            self.check_lval_pattern(expr.argument, binding, clashes)
        else:
            self.check_lval_pattern(expr, binding, clashes)

    # -- 14.3.3 binding patterns -----------------------------------------------------------------
    def parse_binding_atom(self):
        t = self.type
        if t == "[":
            start = self.start
            self.next()
            elements = self.parse_binding_list("]", True, True)
            return ArrayPattern(start, self.last_end, elements)
        if t == "{":
            return self.parse_obj(True)
        return self.parse_ident(False)

    def parse_binding_list(self, close: str, allow_empty: bool, allow_trailing_comma: bool) -> list:
        elements = []
        first = True
        while self.type != close:
            if first:
                first = False
            else:
                self.expect(",")
            t = self.type
            if allow_empty and t == ",":
                elements.append(None)
            elif allow_trailing_comma and t == close:
                break
            elif t == "...":
                rest = self.parse_rest_binding()
                elements.append(rest)
                if self.type == ",":
                    self.raise_at(self.start, "Rest parameter must be last formal parameter"
                                  if close == ")" else "Rest element must be last element")
                if self.type != close:
                    self.unexpected()
                break
            else:
                elements.append(self.parse_maybe_default(self.start))
        self.next()
        return elements

    def parse_rest_binding(self):
        start = self.start
        self.next()
        argument = self.parse_binding_atom()
        return RestElement(start, self.last_end, argument)

    def parse_maybe_default(self, start: int, left=None):
        if left is None:
            left = self.parse_binding_atom()
        if self.type != "=":
            return left
        self.next()
        right = self.parse_maybe_assign()
        return AssignmentPattern(start, self.last_end, left, right)
