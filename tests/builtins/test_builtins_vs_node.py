"""Every tests/builtins/js/*.js runs under scopejs and under node; stdout must be identical.
(The built-ins' behaviour end to end: formatting by console.log, errors, job order.)"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.conftest import NODE, run_node

JS_DIR = Path(__file__).parent / "js"
FILES = sorted(JS_DIR.glob("*.js"))


def run_scopejs(path: Path) -> str:
    from scopejs.api import Engine
    from scopejs.errors import JSError
    out = io.StringIO()
    engine = Engine(stdout=out, stderr=out, max_steps=50_000_000)
    try:
        engine.run_script(path.read_text(encoding="utf-8"), str(path))
        engine.run_jobs()
    except JSError as exc:
        out.write(f"Uncaught {exc.name}: {exc.message}\n")
    return out.getvalue()


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_same_output_as_node(path):
    if NODE is None:
        pytest.skip("node is not installed")
    expected = run_node(str(path), is_file=True).stdout
    assert run_scopejs(path) == expected
