"""The inline fast paths the optimizing tier emits, one small source template per opcode.

A template is the *fast path only* of an instruction, spelled over the tier's target: ``acc`` is a
Python local, register ``k`` is ``regs[k]`` (registers are written through to the frame, so the
interpreter always sees them), ``f`` is the interpreter Frame and ``{slow}`` is what happens
when a guard fails:

  * the first time: a **deopt** (``return _deopt(f, acc, i, reason)``): the compiled code is
    discarded, the site is remembered, and the interpreter runs the instruction at offset ``i``;
  * after the site deoptimized once: an **exit** (``f.acc = acc; return i``): the interpreter runs
    this one instruction with its full semantics and re-enters the compiled code after it.

Every slow path is the interpreter's handler, i.e. the one definition of the opcode; a template
only adds a guarded shortcut whose result equals it (each says why it is unobservable), and the
calls it makes (ToBoolean, IsStrictlyEqual, ToInt32 on a Number) cannot throw or run JS code.
Instructions without a template are exits: the interpreter runs them (calls, allocation, ...).

TODO(onedef): once the per-opcode templates of issue 7 step 1 land, these fast paths are
generated from them (the tier's "target"); this table is the tier's only per-opcode knowledge.
"""
from __future__ import annotations

from scopejs.bytecode.opcodes import Op

# --- helpers named in templates (installed in each compiled function's globals) --------------


def helper_names():
    import math

    from scopejs.runtime.abstract_ops.testing_comparison import IsStrictlyEqual
    from scopejs.runtime.abstract_ops.type_conversion import ToBoolean, ToInt32, ToUint32
    from scopejs.runtime.objects.arrays import JSArray
    from scopejs.runtime.objects.ordinary import MISSING, JSObject
    from scopejs.runtime.property import Accessor
    from scopejs.runtime.values import EMPTY, HOLE, NULL, UNDEFINED, is_object
    return {
        "F": float, "fmod": math.fmod, "IsStrictlyEqual": IsStrictlyEqual,
        "ToBoolean": ToBoolean, "ToInt32": ToInt32, "ToUint32": ToUint32, "JSArray": JSArray,
        "JSObject": JSObject, "MISSING": MISSING, "Accessor": Accessor, "EMPTY": EMPTY,
        "HOLE": HOLE, "NULL": NULL, "UNDEFINED": UNDEFINED, "is_object": is_object,
        "wrap32": _wrap32,
    }


def _wrap32(i):
    """An int wrapped to the signed 32-bit range (the last step of ToInt32)."""
    i &= 0xFFFFFFFF
    return float(i - 0x100000000 if i & 0x80000000 else i)


# --- templates --------------------------------------------------------------------------------
# Each entry: op -> function(operands, k) -> source text (may span lines), where ``k(value)``
# names a constant in the compiled function's globals.  ``{slow}`` is filled in by codegen.

T: dict = {}


def template(*ops):
    def register(fn):
        for op in ops:
            T[op] = fn
        return fn
    return register


# Instructions whose fast path is one fixed statement.
FIXED = {
    Op.LdaZero: 'acc = 0.0',
    Op.LdaUndefined: 'acc = UNDEFINED',
    Op.LdaNull: 'acc = NULL',
    Op.LdaTheHole: 'acc = HOLE',
    Op.LdaTrue: 'acc = True',
    Op.LdaFalse: 'acc = False',
    Op.TestUndefined: 'acc = acc is UNDEFINED',
    Op.TestNull: 'acc = acc is NULL',
    Op.LogicalNot: 'acc = acc is False',
    Op.ToBooleanLogicalNot: 'acc = not ToBoolean(acc)',
    Op.ToBoolean: 'acc = ToBoolean(acc)',
}
for _op, _text in FIXED.items():
    template(_op)(lambda ops, k, _text=_text: _text)


@template(Op.LdaSmi)
def _(ops, k):
    return f"acc = {float(ops[0])!r}"


@template(Op.LdaConstant)
def _(ops, k):
    return f"acc = {k(ops[0], constant=True)}"


@template(Op.Ldar)
def _(ops, k):
    return f"acc = regs[{ops[0]}]"


@template(Op.Star)
def _(ops, k):
    return f"regs[{ops[0]}] = acc"


@template(Op.Mov)
def _(ops, k):
    return f"regs[{ops[1]}] = regs[{ops[0]}]"


@template(Op.LdaCurrentContextSlot, Op.LdaImmutableCurrentContextSlot)
def _(ops, k):
    return f"acc = f.context.slots[{ops[0]}]"


@template(Op.LdaContextSlot, Op.LdaImmutableContextSlot)
def _(ops, k):
    return f"acc = f.context{'.previous' * ops[1]}.slots[{ops[0]}]"


@template(Op.StaCurrentContextSlot)
def _(ops, k):
    return f"f.context.slots[{ops[0]}] = acc"


@template(Op.StaContextSlot)
def _(ops, k):
    return f"f.context{'.previous' * ops[1]}.slots[{ops[0]}] = acc"


@template(Op.ThrowReferenceErrorIfHole)
def _(ops, k):
    # the throw itself (message, location) is the interpreter's: exit before it
    return "if acc is HOLE:\n    {exit}"


@template(Op.LdaGlobal)
def _(ops, k):
    # The realm's script-scope lexical dict, then the global object's own data property; a
    # missing name, an accessor or a TDZ hole takes the interpreter's path (get_global).
    name = k(ops[0], constant=True)
    return (f"v = f.realm.global_env.lexical.get({name}, MISSING)\n"
            f"if v is MISSING:\n"
            f"    g = f.realm.global_env.global_object\n"
            f"    v = g.props.get({name}, MISSING) if g.plain_props else MISSING\n"
            f"    if v is MISSING or v.__class__ is Accessor:\n"
            f"        {{exit}}\n"
            f"elif v is HOLE:\n"
            f"    {{exit}}\n"
            f"acc = v")


@template(Op.GetNamedProperty)
def _(ops, k):
    name = k(ops[1], constant=True)
    # an own data property of an ordinary object, or one on its prototype (a method)
    return (f"o = regs[{ops[0]}]\n"
            f"if o.__class__ is JSObject:\n"
            f"    v = o.props.get({name}, MISSING)\n"
            f"    if v is MISSING:\n"
            f"        p = o.proto\n"
            f"        if p is NULL or not (p.plain_props and p.ordinary_get_set):\n"
            f"            {{exit}}\n"
            f"        v = p.props.get({name}, MISSING)\n"
            f"        if v is MISSING:\n"
            f"            {{exit}}\n"
            f"    if v.__class__ is Accessor:\n"
            f"        {{exit}}\n"
            f"    acc = v\n"
            + (f"elif o.__class__ is JSArray and o.elements is not None:\n"
               f"    acc = float(len(o.elements))\n"
               f"elif o.__class__ is str:\n"
               f"    acc = float(len(o))\n" if k.value(ops[1]) == "length" else "")
            + f"else:\n"
              f"    {{exit}}")


@template(Op.SetNamedProperty)
def _(ops, k):
    name = k(ops[1], constant=True)
    # an existing own data property with default attributes (flags None: all writable)
    return (f"o = regs[{ops[0]}]\n"
            f"if o.__class__ is JSObject and o.flags is None and {name} in o.props:\n"
            f"    o.props[{name}] = acc\n"
            f"else:\n"
            f"    {{exit}}")


@template(Op.GetKeyedProperty)
def _(ops, k):
    return (f"o = regs[{ops[0]}]\n"
            f"if o.__class__ is JSArray and acc.__class__ is F and o.elements is not None "
            f"and 0 <= acc < len(o.elements) and acc == int(acc) "
            f"and o.elements[int(acc)] is not EMPTY:\n"
            f"    acc = o.elements[int(acc)]\n"
            f"else:\n"
            f"    {{exit}}")


@template(Op.SetKeyedProperty)
def _(ops, k):
    return (f"o = regs[{ops[0]}]\n"
            f"x = regs[{ops[1]}]\n"
            f"if o.__class__ is JSArray and x.__class__ is F and o.elements is not None "
            f"and 0 <= x < len(o.elements) and x == int(x) and o.elements[int(x)] is not EMPTY:\n"
            f"    o.elements[int(x)] = acc\n"
            f"else:\n"
            f"    {{exit}}")


# -- arithmetic on Numbers (Python floats: IEEE-754 exactly as JS, -0, NaN and 2**53 included)

def _binary(expr, guard="x.__class__ is F and acc.__class__ is F"):
    def make(ops, k):
        return (f"x = regs[{ops[0]}]\n"
                f"if {guard}:\n"
                f"    acc = {expr}\n"
                f"else:\n"
                f"    {{slow}}")
    return make


template(Op.Sub)(_binary("x - acc"))
template(Op.Mul)(_binary("x * acc"))
# x / 0 raises in Python: the interpreter gives the Infinity / NaN
template(Op.Div)(_binary("x / acc", "x.__class__ is F and acc.__class__ is F and acc"))
# fmod keeps the dividend's sign except for a zero result of a negative dividend (-0)
template(Op.Mod)(_binary("fmod(x, acc) if x >= 0 else (fmod(x, acc) or -0.0)",
                         "x.__class__ is F and acc.__class__ is F and acc and x - x == 0.0"))
template(Op.BitwiseOr)(_binary("float(ToInt32(x) | ToInt32(acc))"))
template(Op.BitwiseAnd)(_binary("float(ToInt32(x) & ToInt32(acc))"))
template(Op.BitwiseXor)(_binary("float(ToInt32(x) ^ ToInt32(acc))"))
template(Op.ShiftLeft)(_binary("wrap32(ToInt32(x) << (ToUint32(acc) & 31))"))
template(Op.ShiftRight)(_binary("float(ToInt32(x) >> (ToUint32(acc) & 31))"))
template(Op.ShiftRightLogical)(_binary("float(ToUint32(x) >> (ToUint32(acc) & 31))"))
for _op, _cmp in ((Op.TestLessThan, "<"), (Op.TestGreaterThan, ">"),
                  (Op.TestLessThanOrEqual, "<="), (Op.TestGreaterThanOrEqual, ">=")):
    # Numbers: NaN compares false both ways in Python as in IsLessThan; Strings: both are
    # sequences of UTF-16 code units, compared unit by unit (7.2.13 step 3)
    template(_op)(_binary(f"x {_cmp} acc", "x.__class__ is acc.__class__ and "
                                           "(x.__class__ is F or x.__class__ is str)"))


@template(Op.Add)
def _(ops, k):
    return (f"x = regs[{ops[0]}]\n"
            f"if x.__class__ is acc.__class__ and (x.__class__ is F or x.__class__ is str):\n"
            f"    acc = x + acc\n"
            f"else:\n"
            f"    {{slow}}")


def _smi(expr, guard="acc.__class__ is F"):
    def make(ops, k):
        return (f"if {guard}:\n"
                f"    acc = {expr.format(*map(float, ops))}\n"
                f"else:\n"
                f"    {{slow}}")
    return make


template(Op.AddSmi)(_smi("acc + {!r}"))
template(Op.SubSmi)(_smi("acc - {!r}"))
template(Op.MulSmi)(_smi("acc * {!r}"))
template(Op.DivSmi)(lambda ops, k: _smi("acc / {!r}")(ops, k) if ops[0] else "{slow}")
# fmod of an infinite dividend raises in Python (JS gives NaN): finite dividends only
template(Op.ModSmi)(lambda ops, k: _smi("fmod(acc, {0!r}) if acc >= 0 else (fmod(acc, {0!r}) or -0.0)",
                                        "acc.__class__ is F and acc - acc == 0.0")
                    (ops, k) if ops[0] else "{slow}")
template(Op.BitwiseAndSmi)(_smi("float(ToInt32(acc) & int({!r}))"))
template(Op.BitwiseOrSmi)(_smi("float(ToInt32(acc) | int({!r}))"))
template(Op.ShiftRightSmi)(_smi("float(ToInt32(acc) >> (int({!r}) & 31))"))
template(Op.ShiftLeftSmi)(_smi("wrap32(ToInt32(acc) << (int({!r}) & 31))"))
template(Op.ShiftRightLogicalSmi)(_smi("float(ToUint32(acc) >> (int({!r}) & 31))"))
template(Op.Inc)(_smi("acc + 1.0"))
template(Op.Dec)(_smi("acc - 1.0"))
template(Op.Negate)(_smi("-acc"))


@template(Op.TestEqualStrict)
def _(ops, k):
    # IsStrictlyEqual never throws nor runs JS code; two Numbers or two Strings inline
    return (f"x = regs[{ops[0]}]\n"
            f"acc = (x == acc) if x.__class__ is acc.__class__ and "
            f"(x.__class__ is F or x.__class__ is str) else IsStrictlyEqual(x, acc)")


@template(Op.TestEqual)
def _(ops, k):
    return (f"x = regs[{ops[0]}]\n"
            f"if x.__class__ is acc.__class__ and (x.__class__ is F or x.__class__ is str):\n"
            f"    acc = x == acc\n"
            f"else:\n"
            f"    {{exit}}")


@template(Op.TestReferenceEqual)
def _(ops, k):
    return f"acc = regs[{ops[0]}] is acc"


def _may_exit():
    """Opcodes whose fast path can leave for the interpreter (the next instruction is an entry)."""
    probe = {Op.LdaConstant: None}
    out = set()
    for op, make in T.items():
        if op in probe:
            continue
        def k(index, constant=False):
            return "K"
        k.value = lambda index: "length"
        text = make((0, 0, 0), k)
        if "{exit}" in text or "{slow}" in text:
            out.add(op)
    return frozenset(out)


MAY_EXIT = _may_exit()

# --- control: the condition under which a conditional jump is taken --------------------------
CONDITIONS = {
    Op.JumpIfTrue: "acc is True",
    Op.JumpIfFalse: "acc is False",
    Op.JumpIfToBooleanTrue: "acc is True or (acc is not False and ToBoolean(acc))",
    Op.JumpIfToBooleanFalse: "acc is False or (acc is not True and not ToBoolean(acc))",
    Op.JumpIfNull: "acc is NULL",
    Op.JumpIfNotNull: "acc is not NULL",
    Op.JumpIfUndefined: "acc is UNDEFINED",
    Op.JumpIfNotUndefined: "acc is not UNDEFINED",
    Op.JumpIfUndefinedOrNull: "acc is UNDEFINED or acc is NULL",
    Op.JumpIfJSReceiver: "is_object(acc)",
    Op.JumpIfNotHole: "acc is not HOLE",
}
