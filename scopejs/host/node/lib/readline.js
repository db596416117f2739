'use strict';
// node:readline — createInterface over process.stdin (read to its end on first use) or over
// any EventEmitter input that emits 'data'/'end': 'line' and 'close' events, question(),
// async iteration over lines.
const EventEmitter = require('events');

class Interface extends EventEmitter {
  constructor(input, output) {
    super();
    if (input && typeof input === 'object' && 'input' in input) { output = input.output; input = input.input; }
    this.input = input;
    this.output = output;
    this.terminal = false;
    this.closed = false;
    this.line = '';
    this._buffer = '';
    this._lines = [];
    this._waiting = [];
    this._ended = false;
    this._paused = false;
    if (input && typeof input.on === 'function') {
      if (typeof input.setEncoding === 'function') input.setEncoding('utf8');
      input.on('data', (c) => this._feed(String(c)));
      input.on('end', () => this._end());
    }
  }
  _feed(text) {
    this._buffer += text;
    let i;
    while ((i = this._buffer.search(/\r?\n/)) >= 0) {
      const line = this._buffer.slice(0, i);
      this._buffer = this._buffer.slice(this._buffer[i] === '\r' ? i + 2 : i + 1);
      this._deliver(line);
    }
  }
  _end() {
    if (this._buffer.length > 0) { const l = this._buffer; this._buffer = ''; this._deliver(l); }
    this._ended = true;
    for (const w of this._waiting.splice(0)) w.resolve({ value: undefined, done: true });
    this.close();
  }
  _deliver(line) {
    if (this.closed) return;
    if (this._questionCallback) {
      const cb = this._questionCallback;
      this._questionCallback = null;
      cb(line);
      return;
    }
    if (this._waiting.length) this._waiting.shift().resolve({ value: line, done: false });
    else if (this._iterating) this._lines.push(line);
    this.emit('line', line);
  }
  question(query, options, cb) {
    if (typeof options === 'function') cb = options;
    if (this.output && this.output.write) this.output.write(query);
    this._questionCallback = cb;
  }
  setPrompt(p) { this._prompt = p; }
  getPrompt() { return this._prompt || '> '; }
  prompt() { if (this.output && this.output.write) this.output.write(this.getPrompt()); }
  write(data) { if (this.output && this.output.write) this.output.write(data); }
  pause() { this._paused = true; this.emit('pause'); return this; }
  resume() { this._paused = false; this.emit('resume'); return this; }
  close() {
    if (this.closed) return;
    this.closed = true;
    this.emit('close');
  }
  [Symbol.asyncIterator]() {
    this._iterating = true;
    const self = this;
    return {
      next() {
        if (self._lines.length) return Promise.resolve({ value: self._lines.shift(), done: false });
        if (self._ended || self.closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => self._waiting.push({ resolve }));
      },
      return() { self.close(); return Promise.resolve({ value: undefined, done: true }); },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

module.exports = {
  Interface,
  createInterface: (input, output) => new Interface(input, output),
  clearLine: (stream, dir, cb) => { if (cb) cb(); return true; },
  clearScreenDown: (stream, cb) => { if (cb) cb(); return true; },
  cursorTo: (stream, x, y, cb) => { if (typeof y === 'function') y(); else if (cb) cb(); return true; },
  moveCursor: (stream, dx, dy, cb) => { if (cb) cb(); return true; },
  emitKeypressEvents: () => {},
};
