"""27.2.1 Promise Abstract Operations and 27.2.2 Promise Jobs.

The promise object itself is ``JSPromise`` (27.2.6 Properties of Promise Instances): its
internal slots are ``promise_state`` ("pending" | "fulfilled" | "rejected"),
``promise_result``, ``fulfill_reactions``, ``reject_reactions`` and ``is_handled``.

Jobs go through 9.5.5 HostEnqueuePromiseJob = ``agent.enqueue_job(job, realm)``, so the
microtask order is the spec's (which node follows), including the two extra ticks when a
promise is resolved with a thenable (NewPromiseResolveThenableJob, then the thenable's own
``then`` reaction).

Engine-internal reactions: a reaction handler may be a JS function, ``None`` (the spec's
~empty~), or a plain Python callable ``handler(argument) -> value`` (an Abstract Closure that
the spec would wrap with CreateBuiltinFunction; wrapping is unobservable because the function
object never escapes). ``PerformPromiseThen`` accepts all three.

Unhandled rejections (27.2.1.9 HostPromiseRejectionTracker): the agent keeps an insertion
ordered dict ``agent.host_hooks["unhandled_rejections"]`` (id -> promise); "reject" adds,
"handle" removes. A host callback ``agent.host_hooks["promise_rejection"](promise, operation)``
is called too when set. ``take_unhandled_rejections(agent)`` pops what is left (node reports
those after the microtask queue drains).
"""
from __future__ import annotations

from scopejs.runtime.abstract_ops.object_operations import (
    Call, Construct, GetFunctionRealm, describe_for_error,
)
from scopejs.runtime.abstract_ops.testing_comparison import IsConstructor
from scopejs.runtime.completion import ThrowCompletion, throw_type_error
from scopejs.runtime.execution import current_realm, surrounding_agent
from scopejs.runtime.objects.functions import BuiltinConstructor, BuiltinFunction, JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import C
from scopejs.runtime.values import NULL, UNDEFINED

__all__ = [
    "JSPromise", "PromiseCapability", "PromiseReaction", "IsPromise", "CreateResolvingFunctions",
    "FulfillPromise", "RejectPromise", "TriggerPromiseReactions", "NewPromiseCapability",
    "PromiseResolve", "PerformPromiseThen", "NewPromiseReactionJob",
    "NewPromiseResolveThenableJob", "HostPromiseRejectionTracker", "HostEnqueuePromiseJob",
    "take_unhandled_rejections", "promise_for_intrinsic", "PENDING", "FULFILLED", "REJECTED",
]

PENDING = "pending"
FULFILLED = "fulfilled"
REJECTED = "rejected"


class JSPromise(JSObject):
    """27.2.6 Properties of Promise Instances."""

    __slots__ = ("promise_state", "promise_result", "fulfill_reactions", "reject_reactions",
                 "is_handled")

    class_name = "Promise"

    def __init__(self, proto=NULL):
        JSObject.__init__(self, proto)
        self.promise_state = PENDING            # [[PromiseState]]
        self.promise_result = UNDEFINED         # [[PromiseResult]]
        self.fulfill_reactions = []             # [[PromiseFulfillReactions]]
        self.reject_reactions = []              # [[PromiseRejectReactions]]
        self.is_handled = False                 # [[PromiseIsHandled]]

    def __repr__(self) -> str:
        return f"<Promise {self.promise_state}>"


class PromiseCapability:
    """27.2.1.1 PromiseCapability Records: [[Promise]], [[Resolve]], [[Reject]]."""

    __slots__ = ("promise", "resolve", "reject")

    def __init__(self, promise, resolve, reject):
        self.promise = promise
        self.resolve = resolve
        self.reject = reject


class PromiseReaction:
    """27.2.1.2 PromiseReaction Records: [[Capability]] (or None), [[Type]] (True for
    Fulfill, False for Reject), [[Handler]] (JS function, Python callable, or None)."""

    __slots__ = ("capability", "is_fulfill", "handler")

    def __init__(self, capability, is_fulfill, handler):
        self.capability = capability
        self.is_fulfill = is_fulfill
        self.handler = handler


# 27.2.1.6 IsPromise ( x )
def IsPromise(x) -> bool:  # noqa: N802
    return isinstance(x, JSPromise)


class _AlreadyResolved:
    __slots__ = ("value",)

    def __init__(self):
        self.value = False


def _init_builtin(fn, realm, length: float) -> None:
    """Own "length" and "name" ("") of an anonymous built-in closure, set without the
    generic CreateBuiltinFunction path (hot: two per promise)."""
    fn.props = {"length": length, "name": ""}
    fn.flags = {"length": C, "name": C}


class _PromiseResolvingFunction(BuiltinFunction):
    """The pair made by 27.2.1.3 CreateResolvingFunctions: [[Promise]], [[AlreadyResolved]]
    (shared by both functions of the pair), and what settling does (``settle``)."""

    __slots__ = ("promise", "already_resolved")

    def __init__(self, realm, promise, already_resolved):
        BuiltinFunction.__init__(self, realm, None, 1, False)
        _init_builtin(self, realm, 1.0)
        self.promise = promise
        self.already_resolved = already_resolved

    def Call(self, this, args):  # noqa: N802
        value = args[0] if args else UNDEFINED
        # If alreadyResolved.[[Value]] is true, return undefined; else set it to true.
        already = self.already_resolved
        if already.value:
            return UNDEFINED
        already.value = True
        self.settle(self.promise, value)
        return UNDEFINED


class PromiseResolveFunction(_PromiseResolvingFunction):
    """The resolve function of the pair: settles by ResolvePromise."""

    __slots__ = ()

    def settle(self, promise, resolution):
        ResolvePromise(promise, resolution)


class PromiseRejectFunction(_PromiseResolvingFunction):
    """The reject function of the pair: settles by RejectPromise."""

    __slots__ = ()

    def settle(self, promise, reason):
        RejectPromise(promise, reason)


# 27.2.1.3 CreateResolvingFunctions ( promise )
def CreateResolvingFunctions(promise, realm=None):  # noqa: N802
    """Return (resolve, reject) sharing one [[AlreadyResolved]] record."""
    if realm is None:
        realm = current_realm()
    already = _AlreadyResolved()
    return (PromiseResolveFunction(realm, promise, already),
            PromiseRejectFunction(realm, promise, already))


def ResolvePromise(promise, resolution) -> None:  # noqa: N802
    """Steps 7-16 of the Promise Resolve Functions (27.2.1.3) (after the [[AlreadyResolved]]
    check), shared with the engine's internal resolves."""
    # 7. If SameValue(resolution, promise) is true, then
    if resolution is promise:
        realm = current_realm()
        err = realm.new_error("TypeError", "Chaining cycle detected for promise #<Promise>")
        RejectPromise(promise, err)
        return
    # 8. If resolution is not an Object, then FulfillPromise.
    if not isinstance(resolution, JSObject):
        FulfillPromise(promise, resolution)
        return
    # 9. Let then be Completion(Get(resolution, "then")).
    try:
        then = resolution.Get("then", resolution)
    except ThrowCompletion as exc:
        RejectPromise(promise, exc.value)
        return
    # 12. If IsCallable(thenAction) is false, then FulfillPromise.
    if not isinstance(then, JSFunctionBase):
        FulfillPromise(promise, resolution)
        return
    # 13.-15. HostMakeJobCallback, NewPromiseResolveThenableJob, HostEnqueuePromiseJob.
    job, realm = NewPromiseResolveThenableJob(promise, resolution, then)
    HostEnqueuePromiseJob(job, realm)


# 27.2.1.4 FulfillPromise ( promise, value )
def FulfillPromise(promise, value) -> None:  # noqa: N802
    reactions = promise.fulfill_reactions
    promise.promise_result = value
    promise.fulfill_reactions = None
    promise.reject_reactions = None
    promise.promise_state = FULFILLED
    if reactions:
        TriggerPromiseReactions(reactions, value)


# 27.2.1.7 RejectPromise ( promise, reason )
def RejectPromise(promise, reason) -> None:  # noqa: N802
    reactions = promise.reject_reactions
    promise.promise_result = reason
    promise.fulfill_reactions = None
    promise.reject_reactions = None
    promise.promise_state = REJECTED
    if not promise.is_handled:
        HostPromiseRejectionTracker(promise, "reject")
    if reactions:
        TriggerPromiseReactions(reactions, reason)


# 27.2.1.8 TriggerPromiseReactions ( reactions, argument )
def TriggerPromiseReactions(reactions, argument) -> None:  # noqa: N802
    for reaction in reactions:
        job, realm = NewPromiseReactionJob(reaction, argument)
        HostEnqueuePromiseJob(job, realm)


# 9.5.5 HostEnqueuePromiseJob ( job, realm )
def HostEnqueuePromiseJob(job, realm) -> None:  # noqa: N802
    surrounding_agent().enqueue_job(job, realm)


# 27.2.1.9 HostPromiseRejectionTracker ( promise, operation )
def HostPromiseRejectionTracker(promise, operation: str) -> None:  # noqa: N802
    agent = surrounding_agent()
    if agent is None:
        return
    hooks = agent.host_hooks
    pending = hooks.get("unhandled_rejections")
    if pending is None:
        pending = hooks["unhandled_rejections"] = {}
    if operation == "reject":
        pending[id(promise)] = promise
    else:
        pending.pop(id(promise), None)
    callback = hooks.get("promise_rejection")
    if callback is not None:
        callback(promise, operation)


def take_unhandled_rejections(agent) -> list:
    """The promises rejected without a handler since the last call (oldest first); clears
    the record. Node reports the first of them after the microtask queue drains."""
    pending = agent.host_hooks.get("unhandled_rejections")
    if not pending:
        return []
    out = [p for p in pending.values() if not p.is_handled]
    pending.clear()
    return out


# 27.2.2.1 NewPromiseReactionJob ( reaction, argument )
def NewPromiseReactionJob(reaction, argument):  # noqa: N802
    """Return (job, realm): ``job`` is a zero-argument Python callable."""
    handler = reaction.handler

    def job():
        capability = reaction.capability
        # 1.d-f. Handler is empty: pass the argument through (or rethrow it).
        if handler is None:
            if reaction.is_fulfill:
                result = argument
            else:
                if capability is None:
                    return
                capability.reject.Call(UNDEFINED, [argument])
                return
        else:
            try:
                if isinstance(handler, JSFunctionBase):
                    result = handler.Call(UNDEFINED, [argument])
                else:
                    result = handler(argument)
            except ThrowCompletion as exc:
                if capability is None:
                    raise
                capability.reject.Call(UNDEFINED, [exc.value])
                return
        if capability is None:
            return
        capability.resolve.Call(UNDEFINED, [result])

    # 2.-3. Let handlerRealm be GetFunctionRealm(handler) if it is a function, else null.
    realm = None
    if isinstance(handler, JSFunctionBase):
        try:
            realm = GetFunctionRealm(handler)
        except ThrowCompletion:
            realm = current_realm()
    return job, realm


# 27.2.2.2 NewPromiseResolveThenableJob ( promiseToResolve, thenable, then )
def NewPromiseResolveThenableJob(promise_to_resolve, thenable, then):  # noqa: N802
    def job():
        resolve, reject = CreateResolvingFunctions(promise_to_resolve)
        try:
            then.Call(thenable, [resolve, reject])
        except ThrowCompletion as exc:
            reject.Call(UNDEFINED, [exc.value])

    # 2.-4. Let thenRealm be Completion(GetFunctionRealm(then.[[Callback]])).
    try:
        realm = GetFunctionRealm(then)
    except ThrowCompletion:
        realm = current_realm()
    return job, realm


class _CapabilitiesExecutor(BuiltinFunction):
    """27.2.1.5 step 4: GetCapabilitiesExecutor Functions (length 2, name "")."""

    __slots__ = ("resolve", "reject")

    def __init__(self, realm):
        BuiltinFunction.__init__(self, realm, None, 2, False)
        _init_builtin(self, realm, 2.0)
        self.resolve = UNDEFINED
        self.reject = UNDEFINED

    def Call(self, this, args):  # noqa: N802
        resolve = args[0] if args else UNDEFINED
        reject = args[1] if len(args) > 1 else UNDEFINED
        if self.resolve is not UNDEFINED or self.reject is not UNDEFINED:
            throw_type_error("Promise executor has already been invoked with non-undefined "
                             "arguments")
        self.resolve = resolve
        self.reject = reject
        return UNDEFINED


def promise_for_intrinsic(realm) -> tuple:
    """A new pending promise of %Promise.prototype% with its resolving functions: what
    NewPromiseCapability(%Promise%) produces, without the executor round trip."""
    promise = JSPromise(realm.intrinsics["%Promise.prototype%"])
    resolve, reject = CreateResolvingFunctions(promise, realm)
    return promise, resolve, reject


# 27.2.1.5 NewPromiseCapability ( C )
def NewPromiseCapability(c) -> PromiseCapability:  # noqa: N802
    # Fast path: C is some realm's intrinsic %Promise%. Its [[Construct]] with newTarget = C
    # reads C.prototype (non-writable, non-configurable) and calls our own executor: nothing
    # observable happens besides creating the promise and its resolving functions.
    if c.__class__ is BuiltinConstructor and c.realm.intrinsics.get("%Promise%") is c:
        promise, resolve, reject = promise_for_intrinsic(c.realm)
        return PromiseCapability(promise, resolve, reject)
    # 1. If IsConstructor(C) is false, throw a TypeError exception.
    if not IsConstructor(c):
        throw_type_error(f"{describe_for_error(c)} is not a constructor")
    executor = _CapabilitiesExecutor(current_realm())
    promise = Construct(c, [executor])
    if not isinstance(executor.resolve, JSFunctionBase) or \
            not isinstance(executor.reject, JSFunctionBase):
        throw_type_error("Promise resolve or reject function is not callable")
    return PromiseCapability(promise, executor.resolve, executor.reject)


# 27.2.4.7.1 PromiseResolve ( C, x )
def PromiseResolve(c, x):  # noqa: N802
    if isinstance(x, JSPromise):
        x_constructor = x.Get("constructor", x)
        if x_constructor is c:
            return x
    # Fast path for %Promise%: resolve the new promise directly (same steps as calling its
    # resolve function, which nobody else can reach).
    if c.__class__ is BuiltinConstructor and c.realm.intrinsics.get("%Promise%") is c:
        promise = JSPromise(c.realm.intrinsics["%Promise.prototype%"])
        ResolvePromise(promise, x)
        return promise
    capability = NewPromiseCapability(c)
    Call(capability.resolve, UNDEFINED, [x])
    return capability.promise


# 27.2.5.4.1 PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )
def PerformPromiseThen(promise, on_fulfilled, on_rejected,  # noqa: N802
                       result_capability=None):
    """``on_fulfilled``/``on_rejected``: a JS value (non-callables mean ~empty~), None, or a
    Python callable (engine-internal reaction). Returns the capability's promise or
    UNDEFINED."""
    if not isinstance(on_fulfilled, JSFunctionBase) and (
            isinstance(on_fulfilled, JSObject) or not callable(on_fulfilled)):
        on_fulfilled = None
    if not isinstance(on_rejected, JSFunctionBase) and (
            isinstance(on_rejected, JSObject) or not callable(on_rejected)):
        on_rejected = None
    fulfill_reaction = PromiseReaction(result_capability, True, on_fulfilled)
    reject_reaction = PromiseReaction(result_capability, False, on_rejected)
    state = promise.promise_state
    if state is PENDING:
        promise.fulfill_reactions.append(fulfill_reaction)
        promise.reject_reactions.append(reject_reaction)
    elif state is FULFILLED:
        job, realm = NewPromiseReactionJob(fulfill_reaction, promise.promise_result)
        HostEnqueuePromiseJob(job, realm)
    else:
        if not promise.is_handled:
            HostPromiseRejectionTracker(promise, "handle")
        job, realm = NewPromiseReactionJob(reject_reaction, promise.promise_result)
        HostEnqueuePromiseJob(job, realm)
    promise.is_handled = True
    if result_capability is None:
        return UNDEFINED
    return result_capability.promise


class NativeClosure(BuiltinFunction):
    """An anonymous built-in function object around a Python closure ``fn(*args)`` taking
    exactly ``nparams`` JS arguments (padded with undefined): the spec's
    CreateBuiltinFunction(closure, length, "", « ») for closures made at run time
    (Promise.prototype.finally's thenFinally, valueThunk ...). Avoids the per-closure
    signature inspection of the generic path."""

    __slots__ = ("closure",)

    def __init__(self, realm, fn, nparams: int):
        BuiltinFunction.__init__(self, realm, None, nparams, False)
        _init_builtin(self, realm, float(nparams))
        self.closure = fn

    def Call(self, this, args):  # noqa: N802
        n = self.nparams
        la = len(args)
        if la != n:
            args = [*args, *((UNDEFINED,) * (n - la))] if la < n else args[:n]
        r = self.closure(*args)
        return UNDEFINED if r is None else r


__all__.append("NativeClosure")
