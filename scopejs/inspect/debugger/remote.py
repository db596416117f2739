"""CDP remote objects: JS values as Runtime.RemoteObject (with objectId and preview) and the
properties Runtime.getProperties lists, for objects, functions ([[Scopes]] included), arrays,
Map/Set and scope objects.  Reads values only: no getter runs, no property is created.
"""
from __future__ import annotations

import math

from scopejs.runtime.error_stack import error_stack_text
from scopejs.runtime.values import HOLE, NULL, UNDEFINED, JSBigInt, JSSymbol

_PREVIEW_PROPERTIES = 5


def _number(value):
    if value != value:
        return {"type": "number", "unserializableValue": "NaN", "description": "NaN"}
    if math.isinf(value):
        text = "Infinity" if value > 0 else "-Infinity"
        return {"type": "number", "unserializableValue": text, "description": text}
    if value == 0 and math.copysign(1.0, value) < 0:
        return {"type": "number", "unserializableValue": "-0", "description": "-0"}
    from scopejs.runtime.abstract_ops.numeric_types import NumberToString
    number = int(value) if value.is_integer() and abs(value) < 2 ** 53 else value
    return {"type": "number", "value": number, "description": NumberToString(value)}


def _class_name(obj) -> str:
    ctor = None
    proto = getattr(obj, "proto", None)
    if proto is not None and getattr(proto, "plain_props", False):
        ctor = proto.props.get("constructor")
    name = ctor.debug_name() if hasattr(ctor, "debug_name") else ""
    return name or getattr(obj, "class_name", "Object") or "Object"


def _own_data(obj):
    """[(key, PropertyDescriptor)] of ``obj``'s own string-keyed properties (no getter runs)."""
    out = []
    for key in obj.OwnPropertyKeys():
        desc = obj.GetOwnProperty(key)
        if desc is not None:
            out.append((key, desc))
    return out


def _key_name(key) -> str:
    return key if key.__class__ is str else key.descriptive_string()


class ScopeLike:
    """A fixed list of (name, value) shown as an object's properties."""
    __slots__ = ("pairs",)

    def __init__(self, pairs):
        self.pairs = pairs


def json_value(value, depth=0):
    """returnByValue: a JSON-compatible copy of a JS value (own enumerable data properties)."""
    from scopejs.runtime.objects.arrays import JSArray
    from scopejs.runtime.objects.ordinary import JSObject
    if value is UNDEFINED or value is NULL or value is HOLE:
        return None
    if value is True or value is False or value.__class__ is str:
        return value
    if value.__class__ is float:
        return int(value) if value.is_integer() and abs(value) < 2 ** 53 else \
            (value if math.isfinite(value) else None)
    if not isinstance(value, JSObject) or depth > 20:
        return None
    items = [(k, d.value) for k, d in _own_data(value)
             if k.__class__ is str and d.enumerable and d.value is not None]
    if isinstance(value, JSArray):
        return [json_value(v, depth + 1) for k, v in items if k.isdigit()]
    return {k: json_value(v, depth + 1) for k, v in items}


class RemoteObjects:
    """objectId <-> value for one session (ids live until released or the session ends)."""

    def __init__(self):
        self.objects = {}
        self._next = 1

    def _id(self, value, kind="value"):
        object_id = f'{{"injectedScriptId":1,"id":{self._next}}}'
        self._next += 1
        self.objects[object_id] = (kind, value)
        return object_id

    def release_all(self):
        self.objects.clear()

    def get(self, object_id):
        return self.objects.get(object_id)

    # -- values -> RemoteObject ----------------------------------------------------------------
    def wrap(self, value, preview=False, by_value=False):
        from scopejs.runtime.objects.ordinary import JSObject
        if value is UNDEFINED or value is HOLE or value is None:
            return {"type": "undefined"}
        if value is NULL:
            return {"type": "object", "subtype": "null", "value": None}
        if value is True or value is False:
            return {"type": "boolean", "value": value}
        if value.__class__ is float or value.__class__ is int:
            return _number(float(value))
        if value.__class__ is str:
            return {"type": "string", "value": value}
        if value.__class__ is JSBigInt:
            return {"type": "bigint", "unserializableValue": f"{value.value}n",
                    "description": f"{value.value}n"}
        if value.__class__ is JSSymbol:
            return {"type": "symbol", "description": value.descriptive_string(),
                    "objectId": self._id(value)}
        if not isinstance(value, JSObject):
            return {"type": "undefined", "description": repr(value)}
        if by_value:
            return {"type": self._type(value), "value": json_value(value)}
        out = {"type": self._type(value)}
        subtype = self._subtype(value)
        if subtype:
            out["subtype"] = subtype
        out["className"] = "Function" if out["type"] == "function" else _class_name(value)
        out["description"] = self.describe(value)
        out["objectId"] = self._id(value)
        if preview and out["type"] == "object":
            out["preview"] = self.preview(value)
        return out

    @staticmethod
    def _type(value):
        from scopejs.runtime.objects.functions import JSFunctionBase
        return "function" if isinstance(value, JSFunctionBase) else "object"

    @staticmethod
    def _subtype(value):
        from scopejs.runtime.objects.arrays import JSArray
        if isinstance(value, JSArray):
            return "array"
        if hasattr(value, "map_data"):
            return "map"
        if hasattr(value, "set_data"):
            return "set"
        if hasattr(value, "error_data"):
            return "error"
        if getattr(value, "class_name", "") == "RegExp":
            return "regexp"
        if getattr(value, "class_name", "") == "Promise":
            return "promise"
        return None

    def describe(self, value) -> str:
        from scopejs.runtime.objects.arrays import JSArray
        from scopejs.runtime.objects.functions import JSFunctionBase
        if isinstance(value, JSFunctionBase):
            text = value.source_text()
            return text if text is not None else \
                f"function {value.debug_name()}() {{ [native code] }}"
        if isinstance(value, JSArray):
            return f"Array({value.get_length()})"
        if hasattr(value, "map_data"):
            return f"Map({len(value.map_data)})"
        if hasattr(value, "set_data"):
            return f"Set({len(value.set_data)})"
        if hasattr(value, "error_data"):
            stack = error_stack_text(value)
            if stack.__class__ is str:
                return stack
        return _class_name(value)

    def preview(self, value):
        from scopejs.runtime.objects.arrays import JSArray
        subtype = self._subtype(value)
        props = []
        entries = None
        own = [(k, d) for k, d in _own_data(value) if k.__class__ is str and d.enumerable]
        if isinstance(value, JSArray):
            own = [(k, d) for k, d in own if k != "length"]
        for key, desc in own[:_PREVIEW_PROPERTIES]:
            props.append(self._preview_property(key, desc))
        store = getattr(value, "map_data", None) or getattr(value, "set_data", None)
        if store is not None:
            entries = []
            for k, v in store.items()[:_PREVIEW_PROPERTIES]:
                entry = {"value": self._small(v if subtype == "map" else k)}
                if subtype == "map":
                    entry["key"] = self._small(k)
                entries.append(entry)
        out = {"type": "object", "description": self.describe(value),
               "overflow": len(own) > _PREVIEW_PROPERTIES, "properties": props}
        if subtype:
            out["subtype"] = subtype
        if entries is not None:
            out["entries"] = entries
            out["overflow"] = len(store) > _PREVIEW_PROPERTIES
        return out

    def _small(self, value):
        remote = self.wrap(value)
        remote.pop("objectId", None)
        return {"type": remote["type"], "description": remote.get(
            "description", str(remote.get("value", remote.get("unserializableValue", ""))))}

    def _preview_property(self, key, desc):
        if desc.value is None:   # accessor
            return {"name": key, "type": "accessor"}
        remote = self.wrap(desc.value)
        value = remote.get("value", remote.get("unserializableValue", remote.get("description")))
        out = {"name": key, "type": remote["type"],
               "value": "" if value is None and remote["type"] == "undefined" else
               ("null" if value is None else str(value) if not isinstance(value, bool)
                else ("true" if value else "false"))}
        if remote["type"] == "undefined":
            out["value"] = "undefined"
        if "subtype" in remote:
            out["subtype"] = remote["subtype"]
        return out

    def _entry_text(self, value):
        if value.__class__ is str:
            import json
            return json.dumps(value)
        return self._small(value)["description"]

    def _entry(self, key, value, preview):
        """A [[Entries]] element: {key, value} for a Map, {value} for a Set (value is None)."""
        if value is None:
            return self.wrap(key, preview)
        return {"type": "object", "subtype": "internal#entry", "className": "Object",
                "description": f"{{{self._entry_text(key)} => {self._entry_text(value)}}}",
                "objectId": self._id(ScopeLike([("key", key), ("value", value)]), "scope")}

    # -- scopes --------------------------------------------------------------------------------
    def wrap_scope(self, view):
        """A CDP Scope for a ScopeView: {type, object, name?}."""
        if view.pairs is None or view.kind == "with":
            obj = self.wrap(view.obj)
        else:
            obj = {"type": "object", "className": "Object", "description": "Object",
                   "objectId": self._id(view, "scope")}
        out = {"type": view.kind, "object": obj}
        if view.name:
            out["name"] = view.name
        return out

    # -- Runtime.getProperties -----------------------------------------------------------------
    def properties(self, object_id, own_only=True, preview=False):
        """(result, internalProperties) for getProperties."""
        entry = self.objects.get(object_id)
        if entry is None:
            return None, None
        kind, value = entry
        if kind == "scope":
            return [{"name": n, "value": self.wrap(v, preview), "writable": True,
                     "configurable": True, "enumerable": True, "isOwn": True}
                    for n, v in value.pairs], []
        if kind == "entries":
            return [{"name": str(i), "value": self._entry(k, v, preview),
                     "writable": True, "configurable": True, "enumerable": True, "isOwn": True}
                    for i, (k, v) in enumerate(value)], []
        if kind == "scopes":
            return [{"name": str(i), "value": {"type": "object", "className": "Object",
                                               "description": view.label,
                                               "objectId": self._id(view, "scope")},
                     "writable": True, "configurable": True, "enumerable": True, "isOwn": True}
                    for i, view in enumerate(value)], []
        from scopejs.runtime.objects.ordinary import JSObject
        if not isinstance(value, JSObject):
            return [], []
        result = []
        for key, desc in _own_data(value):
            item = {"name": _key_name(key), "configurable": bool(desc.configurable),
                    "enumerable": bool(desc.enumerable), "isOwn": True}
            if key.__class__ is not str:
                item["symbol"] = self.wrap(key)
            if desc.value is None and (desc.get is not None or desc.set is not None):
                item["get"] = self.wrap(desc.get) if desc.get not in (None, UNDEFINED) \
                    else {"type": "undefined"}
                item["set"] = self.wrap(desc.set) if desc.set not in (None, UNDEFINED) \
                    else {"type": "undefined"}
            else:
                item["value"] = self.wrap(desc.value, preview)
                item["writable"] = bool(desc.writable)
            result.append(item)
        internal = []
        proto = value.proto
        if proto is not None and proto is not NULL:
            internal.append({"name": "[[Prototype]]", "value": self.wrap(proto)})
        store = getattr(value, "map_data", None) or getattr(value, "set_data", None)
        if store is not None:
            is_map = hasattr(value, "map_data")
            entries = [(k, v if is_map else None) for k, v in store.items()]
            internal.append({"name": "[[Entries]]", "value": {
                "type": "object", "subtype": "internal#entryList", "className": "Array",
                "description": f"Array({len(entries)})",
                "objectId": self._id([(k, v) for k, v in entries], "entries")}})
        from scopejs.runtime.objects.functions import JSFunctionBase
        if isinstance(value, JSFunctionBase) and getattr(value, "environment", None) is not None:
            from scopejs.inspect.debugger.scopes import closure_scopes
            views = closure_scopes(value)
            internal.append({"name": "[[Scopes]]", "value": {
                "type": "object", "subtype": "internal#scopeList", "className": "Array",
                "description": f"Scopes[{len(views)}]", "objectId": self._id(views, "scopes")}})
        return result, internal
