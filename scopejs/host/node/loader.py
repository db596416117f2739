"""The CLI's host loader for ES modules (the interface of scopejs.modules.loader): node's
resolution (scopejs.modules.resolution) and formats.  ES module files come back as
ModuleSource(kind="module"); CommonJS and JSON files and core modules as other kinds, which
``exports_of`` evaluates through the CommonJS loader and the ModuleLoader wraps as synthetic
records (default + named exports)."""
from __future__ import annotations

import os

from scopejs.errors import ModuleLoadError
from scopejs.modules.commonjs import detect_format
from scopejs.modules.loader import ModuleSource
from scopejs.modules.resolution import ModuleNotFound, module_format, resolve_import


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
            raise ModuleLoadError(exc.message) from None

    def load(self, key):
        if key.startswith("node:"):
            return ModuleSource("", "builtin", key)
        fmt = module_format(key) or detect_format(key)
        if fmt != "esm":
            return ModuleSource("", fmt, key)
        try:
            with open(key, encoding="utf-8", errors="surrogateescape") as fh:
                text = fh.read()
        except OSError as exc:
            raise ModuleLoadError(f"Cannot find module '{key}': {exc.strerror}") from None
        return ModuleSource(text, "module", key)

    def exports_of(self, key, source):
        """module.exports of a CommonJS/JSON file, or a core module's exports."""
        if source.kind == "builtin":
            return self.builtins.load(key[5:], self.commonjs)
        return self.commonjs.load(key).Get("exports", None)
