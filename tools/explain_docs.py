#!/usr/bin/env python3
"""Regenerate docs/explain.md: `scopejs --explain` on seed 003's examples.

    python3 tools/explain_docs.py            # rewrites docs/explain.md
    python3 tools/explain_docs.py --check    # exit 1 when docs/explain.md is stale

Each example is a program of tests/programs/seeds/ (seed 003's code, as the article shows it);
the narration is exactly what `python3 -m scopejs --explain FILE` prints (program output lines
included, `// expect:` lines dropped from the listing).
"""
from __future__ import annotations

import argparse
import io
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from scopejs.api import Engine  # noqa: E402
from scopejs.errors import ScopeJSError  # noqa: E402
from scopejs.inspect.explain import SPEC_OPERATIONS, Explaining  # noqa: E402

SEEDS = os.path.join(ROOT, "tests", "programs", "seeds")
OUT = os.path.join(ROOT, "docs", "explain.md")
# In the order the article (seed 003) walks through them.
EXAMPLES = [
    ("s003_greet.js", "A function in global scope: contexts created, pushed and popped"),
    ("s003_greet_inner.js", "A closure: greetInner's [[Environment]] is greet's record"),
    ("s003_greet_param.js", "Closing over a parameter"),
    ("s003_counters.js", "Each closure has a reference to its own Environment Record"),
    ("s003_variable_not_value.js", "Closures close over a variable, not its value"),
    ("s003_loop_getI.js", "Closures in loops: CreatePerIterationEnvironment"),
    ("s003_block_scoped.js", "Block scoped closures"),
    ("s003_global_no_closure.js", "Globals need no closure"),
    ("s003_lexical_lookup.js", "Lexical lookup, no closure kept"),
    ("s003_closure_inside_a.js", "A closure alive only while a() runs"),
    ("s003_trimmed_scopes.js", "Trimmed environments: a()()() (Closure (b) {y, z}, Closure (a) {w})"),
]

HEADER = """# `--explain`: the spec's steps, narrated beside what the engine did

`python3 -m scopejs --explain FILE` runs FILE and prints, as it runs, one line per step that seed
003 walks through, with its source position (`line:column`): execution contexts created, pushed
and popped; GlobalDeclarationInstantiation and FunctionDeclarationInstantiation with the bindings
they create; OrdinaryFunctionCreate with the function's [[Environment]] and [[ThisMode]];
NewFunctionEnvironment / NewDeclarativeEnvironment with [[OuterEnv]];
CreatePerIterationEnvironment for `for (let ...)`; the `this` binding of each call and how it was
called (method, plain, `new`, call/apply, bound, callback, arrow = lexical).  After `=> engine:`
each line says what scopejs did instead: whether a heap context was allocated and for which
variables, which variables live in registers (`a0` parameters, `r0` locals), which context a
closure points to, that a lazily parsed function is compiled at its first call.  Lines starting
with `-` are engine-only events (a context collected); other lines are the program's own output.

Records are named `FunctionEnv(name#N)` (the Function Environment Record of the N-th call) and
`DeclarativeEnv(block at line:col)`.  The spec operations named, with their clauses in the pinned
spec (checked by tests/explain against the biblio):

{table}

This file is generated: `python3 tools/explain_docs.py` (`--check` tells whether it is stale).
"""


def narrate(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    out = io.StringIO()
    engine = Engine(stdout=out)
    try:
        with Explaining(engine, out):
            engine.run_script(source, os.path.basename(path))
            engine.run_jobs()
    except ScopeJSError as exc:
        out.write(f"uncaught: {exc}\n")
    return out.getvalue()


def listing(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    return "\n".join(line for line in lines if not line.startswith("// expect")).rstrip()


def render() -> str:
    table = "\n".join(f"| {name} | {number} |" for name, number in SPEC_OPERATIONS.items())
    parts = [HEADER.format(table="| operation | clause |\n|---|---|\n" + table)]
    for filename, title in EXAMPLES:
        path = os.path.join(SEEDS, filename)
        parts.append(f"## {title}\n\n`tests/programs/seeds/{filename}`:\n\n```js\n"
                     f"{listing(path)}\n```\n\n`python3 -m scopejs --explain "
                     f"tests/programs/seeds/{filename}`:\n\n```\n{narrate(path).rstrip()}\n```\n")
    return "\n".join(parts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != text:
                print("docs/explain.md is stale: run python3 tools/explain_docs.py")
                return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
