"""The cases generator: every opcode is defined ONCE, as a template in interpreter/bytecodes.py;
the interpreter's handlers, its superinstructions, the opcode descriptions and docs/opcodes.md
are generated from those templates, and the optimizing tier lowers them with the same library
(CPython's ``Python/bytecodes.c`` + ``Tools/cases_generator`` is the model).

Regenerate the checked-in files (a test fails when they are stale)::

    python3 -m scopejs.interpreter.cases            # writes the files below
    python3 -m scopejs.interpreter.cases --check    # exit 1 if any generated file is stale

Generated: ``scopejs/interpreter/generated_cases.py`` (one handler factory per opcode),
``scopejs/interpreter/generated_fused.py`` (superinstructions), ``scopejs/bytecode/
opcode_descriptions.py`` (the one-line descriptions) and ``docs/opcodes.md``.

Template vocabulary
===================
A template is a plain Python function in ``interpreter/bytecodes.py``, parsed with ``ast`` and
never called.  It is named after its opcode (or decorated ``@opcode("A", "B")`` when several
opcodes share one definition); its parameters name the instruction's operands, one per operand
kind in bytecode/opcodes.py (REG/REG_OUT/REG_LIST: a register index; REG_COUNT: a count; IDX: a
constant-pool index; JUMP: an absolute instruction index; IMM/UIMM/SLOT/DEPTH/FLAG/RUNTIME: ints).
Its docstring is the opcode's one-line description (a template of several opcodes may give each
its own ``Name: text`` paragraph).  In the body:

  ``ACC``                the accumulator (read, or assigned: ``ACC = x``)
  ``REG[i]``             register i of the frame (read or assigned); ``REG[a:b]`` a new list of
                         registers a..b-1 (read only)
  ``CTX``                the current context (read, or assigned: ``CTX = c``)
  ``REALM``              the frame's realm (read only)
  ``FRAME``              the Frame itself, only to hand it to a support function (it escapes:
                         a lowering must sync its state before the call)
  ``DEPTH``              the frame's JS call depth (read only; a callee's is DEPTH + 1)
  ``INTERP``             the Interpreter (limits, debugger hook)
  ``PC``                 this instruction's index (error messages find their source text by it)
  ``with DECODE:``       statements run ONCE per instruction at decode time; names they assign
                         are constants of the instruction.  Inside: operands, ``CONST[k]``
                         (constant pool entry k), ``SFI`` (the function's SharedFunctionInfo),
                         ``OP`` (the opcode's name: one template may serve several opcodes,
                         e.g. with a table of their operators), ``INTERP``, ``PC``,
                         ``LOCALS`` (true when the target keeps registers in Python locals:
                         a call can pass them one by one) and the module's names.
  ``if STATIC(cond):``   a decode-time variant (top level only; ``elif STATIC`` / ``else``
                         allowed): ``cond`` may use operands and decoded names
Control effects (statements; falling off the end is "next instruction"):
  ``JUMP(t)``            continue at instruction t (an operand, or a computed index in
                         SwitchOnSmiNoFeedback: ``Template.dynamic_jump``)
  ``RETURN()``           return ACC from the frame
  ``THROW(v)``           throw v (a ThrowCompletion); support functions may also raise one
  ``CALL(frame)``        push a callee Frame built by calls_support (the run loop runs it and
                         puts its result in ACC, then continues at the next instruction)
  ``SUSPEND()``          suspend the generator frame with ACC (resumed at the next instruction)
No ``return``/``yield``/``def``/``global`` in a template, and no early "next": a template is
structured code that falls off its end, so it lowers to straight-line Python.  Semantics beyond a
fast path live in runtime/abstract_ops or the interpreter's support modules, never here.

Library API (for the optimizing tier)
=====================================
``definitions() -> dict[Op, Template]``   parsed and checked templates (cached).
``namespace() -> dict``                   the globals generated code needs (the names imported
                                          by bytecodes.py); start a compiled function's globals
                                          from a copy of it.
``lower(op, operands, target, *, constants, sfi=None, interp=None, pc=0) -> Lowered``
    The Python source of ONE instruction, for ``target``.  Decode-time work runs now (DECODE
    blocks, STATIC variants); operands and decoded values that are ints/bools/None/str become
    literals, anything else is bound to a unique name in ``Lowered.bindings`` (put those in the
    globals of the compiled code).  ``Lowered.lines`` are statements at indentation 0; a line
    may open a block, continuation lines are indented by 4 spaces.  ``Lowered.falls_through``
    says whether control can reach the end (then the next instruction follows).
``Target``                                how to spell the vocabulary; subclass and override:
    ``acc`` (expression for ACC, load and store), ``ctx``, ``realm``, ``frame``, ``interp``
    (strings), ``reg(i) -> str`` (i is a literal int), ``reg_slice(a, b) -> str``, and the
    control effects, each returning a list of statement lines: ``jump(t)`` (t: literal int, or
    an expression string for a dynamic jump), ``next()``, ``return_()``, ``call(frame_expr)``,
    ``suspend()``.  ``temp(name)`` renames a template's local variable (default ``_name``) so it
    cannot collide with the tier's own locals.
Example::

    from scopejs.interpreter.cases import Target, lower
    class Locals(Target):
        acc = "acc"
        def reg(self, i): return f"r{i}"
        def jump(self, t): return [f"pc = {t}", "continue"]
    low = lower(Op.Add, (3,), Locals(), constants=bc.constants, pc=7)
    # low.lines == ['_x = r3', '_y = acc', '_cx = _x.__class__',
    #               'if _cx is _y.__class__ and (_cx is F or (_cx is str and '
    #               'len(_x) + len(_y) <= MAX_STRING_LENGTH)):',
    #               '    acc = _x + _y', 'else:', '    acc = operators.Add(_x, _y)']

``Template`` fields a lowering may consult: ``ops``, ``params``, ``doc``, ``effects`` (the
control effects it may take), ``dynamic_jump``, ``uses_frame``.  ``missing_templates()`` lists
opcodes without a template; ``parse_definitions(text)`` checks a definitions text.
"""
from __future__ import annotations

from scopejs.interpreter.cases.templates import (   # noqa: F401  (the public API)
    Lowered, Target, Template, TemplateError, definitions, lower, missing_templates, namespace,
    parse_definitions, remember,
)
