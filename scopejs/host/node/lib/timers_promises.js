'use strict';
// node:timers/promises
function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  err.cause = signal && signal.reason;
  return err;
}
function timerPromise(schedule, clear, delay, value, options) {
  const signal = options && options.signal;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const t = schedule(() => resolve(value), delay);
    if (options && options.ref === false && t.unref) t.unref();
    if (signal) signal.addEventListener('abort', () => { clear(t); reject(abortError(signal)); }, { once: true });
  });
}
module.exports = {
  setTimeout: (delay, value, options) => timerPromise((f, d) => setTimeout(f, d), clearTimeout, delay, value, options),
  setImmediate: (value, options) => timerPromise((f) => setImmediate(f), clearImmediate, 0, value, options),
  async *setInterval(delay, value) {
    while (true) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      yield value;
    }
  },
  scheduler: {
    wait: (delay, options) => timerPromise((f, d) => setTimeout(f, d), clearTimeout, delay, undefined, options),
    yield: () => new Promise((resolve) => setImmediate(resolve)),
  },
};
