"""The node-compatible host of the CLI: `process`, `require` and the core modules, `Buffer`,
node's web globals, and `fs`/`process.env`/`process.exit` as capabilities.

Core modules are JS files in ``lib/`` (compiled on first require, like node's snapshot-less
lazy builtins) over one native ``binding`` object written in Python (bindings.py).  Globals
that need them (`process`, `Buffer`, `URL`, `TextEncoder`, `structuredClone`, ...) are
accessors that build the value on first read, as node defines `process` and `Buffer`, so an
empty script pays for none of them.

Capabilities (``allow``): "fs" (the fs module, process.chdir), "env" (process.env holds the
real environment), "exit" (process.exit ends the host), "stdin".  An embedding that installs
this host without a capability gets a clear error from the module or an empty env.
"""
from __future__ import annotations

import os

from scopejs.modules.commonjs import CommonJSLoader
from scopejs.runtime.completion import throw_error
from scopejs.runtime.property import WC
from scopejs.runtime.values import UNDEFINED
from scopejs.source.text import to_code_units

LIB = os.path.join(os.path.dirname(__file__), "lib")
ALL_CAPABILITIES = frozenset({"fs", "env", "exit", "stdin"})

#: module name -> lib file (without .js); the capability it needs, if any.
CORE_MODULES = {
    "assert": ("assert", None), "assert/strict": ("assert_strict", None),
    "buffer": ("buffer", None), "events": ("events", None), "fs": ("fs", "fs"),
    "fs/promises": ("fs_promises", "fs"), "os": ("os", None), "path": ("path", None),
    "path/posix": ("path", None), "process": ("process", None),
    "querystring": ("querystring", None), "string_decoder": ("string_decoder", None),
    "timers": ("timers", None), "timers/promises": ("timers_promises", None),
    "url": ("url", None), "util": ("util", None), "util/types": ("util_types", None),
    "module": ("module", None), "tty": ("tty", None), "readline": ("readline", "stdin"),
}
LIB_PARAMS = ("exports", "require", "module", "__filename", "__dirname", "binding")

#: global name -> (lib module, property of its exports or None for the exports themselves)
LAZY_GLOBALS = {
    "process": ("process", None), "Buffer": ("buffer", "Buffer"),
    "URL": ("url", "URL"), "URLSearchParams": ("url", "URLSearchParams"),
    "TextEncoder": ("web", "TextEncoder"), "TextDecoder": ("web", "TextDecoder"),
    "structuredClone": ("web", "structuredClone"), "atob": ("web", "atob"),
    "btoa": ("web", "btoa"), "AbortController": ("web", "AbortController"),
    "AbortSignal": ("web", "AbortSignal"), "EventTarget": ("web", "EventTarget"),
    "Event": ("web", "Event"),
}


class NodeBuiltins:
    """The core-module provider of the CommonJS loader and of ES module imports."""

    def __init__(self, host, allow):
        self.host = host
        self.allow = frozenset(allow)
        self.exports: dict = {}
        self.binding = None

    def has(self, name):
        return name in CORE_MODULES

    def load(self, name, loader):
        cached = self.exports.get(name)
        if cached is not None:
            return cached
        entry = CORE_MODULES.get(name)
        if entry is None:
            throw_error("Error", to_code_units(f"No such built-in module: node:{name}"))
        lib, capability = entry
        if capability is not None and capability not in self.allow:
            throw_error("Error", to_code_units(
                f"Cannot load node:{name}: this host does not allow '{capability}' "
                "(an embedded scopejs Engine reads no file unless its host allows it)"))
        exports = self.load_lib(lib, loader)
        self.exports[name] = exports
        return exports

    def load_lib(self, lib, loader):
        """Compile and run lib/<lib>.js once; its module.exports."""
        cached = self.exports.get("internal:" + lib)
        if cached is not None:
            return cached
        path = os.path.join(LIB, lib + ".js")
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        realm = self.host.realm
        function = loader.compile_wrapper(text, f"node:{lib}", LIB_PARAMS)
        module = realm.new_object()
        exports = realm.new_object()
        module.define_own_value("exports", exports)
        self.exports["internal:" + lib] = exports   # cycles between libs see partial exports
        if self.binding is None:
            from scopejs.host.node.bindings import make_binding
            self.binding = make_binding(self.host, self)
        require = realm.new_function(
            lambda realm_, this, request=UNDEFINED: self._lib_require(request, loader), 1,
            "require")
        function.Call(exports, [exports, require, module, f"node:{lib}", "node:", self.binding])
        exports = module.Get("exports", module)
        self.exports["internal:" + lib] = exports
        return exports

    def _lib_require(self, request, loader):
        name = request[5:] if request.startswith("node:") else request
        if name.startswith("internal/"):
            return self.load_lib(name[9:], loader)
        return self.load(name, loader)


def install_node_host(host, argv, allow=ALL_CAPABILITIES, version="0"):
    """Make ``host`` a node host: core modules, `require` for entry code, lazy globals.
    ``argv`` is process.argv (execPath, script, args...); ``version`` is scopejs's own
    (process.versions.scopejs)."""
    realm = host.realm
    builtins = NodeBuiltins(host, allow)
    loader = CommonJSLoader(host, builtins)
    host.node = NodeState(host, builtins, loader, argv)
    host.rejection_hook = host.node.handle_rejections
    host.node.version = version
    from scopejs.host.node.loader import NodeLoader
    host.agent.modules.host_loader = NodeLoader(builtins, loader)
    g = realm.global_object
    g.define_own_value("global", g, WC)
    for name, (lib, prop) in LAZY_GLOBALS.items():
        _lazy_global(realm, g, name, lib, prop, builtins, loader)
    return host.node


class NodeState:
    """What the CLI needs from the node host after running: exit code, 'exit' listeners."""

    def __init__(self, host, builtins, loader, argv):
        self.host = host
        self.builtins = builtins
        self.loader = loader
        self.argv = list(argv)

    def process(self):
        """The process object if the program created it (None: nothing to notify)."""
        return self.builtins.exports.get("internal:process")

    def exit_code(self, default=0):
        process = self.process()
        if process is None:
            return default
        code = process.Get("exitCode", process)
        if code.__class__ is float and code == code:
            return int(code) & 0xFF
        return default

    def _emit_if_listened(self, event, args):
        process = self.process()
        if process is None:
            return False
        count = process.Get("listenerCount", process).Call(process, [event])
        if not (count.__class__ is float and count > 0):
            return False
        process.Get("emit", process).Call(process, [event] + args)
        return True

    def handle_rejections(self, promises):
        """process.on('unhandledRejection', (reason, promise) => ...): True if listened."""
        if not self._emit_if_listened("unhandledRejection", [promises[0].promise_result,
                                                             promises[0]]):
            return False
        for promise in promises[1:]:
            self._emit_if_listened("unhandledRejection", [promise.promise_result, promise])
        return True

    def handle_uncaught(self, value):
        """process.on('uncaughtException', (err, origin) => ...): True if listened."""
        return self._emit_if_listened("uncaughtException", [value, "uncaughtException"])

    def emit_exit(self, code):
        """process.emit('exit', code) as node does before it ends (once)."""
        process = self.process()
        if process is None or getattr(self, "exited", False):
            return
        self.exited = True
        if process.Get("exitCode", process) is UNDEFINED:
            process.Set("exitCode", float(code), process)
        emit = process.Get("emit", process)
        emit.Call(process, ["exit", process.Get("exitCode", process)])


def _lazy_global(realm, g, name, lib, prop, builtins, loader):
    """A configurable accessor that builds the value on first read; a write replaces it with
    a data property (node defines `process` and `Buffer` this way)."""

    def getter(realm_, this):
        exports = builtins.load_lib(lib, loader)
        value = exports if prop is None else exports.Get(prop, exports)
        from scopejs.runtime.property import PropertyDescriptor
        g.DefineOwnProperty(name, PropertyDescriptor(value=value, writable=True,
                                                     enumerable=False, configurable=True))
        return value

    def setter(realm_, this, value=UNDEFINED):
        from scopejs.runtime.property import PropertyDescriptor
        g.DefineOwnProperty(name, PropertyDescriptor(value=value, writable=True,
                                                     enumerable=False, configurable=True))
        return UNDEFINED

    from scopejs.runtime.property import PropertyDescriptor
    g.DefineOwnProperty(name, PropertyDescriptor(
        get=realm.new_function(getter, 0, name, prefix="get"),
        set=realm.new_function(setter, 1, name, prefix="set"),
        enumerable=False, configurable=True))
