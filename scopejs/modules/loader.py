"""16.2 ES modules: loading, linking (16.2.1.7.3.1 InitializeEnvironment) and evaluation of a
module graph, and what running module code asks of it (module variables, import.meta, import()).

Where module text comes from is the host's decision (16.2.1.10 HostLoadImportedModule), made by a
*host loader* with two methods (the interface every loader implements):

    resolve(specifier: str, referrer: str | None) -> str    # a key naming the module
    load(key: str) -> ModuleSource                          # its text and kind

Either may raise ModuleLoadError, whose message is shown to JS as is (so it must not reveal
anything the host wants to keep).  Any other exception is reported to JS as
"Cannot find module '<specifier>'" with nothing from the host.  A loader may also have

    validate(key: str, source: ModuleSource, type: str | None) -> None

which checks the import's `type` attribute against the module's format (node's
ERR_IMPORT_ASSERTION_* errors) by raising ModuleLoadError.  Whatever the loader, an import
`with { type: 'json' }` makes a JSON module of the text (ParseJSONModule); the module map is
keyed by (key, type), so one file imported as JSON and as JavaScript is two modules.
Loaders here:

- DenyLoader: the default of an embedded Engine; every import fails (no file system access).
- FileLoader(root): files under ``root`` only; a path outside it (``..``, absolute paths,
  symlinks) fails with the same message as a missing file.
- CallableLoader(fn): ``fn(specifier, referrer) -> str | ModuleSource``, the Engine's
  ``module_loader=callable`` form.
- the CLI plugs node's resolution in (scopejs.host) as one more loader.

The interpreter reaches this through ``agent.modules`` (a ModuleLoader installed by the host),
so it never imports this layer.  Simplifications (documented): modules are evaluated
synchronously in DFS post-order (cycles are handled by the "evaluating" mark, so a cycle sees
TDZ holes exactly as the spec's InnerModuleEvaluation does); top-level await runs the module
body as its compiled form does.
"""
from __future__ import annotations

import os
from typing import NamedTuple

from scopejs.errors import JSSyntaxError, ModuleLoadError
from scopejs.modules.records import (
    ModuleRecord, _collect_entries, get_namespace, namespace_cell,
)
from scopejs.parsing.static_semantics import ModuleRequest
from scopejs.runtime.completion import (
    ThrowCompletion, throw_error, throw_reference_error, throw_type_error,
)
from scopejs.runtime import execution
from scopejs.runtime.error_stack import throw_early_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import HOLE, NULL, UNDEFINED

# HostGetSupportedImportAttributes (ES2025): the attribute keys this host understands.
SUPPORTED_IMPORT_ATTRIBUTES = ("type",)


def unsupported_import_attribute(attributes):
    """AllImportAttributesSupported ( attributes ), negated: the first (key, value) pair whose
    key the host does not support, or None when all are supported."""
    for key, value in attributes:
        if key not in SUPPORTED_IMPORT_ATTRIBUTES:
            return key, value
    return None


def unsupported_attribute_message(key, value) -> str:
    """node's words for an attribute key it does not know (ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)."""
    return f'Import attribute "{key}" with value "{value}" is not supported'


def throw_load_error(exc: ModuleLoadError):
    """A host loader's refusal as a JS error of its kind, with node's ``code`` if it has one."""
    error = execution.current_realm().new_error(exc.kind, str(exc))
    if exc.code is not None:
        error.define_own_value("code", exc.code)
    raise ThrowCompletion(error)



class ModuleSource(NamedTuple):
    """What a host loader's ``load`` returns: the module's text, its kind ("module" for an ES
    module; other kinds, e.g. "commonjs" or "json", are for loaders that handle them) and the
    name shown in stack traces (default: the key)."""
    text: str
    kind: str = "module"
    name: str | None = None


def not_found(specifier) -> ModuleLoadError:
    """The one message of a refused import: names only what JS asked for."""
    return ModuleLoadError(f"Cannot find module '{specifier}'")


class DenyLoader:
    """The embedded default: no module can be imported (no file system, no network)."""

    def resolve(self, specifier, referrer):
        raise not_found(specifier)

    def load(self, key):
        raise not_found(key)


class CallableLoader:
    """``fn(specifier, referrer) -> str | ModuleSource``; the key is the specifier, so a module
    imported twice (from anywhere) is one module."""

    def __init__(self, fn):
        self.fn = fn
        self.pending: dict = {}

    def resolve(self, specifier, referrer):
        if specifier not in self.pending:
            self.pending[specifier] = self.fn(specifier, referrer)
        return specifier

    def load(self, key):
        result = self.pending.pop(key) if key in self.pending else self.fn(key, None)
        if isinstance(result, ModuleSource):
            return result
        if isinstance(result, str):
            return ModuleSource(result, "module", key)
        raise not_found(key)


class FileLoader:
    """Module files under ``root`` (a directory).  Specifiers are paths: relative ones resolve
    against the importing module's directory (or ``root`` for code that is not a module file),
    absolute ones against ``root``.  Anything resolving outside ``root`` (after following
    symlinks), a bare specifier, and a missing or unreadable file fail alike."""

    def __init__(self, root):
        self.root = os.path.realpath(root)

    def _inside(self, path) -> bool:
        return path == self.root or path.startswith(self.root.rstrip(os.sep) + os.sep)

    def resolve(self, specifier, referrer):
        if not (specifier.startswith("./") or specifier.startswith("../")
                or specifier.startswith("/")) or "\0" in specifier:
            raise not_found(specifier)
        if specifier.startswith("/"):
            path = os.path.join(self.root, specifier.lstrip("/"))
        else:
            base = referrer if referrer and self._inside(referrer) else \
                os.path.join(self.root, "x.js")
            path = os.path.join(os.path.dirname(base), specifier)
        path = os.path.realpath(path)
        if not self._inside(path) or not os.path.isfile(path):
            raise not_found(specifier)
        return path

    def load(self, key):
        if not self._inside(os.path.realpath(key)):
            raise not_found(key)
        try:
            with open(key, encoding="utf-8", errors="surrogateescape") as fh:
                text = fh.read()
        except OSError:
            raise not_found(key) from None
        return ModuleSource(text, "module", key)


class PathLoader:
    """The CLI's loader until node's resolution is plugged in: any file path, relative to the
    importing module (or the script's file, or the working directory); node's message."""

    def resolve(self, specifier, referrer):
        base = referrer if referrer else os.path.join(os.getcwd(), "x.js")
        return os.path.abspath(os.path.join(os.path.dirname(base), specifier))

    def load(self, key):
        try:
            with open(key, encoding="utf-8") as fh:
                text = fh.read()
        except OSError as exc:
            raise ModuleLoadError(f"Cannot find module '{key}': {exc.strerror}") from None
        name = os.path.relpath(key) if not key.startswith("/tmp") else key
        return ModuleSource(text, "module", name)


def import_call_attributes(options) -> tuple:
    """EvaluateImportCall steps 7-9: the import attributes of ``options`` (the second argument
    of import(), undefined when absent), validated, sorted by key.  V8's messages."""
    from scopejs.runtime.abstract_ops.object_operations import EnumerableOwnProperties
    if options is UNDEFINED:
        return ()
    # 7.a If options is not an Object, reject with a TypeError.
    if not isinstance(options, JSObject):
        throw_type_error("The second argument to import() must be an object")
    # 7.b-c attributesObj = ? Get(options, "with"); if not undefined it must be an Object.
    attributes_obj = options.Get("with", options)
    if attributes_obj is UNDEFINED:
        return ()
    if not isinstance(attributes_obj, JSObject):
        throw_type_error("The 'with' option must be an object")
    attributes = []
    # 7.c.ii-iii entries = ? EnumerableOwnProperties(attributesObj, key+value); values are Strings.
    for entry in EnumerableOwnProperties(attributes_obj, "key+value"):
        key, value = entry.Get("0", entry), entry.Get("1", entry)
        if value.__class__ is not str:
            throw_type_error("Import attribute value must be a string")
        attributes.append((key, value))
    # 7.d If AllImportAttributesSupported(attributes) is false, reject with a TypeError.
    unsupported = unsupported_import_attribute(attributes)
    if unsupported is not None:
        throw_type_error(unsupported_attribute_message(*unsupported))
    # 8. Sort attributes by the code units of their keys.
    return tuple(sorted(attributes))


def _require_resolution(resolution, request, name, target=None):
    """A ResolveExport result that must be one binding; else the SyntaxError V8 throws (node's
    longer one when ``target`` is a CommonJS module)."""
    if resolution is None:
        spec = request.specifier
        if getattr(target, "commonjs", False):
            throw_error("SyntaxError", f"Named export '{name}' not found. The requested module "
                        f"'{spec}' is a CommonJS module, which may not support all "
                        "module.exports as named exports.\nCommonJS modules can always be "
                        "imported via the default export, for example using:\n\n"
                        f"import pkg from '{spec}';\nconst {{ {name} }} = pkg;\n")
        throw_error("SyntaxError", f"The requested module '{spec}' does not "
                    f"provide an export named '{name}'")
    if resolution == "ambiguous":
        throw_error("SyntaxError", f"The requested module '{request.specifier}' contains "
                    f"conflicting star exports for name '{name}'")
    return resolution


class ModuleLoader:
    """One Engine's module map (key -> ModuleRecord) and the operations running code needs;
    installed as ``agent.modules`` by the host.  ``host_loader`` (see the module docstring)
    decides where module text comes from."""

    def __init__(self, host, host_loader=None):
        self.host = host
        self.host_loader = host_loader if host_loader is not None else DenyLoader()
        self.records: dict = {}      # (key, type attribute or None) -> ModuleRecord
        self.by_source: dict = {}    # id(SourceText) -> ModuleRecord of the code running it
        self.root = None

    def resolve(self, specifier, referrer):
        """16.2.1.10 HostLoadImportedModule, first half: the host loader's key, or a JS Error."""
        try:
            return self.host_loader.resolve(specifier, referrer)
        except ModuleLoadError as exc:
            throw_load_error(exc)
        except Exception:  # noqa: BLE001 - a host loader's failure reveals nothing to JS
            throw_error("Error", str(not_found(specifier)))

    def fetch(self, key):
        """The host loader's ModuleSource for ``key``, or a JS Error."""
        try:
            source = self.host_loader.load(key)
        except ModuleLoadError as exc:
            throw_load_error(exc)
        except Exception:  # noqa: BLE001 - a host loader's failure reveals nothing to JS
            throw_error("Error", str(not_found(key)))
        if not isinstance(source, ModuleSource) or (
                source.kind not in ("module", "json")
                and not hasattr(self.host_loader, "exports_of")):
            throw_error("Error", str(not_found(key)))
        return source

    def load_request(self, request: ModuleRequest, referrer):
        """16.2.1.10 HostLoadImportedModule of a ModuleRequest Record: the module its specifier
        resolves to, as the kind its `type` attribute asks for."""
        return self.load(self.resolve(request.specifier, referrer), type=request.type)

    def load(self, key, source=None, type=None):   # noqa: A002 - the attribute's name
        """The ModuleRecord of ``key`` imported `with { type }` (None: as JavaScript), fetched,
        parsed and compiled once, with its requests loaded too."""
        record = self.records.get((key, type))
        if record is not None:
            return record
        from scopejs.bytecode.compiler import compile_module
        if source is None:
            source = self.fetch(key)
        validate = getattr(self.host_loader, "validate", None)
        if validate is not None:
            try:
                validate(key, source, type)
            except ModuleLoadError as exc:
                throw_load_error(exc)
        if type == "json":
            return self.json_module(key, source)
        if type is not None:   # node's ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED
            throw_type_error(f'Import attribute type "{type}" is unsupported')
        if source.kind != "module":   # CommonJS, JSON, a core module: the loader evaluates it
            return self.synthetic(key, source)
        from scopejs.parsing.parser import parse
        program = parse(source.text, module=True, lazy=self.host.engine.lazy,
                        name=source.name or key)
        sfi = compile_module(program)
        if self.host.interpreter.on_compile is not None:
            self.host.interpreter.on_compile(sfi)
        record = ModuleRecord(self.host, key, program, sfi)
        self.records[(key, None)] = record
        text = sfi.source or program.source
        record.source = text
        self.by_source[id(text)] = record
        _collect_entries(record, program)
        # ParseModule (ES2025): a request with an attribute the host does not support is a
        # SyntaxError of the importing module, before anything is loaded or evaluated.
        for req in record.requests:
            unsupported = unsupported_import_attribute(req.attributes)
            if unsupported is not None:
                throw_error("SyntaxError", unsupported_attribute_message(*unsupported))
        for req in record.requests:
            record.resolved_requests[req] = self.load_request(req, key)
        return record

    def json_module(self, key, source):
        """ParseJSONModule ( source ): the text through %JSON.parse%, made a Synthetic Module
        Record by CreateDefaultExportSyntheticModule (its one export is `default`).  A parse
        error is a SyntaxError naming the file, as node's."""
        from scopejs.source.text import to_code_units
        realm = self.host.realm
        try:
            value = realm.intrinsics["%JSON.parse%"].Call(UNDEFINED, [to_code_units(source.text)])
        except ThrowCompletion as exc:
            message = exc.value.Get("message", exc.value) if isinstance(exc.value, JSObject) \
                else exc.value
            throw_error("SyntaxError", f"{key}: {message}")
        return self.synthetic_record((key, "json"), value, ())

    def synthetic(self, key, source):
        """A module record whose exports are a CommonJS value (the host loader's
        ``exports_of``, evaluated when the importing graph loads): `default` is the value, and
        the named exports are the host loader's ``export_names(key, source)`` (node's
        cjs-module-lexer) if it has that method, else the value's own enumerable string keys."""
        record = self.records.get((key, None))
        if record is not None:
            return record
        value = self.host_loader.exports_of(key, source)
        export_names = getattr(self.host_loader, "export_names", None)
        if export_names is not None:
            names = [n for n in export_names(key, source, value) if n != "default"]
            record = self.synthetic_record((key, None), value, names if isinstance(
                value, JSObject) else ())
            record.commonjs = source.kind == "commonjs"
            return record
        names = []
        if isinstance(value, JSObject):
            for k in value.OwnPropertyKeys():
                if k.__class__ is str and k != "default":
                    desc = value.GetOwnProperty(k)
                    if desc is not None and desc.enumerable:
                        names.append(k)
        return self.synthetic_record((key, None), value, names)

    def synthetic_record(self, map_key, default, names):
        """A Synthetic Module Record (evaluated already) exporting ``default`` and, for each of
        ``names``, that property of it; CreateDefaultExportSyntheticModule when there are none."""
        record = ModuleRecord(self.host, map_key[0], None, None)
        record.synthetic = True
        record.status = "evaluated"
        self.records[map_key] = record
        for name in names:
            record.local_exports[name] = name
            record.cell(name).value = default.Get(name, default)
        record.local_exports["default"] = "*default*"
        record.cell("*default*").value = default
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
                target = record.resolved_requests[req]
                _require_resolution(target.resolve_export(name), req, name, target)

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
            if is_async:
                record.promise = result   # the evaluation's promise (top-level await)
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
            if os.path.isabs(record.path):   # node 20.11+: a file module's directory and path
                meta.define_own_value("dirname", os.path.dirname(record.path))
                meta.define_own_value("filename", record.path)
            meta.define_own_value("url", "file://" + record.path)
            record.meta = meta
        return meta

    def dynamic_import(self, frame, specifier, options):
        """EvaluateImportCall (13.3.10 Import Calls) from step 5, the specifier and options
        evaluated: a promise for the namespace (loaded and evaluated now; settled via the job
        queue like node).  Every failure, a module that does not parse included, is a
        rejection."""
        from scopejs.runtime.abstract_ops import promise_operations as ops
        from scopejs.runtime.abstract_ops.type_conversion import ToString
        realm = frame.realm
        cap = ops.NewPromiseCapability(realm.intrinsics["%Promise%"])
        try:
            spec = ToString(specifier)
            request = ModuleRequest(spec, import_call_attributes(options))
            base = self.referrer_path(frame)
            try:
                record = self.load_request(request, base)
            except JSSyntaxError as exc:
                throw_early_error(realm, exc)
            self.link(record)
            self.evaluate(record)
            cap.resolve.Call(UNDEFINED, [get_namespace(record)])
        except ThrowCompletion as exc:
            cap.reject.Call(UNDEFINED, [exc.value])
        return cap.promise

    def referrer_path(self, frame):
        """GetActiveScriptOrModule's file for import() in ``frame``: the running module's path,
        or the script's file name when it has one; eval code has its caller's referrer."""
        while True:
            sfi = frame.bytecode.sfi
            source = sfi.source
            record = self.by_source.get(id(source))
            if record is not None:
                return record.path
            if getattr(getattr(sfi, "kind", None), "value", "") == "eval" and \
                    frame.parent is not None:
                frame = frame.parent
                continue
            name = getattr(source, "name", "") or ""
            return os.path.abspath(name) if name and not name.startswith("<") and \
                not name.startswith("[") else None

    def run_file(self, path):
        """Load, link and evaluate the module graph rooted at the file ``path`` (the CLI's
        entry), read through the host loader."""
        self.host.agent.activate()
        return self.run_record(self.load(self.resolve(path, None)))

    def run_source(self, text, name):
        """Load, link and evaluate a module given as text (the embedding API's run_module);
        its imports go through the host loader.  Returns the record."""
        self.host.agent.activate()
        record = self.load(name, ModuleSource(text, "module", name))
        self.run_record(record)
        return record

    def run_record(self, record):
        self.root = record
        self.link(record)
        return self.evaluate(record)
