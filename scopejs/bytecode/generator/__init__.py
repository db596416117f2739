"""scopejs.bytecode.generator."""
