"""The test262 runner end to end on a tiny fake test262 tree, with a fake parser and engine.

The fakes understand a few markers in the source text, so each behaviour of the runner (negative
handling, strict prefix, harness order, async, timeouts, crashes, baselines) is checked without
the real parser or /work/t262.
"""
from __future__ import annotations

import json
import sys
import textwrap

import pytest

from scopejs.test262 import report
from scopejs.test262.__main__ import main
from scopejs.test262.discovery import find_tests, scenarios_for
from scopejs.test262.pool import RunConfig, run_scenarios

FAKES = '''
import os, time
from scopejs.errors import JSError, JSSyntaxError

SEEN = []

def parse(source, *, module=False, name=None, lazy=True):
    if "SYNTAX" in source:
        raise JSSyntaxError("fake early error", None, 0)
    if "HANG" in source:
        while True:
            time.sleep(0.01)
    if "CRASH" in source:
        raise KeyError("boom")
    if "DIE" in source:
        os._exit(3)
    if "NEEDS_STRICT" in source and not source.startswith('"use strict";'):
        raise JSSyntaxError("not strict", None, 0)
    if "NEEDS_MODULE" in source and not module:
        raise JSSyntaxError("not a module", None, 0)
    return ("Program", name)


class _Thrown(JSError):
    def __init__(self, name, message):
        super().__init__(None, message)
        self.name = name


class Engine:
    def __init__(self, *, test262_host, lazy, max_steps, stdout):
        assert test262_host
        self.stdout = stdout
        self.scripts = []

    def run_script(self, source, name, module=False):
        parse(source, name=name, module=module)
        self.scripts.append(name)
        if name.endswith(".js") and "/" in name:
            harness = [n for n in self.scripts[:-1]]
            if "CHECK_HARNESS" in source and harness != ["assert.js", "sta.js", "doneprintHandle.js", "extra.js"]:
                raise _Thrown("Test262Error", "harness order " + repr(harness))
        for line in source.splitlines():
            if line.startswith("THROW "):
                raise _Thrown(line.split()[1], "thrown")
            if line.startswith("PRINT "):
                self.stdout.write(line[6:] + "\\n")

    def run_module_file(self, path):
        with open(path) as fh:
            self.run_script(fh.read(), "mod/" + os.path.basename(path), module=True)

    def run_jobs(self):
        pass
'''


def _test(root, rel, frontmatter, body=""):
    path = root / "test" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"/*---\n{textwrap.dedent(frontmatter).strip()}\n---*/\n{body}\n", encoding="utf-8")


@pytest.fixture
def fake_tree(tmp_path, monkeypatch):
    (tmp_path / "fakes").mkdir()
    (tmp_path / "fakes" / "t262fakes.py").write_text(FAKES, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "fakes"))
    sys.modules.pop("t262fakes", None)
    harness = tmp_path / "harness"
    harness.mkdir()
    for name in ("assert.js", "sta.js", "doneprintHandle.js", "extra.js"):
        (harness / name).write_text(f"// {name}\n", encoding="utf-8")
    _test(tmp_path, "lang/ok.js", "description: ok")
    _test(tmp_path, "lang/neg-parse.js", "negative:\n  phase: parse\n  type: SyntaxError", "SYNTAX")
    _test(tmp_path, "lang/neg-parse-missed.js", "negative:\n  phase: parse\n  type: SyntaxError", "fine")
    _test(tmp_path, "lang/unexpected-syntax.js", "description: x", "SYNTAX")
    _test(tmp_path, "lang/only-strict.js", "flags: [onlyStrict]", "NEEDS_STRICT")
    _test(tmp_path, "lang/no-strict.js", "flags: [noStrict]", "THROW Nope_if_strict_only")
    _test(tmp_path, "lang/module.js", "flags: [module]", "NEEDS_MODULE")
    _test(tmp_path, "lang/neg-runtime.js", "negative:\n  phase: runtime\n  type: TypeError", "THROW TypeError")
    _test(tmp_path, "lang/neg-runtime-wrong.js", "negative:\n  phase: runtime\n  type: TypeError", "THROW RangeError")
    _test(tmp_path, "lang/async-ok.js", "flags: [async]\nincludes: [extra.js]", "CHECK_HARNESS\nPRINT Test262:AsyncTestComplete")
    _test(tmp_path, "lang/async-fail.js", "flags: [async]", "PRINT Test262:AsyncTestFailure:Test262Error: bad")
    _test(tmp_path, "lang/async-never.js", "flags: [async]", "")
    _test(tmp_path, "lang/crash.js", "description: x", "CRASH")
    _test(tmp_path, "lang/later.js", "features: [decorators]", "SYNTAX")
    return tmp_path


def _run(tree, *, parse_only, jobs=2, timeout=10.0, select=("lang",)):
    root, files = find_tests(str(tree), select)
    scenarios = [s for f in files for s in scenarios_for(root, f)]
    config = RunConfig(parse_only=parse_only, parser="t262fakes:parse", engine="t262fakes:Engine",
                       harness_dir=str(tree / "harness"), timeout=timeout, jobs=jobs)
    return run_scenarios(scenarios, config)


@pytest.mark.parametrize("jobs", [0, 2])
def test_parse_only_judgements(fake_tree, jobs):
    results = _run(fake_tree, parse_only=True, jobs=jobs)
    status = {tid: s for tid, (s, _) in results.items()}
    assert status["lang/ok.js#sloppy"] == status["lang/ok.js#strict"] == "pass"
    assert status["lang/neg-parse.js#sloppy"] == "pass"
    assert status["lang/neg-parse-missed.js#strict"] == "fail"
    assert "expected SyntaxError" in results["lang/neg-parse-missed.js#strict"][1]
    assert status["lang/unexpected-syntax.js#sloppy"] == "fail"
    assert status["lang/only-strict.js#strict"] == "pass" and "lang/only-strict.js#sloppy" not in status
    assert "lang/no-strict.js#strict" not in status
    assert status["lang/module.js#module"] == "pass"
    assert status["lang/neg-runtime.js#sloppy"] == "pass"       # runtime negatives must parse
    assert results["lang/crash.js#sloppy"] == ("fail", "crash: KeyError: 'boom'")
    assert status["lang/later.js#sloppy"] == "skip"


def test_full_run_judgements(fake_tree):
    results = _run(fake_tree, parse_only=False)
    status = {tid: s for tid, (s, _) in results.items()}
    assert status["lang/ok.js#strict"] == "pass"
    assert status["lang/neg-parse.js#sloppy"] == "pass"
    assert status["lang/neg-runtime.js#strict"] == "pass"
    assert status["lang/neg-runtime-wrong.js#sloppy"] == "fail"
    assert status["lang/no-strict.js#sloppy"] == "fail"         # uncaught error
    assert results["lang/no-strict.js#sloppy"][1].startswith("uncaught Nope_if_strict_only")
    assert status["lang/async-ok.js#sloppy"] == "pass", results["lang/async-ok.js#sloppy"]
    assert results["lang/async-fail.js#strict"] == ("fail", "async failure: Test262Error: bad")
    assert results["lang/async-never.js#strict"] == ("fail", "async test never called $DONE")
    assert status["lang/module.js#module"] == "pass"
    assert status["lang/only-strict.js#strict"] == "pass"


def test_timeout_and_dead_worker_are_failures_and_the_run_goes_on(fake_tree):
    _test(fake_tree, "slow/hang.js", "flags: [raw]", "HANG")
    _test(fake_tree, "slow/die.js", "flags: [raw]", "DIE")
    _test(fake_tree, "slow/zok.js", "flags: [raw]", "")
    results = _run(fake_tree, parse_only=True, jobs=1, timeout=2.0, select=("slow",))
    assert results["slow/hang.js#sloppy"] == ("fail", "timeout after 2 s")
    assert results["slow/die.js#sloppy"] == ("fail", "crash: worker died (exit code 3)")
    assert results["slow/zok.js#sloppy"] == ("pass", "")


def test_missing_parser_fails_every_test_without_crashing(fake_tree):
    root, files = find_tests(str(fake_tree), ["lang/ok.js"])
    config = RunConfig(parse_only=True, parser="no_such_module_xyz:parse", jobs=0)
    results = run_scenarios([s for f in files for s in scenarios_for(root, f)], config)
    assert all(s == "fail" and "cannot load parser" in r for s, r in results.values())


def test_baseline_compare_and_expectations(tmp_path):
    before = {"a/x.js#sloppy": ("fail", "r"), "a/y.js#sloppy": ("pass", ""), "b/z.js#module": ("fail", "r")}
    baseline = report.make_baseline(before, mode="parse-only", depth=1)
    assert baseline["failing"] == ["a/x.js#sloppy", "b/z.js#module"]
    assert baseline["counts"]["a"] == {"pass": 1, "fail": 1, "skip": 0}
    path = tmp_path / "base.json"
    path.write_text(json.dumps(baseline))
    after = {"a/x.js#sloppy": ("pass", ""), "a/y.js#sloppy": ("fail", "new"), "b/z.js#module": ("fail", "r")}
    regressions, new_passes = report.compare(after, str(path))
    assert regressions == ["a/y.js#sloppy"] and new_passes == ["a/x.js#sloppy"]
    full = tmp_path / "full.json"
    report.write_results(str(full), before, mode="run")
    assert report.compare(after, str(full)) == (["a/y.js#sloppy"], ["a/x.js#sloppy"])
    exp = tmp_path / "expected.txt"
    exp.write_text("# comment line\nb/*  # modules not yet\na/x.js#sloppy\n")
    unexpected, fixed = report.Expectations.load(str(exp)).check(after)
    assert unexpected == ["a/y.js#sloppy"] and fixed == ["a/x.js#sloppy"]


def test_table_and_causes():
    results = {"language/expressions/a/x.js#sloppy": ("fail", "unexpected SyntaxError: Unexpected token '=>' (x.js:3:4)"),
               "language/expressions/b/y.js#strict": ("fail", "unexpected SyntaxError: Unexpected token 'of' (y.js:1:9)"),
               "annexB/built-ins/z.js#sloppy": ("pass", "")}
    table = report.format_table(results, depth=2)
    assert "language/expressions" in table and "annexB (reported separately)" in table
    [(cause, count, examples)] = report.group_causes(results)
    assert count == 2 and cause == "unexpected SyntaxError: Unexpected token '…'"


def test_cli_writes_json_failures_and_baseline(fake_tree, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    code = main(["--test262", str(fake_tree), "--parse-only", "--parser", "t262fakes:parse",
                 "-j", "0", "--progress", "none", "--json", str(out / "r.json"),
                 "--save-baseline", str(out / "b.json"), "--failures", str(out / "f.txt"), "lang"])
    assert code == 1
    data = json.loads((out / "r.json").read_text())
    assert data["results"]["lang/ok.js#sloppy"] == {"status": "pass"}
    assert "lang/neg-parse-missed.js#sloppy\texpected SyntaxError" in (out / "f.txt").read_text()
    assert main(["--test262", str(fake_tree), "--parse-only", "--parser", "t262fakes:parse", "-j", "0",
                 "--progress", "none", "--baseline", str(out / "b.json"), "lang"]) == 0
    assert "0 regressions" in capsys.readouterr().out
    main(["--test262", str(fake_tree), "--parse-only", "--parser", "t262fakes:parse", "-j", "1",
          "--progress", "none", "--causes", "0", "--slowest", "2", "lang"])
    out = capsys.readouterr().out
    assert "slowest 2 scenarios:" in out and out.count(" s  lang/") == 2


def test_cli_sample_runs_every_nth_file(fake_tree, tmp_path):
    out = tmp_path / "s.json"
    main(["--test262", str(fake_tree), "--parse-only", "--parser", "t262fakes:parse", "-j", "0",
          "--progress", "none", "--causes", "0", "--sample", "3", "--json", str(out), "lang"])
    files = {tid.split("#")[0] for tid in json.loads(out.read_text())["results"]}
    every = sorted(p.name for p in (fake_tree / "test" / "lang").iterdir())
    assert files == {"lang/" + name for name in every[::3]} and len(files) == 5


def test_cli_list_and_skip_summary(fake_tree, capsys):
    assert main(["--test262", str(fake_tree), "--list", "lang/later.js", "lang/ok.js"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["lang/later.js#sloppy\tskip: feature decorators: proposal (stage 3), not in ES2025",
                   "lang/later.js#strict\tskip: feature decorators: proposal (stage 3), not in ES2025",
                   "lang/ok.js#sloppy", "lang/ok.js#strict"]
    main(["--test262", str(fake_tree), "--parse-only", "--parser", "t262fakes:parse", "-j", "0",
          "--progress", "none", "--causes", "0", "--skips", "lang/later.js"])
    assert "      2  feature decorators" in capsys.readouterr().out
