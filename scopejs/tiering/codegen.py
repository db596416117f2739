"""BytecodeArray -> the Python source of one optimized function, lowered from the opcode templates.

Every instruction's code is the one definition of its opcode (interpreter/bytecodes.py),
lowered through the cases library (``scopejs.interpreter.cases.lower``) for the tier's target:
the accumulator is the local ``acc``, register ``k`` is ``regs[k]`` (the interpreter's register
file, written through, so a deopt, a stack trace or a debugger sees the same frame), a jump sets
the block number ``b``, CALL and SUSPEND hand the frame to the run loop as the interpreter's
handlers do.  The tier adds only speculation (speculation.py): a type guard before an
instruction whose operands have been Numbers, which deoptimizes when it fails.

Shape of the generated code (a block-dispatch loop whose blocks fall through in bytecode order;
guards are grouped in chunks under an outer guard, so reaching block n costs ~2*sqrt(n) tests):

    def opt_<name>(b, f):            # b: the instruction index to start at (an entry)
        b0 = b                       # (where the run loop entered: exceptions map lines to pcs)
        regs = f.regs
        acc = f.acc
        while True:
            if b <= 9:
                if b <= 0:           # block starting at instruction 0
                    ...              # straight-line code falls through to the next block
                if b <= 7:           # a jump target: forward jumps set b and fall through,
                    ...              # backward jumps (loops) set b and `continue`

Blocks begin at jump targets, handler-table boundaries, after an instruction that may jump, and
after a call / suspension (where the run loop resumes the frame).  Every block start is an
*entry*: the tier patches the interpreter's decoded list there with ``opt(i, f)``, so the run
loop enters compiled code at a call (i = 0), at a loop header (on-stack replacement), after a
callee returns, at an exception handler.  An exception raised in compiled code reaches the run
loop, which finds the throwing instruction from the Python line (``TIER_PCS``, read by
decoding.fused_member), so handler search, error locations and stack traces are the
interpreter's.  ``Debugger`` is not compiled (the pause sees an interpreter frame).
"""
from __future__ import annotations

from scopejs.bytecode.opcodes import SPEC_OF, OperandKind, Op
from scopejs.interpreter.cases import Target, definitions, lower, remember
from scopejs.interpreter.decoding import jump_targets
from scopejs.tiering.speculation import guard_for, specialize

NOT_COMPILED = frozenset({Op.Debugger})
_RESUMES = frozenset({"CALL", "SUSPEND"})




class TierTarget(Target):
    """The tier's spelling of the template vocabulary (see the module docstring)."""
    acc = "acc"

    def __init__(self, index):
        self.index = index

    def reg(self, i):
        return f"regs[{i}]"

    def reg_slice(self, lo, hi):
        return f"regs[{lo}:{hi}]"

    def jump(self, target):
        if target.isdigit() and int(target) > self.index:
            return [f"b = {target}"]       # forward: the blocks before the target are skipped
        return [f"b = {target}", "continue"]

    def next(self):
        return []

    def return_(self):
        return ["f.acc = acc", "return -1"]

    def call(self, frame_expr):
        return [f"f.child = {frame_expr}", f"f.pc = {self.index + 1}", "return -2"]

    def suspend(self):
        return ["f.acc = acc", f"f.pc = {self.index + 1}", "return -3"]


# Lowerings that depend only on (op, operands, index, the literal constants they read) and bind
# no decode-time object: shared by every function (and Engine) of the process, per target.  A
# template that reads the SharedFunctionInfo at decode time (strictness, formal parameter count)
# is not.
_SHARED = {}
_SHARED_LIMIT = 20_000   # entries (oldest dropped first)
_LITERALS = (str, float, int, bool, type(None))
_INDEXED = frozenset({"JUMP", "CALL", "SUSPEND"})


def lower_instruction(op, ops, i, bytecode, interp, target_class=TierTarget):
    """Instruction ``i`` lowered for ``target_class`` (TierTarget: the frame form)."""
    key = None
    constants = bytecode.constants
    if "SFI" not in definitions()[op].source:
        values = []
        for kind, value in zip(SPEC_OF[op].operands, ops):
            if kind is OperandKind.IDX:
                constant = constants[value]
                if constant.__class__ not in _LITERALS:
                    break
                values.append((constant.__class__, constant))
        else:
            template = definitions()[op]
            # the code depends on the instruction's index only through PC, a jump's direction
            # and a call's return point
            where = i if "PC" in template.source or template.effects & _INDEXED else None
            key = (target_class, op, ops, where, tuple(values))
            low = _SHARED.get(key)
            if low is not None:
                return low
    low = lower(op, ops, target_class(i), constants=constants, sfi=bytecode.sfi, interp=interp,
                pc=i)
    # both forms have `interp` in their globals: a shared lowering must not keep an Engine alive
    low.bindings.pop("interp", None)
    if key is not None and not low.bindings:
        remember(_SHARED, key, low, _SHARED_LIMIT)
    return low


class Lines:
    """Generated source lines and, per Python line (1-based), the instruction it belongs to."""

    def __init__(self, prologue):
        self.lines = prologue
        self.pcs = [0] * (len(prologue) + 1)

    def emit(self, text, i):
        self.lines.append(text)
        self.pcs.append(i)

    def block_header(self, i, op, ops, starts, outer, indent):
        """The block guards opening at instruction ``i`` (outer group, then block) and the
        instruction's comment; code follows at ``indent`` + 8."""
        if i in outer:
            self.emit(f"{' ' * indent}if b <= {outer[i]}:", i)
        if i in starts:
            self.emit(f"{' ' * (indent + 4)}if b <= {i}:", i)
        self.emit(f"{' ' * (indent + 8)}# {i}: {op.name} {', '.join(map(str, ops))}".rstrip(), i)


def block_groups(starts):
    """The outer guards over sorted block starts: first start -> last start of its group
    (groups of ~sqrt(n), so reaching block n costs ~2*sqrt(n) tests)."""
    guards = sorted(starts)
    chunk = max(4, int(len(guards) ** 0.5))
    outer = {}
    for n in range(0, len(guards), chunk):
        group = guards[n:n + chunk]
        outer[group[0]] = group[-1]
    return outer


class Generated:
    __slots__ = ("source", "entries", "bindings", "pcs", "guards")


def generate(bytecode, fn_name, generic_sites, interp, lowered):
    """The source of ``fn_name(b, f)`` for ``bytecode``; ``generic_sites``: instruction indices
    that deoptimized before (no speculation there any more); ``lowered``: the function's cache
    of lowered instructions (index -> Lowered), kept for re-optimization."""
    templates = definitions()
    instructions = bytecode.instructions
    count = len(instructions)
    starts = {0} | {t for t in jump_targets(bytecode) if t < count}
    for i, (op, _) in enumerate(instructions):
        effects = templates[op].effects
        if (op in NOT_COMPILED or "JUMP" in effects or effects & _RESUMES) and i + 1 < count:
            starts.add(i + 1)
    entries = sorted(i for i in starts if instructions[i][0] not in NOT_COMPILED)
    outer = block_groups(starts)

    lines = [f"def {fn_name}(b, f):", "    b0 = b", "    regs = f.regs", "    acc = f.acc",
             "    while True:"]
    src = Lines(lines)
    pcs, emit = src.pcs, src.emit
    bindings = {}
    speculated = 0
    ind = " " * 16
    for i, (op, ops) in enumerate(instructions):
        src.block_header(i, op, ops, starts, outer, 8)
        if op in NOT_COMPILED:
            emit(f"{ind}f.acc = acc; return {i}", i)   # the interpreter runs it
            continue
        low = lowered.get(i)
        if low is None:
            low = lowered[i] = lower_instruction(op, ops, i, bytecode, interp)
        bindings.update(low.bindings)
        code = low.lines
        guard = guard_for(op, ops) if i not in generic_sites else None
        if guard is not None:
            speculated += 1
            emit(f"{ind}if not ({guard}):", i)
            emit(f"{ind}    return deopt(f, acc, {i}, 'not a Number')", i)
            code = specialize(code, op, ops)
        if templates[op].uses_frame:
            emit(f"{ind}f.acc = acc", i)   # FRAME escapes to a support function
        for line in code or ["pass"]:
            emit(ind + line, i)
    # falling off the end behaves as `return undefined` (the generator always emits Return)
    emit("        f.acc = UNDEFINED; return -1", count)
    out = Generated()
    out.source = "\n".join(lines) + "\n"
    out.entries = entries
    out.bindings = bindings
    out.pcs = pcs
    out.guards = speculated
    return out
