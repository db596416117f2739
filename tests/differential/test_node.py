"""Keep the corpus honest against node, and compare scopejs with node live.

1. node's output for every program equals its `// expect:` lines (so expectations are node's).
2. For programs not in known_failures.txt, scopejs (lazy mode, in-process) prints what node
   prints right now.
node runs are done once per session, in parallel, and cached.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.programs.corpus import (
    NODE, EngineUnavailable, all_programs, load_engine, load_known_failures, parse_expectation,
    run_node, run_scopejs,
)

_PROGRAMS = all_programs()
_KNOWN = load_known_failures()


@pytest.fixture(scope="session")
def node_outputs():
    if NODE is None:
        pytest.skip("node is not installed; differential tests skipped")
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = pool.map(lambda item: run_node(item[0]), _PROGRAMS)
        return {pid: res for (_, pid), res in zip(_PROGRAMS, results)}


@pytest.mark.parametrize("path,pid", _PROGRAMS, ids=[pid for _, pid in _PROGRAMS])
def test_expectations_match_node(node_outputs, path, pid):
    expected = parse_expectation(path.read_text(encoding="utf-8"))
    assert node_outputs[pid].render() == expected.render()


_LIVE = [(p, pid) for p, pid in _PROGRAMS if (pid, "lazy") not in _KNOWN]


@pytest.mark.parametrize("path,pid", _LIVE, ids=[pid for _, pid in _LIVE])
def test_scopejs_matches_node(node_outputs, path, pid):
    try:
        load_engine()
    except EngineUnavailable as exc:
        pytest.skip(str(exc))
    assert run_scopejs(path, "lazy").render() == node_outputs[pid].render()
