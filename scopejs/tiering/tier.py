"""The tier manager: hotness, optimization, installation, deoptimization, tracing, status.

Per BytecodeArray the tier keeps a ``TierState`` (``bytecode.tier``): the invocation count, the
profiler ticks, how often it deoptimized and at which sites.  Tier-up happens

  * in the call path (calls_support.enter_function): after ``opt_threshold`` invocations;
  * at loop back-edges (on-stack replacement): the interpreter's interrupt check
    (Interpreter.out_of_budget, every CHECK_INTERVAL back-edges and calls) gives the function on
    top of the stack a *tick*; after ``osr_ticks`` ticks it is optimized, and the frame that is
    looping enters the compiled code at its next loop header (an entry);
  * with --always-opt at the first call (top-level code tiers up by its loops only).

What is installed: a function that can have a direct form (direct.py) gets it as
``sfi.direct``, which every call site takes; optimized by a hot loop it also gets OSR entries
(the interpreter's code at each loop header calls the direct form with the running Frame).
Other code (scripts, generators, async functions, functions with handlers) gets the frame form
(codegen.py): the interpreter's decoded list of the BytecodeArray is patched *in place* (the run
loop and every frame hold that list) so that its block starts call the compiled function.
Deoptimizing puts the saved list back and clears ``sfi.direct``; the activation that failed a
guard continues in the interpreter at the same instruction; the function can be optimized again
later (the failed site no longer speculates), until ``max_deopts``.
"""
from __future__ import annotations

import time
import weakref
from functools import partial

from scopejs.bytecode.shared_function_info import NO_EXACT
from scopejs.interpreter.cases import remember
from scopejs.interpreter.interpreter import RETURN
from scopejs.tiering.direct import SITE_SPECULATIONS
from scopejs.tiering.options import TierOptions

# %GetOptimizationStatus bits (V8's OptimizationStatus, src/runtime/runtime-test.cc)
STATUS_IS_FUNCTION = 1 << 0
STATUS_NEVER_OPTIMIZED = 1 << 1
STATUS_ALWAYS_OPTIMIZE = 1 << 2
STATUS_MAYBE_DEOPTED = 1 << 3
STATUS_OPTIMIZED = 1 << 4
STATUS_TURBOFAN = 1 << 5
STATUS_INTERPRETED = 1 << 6
STATUS_MARKED_FOR_OPTIMIZATION = 1 << 7
STATUS_IS_EXECUTING = 1 << 11
STATUS_TOPMOST_FRAME_IS_TURBOFANNED = 1 << 12


class TierState:
    """What the tier knows about one BytecodeArray."""
    __slots__ = ("calls", "trigger", "ticks", "optimized", "saved", "deopts", "generic_sites",
                 "never", "marked", "prepared", "source", "name", "lowered", "lowered_direct",
                 "osr_typed")

    def __init__(self, trigger, name):
        self.calls = 0
        self.trigger = trigger     # optimize when calls reaches this (-1: not by calls)
        self.ticks = 0
        self.optimized = None      # True while optimized code is installed
        self.saved = None          # the interpreter's decoded list while optimized
        self.deopts = 0
        self.generic_sites = set()
        self.never = False         # %NeverOptimizeFunction, or too many deopts
        self.marked = False        # %OptimizeFunctionOnNextCall
        self.prepared = False      # %PrepareFunctionForOptimization
        self.source = None
        self.name = name
        self.lowered = {}          # instruction index -> its lowered template (codegen)
        self.lowered_direct = []   # the instructions lowered for the direct form (both twins)
        self.osr_typed = True      # the OSR twin checks the types its loop headers assume


class Tier:
    """One per Interpreter (``interp.tier``); None there means --no-opt."""

    def __init__(self, interp, options=None, out=None):
        self.interp = interp
        self.options = options if options is not None else TierOptions()
        self.out = out
        self.compiled_count = 0
        self.deopt_count = 0
        self._helpers = None   # the templates' globals, loaded at the first optimization
        self._direct_globals = None   # the direct functions' globals (_install_direct)
        self.installed = weakref.WeakSet()   # BytecodeArrays with optimized code installed

    # -- hotness ----------------------------------------------------------------------------
    def attach(self, bytecode):
        """The state of ``bytecode`` (created at its first call)."""
        st = bytecode.tier
        if st is None:
            opts = self.options
            trigger = 1 if opts.always_opt else opts.opt_threshold
            st = bytecode.tier = TierState(trigger, _display_name(bytecode))
        return st

    def on_call(self, bytecode, st):
        """calls_support.enter_function: ``st.calls`` reached ``st.trigger``."""
        st.trigger = -1
        if st.optimized is not None:
            # optimized by on-stack replacement, then called often: the form calls run
            if bytecode.sfi.direct is None and self.interp.tracer is None:
                gen = self._install_direct(bytecode, st, _function_name(st))
                if gen is not None:
                    st.source = gen.source + st.source
            return
        reason = "always-opt" if self.options.always_opt else (
            "%OptimizeFunctionOnNextCall" if st.marked else "hot function")
        self.optimize(bytecode, reason)

    def on_run(self, frame):
        """Interpreter.run: a script / eval / module frame (never entered through a call):
        counted for on-stack replacement.  (--always-opt compiles functions at their first
        call; top-level code, which runs once, tiers up by its loops as without it.)"""
        if frame.bytecode.tier is None:
            self.attach(frame.bytecode)

    def tick(self, frame):
        """Interpreter.out_of_budget: the function on top of the stack is running hot."""
        if frame is None:
            return
        bc = frame.bytecode
        st = self.attach(bc)
        if st.optimized is None and not st.never:
            st.ticks += 1
            if st.ticks >= self.options.osr_ticks:
                self.optimize(bc, "hot loop (on-stack replacement)", frame_form=True)

    # -- optimize / install -------------------------------------------------------------------
    def optimize(self, bytecode, reason, frame_form=False):
        """Compile ``bytecode``: its direct form when it can have one (what calls run; with
        ``frame_form``, for on-stack replacement, its OSR twin first and the call form at the
        next call), else the frame form (what a running interpreter frame enters: script
        code, functions without a direct form)."""
        st = self.attach(bytecode)
        if st.never or st.optimized is not None or self.interp.tracer is not None:
            return False
        code = bytecode.decoded
        if code is None:
            return False
        from scopejs.interpreter.cases import definitions, namespace as template_namespace
        definitions()   # the templates are parsed once per process (not counted below)
        start = time.process_time()
        fn_name = _function_name(st)
        if self._helpers is None:
            self._helpers = template_namespace()
        entries = 0
        if frame_form:
            # a running frame enters the on-stack-replacement twin of the direct form (so do
            # later interpreted calls, at their first loop header); the form calls run is
            # compiled when calls make the function hot too (on_call)
            direct = self._direct_form(bytecode, st, f"d{fn_name[3:]}_osr", osr=True)
            if direct is not None:
                entries = self._install_osr(bytecode, st, direct.function)
                opts = self.options
                st.trigger = st.calls + (1 if opts.always_opt else opts.opt_threshold)
        else:
            direct = self._install_direct(bytecode, st, fn_name)
        st.source = direct.source if direct is not None else ""
        speculated = direct.guards if direct is not None else 0
        if direct is None:
            from scopejs.tiering.codegen import generate   # loaded at the first optimization
            gen = generate(bytecode, fn_name, st.generic_sites, self.interp, st.lowered)
            namespace = dict(self._helpers)
            namespace.update(gen.bindings)
            namespace["interp"] = self.interp
            namespace["deopt"] = self._deopt_for(bytecode)
            namespace["TIER_PCS"] = gen.pcs    # Python line -> instruction (fused_member)
            exec(compiled_source(gen.source, f"<optimized {st.name}>"), namespace)
            compiled = namespace[fn_name]
            from scopejs.interpreter.decoding import decode_instructions
            unfused = decode_instructions(bytecode, self.interp, bytecode.sfi, fused=False)
            st.saved = list(code)
            for i in gen.entries:
                unfused[i] = _entry(compiled, i)
            code[:] = unfused
            st.source = gen.source + st.source
            speculated = gen.guards
            entries = len(gen.entries)
        st.optimized = True
        self.installed.add(bytecode)
        st.marked = False
        self.compiled_count += 1
        took = (time.process_time() - start) * 1000
        n = len(bytecode.instructions)
        if direct is None:
            forms = f"{entries} entries"
        elif entries:
            forms = f"direct calls, {entries} loop entries"
        else:
            forms = "direct calls"
        self._trace_opt(st, f"optimized because {reason} after {st.calls} interpreted calls, "
                            f"{st.ticks} ticks - took {took:.2f} ms CPU, {n} instructions, "
                            f"{speculated} speculated, {forms}")
        opts = self.options
        if opts.print_opt_code and (not opts.print_opt_code_filter
                                    or opts.print_opt_code_filter == st.name):
            exact = direct.exact.source if direct is not None and direct.exact else ""
            self._write(f"--- optimized code: {st.name} ---\n{st.source}{exact}--- end ---")
        return True

    def _install_direct(self, bytecode, st, fn_name):
        """Compile and install the direct form (direct.py) when the function can have one;
        its GeneratedDirect, or None."""
        gen = self._direct_form(bytecode, st, "d" + fn_name[3:], osr=False)
        if gen is not None:
            sfi = bytecode.sfi
            sfi.direct = gen.function
            if gen.exact is not None:   # (direct.py: the exact-arity entry)
                exact = list(NO_EXACT)
                exact[bytecode.parameter_count] = gen.exact.function
                sfi.exact = tuple(exact)
        return gen

    def _direct_form(self, bytecode, st, name, osr):
        """A compiled direct form (GeneratedDirect with ``function`` set), or None."""
        from scopejs.tiering import direct as direct_form
        if not direct_form.directable(bytecode):
            return None
        try:
            gen = direct_form.generate_direct(bytecode, name, st.generic_sites, self.interp,
                                              osr, st.lowered_direct, st.osr_typed)
        except direct_form.NotDirect:
            return None
        from scopejs.interpreter.calls_support import bind_this, run_in_interpreter
        from scopejs.runtime.completion import throw_range_error
        from scopejs.runtime.objects.ordinary import JSObject
        from scopejs.runtime.values import UNDEFINED
        deopt = self._direct_deopt_for(bytecode)
        gen.info.deopt_code = deopt.__code__
        if self._direct_globals is None:   # shared by every direct function of this Tier
            self._direct_globals = dict(self._helpers)
            self._direct_globals.update(
                interp=self.interp, agent=self.interp.realm.agent,
                run_in_interpreter=run_in_interpreter, throw_range_error=throw_range_error,
                bind_this=bind_this, JSObject=JSObject, UNDEFINED=UNDEFINED)
        # what is the function's own (its records, its deopt, decode-time values) are closure
        # cells of a maker function, so the globals dict is not copied per function
        own = {"deopt": deopt, "here": direct_form.here_for(bytecode, self.interp)}
        if osr:
            own["osr_declined"] = self._osr_declined_for(bytecode)
        own.update((k, v) for k, v in gen.bindings.items() if k != "interp")
        self._make_function(gen, name, st, own)
        if gen.exact is not None:
            gen.exact.info.deopt_code = deopt.__code__
            self._make_function(gen.exact, "x" + name[1:], st, own)
        return gen

    def _make_function(self, gen, name, st, own):
        """gen.function: ``gen.source`` compiled inside a maker whose parameters (``own`` and
        the function's DIRECT_INFO) become its closure cells."""
        own = {"DIRECT_INFO": gen.info, **own}
        maker = (f"def make_{name}({', '.join(own)}):\n"
                 + "".join("    " + line + "\n" for line in gen.source.splitlines())
                 + f"    return {name}\n")
        gen.info.pcs.insert(0, 0)   # (the maker's line comes first)
        scope = {}
        exec(compiled_source(maker, f"<optimized {st.name} (direct)>"), self._direct_globals,
             scope)
        gen.function = scope[f"make_{name}"](**own)
        gen.info.code = gen.function.__code__

    def _osr_declined_for(self, bytecode):
        def osr_declined(frame, header):
            """The interpreter frame reached loop header ``header`` with values of other types
            than the OSR twin assumes there (its entry check): the frame goes on in the
            interpreter at the header, and the next OSR twin assumes nothing at its headers."""
            bytecode.tier.osr_typed = False
            self.deoptimize(bytecode, None, f"wrong types on OSR entry at loop header {header}",
                            eager=True)
            frame.pc = header
            return RESUME
        return osr_declined

    def _direct_deopt_for(self, bytecode):
        from scopejs.interpreter.frame import Frame

        def deopt(fr, index, reason):
            """A guard failed in direct code (``fr``: its record, CompiledFrame): the call
            goes on in the interpreter at instruction ``index``, in a Frame rebuilt from the
            direct code's locals (or, after on-stack replacement, in the interpreter frame it
            replaced: RESUME)."""
            self.deoptimize(bytecode, index, reason, eager=True)
            regs = fr.regs   # (with `this` bound: direct code may leave an unread one unbound)
            acc, ctx = fr.acc, fr.context
            osr = fr.pyframe.f_locals.get("osr")   # (the on-stack-replacement form's)
            if osr is not None:
                frame = osr[0]
                frame.regs[:] = regs
                frame.acc = acc
                frame.context = ctx
                frame.pc = index
                return RESUME
            frame = Frame(bytecode.decoded, regs, ctx, fr.arguments, fr.parent, bytecode,
                          fr.depth, fr.function.realm)
            frame.pc = index
            frame.acc = acc
            return self.interp.run(frame)
        return deopt

    def _install_osr(self, bytecode, st, direct):
        """On-stack replacement into the direct form: the interpreter's code at every loop
        header runs the rest of the activation in ``direct`` (a deopt there resumes the
        interpreter frame at the failing instruction)."""
        code = bytecode.decoded
        st.saved = list(code)
        from scopejs.tiering.direct import loop_headers
        headers = loop_headers(bytecode)
        for header in headers:
            code[header] = _osr_entry(direct, header)
        return len(headers)

    def _deopt_for(self, bytecode):
        def deopt(f, acc, index, reason):
            f.acc = acc
            self.deoptimize(bytecode, index, reason, eager=True)
            return index
        return deopt

    def deoptimize(self, bytecode, index=None, reason="", eager=False):
        """Put the interpreter's code back; an eager deopt at ``index`` stops speculating there."""
        st = bytecode.tier
        if st is None or st.optimized is None:
            return False
        if st.saved is not None:
            bytecode.decoded[:] = st.saved
            st.saved = None
        if bytecode.sfi is not None:
            bytecode.sfi.direct = None
            bytecode.sfi.exact = NO_EXACT
        self.installed.discard(bytecode)
        st.optimized = None
        if reason not in SITE_SPECULATIONS:
            # (a speculation on where a value is fails once per site: the site is generic in
            # the code optimized next, so it cannot make a function deoptimize forever)
            st.deopts += 1
        st.ticks = 0
        self.deopt_count += 1
        if index is not None:
            st.generic_sites.add(index)
        opts = self.options
        if st.deopts >= opts.max_deopts:
            st.never = True
        elif not opts.always_opt:
            st.trigger = st.calls + opts.opt_threshold
        else:
            st.trigger = st.calls + 1
        if opts.trace_deopt:
            where = "" if index is None else \
                f" at bytecode offset {index} ({_instruction_text(bytecode, index)})"
            kind = "eager" if eager else "explicit"
            tail = ", optimization disabled" if st.never else ""
            self._write(f"[bailout (kind: deopt-{kind}, reason: {reason}): deoptimizing "
                        f"{st.name}{where}{tail}]")
        return True

    def deoptimize_all(self, reason):
        """Put the interpreter's code back everywhere (an execution hook attached)."""
        for bytecode in list(self.installed):
            self.deoptimize(bytecode, None, reason)

    # -- intrinsics' view ---------------------------------------------------------------------
    def status(self, bytecode, executing=False):
        bits = STATUS_IS_FUNCTION
        st = bytecode.tier if bytecode is not None else None
        if self.options.always_opt:
            bits |= STATUS_ALWAYS_OPTIMIZE
        if st is None:
            return bits | STATUS_INTERPRETED
        if st.never:
            bits |= STATUS_NEVER_OPTIMIZED
        if st.deopts:
            bits |= STATUS_MAYBE_DEOPTED
        if st.optimized is not None:
            bits |= STATUS_OPTIMIZED | STATUS_TURBOFAN
        else:
            bits |= STATUS_INTERPRETED
        if st.marked:
            bits |= STATUS_MARKED_FOR_OPTIMIZATION
        if executing:
            bits |= STATUS_IS_EXECUTING
        return bits

    # -- output -------------------------------------------------------------------------------
    def _trace_opt(self, st, text):
        if self.options.trace_opt:
            self._write(f"[{text.split(' ', 1)[0]} {st.name}: {text.split(' ', 1)[1]}]")

    def _write(self, text):
        out = self.out
        if out is None:
            import sys
            out = sys.stdout
        out.write(text + "\n")


_CODE = {}
_CODE_LIMIT = 1_000   # entries (oldest dropped first)


def compiled_source(source, filename):
    """compile() of generated source, once per process for the same text (identical functions
    in many Engines -- test262's harness, an embedder's per-request engines -- share it)."""
    key = (source, filename)
    code = _CODE.get(key)
    if code is None:
        code = compile(source, filename, "exec")
        remember(_CODE, key, code, _CODE_LIMIT)
    return code


RESUME = object()   # direct code deoptimized after OSR: the interpreter frame goes on


def _osr_entry(direct, header):
    def enter(f):
        regs = f.regs
        value = direct(regs[0], regs[2], f.arguments, f.depth, regs[1], (f, header))
        if value is RESUME:
            return f.pc
        f.acc = value
        return RETURN   # the run loop does the frame's return processing
    return enter


def _entry(compiled, index):
    """The handler the run loop calls at entry ``index``: compiled(index, f), bound in C."""
    return partial(compiled, index)


def _function_name(st):
    """The Python name of a function's optimized code (``opt_NAME``; direct forms ``d_NAME``)."""
    return "opt_" + "".join(c if c.isalnum() else "_" for c in st.name)[:40]


def _display_name(bytecode):
    sfi = bytecode.sfi
    name = (getattr(sfi, "name", None) or "") if sfi is not None else ""
    if not name:
        name = bytecode.name or "<anonymous>"
    return name


def _instruction_text(bytecode, index):
    op, ops = bytecode.instructions[index]
    return f"{op.name} {', '.join(map(str, ops))}".rstrip()
