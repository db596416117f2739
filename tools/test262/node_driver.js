// Runs test262 scripts in node, for checking the runner itself (tools/test262/node_host.py).
// stdin: JSON [[name, source], ...]; each source is compiled (a SyntaxError there is an early error)
// then run in this context.  The first uncaught error is printed on stderr after __TEST262_ERROR__ as JSON
// {"phase": "parse"|"runtime", "name": ..., "message": ...}.  print() is console.log.
"use strict";
const vm = require("vm");
const fs = require("fs");
const scripts = JSON.parse(fs.readFileSync(0, "utf8"));
function report(phase, e) {
  const name = e && typeof e === "object"
    ? String(("name" in e && e.name) || (e.constructor && e.constructor.name) || "object") : typeof e;
  const message = e && typeof e === "object" && "message" in e ? String(e.message) : String(e);
  fs.writeSync(2, "\n__TEST262_ERROR__" + JSON.stringify({ phase, name, message }) + "\n");
}
globalThis.print = (...a) => console.log(...a);
globalThis.$262 = {
  global: globalThis,
  evalScript: (src) => vm.runInThisContext(src),
  detachArrayBuffer: (buf) => { structuredClone(buf, { transfer: [buf] }); return null; },
  gc: () => { if (global.gc) global.gc(); },
  createRealm: () => { throw new Error("createRealm is not supported by the node check host"); },
  agent: {},
};
process.on("uncaughtException", (e) => { report("runtime", e); process.exit(0); });
process.on("unhandledRejection", () => {});
for (const [name, source] of scripts) {
  let script;
  try {
    script = new vm.Script(source, { filename: name });
  } catch (e) {
    report("parse", e);
    process.exit(0);
  }
  try {
    script.runInThisContext();
  } catch (e) {
    report("runtime", e);
    process.exit(0);
  }
}
