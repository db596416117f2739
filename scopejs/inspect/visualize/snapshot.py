"""One step of the visualizer: the engine's state read into plain JSON-able data.

A step holds, for every frame on the stack (innermost first): the function, the source position,
``this``, the SPEC VIEW (the Environment Records the spec has at that point, every binding with
its value and where the engine keeps it; spec_view.py) and the ENGINE VIEW (the registers that
hold variables, the context chain).  Beside the stack: every context still alive (a context is
numbered the first time it is seen and held only weakly, heap_ids.py), the objects and functions
reachable from what is shown (functions with their [[Environment]] context), the job and timer
queues, and how much console output there is so far.

Reading never changes what the program computes: own data properties are read from the object
model's storage directly (no getter runs, no proxy trap fires), a closure's lazily created own
properties are not materialised, nothing is kept alive (weak numbering).

Values are encoded compactly: ``["p", text]`` a primitive as node prints it, ``["r", n]`` heap
object ``n``, ``["c", n]`` context ``n``, ``["u"]`` uninitialized (TDZ), ``["x", why]`` not held
by the engine here.  Each frame/context/object description is a dict; the recorder interns them
(identical descriptions across steps are stored once).
"""
from __future__ import annotations

from scopejs.inspect.value_format import format_primitive
from scopejs.inspect.visualize.spec_view import (
    _Unavailable, frame_offset, frame_pc, frame_variables, function_scope, read_variable, record_kind, scopes_at, spec_bindings, where_text,
)
from scopejs.runtime.environments import Context
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.bound_functions import BoundFunction
from scopejs.runtime.objects.ecmascript_function import (
    THIS_GLOBAL, THIS_LEXICAL, ECMAScriptFunction,
)
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import Accessor
from scopejs.runtime.values import EMPTY, HOLE
from scopejs.scopes.scope import ScopeType
from scopejs.scopes.variable import VariableLocation

__all__ = ["StateReader", "THIS_MODE_NAMES", "function_label", "context_label", "frame_name"]

THIS_MODE_NAMES = {THIS_LEXICAL: "lexical", 1: "strict", THIS_GLOBAL: "global"}
_SCOPE_LABELS = {"function": "Closure", "block": "Block", "catch": "Catch", "class": "Class",
                 "with": "With", "eval": "Eval", "module": "Module", "script": "Script"}
MAX_PROPS = 16          # own properties shown per object
MAX_HEAP = 60           # objects shown per step
MAX_TEXT = 40           # characters of a primitive's text
MAX_FRAMES = 40         # innermost frames shown per step (and the outermost one)


def _short(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1] + "\u2026"


def function_label(fn) -> str:
    """A function's name without materialising its lazy own properties."""
    if isinstance(fn, ECMAScriptFunction):
        try:
            own = fn._props
        except AttributeError:
            own = None
        name = own.get("name") if own is not None else fn.sfi.name
        return name if name.__class__ is str and name else "(anonymous)"
    if isinstance(fn, JSFunctionBase):
        props = fn.props if fn.plain_props else {}
        name = props.get("name")
        return name if name.__class__ is str and name else "(anonymous)"
    return "?"


def context_label(context) -> str:
    """`Closure (createCounter)`, `Block`, `Catch` ... as DevTools names a scope."""
    info = context.scope_info
    if info is None:
        return "Context"
    kind = str(getattr(info.scope_type, "value", info.scope_type))
    label = _SCOPE_LABELS.get(kind, "Block")
    if info.function_name:
        label = f"{label} ({info.function_name})"
    return label


def frame_name(frame) -> str:
    sfi = frame.bytecode.sfi
    kind = getattr(sfi.kind, "value", "")
    if kind in ("script", "module", "eval"):
        return {"script": "(global)", "module": "(module)", "eval": "(eval)"}[kind]
    fn = frame.regs[0]
    if isinstance(fn, JSFunctionBase):
        return function_label(fn)
    return sfi.name or "(anonymous)"


class StateReader:
    """Reads engine state into step descriptions; owns the numbering of contexts/objects."""

    def __init__(self, interp, ids, contexts, dropped, spec_envs):
        self.interp = interp
        self.realm = interp.realm
        self.global_object = interp.realm.global_env.global_object
        self.ids = ids                # HeapIds for contexts and objects
        self.contexts = contexts      # set of context numbers ever seen (weakly alive)
        self.dropped = dropped        # context number -> [(name, text, where)] kept by the spec only
        self.spec_envs = spec_envs    # function number -> [spec record label, allocated?]

    # -- values -------------------------------------------------------------------------------
    def value(self, v, pending):
        if v is HOLE:
            return ["u"]
        if isinstance(v, _Unavailable):
            return ["x", v.reason]
        if isinstance(v, Context):
            return ["c", self.context_number(v)]
        if isinstance(v, JSObject):
            if v is self.global_object:
                return ["p", "globalThis (the global object)"]
            if isinstance(v, JSFunctionBase) and not isinstance(v, (ECMAScriptFunction,
                                                                    BoundFunction)):
                return ["p", f"\u0192 {function_label(v)} (built-in)"]
            n = self.ids.number(v)
            pending.append(v)
            return ["r", n]
        try:
            return ["p", _short(format_primitive(v))]
        except Exception as exc:  # noqa: BLE001 - a view must never stop the program
            return ["x", f"{type(v).__name__}: {exc}"]

    def context_number(self, context) -> int:
        n = self.ids.number(context)
        self.contexts.add(n)
        return n

    # -- frames -------------------------------------------------------------------------------
    def frames(self, top, top_pc, pending):
        """Descriptions of the stack, innermost first: the MAX_FRAMES innermost frames and the
        outermost one (deep recursion shows a count of the frames left out between)."""
        stack = []
        frame = top
        while frame is not None:
            stack.append(frame)
            frame = frame.parent
        shown = stack if len(stack) <= MAX_FRAMES + 1 else stack[:MAX_FRAMES] + stack[-1:]
        out = []
        for i, frame in enumerate(shown):
            pc = top_pc if i == 0 else frame_pc(frame, False)
            out.append(self.frame(frame, pc, pending))
        if len(shown) < len(stack):
            out[-1]["skipped"] = len(stack) - len(shown)
        return out

    def frame(self, frame, pc, pending):
        sfi = frame.bytecode.sfi
        offset = frame_offset(frame, pc)
        line, col = sfi.source.position(offset) if sfi.source is not None else (0, 0)
        desc = {"name": frame_name(frame), "line": line, "col": col + 1}
        fn = frame.regs[0]
        kind = getattr(sfi.kind, "value", "")
        if isinstance(fn, ECMAScriptFunction):
            desc["fn"] = self.value(fn, pending)
            if fn.this_mode == THIS_LEXICAL:
                desc["this"] = ["x", "arrow: no own this (lexical)"]
            else:
                desc["this"] = self.value(frame.regs[2], pending)
        elif kind in ("script", "module"):
            desc["this"] = self.value(frame.regs[2], pending)
        scope = function_scope(sfi)
        records = []
        if scope is not None:
            for s in scopes_at(scope, offset):
                records.append(self.record(frame, s, offset, pending))
            registers = []
            for var in frame_variables(scope):
                if var.location in (VariableLocation.LOCAL, VariableLocation.PARAMETER) \
                        and var.name and var.name[0] not in ".#%*" and var.name != "this":
                    value, _ = read_variable(frame, var, offset, self.realm)
                    registers.append([var.name, where_text(var).replace("register ", ""),
                                      self.value(value, pending)])
            desc["regs"] = registers
        else:
            desc["regs"] = []
        chain = []
        context = frame.context
        while context is not None:
            chain.append(self.context_number(context))
            context = context.previous
        desc["chain"] = chain
        desc["spec"] = records
        if isinstance(fn, ECMAScriptFunction):
            env = fn.environment
            desc["outer"] = ["c", self.context_number(env)] if env is not None else ["p", "global"]
        return desc

    def record(self, frame, scope, offset, pending):
        """One Environment Record of the spec view."""
        rec = {"kind": record_kind(scope), "scope": scope.scope_type.value}
        if scope.scope_type is ScopeType.FUNCTION:
            rec["label"] = scope.function_name or "(anonymous)"
        elif scope.is_loop_scope:
            rec["label"] = "for (let ...) iteration"
        bindings = []
        context_number = None
        for var in spec_bindings(scope):
            value, context = read_variable(frame, var, offset, self.realm)
            if context is not None:
                context_number = self.context_number(context)
            where = where_text(var)
            if context is not None:
                where = f"context #{context_number} [{var.index}]"
            bindings.append([var.name, self.value(value, pending), where])
        rec["bindings"] = bindings
        if scope.needs_context and context_number is None and scope.scope_info is not None:
            # all its context variables may be hidden names: find the context itself
            context = frame.context
            while context is not None and context.scope_info is not scope.scope_info:
                context = context.previous
            if context is not None:
                context_number = self.context_number(context)
        rec["ctx"] = context_number
        return rec

    # -- heap ---------------------------------------------------------------------------------
    def context(self, n, pending):
        context = self.ids.get(n)
        if context is None:
            return None
        info = context.scope_info
        slots = []
        names = info.names if info is not None else ()
        for i, v in enumerate(context.slots):
            name = names[i] if i < len(names) else f"[{i}]"
            slots.append([name, self.value(v, pending)])
        prev = context.previous
        desc = {"n": n, "label": context_label(context), "slots": slots,
                "prev": self.context_number(prev) if prev is not None else None}
        dropped = self.dropped.get(n)
        if dropped:
            desc["dropped"] = dropped
        return desc

    def heap_object(self, obj, pending):
        n = self.ids.number(obj)
        desc = {"n": n}
        if isinstance(obj, ECMAScriptFunction):
            desc["t"] = "function"
            desc["name"] = function_label(obj)
            env = obj.environment
            desc["env"] = self.context_number(env) if env is not None else None
            desc["thisMode"] = THIS_MODE_NAMES.get(obj.this_mode, "?")
            spec_env = self.spec_envs.get(n)
            if spec_env is not None:
                desc["specEnv"] = spec_env
            desc["lazy"] = obj.sfi.bytecode is None
            return desc
        if isinstance(obj, BoundFunction):
            desc["t"] = "bound"
            desc["name"] = function_label(obj)
            desc["target"] = self.value(obj.target, pending)
            desc["boundThis"] = self.value(obj.bound_this, pending)
            return desc
        if isinstance(obj, JSFunctionBase):
            desc["t"] = "builtin"
            desc["name"] = function_label(obj)
            return desc
        desc["t"] = "array" if isinstance(obj, JSArray) else "object"
        desc["cls"] = getattr(obj, "class_name", "Object")
        props = []
        own = obj.props
        if isinstance(obj, JSArray):
            elements = obj.elements
            if elements is not None:      # dense; sparse arrays keep indices in props
                for i, v in enumerate(elements[:MAX_PROPS]):
                    props.append([str(i), ["p", "<empty>"] if v is EMPTY
                                  else self.value(v, pending)])
            props.append(["length", ["p", str(obj.get_length())]])
        for key, v in _collection_entries(obj):
            if len(props) >= MAX_PROPS:
                break
            if key is None:
                label = str(len(props))
            else:
                shown = self.value(key, pending)
                label = f"{shown[1] if shown[0] == 'p' else '#' + str(shown[1])} =>"
            props.append([label, self.value(v, pending)])
        state = getattr(obj, "promise_state", None)
        if state is not None:
            props.append(["[[PromiseState]]", ["p", str(state)]])
        for key, v in own.items():
            if len(props) >= MAX_PROPS:
                props.append(["\u2026", ["p", f"{len(own)} properties"]])
                break
            if v.__class__ is Accessor:
                props.append([self._key_text(key), ["x", "accessor"]])
            else:
                props.append([self._key_text(key), self.value(v, pending)])
        desc["props"] = props
        return desc

    @staticmethod
    def _key_text(key) -> str:
        if key.__class__ is str:
            return key
        try:
            return format_primitive(key)
        except Exception:  # noqa: BLE001
            return "?"

    # -- queues -------------------------------------------------------------------------------
    def queues(self):
        jobs = []
        for job, _realm in list(self.realm.agent.jobs)[:20]:
            jobs.append(_job_text(job))
        timers = []
        host_timers = _host_timers(self.interp)
        if host_timers is not None:
            for _id, entry in sorted(host_timers.pending.items(),
                                     key=lambda kv: (kv[1][0], kv[1][1]))[:20]:
                fn = entry[2]
                timers.append(f"{function_label(fn) if isinstance(fn, JSFunctionBase) else '?'}"
                              f" at {entry[0]:g} ms" + (" (interval)" if entry[4] else ""))
        return {"jobs": jobs, "timers": timers}


def _collection_entries(obj):
    """(key or None, value) of a Map's [[MapData]] / a Set's [[SetData]], read directly."""
    from scopejs.builtins.map import DELETED
    store = getattr(obj, "map_data", None)
    if store is not None:
        return [(k, v) for k, v in zip(store.keys, store.values) if k is not DELETED]
    store = getattr(obj, "set_data", None)
    if store is not None:
        return [(None, k) for k in store.keys if k is not DELETED]
    return []


def _host_timers(interp):
    """The host's timer list (interpreter/host_globals.Timers), or None without a host."""
    engine = interp.engine
    host = engine.host if engine is not None else None
    return host.__dict__.get("timers") if host is not None else None


def _job_text(job) -> str:
    """A queued job described from the Python closure that implements it (read-only)."""
    name = getattr(job, "__qualname__", type(job).__name__)
    label = name.split(".<locals>")[0]
    for cell in getattr(job, "__closure__", None) or ():
        try:
            content = cell.cell_contents
        except ValueError:
            continue
        if isinstance(content, JSFunctionBase):
            return f"{label}: {function_label(content)}"
        handler = getattr(content, "handler", None)
        if isinstance(handler, JSFunctionBase):
            return f"{label}: {function_label(handler)}"
    return label
