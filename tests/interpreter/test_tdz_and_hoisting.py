from tests.interpreter.conftest import run_error, run_js


def test_tdz_let(lazy):
    err = run_error("console.log(x); let x = 1;", lazy=lazy)
    assert (err.name, err.message) == ("ReferenceError", "Cannot access 'x' before initialization")


def test_tdz_in_function(lazy):
    err = run_error("function f() { return y; } f(); let y = 2;", lazy=lazy)
    assert err.message == "Cannot access 'y' before initialization"


def test_hoisting(lazy):
    src = "console.log(typeof f, v); var v = 1; function f() {}"
    assert run_js(src, lazy=lazy) == ["function undefined"]


def test_not_defined(lazy):
    err = run_error("nope + 1", lazy=lazy)
    assert (err.name, err.message) == ("ReferenceError", "nope is not defined")


def test_const_assignment(lazy):
    err = run_error("const c = 1; c = 2;", lazy=lazy)
    assert (err.name, err.message) == ("TypeError", "Assignment to constant variable.")


def test_global_lexical_redeclaration_across_scripts():
    from scopejs.api import Engine
    from scopejs.errors import JSError
    import pytest
    engine = Engine()
    engine.run_script("let a = 1;", "one.js")
    with pytest.raises(JSError) as info:
        engine.run_script("var a = 2;", "two.js")
    assert info.value.name == "SyntaxError"
    assert info.value.message == "Identifier 'a' has already been declared"
