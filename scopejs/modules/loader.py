"""16.2 ES modules loaded from files: loading, linking (16.2.1.7.3.1 InitializeEnvironment) and
evaluation of a module graph, and what running module code asks of it (module variables,
import.meta, import()).

The interpreter reaches this through ``agent.modules`` (a ModuleSystem installed by the host),
so it never imports this layer.  Simplifications (documented): modules are evaluated
synchronously in DFS post-order (cycles are handled by the "evaluating" mark, so a cycle sees
TDZ holes exactly as the spec's InnerModuleEvaluation does); top-level await runs the module
body as its compiled form does.
"""
from __future__ import annotations

import os

from scopejs.modules.records import (
    ModuleRecord, _collect_entries, get_namespace, namespace_cell,
)
from scopejs.runtime.completion import throw_error, throw_reference_error, throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import HOLE, NULL, UNDEFINED
from scopejs.source.text import from_code_units


def detect_format(path):
    """node 20's syntax detection for a .js file with no "type": ES module when it does not
    parse as a script (CommonJS body) but parses as a module; else CommonJS."""
    from scopejs.errors import JSSyntaxError
    from scopejs.parsing.parser import parse
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        text = fh.read()
    from scopejs.modules.commonjs import wrap_source
    try:
        parse(wrap_source(text, path), module=False, lazy=True, name=path)
        return "commonjs"
    except JSSyntaxError:
        pass
    try:
        parse(text, module=True, lazy=True, name=path)
        return "esm"
    except JSSyntaxError:
        return "commonjs"

def _require_resolution(resolution, request, name):
    """A ResolveExport result that must be one binding; else the SyntaxError V8 throws."""
    if resolution is None:
        throw_error("SyntaxError", f"The requested module '{request}' does not provide an "
                    f"export named '{name}'")
    if resolution == "ambiguous":
        throw_error("SyntaxError", f"The requested module '{request}' contains conflicting "
                    f"star exports for name '{name}'")
    return resolution


class ModuleLoader:
    """One Engine's module map (path -> ModuleRecord) and the operations running code needs;
    installed as ``agent.modules`` by the host."""

    def __init__(self, host):
        self.host = host
        self.records: dict = {}
        self.by_source: dict = {}    # id(SourceText) -> ModuleRecord of the code running it
        self.root = None
        self.builtins = None     # node host: core modules (scopejs.host.node.NodeBuiltins)
        self.commonjs = None     # node host: the CommonJS loader

    def load(self, path, text=None):
        """The record of the module file at ``path`` (parsed, its requests loaded); ``text``
        given: that source instead of the file's (-e with --module)."""
        path = os.path.abspath(path)
        record = self.records.get(path)
        if record is not None:
            return record
        from scopejs.bytecode.compiler import compile_module
        if text is None:
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
            except OSError as exc:
                throw_error("Error", f"Cannot find module '{path}': {exc.strerror}")
        from scopejs.parsing.parser import parse
        program = parse(text, module=True, lazy=self.host.engine.lazy,
                        name=os.path.relpath(path) if not path.startswith("/tmp") else path)
        sfi = compile_module(program)
        if self.host.interpreter.on_compile is not None:
            self.host.interpreter.on_compile(sfi)
        record = ModuleRecord(self.host, path, program, sfi)
        self.records[path] = record
        source = sfi.source or program.source
        record.source = source
        self.by_source[id(source)] = record
        _collect_entries(record, program)
        for req in record.requests:
            record.resolved_requests[req] = self.load_request(req, path)
        return record

    def load_request(self, specifier, referrer):
        """HostLoadImportedModule: resolve as node does (scopejs.modules.resolution), then an
        ES module record, or a synthetic record for CommonJS, JSON and core modules."""
        from scopejs.modules.resolution import ModuleNotFound, module_format, resolve_import
        builtins = self.builtins
        try:
            target = resolve_import(specifier, referrer,
                                    builtins.has if builtins is not None else lambda n: False)
        except ModuleNotFound as exc:
            from scopejs.modules.commonjs import module_not_found
            module_not_found(self.host.realm, exc.message, exc.code)
        if target.startswith("node:"):
            return self.synthetic(target, lambda: builtins.load(target[5:], self.commonjs))
        fmt = module_format(target)
        if fmt is None and self.commonjs is not None:
            fmt = detect_format(target)
        if fmt in ("commonjs", "json") and self.commonjs is not None:
            cjs = self.commonjs
            return self.synthetic(target, lambda: cjs.load(target).Get("exports", None))
        return self.load(target)

    def synthetic(self, key, evaluate):
        """A module record whose exports are a CommonJS value: `default` is the value, its own
        enumerable string keys are named exports (node finds names with cjs-module-lexer;
        scopejs evaluates the CommonJS module when the importing graph loads and reads them)."""
        record = self.records.get(key)
        if record is not None:
            return record
        value = evaluate()
        record = ModuleRecord(self.host, key, None, None)
        record.synthetic = True
        record.status = "evaluated"
        self.records[key] = record
        names = []
        if isinstance(value, JSObject):
            for k in value.OwnPropertyKeys():
                if k.__class__ is str and k != "default":
                    desc = value.GetOwnProperty(k)
                    if desc is not None and desc.enumerable:
                        names.append(k)
        for name in names:
            record.local_exports[name] = name
            record.cell(name).value = value.Get(name, value)
        record.local_exports["default"] = "*default*"
        record.cell("*default*").value = value
        return record

    def link(self, record, seen=None):
        seen = seen if seen is not None else set()
        if id(record) in seen:
            return
        seen.add(id(record))
        if record.synthetic:
            return
        for dep in record.resolved_requests.values():
            self.link(dep, seen)
        self.instantiate(record)
        # 16.2.1.7.3.1 InitializeEnvironment steps 1 and 7: every indirect export and every
        # named import must resolve to exactly one binding.
        for exported, (req, name) in record.indirect_exports.items():
            if name is not None:
                _require_resolution(record.resolve_export(exported), req, name)
        for local, (req, name) in record.imports.items():
            if name is not None:
                _require_resolution(record.resolved_requests[req].resolve_export(name), req, name)

    _PROLOGUE = None

    def instantiate(self, record):
        """16.2.1.7.3.1 InitializeEnvironment: hoisted function declarations exist before any
        module of the graph evaluates (cycles see them).  Runs the module code's prologue
        (contexts + CreateClosure/Sta*) now; evaluation resumes the same frame after it."""
        if getattr(record, "frame", None) is not None:
            return
        from scopejs.bytecode.opcodes import Op
        if ModuleLoader._PROLOGUE is None:
            ModuleLoader._PROLOGUE = frozenset({
                Op.CreateClosure, Op.StaModuleVariable, Op.Star, Op.CreateFunctionContext,
                Op.PushContext, Op.StaCurrentContextSlot})
        bc = record.sfi.bytecode
        is_async = any(op is Op.SuspendGenerator for op, _ in bc.instructions)
        frame = self.host.toplevel_frame(record.sfi, self.host.realm, None, UNDEFINED, is_async)
        record.frame = frame
        record.is_async = is_async
        instructions = bc.instructions
        i = 0
        while i < len(instructions) and instructions[i][0] in ModuleLoader._PROLOGUE:
            op = instructions[i][0]
            if op is Op.Star and (i == 0 or instructions[i - 1][0] is not Op.CreateClosure):
                break
            frame.code[i](frame)
            i += 1
        frame.pc = i

    def evaluate(self, record):
        if record.synthetic:
            return UNDEFINED
        if record.status in ("evaluating", "evaluated"):
            if record.error is not None:
                raise record.error
            return UNDEFINED
        record.status = "evaluating"
        try:
            for dep in record.resolved_requests.values():
                self.evaluate(dep)
            self.instantiate(record)
            is_async = record.is_async
            frame = record.frame
            top = self.host.interpreter.top
            frame.parent = top
            frame.depth = top.depth + 1 if top is not None else 1
            result = self.host.interpreter.run(frame)
            if is_async and record is not self.root:
                # a dependency with top-level await: let it settle before its importers run
                self.host.run_jobs()
                if getattr(result, "promise_state", None) == "rejected":
                    from scopejs.runtime.completion import ThrowCompletion
                    raise ThrowCompletion(result.promise_result)
        except BaseException as exc:
            record.error = exc
            record.status = "evaluated"
            raise
        record.status = "evaluated"
        return UNDEFINED

    # -- what running module code asks (reached through agent.modules) ------------------------
    def record_of(self, frame):
        record = self.by_source.get(id(frame.bytecode.sfi.source))
        if record is None:
            throw_type_error("module variable accessed outside a module")
        return record

    def cell_for(self, frame, binding):
        record = self.record_of(frame)
        key = (binding.name, binding.module_request, binding.import_name)
        cell = record.binding_cache.get(key)
        if cell is None:
            if binding.module_request is None:
                cell = record.cell(binding.name)
            else:
                target = record.resolved_requests[binding.module_request]
                if binding.import_name is None:
                    cell = namespace_cell(target)
                else:
                    cell = _require_resolution(target.resolve_export(binding.import_name),
                                               binding.module_request, binding.import_name)
            record.binding_cache[key] = cell
        return cell

    def load_variable(self, frame, binding):
        v = self.cell_for(frame, binding).value
        if v is HOLE:
            throw_reference_error(f"Cannot access '{binding.name}' before initialization")
        return v

    def store_variable(self, frame, binding, value):
        self.cell_for(frame, binding).value = value

    def namespace(self, frame, request):
        return get_namespace(self.record_of(frame).resolved_requests[request])

    def import_meta(self, frame):
        record = self.record_of(frame)
        meta = getattr(record, "meta", None)
        if meta is None:
            meta = JSObject(NULL)
            meta.define_own_value("dirname", os.path.dirname(record.path))
            meta.define_own_value("filename", record.path)
            meta.define_own_value("url", "file://" + record.path)
            record.meta = meta
        return meta

    def dynamic_import(self, frame, referrer, specifier):
        """import(specifier): a promise for the namespace (loaded and evaluated now; settled
        via the job queue like node)."""
        from scopejs.runtime.abstract_ops import promise_operations as ops
        from scopejs.runtime.abstract_ops.type_conversion import ToString
        from scopejs.runtime.completion import ThrowCompletion
        realm = frame.realm
        cap = ops.NewPromiseCapability(realm.intrinsics["%Promise%"])
        try:
            spec = ToString(specifier)
            source = frame.bytecode.sfi.source
            record = self.by_source.get(id(source))
            if record is not None:
                base = record.path
            else:   # a script: resolve relative to the script's file name
                name = getattr(source, "name", "") or ""
                base = os.path.abspath(name) if name and not name.startswith("<") and \
                    name != "[eval]" else os.path.join(os.getcwd(), "x.js")
            record = self.load_request(from_code_units(spec), base)
            self.link(record)
            self.evaluate(record)
            cap.resolve.Call(UNDEFINED, [get_namespace(record)])
        except ThrowCompletion as exc:
            cap.reject.Call(UNDEFINED, [exc.value])
        return cap.promise

    def run_source(self, text, path):
        """Run ``text`` as the entry module named ``path`` (no file is written)."""
        self.host.agent.activate()
        record = self.load(path, text)
        self.root = record
        self.link(record)
        return self.evaluate(record)

    def run_file(self, path):
        """Load, link and evaluate the module graph rooted at ``path`` (the CLI's entry)."""
        self.host.agent.activate()
        record = self.load(path)
        self.root = record
        self.link(record)
        return self.evaluate(record)
