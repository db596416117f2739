'use strict';
// node:timers — the global timer functions, and node:timers/promises under .promises.
module.exports = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
  get promises() { return require('timers/promises'); },
};
