"""scopejs.runtime."""
