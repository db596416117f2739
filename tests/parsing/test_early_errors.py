"""Static Semantics: Early Errors - each row must be a SyntaxError (goal: s=sloppy, S=strict, m=module)."""
from __future__ import annotations

import pytest

from scopejs.errors import JSSyntaxError
from scopejs.parsing.parser import parse

# (source, goals, message fragment or "")
ERRORS = [
    # declarations
    ("let a; let a;", "sSm", "Identifier 'a' has already been declared"),
    ("let a; var a;", "sSm", "has already been declared"),
    ("var a; let a;", "sSm", "has already been declared"),
    ("const a = 1; function a() {}", "sSm", "has already been declared"),
    ("{ let a; { var a; } }", "sSm", "has already been declared"),
    ("function f(a) { let a; }", "sSm", "has already been declared"),
    ("switch (x) { case 1: let a; case 2: let a; }", "sSm", "has already been declared"),
    ("try {} catch (e) { let e; }", "sSm", "has already been declared"),
    ("try {} catch ([e]) { var e; }", "sSm", "has already been declared"),
    ("let let = 1;", "s", "let is disallowed"),
    ("const a;", "sSm", "Missing initializer in const declaration"),
    ("let [a];", "sSm", "Missing initializer"),
    ("'use strict'; { function f() {} function f() {} }", "s", "has already been declared"),
    ("function f() {} let f;", "m", "has already been declared"),
    # assignment targets
    ("1 = 2", "sSm", "Invalid left-hand side"),
    ("a + b = c", "sSm", ""), ("++a.b()", "Sm", ""), ("a++ = 1", "sSm", ""),
    ("f() = 1", "Sm", ""), ("[f()] = 1", "sSm", ""), ("f() &&= 1", "sSm", ""),
    ("({a}) = 1", "sSm", ""), ("[(a = 1)] = 2", "sSm", ""), ("({a: 1} = 2)", "sSm", ""),
    ("a?.b = 1", "sSm", ""), ("[...a, b] = c", "sSm", ""), ("[...a = 1] = c", "sSm", ""),
    ("({...{a}} = b)", "sSm", ""), ("({a = 1})", "sSm", "Invalid shorthand property initializer"),
    ("({ get a() {} } = b)", "sSm", ""), ("for (a + b of c);", "sSm", ""),
    ("(a, b) = 1", "sSm", ""), ("((a)) => 1", "sSm", ""), ("(a, ...b,) => 1", "sSm", ""),
    ("async (a, a) => 1", "sSm", ""), ("(a, a) => 1", "sSm", ""),
    # strict mode
    ("with (a) {}", "Sm", "Strict mode code may not include a with statement"),
    ("delete x", "Sm", "Delete of an unqualified identifier in strict mode"),
    ("delete (x)", "Sm", ""),
    ("var eval;", "Sm", "Unexpected eval or arguments in strict mode"),
    ("arguments = 1", "Sm", ""), ("eval++", "Sm", ""), ("function f(eval) {}", "Sm", ""),
    ("var implements;", "Sm", "Unexpected strict mode reserved word"),
    ("var yield;", "Sm", ""), ("var let;", "Sm", ""), ("var static;", "Sm", ""),
    ("function f(a, a) {}", "Sm", "Duplicate parameter name"),
    ("function f(a, [a]) {}", "sSm", "Duplicate parameter name"),
    ("function f(a = 1) { 'use strict'; }", "sSm", "Illegal 'use strict' directive"),
    ("function f(package) { 'use strict'; }", "s", "Unexpected strict mode reserved word"),
    ("function eval() { 'use strict'; }", "s", ""),
    ("class eval {}", "sSm", ""), ("(class arguments {})", "sSm", ""),
    ("({ m(a, a) {} })", "sSm", ""),
    ("0777", "Sm", "Octal literals"),
    ("'\\08'", "Sm", ""), ("'\\9'", "Sm", "\\8 and \\9"),
    # generators / async
    ("function* g() { var yield; }", "sSm", ""),
    ("function* g(a = yield) {}", "sSm", ""),
    ("function* g() { function* yield() {} }", "sSm", ""),
    ("async function f() { var await; }", "sSm", ""),
    ("async function f(a = await 1) {}", "sSm", ""),
    ("async (a = await 1) => a", "sSm", ""),
    ("async function f() { (await) => 1 }", "sSm", ""),
    ("async (await) => 1", "sSm", ""),
    ("var await;", "m", "Unexpected reserved word"),
    ("function* g() { yield\n* 1 }", "sSm", ""),
    ("-a ** 2", "sSm", "Unary operator used immediately before exponentiation"),
    ("a ?? b || c", "sSm", ""), ("a || b ?? c", "sSm", ""), ("a && b ?? c", "sSm", ""),
    ("for await (x of y);", "sS", ""), ("async function f() { for await (x in y); }", "sSm", ""),
    # control flow
    ("break;", "sSm", "Illegal break statement"),
    ("continue;", "sSm", "Illegal continue statement"),
    ("a: { continue a; }", "sSm", "does not denote an iteration statement"),
    ("while (1) { break b; }", "sSm", "Undefined label 'b'"),
    ("a: a: ;", "sSm", "Label 'a' has already been declared"),
    ("return;", "sSm", "Illegal return statement"),
    ("function f() { a: while (1) { function g() { break a; } } }", "sSm", ""),
    ("if (1) class C {}", "sSm", ""), ("if (1) let x = 1;", "sSm", ""),
    ("while (1) function f() {}", "sSm", ""), ("if (1) function f() {}", "Sm", ""),
    ("label: function* g() {}", "sSm", ""), ("if (1) label: function f() {}", "sSm", ""),
    ("switch (a) { default: default: }", "sSm", "More than one default clause"),
    ("try {}", "sSm", "Missing catch or finally after try"),
    ("throw\n1", "sSm", "Illegal newline after throw"),
    ("for (let x = 1 of y);", "sSm", ""), ("for (var [x] = 1 in y);", "sSm", ""),
    ("for (let of x);", "sSm", ""), ("for (async of x);", "sSm", ""),
    ("for (let x in y) { var x; }", "sSm", ""),
    # classes, super, new.target
    ("class A { constructor() {} constructor() {} }", "sSm", "A class may only have one constructor"),
    ("class A { get constructor() {} }", "sSm", ""), ("class A { *constructor() {} }", "sSm", ""),
    ("class A { async constructor() {} }", "sSm", ""), ("class A { constructor = 1 }", "sSm", ""),
    ("class A { static prototype() {} }", "sSm", ""), ("class A { static prototype = 1 }", "sSm", ""),
    ("class A { constructor() { super(); } }", "sSm", "'super' keyword unexpected here"),
    ("function f() { super.x; }", "sSm", ""), ("({ a: function() { super.x } })", "sSm", ""),
    ("class A extends B { m() { super(); } }", "sSm", ""),
    ("class A extends B { constructor() { new super(); } }", "sSm", ""),
    ("new.target", "sSm", ""), ("() => new.target", "sSm", ""),
    ("class A { #a; #a; }", "sSm", "has already been declared"),
    ("class A { #constructor() {} }", "sSm", ""),
    ("class A { m() { this.#b; } }", "sSm", "must be declared in an enclosing class"),
    ("this.#a", "sSm", ""), ("class A { #a; m() { delete this.#a; } }", "sSm", ""),
    ("class A { #a; m() { #a in #a in this; } }", "sSm", ""),
    ("class A { #a; m() { 1 + #a in this; } }", "sSm", ""),
    ("class A { x = arguments; }", "sSm", ""), ("class A { static { arguments; } }", "sSm", ""),
    ("class A { static { await; } }", "sSm", ""), ("class A { static { return; } }", "sSm", ""),
    ("class A { get a(b) {} }", "sSm", ""), ("({ set a() {} })", "sSm", ""),
    ("({ set a(...b) {} })", "sSm", ""),
    ("class A { m() { var yield; } }", "sSm", ""),
    # object literals
    ("({ __proto__: 1, __proto__: 2 })", "sSm", "Duplicate __proto__"),
    ("({ async *[a]: 1 })", "sSm", ""), ("({ get a: 1 })", "sSm", ""),
    # modules
    ("export var a; export var a;", "m", "Duplicate export of 'a'"),
    ("export { b };", "m", "Export 'b' is not defined"),
    ("export default 1; export default 2;", "m", ""),
    ("{ export var a; }", "m", ""), ("function f() { import a from 'b'; }", "m", ""),
    ("import a from 'b';", "sS", "Cannot use import statement outside a module"),
    ("export var a;", "sS", ""), ("import.meta", "sS", "Cannot use 'import.meta' outside a module"),
    ("import { a as b, c as b } from 'x';", "m", "has already been declared"),
    ("export { 'a' };", "m", ""), ("import { 'a' } from 'x';", "m", ""),
    ("new import('x')", "sSm", ""), ("import('x', {}, 1)", "sSm", ""), ("import('x', , )", "sSm", ""),
    ("export { if };", "m", ""),
    # misc
    ("a\n++\n", "sSm", ""), ("x = {a b}", "sSm", ""), ("f(a,,b)", "sSm", ""),
    ("`${a`", "sSm", ""), ("a?.`b`", "sSm", ""), ("new a?.b()", "sSm", ""),
    ("async function f() { await => 1 }", "sSm", ""),
    ("yield => 1", "Sm", ""), ("var let = 1; let[0];", "s", ""),
    ("var async; async\n(x) => x", "s", ""),
    ("var a\\u{0}", "sSm", ""), ("\\u0061sync function f() {}", "sSm", ""),
]


def _goals(goals):
    for goal in goals:
        if goal == "s":
            yield "sloppy", False, ""
        elif goal == "S":
            yield "strict", False, '"use strict";\n'
        elif goal == "m":
            yield "module", True, ""


CASES = [pytest.param(prefix + src, module, fragment, id=f"{name}:{src}")
         for src, goals, fragment in ERRORS for name, module, prefix in _goals(goals)]


@pytest.mark.parametrize("src,module,fragment", CASES)
@pytest.mark.parametrize("lazy", [True, False], ids=["lazy", "eager"])
def test_early_error(src, module, fragment, lazy):
    with pytest.raises(JSSyntaxError) as info:
        parse(src, module=module, lazy=lazy)
    assert fragment in info.value.message


VALID = [
    ("var a; var a; function a() {}", "sS"),
    ("{ function f() {} function f() {} }", "s"),
    ("try {} catch (e) { var e; for (var e of []); }", "s"),
    ("let\nx = 1", "sS"), ("let\n[a] = b", "sSm"), ("var let = 1; let\n.x; (let)[0]", "s"),
    ("if (1) let\nx", "s"),
    ("yield = 1; var await;", "s"), ("function* g() { yield\n1 }", "sS"),
    ("async\nfunction f() {}", "s"), ("var async; async\n(x)", "s"),
    ("({ async: 1, get: 2, set: 3, static: 4, await: 5 })", "sS"),
    ("class A { static; get; set; async; static async *#m() {} static { var x; } }", "sS"),
    ("class A { 'constructor'() {} static constructor() {} }", "sS"),
    ("class A { get #a() {} set #a(v) {} }", "sS"),
    ("class A extends B { constructor() { super(); super.x; } }", "sS"),
    ("({ m() { super.x; } })", "sS"),
    ("function f() { new.target; () => new.target; }", "sS"),
    ("class A { x = () => new.target; static { new.target } }", "sS"),
    ("class A { #a; static m(o) { return #a in o; } }", "sS"),
    ("a?.b?.(c)?.[d]; a ?? (b || c); (a ?? b) || c", "sSm"),
    ("a ||= b; a &&= b; a ??= b; a **= 2; (-a) ** 2; (await_) ** 2", "sS"),
    ("label: function f() {}", "s"), ("if (1) function f() {} else function g() {}", "s"),
    ("for (var x = 1 in y);", "s"), ("for (let in x);", "s"), ("for (let.x in y);", "s"),
    ("for (async of => 1;;) break;", "s"), ("for await (async of x);", "m"),
    ("({ __proto__: 1, __proto__ })", "sS"), ("({ __proto__: a, __proto__: b } = c)", "sS"),
    ("({ a = 1 } = b); [{ a = 1 }] = c; ({ a = 1 }) => a", "sS"),
    ("export { a as default, b as 'c d' }; var a, b; export * as e from 'f';", "m"),
    ("import a, * as b from 'c'; import d, { e as f, 'g h' as i } from 'j'; import 'k';", "m"),
    ("export default function () {} export class A {}", "m"),
    ("export default async function () {}", "m"), ("await 1;", "m"),
    ("new import.meta.url; import.meta", "m"), ("import('a').then()", "sSm"),
    ("a\n++b", "sS"), ("a = b\n(c)", "sS"), ("x = function () { return\n1 }", "sS"),
    ("var \\u{61}wait;", "s"), ("`a${b}c${`d`}`", "sS"), ("tag`\\xg`", "sS"),
    ("/[/]/; a / b / c", "sS"), ("((a, b) => a)(1, 2)", "sS"), ("(a = 1, {b}, [c], ...d) => 0", "sS"),
    ("async ({a}, [b] = [1]) => 0; async x => x; async => async", "sS"),
    ("function f(a, a) {}", "s"), ("'use strict'; function f(b = 1) {}", "s"),
    ("function f() { 'use strict'; return this }", "s"),
]


@pytest.mark.parametrize("src,module", [
    pytest.param(prefix + src, module, id=f"{name}:{src}")
    for src, goals in VALID for name, module, prefix in _goals(goals)])
@pytest.mark.parametrize("lazy", [True, False], ids=["lazy", "eager"])
def test_valid(src, module, lazy):
    parse(src, module=module, lazy=lazy)
