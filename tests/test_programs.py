"""Run every tests/programs/**/*.js through scopejs, lazily and eagerly, against its `// expect:` lines.

Programs listed in tests/programs/known_failures.txt are xfail(strict=True): when one starts
passing, the suite fails and asks for the list to be pruned (tools/update_known_failures.py).
Until scopejs.api.Engine exists, every case skips with the reason.
"""
from __future__ import annotations

import pytest

from tests.programs.corpus import (
    MODES, EngineUnavailable, all_programs, load_engine, load_known_failures, parse_expectation,
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
