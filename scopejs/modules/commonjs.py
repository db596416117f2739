"""CommonJS modules as node runs them: the module wrapper, ``require`` with node's resolution
(scopejs.modules.resolution), ``require.cache``/``require.resolve``, cycles returning the
partial ``exports``, JSON files, and core modules supplied by the host.

    (function (exports, require, module, __filename, __dirname) { <file text>
    })

The wrapper is compiled as a script whose SourceText hides the prefix on line 1
(``WrappedSourceText``), so lines, columns and code frames are the file's own, as node's
``compileFunction`` gives.  Core modules come from a provider injected by the host
(``builtins.has(name)``, ``builtins.load(name, loader)`` -> exports), so this layer does not
depend on the host.
"""
from __future__ import annotations

import os

from scopejs.errors import JSSyntaxError
from scopejs.modules.resolution import ModuleNotFound, resolve_require
from scopejs.runtime.completion import ThrowCompletion, throw_error
from scopejs.runtime.error_stack import throw_early_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import UNDEFINED
from scopejs.source.text import SourceText, from_code_units, to_code_units

WRAPPER_PARAMS = ("exports", "require", "module", "__filename", "__dirname")


class WrappedSourceText(SourceText):
    """A file's text behind a one-line wrapper prefix: positions and line 1 are reported as
    in the file (node compiles the wrapper with compileFunction, so users never see it)."""

    __slots__ = ("prefix_len",)

    def __init__(self, prefix: str, text: str, suffix: str, name: str):
        super().__init__(to_code_units(prefix + text + suffix), name)
        self.prefix_len = len(to_code_units(prefix))

    def position(self, offset: int) -> tuple[int, int]:
        line, column = SourceText.position(self, offset)
        if line == 1:
            column = max(0, column - self.prefix_len)
        return line, column

    def line_text(self, line: int) -> str:
        text = SourceText.line_text(self, line)
        return text[self.prefix_len:] if line == 1 else text


def strip_hashbang(text: str) -> str:
    """A `#!` first line is a comment for node; inside the wrapper it must become one."""
    return "//" + text[2:] if text.startswith("#!") else text


def wrap_source(text: str, name: str, params=WRAPPER_PARAMS) -> WrappedSourceText:
    return WrappedSourceText(f"(function ({', '.join(params)}) {{ ", strip_hashbang(text),
                             "\n})", name)


def module_not_found(realm, message, code="MODULE_NOT_FOUND", require_stack=None):
    """node's error for an unresolvable require: message, `code`, `requireStack`."""
    if require_stack:
        message += "\nRequire stack:\n- " + "\n- ".join(require_stack)
    err = realm.new_error("Error", to_code_units(message))
    err.define_own_value("code", code)
    if code == "MODULE_NOT_FOUND":
        err.define_own_value("requireStack",
                             realm.new_array([to_code_units(p) for p in require_stack or ()]))
    raise ThrowCompletion(err)


class ModuleObject(JSObject):
    """A CommonJS `module` object; ``cjs_parent`` is the module that first required it."""
    __slots__ = ("cjs_parent",)


class CommonJSLoader:
    """One host's CommonJS module system: ``require.cache`` (a JS object keyed by filename, the
    one cache) and the module objects."""

    def __init__(self, host, builtins):
        self.host = host
        self.realm = host.realm
        self.builtins = builtins
        self.cache = self.realm.new_object()   # require.cache
        self.main = UNDEFINED
        self._resolve_fn = None

    # -- resolution ---------------------------------------------------------------------------
    def resolve(self, request, parent):
        """Resolve ``request`` from the module object ``parent`` (None: the working directory)."""
        filename = self._filename(parent)
        directory = os.path.dirname(filename) if filename else os.getcwd()
        try:
            return resolve_require(request, directory, filename, self.builtins.has)
        except ModuleNotFound as exc:
            module_not_found(self.realm, exc.message, exc.code, self._require_stack(parent))

    def _filename(self, module):
        if module is None:
            return None
        v = module.Get("filename", module)
        return from_code_units(v) if v.__class__ is str else None

    def _require_stack(self, module):
        stack, seen = [], 0
        while isinstance(module, JSObject) and seen < 100:
            name = self._filename(module)
            if name:
                stack.append(name)
            module = getattr(module, "cjs_parent", None)
            seen += 1
        return stack

    # -- require -----------------------------------------------------------------------------
    def require(self, request, parent):
        """Module._load: the cached exports, a core module, or load the file now."""
        if request.__class__ is not str:
            from scopejs.runtime.completion import throw_type_error
            throw_type_error('The "id" argument must be of type string.')
        request = from_code_units(request)
        if request == "":
            from scopejs.runtime.completion import throw_type_error
            throw_type_error("The argument 'id' must be a non-empty string. Received ''")
        resolved = self.resolve(request, parent)
        if resolved.startswith("node:"):
            return self.builtins.load(resolved[5:], self)
        return self.load(resolved, parent).Get("exports", None)

    def load(self, filename, parent=None, is_main=False):
        key = to_code_units(filename)
        cached = self.cache.props.get(key) if self.cache.plain_props else None
        if cached is None and not self.cache.plain_props:
            v = self.cache.Get(key, self.cache)
            cached = v if isinstance(v, JSObject) else None
        if isinstance(cached, JSObject):
            return cached
        module = self.new_module(filename, parent)
        if is_main:
            self.main = module
        self.cache.define_own_value(key, module)
        try:
            self._compile_and_run(module, filename)
        except BaseException:
            self.cache.Delete(key)   # node forgets a module whose evaluation threw
            raise
        module.Set("loaded", True, module)
        return module

    def new_module(self, filename, parent):
        realm = self.realm
        module = ModuleObject(realm.object_prototype)
        module.cjs_parent = parent
        name = to_code_units(filename)
        module.define_own_value("id", "." if parent is None else name)
        module.define_own_value("path", to_code_units(os.path.dirname(filename)))
        module.define_own_value("exports", realm.new_object())
        module.define_own_value("filename", name)
        module.define_own_value("loaded", False)
        module.define_own_value("children", realm.new_array())
        module.define_own_value("paths", realm.new_array(
            [to_code_units(p) for p in _node_modules_paths(os.path.dirname(filename))]))
        if isinstance(parent, JSObject):
            children = parent.Get("children", parent)
            if isinstance(children, JSObject):
                push = children.Get("push", children)
                push.Call(children, [module])
        return module

    def _compile_and_run(self, module, filename):
        realm = self.realm
        try:
            with open(filename, encoding="utf-8", errors="surrogateescape", newline="") as fh:
                text = fh.read()
        except OSError as exc:
            throw_error("Error", to_code_units(f"{exc.strerror}: {filename}"))
        from scopejs.modules.resolution import module_format
        fmt = module_format(filename)
        if fmt == "esm" or (fmt is None and filename.endswith(".js") and
                            detect_format(filename) == "esm"):
            # node 20.19+ require(esm): the module namespace, evaluated synchronously
            from scopejs.modules.records import get_namespace
            modules = self.host.agent.modules
            record = modules.load(modules.resolve(filename, None))
            modules.link(record)
            modules.evaluate(record)
            module.Set("exports", get_namespace(record), module)
            return
        if filename.endswith(".json"):
            parse = realm.intrinsics["%JSON.parse%"]
            try:
                value = parse.Call(UNDEFINED, [to_code_units(text.lstrip("\ufeff"))])
            except ThrowCompletion as exc:
                value = exc.value
                if isinstance(value, JSObject):
                    msg = value.Get("message", value)
                    if msg.__class__ is str:
                        value.Set("message", to_code_units(filename) + ": " + msg, value)
                raise
            module.Set("exports", value, module)
            return
        function = self.compile_wrapper(text, filename)
        exports = module.Get("exports", module)
        require = self.make_require(module)
        function.Call(exports, [exports, require, module, to_code_units(filename),
                                to_code_units(os.path.dirname(filename))])

    def compile_wrapper(self, text, name, params=WRAPPER_PARAMS):
        """The wrapper function of a CommonJS file (or of a core module written in JS)."""
        source = wrap_source(text, name, params)
        try:
            return self.host.run_script(source, name)
        except JSSyntaxError as exc:
            if self.host.interpreter.top is None:
                raise   # the entry module: reported with its code frame by the CLI
            # a syntax error in a required file is a SyntaxError thrown at the require call,
            # reported (if uncaught) with the code frame of the bad file, as node does
            throw_early_error(self.realm, exc)

    def make_require(self, module):
        realm = self.realm
        loader = self

        def require(realm_, this, request=UNDEFINED):
            return loader.require(request, module)

        def resolve(realm_, this, request=UNDEFINED, options=UNDEFINED):
            if request.__class__ is not str:
                from scopejs.runtime.completion import throw_type_error
                throw_type_error('The "request" argument must be of type string.')
            found = loader.resolve(from_code_units(request), module)
            return to_code_units(found[5:] if found.startswith("node:") and
                                 not request.startswith("node:") else found)

        fn = realm.new_function(require, 1, "require")
        resolve_fn = realm.new_function(resolve, 1, "resolve")
        fn.define_own_value("resolve", resolve_fn)
        fn.define_own_value("main", self.main)
        fn.define_own_value("extensions", realm.new_object())
        fn.define_own_value("cache", self.cache)
        return fn

    # -- the entry point ----------------------------------------------------------------------
    def run_main(self, filename):
        self.host.agent.activate()
        return self.load(filename, None, is_main=True)


def _node_modules_paths(directory):
    from scopejs.modules.resolution import node_modules_paths
    return node_modules_paths(directory)


def main_require(loader, directory):
    """A `require` for code outside any file (-e, -p, the REPL): resolves from ``directory``
    as node's `[eval]` module does."""
    module = loader.new_module(os.path.join(directory, "[eval]"), None)
    module.Set("id", "[eval]", module)
    return module, loader.make_require(module)


def detect_format(path):
    """node 20's syntax detection for a .js file with no "type": ES module when it does not
    parse as a script (CommonJS body) but parses as a module; else CommonJS."""
    from scopejs.errors import JSSyntaxError
    from scopejs.parsing.parser import parse
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        text = fh.read()
    try:
        parse(wrap_source(text, path), module=False, lazy=True, name=path)
        return "commonjs"
    except JSSyntaxError:
        pass
    try:
        parse(text, module=True, lazy=True, name=path)
        return "esm"
    except JSSyntaxError:
        return "commonjs"
