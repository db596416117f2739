"""scopejs.test262."""
