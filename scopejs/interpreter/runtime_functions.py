"""CallRuntime implementations: one Python function per RuntimeFunction (bytecode/runtime_functions.py).

Each takes ``(frame, args)`` (``args`` the register list's values) and returns the new
accumulator value.  A test checks the table is complete.
"""
from __future__ import annotations

from scopejs.bytecode.runtime_functions import RuntimeFunction as RF
from scopejs.interpreter import lookup
from scopejs.runtime.abstract_ops.function_operations import SetFunctionName
from scopejs.runtime.abstract_ops.iterator_operations import (
    CreateIterResultObject, GetIterator, IteratorComplete,
)
from scopejs.runtime.abstract_ops.object_operations import (
    Call, Construct, CopyDataProperties, DefinePropertyOrThrow, GetMethod,
    describe_for_error, throw_read_only,
)
from scopejs.runtime.abstract_ops.testing_comparison import IsConstructor
from scopejs.runtime.abstract_ops.type_conversion import ToPropertyKey
from scopejs.runtime.completion import throw_error, throw_reference_error, throw_type_error
from scopejs.runtime.objects.ecmascript_function import CONSTRUCTOR_DERIVED
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import PRIVATE_ELEMENTS, JSObject, ephemeron_table
from scopejs.runtime.property import PropertyDescriptor
from scopejs.runtime.values import HOLE, NULL, UNDEFINED

RUNTIME_IMPLEMENTATIONS: dict = {}


def runtime(rf):
    def register(fn):
        RUNTIME_IMPLEMENTATIONS[rf] = fn
        return fn
    return register


# ---- declarations ----------------------------------------------------------------------------

@runtime(RF.DeclareGlobals)
def declare_globals(frame, args):
    """16.1.7 GlobalDeclarationInstantiation ( script, env )"""
    decls = args[0]
    env = frame.realm.global_env
    # 3. For each element name of lexNames
    for name in decls.lexical_names:
        if env.HasVarDeclaration(name) or env.HasLexicalDeclaration(name) \
                or env.HasRestrictedGlobalProperty(name):
            throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
    # 4. For each element name of varNames
    for name in (*decls.var_names, *decls.function_names):
        if env.HasLexicalDeclaration(name):
            throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
    # 8-10. functionsToInitialize / declaredFunctionNames
    declared_functions = []
    for name in reversed(decls.function_names):
        if name not in declared_functions:
            if not env.CanDeclareGlobalFunction(name):
                throw_type_error(f"Cannot redefine property: {name}")
            declared_functions.append(name)
    # 11-12. declaredVarNames
    declared_vars = []
    for name in decls.var_names:
        if name not in declared_functions and name not in declared_vars:
            if not env.CanDeclareGlobalVar(name):
                throw_type_error(f"Cannot define property {name}, object is not extensible")
            declared_vars.append(name)
    # 15-16. lexical bindings (uninitialized)
    for name in decls.lexical_names:
        if name in decls.const_names:
            env.CreateImmutableBinding(name, True)
        else:
            env.CreateMutableBinding(name, False)
    # 17. functions (the value is stored by the StaGlobal that follows)
    for name in reversed(declared_functions):
        env.CreateGlobalFunctionBinding(name, UNDEFINED, False)
    # 18. vars
    for name in declared_vars:
        env.CreateGlobalVarBinding(name, False)
    return UNDEFINED


@runtime(RF.InitializeGlobalLexical)
def initialize_global_lexical(frame, args):
    frame.realm.global_env.InitializeBinding(args[0], args[1])
    return UNDEFINED


@runtime(RF.DeclareEvalVars)
def declare_eval_vars(frame, args):
    from scopejs.interpreter.eval_support import declare_eval_vars as impl
    return impl(frame, args[0])


@runtime(RF.InitializeEvalFunction)
def initialize_eval_function(frame, args):
    from scopejs.interpreter.eval_support import initialize_eval_var
    return initialize_eval_var(frame, args[0], args[1])


@runtime(RF.GetGlobalThis)
def get_global_this(frame, args):
    return frame.realm.global_env.global_this


@runtime(RF.ResolveWithBaseObject)
def resolve_with_base_object(frame, args):
    kind, holder, _key = lookup.resolve(frame, args[0])
    return holder.binding_object if kind == "with" else UNDEFINED


class LookupReference:
    """A Reference Record of a dynamically resolved identifier (with / sloppy eval)."""
    __slots__ = ("kind", "holder", "key", "name", "strict")

    def __init__(self, kind, holder, key, name, strict):
        self.kind = kind
        self.holder = holder
        self.key = key
        self.name = name
        self.strict = strict


@runtime(RF.ResolveLookupReference)
def resolve_lookup_reference(frame, args):
    name = args[0]
    kind, holder, key = lookup.resolve(frame, name)
    return LookupReference(kind, holder, key, name, bool(args[1]))


@runtime(RF.LoadLookupReference)
def load_lookup_reference(frame, args):
    ref = args[0]
    kind = ref.kind
    if kind == "slot":
        value = ref.holder.slots[ref.key]
        if value is HOLE:
            throw_reference_error(f"Cannot access '{ref.name}' before initialization")
        return value
    if kind == "ext":
        return ref.holder[ref.key]
    if kind == "with":
        return ref.holder.GetBindingValue(ref.name, ref.strict)
    return frame.realm.global_env.get_global(ref.name)


@runtime(RF.StoreLookupReference)
def store_lookup_reference(frame, args):
    ref, value = args[0], args[1]
    kind = ref.kind
    if kind == "slot":
        holder, key = ref.holder, ref.key
        info = holder.scope_info
        if holder.slots[key] is HOLE and info.modes[key] in ("let", "const", "class"):
            throw_reference_error(f"Cannot access '{ref.name}' before initialization")
        if info.is_immutable(key):
            if info.modes[key] == "function_name" and not ref.strict:
                return value
            throw_type_error("Assignment to constant variable.")
        holder.slots[key] = value
    elif kind == "ext":
        ref.holder[ref.key] = value
    elif kind == "with":
        ref.holder.SetMutableBinding(ref.name, value, ref.strict)
    else:
        frame.realm.global_env.set_global(ref.name, value, ref.strict)
    return value


@runtime(RF.DeleteLookupSlot)
def delete_lookup_slot(frame, args):
    return lookup.delete_binding(frame, args[0])


# ---- errors ----------------------------------------------------------------------------------

@runtime(RF.ThrowConstAssignError)
def throw_const_assign_error(frame, args):
    throw_type_error("Assignment to constant variable.")


@runtime(RF.ThrowTypeError)
def throw_type_error_(frame, args):
    template = args[0]
    value = args[1] if len(args) > 1 else UNDEFINED
    throw_type_error(template.replace("%s", describe_for_error(value)))


@runtime(RF.ThrowReferenceError)
def throw_reference_error_(frame, args):
    throw_reference_error(f"{args[0]} is not defined")


@runtime(RF.ThrowReferenceErrorMessage)
def throw_reference_error_message(frame, args):
    throw_reference_error(args[0])


@runtime(RF.ThrowIteratorResultNotAnObject)
def throw_iterator_result_not_an_object(frame, args):
    throw_type_error(f"Iterator result {describe_for_error(args[0])} is not an object")


@runtime(RF.ThrowSymbolAsyncIteratorInvalid)
def throw_symbol_async_iterator_invalid(frame, args):
    throw_type_error("Result of the Symbol.asyncIterator method is not an object")


@runtime(RF.NewTypeErrorForYieldDelegate)
def new_type_error_for_yield_delegate(frame, args):
    throw_type_error("The iterator does not provide a 'throw' method")


# ---- calls -----------------------------------------------------------------------------------

def _array_values(arr):
    el = getattr(arr, "elements", None)
    if el is not None:
        from scopejs.runtime.values import EMPTY
        return [UNDEFINED if v is EMPTY else v for v in el]
    from scopejs.runtime.abstract_ops.object_operations import CreateListFromArrayLike
    return CreateListFromArrayLike(arr)


@runtime(RF.CallWithArrayArguments)
def call_with_array_arguments(frame, args):
    fn, this, arr = args
    if not isinstance(fn, JSFunctionBase):
        throw_type_error(f"{describe_for_error(fn)} is not a function")
    return fn.Call(this, _array_values(arr))


@runtime(RF.ConstructWithArrayArguments)
def construct_with_array_arguments(frame, args):
    ctor, arr, new_target = args
    if not IsConstructor(ctor):
        throw_type_error(f"{describe_for_error(ctor)} is not a constructor")
    return Construct(ctor, _array_values(arr), new_target)


@runtime(RF.DirectEval)
def direct_eval(frame, args):
    from scopejs.interpreter.eval_support import perform_direct_eval
    return perform_direct_eval(frame, *args)


# ---- objects ---------------------------------------------------------------------------------

@runtime(RF.CreateIterResultObject)
def create_iter_result_object(frame, args):
    return CreateIterResultObject(args[0], bool(args[1]))


@runtime(RF.CopyDataProperties)
def copy_data_properties(frame, args):
    CopyDataProperties(args[0], args[1], ())
    return args[0]


@runtime(RF.CopyDataPropertiesWithExcludedKeys)
def copy_data_properties_with_excluded_keys(frame, args):
    target = JSObject(frame.realm.object_prototype)
    CopyDataProperties(target, args[0], tuple(args[1:]))
    return target


@runtime(RF.SetObjectLiteralPrototype)
def set_object_literal_prototype(frame, args):
    obj, proto = args
    if proto is NULL or isinstance(proto, JSObject):
        obj.SetPrototypeOf(proto)
    return obj


def set_function_name(fn, key, prefix):
    """10.2.9 SetFunctionName, also for private names."""
    if isinstance(key, PrivateName):
        name = _private_text(key)
    else:
        name = key
    SetFunctionName(fn, name, prefix)


@runtime(RF.DefineAccessor)
def define_accessor(frame, args):
    obj, key, getter, setter = args
    key = ToPropertyKey(key) if not isinstance(key, PrivateName) else key
    get_fn = getter if getter is not UNDEFINED else None
    set_fn = setter if setter is not UNDEFINED else None
    if get_fn is not None:
        set_function_name(get_fn, key, "get")
        get_fn.home_object = obj
    if set_fn is not None:
        set_function_name(set_fn, key, "set")
        set_fn.home_object = obj
    DefinePropertyOrThrow(obj, key, PropertyDescriptor(None, None, get_fn, set_fn, True, True))
    return obj


@runtime(RF.SetFunctionName)
def set_function_name_(frame, args):
    fn, key, prefix = args
    if not isinstance(key, PrivateName):
        key = ToPropertyKey(key)
    set_function_name(fn, key, None if prefix is UNDEFINED else prefix)
    return fn


@runtime(RF.SetHomeObject)
def set_home_object(frame, args):
    args[0].home_object = args[1]
    return args[0]


def _super_base(method):
    home = getattr(method, "home_object", UNDEFINED)
    if home is UNDEFINED or home is None:
        throw_error("SyntaxError", "'super' keyword unexpected here")
    return home.GetPrototypeOf()


@runtime(RF.LoadFromSuper)
def load_from_super(frame, args):
    method, receiver, key = args
    base = _super_base(method)
    key = ToPropertyKey(key)
    if base is NULL:
        throw_type_error(f"Cannot read properties of null (reading "
                         f"'{key if key.__class__ is str else key.descriptive_string()}')")
    return base.Get(key, receiver)


@runtime(RF.StoreToSuper)
def store_to_super(frame, args):
    method, receiver, key, value = args
    base = _super_base(method)
    key = ToPropertyKey(key)
    if base is NULL:
        throw_type_error(f"Cannot set properties of null (setting "
                         f"'{key if key.__class__ is str else key.descriptive_string()}')")
    ok = base.Set(key, value, receiver)
    if not ok and getattr(frame.bytecode.sfi, "is_strict", True):
        throw_read_only(receiver, key)
    return value


@runtime(RF.ToPropertyKeyForSuper)
def to_property_key_for_super(frame, args):
    return ToPropertyKey(args[0])


# ---- classes ---------------------------------------------------------------------------------

@runtime(RF.DefineClass)
def define_class(frame, args):
    """15.7.14 ClassDefinitionEvaluation steps 5-16."""
    F, superclass = args
    realm = frame.realm
    if superclass is HOLE:
        proto_parent = realm.object_prototype
        constructor_parent = realm.function_prototype
    elif superclass is NULL:
        proto_parent = NULL
        constructor_parent = realm.function_prototype
    elif not IsConstructor(superclass):
        throw_type_error(f"Class extends value {describe_for_error(superclass)} is not a "
                         f"constructor or null")
    else:
        proto_parent = superclass.Get("prototype", superclass)
        if proto_parent is not NULL and not isinstance(proto_parent, JSObject):
            throw_type_error(f"Class extends value does not have valid prototype property "
                             f"{describe_for_error(proto_parent)}")
        constructor_parent = superclass
    proto = JSObject(proto_parent)
    F.proto = constructor_parent
    F.is_class_constructor = True
    F.is_constructor = True
    if superclass is not HOLE:
        F.constructor_kind = CONSTRUCTOR_DERIVED
    F.home_object = proto
    F.define_own_value("prototype", proto, 0)
    proto.define_own_value("constructor", F, 5)
    return proto


@runtime(RF.DefineClassMethod)
def define_class_method(frame, args):
    obj, key, closure, kind = args
    kind = int(kind)
    closure.home_object = obj
    if kind == 0:
        set_function_name(closure, key, None)
        DefinePropertyOrThrow(obj, key, PropertyDescriptor(closure, True, None, None, False,
                                                           True))
    elif kind == 1:
        set_function_name(closure, key, "get")
        DefinePropertyOrThrow(obj, key, PropertyDescriptor(None, None, closure, None, False,
                                                           True))
    else:
        set_function_name(closure, key, "set")
        DefinePropertyOrThrow(obj, key, PropertyDescriptor(None, None, None, closure, False,
                                                           True))
    return closure


@runtime(RF.SetClassFields)
def set_class_fields(frame, args):
    F, initializer = args
    F.fields = initializer
    return UNDEFINED


def initialize_instance_elements(obj, constructor):
    """7.3.33 InitializeInstanceElements ( O, constructor )"""
    init = getattr(constructor, "fields", None)
    if init is not None and init is not UNDEFINED:
        init.Call(obj, [])


@runtime(RF.InitializeInstanceElements)
def initialize_instance_elements_(frame, args):
    initialize_instance_elements(args[0], args[1])
    return UNDEFINED


# ---- private names ---------------------------------------------------------------------------

class PrivateName:
    """6.2.12 Private Names: a unique key; ``kind`` 'field', 'method' or 'accessor'."""
    __slots__ = ("description", "kind", "method", "getter", "setter", "__weakref__")

    def __init__(self, description):
        self.description = description
        self.kind = "field"
        self.method = None
        self.getter = None
        self.setter = None

    def __repr__(self):
        return f"PrivateName({self.description})"


def private_elements(obj, create=False):
    """obj.[[PrivateElements]] ({PrivateName: value}), kept in the object's own ephemeron
    table so that a private value referring to the object does not keep it alive."""
    table = ephemeron_table(obj, create)
    if table is None:
        return None
    elements = table.get(PRIVATE_ELEMENTS)
    if elements is None and create:
        elements = table[PRIVATE_ELEMENTS] = {}
    return elements


def _private_text(p):
    d = p.description
    return d if d.startswith("#") else f"#{d}"


@runtime(RF.CreatePrivateName)
def create_private_name(frame, args):
    return PrivateName(args[0])


@runtime(RF.SetPrivateMethod)
def set_private_method(frame, args):
    name, fn, kind = args
    kind = int(kind)
    if kind == 0:
        name.kind = "method"
        name.method = fn
        set_function_name(fn, name, None)
    else:
        name.kind = "accessor"
        if kind == 1:
            name.getter = fn
            set_function_name(fn, name, "get")
        else:
            name.setter = fn
            set_function_name(fn, name, "set")
    return UNDEFINED


def _require_object(obj, p, verb):
    if not isinstance(obj, JSObject):
        throw_type_error(f"Cannot {verb} private member {_private_text(p)} from an object whose "
                         f"class did not declare it")


@runtime(RF.PrivateGet)
def private_get(frame, args):
    """7.3.30 PrivateGet ( O, P )"""
    obj, p = args
    elements = private_elements(obj) if isinstance(obj, JSObject) else None
    if elements is None or p not in elements:
        throw_type_error(f"Cannot read private member {_private_text(p)} from an object whose "
                         f"class did not declare it")
    if p.kind == "field":
        return elements[p]
    if p.kind == "method":
        return p.method
    if p.getter is None:
        throw_type_error(f"'{_private_text(p)}' was defined without a getter")
    return p.getter.Call(obj, [])


@runtime(RF.PrivateSet)
def private_set(frame, args):
    """7.3.31 PrivateSet ( O, P, value )"""
    obj, p, value = args
    elements = private_elements(obj) if isinstance(obj, JSObject) else None
    if elements is None or p not in elements:
        throw_type_error(f"Cannot write private member {_private_text(p)} to an object whose "
                         f"class did not declare it")
    if p.kind == "field":
        elements[p] = value
    elif p.kind == "method":
        throw_type_error(f"Private method '{_private_text(p)}' is not writable")
    else:
        if p.setter is None:
            throw_type_error(f"'{_private_text(p)}' was defined without a setter")
        p.setter.Call(obj, [value])
    return value


@runtime(RF.PrivateFieldAdd)
def private_field_add(frame, args):
    """7.3.27 PrivateFieldAdd ( O, P, value )"""
    obj, p, value = args
    if not isinstance(obj, JSObject):
        throw_type_error("Cannot define private field on a non-object")
    elements = private_elements(obj, True)
    if p in elements:
        throw_type_error(f"Cannot initialize {_private_text(p)} twice on the same object")
    elements[p] = value
    return UNDEFINED


@runtime(RF.PrivateMethodOrAccessorAdd)
def private_method_or_accessor_add(frame, args):
    """7.3.28 PrivateMethodOrAccessorAdd ( O, method )"""
    obj, p = args
    elements = private_elements(obj, True)
    if p in elements:
        throw_type_error("Cannot initialize private methods of class twice on the same object")
    elements[p] = None
    return UNDEFINED


@runtime(RF.PrivateIn)
def private_in(frame, args):
    p, obj = args
    if not isinstance(obj, JSObject):
        throw_type_error(f"Cannot use 'in' operator to search for '{_private_text(p)}' in "
                         f"{describe_for_error(obj)}")
    elements = private_elements(obj)
    return elements is not None and p in elements


# ---- iteration / async -----------------------------------------------------------------------

def materialize(record):
    """Turn a fast-path (Python-iterated) array record into a real JS iterator record."""
    if record.python_iterator is not None:
        real = GetIterator(record.iterator, "sync")
        record.iterator = real.iterator
        record.next_method = real.next_method
        record.python_iterator = None
    return record


@runtime(RF.GetIteratorReturn)
def get_iterator_return(frame, args):
    record = materialize(args[0])
    return GetMethod(record.iterator, "return")


@runtime(RF.CallIteratorMethod)
def call_iterator_method(frame, args):
    record = materialize(args[0])
    return Call(args[1], record.iterator, list(args[2:]))


@runtime(RF.GetIteratorMethod)
def get_iterator_method(frame, args):
    obj, which = args
    if hasattr(obj, "python_iterator"):
        obj = materialize(obj).iterator
    return GetMethod(obj, "throw" if which == 1 or which == 1.0 else "return")


@runtime(RF.IteratorCallNext)
def iterator_call_next(frame, args):
    record = materialize(args[0])
    return Call(record.next_method, record.iterator, list(args[1:]))


@runtime(RF.IteratorComplete)
def iterator_complete(frame, args):
    result = args[0]
    if not isinstance(result, JSObject):
        throw_type_error(f"Iterator result {describe_for_error(result)} is not an object")
    return IteratorComplete(result)


@runtime(RF.SetIteratorDone)
def set_iterator_done(frame, args):
    args[0].done = True
    return UNDEFINED


@runtime(RF.AsyncFromSyncIterator)
def async_from_sync_iterator(frame, args):
    record = materialize(args[0])
    from scopejs.runtime.execution import surrounding_agent
    hook = surrounding_agent().host_hooks.get("CreateAsyncFromSyncIterator")
    if hook is None:
        throw_type_error("async iteration of sync iterables is not available")
    return hook(record)


# ---- modules (agent.modules: the host's scopejs.modules.loader.ModuleLoader) ---------------------------------------------------------------------------------

@runtime(RF.DynamicImport)
def dynamic_import(frame, args):
    return frame.realm.agent.modules.dynamic_import(frame, args[0], args[1])  # specifier, options


@runtime(RF.GetImportMeta)
def get_import_meta(frame, args):
    return frame.realm.agent.modules.import_meta(frame)


@runtime(RF.GetModuleNamespace)
def get_module_namespace(frame, args):
    return frame.realm.agent.modules.namespace(frame, args[0])


def missing_runtime_functions():
    return [rf.name for rf in RF if rf not in RUNTIME_IMPLEMENTATIONS]

