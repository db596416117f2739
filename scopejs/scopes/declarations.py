"""The declare pass: build the Scope tree, declare every binding, record every reference.

One walk over the AST (V8 does this while parsing).  Hoisting: ``var`` and function-level
function declarations go to the var scope; ``let``/``const``/``class`` and block-level functions
to their block; parameters per 10.2.11 FunctionDeclarationInstantiation (a separate var scope
for the body when there are parameter expressions, parameters of a non-simple list as TDZ
bindings); a named function expression's own immutable name (FUNCTION_NAME); Annex B.3.3
function-in-block var bindings in sloppy code; class scopes with the class's inner binding,
private names and the synthetic field-initializer functions.  References are only recorded
here; resolver.py binds them once everything is declared.
"""
from __future__ import annotations

from scopejs.errors import EngineInternalError
from scopejs.parsing.static_semantics import bound_identifiers, bound_names, module_request
from scopejs.syntax.nodes import NODE_CLASSES
from scopejs.scopes.scope import DeclarationScope, Scope, ScopeType
from scopejs.scopes.variable import ModuleBinding, Variable, VariableKind, VariableMode

# Reference kinds recorded for the resolver.
REF_NAME = 0
REF_THIS = 1
REF_NEW_TARGET = 2
REF_SUPER = 3           # needs the home object (.this_function) and `this`
REF_SUPER_CALL = 4      # needs .this_function, new.target and `this`
REF_PRIVATE = 5
REF_ARGUMENTS_FLAG = 6  # lazy stub: `arguments` used


def is_strict_body(body) -> bool:
    """A directive prologue with "use strict" (14.1.1)."""
    for stmt in body:
        if stmt.type != "ExpressionStatement" or getattr(stmt, "directive", None) is None:
            return False
        expr = stmt.expression
        if expr.type == "Literal" and stmt.directive == "use strict":
            return True
    return False


def _has_lexical_declaration(statements) -> bool:
    for stmt in statements:
        while stmt.type == "LabeledStatement":
            stmt = stmt.body
        kind = stmt.type
        if kind == "VariableDeclaration" and stmt.kind != "var":
            return True
        if kind in ("FunctionDeclaration", "ClassDeclaration"):
            return True
    return False


def _contains_expression(pattern) -> bool:
    """Static Semantics ContainsExpression (8.5.2) of a binding pattern."""
    kind = pattern.type
    if kind == "Identifier":
        return False
    if kind == "AssignmentPattern":
        return True
    if kind == "RestElement":
        return _contains_expression(pattern.argument)
    if kind == "ArrayPattern":
        return any(e is not None and _contains_expression(e) for e in pattern.elements)
    if kind == "ObjectPattern":
        for prop in pattern.properties:
            if prop.type == "RestElement":
                if _contains_expression(prop.argument):
                    return True
            elif prop.computed or _contains_expression(prop.value):
                return True
    return False


class ScopeBuilder:
    """Walks a Program (or one function) and builds its scopes; collects references."""

    def __init__(self):
        self.references = []   # (node, scope, kind, is_assignment)
        self.scope = None
        self.function_nodes = []

    # -- entry points ---------------------------------------------------------------------
    def build_script(self, program, *, is_module=False):
        kind = ScopeType.MODULE if is_module else ScopeType.SCRIPT
        scope = DeclarationScope(kind, None, program)
        scope.is_strict = is_module or bool(getattr(program, "strict", False)) or \
            is_strict_body(program.body)
        program.scope = scope
        self.scope = scope
        if is_module:
            scope.module_bindings = {}
            self.declare_module_bindings(program, scope)
        self.visit_statements(program.body, hoist_functions_to=scope)
        if is_module:
            self.bind_module_exports(program, scope)
        return scope

    # -- modules --------------------------------------------------------------------------
    def declare_module_bindings(self, program, scope):
        """Imports are immutable MODULE bindings (16.2.1.6.4 InitializeEnvironment)."""
        for stmt in program.body:
            if stmt.type != "ImportDeclaration":
                continue
            request = module_request(stmt)
            for spec in stmt.specifiers:
                local = spec.local
                if spec.type == "ImportDefaultSpecifier":
                    imported = "default"
                elif spec.type == "ImportNamespaceSpecifier":
                    imported = None
                else:
                    imported = spec.imported.name if spec.imported.type == "Identifier" \
                        else spec.imported.value
                var = scope.declare(local.name, VariableMode.CONST, VariableKind.MODULE_IMPORT)
                var.module_binding = ModuleBinding(local.name, request, imported)
                local.variable = var

    def bind_module_exports(self, program, scope):
        """Exported top-level bindings live in module cells (live bindings)."""
        names = []
        for stmt in program.body:
            kind = stmt.type
            if kind == "ExportNamedDeclaration" and stmt.source is None:
                if stmt.declaration is not None:
                    decl = stmt.declaration
                    if decl.type == "VariableDeclaration":
                        for d in decl.declarations:
                            bound_names(d.id, names)
                    else:
                        names.append(decl.id.name)
                else:
                    for spec in stmt.specifiers:
                        local = spec.local
                        names.append(local.name if local.type == "Identifier" else local.value)
            elif kind == "ExportDefaultDeclaration":
                decl = stmt.declaration
                if decl.type in ("FunctionDeclaration", "ClassDeclaration") and \
                        decl.id is not None:
                    names.append(decl.id.name)
                else:
                    names.append("*default*")
        for name in names:
            var = scope.variables.get(name)
            if var is not None and var.module_binding is None:
                var.module_binding = ModuleBinding(name)

    def visit_ImportDeclaration(self, node):
        pass

    def visit_ExportNamedDeclaration(self, node):
        if node.declaration is not None:
            self.visit(node.declaration)
        elif node.source is None:
            for spec in node.specifiers:
                if spec.local.type == "Identifier":
                    self.ref(spec.local)

    def visit_ExportAllDeclaration(self, node):
        pass

    def visit_ExportDefaultDeclaration(self, node):
        decl = node.declaration
        scope = self.scope
        if decl.type in ("FunctionDeclaration", "ClassDeclaration") and decl.id is None:
            ident = NODE_CLASSES["Identifier"](decl.start, decl.start, "*default*")
            decl.id = ident
            if decl.type == "FunctionDeclaration":
                self.declare_function(decl, scope)
                self.visit_function(decl)
                return
            var = scope.declare("*default*", VariableMode.LET, VariableKind.CLASS, decl.end)
            ident.variable = var
            node.default_variable = var
            self.visit_class(decl)
            return
        if decl.type in ("FunctionDeclaration", "ClassDeclaration"):
            self.visit(decl)
            return
        var = scope.declare("*default*", VariableMode.CONST, VariableKind.NORMAL, node.end)
        node.default_variable = var
        self.visit(decl)


    def build_eval(self, program, outer, is_strict):
        scope = DeclarationScope(ScopeType.EVAL, outer, program)
        scope.is_strict = is_strict or is_strict_body(program.body)
        if scope.is_strict:
            # Strict eval code has its own variable environment.
            pass
        program.scope = scope
        self.scope = scope
        self.visit_statements(program.body, hoist_functions_to=scope)
        return scope

    def build_function(self, node, outer):
        """Full analysis of one function whose outer scopes are already analysed."""
        self.scope = outer
        return self.visit_function(node, force_full=True)

    # -- helpers --------------------------------------------------------------------------
    def ref(self, node, kind=REF_NAME, is_assignment=False):
        self.references.append((node, self.scope, kind, is_assignment))

    def push(self, scope):
        self.scope = scope
        return scope

    def pop(self, scope):
        self.scope = scope.outer

    def visit(self, node):
        if node is None:
            return
        method = _DISPATCH.get(node.type)
        if method is None:
            for child in node.children():
                self.visit(child)
        else:
            method(self, node)

    def visit_list(self, nodes):
        for node in nodes:
            if node is not None:
                self.visit(node)

    def visit_statements(self, statements, hoist_functions_to):
        """A StatementList: functions declared in it are hoisted to ``hoist_functions_to``."""
        for stmt in statements:
            while stmt.type == "LabeledStatement":
                stmt = stmt.body
            if stmt.type == "ExportNamedDeclaration" and stmt.declaration is not None:
                stmt = stmt.declaration
            elif stmt.type == "ExportDefaultDeclaration" and \
                    getattr(stmt.declaration, "id", None) is not None:
                stmt = stmt.declaration
            if stmt.type == "FunctionDeclaration":
                self.declare_function(stmt, hoist_functions_to)
        for stmt in statements:
            self.visit(stmt)

    def declare_function(self, node, scope):
        name = node.id.name
        if scope.is_declaration_scope or scope.is_var_block:
            var = scope.declare(name, VariableMode.VAR, VariableKind.FUNCTION)
            var.kind = VariableKind.FUNCTION
        else:
            var = scope.declare(name, VariableMode.LET, VariableKind.FUNCTION)
            var.initializer_position = 0
            if not scope.is_strict and not node.async_ and not node.generator:
                self.annex_b(node, scope)
        node.id.variable = var
        scope.function_declarations.append(node)

    def annex_b(self, node, block):
        """B.3.2 Block-Level Function Declarations Web Legacy Compatibility Semantics."""
        name = node.id.name
        scope = block.outer
        while True:
            var = scope.variables.get(name)
            if scope.is_declaration_scope or scope.is_var_block:
                if var is not None and (var.is_lexical or var.kind is VariableKind.PARAMETER and
                                        False):
                    return
                if isinstance(scope, DeclarationScope) and scope.is_function and any(
                        p is not None and p.name == name for p in scope.params):
                    return
                if isinstance(scope, DeclarationScope) and scope.is_function and \
                        not scope.has_simple_parameters and var is not None and \
                        var.kind is VariableKind.PARAMETER:
                    return
                break
            if var is not None and scope.scope_type is not ScopeType.CATCH:
                return   # a lexical declaration of the same name in between
            if var is not None and scope.scope_type is ScopeType.CATCH and \
                    var.kind is not VariableKind.CATCH_PARAMETER:
                return
            scope = scope.outer
        if scope.scope_type is ScopeType.EVAL and not scope.is_strict:
            pass
        var = scope.variables.get(name)
        if var is None:
            var = scope.declare(name, VariableMode.VAR, VariableKind.SLOPPY_BLOCK_FUNCTION)
        block.annex_b_functions.append((node, var))

    def declare_pattern(self, pattern, mode, kind, scope, initializer_position):
        for ident in bound_identifiers(pattern):
            var = scope.declare(ident.name, mode, kind, initializer_position)
            if var.mode is not mode and mode is not VariableMode.VAR:
                var.mode = mode
            if mode is not VariableMode.VAR:
                var.initializer_position = initializer_position
            ident.variable = var

    def visit_pattern(self, pattern, *, binding=False, assignment=True):
        """Walk a pattern: defaults and computed keys are expressions; identifiers are
        assignment targets (references) unless ``binding`` (already bound by declaration)."""
        kind = pattern.type
        if kind == "Identifier":
            if not binding:
                self.ref(pattern, REF_NAME, assignment)
        elif kind == "ObjectPattern":
            for prop in pattern.properties:
                if prop.type == "RestElement":
                    self.visit_pattern(prop.argument, binding=binding)
                else:
                    if prop.computed:
                        self.visit(prop.key)
                    self.visit_pattern(prop.value, binding=binding)
        elif kind == "ArrayPattern":
            self.mark_handlers()
            for element in pattern.elements:
                if element is not None:
                    self.visit_pattern(element, binding=binding)
        elif kind == "AssignmentPattern":
            self.visit_pattern(pattern.left, binding=binding)
            self.visit(pattern.right)
        elif kind == "RestElement":
            self.visit_pattern(pattern.argument, binding=binding)
        elif kind in ("MemberExpression", "ParenthesizedExpression", "ChainExpression"):
            self.visit(pattern)
        else:
            self.visit(pattern)

    # -- statements -----------------------------------------------------------------------
    def visit_VariableDeclaration(self, node):
        kind = node.kind
        if kind == "var":
            target = self.scope.var_scope()
            for decl in node.declarations:
                for ident in bound_identifiers(decl.id):
                    var = target.declare(ident.name, VariableMode.VAR)
                    if var.kind is VariableKind.SLOPPY_BLOCK_FUNCTION:
                        var.kind = VariableKind.NORMAL
                self.visit_pattern(decl.id, binding=decl.init is None and decl.id.type ==
                                   "Identifier")
                if decl.init is None and decl.id.type == "Identifier":
                    decl.id.variable = None
                self.visit(decl.init)
        else:
            mode = VariableMode.CONST if kind == "const" else VariableMode.LET
            for decl in node.declarations:
                self.declare_pattern(decl.id, mode, VariableKind.NORMAL, self.scope, decl.end)
                self.visit_pattern(decl.id, binding=True)
                self.visit(decl.init)

    def visit_FunctionDeclaration(self, node):
        self.visit_function(node)

    def visit_IfStatement(self, node):
        # B.3.4 FunctionDeclarations in IfStatement Statement Clauses: as if in a block.
        self.visit(node.test)
        for field in ("consequent", "alternate"):
            stmt = getattr(node, field)
            if stmt is not None and stmt.type == "FunctionDeclaration":
                stmt = NODE_CLASSES["BlockStatement"](stmt.start, stmt.end, [stmt])
                setattr(node, field, stmt)
            self.visit(stmt)

    def visit_ClassDeclaration(self, node):
        var = self.scope.declare(node.id.name, VariableMode.LET, VariableKind.CLASS, node.end)
        var.initializer_position = node.end
        node.id.variable = var
        self.visit_class(node)

    def visit_BlockStatement(self, node, *, scope_type=ScopeType.BLOCK):
        if _has_lexical_declaration(node.body):
            scope = self.push(Scope(scope_type, self.scope, node))
            node.scope = scope
            self.visit_statements(node.body, hoist_functions_to=scope)
            self.pop(scope)
        else:
            node.scope = None
            self.visit_statements(node.body, hoist_functions_to=self.scope)

    def visit_StaticBlock(self, node):
        raise EngineInternalError("scopes: StaticBlock outside a class body")

    def visit_ForStatement(self, node):
        init = node.init
        if init is not None and init.type == "VariableDeclaration" and init.kind != "var":
            scope = self.push(Scope(ScopeType.BLOCK, self.scope, node))
            scope.is_loop_scope = init.kind == "let"
            node.scope = scope
            self.visit(init)
            self.visit(node.test)
            self.visit(node.update)
            self.visit(node.body)
            self.pop(scope)
        else:
            node.scope = None
            self.visit(init)
            self.visit(node.test)
            self.visit(node.update)
            self.visit(node.body)

    def visit_ForInStatement(self, node):
        left = node.left
        if left.type == "VariableDeclaration" and left.kind != "var":
            scope = self.push(Scope(ScopeType.BLOCK, self.scope, node))
            node.scope = scope
            mode = VariableMode.CONST if left.kind == "const" else VariableMode.LET
            decl = left.declarations[0]
            # The iterated expression sees the bindings in TDZ (14.7.5.6 ForIn/OfHeadEvaluation).
            self.declare_pattern(decl.id, mode, VariableKind.NORMAL, scope, node.right.end)
            self.visit_pattern(decl.id, binding=True)
            self.visit(node.right)
            self.visit(node.body)
            self.pop(scope)
        else:
            node.scope = None
            if left.type == "VariableDeclaration":
                self.visit(left)
                decl = left.declarations[0]
                if decl.init is None:   # for (var x in o): each step assigns x
                    self.visit_pattern(decl.id)
            else:
                self.visit_pattern(left)
            self.visit(node.right)
            self.visit(node.body)

    def visit_ForOfStatement(self, node):
        self.mark_handlers()
        self.visit_ForInStatement(node)

    def visit_TryStatement(self, node):
        self.mark_handlers()
        self.visit(node.block)
        self.visit(node.handler)
        self.visit(node.finalizer)

    def mark_handlers(self):
        """This function's code installs exception handlers (try, for-of, array patterns):
        the generator then keeps pushed contexts in registers for the handler table."""
        self.scope.declaration_scope().uses_handlers = True

    def visit_SwitchStatement(self, node):
        self.visit(node.discriminant)
        statements = [s for case in node.cases for s in case.consequent]
        if _has_lexical_declaration(statements):
            scope = self.push(Scope(ScopeType.BLOCK, self.scope, node))
            scope.is_switch_scope = True
            node.scope = scope
            for stmt in statements:
                if stmt.type == "FunctionDeclaration":
                    self.declare_function(stmt, scope)
            for case in node.cases:
                self.visit(case.test)
                for stmt in case.consequent:
                    self.visit(stmt)
            self.pop(scope)
        else:
            node.scope = None
            for stmt in statements:
                if stmt.type == "FunctionDeclaration":
                    self.declare_function(stmt, self.scope)
            for case in node.cases:
                self.visit(case.test)
                for stmt in case.consequent:
                    self.visit(stmt)

    def visit_CatchClause(self, node):
        param = node.param
        if param is None:
            node.scope = None
            self.visit(node.body)
            return
        scope = self.push(Scope(ScopeType.CATCH, self.scope, node))
        node.scope = scope
        if param.type == "Identifier":
            var = scope.declare(param.name, VariableMode.VAR, VariableKind.CATCH_PARAMETER)
            param.variable = var
        else:
            self.declare_pattern(param, VariableMode.LET, VariableKind.CATCH_PARAMETER, scope,
                                 param.end)
            self.visit_pattern(param, binding=True)
        self.visit(node.body)
        self.pop(scope)

    def visit_WithStatement(self, node):
        self.visit(node.object)
        scope = self.push(Scope(ScopeType.WITH, self.scope, node))
        node.scope = scope
        self.visit(node.body)
        self.pop(scope)

    def visit_LabeledStatement(self, node):
        self.visit(node.body)

    def visit_BreakStatement(self, node):
        pass

    visit_ContinueStatement = visit_BreakStatement

    # -- expressions ----------------------------------------------------------------------
    def visit_BinaryExpression(self, node):
        # Left-deep chains (a + b + c + ...) are walked iteratively: no Python recursion limit.
        spine = []
        while node.type in ("BinaryExpression", "LogicalExpression"):
            spine.append(node.right)
            node = node.left
        self.visit(node)
        for right in reversed(spine):
            self.visit(right)

    visit_LogicalExpression = visit_BinaryExpression

    def visit_Identifier(self, node):
        self.ref(node)

    def visit_ThisExpression(self, node):
        self.ref(node, REF_THIS)

    def visit_Super(self, node):
        self.ref(node, REF_SUPER)

    def visit_MetaProperty(self, node):
        if node.meta.name == "new":
            self.ref(node, REF_NEW_TARGET)

    def visit_PrivateIdentifier(self, node):
        self.ref(node, REF_PRIVATE)

    def visit_MemberExpression(self, node):
        self.visit(node.object)
        if node.computed or node.property.type == "PrivateIdentifier":
            self.visit(node.property)

    def visit_Property(self, node):
        if node.computed:
            self.visit(node.key)
        value = node.value
        if value is not None:
            self.visit(value)

    def visit_AssignmentExpression(self, node):
        left = node.left
        if left.type == "Identifier":
            # Compound assignments read and write; plain ones only write.
            self.ref(left, REF_NAME, True)
        else:
            self.visit_pattern(left)
        self.visit(node.right)

    def visit_UpdateExpression(self, node):
        arg = node.argument
        if arg.type == "Identifier":
            self.ref(arg, REF_NAME, True)
        else:
            self.visit(arg)

    def visit_CallExpression(self, node):
        callee = node.callee
        if callee.type == "Identifier" and callee.name == "eval" and not node.optional:
            self.record_eval()
        if callee.type == "Super":
            self.ref(callee, REF_SUPER_CALL)
        else:
            self.visit(callee)
        self.visit_list(node.arguments)

    def record_eval(self):
        scope = self.scope
        scope.calls_eval = True
        decl = scope.declaration_scope()
        if not scope.is_strict:
            decl.calls_sloppy_eval = True
            scope.calls_sloppy_eval = True
        s = scope
        while s is not None:
            s.inner_scope_calls_eval = True
            s = s.outer
        # eval code may use this / arguments / new.target / super of the enclosing function.
        self.ref(None, REF_THIS)
        self.ref(None, REF_NEW_TARGET)
        self.ref(None, REF_ARGUMENTS_FLAG)
        self.ref(None, REF_SUPER)

    def visit_FunctionExpression(self, node):
        self.visit_function(node)

    visit_ArrowFunctionExpression = visit_FunctionExpression

    def visit_ClassExpression(self, node):
        self.visit_class(node)

    # -- functions ------------------------------------------------------------------------
    def visit_function(self, node, *, force_full=False, kind_hint=None):
        outer = self.scope
        is_arrow = node.type == "ArrowFunctionExpression"
        lazy = getattr(node, "lazy", None)
        if lazy is not None and node.body is None and not force_full:
            return self.visit_lazy_function(node, outer, lazy, is_arrow)
        scope = DeclarationScope(ScopeType.FUNCTION, outer, node, is_arrow=is_arrow)
        node.scope = scope
        self.scope = scope
        body = node.body
        block_body = body is not None and body.type == "BlockStatement"
        scope.is_strict = outer.is_strict or bool(getattr(node, "strict", False)) or \
            (block_body and is_strict_body(body.body))
        if node.type == "FunctionExpression" and node.id is not None:
            scope.function_var = Variable(node.id.name, VariableMode.FUNCTION_NAME,
                                          VariableKind.NORMAL, scope)
            node.id.variable = scope.function_var
        if node.id is not None:
            scope.function_name = node.id.name
        self.declare_parameters(node, scope)
        if block_body:
            if scope.has_parameter_expressions:
                body_scope = Scope(ScopeType.BLOCK, scope, body)
                body_scope.is_var_block = True
                scope.body_scope = body_scope
                body.scope = body_scope
                self.scope = body_scope
                self.visit_statements(body.body, hoist_functions_to=body_scope)
            else:
                body.scope = None
                self.visit_statements(body.body, hoist_functions_to=scope)
        elif body is not None:
            self.visit(body)
        self.scope = outer
        return scope

    def declare_parameters(self, node, scope):
        params = node.params or []
        simple = all(p.type == "Identifier" for p in params)
        scope.has_simple_parameters = simple
        scope.num_parameters = len(params)
        if simple:
            for index, param in enumerate(params):
                var = scope.declare(param.name, VariableMode.VAR, VariableKind.PARAMETER)
                var.kind = VariableKind.PARAMETER
                param.variable = var
                scope.params.append(var)
            return
        scope.has_parameter_expressions = any(_contains_expression(p) for p in params)
        for param in params:
            if param.type == "RestElement":
                scope.rest_parameter = param
            # Parameters of a non-simple list are TDZ bindings initialized in order (V8
            # declares them `let`; 10.2.11 steps 20-26).
            self.declare_pattern(param, VariableMode.LET, VariableKind.PARAMETER, scope, param.end)
            scope.params.append(None)
        for param in params:
            self.visit_pattern(param, binding=True)

    def visit_lazy_function(self, node, outer, data, is_arrow):
        scope = DeclarationScope(ScopeType.FUNCTION, outer, node, is_arrow=is_arrow)
        scope.is_lazy_stub = True
        node.scope = scope
        scope.is_strict = outer.is_strict or bool(getattr(data, "is_strict", False))
        if node.id is not None:
            scope.function_name = node.id.name
        self.scope = scope
        for name in getattr(data, "free_names", ()) or ():
            self.references.append((_NameRef(name, node.start), scope, REF_NAME, True))
        if is_arrow:
            if getattr(data, "uses_this", False):
                self.ref(None, REF_THIS)
            if getattr(data, "uses_new_target", False):
                self.ref(None, REF_NEW_TARGET)
            if getattr(data, "uses_super_property", False):
                self.ref(None, REF_SUPER)
            if getattr(data, "has_super_call", False):
                self.ref(None, REF_SUPER_CALL)
        if getattr(data, "has_direct_eval", False):
            s = scope
            while s is not None:
                s.inner_scope_calls_eval = True
                s = s.outer
            if is_arrow:
                self.ref(None, REF_THIS)
                self.ref(None, REF_NEW_TARGET)
        for name in getattr(data, "private_names", ()) or ():
            self.references.append((_NameRef(name, node.start), scope, REF_PRIVATE, False))
        self.scope = outer
        return scope

    # -- classes --------------------------------------------------------------------------
    def visit_class(self, node):
        outer = self.scope
        scope = Scope(ScopeType.CLASS, outer, node)
        scope.is_strict = True
        node.scope = scope
        self.scope = scope
        if node.id is not None:
            var = scope.declare(node.id.name, VariableMode.CONST, VariableKind.CLASS, node.end)
            scope.class_variable = var
            if node.type == "ClassExpression":
                node.id.variable = var
        scope.private_names = {}
        scope.field_key_variables = {}
        elements = node.body.body
        for element in elements:
            key = getattr(element, "key", None)
            if key is not None and key.type == "PrivateIdentifier":
                name = "#" + key.name
                entry = scope.private_names.get(name)
                if entry is None:
                    var = scope.declare(name, VariableMode.PRIVATE_NAME)
                    var.forced_context = True   # read by methods and the field initializer
                    entry = scope.private_names[name] = (var, [])
                entry[1].append(element)
                key.variable = entry[0]
        self.visit(node.superClass)
        derived = node.superClass is not None
        counter = 0
        for element in elements:
            kind = element.type
            if kind == "MethodDefinition":
                if element.key.type == "PrivateIdentifier" and not element.static:
                    self.initializer_scope(scope, False)
                if element.computed:
                    self.visit(element.key)
                fn_scope = self.visit_function(element.value)
                if fn_scope is not None:
                    fn_scope.has_home_object = True
                    if element.kind == "constructor":
                        fn_scope.is_class_constructor = True
                        fn_scope.is_derived_constructor = derived
            elif kind == "PropertyDefinition":
                if element.computed:
                    self.visit(element.key)
                    var = scope.declare(f".field_key_{counter}", VariableMode.TEMPORARY)
                    counter += 1
                    scope.field_key_variables[id(element)] = var
                init_scope = self.initializer_scope(scope, element.static)
                element.scope = init_scope
                if element.value is not None:
                    self.scope = init_scope
                    self.visit(element.value)
                    self.scope = scope
            elif kind == "StaticBlock":
                init_scope = self.initializer_scope(scope, True)
                block = Scope(ScopeType.BLOCK, init_scope, element)
                block.is_var_block = True
                element.scope = block
                self.scope = block
                self.visit_statements(element.body, hoist_functions_to=block)
                self.scope = scope
        self.scope = outer

    def initializer_scope(self, class_scope, is_static):
        attr = "static_initializer_scope" if is_static else "instance_initializer_scope"
        scope = getattr(class_scope, attr)
        if scope is None:
            scope = DeclarationScope(ScopeType.FUNCTION, class_scope, None)
            scope.is_strict = True
            scope.is_class_initializer = True
            scope.has_home_object = True
            scope.start = class_scope.start
            scope.end = class_scope.end
            setattr(class_scope, attr, scope)
        return scope


class _NameRef:
    """A free name of a lazily parsed function, resolved like an Identifier reference."""
    __slots__ = ("name", "start", "end", "variable", "hole_check")
    type = "Identifier"

    def __init__(self, name, start):
        self.name = name
        self.start = start
        self.end = start
        self.variable = None
        self.hole_check = False


_DISPATCH = {
    name[len("visit_"):]: getattr(ScopeBuilder, name)
    for name in dir(ScopeBuilder) if name.startswith("visit_") and name[6:7].isupper()
}
