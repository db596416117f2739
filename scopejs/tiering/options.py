"""The tier's flags (CLI: --no-opt, --always-opt, --trace-opt, ...; Engine(tier=TierOptions(...)))."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class TierOptions:
    enabled: bool = True             # --no-opt: False
    always_opt: bool = False         # optimize every function at its first call
    opt_threshold: int = 200         # invocations before a function is optimized
    osr_ticks: int = 1               # interrupt-check ticks (2048 back-edges) before OSR
    max_deopts: int = 5              # then the function stays in the interpreter
    trace_opt: bool = False
    trace_deopt: bool = False
    print_opt_code: bool = False
    print_opt_code_filter: str = ""
    allow_natives_syntax: bool = False

    @classmethod
    def default(cls):
        """What an Engine made without ``tier=`` uses: the defaults, with the process-wide
        overrides in PROCESS_DEFAULTS (the test suite's ``pytest --tier always-opt``)."""
        return cls(**PROCESS_DEFAULTS)

    @classmethod
    def from_args(cls, args):
        """The options a parsed command line asks for (scopejs/__main__.py's tier block)."""
        return cls(enabled=not args.no_opt, always_opt=args.always_opt,
                   opt_threshold=args.opt_threshold, osr_ticks=args.osr_ticks,
                   trace_opt=args.trace_opt, trace_deopt=args.trace_deopt,
                   print_opt_code=args.print_opt_code or bool(args.print_opt_code_filter),
                   print_opt_code_filter=args.print_opt_code_filter or "",
                   allow_natives_syntax=args.allow_natives_syntax)


# Field overrides applied by TierOptions.default() (set by tests/conftest.py for a whole run).
PROCESS_DEFAULTS: dict = {}
