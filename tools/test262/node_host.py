"""An Engine for the test262 runner that runs scripts in node: it checks the runner, not scopejs.

    python -m scopejs.test262 --test262 /work/t262 --engine tools.test262.node_host:Engine ...

(run from the repository root so that ``tools`` is importable).  node should pass nearly every
script test; a failure here is a runner bug (metadata, modes, negatives, async) or a node
limitation (modules and $262.createRealm are not supported by this host).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess

from scopejs.errors import JSError, JSSyntaxError

DRIVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "node_driver.js")
NODE = shutil.which("node") or "/usr/bin/node"


class NodeThrew(JSError):
    def __init__(self, name, message):
        super().__init__(None, message)
        self.name = name


class Engine:
    """Collects harness scripts; runs them with the test in one node process."""

    def __init__(self, *, test262_host=True, lazy=True, max_steps=None, stdout=None):
        self.stdout = stdout
        self.scripts: list[tuple[str, str]] = []

    def run_script(self, source: str, name: str):
        self.scripts.append((name, source))
        if "/" not in name:          # a harness file: wait for the test
            return
        proc = subprocess.run([NODE, DRIVER], input=json.dumps(self.scripts), capture_output=True,
                              text=True, timeout=30)
        marker = "__TEST262_ERROR__"
        error = proc.stderr[proc.stderr.index(marker) + len(marker):] if marker in proc.stderr else ""
        if self.stdout is not None:
            self.stdout.write(proc.stdout)
        if error:
            info = json.loads(error.splitlines()[0])
            if info["phase"] == "parse":
                raise JSSyntaxError(info["message"], None, 0, kind=info["name"])
            raise NodeThrew(info["name"], info["message"])

    def run_module(self, path: str):
        raise NodeThrew("Unsupported", "modules are not supported by the node check host")

    def run_jobs(self):
        pass
