"""The test262 host: runs one scenario on a scopejs ``Engine`` and judges the outcome.

It drives the embedding API of scopejs/api.py:
``Engine(test262_host=True, lazy=..., max_steps=..., stdout=stream)`` with ``run_script(source,
name)``, ``run_module(path)`` and ``run_jobs()``.  An uncaught exception arrives as
``scopejs.errors.JSError`` (``.name`` is the error constructor's name), an early error as
``JSSyntaxError``.  ``print`` writes to ``stdout``: async tests report through doneprintHandle.js
(``Test262:AsyncTestComplete`` / ``Test262:AsyncTestFailure:...``).

Harness files run as separate sloppy scripts before the test (they share the global object), so
line numbers in the test's errors are the test's own and the strict prefix applies only to the test.
"""
from __future__ import annotations

import io
import os

from scopejs.errors import EngineInternalError, JSError, JSSyntaxError, ResourceLimitError
from scopejs.test262.discovery import STRICT_PREFIX, Scenario, read_test

ASYNC_COMPLETE = "Test262:AsyncTestComplete"
ASYNC_FAILURE = "Test262:AsyncTestFailure:"

_harness_cache: dict[str, str] = {}


def harness_files(meta) -> list[str]:
    """Harness file names to load before the test, in order (none for ``raw`` tests)."""
    if "raw" in meta.flags:
        return []
    names = ["assert.js", "sta.js"]
    if "async" in meta.flags:
        names.append("doneprintHandle.js")
    for name in meta.includes:
        if name not in names:
            names.append(name)
    return names


def load_harness(harness_dir: str, name: str) -> str:
    path = os.path.join(harness_dir, name)
    text = _harness_cache.get(path)
    if text is None:
        text = _harness_cache[path] = read_test(path)
    return text


def test_source(scenario: Scenario, text: str) -> str:
    """The text actually run: the strict prefix for the strict scenario, else as written."""
    return STRICT_PREFIX + text if scenario.mode == "strict" else text


def _error_name(exc) -> str:
    if isinstance(exc, JSSyntaxError):
        return exc.kind
    return getattr(exc, "name", None) or type(exc).__name__


def _describe(exc) -> str:
    if isinstance(exc, JSSyntaxError):
        return f"{exc.kind}: {exc.message}"
    if isinstance(exc, JSError):
        return f"{_error_name(exc)}: {exc.message}"
    return f"{type(exc).__name__}: {exc}"


def judge_parse(scenario: Scenario, parse, *, lazy: bool = True) -> tuple[str, str]:
    """--parse-only: phase-parse negatives must raise JSSyntaxError, everything else must parse.

    ``lazy`` is passed to the parser: with it, inner functions go through the preparser, which
    must find the same early errors (--no-lazy checks the full parser alone)."""
    meta = scenario.meta
    text = test_source(scenario, read_test(scenario.path))
    expect_error = meta.negative_phase == "parse"
    try:
        parse(text, module=scenario.mode == "module", name=scenario.rel, lazy=lazy)
    except JSSyntaxError as exc:
        if expect_error:
            return "pass", ""
        return "fail", f"unexpected {exc.kind}: {exc.message}"
    except RecursionError:
        return "fail", "crash: Python RecursionError"
    except EngineInternalError as exc:
        return "fail", f"crash: EngineInternalError: {exc}"
    except Exception as exc:  # noqa: BLE001 - any other Python exception is an engine bug
        return "fail", f"crash: {type(exc).__name__}: {exc}"
    if expect_error:
        return "fail", f"expected {meta.negative_type} at parse, but it parsed"
    return "pass", ""


def judge_run(scenario: Scenario, engine_class, harness_dir: str, *, lazy: bool = True,
              max_steps: int | None = None) -> tuple[str, str]:
    """Full execution: harness, test, jobs; then compare with the negative/async expectation."""
    meta = scenario.meta
    out = io.StringIO()
    try:
        engine = engine_class(test262_host=True, lazy=lazy, max_steps=max_steps, stdout=out)
    except Exception as exc:  # noqa: BLE001
        return "fail", f"crash: cannot create Engine: {type(exc).__name__}: {exc}"
    try:
        for name in harness_files(meta):
            engine.run_script(load_harness(harness_dir, name), name)
    except Exception as exc:  # noqa: BLE001
        return "fail", f"harness {name} failed: {_describe(exc)}"
    expected_phase, expected_type = meta.negative_phase, meta.negative_type
    try:
        if scenario.mode == "module":
            engine.run_module_file(scenario.path)
        else:
            # The file's own path as the script's name: dynamic import() resolves against it.
            engine.run_script(test_source(scenario, read_test(scenario.path)), scenario.path)
        engine.run_jobs()
    except JSSyntaxError as exc:
        if expected_phase in ("parse", "resolution") and exc.kind == expected_type:
            return "pass", ""
        if expected_phase == "runtime" and exc.kind == expected_type:
            return "fail", f"expected {expected_type} at runtime, got an early {exc.kind}: {exc.message}"
        return "fail", f"unexpected early {exc.kind}: {exc.message}"
    except JSError as exc:
        name = _error_name(exc)
        if expected_phase in ("runtime", "resolution") and name == expected_type:
            return "pass", ""
        if expected_phase == "parse":
            return "fail", f"expected early {expected_type}, but it ran and threw {name}: {exc.message}"
        return "fail", f"uncaught {name}: {exc.message}"
    except ResourceLimitError as exc:
        return "fail", f"limit: {exc}"
    except RecursionError:
        return "fail", "crash: Python RecursionError"
    except EngineInternalError as exc:
        return "fail", f"crash: EngineInternalError: {exc}"
    except Exception as exc:  # noqa: BLE001 - any other Python exception is an engine bug
        return "fail", f"crash: {type(exc).__name__}: {exc}"
    if expected_phase is not None:
        return "fail", f"expected {expected_type} ({expected_phase}), but it completed"
    if "async" in meta.flags:
        printed = out.getvalue()
        if ASYNC_FAILURE in printed:
            line = printed[printed.index(ASYNC_FAILURE) + len(ASYNC_FAILURE):].splitlines()[0]
            return "fail", f"async failure: {line}"
        if ASYNC_COMPLETE not in printed:
            return "fail", "async test never called $DONE"
    return "pass", ""
