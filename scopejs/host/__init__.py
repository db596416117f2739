"""The host above the engine: realm setup, host-defined globals, the job loop and timers,
and the reports node prints (design.md "Host apart from engine")."""
