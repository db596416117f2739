"""Parsing for the scope tests: scopejs's own parser when present, acorn (via node) otherwise."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

ACORN_DIR = "/tmp/np"


def parse_js(source: str, *, module: bool = False, lazy: bool = False):
    try:
        from scopejs.parsing.parser import parse
    except ImportError:
        parse = None
    if parse is not None:
        return parse(source, module=module, lazy=lazy)
    return parse_with_acorn(source, module=module)


def parse_with_acorn(source: str, *, module: bool = False):
    from scopejs.source.text import SourceText
    from scopejs.syntax.nodes import from_estree
    if shutil.which("node") is None:
        pytest.skip("no parser and no node")
    script = ("const acorn=require('acorn');let s='';process.stdin.on('data',d=>s+=d);"
              "process.stdin.on('end',()=>{console.log(JSON.stringify(acorn.parse(s,"
              f"{{ecmaVersion:2023,sourceType:'{'module' if module else 'script'}'}}),"
              "(k,v)=>typeof v==='bigint'?v.toString():v))})")
    proc = subprocess.run(["node", "-e", script], input=source, capture_output=True, text=True,
                          cwd=ACORN_DIR, check=True)
    program = from_estree(json.loads(proc.stdout))
    program.source = SourceText.from_str(source)
    return program


@pytest.fixture
def parse():
    return parse_js
