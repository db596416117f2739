"""Support functions the opcode templates (interpreter/bytecodes.py) call: decode-time
preparation of constants, and the slow or rare paths that are too long to inline.  Each is the
one implementation; the templates keep only the fast paths."""
from __future__ import annotations

from scopejs.bytecode.constant_pool import ARRAY_HOLE, BigIntLiteral
from scopejs.bytecode.runtime_functions import RuntimeFunction
from scopejs.errors import EngineInternalError
from scopejs.runtime.abstract_ops.object_operations import describe_for_error
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import C, WEC, Accessor
from scopejs.runtime.values import EMPTY, HOLE, UNDEFINED, JSBigInt


# ---- decode time ---------------------------------------------------------------------------

def constant_value(constant):
    """The JS value of a constant-pool entry loaded by LdaConstant (ints are Numbers)."""
    if constant.__class__ is BigIntLiteral:
        return JSBigInt(constant.value)
    if constant.__class__ is int:
        return float(constant)
    return constant


def is_strict(sfi) -> bool:
    """Strictness of the code an instruction belongs to (script code without an SFI: sloppy)."""
    return bool(sfi is not None and sfi.is_strict)


def initial_slots(scope_info, count=None):
    """The slot list a new Context of ``scope_info`` starts with (lexicals are the hole);
    cached on the ScopeInfo, returned as a fresh copy."""
    template = scope_info.initial_slots
    if template is None:
        size = len(scope_info.names) if count is None else max(count, len(scope_info.names))
        template = [UNDEFINED] * size
        for i in scope_info.lexical_slots:
            template[i] = HOLE
        if scope_info.has_extension:
            template.append(None)   # the eval extension (a dict of var bindings) when present
        scope_info.initial_slots = template
    return template[:]


def object_literal_template(boilerplate) -> dict:
    """The props dict a CreateObjectLiteral copies (constant values in place)."""
    template = {}
    for key, value in boilerplate.properties:
        template[key] = UNDEFINED if value is None else (
            float(value) if value.__class__ is int else value)
    return template


def array_literal_template(boilerplate) -> list:
    """The element list a CreateArrayLiteral copies (holes stay holes)."""
    return [EMPTY if v is ARRAY_HOLE else (float(v) if v.__class__ is int else v)
            for v in boilerplate.elements]


def runtime_implementation(function_id):
    """The implementation of CallRuntime's function ``function_id`` (fails loudly if absent)."""
    from scopejs.interpreter.runtime_functions import RUNTIME_IMPLEMENTATIONS
    impl = RUNTIME_IMPLEMENTATIONS.get(RuntimeFunction(function_id))
    if impl is None:
        raise EngineInternalError(f"CallRuntime {RuntimeFunction(function_id).name} "
                                  f"is not implemented")
    return impl


class GlobalCache:
    """The realm's global dicts, cached per instruction (a script's code runs in one realm).

    ``stable``: the global object has ``name`` as a non-configurable data property (a
    top-level ``var`` or function declaration).  Such a property stays in ``props`` as a data
    property for the realm's lifetime (it cannot be deleted or redefined as an accessor,
    10.1.6.3 ValidateAndApplyPropertyDescriptor) and no lexical binding can ever shadow it
    (9.1.1.4.13 HasRestrictedGlobalProperty makes GlobalDeclarationInstantiation throw), so
    reading ``props[name]`` is GetBindingValue.  Decided when the cache is filled for a realm:
    a declaration made later leaves the instruction on the general path."""
    __slots__ = ("name", "realm", "env", "lexical", "props", "global_object", "stable")

    def __init__(self, name):
        self.name = name
        self.realm = None
        self.stable = False

    def refresh(self, realm):
        self.realm = realm
        self.env = env = realm.global_env
        self.lexical = env.lexical
        self.global_object = g = env.global_object
        self.props = props = g.props if g.plain_props else {}
        name = self.name
        flags = g.flags
        self.stable = (name in props and props[name].__class__ is not Accessor
                       and flags is not None and not flags.get(name, WEC) & C)


# ---- run time ------------------------------------------------------------------------------

def int32(x: int) -> int:
    """ToInt32 of a Python int (wrap to the signed 32-bit range)."""
    i = x & 0xFFFFFFFF
    return i - 0x100000000 if i & 0x80000000 else i


# The int fast paths of the shift operators on int32 operands (13.9.1-3, 6.1.6.1.9-11).
def int32_shift_left(a: int, b: int) -> int:
    return int32(a << (b & 31))


def int32_shift_right(a: int, b: int) -> int:
    return a >> (b & 31)


def int32_shift_right_logical(a: int, b: int) -> int:
    return (a & 0xFFFFFFFF) >> (b & 31)


def throw_super_not_constructor(ctor, fn):
    """ThrowIfNotSuperConstructor's TypeError (V8's wording)."""
    name = fn.debug_name() if isinstance(fn, JSFunctionBase) else ""
    throw_type_error(f"Super constructor {describe_for_error(ctor)} of "
                     f"{'anonymous class' if not name else name} is not a constructor")


def create_mapped_arguments(frame):
    """10.4.4.7 CreateMappedArgumentsObject for ``frame``: parameters alias the slots of the
    function's own context."""
    from scopejs.runtime.objects.arguments import CreateMappedArgumentsObject
    info = frame.bytecode.sfi.scope_info
    slots = info.parameter_slots if info is not None else ()
    c = frame.context
    while c is not None and info is not None and c.scope_info is not info:
        c = c.previous
    return CreateMappedArgumentsObject(frame.realm, frame.regs[0], frame.arguments,
                                       c if c is not None else frame.context, slots)


def delete_property(obj, key, strict):
    """13.5.1.2 delete obj[key]: the result of [[Delete]]; TypeError in strict code when the
    property is non-configurable."""
    from scopejs.runtime.abstract_ops.type_conversion import ToObject, ToPropertyKey
    o = obj
    if not isinstance(o, JSObject):
        o = ToObject(o) if o is not UNDEFINED else o
        if not isinstance(o, JSObject):
            throw_type_error("Cannot convert undefined or null to object")
    k = ToPropertyKey(key)
    ok = o.Delete(k)
    if not ok and strict:
        k_text = k if k.__class__ is str else k.descriptive_string()
        throw_type_error(f"Cannot delete property '{k_text}' of {describe_for_error(obj)}")
    return ok


def create_regexp(realm, pattern, flags):
    """22.2.3.1 RegExpCreate for a literal."""
    ctor = realm.intrinsics.get("%RegExp%")
    if ctor is None:
        throw_type_error("RegExp is not supported yet")
    return ctor.Construct([pattern, flags], ctor)


def get_template_object(realm, description):
    """13.2.8.4 GetTemplateObject: cached per site and realm."""
    cache = description.cache
    if cache is None:
        cache = description.cache = {}
    obj = cache.get(id(realm))
    if obj is None:
        obj = _make_template_object(realm, description)
        cache[id(realm)] = obj
    return obj


def _make_template_object(realm, description):
    """13.2.8.4 GetTemplateObject steps 4-14: frozen arrays of cooked and raw strings."""
    from scopejs.runtime.abstract_ops.object_operations import SetIntegrityLevel
    cooked = realm.new_array([UNDEFINED if c is None else c for c in description.cooked])
    raw = realm.new_array(list(description.raw))
    SetIntegrityLevel(raw, "frozen")
    cooked.define_own_value("raw", raw, 0)
    SetIntegrityLevel(cooked, "frozen")
    return cooked


def get_iterator_at(frame, index, value, kind):
    """7.4.4 GetIterator for instruction ``index`` (its source text names a non-iterable)."""
    from scopejs.interpreter.iteration_support import get_iterator
    from scopejs.interpreter.messages import throw_not_iterable
    return get_iterator(value, kind, lambda: throw_not_iterable(frame, index, value))

