'use strict';
// node:fs — synchronous calls, callback forms over them, and fs.promises (CLI capability "fs").
const { Buffer } = require('buffer');

function pathArg(p) {
  if (p instanceof URL) return decodeURIComponent(p.pathname);
  if (p instanceof Uint8Array) return p.toString();
  if (typeof p !== 'string') {
    const err = new TypeError('The "path" argument must be of type string or an instance of Buffer or URL. Received ' +
      (p === null ? 'null' : p === undefined ? 'undefined' : 'type ' + typeof p));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return p;
}
function encodingOf(options) {
  if (typeof options === 'string') return options;
  if (options && typeof options === 'object') return options.encoding || null;
  return null;
}

class Stats {
  constructor(raw) {
    for (const k of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
      'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) this[k] = raw[k];
    this.atime = new Date(raw.atimeMs);
    this.mtime = new Date(raw.mtimeMs);
    this.ctime = new Date(raw.ctimeMs);
    this.birthtime = new Date(raw.birthtimeMs);
    Object.defineProperty(this, '_raw', { value: raw });
  }
  isFile() { return this._raw.isFile; }
  isDirectory() { return this._raw.isDirectory; }
  isSymbolicLink() { return this._raw.isSymbolicLink; }
  isFIFO() { return false; }
  isSocket() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
}
class Dirent {
  constructor(name, isDir, isLink, path) { this.name = name; this.path = path; this._d = isDir; this._l = isLink; }
  isFile() { return !this._d && !this._l; }
  isDirectory() { return this._d; }
  isSymbolicLink() { return this._l; }
}

function readFileSync(path, options) {
  const enc = encodingOf(options);
  if (path === 0) {   // the standard input, read to its end
    const buf = Buffer.from(binding.readStdin(), 'latin1');
    return enc ? buf.toString(enc) : buf;
  }
  if (enc === 'utf8' || enc === 'utf-8') return binding.readFile(pathArg(path), 'utf8');
  const buf = Buffer.from(binding.readFile(pathArg(path), 'latin1'), 'latin1');
  return enc ? buf.toString(enc) : buf;
}
function toBinary(data, options) {
  if (typeof data === 'string') return Buffer.from(data, encodingOf(options) || 'utf8').toString('latin1');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  const err = new TypeError('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}
function writeFileSync(path, data, options) {
  const flag = options && typeof options === 'object' && options.flag === 'a' ? 'a' : 'w';
  binding.writeFile(pathArg(path), toBinary(data, options), flag);
}
function appendFileSync(path, data, options) { binding.writeFile(pathArg(path), toBinary(data, options), 'a'); }
function existsSync(path) { try { return binding.exists(pathArg(path)); } catch { return false; } }
function accessSync(path) { binding.access(pathArg(path)); }
function statSync(path, options) {
  try { return new Stats(binding.stat(pathArg(path), true)); } catch (e) {
    if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
    throw e;
  }
}
function lstatSync(path) { return new Stats(binding.stat(pathArg(path), false)); }
function readdirSync(path, options) {
  const entries = binding.readdir(pathArg(path));
  if (options && options.withFileTypes) return entries.map(([n, d, l]) => new Dirent(n, d, l, path));
  return entries.map((e) => e[0]);
}
function mkdirSync(path, options) {
  const recursive = typeof options === 'object' && options !== null && options.recursive === true;
  return binding.mkdir(pathArg(path), recursive);
}
function rmSync(path, options) {
  options = options || {};
  binding.rm(pathArg(path), options.recursive === true, options.force === true);
}
function rmdirSync(path, options) {
  if (options && options.recursive) return rmSync(path, { recursive: true, force: true });
  binding.rmdir(pathArg(path));
}
function unlinkSync(path) { binding.unlink(pathArg(path)); }
function renameSync(a, b) { binding.rename(pathArg(a), pathArg(b)); }
function copyFileSync(a, b) { binding.copyFile(pathArg(a), pathArg(b)); }
function realpathSync(p) { return binding.realpath(pathArg(p)); }
realpathSync.native = realpathSync;
function mkdtempSync(prefix) { return binding.mkdtemp(prefix); }

const sync = {
  readFileSync, writeFileSync, appendFileSync, existsSync, accessSync, statSync, lstatSync,
  readdirSync, mkdirSync, rmSync, rmdirSync, unlinkSync, renameSync, copyFileSync,
  realpathSync, mkdtempSync,
};

// Callback forms: run the synchronous call, deliver the result on the next turn (as the
// completion of node's thread-pool work would).
const fs = Object.assign({}, sync);
for (const name of Object.keys(sync)) {
  if (name === 'existsSync') continue;
  const base = name.slice(0, -4);
  fs[base] = function (...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') {
      const err = new TypeError('The "cb" argument must be of type function. Received ' + (cb === undefined ? 'undefined' : 'type ' + typeof cb));
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    let result, error = null;
    try { result = sync[name](...args); } catch (e) { error = e; }
    setImmediate(() => (error ? cb(error) : cb(null, result)));
  };
}
fs.exists = function exists(path, cb) { const r = existsSync(path); setImmediate(() => cb(r)); };
fs.promises = {};
for (const name of Object.keys(sync)) {
  if (name === 'existsSync') continue;
  fs.promises[name.slice(0, -4)] = (...args) => new Promise((resolve, reject) => {
    let result;
    try { result = sync[name](...args); } catch (e) { setImmediate(() => reject(e)); return; }
    setImmediate(() => resolve(result));
  });
}
fs.constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, COPYFILE_EXCL: 1 };
Object.assign(fs, fs.constants);
fs.Stats = Stats;
fs.Dirent = Dirent;
module.exports = fs;
