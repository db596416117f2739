"""22.1.5 String Iterator Objects: CreateStringIterator and %StringIteratorPrototype%.next,
which yields code points (a surrogate pair is one step; a lone surrogate is its own step)."""
from __future__ import annotations

import re

from scopejs.builtins.declare import intrinsic
from scopejs.runtime.abstract_ops import CreateIterResultObject, describe_for_error
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import UNDEFINED

STRING_ITERATOR_PROTOTYPE = intrinsic("%StringIteratorPrototype%",
                                      prototype="%IteratorPrototype%",
                                      to_string_tag="String Iterator")

# One code point of a UTF-16 code-unit string: a surrogate pair, or any single code unit.
_CODE_POINT = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\\s\\S]", re.DOTALL)


class JSStringIterator(JSObject):
    """A String Iterator: the string (None once done) and the next position."""

    __slots__ = ("iterated_string", "position")

    class_name = "String Iterator"

    def __init__(self, proto, s: str):
        JSObject.__init__(self, proto)
        self.iterated_string = s
        self.position = 0


# CreateStringIterator (22.1.3.36 step 3's closure, as an object; same observable steps)
def CreateStringIterator(realm, s: str) -> JSStringIterator:  # noqa: N802
    return JSStringIterator(realm.intrinsics["%StringIteratorPrototype%"], s)


@STRING_ITERATOR_PROTOTYPE.method("next", length=0)
def StringIteratorPrototype_next(realm, this):
    """22.1.5.1.1 %StringIteratorPrototype%.next ( )"""
    if this.__class__ is not JSStringIterator:
        throw_type_error("Method String Iterator.prototype.next called on incompatible "
                         f"receiver {describe_for_error(this)}")
    s = this.iterated_string
    if s is None:
        return CreateIterResultObject(UNDEFINED, True)
    position = this.position
    if position >= len(s):
        this.iterated_string = None
        return CreateIterResultObject(UNDEFINED, True)
    c = s[position]
    if "\ud800" <= c <= "\udbff" and position + 1 < len(s) and \
            "\udc00" <= s[position + 1] <= "\udfff":
        c = s[position:position + 2]
    this.position = position + len(c)
    return CreateIterResultObject(c, False)


def code_points(s: str) -> list:
    """The code points of ``s`` as strings (what iterating it yields)."""
    return _CODE_POINT.findall(s)
