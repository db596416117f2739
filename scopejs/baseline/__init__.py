"""scopejs.baseline."""
