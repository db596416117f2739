"""The CallRuntime table: rarely-used semantics the bytecode reaches by id (V8's Runtime_*).

Declared once here (name, argument count or None for variadic, semantics); the interpreter
implements each in interpreter/runtime_functions.py as ``fn(frame, args) -> value`` (``args`` the
register list's values).  A test checks every entry has an implementation.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RuntimeSpec:
    name: str
    argc: int | None      # None: variadic
    semantics: str


RUNTIME_SPECS: tuple[RuntimeSpec, ...] = (
    # ---- declarations ------------------------------------------------------------------
    RuntimeSpec("DeclareGlobals", 1,
                "16.1.7 GlobalDeclarationInstantiation for GlobalDeclarations args[0] (checks + "
                "bindings: vars/functions on the global object (functions undefined until the "
                "following StaGlobal), lexicals uninitialized in the global declarative record)"),
    RuntimeSpec("InitializeGlobalLexical", 2,
                "InitializeBinding of global lexical args[0] (name) to args[1]"),
    RuntimeSpec("DeclareEvalVars", 1,
                "19.2.1.3 EvalDeclarationInstantiation (sloppy direct eval): EvalDeclarations "
                "args[0]: conflict checks, then create var/function bindings in the variable "
                "environment (function context extension or global object)"),
    RuntimeSpec("InitializeEvalFunction", 2,
                "set eval-declared var args[0] (name) to args[1] in the variable environment"),
    RuntimeSpec("GetGlobalThis", 0, "acc := the realm's global this value"),
    RuntimeSpec("ResolveWithBaseObject", 1,
                "acc := the binding object of the `with` that binds name args[0] "
                "(9.1.1.2.10 WithBaseObject) or undefined: the this value of a call to a LOOKUP "
                "identifier"),
    RuntimeSpec("ResolveLookupReference", 2,
                "acc := a Reference Record for identifier args[0] resolved now through the "
                "context chain (9.4.2 ResolveBinding; args[1] strict): assignments and updates "
                "of LOOKUP variables resolve once, before the right-hand side"),
    RuntimeSpec("LoadLookupReference", 1, "acc := GetValue(reference args[0]) (6.2.5.5)"),
    RuntimeSpec("StoreLookupReference", 2,
                "PutValue(reference args[0], args[1]) (6.2.5.6); acc := args[1]"),
    RuntimeSpec("DeleteLookupSlot", 1,
                "acc := delete of identifier args[0] resolved dynamically (sloppy `delete x`)"),
    # ---- errors ------------------------------------------------------------------------
    RuntimeSpec("ThrowConstAssignError", 1, "throw TypeError 'Assignment to constant variable.'"),
    RuntimeSpec("ThrowTypeError", 2,
                "throw TypeError with message template args[0] (a String) where every %s is "
                "replaced by a display string of args[1] (undefined -> 'undefined')"),
    RuntimeSpec("ThrowReferenceError", 1, "throw ReferenceError 'args[0] is not defined'"),
    RuntimeSpec("ThrowReferenceErrorMessage", 1,
                "throw ReferenceError with message args[0] (e.g. 'Invalid left-hand side in "
                "assignment' for the Annex B `f() = v` form, after evaluating f())"),
    RuntimeSpec("ThrowIteratorResultNotAnObject", 1,
                "throw TypeError 'Iterator result x is not an object'"),
    RuntimeSpec("ThrowSymbolAsyncIteratorInvalid", 0,
                "throw TypeError 'Result of the Symbol.asyncIterator method is not an object'"),
    # ---- calls with a built argument array ---------------------------------------------
    RuntimeSpec("CallWithArrayArguments", 3,
                "acc := Call(args[0], this = args[1], arguments = elements of Array args[2])"),
    RuntimeSpec("ConstructWithArrayArguments", 3,
                "acc := Construct(args[0], elements of Array args[1], newTarget = args[2])"),
    RuntimeSpec("DirectEval", 5,
                "19.2.1.1 PerformEval for a direct eval call: args = (callee, first argument, "
                "caller SharedFunctionInfo-independent flags: strict (bool), source position "
                "(Number), this_function or undefined); if callee is not %eval%, acc := "
                "Call(callee, undefined, [arg]); else compile with bytecode.compiler.compile_eval "
                "against the current context and run it"),
    # ---- objects -----------------------------------------------------------------------
    RuntimeSpec("CreateIterResultObject", 2, "acc := {value: args[0], done: args[1]}"),
    RuntimeSpec("CopyDataProperties", 2, "CopyDataProperties(args[0] target, args[1] source, [])"),
    RuntimeSpec("CopyDataPropertiesWithExcludedKeys", None,
                "acc := new Object; CopyDataProperties(acc, args[0], excluded keys args[1:] "
                "(already property keys))"),
    RuntimeSpec("SetObjectLiteralPrototype", 2,
                "object literal `__proto__: v`: if args[1] is an Object or null, "
                "args[0].[[SetPrototypeOf]](args[1])"),
    RuntimeSpec("DefineAccessor", 4,
                "define accessor on args[0], key args[1] (ToPropertyKey done), getter args[2] "
                "(or undefined), setter args[3] (or undefined); enumerable, configurable "
                "(object literal); merges with an existing accessor's other half; sets function "
                "names 'get k' / 'set k' and [[HomeObject]] := args[0]"),
    RuntimeSpec("SetFunctionName", 3,
                "SetFunctionName(args[0], ToPropertyKey(args[1]), prefix args[2] or undefined); "
                "acc := args[0]"),
    RuntimeSpec("SetHomeObject", 2, "args[0].[[HomeObject]] := args[1]; acc := args[0]"),
    RuntimeSpec("LoadFromSuper", 3,
                "acc := args[0].[[HomeObject]].[[GetPrototypeOf]]().[[Get]](ToPropertyKey(args[2]), "
                "receiver args[1]) (args[0]: the method closure)"),
    RuntimeSpec("StoreToSuper", 4,
                "args[0].[[HomeObject]].[[GetPrototypeOf]]().[[Set]](key args[2], value args[3], "
                "receiver args[1]); TypeError in strict code if it fails; acc := args[3]"),
    RuntimeSpec("ToPropertyKeyForSuper", 1, "acc := ToPropertyKey(args[0])"),
    # ---- classes -----------------------------------------------------------------------
    RuntimeSpec("DefineClass", 2,
                "15.7.14 ClassDefinitionEvaluation steps 5-16 for constructor closure args[0] and "
                "superclass args[1] (the hole when there is no heritage): checks, prototype "
                "object, F.prototype, proto.constructor, class constructor marks; acc := proto"),
    RuntimeSpec("DefineClassMethod", 4,
                "define method/getter/setter closure args[2] on args[0] under key args[1] "
                "(ToPropertyKey done) with flags args[3] (0 method, 1 getter, 2 setter): "
                "non-enumerable, sets [[HomeObject]] := args[0] and the function name"),
    RuntimeSpec("SetClassFields", 2,
                "args[0].[[Fields]] := the instance fields initializer closure args[1] "
                "(run by [[Construct]] / after super() via InitializeInstanceElements)"),
    RuntimeSpec("InitializeInstanceElements", 2,
                "7.3.34 InitializeInstanceElements(args[0] object, args[1] constructor)"),
    RuntimeSpec("CreatePrivateName", 1, "acc := new Private Name with description args[0]"),
    RuntimeSpec("SetPrivateMethod", 3,
                "Private Name args[0] becomes a method (args[2] = 0, function args[1]), getter "
                "(args[2] = 1) or setter (args[2] = 2) of its class"),
    RuntimeSpec("PrivateGet", 2, "acc := 7.3.31 PrivateGet(args[0] object, args[1] private name)"),
    RuntimeSpec("PrivateSet", 3, "7.3.32 PrivateSet(args[0], args[1], args[2] value); acc := args[2]"),
    RuntimeSpec("PrivateFieldAdd", 3, "7.3.28 PrivateFieldAdd(args[0], args[1], args[2] value)"),
    RuntimeSpec("PrivateMethodOrAccessorAdd", 2,
                "7.3.29 PrivateMethodOrAccessorAdd(args[0] object, private name args[1])"),
    RuntimeSpec("PrivateIn", 2,
                "acc := `#x in obj`: TypeError if args[1] is not an Object; "
                "whether args[1] has private name args[0]"),
    # ---- iteration / async -------------------------------------------------------------
    RuntimeSpec("GetIteratorReturn", 1,
                "iterator record args[0]: unless done, done := true and acc := "
                "GetMethod(record.iterator, 'return'); acc := undefined if already done"),
    RuntimeSpec("CallIteratorMethod", None,
                "acc := Call(args[1], iterator record args[0].iterator, args[2:])"),
    RuntimeSpec("GetIteratorMethod", 2,
                "acc := GetMethod(iterator record args[0].iterator, 'throw' if args[1] is 1 "
                "else 'return') (undefined if absent); does not mark the record done"),
    RuntimeSpec("IteratorCallNext", None,
                "acc := Call(record args[0].next_method, record.iterator, args[1:]) "
                "(no result check; async iteration awaits the result in bytecode)"),
    RuntimeSpec("IteratorComplete", 1,
                "acc := IteratorComplete(args[0]) (TypeError 'Iterator result x is not an object' "
                "if not an Object)"),
    RuntimeSpec("SetIteratorDone", 1, "iterator record args[0].done := true"),
    RuntimeSpec("AsyncFromSyncIterator", 1,
                "acc := record of CreateAsyncFromSyncIterator(record args[0])"),
    # ---- misc --------------------------------------------------------------------------
    RuntimeSpec("NewTypeErrorForYieldDelegate", 0,
                "throw TypeError 'The iterator does not provide a 'throw' method'"),
    RuntimeSpec("DynamicImport", 2,
                "acc := promise of import(args[0], args[1]) (options undefined when absent), "
                "referrer: the running module or script"),
    RuntimeSpec("GetImportMeta", 0, "acc := import.meta of the current module"),
    RuntimeSpec("GetModuleNamespace", 1, "acc := module namespace object of module request args[0]"),
)

RuntimeFunction = enum.IntEnum("RuntimeFunction", [s.name for s in RUNTIME_SPECS], start=0)
RUNTIME_SPEC_OF = {RuntimeFunction[s.name]: s for s in RUNTIME_SPECS}
