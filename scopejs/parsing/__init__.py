"""scopejs.parsing."""
