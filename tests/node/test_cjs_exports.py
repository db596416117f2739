"""cjs-module-lexer's forms, found in CommonJS source by scopejs.modules.cjs_exports (the
differential case `cjs_named_exports_found_as_node_does` in test_require.py runs them next to
node)."""
from __future__ import annotations

import pytest

from scopejs.modules.cjs_exports import detect_cjs_exports


@pytest.mark.parametrize("source, names, reexports", [
    ("exports.a = 1; module.exports.b = 2; exports['c'] = 3; exports[k] = 4;", ["a", "b", "c"], []),
    ("if (0) { exports.deep = 1 } function f() { module.exports.inner = 2 }", ["deep", "inner"], []),
    ("Object.defineProperty(exports, 'v', { value: 1 });"
     "Object.defineProperty(exports, 'g', { enumerable: true, get() { return a.b; } });"
     "Object.defineProperty(exports, 'side', { enumerable: true, get() { return f(); } });"
     "Object.defineProperty(exports, 'hidden', { get: () => a });", ["v", "g"], []),
    ("module.exports = { a, b: c, 'd': e, ...require('./x'), f: 1 + 1, g };", ["a", "b", "d"],
     ["./x"]),
    ("module.exports = require('./y'); __exportStar(require('z'), exports);", [], ["./y", "z"]),
    ("var _w = require('w'); Object.keys(_w).forEach(function (key) { exports[key] = _w[key]; });",
     [], ["w"]),
    ("#!/usr/bin/env node\nexports.cli = true; return;", ["cli"], []),
    ("exports.a = ;", [], []),                   # does not parse: no named exports
])
def test_detect_cjs_exports(source, names, reexports):
    assert detect_cjs_exports(source) == (names, reexports)
