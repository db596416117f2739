"""Classes: 15.7.14 ClassDefinitionEvaluation, fields, private names, static blocks, super.

Shape (V8-like): the class scope's context holds the inner class binding, private names and
computed field keys; the constructor closure and DefineClass make the prototype; methods are
defined by DefineClassMethod; all instance fields (and instance private methods) are
initialized by one synthetic function (kind CLASS_FIELDS_INITIALIZER) installed with
SetClassFields and run by [[Construct]] / after super(); static fields and static blocks run
in one synthetic function (CLASS_STATIC_INITIALIZER) called with this = the constructor.
"""
from __future__ import annotations

from scopejs.bytecode.generator.expressions import property_key_name
from scopejs.bytecode.opcodes import DEFINE_ENUMERABLE, DEFINE_SET_FUNCTION_NAME, Op
from scopejs.bytecode.registers import RECEIVER_REGISTER
from scopejs.bytecode.runtime_functions import RuntimeFunction
from scopejs.bytecode.shared_function_info import FunctionKind

_ACCESSOR_FLAGS = {"method": 0, "get": 1, "set": 2}


class ClassesMixin:

    def generate_class(self, node, name):
        b = self.b
        scope = node.scope
        mark = self.regs.mark()
        pushed = self.enter_block_scope(scope)
        for pname, (var, _elements) in scope.private_names.items():
            reg = self.regs.new()
            b.emit(Op.LdaConstant, self.constant(pname))
            b.star(reg)
            self.runtime(RuntimeFunction.CreatePrivateName, reg)
            self.store_variable(var, init=True)
        args = self.regs.new_list(2)
        ctor, heritage = args, args + 1
        if node.superClass is not None:
            self.visit_expression(node.superClass)
        else:
            b.emit(Op.LdaTheHole)
        b.star(heritage)
        ctor_def = None
        for element in node.body.body:
            if element.type == "MethodDefinition" and element.kind == "constructor":
                ctor_def = element
        derived = node.superClass is not None
        if ctor_def is not None:
            kind = FunctionKind.DERIVED_CONSTRUCTOR if derived else FunctionKind.BASE_CONSTRUCTOR
            sfi = self.new_sfi(ctor_def.value, name, kind, class_node=node)
        else:
            kind = FunctionKind.DEFAULT_DERIVED_CONSTRUCTOR if derived else \
                FunctionKind.DEFAULT_BASE_CONSTRUCTOR
            sfi = self.new_sfi(None, name, kind, class_node=node)
            sfi.is_strict = True
        sfi.needs_home_object = True
        self.expression_position(node)
        b.emit(Op.CreateClosure, self.constant(sfi), 0)
        b.star(ctor)
        self.runtime(RuntimeFunction.DefineClass, ctor, heritage)
        proto = self.regs.new()
        b.star(proto)
        instance_fields = False
        static_elements = []
        static_private = []
        for element in node.body.body:
            kind = element.type
            if kind == "MethodDefinition":
                if element is ctor_def:
                    continue
                self.define_class_method(element, ctor if element.static else proto,
                                         static_private)
            elif kind == "PropertyDefinition":
                if element.computed:
                    self.visit_expression(element.key)
                    b.emit(Op.ToName)
                    self.store_variable(scope.field_key_variables[id(element)], init=True)
                if element.static:
                    static_elements.append(element)
                else:
                    instance_fields = True
            elif kind == "StaticBlock":
                static_elements.append(element)
        if scope.class_variable is not None:
            b.ldar(ctor)
            self.store_variable(scope.class_variable, init=True)
        init_scope = scope.instance_initializer_scope
        if init_scope is not None and (instance_fields or any(
                e.type == "MethodDefinition" and not e.static and
                e.key.type == "PrivateIdentifier" for e in node.body.body)):
            sfi = self.new_initializer_sfi(node, init_scope, FunctionKind.CLASS_FIELDS_INITIALIZER,
                                           "<instance_members_initializer>")
            fn = self.regs.new()
            b.emit(Op.CreateClosure, self.constant(sfi), 0)
            b.star(fn)
            self.runtime(RuntimeFunction.SetHomeObject, fn, proto)
            self.runtime(RuntimeFunction.SetClassFields, ctor, fn)
        for var in static_private:
            reg = self.regs.new()
            self.load_variable(var)
            b.star(reg)
            self.runtime(RuntimeFunction.PrivateMethodOrAccessorAdd, ctor, reg)
        if static_elements:
            sfi = self.new_initializer_sfi(node, scope.static_initializer_scope,
                                           FunctionKind.CLASS_STATIC_INITIALIZER,
                                           "<static_initializer>")
            fn = self.regs.new()
            b.emit(Op.CreateClosure, self.constant(sfi), 0)
            b.star(fn)
            self.runtime(RuntimeFunction.SetHomeObject, fn, ctor)
            call_args = self.regs.new_list(1)
            b.emit(Op.Mov, ctor, call_args)
            b.emit(Op.CallProperty, fn, call_args, 1)
        self.leave_block_scope(scope, pushed)
        b.ldar(ctor)
        self.regs.release(mark)

    def new_initializer_sfi(self, class_node, scope, kind, name):
        from scopejs.bytecode.shared_function_info import SharedFunctionInfo
        sfi = SharedFunctionInfo(name, class_node, kind, is_strict=True, source=self.source,
                                 source_start=class_node.start, source_end=class_node.end,
                                 needs_home_object=True, class_node=class_node)
        return sfi

    def define_class_method(self, element, target, static_private):
        b = self.b
        key = element.key
        accessor = element.kind if element.kind in ("get", "set") else None
        mark = self.regs.mark()
        if key.type == "PrivateIdentifier":
            var = key.variable
            args = self.regs.new_list(3)
            self.load_variable(var)
            b.star(args)
            self.create_closure(element.value, "#" + key.name, is_method=True, accessor=accessor,
                                source_node=element)
            b.star(args + 1)
            b.emit(Op.LdaSmi, _ACCESSOR_FLAGS[element.kind]) if element.kind != "method" \
                else b.emit(Op.LdaZero)
            b.star(args + 2)
            self.runtime(RuntimeFunction.SetPrivateMethod, args, args + 1, args + 2)
            if element.static and var not in static_private:
                static_private.append(var)
            self.regs.release(mark)
            return
        args = self.regs.new_list(4)
        b.emit(Op.Mov, target, args)
        name = property_key_name(key, element.computed)
        if name is None:
            self.visit_expression(key)
            b.emit(Op.ToName)
        else:
            b.emit(Op.LdaConstant, self.constant(name))
        b.star(args + 1)
        self.create_closure(element.value, name or "", is_method=True, accessor=accessor,
                            source_node=element)
        b.star(args + 2)
        flag = _ACCESSOR_FLAGS[element.kind] if element.kind in _ACCESSOR_FLAGS else 0
        if flag:
            b.emit(Op.LdaSmi, flag)
        else:
            b.emit(Op.LdaZero)
        b.star(args + 3)
        self.runtime(RuntimeFunction.DefineClassMethod, args, args + 1, args + 2, args + 3)
        self.regs.release(mark)

    # -- synthetic functions --------------------------------------------------------------
    def generate_class_initializer(self, class_node, is_static):
        """Body of <instance_members_initializer> / <static_initializer>."""
        b = self.b
        scope = self.closure_scope
        class_scope = class_node.scope
        self.enter_function_context(scope)
        self.copy_specials_to_context(scope)
        this = RECEIVER_REGISTER
        if not is_static:
            added = set()
            for element in class_node.body.body:
                if element.type == "MethodDefinition" and not element.static and \
                        element.key.type == "PrivateIdentifier":
                    var = element.key.variable
                    if var in added:
                        continue
                    added.add(var)
                    mark = self.regs.mark()
                    args = self.regs.new_list(2)
                    b.emit(Op.Mov, this, args)
                    self.load_variable(var)
                    b.star(args + 1)
                    self.runtime(RuntimeFunction.PrivateMethodOrAccessorAdd, args, args + 1)
                    self.regs.release(mark)
        for element in class_node.body.body:
            kind = element.type
            if kind == "StaticBlock" and is_static:
                block = element.scope
                self.statement_position(element)
                pushed = self.enter_block_scope(block)
                self.hoist_functions(block)
                self.visit_statements(element.body)
                self.leave_block_scope(block, pushed)
                continue
            if kind != "PropertyDefinition" or bool(element.static) != is_static:
                continue
            self.statement_position(element)
            mark = self.regs.mark()
            key = element.key
            if key.type == "PrivateIdentifier":
                args = self.regs.new_list(3)
                b.emit(Op.Mov, this, args)
                self.load_variable(key.variable)
                b.star(args + 1)
                self.field_value(element, "#" + key.name)
                b.star(args + 2)
                self.runtime(RuntimeFunction.PrivateFieldAdd, args, args + 1, args + 2)
            elif element.computed:
                key_reg = self.regs.new()
                self.load_variable(class_scope.field_key_variables[id(element)])
                b.star(key_reg)
                flags = DEFINE_ENUMERABLE
                value = element.value
                if value is not None and value.type in ("FunctionExpression",
                                                        "ArrowFunctionExpression",
                                                        "ClassExpression") and value.id is None:
                    flags |= DEFINE_SET_FUNCTION_NAME
                self.field_value(element, "")
                b.emit(Op.DefineKeyedOwnPropertyInLiteral, this, key_reg, flags)
            else:
                name = property_key_name(key, False)
                self.field_value(element, name)
                b.emit(Op.DefineNamedOwnProperty, this, self.constant(name))
            self.regs.release(mark)
        if not b.dead:
            b.emit(Op.LdaUndefined)
            b.emit(Op.Return)

    def field_value(self, element, name):
        if element.value is None:
            self.b.emit(Op.LdaUndefined)
        else:
            self.visit_named_expression(element.value, name)

    def generate_default_constructor(self, derived):
        """constructor() {} / constructor(...args) { super(...args) } without iterating args
        (15.7.14 step 14.a, 10.2.1.2 default derived constructor semantics)."""
        b = self.b
        if not derived:
            b.emit(Op.LdaUndefined)
            b.emit(Op.Return)
            return
        from scopejs.bytecode.registers import CLOSURE_REGISTER, NEW_TARGET_REGISTER
        args = self.regs.new_list(3)
        b.ldar(CLOSURE_REGISTER)
        b.emit(Op.GetSuperConstructor, args)
        b.emit(Op.ThrowIfNotSuperConstructor, args)
        b.emit(Op.CreateRestParameter)
        b.star(args + 1)
        b.emit(Op.Mov, NEW_TARGET_REGISTER, args + 2)
        self.runtime(RuntimeFunction.ConstructWithArrayArguments, args, args + 1, args + 2)
        result = self.regs.new_list(2)
        b.star(result)
        b.emit(Op.Mov, CLOSURE_REGISTER, result + 1)
        self.runtime(RuntimeFunction.InitializeInstanceElements, result, result + 1)
        b.ldar(result)
        b.emit(Op.Return)

    def generate_super_call(self, node):
        """13.3.7.1 SuperCall: super(...args) in a derived constructor (or its arrows)."""
        b = self.b
        mark = self.regs.mark()
        ctor_scope = self.scope
        while ctor_scope is not None and not (ctor_scope.is_declaration_scope and
                                              not ctor_scope.is_arrow and
                                              ctor_scope.scope_type.value != "eval"):
            ctor_scope = ctor_scope.outer
        function = self.regs.new()
        self.load_home_function()
        b.star(function)
        super_ctor = self.regs.new()
        b.emit(Op.GetSuperConstructor, super_ctor)
        args = node.arguments
        spread_count = sum(a.type == "SpreadElement" for a in args)
        general_spread = spread_count and not (spread_count == 1 and
                                               args[-1].type == "SpreadElement")
        if general_spread:
            array = self.regs.new()
            self.build_array(args)
            b.star(array)
            b.emit(Op.ThrowIfNotSuperConstructor, super_ctor)
            call = self.regs.new_list(3)
            b.emit(Op.Mov, super_ctor, call)
            b.emit(Op.Mov, array, call + 1)
            self.load_new_target(ctor_scope)
            b.star(call + 2)
            self.expression_position(node)
            self.runtime(RuntimeFunction.ConstructWithArrayArguments, call, call + 1, call + 2)
        else:
            base = self.regs.new_list(len(args))
            for i, arg in enumerate(args):
                self.visit_expression(arg.argument if arg.type == "SpreadElement" else arg)
                b.star(base + i)
            b.emit(Op.ThrowIfNotSuperConstructor, super_ctor)
            self.load_new_target(ctor_scope)
            self.expression_position(node)
            b.emit(Op.ConstructWithSpread if spread_count else Op.Construct, super_ctor, base,
                   len(args))
        result = self.regs.new_list(2)
        b.star(result)
        receiver = ctor_scope.receiver if ctor_scope is not None else None
        if receiver is not None:
            self.load_variable(receiver)
            b.emit(Op.ThrowSuperAlreadyCalledIfNotHole)
            b.ldar(result)
            self.store_variable(receiver, init=True)
        b.emit(Op.Mov, function, result + 1)
        self.runtime(RuntimeFunction.InitializeInstanceElements, result, result + 1)
        b.ldar(result)
        self.regs.release(mark)

    def load_new_target(self, ctor_scope):
        var = ctor_scope.new_target_var if ctor_scope is not None else None
        if var is None:
            self.b.emit(Op.LdaUndefined)
        else:
            self.load_variable(var)
