from tests.interpreter.conftest import run_error, run_js


def test_class_features(lazy):
    src = """
    class A {
      #secret = 1; static count = 0; x = 10;
      constructor(v) { this.v = v; A.count++; }
      get secret() { return this.#secret; }
      #inc() { this.#secret++; }
      bump() { this.#inc(); return this; }
      static { A.ready = true; }
    }
    class B extends A {
      constructor() { super(5); this.w = super.bump().secret; }
      toString() { return 'B' + this.v + this.x; }
    }
    const b = new B();
    console.log(b.w, A.count, A.ready, `${b}`, b instanceof A);
    """
    assert run_js(src, lazy=lazy) == ["2 1 true B510 true"]


def test_class_constructor_requires_new(lazy):
    err = run_error("class C {} C();", lazy=lazy)
    assert (err.name, err.message) == ("TypeError",
                                      "Class constructor C cannot be invoked without 'new'")


def test_derived_constructor_must_call_super(lazy):
    err = run_error("class A {} class B extends A { constructor() {} } new B();", lazy=lazy)
    assert err.name == "ReferenceError"
    assert err.message.startswith("Must call super constructor")
