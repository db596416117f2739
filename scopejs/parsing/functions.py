"""15 ECMAScript Language: Functions and Classes - the FunctionParser mixin.

Parameters, bodies (with the directive prologue, 11.2.1), methods, classes (15.7) and the lazy
body decision: a function body is either parsed fully or *preparsed* (V8): the same grammar runs,
all early errors are checked, and the body is then dropped and replaced by a ``PreparseData``
record (``node.lazy``) holding its declared and free names, until ``ensure_parsed`` forces it.
"""
from __future__ import annotations

import sys

from scopejs.parsing.early_errors import (
    BIND_FUNCTION, BIND_LEXICAL, BIND_OUTSIDE, BIND_VAR, SCOPE_CLASS, SCOPE_CLASS_FIELD_INIT,
    SCOPE_CLASS_STATIC_BLOCK, SCOPE_DIRECT_SUPER, SCOPE_SUPER, function_flags,
)
from scopejs.parsing.preparse_data import PreparseData
from scopejs.parsing.static_semantics import bound_identifiers, bound_names
from scopejs.syntax.nodes import NODE_CLASSES as _N
from scopejs.syntax.tokens import KEYWORDS, STRICT_RESERVED

FunctionDeclaration = _N["FunctionDeclaration"]
FunctionExpression = _N["FunctionExpression"]
ClassDeclaration = _N["ClassDeclaration"]
ClassExpression = _N["ClassExpression"]
ClassBody = _N["ClassBody"]
MethodDefinition = _N["MethodDefinition"]
PropertyDefinition = _N["PropertyDefinition"]
StaticBlock = _N["StaticBlock"]
Identifier = _N["Identifier"]

def _stderr_sink(line: str) -> None:
    sys.stderr.write(line + "\n")


FUNC_STATEMENT = 1
FUNC_HANGING_STATEMENT = 2
FUNC_NULLABLE_ID = 4

_CLASS_ELEMENT_NAME_START = frozenset({"name", "privateId", "num", "string", "bigint", "["}) | KEYWORDS


def _is_simple_param_list(params) -> bool:
    for param in params:
        if param.type != "Identifier":
            return False
    return True


def _key_is(node, name: str) -> bool:
    if node.computed:
        return False
    key = node.key
    return (key.type == "Identifier" and key.name == name) or (key.type == "Literal" and key.value == name)


class FunctionParser:
    """Mixin: 15.1-15.8 functions, 15.7 classes."""

    # -- 15.2 Function Definitions ---------------------------------------------------------------
    def parse_function(self, start: int, statement: int, allow_expression_body: bool = False,
                       is_async: bool = False):
        eager = self.eager_next_function
        self.eager_next_function = False
        generator = False
        if self.type == "*":
            if statement & FUNC_HANGING_STATEMENT:
                self.unexpected()
            self.next()
            generator = True
        fn_id = None
        if statement & FUNC_STATEMENT:
            if statement & FUNC_NULLABLE_ID and self.type != "name":
                fn_id = None
            elif self.type == "(":
                self.raise_at(self.start, "Function statements require a function name")
            else:
                fn_id = self.parse_ident(False)
            if fn_id is not None and not statement & FUNC_HANGING_STATEMENT:
                if self.strict or generator or is_async:
                    binding = BIND_VAR if self.treat_functions_as_var_in(self.scope) else BIND_LEXICAL
                else:
                    binding = BIND_FUNCTION
                self.check_lval_simple(fn_id, binding)
        old = (self.yield_pos, self.await_pos, self.await_ident_pos)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        scope = self.enter_scope(function_flags(is_async, generator))
        if not statement & FUNC_STATEMENT:
            if self.type == "name":
                fn_id = self.parse_ident(False)
                scope.self_name = fn_id.name
        cls = FunctionDeclaration if statement & FUNC_STATEMENT else FunctionExpression
        node = cls(start, 0, fn_id, False, generator, is_async, None, None)
        self.parse_function_params(node)
        self.parse_function_body(node, False, False, False, eager)
        self.yield_pos, self.await_pos, self.await_ident_pos = old
        node.end = self.last_end
        return node

    def parse_function_params(self, node) -> None:
        self.expect("(")
        node.params = self.parse_binding_list(")", False, True)
        self.check_yield_await_in_default_params()

    def check_params(self, node, allow_duplicates: bool) -> None:
        clashes = None if allow_duplicates else set()
        for param in node.params:
            self.check_lval_inner_pattern(param, BIND_VAR, clashes)

    def parse_function_body(self, node, is_arrow: bool, is_method: bool, no_in=False,
                            eager: bool = False) -> None:
        """Body of a function, arrow or method; exits the function's scope (entered by the caller)."""
        if is_arrow and self.type != "{":
            node.body = self.parse_maybe_assign(no_in)
            node.expression = True
            self.check_params(node, False)
            self.exit_scope()
            return
        old_strict = self.strict
        params = node.params
        simple = _is_simple_param_list(params)
        scope = self.scope
        if not simple and scope.refs:
            # every ref so far was made in the parameter list (see ParseScope)
            scope.parameter_refs_end = len(scope.refs)
            scope.parameter_names = frozenset(
                name for param in params for name in bound_names(param))
        use_strict = False
        if not old_strict or not simple:
            use_strict = self.strict_directive(self.end)
            if use_strict and not simple:
                self.raise_at(node.start, "Illegal 'use strict' directive in function with non-simple parameter list")
        old_labels = self.labels
        self.labels = []
        if use_strict:
            self.strict = True
        self.check_params(node, not old_strict and not use_strict and not is_arrow and not is_method and simple)
        if self.strict and node.id is not None:
            self.check_lval_simple(node.id, BIND_OUTSIDE)
        if use_strict and not old_strict:
            # names bound before the directive was seen must not be strict reserved words
            names = [node.id] if node.id is not None else []
            for param in params:
                names.extend(bound_identifiers(param))
            for ident in names:
                if ident.name in STRICT_RESERVED:
                    self.raise_at(ident.start, "Unexpected strict mode reserved word")
        node.expression = False
        exit_strict = use_strict and not old_strict
        lazy_candidate = self.lazy and not eager and not self.force_eager
        skippable = self.skippable.get(self.start) if lazy_candidate and self.skippable else None
        if skippable is not None:
            # V8's skippable function: preparsed already (inside an enclosing preparse); reuse
            # its PreparseData and jump over the body instead of preparsing it again.
            self.skip_function_body(node, skippable)
        elif lazy_candidate and self.preparse_depth == 0:
            # V8: preparse this body - all early errors, no AST kept, free names recorded.
            body_start = self.start
            scope_flags = tuple(scope.flags for scope in self.scope_stack)
            saved_collect = self.collect
            self.collect = collect = {}
            self.preparse_depth += 1
            self.parse_block(False, exit_strict)
            self.preparse_depth -= 1
            self.collect = saved_collect
            scope = self.exit_scope()
            node.body = None
            node.lazy = data = PreparseData.from_scope(
                self, node, scope, body_start, self.last_end, old_strict or use_strict, old_strict,
                scope_flags, is_arrow, is_method)
            data.inner = collect
            if self.trace_lazy:
                self.trace("preparse", node)
        elif lazy_candidate:
            # Inside an enclosing preparse: parse (and drop) the body, but keep its
            # PreparseData so that forcing the enclosing function can skip this one.
            body_start = self.start
            scope_flags = tuple(scope.flags for scope in self.scope_stack)
            self.parse_block(False, exit_strict)
            scope = self.exit_scope()
            data = PreparseData.from_scope(
                self, node, scope, body_start, self.last_end, old_strict or use_strict, old_strict,
                scope_flags, is_arrow, is_method)
            data.inner = self.collect
            self.collect[body_start] = data
        else:
            self.force_eager = False
            if self.trace_lazy and self.lazy and self.preparse_depth == 0:
                self.trace("full parse", node)
            block = self.parse_block(False, exit_strict)
            self.adapt_directive_prologue(block.body)
            node.body = block
            self.exit_scope()
        node.strict = old_strict or use_strict
        self.labels = old_labels

    def skip_function_body(self, node, data) -> None:
        """Replays a recorded preparse of this body: its free names and uses reach the
        enclosing scopes exactly as if the body had been preparsed again."""
        scope = self.scope
        scope.refs.extend(data.free_names)
        if data.uses_arguments:
            scope.refs.append("arguments")
        scope.uses_this = data.uses_this
        scope.uses_new_target = data.uses_new_target
        scope.uses_super_property = data.uses_super_property
        scope.has_super_call = data.has_super_call
        scope.calls_eval = data.has_direct_eval
        scope.inner_calls_eval = data.inner_has_direct_eval
        self.start = data.body_end - 1      # the body's closing '}'
        self.end = data.body_end
        self.next()
        self.exit_scope()
        node.body = None
        node.lazy = data
        if self.trace_lazy:
            self.trace("skip", node)

    def hint_name(self, name_node, prefix: str = "") -> None:
        """--trace-lazy: the name a function starting at the current token will get from
        where it is written (``const f = () => {}``, ``{ m() {} }``, ``o.f = function () {}``,
        ``get x() {}``; V8's FuncNameInferrer), so the trace names it."""
        kind = name_node.type
        if kind == "Identifier" or kind == "PrivateIdentifier":
            name = name_node.name if kind == "Identifier" else f"#{name_node.name}"
        elif kind == "Literal" and isinstance(name_node.value, str):
            name = name_node.value
        elif kind == "MemberExpression" and not name_node.computed and \
                name_node.property.type == "Identifier":
            name = name_node.property.name
        else:
            return
        self.name_hints[self.start] = f"{prefix} {name}" if prefix else name

    def trace(self, what: str, node) -> None:
        """--trace-lazy: one line per function preparsed / fully parsed / skipped (its recorded
        preparse reused), to the trace sink (``trace_lazy`` is True for stderr, or a callable
        taking the line): its name (inferred where it has none of its own) and, for a preparsed
        or skipped function, the free names the preparser recorded (what it may capture)."""
        line, column = self.source.position(node.start)
        data = node.lazy if getattr(node, "lazy", None) is not None else None
        if getattr(node, "id", None) is not None:
            name = node.id.name
        else:
            name = self.name_hints.get(node.start) or \
                (data.inferred_name if data is not None else None) or "<anonymous>"
        text = f"[{what}] {name} @{line}:{column + 1}"
        if data is not None and what != "full parse" and data.free_names:
            text += " free: " + ", ".join(sorted(data.free_names))
        sink = self.trace_lazy if callable(self.trace_lazy) else _stderr_sink
        sink(text)

    # -- 15.4 Method Definitions -----------------------------------------------------------------
    def parse_method(self, is_generator: bool, is_async: bool, allow_direct_super: bool = False):
        start = self.start
        old = (self.yield_pos, self.await_pos, self.await_ident_pos)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        self.enter_scope(function_flags(is_async, is_generator) | SCOPE_SUPER
                         | (SCOPE_DIRECT_SUPER if allow_direct_super else 0))
        node = FunctionExpression(start, 0, None, False, is_generator, is_async, None, None)
        self.expect("(")
        node.params = self.parse_binding_list(")", False, True)
        self.check_yield_await_in_default_params()
        self.parse_function_body(node, False, True, False)
        self.yield_pos, self.await_pos, self.await_ident_pos = old
        node.end = self.last_end
        return node

    # -- 15.7 Class Definitions ------------------------------------------------------------------
    def parse_class(self, start: int, is_statement):
        self.next()
        old_strict = self.strict
        self.strict = True
        class_id = None
        if self.type == "name":
            class_id = self.parse_ident(False)
            if is_statement:
                self.check_lval_simple(class_id, BIND_LEXICAL)
            else:
                self.check_lval_simple(class_id, BIND_OUTSIDE)
        elif is_statement is True:
            self.unexpected()
        scope = self.enter_scope(SCOPE_CLASS)
        if class_id is not None:
            scope.self_name = class_id.name
        super_class = None
        if self.type == "extends":
            self.next()
            super_class = self.parse_expr_subscripts(None, False)
        declared = {}
        self.private_stack.append((declared, []))
        body_start = self.start
        self.expect("{")
        body = []
        had_constructor = False
        has_super = super_class is not None
        while self.type != "}":
            if self.type == ";":
                self.next()
                continue
            element = self.parse_class_element(has_super)
            body.append(element)
            if element.type == "MethodDefinition" and element.kind == "constructor":
                if had_constructor:
                    self.raise_at(element.start, "A class may only have one constructor")
                had_constructor = True
            elif element.type != "StaticBlock" and element.key.type == "PrivateIdentifier":
                if self._private_name_conflicts(declared, element):
                    self.raise_at(element.key.start,
                                  f"Identifier '#{element.key.name}' has already been declared")
        self.strict = old_strict
        self.next()
        class_body = ClassBody(body_start, self.last_end, body)
        self.exit_private_scope()
        self.exit_scope()
        cls = ClassDeclaration if is_statement else ClassExpression
        return cls(start, self.last_end, class_id, super_class, class_body)

    @staticmethod
    def _private_name_conflicts(declared: dict, element) -> bool:
        name = element.key.name
        current = declared.get(name)
        state = "true"
        if element.type == "MethodDefinition" and element.kind in ("get", "set"):
            state = ("s" if element.static else "i") + element.kind
        if (current, state) in (("iget", "iset"), ("iset", "iget"), ("sget", "sset"), ("sset", "sget")):
            declared[name] = "true"
            return False
        if current is None:
            declared[name] = state
            return False
        return True

    def exit_private_scope(self) -> None:
        declared, used = self.private_stack.pop()
        parent = self.private_stack[-1] if self.private_stack else None
        for ident in used:
            if declared is None or ident.name in declared:
                continue
            if parent is not None:
                parent[1].append(ident)
            else:
                self.raise_at(ident.start, f"Private field '#{ident.name}' must be declared in an enclosing class")

    def parse_class_element(self, constructor_allows_super: bool):
        start = self.start
        key_name = ""
        is_generator = False
        is_async = False
        kind = "method"
        is_static = False
        text_start = start
        if self.eat_contextual("static"):
            if self.type == "{":
                return self.parse_class_static_block(start)
            if self.type in _CLASS_ELEMENT_NAME_START or self.type == "*":
                is_static = True
                text_start = self.start     # after `static` and any comment (15.4.4 SourceText)
            else:
                key_name = "static"
        if not key_name and self.eat_contextual("async"):
            if (self.type in _CLASS_ELEMENT_NAME_START or self.type == "*") and not self.nl:
                is_async = True
            else:
                key_name = "async"
        if not key_name and self.type == "*":
            self.next()
            is_generator = True
        if not key_name and not is_async and not is_generator:
            last_value = self.value
            if self.eat_contextual("get") or self.eat_contextual("set"):
                if self.type in _CLASS_ELEMENT_NAME_START:
                    kind = last_value
                else:
                    key_name = last_value
        if key_name:
            computed = False
            key = Identifier(self.last_start, self.last_end, key_name)
        elif self.type == "privateId":
            if self.value == "constructor":
                self.raise_at(self.start, "Classes may not have a private field named '#constructor'")
            computed = False
            key = self.parse_private_ident()
        else:
            key, computed = self.parse_property_name()
        if self.type == "(" or kind != "method" or is_generator or is_async:
            is_constructor = not is_static and not computed and (
                (key.type == "Identifier" and key.name == "constructor")
                or (key.type == "Literal" and key.value == "constructor"))
            if is_constructor and kind != "method":
                self.raise_at(key.start, "Class constructor may not be an accessor")
            if is_constructor:
                if is_generator:
                    self.raise_at(key.start, "Class constructor may not be a generator")
                if is_async:
                    self.raise_at(key.start, "Class constructor may not be an async method")
                kind = "constructor"
            elif is_static and not computed and (
                    (key.type == "Identifier" and key.name == "prototype")
                    or (key.type == "Literal" and key.value == "prototype")):
                self.raise_at(key.start, "Classes may not have a static property named 'prototype'")
            if self.trace_lazy and not computed:
                self.hint_name(key, kind if kind in ("get", "set") else "")
            value = self.parse_method(is_generator, is_async, is_constructor and constructor_allows_super)
            if kind == "get" or kind == "set":
                self.check_accessor_params(kind, value)
            method = MethodDefinition(start, self.last_end, is_static, computed, key, kind, value)
            method.text_start = text_start
            return method
        # 15.7.1 FieldDefinition
        if not computed and ((key.type == "Identifier" and key.name == "constructor")
                             or (key.type == "Literal" and key.value == "constructor")):
            self.raise_at(key.start, "Classes may not have a field named 'constructor'")
        if is_static and not computed and ((key.type == "Identifier" and key.name == "prototype")
                                           or (key.type == "Literal" and key.value == "prototype")):
            self.raise_at(key.start, "Classes may not have a static property named 'prototype'")
        value = None
        if self.type == "=":
            self.next()
            old_labels = self.labels
            self.labels = []
            self.enter_scope(SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER)
            value = self.parse_maybe_assign()
            self.exit_scope()
            self.labels = old_labels
        self.semicolon()
        return PropertyDefinition(start, self.last_end, is_static, computed, key, value)

    def parse_class_static_block(self, start: int):
        old_labels = self.labels
        self.labels = []
        self.enter_scope(SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER)
        self.next()
        body = []
        while self.type != "}":
            body.append(self.parse_statement(None))
        self.next()
        self.exit_scope()
        self.labels = old_labels
        return StaticBlock(start, self.last_end, body)


__all__ = ["FunctionParser", "FUNC_STATEMENT", "FUNC_HANGING_STATEMENT", "FUNC_NULLABLE_ID"]
