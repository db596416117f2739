"""parse_eval: eval code with the caller's permissions (19.2.1.1 PerformEval)."""
from __future__ import annotations

import pytest

from scopejs.errors import JSSyntaxError
from scopejs.inspect.ast_dump import dump_ast
from scopejs.parsing.parser import parse_eval


def test_plain_eval_rejects_function_only_syntax():
    for src in ["new.target", "super.x", "super()", "this.#x", "return 1"]:
        with pytest.raises(JSSyntaxError):
            parse_eval(src)


def test_permissions_from_the_caller():
    parse_eval("new.target; () => new.target", in_function=True)
    parse_eval("super.x; () => super['y']", in_function=True, in_method=True)
    parse_eval("super()", in_function=True, in_method=True, in_derived_constructor=True)
    with pytest.raises(JSSyntaxError):
        parse_eval("super()", in_function=True, in_method=True)
    with pytest.raises(JSSyntaxError):
        parse_eval("arguments", in_function=True, in_method=True, in_class_field_initializer=True)
    with pytest.raises(JSSyntaxError):
        parse_eval("() => arguments", in_class_field_initializer=True)
    parse_eval("arguments", in_function=True)


def test_private_names_of_enclosing_classes():
    parse_eval("this.#x; #x in o; class B { #y; m() { this.#x + this.#y } }", private_names={"x"})
    with pytest.raises(JSSyntaxError, match="must be declared in an enclosing class"):
        parse_eval("this.#z", private_names={"x"})


def test_strictness_and_lazy_functions_keep_the_context():
    with pytest.raises(JSSyntaxError):
        parse_eval("with (a) {}", strict=True)
    src = "var f = function () { return () => new.target }; var g = () => { return super.x }"
    program = parse_eval(src, in_function=True, in_method=True)
    assert dump_ast(program, "json") == dump_ast(parse_eval(src, in_function=True, in_method=True,
                                                            lazy=False), "json")
