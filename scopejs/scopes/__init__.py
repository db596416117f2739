"""Scope analysis: AST -> scope tree with every variable located (V8 Scope / Variable)."""
from scopejs.scopes.analysis import (analyze_eval, analyze_function, analyze_module,
                                     analyze_script)

__all__ = ["analyze_script", "analyze_module", "analyze_function", "analyze_eval"]
