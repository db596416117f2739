#!/usr/bin/env python3
"""Check the spec citations in scopejs/ against the pinned ECMA-262 biblio.

A citation is a comment or a docstring's first line that starts with a section number:
``# 7.1.4 ToNumber``, ``# 10.1.2 [[SetPrototypeOf]] ( V )``, ``\"\"\"24.1 Map Objects.\"\"\"``,
``# Annex B.3.4 VariableStatements in Catch Blocks``.  For each one:

1. the number must exist in the pinned spec (errors otherwise);
2. when the text names an operation (``ToNumber``, ``[[Call]]``, ``Map.prototype.get``,
   ``get Map.prototype.size``, ``%TypedArray%.from``), that name must be the clause's title;
3. when the text is a heading of some *other* clause (``24.2 Map Objects``), it is an error;
   other prose after the number (``10.3 A built-in function whose ...``) is accepted.

The biblio is npm ``@tc39/ecma262-biblio`` (version pinned in tools/corpora-package.json and
docs/spec.md), installed by tools/install_corpora.sh into .corpora/.  Usage:

    python3 tools/check_spec_refs.py [--root scopejs] [--biblio FILE] [--fix] [-q]
                                     [--known tools/spec_refs_known_wrong.txt [--write-known]]

``--fix`` rewrites a wrong number when the cited name belongs to exactly one clause.  A line
containing ``spec-ref: ignore`` is skipped.  Exit status 1 when any citation is wrong.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BIBLIO = os.path.join(ROOT, ".corpora", "node_modules", "@tc39", "ecma262-biblio", "biblio.json")

CITATION = re.compile(r"^(?:Annex\s+)?§?\s*((?:[A-Z]|[1-9]\d?)(?:\.\d+)+)\.?\s+(\S.*)$")
NAME = re.compile(r"^((?:get |set )?(?:%[\w.]+%|\[\[\w+\]\]|[A-Za-z_$][\w$]*(?:::[\w$]+)?)"
                  r"(?:(?:\.|\.prototype\.)(?:%[\w.]+%|\[\s*[@%][\w.@%]+\s*\]|[\w$]+))*"
                  r"(?:\s*\[\s*[@%][\w.@%]+\s*\])?)")


def _normalize(text: str) -> str:
    text = re.sub(r"@@(\w+)", r"%Symbol.\1%", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(".:,;").strip()


_SEMANTICS = re.compile(r"^(?:Static|Runtime) Semantics: ")


def title_name(title: str) -> str:
    """The operation's name in a clause title: 'ToNumber ( arg )' -> 'ToNumber',
    'Static Semantics: ParsePattern ( ... )' -> 'ParsePattern'."""
    return _normalize(_SEMANTICS.sub("", title.split(" (", 1)[0]))


def _is_name_like(token: str, rest: str, aoids) -> bool:
    """Does the citation name an operation (rather than quote a heading, a production or prose)?

    Dotted paths, ``::`` numeric methods, ``[[internal]]`` methods, ``%intrinsics%`` and
    ``Name ( params )`` signatures always do; a bare CamelCase word does when it is the name of
    an abstract operation (``AsyncIteratorClose with ...``), not when it is a grammar symbol or
    the start of prose (``SuperCall: super(...)``, ``RegExp String Iterator instances``)."""
    bare = token.replace("get ", "", 1).replace("set ", "", 1)
    if "." in bare or "::" in bare or bare.startswith(("[[", "%")) or "[" in bare or rest.startswith(" ("):
        return True
    if rest.startswith(":"):
        return False
    return bare in aoids


class Biblio:
    def __init__(self, path: str):
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        self.titles: dict[str, str] = {}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_heading: dict[str, set[str]] = defaultdict(set)
        self.aoids: set[str] = {e["aoid"] for e in data["entries"] if e.get("aoid")}
        for entry in data["entries"]:
            if entry.get("type") != "clause" or not entry.get("number"):
                continue
            number, title = entry["number"], entry["title"]
            self.titles[number] = title
            self.by_name[title_name(title)].add(number)
            self.by_heading[_normalize(title).lower()].add(number)

    def check(self, number: str, text: str) -> tuple[str | None, str | None]:
        """(error message or None, suggested number or None) for one citation."""
        text = _SEMANTICS.sub("", _normalize(text.split(" -- ")[0]))
        title = self.titles.get(number)
        match = NAME.match(text)
        name = _normalize(match.group(1)) if match else ""
        rest = text[match.end():] if match else ""
        name = re.sub(r"'s$", "", name)
        if title is not None:
            lowered, own, own_name = text.lower(), _normalize(title).lower(), title_name(title).lower()
            if lowered.startswith(own) or lowered == own_name or re.match(
                    re.escape(own_name) + r"(?![\w$.:\[])", lowered):
                return None, None
        if rest.startswith(" : "):   # a grammar production (RelationalExpression : ...): number only
            return (None, None) if title is not None else (f"{number} does not exist", None)
        if name and _is_name_like(name, rest, self.aoids):
            numbers = self.by_name.get(name, set())
            if title is not None and title_name(title) == name:
                return None, None
            suggestion = next(iter(numbers)) if len(numbers) == 1 else None
            where = (f"; {name} is {', '.join(sorted(numbers))}" if numbers
                     else f"; no clause is titled {name}")
            if title is None:
                return f"{number} does not exist{where}", suggestion
            return f"{number} is '{title}'{where}", suggestion
        if title is None:
            return f"{number} does not exist", None
        lowered = text.lower()
        own = _normalize(title).lower()
        if lowered.startswith(own) or lowered.startswith(title_name(title).lower()):
            return None, None
        for heading, numbers in self.by_heading.items():
            if " " in heading and number not in numbers and (lowered == heading or lowered.startswith(heading + " ")):
                others = ", ".join(sorted(numbers))
                suggestion = next(iter(numbers)) if len(numbers) == 1 else None
                return f"{number} is '{title}', but the heading cited is {others}", suggestion
        return None, None  # prose after a valid number


def _comment_start(line: str) -> int:
    """Index of the '#' that starts a trailing comment (outside quotes), or -1."""
    quote, index = None, 0
    while index < len(line):
        char = line[index]
        if quote:
            if char == "\\":
                index += 1          # skip the escaped character
            elif char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "#":
            return index
        index += 1
    return -1


def citations(path: str):
    """Yield (line number, column, number, text) for each citation in a Python file."""
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    # Full-line comments (a citation stands on its own line); a regex is much faster than tokenize.
    for index, line in enumerate(source.splitlines(), 1):
        if "#" not in line:
            continue
        stripped = line.lstrip()
        if not stripped.startswith("#"):   # a trailing comment: the '#' outside any quotes
            cut = _comment_start(line)
            if cut < 0:
                continue
            stripped = line[cut:]
        if stripped.startswith("#"):
            body = stripped.lstrip("#").strip()
            match = CITATION.match(body)
            if match and "spec-ref: ignore" not in body:
                yield index, stripped, match.group(1), match.group(2)
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant) \
                    and isinstance(node.body[0].value.value, str):
                first = node.body[0].value.value.strip().splitlines()[0] if node.body[0].value.value.strip() else ""
                match = CITATION.match(first)
                if match and "spec-ref: ignore" not in first:
                    yield node.body[0].lineno, first, match.group(1), match.group(2)


def python_files(root: str):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield os.path.join(dirpath, name)


def known_key(rel: str, raw: str) -> str:
    return f"{rel}\t{raw.strip()}"


def load_known(path: str | None) -> set[str]:
    if not path or not os.path.isfile(path):
        return set()
    with open(path, encoding="utf-8") as fh:
        return {line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")}


def run(root: str, biblio_path: str, *, fix: bool = False, out=sys.stdout, quiet: bool = False,
        known_path: str | None = None, write_known: bool = False) -> int:
    """Check every citation under root; returns the exit status (1 if a new wrong citation)."""
    biblio = Biblio(biblio_path)
    known = load_known(known_path)
    found_known: list[str] = []
    checked = errors = fixed = tolerated = 0
    for path in python_files(root):
        rewrites: dict[int, tuple[str, str]] = {}
        for line, raw, number, text in citations(path):
            checked += 1
            message, suggestion = biblio.check(number, text)
            if message is None:
                continue
            rel = os.path.relpath(path, ROOT)
            if fix and suggestion:
                rewrites[line] = (number, suggestion)
                fixed += 1
                if not quiet:
                    print(f"{rel}:{line}: fixed {number} -> {suggestion}", file=out)
                continue
            key = known_key(rel, raw)
            if key in known or write_known:
                found_known.append(key)
                tolerated += 1
                continue
            errors += 1
            print(f"{rel}:{line}: {message}\n    {raw.strip()}", file=out)
        if rewrites:
            with open(path, encoding="utf-8") as fh:
                lines = fh.readlines()
            for line, (old, new) in rewrites.items():
                lines[line - 1] = re.sub(rf"(?<![\w.]){re.escape(old)}(?![\w.])", new, lines[line - 1], count=1)
            with open(path, "w", encoding="utf-8") as fh:
                fh.writelines(lines)
    if write_known and known_path:
        with open(known_path, "w", encoding="utf-8") as fh:
            fh.write("# Wrong citations tolerated for now (path TAB citation): fix them, e.g. with\n"
                     "# python3 tools/check_spec_refs.py --fix, then regenerate with --write-known.\n")
            fh.writelines(key + "\n" for key in sorted(set(found_known)))
    if not quiet:
        print(f"{checked} citations checked, {errors} wrong" + (f", {tolerated} known-wrong tolerated" if tolerated else "")
              + (f", {fixed} fixed" if fix else ""), file=out)
        stale = known - set(found_known)
        if stale and not write_known:
            print(f"{len(stale)} entries of the known-wrong list are fixed now: regenerate it with --write-known", file=out)
    return 1 if errors else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Check ECMA-262 section citations in the source.")
    ap.add_argument("--root", default=os.path.join(ROOT, "scopejs"), help="directory to scan")
    ap.add_argument("--biblio", default=DEFAULT_BIBLIO, help="@tc39/ecma262-biblio biblio.json")
    ap.add_argument("--fix", action="store_true", help="rewrite numbers whose cited name is unambiguous")
    ap.add_argument("--known", default=None, metavar="FILE",
                    help="list of known-wrong citations to tolerate (tools/spec_refs_known_wrong.txt)")
    ap.add_argument("--write-known", action="store_true", help="write every wrong citation to --known FILE")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    if not os.path.isfile(args.biblio):
        print(f"check_spec_refs: no biblio at {args.biblio} (run sh tools/install_corpora.sh)", file=sys.stderr)
        return 2
    return run(args.root, args.biblio, fix=args.fix, quiet=args.quiet, known_path=args.known,
               write_known=args.write_known)


if __name__ == "__main__":
    sys.exit(main())
