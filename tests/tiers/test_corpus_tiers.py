"""The whole program corpus through the optimizing tier: output identical to the expectations.

Two tier modes besides the interpreter-only runs of tests/test_programs.py:
  always-opt  every function (and script) is optimized at its first call;
  hot         a low threshold (3 calls), so functions tier up in the middle of the run.
Known interpreter failures (tests/programs/known_failures.txt) are skipped here: this test is
about parity with the interpreter, which test_programs.py already pins for those.
"""
from __future__ import annotations

import pytest

from scopejs.tiering.options import TierOptions
from tests.programs.corpus import all_programs, load_known_failures, parse_expectation, run_scopejs

_KNOWN = load_known_failures()
TIER_MODES = {
    "always-opt": TierOptions(always_opt=True),
    "hot": TierOptions(opt_threshold=3),
}


def _cases():
    for path, pid in all_programs():
        if (pid, "lazy") in _KNOWN:
            continue
        for mode in TIER_MODES:
            yield pytest.param(path, mode, id=f"{pid}[{mode}]")


@pytest.mark.parametrize("path,mode", list(_cases()))
def test_program_in_tier(path, mode):
    expected = parse_expectation(path.read_text(encoding="utf-8"))
    actual = run_scopejs(path, "lazy", tier=TIER_MODES[mode])
    assert actual.render() == expected.render()
