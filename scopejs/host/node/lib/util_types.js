'use strict';
// node:util/types — brand checks (by [[Class]]-like tags; a forged Symbol.toStringTag can
// fool the ones that node answers from internal slots).
const toStr = Object.prototype.toString;
const tag = (v) => toStr.call(v).slice(8, -1);
const obj = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
const TypedArray = Object.getPrototypeOf(Uint8Array);
const taTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
const typedTag = (v) => (ArrayBuffer.isView(v) ? taTag.call(v) : undefined);
function has(method, v) { try { method.call(v); return true; } catch { return false; } }

module.exports = {
  isPromise: (v) => obj(v) && tag(v) === 'Promise',
  isRegExp: (v) => obj(v) && has(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get, v) && tag(v) === 'RegExp',
  isDate: (v) => obj(v) && has(Date.prototype.getTime, v),
  isMap: (v) => obj(v) && has(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get, v),
  isSet: (v) => obj(v) && has(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get, v),
  isWeakMap: (v) => obj(v) && has(function () { return WeakMap.prototype.has.call(this, {}); }, v),
  isWeakSet: (v) => obj(v) && has(function () { return WeakSet.prototype.has.call(this, {}); }, v),
  isTypedArray: (v) => typedTag(v) !== undefined,
  isUint8Array: (v) => typedTag(v) === 'Uint8Array',
  isUint8ClampedArray: (v) => typedTag(v) === 'Uint8ClampedArray',
  isUint16Array: (v) => typedTag(v) === 'Uint16Array',
  isUint32Array: (v) => typedTag(v) === 'Uint32Array',
  isInt8Array: (v) => typedTag(v) === 'Int8Array',
  isInt16Array: (v) => typedTag(v) === 'Int16Array',
  isInt32Array: (v) => typedTag(v) === 'Int32Array',
  isFloat32Array: (v) => typedTag(v) === 'Float32Array',
  isFloat64Array: (v) => typedTag(v) === 'Float64Array',
  isBigInt64Array: (v) => typedTag(v) === 'BigInt64Array',
  isBigUint64Array: (v) => typedTag(v) === 'BigUint64Array',
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isDataView: (v) => ArrayBuffer.isView(v) && typedTag(v) === undefined,
  isArrayBuffer: (v) => obj(v) && has(Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get, v),
  isSharedArrayBuffer: (v) => obj(v) && tag(v) === 'SharedArrayBuffer',
  isAnyArrayBuffer: (v) => obj(v) && (tag(v) === 'ArrayBuffer' || tag(v) === 'SharedArrayBuffer'),
  isAsyncFunction: (v) => typeof v === 'function' && (tag(v) === 'AsyncFunction' || tag(v) === 'AsyncGeneratorFunction'),
  isGeneratorFunction: (v) => typeof v === 'function' && (tag(v) === 'GeneratorFunction' || tag(v) === 'AsyncGeneratorFunction'),
  isGeneratorObject: (v) => obj(v) && tag(v) === 'Generator',
  isNativeError: (v) => obj(v) && tag(v) === 'Error' && v instanceof Error,
  isBoxedPrimitive: (v) => obj(v) && ['Number', 'String', 'Boolean', 'BigInt', 'Symbol'].includes(tag(v)) &&
    !(typeof v === 'function'),
  isNumberObject: (v) => obj(v) && has(Number.prototype.valueOf, v),
  isStringObject: (v) => obj(v) && has(String.prototype.valueOf, v),
  isBooleanObject: (v) => obj(v) && has(Boolean.prototype.valueOf, v),
  isSymbolObject: (v) => obj(v) && has(Symbol.prototype.valueOf, v),
  isBigIntObject: (v) => obj(v) && has(BigInt.prototype.valueOf, v),
  isMapIterator: (v) => obj(v) && tag(v) === 'Map Iterator',
  isSetIterator: (v) => obj(v) && tag(v) === 'Set Iterator',
  isArgumentsObject: (v) => obj(v) && tag(v) === 'Arguments',
  isModuleNamespaceObject: (v) => obj(v) && tag(v) === 'Module' && Object.getPrototypeOf(v) === null,
  isProxy: () => false,
  isExternal: () => false,
  isKeyObject: () => false,
  isCryptoKey: () => false,
};
