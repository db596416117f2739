"""The one definition per opcode: templates are complete and checked, the generated files are
fresh, and the library API lowers every instruction to compilable Python."""
from __future__ import annotations

import ast

import pytest

from scopejs.bytecode.opcodes import SPEC_OF, Op
from scopejs.interpreter.cases import (
    Target, TemplateError, definitions, lower, missing_templates, parse_definitions,
)
from scopejs.interpreter.cases.generate import stale_files


def test_every_opcode_has_a_template():
    assert missing_templates() == []
    assert set(definitions()) == set(Op)


def test_generated_files_are_fresh():
    stale = stale_files()
    assert stale == [], f"regenerate with python3 -m scopejs.interpreter.cases: {stale}"


def test_descriptions_come_from_the_templates():
    from scopejs.bytecode.opcode_descriptions import DESCRIPTIONS
    assert DESCRIPTIONS["Add"] == "acc := r + acc" == SPEC_OF[Op.Add].semantics
    assert all(DESCRIPTIONS[op.name] for op in Op)


BAD = [
    ("def Ldar(src):\n    '''doc'''\n    return REG[src]\n", "Return is not allowed"),
    ("def Ldar(src):\n    '''doc'''\n    ACC = nowhere\n", "unknown name 'nowhere'"),
    ("def Ldar(src, extra):\n    '''doc'''\n    ACC = REG[src]\n", "operands"),
    ("def Ldar(src):\n    '''doc'''\n    ACC = CONST[src]\n", "only available in a DECODE"),
    ("def Ldar(src):\n    '''doc'''\n    x = JUMP(src)\n", "statement of its own"),
    ("def Ldar(src):\n    ACC = REG[src]\n", "no docstring"),
    ("def Nope():\n    '''doc'''\n", "not an opcode"),
    ("def Ldar(src):\n    '''doc'''\n    with DECODE:\n        y = ACC\n", "decode time"),
]


@pytest.mark.parametrize("text,message", BAD)
def test_checker_rejects_bad_templates(text, message):
    with pytest.raises(TemplateError, match=message):
        parse_definitions(text)


class Locals(Target):
    """A tier-like target: accumulator and registers as Python locals."""
    acc = "acc"

    def reg(self, index):
        return f"r{index}"

    def reg_slice(self, lo, hi):
        return "[" + ", ".join(f"r{i}" for i in range(int(lo), int(hi))) + "]"

    def jump(self, target):
        return [f"pc = {target}", "continue"]


def _bytecodes(source):
    from scopejs.bytecode.compiler import compile_all, compile_script
    from scopejs.parsing.parser import parse_script
    top = compile_script(parse_script(source))
    from scopejs.bytecode.compiler import compile_function
    return [compile_function(sfi) for sfi in compile_all(top)]


PROGRAM = """
var g = 1; let h = 2;
function f(a, ...rest) { var s = 0; for (var i = 0; i < a; i++) { s += i * 2 - 1; }
  try { s = s / g % 3; } catch (e) { throw e; } finally { h++; }
  const o = {x: 1, [a]: 2, ...rest}; delete o.x; var k = [1, , 3];
  for (const p in o) s += o[p]; for (const v of k) s += v;
  return () => s + arguments.length + typeof a + `t${s}` + (a instanceof Object) + (a in o); }
function* gen() { yield 1; yield* [2]; }
async function as() { await 1; }
class A extends Object { #p = 1; constructor() { super(); this.q = this.#p; } static m() {} }
with ({}) { g; }
f(3)(); new A(); [...gen()]; as(); /re/g; f?.(1, ...[2]); -g; ~g; !g; g >>> 1; Math.max(1, 2);
"""


def test_lower_gives_compilable_python_for_every_instruction():
    seen = set()
    for bc in _bytecodes(PROGRAM):
        for pc, (op, operands) in enumerate(bc.instructions):
            low = lower(op, operands, Locals(), constants=bc.constants, sfi=bc.sfi, pc=pc)
            body = "\n".join("        " + line for line in low.lines) or "        pass"
            ast.parse(f"def fn(f):\n    while True:\n{body}\n        break\n")
            seen.add(op)
    assert {Op.Add, Op.JumpLoop, Op.CallProperty, Op.SuspendGenerator} <= seen


def test_lower_example_of_the_docstring():
    low = lower(Op.Add, (3,), Locals(), pc=7)
    assert low.lines == ["_x = r3", "_y = acc", "_cx = _x.__class__",
                         "if _cx is _y.__class__ and (_cx is F or (_cx is str and "
                         "len(_x) + len(_y) <= MAX_STRING_LENGTH)):",
                         "    acc = _x + _y", "else:", "    acc = operators.Add(_x, _y)"]
    assert low.falls_through
    jump = lower(Op.Jump, (12,), Locals(), pc=3)
    assert jump.lines == ["pc = 12", "continue"] and not jump.falls_through


def test_lower_runs_straight_line_code():
    """Lowered Ldar/AddSmi/Star executed as a Python function give the interpreter's result."""
    from scopejs.interpreter.cases import namespace
    lines = []
    bindings = {}
    for pc, (op, operands) in enumerate([(Op.Ldar, (3,)), (Op.AddSmi, (5,)),
                                         (Op.Star, (4,))]):
        low = lower(op, operands, Locals(), pc=pc)
        lines += low.lines
        bindings.update(low.bindings)
    ns = namespace()
    ns.update(bindings)
    src = "def fn(r3, r4):\n" + "\n".join("    " + line for line in lines) + \
        "\n    return acc, r4\n"
    exec(src, ns)
    assert ns["fn"](2.0, None) == (7.0, 7.0)
    assert ns["fn"]("2", None) == ("25", "25")


def test_disassembler_shows_descriptions():
    from scopejs.bytecode.disassembler import disassemble
    bc = _bytecodes("function f(a) { return a + 1; } f(1);")[1]
    text = disassemble(bc, "f", describe=True)
    assert "; acc := acc + imm" in text
    assert "; return acc" in text
    assert "; " not in disassemble(bc, "f").split("Constant pool")[0].split("\n", 5)[5]
