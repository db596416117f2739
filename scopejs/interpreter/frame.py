"""Frame: one activation of a bytecode function (V8's interpreter frame).

The register file ``regs`` is laid out as the compiler's contract says (bytecode/registers.py):
``[<closure>, <new.target>, <this>, a0 .. a(p-1), r0 .. r(n-1)]``, so every register operand is
one list index.  Besides it a frame holds the accumulator, the saved program counter, the current
context and the actual argument list (for arguments objects and rest parameters).  It is dropped
when the call returns; only contexts outlive it (design.md "Frames vs contexts").  Frames are
linked by ``parent`` into the explicit call stack the run loop walks.  A generator's frame is kept
by its generator object while suspended and re-linked on resume.
"""
from __future__ import annotations

from scopejs.runtime.values import UNDEFINED

# Frame.post: what the run loop does when the frame returns (0: nothing).
POST_NONE = 0
POST_CONSTRUCT_BASE = 1      # 10.2.2 [[Construct]] steps 10-12, base constructor
POST_CONSTRUCT_DERIVED = 2   # ... derived constructor
POST_ASYNC = 3               # async function: resolve/reject its promise (27.7.5.2)
POST_GENERATOR = 4           # generator / async generator: mark completed


class Frame:
    __slots__ = (
        "code",          # pre-decoded handlers of the BytecodeArray (list of closures)
        "regs",          # register file (see module docstring)
        "acc",           # the accumulator
        "pc",            # saved program counter (index into code) while not running
        "context",       # current Context (the innermost heap scope)
        "arguments",     # the actual argument list
        "parent",        # caller frame (the explicit stack)
        "child",         # callee frame handed to the run loop by a call handler
        "bytecode",      # BytecodeArray (sfi, handler table, source positions)
        "depth",         # JS call depth, checked against the interpreter's max_depth
        "post",          # POST_* action on return
        "generator",     # generator / async state object when this frame is one
        "entry",         # True while a run loop was started on this frame (returns to Python)
        "realm",         # [[Realm]] of the function (globals are looked up there)
    )

    def __init__(self, code, regs, context, arguments, parent, bytecode, depth, realm):
        self.code = code
        self.regs = regs
        self.acc = None
        self.pc = 0
        self.context = context
        self.arguments = arguments
        self.parent = parent
        self.child = None
        self.bytecode = bytecode
        self.depth = depth
        self.post = 0
        self.generator = None
        self.entry = False
        self.realm = realm

    @property
    def sfi(self):
        return self.bytecode.sfi

    @property
    def function(self):
        return self.regs[0]

    def __repr__(self) -> str:
        name = getattr(self.bytecode.sfi, "name", "?") or "<anonymous>"
        return f"<Frame {name} pc={self.pc} depth={self.depth}>"


class ScriptClosure:
    """Stands in the <closure> register of top-level (script/eval/module) code: its
    ``environment`` is the context the code starts in (handler-table context -1)."""
    __slots__ = ("environment", "home_object", "eval_context", "function")

    def __init__(self, environment):
        self.environment = environment
        self.home_object = UNDEFINED
        self.eval_context = None
        self.function = None


class CompiledFrame:
    """The activation record of a call running in the tier's direct code (one Python frame per
    call, nothing on ``interp.top``: scopejs/tiering/direct.py), made only
    when something looks: by the stack walk (``of``), or by direct code itself when it hands a
    frame to a support function (a callee without a direct form, an error message).  What a
    Frame stores eagerly is read here from the live Python frame."""
    __slots__ = ("parent", "depth", "function", "this", "arguments", "bytecode", "pyframe",
                 "code", "post")
    entry = False
    generator = None
    child = None

    @classmethod
    def of(cls, pyframe, bytecode, parent=None):
        from scopejs.interpreter.calls_support import bind_this   # (calls_support imports us)
        loc = pyframe.f_locals
        record = object.__new__(cls)
        record.pyframe = pyframe
        record.bytecode = bytecode
        record.function = loc["fn"]
        record.this = bind_this(record.function, loc["this"])
        # (an exact-arity entry has neither: called with no new.target, its arguments are its
        # parameters, which it never assigns -- tiering/direct.py _exact_entry)
        record.post = 0 if loc.get("nt", UNDEFINED) is UNDEFINED else POST_CONSTRUCT_BASE
        args = loc.get("args")
        if args is None:
            registers = loc["DIRECT_INFO"].registers
            args = [loc[name] for name in registers[3:3 + bytecode.parameter_count]]
        record.arguments = args
        record.parent = parent
        record.depth = loc["depth"]
        record.code = None
        return record

    @property
    def realm(self):
        return self.function.realm

    @property
    def sfi(self):
        return self.bytecode.sfi

    @property
    def _info(self):
        return self.pyframe.f_locals["DIRECT_INFO"]   # (a closure cell of the direct code)

    @property
    def pc(self):
        """Frame's saved-pc convention: the instruction after the one running."""
        return self._info.pcs[self.pyframe.f_lineno] + 1

    @property
    def regs(self):
        loc = self.pyframe.f_locals
        regs = [loc.get(name, UNDEFINED) for name in self._info.registers]   # (unbound: not
        # yet written: direct.registers_read_unassigned)
        regs[2] = self.this
        return regs

    @property
    def acc(self):
        return self.pyframe.f_locals.get("acc", UNDEFINED)   # (unbound: not yet written)

    @property
    def context(self):
        # direct code that never changes its context has no local for it (direct.py)
        loc = self.pyframe.f_locals
        return loc["ctx"] if "ctx" in loc else self.function.environment

    def __repr__(self):
        return f"<CompiledFrame {self.bytecode.sfi.name or '<anonymous>'} depth={self.depth}>"
