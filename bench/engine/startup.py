"""Start-up cost: ``python3 -m scopejs`` on an empty script against ``python3 -c pass``.

    python3 bench/engine/startup.py [--repeat 5]

Each command runs ``--repeat`` times as a child process; the CPU time of a run is the child's
user + system time (``os.wait4``'s rusage), and the best run of each is reported with their
ratio.  Both start the same interpreter, so the ratio is what importing scopejs, making an
Engine (its realm and built-ins) and running nothing costs over bare Python.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cpu_of(argv):
    """User + system CPU seconds of one run of ``argv`` (a child process)."""
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.read().decode()}")
    return usage.ru_utime + usage.ru_stime


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.js"
        empty.write_text("")
        engine = min(cpu_of([sys.executable, "-m", "scopejs", str(empty)])
                     for _ in range(args.repeat))
    python = min(cpu_of([sys.executable, "-c", "pass"]) for _ in range(args.repeat))
    print(f"scopejs on an empty script: {engine:.3f} s CPU; python3 -c pass: {python:.3f} s; "
          f"ratio {engine / python:.1f}x (best of {args.repeat})")


if __name__ == "__main__":
    main()
