"""Run every tests/programs/**/*.js through scopejs, lazily and eagerly, against its `// expect:` lines.

Programs listed in tests/programs/known_failures.txt are xfail(strict=True): when one starts
passing, the suite fails and asks for the list to be pruned (tools/update_known_failures.py).
Until scopejs.api.Engine exists, every case skips with the reason.
"""
from __future__ import annotations

import pytest

from tests.programs.corpus import (
    CLI_MODE, MODES, EngineUnavailable, all_programs, load_engine, load_known_failures, parse_expectation,
    run_scopejs,
)

_KNOWN = load_known_failures()


def _cases():
    for path, pid in all_programs():
        for mode in MODES:
            reason = _KNOWN.get((pid, mode))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(path, mode, id=f"{pid}[{mode}]", marks=marks)


@pytest.fixture(scope="module")
def engine_ready():
    try:
        load_engine()
    except EngineUnavailable as exc:
        pytest.skip(str(exc))


@pytest.mark.parametrize("path,mode", list(_cases()))
def test_program(engine_ready, path, mode):
    expected = parse_expectation(path.read_text(encoding="utf-8"))
    actual = run_scopejs(path, mode)
    assert actual.render() == expected.render()


def test_corpus_is_well_formed():
    """Every program states some expected output, and known_failures names only real programs."""
    ids = {pid for _, pid in all_programs()}
    for path, pid in all_programs():
        exp = parse_expectation(path.read_text(encoding="utf-8"))
        assert exp.stdout_lines or exp.error, f"{pid} has no // expect: lines"
    stale = sorted({pid for pid, _ in _KNOWN} - ids)
    assert not stale, f"known_failures.txt names missing programs: {stale}"


def _error_programs():
    for path, pid in all_programs():
        if (pid, "lazy") in _KNOWN:
            continue
        if parse_expectation(path.read_text(encoding="utf-8")).error is not None:
            reason = _KNOWN.get((pid, CLI_MODE))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(path, id=pid, marks=marks)


@pytest.mark.parametrize("path", list(_error_programs()))
def test_cli_reports_uncaught_error_like_node(engine_ready, path):
    """`python -m scopejs prog.js` exits 1 and its stderr report reads like node's: the
    `Name: message` line follows the caret line of the code frame (what the corpus records)."""
    import subprocess
    import sys

    from tests.programs.corpus import ROOT_DIR, node_error_line
    expected = parse_expectation(path.read_text(encoding="utf-8"))
    args = [sys.executable, "-m", "scopejs"] + (["--module"] if path.suffix == ".mjs" else [])
    proc = subprocess.run(args + [str(path)], capture_output=True, text=True, timeout=60,
                          cwd=ROOT_DIR)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.split("\n")[:-1] == expected.stdout_lines
    assert node_error_line(proc.stderr) == expected.error, proc.stderr


def test_expectation_format():
    from tests.programs.corpus import strip_expectations
    source = "console.log(1)\n// expect: 1\n// expect:\n// expect:  two spaces\n  // expect: not at column 0\n// expect-error: TypeError: x is not a function\n"
    exp = parse_expectation(source)
    assert exp.stdout_lines == ["1", "", " two spaces"]
    assert exp.error == "TypeError: x is not a function"
    assert strip_expectations(source) == "console.log(1)\n  // expect: not at column 0\n"


def test_node_error_line_reads_the_line_after_the_caret():
    from tests.programs.corpus import node_error_line
    stderr = ("/tmp/x.js:3\n    missing();\n    ^\n\nReferenceError: missing is not defined\n"
              "    at Object.<anonymous> (/tmp/x.js:3:5)\n\nNode.js v20.20.2\n")
    assert node_error_line(stderr) == "ReferenceError: missing is not defined"
    syntax = "/tmp/y.js:2\nlet a = 2;\n    ^\n\nSyntaxError: Identifier 'a' has already been declared\n"
    assert node_error_line(syntax) == "SyntaxError: Identifier 'a' has already been declared"
    assert node_error_line("no report here") is None


def test_known_failures_format(tmp_path):
    listing = tmp_path / "kf.txt"
    listing.write_text("# comment\n\na/b.js  # both modes\nc/d.js [eager]  # eager only\n"
                       "e/f.js [cli]  # cli only\n")
    known = load_known_failures(listing)
    assert known == {("a/b.js", "lazy"): "both modes", ("a/b.js", "eager"): "both modes",
                     ("c/d.js", "eager"): "eager only", ("e/f.js", "cli"): "cli only"}
