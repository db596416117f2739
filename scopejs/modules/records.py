"""16.2.1.7 Source Text Module Records: entries, live-binding cells, export resolution and the
module namespace exotic object (10.4.6).  Loading, linking and evaluation: loader.py.

A module's top-level bindings that are exported or imported are ``Cell``s (live bindings): the
exporting module writes the cell, importers read the same cell.  LdaModuleVariable /
StaModuleVariable find the module record of the running code from its SourceText.

Simplifications (documented): modules are evaluated synchronously in DFS post-order (cycles
are handled by the "evaluating" mark, so a cycle sees TDZ holes exactly as the spec's
InnerModuleEvaluation does); top-level await runs the module body as its compiled form does.
"""
from __future__ import annotations

from scopejs.parsing.static_semantics import bound_names, module_request
from scopejs.runtime.completion import throw_reference_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import HOLE, NULL, UNDEFINED, SYMBOL_TO_STRING_TAG

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
        self.synthetic = False           # CommonJS/JSON/core module seen from ES modules
        self.commonjs = False            # a CommonJS module (node's messages about named exports)

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
            req = module_request(stmt)
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
                req = module_request(stmt)
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
            req = module_request(stmt)
            record.requests.append(req)
            if stmt.exported is not None:
                record.indirect_exports[_string_of(stmt.exported)] = (req, None)
            else:
                record.star_exports.append(req)


def _declared_names(decl):
    if decl.type == "VariableDeclaration":
        names = []
        for d in decl.declarations:
            bound_names(d.id, names)
        return names
    if decl.id is not None:
        return [decl.id.name]
    return []
