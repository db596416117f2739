"""10.4.1 Bound Function Exotic Objects."""
from __future__ import annotations

from scopejs.runtime.objects.functions import JSFunctionBase

__all__ = ["BoundFunction", "BoundFunctionCreate"]


class BoundFunction(JSFunctionBase):
    """[[BoundTargetFunction]] ``target``, [[BoundThis]] ``bound_this``,
    [[BoundArguments]] ``bound_args``."""

    __slots__ = ("target", "bound_this", "bound_args")

    class_name = "Function"

    def to_string_text(self) -> str:
        return "function () { [native code] }"     # V8 names no bound function here

    # 10.4.1.1 [[Call]] ( thisArgument, argumentsList )
    def Call(self, this, args):  # noqa: N802
        return self.target.Call(self.bound_this, [*self.bound_args, *args])

    # 10.4.1.2 [[Construct]] ( argumentsList, newTarget )
    def Construct(self, args, new_target):  # noqa: N802
        target = self.target
        if new_target is self:
            new_target = target
        return target.Construct([*self.bound_args, *args], new_target)


# 10.4.1.3 BoundFunctionCreate ( targetFunction, boundThis, boundArgs )
def BoundFunctionCreate(target, bound_this, bound_args: list):  # noqa: N802
    proto = target.GetPrototypeOf()
    fn = BoundFunction(proto, target.realm, target.is_constructor)
    fn.target = target
    fn.bound_this = bound_this
    fn.bound_args = list(bound_args)
    return fn
