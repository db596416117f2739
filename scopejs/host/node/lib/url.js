'use strict';
// node:url — WHATWG URL and URLSearchParams (a simplified parser: special schemes with
// authority, dot-segment removal, default ports, percent-encoding of paths, queries and
// fragments; no IDNA or IPv6 normalisation), plus fileURLToPath/pathToFileURL and the legacy
// url.parse/url.format for common inputs.
const SPECIAL = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };

function invalidURL(input) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  return err;
}

function encodeSet(str, re) {
  let out = '';
  for (const ch of str) {
    if (re.test(ch) || ch.codePointAt(0) > 0x7e || ch.codePointAt(0) < 0x21) {
      for (const b of new TextEncoder().encode(ch)) out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
    } else out += ch;
  }
  return out;
}
const PATH_SET = /["#<>?`{}]/;
const QUERY_SET = /["#<>]/;
const FRAGMENT_SET = /["<>`]/;
const USERINFO_SET = /["#<>?`{}/:;=@[\\\]^|]/;

function removeDots(segments) {
  const out = [];
  for (const s of segments) {
    if (s === '..' || s.toLowerCase() === '%2e%2e' || s === '.%2e' || s === '%2e.') { if (out.length) out.pop(); }
    else if (s !== '.' && s.toLowerCase() !== '%2e') out.push(s);
  }
  return out;
}

function parseURL(input, base) {
  input = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(input);
  const r = { protocol: '', username: '', password: '', hostname: '', port: '', pathname: '', search: '', hash: '', opaque: false };
  let rest;
  if (m) {
    r.protocol = m[1].toLowerCase() + ':';
    rest = m[2];
    if (base && base.protocol === r.protocol && r.protocol in SPECIAL && !/^[\\/]/.test(rest)) {
      return parseRelative(rest, base);
    }
  } else {
    if (!base) return null;
    return parseRelative(input, base);
  }
  const special = r.protocol in SPECIAL;
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) { r.hash = rest.slice(hashAt); rest = rest.slice(0, hashAt); }
  const qAt = rest.indexOf('?');
  if (qAt >= 0) { r.search = rest.slice(qAt); rest = rest.slice(0, qAt); }
  if (special) rest = rest.replace(/\\/g, '/');
  if (rest.startsWith('//') || (special && r.protocol !== 'file:')) {
    rest = r.protocol === 'file:' ? rest.slice(2) : rest.replace(/^\/*/, '');
    const slash = rest.indexOf('/');
    let authority = slash >= 0 ? rest.slice(0, slash) : rest;
    rest = slash >= 0 ? rest.slice(slash) : '';
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
      const info = authority.slice(0, at);
      authority = authority.slice(at + 1);
      const colon = info.indexOf(':');
      r.username = encodeSet(colon >= 0 ? info.slice(0, colon) : info, USERINFO_SET);
      r.password = colon >= 0 ? encodeSet(info.slice(colon + 1), USERINFO_SET) : '';
    }
    const pm = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
    if (!pm) return null;
    r.hostname = special ? decodeURIComponent(pm[1]).toLowerCase() : pm[1];
    if (special && /[\u0000\t\n\r #%/:<>?@[\\\]^|]/.test(r.hostname.replace(/^\[.*\]$/, 'x'))) return null;
    if (special && r.protocol !== 'file:' && r.hostname === '') return null;
    if (pm[2] !== undefined && pm[2] !== '') {
      const port = Number(pm[2]);
      if (port > 65535) return null;
      r.port = port === SPECIAL[r.protocol] ? '' : String(port);
    }
    r.pathname = rest;
  } else if (special) {
    r.pathname = rest;
  } else {
    r.opaque = !rest.startsWith('/');
    r.pathname = rest;
  }
  finishPath(r, special);
  r.search = r.search === '?' ? '' : r.search && '?' + encodeSet(r.search.slice(1), QUERY_SET);
  r.hash = r.hash === '#' ? '' : r.hash && '#' + encodeSet(r.hash.slice(1), FRAGMENT_SET);
  return r;
}

function finishPath(r, special) {
  if (r.opaque) return;
  let p = r.pathname;
  if (special && p === '') p = '/';
  if (p !== '') {
    const segs = p.split('/').slice(1);
    const last = segs[segs.length - 1];
    let out = removeDots(segs);
    if (last === '.' || last === '..') out.push('');
    p = '/' + out.map((s) => encodeSet(s, PATH_SET)).join('/');
  }
  r.pathname = p;
}

function parseRelative(input, base) {
  const r = Object.assign({}, base);
  const special = r.protocol in SPECIAL;
  if (special) input = input.replace(/\\/g, '/');
  if (input.startsWith('//')) return parseURL(r.protocol + input);
  let hash = '';
  let search = null;
  const hashAt = input.indexOf('#');
  if (hashAt >= 0) { hash = input.slice(hashAt); input = input.slice(0, hashAt); }
  const qAt = input.indexOf('?');
  if (qAt >= 0) { search = input.slice(qAt); input = input.slice(0, qAt); }
  if (input === '') {
    if (search === null) search = base.search;
  } else if (input.startsWith('/')) {
    r.pathname = input;
  } else {
    const dir = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
    r.pathname = dir + input;
  }
  r.search = search === null ? '' : search;
  r.hash = hash;
  if (input !== '') finishPath(r, special);
  r.search = r.search === '?' ? '' : r.search && '?' + encodeSet(r.search.slice(1), QUERY_SET);
  r.hash = r.hash === '#' ? '' : r.hash && '#' + encodeSet(r.hash.slice(1), FRAGMENT_SET);
  return r;
}

const kRec = Symbol('url');
class URL {
  constructor(input, base) {
    if (arguments.length === 0) {
      const err = new TypeError('The "url" argument must be specified');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    let b;
    if (base !== undefined) {
      b = parseURL(String(base));
      if (!b) throw invalidURL(String(base));
    }
    const r = parseURL(String(input), b);
    if (!r) throw invalidURL(String(input));
    this[kRec] = r;
    this._sp = null;
  }
  static canParse(input, base) { try { new URL(input, base); return true; } catch { return false; } }
  get href() {
    const r = this[kRec];
    const special = r.protocol in SPECIAL;
    let auth = '';
    if (r.hostname !== '' || special) {
      auth = '//' + (r.username || r.password ? r.username + (r.password ? ':' + r.password : '') + '@' : '') + this.host;
    }
    return r.protocol + auth + r.pathname + r.search + r.hash;
  }
  set href(v) { const r = parseURL(v); if (!r) throw invalidURL(v); this[kRec] = r; if (this._sp) this._sp._reset(r.search); }
  get origin() {
    const r = this[kRec];
    if (r.protocol === 'blob:') { try { return new URL(r.pathname).origin; } catch { return 'null'; } }
    return r.protocol in SPECIAL && r.protocol !== 'file:' ? r.protocol + '//' + this.host : 'null';
  }
  get protocol() { return this[kRec].protocol; }
  set protocol(v) { v = String(v).replace(/:.*$/, '').toLowerCase() + ':'; if ((v in SPECIAL) === (this[kRec].protocol in SPECIAL)) this[kRec].protocol = v; }
  get username() { return this[kRec].username; }
  set username(v) { this[kRec].username = encodeSet(String(v), USERINFO_SET); }
  get password() { return this[kRec].password; }
  set password(v) { this[kRec].password = encodeSet(String(v), USERINFO_SET); }
  get host() { const r = this[kRec]; return r.hostname + (r.port ? ':' + r.port : ''); }
  set host(v) { const r = parseURL(this.protocol + '//' + v); if (r) { this[kRec].hostname = r.hostname; this[kRec].port = r.port; } }
  get hostname() { return this[kRec].hostname; }
  set hostname(v) { const r = parseURL(this.protocol + '//' + v); if (r) this[kRec].hostname = r.hostname; }
  get port() { return this[kRec].port; }
  set port(v) {
    v = String(v);
    if (v === '') { this[kRec].port = ''; return; }
    const n = parseInt(v, 10);
    if (n >= 0 && n <= 65535) this[kRec].port = n === SPECIAL[this[kRec].protocol] ? '' : String(n);
  }
  get pathname() { return this[kRec].pathname; }
  set pathname(v) {
    const r = this[kRec];
    if (r.opaque) return;
    v = String(v);
    r.pathname = v.startsWith('/') ? v : '/' + v;
    finishPath(r, r.protocol in SPECIAL);
  }
  get search() { return this[kRec].search; }
  set search(v) {
    v = String(v);
    if (v.startsWith('?')) v = v.slice(1);
    this[kRec].search = v === '' ? '' : '?' + encodeSet(v, QUERY_SET);
    if (this._sp) this._sp._reset(this[kRec].search);
  }
  get searchParams() {
    if (!this._sp) { this._sp = new URLSearchParams(this[kRec].search); this._sp._url = this; }
    return this._sp;
  }
  get hash() { return this[kRec].hash; }
  set hash(v) { v = String(v); if (v.startsWith('#')) v = v.slice(1); this[kRec].hash = v === '' ? '' : '#' + encodeSet(v, FRAGMENT_SET); }
  toString() { return this.href; }
  toJSON() { return this.href; }
}
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, k, d);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

function formEncode(s) {
  let out = '';
  for (const b of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9*\-._]/.test(c)) out += c;
    else if (b === 0x20) out += '+';
    else out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
  }
  return out;
}
function formDecode(s) {
  s = s.replace(/\+/g, ' ');
  try { return decodeURIComponent(s); } catch {
    return s.replace(/%([0-9A-Fa-f]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
  }
}

class URLSearchParams {
  constructor(init = '') {
    this._list = [];
    this._url = null;
    if (init instanceof URLSearchParams) this._list = init._list.map((p) => p.slice());
    else if (typeof init === 'object' && init !== null) {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const p = Array.from(pair);
          if (p.length !== 2) {
            const err = new TypeError('Each query pair must be an iterable [name, value] tuple');
            err.code = 'ERR_INVALID_TUPLE';
            throw err;
          }
          this._list.push([String(p[0]), String(p[1])]);
        }
      } else for (const k of Object.keys(init)) this._list.push([k, String(init[k])]);
    } else this._reset(String(init));
  }
  _reset(query) {
    if (query.startsWith('?')) query = query.slice(1);
    this._list = [];
    for (const part of query.split('&')) {
      if (part === '') continue;
      const i = part.indexOf('=');
      this._list.push(i >= 0 ? [formDecode(part.slice(0, i)), formDecode(part.slice(i + 1))] : [formDecode(part), '']);
    }
  }
  _update() { if (this._url) { const s = this.toString(); this._url[kRec].search = s ? '?' + s : ''; } }
  get size() { return this._list.length; }
  append(k, v) { this._list.push([String(k), String(v)]); this._update(); }
  delete(k, v) { k = String(k); this._list = this._list.filter((p) => p[0] !== k || (v !== undefined && p[1] !== String(v))); this._update(); }
  get(k) { const p = this._list.find((x) => x[0] === String(k)); return p ? p[1] : null; }
  getAll(k) { return this._list.filter((x) => x[0] === String(k)).map((x) => x[1]); }
  has(k, v) { return this._list.some((x) => x[0] === String(k) && (v === undefined || x[1] === String(v))); }
  set(k, v) {
    k = String(k);
    const i = this._list.findIndex((x) => x[0] === k);
    if (i < 0) this._list.push([k, String(v)]);
    else { this._list[i][1] = String(v); this._list = this._list.filter((x, j) => j <= i || x[0] !== k); }
    this._update();
  }
  sort() { this._list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)); this._update(); }
  forEach(fn, thisArg) { for (const [k, v] of this._list) fn.call(thisArg, v, k, this); }
  *entries() { for (const p of this._list) yield [p[0], p[1]]; }
  *keys() { for (const p of this._list) yield p[0]; }
  *values() { for (const p of this._list) yield p[1]; }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return this._list.map(([k, v]) => formEncode(k) + '=' + formEncode(v)).join('&'); }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

function fileURLToPath(u) {
  if (typeof u === 'string') u = new URL(u);
  if (u.protocol !== 'file:') {
    const err = new TypeError('The URL must be of scheme file');
    err.code = 'ERR_INVALID_URL_SCHEME';
    throw err;
  }
  return decodeURIComponent(u.pathname);
}
function pathToFileURL(p) {
  const path = require('path');
  let resolved = path.resolve(p);
  if (p.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL('file://' + encodeSet(resolved, /[#?%]/));
}

function Url() {
  this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null;
  this.hostname = null; this.hash = null; this.search = null; this.query = null;
  this.pathname = null; this.path = null; this.href = null;
}
function urlParse(str, parseQueryString) {
  const u = new Url();
  let rest = String(str).trim();
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) { u.hash = rest.slice(hashAt); rest = rest.slice(0, hashAt); }
  const qAt = rest.indexOf('?');
  if (qAt >= 0) { u.search = rest.slice(qAt); u.query = rest.slice(qAt + 1); rest = rest.slice(0, qAt); }
  else if (parseQueryString) { u.search = ''; u.query = {}; }
  const pm = /^([a-zA-Z][a-zA-Z0-9+.-]*:)/.exec(rest);
  if (pm) { u.protocol = pm[1].toLowerCase(); rest = rest.slice(pm[1].length); }
  if (rest.startsWith('//')) {
    u.slashes = true;
    rest = rest.slice(2);
    const slash = rest.search(/[/]/);
    let authority = slash >= 0 ? rest.slice(0, slash) : rest;
    rest = slash >= 0 ? rest.slice(slash) : '';
    const at = authority.lastIndexOf('@');
    if (at >= 0) { u.auth = decodeURIComponent(authority.slice(0, at)); authority = authority.slice(at + 1); }
    u.host = authority.toLowerCase();
    const cm = /^(.*?)(?::(\d+))?$/.exec(u.host);
    u.hostname = cm[1];
    u.port = cm[2] === undefined ? null : cm[2];
    if (rest === '' && u.protocol in SPECIAL) rest = '/';
  }
  u.pathname = rest === '' ? null : rest;
  if (parseQueryString && typeof u.query === 'string') u.query = require('querystring').parse(u.query);
  u.path = (u.pathname || '') + (u.search || '') || null;
  u.href = urlFormat(u);
  return u;
}
function urlFormat(u) {
  if (typeof u === 'string') u = urlParse(u);
  if (u instanceof URL) return u.href;
  let out = u.protocol || '';
  if (u.slashes || (u.protocol in SPECIAL && u.host)) out += '//';
  if (u.auth) out += encodeURIComponent(u.auth).replace(/%3A/i, ':') + '@';
  out += u.host || ((u.hostname || '') + (u.port ? ':' + u.port : ''));
  out += u.pathname || '';
  let search = u.search || '';
  if (!search && u.query && typeof u.query === 'object') {
    const q = require('querystring').stringify(u.query);
    if (q) search = '?' + q;
  }
  out += search + (u.hash || '');
  return out;
}
function urlResolve(from, to) { return new URL(to, new URL(from, 'resolve://')).href.replace(/^resolve:\/\/\/?/, ''); }

module.exports = {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, parse: urlParse, format: urlFormat,
  resolve: urlResolve, Url, domainToASCII: (d) => String(d).toLowerCase(), domainToUnicode: (d) => String(d),
};
