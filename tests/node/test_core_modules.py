"""node's core modules as the node host provides them, each script run under node too."""
from __future__ import annotations

import pytest

from tests.node.differential import run_both, write_tree

SCRIPTS = {
    "path.js": r"""
const path = require('path');
const cases = ['', '.', '/', '//a//b/../c/', 'a/./b/..', '../x', '/a/b.tar.gz', '.bashrc', 'a/b/', 'dir/file.'];
for (const p of cases) console.log(JSON.stringify([p, path.normalize(p || '.'), path.dirname(p), path.basename(p), path.extname(p), path.isAbsolute(p)]));
console.log(path.join('a', '', '../b', 'c/'), path.resolve('/x', 'y', '..', 'z'), path.relative('/a/b/c', '/a/d'));
console.log(JSON.stringify(path.parse('/home/u/file.txt')), path.format({ dir: '/d', name: 'n', ext: 'e' }));
console.log(path.basename('/a/b.js', '.js'), path.sep, path.delimiter, path.posix === path);
try { path.join(1); } catch (e) { console.log(e.code, e.message); }
""",
    "buffer.js": r"""
const b = Buffer.from('héllo, wörld €');
console.log(b.length, b.toString('hex'), b.toString('base64'), b.toString('base64url'), b.toString('latin1').length);
console.log(Buffer.from('aGVsbG8', 'base64').toString(), Buffer.from('68656c6c6f', 'hex').toString('utf16le').length);
const c = Buffer.concat([Buffer.from([1, 2]), Buffer.alloc(2, 0xff)]);
console.log(JSON.stringify(c), c.readUInt16BE(1), c.readInt8(3), c.equals(Buffer.from([1, 2, 255, 255])));
const w = Buffer.alloc(8); w.writeDoubleLE(1.5); console.log(w.readDoubleLE(0), w.writeUInt32BE(0xdeadbeef, 4), w.toString('hex'));
console.log(b.indexOf('wörld'), b.includes('€'), b.subarray(0, 5).toString(), Buffer.byteLength('€'), Buffer.compare(Buffer.from('a'), Buffer.from('b')));
console.log(Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)), b instanceof Uint8Array, Buffer.from(b.buffer, b.byteOffset, 2).toString());
""",
    "url_qs.js": r"""
const { URL, URLSearchParams, fileURLToPath, pathToFileURL } = require('url');
for (const [u, base] of [['https://a.b/c?d=1#e'], ['../x/./y?q', 'http://h.com/a/b/c'], ['HTTP://EX.com:80/%7Efoo'],
                         ['file:///tmp/a%20b'], ['mailto:me@x.org'], ['//other/p', 'https://h/']]) {
  const url = new URL(u, base);
  console.log(url.href, url.protocol, url.host, url.pathname, url.search, url.hash, url.origin);
}
const u = new URL('https://h/p?a=1&b=2'); u.searchParams.append('c', 'x y'); u.searchParams.delete('a'); u.hash = 'frag';
console.log(u.href, [...u.searchParams.keys()].join(','), u.searchParams.size);
const sp = new URLSearchParams('z=1&a=2&z=3'); sp.sort(); console.log(sp.toString(), sp.getAll('z'), sp.has('a'));
console.log(fileURLToPath('file:///tmp/a%20b'), pathToFileURL('/tmp/x y#').href);
try { new URL('nope'); } catch (e) { console.log(e.code, e.message); }
const qs = require('querystring');
console.log(qs.stringify({ a: [1, 2], b: 'x y&z', c: true }), JSON.stringify(qs.parse('a=1&b=%20&a=3&c')));
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8'); const euro = Buffer.from('€');
console.log(d.write(euro.subarray(0, 1)) + '|' + d.write(euro.subarray(1)) + '|' + d.end());
""",
    "events_util.js": r"""
const EventEmitter = require('events');
const util = require('util');
class E extends EventEmitter {}
const e = new E();
e.on('a', function (x) { console.log('a1', x, this === e); });
e.prependListener('a', () => console.log('a0'));
e.once('a', () => console.log('once'));
e.emit('a', 1); e.emit('a', 2);
console.log(e.listenerCount('a'), e.eventNames(), e.rawListeners('a').length);
try { e.emit('error', new Error('unhandled')); } catch (err) { console.log('thrown', err.message); }
EventEmitter.once(e, 'later').then(([v]) => console.log('events.once', v)); e.emit('later', 42);
console.log(util.format('%s %d %i %f %j %o %%', 'str', 42.5, 42.5, '1.5', { a: 1 }, [1]), util.format('a', 'b', 3));
console.log(util.inspect({ deep: { deeper: { deepest: { x: 1 } } } }, { depth: 0 }), util.inspect('q', { colors: false }));
const dep = util.deprecate(() => 'called', 'old api', 'DEP0999'); console.log(dep());
console.log(util.isDeepStrictEqual(new Set([1, [2]]), new Set([1, [2]])), util.types.isRegExp(/x/), util.types.isAsyncFunction(async () => {}));
util.callbackify(async (x) => x + 1)(1, (err, v) => console.log('callbackify', err, v));
""",
    "assert_fs_os.js": r"""
const assert = require('assert');
const fs = require('fs'), path = require('path'), os = require('os');
for (const f of [() => assert.strictEqual(1, 2), () => assert.ok(1), () => assert.throws(() => {}),
                 () => assert.deepStrictEqual({ a: 1 }, { a: 1 }), () => assert.notStrictEqual(1, 1),
                 () => assert.throws(() => { throw new TypeError('bad'); }, TypeError), () => assert.equal('1', 1),
                 () => assert.match('abc', /x/)]) {
  try { f(); console.log('passed'); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message), e.operator); }
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-'));
fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a/f.txt'), 'one\n'); fs.appendFileSync(path.join(dir, 'a/f.txt'), 'two\n');
console.log(fs.readFileSync(path.join(dir, 'a/f.txt'), 'utf8'), fs.readdirSync(path.join(dir, 'a')));
console.log(fs.readdirSync(path.join(dir, 'a'), { withFileTypes: true }).map((d) => [d.name, d.isDirectory()]));
const st = fs.statSync(path.join(dir, 'a/f.txt')); console.log(st.size, st.isFile(), st.isDirectory(), st.mtime instanceof Date);
fs.renameSync(path.join(dir, 'a/f.txt'), path.join(dir, 'g.txt')); console.log(fs.existsSync(path.join(dir, 'a/f.txt')), fs.existsSync(path.join(dir, 'g.txt')));
try { fs.readFileSync(path.join(dir, 'missing')); } catch (e) { console.log(e.code, e.syscall, e.errno, e.message.replace(dir, 'DIR')); }
// (one after the other: node completes concurrent fs requests in either order)
fs.promises.readFile(path.join(dir, 'g.txt'), 'utf8').then((t) => {
  console.log('promises', t.length);
  fs.readFile(path.join(dir, 'g.txt'), (err, buf) => {
    console.log('callback', err, buf.length); fs.rmSync(dir, { recursive: true }); console.log(fs.existsSync(dir));
  });
});
console.log(typeof os.hostname(), os.EOL === '\n', os.platform() === process.platform, os.tmpdir().length > 0, typeof os.totalmem());
""",
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_core_module_like_node(node_path, tmp_path, script):
    write_tree(tmp_path, SCRIPTS)
    node, scopejs = run_both(node_path, [script], tmp_path)
    assert node.code == 0, node.stderr
    assert scopejs.stdout == node.stdout, scopejs.stderr
    assert scopejs.code == node.code
