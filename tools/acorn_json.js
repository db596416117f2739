#!/usr/bin/env node
// Prints acorn's ESTree JSON (with locations) for a JavaScript file: the reference of
// tests/parsing/test_acorn_parity.py.  Usage:
//   node tools/acorn_json.js [--module] [--ecma 2023] FILE [FILE ...]   (one JSON document per line)
// A parse error prints {"error": message, "pos": offset}.  RegExp literal values print as null,
// BigInt values as their decimal string, non-finite numbers as {"$number": "Infinity"}.
"use strict";
const path = require("path");
const fs = require("fs");

function loadAcorn() {
  const candidates = [
    path.join(__dirname, "..", ".corpora", "node_modules", "acorn"),
    "acorn",
  ];
  for (const c of candidates) {
    try { return require(c); } catch (e) { /* try the next one */ }
  }
  process.stderr.write("acorn_json.js: acorn is not installed (run sh tools/install_corpora.sh)\n");
  process.exit(2);
}

const acorn = loadAcorn();
const args = process.argv.slice(2);
let sourceType = "script";
let ecmaVersion = 2023;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--module") sourceType = "module";
  else if (args[i] === "--ecma") ecmaVersion = args[++i] === "latest" ? "latest" : Number(args[i]);
  else files.push(args[i]);
}

function replacer(key, value) {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof RegExp) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return { $number: String(value) };
  return value;
}

for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  const type = sourceType === "script" && file.endsWith(".module.js") ? "module" : sourceType;
  let out;
  try {
    const ast = acorn.parse(text, { ecmaVersion, sourceType: type, locations: true,
                                    allowHashBang: true });
    out = JSON.stringify(ast, replacer);
  } catch (e) {
    out = JSON.stringify({ error: String(e.message), pos: e.pos === undefined ? null : e.pos });
  }
  process.stdout.write(out + "\n");
}
