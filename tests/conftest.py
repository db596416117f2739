"""Shared fixtures: node (skips cleanly where absent) and the corpora installed from npm."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / ".corpora" / "node_modules"
sys.path.insert(0, str(ROOT))

NODE = shutil.which("node") or ("/usr/bin/node" if os.path.exists("/usr/bin/node") else None)


def pytest_addoption(parser):
    parser.addoption("--tier", choices=("default", "always-opt", "no-opt"), default="default",
                     help="tier mode of every Engine made without tier= (the whole suite in "
                          "--always-opt: the issue's correctness mode)")


def pytest_configure(config):
    from scopejs.tiering.options import PROCESS_DEFAULTS
    mode = config.getoption("--tier")
    if mode == "always-opt":
        PROCESS_DEFAULTS["always_opt"] = True
    elif mode == "no-opt":
        PROCESS_DEFAULTS["enabled"] = False


@pytest.fixture(scope="session")
def node_path():
    if NODE is None:
        pytest.skip("node is not installed; differential tests skipped")
    return NODE


@pytest.fixture(scope="session")
def corpora():
    """Path of .corpora/node_modules (installed by tools/test.sh where npm exists)."""
    if not CORPORA.is_dir():
        pytest.skip("npm corpora not installed (run sh tools/test.sh with npm present)")
    return CORPORA


def run_node(code_or_path: str, *, is_file: bool = False, timeout: float = 30.0) -> subprocess.CompletedProcess:
    args = [NODE, code_or_path] if is_file else [NODE, "-e", code_or_path]
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout)
