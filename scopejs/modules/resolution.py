"""node's module resolution (https://nodejs.org/api/modules.html#all-together and
https://nodejs.org/api/esm.html#resolution-algorithm-specification), on the file system.

Pure Python, no engine objects: ``resolve_require`` (CommonJS: extension and index search) and
``resolve_import`` (ES modules: relative specifiers exact, bare specifiers through
node_modules and package.json ``exports``), and ``module_format`` (.mjs/.cjs/.json/"type").
A failure raises ``ModuleNotFound`` with node's message; callers turn it into a JS error with
``code: 'MODULE_NOT_FOUND'`` (CommonJS) or ``ERR_MODULE_NOT_FOUND`` (ES modules).
"""
from __future__ import annotations

import json
import os

REQUIRE_CONDITIONS = ("require", "node", "node-addons", "default")
IMPORT_CONDITIONS = ("import", "node", "node-addons", "default")
EXTENSIONS = (".js", ".json")   # .node addons are native code: never loaded here


class ModuleNotFound(Exception):
    """node's MODULE_NOT_FOUND / ERR_MODULE_NOT_FOUND / ERR_PACKAGE_PATH_NOT_EXPORTED."""

    def __init__(self, message, code="MODULE_NOT_FOUND"):
        super().__init__(message)
        self.message = message
        self.code = code


_PACKAGE_JSON_CACHE: dict = {}


def read_package_json(directory):
    """The parsed package.json in ``directory`` (None if absent); cached per path and mtime."""
    path = os.path.join(directory, "package.json")
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        return None
    cached = _PACKAGE_JSON_CACHE.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise ModuleNotFound(f"Invalid package config {path}: {exc}",
                             "ERR_INVALID_PACKAGE_CONFIG") from None
    if not isinstance(data, dict):
        data = {}
    _PACKAGE_JSON_CACHE[path] = (stamp, data)
    return data


def package_scope(path):
    """(directory, package.json data) of the nearest package.json above ``path``, or (None, None)."""
    directory = os.path.dirname(path)
    while True:
        if os.path.basename(directory) == "node_modules":
            return None, None
        data = read_package_json(directory)
        if data is not None:
            return directory, data
        parent = os.path.dirname(directory)
        if parent == directory:
            return None, None
        directory = parent


def module_format(path):
    """'esm', 'commonjs', 'json' or None (a .js file outside a "type": "module" package, whose
    format node 20 detects from its syntax)."""
    ext = os.path.splitext(path)[1]
    if ext == ".mjs":
        return "esm"
    if ext == ".cjs":
        return "commonjs"
    if ext == ".json":
        return "json"
    _, data = package_scope(path)
    if data is not None and data.get("type") == "module":
        return "esm"
    if data is not None and data.get("type") == "commonjs":
        return "commonjs"
    return None


# -- CommonJS: require(X) from module at path Y ---------------------------------------------------

def _load_as_file(x):
    if os.path.isfile(x):
        return x
    for ext in EXTENSIONS:
        if os.path.isfile(x + ext):
            return x + ext
    return None


def _load_index(x):
    for ext in EXTENSIONS:
        candidate = os.path.join(x, "index" + ext)
        if os.path.isfile(candidate):
            return candidate
    return None


def _load_as_directory(x):
    data = read_package_json(x) if os.path.isdir(x) else None
    if data is not None:
        main = data.get("main")
        if isinstance(main, str) and main:
            m = os.path.join(x, main)
            found = _load_as_file(m) or _load_index(m)
            if found:
                return found
            found = _load_index(x)
            if found:
                return found
            raise ModuleNotFound(f"Cannot find module '{m}'")
    return _load_index(x) if os.path.isdir(x) else None


def node_modules_paths(start):
    """NODE_MODULES_PATHS(START): every ``node_modules`` directory from start up to the root."""
    parts, directory = [], os.path.abspath(start)
    while True:
        if os.path.basename(directory) != "node_modules":
            parts.append(os.path.join(directory, "node_modules"))
        parent = os.path.dirname(directory)
        if parent == directory:
            return parts
        directory = parent


def _split_package(request):
    """('name' or '@scope/name', './subpath' or '.') of a bare specifier."""
    pieces = request.split("/")
    n = 2 if request.startswith("@") else 1
    name = "/".join(pieces[:n])
    rest = "/".join(pieces[n:])
    return name, ("./" + rest if rest else ".")


def _load_node_modules(request, start, conditions, extension_search):
    name, subpath = _split_package(request)
    for directory in node_modules_paths(start):
        package_dir = os.path.join(directory, name)
        if not os.path.isdir(package_dir):
            if extension_search:
                found = _load_as_file(os.path.join(directory, request))
                if found:
                    return found
            continue
        data = read_package_json(package_dir)
        if data is not None and "exports" in data and data["exports"] is not None:
            return package_exports_resolve(package_dir, subpath, data["exports"], conditions)
        target = os.path.join(directory, request)
        found = (_load_as_file(target) if extension_search or subpath != "." else None) or \
            _load_as_directory(target)
        if found:
            return found
    return None


def resolve_require(request, parent_dir, parent_path=None, is_builtin=lambda name: False):
    """require.resolve(request) from a module in ``parent_dir``: an absolute path or
    'node:NAME' for a core module."""
    if request.startswith("node:"):
        if is_builtin(request[5:]):
            return request
        raise ModuleNotFound(f"No such built-in module: {request}", "ERR_UNKNOWN_BUILTIN_MODULE")
    if is_builtin(request):
        return "node:" + request
    if request.startswith(("./", "../", "/")) or request in (".", ".."):
        x = os.path.normpath(os.path.join(parent_dir, request))
        if request.endswith("/") or request in (".", ".."):
            found = _load_as_directory(x)
        else:
            found = _load_as_file(x) or _load_as_directory(x)
    else:
        found = _load_package_self(request, parent_dir, REQUIRE_CONDITIONS) or \
            _load_node_modules(request, parent_dir, REQUIRE_CONDITIONS, True)
    if found is None:
        raise ModuleNotFound(f"Cannot find module '{request}'")
    return os.path.realpath(found)


def _load_package_self(request, parent_dir, conditions):
    directory, data = package_scope(os.path.join(parent_dir, "x"))
    if data is None or data.get("exports") is None:
        return None
    name, subpath = _split_package(request)
    if data.get("name") != name:
        return None
    return package_exports_resolve(directory, subpath, data["exports"], conditions)


# -- package.json "exports" (PACKAGE_EXPORTS_RESOLVE) ---------------------------------------------

def _is_conditional(exports):
    return isinstance(exports, dict) and exports and not any(k.startswith(".") for k in exports)


def package_exports_resolve(package_dir, subpath, exports, conditions):
    if isinstance(exports, (str, list)) or _is_conditional(exports):
        exports = {".": exports}
    if not isinstance(exports, dict):
        exports = {}
    if subpath in exports and "*" not in subpath:
        resolved = _resolve_target(package_dir, exports[subpath], "", conditions)
    else:
        resolved, best = None, None
        for key in exports:
            star = key.find("*")
            if star < 0:
                continue
            prefix, suffix = key[:star], key[star + 1:]
            if subpath.startswith(prefix) and subpath != prefix and subpath.endswith(suffix) \
                    and len(subpath) >= len(key):
                if best is None or len(prefix) > len(best[0]):
                    best = (prefix, key, subpath[len(prefix):len(subpath) - len(suffix)])
        if best is not None:
            resolved = _resolve_target(package_dir, exports[best[1]], best[2], conditions)
    if resolved is None:
        pj = os.path.join(package_dir, "package.json")
        what = "No \"exports\" main defined" if subpath == "." else \
            f"Package subpath '{subpath}' is not defined by \"exports\""
        raise ModuleNotFound(f"{what} in {pj}", "ERR_PACKAGE_PATH_NOT_EXPORTED")
    if not os.path.exists(resolved):
        raise ModuleNotFound(f"Cannot find module '{resolved}'")
    return resolved


def _resolve_target(package_dir, target, pattern, conditions):
    if isinstance(target, str):
        if not target.startswith("./"):
            return None
        return os.path.normpath(os.path.join(package_dir, target.replace("*", pattern)))
    if isinstance(target, list):
        for item in target:
            found = _resolve_target(package_dir, item, pattern, conditions)
            if found is not None:
                return found
        return None
    if isinstance(target, dict):
        for key, value in target.items():
            if key in conditions:
                found = _resolve_target(package_dir, value, pattern, conditions)
                if found is not None:
                    return found
        return None
    return None


# -- ES modules: import specifier from a module at parent_path ------------------------------------

def resolve_import(specifier, parent_path, is_builtin=lambda name: False):
    """ESM_RESOLVE: relative and absolute specifiers name a file exactly (no extension search,
    as node); bare specifiers go through node_modules with the "import" conditions."""
    if specifier.startswith("node:"):
        if is_builtin(specifier[5:]):
            return specifier
        raise ModuleNotFound(f"No such built-in module: {specifier}", "ERR_UNKNOWN_BUILTIN_MODULE")
    if is_builtin(specifier):
        return "node:" + specifier
    parent_dir = os.path.dirname(parent_path)
    if specifier.startswith("file://"):
        specifier = specifier[7:]
    if specifier.startswith(("./", "../", "/")):
        target = os.path.normpath(os.path.join(parent_dir, specifier))
        if os.path.isfile(target):
            return os.path.realpath(target)
        raise ModuleNotFound(f"Cannot find module '{target}' imported from {parent_path}",
                             "ERR_MODULE_NOT_FOUND")
    found = _load_package_self(specifier, parent_dir, IMPORT_CONDITIONS) or \
        _load_node_modules(specifier, parent_dir, IMPORT_CONDITIONS, False)
    if found is None:
        name, _ = _split_package(specifier)
        raise ModuleNotFound(f"Cannot find package '{name}' imported from {parent_path}",
                             "ERR_MODULE_NOT_FOUND")
    return os.path.realpath(found)
