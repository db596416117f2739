"""The heap as a graph, written in V8's ``.heapsnapshot`` format (Chrome DevTools' Memory panel).

``HeapGraph.build(host)`` walks everything the engine keeps alive from its roots -- the global
objects and script contexts of the realms, the JS stack (frame registers and contexts), the job
queue, the timers, the [[KeptAlive]] list -- and records one node per heap thing and one edge per
reference, with V8's node and edge types:

- a closure is a ``closure`` node with an ``internal`` edge ``context`` to its [[Environment]];
- a Context is an ``object`` node named ``system / Context`` with a ``context`` edge per slot,
  named after the captured variable (ScopeInfo), and an ``internal`` edge ``previous``; the
  script scope's let/const/class are a Context of their own (V8's script context) whose
  ``previous`` is the realm (``system / NativeContext``);
- objects are ``object`` nodes named after their constructor, with ``property`` edges, ``element``
  edges for array indices and a ``__proto__`` property edge; strings are ``string`` nodes named
  by their text, numbers ``number`` nodes named ``heap number``, undefined/null/booleans/the hole
  ``hidden`` ``system / Oddball`` nodes;
- engine records reached from objects (promise reactions, FinalizationRegistry cells, built-in
  closures' Python closure cells) are ``hidden`` nodes with ``internal`` edges named after the
  slot or captured name; WeakRef targets, WeakMap/WeakSet keys and registry targets are ``weak``
  edges, so retainer paths skip them.

The walk only reads: it never materialises a lazy function property, never runs JS, never
changes what the program computes. ``write_heap_snapshot(host, path)`` serialises the graph;
scopejs.inspect.retainers finds retaining paths on the same graph.
"""
from __future__ import annotations

import json
import sys
import types
import weakref
from collections import deque

from scopejs.interpreter.frame import Frame
from scopejs.runtime.environments import Context, GlobalEnvironment
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.ecmascript_function import ECMAScriptFunction
from scopejs.runtime.objects.functions import BuiltinFunction, JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import Accessor
from scopejs.runtime.realm import Realm
from scopejs.runtime.values import HOLE, NULL, UNDEFINED, JSBigInt, JSSymbol

# -- the format (V8 include/v8-profiler.h HeapGraphNode::Type / HeapGraphEdge::Type) ---------

NODE_TYPES = ["hidden", "array", "string", "object", "code", "closure", "regexp", "number",
              "native", "synthetic", "concatenated string", "sliced string", "symbol", "bigint",
              "object shape", "wasm object"]
EDGE_TYPES = ["context", "element", "property", "internal", "hidden", "shortcut", "weak"]
NODE_FIELDS = ["type", "name", "id", "self_size", "edge_count", "trace_node_id", "detachedness"]
EDGE_FIELDS = ["type", "name_or_index", "to_node"]

META = {
    "node_fields": NODE_FIELDS,
    "node_types": [NODE_TYPES, "string", "number", "number", "number", "number", "number"],
    "edge_fields": EDGE_FIELDS,
    "edge_types": [EDGE_TYPES, "string_or_number", "node"],
    "trace_function_info_fields": ["function_id", "name", "script_name", "script_id", "line",
                                   "column"],
    "trace_node_fields": ["id", "function_info_index", "count", "size", "children"],
    "sample_fields": ["timestamp_us", "last_assigned_id"],
    "location_fields": ["object_index", "script_id", "line", "column"],
}

# Packages whose objects are compile-time data (SharedFunctionInfo, ScopeInfo, bytecode, AST):
# shown as leaf ``code`` nodes, never walked (they hold no JS object a program created).
_LEAF_PACKAGES = ("scopejs.syntax", "scopejs.parsing", "scopejs.scopes", "scopejs.bytecode",
                  "scopejs.source")
_ODDBALLS = (UNDEFINED, NULL, True, False, HOLE)
_MAX_NAME = 1024


class Node:
    __slots__ = ("type", "name", "id", "self_size", "edges", "obj", "label")

    def __init__(self, type_, name, id_, self_size, obj, label=None):
        self.type = type_
        self.name = name
        self.id = id_
        self.self_size = self_size
        self.edges = []      # (edge type, name or index, target Node)
        self.obj = obj       # keeps the thing alive (and its id() valid) while the graph lives
        self.label = label   # how a retaining path names this node when it starts there


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        for name in klass.__dict__.get("__slots__", ()):
            if name not in ("__weakref__", "__dict__") and name not in names:
                names.append(name)
    return names


def _own_props(obj):
    """An object's property dict without materialising a lazy closure's own properties."""
    if isinstance(obj, ECMAScriptFunction) and not obj.is_materialised():
        return {}
    return obj.props


def function_name(fn) -> str:
    props = _own_props(fn)
    name = props.get("name")
    if name.__class__ is str:
        return name
    if isinstance(fn, ECMAScriptFunction):
        return fn.sfi.name or ""
    return ""


def constructor_name(obj) -> str:
    """V8's name of an object node: its constructor's name, found without running JS."""
    o, depth = obj, 0
    while isinstance(o, JSObject) and depth < 100:
        ctor = _own_props(o).get("constructor") if o.plain_props else None
        if isinstance(ctor, JSFunctionBase):
            name = function_name(ctor)
            if name:
                return name
        o, depth = o.proto, depth + 1
    return obj.class_name


def context_label(context) -> str:
    info = context.scope_info
    if info.scope_type == "function" and info.function_name:
        return f"Context({info.function_name})"
    if info.scope_type == "function":
        return "Context(anonymous)"
    return info.scope_type.capitalize()


class _ScriptContext:
    """Stands for V8's script context: the Global Environment's declarative record."""
    __slots__ = ("realm",)

    def __init__(self, realm):
        self.realm = realm


class _Roots:
    """A synthetic root group: ``entries`` are (edge type, name, thing)."""
    __slots__ = ("name", "entries")

    def __init__(self, name, entries):
        self.name = name
        self.entries = entries


class HeapGraph:
    """Nodes in discovery order (node 0 is the synthetic root, node 1 ``(GC roots)``)."""

    def __init__(self):
        self.nodes: list[Node] = []
        self._index: dict = {}           # id(thing) -> Node
        self._script_contexts: dict = {}  # id(realm) -> _ScriptContext
        self._queue: deque = deque()
        self.main_realm = None

    # -- building --------------------------------------------------------------------------
    @classmethod
    def build(cls, host) -> "HeapGraph":
        graph = cls()
        graph._build(host)
        return graph

    def _new_node(self, type_, name, size, obj, label=None) -> Node:
        node = Node(type_, name, 2 * len(self.nodes) + 1, size, obj, label)
        self.nodes.append(node)
        return node

    def _build(self, host):
        root = self._new_node("synthetic", "", 0, None)
        gc_roots = self._new_node("synthetic", "(GC roots)", 0, None)
        root.edges.append(("element", 1, gc_roots))
        agent = host.agent
        self.main_realm = host.realm
        realms = [host.realm]
        groups = [
            _Roots("(Global objects)", [("internal", "global", r.global_object) for r in realms]),
            _Roots("(Script contexts)", [("internal", "script", self.script_context(r))
                                         for r in realms]),
            _Roots("(Native contexts)", [("internal", "realm", r) for r in realms]),
            _Roots("(Stack roots)", [("internal", _frame_name(f), f)
                                     for f in _stack(host.interpreter)]),
            _Roots("(Microtask queue)", [("internal", "job", job) for job, _ in agent.jobs]),
            _Roots("(KeptAlive)", [("internal", "kept", v) for v in agent.kept_alive]),
            _Roots("(Timers)", [("internal", f"timer {tid}", entry)
                                for tid, entry in sorted(_timers(host).items())]),
            _Roots("(Module map)", [("internal", "modules", agent.modules)]),
        ]
        for group in groups:
            node = self._new_node("synthetic", group.name, 0, group)
            gc_roots.edges.append(("element", len(gc_roots.edges) + 1, node))
            for etype, name, thing in group.entries:
                child = self.node_for(thing)
                if child is not None:
                    node.edges.append((etype, name, child))
        for i, realm in enumerate(realms):   # V8: root --shortcut--> the global object
            root.edges.append(("shortcut", str(i + 2), self.node_for(realm.global_object)))
        global_node = self.node_for(realms[0].global_object)
        global_node.label = global_node.name = "global"   # V8 names the global object so
        self.node_for(self.script_context(realms[0])).label = "Script"
        queue = self._queue
        while queue:
            node = queue.popleft()
            for etype, name, thing in self._references(node.obj):
                child = self.node_for(thing)
                if child is not None:
                    node.edges.append((etype, name, child))

    def script_context(self, realm):
        sc = self._script_contexts.get(id(realm))
        if sc is None:
            sc = self._script_contexts[id(realm)] = _ScriptContext(realm)
        return sc

    def node_for(self, thing) -> Node | None:
        """The node of ``thing`` (created and queued on first sight), or None for what is not
        on the JS heap (Python ints, None, host streams, ...)."""
        if thing is None or thing.__class__ is int:
            return None
        node = self._index.get(id(thing))
        if node is not None:
            return node
        described = self._describe(thing)
        if described is None:
            return None
        type_, name, size, walk = described
        node = self._new_node(type_, name, size, thing)
        self._index[id(thing)] = node
        if walk:
            self._queue.append(node)
        return node

    # -- what a thing is ---------------------------------------------------------------------
    def _describe(self, thing):
        """(node type, name, self size, walk its references?) or None."""
        c = thing.__class__
        if c is str:
            return "string", thing[:_MAX_NAME], sys.getsizeof(thing), False
        if c is float:
            return "number", "heap number", sys.getsizeof(thing), False
        if _is_oddball(thing):
            return "hidden", "system / Oddball", 16, False
        if c is JSSymbol:
            return "symbol", "symbol", sys.getsizeof(thing), False
        if c is JSBigInt:
            return "bigint", "bigint", sys.getsizeof(thing.value), False
        if isinstance(thing, JSFunctionBase):
            return "closure", function_name(thing), _object_size(thing), True
        if isinstance(thing, JSObject):
            return "object", constructor_name(thing), _object_size(thing), True
        if c is Context or c is _ScriptContext:
            size = sys.getsizeof(thing) + (sys.getsizeof(thing.slots) if c is Context else 0)
            return "object", "system / Context", size, True
        if c is Realm:
            return "hidden", "system / NativeContext", sys.getsizeof(thing), True
        if c is Frame:
            return "hidden", f"system / Frame {_frame_name(thing)}", \
                sys.getsizeof(thing) + sys.getsizeof(thing.regs), True
        if c is Accessor:
            return "hidden", "system / AccessorPair", sys.getsizeof(thing), True
        if c is _Roots:
            return "synthetic", thing.name, 0, True
        if c in (list, tuple, deque, set, frozenset, dict):
            return "array", f"system / {c.__name__}", sys.getsizeof(thing), True
        if c is weakref.ref or isinstance(thing, (weakref.WeakKeyDictionary, weakref.WeakSet)):
            return "hidden", "system / WeakCell", sys.getsizeof(thing), True
        if c is types.FunctionType:
            if thing.__closure__ is None:
                return None
            return "code", f"system / NativeClosure {thing.__qualname__}", \
                sys.getsizeof(thing), True
        if c is types.MethodType:
            return "code", f"system / NativeMethod {thing.__qualname__}", \
                sys.getsizeof(thing), True
        module = c.__module__ or ""
        if not module.startswith("scopejs."):
            return None
        if module.startswith(_LEAF_PACKAGES):
            name = getattr(thing, "name", None)   # SharedFunctionInfo and friends
            label = c.__name__ if not isinstance(name, str) or not name else name
            return "code", f"system / {c.__name__}" if label == c.__name__ else label, \
                sys.getsizeof(thing), False
        return "hidden", f"system / {c.__name__}", sys.getsizeof(thing), True

    # -- what a thing references ---------------------------------------------------------------
    def _references(self, thing):
        """(edge type, name or index, referenced thing) of a walked node's thing."""
        c = thing.__class__
        if isinstance(thing, JSObject):
            yield from _object_references(thing, self)
        elif c is Context:
            names = thing.scope_info.names
            for i, value in enumerate(thing.slots):
                yield "context", names[i] if i < len(names) else f"slot {i}", value
            yield "internal", "scope_info", thing.scope_info
            previous = thing.previous
            # The outermost function/block context's outer scope is the script scope (of the
            # main realm: a Context does not record its realm).
            yield "internal", "previous", previous if previous is not None else \
                self.script_context(self.main_realm)
        elif c is _ScriptContext:
            env: GlobalEnvironment = thing.realm.global_env
            for name, value in env.lexical.items():
                yield "context", name, value
            yield "internal", "previous", thing.realm
        elif c is Realm:
            yield "internal", "global_object", thing.global_object
            yield "internal", "script_context", self.script_context(thing)
            for key, value in thing.intrinsics.items():
                yield "internal", key, value
            yield "internal", "template_map", thing.template_map
        elif c is Frame:
            yield from _frame_references(thing)
        elif c is Accessor:
            yield "internal", "getter", thing.get
            yield "internal", "setter", thing.set
        elif c is _Roots:
            yield from thing.entries
        elif c is dict:
            for i, (key, value) in enumerate(thing.items()):
                if key.__class__ is str:
                    yield "internal", key, value
                else:
                    yield "internal", f"key {i}", key
                    yield "internal", f"value {i}", value
        elif c in (list, tuple, deque, set, frozenset):
            for i, value in enumerate(thing):
                yield "element", i, value
        elif c is weakref.ref:
            yield "weak", "target", thing()
        elif isinstance(thing, weakref.WeakKeyDictionary):
            for i, (key, value) in enumerate(list(thing.items())):
                yield "weak", f"key {i}", key
                yield "internal", f"value {i}", value   # an ephemeron: kept while key lives
        elif isinstance(thing, weakref.WeakSet):
            for i, value in enumerate(list(thing)):
                yield "weak", f"key {i}", value
        elif c is types.FunctionType:
            yield from _closure_cells(thing)
        elif c is types.MethodType:
            yield "internal", "self", thing.__self__
        else:
            for name in _slot_names(c):
                try:
                    value = object.__getattribute__(thing, name)
                except AttributeError:   # an unset slot
                    continue
                if not _is_oddball(value):
                    yield "internal", name, value
            if hasattr(thing, "__dict__"):   # engine records without __slots__ (modules, host)
                for name, value in vars(thing).items():
                    if not _is_oddball(value):
                        yield "internal", name, value

    # -- output --------------------------------------------------------------------------------
    def to_json(self) -> dict:
        strings: list[str] = []
        string_index: dict = {}

        def intern(text):
            i = string_index.get(text)
            if i is None:
                i = string_index[text] = len(strings)
                strings.append(text)
            return i

        position = {id(node): i * len(NODE_FIELDS) for i, node in enumerate(self.nodes)}
        nodes, edges = [], []
        node_type = {t: i for i, t in enumerate(NODE_TYPES)}
        edge_type = {t: i for i, t in enumerate(EDGE_TYPES)}
        for node in self.nodes:
            nodes.extend((node_type[node.type], intern(node.name), node.id, node.self_size,
                          len(node.edges), 0, 0))
            for etype, name, target in node.edges:
                name_or_index = name if etype in ("element", "hidden") else intern(str(name))
                edges.extend((edge_type[etype], name_or_index, position[id(target)]))
        return {
            "snapshot": {"meta": META, "node_count": len(self.nodes),
                         "edge_count": len(edges) // len(EDGE_FIELDS), "trace_function_count": 0},
            "nodes": nodes, "edges": edges, "trace_function_infos": [], "trace_tree": [],
            "samples": [], "locations": [], "strings": strings,
        }


def _object_size(obj) -> int:
    size = sys.getsizeof(obj) + sys.getsizeof(_own_props(obj))
    if isinstance(obj, JSArray):
        size += sys.getsizeof(obj.elements)
    return size


def _object_references(obj, graph):
    props = _own_props(obj)
    for key, value in props.items():
        name = key if key.__class__ is str else key.descriptive_string()
        if value.__class__ is Accessor:
            yield "property", name, value
        elif key.__class__ is str and key.isdigit() and (key == "0" or key[0] != "0"):
            yield "element", int(key), value
        else:
            yield "property", name, value
    if isinstance(obj, JSArray) and obj.elements is not None:
        for i, value in enumerate(obj.elements):
            if value is not HOLE:
                yield "element", i, value
    yield "property", "__proto__", obj.proto
    if isinstance(obj, ECMAScriptFunction):
        env = obj.environment
        yield "internal", "context", env if env is not None else graph.script_context(obj.realm)
        yield "internal", "shared", obj.sfi
    skip = {"proto", "extensible", "props", "flags", "_props", "_flags", "environment", "sfi",
            "realm", "elements", "behavior", "nparams", "varargs", "is_constructor", "kind",
            "strict", "this_mode", "constructor_kind", "is_class_constructor", "sparse_length",
            "length_writable"}
    for name in _slot_names(obj.__class__):
        if name in skip:
            continue
        try:
            value = object.__getattribute__(obj, name)
        except AttributeError:   # an unset slot
            continue
        if not _is_oddball(value):   # an unused internal slot (home_object undefined, ...)
            yield "internal", name, value
    if isinstance(obj, BuiltinFunction):
        behavior = obj.behavior
        if behavior.__class__ is types.FunctionType:
            yield from _closure_cells(behavior)
        elif behavior.__class__ is types.MethodType:
            yield "internal", "self", behavior.__self__


def _is_oddball(value) -> bool:
    return value.__class__ is bool or any(value is o for o in _ODDBALLS)


def _closure_cells(fn):
    """A Python closure's captured values, named after the captured variables."""
    cells = fn.__closure__ or ()
    for name, cell in zip(fn.__code__.co_freevars, cells):
        try:
            value = cell.cell_contents
        except ValueError:   # an empty cell
            continue
        yield "internal", name, value


def _stack(interp):
    from scopejs.interpreter.stack import js_frames
    return [f for f, _pc, _from_python in js_frames()]


def _frame_name(frame) -> str:
    sfi = frame.bytecode.sfi
    kind = sfi.kind.value
    if kind in ("script", "module", "eval"):
        return f"({kind})"
    return sfi.name or "(anonymous)"


def _frame_references(frame):
    regs = frame.regs
    yield "internal", "closure", regs[0]
    yield "internal", "this", regs[2]
    params = frame.bytecode.parameter_count
    for i, value in enumerate(regs[3:]):
        yield "internal", (f"a{i}" if i < params else f"r{i - params}"), value
    yield "internal", "accumulator", frame.acc
    yield "internal", "context", frame.context if frame.context is not None else None
    yield "internal", "arguments", frame.arguments
    yield "internal", "generator", frame.generator


def _timers(host) -> dict:
    timers = host.__dict__.get("timers")   # installed by the host's timer globals, if any
    return dict(timers.pending) if timers is not None else {}


def write_heap_snapshot(host, path) -> str:
    """Write a ``.heapsnapshot`` of the host's heap to ``path``; return the path."""
    data = HeapGraph.build(host).to_json()
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, separators=(",", ":"), ensure_ascii=True)
    return path
