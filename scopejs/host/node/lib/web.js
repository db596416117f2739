'use strict';
// Web globals node has: TextEncoder/TextDecoder, atob/btoa, structuredClone, Event,
// EventTarget, AbortController/AbortSignal.
const { _utf8Encode, _utf8Decode, _base64Encode, _base64Decode } = require('internal/buffer');

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') { return new Uint8Array(_utf8Encode(String(input))); }
  encodeInto(src, dest) {
    const bytes = _utf8Encode(String(src));
    let written = 0;
    let read = 0;
    // count whole characters that fit
    for (let i = 0; i < src.length; i++) {
      const c = src.codePointAt(i);
      const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (written + n > dest.length) break;
      for (let k = 0; k < n; k++) dest[written + k] = bytes[written + k];
      written += n;
      const units = c >= 0x10000 ? 2 : 1;
      read += units;
      i += units - 1;
    }
    return { read, written };
  }
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const enc = String(encoding).toLowerCase();
    if (!['utf-8', 'utf8', 'unicode-1-1-utf-8', 'utf-16le', 'latin1', 'iso-8859-1', 'ascii'].includes(enc)) {
      const err = new RangeError(`The "${encoding}" encoding is not supported`);
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this._enc = enc.startsWith('utf-16') ? 'utf-16le' : enc === 'latin1' || enc === 'iso-8859-1' || enc === 'ascii' ? 'windows-1252' : 'utf-8';
    this._fatal = !!options.fatal;
    this._ignoreBOM = !!options.ignoreBOM;
  }
  get encoding() { return this._enc; }
  get fatal() { return this._fatal; }
  get ignoreBOM() { return this._ignoreBOM; }
  decode(input = new Uint8Array(0)) {
    let bytes = input;
    if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
    else if (ArrayBuffer.isView(input) && !(input instanceof Uint8Array)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (this._enc === 'utf-16le') {
      let s = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return s;
    }
    if (this._enc === 'windows-1252') {
      let s = '';
      for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
      return s;
    }
    let start = 0;
    if (!this._ignoreBOM && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    const s = _utf8Decode(bytes, start, bytes.length);
    if (this._fatal && s.includes('\ufffd')) {
      const err = new TypeError('The encoded data was not valid for encoding utf-8');
      err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
      throw err;
    }
    return s;
  }
}

function domException(message, name) {
  const err = new Error(message);
  err.name = name;
  return err;
}

function btoa(input) {
  if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
  input = `${input}`;
  const bytes = [];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c > 255) throw domException('Invalid character', 'InvalidCharacterError');
    bytes.push(c);
  }
  return _base64Encode(bytes, 0, bytes.length, false);
}
function atob(input) {
  if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  const bytes = _base64Decode(input);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function structuredClone(value, options) {
  const memo = new Map();
  function clone(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      if (typeof v === 'symbol') throw domException(`${String(v)} could not be cloned.`, 'DataCloneError');
      return v;
    }
    if (memo.has(v)) return memo.get(v);
    if (typeof v === 'function') throw domException(`${v.toString().slice(0, 60)} could not be cloned.`, 'DataCloneError');
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    let out;
    switch (tag) {
      case 'Date': out = new Date(v.getTime()); memo.set(v, out); return out;
      case 'RegExp': out = new RegExp(v.source, v.flags); memo.set(v, out); return out;
      case 'Boolean': case 'Number': case 'String': case 'BigInt':
        out = Object(v.valueOf()); memo.set(v, out); return out;
      case 'ArrayBuffer':
        if (v.resizable) {
          out = new ArrayBuffer(v.byteLength, { maxByteLength: v.maxByteLength });
          new Uint8Array(out).set(new Uint8Array(v));
        } else {
          out = v.slice(0);
        }
        memo.set(v, out);
        return out;
      case 'Map':
        out = new Map(); memo.set(v, out);
        for (const [k, x] of v) out.set(clone(k), clone(x));
        return out;
      case 'Set':
        out = new Set(); memo.set(v, out);
        for (const x of v) out.add(clone(x));
        return out;
      case 'Error': {
        const ctor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[v.name] || Error;
        out = Object.create(ctor.prototype);
        memo.set(v, out);
        Object.defineProperty(out, 'message', { value: String(v.message), writable: true, configurable: true });
        Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
        if ('cause' in v) Object.defineProperty(out, 'cause', { value: clone(v.cause), writable: true, configurable: true });
        return out;
      }
      default:
        if (ArrayBuffer.isView(v)) {
          const C = v.constructor;
          const tracking = binding.isLengthTracking(v);
          const length = tracking ? undefined : C === DataView ? v.byteLength : v.length;
          out = new (C === Buffer ? Uint8Array : C)(clone(v.buffer), v.byteOffset, length);
          memo.set(v, out);
          return out;
        }
        if (tag === 'Array') { out = new Array(v.length); memo.set(v, out); }
        else if (tag === 'Object' || tag === 'Arguments') { out = {}; memo.set(v, out); }
        else throw domException(`${tag === 'Object' ? '#<Object>' : '#<' + tag + '>'} could not be cloned.`, 'DataCloneError');
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
    }
  }
  void options;
  return clone(value);
}

const kEvents = Symbol('kEvents');
class Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
    this._type = `${type}`;
    this._bubbles = !!options.bubbles;
    this._cancelable = !!options.cancelable;
    this._defaultPrevented = false;
    this._timeStamp = Date.now();
    this._target = null;
    this._stop = false;
  }
  get type() { return this._type; }
  get bubbles() { return this._bubbles; }
  get cancelable() { return this._cancelable; }
  get defaultPrevented() { return this._cancelable && this._defaultPrevented; }
  get timeStamp() { return this._timeStamp; }
  get target() { return this._target; }
  get currentTarget() { return this._target; }
  get srcElement() { return this._target; }
  preventDefault() { this._defaultPrevented = true; }
  stopPropagation() {}
  stopImmediatePropagation() { this._stop = true; }
}

class EventTarget {
  constructor() { this[kEvents] = new Map(); }
  addEventListener(type, listener, options) {
    if (listener == null) return;
    const once = typeof options === 'object' && options !== null && !!options.once;
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    if (!this[kEvents]) this[kEvents] = new Map();
    let list = this[kEvents].get(type);
    if (!list) this[kEvents].set(type, list = []);
    if (list.some((l) => l.listener === listener)) return;
    const entry = { listener, once };
    list.push(entry);
    if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
  }
  removeEventListener(type, listener) {
    const list = this[kEvents] && this[kEvents].get(type);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener);
    if (i >= 0) list.splice(i, 1);
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw new TypeError('The "event" argument must be an instance of Event. Received ' + typeof event);
    event._target = this;
    const list = this[kEvents] && this[kEvents].get(event.type);
    if (list) {
      for (const entry of list.slice()) {
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        const l = entry.listener;
        if (typeof l === 'function') l.call(this, event);
        else if (l && typeof l.handleEvent === 'function') l.handleEvent(event);
        if (event._stop) break;
      }
    }
    return !event.defaultPrevented;
  }
}

class AbortSignal extends EventTarget {
  constructor() { super(); this._aborted = false; this._reason = undefined; this.onabort = null; }
  get aborted() { return this._aborted; }
  get reason() { return this._reason; }
  throwIfAborted() { if (this._aborted) throw this._reason; }
  static abort(reason) {
    const s = new AbortSignal();
    s._aborted = true;
    s._reason = reason === undefined ? domException('This operation was aborted', 'AbortError') : reason;
    return s;
  }
  static timeout(ms) {
    const s = new AbortSignal();
    setTimeout(() => abortSignal(s, domException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref();
    return s;
  }
  static any(signals) {
    const s = new AbortSignal();
    for (const x of signals) {
      if (x.aborted) { abortSignal(s, x.reason); break; }
      x.addEventListener('abort', () => abortSignal(s, x.reason), { once: true });
    }
    return s;
  }
}
function abortSignal(signal, reason) {
  if (signal._aborted) return;
  signal._aborted = true;
  signal._reason = reason === undefined ? domException('This operation was aborted', 'AbortError') : reason;
  const event = new Event('abort');
  if (typeof signal.onabort === 'function') signal.onabort(event);
  signal.dispatchEvent(event);
}
class AbortController {
  constructor() { this._signal = new AbortSignal(); }
  get signal() { return this._signal; }
  abort(reason) { abortSignal(this._signal, reason); }
}

module.exports = {
  TextEncoder, TextDecoder, atob, btoa, structuredClone, Event, EventTarget, AbortController,
  AbortSignal,
};
