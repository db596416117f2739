'use strict';
// node:buffer — Buffer as node defines it: a Uint8Array subclass (FastBuffer) whose prototype
// is Buffer.prototype; encodings utf8, utf16le, latin1/binary, ascii, hex, base64, base64url.

class FastBuffer extends Uint8Array {}

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') return Buffer.alloc(arg);
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8192;

function normEncoding(enc) {
  if (enc === undefined || enc === null) return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    default: {
      const err = new TypeError(`Unknown encoding: ${enc}`);
      err.code = 'ERR_UNKNOWN_ENCODING';
      throw err;
    }
  }
}

function utf8Encode(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
      else c = 0xfffd;
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

function utf8Decode(bytes, start, end) {
  let s = '';
  let i = start;
  while (i < end) {
    const b = bytes[i];
    let c = 0xfffd;
    let n = 1;
    if (b < 0x80) c = b;
    else if (b >= 0xc2 && b < 0xe0 && i + 1 < end && (bytes[i + 1] & 0xc0) === 0x80) { c = ((b & 31) << 6) | (bytes[i + 1] & 63); n = 2; }
    else if (b >= 0xe0 && b < 0xf0 && i + 2 < end && (bytes[i + 1] & 0xc0) === 0x80 && (bytes[i + 2] & 0xc0) === 0x80) {
      c = ((b & 15) << 12) | ((bytes[i + 1] & 63) << 6) | (bytes[i + 2] & 63); n = 3;
      if (c < 0x800 || (c >= 0xd800 && c <= 0xdfff)) { c = 0xfffd; n = 1; }
    } else if (b >= 0xf0 && b < 0xf5 && i + 3 < end && (bytes[i + 1] & 0xc0) === 0x80 && (bytes[i + 2] & 0xc0) === 0x80 && (bytes[i + 3] & 0xc0) === 0x80) {
      c = ((b & 7) << 18) | ((bytes[i + 1] & 63) << 12) | ((bytes[i + 2] & 63) << 6) | (bytes[i + 3] & 63); n = 4;
      if (c < 0x10000 || c > 0x10ffff) { c = 0xfffd; n = 1; }
    }
    s += String.fromCodePoint(c);
    i += n;
  }
  return s;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function base64Encode(bytes, start, end, url) {
  const table = url ? B64URL : B64;
  let s = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    s += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + table[n & 63];
  }
  if (end - i === 1) {
    const n = bytes[i] << 16;
    s += table[n >> 18] + table[(n >> 12) & 63] + (url ? '' : '==');
  } else if (end - i === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    s += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + (url ? '' : '=');
  }
  return s;
}
function base64Decode(str) {
  const out = [];
  let bits = 0;
  let value = 0;
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    let v = B64.indexOf(ch);
    if (v < 0) v = ch === '-' ? 62 : ch === '_' ? 63 : -1;
    if (ch === '=') break;
    if (v < 0) continue;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) { bits -= 8; out.push((value >> bits) & 0xff); }
  }
  return out;
}

function encode(string, encoding) {
  switch (normEncoding(encoding)) {
    case 'utf8': return utf8Encode(string);
    case 'utf16le': {
      const out = [];
      for (let i = 0; i < string.length; i++) { const c = string.charCodeAt(i); out.push(c & 0xff, c >> 8); }
      return out;
    }
    case 'latin1': case 'ascii': {
      const out = new Array(string.length);
      for (let i = 0; i < string.length; i++) out[i] = string.charCodeAt(i) & 0xff;
      return out;
    }
    case 'hex': {
      const out = [];
      for (let i = 0; i + 1 < string.length; i += 2) {
        const n = parseInt(string.substr(i, 2), 16);
        if (Number.isNaN(n)) break;
        out.push(n);
      }
      return out;
    }
    default: return base64Decode(string);
  }
}

function decode(bytes, encoding, start, end) {
  switch (normEncoding(encoding)) {
    case 'utf8': return utf8Decode(bytes, start, end);
    case 'utf16le': {
      let s = '';
      for (let i = start; i + 1 < end; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return s;
    }
    case 'latin1': {
      let s = '';
      for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
      return s;
    }
    case 'ascii': {
      let s = '';
      for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i] & 0x7f);
      return s;
    }
    case 'hex': {
      let s = '';
      for (let i = start; i < end; i++) s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
      return s;
    }
    case 'base64': return base64Encode(bytes, start, end, false);
    default: return base64Encode(bytes, start, end, true);
  }
}

function invalidArg(name, value) {
  const err = new TypeError(`The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received ${value === null ? 'null' : value === undefined ? 'undefined' : 'type ' + typeof value}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromArray(encode(value, encodingOrOffset));
  if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
    const offset = encodingOrOffset === undefined ? 0 : +encodingOrOffset;
    const len = length === undefined ? value.byteLength - offset : +length;
    return new FastBuffer(value, offset, len);
  }
  if (ArrayBuffer.isView(value)) {
    if (value instanceof Uint8Array) return fromArray(value);
    return fromArray(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  }
  if (value === null || value === undefined) throw invalidArg('value', value);
  if (typeof value === 'object') {
    if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArray(value.data);
    if (typeof value.length === 'number' || Array.isArray(value)) return fromArray(value);
    const prim = value.valueOf && value.valueOf();
    if (prim != null && prim !== value) return Buffer.from(prim, encodingOrOffset, length);
    if (typeof value[Symbol.toPrimitive] === 'function') return Buffer.from(value[Symbol.toPrimitive]('string'), encodingOrOffset, length);
  }
  throw invalidArg('value', value);
};
function fromArray(array) {
  const buf = new FastBuffer(array.length);
  for (let i = 0; i < array.length; i++) buf[i] = array[i];
  return buf;
}
Buffer.alloc = function alloc(size, fill, encoding) {
  checkSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) buf.fill(fill, encoding);
  return buf;
};
function checkSize(size) {
  if (typeof size !== 'number' || size < 0 || size !== size) {
    const err = new RangeError(`The argument 'size' is invalid. Received ${size}`);
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
}
Buffer.allocUnsafe = function allocUnsafe(size) { checkSize(size); return new FastBuffer(size); };
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;
Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };
Buffer.isEncoding = function isEncoding(enc) { try { normEncoding(enc); return typeof enc === 'string'; } catch { return false; } };
Buffer.byteLength = function byteLength(value, encoding) {
  if (typeof value !== 'string') return value.byteLength;
  return encode(value, encoding).length;
};
Buffer.concat = function concat(list, totalLength) {
  if (totalLength === undefined) totalLength = list.reduce((n, b) => n + b.length, 0);
  const out = Buffer.alloc(totalLength);
  let pos = 0;
  for (const b of list) {
    for (let i = 0; i < b.length && pos < totalLength; i++) out[pos++] = b[i];
  }
  return out;
};
Buffer.compare = function compare(a, b) { return a.compare(b); };

const proto = Buffer.prototype;
proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Decode(this, 0, this.length);
  start = start === undefined || start < 0 ? 0 : Math.min(start | 0, this.length);
  end = end === undefined || end > this.length ? this.length : end | 0;
  if (end <= start) return '';
  return decode(this, encoding, start, end);
};
proto.toLocaleString = proto.toString;
proto.equals = function equals(other) {
  if (!(other instanceof Uint8Array)) {
    const err = new TypeError('The "otherBuffer" argument must be an instance of Buffer or Uint8Array.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return this.compare(other) === 0;
};
proto.compare = function compare(other) {
  const n = Math.min(this.length, other.length);
  for (let i = 0; i < n; i++) if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
  return this.length < other.length ? -1 : this.length > other.length ? 1 : 0;
};
proto.slice = function slice(start, end) { return this.subarray(start, end); };
proto.subarray = function subarray(start, end) {
  const u = Uint8Array.prototype.subarray.call(this, start, end);
  return new FastBuffer(u.buffer, u.byteOffset, u.length);
};
proto.write = function write(string, offset, length, encoding) {
  if (typeof offset === 'string') { encoding = offset; offset = 0; length = undefined; }
  else if (typeof length === 'string') { encoding = length; length = undefined; }
  offset = offset === undefined ? 0 : offset >>> 0;
  const bytes = encode(string, encoding);
  const n = Math.min(bytes.length, this.length - offset, length === undefined ? Infinity : length);
  for (let i = 0; i < n; i++) this[offset + i] = bytes[i];
  return n;
};
proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
  offset = offset === undefined ? 0 : offset;
  end = end === undefined ? this.length : end;
  if (typeof value === 'number') return Uint8Array.prototype.fill.call(this, value & 255, offset, end), this;
  const bytes = typeof value === 'string' ? encode(value, encoding) : Array.from(value);
  if (bytes.length === 0) return Uint8Array.prototype.fill.call(this, 0, offset, end), this;
  for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
  return this;
};
proto.copy = function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
  let n = 0;
  for (let i = sourceStart; i < sourceEnd && targetStart + n < target.length; i++, n++) target[targetStart + n] = this[i];
  return n;
};
proto.indexOf = function indexOf(value, byteOffset = 0, encoding) {
  if (typeof value === 'number') return Uint8Array.prototype.indexOf.call(this, value & 255, byteOffset);
  const needle = typeof value === 'string' ? encode(value, encoding) : value;
  if (byteOffset < 0) byteOffset = Math.max(0, this.length + byteOffset);
  outer: for (let i = byteOffset; i <= this.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
};
proto.includes = function includes(value, byteOffset, encoding) { return this.indexOf(value, byteOffset, encoding) !== -1; };
proto.toJSON = function toJSON() { return { type: 'Buffer', data: Array.from(this) }; };
proto.swap16 = function swap16() { for (let i = 0; i + 1 < this.length; i += 2) { const t = this[i]; this[i] = this[i + 1]; this[i + 1] = t; } return this; };

function view(buf) { return new DataView(buf.buffer, buf.byteOffset, buf.byteLength); }
const accessors = [
  ['UInt8', 'Uint8', 1], ['Int8', 'Int8', 1], ['UInt16', 'Uint16', 2], ['Int16', 'Int16', 2],
  ['UInt32', 'Uint32', 4], ['Int32', 'Int32', 4], ['Float', 'Float32', 4], ['Double', 'Float64', 8],
  ['BigUInt64', 'BigUint64', 8], ['BigInt64', 'BigInt64', 8],
];
for (const [name, dv, size] of accessors) {
  const ends = size === 1 ? [''] : ['LE', 'BE'];
  for (const e of ends) {
    const little = e === 'LE';
    const check = (buf, offset) => {
      if (offset === undefined) offset = 0;
      if (offset < 0 || offset + size > buf.length || offset !== Math.floor(offset)) {
        const err = new RangeError(`The value of "offset" is out of range. It must be >= 0 and <= ${buf.length - size}. Received ${offset}`);
        err.code = 'ERR_OUT_OF_RANGE';
        throw err;
      }
      return offset;
    };
    proto['read' + name + e] = function (offset) { return view(this)['get' + dv](check(this, offset), little); };
    proto['write' + name + e] = function (value, offset) { offset = check(this, offset); view(this)['set' + dv](offset, value, little); return offset + size; };
    if (name.startsWith('UInt')) {
      proto['readUint' + name.slice(4) + e] = proto['read' + name + e];
      proto['writeUint' + name.slice(4) + e] = proto['write' + name + e];
    }
  }
}

const kMaxLength = 2 ** 32;
module.exports = {
  Buffer, kMaxLength, constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 },
  SlowBuffer: Buffer.allocUnsafeSlow, INSPECT_MAX_BYTES: 50,
  atob: (s) => globalThis.atob(s), btoa: (s) => globalThis.btoa(s),
  _utf8Encode: utf8Encode, _utf8Decode: utf8Decode, _base64Encode: base64Encode, _base64Decode: base64Decode,
};
