from tests.interpreter.conftest import run_js


def test_destructuring_and_defaults(lazy):
    src = """
    const { a, b: [c, d = 4] = [], ...rest } = { a: 1, b: [3], e: 5, f: 6 };
    console.log(a, c, d, Object.keys(rest).join(), rest.e, rest.f);
    """
    assert run_js(src, lazy=lazy) == ['1 3 4 e,f 5 6']


def test_labels_switch_for_in(lazy):
    src = """
    outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) {
      if (j === 1) continue outer; if (i === 2) break outer; console.log(i, j); } }
    function s(x) { switch (x) { case 1: return 'one'; case 2: case 3: return 'few';
      default: return 'many'; } }
    console.log(s(1), s(3), s(9));
    const o = { a: 1, b: 2 }; const keys = []; for (const k in o) keys.push(k);
    console.log(keys.join());
    """
    assert run_js(src, lazy=lazy) == ["0 0", "1 0", "one few many", "a,b"]


def test_optional_chaining_and_templates(lazy):
    src = """
    const o = { a: { b: () => 'hi' } };
    console.log(o?.a?.b(), o.x?.y, o.x?.());
    function tag(s, ...v) { return s.raw.join('|') + v.join(','); }
    console.log(tag`a${1}b${2}c`, `x${1 + 1}y`);
    const t = () => tag``; console.log(t === t);
    """
    assert run_js(src, lazy=lazy) == ["hi undefined undefined", "a|b|c1,2 x2y", "true"]


def test_getters_setters(lazy):
    src = """
    const o = { _v: 1, get v() { return this._v; }, set v(x) { this._v = x * 2; } };
    o.v = 5; console.log(o.v);
    """
    assert run_js(src, lazy=lazy) == ["10"]


def test_eval_and_with(lazy):
    src = """
    function f() { var x = 1; eval('var y = x + 1'); return y; }
    console.log(f());
    var g = 'global'; function h() { var g = 'local'; return (0, eval)('g'); }
    console.log(h());
    with ({ w: 'with' }) { console.log(w); }
    """
    assert run_js(src, lazy=lazy) == ["2", "global", "with"]
