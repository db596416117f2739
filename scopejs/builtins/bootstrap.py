"""Build a Realm's intrinsics from the declarations (9.3.2 CreateIntrinsics, 9.3.3
SetRealmGlobalObject, 9.3.4 SetDefaultGlobalBindings).

Every built-ins module is imported from BUILTIN_MODULES (its import registers declarations in
declare.REGISTRY). Instantiation has two phases, so nobody orders intrinsics by hand:
  1. allocate every intrinsic object (prototypes still unset);
  2. resolve each [[Prototype]] by name, link constructor <-> prototype, then fill every
     declared property in declaration order.
"""
from __future__ import annotations

import importlib

from scopejs.builtins import declare
from scopejs.errors import EngineInternalError
from scopejs.runtime.environments import GlobalEnvironment
from scopejs.runtime.execution import Agent
from scopejs.runtime.objects.functions import (
    BuiltinConstructor, BuiltinFunction, CreateBuiltinFunction, builtin_arity,
    function_name_of_key,
)
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import C, NONE, WC
from scopejs.runtime.realm import Realm
from scopejs.runtime.values import NULL, SYMBOL_TO_STRING_TAG, UNDEFINED

__all__ = ["create_realm", "BUILTIN_MODULES", "load_builtin_modules"]

# Every built-ins module, by name. A module listed here that does not exist yet is skipped
# (other engineers add theirs); an import error *inside* an existing module is raised.
BUILTIN_MODULES = (
    "object", "function", "error", "symbol", "boolean", "global_functions", "reflect",
    "iterator", "iterator_helpers", "array", "array_iterator", "string", "string_iterator", "number", "bigint",
    "math", "json", "map", "set", "weak",
    "promise", "generator", "async", "date", "regexp", "proxy", "typed_array", "array_buffer",
    "data_view",
    "intl", "console",
)

GLOBAL_OBJECT = "%GlobalObject%"    # declarations may add properties to the global object

_loaded = False


def load_builtin_modules() -> None:
    global _loaded
    if _loaded:
        return
    for mod in BUILTIN_MODULES:
        full = f"scopejs.builtins.{mod}"
        try:
            importlib.import_module(full)
        except ModuleNotFoundError as exc:
            if exc.name != full:
                raise
    _loaded = True


def create_realm(agent: Agent | None = None) -> Realm:
    """9.3.1 InitializeHostDefinedRealm: a Realm with every intrinsic, the global
    object and the global environment. The agent becomes the surrounding agent."""
    load_builtin_modules()
    if agent is None:
        agent = Agent()
    agent.activate()
    realm = Realm(agent)
    previous = agent.current_realm
    agent.current_realm = realm
    try:
        _instantiate(realm)
    except BaseException:
        agent.current_realm = previous
        raise
    return realm


def _instantiate(realm: Realm) -> None:
    registry = declare.REGISTRY
    intrinsics = realm.intrinsics
    if GLOBAL_OBJECT not in registry:
        declare.intrinsic(GLOBAL_OBJECT)

    # Phase 1: allocate.
    for name, decl in registry.items():
        if decl.kind == "object":
            obj = decl.create(realm) if decl.create is not None else JSObject(NULL)
        else:
            if decl.behavior_fn is None:
                raise EngineInternalError(f"{name} has no behaviour")
            nparams, varargs = builtin_arity(decl.behavior_fn)
            if decl.kind == "constructor":
                obj = BuiltinConstructor(realm, decl.behavior_fn, nparams, varargs, NULL)
            else:
                obj = BuiltinFunction(realm, decl.behavior_fn, nparams, varargs, NULL)
        intrinsics[name] = obj
    if "%Array.prototype%" not in intrinsics:
        # Until builtins/array.py declares it: arrays still need an (exotic) prototype.
        intrinsics["%Array.prototype%"] = JSArray(realm.intrinsics["%Object.prototype%"])
    realm.object_prototype = intrinsics.get("%Object.prototype%")
    realm.function_prototype = intrinsics.get("%Function.prototype%")
    realm.array_prototype = intrinsics.get("%Array.prototype%")
    realm.string_prototype = intrinsics["%String.prototype%"]
    if realm.object_prototype is None or realm.function_prototype is None:
        raise EngineInternalError("bootstrap: %Object.prototype% and %Function.prototype% "
                                  "must be declared")

    # Phase 2a: prototypes, function length/name, early entries, then constructor <->
    # prototype links (node's key order: length, name, prototype / constructor first).
    for name, decl in registry.items():
        obj = intrinsics[name]
        obj.proto = NULL if decl.prototype is None else _resolve(realm, decl.prototype, name)
        if decl.kind != "object":
            obj.define_own_value("length", float(decl.length), C)
            obj.define_own_value("name", decl.fn_name, C)
        for entry in decl.entries:
            if entry.early:
                _install(realm, obj, entry, name)
    for name, decl in registry.items():
        obj = intrinsics[name]
        if decl.kind == "constructor" and decl.instance_prototype is not None:
            proto = _resolve(realm, decl.instance_prototype, name)
            obj.define_own_value("prototype", proto, NONE)
            proto.define_own_value("constructor", obj, WC)

    # Phase 2b: declared properties.
    for name, decl in registry.items():
        obj = intrinsics[name]
        for entry in decl.entries:
            if not entry.early:
                _install(realm, obj, entry, name)
        if decl.to_string_tag is not None:
            obj.define_own_value(SYMBOL_TO_STRING_TAG, decl.to_string_tag, C)
    for name, decl in registry.items():
        for fn in decl.finalizers:
            fn(realm, intrinsics[name])

    # 9.3.3 SetDefaultGlobalBindings (and the global object set-up before it)
    global_object = intrinsics[GLOBAL_OBJECT]
    global_object.proto = realm.object_prototype
    for name, decl in registry.items():
        if decl.global_name is not None:
            global_object.define_own_value(decl.global_name, intrinsics[name], WC)
    realm.global_object = global_object
    realm.global_env = GlobalEnvironment(global_object)


def _resolve(realm: Realm, ref: str, where: str):
    try:
        return realm.intrinsics[ref]
    except KeyError:
        raise EngineInternalError(f"bootstrap: {where} refers to undeclared {ref}") from None


def _install(realm: Realm, obj: JSObject, entry, where: str) -> None:
    kind = entry.kind
    key = entry.key
    if kind == "method":
        fn = CreateBuiltinFunction(entry.payload, entry.length,
                                   entry.fn_name if entry.fn_name is not None else key, realm)
        obj.define_own_value(key, fn, entry.flags)
        if entry.intrinsic_name is not None:
            realm.intrinsics[entry.intrinsic_name] = fn
    elif kind == "accessor":
        getter = setter = UNDEFINED
        base = entry.fn_name if entry.fn_name is not None else function_name_of_key(key)
        if entry.payload is not None:
            getter = CreateBuiltinFunction(entry.payload, 0, base, realm, prefix="get")
            if entry.intrinsic_name is not None:
                realm.intrinsics[entry.intrinsic_name] = getter
        if entry.setter is not None:
            setter = CreateBuiltinFunction(entry.setter, 1, base, realm, prefix="set")
        obj.define_own_accessor(key, getter, setter, entry.flags)
    elif kind == "accessor_ref":
        get_ref, set_ref = entry.payload
        obj.define_own_accessor(
            key, UNDEFINED if get_ref is None else _resolve(realm, get_ref, where),
            UNDEFINED if set_ref is None else _resolve(realm, set_ref, where), entry.flags)
    elif kind == "value":
        obj.define_own_value(key, entry.payload, entry.flags)
    elif kind == "ref":
        obj.define_own_value(key, _resolve(realm, entry.payload, where), entry.flags)
    elif kind == "compute":
        obj.define_own_value(key, entry.payload(realm), entry.flags)
    elif kind == "alias":
        if entry.payload not in obj.props:
            raise EngineInternalError(f"bootstrap: {where} alias of undeclared {entry.payload!r}")
        obj.define_own_value(key, obj.props[entry.payload], entry.flags)
    else:
        raise EngineInternalError(f"bootstrap: unknown entry kind {kind}")
