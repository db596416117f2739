"""20.3 Boolean objects."""
import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.objects.primitive_wrappers import JSBooleanObject
from tests.runtime.jshelpers import call, new, resolve, thrown


@pytest.fixture
def realm():
    return create_realm()


def test_boolean(realm):
    assert call(realm, "Boolean", "") is False and call(realm, "Boolean", "x") is True
    b = new(realm, "Boolean", 0.0)
    assert isinstance(b, JSBooleanObject) and b.boolean_data is False
    assert call(realm, "Boolean.prototype.toString", this=b) == "false"
    assert call(realm, "Boolean.prototype.valueOf", this=True) is True
    proto = resolve(realm, "Boolean.prototype")
    assert isinstance(proto, JSBooleanObject)
    assert call(realm, "Boolean.prototype.toString", this=proto) == "false"
    assert thrown(call, realm, "Boolean.prototype.valueOf", this=1.0) == \
        "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean"
