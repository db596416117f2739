"""scopejs.interpreter.handlers."""
