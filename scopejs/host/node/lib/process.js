'use strict';
// node:process — the process object: an EventEmitter over the host binding.
const EventEmitter = require('events');

function Process() {}
Object.setPrototypeOf(Process.prototype, EventEmitter.prototype);
const process = new Process();
EventEmitter.init.call(process);

let env;
Object.defineProperties(process, {
  env: {
    get() { return env === undefined ? (env = binding.env()) : env; },
    set(v) { env = v; }, enumerable: true, configurable: true,
  },
});
process.title = 'scopejs';
process.version = 'v20.20.2';
process.versions = { node: '20.20.2', scopejs: binding.scopejsVersion };
process.release = { name: 'node' };
process.arch = binding.arch;
process.platform = binding.platform;
process.argv = binding.argv;
process.argv0 = 'scopejs';
process.execArgv = [];
process.execPath = binding.execPath;
process.pid = binding.pid;
process.ppid = binding.ppid;
process.exitCode = undefined;
process.config = { variables: {} };
process.features = {};

process.cwd = function cwd() { return binding.cwd(); };
process.chdir = function chdir(directory) { binding.chdir(directory); };
process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode);
  }
  binding.exit(process.exitCode === undefined ? 0 : Number(process.exitCode));
};
process.reallyExit = process.exit;
process.abort = function abort() { binding.exit(134); };
process.nextTick = function nextTick(callback, ...args) { binding.nextTick(callback, args); };
process.hrtime = function hrtime(previous) {
  const now = binding.hrtime();
  if (previous !== undefined) {
    let sec = now[0] - previous[0];
    let nsec = now[1] - previous[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
    return [sec, nsec];
  }
  return now;
};
process.hrtime.bigint = function bigint() { return binding.hrtimeBigint(); };
process.uptime = function uptime() { return binding.uptime(); };
process.memoryUsage = function memoryUsage() { return binding.memoryUsage(); };
process.memoryUsage.rss = function rss() { return binding.memoryUsage().rss; };
process.cpuUsage = function cpuUsage() { return binding.cpuUsage(); };
process.umask = function umask() { return 0o22; };
process.getuid = function getuid() { return 0; };
process.emitWarning = function emitWarning(warning, type, code) {
  if (typeof type === 'object' && type !== null) { code = type.code; type = type.type; }
  const name = typeof warning === 'string' ? (type || 'Warning') : warning.name;
  const message = typeof warning === 'string' ? warning : warning.message;
  if (process.listenerCount('warning') > 0) {
    const w = typeof warning === 'string' ? Object.assign(new Error(message), { name }) : warning;
    if (code) w.code = code;
    process.nextTick(() => process.emit('warning', w));
    return;
  }
  binding.write(2, `(node:${process.pid}) ${code ? '[' + code + '] ' : ''}${name}: ${message}\n`);
};

function makeStream(fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.isTTY = binding.isTTY(fd);
  stream.writable = true;
  stream.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') callback = encoding;
    if (typeof chunk === 'string') binding.write(fd, chunk);
    else if (chunk instanceof Uint8Array) {
      let s = '';
      for (let i = 0; i < chunk.length; i++) s += String.fromCharCode(chunk[i]);
      binding.writeBinary(fd, s);
    } else {
      const err = new TypeError('The "chunk" argument must be of type string or an instance of Buffer or Uint8Array.' + ' Received ' + (chunk === null ? 'null' : typeof chunk));
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  };
  stream.end = function end(chunk, encoding, callback) {
    if (chunk !== undefined && typeof chunk !== 'function') stream.write(chunk, encoding);
    if (typeof chunk === 'function') chunk();
    else if (typeof callback === 'function') callback();
    return stream;
  };
  stream.columns = stream.isTTY ? 80 : undefined;
  stream.getColorDepth = () => 1;
  stream.hasColors = () => false;
  return stream;
}
process.stdout = makeStream(1);
process.stderr = makeStream(2);
process.stdin = makeStdin();

// process.stdin: the whole input is read when a consumer first listens ('data', 'end',
// 'readable') or asks (read, async iteration), then delivered as one chunk and 'end'.
function makeStdin() {
  const stdin = new EventEmitter();
  stdin.fd = 0;
  stdin.isTTY = binding.isTTY(0);
  stdin.readable = true;
  let encoding = null;
  let data;
  let scheduled = false;
  let delivered = false;
  const take = () => {
    if (data === undefined) {
      const { Buffer } = require('buffer');
      data = Buffer.from(binding.readStdin(), 'latin1');
    }
    return data;
  };
  const chunk = () => (encoding ? take().toString(encoding) : take());
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      const c = chunk();
      delivered = true;
      if (c.length > 0) stdin.emit('data', c);
      stdin.emit('end');
      stdin.emit('close');
    });
  };
  stdin.setEncoding = (enc) => { encoding = enc || 'utf8'; return stdin; };
  stdin.resume = () => { schedule(); return stdin; };
  stdin.pause = () => stdin;
  stdin.unref = () => stdin;
  stdin.ref = () => stdin;
  stdin.read = () => {
    if (delivered) return null;
    delivered = true;
    const c = chunk();
    return c.length > 0 ? c : null;
  };
  stdin.on = stdin.addListener = function on(type, listener) {
    EventEmitter.prototype.on.call(stdin, type, listener);
    if (type === 'data' || type === 'end' || type === 'readable') schedule();
    return stdin;
  };
  stdin.pipe = (dest) => { stdin.on('data', (c) => dest.write(c)); return dest; };
  stdin[Symbol.asyncIterator] = async function* () {
    const c = chunk();
    delivered = true;
    if (c.length > 0) yield c;
  };
  return stdin;
}

process[Symbol.toStringTag] = 'process';
module.exports = process;
