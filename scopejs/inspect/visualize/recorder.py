"""The visualizer's observer: one step per statement, function entry and function exit.

It rides the shared execution hook (scopejs/inspect/debugger/hook.py) and reads the state with
snapshot.StateReader.  Descriptions of frames, contexts and objects are interned: a step stores
indices into one ``blobs`` list, so a context that does not change across a hundred steps is
stored once.  After ``max_steps`` steps the recorder detaches from the hook (the program runs on,
its output is still captured) and the page says the cap was hit.
"""
from __future__ import annotations

import json

from scopejs.bytecode.opcodes import Op
from scopejs.inspect.debugger.hook import Observer
from scopejs.inspect.visualize.guard import guarded
from scopejs.inspect.visualize.heap_ids import HeapIds
from scopejs.inspect.visualize.snapshot import MAX_HEAP, StateReader, frame_name
from scopejs.inspect.visualize.spec_view import (
    frame_offset, frame_variables, function_scope, read_variable, record_label, scopes_at,
    where_text,
)
from scopejs.runtime.objects.ecmascript_function import ECMAScriptFunction
from scopejs.scopes.scope import ScopeType
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.scopes.variable import VariableLocation

__all__ = ["StepRecorder", "OutputTee", "DEFAULT_MAX_STEPS"]

DEFAULT_MAX_STEPS = 3000


class OutputTee:
    """The engine's stdout while recording: passes text on and keeps it (console output so far)."""

    def __init__(self, stream):
        self.stream = stream
        self.parts: list[str] = []
        self.length = 0

    def write(self, text):
        self.parts.append(text)
        self.length += len(text)
        if self.stream is not None:
            return self.stream.write(text)
        return len(text)

    def flush(self):
        if self.stream is not None:
            self.stream.flush()

    def text(self) -> str:
        return "".join(self.parts)


class StepRecorder(Observer):
    # CreateClosure: remember which spec record each closure's [[Environment]] is (the engine's
    # context may be an outer one when that record has nothing captured)
    watch_ops = frozenset((Op.CreateClosure,))

    def __init__(self, interp, output: OutputTee, max_steps: int = DEFAULT_MAX_STEPS):
        self.interp = interp
        self.output = output
        self.max_steps = max_steps
        self.ids = HeapIds()
        self.contexts: set[int] = set()
        self.dropped: dict[int, list] = {}
        self.spec_envs: dict[int, list] = {}   # function number -> [record label, allocated?]
        self.reader = StateReader(interp, self.ids, self.contexts, self.dropped, self.spec_envs)
        self.steps: list[dict] = []
        self.blobs: list[str] = []
        self._blob_index: dict[str, int] = {}
        self.sources: list[dict] = []
        self._source_index: dict[int, int] = {}
        self.truncated = False
        self.tracer = None      # set by visualize() after attach

    # -- hook events --------------------------------------------------------------------------
    @guarded("visualizer")
    def on_enter(self, frame):
        self._step("call", frame, 0)

    @guarded("visualizer")
    def on_statement(self, frame, pc):
        self._step("step", frame, pc)

    @guarded("visualizer")
    def on_return(self, frame, pc):
        self._remember_dropped(frame, pc)
        self._step("return", frame, pc, value=frame.acc)

    @guarded("visualizer")
    def on_throw(self, frame, pc, exc):
        self._step("throw", frame, pc, value=exc.value)

    @guarded("visualizer")
    def on_instruction(self, frame, pc, op):
        fn = frame.acc           # CreateClosure's new function
        scope = function_scope(frame.bytecode.sfi)
        if scope is None or not isinstance(fn, ECMAScriptFunction):
            return
        record = scopes_at(scope, frame_offset(frame, pc))[0]
        label = record_label(record, frame.bytecode.sfi.source, frame_name(frame))
        allocated = record.needs_context or record.scope_type in (ScopeType.SCRIPT,
                                                                  ScopeType.MODULE)
        self.spec_envs[self.ids.number(fn)] = [label, allocated]

    # -- recording ----------------------------------------------------------------------------
    def _intern(self, desc) -> int:
        text = json.dumps(desc, separators=(",", ":"), ensure_ascii=False)
        index = self._blob_index.get(text)
        if index is None:
            index = len(self.blobs)
            self.blobs.append(text)
            self._blob_index[text] = index
        return index

    def _source(self, sfi) -> int:
        source = sfi.source
        key = id(source)
        index = self._source_index.get(key)
        if index is None:
            index = len(self.sources)
            self.sources.append({"name": source.name, "text": source.text})
            self._source_index[key] = index
        return index

    def _step(self, kind, frame, pc, value=None):
        if len(self.steps) >= self.max_steps:
            # the cap: stop observing; the program runs on at full speed (frames on the stack
            # go back to the plain closures, suspended generators keep muted instrumented ones)
            self.truncated = True
            if self.tracer is not None:
                from scopejs.inspect.debugger.hook import detach
                self.tracer = None
                detach(self.interp)
            return
        reader = self.reader
        pending: list = []
        frames = reader.frames(frame, pc, pending)
        step = {"k": kind, "s": self._source(frame.bytecode.sfi), "o": self.output.length}
        if value is not None:
            step["v"] = reader.value(value, pending)
        # contexts still alive, and the objects reachable from everything shown
        collected = self.ids.take_collected()
        for n in collected:
            self.spec_envs.pop(n, None)
        gone = [n for n in collected if n in self.contexts]
        for n in gone:
            self.contexts.discard(n)
        if gone:
            step["gone"] = gone
        heap: dict[int, int] = {}
        done_contexts: dict[int, int] = {}
        while True:
            for n in sorted(self.contexts - done_contexts.keys()):
                desc = reader.context(n, pending)
                if desc is None:
                    self.contexts.discard(n)
                    continue
                done_contexts[n] = self._intern(desc)
            if not pending:
                if self.contexts - done_contexts.keys():
                    continue
                break
            obj = pending.pop(0)
            n = self.ids.number(obj)
            if n in heap:
                continue
            if len(heap) >= MAX_HEAP:
                step["heapCut"] = True
                pending.clear()
                continue
            heap[n] = self._intern(reader.heap_object(obj, pending))
        step["fr"] = [self._intern(f) for f in frames]
        step["cx"] = [done_contexts[n] for n in sorted(done_contexts)]
        step["hp"] = [heap[n] for n in sorted(heap)]
        step["q"] = self._intern(reader.queues())
        self.steps.append(step)

    def _remember_dropped(self, frame, pc):
        """At return, the spec's function record lives on while a closure holds it; the engine
        keeps only the context slots.  Keep the text of the register bindings it drops, so the
        page can show the spec record whole (values only as text: nothing is kept alive)."""
        scope = function_scope(frame.bytecode.sfi)
        if scope is None or not scope.needs_context or scope.scope_info is None:
            return
        context = frame.context
        while context is not None and context.scope_info is not scope.scope_info:
            context = context.previous
        if context is None:
            return
        n = self.reader.context_number(context)
        lost = []
        offset = frame_offset(frame, pc)
        for var in frame_variables(scope):
            if var.location not in (VariableLocation.LOCAL, VariableLocation.PARAMETER):
                continue
            if not var.name or var.name[0] in ".#%*" or var.name == "this" or \
                    var.scope is not scope:
                continue
            value, _ = read_variable(frame, var, offset, self.interp.realm)
            if isinstance(value, JSObject):
                text = ["r", self.ids.number(value)]
            else:
                text = self.reader.value(value, [])
            lost.append([var.name, text, where_text(var)])
        if lost:
            self.dropped[n] = lost

    def data(self) -> dict:
        return {"sources": self.sources, "steps": self.steps,
                "blobs": self.blobs, "truncated": self.truncated, "maxSteps": self.max_steps,
                "output": self.output.text()}
