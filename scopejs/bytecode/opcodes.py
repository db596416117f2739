"""THE opcode table: every bytecode of scopejs, declared once as data (conventions.md G).

Each row is an ``OpcodeSpec``: the V8 (Ignition) spelling, how the instruction uses the
accumulator and the kinds of its operands.  The builder's operand checks, the disassembler, the
interpreter's dispatch table and the reference docs are derived from it.  What an opcode DOES is
defined once, by its template in interpreter/bytecodes.py; its one-line description (the
template's docstring, ``OpcodeSpec.semantics``) is generated into opcode_descriptions.py.

Instruction encoding (see bytecode_array.py): ``BytecodeArray.instructions`` is a list of
``(Op, operands)`` where ``operands`` is a tuple of ints, one per operand kind below.

Register operands are indices into the frame's register file, laid out as
``[<closure>, <new.target>, <this>, a0 .. a(n-1), r0 .. r(m-1)]`` (see registers.py).
Jump operands are absolute instruction indices.  Context slots are indices into
``Context.slots`` (no V8-style header slots).  Notation in the descriptions: ``acc`` accumulator,
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
    is_jump: bool = False

    @property
    def semantics(self) -> str:
        """The one-line description, generated from the opcode's template (the one definition
        in interpreter/bytecodes.py) into opcode_descriptions.py."""
        from scopejs.bytecode.opcode_descriptions import DESCRIPTIONS
        return DESCRIPTIONS[self.name]


def _op(name, acc, operands):
    return OpcodeSpec(name, acc, tuple(operands), JUMP in operands)


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
    _op("LdaZero", W, ()),
    _op("LdaSmi", W, (IMM,)),
    _op("LdaUndefined", W, ()),
    _op("LdaNull", W, ()),
    _op("LdaTheHole", W, ()),
    _op("LdaTrue", W, ()),
    _op("LdaFalse", W, ()),
    _op("LdaConstant", W, (IDX,)),
    # ---- registers ---------------------------------------------------------------------
    _op("Ldar", W, (REG,)),
    _op("Star", R, (REG_OUT,)),
    _op("Mov", N, (REG, REG_OUT)),
    # ---- globals (UNALLOCATED variables) -----------------------------------------------
    _op("LdaGlobal", W, (IDX,)),
    _op("LdaGlobalInsideTypeof", W, (IDX,)),
    _op("StaGlobal", R, (IDX,)),
    # ---- contexts (CONTEXT variables) --------------------------------------------------
    _op("LdaContextSlot", W, (SLOT, DEPTH)),
    _op("LdaImmutableContextSlot", W, (SLOT, DEPTH)),
    _op("LdaCurrentContextSlot", W, (SLOT,)),
    _op("LdaImmutableCurrentContextSlot", W, (SLOT,)),
    _op("StaContextSlot", R, (SLOT, DEPTH)),
    _op("StaCurrentContextSlot", R, (SLOT,)),
    _op("PushContext", R, (REG_OUT,)),
    _op("PopContext", N, (REG,)),
    _op("CreateFunctionContext", W, (IDX, UIMM)),
    _op("CreateBlockContext", W, (IDX,)),
    _op("CreateCatchContext", W, (REG, IDX)),
    _op("CreateWithContext", W, (REG, IDX)),
    _op("CreateEvalContext", W, (IDX, UIMM)),
    _op("CreatePerIterationContext", N, (REG_OUT,)),
    # ---- dynamic lookups (LOOKUP variables: with / sloppy direct eval) -----------------
    _op("LdaLookupSlot", W, (IDX,)),
    _op("LdaLookupSlotInsideTypeof", W, (IDX,)),
    _op("StaLookupSlot", R, (IDX, FLAG)),
    # ---- TDZ and super checks ----------------------------------------------------------
    _op("ThrowReferenceErrorIfHole", R, (IDX,)),
    _op("ThrowSuperNotCalledIfHole", R, ()),
    _op("ThrowSuperAlreadyCalledIfNotHole", R, ()),
    _op("ThrowIfNotSuperConstructor", N, (REG,)),
    # ---- closures and arguments --------------------------------------------------------
    _op("CreateClosure", W, (IDX, FLAG)),
    _op("CreateMappedArguments", W, ()),
    _op("CreateUnmappedArguments", W, ()),
    _op("CreateRestParameter", W, ()),
    # ---- properties --------------------------------------------------------------------
    _op("GetNamedProperty", W, (REG, IDX)),
    _op("GetKeyedProperty", RW, (REG,)),
    _op("SetNamedProperty", R, (REG, IDX)),
    _op("SetKeyedProperty", R, (REG, REG)),
    _op("DefineNamedOwnProperty", R, (REG, IDX)),
    _op("DefineKeyedOwnPropertyInLiteral", R, (REG, REG, FLAG)),
    _op("StaInArrayLiteral", R, (REG, REG)),
    _op("DeletePropertyStrict", RW, (REG,)),
    _op("DeletePropertySloppy", RW, (REG,)),
    # ---- binary operators: acc := r OP acc --------------------------------------------
    _op("Add", RW, (REG,)),
    _op("Sub", RW, (REG,)),
    _op("Mul", RW, (REG,)),
    _op("Div", RW, (REG,)),
    _op("Mod", RW, (REG,)),
    _op("Exp", RW, (REG,)),
    _op("BitwiseOr", RW, (REG,)),
    _op("BitwiseXor", RW, (REG,)),
    _op("BitwiseAnd", RW, (REG,)),
    _op("ShiftLeft", RW, (REG,)),
    _op("ShiftRight", RW, (REG,)),
    _op("ShiftRightLogical", RW, (REG,)),
    # ---- binary operators with a small-integer right operand: acc := acc OP imm -------
    _op("AddSmi", RW, (IMM,)),
    _op("SubSmi", RW, (IMM,)),
    _op("MulSmi", RW, (IMM,)),
    _op("DivSmi", RW, (IMM,)),
    _op("ModSmi", RW, (IMM,)),
    _op("ExpSmi", RW, (IMM,)),
    _op("BitwiseOrSmi", RW, (IMM,)),
    _op("BitwiseXorSmi", RW, (IMM,)),
    _op("BitwiseAndSmi", RW, (IMM,)),
    _op("ShiftLeftSmi", RW, (IMM,)),
    _op("ShiftRightSmi", RW, (IMM,)),
    _op("ShiftRightLogicalSmi", RW, (IMM,)),
    # ---- unary operators ---------------------------------------------------------------
    _op("Inc", RW, ()),
    _op("Dec", RW, ()),
    _op("Negate", RW, ()),
    _op("BitwiseNot", RW, ()),
    _op("ToBooleanLogicalNot", RW, ()),
    _op("LogicalNot", RW, ()),
    _op("TypeOf", RW, ()),
    # ---- comparisons: acc := r OP acc --------------------------------------------------
    _op("TestEqual", RW, (REG,)),
    _op("TestEqualStrict", RW, (REG,)),
    _op("TestLessThan", RW, (REG,)),
    _op("TestGreaterThan", RW, (REG,)),
    _op("TestLessThanOrEqual", RW, (REG,)),
    _op("TestGreaterThanOrEqual", RW, (REG,)),
    _op("TestReferenceEqual", RW, (REG,)),
    _op("TestInstanceOf", RW, (REG,)),
    _op("TestIn", RW, (REG,)),
    _op("TestUndetectable", RW, ()),
    _op("TestNull", RW, ()),
    _op("TestUndefined", RW, ()),
    _op("TestTypeOf", RW, (FLAG,)),
    # ---- conversions -------------------------------------------------------------------
    _op("ToNumber", RW, ()),
    _op("ToNumeric", RW, ()),
    _op("ToString", RW, ()),
    _op("ToName", RW, ()),
    _op("ToObject", R, (REG_OUT,)),
    _op("ToBoolean", RW, ()),
    # ---- jumps (targets are absolute instruction indices) ------------------------------
    _op("Jump", N, (JUMP,)),
    _op("JumpLoop", N, (JUMP, UIMM)),
    _op("JumpIfTrue", R, (JUMP,)),
    _op("JumpIfFalse", R, (JUMP,)),
    _op("JumpIfToBooleanTrue", R, (JUMP,)),
    _op("JumpIfToBooleanFalse", R, (JUMP,)),
    _op("JumpIfNull", R, (JUMP,)),
    _op("JumpIfNotNull", R, (JUMP,)),
    _op("JumpIfUndefined", R, (JUMP,)),
    _op("JumpIfNotUndefined", R, (JUMP,)),
    _op("JumpIfUndefinedOrNull", R, (JUMP,)),
    _op("JumpIfJSReceiver", R, (JUMP,)),
    _op("JumpIfNotHole", R, (JUMP,)),
    _op("SwitchOnSmiNoFeedback", R, (IDX,)),
    # ---- calls -------------------------------------------------------------------------
    _op("CallProperty", W, (REG, REG_LIST, REG_COUNT)),
    _op("CallUndefinedReceiver", W, (REG, REG_LIST, REG_COUNT)),
    _op("CallAnyReceiver", W, (REG, REG_LIST, REG_COUNT)),
    _op("CallWithSpread", W, (REG, REG_LIST, REG_COUNT)),
    _op("Construct", RW, (REG, REG_LIST, REG_COUNT)),
    _op("ConstructWithSpread", RW, (REG, REG_LIST, REG_COUNT)),
    _op("CallRuntime", W, (RUNTIME, REG_LIST, REG_COUNT)),
    _op("GetSuperConstructor", R, (REG_OUT,)),
    # ---- literals ----------------------------------------------------------------------
    _op("CreateObjectLiteral", W, (IDX, FLAG)),
    _op("CreateArrayLiteral", W, (IDX, FLAG)),
    _op("CreateArrayFromList", W, (REG_LIST, REG_COUNT)),
    _op("CreateEmptyObjectLiteral", W, ()),
    _op("CreateEmptyArrayLiteral", W, ()),
    _op("CreateRegExpLiteral", W, (IDX, IDX)),
    _op("GetTemplateObject", W, (IDX,)),
    _op("CloneObject", W, (REG, FLAG)),
    # ---- exceptions and returns --------------------------------------------------------
    _op("Throw", R, ()),
    _op("ReThrow", R, ()),
    _op("Return", R, ()),
    _op("Debugger", N, ()),
    # ---- iteration ---------------------------------------------------------------------
    _op("GetIterator", W, (REG, FLAG)),
    _op("IteratorStepValue", W, (REG, JUMP)),
    _op("IteratorClose", N, (REG, FLAG)),
    _op("ForInEnumerate", W, (REG,)),
    _op("ForInNext", W, (REG, JUMP)),
    # ---- generators and async ----------------------------------------------------------
    _op("SuspendGenerator", R, (UIMM, FLAG)),
    _op("ResumeGenerator", W, (REG_OUT,)),
    # ---- modules -----------------------------------------------------------------------
    _op("LdaModuleVariable", W, (IDX,)),
    _op("StaModuleVariable", R, (IDX,)),
)

Op = enum.IntEnum("Op", [spec.name for spec in SPECS], start=0)
Op.__doc__ = "Opcode numbers, in table order (no behaviour may depend on the numeric order)."

SPEC_OF: dict = {Op[spec.name]: spec for spec in SPECS}
JUMP_OPS = frozenset(op for op, spec in SPEC_OF.items() if spec.is_jump)
# Instructions after which control never falls through.
TERMINATORS = frozenset({Op.Jump, Op.JumpLoop, Op.Throw, Op.ReThrow, Op.Return})


def spec(op) -> OpcodeSpec:
    return SPEC_OF[op]
