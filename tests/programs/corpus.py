"""The program corpus: discovery, the `// expect:` format, and running a program under node or scopejs.

One implementation shared by tests/test_programs.py, tests/differential/test_node.py,
tools/new_program.py and tools/update_known_failures.py (format described in README.md here).
"""
from __future__ import annotations

import io
import os
import re
import shutil
import signal
import subprocess
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

PROGRAMS_DIR = Path(__file__).resolve().parent
ROOT_DIR = PROGRAMS_DIR.parent.parent
KNOWN_FAILURES = PROGRAMS_DIR / "known_failures.txt"
NODE = shutil.which("node") or ("/usr/bin/node" if os.path.exists("/usr/bin/node") else None)

#: Modes every program runs in: lazy parsing on (the default) and off (--no-lazy).
MODES = ("lazy", "eager")
#: Extra known-failure mode for the CLI check of uncaught-error reports (hand-maintained).
CLI_MODE = "cli"
#: Per-program limits for scopejs runs: a bytecode step budget and a wall-clock alarm.
MAX_STEPS = 20_000_000
TIMEOUT_SECONDS = 20

_EXPECT = "// expect:"
_EXPECT_ERROR = "// expect-error:"
_CARET = re.compile(r"^\s*\^+\s*$")


@dataclass
class Expectation:
    """What a program prints: stdout lines, and `Name: message` of an uncaught error (or None)."""
    stdout_lines: list[str] = field(default_factory=list)
    error: str | None = None
    crash: str | None = None   # set when the run failed in a way the format cannot express

    def render(self) -> str:
        lines = list(self.stdout_lines)
        if self.error is not None:
            lines.append(f"<uncaught> {self.error}")
        if self.crash is not None:
            lines.append(f"<crash> {self.crash}")
        return "\n".join(lines)


def is_module(path: Path) -> bool:
    return path.suffix == ".mjs"


def all_programs() -> list[tuple[Path, str]]:
    """Every corpus program as (path, id); id is the path relative to tests/programs/.

    Scripts are `**/*.js`; module programs are `modules/<case>/main.mjs` (their siblings are
    imported, not run on their own).
    """
    found = []
    for path in sorted(PROGRAMS_DIR.rglob("*.js")):
        found.append(path)
    for path in sorted(PROGRAMS_DIR.rglob("main.mjs")):
        found.append(path)
    return [(p, p.relative_to(PROGRAMS_DIR).as_posix()) for p in found]


def parse_expectation(source: str) -> Expectation:
    """Lines starting (at column 0) with `// expect: ` give stdout lines in order (`// expect:`
    alone is an empty line); `// expect-error: Name: message` gives the uncaught error."""
    exp = Expectation()
    for line in source.split("\n"):
        line = line.rstrip("\r")
        if line.startswith(_EXPECT_ERROR):
            exp.error = line[len(_EXPECT_ERROR):].strip()
        elif line.startswith(_EXPECT):
            rest = line[len(_EXPECT):]
            exp.stdout_lines.append(rest[1:] if rest.startswith(" ") else rest)
    return exp


def strip_expectations(source: str) -> str:
    return "\n".join(l for l in source.split("\n")
                     if not (l.startswith(_EXPECT) or l.startswith(_EXPECT_ERROR)))


def _split_stdout(text: str) -> list[str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


# ---------------------------------------------------------------- node

def node_error_line(stderr: str) -> str | None:
    """The `Name: message` line of node's uncaught-error report: the first non-blank line after
    the caret line that points into the source."""
    lines = stderr.split("\n")
    for i, line in enumerate(lines):
        if _CARET.match(line):
            for follow in lines[i + 1:]:
                if follow.strip():
                    return follow.rstrip()
            return None
    return None


#: node runs a `.js` file as a CommonJS module (top-level `var` local, `this` = module.exports);
#: scopejs runs it as a Script, like a browser <script>. So node runs corpus scripts through
#: vm.runInThisContext: true Script semantics in node's global context (the harness declares no
#: global names of its own). `.mjs` programs run as modules directly.
NODE_SCRIPT_HARNESS = (
    "(() => { const file = process.argv[1];"
    " require('vm').runInThisContext(require('fs').readFileSync(file, 'utf8'), { filename: file }); })()"
)


def run_file_both(path: Path, source: str):
    """Write ``source`` to ``path`` and run it as a file with node and with `python -m scopejs`
    (from the repository): (node's, scopejs's) CompletedProcess, text mode."""
    import sys
    path.write_text(source, encoding="utf-8")
    node = subprocess.run([NODE, str(path)], capture_output=True, text=True, timeout=60)
    ours = subprocess.run([sys.executable, "-m", "scopejs", str(path)], capture_output=True,
                          text=True, timeout=120, cwd=ROOT_DIR)
    return node, ours


def assert_same_stdout_as_node(path: Path, source: str) -> str:
    """Run ``source`` as the file ``path`` under both (skip without node): both must print
    nothing on stderr and the same stdout, which is returned."""
    import pytest
    if NODE is None:
        pytest.skip("node is not installed")
    node, ours = run_file_both(path, source)
    assert node.stderr == "" and ours.stderr == "", (node.stderr, ours.stderr)
    assert ours.stdout == node.stdout
    return ours.stdout


def node_command(path: Path) -> list[str]:
    if is_module(path):
        return [NODE, path.name]
    return [NODE, "-e", NODE_SCRIPT_HARNESS, path.name]


def run_node(path: Path, timeout: float = 30.0) -> Expectation:
    if NODE is None:
        raise RuntimeError("node is not installed")
    proc = subprocess.run(node_command(path), cwd=path.parent, capture_output=True,
                          timeout=timeout)
    out = proc.stdout.decode("utf-8", "replace")
    exp = Expectation(_split_stdout(out))
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace")
        exp.error = node_error_line(err)
        if exp.error is None:
            exp.crash = f"exit {proc.returncode}: {err.strip()[:500]}"
    return exp


# ---------------------------------------------------------------- scopejs

class EngineUnavailable(Exception):
    """scopejs.api (or the Engine class) does not exist yet."""


def load_engine():
    try:
        from scopejs.api import Engine  # noqa: F401
    except ImportError as exc:
        raise EngineUnavailable(f"scopejs.api.Engine is not importable yet ({exc})") from exc
    return Engine


class ProgramTimeout(BaseException):
    """Raised by the alarm when a program runs past TIMEOUT_SECONDS (BaseException so that the
    engine's own `except Exception` guards do not swallow it)."""


@contextmanager
def time_limit(seconds: float):
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):
        raise ProgramTimeout(f"program ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def describe_error(exc) -> str:
    """`Name: message` of an uncaught JS error, as node's report line shows it."""
    from scopejs.errors import JSSyntaxError
    if isinstance(exc, JSSyntaxError):
        return f"{exc.kind}: {exc.message}"
    name = getattr(exc, "name", None)
    message = getattr(exc, "message", None)
    if name:
        return f"{name}: {message}" if message else str(name)
    return str(message if message is not None else exc)


def _make_engine(Engine, lazy: bool, stdout, stderr, tier=None):
    from scopejs.modules.loader import PathLoader   # programs import files, as under node
    options = {"tier": tier} if tier is not None else {}   # the optimizing tier (tests/tiers)
    return Engine(lazy=lazy, stdout=stdout, stderr=stderr, max_steps=MAX_STEPS,
                  module_loader=PathLoader(), **options)


def run_scopejs(path: Path, mode: str = "lazy", timeout: float = TIMEOUT_SECONDS,
                tier=None) -> Expectation:
    """Run one program in-process; never raises for program behaviour (errors become fields)."""
    from scopejs.errors import JSError, JSSyntaxError
    Engine = load_engine()
    stdout, stderr = io.StringIO(), io.StringIO()
    exp = Expectation()
    try:
        with time_limit(timeout):
            engine = _make_engine(Engine, mode == "lazy", stdout, stderr, tier)
            if is_module(path):
                engine.run_module_file(str(path))
            else:
                engine.run_script(path.read_text(encoding="utf-8"), path.name)
            engine.run_jobs()
    except (JSError, JSSyntaxError) as exc:
        exp.error = describe_error(exc)
    except ProgramTimeout as exc:
        exp.crash = f"timeout: {exc}"
    except Exception as exc:  # EngineInternalError, ResourceLimitError, or a leaked Python error
        exp.crash = f"{type(exc).__name__}: {exc}"[:1000]
    exp.stdout_lines = _split_stdout(stdout.getvalue())
    return exp


# ---------------------------------------------------------------- known failures

def load_known_failures(path: Path = KNOWN_FAILURES) -> dict[tuple[str, str], str]:
    """{(program id, mode): reason}. Line format: `<id> [mode]  # reason`; without a mode the
    entry covers both run modes (lazy, eager); `[cli]` entries cover only the CLI error-report
    check."""
    known: dict[tuple[str, str], str] = {}
    if not path.exists():
        return known
    for raw in path.read_text(encoding="utf-8").split("\n"):
        text, _, reason = raw.partition("#")
        parts = text.split()
        if not parts:
            continue
        modes = MODES
        if len(parts) > 1 and parts[1].strip("[]") in (*MODES, CLI_MODE):
            modes = (parts[1].strip("[]"),)
        for mode in modes:
            known[(parts[0], mode)] = reason.strip() or "known failure"
    return known
