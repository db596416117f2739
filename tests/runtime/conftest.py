"""Fixtures for runtime tests: a fresh realm, and helpers to reach built-ins by dotted path."""
from __future__ import annotations

import pytest

from scopejs.builtins.bootstrap import create_realm


@pytest.fixture
def realm():
    return create_realm()
