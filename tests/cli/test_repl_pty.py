"""The REPL driven in a pseudo-terminal (stdlib pty): multi-line input, an error that does
not end the session, `.scopes`, and history kept in ~/.scopejs_repl_history across sessions."""
from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest

from tests.node.differential import ROOT

pytestmark = pytest.mark.skipif(not hasattr(pty, "openpty"), reason="no pseudo-terminals")


class Session:
    def __init__(self, home):
        self.master, slave = pty.openpty()
        env = dict(os.environ, HOME=str(home), TERM="dumb",
                   PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        self.proc = subprocess.Popen([sys.executable, "-m", "scopejs"], stdin=slave, stdout=slave,
                                     stderr=slave, env=env, close_fds=True)
        os.close(slave)
        self.output = ""

    def read_until(self, text, timeout=120.0):
        deadline = time.monotonic() + timeout
        while text not in self.output:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out waiting for {text!r}; got {self.output!r}")
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"REPL ended waiting for {text!r}; got {self.output!r}")
                self.output += chunk.decode("utf-8", "replace").replace("\r\n", "\n")
        at = self.output.index(text) + len(text)
        seen, self.output = self.output[:at], self.output[at:]
        return seen

    def send(self, text):
        os.write(self.master, text.encode())

    def close(self):
        try:
            self.proc.wait(timeout=60)
        finally:
            os.close(self.master)


def test_repl_multiline_errors_scopes_and_history(tmp_path):
    s = Session(tmp_path)
    s.read_until("\n> ")
    s.send("function add(a, b) {\r")
    assert s.read_until("\n... ")
    s.send("  return a + b }\r")
    s.read_until("\n> ")
    s.send("add(40, 2)\r")
    assert "42" in s.read_until("\n> ")
    s.send("notDefined + 1\r")
    assert "Uncaught ReferenceError: notDefined is not defined" in s.read_until("\n> ")
    s.send("const mk = () => { let secret = 7; return () => secret }; const peek = mk()\r")
    s.read_until("\n> ")
    s.send(".scopes peek\r")
    assert "Closure (mk) {secret: 7}" in s.read_until("\n> ")
    s.send("({ still: 'alive' })\r")
    assert "{ still: 'alive' }" in s.read_until("\n> ")
    s.send(".exit\r")
    s.close()
    assert s.proc.returncode == 0
    history = (tmp_path / ".scopejs_repl_history").read_text()
    assert "add(40, 2)" in history

    s = Session(tmp_path)                 # a new session recalls the history with the up arrow
    s.read_until("\n> ")
    s.send("40 + 1\r")
    assert "41" in s.read_until("\n> ")
    s.send("\x1b[A\x1b[A\r")              # two entries back: `.exit` of the last session
    s.close()
    assert s.proc.returncode == 0
