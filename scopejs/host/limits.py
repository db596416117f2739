"""The memory limit of an Engine: allocation accounting by the process's own counters.

``memory_limit`` is the number of bytes an Engine may add to the process (resident set size
over its size when the Engine was created).  Two mechanisms enforce it while a call runs:

- every limit check of the interpreter (back-edges, calls, built-in work through
  ``agent.tick``) compares the resident set size with the limit (``check``);
- the address-space limit (RLIMIT_AS) is lowered for the call to what is left of the limit,
  so one huge allocation (``s += s``, ``'x'.repeat(n)``) fails at once with MemoryError, which
  the interpreter turns into ResourceLimitError.  RLIMIT_AS is per process: while a call of a
  memory-limited Engine runs, other threads' allocations count against it too (documented in
  docs/embedding.md).  Where RLIMIT_AS does not exist (not POSIX) only ``check`` applies.
"""
from __future__ import annotations

import os
import sys

from scopejs.errors import ResourceLimitError

if sys.platform != "win32":   # POSIX only; on Windows the periodic check alone applies
    import resource as _resource
else:
    _resource = None

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
SLACK = 0.10   # RLIMIT_AS headroom over the remaining allowance (allocator rounding)


def process_memory() -> tuple[int, int]:
    """(virtual size, resident set size) of this process in bytes (0, 0 if unknown)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            fields = fh.read().split()
        return int(fields[0]) * _PAGE, int(fields[1]) * _PAGE
    except OSError:
        return 0, 0


class MemoryLimit:
    """The memory allowance of one Engine (see the module docstring)."""

    def __init__(self, limit: int):
        if limit <= 0:
            raise ValueError("memory_limit must be a positive number of bytes")
        self.limit = int(limit)
        self.baseline = process_memory()[1]
        self.saved = None

    def used(self) -> int:
        return max(0, process_memory()[1] - self.baseline)

    def check(self) -> None:
        if self.used() > self.limit:
            raise ResourceLimitError(f"memory limit of {self.limit} bytes exceeded")

    def enter(self) -> None:
        """Start a call: refuse it when the allowance is spent; lower RLIMIT_AS to the rest."""
        self.check()
        if _resource is None:
            return
        vm, rss = process_memory()
        if vm == 0:
            return
        remaining = self.limit - max(0, rss - self.baseline)
        soft, hard = _resource.getrlimit(_resource.RLIMIT_AS)
        cap = vm + int(remaining * (1 + SLACK))
        if hard != _resource.RLIM_INFINITY:
            cap = min(cap, hard)
        if soft != _resource.RLIM_INFINITY and soft <= cap:
            return
        self.saved = (soft, hard)
        _resource.setrlimit(_resource.RLIMIT_AS, (cap, hard))

    def exit(self) -> None:
        if self.saved is not None:
            _resource.setrlimit(_resource.RLIMIT_AS, self.saved)
            self.saved = None
