'use strict';
// node:assert — the assertions and AssertionError (messages as node 20 prints them for
// primitives; object diffs are shown as node's simple "+ actual - expected" listing).
const { inspect, _isDeepEqual: isDeepEqual } = require('util');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  equal: 'Expected values to be loosely equal:',
  notEqual: 'Expected "actual" to be loosely unequal to:',
};

function inspectValue(v) {
  return inspect(v, { compact: false, sorted: true, getters: true, depth: 1000, breakLength: Infinity, customInspect: false });
}

function diffMessage(operator, actual, expected) {
  const a = inspectValue(actual).split('\n');
  const e = inspectValue(expected).split('\n');
  const header = kReadableOperator[operator];
  if (a.length === 1 && e.length === 1 && (typeof actual !== 'object' || actual === null) &&
      (typeof expected !== 'object' || expected === null)) {
    const op = operator === 'strictEqual' ? '!==' : operator === 'equal' ? '!=' : '!==';
    return `${header}\n\n${a[0]} ${op} ${e[0]}\n`;
  }
  const out = [`${header}`, '+ actual - expected', ''];
  const n = Math.max(a.length, e.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === e[i]) out.push(`  ${a[i]}`);
    else {
      if (i < a.length) out.push(`+ ${a[i]}`);
      if (i < e.length) out.push(`- ${e[i]}`);
    }
  }
  return out.join('\n');
}

class AssertionError extends Error {
  constructor(options) {
    const { message, actual, expected, operator, stackStartFn } = options;
    let text;
    if (message != null) text = String(message);
    else if (operator in kReadableOperator && !operator.startsWith('not')) text = diffMessage(operator, actual, expected);
    else if (operator in kReadableOperator) {
      const shown = inspectValue(actual);
      text = shown.includes('\n') || shown.length > 50 ? `${kReadableOperator[operator]}\n\n${shown}\n`
        : `${kReadableOperator[operator]} ${shown}`;
    }
    else text = `${inspect(actual)} ${operator} ${inspect(expected)}`;
    super(text);
    this.generatedMessage = message == null;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    void stackStartFn;
  }
  get name() { return 'AssertionError'; }
  toString() { return `AssertionError [ERR_ASSERTION]: ${this.message}`; }
}
Object.defineProperty(AssertionError.prototype, 'name', { value: 'AssertionError', writable: true, configurable: true, enumerable: false });

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      message = 'No value argument passed to `assert.ok()`';
      generatedMessage = true;
    } else if (message == null) {
      message = 'The expression evaluated to a falsy value:\n\n  ' + fn.name + '(' + inspect(value) + ')\n';
      generatedMessage = true;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: '==' });
    err.generatedMessage = generatedMessage;
    if (message instanceof Error) throw message;
    throw err;
  }
}

function assert(...args) { innerOk(assert, args.length, ...args); }
assert.ok = function ok(...args) { innerOk(ok, args.length, ...args); };
assert.fail = function fail(message = 'Failed') {
  if (message instanceof Error) throw message;
  const err = new AssertionError({ message, operator: 'fail' });
  err.generatedMessage = message === 'Failed';
  throw err;
};
assert.equal = function equal(actual, expected, message) {
  if (!(actual == expected || (actual !== actual && expected !== expected))) innerFail({ actual, expected, message, operator: 'equal' });
};
assert.notEqual = function notEqual(actual, expected, message) {
  if (actual == expected || (actual !== actual && expected !== expected)) innerFail({ actual, expected, message, operator: 'notEqual' });
};
assert.strictEqual = function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual' });
};
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual' });
};
assert.deepEqual = function deepEqual(actual, expected, message) {
  if (!isDeepEqual(actual, expected, false)) innerFail({ actual, expected, message, operator: 'deepEqual' });
};
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (isDeepEqual(actual, expected, false)) innerFail({ actual, expected, message, operator: 'notDeepEqual' });
};
assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (!isDeepEqual(actual, expected, true)) innerFail({ actual, expected, message, operator: 'deepStrictEqual' });
};
assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (isDeepEqual(actual, expected, true)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual' });
};

function checkError(actual, expected, message, fnName) {
  if (expected === undefined) return;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      innerFail({ actual, expected, message: message || `The error is expected to be an instance of "${expected.name}". Received "${actual && actual.constructor && actual.constructor.name}"`, operator: fnName });
    }
    if (expected.call({}, actual) !== true) {
      innerFail({ actual, expected, message: message || `The ${fnName === 'rejects' ? '"promiseFn"' : '"fn"'} validation function is expected to return "true". Received ${inspect(expected.call({}, actual))}`, operator: fnName });
    }
    return;
  }
  if (expected instanceof RegExp) {
    if (expected.test(String(actual))) return;
    innerFail({ actual, expected, message: message || `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(String(actual))}\n`, operator: fnName });
  }
  if (typeof expected === 'object' && expected !== null) {
    for (const key of Object.keys(expected)) {
      const e = expected[key];
      const a = actual == null ? undefined : actual[key];
      if (e instanceof RegExp && typeof a === 'string' ? !e.test(a) : !isDeepEqual(a, e, true)) {
        innerFail({ actual, expected, message: message || diffMessage('deepStrictEqual', pick(actual, expected), expected), operator: fnName });
      }
    }
  }
}
function pick(actual, expected) {
  const o = {};
  for (const k of Object.keys(expected)) o[k] = actual == null ? undefined : actual[k];
  return o;
}
const NO_EXCEPTION = Symbol('no exception');
function getActual(fn) {
  if (typeof fn !== 'function') {
    const err = new TypeError('The "fn" argument must be of type function. Received ' + (fn === undefined ? 'undefined' : 'type ' + typeof fn));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  try { fn(); } catch (e) { return e; }
  return NO_EXCEPTION;
}
assert.throws = function throws(fn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  const actual = getActual(fn);
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (expected && expected.name) details += ` (${expected.name})`;
    details += message ? `: ${message}` : '.';
    innerFail({ actual: undefined, expected, operator: 'throws', message: `Missing expected exception${details}` });
  }
  checkError(actual, expected, message, 'throws');
};
assert.doesNotThrow = function doesNotThrow(fn, expected, message) {
  const actual = getActual(fn);
  if (actual !== NO_EXCEPTION) {
    if (typeof expected === 'string') message = expected;
    innerFail({ actual, expected, operator: 'doesNotThrow', message: `Got unwanted exception${message ? ': ' + message : '.'}\nActual message: "${actual && actual.message}"` });
  }
};
assert.rejects = async function rejects(promiseFn, expected, message) {
  let actual = NO_EXCEPTION;
  try { await (typeof promiseFn === 'function' ? promiseFn() : promiseFn); } catch (e) { actual = e; }
  if (actual === NO_EXCEPTION) {
    innerFail({ actual: undefined, expected, operator: 'rejects', message: `Missing expected rejection${expected && expected.name ? ' (' + expected.name + ')' : ''}${message ? ': ' + message : '.'}` });
  }
  checkError(actual, expected, message, 'rejects');
};
assert.doesNotReject = async function doesNotReject(promiseFn, expected, message) {
  try { await (typeof promiseFn === 'function' ? promiseFn() : promiseFn); } catch (e) {
    innerFail({ actual: e, expected, operator: 'doesNotReject', message: `Got unwanted rejection.\nActual message: "${e && e.message}"` });
  }
};
assert.match = function match(string, regexp, message) {
  if (!regexp.test(string)) innerFail({ actual: string, expected: regexp, message: message || `The input did not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`, operator: 'match' });
};
assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  if (regexp.test(string)) innerFail({ actual: string, expected: regexp, message: message || `The input was expected to not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`, operator: 'doesNotMatch' });
};
assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    message += typeof err === 'object' && typeof err.message === 'string' ? (err.message.length === 0 && err.constructor ? err.constructor.name : err.message) : inspect(err);
    const e = new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
    e.origin = err;
    throw e;
  }
};
assert.AssertionError = AssertionError;

function strict(...args) { innerOk(strict, args.length, ...args); }
Object.assign(strict, assert, {
  equal: assert.strictEqual, deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual, notDeepEqual: assert.notDeepStrictEqual,
});
strict.strict = strict;
assert.strict = strict;
module.exports = assert;
