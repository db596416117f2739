"""The command line next to node's: every CLI difference of issue 9 as a differential test
(same arguments, same files, same stdin; stdout and exit code compared)."""
from __future__ import annotations

import os
import re
import subprocess

import pytest

from tests.node.differential import run, run_both, scopejs_command, write_tree


def same(node_path, tmp_path, args, files=None, stdin=None):
    write_tree(tmp_path, files or {})
    node, scopejs = run_both(node_path, args, tmp_path, stdin)
    assert (scopejs.stdout, scopejs.code) == (node.stdout, node.code), scopejs.stderr
    return node, scopejs


def test_print_flag(node_path, tmp_path):
    same(node_path, tmp_path, ["-p", "[1, 2].map(x => x * 2).concat('s', {a: 1})"])
    same(node_path, tmp_path, ["-e", "6 * 7", "-p"])


def test_eval_with_script_arguments(node_path, tmp_path):
    same(node_path, tmp_path, ["-e", "console.log(process.argv.slice(1), __filename, typeof require, module.id)",
                               "a", "--b", "c"])


def test_script_arguments_and_double_dash(node_path, tmp_path):
    files = {"args.js": "console.log(process.argv.slice(2), process.argv[1].endsWith('args.js'))\n"}
    same(node_path, tmp_path, ["args.js", "x", "--flag", "-e", "y"], files)
    same(node_path, tmp_path, ["--", "args.js", "--", "z"], files)


def test_script_from_stdin(node_path, tmp_path):
    same(node_path, tmp_path, [], stdin="console.log('from stdin', typeof require)\n")
    same(node_path, tmp_path, ["-", "p", "q"], stdin="console.log(process.argv.slice(2))\n")


def test_missing_file_exits_1_with_node_message(node_path, tmp_path):
    node, scopejs = same(node_path, tmp_path, ["no_such_file.js"])
    assert scopejs.code == 1
    message = f"Error: Cannot find module '{tmp_path / 'no_such_file.js'}'"
    assert message in node.stderr and message in scopejs.stderr
    assert "code: 'MODULE_NOT_FOUND'" in scopejs.stderr


def test_version():
    out = subprocess.run(scopejs_command() + ["--version"], capture_output=True, text=True)
    assert re.fullmatch(r"v\d+\.\d+\.\d+\n", out.stdout) and out.returncode == 0


def test_mjs_runs_as_module(node_path, tmp_path):
    same(node_path, tmp_path, ["m.mjs"], {"m.mjs": "import { sep } from 'path';\nexport const x = 1;\n"
                                          "console.log(sep, typeof require, import.meta.url.endsWith('m.mjs'));\n"})


def test_import_syntax_in_js_is_detected(node_path, tmp_path):
    files = {"detect.js": "import { basename } from 'node:path';\n"
                          "console.log(basename(import.meta.filename), typeof module);\n",
             "tla.js": "const v = await Promise.resolve('top-level await');\nconsole.log(v);\n"}
    same(node_path, tmp_path, ["detect.js"], files)
    same(node_path, tmp_path, ["tla.js"], files)


def test_cjs_extension_is_commonjs_inside_type_module(node_path, tmp_path):
    same(node_path, tmp_path, ["c.cjs"], {"package.json": '{"type": "module"}',
                                          "c.cjs": "console.log(typeof require, typeof module.exports);\n"})


def test_module_eval_writes_no_file(tmp_path):
    before = sorted(os.listdir(tmp_path))
    out = run(scopejs_command() + ["--module", "-e",
                                   "import { sep } from 'path'; console.log(sep, typeof require)"],
              tmp_path)
    assert out.stdout == "/ undefined\n" and out.code == 0, out.stderr
    assert sorted(os.listdir(tmp_path)) == before


def test_exit_codes(node_path, tmp_path):
    same(node_path, tmp_path, ["-e", "process.exitCode = 3; console.log('set')"])
    same(node_path, tmp_path, ["-e", "process.on('exit', c => console.log('exit', c)); process.exit(5); console.log('no')"])
    same(node_path, tmp_path, ["-e", "throw new Error('boom')"])
    same(node_path, tmp_path, ["-e", "Promise.reject(new Error('late'))"])


def test_process_object(node_path, tmp_path):
    same(node_path, tmp_path, ["-e", """
process.stdout.write('no newline|');
process.stderr.write('');
const t = process.hrtime(); const d = process.hrtime(t);
console.log(Array.isArray(t), d.length, typeof process.hrtime.bigint(), process.platform,
            typeof process.env.PATH, process.cwd() === require('path').resolve('.'),
            typeof process.memoryUsage().rss, typeof process.pid, process.version.startsWith('v'));
"""])


def test_globals_node_has(node_path, tmp_path):
    same(node_path, tmp_path, ["-e", """
console.log(global === globalThis, typeof structuredClone, typeof queueMicrotask);
const c = structuredClone({a: [1, {b: new Date(0)}], m: new Map([[1, 2]])});
console.log(c.a[1].b.getTime(), c.m.get(1));
console.log(new TextDecoder().decode(new TextEncoder().encode('h\u00e9\u20ac')), btoa('ab'), atob('YWI='));
const u = new URL('../x?q=1#h', 'http://example.com/a/b/c'); console.log(u.href, u.searchParams.get('q'));
console.log(Buffer.from('hi').toString('hex'), Buffer.isBuffer(Buffer.alloc(2)));
const ac = new AbortController(); ac.signal.addEventListener('abort', () => console.log('abort', ac.signal.aborted)); ac.abort();
const et = new EventTarget(); et.addEventListener('e', (ev) => console.log(ev.type)); et.dispatchEvent(new Event('e'));
"""])


def test_structured_clone_keeps_resizable_buffers_and_length_tracking_views(node_path, tmp_path):
    same(node_path, tmp_path, ["-e", """
const b=new ArrayBuffer(8,{maxByteLength:16}); new Uint8Array(b)[1]=7;
const c=structuredClone(b); console.log(c.resizable, c.maxByteLength, c.byteLength, new Uint8Array(c)[1]);
const t=new Uint8Array(b); const ct=structuredClone(t); ct.buffer.resize(12); console.log(ct.length, ct.buffer.resizable);
const t2=new Uint8Array(b,0,4); const c2=structuredClone(t2); c2.buffer.resize(12); console.log(c2.length);
const d=new DataView(b,2); const cd=structuredClone(d); cd.buffer.resize(16); console.log(cd.byteLength);
const d2=new DataView(b,2,3); const cd2=structuredClone(d2); cd2.buffer.resize(16); console.log(cd2.byteLength);
const f=structuredClone(new Float64Array([1.5,2])); console.log(f);"""])


def test_timers_real_clock_and_phases(node_path, tmp_path):
    same(node_path, tmp_path, ["-e", """
const t = Date.now();
setTimeout(() => console.log('after 1000ms:', Date.now() - t >= 990), 1000);
setTimeout(() => {
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate first'));
}, 50);   // (after the 1 ms interval below even when starting up is slow)
process.nextTick(() => console.log('tick before promise'));
Promise.resolve().then(() => console.log('promise'));
clearTimeout(Infinity); clearTimeout(undefined); clearTimeout({});
const i = setInterval(() => { console.log('interval'); clearInterval(i); }, 1);
setTimeout(() => console.log('unref never runs'), 50000).unref();
"""])


STDIN_READERS = {
    "readline_lines.js": "const rl = require('readline').createInterface({ input: process.stdin });\n"
                         "let n = 0; rl.on('line', (l) => { n += Number(l) || 0; console.log(JSON.stringify(l)); });\n"
                         "rl.on('close', () => console.log('sum', n));\n",
    "readline_async.js": "(async () => { const rl = require('readline').createInterface({ input: process.stdin });\n"
                         "  for await (const line of rl) console.log('got', line); console.log('done'); })();\n",
    "stdin_events.js": "let s = ''; process.stdin.setEncoding('utf8'); process.stdin.on('data', (c) => s += c);\n"
                       "process.stdin.on('end', () => console.log(s.split('\\n')));\n",
    "read_fd0.js": "console.log(require('fs').readFileSync(0, 'utf8').toUpperCase());\n",
}


@pytest.mark.parametrize("script", sorted(STDIN_READERS))
def test_programs_reading_stdin(node_path, tmp_path, script):
    same(node_path, tmp_path, [script], STDIN_READERS, stdin="1\n2\r\nthree\n4")


def test_uncaught_exception_and_rejection_listeners(node_path, tmp_path):
    same(node_path, tmp_path, ["ue.js"], {"ue.js": """
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
process.on('unhandledRejection', (r, p) => console.log('rejected', r.message, p instanceof Promise));
setTimeout(() => { throw new Error('in timer'); }, 1);
Promise.reject(new Error('nobody'));
setTimeout(() => console.log('still running'), 20);
throw new Error('top');
"""})
