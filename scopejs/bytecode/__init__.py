"""scopejs.bytecode."""
