"""The CLI's host loader for ES modules (the interface of scopejs.modules.loader): node's
resolution (scopejs.modules.resolution) and formats.  ES module files come back as
ModuleSource(kind="module"); CommonJS and JSON files and core modules as other kinds, which
``exports_of`` evaluates through the CommonJS loader and the ModuleLoader wraps as synthetic
records (default + named exports).  ``validate`` checks import attributes against the format as
node 20 does (lib/internal/modules/esm/assert.js)."""
from __future__ import annotations

import os

from scopejs.errors import ModuleLoadError
from scopejs.modules.cjs_exports import detect_cjs_exports
from scopejs.modules.commonjs import detect_format
from scopejs.modules.loader import ModuleSource
from scopejs.modules.resolution import (
    ModuleNotFound, module_format, resolve_import, resolve_require,
)


class NodeLoader:
    def __init__(self, builtins, commonjs):
        self.builtins = builtins
        self.commonjs = commonjs

    def resolve(self, specifier, referrer):
        base = referrer if referrer and os.path.isabs(referrer) else \
            os.path.join(os.getcwd(), "[eval]")
        try:
            return resolve_import(specifier, base, self.builtins.has)
        except ModuleNotFound as exc:
            raise ModuleLoadError(exc.message, "Error", exc.code) from None

    def load(self, key):
        if key.startswith("node:"):
            return ModuleSource("", "builtin", key)
        fmt = module_format(key) or detect_format(key)
        if fmt not in ("esm", "json"):
            return ModuleSource("", fmt, key)
        try:
            with open(key, encoding="utf-8", errors="surrogateescape") as fh:
                text = fh.read()
        except OSError as exc:
            raise ModuleLoadError(f"Cannot find module '{key}': {exc.strerror}") from None
        # node names ES module files by their file: URL (stack traces, code frames)
        return ModuleSource(text, "module" if fmt == "esm" else "json", "file://" + key)

    def validate(self, key, source, type):   # noqa: A002 - the attribute's name
        """node's validateAttributes: a JSON file needs `type: 'json'`, any other format must
        not have a `type` (the keys were checked by the engine already)."""
        url = key if key.startswith("node:") else "file://" + key
        valid_type = "json" if source.kind == "json" else None
        if type == valid_type:
            return
        if type is None:
            raise ModuleLoadError(f'Module "{url}" needs an import attribute of type '
                                  f'"{valid_type}"', "TypeError",
                                  "ERR_IMPORT_ASSERTION_TYPE_MISSING")
        if type != "json":
            raise ModuleLoadError(f'Import attribute type "{type}" is unsupported', "TypeError",
                                  "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED")
        raise ModuleLoadError(f'Module "{url}" is not of type "{type}"', "TypeError",
                              "ERR_IMPORT_ASSERTION_TYPE_FAILED")

    def export_names(self, key, source, value):
        """The named exports node gives a CommonJS module (cjs-module-lexer: found in its text,
        following reexports) or a core module (its exports' own enumerable keys)."""
        if source.kind != "commonjs":
            return [k for k in value.OwnPropertyKeys() if k.__class__ is str and
                    getattr(value.GetOwnProperty(k), "enumerable", False)]
        return cjs_export_names(key, self.builtins.has, set())

    def exports_of(self, key, source):
        """module.exports of a CommonJS/JSON file, or a core module's exports."""
        if source.kind == "builtin":
            return self.builtins.load(key[5:], self.commonjs)
        return self.commonjs.load(key).Get("exports", None)


def cjs_export_names(path, is_builtin, seen) -> list:
    """cjs-module-lexer's names of the CommonJS file ``path``, with those of its reexports
    (resolved as require() would; a missing one or a core module adds nothing)."""
    if path in seen:
        return []
    seen.add(path)
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as fh:
            text = fh.read()
    except OSError:
        return []
    names, reexports = detect_cjs_exports(text, path)
    for spec in reexports:
        try:
            target = resolve_require(spec, os.path.dirname(path), path, is_builtin)
        except ModuleNotFound:
            continue
        if os.path.isabs(target) and target.endswith((".js", ".cjs")):
            names.extend(n for n in cjs_export_names(target, is_builtin, seen) if n not in names)
    return names
