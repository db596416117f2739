"""28.2 Proxy Objects: the Proxy constructor and Proxy.revocable (the exotic object itself is
runtime/objects/proxies.py)."""
from __future__ import annotations

from scopejs.builtins.declare import constructor
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.proxies import ProxyCreate
from scopejs.runtime.values import NULL, UNDEFINED

PROXY = constructor("%Proxy%", length=2, instance_prototype=None)


@PROXY.behavior
def Proxy(realm, new_target, target, handler):
    """28.2.1.1 Proxy ( target, handler )"""
    if new_target is UNDEFINED:
        throw_type_error("Constructor Proxy requires 'new'")
    return ProxyCreate(target, handler)


@PROXY.method("revocable", length=2)
def Proxy_revocable(realm, this, target, handler):
    """28.2.2.1 Proxy.revocable ( target, handler )"""
    proxy = ProxyCreate(target, handler)

    def revoke(realm_, this_):
        """Proxy revocation function (28.2.2.1 step 3)."""
        nonlocal proxy
        if proxy is None:
            return UNDEFINED
        p, proxy = proxy, None
        p.proxy_target = NULL
        p.proxy_handler = NULL
        return UNDEFINED

    result = realm.new_object()
    result.props["proxy"] = proxy
    result.props["revoke"] = realm.new_function(revoke, 0, "")
    return result
