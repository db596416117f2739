"""scopejs.tiering: the optimizing tier (hot bytecode -> one Python function, with deopt).

options.py (flags), fast_paths.py (inline fast path per opcode), codegen.py (BytecodeArray ->
Python source), tier.py (hotness, install, deoptimization, tracing, %GetOptimizationStatus).
See docs/architecture.md "The optimizing tier".
"""
