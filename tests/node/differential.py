"""Run the same program under node and under `python -m scopejs`, in a directory of files."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300


@dataclass
class Run:
    stdout: str
    stderr: str
    code: int


def write_tree(base: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = base / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def scopejs_command() -> list[str]:
    return [sys.executable, "-m", "scopejs"]


def run(command: list[str], cwd: Path, stdin: str | None = None, env=None) -> Run:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = str(ROOT) + os.pathsep + environment.get("PYTHONPATH", "")
    environment.pop("NODE_OPTIONS", None)
    if env:
        environment.update(env)
    proc = subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, text=True,
                          timeout=TIMEOUT, env=environment)
    return Run(proc.stdout, proc.stderr, proc.returncode)


def run_both(node: str, args: list[str], cwd: Path, stdin: str | None = None, env=None):
    """(node's Run, scopejs's Run) of the same arguments."""
    return (run([node] + args, cwd, stdin, env),
            run(scopejs_command() + args, cwd, stdin, env))
