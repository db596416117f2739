"""The CDP server against a real third-party client (the npm package `ws`, driven by
cdp_client.js under node), and the same session against `node --inspect-brk` for comparison.

`ws` comes with the test corpora (tools/corpora-package.json, installed by tools/test.sh where
npm exists); without node or without it these tests skip.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import CORPORA, NODE, ROOT
from tests.debugger.test_core import SEED_000, SEED_003

CLIENT = Path(__file__).with_name("cdp_client.js")


@pytest.fixture(scope="module")
def ws_client():
    if NODE is None:
        pytest.skip("node is not installed")
    if not (CORPORA / "ws").is_dir():
        pytest.skip("the npm package ws is not installed (sh tools/test.sh installs it)")
    return CORPORA


def start(command, path):
    """Start a debuggee with --inspect-brk on a free port -> (process, ws url, stderr lines)."""
    proc = subprocess.Popen([*command, "--inspect-brk=127.0.0.1:0", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    lines = []
    found = threading.Event()
    url = []

    def read():
        for line in proc.stderr:
            lines.append(line)
            m = re.search(r"ws://\S+", line)
            if m and not url:
                url.append(m.group(0))
                found.set()
        found.set()
    threading.Thread(target=read, daemon=True).start()
    if not found.wait(30) or not url:
        proc.kill()
        raise AssertionError("no 'Debugger listening on ws://...' line: " + "".join(lines))
    return proc, url[0], lines


def drive(command, path, plan, modules):
    proc, url, _lines = start(command, path)
    try:
        client = subprocess.run(
            [NODE, str(CLIENT), url, "file://" + str(Path(path).resolve()), json.dumps(plan)],
            capture_output=True, text=True, timeout=60, env={**os.environ, "NODE_PATH": str(modules)})
        stdout, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert client.returncode == 0, client.stdout + client.stderr
    return client.stdout.splitlines(), stdout


SCOPEJS = [sys.executable, "-m", "scopejs"]


def function_pauses(lines):
    """The pauses inside functions (top-level frames differ by design: node wraps a CommonJS
    module in a function whose Local holds require/module/exports), and the events."""
    out = []
    skip = False
    for line in lines:
        if line.startswith("paused "):
            skip = " at (anonymous) " in line
            out.append("paused <top level>" if skip else line)
        elif line.startswith("  frame (anonymous)"):
            skip = True
        elif line.startswith("  frame "):
            skip = False
            out.append(line)
        elif line.startswith("    "):
            if not skip:
                out.append(line)
        elif line.startswith("  eval") or line.startswith("  ->"):
            out.append(line)
        else:
            out.append(line)
    return out


def test_json_list_version_and_the_websocket_url(tmp_path):
    path = tmp_path / "prog.js"
    path.write_text("console.log(1)\n")
    proc, url, lines = start(SCOPEJS, path)
    try:
        host_port = url.split("/")[2]
        targets = json.loads(urllib.request.urlopen(f"http://{host_port}/json/list").read())
        version = json.loads(urllib.request.urlopen(f"http://{host_port}/json/version").read())
        assert json.loads(urllib.request.urlopen(f"http://{host_port}/json").read()) == targets
    finally:
        proc.kill()
        proc.wait()
    (target,) = targets
    assert target["webSocketDebuggerUrl"] == url
    assert target["type"] == "node" and target["url"] == "file://" + str(path)
    assert target["devtoolsFrontendUrl"].endswith("ws=" + url[len("ws://"):])
    assert version["Protocol-Version"] == "1.3" and version["Browser"].startswith("scopejs/")
    assert lines[0].startswith("Debugger listening on ws://127.0.0.1:")


def test_seed_000_breakpoint_in_get_shows_closure_createCounter(ws_client, tmp_path):
    path = tmp_path / "counter.js"
    path.write_text(SEED_000)
    lines, stdout = drive(SCOPEJS, path, {"breakpoints": [{"line": 9}],
                                          "evaluate": ["counter"]}, ws_client)
    assert stdout == "100\n105\n"
    assert lines.count("paused reason=other hit=1 at get 9:4") == 2
    assert "    closure (createCounter) {counter: 100}" in lines
    assert "    closure (createCounter) {counter: 105}" in lines
    assert "  eval counter = 105" in lines
    assert "event Runtime.consoleAPICalled log 105" in lines


def test_seed_003_debugger_in_c_shows_closures_b_and_a_trimmed(ws_client, tmp_path):
    path = tmp_path / "abc.js"
    path.write_text(SEED_003)
    lines, stdout = drive(SCOPEJS, path, {"evaluate": ["typeof x", "w + y + z"]}, ws_client)
    i = lines.index("paused reason=other hit=0 at c 0:91")
    assert lines[i + 1:i + 8] == [
        "  frame c 0:91",
        "    local (c) {}",
        '    closure (b) {y: "y", z: "z"}',
        '    closure (a) {w: "w"}',
        "    global",
        '  eval typeof x = "undefined"',
        '  eval w + y + z = "wyz"',
    ]


def test_uncaught_exception_pause_and_exception_thrown(ws_client, tmp_path):
    path = tmp_path / "boom.js"
    path.write_text("function f(n) {\n  if (n > 1) throw new TypeError('boom ' + n);\n}\n"
                    "try { f(2) } catch (e) {}\nf(3);\n")
    lines, _ = drive(SCOPEJS, path, {"pauseOnExceptions": "uncaught", "evaluate": ["n"]},
                     ws_client)
    pauses = [line for line in lines if line.startswith("paused reason=exception")]
    assert len(pauses) == 1 and " at f 1:13 " in pauses[0] and "TypeError: boom 3" in pauses[0]
    assert "  eval n = 3" in lines
    assert any(line.startswith("event Runtime.exceptionThrown TypeError: boom 3")
               for line in lines)


@pytest.mark.parametrize("name, source, plan", [
    ("seed000", SEED_000, {"breakpoints": [{"line": 9}], "actions": ["resume", "stepOver"]}),
    ("seed003", SEED_003, {"actions": ["resume", "stepOver", "stepOver", "resume"]}),
])
def test_same_events_and_scope_chains_as_node(ws_client, tmp_path, name, source, plan):
    path = tmp_path / f"{name}.js"
    path.write_text(source)
    ours, _ = drive(SCOPEJS, path, plan, ws_client)
    theirs, _ = drive([NODE], path, plan, ws_client)
    assert function_pauses(ours) == function_pauses(theirs)
