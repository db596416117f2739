"""scopejs.interpreter."""
