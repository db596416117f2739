"""scopejs.tiering: the optimizing tier (hot bytecode -> Python functions, with deopt).

options.py (flags), direct.py (the direct form: a whole call as one Python function, what calls
and OSR run), codegen.py (the frame form on the interpreter's Frame, and the lowering shared by
both), speculation.py (Number guards), natives.py (%-intrinsics), tier.py (hotness, install,
deoptimization, tracing, %GetOptimizationStatus).  See docs/architecture.md "The optimizing
tier".
"""
