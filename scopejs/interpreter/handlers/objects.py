"""Property access, property definition and literals."""
from __future__ import annotations

from scopejs.bytecode.constant_pool import ARRAY_HOLE
from scopejs.bytecode.opcodes import DEFINE_ENUMERABLE, DEFINE_SET_FUNCTION_NAME, Op
from scopejs.interpreter.dispatch import handler
from scopejs.interpreter.property_access import (
    PRIMITIVE_CLASSES, get_keyed, get_primitive_property, set_keyed, set_property,
)
from scopejs.runtime.abstract_ops.object_operations import (
    CopyDataProperties, CreateDataPropertyOrThrow, DefinePropertyOrThrow, describe_for_error,
)
from scopejs.runtime.abstract_ops.type_conversion import ToPropertyKey
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.ordinary import MISSING, JSObject
from scopejs.runtime.property import Accessor, PropertyDescriptor
from scopejs.runtime.values import EMPTY, NULL, UNDEFINED


@handler(Op.GetNamedProperty)
def get_named_property(d, r, idx):
    n = d.next
    name = d.constants[idx]
    if name == "length":
        return _get_length(r, n)

    def run(f):
        o = f.regs[r]
        if o.__class__ in PRIMITIVE_CLASSES:
            f.acc = get_primitive_property(f.realm, o, name)
            return n
        if o.plain_props and o.ordinary_get_set:
            v = o.props.get(name, MISSING)
            if v is MISSING:
                # one prototype level inline (methods on a class prototype)
                p = o.proto
                if p is not NULL and p.plain_props and p.ordinary_get_set:
                    v = p.props.get(name, MISSING)
                    if v is not MISSING and v.__class__ is not Accessor:
                        f.acc = v
                        return n
            elif v.__class__ is not Accessor:
                f.acc = v
                return n
        f.acc = o.Get(name, o)
        return n
    return run


def _get_length(r, n):
    """`x.length`: dense arrays and strings inline (same result as [[Get]] "length")."""
    def run(f):
        o = f.regs[r]
        c = o.__class__
        if c is JSArray:
            el = o.elements
            f.acc = float(len(el)) if el is not None else float(o.sparse_length)
        elif c is str:
            f.acc = float(len(o))
        elif c in PRIMITIVE_CLASSES:
            f.acc = get_primitive_property(f.realm, o, "length")
        else:
            f.acc = o.Get("length", o)
        return n
    return run


@handler(Op.GetKeyedProperty)
def get_keyed_property(d, r):
    n = d.next

    def run(f):
        o = f.regs[r]
        key = f.acc
        if o.__class__ is JSArray and key.__class__ is float:
            el = o.elements
            if el is not None and 0 <= key < len(el):
                i = int(key)
                if i == key:
                    v = el[i]
                    if v is not EMPTY:
                        f.acc = v
                        return n
        elif key.__class__ is str and o.__class__ is JSObject:
            v = o.props.get(key, MISSING)
            if v is not MISSING and v.__class__ is not Accessor:
                f.acc = v
                return n
        f.acc = get_keyed(f.realm, o, key)
        return n
    return run


@handler(Op.SetNamedProperty)
def set_named_property(d, r, idx):
    n = d.next
    name = d.constants[idx]
    strict = bool(getattr(d.sfi, "is_strict", False))

    def run(f):
        o = f.regs[r]
        if o.__class__ is JSObject:
            props = o.props
            if name in props:
                if o.flags is None:
                    props[name] = f.acc
                    return n
            elif o.extensible:
                # a new property: fine unless a prototype has `name` (setter / read-only)
                p = o.proto
                while p is not NULL and p.plain_props and p.ordinary_get_set \
                        and name not in p.props:
                    p = p.proto
                if p is NULL:
                    props[name] = f.acc
                    return n
        set_property(f.realm, o, name, f.acc, strict)
        return n
    return run


@handler(Op.SetKeyedProperty)
def set_keyed_property(d, r, rk):
    n = d.next
    strict = bool(getattr(d.sfi, "is_strict", False))

    def run(f):
        regs = f.regs
        o = regs[r]
        key = regs[rk]
        if o.__class__ is JSArray and key.__class__ is float:
            el = o.elements
            if el is not None and 0 <= key < len(el):
                i = int(key)
                if i == key and el[i] is not EMPTY:
                    el[i] = f.acc
                    return n
        set_keyed(f.realm, o, key, f.acc, strict)
        return n
    return run


@handler(Op.DefineNamedOwnProperty)
def define_named_own_property(d, r, idx):
    n = d.next
    name = d.constants[idx]

    def run(f):
        o = f.regs[r]
        if o.__class__ is JSObject and o.extensible and (o.flags is None or name not in o.flags):
            o.props[name] = f.acc
        else:
            CreateDataPropertyOrThrow(o, name, f.acc)
        return n
    return run


@handler(Op.DefineKeyedOwnPropertyInLiteral)
def define_keyed_own_property_in_literal(d, r, rk, flags):
    n = d.next
    set_name = bool(flags & DEFINE_SET_FUNCTION_NAME)
    enumerable = bool(flags & DEFINE_ENUMERABLE)

    def run(f):
        regs = f.regs
        o = regs[r]
        key = ToPropertyKey(regs[rk])
        value = f.acc
        if set_name:
            from scopejs.interpreter.runtime_functions import set_function_name
            set_function_name(value, key, None)
        DefinePropertyOrThrow(o, key, PropertyDescriptor(value, True, None, None, enumerable,
                                                         True))
        return n
    return run


@handler(Op.StaInArrayLiteral)
def sta_in_array_literal(d, r, ri):
    n = d.next

    def run(f):
        regs = f.regs
        o = regs[r]
        index = regs[ri]
        if o.__class__ is JSArray and o.elements is not None and index.__class__ is float \
                and index == len(o.elements):
            o.elements.append(f.acc)
        else:
            CreateDataPropertyOrThrow(o, ToPropertyKey(index), f.acc)
        return n
    return run


def _delete(strict):
    def make(d, r):
        n = d.next

        def run(f):
            o = f.regs[r]
            key = f.acc
            if not isinstance(o, JSObject):
                from scopejs.runtime.abstract_ops.type_conversion import ToObject
                o = ToObject(o) if o.__class__ not in (UNDEFINED.__class__,) else o
                if not isinstance(o, JSObject):
                    throw_type_error(f"Cannot convert undefined or null to object")
            k = ToPropertyKey(key)
            ok = o.Delete(k)
            if not ok and strict:
                k_text = k if k.__class__ is str else k.descriptive_string()
                throw_type_error(f"Cannot delete property '{k_text}' of "
                                 f"{describe_for_error(f.regs[r])}")
            f.acc = ok
            return n
        return run
    return make


handler(Op.DeletePropertyStrict)(_delete(True))
handler(Op.DeletePropertySloppy)(_delete(False))


@handler(Op.CreateObjectLiteral)
def create_object_literal(d, idx, flags):
    n = d.next
    boilerplate = d.constants[idx]
    template = {}
    for key, value in boilerplate.properties:
        template[key] = UNDEFINED if value is None else (
            float(value) if value.__class__ is int else value)

    def run(f):
        o = JSObject(f.realm.object_prototype)
        o.props = template.copy()
        f.acc = o
        return n
    return run


@handler(Op.CreateArrayLiteral)
def create_array_literal(d, idx, flags):
    n = d.next
    boilerplate = d.constants[idx]
    template = [EMPTY if v is ARRAY_HOLE else (float(v) if v.__class__ is int else v)
                for v in boilerplate.elements]

    def run(f):
        f.acc = JSArray(f.realm.array_prototype, template[:])
        return n
    return run


@handler(Op.CreateEmptyObjectLiteral)
def create_empty_object_literal(d):
    n = d.next

    def run(f):
        f.acc = JSObject(f.realm.object_prototype)
        return n
    return run


@handler(Op.CreateEmptyArrayLiteral)
def create_empty_array_literal(d):
    n = d.next

    def run(f):
        f.acc = JSArray(f.realm.array_prototype, [])
        return n
    return run


@handler(Op.CreateRegExpLiteral)
def create_regexp_literal(d, pattern_idx, flags_idx):
    n = d.next
    pattern = d.constants[pattern_idx]
    flags = d.constants[flags_idx]

    def run(f):
        ctor = f.realm.intrinsics.get("%RegExp%")
        if ctor is None:
            throw_type_error("RegExp is not supported yet")
        f.acc = ctor.Construct([pattern, flags], ctor)
        return n
    return run


@handler(Op.GetTemplateObject)
def get_template_object(d, idx):
    n = d.next
    description = d.constants[idx]

    def run(f):
        cache = description.cache
        realm = f.realm
        if cache is None:
            cache = description.cache = {}
        obj = cache.get(id(realm))
        if obj is None:
            obj = _make_template_object(realm, description)
            cache[id(realm)] = obj
        f.acc = obj
        return n
    return run


def _make_template_object(realm, description):
    """13.2.8.4 GetTemplateObject steps 4-14: frozen arrays of cooked and raw strings."""
    from scopejs.runtime.abstract_ops.object_operations import SetIntegrityLevel
    cooked = realm.new_array([UNDEFINED if c is None else c for c in description.cooked])
    raw = realm.new_array(list(description.raw))
    SetIntegrityLevel(raw, "frozen")
    cooked.define_own_value("raw", raw, 0)
    SetIntegrityLevel(cooked, "frozen")
    return cooked


@handler(Op.CloneObject)
def clone_object(d, r, flags):
    n = d.next

    def run(f):
        target = JSObject(f.realm.object_prototype)
        CopyDataProperties(target, f.regs[r], ())
        f.acc = target
        return n
    return run


@handler(Op.CreateArrayFromList)
def create_array_from_list(d, first, count):
    n = d.next
    end = first + count

    def run(f):
        f.acc = JSArray(f.realm.array_prototype, f.regs[first:end])
        return n
    return run
