"""Register file layout and the generator's scoped temporary-register allocator.

A frame's register file is ``[<closure>, <new.target>, <this>, a0 .. a(p-1), r0 .. r(n-1)]``.
Register operands are absolute indices into it.  Variables with location PARAMETER have index
i >= 0 for a_i, and the special indices below for the receiver, new.target and the closure (so
``FIRST_PARAMETER_REGISTER + index`` is always the register).  LOCAL variables have index k for
r_k; their register is ``first_local + k``.
"""
from __future__ import annotations

CLOSURE_REGISTER = 0        # <closure>: the JSFunction being run
NEW_TARGET_REGISTER = 1     # <new.target>: new.target (undefined for [[Call]])
RECEIVER_REGISTER = 2       # <this>: the this value after OrdinaryCallBindThis
FIRST_PARAMETER_REGISTER = 3

# PARAMETER indices of the special registers.
RECEIVER_PARAMETER_INDEX = RECEIVER_REGISTER - FIRST_PARAMETER_REGISTER          # -1
NEW_TARGET_PARAMETER_INDEX = NEW_TARGET_REGISTER - FIRST_PARAMETER_REGISTER      # -2
CLOSURE_PARAMETER_INDEX = CLOSURE_REGISTER - FIRST_PARAMETER_REGISTER            # -3

SPECIAL_REGISTER_NAMES = {CLOSURE_REGISTER: "<closure>", NEW_TARGET_REGISTER: "<new.target>",
                          RECEIVER_REGISTER: "<this>"}


def register_name(register: int, parameter_count: int) -> str:
    """d8 spelling: <this>, a0, r3."""
    if register < FIRST_PARAMETER_REGISTER:
        return SPECIAL_REGISTER_NAMES[register]
    if register < FIRST_PARAMETER_REGISTER + parameter_count:
        return f"a{register - FIRST_PARAMETER_REGISTER}"
    return f"r{register - FIRST_PARAMETER_REGISTER - parameter_count}"


class RegisterAllocator:
    """Stack-disciplined temporaries above the locals (V8 BytecodeRegisterAllocator).

    ``scope()`` releases everything allocated inside it; ``new_list(n)`` gives consecutive
    registers (call argument lists).
    """

    __slots__ = ("base", "next", "max")

    def __init__(self, base: int):
        self.base = base      # absolute index of the first temporary
        self.next = base
        self.max = base

    def new(self) -> int:
        reg = self.next
        self.next = reg + 1
        if self.next > self.max:
            self.max = self.next
        return reg

    def new_list(self, count: int) -> int:
        first = self.next
        self.next = first + count
        if self.next > self.max:
            self.max = self.next
        return first

    def mark(self) -> int:
        return self.next

    def release(self, mark: int) -> None:
        self.next = mark

    def scope(self):
        return _RegisterScope(self)


class _RegisterScope:
    __slots__ = ("allocator", "saved")

    def __init__(self, allocator):
        self.allocator = allocator
        self.saved = 0

    def __enter__(self):
        self.saved = self.allocator.next
        return self

    def __exit__(self, *exc):
        self.allocator.next = self.saved
        return False
