"""scopejs.builtins."""
