"""scopejs.runtime.abstract_ops."""
