"""Globals (UNALLOCATED variables), dynamic lookups (LOOKUP: with / sloppy eval) and module
variables."""
from __future__ import annotations

from scopejs.bytecode.opcodes import Op
from scopejs.interpreter.dispatch import handler
from scopejs.interpreter import lookup
from scopejs.runtime.objects.ordinary import MISSING
from scopejs.runtime.property import Accessor
from scopejs.runtime.values import HOLE


class _GlobalCache:
    """The realm's global dicts, cached per instruction (a script's code runs in one realm)."""
    __slots__ = ("realm", "env", "lexical", "props", "global_object")

    def __init__(self):
        self.realm = None

    def refresh(self, realm):
        self.realm = realm
        self.env = env = realm.global_env
        self.lexical = env.lexical
        self.global_object = g = env.global_object
        self.props = g.props if g.plain_props else {}


@handler(Op.LdaGlobal)
def lda_global(d, idx):
    n = d.next
    name = d.constants[idx]
    cache = _GlobalCache()

    def run(f):
        if f.realm is not cache.realm:
            cache.refresh(f.realm)
        v = cache.lexical.get(name, MISSING)
        if v is MISSING:
            v = cache.props.get(name, MISSING)
            if v is MISSING or v.__class__ is Accessor:
                v = cache.env.get_global(name)
        elif v is HOLE:
            v = cache.env.get_global(name)
        f.acc = v
        return n
    return run


@handler(Op.LdaGlobalInsideTypeof)
def lda_global_inside_typeof(d, idx):
    n = d.next
    name = d.constants[idx]

    def run(f):
        f.acc = f.realm.global_env.typeof_global(name)
        return n
    return run


@handler(Op.StaGlobal)
def sta_global(d, idx):
    n = d.next
    name = d.constants[idx]
    strict = bool(getattr(d.sfi, "is_strict", False))
    cache = _GlobalCache()

    def run(f):
        if f.realm is not cache.realm:
            cache.refresh(f.realm)
        if name not in cache.lexical:
            props = cache.props
            if name in props:
                fl = cache.global_object.flags
                if fl is None or fl.get(name, 7) & 1:   # a writable data property
                    props[name] = f.acc
                    return n
        cache.env.set_global(name, f.acc, strict)
        return n
    return run


@handler(Op.LdaLookupSlot)
def lda_lookup_slot(d, idx):
    n = d.next
    name = d.constants[idx]

    def run(f):
        f.acc = lookup.get_binding_value(f, name, False)
        return n
    return run


@handler(Op.LdaLookupSlotInsideTypeof)
def lda_lookup_slot_inside_typeof(d, idx):
    n = d.next
    name = d.constants[idx]

    def run(f):
        f.acc = lookup.get_binding_value(f, name, True)
        return n
    return run


@handler(Op.StaLookupSlot)
def sta_lookup_slot(d, idx, flag):
    n = d.next
    name = d.constants[idx]
    strict = bool(flag & 1)

    def run(f):
        lookup.set_binding_value(f, name, f.acc, strict)
        return n
    return run


@handler(Op.LdaModuleVariable)
def lda_module_variable(d, idx):
    n = d.next
    binding = d.constants[idx]

    def run(f):
        f.acc = f.realm.agent.modules.load_variable(f, binding)
        return n
    return run


@handler(Op.StaModuleVariable)
def sta_module_variable(d, idx):
    n = d.next
    binding = d.constants[idx]

    def run(f):
        f.realm.agent.modules.store_variable(f, binding, f.acc)
        return n
    return run
