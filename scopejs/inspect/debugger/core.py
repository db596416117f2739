"""The debugger core: scripts, breakpoints, pauses, stepping, call frames, scope chains and
evaluation in a frame.  The CDP server (cdp.py), the terminal debugger (terminal.py) and the
visualizer drive it; it observes the interpreter through the execution hook (hook.py) only.

    dbg = Debugger(engine, frontend)   # frontend: see Frontend below
    dbg.attach()
    dbg.set_breakpoint(url="file:///x.js", line=3)       # 0-based line/column, as CDP
    engine.run_script(source, name)                       # pauses call frontend.on_pause(...)

A pause is a ``Pause``: ``call_frames`` (innermost first), each a ``CallFrame`` with
``function_name``, ``location`` (script, 0-based line, column), ``this``, ``scope_chain()`` (a list
of ``ScopeView``: Local, Block, Catch, Closure (name), With, Eval, Module, Script, Global, as
DevTools shows them) and ``evaluate(expr)`` (direct-eval semantics: the frame's register locals
are materialised into a scope the eval code sees and written back afterwards; the frame's bytecode
is never touched).  ``frontend.on_pause(pause)`` blocks and returns the action that ends the
pause: "resume", "stepInto", "stepOver" or "stepOut".

Stepping (V8's rules): stepInto pauses at the next statement anywhere; stepOver at the next
statement of the same frame (an `await` resumes the same frame, so stepping over it waits for
it); stepOut at the next statement after the frame returned (its return value is given to that
pause as ``Pause.return_value``).  A frame returning or yielding while stepping over turns the
step into stepInto, so stepping off the end of a callback called by a built-in (Array.prototype.map
...) lands in the next callback or in the caller, as in V8.  The end of a function without a
`return` statement is a pause position of its own (its closing brace), as V8's return position.
"""
from __future__ import annotations

import bisect
import itertools
import os
import re

from scopejs.inspect.debugger.hook import Observer, attach, detach
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.values import HOLE, UNDEFINED

RESUME, STEP_INTO, STEP_OVER, STEP_OUT = "resume", "stepInto", "stepOver", "stepOut"
_NO_VALUE = object()


class Frontend:
    """What the core calls back (all optional except on_pause)."""

    def on_pause(self, pause) -> str:
        return RESUME

    def on_script(self, script):
        pass

    def on_resumed(self):
        pass

    def on_interrupt(self):
        """``Debugger.interrupt`` was set (by another thread): handle what is pending."""

    def on_uncaught(self, value, call_frames):
        """A throw no JS handler will catch, before it unwinds (call_frames innermost first)."""


class Script:
    """One parsed script (a file, a module, eval code) with its CDP id and URL."""

    def __init__(self, script_id, source, url, sfi, is_module=False):
        self.id = script_id
        self.source = source          # SourceText
        self.url = url
        self.sfi = sfi                # the top-level SharedFunctionInfo
        self.is_module = is_module
        self._offsets = None

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def end_position(self):
        lines = self.source.line_starts
        return len(lines) - 1, len(self.text) - lines[-1]

    def position(self, offset):
        """0-based (line, column) of a code-unit offset."""
        line, column = self.source.position(offset)
        return line - 1, column

    def offset(self, line, column=0):
        starts = self.source.line_starts
        if line >= len(starts):
            return len(self.text)
        return min(starts[line] + column, len(self.text))

    def break_offsets(self):
        """Every pause position (statement starts, implicit returns) in the script, sorted.
        From a separate compile of the same text: the live program's lazy functions stay lazy."""
        if self._offsets is None:
            from scopejs.bytecode.compiler import compile_all, compile_module, compile_script
            from scopejs.bytecode.shared_function_info import FunctionKind
            if self.sfi.kind is FunctionKind.EVAL:
                top = self.sfi
            else:
                from scopejs.parsing.parser import parse
                program = parse(self.source, module=self.is_module, lazy=False)
                top = (compile_module if self.is_module else compile_script)(program)
            from scopejs.bytecode.opcodes import Op
            offsets = set()
            for sfi in compile_all(top):
                bc = sfi.bytecode
                offsets.update(off for _i, off, is_statement in bc.source_positions
                               if is_statement)
                for pc, (op, _operands) in enumerate(bc.instructions):
                    if op is Op.Return:
                        end = return_position(bc, pc)
                        if end is not None:
                            offsets.add(end)
            self._offsets = sorted(offsets)
        return self._offsets

    def resolve(self, line, column=0):
        """The first pause position at or after (line, column), or None."""
        offsets = self.break_offsets()
        i = bisect.bisect_left(offsets, self.offset(line, column))
        return offsets[i] if i < len(offsets) else None


def statement_offset(bytecode, pc):
    """Source offset of the statement instruction ``pc`` belongs to (None before any)."""
    statement = None
    for index, offset, is_statement in bytecode.source_positions:
        if index > pc:
            break
        if is_statement:
            statement = offset
    return statement


def return_position(bytecode, pc):
    """V8's return position of the Return at ``pc``: the end of its `return` statement, or the
    closing brace of the function for the implicit return (None for top-level code)."""
    sfi = bytecode.sfi
    implicit = implicit_return_offset(sfi)
    statement = statement_offset(bytecode, pc)
    text = sfi.source.text if sfi.source is not None else ""
    if statement is None or not text.startswith("return", statement) or sfi.node is None:
        return implicit
    from scopejs.syntax.visitor import NodeVisitor

    class FindReturn(NodeVisitor):
        end = None

        def visit_ReturnStatement(self, node):
            if node.start == statement:
                FindReturn.end = node.end
            self.generic_visit(node)

    FindReturn().visit(sfi.node)
    return FindReturn.end if FindReturn.end is not None else implicit


def implicit_return_offset(sfi):
    """Offset of the closing brace of a function body (V8's return position), or None."""
    from scopejs.bytecode.shared_function_info import FunctionKind
    if sfi.kind in (FunctionKind.SCRIPT, FunctionKind.MODULE, FunctionKind.EVAL) \
            or sfi.source is None or sfi.source_end <= 0:
        return None
    end = sfi.source_end - 1
    return end if sfi.source.text[end:end + 1] == "}" else None


class Breakpoint:
    __slots__ = ("id", "url", "url_regex", "script_id", "line", "column", "condition",
                 "locations")

    def __init__(self, bp_id, url, script_id, line, column, condition, url_regex=None):
        self.id = bp_id
        self.url = url
        self.url_regex = re.compile(url_regex) if url_regex else None
        self.script_id = script_id
        self.line = line
        self.column = column
        self.condition = condition or None
        self.locations = []     # [(Script, offset)]

    def matches(self, script):
        if self.script_id is not None:
            return script.id == self.script_id
        if self.url_regex is not None:
            return self.url_regex.search(script.url) is not None
        return script.url == self.url


class Debugger(Observer):
    def __init__(self, engine, frontend=None):
        self.engine = engine
        self.host = engine.host
        self.interp = engine.interpreter
        self.realm = engine.realm
        self.frontend = frontend or Frontend()
        self.scripts: dict[str, Script] = {}
        self._by_source: dict[int, Script] = {}
        self.breakpoints: dict[str, Breakpoint] = {}
        self._break_at: dict[tuple, list] = {}     # (id(SourceText), offset) -> [Breakpoint]
        self._ids = itertools.count(1)
        self._script_ids = itertools.count(1)
        self.pause_on_exceptions = "none"          # "none" | "uncaught" | "all"
        self.breakpoints_active = True
        self.pause_requested = False
        self.interrupt = False      # set from any thread: frontend.on_interrupt at a statement
        self.skip_all = False       # Debugger.setSkipAllPauses
        self._step = None
        self._step_frame = None
        self._await_same_frame = False
        self._return_value = _NO_VALUE
        self._last_pause = None
        self._last_frame = None
        self._last_statement = None
        self.paused = None                         # the current Pause
        self.evaluating = 0
        self.tracer = None
        self._previous_on_compile = None

    # -- attaching -----------------------------------------------------------------------------
    def attach(self):
        self.tracer = attach(self.interp, self)
        self._previous_on_compile = self.interp.on_compile
        self.interp.on_compile = self._on_compile
        return self

    def detach(self):
        detach(self.interp)
        self.interp.on_compile = self._previous_on_compile
        self.tracer = None

    def _on_compile(self, sfi):
        if self._previous_on_compile is not None:
            self._previous_on_compile(sfi)
        from scopejs.bytecode.shared_function_info import FunctionKind
        if self.evaluating or sfi.kind not in (FunctionKind.SCRIPT, FunctionKind.MODULE,
                                               FunctionKind.EVAL):
            return
        self.add_script(sfi)

    def add_script(self, sfi):
        from scopejs.bytecode.shared_function_info import FunctionKind
        source = sfi.source
        if source is None or id(source) in self._by_source:
            return self._by_source.get(id(source))
        name = source.name or ""
        url = ("file://" + os.path.abspath(name)) if name and os.path.isfile(name) else \
            ("" if sfi.kind is FunctionKind.EVAL else name)
        script = Script(str(next(self._script_ids)), source, url, sfi,
                        sfi.kind is FunctionKind.MODULE)
        self.scripts[script.id] = script
        self._by_source[id(source)] = script
        for bp in self.breakpoints.values():
            if bp.matches(script):
                self._locate(bp, script)
        self.frontend.on_script(script)
        return script

    def script_of(self, sfi):
        source = sfi.source if sfi is not None else None
        if source is None:
            return None
        script = self._by_source.get(id(source))
        # a script compiled before the debugger attached: known from its inner function
        return script if script is not None else self.add_script(sfi)

    # -- breakpoints ---------------------------------------------------------------------------
    def set_breakpoint(self, *, url=None, url_regex=None, script_id=None, line, column=0,
                       condition=None):
        """Breakpoint at the first pause position at or after (line, column) (0-based); applies
        to scripts parsed later whose URL matches (``url`` exactly, or the ``url_regex``
        pattern).  Returns the Breakpoint (``locations``)."""
        bp_id = str(next(self._ids)) if url is None and url_regex is None else \
            f"{1 if url_regex is None else 2}:{line}:{column}:{url or url_regex}"
        bp = Breakpoint(bp_id, url, script_id, line, column, condition, url_regex)
        if bp.id in self.breakpoints:
            bp.id = f"{bp.id}#{next(self._ids)}"
        self.breakpoints[bp.id] = bp
        for script in self.scripts.values():
            if bp.matches(script):
                self._locate(bp, script)
        return bp

    def _locate(self, bp, script):
        offset = script.resolve(bp.line, bp.column)
        if offset is None:
            return
        bp.locations.append((script, offset))
        self._break_at.setdefault((id(script.source), offset), []).append(bp)

    def remove_breakpoint(self, bp_id):
        bp = self.breakpoints.pop(bp_id, None)
        if bp is None:
            return False
        for script, offset in bp.locations:
            key = (id(script.source), offset)
            rest = [b for b in self._break_at.get(key, ()) if b is not bp]
            if rest:
                self._break_at[key] = rest
            else:
                self._break_at.pop(key, None)
        return True

    def possible_breakpoints(self, script, start, end=None):
        """Pause positions (offsets) in [start, end) (offsets)."""
        offsets = script.break_offsets()
        lo = bisect.bisect_left(offsets, start)
        hi = len(offsets) if end is None else bisect.bisect_left(offsets, end)
        return offsets[lo:hi]

    # -- control -------------------------------------------------------------------------------
    def request_pause(self):
        self.pause_requested = True

    def _set_action(self, action, frame):
        self._step = None if action == RESUME else action
        self._step_frame = frame
        self._await_same_frame = False

    # -- the observer --------------------------------------------------------------------------
    def on_statement(self, f, pc):
        if self._step is None and not self.pause_requested and not self._break_at \
                and not self.interrupt:
            return
        if self.interrupt:
            self.interrupt = False
            self.frontend.on_interrupt()
        if self.skip_all:
            return
        pos = f.bytecode.source_position_at(pc)
        if pos is not None:
            self._break_location(f, pc, pos[0], pos[0], True)

    def on_call(self, f, pc):
        if (self._step is None and not self.pause_requested) or self.skip_all:
            return
        pos = f.bytecode.source_position_at(pc)
        if pos is not None:
            self._break_location(f, pc, pos[0], statement_offset(f.bytecode, pc), False)

    def _break_location(self, f, pc, offset, statement, is_statement):
        """A statement or call position: pause for a pause request, a step or a breakpoint.
        As V8, a step does not stop again in the statement it paused in (same frame)."""
        if self.pause_requested:
            return self._pause(f, pc, offset, "other", statement=statement)
        step = self._step
        if step is not None and self._step_reaches(f) and not (
                f is self._last_frame and statement == self._last_statement):
            return self._pause(f, pc, offset, "step", statement=statement)
        if is_statement and self._break_at and self.breakpoints_active:
            bps = self._break_at.get((id(f.bytecode.sfi.source), offset))
            if bps:
                hit = [bp for bp in bps if bp.condition is None or self._condition(f, pc, bp)]
                if hit:
                    return self._pause(f, pc, offset, "other", hit=[bp.id for bp in hit],
                                       statement=statement)

    def _step_reaches(self, f):
        step = self._step
        if step == STEP_INTO:
            return True
        target = self._step_frame
        if step == STEP_OVER and f is target:
            return True
        return not self._await_same_frame and f.depth < target.depth

    def on_debugger(self, f, pc):
        if self.skip_all or self._last_pause == (f, pc):
            return
        pos = f.bytecode.source_position_at(pc)
        self._pause(f, pc, pos[0] if pos else None, "other")

    def on_return(self, f, pc):
        if self._break_at and self._step is None and self.breakpoints_active \
                and not self.skip_all:
            offset = return_position(f.bytecode, pc)
            bps = self._break_at.get((id(f.bytecode.sfi.source), offset))
            hit = [bp for bp in bps or () if bp.condition is None or self._condition(f, pc, bp)]
            if hit:
                self._pause(f, pc, offset, "other", hit=[bp.id for bp in hit])
        if self._step is None or self.skip_all:
            return
        stepping_here = f is self._step_frame
        if self._step == STEP_INTO or (self._step == STEP_OVER and stepping_here):
            offset = return_position(f.bytecode, pc)
            if offset is not None:
                self._pause(f, pc, offset, "step")
                stepping_here = f is self._step_frame
        if self._step is not None and stepping_here:
            if self._step == STEP_OUT:
                self._return_value = f.acc
            self._step = STEP_INTO
            self._step_frame = None

    def on_suspend(self, f, pc):
        if self._step is None or f is not self._step_frame:
            return
        from scopejs.interpreter.generators_support import AsyncFunctionState
        if isinstance(f.generator, AsyncFunctionState) and self._step in (STEP_OVER, STEP_OUT):
            self._await_same_frame = self._step == STEP_OVER   # wait for the frame to resume
            if self._step == STEP_OUT:
                self._step = STEP_INTO
            return
        self._step = STEP_INTO     # a yield returns to the caller
        self._step_frame = None

    def on_throw(self, f, pc, exc):
        mode = self.pause_on_exceptions
        caught = is_caught(f, pc)
        if not caught:
            self.frontend.on_uncaught(exc.value, Pause(self, f, pc, None, "", None, [],
                                                       _NO_VALUE).call_frames)
        if mode == "none" or self.skip_all or (mode == "uncaught" and caught):
            return
        pos = f.bytecode.source_position_at(pc)
        self._pause(f, pc, pos[0] if pos else None, "exception",
                    data=(exc.value, not caught))

    def _condition(self, f, pc, bp):
        ok, value = CallFrame(self, f, pc, None).evaluate(bp.condition)
        if not ok:
            return False
        from scopejs.runtime.abstract_ops.type_conversion import ToBoolean
        return bool(ToBoolean(value))

    # -- pausing -------------------------------------------------------------------------------
    def _pause(self, f, pc, offset, reason, data=None, hit=(), statement=None):
        self.pause_requested = False
        self._last_frame = f
        self._last_statement = statement
        self._step = None
        return_value, self._return_value = self._return_value, _NO_VALUE
        pause = Pause(self, f, pc, offset, reason, data, list(hit), return_value)
        self.paused = pause
        self._last_pause = (f, pc)
        try:
            action = self.frontend.on_pause(pause)
        finally:
            self.paused = None
            pause.invalidate()
        self._set_action(action or RESUME, f)
        self.frontend.on_resumed()

    # -- evaluation outside a frame ------------------------------------------------------------
    def evaluate_global(self, expression):
        """Runtime.evaluate without a frame: a script in the global scope -> (ok, value)."""
        from scopejs.bytecode.compiler import compile_script
        from scopejs.errors import JSSyntaxError
        from scopejs.parsing.parser import parse
        self.evaluating += 1
        muted, self.tracer.muted = self.tracer.muted, True
        try:
            try:
                program = parse(expression, lazy=self.engine.lazy, name="")
            except JSSyntaxError as err:
                return False, self.realm.new_error("SyntaxError", err.message)
            sfi = compile_script(program)
            return True, self.host.run_toplevel(sfi, self.realm, None)
        except ThrowCompletion as exc:
            return False, exc.value
        finally:
            self.tracer.muted = muted
            self.evaluating -= 1

    def call_function_on(self, function, this, args):
        from scopejs.runtime.abstract_ops.object_operations import Call
        self.evaluating += 1
        muted, self.tracer.muted = self.tracer.muted, True
        try:
            return True, Call(function, this, list(args))
        except ThrowCompletion as exc:
            return False, exc.value
        finally:
            self.tracer.muted = muted
            self.evaluating -= 1


def is_caught(frame, pc):
    """Whether a throw at (frame, pc) is caught by a JS `catch` (or turned into a rejection by
    an async function) somewhere up the stack: V8's catch prediction."""
    from scopejs.interpreter.frame import POST_ASYNC
    f, at = frame, pc
    while f is not None:
        for entry in f.bytecode.handler_table or ():
            if entry.start <= at < entry.end:
                return True
        if f.post >= POST_ASYNC and f.post != 4:
            return True
        f = f.parent
        at = f.pc - 1 if f is not None else 0
    return False


class Pause:
    """The state at one pause; valid until the pause ends."""

    def __init__(self, debugger, frame, pc, offset, reason, data, hit, return_value):
        self.debugger = debugger
        self.reason = reason             # "other" (debugger/breakpoint/pause), "step", "exception"
        self.data = data                 # exception: (value, uncaught)
        self.hit_breakpoints = hit
        self.return_value = return_value if return_value is not _NO_VALUE else None
        self.has_return_value = return_value is not _NO_VALUE
        self.call_frames = []
        f, at, off = frame, pc, offset
        while f is not None:
            self.call_frames.append(CallFrame(debugger, f, at, off))
            f = f.parent
            if f is not None:
                at = f.pc - 1
                pos = f.bytecode.source_position_at(at)
                off = pos[0] if pos else None
        self.valid = True

    def invalidate(self):
        self.valid = False


class CallFrame:
    def __init__(self, debugger, frame, pc, offset):
        self.debugger = debugger
        self.frame = frame
        self.pc = pc
        if offset is None:
            pos = frame.bytecode.source_position_at(pc)
            offset = pos[0] if pos else (frame.bytecode.sfi.source_start or 0)
        self.offset = offset

    @property
    def sfi(self):
        return self.frame.bytecode.sfi

    @property
    def script(self):
        return self.debugger.script_of(self.sfi)

    @property
    def location(self):
        """(Script, 0-based line, 0-based column)."""
        script = self.script
        line, column = script.position(self.offset)
        return script, line, column

    @property
    def function_name(self) -> str:
        from scopejs.bytecode.shared_function_info import FunctionKind
        sfi = self.sfi
        if sfi.kind in (FunctionKind.SCRIPT, FunctionKind.MODULE, FunctionKind.EVAL):
            return ""
        fn = self.frame.regs[0]
        props = getattr(fn, "props", None)
        name = props.get("name") if props is not None and getattr(fn, "plain_props", False) \
            else None
        return name if name.__class__ is str and name else (sfi.name or "")

    @property
    def this(self):
        sfi = self.sfi
        if getattr(sfi, "is_arrow", False):
            c = self.frame.context
            while c is not None:
                slot = c.scope_info.receiver_slot if c.scope_info is not None else None
                if slot is not None:
                    value = c.slots[slot]
                    return UNDEFINED if value is HOLE else value
                c = c.previous
            return UNDEFINED
        value = self.frame.regs[2]
        return UNDEFINED if value is HOLE else value

    def scope_chain(self):
        from scopejs.inspect.debugger.scopes import frame_scopes
        return frame_scopes(self.frame, self.offset, self.debugger.realm)

    def evaluate(self, expression):
        """Direct-eval ``expression`` in this frame -> (ok, value)."""
        from scopejs.inspect.debugger.scopes import evaluate_in_frame
        dbg = self.debugger
        dbg.evaluating += 1
        muted, dbg.tracer.muted = dbg.tracer.muted, True
        try:
            return evaluate_in_frame(dbg.host, self.frame, self.offset, expression, self.this)
        finally:
            dbg.tracer.muted = muted
            dbg.evaluating -= 1
