"""16.2 ES modules loaded from files: Source Text Module Records, linking, evaluation.

A module's top-level bindings that are exported or imported are ``Cell``s (live bindings): the
exporting module writes the cell, importers read the same cell.  LdaModuleVariable /
StaModuleVariable find the module record of the running code from its SourceText.

Simplifications (documented): modules are evaluated synchronously in DFS post-order (cycles
are handled by the "evaluating" mark, so a cycle sees TDZ holes exactly as the spec's
InnerModuleEvaluation does); top-level await runs the module body as its compiled form does.
"""
from __future__ import annotations

import os

from scopejs.runtime.completion import throw_error, throw_reference_error, throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import HOLE, NULL, UNDEFINED, SYMBOL_TO_STRING_TAG

_BY_SOURCE: dict = {}


class Cell:
    __slots__ = ("value", "name")

    def __init__(self, name, value=HOLE):
        self.name = name
        self.value = value


class ModuleRecord:
    def __init__(self, host, path, program, sfi):
        self.host = host
        self.path = path
        self.program = program
        self.sfi = sfi
        self.cells: dict = {}            # local name -> Cell
        self.local_exports: dict = {}    # export name -> local name
        self.indirect_exports: dict = {}  # export name -> (request, import name or None='*')
        self.star_exports: list = []     # requests
        self.imports: dict = {}          # local name -> (request, import name or None=namespace)
        self.requests: list = []
        self.resolved_requests: dict = {}  # request specifier -> ModuleRecord
        self.status = "new"
        self.namespace = None
        self.error = None
        self.binding_cache: dict = {}

    # 16.2.1.7.2.2 ResolveExport ( exportName [ , resolveSet ] )
    def resolve_export(self, name, resolve_set=None):
        resolve_set = resolve_set if resolve_set is not None else set()
        key = (id(self), name)
        if key in resolve_set:
            return None
        resolve_set.add(key)
        if name in self.local_exports:
            return self.cell(self.local_exports[name])
        if name in self.indirect_exports:
            request, import_name = self.indirect_exports[name]
            target = self.resolved_requests[request]
            if import_name is None:
                return namespace_cell(target)
            return target.resolve_export(import_name, resolve_set)
        if name == "default":
            return None
        star = None
        for request in self.star_exports:
            resolution = self.resolved_requests[request].resolve_export(name, resolve_set)
            if resolution == "ambiguous":
                return "ambiguous"
            if resolution is not None:
                if star is None:
                    star = resolution
                elif star is not resolution:
                    return "ambiguous"
        return star

    def exported_names(self, seen=None):
        seen = seen if seen is not None else set()
        if id(self) in seen:
            return []
        seen.add(id(self))
        names = list(self.local_exports) + list(self.indirect_exports)
        for request in self.star_exports:
            for n in self.resolved_requests[request].exported_names(seen):
                if n != "default" and n not in names:
                    names.append(n)
        return names

    def cell(self, local):
        c = self.cells.get(local)
        if c is None:
            c = self.cells[local] = Cell(local)
        return c


def namespace_cell(module):
    cell = getattr(module, "ns_cell", None)
    if cell is None:
        cell = module.ns_cell = NamespaceCell(module)
    return cell


class NamespaceCell:
    """A resolution to a whole module namespace (export * as ns / import * as ns)."""
    __slots__ = ("module",)

    def __init__(self, module):
        self.module = module

    @property
    def value(self):
        return get_namespace(self.module)


class ModuleNamespace(JSObject):
    """10.4.6 Module Namespace Exotic Objects (read-only view of live export cells)."""
    __slots__ = ("module", "names")
    class_name = "Module"
    plain_props = False

    def own_slot(self, key):
        from scopejs.runtime.objects.ordinary import MISSING
        if key.__class__ is str and key in self.names:
            cell = self.module.resolve_export(key)
            v = cell.value
            if v is HOLE:
                throw_reference_error(f"Cannot access '{key}' before initialization")
            return v
        return self.props.get(key, MISSING)

    def own_flags(self, key):
        if key.__class__ is str and key in self.names:
            return 3   # writable, enumerable, not configurable
        return 0

    def OwnPropertyKeys(self):  # noqa: N802
        return sorted(self.names) + [k for k in self.props if k.__class__ is not str]

    def Set(self, key, value, receiver):  # noqa: N802
        return False

    # 10.4.6.7 [[HasProperty]] ( P )
    def HasProperty(self, key):  # noqa: N802
        if key.__class__ is str:
            return key in self.names
        return key in self.props

    # 10.4.6.6 [[DefineOwnProperty]] ( P, Desc )
    def DefineOwnProperty(self, key, desc):  # noqa: N802
        if key.__class__ is not str:
            from scopejs.runtime.objects.ordinary import ordinary_define_own_property
            return ordinary_define_own_property(self, key, desc)
        current = self.GetOwnProperty(key)
        if current is None:
            return False
        if desc.configurable or desc.enumerable is False or desc.is_accessor() or \
                desc.writable is False:
            return False
        if desc.value is not None:
            from scopejs.runtime.values import SameValue
            return SameValue(desc.value, current.value)
        return True

    # 10.4.6.10 [[Delete]] ( P )
    def Delete(self, key):  # noqa: N802
        if key.__class__ is not str:
            return JSObject.Delete(self, key)
        return key not in self.names

    def SetPrototypeOf(self, value):  # noqa: N802
        return value is NULL

    def PreventExtensions(self):  # noqa: N802
        return True

    def IsExtensible(self):  # noqa: N802
        return False


def get_namespace(module):
    if module.namespace is None:
        ns = ModuleNamespace(NULL)
        ns.module = module
        ns.names = set(n for n in module.exported_names()
                       if module.resolve_export(n) not in (None, "ambiguous"))
        ns.define_own_value(SYMBOL_TO_STRING_TAG, "Module", 0)
        ns.extensible = False
        module.namespace = ns
    return module.namespace


def _string_of(node):
    return node.value if getattr(node, "type", None) == "Literal" else node.name


def _collect_entries(record, program):
    for stmt in program.body:
        t = stmt.type
        if t == "ImportDeclaration":
            req = stmt.source.value
            record.requests.append(req)
            for spec in stmt.specifiers:
                if spec.type == "ImportDefaultSpecifier":
                    record.imports[spec.local.name] = (req, "default")
                elif spec.type == "ImportNamespaceSpecifier":
                    record.imports[spec.local.name] = (req, None)
                else:
                    record.imports[spec.local.name] = (req, _string_of(spec.imported))
        elif t == "ExportNamedDeclaration":
            if stmt.source is not None:
                req = stmt.source.value
                record.requests.append(req)
                for spec in stmt.specifiers:
                    record.indirect_exports[_string_of(spec.exported)] = (
                        req, _string_of(spec.local))
            elif stmt.declaration is not None:
                for name in _declared_names(stmt.declaration):
                    record.local_exports[name] = name
            else:
                for spec in stmt.specifiers:
                    local = _string_of(spec.local)
                    exported = _string_of(spec.exported)
                    if local in record.imports:
                        req, imp = record.imports[local]
                        record.indirect_exports[exported] = (req, imp)
                    else:
                        record.local_exports[exported] = local
        elif t == "ExportDefaultDeclaration":
            decl = stmt.declaration
            local = "*default*"
            if decl.type in ("FunctionDeclaration", "ClassDeclaration") and decl.id is not None:
                local = decl.id.name
            record.local_exports["default"] = local
        elif t == "ExportAllDeclaration":
            req = stmt.source.value
            record.requests.append(req)
            if stmt.exported is not None:
                record.indirect_exports[_string_of(stmt.exported)] = (req, None)
            else:
                record.star_exports.append(req)


def _declared_names(decl):
    if decl.type == "VariableDeclaration":
        names = []
        for d in decl.declarations:
            names.extend(_pattern_names(d.id))
        return names
    if decl.id is not None:
        return [decl.id.name]
    return []


def _pattern_names(p):
    t = p.type
    if t == "Identifier":
        return [p.name]
    if t == "ObjectPattern":
        out = []
        for prop in p.properties:
            out.extend(_pattern_names(prop.argument if prop.type == "RestElement" else prop.value))
        return out
    if t == "ArrayPattern":
        out = []
        for el in p.elements:
            if el is not None:
                out.extend(_pattern_names(el))
        return out
    if t == "AssignmentPattern":
        return _pattern_names(p.left)
    if t == "RestElement":
        return _pattern_names(p.argument)
    return []


class ModuleLoader:
    def __init__(self, host):
        self.host = host
        self.records: dict = {}
        self.root = None

    def load(self, path):
        path = os.path.abspath(path)
        record = self.records.get(path)
        if record is not None:
            return record
        from scopejs.bytecode.compiler import compile_module
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
        source = getattr(sfi, "source", None) or getattr(program, "source", None)
        record.source = source
        _BY_SOURCE[id(source)] = record
        _collect_entries(record, program)
        for req in record.requests:
            target = os.path.join(os.path.dirname(path), req)
            record.resolved_requests[req] = self.load(target)
        return record

    def link(self, record, seen=None):
        seen = seen if seen is not None else set()
        if id(record) in seen:
            return
        seen.add(id(record))
        for dep in record.resolved_requests.values():
            self.link(dep, seen)
        self.instantiate(record)
        # 16.2.1.7.3.1 InitializeEnvironment step 1: indirect exports must resolve
        for exported, (req, name) in record.indirect_exports.items():
            if name is None:
                continue
            resolution = record.resolve_export(exported)
            if resolution is None or resolution == "ambiguous":
                throw_error("SyntaxError",
                            f"The requested module '{req}' does not provide an export named "
                            f"'{name}'" if resolution is None else
                            f"The requested module '{req}' contains conflicting star exports "
                            f"for name '{name}'")
        for local, (req, name) in record.imports.items():
            target = record.resolved_requests[req]
            if name is None:
                continue
            resolution = target.resolve_export(name)
            if resolution is None or resolution == "ambiguous":
                throw_error("SyntaxError",
                            f"The requested module '{req}' does not provide an export named "
                            f"'{name}'" if resolution is None else
                            f"The requested module '{req}' contains conflicting star exports "
                            f"for name '{name}'")

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


def _loader(host):
    loader = getattr(host, "module_loader", None)
    if loader is None:
        loader = host.module_loader = ModuleLoader(host)
    return loader


def run_module_file(host, path):
    host.agent.activate()
    loader = _loader(host)
    record = loader.load(path)
    loader.root = record
    loader.link(record)
    return loader.evaluate(record)


def _record_of(frame):
    record = _BY_SOURCE.get(id(getattr(frame.bytecode.sfi, "source", None)))
    if record is None:
        throw_type_error("module variable accessed outside a module")
    return record


def _cell_for(frame, binding):
    record = _record_of(frame)
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
                cell = target.resolve_export(binding.import_name)
                if cell is None or cell == "ambiguous":
                    throw_error("SyntaxError", f"The requested module '{binding.module_request}'"
                                f" does not provide an export named '{binding.import_name}'")
        record.binding_cache[key] = cell
    return cell


def load_module_variable(frame, binding):
    v = _cell_for(frame, binding).value
    if v is HOLE:
        throw_reference_error(f"Cannot access '{binding.name}' before initialization")
    return v


def store_module_variable(frame, binding, value):
    _cell_for(frame, binding).value = value


def module_namespace(frame, request):
    record = _record_of(frame)
    return get_namespace(record.resolved_requests[request])


def import_meta(frame):
    record = _record_of(frame)
    meta = getattr(record, "meta", None)
    if meta is None:
        meta = JSObject(NULL)
        meta.define_own_value("url", "file://" + record.path)
        record.meta = meta
    return meta


def dynamic_import(frame, referrer, specifier):
    """import(specifier): a promise for the namespace (loaded and evaluated now; settled via
    the job queue like node)."""
    from scopejs.runtime.abstract_ops import promise_operations as ops
    from scopejs.runtime.abstract_ops.type_conversion import ToString
    from scopejs.runtime.completion import ThrowCompletion
    realm = frame.realm
    cap = ops.NewPromiseCapability(realm.intrinsics["%Promise%"])
    try:
        spec = ToString(specifier)
        record = _BY_SOURCE.get(id(getattr(frame.bytecode.sfi, "source", None)))
        if record is not None:
            base = record.path
        else:   # a script: resolve relative to the script's file name
            name = getattr(getattr(frame.bytecode.sfi, "source", None), "name", "") or ""
            base = os.path.abspath(name) if name and not name.startswith("<") and \
                name != "[eval]" else os.path.join(os.getcwd(), "x.js")
        host = realm.agent.evaluator.host
        loader = _loader(host)
        record = loader.load(os.path.join(os.path.dirname(base), spec))
        loader.link(record)
        loader.evaluate(record)
        cap.resolve.Call(UNDEFINED, [get_namespace(record)])
    except ThrowCompletion as exc:
        cap.reject.Call(UNDEFINED, [exc.value])
    return cap.promise
