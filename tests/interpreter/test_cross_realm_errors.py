"""Which Realm an error of [[Call]]/[[Construct]] of a function from another realm belongs to:
calling a class constructor without `new` throws the class's realm's TypeError (10.2.1 step 4,
created in calleeContext); a derived constructor returning a non-object, or never calling super,
throws the caller's realm's TypeError/ReferenceError (10.2.2 steps 11-13, after callerContext is
restored)."""
import pytest

from scopejs import api


@pytest.fixture
def engine():
    return api.Engine(test262_host=True)


def realm_of_error(engine, source):
    return engine.eval("""
        var other = $262.createRealm().global;
        var f = other.eval(%r);
        var where;
        try { %s } catch (e) {
          where = e.constructor === other.%s ? 'callee' : e.constructor === %s ? 'caller' : 'neither';
        }
        where;
    """ % (source[0], source[1], source[2], source[2]))


def test_class_constructor_called_without_new_throws_in_its_own_realm(engine):
    assert realm_of_error(engine, ("(class {})", "f();", "TypeError")) == "callee"


def test_derived_constructor_returning_a_primitive_throws_in_the_callers_realm(engine):
    assert realm_of_error(engine, ("(class extends Object { constructor() { return null; } })",
                                   "new f();", "TypeError")) == "caller"


def test_derived_constructor_without_super_throws_in_the_callers_realm(engine):
    assert realm_of_error(engine, ("(class extends Object { constructor() {} })",
                                   "new f();", "ReferenceError")) == "caller"
