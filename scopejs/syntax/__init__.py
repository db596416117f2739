"""scopejs.syntax."""
