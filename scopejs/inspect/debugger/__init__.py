"""The debugger: one core (pauses, breakpoints, stepping, call stack and scope chains, evaluation
in a frame) used by the Chrome DevTools Protocol server, the terminal debugger and the visualizer.

  hook.py      the execution hook the interpreter calls when something is attached (its module
               docstring is the API: attach(interp, observer), Observer.on_statement & co.)
"""
