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
