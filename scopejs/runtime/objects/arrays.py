"""10.4.2 Array Exotic Objects: ``JSArray`` with a dense list fast path and a sparse fallback.

Dense mode: ``elements`` is a Python list whose length IS the array length; every element is a
WEC data property or ``EMPTY`` (a hole). Sparse mode (``elements is None``): index properties
live in ``props`` like any other key and ``sparse_length`` holds the length. An array goes
sparse (never back) when an index gets non-default attributes or an accessor, or when a write
lands far beyond the end. "length" is never stored in ``props``; it is computed.
"""
from __future__ import annotations

from scopejs.runtime.length_limits import MAX_ARRAY_LENGTH, throw_invalid_array_length
from scopejs.runtime.objects.ordinary import (
    MISSING, JSObject, array_index, ordinary_define_own_property, ordinary_get,
    ordinary_own_property_keys, ordinary_set,
)
from scopejs.runtime.property import W, WEC, PropertyDescriptor
from scopejs.runtime.values import EMPTY, NULL, UNDEFINED

__all__ = ["JSArray", "ArrayCreate", "MAX_DENSE_GAP"]

MAX_DENSE_GAP = 1 << 16     # a write this far past the end turns the array sparse


class JSArray(JSObject):
    """An Array exotic object (10.4.2)."""

    __slots__ = ("elements", "sparse_length", "length_writable")

    class_name = "Array"
    builtin_tag = "Array"
    plain_props = False
    index_exotic = True

    def __init__(self, proto=NULL, elements: list | None = None):
        JSObject.__init__(self, proto)
        self.elements = [] if elements is None else elements
        self.sparse_length = 0
        self.length_writable = True

    # -- length -------------------------------------------------------------------------------

    def get_length(self) -> int:
        el = self.elements
        return len(el) if el is not None else self.sparse_length

    def make_sparse(self) -> None:
        """Move dense elements into props (keeping OrdinaryOwnPropertyKeys order)."""
        el = self.elements
        if el is None:
            return
        old = self.props
        new = {}
        for i, v in enumerate(el):
            if v is not EMPTY:
                new[str(i)] = v
        new.update(old)
        self.props = new
        self.sparse_length = len(el)
        self.elements = None

    # -- fast paths ---------------------------------------------------------------------------

    def own_slot(self, key):
        if key.__class__ is str:
            if key == "length":
                return float(self.get_length())
            el = self.elements
            if el is not None and key[:1].isdigit():
                idx = array_index(key)
                if idx >= 0:
                    if idx < len(el):
                        v = el[idx]
                        return MISSING if v is EMPTY else v
                    return MISSING
        return self.props.get(key, MISSING)

    def own_flags(self, key) -> int:
        if key == "length":
            return W if self.length_writable else 0
        if self.elements is not None and array_index(key) >= 0:
            return WEC
        return JSObject.own_flags(self, key)

    def get_index(self, index: int):
        el = self.elements
        if el is not None and index < len(el):
            v = el[index]
            if v is not EMPTY:
                return v
        return self.Get(str(index), self)

    def set_index(self, index: int, value) -> bool:
        el = self.elements
        if el is not None:
            n = len(el)
            if index < n:
                if el[index] is not EMPTY:
                    el[index] = value
                    return True
            elif index == n and self.extensible and self.length_writable \
                    and not self._proto_has_index(index):
                el.append(value)
                return True
        return self.Set(str(index), value, self)

    def _proto_has_index(self, index: int) -> bool:
        """True when some prototype has the property named by array index ``index`` (it could
        be a setter/readonly), or when a prototype is exotic in a way that could intercept it
        (a Proxy)."""
        p = self.proto
        key = None
        while p is not NULL:
            if p.__class__ is JSArray and p.elements is not None:
                # A dense array (Array.prototype) keeps every index in ``elements``.
                if index < len(p.elements) and p.elements[index] is not EMPTY:
                    return True
            elif p.plain_props:
                if key is None:
                    key = str(index)
                if key in p.props:
                    return True
            elif p.index_exotic and p.ordinary_get_set:
                if p.own_slot(str(index)) is not MISSING:
                    return True
            else:
                return True
            p = p.proto
        return False

    # -- internal methods ---------------------------------------------------------------------

    def GetOwnProperty(self, key):  # noqa: N802
        if key == "length":
            return PropertyDescriptor(float(self.get_length()), self.length_writable, None, None,
                                      False, False)
        return JSObject.GetOwnProperty(self, key)

    def Get(self, key, receiver):  # noqa: N802
        el = self.elements
        if el is not None and key.__class__ is str:
            if key[:1].isdigit():
                idx = array_index(key)
                if 0 <= idx < len(el):
                    v = el[idx]
                    if v is not EMPTY:
                        return v
            elif key == "length":
                return float(len(el))
        return ordinary_get(self, key, receiver)

    def Set(self, key, value, receiver):  # noqa: N802
        el = self.elements
        if receiver is self and el is not None and key.__class__ is str and key[:1].isdigit():
            idx = array_index(key)
            if idx >= 0:
                n = len(el)
                if idx < n and el[idx] is not EMPTY:
                    el[idx] = value
                    return True
                if not self._proto_has_index(idx):
                    if not self.extensible:
                        return False
                    if idx >= n:
                        if not self.length_writable:
                            return False
                        if idx - n > MAX_DENSE_GAP:
                            self.make_sparse()
                            return ordinary_set(self, key, value, receiver)
                        if idx > n:
                            el.extend([EMPTY] * (idx - n))
                        el.append(value)
                    else:
                        el[idx] = value
                    return True
        return ordinary_set(self, key, value, receiver)

    def HasProperty(self, key):  # noqa: N802
        return JSObject.HasProperty(self, key)

    def Delete(self, key):  # noqa: N802
        if key == "length":
            return False
        el = self.elements
        if el is not None:
            idx = array_index(key)
            if idx >= 0:
                if idx < len(el):
                    el[idx] = EMPTY
                return True
        return JSObject.Delete(self, key)

    def OwnPropertyKeys(self):  # noqa: N802
        el = self.elements
        if el is not None:
            keys = [str(i) for i, v in enumerate(el) if v is not EMPTY]
            keys.append("length")
            keys.extend(ordinary_own_property_keys(self.props))
            return keys
        keys = ordinary_own_property_keys(self.props)
        # "length" comes first among the string keys (created first)
        i = 0
        while i < len(keys) and keys[i].__class__ is str and array_index(keys[i]) >= 0:
            i += 1
        keys.insert(i, "length")
        return keys

    # 10.4.2.1 [[DefineOwnProperty]] ( P, Desc )
    def DefineOwnProperty(self, key, desc):  # noqa: N802
        if key == "length":
            return self.set_length(desc)
        idx = array_index(key)
        if idx < 0:
            return ordinary_define_own_property(self, key, desc)
        el = self.elements
        if el is not None:
            is_default = (desc.get is None and desc.set is None
                          and desc.writable is not False and desc.enumerable is not False
                          and desc.configurable is not False)
            n = len(el)
            if idx < n and el[idx] is not EMPTY:
                if is_default:
                    if desc.value is not None:
                        el[idx] = desc.value
                    return True
            elif is_default and desc.writable and desc.enumerable and desc.configurable:
                if not self.extensible:
                    return False
                if idx >= n:
                    if not self.length_writable:
                        return False
                    if idx - n > MAX_DENSE_GAP:
                        self.make_sparse()
                        return self.DefineOwnProperty(key, desc)
                    if idx > n:
                        el.extend([EMPTY] * (idx - n))
                    el.append(UNDEFINED if desc.value is None else desc.value)
                else:
                    el[idx] = UNDEFINED if desc.value is None else desc.value
                return True
            self.make_sparse()
        # sparse: 10.4.2.1 step 3
        length = self.sparse_length
        if idx >= length and not self.length_writable:
            return False
        if not ordinary_define_own_property(self, key, desc):
            return False
        if idx >= length:
            self.sparse_length = idx + 1
        return True

    # 10.4.2.4 ArraySetLength ( A, Desc )
    def set_length(self, desc) -> bool:
        if desc.value is None:
            return self._define_length_attributes(desc)
        from scopejs.runtime.abstract_ops.type_conversion import ToNumber, ToUint32
        new_len = ToUint32(desc.value)
        number_len = ToNumber(desc.value)
        if float(new_len) != number_len:
            throw_invalid_array_length()
        old_len = self.get_length()
        if desc.get is not None or desc.set is not None or desc.configurable \
                or desc.enumerable:
            return False
        if new_len >= old_len:
            if new_len != old_len and not self.length_writable:
                return False
            if not self.length_writable and desc.writable:
                return False
            self._resize(new_len)
            if desc.writable is False:
                self.length_writable = False
            return True
        if not self.length_writable:
            return False
        ok = self._resize(new_len)
        if desc.writable is False:
            self.length_writable = False
        return ok

    def _define_length_attributes(self, desc) -> bool:
        if desc.get is not None or desc.set is not None or desc.configurable or desc.enumerable:
            return False
        if desc.writable is None:
            return True
        if desc.writable and not self.length_writable:
            return False
        if not desc.writable:
            self.length_writable = False
        return True

    def _resize(self, new_len: int) -> bool:
        el = self.elements
        if el is not None:
            n = len(el)
            if new_len <= n:
                del el[new_len:]
                return True
            if new_len - n <= MAX_DENSE_GAP:
                el.extend([EMPTY] * (new_len - n))
                return True
            self.make_sparse()
        # sparse: delete indices >= new_len from the highest down; stop at a non-configurable
        old_len = self.sparse_length
        if new_len < old_len:
            indices = sorted((array_index(k) for k in self.props
                              if k.__class__ is str and array_index(k) >= new_len), reverse=True)
            for i in indices:
                if not JSObject.Delete(self, str(i)):
                    self.sparse_length = i + 1
                    return False
        self.sparse_length = new_len
        return True


# 10.4.2.2 ArrayCreate ( length [ , proto ] )
def ArrayCreate(length, proto) -> JSArray:  # noqa: N802
    """``length`` is an int; ``proto`` the prototype object (e.g. realm.array_prototype)."""
    if length > MAX_ARRAY_LENGTH:
        throw_invalid_array_length()
    arr = JSArray(proto)
    if length:
        if length <= MAX_DENSE_GAP:
            arr.elements = [EMPTY] * length
        else:
            arr.elements = None
            arr.sparse_length = length
    return arr

