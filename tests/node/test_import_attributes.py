"""ES2025 import attributes and JSON modules: the syntax, the early errors, the module map keyed
by (module, type), import()'s second argument, and node's ERR_IMPORT_ASSERTION_* checks, each
compared with node 20 where node and the spec agree."""
from __future__ import annotations

import pytest

from scopejs.errors import JSError, JSSyntaxError
from scopejs.inspect.ast_dump import to_estree
from scopejs.parsing.parser import parse
from tests.node.differential import run_both, write_tree

JSON_TEXT = '{"x": 1, "list": [2, 3], "nested": {"s": "\\u00e9"}}\n'

CASES = {
    "static_dynamic_and_reexport_share_one_record": {
        "main.mjs": "import data from './a.json' with { type: 'json' };\n"
                    "import { d2 } from './re.mjs';\n"
                    "import * as ns from './a.json' with { 'type': \"json\", };\n"
                    "console.log(data, d2 === data, ns.default === data, Object.keys(ns));\n"
                    "const m = await import('./a.json', { with: { type: 'json' } });\n"
                    "console.log(m.default === data, Object.keys(m), typeof m.x);\n"
                    "data.added = true; console.log(Object.isExtensible(data), m.default.added);\n",
        "re.mjs": "export { default as d2 } from './a.json' with { type: 'json' };\n",
        "a.json": JSON_TEXT,
    },
    "json_values_that_are_not_objects": {
        "main.mjs": "import n from './n.json' with { type: 'json' };\n"
                    "import s from './s.json' with { type: 'json' };\n"
                    "import a from './arr.json' with { type: 'json' };\n"
                    "console.log(n, s, a, Array.isArray(a));\n",
        "n.json": "-1.5e3", "s.json": '"text"', "arr.json": "[1, {\"b\": null}]",
    },
    "import_call_options_validation": {
        "main.mjs": "const tries = [5, null, { with: 5 }, { with: null }, { with: { type: 1 } },\n"
                    "  { with: { type: 'css' } }];\n"
                    "for (const o of tries) {\n"
                    "  try { await import('./a.json', o); console.log('resolved'); }\n"
                    "  catch (e) { console.log(e.name, e.code); }\n}\n"
                    "for (const o of [undefined, {}, { with: undefined }]) {\n"
                    "  const m = await import('./dep.mjs', o); console.log(m.q);\n}\n"
                    "let order = [];\n"
                    "const p = import((order.push('spec'), './a.json'),\n"
                    "  (order.push('options'), { get with() { order.push('get with');\n"
                    "    return { type: 'json' }; } }));\n"
                    "order.push('after'); console.log(order.join(), (await p).default.x);\n",
        "dep.mjs": "export const q = 'dep';\n",
        "a.json": JSON_TEXT,
    },
    "node_format_checks": {
        "main.mjs": "for (const [spec, type] of [['./a.json'], ['./dep.mjs', 'json'],\n"
                    "    ['node:path', 'json'], ['./bad.json', 'json'], ['./missing.json', 'json']]) {\n"
                    "  try { await import(spec, type ? { with: { type } } : undefined);\n"
                    "        console.log('resolved', spec); }\n"
                    "  catch (e) { console.log(e.name, e.code, e.message); }\n}\n",
        "dep.mjs": "export const q = 1;\n",
        "a.json": JSON_TEXT,
        "bad.json": '{"a": 1,}',
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_import_attributes_like_node(node_path, tmp_path, name):
    write_tree(tmp_path, CASES[name])
    node, scopejs = run_both(node_path, ["main.mjs"], tmp_path)
    assert node.code == 0, node.stderr
    assert (scopejs.stdout, scopejs.code) == (node.stdout, node.code), scopejs.stderr


@pytest.mark.parametrize("main", [
    "import data from './a.json';\nconsole.log(data);\n",                       # type missing
    "import data from './a.json' with { type: 'json', type: 'json' };\n",        # duplicate key
])
def test_static_import_errors_like_node(node_path, tmp_path, main):
    write_tree(tmp_path, {"main.mjs": main, "a.json": JSON_TEXT})
    node, scopejs = run_both(node_path, ["main.mjs"], tmp_path)
    assert node.code == scopejs.code == 1
    last = [line for line in node.stderr.splitlines() if "Error" in line][0]
    kind = last.split(":")[0].split(" [")[0]
    assert kind in scopejs.stderr, (node.stderr, scopejs.stderr)
    if "[" in last:      # node's code, e.g. TypeError [ERR_IMPORT_ASSERTION_TYPE_MISSING]
        assert last[last.index("[") + 1:last.index("]")] in scopejs.stderr


def test_estree_of_with_clauses_and_import_options():
    program = parse("import a from 'x' with { type: 'json', 'k': 'v' };\n"
                    "export * from 'y' with {};\nexport { b } from 'z' with { type: 'json' };\n"
                    "import('w', { with: { type: 'json' } }); import('v',);\n", module=True)
    tree = to_estree(program, None)
    first = tree["body"][0]["attributes"]
    assert [(e["key"].get("name", e["key"].get("value")), e["value"]["value"]) for e in first] == \
        [("type", "json"), ("k", "v")]
    assert first[0]["type"] == "ImportAttribute" and first[1]["key"]["type"] == "Literal"
    assert tree["body"][1]["attributes"] == []
    assert tree["body"][2]["attributes"][0]["value"]["value"] == "json"
    call = tree["body"][3]["expression"]
    assert call["options"]["type"] == "ObjectExpression"
    assert "options" not in tree["body"][4]["expression"]       # `import('v',)`: no options
    # No with clause: the field is left out, as acorn does for ES2023 (the parity tests' level).
    assert "attributes" not in to_estree(parse("import 'q';", module=True), None)["body"][0]


@pytest.mark.parametrize("source, message", [
    ("import a from 'x' with { type: 'json', type: 'json' };", "duplicate key 'type'"),
    ("export * from 'x' with { a: '', 'a': '' };", "duplicate key 'a'"),
    ("import a from 'x' with { type: json };", "Unexpected"),
    ("import a from 'x' with { type: 'json' } with {};", "Unexpected"),
    ("export { a } with { type: 'json' };", "Unexpected"),
    ("import('x', {}, {});", "Unexpected"),
    ("import();", "Unexpected"),
])
def test_with_clause_early_errors(source, message):
    with pytest.raises(JSSyntaxError, match=message):
        parse(source, module=True)


def test_json_module_through_a_file_loader(tmp_path):
    """The engine's own JSON modules (any host loader): `type: 'json'` parses the text with
    %JSON.parse% into a module whose only export is default; an unknown attribute key is a
    SyntaxError before anything runs (ParseModule); invalid JSON a SyntaxError naming the file."""
    from scopejs.api import Engine
    from scopejs.modules.loader import FileLoader
    write_tree(tmp_path, {
        "a.json": JSON_TEXT,
        "bad.json": "{,}",
        "main.mjs": "import d from './a.json' with { type: 'json' };\n"
                    "import * as ns from './a.json' with { type: 'json' };\n"
                    "JSON.parse = () => 'patched';\n"
                    "globalThis.out = [d.list[1], Object.keys(ns).join(), d.nested.s,\n"
                    "                  (await import('./a.json', { with: { type: 'json' } })).default === d];\n",
        "unsupported.mjs": "globalThis.ran = true;\n"
                           "import d from './a.json' with { type: 'json', other: 'x' };\n",
        "invalid.mjs": "import d from './bad.json' with { type: 'json' };\n",
    })
    engine = Engine(module_loader=FileLoader(tmp_path))
    engine.run_module_file("/main.mjs")
    engine.run_jobs()
    assert engine.evaluate("globalThis.out") == [3, "default", "\u00e9", True]
    with pytest.raises(JSError, match='Import attribute "other" with value "x" is not supported'):
        engine.run_module_file("/unsupported.mjs")
    assert engine.evaluate("typeof globalThis.ran") == "undefined"
    with pytest.raises(JSError, match="bad.json: "):
        engine.run_module_file("/invalid.mjs")


def test_import_call_rejects_unsupported_keys_and_sorts_the_rest(tmp_path):
    """EvaluateImportCall steps 7.d-8 (spec; node 20's V8 dropped unknown keys instead)."""
    from scopejs.api import Engine
    from scopejs.modules.loader import FileLoader
    write_tree(tmp_path, {"a.json": "[1]", "main.mjs": (
        "globalThis.log = [];\n"
        "import('./a.json', { with: { other: 'x', type: 'json' } }).catch(\n"
        "  (e) => log.push(e.constructor.name + ': ' + e.message));\n"
        "const sym = Symbol();\n"
        "import('./a.json', { with: { type: 'json', [sym]: 1 } }).then(\n"
        "  (m) => log.push(m.default.length));\n")})
    engine = Engine(module_loader=FileLoader(tmp_path))
    engine.run_module_file("/main.mjs")
    engine.run_jobs()
    assert engine.evaluate("log") == [
        'TypeError: Import attribute "other" with value "x" is not supported', 1]


def test_import_in_eval_code_resolves_against_the_calling_file(node_path, tmp_path):
    """GetActiveScriptOrModule of eval code is its caller's: import() inside eval in
    sub/main.mjs finds sub/dep.mjs, not ./dep.mjs of the working directory."""
    write_tree(tmp_path, {
        "sub/main.mjs": "const m = await eval(\"import('./dep.mjs')\");\n"
                        "const j = await (0, eval)(\"import('./d.json', { with: { type: 'json' } })\");\n"
                        "console.log(m.where, j.default);\n",
        "sub/dep.mjs": "export const where = 'sub';\n",
        "sub/d.json": "[1]",
        "dep.mjs": "export const where = 'root';\n",
    })
    node, scopejs = run_both(node_path, ["sub/main.mjs"], tmp_path)
    assert node.stdout == "sub [ 1 ]\n", node.stderr
    assert (scopejs.stdout, scopejs.code) == (node.stdout, node.code), scopejs.stderr


@pytest.mark.parametrize("main", ["import './bad.mjs';\n", "await import('./bad.mjs');\n",
                                  "await import('./bad.json', { with: { type: 'json' } });\n"])
def test_syntax_error_of_an_imported_module_reported_in_that_file(node_path, tmp_path, main):
    """node shows the code frame of the module that does not parse (a static or dynamic
    import), not the importing line; a JSON module's parse error names the file."""
    write_tree(tmp_path, {"main.mjs": main, "bad.mjs": "export const a = 1;\nlet y = ;\n",
                          "bad.json": '{"a": 1,}'})
    node, scopejs = run_both(node_path, ["main.mjs"], tmp_path)
    assert node.code == scopejs.code == 1
    if "json" in main:
        assert "SyntaxError: " + str(tmp_path / "bad.json") in node.stderr
        assert "SyntaxError: " + str(tmp_path / "bad.json") in scopejs.stderr
        return
    assert scopejs.stderr.split("\n")[:5] == node.stderr.split("\n")[:5]
    assert node.stderr.startswith("file://" + str(tmp_path / "bad.mjs") + ":2\n")
