"""JS snippets exercising the runtime-core built-ins (Object, Function, Error, Symbol, Boolean,
globals, Reflect, Proxy) and the object model, run by scopejs and by node: same output."""
import io
import json
import subprocess

import pytest

from tests.conftest import NODE

SNIPPETS = [
    "var o = {b: 1, a: 2, 1: 'x', [Symbol('s')]: 3}; log(Object.keys(o).join(), Object.getOwnPropertyNames(o).length, Reflect.ownKeys(o).length)",
    "log(Object.getOwnPropertyNames(Object.prototype).join())",
    "log(Object.getOwnPropertyNames(Object).filter(k => k !== 'groupBy').join())",  # groupBy: ES2024, not in node 20
    "var o = {}; Object.defineProperty(o, 'h', {value: 5}); log(o.h, Object.keys(o).length, o.propertyIsEnumerable('h'), JSON.stringify(Object.getOwnPropertyDescriptor(o, 'h')))",
    "var f = Object.freeze({x: 1}); f.x = 2; log(f.x, Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f))",
    "'use strict'; var f = Object.freeze({x: 1}); try { f.x = 2 } catch (e) { log(e.name, e.message) }",
    "'use strict'; var o = Object.preventExtensions({}); try { o.y = 1 } catch (e) { log(e.name, e.message) }",
    "var s = Object.seal({a: 1}); delete s.a; s.a = 3; s.b = 1; log(s.a, s.b, Object.isSealed(s))",
    "log(Object.entries({x: 1, y: 'z'}).join('|'), Object.values('ab').join(), Object.assign({}, null, {a: 1}, 'xy').a)",
    "log(JSON.stringify(Object.fromEntries([['a', 1], ['b', 2]])), JSON.stringify(Object.fromEntries(new Map([['m', 1]]))))",
    "var p = {g() { return 'p' }}; var c = Object.create(p, {own: {value: 1, enumerable: true}}); log(c.g(), c.own, Object.getPrototypeOf(c) === p, Object.create(null) instanceof Object)",
    "try { Object.setPrototypeOf(Object.prototype, {}) } catch (e) { log(e.name, e.message) }",
    "var a = {}; var b = Object.create(a); try { Object.setPrototypeOf(a, b) } catch (e) { log(e.name, e.message) }",
    "log(Object.is(NaN, NaN), Object.is(0, -0), Object.hasOwn({q: 1}, 'q'), ({}).hasOwnProperty.call('abc', 'length'))",
    "var t = Object.prototype.toString; log(t.call([]), t.call(null), t.call(undefined), t.call(1), t.call(''), t.call(true), t.call(() => 1), t.call(new Error), t.call(new Date(0)), t.call(/x/), t.call(Symbol()), t.call(1n), t.call(JSON), t.call(Math), t.call(new Map), t.call(function() { return arguments }()))",
    "var o = {[Symbol.toStringTag]: 'Custom'}; log(String(o), '' + Object.prototype.toString.call(Reflect))",
    "var o = {}; o.__defineGetter__('g', function() { return 42 }); o.__defineSetter__('g', function(v) { this.v = v }); o.g = 7; log(o.g, o.v, typeof o.__lookupGetter__('g'), o.__lookupSetter__('nope'))",
    "var o = {}; log(o.__proto__ === Object.prototype, ({__proto__: null}).__proto__, Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get.name)",
    "function foo(a, b) { return a + b } log(foo.toString(), foo.length, foo.name)",
    "log(Function.prototype.toString.call(Math.max), Function.prototype.toString.call(Object), String(function(){}.bind()))",
    "var bound = function(a, b) { return this.v + a + b }.bind({v: 1}, 2); log(bound(3), bound.name, bound.length, bound.hasOwnProperty('prototype'))",
    "function P(x) { this.x = x } var B = P.bind(null, 5); var i = new B(); log(i.x, i instanceof P, i instanceof B)",
    "log(Math.max.apply(null, [1, 5, 2]), Math.max.call(null, 1, 9), [].slice.call('abc').join(), Function.prototype.apply.length)",
    "try { Reflect.apply(1) } catch (e) { log(e.name, e.message) } try { Function.prototype.bind.call(1) } catch (e) { log(e.message) }",
    "log(new Function('a', 'b', 'return a * b')(6, 7), Function('return typeof this')(), typeof Function.prototype, Function.prototype.name === '')",
    "try { (function() { 'use strict'; return arguments.callee })() } catch (e) { log(e.name) }",
    "var Even = {[Symbol.hasInstance](n) { return n % 2 === 0 }}; log(2 instanceof Even, 3 instanceof Even)",
    "try { ({}) instanceof 5 } catch (e) { log(e.name, e.message) } try { ({}) instanceof {} } catch (e) { log(e.name, e.message) }",
    "var e = new Error('m'); log(Object.getOwnPropertyNames(e).join(), e.message, e.name, e instanceof Error, String(e), e.stack.split('\\n')[0])",
    "var e = new RangeError('r', {cause: 'c'}); log(e.toString(), e.cause, Object.keys(e).length, 'cause' in new Error('x'), new Error('x', {}).hasOwnProperty('cause'))",
    "log(Error.prototype.toString.call({name: 'N', message: 'M'}), Error.prototype.toString.call({}), Error.prototype.toString.call({name: '', message: 'only'}))",
    "log(Object.getPrototypeOf(TypeError) === Error, TypeError.prototype.name, Error.length, AggregateError.length, TypeError.prototype.hasOwnProperty('toString'), typeof Error.captureStackTrace)",
    "var a = new AggregateError([1, new Error('e')], 'agg'); log(a.errors.length, a.message, a.name, Object.getOwnPropertyNames(a).join())",
    "class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr' } } var m = new MyErr('x'); log(m instanceof Error, m instanceof MyErr, String(m), Object.prototype.toString.call(m))",
    "var o = {}; Error.captureStackTrace(o); log(typeof o.stack, Object.getOwnPropertyDescriptor(o, 'stack').enumerable)",
    "try { null.x } catch (e) { log(e.constructor === TypeError, e.message) }",
    "log(Symbol('q').toString(), Symbol().toString(), Symbol('d').description, Symbol().description, Symbol.for('k') === Symbol.for('k'), Symbol.keyFor(Symbol.for('k')), Symbol.keyFor(Symbol('k')))",
    "try { new Symbol() } catch (e) { log(e.name, e.message) } try { Symbol() + '' } catch (e) { log(e.name, e.message) } try { +Symbol() } catch (e) { log(e.name, e.message) }",
    "var s = Symbol('w'); var w = Object(s); log(typeof w, w instanceof Symbol, w.valueOf() === s, w == s, Object.getOwnPropertyNames(Symbol).length, Symbol.iterator.toString())",
    "log(Boolean(''), Boolean('0'), new Boolean(false) ? 't' : 'f', Boolean.prototype.toString.call(true), new Boolean(1).valueOf(), typeof new Boolean(1))",
    "try { Boolean.prototype.toString.call(1) } catch (e) { log(e.name, e.message) }",
    "log(parseInt('  0x10'), parseInt('08'), parseInt('1e3'), parseInt('-0'), parseInt('z', 36), parseInt('12', 37), parseFloat('.5e1x'), parseFloat('-Infinityx'), parseFloat('0x10'))",
    "log(isNaN('x'), isNaN(''), isFinite('1e3'), isFinite(null), encodeURIComponent('a b&=?/'), encodeURI('a b&=?/#'), decodeURIComponent('%E2%82%AC'), escape('a+b ä'), unescape('%u20AC%41'))",
    "try { decodeURIComponent('%') } catch (e) { log(e.name, e.message) }",
    "log(typeof globalThis, NaN, Infinity, undefined, void 0 === undefined, Object.getOwnPropertyDescriptor(globalThis, 'NaN').writable)",
    "log(Reflect.has({x: 1}, 'x'), Reflect.apply(Math.max, null, [3, 4]), Reflect.getPrototypeOf([]) === Array.prototype, Reflect.ownKeys([1, 2]).join(), Reflect.defineProperty(Object.freeze({}), 'a', {value: 1}))",
    "class P { constructor() { this.nt = new.target === P } } class Q extends P {} var r = Reflect.construct(P, [], Q); log(r instanceof Q, r.nt, Reflect.get({get x() { return this }}, 'x', 5) === 5)",
    "try { Reflect.get(1, 'x') } catch (e) { log(e.name, e.message) } try { Reflect.construct(() => 1, []) } catch (e) { log(e.name) }",
    "var log2 = []; var p = new Proxy({a: 1}, {get(t, k, r) { log2.push(String(k)); return Reflect.get(t, k, r) }, has(t, k) { return k === 'zz' || k in t }}); log(p.a, 'zz' in p, 'a' in p, log2.join())",
    "var p = new Proxy(function(a) { return a }, {apply(t, th, args) { return 'applied ' + args.join() }}); log(p(1, 2), typeof p, Object.prototype.toString.call(p))",
    "var { proxy, revoke } = Proxy.revocable({}, {}); revoke(); try { proxy.x } catch (e) { log(e.name, e.message) }",
    "var t = {}; Object.defineProperty(t, 'c', {value: 1}); var p = new Proxy(t, {get() { return 2 }}); try { p.c } catch (e) { log(e.name) }",
    "var p = new Proxy([], {}); log(Array.isArray(p), Object.prototype.toString.call(p), JSON.stringify(Object.keys(new Proxy({b: 1, a: 2}, {}))))",
    "var a = [1, 2, 3]; a.length = 1; log(a.length, a[1], JSON.stringify(a)); a[5] = 6; log(a.length, 3 in a, Object.keys(a).join())",
    "var a = []; try { a.length = -1 } catch (e) { log(e.name, e.message) } Object.defineProperty(a, 'length', {writable: false}); a[0] = 1; log(a.length, a[0])",
    "var a = [1, 2, 3]; Object.defineProperty(a, 1, {get() { return 'g' }}); log(a.join(), a.length, Object.keys(a).join()); a.length = 0; log(a.length)",
    "var a = []; a[100000] = 1; log(a.length, Object.keys(a).join(), a.indexOf(1))",
    "var s = new String('ab'); log(s.length, s[1], Object.keys(s).join(), s.hasOwnProperty('length'), Object.getOwnPropertyNames(s).join(), delete s[0], s[0])",
    "log(0.1 + 0.2, 1e21, 1e-7, 123e-20, 2 ** 53 + 2, -0, 1 / -0, 5 % -3, -5 % 3, 2 ** -1074, 0.000001, 1.7976931348623157e308 * 10)",
    "log((255).toString(16), (0.5).toString(2), (-255).toString(36), (1e21).toString(36), (3.14159).toString(16), 1 / 3)",
    "log('5' * '2', '5' - 2, '5' + 2, true + 1, null + 1, undefined + 1, [] + {}, [1] == 1, null == 0, null >= 0, NaN == NaN, '10' < '9', 10 < 9, 'b' > 'a')",
    "log(1 << 31, -1 >>> 0, -8 >> 1, 2 ** 32 | 0, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 32, -1 >>> 28)",
    "log(10n ** 20n, 7n / 2n, -7n % 2n, 1n << 70n, -9n >> 1n, typeof 1n, 1n == 1, 1n < 1.5, 2n > '1', BigInt.asIntN ? 'y' : 'n')",
    "try { 1n + 1 } catch (e) { log(e.name, e.message) } try { 1n / 0n } catch (e) { log(e.name, e.message) }",
    "var o = {valueOf() { return 42 }, toString() { return 'str' }}; log(o + 1, `${o}`, o * 2, String(o), o == 42)",
    "var o = {[Symbol.toPrimitive](h) { return h }}; log(`${o}`, o + '', +{[Symbol.toPrimitive]() { return 7 }})",
    "try { ({toString: null, valueOf: null}) + 1 } catch (e) { log(e.name, e.message) }",
    "log('x' in {x: 1}, 'toString' in {}, 0 in [1], 'length' in [])",
    "try { 'a' in 'abc' } catch (e) { log(e.name, e.message) }",
]

WRAP = "(function () { var log = function () { out.push(Array.prototype.join.call(arguments, ' ')) }; try { %s } catch (e) { out.push('UNCAUGHT ' + e) } })();"


def _program(snippet: str) -> str:
    return ("var out = [];\n" + WRAP % snippet + "\nconsole.log(out.join('\\n'));\n")


@pytest.fixture(scope="module")
def node_outputs():
    if NODE is None:
        pytest.skip("node not installed")
    results = []
    for snippet in SNIPPETS:
        r = subprocess.run([NODE, "-e", _program(snippet)], capture_output=True, text=True,
                           timeout=30)
        results.append(r.stdout + r.stderr)
    return results


def _scopejs(snippet: str) -> str:
    try:
        from scopejs.api import Engine
    except ImportError:
        pytest.skip("engine not available")
    out = io.StringIO()
    engine = Engine(stdout=out, stderr=out, max_steps=5_000_000)
    try:
        engine.run_script(_program(snippet), "snippet.js")
        engine.run_jobs()
    except Exception as exc:  # noqa: BLE001 - reported as output difference
        out.write(f"ENGINE {type(exc).__name__}: {exc}\n")
    return out.getvalue()


# Features other engineers provide: a snippet using one is skipped until the engine has it.
PROBES = {
    "JSON.": "typeof JSON === 'object'",
    "Math.": "typeof Math === 'object'",
    "new Map": "typeof Map === 'function'",
    "new Date": "typeof Date === 'function'",
    "BigInt": "typeof BigInt === 'function'",
    "n ": "typeof BigInt === 'function'",
    ".toString(": "Number.prototype.hasOwnProperty('toString')",
    "String(": "typeof String === 'function'",
    ".join(": "Array.prototype.hasOwnProperty('join')",
    ".slice": "Array.prototype.hasOwnProperty('slice') && String.prototype.hasOwnProperty('slice')",
    ".split": "typeof String === 'function' && String.prototype.hasOwnProperty('split')",
    ".indexOf": "Array.prototype.hasOwnProperty('indexOf')",
    "Array.isArray": "typeof Array === 'function'",
    "/x/": "typeof RegExp === 'function'",
    "e.stack": "typeof String === 'function' && String.prototype.hasOwnProperty('split')",
}


def _missing_features(snippet: str) -> list:
    from scopejs.api import Engine
    missing = []
    for token, probe in PROBES.items():
        if token in snippet:
            out = io.StringIO()
            try:
                Engine(stdout=out, stderr=out).run_script(f"console.log(!!({probe}))", "probe.js")
            except Exception:  # noqa: BLE001
                pass
            if out.getvalue().strip() != "true":
                missing.append(token)
    return missing


@pytest.mark.parametrize("index", range(len(SNIPPETS)))
def test_snippet_matches_node(index, node_outputs):
    ours = _scopejs(SNIPPETS[index])
    if ours != node_outputs[index]:
        missing = _missing_features(SNIPPETS[index])
        if missing:
            pytest.skip(f"engine lacks {missing} (other built-in modules)")
    assert ours == node_outputs[index], SNIPPETS[index]


def test_snippets_are_unique():
    assert len(set(SNIPPETS)) == len(SNIPPETS)
    json.dumps(SNIPPETS)
