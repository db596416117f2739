"""The tier's direct form: a whole call of a hot function as one Python function.

The frame form (codegen.py) keeps the interpreter's Frame and hands every call back to the run
loop.  The direct form is what a call runs once the function is optimized:
``d(fn, this, args, depth, nt=undefined)`` binds ``this`` (10.2.1.2
OrdinaryCallBindThis), lays the arguments into Python locals and runs the body to its return
value.  Registers and the accumulator are Python locals (``fn``, ``nt``, ``this``, ``R3`` ...),
the current context is the local ``ctx``, and a call of another function that has a direct form
is a plain Python call (the call templates in bytecodes.py and calls_support.python_call test
``fn.sfi.direct``, so interpreter, frame-form, direct code and built-ins all take it).  Every
instruction's code is still its template (the one definition), lowered with ``DirectTarget``.
Its twin ``d_osr(fn, this, args, depth, nt, osr)`` (the same body after a prologue taking
``osr=(frame, header)``) continues a running interpreter Frame at a loop header (on-stack
replacement, Tier._install_osr); a call pays no test for it.  Another,
``x(fn, this, depth, R3, ...)`` (``sfi.exact``: _exact_entry), takes calls with exactly as many
arguments as parameters from direct code, with no argument list to build or unpack.

Within a block (straight-line code between jump targets) the lowering carries type facts from
one instruction to the next (speculation.fold): a value guarded or computed as a Number is known
to be one until its local is reassigned, so later class tests on it fold away and later guards
on it are not emitted (V8's type propagation through the graph, over Python locals).

The activation record is lazy: nothing is pushed on ``interp.top``.  Whoever looks at the stack
(a stack trace, the legacy ``caller``, a heap snapshot) reads it from the Python stack
(interpreter/stack.py ``walk``), which makes a ``CompiledFrame`` record of each direct Python
frame: its registers, accumulator, context and current instruction come from the frame's locals
and line (``DirectInfo.pcs``).  Direct code makes a record itself (``here()``) only when a
template hands FRAME to a support function: a callee without a direct form, an error message.

Not every function has a direct form (``directable``): generators and async functions (they
suspend; they stay in the frame form, which the run loop can suspend), class constructors,
functions with exception handlers (the run loop's handler search), and functions using an
instruction that needs a real Frame (mapped ``arguments``, ``CallRuntime``, dynamic lookups,
module variables, ``debugger``).  Attaching a debugger / execution hook deoptimizes everything
(Tier.deoptimize_all) and nothing is optimized while it is attached, so traced code always runs
in the interpreter.

A failed speculation deoptimizes (the ``deopt`` of Tier._direct_deopt_for): the frame is rebuilt
as an interpreter Frame from the locals, at the instruction that failed, and run to completion
by the run loop -- or, after OSR, the interpreter Frame it replaced resumes there.
"""
from __future__ import annotations

import ast
import re
import sys
from functools import lru_cache

from scopejs.bytecode.opcodes import SPEC_OF, OperandKind, Op
from scopejs.bytecode.shared_function_info import EXACT_ARITIES, FunctionKind, ThisMode
from scopejs.interpreter.frame import CompiledFrame
from scopejs.interpreter.cases import definitions
from scopejs.interpreter.decoding import CALL_OPS, jump_targets
from scopejs.tiering.branches import fuse_test_and_jump
from scopejs.tiering.codegen import Lines, TierTarget, block_groups, lower_instruction
from scopejs.tiering.copies import nodes, propagate_copies, shape, unshape
from scopejs.tiering.speculation import fold_facts, guard_for, speculated_operands

# Instructions whose templates need a real interpreter Frame (or suspend it).
NOT_DIRECT = frozenset({
    Op.CallRuntime, Op.CreateMappedArguments, Op.Debugger, Op.LdaLookupSlot,
    Op.LdaLookupSlotInsideTypeof, Op.StaLookupSlot, Op.LdaModuleVariable, Op.StaModuleVariable,
    Op.SuspendGenerator, Op.ResumeGenerator,
})


# Function kinds that can have a direct form: not script / module / eval code (never called),
# not generators and async functions (they suspend), not class constructors and field
# initializers (their [[Construct]] and home-object machinery stays in the run loop).
DIRECT_KINDS = frozenset({FunctionKind.NORMAL, FunctionKind.ARROW, FunctionKind.METHOD,
                          FunctionKind.GETTER, FunctionKind.SETTER})


class NotDirect(Exception):
    """The function has no direct form (an instruction the target cannot spell)."""


def directable(bytecode):
    """Whether ``bytecode`` (a function's) can have a direct form (module docstring)."""
    sfi = bytecode.sfi
    if sfi is None or sfi.kind not in DIRECT_KINDS:
        return False
    if bytecode.handler_table:
        return False
    return not any(op in NOT_DIRECT for op, _ in bytecode.instructions)


def register_name(index):
    """The Python local holding register ``index`` (frame.py's layout)."""
    return ("fn", "nt", "this")[index] if index < 3 else f"R{index}"


class DirectTarget(TierTarget):
    """The direct form's spelling of the template vocabulary (module docstring); jumps as in the
    frame form (a block number ``b``)."""
    acc = "acc"
    ctx = "ctx"
    realm = "realm"
    frame = "here()"
    depth = "depth"
    locals = True

    def reg(self, i):
        if not str(i).isdigit():
            raise NotDirect(f"register index {i} is computed")
        return register_name(int(i))

    def reg_slice(self, lo, hi):
        if not (str(lo).isdigit() and str(hi).isdigit()):
            raise NotDirect(f"register range {lo}:{hi} is computed")
        return "[" + ", ".join(register_name(k) for k in range(int(lo), int(hi))) + "]"

    def return_(self):
        return ["return acc"]

    def call(self, frame_expr):
        # a callee without a direct form: its frame runs to completion in a nested run loop
        return [f"acc = interp.run({frame_expr})"]

    def suspend(self):
        raise NotDirect("suspends")


def here_for(bytecode, interp):
    """``here()`` of one direct function: the record of the calling activation, linked to the
    innermost interpreter frame (FRAME in its templates)."""
    getframe = sys._getframe
    of = CompiledFrame.of

    def here():
        return of(getframe(1), bytecode, interp.top)
    return here


class DirectInfo:
    """What the stack walkers need of one direct function (its closure cell DIRECT_INFO)."""
    __slots__ = ("pcs", "registers", "bytecode", "code", "deopt_code", "prologue")

    def __init__(self, pcs, registers, bytecode, prologue):
        self.pcs = pcs              # Python line (1-based) -> instruction index
        self.registers = registers  # register index -> local name
        self.bytecode = bytecode
        self.prologue = prologue    # lines before the body's first instruction (def included)
        self.code = None            # the direct function's code object (set when installed)
        self.deopt_code = None      # the code of the deopt function it calls


class GeneratedDirect:
    __slots__ = ("source", "bindings", "info", "guards", "function", "exact")


def _reads_register(bytecode, index):
    for op, operands in bytecode.instructions:
        kinds = SPEC_OF[op].operands
        for k, (kind, value) in enumerate(zip(kinds, operands)):
            if kind is OperandKind.REG and value == index:
                return True
            if kind is OperandKind.REG_LIST and value <= index < value + operands[k + 1]:
                return True
    return False


def structured_loops(bytecode):
    """{header: [ends, outermost first]} of the function's loops when its control flow can be
    written with one Python ``while True`` per JS loop: every backward jump is a JumpLoop and
    the loops [header, JumpLoop] nest.  None otherwise (the flat block dispatch is used)."""
    loops = []
    for i, (op, operands) in enumerate(bytecode.instructions):
        if op is Op.SwitchOnSmiNoFeedback:
            return None
        for kind, value in zip(SPEC_OF[op].operands, operands):
            if kind is OperandKind.JUMP and value <= i:
                if op is not Op.JumpLoop:
                    return None
                loops.append((value, i))
    for h1, e1 in loops:
        for h2, e2 in loops:
            if h1 < h2 <= e1 < e2:
                return None
    out = {}
    for h, e in sorted(loops, key=lambda loop: (loop[0], -loop[1])):
        out.setdefault(h, []).append(e)
    return out


_IS_REGISTER = re.compile(r"R\d+|acc")   # (the accumulator is analysed as a register)
_LEAVES = (ast.Return, ast.Raise, ast.Continue, ast.Break)


def _register_uses(lines):
    """(registers read, registers written on every path) of one lowered instruction, as
    local names: a read is a load some path reaches before the register is assigned (an
    instruction that reads and writes a register needs its value before)."""
    return _register_uses_of(tuple(lines))


@lru_cache(maxsize=20_000)
def _register_uses_of(lines):
    shaped, values = shape(lines)
    reads, writes = _uses(shaped)
    return (frozenset(r for r in unshape(reads, values) if _IS_REGISTER.fullmatch(r)),
            frozenset(w for w in unshape(writes, values) if _IS_REGISTER.fullmatch(w)))


@lru_cache(maxsize=20_000)
def _uses(lines):
    """(names read before being assigned, names assigned on every path) of shaped code."""
    reads = set()

    def loads(node, assigned):
        for n in nodes(node):
            if n.__class__ is ast.Name and n.ctx.__class__ is ast.Load and n.id not in assigned:
                reads.add(n.id)

    def stores(node):
        return {n.id for n in nodes(node) if n.__class__ is ast.Name
                and n.ctx.__class__ is ast.Store}

    def block(stmts, assigned):
        """Definitely assigned names after ``stmts`` (None: no path falls through)."""
        for stmt in stmts:
            if stmt.__class__ is ast.If:
                loads(stmt.test, assigned)
                assigned = assigned | stores(stmt.test)
                after = [a for a in (block(stmt.body, set(assigned)),
                                     block(stmt.orelse, set(assigned))) if a is not None]
                if not after:
                    return None
                assigned = set.intersection(*after)
            elif stmt.__class__ is ast.While and not stmt.orelse:
                # a read in the body before a write in it is first made on entry (later
                # iterations know more); after the loop only what held before it is certain
                loads(stmt.test, assigned)
                block(stmt.body, set(assigned))
            elif isinstance(stmt, (ast.Assign, ast.AugAssign, ast.Expr) + _LEAVES):
                loads(stmt, assigned)
                if isinstance(stmt, _LEAVES):
                    return None
                assigned = assigned | stores(stmt)
            else:   # (for, try: every load counts, nothing is definite)
                loads(stmt, set())
        return assigned

    written = block(ast.parse("\n".join(lines)).body, set())
    return tuple(reads), tuple(written or ())


def _successors(bytecode, lowered, i):
    """The instructions control can reach from instruction ``i``: the next one when it falls
    through, and its jump operands (a switch table's targets are not operands: callers that
    can meet SwitchOnSmiNoFeedback account for them)."""
    op, operands = bytecode.instructions[i]
    count = len(lowered)
    out = [i + 1] if lowered[i].falls_through and i + 1 < count else []
    out += [v for kind, v in zip(SPEC_OF[op].operands, operands)
            if kind is OperandKind.JUMP and v < count]
    return out


def registers_read_unassigned(bytecode, lowered):
    """The registers some path reads before any write (the prologue sets them to undefined,
    as the interpreter's register file starts): a forward "definitely assigned" analysis
    over the instructions.  A register left out is unbound until its first write; the stack
    walk and deopt read unbound registers as undefined (CompiledFrame.regs)."""
    count = len(lowered)
    uses = [_register_uses(low.lines) for low in lowered]
    everything = frozenset().union(*(r | w for r, w in uses))
    assigned = [everything] * count    # registers assigned on entry to i (top: unvisited)
    assigned[0] = frozenset()
    work = [0]
    seen = {0}
    while work:
        i = work.pop()
        out = assigned[i] | uses[i][1]
        for j in _successors(bytecode, lowered, i):
            new = out if j not in seen else assigned[j] & out
            if j not in seen or new != assigned[j]:
                seen.add(j)
                assigned[j] = new
                work.append(j)
    return {name for i in seen for name in uses[i][0] - assigned[i]}


def loop_headers(bytecode):
    """The loop headers (JumpLoop targets), in order: where on-stack replacement enters."""
    return sorted({ops[0] for op, ops in bytecode.instructions if op is Op.JumpLoop})


def _live_registers(bytecode, lowered):
    """[registers (and the accumulator) live on entry to each instruction]: read on some path
    from it before any write (a backward analysis over the instructions, to a fixpoint)."""
    count = len(lowered)
    uses = [_register_uses(low.lines) for low in lowered]
    successors = [_successors(bytecode, lowered, i) for i in range(count)]
    live = [frozenset()] * count
    changed = True
    while changed:
        changed = False
        for i in range(count - 1, -1, -1):
            reads, writes = uses[i]
            out = frozenset().union(*(live[j] for j in successors[i]))
            new = reads | (out - writes)
            if new != live[i]:
                live[i] = new
                changed = True
    return live


def _facts_at_block_starts(bytecode, lowered, starts, typed, entries):
    """{block start: the facts every way into it carries}: a forward analysis over the blocks
    (intersection at joins, iterated to a fixpoint), so a loop counter that is a Number on
    entry and after each iteration is known to be one at the loop header.  ``entries``: the
    blocks code enters from outside and what is known there (the call's entry knows nothing;
    the on-stack-replacement twin enters at loop headers too, with what its entry checks); a
    computed jump (a switch table) stops the analysis (every block starts knowing nothing)."""
    instructions = bytecode.instructions
    count = len(instructions)
    order = sorted(starts)
    empty = frozenset()
    if any(op is Op.SwitchOnSmiNoFeedback for op, _ in instructions):
        return {s: empty for s in order}
    ends = dict(zip(order, order[1:] + [count]))
    state = {s: entries.get(s) for s in order}   # None: not reached yet
    work = sorted(entries)
    while work:
        start = work.pop()
        facts, acc_copy = set(state[start]), None
        for i in range(start, ends[start]):
            *_, facts, acc_copy = typed(i, facts, acc_copy)
        out = frozenset(facts)
        for t in _successors(bytecode, lowered, ends[start] - 1):
            old = state[t]
            new = out if old is None else old & out
            if new != old:
                state[t] = new
                work.append(t)
    return {s: (f if f is not None else empty) for s, f in state.items()}


# The class tests the templates make of a receiver (an ordinary object's properties, an array's
# elements), and the suffix of the local that keeps one's answer (R4_plain, R4_array)
_CLASS_FLAGS = {"JSObject": "plain", "JSArray": "array"}
_RECEIVER_TEST = re.compile(r"\b(R\d+)\.__class__ is (JSObject|JSArray)\b")


def _class_test(test):
    """The source of a (register, class name) test."""
    return f"{test[0]}.__class__ is {test[1]}"


def _class_flag(test):
    """The local keeping a (register, class name) test's answer."""
    return f"{test[0]}_{_CLASS_FLAGS[test[1]]}"


_THIS_IS_PLAIN = _class_test(("this", "JSObject"))


def _repeated_receivers(lowered, starts, excluded):
    """block start -> the (register, class) tests made more than once in the block (a receiver
    of several property or element accesses): candidates for _plain_receivers."""
    out, counts = {}, None
    for i, low in enumerate(lowered):
        if i in starts:
            counts = out.setdefault(i, {})
        for line in low.lines:
            for test in _RECEIVER_TEST.findall(line):
                if test not in excluded:
                    counts[test] = counts.get(test, 0) + 1
    return {i: {t for t, n in c.items() if n > 1} for i, c in out.items()}


def _plain_receivers(code, known, candidates):
    """One instruction's code with a receiver's class test made once per block: the first
    test, when it is the first thing the instruction evaluates (its first line is
    ``if R.__class__ is JSObject ...``: it runs whenever the instruction does, and the block's
    instructions run in order), keeps its answer in ``R_plain`` (``R_array`` for JSArray);
    later instructions of the block read that until one assigns R.  ``known``: the
    (register, class) tests whose answer is kept (updated)."""
    assigned = {t for t in known | set(candidates) if not _never_assigned_in(code, t[0])}
    if known - assigned:
        code = [_RECEIVER_TEST.sub(
            lambda m: _class_flag(m.groups()) if m.groups() in known
            and m.groups() not in assigned else m[0], line) for line in code]
    first = _RECEIVER_TEST.match(code[0][3:]) if code and code[0].startswith("if ") else None
    if first and first.groups() in candidates and first.groups() not in known \
            and first.groups() not in assigned:
        test = first.groups()
        code = [f"if ({_class_flag(test)} := {_class_test(test)}){code[0][3 + first.end():]}",
                *code[1:]]
        known.add(test)
    known -= assigned
    return code


# The reason of a deopt at a named read whose receiver lacked the property (_own_property_read)
ABSENT_OWN_PROPERTY = "the property is not the object's own"
_OWN_READ = re.compile(r"^(\s*)acc = ((?:R\d+|this)\.props)\.get\(('[^'\\]*'), NOT_DATA\)$")


def _own_property_read(code, i):
    """A named read's own-property lookup speculating that the object has the property (V8's
    monomorphic load of an own field): ``props[key]`` in a ``try`` -- no call of ``get`` --
    and a deopt when it is absent, before anything ran, so the interpreter does the read and
    the re-optimized code has the template's lookup there (the site is generic from then on).
    Only the first ``.props.get`` of the code, the receiver's own: the prototype walk after it
    is the template's."""
    for k, line in enumerate(code):
        m = _OWN_READ.match(line)
        if m:
            ind, props, key = m.groups()
            return [*code[:k], f"{ind}try:", f"{ind}    acc = {props}[{key}]",
                    f"{ind}except KeyError:",
                    f"{ind}    return deopt(here(), {i}, {ABSENT_OWN_PROPERTY!r})",
                    *code[k + 1:]]
    return code


# The reason of a deopt at a keyed read past a dense array's elements (_element_read)
ELEMENT_OUT_OF_BOUNDS = "the index is not one of the array's dense elements"
# Deopts of a speculation one site makes at most once (its next code is generic there): they
# do not count against TierOptions.max_deopts (tier.py)
SITE_SPECULATIONS = frozenset({ABSENT_OWN_PROPERTY, ELEMENT_OUT_OF_BOUNDS})
_ELEMENTS = re.compile(r"^(\s*)_el = (\w+)\.elements$")
_INDEX_TEST = re.compile(r"^(\s*)if _el is not None and 0\.0 <= (\w+) and \2\.is_integer\(\) "
                         r"and \(\(_i := floor\(\2\)\) < len\(_el\)\):$")


def _element_read(code, i):
    """A keyed read's dense-element lookup speculating that the index is in bounds (V8's
    in-bounds element load): ``elements[floor(key)]`` in a ``try`` -- no None test, no len()
    -- and a deopt when it is not (past the end, or an array without dense elements), before
    anything ran; the site is generic in the code optimized next."""
    for k in range(len(code) - 2):
        m1, m2 = _ELEMENTS.match(code[k]), _INDEX_TEST.match(code[k + 1])
        if m1 and m2 and code[k + 2].strip() == "_v = _el[_i]":
            ind, obj = m1.groups()
            key = m2.group(2)
            return [*code[:k], f"{ind}if 0.0 <= {key} and {key}.is_integer():",
                    f"{ind}    try:", f"{ind}        _v = {obj}.elements[floor({key})]",
                    f"{ind}    except (IndexError, TypeError):",
                    f"{ind}        return deopt(here(), {i}, {ELEMENT_OUT_OF_BOUNDS!r})",
                    *code[k + 3:]]
    return code


_STORE_TEST = re.compile(r"^(\s*)if (.+) and \(\(_el := (\w+)\.elements\) is not None\) and "
                         r"\(0\.0 <= (\w+)\) and \4\.is_integer\(\) and "
                         r"\(\(_i := floor\(\4\)\) < len\(_el\)\) and \(_el\[_i\] is not EMPTY\):$")


def _element_write(code, i):
    """A keyed write's overwrite of a dense element speculating that the index is in bounds,
    as _element_read does: the element is read in a ``try`` (a deopt when it is not there),
    and a hole goes the template's general way."""
    for k in range(len(code) - 3):
        m = _STORE_TEST.match(code[k])
        if m and code[k + 2].strip() == "else:":
            ind, tests, obj, key = m.groups()
            store, general = code[k + 1].strip(), code[k + 3].strip()
            return [*code[:k], f"{ind}if {tests} and (0.0 <= {key}) and {key}.is_integer():",
                    f"{ind}    _el = {obj}.elements",
                    f"{ind}    try:", f"{ind}        _e = _el[(_i := floor({key}))]",
                    f"{ind}    except (IndexError, TypeError):",
                    f"{ind}        return deopt(here(), {i}, {ELEMENT_OUT_OF_BOUNDS!r})",
                    f"{ind}    if _e is not EMPTY:", f"{ind}        {store}",
                    f"{ind}    else:", f"{ind}        {general}",
                    f"{ind}else:", f"{ind}    {general}", *code[k + 4:]]
    return code


def _method_reads(bytecode, starts, lowered):
    """The named reads whose value is called (``o.m(...)``: Star to the callee register of a
    call later in the block, the register not assigned in between): a method, which is usually
    a prototype's, not the object's own."""
    out = set()
    instructions = bytecode.instructions
    for i, (op, _) in enumerate(instructions[:-1]):
        if op is not Op.GetNamedProperty or instructions[i + 1][0] is not Op.Star:
            continue
        r = instructions[i + 1][1][0]
        for j in range(i + 2, len(instructions)):
            if j in starts:
                break
            op_j, ops_j = instructions[j]
            if op_j in CALL_OPS and ops_j and ops_j[0] == r:
                out.add(i)
                break
            if not _never_assigned_in(lowered[j].lines, register_name(r)):
                break   # (the register holds another value: `a.x` read, then Math.sqrt there)
    return out


def _never_assigned_in(lines, name):
    """Whether no line of ``lines`` assigns the local ``name``."""
    assigns = re.compile(r"\b%s\s*(?::=|(?:[-+*/%%&|^@]|<<|>>|//|\*\*)?=(?!=))" % name)
    return not any(assigns.search(line) for line in lines)


def _never_assigned(lowered, name):
    """Whether no instruction's code assigns the local ``name``."""
    return all(_never_assigned_in(low.lines, name) for low in lowered)


def _acc_dead_after_jump(bytecode, lowered, j):
    """Whether jump ``j`` is a JumpIfTrue/JumpIfFalse after which the accumulator is dead:
    the instructions at both of its successors assign it before any read."""
    op, _ = bytecode.instructions[j]
    if op is not Op.JumpIfTrue and op is not Op.JumpIfFalse:
        return False
    successors = _successors(bytecode, lowered, j)
    if len(successors) != 2:
        return False
    for k in successors:
        reads, writes = _register_uses(lowered[k].lines)
        if "acc" in reads or "acc" not in writes:
            return False
    return True


def _close_loops(src, i, open_loops):
    """Leave the loops that end before instruction ``i`` (reached only when a forward jump
    skipped the rest of the body: the loop's own back edge continues it)."""
    while open_loops and open_loops[-1] < i:
        src.emit(" " * (8 + 4 * len(open_loops)) + "break", i)
        open_loops.pop()


def _structured_header(src, i, op, ops, starts, loops, open_loops, tested):
    """Open what starts at ``i`` (loops, the block) in the structured form; the indentation of
    the instruction's code.  A block not in ``tested`` (_tested_blocks) is entered without
    a test of ``b``."""
    _close_loops(src, i, open_loops)
    for end in loops.get(i, ()):
        src.emit(" " * (8 + 4 * len(open_loops)) + "while True:", i)
        open_loops.append(end)
    indent = 8 + 4 * len(open_loops)
    if i in starts:
        src.emit(" " * indent + (f"if b <= {i}:" if i in tested else "if True:"), i)
    src.emit(" " * (indent + 4) + f"# {i}: {op.name} {', '.join(map(str, ops))}".rstrip(), i)
    return " " * (indent + 4)


def _innermost_loop_end(loops, i):
    """The end (its JumpLoop) of the innermost loop instruction ``i`` is in, or None."""
    best = None
    for header, ends in loops.items():
        for end in ends:
            if header <= i <= end and (best is None or end - header < best[1] - best[0]):
                best = (header, end)
    return None if best is None else best[1]


_FORWARD_JUMP = re.compile(r"^(\s*)b = (\d+)$")


def _tested_blocks(bytecode, starts, loops, osr):
    """The blocks whose code must test ``b`` in the structured form: those a forward jump can
    pass over.  A forward jump out of its innermost loop leaves it at once (``break`` after
    ``b = T``: _exits_loop), so it passes over only the blocks after that loop and before T;
    one inside its loop passes over the blocks between it and T.  A back edge sets ``b`` to
    its header, below every block of the loop, and a call starts at 0; the OSR twin, entered at
    a loop header, tests every block before its last header (it starts below none of them)."""
    tested = set()
    last_header = max(loops, default=-1) if osr else -1
    for j, (op, operands) in enumerate(bytecode.instructions):
        for kind, target in zip(SPEC_OF[op].operands, operands):
            if kind is not OperandKind.JUMP or target <= j:
                continue
            end = _innermost_loop_end(loops, j)
            first = j if end is None or target <= end else end
            tested.update(b for b in starts if first < b < target)
    tested.update(b for b in starts if b < last_header)
    return tested


def _exits_loop(code, i, open_loops):
    """Instruction ``i``'s code with ``break`` after each forward jump out of its innermost
    loop (``b = T``, T past the loop's end), where its code has no loop of its own."""
    if not open_loops or any(line.lstrip().startswith("while ") for line in code):
        return code
    out = []
    for line in code:
        out.append(line)
        m = _FORWARD_JUMP.match(line)
        if m and int(m[2]) > open_loops[-1] and int(m[2]) > i:
            out.append(f"{m[1]}break")
    return out


def generate_direct(bytecode, fn_name, generic_sites, interp, osr=False, lowered=None,
                    typed_entry=True):
    """The source of ``fn_name(fn, this, args, depth, nt=undefined)`` for ``bytecode`` (a
    call), or with ``osr`` of ``fn_name(fn, this, args, depth, nt, osr)`` (on-stack
    replacement: ``osr`` is (interpreter frame, loop header); the same body after a prologue
    that takes the frame's state, so a call pays no test for it).  ``lowered``: the
    function's list of lowered instructions, filled at the first generation and reused by
    the next (the twin, a re-optimization).  Raises NotDirect."""
    templates = definitions()
    instructions = bytecode.instructions
    count = len(instructions)
    sfi = bytecode.sfi
    p = bytecode.parameter_count
    total = 3 + p + bytecode.register_count
    names = [register_name(k) for k in range(total)]
    targets = jump_targets(bytecode)
    starts = {0} | {t for t in targets if t < count}
    for i, (op, _) in enumerate(instructions):
        if "JUMP" in templates[op].effects and i + 1 < count:
            starts.add(i + 1)
    outer = block_groups(starts)

    loops = structured_loops(bytecode)
    # the block number: read by block tests and set by jumps, unless the body is one block
    # (a call always starts at instruction 0: its test is `if True`)
    # The call's prologue: `entering`, the realm test's way out (the arguments it hands the
    # run loop differ between the entries), `unpacking` (the call form's), then `settling`
    entering = ["b = 0"] if loops is None or starts != {0} or 0 in targets else []
    entering += [f"if depth > {interp.max_depth}:",   # (fixed when the Interpreter is made)
                 "    throw_range_error('Maximum call stack size exceeded')",
                 # 10.2.1.1 PrepareForOrdinaryCall switches realms: the run loop does that
                 "realm = fn.realm",
                 "if realm is not agent.current_realm:"]
    declining = "    return run_in_interpreter(interp, fn, this, {args}, {nt})"
    # (a body that never reads `this` leaves it unbound: the binding is made where a record
    # or a deopt shows the frame -- CompiledFrame.of, Tier._direct_deopt_for)
    binds_this = sfi.this_mode is ThisMode.GLOBAL and _reads_register(bytecode, 2)
    params = names[3:3 + p]
    unpacking = []
    if p:
        unpacking += [f"if len(args) == {p}:", f"    {', '.join(params)}, = args", "else:",
                      "    n = len(args)"]
        unpacking += [f"    {name} = args[{k}] if n > {k} else UNDEFINED"
                      for k, name in enumerate(params)]
    settling = []
    if lowered is None:
        lowered = []
    if not lowered:
        lowered.extend([propagate_copies(lower_instruction(op, ops, i, bytecode, interp,
                                                           DirectTarget))
                        for i, (op, ops) in enumerate(instructions)])   # (or NotDirect)
    unassigned = registers_read_unassigned(bytecode, lowered)
    undefined = [r for r in ["acc"] + names[3 + p:] if r in unassigned]
    if undefined:
        settling.append(f"{' = '.join(undefined)} = UNDEFINED")
    if any("ctx" in line for low in lowered for line in low.lines):
        settling.append("ctx = fn.environment")   # (else never read: CompiledFrame.context)
    if any(op in CALL_OPS for op, _ in instructions):
        # The step budget is charged per call by functions that make calls (and per back
        # edge): running forever needs a loop or a cycle of calls, and every cycle of direct
        # calls passes through a function with a call instruction.  A call from Python (a
        # getter, a callback of a built-in) is charged by calls_support.python_call.
        settling += ["interp.budget -= 1", "if interp.budget < 0:",
                     "    interp.out_of_budget()"]
    # `this` is never reassigned after the prologue: the templates' test of its class is
    # made once (a local) instead of at every `this.x`
    plain_this = any(_THIS_IS_PLAIN in line for low in lowered for line in low.lines)
    if osr:   # on-stack replacement: the interpreter frame's state
        lines = [f"def {fn_name}(fn, this, args, depth, nt, osr):",
                 "    osr_frame, b = osr",
                 f"    {', '.join(names)}, = osr_frame.regs",
                 "    acc = osr_frame.acc",
                 "    ctx = osr_frame.context",
                 "    realm = fn.realm"]
    else:   # (the prologue's realm test read it)
        lines = [f"def {fn_name}(fn, this, args, depth, nt=UNDEFINED):",
                 *["    " + line for line in
                   entering + [declining.format(args="args", nt="nt")] + unpacking + settling]]
    this_lines = []
    if plain_this:
        this_lines.append(f"    this_plain = {_THIS_IS_PLAIN}")
    if binds_this and not osr:   # (an ordinary object needs no binding: tested first)
        this_lines += [f"    if {'not this_plain and ' if plain_this else ''}"
                       "not isinstance(this, JSObject):",
                       "        this = bind_this(fn, this)"]
        if plain_this:
            this_lines.append(f"        this_plain = {_THIS_IS_PLAIN}")
    # So are parameters the body never assigns: a class test of one made more than once (a
    # receiver of several accesses) is made once too (``R3_plain``, ``R3_array``)
    plain_params = [(r, cls) for r in params if _never_assigned(lowered, r)
                    for cls in _CLASS_FLAGS
                    if sum(line.count(_class_test((r, cls))) for low in lowered
                           for line in low.lines) > 1]
    this_lines += [f"    {_class_flag(t)} = {_class_test(t)}" for t in plain_params]
    lines += this_lines
    realm_line = lines.index("    realm = fn.realm")

    def typed(i, facts, acc_copy):
        """Instruction i under ``facts`` (locals known to hold Python floats) and
        ``acc_copy`` (the register the accumulator is a copy of): (speculated operands, its
        guard or None, its code with the tests the facts decide folded, facts after,
        acc_copy after)."""
        op, ops = instructions[i]
        low = lowered[i]
        # (names bound to this instruction's decode-time Number constants: its own)
        floats = {k for k, v in low.bindings.items() if v.__class__ is float}
        spec = speculated_operands(op, ops, register_name) if i not in generic_sites else ()
        if "acc" in spec and acc_copy is not None:
            spec += (acc_copy,)   # (a guard on the accumulator tests that register too)
        guard = guard_for(op, ops, register_name, facts) if spec else None
        code, after = fold_facts(low.lines, facts | set(spec) | floats)
        if op is Op.Ldar or op is Op.Star:
            acc_copy = register_name(ops[0])
        elif acc_copy is not None and (op is not Op.Mov or register_name(ops[1]) == acc_copy):
            acc_copy = None
        return spec, guard, code, after - floats, acc_copy

    empty = frozenset()
    if not osr:
        block_facts = _facts_at_block_starts(bytecode, lowered, starts, typed, {0: empty})
    else:
        headers = loop_headers(bytecode)
        seeds = dict.fromkeys(headers, empty)
        if typed_entry:
            # A loop header knows what the calls' code knows there, checked on entry (the
            # interpreter frame may arrive with anything; V8's OSR entry checks too): facts
            # about the registers and accumulator live there (a frame brings nothing else,
            # and a check of a value assigned before any read would only decline entries)
            known = _facts_at_block_starts(bytecode, lowered, starts, typed, {0: empty})
            live = _live_registers(bytecode, lowered)
            seeds = {h: known[h] & live[h] for h in headers}
        block_facts = _facts_at_block_starts(bytecode, lowered, starts, typed,
                                             {0: empty, **seeds})
        for h in headers:
            if block_facts[h]:
                test = " and ".join(f"{n}.__class__ is F" for n in sorted(block_facts[h]))
                lines += [f"    if b == {h} and not ({test}):",
                          f"        return osr_declined(osr_frame, {h})"]

    opening = len(lines)   # (the body's opening lines: the exact-arity entry has them too)
    lines += ["    try:",
              "        while True:"]
    if loops is not None:
        lines.pop()   # no dispatch loop around the body: each JS loop is a Python loop
    head = len(lines)   # (the prologue: the exact-arity entry has its own)
    src = Lines(lines)
    pcs, emit = src.pcs, src.emit
    bindings = {}
    speculated = 0
    ind = " " * 20
    open_loops = []   # ends of the loops the current instruction is in (innermost last)

    facts, acc_copy = set(), None
    fused = set()   # conditional jumps emitted inside the test before them (branches.py)
    receivers = _repeated_receivers(lowered, starts, plain_params)
    methods = _method_reads(bytecode, starts, lowered)
    plain = set()   # (register, class) tests this block has made (R4_plain, R4_array)
    tested = _tested_blocks(bytecode, starts, loops, osr) if loops is not None else None
    for i, (op, ops) in enumerate(instructions):
        if loops is None:
            src.block_header(i, op, ops, starts, outer, 12)
        else:
            ind = _structured_header(src, i, op, ops, starts, loops, open_loops, tested)
        bindings.update(lowered[i].bindings)
        if i in starts:   # what every way into the block knows
            facts, acc_copy = set(block_facts[i]), None
            plain, block = set(), i
        spec, guard, code, facts, acc_copy = typed(i, facts, acc_copy)
        if spec:
            speculated += 1
        if guard is not None:
            emit(f"{ind}if not ({guard}):", i)
            emit(f"{ind}    return deopt(here(), {i}, 'not a Number')", i)
        if i in fused:
            continue   # (its test is in the instruction before)
        if i + 1 < count and i + 1 not in starts \
                and _acc_dead_after_jump(bytecode, lowered, i + 1):
            fused_code = fuse_test_and_jump(code, lowered[i + 1].lines)
            if fused_code is not None:
                code = fused_code
                fused.add(i + 1)
        if plain_this:
            code = [line.replace(_THIS_IS_PLAIN, "this_plain") for line in code]
        for t in plain_params:
            code = [line.replace(_class_test(t), _class_flag(t)) for line in code]
        code = _plain_receivers(code, plain, receivers.get(block, ()))
        if op is Op.GetNamedProperty and i not in generic_sites and i not in methods:
            code = _own_property_read(code, i)
        elif op is Op.GetKeyedProperty and i not in generic_sites:
            code = _element_read(code, i)
        elif op is Op.SetKeyedProperty and i not in generic_sites:
            code = _element_write(code, i)
        if loops is not None:
            code = _exits_loop(code, i, open_loops)
        for line in code or ["pass"]:
            emit(ind + line, i)
    if loops is None:
        emit("            return UNDEFINED", count)
    else:
        _close_loops(src, count, open_loops)
        emit("        return UNDEFINED", count)
    emit("    except ThrowCompletion as exc:", count)
    emit("        if getattr(exc, 'origin', None) is None:", count)
    emit("            exc.origin = (here(), DIRECT_INFO.pcs[exc.__traceback__.tb_lineno])", count)
    emit("        raise", count)
    if osr and not any("realm" in line for line in lines[realm_line + 1:]):
        lines[realm_line] = "    pass"   # (no template reads REALM: keep the line numbering)
    if not osr and loops is not None and 0 not in targets and "        if b <= 0:" in lines:
        first = lines.index("        if b <= 0:")   # (a call always starts there)
        lines[first] = "        if True:"
    out = GeneratedDirect()
    out.source = "\n".join(lines) + "\n"
    out.bindings = bindings
    out.info = DirectInfo(pcs, names, bytecode, head)
    out.guards = speculated
    out.exact = None
    if not osr and p < EXACT_ARITIES and _exact_entry_possible(lowered, params):
        # its prologue: the call form's without the unpacking; its body: the call form's
        prologue = entering + [declining.format(args=f"[{', '.join(params)}]", nt="UNDEFINED")]
        if any(re.search(r"\bnt\b", line) for low in lowered for line in low.lines):
            prologue.insert(0, "nt = UNDEFINED")   # (new.target: a call has none)
        prologue = (["    " + line for line in prologue + settling] + this_lines
                    + lines[opening:head])
        out.exact = _exact_entry(prologue, lines[head:], pcs[head + 1:], fn_name, params,
                                 names, bytecode)
        out.exact.bindings = bindings
        out.exact.guards = speculated
    return out


# Bodies longer than this get no exact-arity entry: a second compiled copy of the body pays
# for itself where a call's own cost is a large share of the call (small functions).
EXACT_ENTRY_MAX_INSTRUCTIONS = 64


def _exact_entry_possible(lowered, params):
    """Whether the body can run as an exact-arity entry: it is small, and it never assigns a
    parameter (so the call's arguments are still in them whenever a record or a deopt asks:
    CompiledFrame.of)."""
    if len(lowered) > EXACT_ENTRY_MAX_INSTRUCTIONS:
        return False
    return all(_never_assigned(lowered, r) for r in params)


def _exact_entry(prologue, body, body_pcs, fn_name, params, names, bytecode):
    """The exact-arity entry ``x_NAME(fn, this, depth, R3, ...)`` (a call with exactly as many
    arguments as parameters and no new.target, from direct code: the call templates pass the
    registers one by one): ``body``, the direct function's, after ``prologue``.  Its lines map
    to instructions as the direct function's do (``body_pcs``)."""
    name = "x" + fn_name[1:]
    lines = [f"def {name}(fn, this, depth{''.join(', ' + p for p in params)}):",
             *prologue, *body]
    out = GeneratedDirect()
    out.source = "\n".join(lines) + "\n"
    out.info = DirectInfo([0] * (len(prologue) + 2) + body_pcs, names, bytecode,
                          len(prologue) + 1)
    return out
