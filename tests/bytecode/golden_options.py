"""Whether this pytest run rewrites the golden files (--update-goldens or
SCOPEJS_UPDATE_GOLDENS=1)."""
from __future__ import annotations

import os


def update_requested(config) -> bool:
    try:
        if config.getoption("--update-goldens"):
            return True
    except ValueError:
        pass
    return os.environ.get("SCOPEJS_UPDATE_GOLDENS") == "1"
