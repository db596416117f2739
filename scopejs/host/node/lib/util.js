'use strict';
// node:util — format/inspect (the console formatter), inherits, promisify, callbackify,
// deprecate, types, isDeepStrictEqual and the old is* helpers.
const types = require('util/types');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function inspect(value, opts) {
  if (typeof opts !== 'object' || opts === null) {
    opts = arguments.length >= 3 ? { showHidden: opts, depth: arguments[2] } : {};
  }
  return binding.inspect(value, Object.assign({}, inspect.defaultOptions, opts));
}
inspect.custom = customInspectSymbol;
inspect.defaultOptions = {
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
  maxArrayLength: 100, maxStringLength: 10000, breakLength: 128, compact: 3, sorted: false,
  getters: false, numericSeparator: false,
};
inspect.colors = Object.assign(Object.create(null), {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], black: [30, 39], red: [31, 39],
  green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39],
  white: [37, 39], gray: [90, 39], grey: [90, 39],
});
inspect.styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

function format(...args) { return binding.format(...args); }
function formatWithOptions(inspectOptions, ...args) { return binding.format(...args); }

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw argType('ctor', 'function', ctor);
  if (superCtor === undefined || superCtor === null) throw argType('superCtor', 'function', superCtor);
  if (superCtor.prototype === undefined) throw argType('superCtor.prototype', 'object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function argType(name, type, value) {
  const err = new TypeError(`The "${name}" argument must be of type ${type}. Received ` +
    (value === null ? 'null' : value === undefined ? 'undefined' : 'type ' + typeof value));
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function promisify(original) {
  if (typeof original !== 'function') throw argType('original', 'function', original);
  if (original[customPromisify]) {
    const fn = original[customPromisify];
    return Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = customPromisify;

function callbackify(original) {
  if (typeof original !== 'function') throw argType('original', 'function', original);
  function callbackified(...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') throw argType('last argument', 'function', cb);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => {
        if (!rej) {
          const err = new Error('Promise was rejected with a falsy value');
          err.code = 'ERR_FALSY_VALUE_REJECTION';
          err.reason = rej;
          rej = err;
        }
        process.nextTick(cb, rej);
      });
  }
  return callbackified;
}

const deprecationsEmitted = new Set();
function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !deprecationsEmitted.has(code)) {
        if (code !== undefined) deprecationsEmitted.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// Deep equality as assert.deepStrictEqual (strict) and assert.deepEqual (loose) use it.
function isDeepEqual(a, b, strict, memo) {
  if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ta = Object.prototype.toString.call(a);
  if (ta !== Object.prototype.toString.call(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  memo = memo || new Map();
  const seen = memo.get(a);
  if (seen !== undefined && seen === b) return true;
  memo.set(a, b);
  if (types.isDate(a)) { if (a.getTime() !== b.getTime()) return false; }
  else if (types.isRegExp(a)) { if (String(a) !== String(b) || a.lastIndex !== b.lastIndex) return false; }
  else if (a instanceof Error) { if (a.message !== b.message || a.name !== b.name) return false; }
  else if (types.isBoxedPrimitive(a)) { if (!Object.is(a.valueOf(), b.valueOf())) return false; }
  if (ArrayBuffer.isView(a)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && !(!strict && a[i] == b[i])) return false;
  }
  if (types.isMap(a)) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!b.has(k)) {
        let found = false;
        for (const [k2, v2] of b) if (isDeepEqual(k, k2, strict, memo) && isDeepEqual(v, v2, strict, memo)) { found = true; break; }
        if (!found) return false;
      } else if (!isDeepEqual(v, b.get(k), strict, memo)) return false;
    }
  } else if (types.isSet(a)) {
    if (a.size !== b.size) return false;
    for (const v of a) {
      if (!b.has(v)) {
        let found = false;
        if (typeof v === 'object' && v !== null) for (const v2 of b) if (isDeepEqual(v, v2, strict, memo)) { found = true; break; }
        if (!found) return false;
      }
    }
  }
  const keysA = ownKeys(a, strict);
  const keysB = ownKeys(b, strict);
  if (keysA.length !== keysB.length) return false;
  for (const k of keysA) {
    if (!Object.prototype.propertyIsEnumerable.call(b, k)) return false;
    if (!isDeepEqual(a[k], b[k], strict, memo)) return false;
  }
  return true;
}
function ownKeys(o, strict) {
  const keys = Object.keys(o);
  if (strict) for (const s of Object.getOwnPropertySymbols(o)) if (Object.prototype.propertyIsEnumerable.call(o, s)) keys.push(s);
  return keys;
}

module.exports = {
  format, formatWithOptions, inspect, inherits, promisify, callbackify, deprecate, types,
  isDeepStrictEqual: (a, b) => isDeepEqual(a, b, true),
  _isDeepEqual: isDeepEqual,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: (v) => v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  debuglog: () => { const f = () => {}; f.enabled = false; return f; },
  stripVTControlCharacters: (s) => s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, ''),
  toUSVString: (s) => String(s).toWellFormed ? String(s).toWellFormed() : String(s),
  get TextEncoder() { return globalThis.TextEncoder; },
  get TextDecoder() { return globalThis.TextDecoder; },
};
module.exports.debug = module.exports.debuglog;
