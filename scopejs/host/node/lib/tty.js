'use strict';
// node:tty — whether a descriptor is a terminal (no terminal control).
module.exports = {
  isatty: (fd) => Number.isInteger(fd) && fd >= 0 && fd <= 2 && binding.isTTY(fd),
  ReadStream: function ReadStream() {},
  WriteStream: function WriteStream() {},
};
