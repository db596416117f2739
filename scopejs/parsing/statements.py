"""14 ECMAScript Language: Statements and Declarations, 16.2 Modules - the StatementParser mixin."""
from __future__ import annotations

import re

from scopejs.parsing.early_errors import (
    BIND_LEXICAL, BIND_SIMPLE_CATCH, BIND_VAR, MAX_NESTING, SCOPE_SIMPLE_CATCH,
)
from scopejs.parsing.functions import FUNC_HANGING_STATEMENT, FUNC_NULLABLE_ID, FUNC_STATEMENT
from scopejs.parsing.static_semantics import bound_identifiers
from scopejs.syntax.nodes import NODE_CLASSES as _N
from scopejs.syntax.tokens import KEYWORDS

ExpressionStatement = _N["ExpressionStatement"]
BlockStatement = _N["BlockStatement"]
EmptyStatement = _N["EmptyStatement"]
DebuggerStatement = _N["DebuggerStatement"]
WithStatement = _N["WithStatement"]
ReturnStatement = _N["ReturnStatement"]
LabeledStatement = _N["LabeledStatement"]
BreakStatement = _N["BreakStatement"]
ContinueStatement = _N["ContinueStatement"]
IfStatement = _N["IfStatement"]
SwitchStatement = _N["SwitchStatement"]
SwitchCase = _N["SwitchCase"]
ThrowStatement = _N["ThrowStatement"]
TryStatement = _N["TryStatement"]
CatchClause = _N["CatchClause"]
WhileStatement = _N["WhileStatement"]
DoWhileStatement = _N["DoWhileStatement"]
ForStatement = _N["ForStatement"]
ForInStatement = _N["ForInStatement"]
ForOfStatement = _N["ForOfStatement"]
VariableDeclaration = _N["VariableDeclaration"]
VariableDeclarator = _N["VariableDeclarator"]
ImportDeclaration = _N["ImportDeclaration"]
ImportSpecifier = _N["ImportSpecifier"]
ImportDefaultSpecifier = _N["ImportDefaultSpecifier"]
ImportNamespaceSpecifier = _N["ImportNamespaceSpecifier"]
ExportNamedDeclaration = _N["ExportNamedDeclaration"]
ExportSpecifier = _N["ExportSpecifier"]
ExportDefaultDeclaration = _N["ExportDefaultDeclaration"]
ExportAllDeclaration = _N["ExportAllDeclaration"]
ImportAttribute = _N["ImportAttribute"]
Literal = _N["Literal"]

_SKIP_WS = re.compile(r"(?:[\t\x0b\x0c \xa0\ufeff\u1680\u2000-\u200a\u202f\u205f\u3000\n\r\u2028\u2029]+"
                      r"|//[^\n\r\u2028\u2029]*|/\*[\s\S]*?\*/)*")
_DIRECTIVE_LITERAL = re.compile(r"'((?:\\[\s\S]|[^'\\])*?)'|\"((?:\\[\s\S]|[^\"\\])*?)\"")
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")
_LOOP_LABEL = ("", "loop")
_SWITCH_LABEL = ("", "switch")
_LOOP_TYPES = frozenset({"do", "for", "while"})


class Label:
    __slots__ = ("name", "kind", "statement_start")

    def __init__(self, name, kind, statement_start):
        self.name = name
        self.kind = kind
        self.statement_start = statement_start


class StatementParser:
    """Mixin: 14 statements, 16.2 import/export."""

    # -- 11.2.1 Directive Prologues --------------------------------------------------------------
    def strict_directive(self, start: int) -> bool:
        """Does the directive prologue starting at offset `start` contain "use strict"? (acorn)"""
        src = self.src
        while True:
            start = _SKIP_WS.match(src, start).end()
            m = _DIRECTIVE_LITERAL.match(src, start)
            if m is None:
                return False
            content = m.group(1) if m.group(1) is not None else m.group(2)
            if content == "use strict":
                after = _SKIP_WS.match(src, m.end())
                end = after.end()
                nxt = src[end:end + 1]
                if nxt == ";" or nxt == "}" or nxt == "":
                    return True
                if not _LINE_BREAK.search(after.group()):
                    return False
                if nxt in "(`.[+-/*%<>=,?^&":
                    return False
                return not (nxt == "!" and src[end + 1:end + 2] == "=")
            start = m.end()
            start = _SKIP_WS.match(src, start).end()
            if src[start:start + 1] == ";":
                start += 1

    def adapt_directive_prologue(self, statements) -> None:
        src = self.src
        for statement in statements:
            if (statement.type == "ExpressionStatement" and statement.expression.type == "Literal"
                    and isinstance(statement.expression.value, str)
                    and src[statement.start] in "'\""):
                statement.directive = statement.expression.raw[1:-1]
            else:
                break

    # -- statements ------------------------------------------------------------------------------
    def parse_statement(self, context=None, top_level: bool = False, exports=None):
        t = self.type
        start = self.start
        if t == "name":
            value = self.value
            if value == "let" and not self.esc and self.is_let(context):
                return self.parse_var_statement(start, "let", context)
            if value == "async" and not self.esc and self.is_async_function():
                if context:
                    self.unexpected()
                self.next()
                self.next()
                return self.parse_function(start, FUNC_STATEMENT if not context else
                                           FUNC_STATEMENT | FUNC_HANGING_STATEMENT, False, True)
            self.depth += 1
            if self.depth > MAX_NESTING:
                self.too_deep()
            expr = self.parse_expression()
            self.depth -= 1
            if self.type == ":" and expr.type == "Identifier":
                self.next()
                return self.parse_labeled_statement(start, expr.name, expr, context)
            self.semicolon()
            return ExpressionStatement(start, self.last_end, expr, None)
        handler = _STATEMENT_HANDLERS.get(t)
        if handler is not None:
            self.depth += 1
            if self.depth > MAX_NESTING:
                self.too_deep()
            result = handler(self, start, context, top_level, exports)
            self.depth -= 1
            return result
        expr = self.parse_expression()
        self.semicolon()
        return ExpressionStatement(start, self.last_end, expr, None)

    def is_let(self, context) -> bool:
        """`let` starts a LexicalDeclaration here (not an identifier expression)?"""
        nt = self.peek()
        t = nt[0]
        if t == "[" or (t == "name" and nt[4]):   # `let [` / `let \u...` is always a declaration
            return True
        if context:
            return False
        if t == "{":
            return True
        if t == "name":
            return True
        if t in KEYWORDS and t != "in" and t != "instanceof":
            return True
        return False

    def is_async_function(self) -> bool:
        nt = self.peek()
        return nt[0] == "function" and not nt[3]

    def parse_var_statement(self, start: int, kind: str, context=None):
        if context and kind != "var":
            self.unexpected()
        self.next()
        node = self.parse_var(start, False, kind)
        self.semicolon()
        node.end = self.last_end
        return node

    def parse_var(self, start: int, is_for: bool, kind: str):
        declarations = []
        binding = BIND_VAR if kind == "var" else BIND_LEXICAL
        while True:
            decl_start = self.start
            target = self.parse_binding_atom()
            self.check_lval_pattern(target, binding)
            init = None
            if self.type == "=":
                self.next()
                if self.trace_lazy:
                    self.hint_name(target)
                init = self.parse_maybe_assign(is_for)
            elif kind == "const" and not (self.type == "in" or self.is_contextual("of")):
                self.raise_at(self.start, "Missing initializer in const declaration")
            elif target.type != "Identifier" and not (is_for and (self.type == "in" or self.is_contextual("of"))):
                self.raise_at(self.last_end, "Missing initializer in destructuring declaration")
            declarations.append(VariableDeclarator(decl_start, self.last_end, target, init))
            if self.type != ",":
                break
            self.next()
        return VariableDeclaration(start, self.last_end, declarations, kind)

    def parse_block(self, create_scope: bool = True, exit_strict: bool = False):
        start = self.start
        self.expect("{")
        if create_scope:
            self.enter_scope(0)
        body = []
        parse_statement = self.parse_statement
        while self.type != "}":
            if self.type == "eof":
                self.unexpected()
            body.append(parse_statement(None))
        if exit_strict:
            self.strict = False
        if self.end == self.stop_at:
            self.last_start, self.last_end = self.start, self.end
            self.type = "eof"
        else:
            self.next()
        if create_scope:
            self.exit_scope()
        return BlockStatement(start, self.last_end, body)

    def _block_statement(self, start, context, top_level, exports):
        return self.parse_block(True)

    def _empty(self, start, context, top_level, exports):
        self.next()
        return EmptyStatement(start, self.last_end)

    def _var(self, start, context, top_level, exports):
        return self.parse_var_statement(start, self.type, context)

    def _break_continue(self, start, context, top_level, exports):
        keyword = self.type
        is_break = keyword == "break"
        self.next()
        label = None
        if self.type == ";":
            self.next()
        elif self.can_insert_semicolon():
            pass
        elif self.type != "name":
            self.unexpected()
        else:
            label = self.parse_ident(False)
            self.semicolon()
        found = False
        for lab in self.labels:
            if label is None or lab.name == label.name:
                if lab.kind is not None and (is_break or lab.kind == "loop"):
                    found = True
                    break
                if label is not None and is_break:
                    found = True
                    break
        if not found:
            if label is not None:
                if not is_break and any(lab.name == label.name for lab in self.labels):
                    self.raise_at(start, f"Illegal continue statement: '{label.name}' does not "
                                  "denote an iteration statement")
                self.raise_at(start, f"Undefined label '{label.name}'")
            self.raise_at(start, "Illegal break statement" if is_break
                          else "Illegal continue statement: no surrounding iteration statement")
        cls = BreakStatement if is_break else ContinueStatement
        return cls(start, self.last_end, label)

    def _debugger(self, start, context, top_level, exports):
        self.next()
        self.semicolon()
        return DebuggerStatement(start, self.last_end)

    def _do(self, start, context, top_level, exports):
        self.next()
        self.labels.append(Label(None, "loop", -1))
        body = self.parse_statement("do")
        self.labels.pop()
        self.expect("while")
        test = self.parse_paren_expression()
        if self.type == ";":
            self.next()
        return DoWhileStatement(start, self.last_end, body, test)

    def parse_paren_expression(self):
        self.expect("(")
        expr = self.parse_expression()
        self.expect(")")
        return expr

    def _for(self, start, context, top_level, exports):
        self.next()
        await_at = -1
        if self.is_contextual("await") and self.can_await:
            await_at = self.start
            self.next()
        self.labels.append(Label(None, "loop", -1))
        self.enter_scope(0)
        self.expect("(")
        if self.type == ";":
            if await_at > -1:
                self.unexpected(await_at)
            return self.parse_for(start, None)
        t = self.type
        is_let = t == "name" and self.value == "let" and not self.esc and self.is_let(None)
        if t == "var" or t == "const" or is_let:
            init_start = self.start
            kind = "let" if is_let else t
            self.next()
            init = self.parse_var(init_start, True, kind)
            if (self.type == "in" or self.is_contextual("of")) and len(init.declarations) == 1:
                is_of = self.type != "in"
                if not is_of and await_at > -1:
                    self.unexpected(await_at)
                return self.parse_for_in(start, init, await_at > -1)
            if await_at > -1:
                self.unexpected(await_at)
            return self.parse_for(start, init)
        starts_with_let = self.is_contextual("let")
        from scopejs.parsing.expressions import DestructuringErrors
        ref = DestructuringErrors()
        init_pos = self.start
        init_esc = self.esc
        if await_at > -1:
            init = self.parse_expr_subscripts(ref, "await")
        else:
            init = self.parse_expression(True, ref)
        is_of = self.is_contextual("of")
        if self.type == "in" or is_of:
            if await_at > -1:
                if self.type == "in":
                    self.unexpected(await_at)
            elif is_of:
                if (init.start == init_pos and not init_esc and init.type == "Identifier"
                        and init.name == "async"):
                    self.raise_at(init.start, "The left-hand side of a for-of loop may not be 'async'.")
            if starts_with_let and is_of:
                self.raise_at(init.start, "The left-hand side of a for-of loop may not start with let.")
            if not (init.type == "CallExpression" and not self.strict):
                init = self.to_assignable(init, False, ref)
            self.check_lval_pattern(init)
            return self.parse_for_in(start, init, await_at > -1)
        self.check_expression_errors(ref, True)
        if await_at > -1:
            self.unexpected(await_at)
        return self.parse_for(start, init)

    def parse_for(self, start, init):
        self.expect(";")
        test = None if self.type == ";" else self.parse_expression()
        self.expect(";")
        update = None if self.type == ")" else self.parse_expression()
        self.expect(")")
        body = self.parse_statement("for")
        self.exit_scope()
        self.labels.pop()
        return ForStatement(start, self.last_end, init, test, update, body)

    def parse_for_in(self, start, init, is_await: bool):
        is_for_in = self.type == "in"
        self.next()
        if init.type == "VariableDeclaration" and init.declarations[0].init is not None and (
                not is_for_in or self.strict or init.kind != "var"
                or init.declarations[0].id.type != "Identifier"):
            self.raise_at(init.start, f"{'for-in' if is_for_in else 'for-of'} loop variable "
                          "declaration may not have an initializer.")
        right = self.parse_expression() if is_for_in else self.parse_maybe_assign()
        self.expect(")")
        body = self.parse_statement("for")
        self.exit_scope()
        self.labels.pop()
        if is_for_in:
            return ForInStatement(start, self.last_end, init, right, body)
        return ForOfStatement(start, self.last_end, is_await, init, right, body)

    def _function(self, start, context, top_level, exports):
        if context and (self.strict or (context != "if" and context != "label")):
            if self.strict:
                self.raise_at(start, "In strict mode code, functions can only be declared at top level or inside a block.")
            self.raise_at(start, "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.")
        self.next()
        return self.parse_function(start, FUNC_STATEMENT | (FUNC_HANGING_STATEMENT if context else 0))

    def _class(self, start, context, top_level, exports):
        if context:
            self.unexpected()
        return self.parse_class(start, True)

    def _if(self, start, context, top_level, exports):
        self.next()
        test = self.parse_paren_expression()
        consequent = self.parse_statement("if")
        alternate = None
        if self.type == "else":
            self.next()
            alternate = self.parse_statement("if")
        return IfStatement(start, self.last_end, test, consequent, alternate)

    def _return(self, start, context, top_level, exports):
        if not self.in_function:
            self.raise_at(start, "Illegal return statement")
        self.next()
        argument = None
        if self.type == ";":
            self.next()
        elif not self.can_insert_semicolon():
            argument = self.parse_expression()
            self.semicolon()
        return ReturnStatement(start, self.last_end, argument)

    def _switch(self, start, context, top_level, exports):
        self.next()
        discriminant = self.parse_paren_expression()
        cases = []
        self.expect("{")
        self.labels.append(Label(None, "switch", -1))
        self.enter_scope(0)
        current = None
        saw_default = False
        while self.type != "}":
            t = self.type
            if t == "case" or t == "default":
                if current is not None:
                    current.end = self.last_end
                case_start = self.start
                self.next()
                if t == "case":
                    test = self.parse_expression()
                else:
                    if saw_default:
                        self.raise_at(self.last_start, "More than one default clause in switch statement")
                    saw_default = True
                    test = None
                current = SwitchCase(case_start, 0, test, [])
                cases.append(current)
                self.expect(":")
            else:
                if current is None:
                    self.unexpected()
                current.consequent.append(self.parse_statement(None))
        self.exit_scope()
        if current is not None:
            current.end = self.last_end
        self.next()
        self.labels.pop()
        return SwitchStatement(start, self.last_end, discriminant, cases)

    def _throw(self, start, context, top_level, exports):
        self.next()
        if self.nl:
            self.raise_at(self.last_end, "Illegal newline after throw")
        argument = self.parse_expression()
        self.semicolon()
        return ThrowStatement(start, self.last_end, argument)

    def _try(self, start, context, top_level, exports):
        self.next()
        block = self.parse_block(True)
        handler = None
        if self.type == "catch":
            clause_start = self.start
            self.next()
            if self.type == "(":
                self.next()
                param = self.parse_binding_atom()
                simple = param.type == "Identifier"
                self.enter_scope(SCOPE_SIMPLE_CATCH if simple else 0)
                self.check_lval_pattern(param, BIND_SIMPLE_CATCH if simple else BIND_LEXICAL)
                self.expect(")")
            else:
                param = None
                self.enter_scope(0)
            body = self.parse_block(False)
            self.exit_scope()
            handler = CatchClause(clause_start, self.last_end, param, body)
        finalizer = None
        if self.type == "finally":
            self.next()
            finalizer = self.parse_block(True)
        if handler is None and finalizer is None:
            self.raise_at(self.start, "Missing catch or finally after try")
        return TryStatement(start, self.last_end, block, handler, finalizer)

    def _while(self, start, context, top_level, exports):
        self.next()
        test = self.parse_paren_expression()
        self.labels.append(Label(None, "loop", -1))
        body = self.parse_statement("while")
        self.labels.pop()
        return WhileStatement(start, self.last_end, test, body)

    def _with(self, start, context, top_level, exports):
        if self.strict:
            self.raise_at(start, "Strict mode code may not include a with statement")
        self.next()
        obj = self.parse_paren_expression()
        body = self.parse_statement("with")
        return WithStatement(start, self.last_end, obj, body)

    def parse_labeled_statement(self, start, name, expr, context):
        for label in self.labels:
            if label.name == name:
                self.raise_at(expr.start, f"Label '{name}' has already been declared")
        t = self.type
        kind = "loop" if t in _LOOP_TYPES else "switch" if t == "switch" else None
        for label in reversed(self.labels):
            if label.statement_start == start:
                label.statement_start = self.start
                label.kind = kind
            else:
                break
        self.labels.append(Label(name, kind, self.start))
        if context:
            body_context = context if "label" in context else context + "label"
        else:
            body_context = "label"
        body = self.parse_statement(body_context)
        self.labels.pop()
        # the label was parsed as an expression: it is not a reference
        refs = self.scope.refs
        for i in range(len(refs) - 1, -1, -1):
            if refs[i] == name:
                del refs[i]
                break
        return LabeledStatement(start, self.last_end, expr, body)

    def _import(self, start, context, top_level, exports):
        nc = self.peek_char()
        if nc == "(" or nc == ".":
            expr = self.parse_expression()
            self.semicolon()
            return ExpressionStatement(start, self.last_end, expr, None)
        self.check_module_item(top_level)
        return self.parse_import(start)

    def _export(self, start, context, top_level, exports):
        self.check_module_item(top_level)
        return self.parse_export(start, exports)

    def check_module_item(self, top_level: bool) -> None:
        if not self.in_module:
            self.raise_at(self.start, "Cannot use import statement outside a module"
                          if self.type == "import" else "Unexpected token 'export'")
        if not top_level:
            self.unexpected()

    # -- 16.2.2 Imports --------------------------------------------------------------------------
    def parse_import(self, start):
        self.next()
        if self.type == "string":
            specifiers = []
            source = self.parse_expr_atom()
        else:
            specifiers = self.parse_import_specifiers()
            self.expect_contextual("from")
            if self.type != "string":
                self.unexpected()
            source = self.parse_expr_atom()
        attributes = self.parse_with_clause()
        self.semicolon()
        return ImportDeclaration(start, self.last_end, specifiers, source, attributes)

    # WithClause : with { WithEntries ,opt }  (ES2025 import attributes, 16.2.2 Imports)
    def parse_with_clause(self):
        """The entries of an optional `with { key: 'value', ... }` (None when absent); the
        early error (16.2.2 Imports): two entries with the same key."""
        if self.type != "with":
            return None
        self.next()
        self.expect("{")
        attributes = []
        seen = set()
        while self.type != "}":
            start = self.start
            if self.type == "string":
                key = self.parse_expr_atom()
                name = key.value
            else:
                key = self.parse_ident(True)
                name = key.name
            if name in seen:
                # V8's message (node 20's V8 still said "Import assertion")
                self.raise_at(start, f"Import attribute has duplicate key '{name}'")
            seen.add(name)
            self.expect(":")
            if self.type != "string":
                self.unexpected()
            value = self.parse_expr_atom()
            attributes.append(ImportAttribute(start, self.last_end, key, value))
            if self.type != "}":
                self.expect(",")
        self.next()
        return attributes

    def parse_import_specifiers(self):
        nodes = []
        if self.type == "name":
            start = self.start
            local = self.parse_ident(False)
            self.check_lval_simple(local, BIND_LEXICAL)
            nodes.append(ImportDefaultSpecifier(start, self.last_end, local))
            if self.type != ",":
                return nodes
            self.next()
        if self.type == "*":
            start = self.start
            self.next()
            self.expect_contextual("as")
            local = self.parse_ident(False)
            self.check_lval_simple(local, BIND_LEXICAL)
            nodes.append(ImportNamespaceSpecifier(start, self.last_end, local))
            return nodes
        self.expect("{")
        first = True
        while self.type != "}":
            if not first:
                self.expect(",")
                if self.type == "}":
                    break
            else:
                first = False
            start = self.start
            imported = self.parse_module_export_name()
            if self.eat_contextual("as"):
                local = self.parse_ident(False)
            else:
                if imported.type == "Literal":
                    self.unexpected()
                self.check_unreserved(imported.start, imported.name)
                local = imported
            self.check_lval_simple(local, BIND_LEXICAL)
            nodes.append(ImportSpecifier(start, self.last_end, imported, local))
        self.next()
        return nodes

    def parse_module_export_name(self):
        if self.type == "string":
            literal = self.parse_expr_atom()
            if _LONE_SURROGATE.search(literal.value):
                self.raise_at(literal.start, "Invalid module export name: contains unpaired surrogate")
            return literal
        return self.parse_ident(True)

    # -- 16.2.3 Exports --------------------------------------------------------------------------
    def check_export(self, exports, name: str, pos: int) -> None:
        if exports is None:
            return
        if name in exports:
            self.raise_at(pos, f"Duplicate export of '{name}'")
        exports[name] = True

    def parse_export(self, start, exports):
        self.next()
        if self.type == "*":
            self.next()
            exported = None
            if self.eat_contextual("as"):
                exported = self.parse_module_export_name()
                self.check_export(exports, _export_name(exported), exported.start)
            self.expect_contextual("from")
            if self.type != "string":
                self.unexpected()
            source = self.parse_expr_atom()
            attributes = self.parse_with_clause()
            self.semicolon()
            return ExportAllDeclaration(start, self.last_end, exported, source, attributes)
        if self.type == "default":
            self.check_export(exports, "default", self.start)
            self.next()
            decl_start = self.start
            t = self.type
            if t == "function":
                self.next()
                declaration = self.parse_function(decl_start, FUNC_STATEMENT | FUNC_NULLABLE_ID)
            elif t == "name" and self.value == "async" and not self.esc and self.is_async_function():
                self.next()
                self.next()
                declaration = self.parse_function(decl_start, FUNC_STATEMENT | FUNC_NULLABLE_ID,
                                                  False, True)
            elif t == "class":
                declaration = self.parse_class(decl_start, "nullable")
            else:
                declaration = self.parse_maybe_assign()
                self.semicolon()
            return ExportDefaultDeclaration(start, self.last_end, declaration)
        t = self.type
        if t in ("var", "const", "class", "function") or (
                t == "name" and not self.esc and (
                    (self.value == "let" and self.is_let(None))
                    or (self.value == "async" and self.is_async_function()))):
            declaration = self.parse_statement(None)
            if declaration.type == "VariableDeclaration":
                for decl in declaration.declarations:
                    for name_node in bound_identifiers(decl.id):
                        self.check_export(exports, name_node.name, name_node.start)
            else:
                self.check_export(exports, declaration.id.name, declaration.id.start)
            return ExportNamedDeclaration(start, self.last_end, declaration, [], None, None)
        specifiers = []
        self.expect("{")
        first = True
        while self.type != "}":
            if not first:
                self.expect(",")
                if self.type == "}":
                    break
            else:
                first = False
            spec_start = self.start
            local = self.parse_module_export_name()
            exported = self.parse_module_export_name() if self.eat_contextual("as") else local
            self.check_export(exports, _export_name(exported), exported.start)
            specifiers.append(ExportSpecifier(spec_start, self.last_end, local, exported))
        self.next()
        source = attributes = None
        if self.eat_contextual("from"):
            if self.type != "string":
                self.unexpected()
            source = self.parse_expr_atom()
            attributes = self.parse_with_clause()
        else:
            for spec in specifiers:
                local = spec.local
                if local.type == "Literal":
                    self.raise_at(local.start, "Unexpected string")
                self.check_unreserved(local.start, local.name)
                top = self.scope_stack[0]
                if local.name not in top.lexical and local.name not in top.var \
                        and local.name not in top.functions:
                    self.undefined_exports.setdefault(local.name, local.start)
                top.refs.append(local.name)
        self.semicolon()
        return ExportNamedDeclaration(start, self.last_end, None, specifiers, source, attributes)


def _export_name(node) -> str:
    return node.name if node.type == "Identifier" else node.value



_STATEMENT_HANDLERS = {
    "{": StatementParser._block_statement,
    ";": StatementParser._empty,
    "var": StatementParser._var,
    "const": StatementParser._var,
    "break": StatementParser._break_continue,
    "continue": StatementParser._break_continue,
    "debugger": StatementParser._debugger,
    "do": StatementParser._do,
    "for": StatementParser._for,
    "function": StatementParser._function,
    "class": StatementParser._class,
    "if": StatementParser._if,
    "return": StatementParser._return,
    "switch": StatementParser._switch,
    "throw": StatementParser._throw,
    "try": StatementParser._try,
    "while": StatementParser._while,
    "with": StatementParser._with,
    "import": StatementParser._import,
    "export": StatementParser._export,
}
