"""Popular multi-file pure-JS npm packages, loaded through `require` from the real
node_modules of .corpora (tools/install_corpora.sh), each driver's output compared with
node's.  A driver gets the corpora directory as argv[2] and requires through
module.createRequire, so resolution walks that node_modules as node's does."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPORA
from tests.node.differential import run_both

DRIVERS = sorted((Path(__file__).parent / "corpus").glob("*.js"))
PACKAGES = {   # driver -> the packages it needs
    "chalk": ["chalk"], "date_fns": ["date-fns"], "dayjs": ["dayjs"], "immutable": ["immutable"],
    "minimist": ["minimist"], "ms": ["ms"], "qs": ["qs"], "semver": ["semver"],
    "small_packages": ["escape-string-regexp", "deepmerge", "classnames", "is-number"],
    "validator": ["validator"], "yargs_parser": ["yargs-parser"],
}


@pytest.mark.parametrize("driver", DRIVERS, ids=[d.stem for d in DRIVERS])
def test_package_runs_as_in_node(node_path, driver):
    missing = [p for p in PACKAGES[driver.stem] if not (CORPORA / p).is_dir()]
    if missing:
        pytest.skip(f"corpora lack {missing} (run sh tools/install_corpora.sh)")
    node, scopejs = run_both(node_path, [str(driver), str(CORPORA.parent)], driver.parent)
    assert node.code == 0, node.stderr
    assert (scopejs.stdout, scopejs.code) == (node.stdout, node.code), scopejs.stderr


def test_every_driver_names_its_packages():
    assert {d.stem for d in DRIVERS} == set(PACKAGES)
