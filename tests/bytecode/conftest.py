"""Golden-file options: `pytest tests/bytecode --update-goldens` rewrites the expected dumps."""
from __future__ import annotations


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite tests/bytecode/goldens/*.golden from the current compiler")

