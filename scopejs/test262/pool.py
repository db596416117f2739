"""Running scenarios in parallel worker processes, each test under a timeout.

The parent hands one scenario at a time to each worker over a pipe and waits on all pipes with
``multiprocessing.connection.wait``.  A worker that passes its deadline is killed and replaced
(the test fails with ``timeout``); one that dies (segfault, memory limit) is replaced too.  Workers
are forked after the parser/engine are imported, so they start warm, and are recycled after
``max_tasks`` tests so that leaks cannot accumulate.
"""
from __future__ import annotations

import importlib
import multiprocessing
import os
import time
from collections import deque
from multiprocessing.connection import wait

from scopejs.test262 import host

__all__ = ["RunConfig", "run_scenarios", "load_object"]


class RunConfig:
    """Everything a worker needs to judge a scenario (picklable)."""

    __slots__ = ("parse_only", "parser", "engine", "harness_dir", "lazy", "max_steps",
                 "timeout", "jobs", "memory_mb", "max_tasks")

    def __init__(self, *, parse_only=False, parser="scopejs.parsing.parser:parse",
                 engine="scopejs.api:Engine", harness_dir="", lazy=True, max_steps=None,
                 timeout=10.0, jobs=None, memory_mb=2048, max_tasks=1000):
        self.parse_only = parse_only
        self.parser = parser
        self.engine = engine
        self.harness_dir = harness_dir
        self.lazy = lazy
        self.max_steps = max_steps
        self.timeout = timeout
        self.jobs = jobs if jobs is not None else (os.cpu_count() or 1)
        self.memory_mb = memory_mb
        self.max_tasks = max_tasks


def load_object(spec: str):
    """Import ``package.module:attribute``."""
    module_name, _, attribute = spec.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


class _Judge:
    """Per-process: resolves the parser or engine once, then judges scenarios."""

    def __init__(self, config: RunConfig):
        self.config = config
        self.target = None
        self.load_error = None
        try:
            self.target = load_object(config.parser if config.parse_only else config.engine)
        except Exception as exc:  # noqa: BLE001 - reported on every scenario instead
            self.load_error = f"cannot load {'parser' if config.parse_only else 'engine'}: " \
                              f"{type(exc).__name__}: {exc}"

    def warm_up(self) -> None:
        """Run a trivial script once, so that the engine's lazily imported modules are loaded
        before the workers fork (each worker would otherwise pay a few seconds of imports)."""
        if self.load_error or self.config.parse_only:
            return
        try:
            import io
            engine = self.target(test262_host=True, lazy=self.config.lazy, max_steps=None, stdout=io.StringIO())
            engine.run_script("var warm = [1].map(function (x) { return x; });", "warm-up.js")
        except Exception:  # noqa: BLE001 - a broken engine is reported per test instead
            pass

    def __call__(self, scenario) -> tuple[str, str]:
        if self.load_error:
            return "fail", self.load_error
        try:
            if self.config.parse_only:
                return host.judge_parse(scenario, self.target, lazy=self.config.lazy)
            return host.judge_run(scenario, self.target, self.config.harness_dir,
                                  lazy=self.config.lazy, max_steps=self.config.max_steps)
        except MemoryError:
            return "fail", "crash: MemoryError"
        except BaseException as exc:  # noqa: BLE001 - never let one test kill the run
            if isinstance(exc, KeyboardInterrupt):
                raise
            return "fail", f"crash: runner: {type(exc).__name__}: {exc}"


def _limit_memory(megabytes: int) -> None:
    if not megabytes:
        return
    try:
        import resource
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def _worker(conn, config: RunConfig) -> None:
    _limit_memory(config.memory_mb)
    judge = _Judge(config)
    try:
        while True:
            item = conn.recv()
            if item is None:
                break
            index, scenario = item
            start = time.perf_counter()
            status, reason = judge(scenario)
            conn.send((index, status, reason, time.perf_counter() - start))
    except (EOFError, KeyboardInterrupt, BrokenPipeError):
        pass


class _Slot:
    __slots__ = ("process", "conn", "task", "deadline", "done")

    def __init__(self, ctx, config):
        parent, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(child, config), daemon=True)
        self.process.start()
        child.close()
        self.conn = parent
        self.task = None
        self.deadline = 0.0
        self.done = 0

    def stop(self, kill=False):
        try:
            if kill:
                self.process.kill()
            else:
                self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.process.join(timeout=1 if not kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def run_scenarios(scenarios, config: RunConfig, on_result=None, durations: dict | None = None) -> dict:
    """Judge every scenario; returns {scenario id: (status, reason)}.  Skipped ones included.

    ``on_result(scenario, status, reason)`` is called as results arrive (progress display);
    ``durations``, when given, receives {scenario id: seconds} of the scenarios that ran.
    """
    if durations is None:
        durations = {}
    results: dict[str, tuple[str, str]] = {}
    todo = deque()
    for index, scenario in enumerate(scenarios):
        if scenario.skip:
            results[scenario.id] = ("skip", scenario.skip)
            if on_result:
                on_result(scenario, "skip", scenario.skip)
        else:
            todo.append(index)
    if config.jobs <= 0:   # in-process, no timeout: for debugging a single test
        judge = _Judge(config)
        for index in todo:
            scenario = scenarios[index]
            start = time.perf_counter()
            status, reason = judge(scenario)
            durations[scenario.id] = time.perf_counter() - start
            results[scenario.id] = (status, reason)
            if on_result:
                on_result(scenario, status, reason)
        return results
    # Import the code under test before forking, so workers start warm.
    _Judge(config).warm_up()
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    slots = [_Slot(ctx, config) for _ in range(min(config.jobs, len(todo)) or 0)]

    def record(index, status, reason):
        scenario = scenarios[index]
        results[scenario.id] = (status, reason)
        if on_result:
            on_result(scenario, status, reason)

    def replace(slot, kill):
        slot.stop(kill=kill)
        fresh = _Slot(ctx, config)
        slots[slots.index(slot)] = fresh
        return fresh

    try:
        while todo or any(s.task is not None for s in slots):
            for slot in list(slots):
                if slot.task is None and todo:
                    if slot.done >= config.max_tasks:
                        slot = replace(slot, kill=False)
                    index = todo.popleft()
                    slot.task = index
                    slot.deadline = time.monotonic() + config.timeout
                    slot.conn.send((index, scenarios[index]))
            busy = [s for s in slots if s.task is not None]
            if not busy:
                continue
            now = time.monotonic()
            ready = wait([s.conn for s in busy], timeout=max(0.0, min(s.deadline for s in busy) - now))
            for slot in busy:
                if slot.conn in ready:
                    try:
                        index, status, reason, seconds = slot.conn.recv()
                    except (EOFError, OSError):
                        slot.process.join(timeout=2)
                        code = slot.process.exitcode
                        record(slot.task, "fail", f"crash: worker died (exit code {code})")
                        replace(slot, kill=True)
                        continue
                    slot.task = None
                    slot.done += 1
                    durations[scenarios[index].id] = seconds
                    record(index, status, reason)
                elif time.monotonic() >= slot.deadline:
                    durations[scenarios[slot.task].id] = config.timeout
                    record(slot.task, "fail", f"timeout after {config.timeout:g} s")
                    replace(slot, kill=True)
    finally:
        for slot in slots:
            slot.stop(kill=slot.task is not None)
    return results
