"""10.5 Proxy Object Internal Methods and Internal Slots.

``JSProxy`` (target not callable) and ``JSCallableProxy`` (target callable: has [[Call]], and
[[Construct]] iff the target is a constructor). [[ProxyTarget]] is ``proxy_target`` and
[[ProxyHandler]] ``proxy_handler``; both become NULL when the proxy is revoked.
"""
from __future__ import annotations

from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import (
    MISSING, JSObject, is_compatible_property_descriptor,
)
from scopejs.runtime.property import WEC
from scopejs.runtime.values import NULL, UNDEFINED, JSSymbol, SameValue

__all__ = ["JSProxy", "JSCallableProxy", "ProxyCreate"]


def _key_text(key) -> str:
    return key.descriptive_string() if isinstance(key, JSSymbol) else key


class ProxyMethods:
    """The proxy internal methods, shared by the callable and non-callable proxy classes."""

    __slots__ = ()

    plain_props = False
    index_exotic = False
    ordinary_get_set = False
    ordinary_get_prototype_of = False

    def _check(self, trap_name: str):
        """ValidateNonRevokedProxy + GetMethod(handler, trap): (target, handler, trap)."""
        handler = self.proxy_handler
        if handler is NULL:
            throw_type_error(f"Cannot perform '{trap_name}' on a proxy that has been revoked")
        from scopejs.runtime.abstract_ops.object_operations import GetMethod
        return self.proxy_target, handler, GetMethod(handler, trap_name)

    def own_slot(self, key):
        return MISSING  # diagnostics never run traps

    def own_flags(self, key) -> int:
        return WEC

    def is_array_proxy(self) -> bool:
        """7.2.2 IsArray step 3 for proxies."""
        if self.proxy_handler is NULL:
            throw_type_error("Cannot perform 'IsArray' on a proxy that has been revoked")
        from scopejs.runtime.abstract_ops.testing_comparison import IsArray
        return IsArray(self.proxy_target)

    def get_index(self, index: int):
        return self.Get(str(index), self)

    def set_index(self, index: int, value) -> bool:
        return self.Set(str(index), value, self)

    # 10.5.1 [[GetPrototypeOf]] ( )
    def GetPrototypeOf(self):  # noqa: N802
        target, handler, trap = self._check("getPrototypeOf")
        if trap is UNDEFINED:
            return target.GetPrototypeOf()
        handler_proto = trap.Call(handler, [target])
        if not isinstance(handler_proto, JSObject) and handler_proto is not NULL:
            throw_type_error("'getPrototypeOf' on proxy: trap returned neither object nor null")
        if target.IsExtensible():
            return handler_proto
        if handler_proto is not target.GetPrototypeOf():
            throw_type_error("'getPrototypeOf' on proxy: proxy target is non-extensible but the "
                             "trap did not return its actual prototype")
        return handler_proto

    # 10.5.2 [[SetPrototypeOf]] ( V )
    def SetPrototypeOf(self, value) -> bool:  # noqa: N802
        target, handler, trap = self._check("setPrototypeOf")
        if trap is UNDEFINED:
            return target.SetPrototypeOf(value)
        if not _to_boolean(trap.Call(handler, [target, value])):
            return False
        if target.IsExtensible():
            return True
        if value is not target.GetPrototypeOf():
            throw_type_error("'setPrototypeOf' on proxy: trap returned truish for setting a new "
                             "prototype on the non-extensible proxy target")
        return True

    # 10.5.3 [[IsExtensible]] ( )
    def IsExtensible(self) -> bool:  # noqa: N802
        target, handler, trap = self._check("isExtensible")
        if trap is UNDEFINED:
            return target.IsExtensible()
        result = _to_boolean(trap.Call(handler, [target]))
        if result != target.IsExtensible():
            throw_type_error(f"'isExtensible' on proxy: trap result does not reflect "
                             f"extensibility of proxy target (which is '{str(not result).lower()}')")
        return result

    # 10.5.4 [[PreventExtensions]] ( )
    def PreventExtensions(self) -> bool:  # noqa: N802
        target, handler, trap = self._check("preventExtensions")
        if trap is UNDEFINED:
            return target.PreventExtensions()
        result = _to_boolean(trap.Call(handler, [target]))
        if result and target.IsExtensible():
            throw_type_error("'preventExtensions' on proxy: trap returned truish but the proxy "
                             "target is extensible")
        return result

    # 10.5.5 [[GetOwnProperty]] ( P )
    def GetOwnProperty(self, key):  # noqa: N802
        target, handler, trap = self._check("getOwnPropertyDescriptor")
        if trap is UNDEFINED:
            return target.GetOwnProperty(key)
        result_obj = trap.Call(handler, [target, key])
        if not isinstance(result_obj, JSObject) and result_obj is not UNDEFINED:
            throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned neither object "
                             f"nor undefined for property '{_key_text(key)}'")
        target_desc = target.GetOwnProperty(key)
        if result_obj is UNDEFINED:
            if target_desc is None:
                return None
            if not target_desc.configurable:
                throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned undefined "
                                 f"for property '{_key_text(key)}' which is non-configurable in "
                                 "the proxy target")
            if not target.IsExtensible():
                throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned undefined "
                                 f"for property '{_key_text(key)}' which exists in the "
                                 "non-extensible proxy target")
            return None
        extensible = target.IsExtensible()
        from scopejs.runtime.abstract_ops.object_operations import ToPropertyDescriptor
        result_desc = ToPropertyDescriptor(result_obj).complete()
        if not is_compatible_property_descriptor(extensible, result_desc, target_desc):
            throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned descriptor for "
                             f"property '{_key_text(key)}' that is incompatible with the existing "
                             "property in the proxy target")
        if not result_desc.configurable:
            if target_desc is None or target_desc.configurable:
                throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap reported "
                                 f"non-configurability for property '{_key_text(key)}' which is "
                                 "either non-existent or configurable in the proxy target")
            if result_desc.writable is False and target_desc.writable:
                throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap reported "
                                 f"non-configurable and writable for property "
                                 f"'{_key_text(key)}' which is non-configurable, non-writable in "
                                 "the proxy target")
        return result_desc

    # 10.5.6 [[DefineOwnProperty]] ( P, Desc )
    def DefineOwnProperty(self, key, desc) -> bool:  # noqa: N802
        target, handler, trap = self._check("defineProperty")
        if trap is UNDEFINED:
            return target.DefineOwnProperty(key, desc)
        from scopejs.runtime.abstract_ops.object_operations import FromPropertyDescriptor
        if not _to_boolean(trap.Call(handler, [target, key, FromPropertyDescriptor(desc)])):
            return False
        target_desc = target.GetOwnProperty(key)
        extensible = target.IsExtensible()
        setting_config_false = desc.configurable is False
        if target_desc is None:
            if not extensible:
                throw_type_error(f"'defineProperty' on proxy: trap returned truish for adding "
                                 f"property '{_key_text(key)}'  to the non-extensible proxy target")
            if setting_config_false:
                throw_type_error(f"'defineProperty' on proxy: trap returned truish for defining "
                                 f"non-configurable property '{_key_text(key)}' which is either "
                                 "non-existent or configurable in the proxy target")
        else:
            if not is_compatible_property_descriptor(extensible, desc, target_desc):
                throw_type_error(f"'defineProperty' on proxy: trap returned truish for adding "
                                 f"property '{_key_text(key)}'  that is incompatible with the "
                                 "existing property in the proxy target")
            if setting_config_false and target_desc.configurable:
                throw_type_error(f"'defineProperty' on proxy: trap returned truish for defining "
                                 f"non-configurable property '{_key_text(key)}' which is either "
                                 "non-existent or configurable in the proxy target")
            if target_desc.is_data() and not target_desc.configurable and \
                    target_desc.writable and desc.writable is False:
                throw_type_error(f"'defineProperty' on proxy: trap returned truish for defining "
                                 f"non-configurable property '{_key_text(key)}' which cannot be "
                                 "non-writable, unless there exists a corresponding "
                                 "non-configurable, non-writable own property of the target "
                                 "object.")
        return True

    # 10.5.7 [[HasProperty]] ( P )
    def HasProperty(self, key) -> bool:  # noqa: N802
        target, handler, trap = self._check("has")
        if trap is UNDEFINED:
            return target.HasProperty(key)
        result = _to_boolean(trap.Call(handler, [target, key]))
        if not result:
            target_desc = target.GetOwnProperty(key)
            if target_desc is not None:
                if not target_desc.configurable:
                    throw_type_error(f"'has' on proxy: trap returned falsish for property "
                                     f"'{_key_text(key)}' which exists in the proxy target as "
                                     "non-configurable")
                if not target.IsExtensible():
                    throw_type_error(f"'has' on proxy: trap returned falsish for property "
                                     f"'{_key_text(key)}' but the proxy target is not extensible")
        return result

    # 10.5.8 [[Get]] ( P, Receiver )
    def Get(self, key, receiver):  # noqa: N802
        target, handler, trap = self._check("get")
        if trap is UNDEFINED:
            return target.Get(key, receiver)
        result = trap.Call(handler, [target, key, receiver])
        target_desc = target.GetOwnProperty(key)
        if target_desc is not None and not target_desc.configurable:
            if target_desc.is_data() and not target_desc.writable and \
                    not SameValue(result, target_desc.value):
                throw_type_error(f"'get' on proxy: property '{_key_text(key)}' is a read-only and "
                                 "non-configurable data property on the proxy target but the "
                                 "proxy did not return its actual value")
            if target_desc.is_accessor() and target_desc.get is UNDEFINED and \
                    result is not UNDEFINED:
                throw_type_error(f"'get' on proxy: property '{_key_text(key)}' is a "
                                 "non-configurable accessor property on the proxy target and "
                                 "does not have a getter function, but the trap did not return "
                                 "'undefined'")
        return result

    # 10.5.9 [[Set]] ( P, V, Receiver )
    def Set(self, key, value, receiver) -> bool:  # noqa: N802
        target, handler, trap = self._check("set")
        if trap is UNDEFINED:
            return target.Set(key, value, receiver)
        if not _to_boolean(trap.Call(handler, [target, key, value, receiver])):
            return False
        target_desc = target.GetOwnProperty(key)
        if target_desc is not None and not target_desc.configurable:
            if target_desc.is_data() and not target_desc.writable and \
                    not SameValue(value, target_desc.value):
                throw_type_error(f"'set' on proxy: trap returned truish for property "
                                 f"'{_key_text(key)}' which exists in the proxy target as a "
                                 "non-configurable and non-writable data property with a "
                                 "different value")
            if target_desc.is_accessor() and target_desc.set is UNDEFINED:
                throw_type_error(f"'set' on proxy: trap returned truish for property "
                                 f"'{_key_text(key)}' which exists in the proxy target as a "
                                 "non-configurable and non-writable accessor property without a "
                                 "setter")
        return True

    # 10.5.10 [[Delete]] ( P )
    def Delete(self, key) -> bool:  # noqa: N802
        target, handler, trap = self._check("deleteProperty")
        if trap is UNDEFINED:
            return target.Delete(key)
        if not _to_boolean(trap.Call(handler, [target, key])):
            return False
        target_desc = target.GetOwnProperty(key)
        if target_desc is None:
            return True
        if not target_desc.configurable:
            throw_type_error(f"'deleteProperty' on proxy: trap returned truish for property "
                             f"'{_key_text(key)}' which is non-configurable in the proxy target")
        if not target.IsExtensible():
            throw_type_error(f"'deleteProperty' on proxy: trap returned truish for property "
                             f"'{_key_text(key)}' but the proxy target is non-extensible")
        return True

    # 10.5.11 [[OwnPropertyKeys]] ( )
    def OwnPropertyKeys(self) -> list:  # noqa: N802
        target, handler, trap = self._check("ownKeys")
        if trap is UNDEFINED:
            return target.OwnPropertyKeys()
        from scopejs.runtime.abstract_ops.object_operations import CreateListFromArrayLike
        result_array = trap.Call(handler, [target])
        if not isinstance(result_array, JSObject):
            throw_type_error("CreateListFromArrayLike called on non-object")
        trap_result = CreateListFromArrayLike(result_array, "property-key")
        if len(set(trap_result)) != len(trap_result):
            throw_type_error("'ownKeys' on proxy: trap returned duplicate entries")
        extensible = target.IsExtensible()
        target_keys = target.OwnPropertyKeys()
        configurable_keys = []
        nonconfigurable_keys = []
        for k in target_keys:
            d = target.GetOwnProperty(k)
            if d is not None and not d.configurable:
                nonconfigurable_keys.append(k)
            else:
                configurable_keys.append(k)
        if extensible and not nonconfigurable_keys:
            return trap_result
        unchecked = list(trap_result)
        for k in nonconfigurable_keys:
            if k not in unchecked:
                throw_type_error(f"'ownKeys' on proxy: trap result did not include "
                                 f"'{_key_text(k)}'")
            unchecked.remove(k)
        if extensible:
            return trap_result
        for k in configurable_keys:
            if k not in unchecked:
                throw_type_error(f"'ownKeys' on proxy: trap result did not include "
                                 f"'{_key_text(k)}'")
            unchecked.remove(k)
        if unchecked:
            throw_type_error("'ownKeys' on proxy: trap returned extra keys but proxy target is "
                             "non-extensible")
        return trap_result


def _to_boolean(value) -> bool:
    from scopejs.runtime.abstract_ops.type_conversion import ToBoolean
    return ToBoolean(value)


class JSProxy(ProxyMethods, JSObject):
    """A Proxy whose target is not callable."""
    __slots__ = ("proxy_target", "proxy_handler")
    class_name = "Object"


class JSCallableProxy(ProxyMethods, JSFunctionBase):
    """A Proxy whose target is callable (10.5.12 [[Call]], 10.5.13 [[Construct]])."""
    __slots__ = ("proxy_target", "proxy_handler")
    class_name = "Function"

    # 10.5.12 [[Call]] ( thisArgument, argumentsList )
    def Call(self, this, args):  # noqa: N802
        target, handler, trap = self._check("apply")
        if trap is UNDEFINED:
            return target.Call(this, args)
        from scopejs.runtime.abstract_ops.object_operations import CreateArrayFromList
        return trap.Call(handler, [target, this, CreateArrayFromList(args)])

    # 10.5.13 [[Construct]] ( argumentsList, newTarget )
    def Construct(self, args, new_target):  # noqa: N802
        if not self.is_constructor:
            return JSFunctionBase.Construct(self, args, new_target)
        target, handler, trap = self._check("construct")
        if trap is UNDEFINED:
            return target.Construct(args, new_target)
        from scopejs.runtime.abstract_ops.object_operations import CreateArrayFromList
        new_obj = trap.Call(handler, [target, CreateArrayFromList(args), new_target])
        if not isinstance(new_obj, JSObject):
            throw_type_error("proxy [[Construct]] must return an object")
        return new_obj

    def debug_name(self) -> str:
        return ""


# 10.5.15 ProxyCreate ( target, handler )
def ProxyCreate(target, handler):  # noqa: N802
    if not isinstance(target, JSObject) or not isinstance(handler, JSObject):
        throw_type_error("Cannot create proxy with a non-object as target or handler")
    if isinstance(target, JSFunctionBase):
        proxy = JSCallableProxy(NULL, target.realm, target.is_constructor)
    else:
        proxy = JSProxy(NULL)
    proxy.proxy_target = target
    proxy.proxy_handler = handler
    return proxy


