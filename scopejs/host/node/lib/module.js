'use strict';
// node:module — the parts of Module a pure engine has.
function Module() {}
Module.builtinModules = ['assert', 'assert/strict', 'buffer', 'events', 'fs', 'fs/promises', 'module', 'os',
  'path', 'path/posix', 'process', 'querystring', 'readline', 'string_decoder', 'timers', 'timers/promises', 'tty', 'url',
  'util', 'util/types'];
Module.isBuiltin = (name) => Module.builtinModules.includes(String(name).replace(/^node:/, ''));
Module.createRequire = function createRequire(filename) {
  return binding.createRequire(String(filename).replace(/^file:\/\//, ''));
};
Module.Module = Module;
module.exports = Module;
