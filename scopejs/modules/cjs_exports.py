"""The named exports node finds in a CommonJS module imported from an ES module, as
cjs-module-lexer does (https://github.com/nodejs/cjs-module-lexer, README "Grammar"): from the
source text alone, before the module runs.  scopejs walks its own syntax tree instead of
lexing, for the same forms:

- `exports.a = ...`, `exports['a'] = ...`, `module.exports.a = ...` (anywhere in the file);
- `Object.defineProperty(exports, 'a', { value: ... })`, and with `enumerable: true` and a
  getter returning an identifier or member chain (`get () { return q.p; }`,
  `get: function () { return q; }`, `get: () => q`);
- `module.exports = { a, b: c, 'd': e, ...require('x') }` (identifier values only; the walk of
  the literal stops at the first other property, as the lexer's does);
- reexports: `module.exports = require('x')`, `...require('x')` in that literal,
  `__exportStar(require('x'), exports)`, `__export(require('x'))` and Babel's
  `Object.keys(_x).forEach(function (k) { ... exports[k] = _x[k] ... })` with
  `var _x = require('x')`.

A name the module sets some other way (`exports[k] = v` with a computed key, a getter with
side effects) is not a named export; it stays reachable through `default`.
"""
from __future__ import annotations

from scopejs.errors import JSSyntaxError


def _is_exports(node) -> bool:
    """`exports` or `module.exports`."""
    t = node.type
    if t == "Identifier":
        return node.name == "exports"
    return (t == "MemberExpression" and not node.computed and node.object.type == "Identifier"
            and node.object.name == "module" and node.property.name == "exports")


def _is_module_exports(node) -> bool:
    return node.type == "MemberExpression" and _is_exports(node)


def _static_key(member):
    """The property name of `o.a` / `o['a']`, or None."""
    if not member.computed:
        return member.property.name if member.property.type == "Identifier" else None
    prop = member.property
    return prop.value if prop.type == "Literal" and prop.value.__class__ is str else None


def _require_specifier(node):
    """'x' of `require('x')`, or None."""
    if node is not None and node.type == "CallExpression" and node.callee.type == "Identifier" \
            and node.callee.name == "require" and len(node.arguments) == 1:
        arg = node.arguments[0]
        if arg.type == "Literal" and arg.value.__class__ is str:
            return arg.value
    return None


def _is_identifier_chain(node) -> bool:
    while node.type == "MemberExpression" and not node.computed:
        node = node.object
    return node.type == "Identifier"


def _getter_returns_identifier(fn) -> bool:
    """`function () { return q.p; }`, `get () { return q; }` or `() => q.p`."""
    if fn.type not in ("FunctionExpression", "ArrowFunctionExpression") or fn.params:
        return False
    body = fn.body
    if body.type != "BlockStatement":
        return _is_identifier_chain(body)
    return (len(body.body) == 1 and body.body[0].type == "ReturnStatement"
            and body.body[0].argument is not None
            and _is_identifier_chain(body.body[0].argument))


def _property_key(prop):
    key = prop.key
    if prop.computed:
        return None
    if key.type == "Identifier":
        return key.name
    return key.value if key.type == "Literal" and key.value.__class__ is str else None


def _define_property_export(call):
    """The name of `Object.defineProperty(exports, 'a', {...})` when the lexer counts it."""
    callee = call.callee
    if not (callee.type == "MemberExpression" and not callee.computed
            and callee.object.type == "Identifier" and callee.object.name == "Object"
            and callee.property.name == "defineProperty" and len(call.arguments) == 3):
        return None
    target, name, descriptor = call.arguments
    if not _is_exports(target) or name.type != "Literal" or name.value.__class__ is not str \
            or descriptor.type != "ObjectExpression":
        return None
    fields = {}
    for prop in descriptor.properties:
        if prop.type != "Property":
            return None
        fields[_property_key(prop)] = prop
    if "value" in fields:
        return name.value
    enumerable, getter = fields.get("enumerable"), fields.get("get")
    if enumerable is None or getter is None or enumerable.value.type != "Literal" \
            or enumerable.value.value is not True:
        return None
    return name.value if _getter_returns_identifier(getter.value) else None


def _object_literal_exports(literal, names, reexports):
    """`module.exports = { a, b: c, 'd': e, ...require('x') }`, up to the first other form."""
    for prop in literal.properties:
        if prop.type == "SpreadElement":
            spec = _require_specifier(prop.argument)
            if spec is None:
                return
            reexports.append(spec)
            continue
        key = _property_key(prop)
        if key is None or prop.kind != "init" or prop.method or prop.value.type != "Identifier":
            return
        names.append(key)


def _babel_reexport(call, required):
    """`Object.keys(_x).forEach(function (k) { ... })` over a `var _x = require('x')`."""
    callee = call.callee
    if not (callee.type == "MemberExpression" and not callee.computed
            and callee.property.name == "forEach"):
        return None
    keys = callee.object
    if not (keys.type == "CallExpression" and keys.callee.type == "MemberExpression"
            and not keys.callee.computed and keys.callee.object.type == "Identifier"
            and keys.callee.object.name == "Object" and keys.callee.property.name == "keys"
            and len(keys.arguments) == 1 and keys.arguments[0].type == "Identifier"):
        return None
    return required.get(keys.arguments[0].name)


def _walk(node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(list(n.children())))


def detect_cjs_exports(text: str, name: str = "<cjs>"):
    """(names, reexport specifiers) node finds in the CommonJS source ``text``; ([], []) when
    it does not parse (node then has no named exports either)."""
    from scopejs.parsing.parser import parse
    from scopejs.modules.commonjs import strip_hashbang
    try:
        program = parse("(function () {" + strip_hashbang(text) + "\n})", lazy=False, name=name)
    except JSSyntaxError:
        return [], []
    names: list = []
    reexports: list = []
    required: dict = {}      # local name -> specifier of `var _x = require('x')`
    nodes = list(_walk(program))
    for node in nodes:
        if node.type == "VariableDeclarator" and node.id.type == "Identifier":
            spec = _require_specifier(node.init)
            if spec is not None:
                required[node.id.name] = spec
    for node in nodes:
        t = node.type
        if t == "AssignmentExpression" and node.operator == "=":
            left = node.left
            if left.type == "MemberExpression" and _is_exports(left.object):
                key = _static_key(left)
                if key is not None:
                    names.append(key)
            elif _is_module_exports(left):
                spec = _require_specifier(node.right)
                if spec is not None:
                    reexports.append(spec)
                elif node.right.type == "ObjectExpression":
                    _object_literal_exports(node.right, names, reexports)
        elif t == "CallExpression":
            exported = _define_property_export(node)
            if exported is not None:
                names.append(exported)
                continue
            callee = node.callee
            if callee.type == "Identifier" and callee.name in ("__exportStar", "__export") \
                    and node.arguments:
                spec = _require_specifier(node.arguments[0])
                if spec is not None:
                    reexports.append(spec)
                continue
            spec = _babel_reexport(node, required)
            if spec is not None:
                reexports.append(spec)
    return list(dict.fromkeys(names)), list(dict.fromkeys(reexports))
