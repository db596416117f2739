"""run(src) -> stdout lines of a script run in a fresh Engine (lazy and eager both tested where
it matters)."""
from __future__ import annotations

import io

import pytest

from scopejs.api import Engine
from scopejs.errors import JSError


def run_js(source: str, *, lazy: bool = True, jobs: bool = True, **engine_options):
    out = io.StringIO()
    engine = Engine(lazy=lazy, stdout=out, stderr=out, **engine_options)
    engine.run_script(source, "test.js")
    if jobs:
        engine.run_jobs()
    return out.getvalue().splitlines()


def run_error(source: str, **engine_options) -> JSError:
    with pytest.raises(JSError) as info:
        run_js(source, **engine_options)
    return info.value


@pytest.fixture(params=[True, False], ids=["lazy", "eager"])
def lazy(request):
    return request.param
