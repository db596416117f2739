"""The front end's CLI flags: --print-ast[=json], --trace-lazy, --no-lazy, --module."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "scopejs", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, input=stdin)


def test_print_ast_tree_with_lazy_function():
    result = run("--print-ast", "-e", "function add(a) { return a + b }")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Program sourceType=script @1:1"
    assert "    FunctionDeclaration add @1:1" in lines
    assert "      body: (lazy: preparsed, free: [b])" in lines


def test_print_ast_json_is_complete_estree(tmp_path):
    src = tmp_path / "crlf.js"
    src.write_bytes(b"function f() {\r\n  return 1\r\n}\r\n")
    result = run("--print-ast=json", str(src))
    data = json.loads(result.stdout)
    fn = data["body"][0]
    assert fn["body"]["body"][0]["type"] == "ReturnStatement"      # lazy body forced
    assert data["end"] == 31 and fn["loc"]["end"] == {"line": 3, "column": 1}


def test_trace_lazy_and_no_lazy():
    result = run("--print-ast", "--trace-lazy", "-e", "function f() {} (function g() {})")
    assert "[preparse] f @1:1" in result.stderr and "[full parse] g @1:18" in result.stderr
    result = run("--print-ast", "--no-lazy", "-e", "function f() { return 1 }")
    assert "lazy" not in result.stdout and "ReturnStatement" in result.stdout


def test_syntax_error_is_reported_like_node():
    result = run("--print-ast", "-e", "let a;\nlet a;")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == "SyntaxError: Identifier 'a' has already been declared"
    # node -e "let a;\nlet a;": `[eval]:2` (no column), the line, the caret under the name
    assert result.stderr.splitlines()[:3] == ["[eval]:2", "let a;", "    ^"]


def test_module_goal():
    assert run("--print-ast", "--module", "-e", "export const a = 1").returncode == 0
    assert run("--print-ast", "-e", "export const a = 1").returncode == 1
