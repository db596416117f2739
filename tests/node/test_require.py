"""CommonJS and node's resolution, each case run under node and scopejs in the same tree."""
from __future__ import annotations

import pytest

from tests.node.differential import run_both, write_tree

CASES = {
    "relative_extensions_index_json": {
        "main.js": "const a = require('./lib/a'); const d = require('./data');\n"
                   "const idx = require('./lib');\n"
                   "console.log(a.name, d.items.length, idx.fromIndex, require('./data.json') === d);\n",
        "lib/a.js": "exports.name = 'a:' + require('path').basename(__filename) + ':' + "
                    "require('path').basename(__dirname);\n",
        "lib/index.js": "module.exports = { fromIndex: true };\n",
        "data.json": '{"items": [1, 2, 3]}\n',
    },
    "package_main_and_node_modules_walk": {
        "app/src/main.js": "const p = require('pkg'); console.log(p(), require('pkg/extra'));\n"
                           "console.log(require.resolve('pkg').replace(__dirname, '.'));\n",
        "app/node_modules/pkg/package.json": '{"main": "./lib/entry"}',
        "app/node_modules/pkg/lib/entry.js": "module.exports = () => 'pkg main';\n",
        "app/node_modules/pkg/extra.js": "module.exports = 'extra file';\n",
    },
    "exports_conditions_and_patterns": {
        "main.js": "console.log(require('cond'), require('cond/feature/x'));\n"
                   "try { require('cond/private'); } catch (e) { console.log(e.code); }\n",
        "node_modules/cond/package.json": '{"exports": {".": {"import": "./esm.mjs", '
                                          '"require": "./cjs.js"}, "./feature/*": "./features/*.js"}}',
        "node_modules/cond/cjs.js": "module.exports = 'required through exports';\n",
        "node_modules/cond/esm.mjs": "export default 'imported';\n",
        "node_modules/cond/features/x.js": "module.exports = 'feature x';\n",
        "node_modules/cond/private.js": "module.exports = 1;\n",
    },
    "cycle_returns_partial_exports": {
        "main.js": "const a = require('./a'); console.log('main', a.done, require('./b').done);\n",
        "a.js": "exports.done = false; const b = require('./b'); console.log('in a, b.done =', b.done);\n"
                "exports.done = true;\n",
        "b.js": "exports.done = false; const a = require('./a'); console.log('in b, a.done =', a.done);\n"
                "exports.done = true;\n",
    },
    "module_not_found": {
        "main.js": "try { require('./missing'); } catch (e) {\n"
                   "  console.log(e.code, e.message.split('\\n')[0], e.requireStack.map(p => p.slice(p.lastIndexOf('/'))));\n}\n"
                   "try { require('no-such-package'); } catch (e) { console.log(e.code); }\n",
    },
    "cache_resolve_and_wrapper": {
        "main.js": "const c1 = require('./counter'); c1.n++;\n"
                   "console.log(require('./counter').n, typeof require.cache[require.resolve('./counter')]);\n"
                   "delete require.cache[require.resolve('./counter')];\n"
                   "console.log(require('./counter').n, this === module.exports, typeof exports,\n"
                   "  require.main === module, module.id, require('node:path') === require('path'));\n"
                   "var notGlobal = 1; console.log(typeof globalThis.notGlobal, typeof global);\n",
        "counter.js": "module.exports = { n: 0 };\n",
    },
    "esm_imports_cjs_json_and_bare": {
        "main.mjs": "import lib, { named } from './lib.cjs';\nimport pkg from 'pkg';\n"
                    "import { join } from 'node:path';\nimport def from 'cond';\n"
                    "console.log(lib.named, named, pkg.version, join('a', 'b'), def);\n",
        "lib.cjs": "exports.named = 'named export';\n",
        "node_modules/pkg/package.json": '{"name": "pkg", "version": "1.2.3", "main": "index.js"}',
        "node_modules/pkg/index.js": "module.exports = require('./package.json');\n",
        "node_modules/cond/package.json": '{"exports": {"import": "./esm.mjs", "require": "./cjs.js"}}',
        "node_modules/cond/esm.mjs": "export default 'import condition';\n",
        "node_modules/cond/cjs.js": "module.exports = 'require condition';\n",
    },
    "type_module_package_and_detection": {
        "pkg/package.json": '{"type": "module"}',
        "pkg/main.js": "import { x } from './x.js'; console.log('type module', x, typeof require);\n",
        "pkg/x.js": "export const x = 42;\n",
    },
    "require_of_an_es_module": {
        "main.js": "const m = require('./esm.mjs'); console.log(m, m.f(), require('./esm.mjs') === m);\n",
        "esm.mjs": "export const x = 1; export function f() { return 2; }\n",
    },
    "cjs_named_exports_found_as_node_does": {   # cjs-module-lexer's forms
        'main.mjs': (
            "import * as c from './c.cjs';\n"
            "import * as lit from './lit.cjs';\n"
            "import * as re from './re.cjs';\n"
            "import * as ts from './ts.cjs';\n"
            "import * as babel from './babel.cjs';\n"
            "import { a, e } from './c.cjs';\n"
            "const show = (ns) => Object.keys(ns).sort().map((k) => k + '=' + (typeof ns[k] === 'function' ? 'fn' : JSON.stringify(ns[k]))).join(' ');\n"
            'for (const ns of [c, lit, re, ts, babel]) console.log(show(ns));\n'
            'console.log(a, e);\n'
            "try { await import('./missing-name.mjs'); } catch (err) { console.log(err.name); }\n"
        ),
        'c.cjs': (
            'exports.a = 1; exports.b = function () {}; module.exports.c = 3;\n'
            "Object.defineProperty(exports, 'd', { enumerable: true, get() { return 4; } });\n"
            'if (false) exports.e = 5;\n'
            "exports['f'] = 6; const k = 'g'; exports[k] = 7;\n"
            'const q = { p: 8 };\n'
            "Object.defineProperty(exports, 'h', { enumerable: true, get: function () { return q.p; } });\n"
            "Object.defineProperty(exports, 'i', { value: 9 });\n"
            "Object.defineProperty(exports, 'j', { get: () => q });\n"
            'function later() { exports.inner = 10; } later();\n'
        ),
        'lit.cjs': (
            'const x = 1, y = 2, z = 3;\n'
            "module.exports = { x, why: y, 'zed': z, ...require('./c.cjs'), computed: 1 + 1, after: x };\n"
        ),
        're.cjs': (
            "module.exports = require('./lit.cjs');\n"
        ),
        'ts.cjs': (
            '"use strict";\n'
            'var __exportStar = function (m, exports) { for (var p in m) if (p !== "default" && !exports.hasOwnProperty(p)) exports[p] = m[p]; };\n'
            'Object.defineProperty(exports, "__esModule", { value: true });\n'
            '__exportStar(require("./c.cjs"), exports);\n'
            "exports.own = 'ts';\n"
        ),
        'babel.cjs': (
            '"use strict";\n'
            'Object.defineProperty(exports, "__esModule", { value: true });\n'
            'var _lit = require("./lit.cjs");\n'
            'Object.keys(_lit).forEach(function (key) {\n'
            '  if (key === "default" || key === "__esModule") return;\n'
            '  if (key in exports && exports[key] === _lit[key]) return;\n'
            '  Object.defineProperty(exports, key, { enumerable: true, get: function () { return _lit[key]; } });\n'
            '});\n'
        ),
        'missing-name.mjs': (
            "import { g } from './c.cjs';\n"
        ),
    },
    "core_modules_from_require": {
        "main.js": "const util = require('util'), events = require('events'), assert = require('assert');\n"
                   "const e = new events(); e.once('x', (a, b) => console.log('once', a, b)); e.emit('x', 1, 2);\n"
                   "console.log(e.emit('x'), util.format('%s:%d:%j', 'a', 7, {b: 1}), util.inspect(new Map([[1, [2]]])));\n"
                   "function Old() {} util.inherits(Old, events); console.log(new Old() instanceof events);\n"
                   "try { assert.deepStrictEqual([1, 2], [1, 3]); } catch (err) { console.log(err.code, err.name); }\n"
                   "util.promisify((x, cb) => cb(null, x * 2))(21).then((v) => console.log('promisified', v));\n"
                   "console.log(util.types.isDate(new Date()), util.isDeepStrictEqual({a: [1]}, {a: [1]}));\n",
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_require_like_node(node_path, tmp_path, name):
    files = CASES[name]
    write_tree(tmp_path, files)
    entry = next(n for n in files if n.endswith(("main.js", "main.mjs")))
    node, scopejs = run_both(node_path, [entry], tmp_path)
    assert node.code == 0, node.stderr
    assert (scopejs.stdout, scopejs.code) == (node.stdout, node.code), scopejs.stderr


def test_core_modules_refused_without_capability():
    """An embedded Engine has no `process`/`require`; a node host without the "fs"
    capability refuses node:fs with a clear error (the CLI grants it)."""
    from scopejs.api import Engine
    from scopejs.errors import JSError
    from scopejs.host.node import install_node_host
    engine = Engine()
    assert engine.evaluate("typeof process + typeof require + typeof Buffer") == \
        "undefinedundefinedundefined"
    node = install_node_host(engine.host, ["scopejs"], allow=())
    from scopejs.modules.commonjs import main_require
    import os
    module, require = main_require(node.loader, os.getcwd())
    engine.realm.global_object.Set("require", require, engine.realm.global_object)
    assert engine.evaluate("require('path').join('a', 'b')") == "a/b"
    assert engine.evaluate("Object.keys(process.env).length") == 0
    with pytest.raises(JSError, match="does not allow 'fs'"):
        engine.evaluate("require('fs')")


@pytest.mark.parametrize("bad", ["const x = 1;\nlet y = ;\n", "let = ;\n"])
def test_syntax_error_in_required_file_reported_there(node_path, tmp_path, bad):
    """node reports a required file's syntax error with that file's code frame (not the
    require call's), then `SyntaxError: ...`; catching it gives the same error."""
    write_tree(tmp_path, {"bad.js": bad, "main.js": (
        "try { require('./bad'); } catch (e) { console.log(e.name, e.message); }\n"
        "require('./bad');\n")})
    node, scopejs = run_both(node_path, ["main.js"], tmp_path)
    assert (scopejs.stdout, scopejs.code) == (node.stdout, node.code) == (node.stdout, 1)
    assert scopejs.stderr.split("\n")[:5] == node.stderr.split("\n")[:5]
    assert node.stderr.startswith(str(tmp_path / "bad.js"))
