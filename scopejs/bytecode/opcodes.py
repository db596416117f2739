"""THE opcode table: every bytecode of scopejs, declared once as data (conventions.md G).

Each row is an ``OpcodeSpec``: the V8 (Ignition) spelling, how the instruction uses the
accumulator, the kinds of its operands and a one-line semantics.  The builder's operand checks,
the disassembler, the interpreter's dispatch table and the reference docs are derived from it.

Instruction encoding (see bytecode_array.py): ``BytecodeArray.instructions`` is a list of
``(Op, operands)`` where ``operands`` is a tuple of ints, one per operand kind below.

Register operands are indices into the frame's register file, laid out as
``[<closure>, <new.target>, <this>, a0 .. a(n-1), r0 .. r(m-1)]`` (see registers.py).
Jump operands are absolute instruction indices.  Context slots are indices into
``Context.slots`` (no V8-style header slots).  Notation in ``semantics``: ``acc`` accumulator,
``rN`` a register operand, ``K[i]`` constant pool entry i, ``ctx`` the current context,
``ctx^d`` ``d`` steps up ``ctx.previous``.

Deviations from V8 are listed in docs/architecture.md (no feedback-slot operands; no
Star0..Star15 short forms; LdaContextSlot takes no context register; one fused
IteratorStepValue / ForInNext per loop step; SuspendGenerator keeps the Python frame alive so
no register save/restore and no SwitchOnGeneratorState).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass


class AccUse(enum.Enum):
    NONE = "none"
    READ = "read"
    WRITE = "write"
    READ_WRITE = "read_write"


class OperandKind(enum.Enum):
    REG = "reg"              # register read
    REG_OUT = "reg_out"      # register written
    REG_LIST = "reg_list"    # first register of a consecutive list (followed by REG_COUNT)
    REG_COUNT = "reg_count"  # number of registers in the preceding REG_LIST
    IDX = "idx"              # constant pool index
    UIMM = "uimm"            # unsigned immediate
    IMM = "imm"              # signed immediate (LdaSmi)
    SLOT = "slot"            # context slot index
    DEPTH = "depth"          # context chain depth
    FLAG = "flag"            # small flag set / enum value
    JUMP = "jump"            # absolute instruction index
    RUNTIME = "runtime"      # RuntimeFunction id (runtime_functions.py)


R = AccUse.READ
W = AccUse.WRITE
RW = AccUse.READ_WRITE
N = AccUse.NONE
REG, REG_OUT, REG_LIST, REG_COUNT = (OperandKind.REG, OperandKind.REG_OUT, OperandKind.REG_LIST,
                                     OperandKind.REG_COUNT)
IDX, UIMM, IMM, SLOT, DEPTH, FLAG, JUMP, RUNTIME = (
    OperandKind.IDX, OperandKind.UIMM, OperandKind.IMM, OperandKind.SLOT, OperandKind.DEPTH,
    OperandKind.FLAG, OperandKind.JUMP, OperandKind.RUNTIME)


@dataclass(frozen=True, slots=True)
class OpcodeSpec:
    name: str
    accumulator: AccUse
    operands: tuple
    semantics: str
    is_jump: bool = False


def _op(name, acc, operands, semantics):
    return OpcodeSpec(name, acc, tuple(operands), semantics, JUMP in operands)


# Flags of TestTypeOf (the literal compared against), in this order.
TYPEOF_LITERALS = ("number", "string", "symbol", "boolean", "bigint", "undefined", "function",
                   "object")

# Kinds of SuspendGenerator.
SUSPEND_INITIAL = 0      # end of FunctionDeclarationInstantiation of a generator: return the object
SUSPEND_YIELD = 1        # yield acc (the generator machinery wraps it into {value, done: false})
SUSPEND_AWAIT = 2        # await acc (Await(): PromiseResolve + then, resume with value or throw)
SUSPEND_YIELD_RAW = 3    # sync yield* : acc is the inner iterator result object, passed as is
SUSPEND_KINDS = ("initial", "yield", "await", "yield_raw")

# Resume modes written by ResumeGenerator into its register.
RESUME_NEXT = 0
RESUME_RETURN = 1
RESUME_THROW = 2

# Flags of CreateClosure.
CLOSURE_PRETENURED = 2   # d8 prints #2 for closures created in a function context (cosmetic)

# Flags of DefineKeyedOwnPropertyInLiteral.
DEFINE_SET_FUNCTION_NAME = 1   # acc is an anonymous function: SetFunctionName(acc, key)
DEFINE_ENUMERABLE = 2          # define enumerable (object literals); class fields set this too

# Flags of IteratorClose.
CLOSE_NORMAL = 0   # normal completion: errors of return() propagate, result must be an object
CLOSE_THROW = 1    # throw completion pending: errors of return() are swallowed

SPECS: tuple[OpcodeSpec, ...] = (
    # ---- accumulator loads -------------------------------------------------------------
    _op("LdaZero", W, (), "acc := 0"),
    _op("LdaSmi", W, (IMM,), "acc := imm (a small integer, as a Number)"),
    _op("LdaUndefined", W, (), "acc := undefined"),
    _op("LdaNull", W, (), "acc := null"),
    _op("LdaTheHole", W, (), "acc := the hole (TDZ marker)"),
    _op("LdaTrue", W, (), "acc := true"),
    _op("LdaFalse", W, (), "acc := false"),
    _op("LdaConstant", W, (IDX,), "acc := K[idx] (Number, String, BigIntLiteral -> BigInt)"),
    # ---- registers ---------------------------------------------------------------------
    _op("Ldar", W, (REG,), "acc := r"),
    _op("Star", R, (REG_OUT,), "r := acc"),
    _op("Mov", N, (REG, REG_OUT), "r2 := r1"),
    # ---- globals (UNALLOCATED variables) -----------------------------------------------
    _op("LdaGlobal", W, (IDX,),
        "acc := value of global K[idx]: global lexical record, then global object; "
        "ReferenceError 'x is not defined' if absent, 'Cannot access 'x' before initialization' if TDZ"),
    _op("LdaGlobalInsideTypeof", W, (IDX,), "as LdaGlobal but acc := undefined when absent"),
    _op("StaGlobal", R, (IDX,),
        "global K[idx] := acc (PutValue; strict function: ReferenceError if unresolvable; "
        "TDZ -> ReferenceError; const -> TypeError 'Assignment to constant variable.')"),
    # ---- contexts (CONTEXT variables) --------------------------------------------------
    _op("LdaContextSlot", W, (SLOT, DEPTH), "acc := ctx^depth.slots[slot]"),
    _op("LdaImmutableContextSlot", W, (SLOT, DEPTH), "acc := ctx^depth.slots[slot] (never reassigned)"),
    _op("LdaCurrentContextSlot", W, (SLOT,), "acc := ctx.slots[slot]"),
    _op("LdaImmutableCurrentContextSlot", W, (SLOT,), "acc := ctx.slots[slot] (never reassigned)"),
    _op("StaContextSlot", R, (SLOT, DEPTH), "ctx^depth.slots[slot] := acc"),
    _op("StaCurrentContextSlot", R, (SLOT,), "ctx.slots[slot] := acc"),
    _op("PushContext", R, (REG_OUT,), "r := ctx; ctx := acc"),
    _op("PopContext", N, (REG,), "ctx := r"),
    _op("CreateFunctionContext", W, (IDX, UIMM),
        "acc := new Context(scope_info K[idx], previous ctx, uimm slots initialised per scope_info)"),
    _op("CreateBlockContext", W, (IDX,), "acc := new Context(scope_info K[idx], previous ctx)"),
    _op("CreateCatchContext", W, (REG, IDX),
        "acc := new Context(scope_info K[idx], previous ctx) with slots[0] := r (the exception)"),
    _op("CreateWithContext", W, (REG, IDX),
        "acc := new with-Context(object r (already ToObject'd), scope_info K[idx], previous ctx)"),
    _op("CreateEvalContext", W, (IDX, UIMM),
        "acc := new Context for strict/sloppy eval code (scope_info K[idx], uimm slots, previous ctx)"),
    _op("CreatePerIterationContext", N, (REG_OUT,),
        "ctx := copy of ctx (same scope_info and previous, slots copied); r := ctx: 14.7.4.4 "
        "CreatePerIterationEnvironment"),
    # ---- dynamic lookups (LOOKUP variables: with / sloppy direct eval) -----------------
    _op("LdaLookupSlot", W, (IDX,),
        "acc := ResolveBinding(K[idx]) through the context chain (with objects, eval extensions, "
        "scope_info names), then globals; ReferenceError if unresolvable"),
    _op("LdaLookupSlotInsideTypeof", W, (IDX,), "as LdaLookupSlot but acc := undefined if unresolvable"),
    _op("StaLookupSlot", R, (IDX, FLAG), "PutValue(ResolveBinding(K[idx]), acc); flag 1 = strict"),
    # ---- TDZ and super checks ----------------------------------------------------------
    _op("ThrowReferenceErrorIfHole", R, (IDX,),
        "if acc is the hole: throw ReferenceError \"Cannot access 'K[idx]' before initialization\""),
    _op("ThrowSuperNotCalledIfHole", R, (),
        "if acc is the hole: throw ReferenceError \"Must call super constructor in derived class "
        "before accessing 'this' or returning from derived constructor\""),
    _op("ThrowSuperAlreadyCalledIfNotHole", R, (),
        "if acc is not the hole: throw ReferenceError \"Super constructor may only be called once\""),
    _op("ThrowIfNotSuperConstructor", N, (REG,),
        "if r is not a constructor: TypeError \"Super constructor X of anonymous class is not a constructor\""),
    # ---- closures and arguments --------------------------------------------------------
    _op("CreateClosure", W, (IDX, FLAG),
        "acc := new JSFunction(SharedFunctionInfo K[idx], [[Environment]] := ctx)"),
    _op("CreateMappedArguments", W, (),
        "acc := mapped arguments object (10.4.4.7): parameter i aliases "
        "ctx.slots[sfi.scope_info.parameter_slots[i]]"),
    _op("CreateUnmappedArguments", W, (), "acc := unmapped arguments object (10.4.4.6)"),
    _op("CreateRestParameter", W, (), "acc := Array of the actual arguments after the formal ones"),
    # ---- properties --------------------------------------------------------------------
    _op("GetNamedProperty", W, (REG, IDX), "acc := r[K[idx]] (GetValue; TypeError on null/undefined)"),
    _op("GetKeyedProperty", RW, (REG,), "acc := r[acc]"),
    _op("SetNamedProperty", R, (REG, IDX), "r[K[idx]] := acc (PutValue, strictness of the function)"),
    _op("SetKeyedProperty", R, (REG, REG), "r1[r2] := acc (PutValue, strictness of the function)"),
    _op("DefineNamedOwnProperty", R, (REG, IDX), "CreateDataPropertyOrThrow(r, K[idx], acc)"),
    _op("DefineKeyedOwnPropertyInLiteral", R, (REG, REG, FLAG),
        "DefinePropertyOrThrow(r1, ToPropertyKey(r2), {value: acc, writable, configurable, "
        "enumerable: flag&2}); flag&1: SetFunctionName(acc, key) first"),
    _op("StaInArrayLiteral", R, (REG, REG), "CreateDataPropertyOrThrow(r1, r2, acc)"),
    _op("DeletePropertyStrict", RW, (REG,), "acc := delete r[acc] (TypeError if non-configurable)"),
    _op("DeletePropertySloppy", RW, (REG,), "acc := delete r[acc]"),
    # ---- binary operators: acc := r OP acc --------------------------------------------
    _op("Add", RW, (REG,), "acc := r + acc"),
    _op("Sub", RW, (REG,), "acc := r - acc"),
    _op("Mul", RW, (REG,), "acc := r * acc"),
    _op("Div", RW, (REG,), "acc := r / acc"),
    _op("Mod", RW, (REG,), "acc := r % acc"),
    _op("Exp", RW, (REG,), "acc := r ** acc"),
    _op("BitwiseOr", RW, (REG,), "acc := r | acc"),
    _op("BitwiseXor", RW, (REG,), "acc := r ^ acc"),
    _op("BitwiseAnd", RW, (REG,), "acc := r & acc"),
    _op("ShiftLeft", RW, (REG,), "acc := r << acc"),
    _op("ShiftRight", RW, (REG,), "acc := r >> acc"),
    _op("ShiftRightLogical", RW, (REG,), "acc := r >>> acc"),
    # ---- binary operators with a small-integer right operand: acc := acc OP imm -------
    _op("AddSmi", RW, (IMM,), "acc := acc + imm"),
    _op("SubSmi", RW, (IMM,), "acc := acc - imm"),
    _op("MulSmi", RW, (IMM,), "acc := acc * imm"),
    _op("DivSmi", RW, (IMM,), "acc := acc / imm"),
    _op("ModSmi", RW, (IMM,), "acc := acc % imm"),
    _op("ExpSmi", RW, (IMM,), "acc := acc ** imm"),
    _op("BitwiseOrSmi", RW, (IMM,), "acc := acc | imm"),
    _op("BitwiseXorSmi", RW, (IMM,), "acc := acc ^ imm"),
    _op("BitwiseAndSmi", RW, (IMM,), "acc := acc & imm"),
    _op("ShiftLeftSmi", RW, (IMM,), "acc := acc << imm"),
    _op("ShiftRightSmi", RW, (IMM,), "acc := acc >> imm"),
    _op("ShiftRightLogicalSmi", RW, (IMM,), "acc := acc >>> imm"),
    # ---- unary operators ---------------------------------------------------------------
    _op("Inc", RW, (), "acc := ToNumeric(acc) + 1 (Number or BigInt)"),
    _op("Dec", RW, (), "acc := ToNumeric(acc) - 1 (Number or BigInt)"),
    _op("Negate", RW, (), "acc := -acc"),
    _op("BitwiseNot", RW, (), "acc := ~acc"),
    _op("ToBooleanLogicalNot", RW, (), "acc := !ToBoolean(acc)"),
    _op("LogicalNot", RW, (), "acc := !acc (acc is a Boolean)"),
    _op("TypeOf", RW, (), "acc := typeof acc"),
    # ---- comparisons: acc := r OP acc --------------------------------------------------
    _op("TestEqual", RW, (REG,), "acc := r == acc"),
    _op("TestEqualStrict", RW, (REG,), "acc := r === acc"),
    _op("TestLessThan", RW, (REG,), "acc := r < acc"),
    _op("TestGreaterThan", RW, (REG,), "acc := r > acc"),
    _op("TestLessThanOrEqual", RW, (REG,), "acc := r <= acc"),
    _op("TestGreaterThanOrEqual", RW, (REG,), "acc := r >= acc"),
    _op("TestReferenceEqual", RW, (REG,), "acc := r is acc (SameValue on identity; used for holes)"),
    _op("TestInstanceOf", RW, (REG,), "acc := r instanceof acc (13.10.2 InstanceofOperator)"),
    _op("TestIn", RW, (REG,), "acc := r in acc (TypeError if acc is not an object)"),
    _op("TestUndetectable", RW, (), "acc := acc == null (null or undefined)"),
    _op("TestNull", RW, (), "acc := acc === null"),
    _op("TestUndefined", RW, (), "acc := acc === undefined"),
    _op("TestTypeOf", RW, (FLAG,), "acc := typeof acc === TYPEOF_LITERALS[flag]"),
    # ---- conversions -------------------------------------------------------------------
    _op("ToNumber", RW, (), "acc := ToNumber(acc)"),
    _op("ToNumeric", RW, (), "acc := ToNumeric(acc)"),
    _op("ToString", RW, (), "acc := ToString(acc)"),
    _op("ToName", RW, (), "acc := ToPropertyKey(acc)"),
    _op("ToObject", R, (REG_OUT,), "r := ToObject(acc)"),
    _op("ToBoolean", RW, (), "acc := ToBoolean(acc)"),
    # ---- jumps (targets are absolute instruction indices) ------------------------------
    _op("Jump", N, (JUMP,), "pc := target"),
    _op("JumpLoop", N, (JUMP, UIMM), "pc := target (a loop back edge; uimm = loop depth)"),
    _op("JumpIfTrue", R, (JUMP,), "if acc is true: pc := target"),
    _op("JumpIfFalse", R, (JUMP,), "if acc is false: pc := target"),
    _op("JumpIfToBooleanTrue", R, (JUMP,), "if ToBoolean(acc): pc := target"),
    _op("JumpIfToBooleanFalse", R, (JUMP,), "if not ToBoolean(acc): pc := target"),
    _op("JumpIfNull", R, (JUMP,), "if acc is null: pc := target"),
    _op("JumpIfNotNull", R, (JUMP,), "if acc is not null: pc := target"),
    _op("JumpIfUndefined", R, (JUMP,), "if acc is undefined: pc := target"),
    _op("JumpIfNotUndefined", R, (JUMP,), "if acc is not undefined: pc := target"),
    _op("JumpIfUndefinedOrNull", R, (JUMP,), "if acc is undefined or null: pc := target"),
    _op("JumpIfJSReceiver", R, (JUMP,), "if acc is an Object: pc := target"),
    _op("JumpIfNotHole", R, (JUMP,), "if acc is not the hole: pc := target"),
    _op("SwitchOnSmiNoFeedback", R, (IDX,),
        "K[idx] is a JumpTable(base, targets): if acc is an integer Number with "
        "0 <= acc - base < len(targets): pc := targets[acc - base]; else fall through"),
    # ---- calls -------------------------------------------------------------------------
    _op("CallProperty", W, (REG, REG_LIST, REG_COUNT),
        "acc := Call(r, receiver = list[0], arguments = list[1:])"),
    _op("CallUndefinedReceiver", W, (REG, REG_LIST, REG_COUNT),
        "acc := Call(r, receiver = undefined, arguments = list)"),
    _op("CallAnyReceiver", W, (REG, REG_LIST, REG_COUNT),
        "acc := Call(r, receiver = list[0], arguments = list[1:]) (receiver may be anything)"),
    _op("CallWithSpread", W, (REG, REG_LIST, REG_COUNT),
        "as CallProperty but the last argument is spread (iterated) into the argument list"),
    _op("Construct", RW, (REG, REG_LIST, REG_COUNT),
        "acc := Construct(r, arguments = list, newTarget = acc)"),
    _op("ConstructWithSpread", RW, (REG, REG_LIST, REG_COUNT),
        "as Construct but the last argument is spread"),
    _op("CallRuntime", W, (RUNTIME, REG_LIST, REG_COUNT),
        "acc := RuntimeFunction[id](frame, list) (see runtime_functions.py)"),
    _op("GetSuperConstructor", R, (REG_OUT,), "r := acc.[[GetPrototypeOf]]() (acc: active function)"),
    # ---- literals ----------------------------------------------------------------------
    _op("CreateObjectLiteral", W, (IDX, FLAG),
        "acc := new Object from ObjectBoilerplate K[idx] (keys in order; constant values filled, "
        "others undefined until defined by the following instructions)"),
    _op("CreateArrayLiteral", W, (IDX, FLAG),
        "acc := new Array from ArrayBoilerplate K[idx] (constant elements; holes stay holes)"),
    _op("CreateArrayFromList", W, (REG_LIST, REG_COUNT),
        "acc := new Array whose elements are the registers' values (scopejs: no boilerplate "
        "needed for literals of non-constant elements without spread or elisions)"),
    _op("CreateEmptyObjectLiteral", W, (), "acc := OrdinaryObjectCreate(%Object.prototype%)"),
    _op("CreateEmptyArrayLiteral", W, (), "acc := ArrayCreate(0)"),
    _op("CreateRegExpLiteral", W, (IDX, IDX), "acc := RegExpCreate(K[idx1] pattern, K[idx2] flags)"),
    _op("GetTemplateObject", W, (IDX,),
        "acc := the template object of TemplateObjectDescription K[idx] (13.2.8.4 "
        "GetTemplateObject: cached per site and realm)"),
    _op("CloneObject", W, (REG, FLAG), "acc := new Object; CopyDataProperties(acc, r, [])"),
    # ---- exceptions and returns --------------------------------------------------------
    _op("Throw", R, (), "throw acc"),
    _op("ReThrow", R, (), "throw acc (rethrow from a finally block: keep the original stack)"),
    _op("Return", R, (), "return acc"),
    _op("Debugger", N, (), "debugger statement: pause if a debugger is attached"),
    # ---- iteration ---------------------------------------------------------------------
    _op("GetIterator", W, (REG, FLAG),
        "acc := IteratorRecord of GetIterator(r, flag 0 sync / 1 async) (7.4.3)"),
    _op("IteratorStepValue", W, (REG, JUMP),
        "r is an IteratorRecord: if r.done: pc := target; else result := Call(next, iterator); "
        "TypeError if not an Object; "
        "if result.done: r.done := true, pc := target; else acc := result.value. Any abrupt "
        "completion sets r.done := true"),
    _op("IteratorClose", N, (REG, FLAG),
        "r is an IteratorRecord: unless r.done: r.done := true, then IteratorClose(r) (7.4.11); "
        "flag CLOSE_THROW swallows errors of return() (a throw completion is pending)"),
    _op("ForInEnumerate", W, (REG,),
        "acc := for-in enumerator over ToObject(r) (14.7.5.9 EnumerateObjectProperties); "
        "acc := an empty enumerator if r is null/undefined"),
    _op("ForInNext", W, (REG, JUMP),
        "acc := next key of enumerator r still present on the object, or pc := target when exhausted"),
    # ---- generators and async ----------------------------------------------------------
    _op("SuspendGenerator", R, (UIMM, FLAG),
        "suspend this frame (kind SUSPEND_KINDS[flag], id uimm); acc is the yielded/awaited value"),
    _op("ResumeGenerator", W, (REG_OUT,),
        "first instruction after a SuspendGenerator: acc := the resumption value, "
        "r := mode (RESUME_NEXT / RESUME_RETURN / RESUME_THROW)"),
    # ---- modules -----------------------------------------------------------------------
    _op("LdaModuleVariable", W, (IDX,),
        "acc := value of module binding K[idx] (ModuleBinding: local export cell or import); "
        "ReferenceError if in TDZ"),
    _op("StaModuleVariable", R, (IDX,), "module binding K[idx] := acc (local bindings only)"),
)

Op = enum.IntEnum("Op", [spec.name for spec in SPECS], start=0)
Op.__doc__ = "Opcode numbers, in table order (no behaviour may depend on the numeric order)."

SPEC_OF: dict = {Op[spec.name]: spec for spec in SPECS}
JUMP_OPS = frozenset(op for op, spec in SPEC_OF.items() if spec.is_jump)
# Instructions after which control never falls through.
TERMINATORS = frozenset({Op.Jump, Op.JumpLoop, Op.Throw, Op.ReThrow, Op.Return})


def spec(op) -> OpcodeSpec:
    return SPEC_OF[op]
