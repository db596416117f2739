"""9.3 Realms: the intrinsics, the global object and the global environment of one realm.

A Realm is created and filled by ``scopejs.builtins.bootstrap.create_realm(agent)``; this
module knows nothing about individual built-ins. Intrinsics are keyed by their spec names
(``realm.intrinsics["%Array.prototype%"]``); the hottest few are cached as attributes.
"""
from __future__ import annotations

from scopejs.errors import EngineInternalError
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.functions import CreateBuiltinFunction
from scopejs.runtime.error_stack import install_stack
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.objects.primitive_wrappers import JSErrorObject
from scopejs.runtime.property import WC

__all__ = ["Realm"]


class Realm:
    """9.3 Realm Record. ``agent`` is the Agent that owns it."""

    __slots__ = ("agent", "intrinsics", "global_object", "global_env", "template_map",
                 "host_defined", "object_prototype", "function_prototype", "array_prototype",
                 "string_prototype", "error_stacks", "__weakref__")

    def __init__(self, agent):
        self.agent = agent
        self.intrinsics: dict[str, JSObject] = {}
        self.global_object = None      # [[GlobalObject]]
        self.global_env = None         # [[GlobalEnv]]: environments.GlobalEnvironment
        self.template_map: dict = {}   # [[TemplateMap]]: site node -> template object
        self.host_defined: dict = {}   # [[HostDefined]]
        self.object_prototype = None   # == intrinsics["%Object.prototype%"]
        self.function_prototype = None  # == intrinsics["%Function.prototype%"]
        self.array_prototype = None    # == intrinsics["%Array.prototype%"]
        self.string_prototype = None   # == intrinsics["%String.prototype%"]
        self.error_stacks = None       # error_stack.ErrorStacks, made at the first error

    def intrinsic(self, name: str):
        """The intrinsic called ``name`` ('%Map.prototype%'); EngineInternalError if unknown."""
        try:
            return self.intrinsics[name]
        except KeyError:
            raise EngineInternalError(f"unknown intrinsic {name}") from None

    # -- object creation helpers -------------------------------------------------------------

    def new_object(self) -> JSObject:
        """OrdinaryObjectCreate(%Object.prototype%)."""
        return JSObject(self.object_prototype)

    def new_array(self, values=()) -> JSArray:
        """7.3.17 CreateArrayFromList: a dense array owning a copy of ``values``."""
        return JSArray(self.array_prototype, list(values))

    def new_function(self, behavior, length: int, name, *, constructor: bool = False,
                     prefix: str | None = None):
        """A built-in function of this realm (10.3.4 CreateBuiltinFunction)."""
        return CreateBuiltinFunction(behavior, length, name, self, None, prefix, constructor)

    def new_error(self, kind: str, message: str | None = None) -> JSErrorObject:
        """A new ``kind`` error ('TypeError', 'RangeError', ...) with ``message`` and a
        ``stack`` property, as if by ``new TypeError(message)``."""
        proto = self.intrinsics.get(f"%{kind}.prototype%")
        if proto is None:
            raise EngineInternalError(f"no intrinsic %{kind}.prototype% for error: {message}")
        err = JSErrorObject(proto)
        err.define_own_value("stack", "", WC)   # V8 key order: stack, message
        if message is not None:
            err.define_own_value("message", message, WC)
        self.install_stack(err)
        return err

    def install_stack(self, err: JSObject) -> None:
        """Give ``err`` its own ``stack`` data property (node: writable, non-enumerable,
        configurable), asking the evaluator for the frames now; the text is built when it is
        first read (error_stack.py).  Define a placeholder "stack" first when the key should
        come first (V8 order), then call this at the end."""
        agent = self.agent
        captured = agent.evaluator.capture_stack(err) if agent is not None else None
        install_stack(self, err, captured)
